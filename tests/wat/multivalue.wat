;; Multi-value: functions returning several values, blocks with parameters and
;; several results, loops with parameters, if with parameters.
;; exit: 0
;; stdout: 9
;; stdout: 2
;; stdout: 4
;; stdout: 3.5 0x400c000000000000
;; stdout: -2
;; stdout: 1
;; stdout: 3
;; stdout: 10
;; stdout: 1024
;; stdout: 6
;; stdout: 1
;; stdout: 6
;; stdout: 2
;; stdout: 8
;; stdout: 9
;; stdout: 222
;; stdout: 111
;; stdout: 444
;; stdout: 333
;; stdout: 1045
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (import "env" "print_f64" (func $pf64 (param f64)))

  (func $divmod (param $a i32) (param $b i32) (result i32 i32)
    (i32.div_u (local.get $a) (local.get $b))
    (i32.rem_u (local.get $a) (local.get $b)))

  (func $mixed (result i32 i64 f64 i32)
    (i32.const 1) (i64.const -2) (f64.const 3.5) (i32.const 4))

  (func $swap (param i32 i32) (result i32 i32)
    (local.get 1) (local.get 0))

  ;; block taking two parameters and producing two results
  (func $blk (result i32 i32)
    (i32.const 10) (i32.const 3)
    (block (param i32 i32) (result i32 i32)
      (call $swap)))

  ;; loop with a parameter: compute 2^n by iterating with the accumulator on the stack
  (func $pow2 (param $n i32) (result i32)
    (i32.const 1)
    (loop $l (param i32) (result i32)
      (i32.shl (i32.const 1))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br_if $l (i32.gt_s (local.get $n) (i32.const 0)))))

  ;; if with parameter and two results
  (func $ifp (param $c i32) (result i32 i32)
    (i32.const 6)
    (if (param i32) (result i32 i32) (local.get $c)
      (then (i32.const 1))
      (else (i32.const 2))))

  ;; br to a block with two results from a nested position
  (func $br_multi (result i32 i32)
    (block $b (result i32 i32)
      (block
        (br $b (i32.const 8) (i32.const 9)))
      (i32.const 0) (i32.const 0)))

  ;; returning multiple values through return
  (func $ret_multi (param $c i32) (result i64 i32)
    (if (local.get $c) (then (return (i64.const 111) (i32.const 222))))
    (i64.const 333) (i32.const 444))

  ;; many results (more than fit in registers)
  (func $many (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)
    (i32.const 6) (i32.const 7) (i32.const 8) (i32.const 9) (i32.const 10))

  (func $sum10 (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
    (local.get 0)
    (i32.add (local.get 1)) (i32.add (local.get 2)) (i32.add (local.get 3))
    (i32.add (local.get 4)) (i32.add (local.get 5)) (i32.add (local.get 6))
    (i32.add (local.get 7)) (i32.add (local.get 8))
    ;; weight the last one to check the order
    (i32.add (i32.mul (local.get 9) (i32.const 100))))

  (func (export "_start")
    (local $a i32) (local $b i32)
    (call $divmod (i32.const 47) (i32.const 5))
    (local.set $b) (local.set $a)
    (call $p (local.get $a)) (call $p (local.get $b))

    (call $mixed)
    (call $p)
    (call $pf64)
    (call $p64)
    (call $p)

    (call $blk)
    (local.set $b) (call $p) (call $p (local.get $b))

    (call $p (call $pow2 (i32.const 10)))

    (call $ifp (i32.const 1)) (local.set $b) (call $p) (call $p (local.get $b))
    (call $ifp (i32.const 0)) (local.set $b) (call $p) (call $p (local.get $b))

    (call $br_multi) (local.set $b) (call $p) (call $p (local.get $b))

    (call $ret_multi (i32.const 1)) (call $p) (call $p64)
    (call $ret_multi (i32.const 0)) (call $p) (call $p64)

    (call $p (call $sum10 (call $many))))
)
