//! Shared helpers of the crate workloads: a deterministic PRNG, synthetic text and the
//! self-check every workload ends with.

/// A 64-bit LCG (PCG multiplier): the same stream on every target.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 16
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "the",
    "quick",
    "brown",
    "fox",
    "jumps",
    "over",
    "lazy",
    "dog",
    "wasm",
    "native",
    "compiler",
    "memory",
    "bounds",
    "check",
    "table",
    "function",
    "module",
    "export",
    "import",
    "global",
    "value",
    "stack",
    "frame",
    "heap",
    "page",
    "trap",
    "signal",
    "thread",
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "consectetur",
    "adipiscing",
    "elit",
];

/// About `len` bytes of English-like text with numbers, e-mail addresses, dates and
/// identifiers mixed in (something for regexes to find and for deflate to compress).
pub fn text(rng: &mut Rng, len: usize) -> String {
    let mut s = String::with_capacity(len + 64);
    while s.len() < len {
        match rng.below(16) {
            0 => {
                let w = WORDS[rng.below(WORDS.len() as u64) as usize];
                s.push_str(w);
                s.push('@');
                s.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
                s.push_str(".org");
            }
            1 => {
                let y = 1990 + rng.below(40);
                let m = 1 + rng.below(12);
                let d = 1 + rng.below(28);
                s.push_str(&format!("{y}-{m:02}-{d:02}"));
            }
            2 => s.push_str(&format!("{}", rng.below(1_000_000))),
            3 => s.push_str(&format!("id_{:x}", rng.next() & 0xffff)),
            _ => s.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]),
        }
        s.push(if rng.below(12) == 0 { '\n' } else { ' ' });
    }
    s
}

/// FNV-1a step over a u64.
pub fn mix(acc: u64, x: u64) -> u64 {
    (acc ^ x).wrapping_mul(0x0100_0000_01b3).rotate_left(5)
}

/// Prints `NAME: ok CHECKSUM`, or reports the mismatch on stderr and exits 1.
pub fn finish(name: &str, got: u64, expected: u64) {
    if got != expected {
        eprintln!("{name}: WRONG got {got:016x} expected {expected:016x}");
        std::process::exit(1);
    }
    println!("{name}: ok {got:016x}");
}
