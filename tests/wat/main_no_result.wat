;; `main` without a result: exit code 0.
;; exit: 0
;; stdout: 8
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func (export "main") (call $p (i32.const 8)))
)
