;; table.set past the end of the second table traps.
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
    (table.set $b (i32.const 1) (ref.null func)) (table.set $b (call $id (i32.const 2)) (ref.null func))
    ;; never reached
    (call $p (i32.const -1)))
)
