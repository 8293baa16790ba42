;; table.copy whose source range exceeds the source table traps.
;; stderr: wasm trap: out of bounds table access
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (table $a 4 funcref)
  (table $b 2 funcref)
  (elem $pass func $f $f)
  (func $f)
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32.const 1))
    (table.copy $a $b (i32.const 0) (i32.const 1) (i32.const 2))
    ;; never reached
    (call $p (i32.const -1)))
)
