;; Unbounded recursion through a function whose entry test never holds: its test is
;; spliced at the recursive call (`crate::self_guard`), the call itself stays, so the
;; stack still runs out in a clean trap. The backtrace: 0x3f, the entry whose stack
;; check failed, then 0x4f, the recursive call (the spliced code keeps its location).
;; stderr: wasm trap: call stack exhausted
;; stderr: wasm backtrace:
;; stderr:     0:   0x3f - <unknown>!down
;; stderr:     1:   0x4f - <unknown>!down
;; stderr:    63:   0x4f - <unknown>!down
;; stderr: more frames
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func $down (param $n i32) (result i32)
    (if (result i32) (i32.eq (local.get $n) (i32.const -1))
      (then (i32.const 0))
      (else (i32.add (call $down (i32.add (local.get $n) (i32.const 1))) (i32.const 1)))))
  (func (export "_start")
    (call $p (i32.const 1))
    (call $p (call $down (i32.const 0)))
    (call $p (i32.const -1)))
)
