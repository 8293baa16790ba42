;; Unbounded recursion exhausts the stack: a clean trap, not a segfault. Its backtrace
;; (0x3f: the function's entry, whose stack check failed; 0x45: the recursive call)
;; keeps the 64 innermost frames and counts the others.
;; stderr: wasm trap: call stack exhausted
;; stderr: wasm backtrace:
;; stderr:     0:   0x3f - <unknown>!down
;; stderr:     1:   0x45 - <unknown>!down
;; stderr:    63:   0x45 - <unknown>!down
;; stderr: more frames
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func $down (param $n i32) (result i32)
    (i32.add (call $down (i32.add (local.get $n) (i32.const 1))) (i32.const 1)))
  (func (export "_start")
    (call $p (i32.const 1))
    (call $p (call $down (i32.const 0)))
    (call $p (i32.const -1)))
)
