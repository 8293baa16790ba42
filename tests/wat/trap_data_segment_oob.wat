;; An active data segment that does not fit in memory makes instantiation trap
;; (before the start function and _start run).
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1)
  (data (i32.const 65534) "abc")
  (func (export "_start") (call $p (i32.const -1)))
)
