;; A bounds check dominated by a check that already proved at least as much is removed
;; (compiler/src/translate/bounds/checks.rs, rewrite 2): indices `x + ka` and `x + kb` (i32 adds
;; of constants to one value), removed when (kb - ka) mod 2^32 + end_b <= end_a. These
;; assertions pin the cases where a check must stay, and the ones where it goes.

(module
  (memory 1)
  (func $touch (i32.store (i32.const 300) (i32.const 7)))
  (func (export "read") (param i32) (result i32) (i32.load (local.get 0)))

  ;; x+8 then x+4: the difference is -4 (mod 2^32), so the second check stays.
  ;; x = -8: the first reads address 0, the second 0xfffffffc and must trap.
  (func (export "neg_delta") (param $x i32) (result i32)
    (drop (i32.load (i32.add (local.get $x) (i32.const 8))))
    (call $touch)
    (i32.load (i32.add (local.get $x) (i32.const 4))))

  ;; i64 at x proves x+4..x+8: the i32 at x+4 after a call and a store is covered.
  (func (export "covered") (param $x i32) (result i32)
    (drop (i64.load (local.get $x)))
    (call $touch)
    (i32.store (i32.add (local.get $x) (i32.const 4)) (i32.const 5))
    (i32.load (i32.add (local.get $x) (i32.const 4))))

  ;; a check inside an `if` does not dominate the access after it.
  (func (export "cond_first") (param $c i32) (param $x i32) (result i32)
    (if (local.get $c) (then (drop (i32.load (local.get $x)))))
    (call $touch)
    (i32.load (local.get $x)))

  ;; a one-byte access does not prove a four-byte one at the same index.
  (func (export "larger_end_later") (param $x i32) (result i32)
    (drop (i32.load8_u (local.get $x)))
    (call $touch)
    (i32.load (local.get $x)))

  ;; the loop checks i, the access after it reads i + 32768 (a different value).
  (func (export "after_loop") (result i32)
    (local $i i32)
    (loop $l
      (drop (i32.load (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 32768)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 65536))))
    (i32.load (local.get $i)))

  ;; memory.grow between two checks of one index: the second is still covered.
  (func (export "grow_between") (param $x i32) (result i32)
    (drop (i32.load (local.get $x)))
    (drop (memory.grow (i32.const 1)))
    (i32.load (local.get $x)))
)

(assert_return (invoke "neg_delta" (i32.const 0)) (i32.const 0))
(assert_trap (invoke "neg_delta" (i32.const -8)) "out of bounds memory access")
(assert_return (invoke "covered" (i32.const 65528)) (i32.const 5))
(assert_trap (invoke "covered" (i32.const 65529)) "out of bounds memory access")
(assert_return (invoke "read" (i32.const 65532)) (i32.const 5))
(assert_trap (invoke "cond_first" (i32.const 0) (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "cond_first" (i32.const 1) (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "cond_first" (i32.const 1) (i32.const 300)) (i32.const 7))
(assert_trap (invoke "larger_end_later" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "larger_end_later" (i32.const 65532)) (i32.const 5))
(assert_trap (invoke "after_loop") "out of bounds memory access")
(assert_return (invoke "grow_between" (i32.const 65532)) (i32.const 5))
