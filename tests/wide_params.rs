//! x86_64: a loop's i32 pointer that only its own `+ 1` (and the loop's entry) feeds is
//! carried zero-extended to 64 bits (compiler/src/translate/wide_params.rs), so the
//! loop's accesses through it need no `mov %e..,%e..` to zero-extend it first. Before,
//! memcmp's byte loop paid two such moves a byte (bench/profile.md, rt15 and rt16).
//! What the loops compute is checked by tests/wast/wide_params.wast.

#[path = "support/disasm.rs"]
mod disasm;

const MEMCMP: &str = r#"(module
  (memory 1)
  (func (export "cmp") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $x i32) (local $y i32)
    (if (i32.eqz (local.get $n)) (then (return (i32.const 0))))
    (loop $l
      (local.set $x (i32.load8_u (local.get $a)))
      (local.set $y (i32.load8_u (local.get $b)))
      (if (i32.ne (local.get $x) (local.get $y))
        (then (return (i32.sub (local.get $x) (local.get $y)))))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.const 0)))"#;

/// The instructions of every loop: from the target of a backward jump to the jump.
fn loops(asm: &str) -> Vec<Vec<String>> {
    let insts = disasm::instructions(asm);
    (disasm::loop_ranges(&insts).into_iter())
        .map(|(first, last)| insts[first..=last].iter().map(|(_, t)| t.clone()).collect())
        .collect()
}

/// The first 32-bit register-to-register `mov` (a zero extension) in a loop, if any.
fn zero_extension_in_loops(asm: &str) -> Option<String> {
    let loops = loops(asm);
    assert!(!loops.is_empty(), "no loop found:\n{asm}");
    for body in &loops {
        let loads = body
            .iter()
            .filter(|t| t.starts_with("movzbl") || t.starts_with("movzbq"));
        assert_eq!(loads.count(), 2, "not the byte loop:\n{}", body.join("\n"));
        let zext = body.iter().find(|t| {
            t.strip_prefix("mov ").is_some_and(|ops| {
                let ops: Vec<&str> = ops.trim().split(',').collect();
                ops.len() == 2 && ops.iter().all(|o| o.starts_with("%e") || o.ends_with('d'))
            })
        });
        if let Some(z) = zext {
            return Some(format!("{z}, in the loop:\n{}", body.join("\n")));
        }
    }
    None
}

#[test]
fn loop_pointers_need_no_zero_extending_moves() {
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    let asm = disasm::x86_64_disassembly("wide_params", "wp", MEMCMP, opts);
    if let Some(z) = zero_extension_in_loops(&asm) {
        panic!("a 32-bit move {z}");
    }
    // The same loop with the pass off extends each pointer before its load.
    let opts = wasm2native::CompileOptions {
        threads: 1,
        wide_params: false,
        ..Default::default()
    };
    let asm = disasm::x86_64_disassembly("wide_params_off", "wp", MEMCMP, opts);
    assert!(
        zero_extension_in_loops(&asm).is_some(),
        "no zero extension in the loop without the pass:\n{asm}"
    );
}
