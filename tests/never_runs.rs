//! Which blocks the bounds-check passes mark as never running (`Layout::set_never_runs`,
//! vendor/cranelift-codegen/PATCHES.md 4), for the register allocator: the CLIF text
//! shows the mark as a `; never runs` comment after the block's header.
//!
//! A checked copy gets the mark when it can only run if the program is about to trap
//! (a one-block loop's per-iteration range check, rewrite 3) or, for a loop copied
//! whole (rewrite 4), when what its entry test proves depends on no bound that a
//! program may exceed without trapping: no bounded term (whose range is its type's,
//! `x & 0xffff`, a loaded halfword, not the table's) and no call in the loop. Entry
//! tests that every entry fails are not emitted at all: the loop is not copied.

/// The CLIF of each function of `wat` (x86_64, after the bounds passes), in order.
fn functions(wat: &str) -> Vec<String> {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        inline: false,
        ..Default::default()
    };
    let clif = wasm2native::compile_clif(wat.as_bytes(), &opts).unwrap();
    clif.split("\nfunction ")
        .filter(|f| f.contains('{'))
        .map(str::to_string)
        .collect()
}

/// (blocks marked cold, blocks marked never running) of one function's CLIF.
fn marks(f: &str) -> (usize, usize) {
    let headers = f.lines().filter(|l| l.trim_start().starts_with("block"));
    let (mut cold, mut never) = (0, 0);
    for h in headers {
        cold += h.contains(" cold:") as usize;
        never += h.ends_with("; never runs") as usize;
    }
    (cold, never)
}

const LOOPS: &str = r#"
(module
  (memory 1)
  (func $f (param i32) (result i32) (local.get 0))
  ;; A counted loop of one block (`i` from 0 up to `n`, tested nonzero first: no
  ;; trip-count condition in the entry test): its checked copy (the loop and the block
  ;; entering it) runs only if an access is out of bounds.
  (func (export "sum") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $top (i32.ne (local.get $i) (local.get $n)))))
    (local.get $s))
  ;; The same, tested `i < n`: the entry test checks that the counter cannot wrap,
  ;; which a program may fail without trapping. Cold, not marked.
  (func (export "sum_lt") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $top (i32.lt_u (local.get $i) (local.get $n)))))
    (local.get $s))
  ;; A counted loop with a break (a search): the count bounds the accesses the loop
  ;; can reach; marked too.
  (func (export "find") (param $a i32) (param $n i32) (param $x i32) (result i32)
    (local $i i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (br_if $done (i32.eq (local.get $x)
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $top (i32.ne (local.get $i) (local.get $n)))))
    (local.get $i))
  ;; An index with a bounded term (a mask): the entry test proves the mask's whole
  ;; range, which a program's table need not span. Cold, not marked.
  (func (export "masked") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $s (i32.add (local.get $s)
          (i32.load16_u (i32.add (local.get $a) (i32.shl
            (i32.and (i32.mul (local.get $s) (local.get $i)) (i32.const 0xffff))
            (i32.const 1))))))
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $top (i32.ne (local.get $i) (local.get $n)))))
    (local.get $s))
  ;; A loop that calls: cold, not marked.
  (func (export "calls") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $s (i32.add (local.get $s) (call $f
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $top (i32.ne (local.get $i) (local.get $n)))))
    (local.get $s)))
"#;

#[test]
fn checked_copies_that_run_only_before_a_trap_are_marked() {
    let fs = functions(LOOPS);
    let got: Vec<(usize, usize)> = fs[1..].iter().map(|f| marks(f)).collect();
    let names = ["sum", "sum_lt", "find", "masked", "calls"];
    let want = [
        // The block entering the checked loop, and the loop's one block.
        (2, 2),
        (2, 0),
        // Entry block, header and the block after the break test.
        (3, 3),
        (2, 0),
        (2, 0),
    ];
    for (i, name) in names.iter().enumerate() {
        assert_eq!(got[i], want[i], "{name} (cold, never runs):\n{}", fs[i + 1]);
    }
}

/// Loops whose entry test every entry would fail are not copied: clang's remainder
/// loop after an unrolled one counts down from 0 to `-(n & 3)` with `!=`, and musl's
/// `memcpy` runs `do { ..; n -= 32 } while (n > 15)` (unsigned). (These two are not
/// copied without `hoist::rejects_every_entry` either, for other reasons; its unit
/// test pins it. `copy32` pins rewrite 3's mark: its accesses at 72 KiB lie beyond the
/// guard band's reach from those at 0, so their checks are not dropped behind them.)
const NEVER_ENTERED: &str = r#"
(module
  (memory 1)
  (func (export "rem") (param $d i32) (param $a i32) (param $n i32)
    (local $k i32) (local $m i32)
    (local.set $m (i32.sub (i32.const 0) (i32.and (local.get $n) (i32.const 3))))
    (block $done
      (br_if $done (i32.eqz (local.get $m)))
      (loop $top
        (i64.store (local.get $d) (i64.load (local.get $a)))
        (local.set $a (i32.add (local.get $a) (i32.const 8)))
        (local.set $d (i32.add (local.get $d) (i32.const 8)))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br_if $top (i32.ne (local.get $k) (local.get $m))))))
  (func (export "copy32") (param $d i32) (param $s i32) (param $n i32)
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 32)))
      (loop $top
        (i64.store (local.get $d) (i64.load (local.get $s)))
        (i64.store offset=8 (local.get $d) (i64.load offset=8 (local.get $s)))
        (i64.store offset=73728 (local.get $d) (i64.load offset=73728 (local.get $s)))
        (i64.store offset=73736 (local.get $d) (i64.load offset=73736 (local.get $s)))
        (local.set $d (i32.add (local.get $d) (i32.const 32)))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (local.set $n (i32.sub (local.get $n) (i32.const 32)))
        (br_if $top (i32.gt_u (local.get $n) (i32.const 15)))))))
"#;

#[test]
fn loops_every_entry_test_rejects_are_not_copied() {
    let fs = functions(NEVER_ENTERED);
    // No copy; `copy32`'s one block gets rewrite 3's range check per iteration instead
    // (its checked iteration never runs).
    assert_eq!(marks(&fs[0]), (0, 0), "rem:\n{}", fs[0]);
    assert_eq!(marks(&fs[1]), (1, 1), "copy32:\n{}", fs[1]);
}
