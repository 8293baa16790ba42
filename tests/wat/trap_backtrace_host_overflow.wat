;; A stack overflow in a host function (C recursion without end) is a clean
;; `call stack exhausted`, and its backtrace walks the C frames back to the wasm
;; call of the host function.
;; link: host_trap.c
;; exit: 134
;; stderr: wasm trap: call stack exhausted
;; stderr: wasm backtrace:
;; stderr:     0:   0x40 - ovf!deep
;; stderr:     1:   0x47 - ovf!start
(module $ovf
  (import "env" "c_recursion" (func $c (param i32)))
  (func $deep (param i32)
    (nop)
    (call $c (local.get 0)))
  (func $start (export "_start")
    (call $deep (i32.const 7)))
)
