//! Shared pieces of the fuzzers: the external tools (installed by `scripts/fuzz-tools`),
//! a seeded random generator, the run budget and the findings directory.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The directory with `wasmtime` and `wasm-tools`, installed on first use.
pub fn tools() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = Command::new(root().join("scripts/fuzz-tools"))
            .stderr(Stdio::inherit())
            .output()
            .expect("running scripts/fuzz-tools");
        assert!(
            out.status.success(),
            "scripts/fuzz-tools failed: the fuzzers need Wasmtime and wasm-tools from PyPI \
             (python3 and python3-pip must be installed)"
        );
        PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
    })
}

pub fn wasmtime() -> PathBuf {
    tools().join("wasmtime")
}

pub fn wasm_tools() -> PathBuf {
    tools().join("wasm-tools")
}

/// splitmix64: small, seedable, the same sequence everywhere.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5851_f42d_4c95_7f2d)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// How long and from which seed a fuzzer runs: a fixed budget in `cargo test`, or
/// what `scripts/fuzz` sets (`W2N_FUZZ_MINUTES`, `W2N_FUZZ_SEED`).
pub struct Budget {
    pub seed: u64,
    pub deadline: Instant,
    /// At most this many iterations (the fixed-seed CI runs stop at a count, so they
    /// do the same work on every machine; the time limit is a safety net).
    pub max_iters: usize,
}

impl Budget {
    pub fn from_env(default_seed: u64, ci_iters: usize, ci_secs: u64) -> Budget {
        let seed = std::env::var("W2N_FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(default_seed);
        match std::env::var("W2N_FUZZ_MINUTES")
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
        {
            Some(m) => Budget {
                seed,
                deadline: Instant::now() + Duration::from_secs_f64(m * 60.0),
                max_iters: usize::MAX,
            },
            None => Budget {
                seed,
                deadline: Instant::now() + Duration::from_secs(ci_secs),
                max_iters: ci_iters,
            },
        }
    }
    pub fn more(&self, done: usize) -> bool {
        done < self.max_iters && Instant::now() < self.deadline
    }
}

/// Where a fuzzer saves an input it found a problem with.
pub fn findings_dir() -> PathBuf {
    let d = root().join("target/fuzz-findings");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A fresh path in the findings directory for a scratch file (tests run on threads).
pub fn scratch(name: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    findings_dir().join(format!("scratch-{}-{n}-{name}", std::process::id()))
}

/// The target triple under test (`W2N_FUZZ_TARGET`), if not the host.
pub fn target_from_env() -> Option<String> {
    std::env::var("W2N_FUZZ_TARGET")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Runs a tool; returns (exit code, stdout, stderr).
pub fn run_tool(cmd: &mut Command) -> (i32, Vec<u8>, String) {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
