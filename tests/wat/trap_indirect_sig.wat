;; call_indirect whose expected type differs from the callee's traps.
;; stderr: wasm trap: indirect call type mismatch
;; exit: 134
;; stdout: 7
(module
  (import "env" "print_i32" (func $p (param i32)))
  (type $t_ii (func (param i32) (result i32)))
  (type $t_il (func (param i32) (result i64)))
  (table 2 funcref)
  (elem (i32.const 0) func $f $g)
  (func $f (param i32) (result i32) (local.get 0))
  (func $g (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
  (func (export "_start")
    (call $p (call_indirect (type $t_ii) (i32.const 7) (i32.const 0)))
    (drop (call_indirect (type $t_ii) (i32.const 7) (i32.const 1)))
    (call $p (i32.const -1)))
)
