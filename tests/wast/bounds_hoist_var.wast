;; Bounds checks hoisted out of loops whose step is a loop-invariant value, and exit
;; tests that compare a widened counter with an i64 bound (compiler/src/translate/
;; hoist.rs): the sieve's marking loop `for (j = i * i; j <= n; j += i) comp[j] = 1`.
;; Every case must trap exactly where the unoptimized program would.

(module
  (memory 1)
  (func (export "load8") (param $a i32) (result i32) (i32.load8_u (local.get $a)))
  (func (export "sum") (param $a i32) (param $n i32) (result i32)
    (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.set $s (i32.add (local.get $s)
          (i32.load8_u (i32.add (local.get $a) (local.get $n)))))
        (br $l)))
    (local.get $s))
  (func (export "clear") (memory.fill (i32.const 0) (i32.const 0) (i32.const 65536)))

  ;; clang's sieve loop: a pointer and a counter (one step ahead) advance by $s; the
  ;; test widens the counter's old value to i64 and compares it with $n.
  ;; Marks p0, p0 + s, ... for the counter values j0, j0 + s, ... <= n.
  (func (export "mark") (param $p i32) (param $j i32) (param $s i32) (param $n i64)
    (local $t i64)
    (local.set $j (i32.add (local.get $j) (local.get $s)))
    (loop $l
      (i32.store8 (local.get $p) (i32.const 1))
      (local.set $p (i32.add (local.get $p) (local.get $s)))
      (local.set $t (i64.extend_i32_u (local.get $j)))
      (local.set $j (i32.add (local.get $j) (local.get $s)))
      (br_if $l (i64.ge_u (local.get $n) (local.get $t)))))

  ;; for (i = a; i < n; i += s) m[base + i] = 1, the test at the top (i32).
  (func (export "stride") (param $base i32) (param $a i32) (param $n i32) (param $s i32)
    (result i32)
    (local $c i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $a) (local.get $n)))
        (i32.store8 (i32.add (local.get $base) (local.get $a)) (i32.const 1))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (local.set $a (i32.add (local.get $a) (local.get $s)))
        (br $l)))
    (local.get $c))

  ;; do { m[i] = 2; i += s } while (i <= n): the test on the advanced counter.
  (func (export "stride_next") (param $i i32) (param $n i32) (param $s i32)
    (loop $l
      (i32.store8 (local.get $i) (i32.const 2))
      (br_if $l (i32.le_u (local.tee $i (i32.add (local.get $i) (local.get $s)))
                          (local.get $n)))))

  ;; A counter that steps by $s and a pointer that steps by 1: the pointer's range is
  ;; not known without a division, so its check stays (and must still trap).
  (func (export "mixed") (param $p i32) (param $i i32) (param $n i32) (param $s i32)
    (loop $l
      (i32.store8 (local.get $p) (i32.const 3))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (local.get $s)))
                          (local.get $n)))))

  ;; A counter tested after its increment that starts at 2^32 - 1: the first increment
  ;; wraps to 0, which is below the bound, so the loop runs on; a separate pointer
  ;; stores until it leaves memory.
  (func (export "wrap_next") (param $i i32) (param $n i32)
    (local $p i32)
    (loop $l
      (i32.store (local.get $p) (local.get $i))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
                          (local.get $n)))))
)

