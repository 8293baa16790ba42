//! The loop prechecks (`translate::bounds`, rewrite 3 of the README: a copy of a
//! counted loop without checks, behind a test before the loop) apply only in functions
//! of at most `PRECHECK_FUNC_MAX` (8,000) CLIF instructions: in a larger function the
//! same loop is not copied and keeps its check.

/// tests/golden/bounds/loop_one_block.wat's function with `pad` adds before its loop:
/// the loads and the memory checks (`trapnz ..., user2`) in its CLIF (x86_64, after
/// the bounds-check optimizer).
fn loads_and_checks(pad: usize) -> (usize, usize) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/golden/bounds/loop_one_block.wat"
    );
    let wat = std::fs::read_to_string(path).unwrap();
    let locals = "(local $i i32) (local $s i32)";
    let adds = "(local.set $s (i32.add (local.get $s) (local.get $n)))".repeat(pad);
    let wat = wat.replacen(locals, &format!("{locals} {adds}"), 1);
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        ..Default::default()
    };
    let clif = wasm2native::compile_clif(wat.as_bytes(), &opts).unwrap();
    let count = |pat: &dyn Fn(&str) -> bool| clif.lines().filter(|l| pat(l)).count();
    (
        count(&|l| l.contains(" = load.i32 ")),
        count(&|l| l.contains("trapnz") && l.contains("user2")),
    )
}

#[test]
fn loops_of_large_functions_are_not_copied() {
    // 7,000 adds: under the limit, the loop runs in a copy without its check.
    assert_eq!(loads_and_checks(7_000), (2, 1));
    // 8,500 adds: over it, one loop with its check.
    assert_eq!(loads_and_checks(8_500), (1, 1));
}
