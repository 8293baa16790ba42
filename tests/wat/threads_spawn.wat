;; wasi-threads: 8 threads spawned with wasi.thread-spawn (each a pthread running
;; wasi_thread_start in a new instance sharing env.memory) add to one counter with
;; i32.atomic.rmw.add; the main thread waits for all with memory.atomic.wait32 and
;; notify; the exit code is the total minus 799958 (42 when no increment was lost).
;; exit: 42
(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  ;; [0]: counter, [4]: threads done
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (local $i i32)
    (loop $l
      (drop (i32.atomic.rmw.add (i32.const 0) (local.get $arg)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 100000))))
    (drop (i32.atomic.rmw.add (i32.const 4) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 4) (i32.const 1))))
  (func (export "_start")
    (local $n i32) (local $d i32)
    (loop $s
      (if (i32.lt_s (call $spawn (i32.const 1)) (i32.const 1)) (then unreachable))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $s (i32.lt_u (local.get $n) (i32.const 8))))
    (loop $w
      (local.set $d (i32.atomic.load (i32.const 4)))
      (if (i32.lt_u (local.get $d) (i32.const 8))
        (then (drop (memory.atomic.wait32 (i32.const 4) (local.get $d) (i64.const -1))) (br $w))))
    (call $exit (i32.sub (i32.atomic.load (i32.const 0)) (i32.const 799958)))))
