;; i32 loop pointers carried zero-extended to 64 bits on x86_64
;; (compiler/src/translate/wide_params.rs): the loops' results and trap points are
;; the same whatever the pointers' entry values hold in their upper register half,
;; and for pointers that wrap around 2^32.

(module
  (memory 1)
  (data (i32.const 0) "abcdefgh")
  (data (i32.const 100) "abcdeXgh")
  (data (i32.const 65530) "\01\02\03\04\05\06")

  ;; memcmp's byte loop: two pointers, each fed by the entry and its own `+ 1`.
  (func $cmp (export "cmp") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $x i32) (local $y i32)
    (if (i32.eqz (local.get $n)) (then (return (i32.const 0))))
    (loop $l
      (local.set $x (i32.load8_u (local.get $a)))
      (local.set $y (i32.load8_u (local.get $b)))
      (if (i32.ne (local.get $x) (local.get $y))
        (then (return (i32.sub (local.get $x) (local.get $y)))))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.const 0))

  ;; The pointers arrive as the low halves of i64 values (an `i32.wrap_i64` is no
  ;; instruction: the upper half of the register is whatever the i64 held).
  (func (export "cmp_wrapped") (param $a i64) (param $b i64) (param $n i32) (result i32)
    (call $cmp (i32.wrap_i64 (local.get $a)) (i32.wrap_i64 (local.get $b)) (local.get $n)))

  ;; A pointer that wraps around 2^32 inside the loop: from -3 up, the bytes at 0, 1
  ;; and 2 are read once it has wrapped.
  (func (export "wrap") (param $start i64) (result i32)
    (local $p i32) (local $s i32) (local $k i32)
    (local.set $p (i32.wrap_i64 (local.get $start)))
    (loop $l
      (if (i32.lt_u (local.get $p) (i32.const 8))
        (then (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get $p))))))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br_if $l (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 1))) (i32.const 6))))
    (local.get $s))

  ;; Nested loops: the inner loop's pointer starts from the outer loop's, and a
  ;; `br_table` branches back to the inner loop's header; the outer pointer steps by
  ;; a multiplication's result.
  (func (export "nested") (param $base i64) (param $rows i32) (result i32)
    (local $row i32) (local $p i32) (local $s i32) (local $j i32)
    (local.set $row (i32.wrap_i64 (local.get $base)))
    (loop $outer
      (local.set $p (local.get $row))
      (local.set $j (i32.const 0))
      (block $done
        (loop $inner
          (local.set $s (i32.add (i32.mul (local.get $s) (i32.const 3))
                                 (i32.load8_u (local.get $p))))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_table $inner $inner $done (i32.shr_u (local.get $j) (i32.const 1)))))
      (local.set $row (i32.add (local.get $row) (i32.mul (i32.const 2) (i32.const 50))))
      (br_if $outer (local.tee $rows (i32.sub (local.get $rows) (i32.const 1)))))
    (local.get $s))

  ;; A pointer that restarts from a constant on the back edge.
  (func (export "restart") (param $n i32) (result i32)
    (local $p i32) (local $s i32)
    (local.set $p (i32.const 5))
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get $p))))
      (local.set $p (select (i32.const 0) (i32.add (local.get $p) (i32.const 1))
                            (i32.ge_u (local.get $p) (i32.const 7))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s))
)

(assert_return (invoke "cmp" (i32.const 0) (i32.const 100) (i32.const 5)) (i32.const 0))
(assert_return (invoke "cmp" (i32.const 0) (i32.const 100) (i32.const 8)) (i32.const 14))
(assert_return (invoke "cmp_wrapped" (i64.const 0x1234567800000000) (i64.const 0xffffffff00000064) (i32.const 5)) (i32.const 0))
(assert_return (invoke "cmp_wrapped" (i64.const 0x1234567800000000) (i64.const 0xffffffff00000064) (i32.const 8)) (i32.const 14))
(assert_return (invoke "cmp_wrapped" (i64.const 0xffffffff0000fffa) (i64.const 0x8000000000000000) (i32.const 3)) (i32.const -96))
(assert_trap (invoke "cmp_wrapped" (i64.const 0x100000000fffa) (i64.const 0x100000000fffa) (i32.const 7)) "out of bounds memory access")
(assert_trap (invoke "cmp" (i32.const 65530) (i32.const 65530) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "cmp" (i32.const 65530) (i32.const 65530) (i32.const 6)) (i32.const 0))
(assert_return (invoke "wrap" (i64.const 0xfffffffd)) (i32.const 294))
(assert_return (invoke "wrap" (i64.const 0x7fffffff_fffffffd)) (i32.const 294))
(assert_return (invoke "wrap" (i64.const 0)) (i32.const 597))
(assert_return (invoke "nested" (i64.const 0xabcdef0000000000) (i32.const 2)) (i32.const 319636))
(assert_return (invoke "nested" (i64.const 0) (i32.const 1)) (i32.const 3898))
(assert_trap (invoke "nested" (i64.const 65535) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "restart" (i32.const 7)) (i32.const 703))
