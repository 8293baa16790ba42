//! Embeds guest.wat (compiled ahead of time by build.rs) in a Rust program: two
//! instances with their own state, a host function the guest calls, typed calls,
//! memory written and read from Rust, and a trap that comes back as an error value.

mod w2n;

use std::cell::RefCell;
use w2n::{Caller, Linker, Store};

/// Each instance's host data: its name and what the guest logged.
struct Host {
    name: &'static str,
    log: RefCell<Vec<String>>,
}

/// `host.log(ptr, len)`: the guest passes a string in its memory.
extern "C" fn log(caller: Caller, ptr: i32, len: i32) {
    let host = caller.data::<Host>().expect("every instance has a Host");
    let text = match caller.read(ptr, len) {
        Some(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        None => "<out of bounds>".into(),
    };
    println!("[{}] guest says: {text}", host.name);
    host.log.borrow_mut().push(text);
}

fn main() -> Result<(), w2n::Error> {
    let guest = w2n::module!(w2n_module_guest);
    let mut linker = Linker::new();
    linker.func("host", "log", log as extern "C" fn(Caller, i32, i32));

    let store = Store::new();
    let host = |name| Host {
        name,
        log: RefCell::new(Vec::new()),
    };
    let first = store.instantiate(guest, &linker, host("first"))?;
    let second = store.instantiate(guest, &linker, host("second"))?;

    let sum: i32 = first.call("add", (2, 3))?;
    println!("add(2, 3) = {sum}");
    let h: f64 = first.call("hypot", (3.0, 4.0))?;
    println!("hypot(3, 4) = {h}");

    first.call::<(), ()>("greet", ())?;

    // Bytes written by the host, summed by the guest.
    let bytes: Vec<u8> = (1..=10).collect();
    assert!(first.write(1024, &bytes));
    let total: i64 = first.call("sum", (1024, bytes.len() as i32))?;
    println!("sum of 1..=10 in memory = {total}");
    let greeting = first.read(16, 15).expect("in bounds");
    println!("memory[16..31] = {:?}", String::from_utf8_lossy(&greeting));

    // Each instance has its own globals and memory.
    for _ in 0..3 {
        first.call::<(), i32>("count", ())?;
    }
    let a: i32 = first.call("count", ())?;
    let b: i32 = second.call("count", ())?;
    println!("count: first {a}, second {b}");
    println!(
        "second's memory at 1024: {:?}",
        second.read(1024, 4).unwrap()
    );

    // A trap is an error value; the instance stays usable.
    let q: i32 = first.call("div", (7, 2))?;
    println!("div(7, 2) = {q}");
    match first.call::<(i32, i32), i32>("div", (1, 0)) {
        Ok(v) => println!("div(1, 0) = {v}?!"),
        Err(e) => println!("div(1, 0) failed: {e}"),
    }
    let q: i32 = first.call("div", (-9, 3))?;
    println!("div(-9, 3) = {q} (after the trap)");

    // Calls are typed: a wrong signature or a missing export is an error too.
    if let Err(e) = first.call::<(i64,), i64>("add", (1,)) {
        println!("add as (i64) -> i64: {e}");
    }
    if let Err(e) = first.call::<(), ()>("nope", ()) {
        println!("nope: {e}");
    }
    Ok(())
}
