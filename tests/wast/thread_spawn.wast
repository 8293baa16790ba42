;; wasi-threads in an embedder (runtime-support/src/wasi_threads.c through the wast
;; driver, whose imports come from its resolver, not from static providers):
;; `wasi.thread-spawn` starts 4 threads, each a new instance of the module bound to the
;; caller's imports (the spawn host function is bound again, so the threads could spawn
;; too; the memory is the same). They add their arguments to a counter; the caller waits
;; for all of them with memory.atomic.wait32.

(module $Mem (memory (export "shared") 1 1 shared))
(register "mem" $Mem)

(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "mem" "shared" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (drop (i32.atomic.rmw.add (i32.const 0) (local.get $arg)))
    (drop (i32.atomic.rmw.add (i32.const 4) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 4) (i32.const 1))))
  (func (export "run") (result i32)
    (local $n i32) (local $d i32)
    (loop $s
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (if (i32.lt_s (call $spawn (local.get $n)) (i32.const 1)) (then unreachable))
      (br_if $s (i32.lt_u (local.get $n) (i32.const 4))))
    (loop $w
      (local.set $d (i32.atomic.load (i32.const 4)))
      (if (i32.lt_u (local.get $d) (i32.const 4))
        (then
          (drop (memory.atomic.wait32 (i32.const 4) (local.get $d) (i64.const 1000000000)))
          (br $w))))
    (i32.atomic.load (i32.const 0)))
)
(assert_return (invoke "run") (i32.const 10))
