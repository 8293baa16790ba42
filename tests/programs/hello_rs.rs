// Rust std on wasm32-wasip1: println!, formatting, a heap-allocated collection.
// stdout: hello from rust 42
// stdout: sum of squares 1..=100 = 338350
// stdout: sorted: [1, 2, 3, 5, 8, 13]
fn main() {
    println!("hello from rust {}", 6 * 7);
    let s: u64 = (1..=100u64).map(|x| x * x).sum();
    println!("sum of squares 1..=100 = {s}");
    let mut v = vec![13, 2, 8, 1, 5, 3];
    v.sort();
    println!("sorted: {v:?}");
}
