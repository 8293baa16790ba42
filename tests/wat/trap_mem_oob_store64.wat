;; An 8-byte store straddling the end traps.
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (memory 1 1)
  (data "\01\02\03\04\05\06\07\08")
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32.const 1))
    (i64.store (call $id (i32.const 65529)) (i64.const 1))
    ;; never reached
    (call $p (i32.const -1)))
)
