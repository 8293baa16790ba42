;; Counted loops with constant start and bound (compiler/src/translate/bounds/hoist.rs): the
;; entry test's trip-count conditions are then constants, evaluated at compile time
;; (`const_eval`) so that a condition that is always false costs no branch. (Each
;; loop runs more than 8 iterations before it would wrap, or it would not be copied.) Here each
;; condition is always TRUE: the counter wraps around (or never reaches its bound), so
;; the loop must run with its checks and trap where the pointer leaves memory. A
;; condition wrongly taken as false would run the unchecked copy past the end.

(module
  (memory 1)
  (func (export "peek") (param $a i32) (result i32) (i32.load8_u (local.get $a)))

  ;; i = 0xffffff00, 0xffffff02, ... < 0xffffffff (unsigned), step 2: wraps to 0 and
  ;; goes on; the pointer p (step 1) runs off the end.
  (func (export "wrap_u") (result i32)
    (local $i i32) (local $p i32)
    (local.set $i (i32.const 0xffffff00))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 1))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 2)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 0xffffffff))))
    (local.get $p))

  ;; The same, signed: 0x7fffff00 + 2k < 0x7fffffff wraps to negative values.
  (func (export "wrap_s") (result i32)
    (local $i i32) (local $p i32)
    (local.set $i (i32.const 0x7fffff00))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 2))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 2)))
      (br_if $l (i32.lt_s (local.get $i) (i32.const 0x7fffffff))))
    (local.get $p))

  ;; i = 10, 11, ... != 5: reaches 5 only after wrapping around 2^32.
  (func (export "ne_behind") (result i32)
    (local $i i32) (local $p i32)
    (local.set $i (i32.const 10))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 3))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.ne (local.get $i) (i32.const 5))))
    (local.get $p))

  ;; Going down: i = INT_MIN + 257, INT_MIN + 255, ... > INT_MIN (signed), step -2: skips
  ;; INT_MIN, wraps to INT_MAX and goes on.
  (func (export "down_wrap") (result i32)
    (local $i i32) (local $p i32)
    (local.set $i (i32.const 0x80000101))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 4))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $i (i32.sub (local.get $i) (i32.const 2)))
      (br_if $l (i32.gt_s (local.get $i) (i32.const 0x80000000))))
    (local.get $p))

  ;; A pointer running down from 100 for 200 iterations: it leaves memory below 0.
  (func (export "below_zero") (result i32)
    (local $i i32) (local $p i32)
    (local.set $p (i32.const 100))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 6))
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 200))))
    (local.get $p))

  ;; The counter widened to i64 against an i64 bound above 2^32: the i32 counter wraps
  ;; before reaching it.
  (func (export "wide_bound") (result i32)
    (local $i i32) (local $p i32)
    (local.set $i (i32.const 0xffffff00))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 7))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i64.lt_u (i64.extend_i32_u (local.get $i)) (i64.const 0x100000005))))
    (local.get $p))

  ;; Constant bounds that are fine: the fast copy runs, 100 iterations.
  (func (export "fine") (result i32)
    (local $i i32) (local $p i32)
    (local.set $i (i32.const 0xffffff00))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 5))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 2)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 0xffffffc8))))
    (local.get $p))
)

(assert_trap (invoke "wrap_u") "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65535)) (i32.const 1))
(assert_trap (invoke "wrap_s") "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65535)) (i32.const 2))
(assert_trap (invoke "ne_behind") "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65535)) (i32.const 3))
(assert_trap (invoke "down_wrap") "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65535)) (i32.const 4))
(assert_trap (invoke "below_zero") "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 0)) (i32.const 6))
(assert_return (invoke "peek" (i32.const 100)) (i32.const 6))
(assert_trap (invoke "wide_bound") "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65535)) (i32.const 7))
(assert_return (invoke "fine") (i32.const 100))
(assert_return (invoke "peek" (i32.const 99)) (i32.const 5))
(assert_return (invoke "peek" (i32.const 100)) (i32.const 7))
