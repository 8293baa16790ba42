//! rs_btree: ordered collections and sorting in Rust's std.
//! A BTreeMap driven by a PRNG mix of inserts, removes and range queries,
//! a BinaryHeap-based k-way merge, and sort_unstable / stable sort_by_key of
//! PRNG vectors (including boxed records).

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

const EXPECTED: u64 = 0xa4689d67aa5a09a0;
const MAP_OPS: u32 = 600_000;
const SORT_N: usize = 1_000_000;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 16
    }
}

#[derive(Clone)]
struct Record {
    key: u32,
    name: String,
    seq: u32,
}

fn main() {
    let mut rng = Rng(0x243f_6a88_85a3_08d3);
    let mut acc = 0u64;

    // 1. BTreeMap churn with range queries
    let mut map: BTreeMap<u64, u64> = BTreeMap::new();
    for i in 0..MAP_OPS {
        let r = rng.next();
        let k = r % 200_000;
        match r >> 40 & 7 {
            0..=3 => {
                map.insert(k, r ^ i as u64);
            }
            4 | 5 => {
                if let Some(v) = map.remove(&k) {
                    acc = acc.wrapping_add(v);
                }
            }
            _ => {
                let s: u64 = map
                    .range(k..k + 64)
                    .map(|(a, b)| a ^ b)
                    .fold(0, u64::wrapping_add);
                acc = acc.rotate_left(5) ^ s;
            }
        }
    }
    acc = acc.wrapping_add(map.len() as u64);
    if let (Some((a, _)), Some((b, _))) = (map.first_key_value(), map.last_key_value()) {
        acc = acc.wrapping_mul(31).wrapping_add(a * 7 + b);
    }
    let set: BTreeSet<u64> = map.values().map(|v| v % 100_000).collect();
    acc = acc.wrapping_mul(31).wrapping_add(set.len() as u64);

    // 2. sorting
    let mut v: Vec<u64> = (0..SORT_N).map(|_| rng.next()).collect();
    v.sort_unstable();
    acc = v
        .iter()
        .step_by(97)
        .fold(acc, |a, &x| a.wrapping_mul(0x100_0000_01b3) ^ x);
    let mut recs: Vec<Box<Record>> = (0..SORT_N as u32 / 4)
        .map(|seq| {
            let key = (rng.next() % 5000) as u32;
            Box::new(Record {
                key,
                name: format!("r{}", key % 97),
                seq,
            })
        })
        .collect();
    recs.sort_by_key(|r| r.key); // stable: equal keys keep seq order
    for w in recs.windows(2) {
        if w[0].key == w[1].key && w[0].seq > w[1].seq {
            eprintln!("rs_btree: WRONG unstable sort_by_key");
            std::process::exit(1);
        }
    }
    recs.sort_by(|a, b| a.name.cmp(&b.name).then(b.seq.cmp(&a.seq)));
    for (i, r) in recs.iter().enumerate().step_by(13) {
        acc = acc
            .wrapping_mul(31)
            .wrapping_add((r.seq as u64) ^ (i as u64) << 20);
    }

    // 3. k-way merge of sorted runs with a BinaryHeap
    let runs: Vec<Vec<u64>> = v
        .chunks(SORT_N / 64)
        .map(|c| {
            let mut c: Vec<u64> = c.iter().map(|x| x.rotate_left(17)).collect();
            c.sort_unstable();
            c
        })
        .collect();
    let mut heap = BinaryHeap::new();
    for (i, r) in runs.iter().enumerate() {
        heap.push(Reverse((r[0], i, 0usize)));
    }
    let mut prev = 0u64;
    let mut n = 0usize;
    while let Some(Reverse((x, run, idx))) = heap.pop() {
        if x < prev {
            eprintln!("rs_btree: WRONG merge order");
            std::process::exit(1);
        }
        prev = x;
        n += 1;
        if n % 101 == 0 {
            acc = acc.wrapping_add(x >> 3);
        }
        if idx + 1 < runs[run].len() {
            heap.push(Reverse((runs[run][idx + 1], run, idx + 1)));
        }
    }
    acc = acc.wrapping_mul(1_000_003).wrapping_add(n as u64);

    if acc != EXPECTED {
        eprintln!(
            "rs_btree: WRONG got {:016x} expected {:016x}",
            acc, EXPECTED
        );
        std::process::exit(1);
    }
    println!("rs_btree: ok {:016x}", acc);
}
