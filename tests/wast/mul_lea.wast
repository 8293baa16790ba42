;; Multiplies by 3, 5 and 9 (x86_64: one `lea (x,x,2|4|8)`, with an added constant
;; folded in as the displacement: vendor/cranelift-codegen/PATCHES.md, 5) and loop
;; counters whose next value is used after the loop (no copy of `n + 1` on the exit
;; path: PATCHES.md, 6): wrapping products, both operand orders, i32 operands whose
;; register holds other upper bits, and the two loops of bench/workloads/bitops.c.

(module
  (func (export "mul3_32") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3)))
  (func (export "mul5_32") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 5)))
  (func (export "mul9_32") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 9)))
  (func (export "mul3l_32") (param i32) (result i32) (i32.mul (i32.const 3) (local.get 0)))
  (func (export "mul9l_32") (param i32) (result i32) (i32.mul (i32.const 9) (local.get 0)))
  (func (export "mul3_64") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 3)))
  (func (export "mul5_64") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 5)))
  (func (export "mul9_64") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 9)))
  (func (export "mul5l_64") (param i64) (result i64) (i64.mul (i64.const 5) (local.get 0)))
  ;; Neighbours that are not `lea` multipliers.
  (func (export "mul7_32") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 7)))
  (func (export "mul17_64") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 17)))

  ;; 3x + 1, 5x + 7, 9x - 1 and 9x + 0x7fffffff: the constant as the displacement.
  (func (export "mul3_add1_32") (param i32) (result i32)
    (i32.add (i32.mul (local.get 0) (i32.const 3)) (i32.const 1)))
  (func (export "mul5_add7_32") (param i32) (result i32)
    (i32.add (i32.const 7) (i32.mul (local.get 0) (i32.const 5))))
  (func (export "mul9_sub1_32") (param i32) (result i32)
    (i32.sub (i32.mul (local.get 0) (i32.const 9)) (i32.const 1)))
  (func (export "mul9_addmax_32") (param i32) (result i32)
    (i32.add (i32.mul (local.get 0) (i32.const 9)) (i32.const 0x7fffffff)))
  (func (export "mul3_add1_64") (param i64) (result i64)
    (i64.add (i64.mul (local.get 0) (i64.const 3)) (i64.const 1)))
  (func (export "mul9_sub1_64") (param i64) (result i64)
    (i64.add (i64.mul (local.get 0) (i64.const 9)) (i64.const -1)))
  ;; A displacement that does not fit 32 bits (no single `lea`).
  (func (export "mul3_addbig_64") (param i64) (result i64)
    (i64.add (i64.mul (local.get 0) (i64.const 3)) (i64.const 0x100000000)))
  ;; The product used twice: as is, and plus a constant.
  (func (export "mul5_twice_32") (param i32) (result i32) (local i32)
    (local.set 1 (i32.mul (local.get 0) (i32.const 5)))
    (i32.xor (local.get 1) (i32.add (local.get 1) (i32.const 100))))
  ;; The low half of an i64 whose upper half is set: the i32 product ignores it.
  (func (export "mul3_wrapped") (param i64) (result i32)
    (i32.mul (i32.wrap_i64 (local.get 0)) (i32.const 3)))
  (func (export "mul9_add1_wrapped") (param i64) (result i64)
    (i64.extend_i32_u
      (i32.add (i32.mul (i32.wrap_i64 (local.get 0)) (i32.const 9)) (i32.const 1))))

  ;; Collatz stopping time: x = x odd ? 3x + 1 : x / 2 (bitops.c's inner loop).
  (func $collatz (export "collatz") (param $x i64) (result i32) (local $n i32)
    (block $done
      (br_if $done (i64.eq (local.get $x) (i64.const 1)))
      (loop $l
        (local.set $x
          (select
            (i64.add (i64.mul (local.get $x) (i64.const 3)) (i64.const 1))
            (i64.shr_u (local.get $x) (i64.const 1))
            (i32.wrap_i64 (i64.and (local.get $x) (i64.const 1)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br_if $l (i64.ne (local.get $x) (i64.const 1)))))
    (local.get $n))
  ;; The sum of the stopping times of 1..n.
  (func (export "collatz_sum") (param $n i64) (result i64) (local $s i64)
    (loop $l
      (local.set $s (i64.add (local.get $s) (i64.extend_i32_u (call $collatz (local.get $n)))))
      (local.set $n (i64.sub (local.get $n) (i64.const 1)))
      (br_if $l (i64.ne (local.get $n) (i64.const 0))))
    (local.get $s))

  ;; Leading zeros by shifting (bitops.c): the counter's `n + 1` leaves the loop.
  (func (export "lz_loop") (param $x i64) (result i32) (local $n i32)
    (if (i64.eqz (local.get $x)) (then (return (i32.const 64))))
    (block $done
      (br_if $done (i64.lt_s (local.get $x) (i64.const 0)))
      (loop $l
        (local.set $x (i64.shl (local.get $x) (i64.const 1)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br_if $l (i64.ge_s (local.get $x) (i64.const 0)))))
    (local.get $n))
  ;; A counter whose value leaves the loop both as is and plus 1, and a nested loop.
  (func (export "count_both") (param $k i32) (result i32) (local $n i32)
    (loop $l
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $n) (local.get $k))))
    (i32.add (i32.mul (local.get $n) (i32.const 1000))
             (i32.add (local.get $n) (i32.const 7))))
  (func (export "nested") (param $k i32) (result i32) (local $i i32) (local $j i32) (local $s i32)
    (loop $outer
      (local.set $j (i32.const 0))
      (loop $inner
        (local.set $j (i32.add (local.get $j) (i32.const 3)))
        (br_if $inner (i32.lt_u (local.get $j) (local.get $i))))
      (local.set $s (i32.add (local.get $s) (i32.add (local.get $j) (i32.const 5))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (local.get $k))))
    (i32.add (local.get $s) (i32.add (local.get $i) (i32.const 1))))
)

(assert_return (invoke "mul3_32" (i32.const 0)) (i32.const 0))
(assert_return (invoke "mul3_32" (i32.const 7)) (i32.const 21))
(assert_return (invoke "mul3_32" (i32.const -1)) (i32.const -3))
(assert_return (invoke "mul3_32" (i32.const 0x80000000)) (i32.const 0x80000000))
(assert_return (invoke "mul3_32" (i32.const 0x55555556)) (i32.const 2))
(assert_return (invoke "mul3_32" (i32.const 0x7fffffff)) (i32.const 0x7ffffffd))
(assert_return (invoke "mul5_32" (i32.const 0x33333334)) (i32.const 4))
(assert_return (invoke "mul5_32" (i32.const -7)) (i32.const -35))
(assert_return (invoke "mul5_32" (i32.const 0x80000001)) (i32.const 0x80000005))
(assert_return (invoke "mul9_32" (i32.const 0x1c71c71d)) (i32.const 5))
(assert_return (invoke "mul9_32" (i32.const 0xffffffff)) (i32.const -9))
(assert_return (invoke "mul9_32" (i32.const 12345)) (i32.const 111105))
(assert_return (invoke "mul3l_32" (i32.const 0x80000000)) (i32.const 0x80000000))
(assert_return (invoke "mul3l_32" (i32.const 11)) (i32.const 33))
(assert_return (invoke "mul9l_32" (i32.const 0x20000000)) (i32.const 0x20000000))
(assert_return (invoke "mul3_64" (i64.const 0x8000000000000000)) (i64.const 0x8000000000000000))
(assert_return (invoke "mul3_64" (i64.const 0x5555555555555556)) (i64.const 2))
(assert_return (invoke "mul3_64" (i64.const 0x80000000)) (i64.const 0x180000000))
(assert_return (invoke "mul3_64" (i64.const -5)) (i64.const -15))
(assert_return (invoke "mul5_64" (i64.const 0x3333333333333334)) (i64.const 4))
(assert_return (invoke "mul5_64" (i64.const 0xffffffff)) (i64.const 0x4fffffffb))
(assert_return (invoke "mul9_64" (i64.const 0x1c71c71c71c71c72)) (i64.const 2))
(assert_return (invoke "mul9_64" (i64.const -1)) (i64.const -9))
(assert_return (invoke "mul5l_64" (i64.const 0x7fffffffffffffff)) (i64.const 0x7ffffffffffffffb))
(assert_return (invoke "mul7_32" (i32.const 0x80000001)) (i32.const 0x80000007))
(assert_return (invoke "mul17_64" (i64.const 0x0f0f0f0f0f0f0f0f)) (i64.const 0xffffffffffffffff))

(assert_return (invoke "mul3_add1_32" (i32.const 27)) (i32.const 82))
(assert_return (invoke "mul3_add1_32" (i32.const 0x55555555)) (i32.const 0))
(assert_return (invoke "mul3_add1_32" (i32.const -1)) (i32.const -2))
(assert_return (invoke "mul5_add7_32" (i32.const 0x80000000)) (i32.const 0x80000007))
(assert_return (invoke "mul5_add7_32" (i32.const 3)) (i32.const 22))
(assert_return (invoke "mul9_sub1_32" (i32.const 0)) (i32.const -1))
(assert_return (invoke "mul9_sub1_32" (i32.const 0x1c71c71d)) (i32.const 4))
(assert_return (invoke "mul9_addmax_32" (i32.const 1)) (i32.const 0x80000008))
(assert_return (invoke "mul9_addmax_32" (i32.const -1)) (i32.const 0x7ffffff6))
(assert_return (invoke "mul3_add1_64" (i64.const 27)) (i64.const 82))
(assert_return (invoke "mul3_add1_64" (i64.const 0x5555555555555555)) (i64.const 0))
(assert_return (invoke "mul3_add1_64" (i64.const 0x80000000)) (i64.const 0x180000001))
(assert_return (invoke "mul9_sub1_64" (i64.const 0)) (i64.const -1))
(assert_return (invoke "mul9_sub1_64" (i64.const 0x100000000)) (i64.const 0x8ffffffff))
(assert_return (invoke "mul3_addbig_64" (i64.const 5)) (i64.const 0x10000000f))
(assert_return (invoke "mul3_addbig_64" (i64.const -1)) (i64.const 0xfffffffd))
(assert_return (invoke "mul5_twice_32" (i32.const 3)) (i32.const 124))
(assert_return (invoke "mul5_twice_32" (i32.const 0x33333333)) (i32.const 0xffffff9c))
(assert_return (invoke "mul3_wrapped" (i64.const 0xffffffff80000001)) (i32.const 0x80000003))
(assert_return (invoke "mul3_wrapped" (i64.const 0x1234567800000005)) (i32.const 15))
(assert_return (invoke "mul9_add1_wrapped" (i64.const 0xffffffff20000000)) (i64.const 0x20000001))
(assert_return (invoke "mul9_add1_wrapped" (i64.const 0x7fffffffffffffff)) (i64.const 0xfffffff8))

(assert_return (invoke "collatz" (i64.const 1)) (i32.const 0))
(assert_return (invoke "collatz" (i64.const 2)) (i32.const 1))
(assert_return (invoke "collatz" (i64.const 27)) (i32.const 111))
(assert_return (invoke "collatz" (i64.const 837799)) (i32.const 524))
(assert_return (invoke "collatz_sum" (i64.const 1000)) (i64.const 59542))
(assert_return (invoke "lz_loop" (i64.const 0)) (i32.const 64))
(assert_return (invoke "lz_loop" (i64.const 1)) (i32.const 63))
(assert_return (invoke "lz_loop" (i64.const 0x8000000000000000)) (i32.const 0))
(assert_return (invoke "lz_loop" (i64.const 0x4000000000000000)) (i32.const 1))
(assert_return (invoke "lz_loop" (i64.const 0x00000000ffffffff)) (i32.const 32))
(assert_return (invoke "count_both" (i32.const 0)) (i32.const 1008))
(assert_return (invoke "count_both" (i32.const 10)) (i32.const 10017))
(assert_return (invoke "nested" (i32.const 1)) (i32.const 10))
(assert_return (invoke "nested" (i32.const 4)) (i32.const 37))
