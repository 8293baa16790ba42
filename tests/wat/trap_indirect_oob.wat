;; call_indirect with an index past the end of the table traps.
;; stderr: wasm trap: undefined element
;; exit: 134
;; stdout: 3
(module
  (import "env" "print_i32" (func $p (param i32)))
  (type $t (func (param i32) (result i32)))
  (table 4 funcref)
  (elem (i32.const 0) func $f $f $f $f)
  (func $f (param i32) (result i32) (local.get 0))
  (func (export "_start")
    ;; last valid index
    (call $p (call_indirect (type $t) (i32.const 3) (i32.const 3)))
    ;; one past the end
    (call $p (call_indirect (type $t) (i32.const 4) (i32.const 4)))
    (call $p (i32.const -1)))
)
