;; A memory of 0 pages: any access traps.
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (memory 0)

  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32.const 1))
    (call $p (i32.load8_u (call $id (i32.const 0))))
    ;; never reached
    (call $p (i32.const -1)))
)
