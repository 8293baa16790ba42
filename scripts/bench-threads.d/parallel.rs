//! scripts/bench-threads: a CPU-bound parallel workload (std::thread): counts the primes
//! below N by trial division, the range interleaved over THREADS threads (argument 1)
//! in blocks so the work is balanced, and checks the count. Built for
//! wasm32-wasip1-threads (wasi-threads) and natively (pthreads) from this one source.
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;

const N: u64 = 6_000_000;
const BLOCK: u64 = 10_000;
const EXPECTED: u64 = 412_849; // pi(6,000,000)

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    if n % 2 == 0 {
        return n == 2;
    }
    let mut d = 3;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 2;
    }
    true
}

fn main() {
    let threads: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2);
    let next = Arc::new(AtomicU64::new(0));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let next = next.clone();
            thread::spawn(move || {
                let mut count = 0u64;
                loop {
                    let start = next.fetch_add(BLOCK, Ordering::Relaxed);
                    if start >= N {
                        return count;
                    }
                    count += (start..(start + BLOCK).min(N)).filter(|&n| is_prime(n)).count() as u64;
                }
            })
        })
        .collect();
    let total: u64 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    if total != EXPECTED {
        eprintln!("parallel: WRONG got {total} expected {EXPECTED}");
        std::process::exit(1);
    }
    println!("parallel: ok {total}");
}
