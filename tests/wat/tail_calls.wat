;; Tail calls (Wasm 3.0): return_call and return_call_indirect replace the caller's
;; frame, so a loop of a million mutual tail calls runs in constant stack. Without real
;; tail calls each would keep a frame: 1,000,000 frames overflow the 8 MiB stack
;; ("call stack exhausted"), as the plain-call version at the end shows (it traps: ten
;; million levels, since inlining splices a copy of that small recursive function into
;; itself, `crate::inline::self_copy`, so a frame of at least 16 bytes holds two
;; levels: 80 MB or more).
;; Also: tail calls with more arguments than registers (stack arguments: the callee
;; pops a different amount than the caller received), to an import (through its
;; adapter) and with several results (the results pointer is passed through).
;; exit: 134
;; stdout: 1
;; stdout: 0
;; stdout: 500000500000
;; stdout: 3000000
;; stdout: 1000000
;; stdout: 0
;; stdout: 3
;; stdout: 1
;; stdout: 41
;; stderr: wasm trap: call stack exhausted
(module
  (import "env" "print_i32" (func $print_i32 (param i32)))
  (import "env" "print_i64" (func $print_i64 (param i64)))
  (type $i_i (func (param i32) (result i32)))
  (table funcref (elem $even $odd))

  ;; even(n) -> odd(n - 1) by return_call; odd(n) -> even(n - 1) by
  ;; return_call_indirect through the table.
  (func $even (type $i_i)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 1))
      (else (return_call $odd (i32.sub (local.get 0) (i32.const 1))))))
  (func $odd (type $i_i)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 0))
      (else (return_call_indirect (type $i_i)
              (i32.sub (local.get 0) (i32.const 1)) (i32.const 0)))))

  ;; Sum 1..n with an accumulator, alternating between a function with 10 arguments
  ;; (some on the stack) and one with 2.
  (func $wide (param $n i64) (param $acc i64)
              (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (local.get $acc))
      (else (return_call $narrow (i64.sub (local.get $n) (i64.const 1))
                                 (i64.add (local.get $acc) (local.get $n))))))
  (func $narrow (param $n i64) (param $acc i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (local.get $acc))
      (else (return_call $wide (i64.sub (local.get $n) (i64.const 1))
                               (i64.add (local.get $acc) (local.get $n))
                               (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
                               (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8)))))

  ;; Several results: count down, carrying three values.
  (func $multi (param $n i32) (param $a i32) (param $b i32) (result i32 i32 i32)
    (if (result i32 i32 i32) (i32.eqz (local.get $n))
      (then (local.get $n) (local.get $a) (local.get $b))
      (else (return_call $multi (i32.sub (local.get $n) (i32.const 1))
                                (i32.add (local.get $a) (i32.const 1))
                                (i32.add (local.get $b) (i32.const 3))))))

  (func $last_is_import (param i32)
    (return_call $print_i32 (local.get 0)))

  ;; The same loop with plain calls: ten million levels, at least five million frames.
  (func $deep (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $deep (i32.sub (local.get 0) (i32.const 1)))))))

  (func (export "_start")
    (call $print_i32 (call $even (i32.const 1000000)))
    (call $print_i32 (call $even (i32.const 1000001)))
    (call $print_i64 (call $narrow (i64.const 1000000) (i64.const 0)))
    (call $multi (i32.const 1000000) (i32.const 0) (i32.const 0))
    (call $print_i32)
    (call $print_i32)
    (call $print_i32)
    (call $multi (i32.const 1) (i32.const 0) (i32.const 0))
    (call $print_i32)
    (call $print_i32)
    (drop)
    (call $last_is_import (i32.const 41))
    (call $print_i32 (call $deep (i32.const 10000000)))))
