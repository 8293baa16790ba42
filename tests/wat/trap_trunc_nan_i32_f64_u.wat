;; i32.trunc_f64_u traps: invalid conversion to integer.
;; stderr: wasm trap: invalid conversion to integer
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
    (call $p (i32.trunc_f64_u (call $id_f64 (f64.const nan:0x1))))
    ;; never reached
    (call $p (i32.const -1)))
)
