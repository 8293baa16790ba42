;; Recursive functions whose entry test returns without a call: the test and its short
;; path are spliced at their calls to themselves (`crate::self_guard`). Same values as
;; without (checked against wasm2native built before the change).
;; stdout: 6765
;; stdout: 7
;; stdout: 80
;; stdout: 4
;; stdout: 24
;; stdout: 5
;; stdout: 0
;; stdout: 35
;; stdout: 100
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (global $calls (mut i32) (i32.const 0))
  (global $floor (mut i32) (i32.const 2))
  ;; fib: the guard n < 2 returns n
  (func $fib (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
  ;; tak: three parameters, the guard y >= x returns z
  (func $tak (param i32 i32 i32) (result i32)
    (if (result i32) (i32.ge_s (local.get 1) (local.get 0))
      (then (local.get 2))
      (else (call $tak
        (call $tak (i32.sub (local.get 0) (i32.const 1)) (local.get 1) (local.get 2))
        (call $tak (i32.sub (local.get 1) (i32.const 1)) (local.get 2) (local.get 0))
        (call $tak (i32.sub (local.get 2) (i32.const 1)) (local.get 0) (local.get 1))))))
  ;; the guard reads a mutable global that the long path changes: the spliced test
  ;; must read it at the call, after the caller's store
  (func $g (param i32) (result i32)
    (if (result i32) (i32.lt_s (local.get 0) (global.get $floor))
      (then (i32.mul (local.get 0) (i32.const 10)))
      (else
        (global.set $floor (i32.add (global.get $floor) (i32.const 1)))
        (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
        (i32.add (call $g (i32.sub (local.get 0) (i32.const 1))) (local.get 0)))))
  ;; two results: returned through memory (a store), so no stub; still the same values
  (func $two (param i64 i32) (result i64 i32)
    (if (result i64 i32) (i32.eqz (local.get 1))
      (then
        (block (result i64 i32)
          (block (result i64) (i64.mul (local.get 0) (i64.const 3)))
          (i32.const -1)))
      (else
        (call $two (i64.add (local.get 0) (i64.const 1)) (i32.sub (local.get 1) (i32.const 1)))
        (i32.add (local.get 1)))))
  ;; the guard would divide: it can trap, so nothing is spliced and the trap stays
  ;; in the callee
  (func $d (param i32) (result i32)
    (if (result i32) (i32.eq (i32.div_u (i32.const 12) (local.get 0)) (i32.const 1))
      (then (i32.const 100))
      (else (i32.add (call $d (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))))
  (func (export "_start")
    (local i64 i32)
    (call $p (call $fib (i32.const 20)))
    (call $p (call $tak (i32.const 18) (i32.const 12) (i32.const 6)))
    (call $p (call $g (i32.const 9)))
    (call $p (global.get $calls))
    (call $two (i64.const 5) (i32.const 3))
    (local.set 1) (local.set 0)
    (call $p64 (local.get 0)) (call $p (local.get 1))
    (call $two (i64.const -8) (i32.const 8))
    (local.set 1) (local.set 0)
    (call $p64 (local.get 0)) (call $p (local.get 1))
    (call $p (call $d (i32.const 7))))
)
