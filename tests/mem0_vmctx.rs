//! Memory 0 at a constant offset from the instance (`CompileOptions::mem0_at_vmctx`,
//! `abi::MEM0_OFFSET`): on x86_64 memory 0's base is loaded once and also serves the
//! bounds checks, which read the memory's size at a constant distance below it
//! (`base - K + memory0 + 8`: the instance's `memory0.size`), so the vmctx is not needed
//! in the loop; with the option off the size is read from the vmctx (`memory0 +
//! 8(%vmctx)`). The offsets come from the generated ABI header.
//! The behaviour (two instances, calls across instances, growth) is in
//! tests/wast/mem0_vmctx.wast.

#[path = "support/disasm.rs"]
mod disasm;
use disasm::abi;

const WAT: &str = r#"(module
  (memory 1)
  (func (export "sum") (param $p i32) (param $n i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=8 (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br_if $l (i32.lt_u (local.get $p) (local.get $n))))
    (local.get $s)))"#;

/// The disassembly of the module's code for x86_64, memory 0 at the instance or not.
fn disassembly(on: bool) -> String {
    let opts = wasm2native::CompileOptions {
        threads: 1,
        mem0_at_vmctx: on,
        ..Default::default()
    };
    disasm::x86_64_disassembly(&format!("mem0-{on}"), "m", WAT, opts)
}

/// `memory0.base`'s and `memory0.size`'s offsets in the instance, and the size's
/// distance below memory 0's base when memory 0 sits at W2N_MEM0_OFFSET from it.
fn offsets() -> (i64, i64, i64) {
    let mem0 = abi("W2N_OFF_INSTANCE_MEMORY0");
    let base = mem0 + abi("W2N_OFF_MEMORY_BASE");
    let size = mem0 + abi("W2N_OFF_MEMORY_SIZE");
    (base, size, abi("W2N_MEM0_OFFSET") - size)
}

/// The instructions of the first wasm function.
fn first_function(asm: &str) -> Vec<String> {
    asm.lines()
        .skip_while(|l| !l.ends_with("<wasm_func_0>:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn size_is_read_below_the_base() {
    let asm = disassembly(true);
    let f = first_function(&asm);
    let text = f.join("\n");
    let (base, size, below) = offsets();
    // The base: `mov base(%vmctx),%base` (memory0.base), once.
    let base_loads = f
        .iter()
        .filter(|l| l.contains("mov") && l.contains(&format!("{base:#x}(%")))
        .count();
    assert_eq!(base_loads, 1, "{text}");
    // The size: `mov -below(%base),%reg` (K - memory0.size's offset below the base).
    assert!(
        f.iter()
            .any(|l| l.contains("mov") && l.contains(&format!("-{below:#x}(%"))),
        "no size load below the base:\n{text}"
    );
    assert!(
        !f.iter().any(|l| l.contains(&format!(" {size:#x}(%"))),
        "size read from the vmctx:\n{text}"
    );
    // The access: `mov 0x8(%base,%index,1),%reg`.
    assert!(
        f.iter()
            .any(|l| l.contains("mov") && l.contains(" 0x8(%") && l.contains(",1),")),
        "no base+index access:\n{text}"
    );
}

#[test]
fn off_reads_the_size_from_the_vmctx() {
    let asm = disassembly(false);
    let f = first_function(&asm);
    let (_, size, below) = offsets();
    assert!(
        f.iter()
            .any(|l| l.contains("mov") && l.contains(&format!(" {size:#x}(%"))),
        "no size load from the vmctx:\n{}",
        f.join("\n")
    );
    assert!(
        !f.iter().any(|l| l.contains(&format!("-{below:#x}(%"))),
        "{}",
        f.join("\n")
    );
}
