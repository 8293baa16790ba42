;; Executables merge bounds checks across stores (see trap_mem_merged_stores.wat): with
;; the last of $fill's three stores one byte out of bounds, the process traps with the
;; out-of-bounds kind (whether or not the first stores happened is not observable).
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1 1)
  (func $id (param i32) (result i32) (local.get 0))
  (func $fill (param $a i32)
    (i32.store (local.get $a) (i32.const 1))
    (i32.store offset=4 (local.get $a) (i32.const 2))
    (i32.store offset=8 (local.get $a) (i32.const 3)))
  (func (export "_start")
    (call $p (i32.const 1))
    (call $fill (call $id (i32.const 65525)))
    ;; never reached
    (call $p (i32.const -1)))
)
