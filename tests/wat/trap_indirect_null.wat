;; call_indirect of a null table entry traps.
;; stderr: wasm trap: uninitialized element
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (type $t (func (param i32) (result i32)))
  (table 4 funcref)
  (elem (i32.const 0) func $f)
  (func $f (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (call_indirect (type $t) (i32.const 1) (i32.const 0)))
    ;; slot 2 was never initialized
    (call $p (call_indirect (type $t) (i32.const 2) (i32.const 2)))
    (call $p (i32.const -1)))
)
