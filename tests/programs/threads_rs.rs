// rust-target: wasm32-wasip1-threads
// std::thread and std::sync on wasi-threads: 8 threads (more than this machine's cores)
// square disjoint ranges of a shared Vec (read through an Arc) into Vecs of their own
// (so the threads grow the shared memory concurrently), accumulate in an AtomicU64 and
// a Mutex, hand results back through an mpsc channel and join handles, and meet at a
// Barrier; every total is checked against the closed form.
// exit: 0
// stdout: threads: 8
// stdout: sum 8000000 squares: atomic ok, mutex ok, channel ok, join ok
// stdout: barrier passed by 8
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Barrier, Mutex};
use std::thread;

const THREADS: usize = 8;
const N: u64 = 8_000_000;

fn main() {
    let data: Arc<Vec<u64>> = Arc::new((1..=N).collect());
    let atomic = Arc::new(AtomicU64::new(0));
    let mutex = Arc::new(Mutex::new(0u64));
    let barrier = Arc::new(Barrier::new(THREADS));
    let passed = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel();
    let chunk = (N as usize) / THREADS;
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (data, atomic, mutex) = (data.clone(), atomic.clone(), mutex.clone());
            let (barrier, passed, tx) = (barrier.clone(), passed.clone(), tx.clone());
            thread::spawn(move || {
                let mut squares = Vec::new();
                for &x in &data[t * chunk..(t + 1) * chunk] {
                    squares.push(x.wrapping_mul(x));
                }
                let s = squares.iter().fold(0u64, |a, &b| a.wrapping_add(b));
                atomic.fetch_add(s, Ordering::SeqCst);
                {
                    let mut g = mutex.lock().unwrap();
                    *g = g.wrapping_add(s);
                }
                tx.send(s).unwrap();
                barrier.wait();
                passed.fetch_add(1, Ordering::SeqCst);
                s
            })
        })
        .collect();
    drop(tx);
    println!("threads: {}", handles.len());
    let joined = handles
        .into_iter()
        .map(|h| h.join().unwrap())
        .fold(0u64, u64::wrapping_add);
    let sent = rx.iter().fold(0u64, u64::wrapping_add);
    // Sum of squares 1..=N, modulo 2^64.
    let n = N as u128;
    let want = ((n * (n + 1) * (2 * n + 1) / 6) % (1u128 << 64)) as u64;
    let ok = |v: u64| if v == want { "ok" } else { "WRONG" };
    println!(
        "sum {N} squares: atomic {}, mutex {}, channel {}, join {}",
        ok(atomic.load(Ordering::SeqCst)),
        ok(*mutex.lock().unwrap()),
        ok(sent),
        ok(joined)
    );
    println!("barrier passed by {}", passed.load(Ordering::SeqCst));
    if [atomic.load(Ordering::SeqCst), *mutex.lock().unwrap(), sent, joined]
        .iter()
        .any(|&v| v != want)
    {
        std::process::exit(1);
    }
}
