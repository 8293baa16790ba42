;; Code after br/br_table/return/unreachable (stack-polymorphic, never executed)
;; must compile, and must not disturb the live code around it.
;; exit: 0
;; stdout: 7
;; stdout: 13
;; stdout: 9
;; stdout: 9
;; stdout: 1
;; stdout: 2
;; stdout: 5
;; stdout: 2
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func $a (param $x i32) (result i32)
    (block $b (result i32)
      (br $b (local.get $x))
      (i32.add)
      (drop)
      (br_if 0 (i32.const 1))
      (unreachable)))
  (func $b (param $x i32) (result i32)
    (block $out (result i32)
      (block $in (result i32)
        (br_table $in $out (i32.const 9) (local.get $x))
        (select)
        (i64.eqz)
        (drop))
      (i32.const 4)
      (i32.add)))
  (func $c (param $x i32) (result i32)
    (if (result i32) (local.get $x)
      (then (return (i32.const 1)) (i32.const 99) (i32.mul))
      (else (i32.const 2))))
  (func $d (result i32 i64)
    (return (i32.const 5) (i64.const 6))
    (loop (result i32 i64) (unreachable)))
  (func $e (result i32)
    (unreachable)
    (i32.load offset=100000 (i32.const 0))
    (i32.div_s (i32.const 0)))
  (func $f (result f32)
    (block (result f32)
      (loop
        (br 1 (f32.const 2.5))
        (br 0))
      (f32.const 0)))
  (func (export "_start")
    (call $p (call $a (i32.const 7)))
    (call $p (call $b (i32.const 0)))
    (call $p (call $b (i32.const 1)))
    (call $p (call $b (i32.const 5)))
    (call $p (call $c (i32.const 1)))
    (call $p (call $c (i32.const 0)))
    (call $d) (drop) (call $p)
    (call $p (i32.trunc_f32_s (call $f))))
  (memory 1)
)
