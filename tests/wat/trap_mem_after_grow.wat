;; After growing to 2 pages the second page is usable; the third is not.
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 1
;; stdout: 5
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (memory 1 3)
  (data "\01\02\03\04\05\06\07\08")
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32.const 1))
    (drop (memory.grow (i32.const 1))) (i32.store (i32.const 131068) (i32.const 5)) (call $p (i32.load (i32.const 131068))) (call $p (i32.load (call $id (i32.const 131069))))
    ;; never reached
    (call $p (i32.const -1)))
)
