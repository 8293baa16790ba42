;; Loop exit tests on the counter's next value (compiler/src/translate/bounds/exit_tests.rs,
;; x86_64): `i + k == C`, `i + k != C` and `i == C` (with `i + k` computed in the same
;; block) become a compare of the zero-extended `i + k` with the zero-extended
;; `C` (or `C + k`). Each loop counts its iterations and records the last counter
;; value; the counters start, step and stop where 32-bit wrapping and the zero
;; extension matter (negative steps, limits above 2^31, tests that only hold after
;; the counter wraps). A guard ends a loop after 10000 iterations with -1, so a
;; wrong test fails instead of hanging.

(module
  (global $n (mut i32) (i32.const 0))
  (global $last (mut i32) (i32.const 0))

  ;; br_if (i + step != limit), on the next value.
  (func $next_ne (export "next_ne") (param $i i32) (param $step i32) (param $limit i32) (result i32)
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $i (i32.add (local.get $i) (local.get $step)))
        (br_if $l (i32.ne (local.get $i) (local.get $limit)))))
    (if (result i32) (i32.gt_u (global.get $n) (i32.const 10000))
      (then (i32.const -1)) (else (global.get $n))))

  ;; The same with constant steps and limits, the form the rewrite matches.
  ;; 0, 16, ..., stop when the next value is 512: 32 iterations.
  (func (export "up16") (result i32)
    (local $i i32)
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br_if $l (i32.ne (local.get $i) (i32.const 512)))))
    (global.get $n))

  ;; From 0xfffffff0 by 16 until the next value is 0x20: wraps through 0, 3 iterations.
  (func (export "wrap_up") (result i32)
    (local $i i32)
    (local.set $i (i32.const 0xfffffff0))
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br_if $l (i32.ne (local.get $i) (i32.const 0x20)))))
    (global.get $n))

  ;; From 100 down by 1 until the next value is 0: 100 iterations.
  (func (export "down") (result i32)
    (local $i i32)
    (local.set $i (i32.const 100))
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $i (i32.add (local.get $i) (i32.const -1)))
        (br_if $l (i32.ne (local.get $i) (i32.const 0)))))
    (global.get $n))

  ;; From 5 down by 1 until the next value is -3 (0xfffffffd: the limit's zero
  ;; extension must match the counter's): 8 iterations.
  (func (export "down_negative") (result i32)
    (local $i i32)
    (local.set $i (i32.const 5))
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $i (i32.add (local.get $i) (i32.const -1)))
        (br_if $l (i32.ne (local.get $i) (i32.const -3)))))
    (global.get $n))

  ;; Test of the old value: continue while i != 0x80000010, step 0x10 from
  ;; 0x7fffffc0: the old-value test at i = 0x80000010 stops after 6 iterations;
  ;; the limit for the next value is 0x80000020 (above 2^31).
  (func (export "old_ne") (result i32)
    (local $i i32) (local $c i32)
    (local.set $i (i32.const 0x7fffffc0))
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $c (i32.ne (local.get $i) (i32.const 0x80000010)))
        (local.set $i (i32.add (local.get $i) (i32.const 0x10)))
        (br_if $l (local.get $c))))
    (global.get $n))

  ;; Test of the old value where limit + step wraps: i from 3 down by 1 while
  ;; i != 0; the next value's limit is 0 + (-1) = 0xffffffff. 4 iterations.
  (func (export "old_wrap") (result i32)
    (local $i i32) (local $c i32)
    (local.set $i (i32.const 3))
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $c (i32.ne (local.get $i) (i32.const 0)))
        (local.set $i (i32.add (local.get $i) (i32.const -1)))
        (br_if $l (local.get $c))))
    (global.get $n))

  ;; Exit on equality: leave when the next value equals 0xffffff00, step 0x40
  ;; from 0xfffffe00: 4 iterations.
  (func (export "eq_exit") (result i32)
    (local $i i32)
    (local.set $i (i32.const 0xfffffe00))
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $i (i32.add (local.get $i) (i32.const 0x40)))
        (br_if $out (i32.eq (local.get $i) (i32.const 0xffffff00)))
        (br $l)))
    (global.get $n))

  ;; The constant on the left: 0x20 != i + 8 from 0: 4 iterations.
  (func (export "const_left") (result i32)
    (local $i i32)
    (global.set $n (i32.const 0))
    (block $out
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (global.set $last (local.get $i))
        (br_if $out (i32.gt_u (global.get $n) (i32.const 10000)))
        (local.set $i (i32.add (i32.const 8) (local.get $i)))
        (br_if $l (i32.ne (i32.const 0x20) (local.get $i)))))
    (global.get $n))

  (func (export "last") (result i32) (global.get $last))
)

(assert_return (invoke "up16") (i32.const 32))
(assert_return (invoke "last") (i32.const 496))
(assert_return (invoke "wrap_up") (i32.const 3))
(assert_return (invoke "last") (i32.const 0x10))
(assert_return (invoke "down") (i32.const 100))
(assert_return (invoke "last") (i32.const 1))
(assert_return (invoke "down_negative") (i32.const 8))
(assert_return (invoke "last") (i32.const -2))
(assert_return (invoke "old_ne") (i32.const 6))
(assert_return (invoke "last") (i32.const 0x80000010))
(assert_return (invoke "old_wrap") (i32.const 4))
(assert_return (invoke "last") (i32.const 0))
(assert_return (invoke "eq_exit") (i32.const 4))
(assert_return (invoke "last") (i32.const 0xfffffec0))
(assert_return (invoke "const_left") (i32.const 4))
(assert_return (invoke "last") (i32.const 0x18))
;; Non-constant step and limit: not rewritten; the same answers.
(assert_return (invoke "next_ne" (i32.const 0) (i32.const 16) (i32.const 512)) (i32.const 32))
(assert_return (invoke "next_ne" (i32.const 0xfffffff0) (i32.const 16) (i32.const 0x20)) (i32.const 3))
(assert_return (invoke "next_ne" (i32.const 5) (i32.const -1) (i32.const -3)) (i32.const 8))
;; A limit the counter never meets: the guard ends the loop.
(assert_return (invoke "next_ne" (i32.const 1) (i32.const 2) (i32.const 8)) (i32.const -1))
