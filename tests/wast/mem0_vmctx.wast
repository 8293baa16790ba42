;; Memory 0 at a constant offset from the instance (`object::mem0_offset`, x86_64):
;; compiled code computes memory 0's base from the vmctx and the runtime places the
;; instance in memory 0's reservation. Two instances of one module each reach their own
;; memory; a call into another instance and back leaves each function on its own
;; memory; growing keeps the contents; an imported memory 0, a memory of maximum 0 and
;; a 64-bit memory work too.

(module definition $M
  (memory (export "mem") 1 3)
  (global $g (export "g") (mut i32) (i32.const 0))
  (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "sum") (param $n i32) (result i32) (local $i i32) (local $s i32)
    (loop $l
      (local.set $s
        (i32.add (local.get $s) (i32.load (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
  (data (i32.const 0) "\01\00\00\00\02\00\00\00"))
(module instance $A $M)
(module instance $B $M)
(register "A" $A)
(register "B" $B)

(invoke $A "store" (i32.const 16) (i32.const 7))
(invoke $B "store" (i32.const 16) (i32.const 9))
(assert_return (invoke $A "load" (i32.const 16)) (i32.const 7))
(assert_return (invoke $B "load" (i32.const 16)) (i32.const 9))
(assert_return (invoke $A "sum" (i32.const 5)) (i32.const 10))
(assert_return (invoke $B "sum" (i32.const 5)) (i32.const 12))
(assert_return (invoke $A "grow" (i32.const 2)) (i32.const 1))
(invoke $A "store" (i32.const 196604) (i32.const 5))
(assert_return (invoke $A "load" (i32.const 196604)) (i32.const 5))
(assert_trap (invoke $B "load" (i32.const 196604)) "out of bounds memory access")
(assert_return (invoke $A "load" (i32.const 16)) (i32.const 7))
(assert_return (invoke $A "grow" (i32.const 1)) (i32.const -1))
(assert_trap (invoke $A "store" (i32.const 196608) (i32.const 1)) "out of bounds memory access")

;; Calls across instances: C's memory 0 is its own, A's functions run on A's memory.
(module $C
  (import "A" "store" (func $a_store (param i32 i32)))
  (import "A" "load" (func $a_load (param i32) (result i32)))
  (memory 1)
  (func (export "run") (result i32)
    (i32.store (i32.const 16) (i32.const 100))
    (call $a_store (i32.const 16) (i32.const 200))
    (i32.add (i32.load (i32.const 16)) (call $a_load (i32.const 16)))))
(assert_return (invoke $C "run") (i32.const 300))
(assert_return (invoke $A "load" (i32.const 16)) (i32.const 200))
(assert_return (invoke $B "load" (i32.const 16)) (i32.const 9))

;; An imported memory 0 (its base is loaded) next to a defined memory 1.
(module $D
  (import "B" "mem" (memory 1 3))
  (memory $own 1)
  (func (export "get") (result i32) (i32.load (i32.const 16)))
  (func (export "own") (result i32)
    (i32.store $own (i32.const 16) (i32.const 3))
    (i32.add (i32.load $own (i32.const 16)) (i32.load (i32.const 16)))))
(assert_return (invoke $D "get") (i32.const 9))
(assert_return (invoke $D "own") (i32.const 12))

;; No pages at all.
(module
  (memory 0 0)
  (func (export "size") (result i32) (memory.size))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))
(assert_return (invoke "size") (i32.const 0))
(assert_return (invoke "grow") (i32.const -1))
(assert_trap (invoke "load" (i32.const 0)) "out of bounds memory access")

;; A 64-bit memory 0.
(module
  (memory i64 1 2)
  (func (export "st") (param i64 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "ld") (param i64) (result i32) (i32.load (local.get 0)))
  (func (export "copy") (param i64 i64 i64) (memory.copy (local.get 0) (local.get 1) (local.get 2))))
(invoke "st" (i64.const 65532) (i32.const 4))
(assert_return (invoke "ld" (i64.const 65532)) (i32.const 4))
(invoke "copy" (i64.const 8) (i64.const 65532) (i64.const 4))
(assert_return (invoke "ld" (i64.const 8)) (i32.const 4))
(assert_trap (invoke "ld" (i64.const 65533)) "out of bounds memory access")
