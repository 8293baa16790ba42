;; Single-block loops get one combined bounds check per iteration, with a cold copy of
;; the iteration that keeps every original check (compiler/src/translate/bounds/checks.rs,
;; rewrite 3). These assertions cover both copies: in range, wrapped indices that are
;; in bounds only after the i32 add wraps, negative constant offsets, a trap after a
;; store in the same iteration, and loop results used after the loop.

(module
  (memory 1)
  (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00")
  (data (i32.const 32) "\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00")
  (func (export "read") (param i32) (result i32) (i32.load (local.get 0)))

  ;; s += [p + 8i + 32] + [p + 8i + 36] for i < n: two accesses off one root.
  (func (export "sum") (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32) (local $a i32)
    (loop $l
      (local.set $a (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 3))))
      (local.set $s (i32.add (local.get $s) (i32.load (i32.add (local.get $a) (i32.const 32)))))
      (local.set $s (i32.add (local.get $s) (i32.load (i32.add (local.get $a) (i32.const 36)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))

  ;; the same with static offsets, and a negative constant: [a - 4] + [a] + [a + 4].
  (func (export "around") (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32) (local $a i32)
    (loop $l
      (local.set $a (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))
      (local.set $s (i32.add (local.get $s) (i32.load (i32.add (local.get $a) (i32.const -4)))))
      (local.set $s (i32.add (local.get $s) (i32.load offset=0 (local.get $a))))
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $a))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))

  ;; [p + i] = 7, [p + i + 4] = 7 for i = 0, 4, 8, ... < n.
  (func (export "fill") (param $p i32) (param $n i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.add (local.get $p) (local.get $i)) (i32.const 7))
      (i32.store (i32.add (i32.add (local.get $p) (local.get $i)) (i32.const 4)) (i32.const 7))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
)

;; in range: 5 + 6 + 7 + 8
(assert_return (invoke "sum" (i32.const 0) (i32.const 2)) (i32.const 26))
;; p = -32: p + 8i + 32 wraps to 8i, in bounds: 1 + 2 + 3 + 4
(assert_return (invoke "sum" (i32.const -32) (i32.const 2)) (i32.const 10))
;; p = -36: the first access wraps to 0xfffffffc (out of bounds)
(assert_trap (invoke "sum" (i32.const -36) (i32.const 1)) "out of bounds memory access")
;; the last iteration reads past the end
(assert_trap (invoke "sum" (i32.const 65480) (i32.const 4)) "out of bounds memory access")
(assert_return (invoke "sum" (i32.const 65480) (i32.const 3)) (i32.const 0))
;; [0] + [4] + [8] (i = 0) + [4] + [8] + [12] (i = 1)
(assert_return (invoke "around" (i32.const 4) (i32.const 2)) (i32.const 15))
;; a - 4 = -4 at i = 0
(assert_trap (invoke "around" (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "around" (i32.const 65528) (i32.const 1)) (i32.const 0))
(assert_trap (invoke "around" (i32.const 65532) (i32.const 1)) "out of bounds memory access")
;; i = 8 stores to 65532, then traps at 65536: the first store of that iteration stays
(assert_return (invoke "read" (i32.const 65532)) (i32.const 0))
(assert_trap (invoke "fill" (i32.const 65524) (i32.const 100)) "out of bounds memory access")
(assert_return (invoke "read" (i32.const 65532)) (i32.const 7))
(assert_return (invoke "read" (i32.const 65524)) (i32.const 7))
