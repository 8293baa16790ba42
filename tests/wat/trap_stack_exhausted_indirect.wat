;; Unbounded recursion through call_indirect also ends in a clean trap.
;; stderr: wasm trap: call stack exhausted
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (type $t (func (param i64) (result i64)))
  (table 1 funcref)
  (elem (i32.const 0) $r)
  (func $r (type $t)
    (i64.add (call_indirect (type $t) (i64.add (local.get 0) (i64.const 1)) (i32.const 0))
             (local.get 0)))
  (func (export "_start")
    (call $p (i32.const 1))
    (drop (call $r (i64.const 0)))
    (call $p (i32.const -1)))
)
