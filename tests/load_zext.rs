//! x86_64: an i32 loaded from memory is already zero-extended in its register (`movl`
//! clears the upper half), so using it as an address (`uextend.i64` of the load) costs
//! no `mov %eAA,%eBB` even when the load has other uses and cannot be folded into the
//! extension (vendor/cranelift-codegen/PATCHES.md, 3: `value32_zeros_upper32` lists
//! `load.i32`). What such code computes is checked by tests/wast/load_zext.wast.

#[path = "support/disasm.rs"]
mod disasm;

use disasm::function;

/// `q = *p; return *q + q`: `q` is loaded once and used twice, as an address and as a
/// value. And a linked list walked in a loop, `p = *p` on the back edge (a loaded
/// pointer carried into the next iteration, translate/wide_params.rs).
const WAT: &str = r#"(module
  (memory 1)
  (func (export "deref_plus") (param $p i32) (result i32) (local $q i32)
    (local.set $q (i32.load (local.get $p)))
    (i32.add (i32.load offset=8 (local.get $q)) (local.get $q)))
  (func (export "list_sum") (param $p i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $p))))
      (br_if $l (local.tee $p (i32.load (local.get $p)))))
    (local.get $s)))"#;

/// The operands of a 32-bit register-to-register `mov` (a zero extension).
fn zero_extension(t: &str) -> Option<(String, String)> {
    let ops: Vec<&str> = t.strip_prefix("mov ")?.trim().split(',').collect();
    let reg32 = |o: &str| o.starts_with("%e") || (o.starts_with("%r") && o.ends_with('d'));
    (ops.len() == 2 && reg32(ops[0]) && reg32(ops[1])).then(|| (ops[0].into(), ops[1].into()))
}

#[test]
fn loaded_addresses_need_no_zero_extending_moves() {
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    let asm = disasm::x86_64_disassembly("load_zext", "lz", WAT, opts);
    // deref_plus: no 32-bit move reads the register a 32-bit load wrote.
    let (insts, _) = function(&asm, "wasm_func_0");
    let loaded: Vec<String> = (insts.iter())
        .filter_map(|t| {
            let ops = t.strip_prefix("mov ")?.trim();
            let (src, dst) = ops.rsplit_once(',')?;
            (src.ends_with(')') && zero_extension(&format!("mov {dst},{dst}")).is_some())
                .then(|| dst.to_string())
        })
        .collect();
    assert!(!loaded.is_empty(), "no 32-bit load in deref_plus:\n{asm}");
    for t in &insts {
        if let Some((src, _)) = zero_extension(t) {
            assert!(
                !loaded.contains(&src),
                "deref_plus extends a loaded value: {t}\n{asm}"
            );
        }
    }
    // list_sum: the loop carries the loaded pointer zero-extended (no move in the loop).
    let (insts, range) = function(&asm, "wasm_func_1");
    let (first, last) = range.unwrap_or_else(|| panic!("no loop in list_sum:\n{asm}"));
    let body = &insts[first..=last];
    assert!(
        !body.iter().any(|t| zero_extension(t).is_some()),
        "list_sum's loop has a 32-bit move:\n{}",
        body.join("\n")
    );
}

/// A byte or half-word loaded as an i32 (`movzbq`/`movzwq`) and used as an index:
/// `t[c]` for a loaded byte `c`, as parsers, DFAs and Huffman decoders index their
/// tables. The same patch lists `uload8.i32` and `uload16.i32`.
const NARROW: &str = r#"(module
  (memory 1)
  (func (export "byte_index") (param $p i32) (result i32)
    (i32.load8_u offset=256 (i32.load8_u (local.get $p))))
  (func (export "half_index") (param $p i32) (result i32)
    (i32.load16_u offset=256 (i32.load16_u (local.get $p)))))"#;

/// The 32-bit name of a 64-bit register (`%rax` -> `%eax`, `%r9` -> `%r9d`).
fn reg32(r64: &str) -> String {
    match r64.strip_prefix("%r") {
        Some(n) if n.starts_with(|c: char| c.is_ascii_digit()) => format!("{r64}d"),
        Some(n) => format!("%e{n}"),
        None => r64.to_string(),
    }
}

#[test]
fn loaded_bytes_as_indices_need_no_zero_extending_moves() {
    let opts = wasm2native::CompileOptions {
        threads: 1,
        ..Default::default()
    };
    let asm = disasm::x86_64_disassembly("load_zext_narrow", "lzn", NARROW, opts);
    for (k, load) in [(0, "movzbq"), (1, "movzwq")] {
        let (insts, _) = function(&asm, &format!("wasm_func_{k}"));
        let text = insts.join("\n");
        // The first narrow load is the index's; its register, in 32-bit name.
        let dst = (insts.iter())
            .find_map(|t| Some(t.strip_prefix(load)?.trim().rsplit_once(',')?.1.to_string()))
            .unwrap_or_else(|| panic!("wasm_func_{k}: no {load}:\n{text}"));
        let dst32 = reg32(&dst);
        assert!(
            !insts
                .iter()
                .any(|t| zero_extension(t).is_some_and(|(src, _)| src == dst32)),
            "wasm_func_{k} extends the loaded {dst32} again:\n{text}"
        );
    }
}
