//! Golden tests of `call_indirect` devirtualization and global folding
//! (`compiler/src/translate/devirt.rs`, `globals_fold.rs`): for each module in
//! tests/golden/devirt/NAME.wat, the CLIF Cranelift receives (x86_64) must equal
//! NAME.clif. Each case also pins, with both optimizations off and on, how many
//! indirect calls, direct calls and loads the module's code has, so a re-bless cannot
//! silently lose a devirtualization (or devirtualize a table that can change).
//!
//! Re-bless after an intended change: `BLESS=1 cargo test --test devirt_golden`, then
//! read the diff.

#[path = "support/golden.rs"]
mod golden;

use std::path::PathBuf;

/// (indirect calls, direct calls, loads) in a module's CLIF.
type Counts = (usize, usize, usize);

/// (case, counts with both optimizations off, counts with them on).
const CASES: &[(&str, Counts, Counts)] = &[
    // Loads include the stack check's one (the instance's limit) in each function that
    // calls.
    // The indirect call becomes a direct one; the table is not read at all.
    ("const_index", (1, 0, 9), (0, 1, 1)),
    // Two direct calls, the generic call kept on the cold path (without the vmctx
    // load: whatever passes its checks is defined here).
    ("guarded", (1, 0, 9), (1, 2, 8)),
    // The fast path loads the table, the entry and its code (not its type or vmctx):
    // 5 loads, next to the 7 of the generic call on the cold path.
    ("range", (1, 0, 9), (2, 0, 13)),
    // A br_table to three direct calls, the generic call on the cold path.
    ("scattered", (1, 0, 9), (1, 3, 8)),
    // The generic checks, but not the callee's vmctx load.
    ("wide", (1, 0, 9), (1, 0, 8)),
    ("exported", (2, 0, 18), (2, 0, 18)),
    ("mutated", (2, 0, 22), (2, 0, 22)),
    // Two of the five global reads fold.
    ("globals", (0, 0, 7), (0, 0, 5)),
];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/golden/devirt")
}

fn clif(wat: &[u8], on: bool) -> String {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        devirt: on,
        global_fold: on,
        // The direct calls devirtualization makes are what this test counts: keep the
        // inliner from folding them away.
        inline: false,
        ..Default::default()
    };
    wasm2native::compile_clif(wat, &opts).unwrap()
}

fn counts(clif: &str) -> Counts {
    let n = |pat: &str| clif.lines().filter(|l| l.contains(pat)).count();
    (n("call_indirect "), n(" call fn"), n(" = load."))
}

#[test]
fn devirt_golden() {
    let mut failures = Vec::new();
    let listed: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    golden::assert_all_listed(&dir(), &listed);
    for &(name, want_off, want_on) in CASES {
        let wat = std::fs::read(dir().join(format!("{name}.wat"))).unwrap();
        let off = clif(&wat, false);
        let on = clif(&wat, true);
        let (c_off, c_on) = (counts(&off), counts(&on));
        if (c_off, c_on) != (want_off, want_on) {
            failures.push(format!(
                "{name}: (indirect calls, direct calls, loads) {c_off:?} off and {c_on:?} on, \
                 expected {want_off:?} and {want_on:?}"
            ));
        }
        let text = format!(
            "; {name}: (indirect calls, direct calls, loads) {c_off:?} off, {c_on:?} on\n{on}"
        );
        let path = dir().join(format!("{name}.clif"));
        if let Some(e) = golden::check(&path, &text) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
