;; call_indirect with a huge (negative as signed) index traps, no wraparound.
;; stderr: wasm trap: undefined element
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (type $t (func (param i32) (result i32)))
  (table 4 funcref)
  (elem (i32.const 0) func $f $f $f $f)
  (func $f (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32.const 1))
    (call $p (call_indirect (type $t) (i32.const 4) (i32.const -1)))
    (call $p (i32.const -1)))
)
