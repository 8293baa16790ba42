;; A v128.load whose last byte is past the end traps (16-byte access size).
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1 1)
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32.const 1))
    (drop (v128.load (call $id (i32.const 65521))))
    (call $p (i32.const -1)))
)
