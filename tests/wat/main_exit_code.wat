;; Without _start, the exported `main` runs; its i32 result is the exit code.
;; exit: 42
;; stdout: 3
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func (export "main") (result i32)
    (call $p (i32.const 3))
    (i32.const 42))
)
