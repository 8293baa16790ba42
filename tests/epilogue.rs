//! The x86_64 epilogue has no dead `add $N,%rsp` (vendor/cranelift-codegen's patch,
//! PATCHES.md): Cranelift restored the callee-saved registers, added the frame size to
//! RSP and then set RSP from RBP (`mov %rbp,%rsp`), which made the add dead; one
//! instruction on every return of a function with a frame.

#[path = "support/disasm.rs"]
mod disasm;

#[test]
fn no_dead_stack_adjust_before_frame_restore() {
    // Values live across the calls: callee-saved registers and a frame.
    let wat = r#"(module
      (func $f (export "f") (param i32 i32 i32) (result i32)
        (if (result i32) (i32.eqz (local.get 0))
          (then (local.get 1))
          (else (i32.add
            (i32.add (call $f (i32.sub (local.get 0) (i32.const 1)) (local.get 2) (local.get 1))
                     (call $f (i32.shr_u (local.get 0) (i32.const 1)) (local.get 1) (local.get 2)))
            (i32.mul (local.get 1) (local.get 2)))))))"#;
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    let asm = disasm::x86_64_disassembly("epilogue", "ep", wat, opts);
    let lines: Vec<&str> = asm.lines().collect();
    let restores: Vec<usize> = (0..lines.len())
        .filter(|&k| lines[k].ends_with("mov    %rbp,%rsp"))
        .collect();
    assert!(!restores.is_empty(), "{asm}");
    // The function saves callee-saved registers (there is a frame to adjust).
    assert!(
        asm.lines()
            .any(|l| l.contains("sub    $") && l.ends_with(",%rsp")),
        "{asm}"
    );
    for k in restores {
        let prev = lines[k - 1];
        assert!(
            !(prev.contains("add    $") && prev.ends_with(",%rsp")),
            "dead stack adjustment before the frame restore:\n{asm}"
        );
    }
}
