;; Checks dropped because of the guard band (compiler/src/translate/bounds/checks.rs,
;; `remove_banded`): a check of `x + kb` whose end is at most `abi::GUARD_BAND` (64 KiB)
;; past the end a dominating check of `x + ka` proved goes, and its access faults in the
;; `PROT_NONE` band after the memory's size when it is out of bounds; the runtime's signal
;; handler (trap.c) makes that the out-of-bounds trap. These assertions pin each trap at
;; the access whose check went: load and store, i32 and i64, after memory.grow (the band
;; moved up), after a grow by another instance, in a shared memory; and the cases where
;; the check must stay (past the band, a smaller offset, an atomic access).

(module
  (memory (export "mem") 1 4)
  (global $calls (mut i32) (i32.const 0))
  (func $touch (global.set $calls (i32.add (global.get $calls) (i32.const 1))))
  (func (export "calls") (result i32) (global.get $calls))
  (func (export "peek") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "peek64") (param i32) (result i64) (i64.load (local.get 0)))

  ;; p->a, then after a call p->b at offset 100: the second check goes.
  (func (export "load_i32") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $touch)
    (i32.load offset=100 (local.get $p)))

  ;; The same with an i64 load 4,000 bytes further, its result unused (the load stays).
  (func (export "load_i64_dropped") (param $p i32)
    (drop (i32.load (local.get $p)))
    (call $touch)
    (drop (i64.load offset=4000 (local.get $p)))
    (call $touch))

  ;; A store at offset 8 after a load at 0: on x86_64 the store's check goes (a store
  ;; that faults writes nothing there); elsewhere it stays in objects. Either way a
  ;; straddling store traps and writes none of its bytes.
  (func (export "store_i64") (param $p i32) (param $v i64)
    (drop (i32.load (local.get $p)))
    (call $touch)
    (i64.store offset=8 (local.get $p) (local.get $v)))

  ;; x + 60000 then x + 130000: more than the band apart, the second check stays (an
  ;; access there with x + 60000 in bounds would be past the band).
  (func (export "past_band") (param $p i32) (result i32)
    (drop (i32.load offset=60000 (local.get $p)))
    (call $touch)
    (i32.load offset=130000 (local.get $p)))

  ;; a chain: x, x + 60000 (justified by x), x + 120000 (only by x + 60000, which went):
  ;; the third check stays.
  (func (export "chain") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $touch)
    (drop (i32.load offset=60000 (local.get $p)))
    (call $touch)
    (i32.load offset=120000 (local.get $p)))

  ;; In another block (dominated, not merged): p->a in the entry, p->b in an `if` arm.
  (func (export "in_if") (param $p i32) (param $c i32) (result i32)
    (drop (i32.load (local.get $p)))
    (if (result i32) (local.get $c)
      (then (i32.load offset=64 (local.get $p)))
      (else (i32.const -1))))

  ;; After memory.grow: the band moved up with the size.
  (func (export "grow_then") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (drop (memory.grow (i32.const 1)))
    (i32.load offset=1000 (local.get $p)))

  ;; An atomic access keeps its check (its alignment trap must not come first).
  (func (export "atomic") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $touch)
    (i32.atomic.load offset=8 (local.get $p)))
)

(assert_return (invoke "load_i32" (i32.const 65432)) (i32.const 0))
(assert_trap (invoke "load_i32" (i32.const 65433)) "out of bounds memory access")
(assert_trap (invoke "load_i32" (i32.const 65532)) "out of bounds memory access")
(assert_trap (invoke "load_i32" (i32.const 65537)) "out of bounds memory access")
;; the traps came after the call (the access's own place), not before it
(assert_return (invoke "calls") (i32.const 3))

(assert_return (invoke "load_i64_dropped" (i32.const 61528)))
(assert_trap (invoke "load_i64_dropped" (i32.const 61529)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 6))

(assert_return (invoke "store_i64" (i32.const 65520) (i64.const 0x1122334455667788)))
(assert_return (invoke "peek64" (i32.const 65528)) (i64.const 0x1122334455667788))
;; 4 bytes in bounds, 4 in the band: traps, and the 4 in bounds are unchanged
(assert_trap (invoke "store_i64" (i32.const 65524) (i64.const -1)) "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65532)) (i32.const 0x11223344))
(assert_trap (invoke "store_i64" (i32.const 65528) (i64.const -1)) "out of bounds memory access")
(assert_return (invoke "peek64" (i32.const 65528)) (i64.const 0x1122334455667788))

(assert_trap (invoke "past_band" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "chain" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "chain" (i32.const 5500)) "out of bounds memory access")

(assert_return (invoke "in_if" (i32.const 65404) (i32.const 1)) (i32.const 0))
(assert_return (invoke "in_if" (i32.const 65468) (i32.const 1)) (i32.const 0x11223344))
(assert_trap (invoke "in_if" (i32.const 65469) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "in_if" (i32.const 65469) (i32.const 0)) (i32.const -1))

(assert_trap (invoke "atomic" (i32.const 65528)) "out of bounds memory access")

;; grows to 2 pages: 65532 + 1000, in the band before the grow, is in bounds now
(assert_return (invoke "grow_then" (i32.const 65532)) (i32.const 0))
;; the band is after the new size
(assert_trap (invoke "load_i32" (i32.const 131000)) "out of bounds memory access")
(assert_return (invoke "load_i32" (i32.const 130968)) (i32.const 0))
;; 3 pages, then 4 (the maximum)
(assert_return (invoke "grow_then" (i32.const 131068)) (i32.const 0))
(assert_return (invoke "grow_then" (i32.const 196604)) (i32.const 0))
;; at the maximum the grow fails: the band after the maximum
(assert_trap (invoke "grow_then" (i32.const 262140)) "out of bounds memory access")
(assert_return (invoke "grow_then" (i32.const 261140)) (i32.const 0))

;; A memory grown by another instance (the host side of this module): the band moved.
(module $owner
  (memory (export "mem") 1 3)
  (func (export "read") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $tick)
    (i32.load offset=2000 (local.get $p)))
  (global $t (mut i32) (i32.const 0))
  (func $tick (global.set $t (i32.add (global.get $t) (i32.const 1)))))
(register "owner" $owner)
(module $grower
  (import "owner" "mem" (memory 1 3))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
(assert_trap (invoke $owner "read" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke $grower "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke $owner "read" (i32.const 65000)) (i32.const 0))
(assert_trap (invoke $owner "read" (i32.const 130536)) "out of bounds memory access")
(assert_return (invoke $owner "read" (i32.const 129000)) (i32.const 0))

;; A shared memory (threads).
(module
  (memory 1 2 shared)
  (func (export "read") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $nop)
    (i32.load offset=300 (local.get $p)))
  (func $nop)
  (func (export "grow") (result i32) (memory.grow (i32.const 1))))
(assert_trap (invoke "read" (i32.const 65300)) "out of bounds memory access")
(assert_return (invoke "grow") (i32.const 1))
(assert_return (invoke "read" (i32.const 65300)) (i32.const 0))
(assert_trap (invoke "read" (i32.const 130836)) "out of bounds memory access")

;; memory64: its checks are not rewritten, an access in the band traps as before.
(module
  (memory i64 1)
  (func (export "read") (param $p i64) (result i32)
    (drop (i32.load (local.get $p)))
    (call $nop)
    (i32.load offset=100 (local.get $p)))
  (func $nop))
(assert_return (invoke "read" (i64.const 65432)) (i32.const 0))
(assert_trap (invoke "read" (i64.const 65433)) "out of bounds memory access")
