;; wasi-threads: proc_exit in a spawned thread ends the whole process with its code, while
;; the main thread waits forever (memory.atomic.wait32 with no timeout).
;; exit: 7
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (call $exit (local.get $arg)))
  (func (export "_start")
    (if (i32.lt_s (call $spawn (i32.const 7)) (i32.const 1)) (then unreachable))
    (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
    (call $exit (i32.const 1))))
