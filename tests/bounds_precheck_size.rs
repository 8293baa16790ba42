//! The loop prechecks (`translate::bounds`, rewrite 3 of the README: a copy of a
//! counted loop without checks, behind a test before the loop) apply only in functions
//! of at most `PRECHECK_FUNC_MAX` (8,000) CLIF instructions: in a larger function the
//! same loop is not copied and keeps its check.

/// The CLIF of the module's one function, x86_64, after the bounds-check optimizer.
fn clif(wat: &str) -> String {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        ..Default::default()
    };
    wasm2native::compile_clif(wat.as_bytes(), &opts).unwrap()
}

/// tests/golden/bounds/loop_one_block.wat's loop after `pad` copies of an add.
fn sum(pad: usize) -> String {
    let adds = "(local.set $s (i32.add (local.get $s) (local.get $n)))".repeat(pad);
    format!(
        r#"(module
  (memory 1)
  (func (export "sum") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    {adds}
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $top (i32.lt_u (local.get $i) (local.get $n)))))
    (local.get $s)))"#
    )
}

fn loads(f: &str) -> usize {
    f.lines().filter(|l| l.contains(" = load.i32 ")).count()
}

fn checks(f: &str) -> usize {
    f.lines()
        .filter(|l| l.contains("trapnz") && l.contains("user2"))
        .count()
}

#[test]
fn loops_of_large_functions_are_not_copied() {
    // 7,000 adds: under the limit, the loop runs in a copy without its check.
    let small = clif(&sum(7_000));
    assert_eq!(
        (loads(&small), checks(&small)),
        (2, 1),
        "{}",
        &small[small.len() - 3000..]
    );
    // 8,500 adds: over it, one loop with its check.
    let large = clif(&sum(8_500));
    assert_eq!(
        (loads(&large), checks(&large)),
        (1, 1),
        "{}",
        &large[large.len() - 3000..]
    );
}
