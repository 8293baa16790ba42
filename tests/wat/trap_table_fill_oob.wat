;; table.fill whose range exceeds the table traps.
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
    (table.fill $a (i32.const 2) (ref.null func) (i32.const 3))
    ;; never reached
    (call $p (i32.const -1)))
)
