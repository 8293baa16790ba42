;; Atomics (compiler/src/translate/atomics.rs) beyond what the threads proposal scripts
;; pin down: narrow results are zero-extended, a narrow cmpxchg compares the low bits of
;; the expected value only, the alignment check uses index + offset, wait/notify results
;; and timeouts, a wait on an unshared memory traps, a shared memory grows in place, and
;; atomics on 64-bit shared memories.

(module
  (memory 1 2 shared)
  (func (export "rmw8_add") (param i32 i32) (result i32)
    (i32.atomic.rmw8.add_u (local.get 0) (local.get 1)))
  (func (export "rmw16_xchg64") (param i32 i64) (result i64)
    (i64.atomic.rmw16.xchg_u (local.get 0) (local.get 1)))
  (func (export "rmw32_sub64") (param i32 i64) (result i64)
    (i64.atomic.rmw32.sub_u (local.get 0) (local.get 1)))
  (func (export "cas8") (param i32 i32 i32) (result i32)
    (i32.atomic.rmw8.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (export "cas64") (param i32 i64 i64) (result i64)
    (i64.atomic.rmw.cmpxchg (local.get 0) (local.get 1) (local.get 2)))
  (func (export "load8") (param i32) (result i64) (i64.atomic.load8_u (local.get 0)))
  (func (export "load32") (param i32) (result i64) (i64.atomic.load32_u (local.get 0)))
  (func (export "store16") (param i32 i32) (i32.atomic.store16 (local.get 0) (local.get 1)))
  (func (export "load_off2") (param i32) (result i32)
    (i32.atomic.load16_u offset=2 (local.get 0)))
  (func (export "load_off6") (param i32) (result i32)
    (i32.atomic.load offset=6 (local.get 0)))
  (func (export "load_hi") (param i32) (result i32)
    (i32.atomic.load offset=65532 (local.get 0)))
  (func (export "wait32") (param i32 i32 i64) (result i32)
    (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "wait64") (param i32 i64 i64) (result i32)
    (memory.atomic.wait64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "notify") (param i32 i32) (result i32)
    (memory.atomic.notify (local.get 0) (local.get 1)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "size") (result i32) (memory.size))
  (func (export "or_hi") (param i32) (result i32)
    (i32.atomic.rmw.or (local.get 0) (i32.const 1)))
)

;; Narrow read-modify-writes wrap at their width and return the old value zero-extended.
(invoke "store16" (i32.const 0) (i32.const 0xfffe))
(assert_return (invoke "rmw8_add" (i32.const 0) (i32.const 0x103)) (i32.const 0xfe))
(assert_return (invoke "load8" (i32.const 0)) (i64.const 0x01))
(assert_return (invoke "load8" (i32.const 1)) (i64.const 0xff))
(assert_return (invoke "rmw16_xchg64" (i32.const 0) (i64.const -1)) (i64.const 0xff01))
(assert_return (invoke "load32" (i32.const 0)) (i64.const 0xffff))
(assert_return (invoke "rmw32_sub64" (i32.const 0) (i64.const 0x10000)) (i64.const 0xffff))
(assert_return (invoke "load32" (i32.const 0)) (i64.const 0xffffffff))
;; cmpxchg8: 0x1ff compares as 0xff (equal), so the byte becomes 0x12.
(assert_return (invoke "cas8" (i32.const 0) (i32.const 0x1ff) (i32.const 0x312)) (i32.const 0xff))
(assert_return (invoke "load8" (i32.const 0)) (i64.const 0x12))
(assert_return (invoke "cas8" (i32.const 0) (i32.const 0x11) (i32.const 0x99)) (i32.const 0x12))
(assert_return (invoke "load8" (i32.const 0)) (i64.const 0x12))
(assert_return (invoke "cas64" (i32.const 8) (i64.const 0) (i64.const -2)) (i64.const 0))
(assert_return (invoke "cas64" (i32.const 8) (i64.const -2) (i64.const 5)) (i64.const -2))
(assert_return (invoke "cas64" (i32.const 8) (i64.const 0) (i64.const 9)) (i64.const 5))

;; Alignment is that of index + offset.
(assert_return (invoke "load_off2" (i32.const 0)) (i32.const 0xffff))
(assert_trap (invoke "load_off2" (i32.const 1)) "unaligned atomic")
(assert_return (invoke "load_off6" (i32.const 2)) (i32.const 5))
(assert_trap (invoke "load_off6" (i32.const 0)) "unaligned atomic")
(assert_trap (invoke "load_hi" (i32.const 4)) "out of bounds memory access")
(assert_return (invoke "load_hi" (i32.const 0)) (i32.const 0))

;; wait: 1 when the value differs, 2 after the timeout (ns) when it does not, no waiter
;; is left behind (notify then wakes nobody).
(assert_return (invoke "wait32" (i32.const 8) (i32.const 1) (i64.const -1)) (i32.const 1))
(assert_return (invoke "wait32" (i32.const 8) (i32.const 5) (i64.const 1000000)) (i32.const 2))
(assert_return (invoke "wait64" (i32.const 8) (i64.const 5) (i64.const 0)) (i32.const 2))
(assert_return (invoke "wait64" (i32.const 8) (i64.const 6) (i64.const 0)) (i32.const 1))
(assert_return (invoke "notify" (i32.const 8) (i32.const 10)) (i32.const 0))
(assert_trap (invoke "wait32" (i32.const 9) (i32.const 0) (i64.const 0)) "unaligned atomic")
(assert_trap (invoke "notify" (i32.const 65536) (i32.const 1)) "out of bounds memory access")

;; A shared memory grows in place up to its maximum; atomics reach the new page.
(assert_trap (invoke "or_hi" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke "or_hi" (i32.const 65536)) (i32.const 0))
(assert_return (invoke "or_hi" (i32.const 65536)) (i32.const 1))
(assert_return (invoke "grow" (i32.const 1)) (i32.const -1))
(assert_return (invoke "size") (i32.const 2))

;; Unshared memory: atomics work, wait traps, notify wakes nobody.
(module
  (memory 1)
  (func (export "wait32") (param i32) (result i32)
    (memory.atomic.wait32 (local.get 0) (i32.const 0) (i64.const 0)))
  (func (export "notify") (param i32) (result i32)
    (memory.atomic.notify (local.get 0) (i32.const 1)))
  (func (export "add") (param i32) (result i32)
    (i32.atomic.rmw.add (local.get 0) (i32.const 3)))
)
(assert_trap (invoke "wait32" (i32.const 0)) "expected shared memory")
(assert_trap (invoke "wait32" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "notify" (i32.const 0)) (i32.const 0))
(assert_return (invoke "add" (i32.const 4)) (i32.const 0))
(assert_return (invoke "add" (i32.const 4)) (i32.const 3))

;; A 64-bit shared memory: i64 indices, the same checks.
(module
  (memory i64 1 2 shared)
  (func (export "add") (param i64) (result i64)
    (i64.atomic.rmw.add (local.get 0) (i64.const 2)))
)
(assert_return (invoke "add" (i64.const 65528)) (i64.const 0))
(assert_return (invoke "add" (i64.const 65528)) (i64.const 2))
(assert_trap (invoke "add" (i64.const 4)) "unaligned atomic")
(assert_trap (invoke "add" (i64.const 65536)) "out of bounds memory access")
(assert_trap (invoke "add" (i64.const 0x100000000)) "out of bounds memory access")

;; Importing a shared memory needs a shared import, and the other way round.
(module $M (memory (export "m") 1 1 shared))
(register "M" $M)
(assert_unlinkable (module (import "M" "m" (memory 1 1))) "incompatible import type")
(module (import "M" "m" (memory 1 1 shared)))
