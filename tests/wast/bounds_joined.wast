;; A bounds check of a block parameter (plus a constant) is removed when every edge into
;; the block passes a value that a check dominating the edge's branch already proved
;; (compiler/src/translate/bounds/checks.rs, rewrite 3): `p + kb` on the edge that passes
;; `x` for `p` is `x + kb`, and a check of `x + ka` proved it when
;; (kb - ka) mod 2^32 + end_b <= end_a. These assertions pin the trap points of the
;; checks that go and of those that must stay.

(module
  (memory 1)
  (data (i32.const 100) "abc\00")
  (data (i32.const 65530) "xxxxxx")
  (func $touch (i32.store (i32.const 300) (i32.const 7)))

  ;; parse's string scan: the header reads s[p] (p: checked before the loop, and
  ;; p + 1 checked at the end of each iteration), so its check goes. Returns the
  ;; length; past the memory's end the check of p + 1 traps.
  (func (export "scan") (param $p i32) (result i32)
    (local $n i32)
    (if (i32.eqz (i32.load8_u (local.get $p))) (then (return (i32.const 0))))
    (loop $l
      (drop (i32.load8_u (local.get $p)))
      (call $touch)
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br_if $l (i32.load8_u (local.get $p))))
    (local.get $n))

  ;; A join whose every arm proved 4 bytes at the value it passes: the 2-byte read at
  ;; p + 2 is covered (2 + 2 <= 4), so its check goes.
  (func (export "join_covered") (param $c i32) (param $x i32) (param $y i32) (result i32)
    (local $p i32)
    (if (local.get $c)
      (then (drop (i32.load (local.get $x))) (local.set $p (local.get $x)))
      (else (drop (i32.load (local.get $y))) (call $touch) (local.set $p (local.get $y))))
    (i32.load16_u (i32.add (local.get $p) (i32.const 2))))

  ;; The byte at p + 4 is past what the arms proved (4 + 1 > 4): its check stays.
  (func (export "join_past") (param $c i32) (param $x i32) (param $y i32) (result i32)
    (local $p i32)
    (if (local.get $c)
      (then (drop (i32.load (local.get $x))) (local.set $p (local.get $x)))
      (else (drop (i32.load (local.get $y))) (local.set $p (local.get $y))))
    (i32.load8_u (i32.add (local.get $p) (i32.const 4))))

  ;; One arm proved nothing about the value it passes: the check stays.
  (func (export "join_unchecked") (param $c i32) (param $x i32) (param $y i32) (result i32)
    (local $p i32)
    (if (local.get $c)
      (then (drop (i32.load (local.get $x))) (local.set $p (local.get $x)))
      (else (local.set $p (local.get $y))))
    (i32.load8_u (local.get $p)))

  ;; The arms proved x + 4 (an i32 add, which wraps), the join reads p: the difference
  ;; is -4 (mod 2^32), so the check stays. x = -4: the arms read address 0, the join
  ;; 0xfffffffc and must trap.
  (func (export "join_below") (param $c i32) (param $x i32) (result i32)
    (local $p i32)
    (if (local.get $c)
      (then (drop (i32.load (i32.add (local.get $x) (i32.const 4)))) (local.set $p (local.get $x)))
      (else (drop (i32.load (i32.add (local.get $x) (i32.const 4)))) (local.set $p (local.get $x))))
    (i32.load8_u (local.get $p)))

  ;; The edges pass x + 8 and the arms proved x + 8 .. x + 12: the read at p + 3 is
  ;; covered (arguments that are sums of the checked root and a constant).
  (func (export "join_sum") (param $c i32) (param $x i32) (result i32)
    (local $p i32)
    (drop (i32.load offset=8 (local.get $x)))
    (if (local.get $c)
      (then (local.set $p (i32.add (local.get $x) (i32.const 8))))
      (else (call $touch) (local.set $p (i32.add (local.get $x) (i32.const 8)))))
    (i32.load8_u (i32.add (local.get $p) (i32.const 3))))

  ;; ... and the read at p + 4 is not.
  (func (export "join_sum_past") (param $c i32) (param $x i32) (result i32)
    (local $p i32)
    (drop (i32.load offset=8 (local.get $x)))
    (if (local.get $c)
      (then (local.set $p (i32.add (local.get $x) (i32.const 8))))
      (else (call $touch) (local.set $p (i32.add (local.get $x) (i32.const 8)))))
    (i32.load8_u (i32.add (local.get $p) (i32.const 4))))
)

(assert_return (invoke "scan" (i32.const 100)) (i32.const 3))
(assert_return (invoke "scan" (i32.const 103)) (i32.const 0))
(assert_return (invoke "scan" (i32.const 65529)) (i32.const 0))
(assert_trap (invoke "scan" (i32.const 65530)) "out of bounds memory access")
(assert_trap (invoke "scan" (i32.const 65535)) "out of bounds memory access")
(assert_trap (invoke "scan" (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "scan" (i32.const -1)) "out of bounds memory access")

(assert_return (invoke "join_covered" (i32.const 1) (i32.const 100) (i32.const 0)) (i32.const 0x0063))
(assert_return (invoke "join_covered" (i32.const 0) (i32.const 0) (i32.const 65532)) (i32.const 0x7878))
(assert_trap (invoke "join_covered" (i32.const 1) (i32.const 65533) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "join_covered" (i32.const 0) (i32.const 0) (i32.const 65533)) "out of bounds memory access")

(assert_return (invoke "join_past" (i32.const 1) (i32.const 65531) (i32.const 0)) (i32.const 0x78))
(assert_trap (invoke "join_past" (i32.const 1) (i32.const 65532) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "join_past" (i32.const 0) (i32.const 0) (i32.const 65532)) "out of bounds memory access")

(assert_return (invoke "join_unchecked" (i32.const 0) (i32.const 0) (i32.const 65535)) (i32.const 0x78))
(assert_trap (invoke "join_unchecked" (i32.const 0) (i32.const 0) (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "join_unchecked" (i32.const 0) (i32.const 0) (i32.const -1)) "out of bounds memory access")

(assert_return (invoke "join_below" (i32.const 1) (i32.const 100)) (i32.const 0x61))
(assert_trap (invoke "join_below" (i32.const 1) (i32.const -4)) "out of bounds memory access")
(assert_trap (invoke "join_below" (i32.const 0) (i32.const -4)) "out of bounds memory access")

(assert_return (invoke "join_sum" (i32.const 1) (i32.const 92)) (i32.const 0x00))
(assert_return (invoke "join_sum" (i32.const 0) (i32.const 65524)) (i32.const 0x78))
(assert_trap (invoke "join_sum" (i32.const 0) (i32.const 65525)) "out of bounds memory access")
(assert_return (invoke "join_sum_past" (i32.const 1) (i32.const 65523)) (i32.const 0x78))
(assert_trap (invoke "join_sum_past" (i32.const 1) (i32.const 65524)) "out of bounds memory access")
(assert_trap (invoke "join_sum_past" (i32.const 0) (i32.const 65524)) "out of bounds memory access")
