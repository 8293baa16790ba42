;; Lane stores check the bytes they write: a 2-byte lane store at 65534 is in
;; bounds, at 65535 it traps without writing the byte that would fit.
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 0
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1 1)
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (v128.store16_lane 0 (call $id (i32.const 65534)) (v128.const i16x8 0 0 0 0 0 0 0 0))
    (call $p (i32.load8_u (i32.const 65535)))
    (v128.store16_lane 0 (call $id (i32.const 65535)) (v128.const i16x8 7 0 0 0 0 0 0 0))
    (call $p (i32.const -1)))
)
