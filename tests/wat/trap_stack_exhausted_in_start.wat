;; Stack exhaustion in the start function.
;; stderr: wasm trap: call stack exhausted
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func $loop (param i32) (result i32)
    (i32.add (call $loop (local.get 0)) (i32.const 1)))
  (func $init (call $p (i32.const 1)) (drop (call $loop (i32.const 0))))
  (start $init)
  (func (export "_start") (call $p (i32.const -1)))
)
