;; Loads of the memory size are reused and hoisted between calls
;; (compiler/src/translate/bounds/size_loads.rs). The size only changes in a call, so every
;; assertion here grows memory somewhere the pass must notice: a stale (smaller) size
;; would trap on an access that is in bounds after the growth.

(module
  (memory 1)
  (func $grow (drop (memory.grow (i32.const 1))))

  ;; A loop with a call: the size is reloaded after the call, on the back edge.
  ;; Iteration 2 grows memory from 2 to 3 pages; iterations 3 and 4 read the new page.
  (func (export "grow_in_loop") (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (if (i32.eq (local.get $i) (i32.const 2)) (then (call $grow)))
      (if (i32.ge_u (local.get $i) (i32.const 3))
        (then (local.set $s (i32.add (local.get $s)
          (i32.add (i32.load (i32.const 131072)) (i32.const 1))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 5))))
    (local.get $s))

  ;; `memory.grow` itself, on one side of an `if`: after the join the size differs
  ;; by path, so the access after it needs the size as of the join.
  (func (export "grow_in_branch") (param $c i32) (result i32)
    (drop (i32.load (local.get $c)))
    (if (local.get $c) (then (drop (memory.grow (i32.const 1)))))
    (i32.store (i32.const 65536) (i32.const 42))
    (i32.load (i32.const 65536)))

  ;; A call-free loop with its size load hoisted still traps at the right iteration,
  ;; after the stores of the earlier ones.
  (func (export "fill") (param $from i32) (result i32)
    (local $i i32)
    (local.set $i (local.get $from))
    (loop $l
      (i32.store8 (local.get $i) (i32.const 1))
      (local.set $i (i32.add (local.get $i) (i32.const 4093)))
      (br $l))
    (i32.const 0))
  (func (export "byte") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "size") (result i32) (memory.size))
)

(assert_return (invoke "size") (i32.const 1))
(assert_trap (invoke "grow_in_branch" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "grow_in_branch" (i32.const 1)) (i32.const 42))
(assert_return (invoke "size") (i32.const 2))
(assert_return (invoke "grow_in_loop") (i32.const 2))
(assert_return (invoke "size") (i32.const 3))
(assert_return (invoke "grow_in_branch" (i32.const 0)) (i32.const 42))
(assert_trap (invoke "fill" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 196464)) (i32.const 1))
(assert_return (invoke "byte" (i32.const 196465)) (i32.const 0))

(module
  (memory 1)
  ;; The growth is the last thing in the body: the next iteration's first access
  ;; reads the page just added.
  (func (export "grow_at_end") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.add (i32.const 1) (i32.load (i32.mul (local.get $i) (i32.const 65536))))))
      (drop (memory.grow (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
  (func (export "size") (result i32) (memory.size))
)

;; Reads page i of a memory of i + 1 pages, for i = 0..5.
(assert_return (invoke "grow_at_end" (i32.const 6)) (i32.const 6))
(assert_return (invoke "size") (i32.const 7))

(module
  (memory 1)
  (func $grow (drop (memory.grow (i32.const 1))))
  ;; Nested loops: the inner loop has no call, so its size load moves out of it, but
  ;; not above the call in the outer loop. Outer iteration k grows memory to k + 2
  ;; pages, then the inner loop reads the last word of every page.
  (func (export "nested") (param $n i32) (result i32)
    (local $k i32) (local $j i32) (local $s i32)
    (loop $outer
      (call $grow)
      (local.set $j (i32.const 0))
      (loop $inner
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (local.set $s (i32.add (local.get $s)
          (i32.add (i32.const 1)
            (i32.load (i32.sub (i32.mul (local.get $j) (i32.const 65536)) (i32.const 4))))))
        (br_if $inner (i32.lt_u (local.get $j) (i32.add (local.get $k) (i32.const 2)))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $k) (local.get $n))))
    (local.get $s))
  (func (export "size") (result i32) (memory.size))
)

;; Outer iterations 0..3 read 2, 3, 4, 5 pages: 14 words, each 0 + 1.
(assert_return (invoke "nested" (i32.const 4)) (i32.const 14))
(assert_return (invoke "size") (i32.const 5))

;; A second memory: its record is reached through the instance's `memories` array,
;; so the size load's address is itself a load. Growing memory 1 in a loop.
(module
  (memory 1)
  (memory $m1 1)
  (func (export "grow1_in_loop") (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (if (i32.eq (local.get $i) (i32.const 1))
        (then (drop (memory.grow $m1 (i32.const 1)))))
      (local.set $s (i32.add (local.get $s) (i32.load (local.get $i))))
      (if (i32.ge_u (local.get $i) (i32.const 2))
        (then (local.set $s (i32.add (local.get $s)
          (i32.add (i32.load $m1 (i32.const 65532)) (i32.load $m1 (i32.const 65536)))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 4))))
    (local.get $s))
  (func (export "read1") (param i32) (result i32) (i32.load $m1 (local.get 0)))
)

(assert_trap (invoke "read1" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "grow1_in_loop") (i32.const 0))
(assert_return (invoke "read1" (i32.const 65536)) (i32.const 0))
(assert_trap (invoke "read1" (i32.const 131069)) "out of bounds memory access")
