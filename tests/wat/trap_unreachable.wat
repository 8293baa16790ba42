;; `unreachable` traps, from a nested call inside a block.
;; stderr: wasm trap: unreachable
;; exit: 134
;; stdout: 5
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func $boom (param i32) (result i32)
    (block (br_if 0 (local.get 0)) (return (i32.const 5)))
    (unreachable))
  (func (export "_start")
    (call $p (call $boom (i32.const 0)))
    (call $p (call $boom (i32.const 1)))
    (call $p (i32.const -1)))
)
