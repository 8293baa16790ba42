;; The wast `thread`/`wait` commands (compiler/src/wast/runner.c): each thread runs on a
;; native thread with its own store and sees only its `shared` module; here they share
;; one memory. A message passed with a store + notify / wait loop, and two threads
;; incrementing one counter 100000 times each with i32.atomic.rmw.add (no lost update).

(module $Mem (memory (export "shared") 1 1 shared))

(thread $T1 (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "run")
      (i32.atomic.store (i32.const 0) (i32.const 42))
      (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))))
  (invoke "run")
)

(thread $T2 (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "run") (result i32)
      (loop $l
        (if (i32.eqz (i32.atomic.load (i32.const 0)))
          (then
            (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const 10000000)))
            (br $l))))
      (i32.atomic.load (i32.const 0))))
  (assert_return (invoke "run") (i32.const 42))
)

(wait $T1)
(wait $T2)

(thread $A (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "run")
      (local $i i32)
      (loop $l
        (drop (i32.atomic.rmw.add (i32.const 8) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (i32.const 100000))))))
  (invoke "run")
)

(thread $B (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "run")
      (local $i i32)
      (loop $l
        (drop (i32.atomic.rmw.add (i32.const 8) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (i32.const 100000))))))
  (invoke "run")
)

(wait $A)
(wait $B)

(register "mem" $Mem)
(module
  (memory (import "mem" "shared") 1 1 shared)
  (func (export "count") (result i32) (i32.atomic.load (i32.const 8))))
(assert_return (invoke "count") (i32.const 200000))
