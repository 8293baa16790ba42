;; Checks merged within a block when their indices differ by a constant once shifts and
;; multiplications by constants are distributed over adds (compiler/src/translate/
;; checks.rs, rewrite 1): `s[sp - 2]` then `s[sp - 1]` is one check of the first index
;; with a wider end. Only a later index at or above the first is merged; one below it
;; may wrap around zero and keeps its own check.

(module
  (memory 1)
  (func (export "store") (param $a i32) (param $v i32) (i32.store (local.get $a) (local.get $v)))

  ;; s[sp - 2] + s[sp - 1], with s at $b (4-byte slots): the second index is the first
  ;; plus 4.
  (func (export "pop_up") (param $b i32) (param $sp i32) (result i32)
    (i32.add
      (i32.load (i32.add (i32.shl (i32.add (local.get $sp) (i32.const -2)) (i32.const 2))
                         (local.get $b)))
      (i32.load (i32.add (i32.shl (i32.add (local.get $sp) (i32.const -1)) (i32.const 2))
                         (local.get $b)))))

  ;; s[sp - 1] then s[sp - 2]: the second index is the first minus 4.
  (func (export "pop_down") (param $b i32) (param $sp i32) (result i32)
    (i32.sub
      (i32.load (i32.add (i32.shl (i32.add (local.get $sp) (i32.const -1)) (i32.const 2))
                         (local.get $b)))
      (i32.load (i32.add (i32.shl (i32.add (local.get $sp) (i32.const -2)) (i32.const 2))
                         (local.get $b)))))

  ;; Records of 12 bytes: r[i].x + r[i + 1].x, as i * 12 and (i + 1) * 12.
  (func (export "next_rec") (param $b i32) (param $i i32) (result i32)
    (i32.add
      (i32.load (i32.add (local.get $b) (i32.mul (local.get $i) (i32.const 12))))
      (i32.load (i32.add (local.get $b)
        (i32.mul (i32.add (local.get $i) (i32.const 1)) (i32.const 12))))))

  ;; A store between the two loads ends the merge window: the store must happen before
  ;; the second load traps.
  (func (export "store_between") (param $b i32) (param $sp i32) (result i32)
    (local $x i32)
    (local.set $x (i32.load (i32.add (i32.shl (local.get $sp) (i32.const 2)) (local.get $b))))
    (i32.store (i32.const 0) (i32.const 77))
    (i32.add (local.get $x)
      (i32.load (i32.add (i32.shl (i32.add (local.get $sp) (i32.const 1)) (i32.const 2))
                         (local.get $b)))))
)

(assert_return (invoke "store" (i32.const 100) (i32.const 5)))
(assert_return (invoke "store" (i32.const 104) (i32.const 7)))
(assert_return (invoke "store" (i32.const 108) (i32.const 11)))
(assert_return (invoke "store" (i32.const 112) (i32.const 13)))
(assert_return (invoke "pop_up" (i32.const 100) (i32.const 2)) (i32.const 12))
(assert_return (invoke "pop_up" (i32.const 100) (i32.const 3)) (i32.const 18))
(assert_return (invoke "pop_down" (i32.const 100) (i32.const 3)) (i32.const 4))
;; The last slot of memory, and one past it (the first load is in bounds, the second
;; is not: a trap either way).
(assert_return (invoke "store" (i32.const 65532) (i32.const 3)))
(assert_return (invoke "pop_up" (i32.const 65528) (i32.const 2)) (i32.const 3))
(assert_trap (invoke "pop_up" (i32.const 65532) (i32.const 2)) "out of bounds memory access")
;; sp = 1 with b = 0: s[sp - 2] is at -4, which wraps: a trap, in either order.
(assert_trap (invoke "pop_up" (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "pop_down" (i32.const 0) (i32.const 1)) "out of bounds memory access")
;; b = 8: the same slots are at 0 and 4.
(assert_return (invoke "store" (i32.const 0) (i32.const 20)))
(assert_return (invoke "store" (i32.const 4) (i32.const 30)))
(assert_return (invoke "store" (i32.const 8) (i32.const 40)))
(assert_return (invoke "pop_down" (i32.const 8) (i32.const 1)) (i32.const 10))
(assert_return (invoke "pop_up" (i32.const 8) (i32.const 0)) (i32.const 50))

;; Records: x at 100 + 12 i.
(assert_return (invoke "next_rec" (i32.const 100) (i32.const 0)) (i32.const 18))
(assert_return (invoke "next_rec" (i32.const 65520) (i32.const 0)) (i32.const 3))
(assert_trap (invoke "next_rec" (i32.const 65524) (i32.const 0)) "out of bounds memory access")
;; 12 * 357913942 wraps to 8 (mod 2^32), 12 * 357913943 to 20.
(assert_return (invoke "next_rec" (i32.const 92) (i32.const 357913942)) (i32.const 18))

;; store_between: the store to 0 lands before the second load traps.
(assert_trap (invoke "store_between" (i32.const 65532) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "pop_up" (i32.const 8) (i32.const 0)) (i32.const 107))
