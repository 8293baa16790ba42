;; memory.init reading past the end of the segment traps.
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (memory 1 1)
  (data "\01\02\03\04\05\06\07\08")
  (data "passive")
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32.const 1))
    (memory.init 1 (i32.const 0) (i32.const 2) (i32.const 6))
    ;; never reached
    (call $p (i32.const -1)))
)
