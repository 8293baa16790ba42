;; Lane loads check exactly the bytes they access: an 8-byte lane load at
;; 65528 is in bounds, at 65529 it traps.
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 0
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1 1)
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32x4.extract_lane 0
      (v128.load64_lane 0 (call $id (i32.const 65528)) (v128.const i64x2 1 1))))
    (drop (v128.load64_lane 1 (call $id (i32.const 65529)) (v128.const i64x2 0 0)))
    (call $p (i32.const -1)))
)
