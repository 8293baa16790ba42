//! rx_regex: the `regex` crate (a real regex engine: parser, NFA/DFA compilation, lazy DFA
//! and the PikeVM for captures) over 1 MB of synthetic text: counting matches of several
//! patterns, capture groups, replace_all and split.

use regex::Regex;
use w2n_bench_crates::{finish, mix, text, Rng};

const EXPECTED: u64 = 0xf773_3635_2b54_d5d1;
const ROUNDS: u32 = 20;

fn main() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let hay = text(&mut rng, 1 << 20);
    let mut acc = 0u64;
    for round in 0..ROUNDS {
        // Compiled anew each round: compilation is part of the work.
        let email = Regex::new(r"([a-z]+)@([a-z]+)\.(org|com)").unwrap();
        let date = Regex::new(r"(\d{4})-(\d{2})-(\d{2})").unwrap();
        let ident = Regex::new(r"\bid_[0-9a-f]{1,4}\b").unwrap();
        let words = Regex::new(r"(?i)\b(?:quick|lazy|bounds?|stack|heap)\w*").unwrap();
        let num = Regex::new(r"\b[1-9][0-9]{3,5}\b").unwrap();
        for c in email.captures_iter(&hay) {
            acc = mix(acc, c[1].len() as u64 * 31 + c[2].len() as u64);
        }
        for c in date.captures_iter(&hay) {
            let y: u64 = c[1].parse().unwrap();
            let m: u64 = c[2].parse().unwrap();
            let d: u64 = c[3].parse().unwrap();
            acc = acc.wrapping_add(y * 372 + m * 31 + d);
        }
        acc = mix(acc, ident.find_iter(&hay).count() as u64);
        acc = mix(
            acc,
            words.find_iter(&hay).map(|m| m.start() as u64).sum::<u64>(),
        );
        acc = mix(acc, num.find_iter(&hay).count() as u64);
        if round % 2 == 0 {
            let r = date.replace_all(&hay, "$3/$2/$1");
            acc = mix(acc, r.len() as u64);
            acc = mix(
                acc,
                r.split('\n').filter(|l| l.contains("/0")).count() as u64,
            );
        }
    }
    finish("rx_regex", acc, EXPECTED);
}
