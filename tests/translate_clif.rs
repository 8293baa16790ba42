//! What the translator hands Cranelift for common shapes, seen in the CLIF
//! (`wasm2native::compile_clif`): no instruction or block that Cranelift's optimizer
//! would only remove again. An `if` without `else` branches straight to the code
//! after it, a comparison that a branch or `select` takes is not widened to i32 first,
//! and the accesses of one block at one index share the index's extension and address.
//! (What these functions compute is tested by the spec tests and tests/wast.)

/// The CLIF of the module's only function, with the bounds-check optimizer off (the
/// translator's output as it is).
fn clif(body: &str) -> String {
    let wat = format!(r#"(module (memory 1) (func (export "f") {body}))"#);
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        inline: false,
        bounds_opt: false,
        ..Default::default()
    };
    wasm2native::compile_clif(wat.as_bytes(), &opts).unwrap()
}

/// Instructions whose text contains `pat`.
fn count(clif: &str, pat: &str) -> usize {
    clif.lines().filter(|l| l.contains(pat)).count()
}

fn blocks(clif: &str) -> usize {
    clif.lines()
        .filter(|l| l.trim_start().starts_with("block"))
        .count()
}

/// `if` without `else`: the false edge goes to the block after `end`, so the function
/// is its entry, the `then` arm, the join and the exit, with no block that only jumps.
#[test]
fn if_without_else_has_no_else_block() {
    let f = clif(
        "(param i32) (result i32)
         (if (local.get 0) (then (local.set 0 (i32.add (local.get 0) (i32.const 5)))))
         (local.get 0)",
    );
    assert_eq!(blocks(&f), 4, "{f}");
    // With an `else`, the false edge goes to it (one block more) ...
    let f = clif(
        "(param i32) (result i32)
         (if (local.get 0) (then (local.set 0 (i32.const 1))) (else (local.set 0 (i32.const 2))))
         (local.get 0)",
    );
    assert_eq!(blocks(&f), 5, "{f}");
    // ... also when the `if` has parameters, which the `else` block then takes.
    let f = clif(
        "(param i32) (result i32)
         (local.get 0)
         (if (param i32) (result i32) (local.get 0)
           (then (i32.add (i32.const 3))) (else (i32.mul (i32.const 7))))",
    );
    assert_eq!(blocks(&f), 5, "{f}");
    assert!(
        f.lines()
            .any(|l| l.contains("block") && l.contains("(v") && l.contains(": i32)")),
        "{f}"
    );
}

/// A comparison feeding `br_if`, `if` or `select` stays an i8 `icmp`; stored in a local
/// (or returned), it is widened to Wasm's i32.
#[test]
fn compare_taken_as_condition_is_not_widened() {
    for consumer in [
        "(br_if 0 (i32.lt_s (local.get 0) (i32.const 10)))",
        "(if (i32.eqz (local.get 0)) (then (local.set 0 (i32.const 1))))",
        "(local.set 0 (select (local.get 0) (i32.const 4) (f64.lt (f64.const 1) (f64.const 2))))",
    ] {
        let f = clif(&format!(
            "(param i32) (result i32) (block {consumer}) (local.get 0)"
        ));
        assert_eq!(count(&f, "uextend.i32"), 0, "{consumer}:\n{f}");
        assert_eq!(count(&f, "cmp"), 1, "{consumer}:\n{f}");
    }
    let f = clif(
        "(param i32) (result i32)
         (local.set 0 (i32.lt_s (local.get 0) (i32.const 10)))
         (br_if 0 (local.get 0) (local.get 0))",
    );
    assert_eq!(count(&f, "uextend.i32"), 1, "{f}");
}

/// Three accesses at one index in one block: one zero-extension, one `base + index`,
/// three checks (the optimizer is off). Another block extends and adds again.
#[test]
fn accesses_of_a_block_share_extension_and_address() {
    let f = clif(
        "(param i32) (result i32)
         (i32.store offset=8 (local.get 0)
           (i32.add (i32.load (local.get 0)) (i32.load offset=4 (local.get 0))))
         (if (local.get 0) (then (i32.store (local.get 0) (i32.const 1))))
         (i32.const 0)",
    );
    assert_eq!(count(&f, "trapnz"), 4, "{f}");
    assert_eq!(count(&f, "uextend.i64"), 2, "{f}");
    // The memory's base is loaded once, in the entry block; an address adds it to an
    // extended index.
    let base_load = f.lines().find(|l| l.contains("readonly can_move")).unwrap();
    let base = base_load.trim().split(' ').next().unwrap();
    let addrs = (f.lines())
        .filter(|l| l.contains(&format!(" {base}, v")) && l.contains("= iadd"))
        .count();
    assert_eq!(addrs, 2, "{f}");
}

