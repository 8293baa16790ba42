;; An embedder's first w2n_call into a store comes 20000 C frames deep on the main
;; thread, then 500 frames deep on a pthread with a 256 KiB stack: unbounded guest
;; recursion traps cleanly in both (the limit comes from the thread's stack bounds).
;; link: deep_stack.c
;; stdout: main thread: call stack exhausted
;; stdout: small thread: call stack exhausted
(module
  (import "env" "deep_main" (func $deep_main (param i32)))
  (import "env" "deep_thread" (func $deep_thread (param i32 i32)))
  (func $down (export "down") (param $n i32) (result i32)
    (i32.add (call $down (i32.add (local.get $n) (i32.const 1))) (i32.const 1)))
  (func (export "_start")
    (call $deep_main (i32.const 20000))
    (call $deep_thread (i32.const 256) (i32.const 500)))
)
