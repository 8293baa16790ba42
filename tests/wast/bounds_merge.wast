;; Bounds checks of one index are merged within a block (compiler/src/translate/bounds/checks.rs)
;; only when nothing observable happens between them. These assertions pin the trap
;; point: a store or a call between two accesses must still happen before the trap.

(module
  (memory 1)
  (func $touch (param i32) (i32.store (i32.const 200) (local.get 0)))
  ;; load p, store to 100, load p+65536 (out of bounds): the store must be visible.
  (func (export "store_between") (param $p i32)
    (drop (i32.load offset=0 (local.get $p)))
    (i32.store (i32.const 100) (i32.const 42))
    (drop (i32.load offset=65536 (local.get $p))))
  ;; the same with a call in between.
  (func (export "call_between") (param $p i32)
    (drop (i32.load offset=0 (local.get $p)))
    (call $touch (i32.const 43))
    (drop (i32.load offset=65536 (local.get $p))))
  ;; loads only: merged; the result is the same trap.
  (func (export "loads_only") (param $p i32) (result i32)
    (i32.add
      (i32.load offset=0 (local.get $p))
      (i32.add (i32.load offset=8 (local.get $p)) (i32.load offset=4 (local.get $p)))))
  ;; an in-bounds widened check must not trap: p+12 ends exactly at the memory's end.
  (func (export "edge") (param $p i32) (result i32)
    (i32.add (i32.load8_u offset=0 (local.get $p)) (i32.load offset=12 (local.get $p))))
  ;; a division by zero between two accesses keeps its own trap kind.
  (func (export "div_between") (param $p i32) (param $d i32) (result i32)
    (drop (i32.load offset=0 (local.get $p)))
    (drop (i32.div_u (i32.const 1) (local.get $d)))
    (i32.load offset=65536 (local.get $p)))
  (func (export "read") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "grow_between") (param $p i32) (result i32)
    (drop (i32.load offset=0 (local.get $p)))
    (drop (memory.grow (i32.const 1)))
    (i32.load offset=65536 (local.get $p)))
)

(assert_trap (invoke "store_between" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "read" (i32.const 100)) (i32.const 42))
(assert_trap (invoke "call_between" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "read" (i32.const 200)) (i32.const 43))
(assert_return (invoke "loads_only" (i32.const 0)) (i32.const 0))
(assert_trap (invoke "loads_only" (i32.const 65526)) "out of bounds memory access")
(assert_return (invoke "edge" (i32.const 65520)) (i32.const 0))
(assert_trap (invoke "edge" (i32.const 65521)) "out of bounds memory access")
(assert_trap (invoke "div_between" (i32.const 0) (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "div_between" (i32.const 0) (i32.const 1)) "out of bounds memory access")
;; after growing to 2 pages, p + 65536 is in bounds.
(assert_return (invoke "grow_between" (i32.const 0)) (i32.const 0))
