//! Golden test of where the stack-limit checks go (`compiler/src/callgraph.rs`,
//! `FuncTranslator::open_call_check`): for each module in tests/golden/stack/NAME.wat,
//! the CLIF Cranelift receives (x86_64) must equal NAME.clif. Each case also pins, by
//! function, its checks at entry and before calls, with the elimination on and off
//! (`--no-stack-check-elim`: every function that makes calls checks at entry, and
//! only there), so a re-bless cannot silently lose a check.
//!
//! Re-bless after an intended change: `BLESS=1 cargo test --test stack_golden`, then
//! read the diff.

#[path = "support/golden.rs"]
mod golden;

use std::path::PathBuf;

/// (case, inlining on, checks by function with the elimination on, and off): "E" an
/// entry check, "C" a check before a call, "-" none.
const CASES: &[(&str, bool, &str, &str)] = &[
    (
        "open_calls",
        false,
        // open_indirect, open_import, over_rec, rec, in_loop, ping, pong, special,
        // two_seq, two_arms
        "C C - E E E E E E E",
        "E E E E E E E E E E",
    ),
    // small, caller (small inlined), rec (small inlined). With the elimination off,
    // an inlined callee's entry check comes along (after the caller's own).
    ("inlined", true, "C C EC", "E EC EC"),
];

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/golden/stack")
}

fn clif(wat: &[u8], inline: bool, elim: bool) -> String {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        stack_check_elim: elim,
        // Keep the calls as written: no devirtualization (and inlining only where
        // the case asks for it).
        inline,
        devirt: false,
        ..Default::default()
    };
    wasm2native::compile_clif(wat, &opts).unwrap()
}

/// The stack checks (`trapnz ..., user9`) of each function: "E" at entry (before any
/// instruction of a later source location than the function's first), "C" each one
/// before a call, "-" none; functions separated by spaces.
fn checks(clif: &str) -> String {
    let mut out = Vec::new();
    for func in clif.split("\nfunction ").filter(|f| f.contains('{')) {
        let mut first_loc = None;
        let mut moved = false;
        let mut kinds = String::new();
        for line in func.lines() {
            let Some(loc) = line.trim_start().strip_prefix('@') else {
                continue;
            };
            let loc = &loc[..4];
            match first_loc {
                None => first_loc = Some(loc.to_string()),
                Some(ref f) if f != loc => moved = true,
                _ => {}
            }
            if line.contains("trapnz") && line.ends_with("user9") {
                kinds.push(if moved { 'C' } else { 'E' });
            }
        }
        if kinds.is_empty() {
            kinds.push('-');
        }
        out.push(kinds);
    }
    out.join(" ")
}

#[test]
fn stack_golden() {
    let mut failures = Vec::new();
    let listed: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    golden::assert_all_listed(&dir(), &listed);
    for &(name, inline, want_on, want_off) in CASES {
        let wat = std::fs::read(dir().join(format!("{name}.wat"))).unwrap();
        let on = clif(&wat, inline, true);
        let off = clif(&wat, inline, false);
        let (c_on, c_off) = (checks(&on), checks(&off));
        if (c_on.as_str(), c_off.as_str()) != (want_on, want_off) {
            failures.push(format!(
                "{name}: checks {c_on:?} on and {c_off:?} off, expected {want_on:?} and \
                 {want_off:?}"
            ));
        }
        let text = format!("; {name}: checks {c_on} on, {c_off} off\n{on}");
        let path = dir().join(format!("{name}.clif"));
        if let Some(e) = golden::check(&path, &text) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
