;; A check at the top of a loop header whose index the loop does not change moves to the
;; end of the block that enters the loop (compiler/src/translate/bounds/checks.rs, rewrite
;; 2 before loops): it runs once, where the first iteration would have run it, with
;; nothing observable in between; later iterations would pass it (memories never
;; shrink). These assertions pin the trap points: a call (which counts its runs in
;; memory) before the access in the header keeps the check in the loop.

(module
  (memory 1)
  (data (i32.const 100) "\01\00\00\00\02\00\00\00\03\00\00\00")
  (func $count (result i32)
    (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))
    (i32.const 1))
  (func (export "calls") (result i32) (i32.load (i32.const 0)))
  (func (export "reset") (i32.store (i32.const 0) (i32.const 0)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))

  ;; The read through p (offset 4, 4 bytes) comes first in the header: its check moves
  ;; in front of the loop. Sums p->[1] n times, counting the calls.
  (func (export "first") (param $p i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $p))))
      (drop (call $count))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s))

  ;; A call comes first: the check stays after it, so one call runs before the trap.
  (func (export "after_call") (param $p i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (drop (call $count))
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $p))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s))

  ;; A store comes first: an object (the wast runner's) keeps the check after it, so
  ;; the store is seen after the trap.
  (func (export "after_store") (param $p i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (i32.store (i32.const 4) (local.get $n))
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $p))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s))
  (func (export "stored") (result i32) (i32.load (i32.const 4)))

  ;; The loop grows the memory: the moved check (against the size at entry) passes
  ;; wherever the first iteration's would have.
  (func (export "growing") (param $p i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get $p))))
      (drop (memory.grow (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s))
)

(assert_return (invoke "first" (i32.const 100) (i32.const 3)) (i32.const 6))
(assert_return (invoke "calls") (i32.const 3))
(invoke "reset")
(assert_return (invoke "first" (i32.const 65528) (i32.const 2)) (i32.const 0))
(assert_trap (invoke "first" (i32.const 65529) (i32.const 2)) "out of bounds memory access")
(assert_trap (invoke "first" (i32.const -4) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 2))

(invoke "reset")
(assert_return (invoke "after_call" (i32.const 100) (i32.const 2)) (i32.const 4))
(assert_return (invoke "calls") (i32.const 2))
(invoke "reset")
(assert_trap (invoke "after_call" (i32.const 65529) (i32.const 3)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 1))

(assert_trap (invoke "after_store" (i32.const 65529) (i32.const 9)) "out of bounds memory access")
(assert_return (invoke "stored") (i32.const 9))

(assert_return (invoke "growing" (i32.const 65535) (i32.const 2)) (i32.const 0))
(assert_trap (invoke "growing" (i32.const 0x30000) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "grow") (i32.const 3))
(assert_return (invoke "growing" (i32.const 0x30000) (i32.const 2)) (i32.const 0))
