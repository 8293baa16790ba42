;; i32.rem_u traps: integer divide by zero.
;; stderr: wasm trap: integer divide by zero
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (func $id_i32 (param i32) (result i32) (local.get 0))
  (func $id_i64 (param i64) (result i64) (local.get 0))
  (func $id_f32 (param f32) (result f32) (local.get 0))
  (func $id_f64 (param f64) (result f64) (local.get 0))
  (func (export "_start")
    (call $p (i32.const 1))
    (call $p (i32.rem_u (call $id_i32 (i32.const 5)) (call $id_i32 (i32.const 0))))
    ;; never reached
    (call $p (i32.const -1)))
)
