// A Rust panic on wasm32-wasip1 prints its message, then aborts with `unreachable`:
// the executable reports the trap and exits with 134.
// exit: 134
// stdout: before the panic
// stderr: panicked at
// stderr: deliberate panic: 7
// stderr: wasm trap: unreachable
fn main() {
    println!("before the panic");
    let n = std::hint::black_box(7);
    if n == 7 {
        panic!("deliberate panic: {n}");
    }
    println!("not reached");
}