;; mark: j = 10, 13, ..., 40 (11 values) from p = 100.
(assert_return (invoke "mark" (i32.const 100) (i32.const 10) (i32.const 3) (i64.const 40)))
(assert_return (invoke "sum" (i32.const 0) (i32.const 200)) (i32.const 11))
(assert_return (invoke "load8" (i32.const 130)) (i32.const 1))
(assert_return (invoke "load8" (i32.const 133)) (i32.const 0))
;; The first value already above n: one store (a do-while).
(assert_return (invoke "clear"))
(assert_return (invoke "mark" (i32.const 100) (i32.const 50) (i32.const 3) (i64.const 40)))
(assert_return (invoke "sum" (i32.const 0) (i32.const 200)) (i32.const 1))
;; Up to the last byte of memory, and one step too far (traps after the others).
(assert_return (invoke "clear"))
(assert_return (invoke "mark" (i32.const 65435) (i32.const 0) (i32.const 10) (i64.const 100)))
(assert_return (invoke "sum" (i32.const 65435) (i32.const 101)) (i32.const 11))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 1))
(assert_return (invoke "clear"))
(assert_trap (invoke "mark" (i32.const 65436) (i32.const 0) (i32.const 10) (i64.const 100)) "out of bounds memory access")
(assert_return (invoke "sum" (i32.const 65436) (i32.const 100)) (i32.const 10))
;; A bound above 2^32: the counter wraps and the loop runs until the store traps.
(assert_return (invoke "clear"))
(assert_trap (invoke "mark" (i32.const 65000) (i32.const -32) (i32.const 16) (i64.const 0x100000064)) "out of bounds memory access")
(assert_return (invoke "sum" (i32.const 65000) (i32.const 536)) (i32.const 34))
;; The largest bound, 2^64 - 1 (negative as a signed i64): the same.
(assert_return (invoke "clear"))
(assert_trap (invoke "mark" (i32.const 65000) (i32.const 0) (i32.const 16) (i64.const -1)) "out of bounds memory access")
(assert_return (invoke "sum" (i32.const 65000) (i32.const 536)) (i32.const 34))
;; A bound just below 2^32, with a counter that steps over it and wraps.
(assert_return (invoke "clear"))
(assert_trap (invoke "mark" (i32.const 65000) (i32.const -32) (i32.const 16) (i64.const 0xffffffff)) "out of bounds memory access")
(assert_return (invoke "sum" (i32.const 65000) (i32.const 536)) (i32.const 34))
;; Step 2^31 (a "negative" i32): the counter goes 2^31, then wraps to 0 <= n.
(assert_return (invoke "clear"))
(assert_trap (invoke "mark" (i32.const 65535) (i32.const 0) (i32.const 0x80000000) (i64.const 0x80000000)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 1))

;; stride: i = 3, 10, 17, ... < 50 (7 values).
(assert_return (invoke "clear"))
(assert_return (invoke "stride" (i32.const 1000) (i32.const 3) (i32.const 50) (i32.const 7)) (i32.const 7))
(assert_return (invoke "sum" (i32.const 1000) (i32.const 100)) (i32.const 7))
(assert_return (invoke "stride" (i32.const 1000) (i32.const 50) (i32.const 50) (i32.const 7)) (i32.const 0))
(assert_return (invoke "stride" (i32.const 65486) (i32.const 0) (i32.const 50) (i32.const 7)) (i32.const 8))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 1))
(assert_trap (invoke "stride" (i32.const 65487) (i32.const 0) (i32.const 50) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65529)) (i32.const 1))
;; n near 2^32 with a large step: i = 0, 2^31, then 2^32 wraps to 0 < n again.
(assert_trap (invoke "stride" (i32.const 0) (i32.const 0) (i32.const -1) (i32.const 0x80000000)) "out of bounds memory access")

;; stride_next: i = 100, 105, ..., while the advanced value <= 130.
(assert_return (invoke "clear"))
(assert_return (invoke "stride_next" (i32.const 100) (i32.const 130) (i32.const 5)))
(assert_return (invoke "sum" (i32.const 100) (i32.const 40)) (i32.const 14))
(assert_return (invoke "stride_next" (i32.const 65530) (i32.const 65535) (i32.const 5)))
(assert_trap (invoke "stride_next" (i32.const 65530) (i32.const 65536) (i32.const 3)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65533)) (i32.const 2))

;; mixed: the pointer's check stays in place.
(assert_return (invoke "clear"))
(assert_return (invoke "mixed" (i32.const 65530) (i32.const 0) (i32.const 30) (i32.const 5)))
(assert_return (invoke "sum" (i32.const 65530) (i32.const 6)) (i32.const 18))
(assert_trap (invoke "mixed" (i32.const 65531) (i32.const 0) (i32.const 30) (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 3))

;; wrap_next: i = 2^32 - 1 stores once, wraps to 0 < n, and stores on to the end.
(assert_return (invoke "wrap_next" (i32.const 5) (i32.const 9)))
(assert_trap (invoke "wrap_next" (i32.const -1) (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "sum" (i32.const 65532) (i32.const 1)) (i32.const 0xfe))
