//! rs_hashmap: std HashMap / Vec / String churn.
//! Generates PRNG "words", counts them in a HashMap<String, _>, keeps a
//! second map from u64 keys to Vec<u32> that grows, shrinks and is removed
//! from, and builds strings with format!. The hasher is SipHash with fixed
//! keys (BuildHasherDefault<DefaultHasher>), so no random seed is requested;
//! the checksum does not depend on iteration order anyway.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

type Map<K, V> = HashMap<K, V, BuildHasherDefault<DefaultHasher>>;

const EXPECTED: u64 = 0x29891f3358b4f92a;
const WORDS: u32 = 900_000;
const OPS: u32 = 1_500_000;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        (self.next() >> 32) % n
    }
}

fn make_word(rng: &mut Rng) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qua", "ish", "orn", "ex", "ul",
        "pa", "dy",
    ];
    // skewed length: mostly short words, so many repeats
    let n = 1 + rng.below(2) + rng.below(2) * rng.below(3);
    let mut w = String::new();
    for _ in 0..n {
        w.push_str(SYL[rng.below(16) as usize]);
    }
    w
}

fn fnv(s: &[u8]) -> u64 {
    s.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    })
}

fn main() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);

    // 1. word counting
    let mut counts: Map<String, u32> = Map::default();
    let mut total_len = 0u64;
    for _ in 0..WORDS {
        let w = make_word(&mut rng);
        total_len += w.len() as u64;
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut acc = counts.len() as u64 * 1_000_003 + total_len;
    let mut top: Vec<(&String, &u32)> = counts.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (w, c) in top.iter().take(50) {
        acc = acc
            .wrapping_mul(31)
            .wrapping_add(fnv(w.as_bytes()) ^ **c as u64);
    }
    for (w, c) in &counts {
        acc = acc.wrapping_add(fnv(w.as_bytes()).wrapping_mul(*c as u64));
    }

    // 2. map of growing / shrinking vectors
    let mut buckets: Map<u64, Vec<u32>> = Map::default();
    for _ in 0..OPS {
        let r = rng.next();
        let key = (r >> 40) % 60_000;
        match r & 7 {
            0..=4 => buckets.entry(key).or_default().push((r >> 8) as u32),
            5 => {
                if let Some(v) = buckets.get_mut(&key) {
                    if let Some(x) = v.pop() {
                        acc = acc.wrapping_add(x as u64);
                    }
                }
            }
            6 => {
                if let Some(v) = buckets.remove(&key) {
                    acc =
                        acc.wrapping_add(v.iter().map(|&x| x as u64).sum::<u64>() ^ v.len() as u64);
                }
            }
            _ => {
                if let Some(v) = buckets.get_mut(&key) {
                    v.retain(|&x| x & 3 != 0);
                }
            }
        }
    }
    let mut sum = 0u64;
    for (k, v) in &buckets {
        sum = sum.wrapping_add(
            k.wrapping_mul(0x9e37_79b9)
                ^ v.iter()
                    .fold(0u64, |a, &x| a.wrapping_mul(3).wrapping_add(x as u64)),
        );
    }
    acc ^= sum;

    // 3. string building
    let mut line_hash = 0u64;
    let mut text = String::new();
    for i in 0..200_000u32 {
        text.clear();
        let r = rng.next();
        text.push_str(&format!("{}:{:x}:{}", i, r >> 40, make_word(&mut rng)));
        if r & 1 == 0 {
            text = text.to_uppercase();
        }
        line_hash = line_hash.wrapping_mul(0x100_0000_01b3) ^ fnv(text.as_bytes());
    }
    acc = acc.wrapping_mul(1_000_003).wrapping_add(line_hash);

    if acc != EXPECTED {
        eprintln!(
            "rs_hashmap: WRONG got {:016x} expected {:016x}",
            acc, EXPECTED
        );
        std::process::exit(1);
    }
    println!("rs_hashmap: ok {:016x}", acc);
}