/// An index `x + c` whose sum cannot wrap (`x` has a known bound) is accessed as `x`
/// with `c` in the static offset: the load's displacement holds the table's address
/// and the check's end grows by `c`. With `x` unbounded the sum may wrap: unchanged.
#[test]
fn bounded_index_plus_constant_goes_into_the_offset() {
    // A static table indexed by a masked value (Lua's opcode dispatch): in bounds.
    let f = clif(
        "(param i32) (result i32)
         (i32.load offset=4 (i32.add (i32.shl (i32.and (local.get 0) (i32.const 127)) (i32.const 2))
                                     (i32.const 0x2ad0)))",
    );
    assert_eq!(count(&f, "trapnz"), 0, "{f}");
    assert_eq!(count(&f, "load.i32 notrap region0"), 1, "{f}");
    assert_eq!(count(&f, "+0x2ad4"), 1, "{f}");
    // Checked: the limit subtracts offset + c + size (2 + 0xf000 + 1 = 61443).
    let f = clif(
        "(param i32) (result i32)
         (i32.load8_u offset=2 (i32.add (i32.and (local.get 0) (i32.const 0x1ffff)) (i32.const 0xf000)))",
    );
    assert_eq!(count(&f, "trapnz"), 1, "{f}");
    assert_eq!(count(&f, "= iconst.i64 -61443"), 1, "{f}");
    assert_eq!(count(&f, "+0xf002"), 1, "{f}");
    // x unbounded, or bounded too high (the sum reaches 2^32): the sum is accessed.
    for x in [
        "(local.get 0)",
        "(i32.and (local.get 0) (i32.const 0x80000001))",
    ] {
        let f = clif(&format!(
            "(param i32) (result i32) (i32.load8_u (i32.add {x} (i32.const 0x7fffffff)))"
        ));
        assert_eq!(count(&f, "uload8.i32 notrap region0 v"), 1, "{f}");
        assert!(!f.contains("+0x7fff_ffff"), "{f}");
    }
}

/// The byte swaps clang expands (`__builtin_bswap64/32/16` for wasm: shift/and/or
/// trees) come back as one `bswap` each (compiler/src/translate/bytes.rs), the 16-bit
/// one with a shift; trees that are no byte permutation (a mask of 7 bits) stay; and
/// `--no-byte-swaps` keeps them all. tests/wast/byte_swaps.wast runs them.
#[test]
fn clang_byte_swaps_become_bswap() {
    let wat = r#"(module
      (func (export "bswap64") (param i64) (result i64)
        (i64.or
          (i64.or
            (i64.or (i64.shl (local.get 0) (i64.const 56))
                    (i64.and (i64.shl (local.get 0) (i64.const 40)) (i64.const 0xff000000000000)))
            (i64.or (i64.and (i64.shl (local.get 0) (i64.const 24)) (i64.const 0xff0000000000))
                    (i64.and (i64.shl (local.get 0) (i64.const 8)) (i64.const 0xff00000000))))
          (i64.or
            (i64.or (i64.and (i64.shr_u (local.get 0) (i64.const 8)) (i64.const 0xff000000))
                    (i64.and (i64.shr_u (local.get 0) (i64.const 24)) (i64.const 0xff0000)))
            (i64.or (i64.and (i64.shr_u (local.get 0) (i64.const 40)) (i64.const 0xff00))
                    (i64.shr_u (local.get 0) (i64.const 56))))))
      (func (export "bswap32") (param i32) (result i32)
        (i32.or
          (i32.or (i32.shl (local.get 0) (i32.const 24))
                  (i32.shl (i32.and (local.get 0) (i32.const 0xff00)) (i32.const 8)))
          (i32.or (i32.and (i32.shr_u (local.get 0) (i32.const 8)) (i32.const 0xff00))
                  (i32.shr_u (local.get 0) (i32.const 24)))))
      (func (export "bswap16") (param i32) (result i32)
        (i32.or (i32.shl (i32.and (local.get 0) (i32.const 0xff)) (i32.const 8))
                (i32.and (i32.shr_u (local.get 0) (i32.const 8)) (i32.const 0xff))))
      (func (export "mask7") (param i32) (result i32)
        (i32.or
          (i32.or (i32.shl (local.get 0) (i32.const 24))
                  (i32.shl (i32.and (local.get 0) (i32.const 0xff00)) (i32.const 8)))
          (i32.or (i32.and (i32.shr_u (local.get 0) (i32.const 8)) (i32.const 0x7f00))
                  (i32.shr_u (local.get 0) (i32.const 24))))))"#;
    let clif = |byte_swaps: bool| {
        let opts = wasm2native::CompileOptions {
            target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
            threads: 1,
            inline: false,
            byte_swaps,
            ..Default::default()
        };
        wasm2native::compile_clif(wat.as_bytes(), &opts).unwrap()
    };
    let f = clif(true);
    assert_eq!(count(&f, "= bswap"), 3, "{f}");
    // Each swapped function is its `bswap` (and the 16-bit one's shift) alone.
    assert_eq!(count(&f, "= ishl"), 2, "{f}"); // mask7's two
    assert_eq!(count(&f, "= band"), 2, "{f}"); // mask7's two
    let f = clif(false);
    assert_eq!(count(&f, "= bswap"), 0, "{f}");
}
