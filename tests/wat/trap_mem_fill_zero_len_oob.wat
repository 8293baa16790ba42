;; A zero-length memory.fill with a destination past the end of memory still traps.
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 1
;; stdout: 2
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1)
  (func (export "_start")
    (call $p (i32.const 1))
    (memory.fill (i32.const 65536) (i32.const 0) (i32.const 0))
    (call $p (i32.const 2))
    (memory.fill (i32.const 65537) (i32.const 0) (i32.const 0))
    (call $p (i32.const -1)))
)
