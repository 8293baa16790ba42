;; A trap in the start function (run during instantiation, before _start).
;; stderr: wasm trap: unreachable
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func $init (call $p (i32.const 1)) (unreachable))
  (start $init)
  (func (export "_start") (call $p (i32.const -1)))
)
