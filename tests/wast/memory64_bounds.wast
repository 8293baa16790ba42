;; 64-bit memories (memory64): every bounds check must hold for any u64 index and
;; offset, where `index + offset + size` can wrap. The bounds-check rewrites
;; (translate/bounds/checks.rs, hoist.rs) prove their rules for 32-bit indices only, so they
;; leave 64-bit accesses alone (translate/env.rs, `heap_addr64`); these assertions pin
;; out-of-bounds accesses at 2^32 + x and near 2^64, in the shapes the rewrites would
;; otherwise merge (same index, growing offsets), drop (dominated) or hoist (loops).

(module
  (memory $m64 i64 1 4)
  (memory $m32 1)
  (data (memory $m64) (i64.const 0xfff0) "\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f\10")
  (func (export "load8") (param i64) (result i32) (i32.load8_u (local.get 0)))
  (func (export "load64") (param i64) (result i64) (i64.load (local.get 0)))
  (func (export "load_off") (param i64) (result i32)
    (i32.load offset=0xffff_ffff_ffff_fff0 (local.get 0)))
  (func (export "load_off4g") (param i64) (result i32)
    (i32.load offset=0x1_0000_0000 (local.get 0)))
  (func (export "store") (param i64 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "v128") (param i64) (result i32)
    (i32x4.extract_lane 0 (v128.load (local.get 0))))
  ;; Same index, growing offsets: for 32-bit indices the checks merge into one.
  (func (export "pair") (param i64) (result i64)
    (i64.add (i64.load (local.get 0)) (i64.load offset=8 (local.get 0))))
  ;; x + 8 checked, then x + 4 after a call: dominated for 32-bit indices.
  (func $touch (i32.store $m32 (i32.const 0) (i32.const 1)))
  (func (export "dominated") (param $x i64) (result i32)
    (drop (i32.load (i64.add (local.get $x) (i64.const 8))))
    (call $touch)
    (i32.load (i64.add (local.get $x) (i64.const 4))))
  ;; A counted loop: for 32-bit indices its checks are proved before it starts.
  (func (export "sum") (param $p i64) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.add (local.get $s)
          (i32.load8_u (i64.add (local.get $p) (i64.extend_i32_u (local.get $i))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $s))
  (func (export "size") (result i64) (memory.size $m64))
  (func (export "grow") (param i64) (result i64) (memory.grow $m64 (local.get 0)))
  (func (export "fill") (param i64 i64) (memory.fill $m64 (local.get 0) (i32.const 7) (local.get 1)))
  (func (export "copy") (param i64 i64 i64)
    (memory.copy $m64 $m64 (local.get 0) (local.get 1) (local.get 2)))
  ;; Between a 64-bit and a 32-bit memory the length is an i32.
  (func (export "copy_to32") (param i32 i64 i32)
    (memory.copy $m32 $m64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_to64") (param i64 i32 i32)
    (memory.copy $m64 $m32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "load32") (param i32) (result i32) (i32.load8_u $m32 (local.get 0)))
)

(assert_return (invoke "load8" (i64.const 0xffff)) (i32.const 0x10))
(assert_trap (invoke "load8" (i64.const 0x10000)) "out of bounds memory access")
(assert_trap (invoke "load8" (i64.const 0x1_0000_0000)) "out of bounds memory access")
(assert_trap (invoke "load8" (i64.const 0x1_0000_0010)) "out of bounds memory access")
(assert_trap (invoke "load8" (i64.const -1)) "out of bounds memory access")
(assert_trap (invoke "load8" (i64.const 0x8000_0000_0000_0000)) "out of bounds memory access")
(assert_return (invoke "load64" (i64.const 0xfff8)) (i64.const 0x100f0e0d0c0b0a09))
(assert_trap (invoke "load64" (i64.const 0xfff9)) "out of bounds memory access")
(assert_trap (invoke "load64" (i64.const 0xffff_ffff_ffff_fffc)) "out of bounds memory access")
(assert_trap (invoke "load64" (i64.const 0x1_0000_0000)) "out of bounds memory access")
;; index + offset wraps to 0 (and to 0x10) modulo 2^64: still out of bounds.
(assert_trap (invoke "load_off" (i64.const 0x10)) "out of bounds memory access")
(assert_trap (invoke "load_off" (i64.const 0x20)) "out of bounds memory access")
(assert_trap (invoke "load_off" (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "load_off4g" (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "load_off4g" (i64.const 0xffff_ffff_0000_0000)) "out of bounds memory access")
(assert_trap (invoke "store" (i64.const 0x1_0000_0000) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "store" (i64.const -2) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "v128" (i64.const 0xfff0)) (i32.const 0x04030201))
(assert_trap (invoke "v128" (i64.const 0xfff1)) "out of bounds memory access")
(assert_trap (invoke "v128" (i64.const 0xffff_ffff_ffff_fff8)) "out of bounds memory access")
(assert_return (invoke "pair" (i64.const 0xfff0)) (i64.const 0x18161412100e0c0a))
(assert_trap (invoke "pair" (i64.const 0xfff8)) "out of bounds memory access")
(assert_trap (invoke "pair" (i64.const 0xffff_ffff_ffff_fff8)) "out of bounds memory access")
(assert_trap (invoke "pair" (i64.const 0x1_0000_fff0)) "out of bounds memory access")
(assert_return (invoke "dominated" (i64.const 0xfff0)) (i32.const 0x08070605))
(assert_trap (invoke "dominated" (i64.const 0xfffc)) "out of bounds memory access")
;; i64 adds wrap: x = -4 reads 4 then 0 (both in bounds); x = -8 reads 0, then
;; 2^64 - 4, which must trap although a 32-bit rule would call it covered.
(assert_return (invoke "dominated" (i64.const -4)) (i32.const 0))
(assert_trap (invoke "dominated" (i64.const -8)) "out of bounds memory access")
(assert_return (invoke "sum" (i64.const 0xfff0) (i32.const 16)) (i32.const 136))
(assert_trap (invoke "sum" (i64.const 0xfff0) (i32.const 17)) "out of bounds memory access")
(assert_trap (invoke "sum" (i64.const 0xffff_ffff_ffff_fff8) (i32.const 4)) "out of bounds memory access")
(assert_trap (invoke "sum" (i64.const 0x1_0000_0000) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "sum" (i64.const 0x1_0000_0000) (i32.const 0)) (i32.const 0))

;; memory.size/grow with i64, up to the declared maximum of 4 pages.
(assert_return (invoke "size") (i64.const 1))
(assert_return (invoke "grow" (i64.const 0x1_0000_0001)) (i64.const -1))
(assert_return (invoke "grow" (i64.const -1)) (i64.const -1))
(assert_return (invoke "grow" (i64.const 1)) (i64.const 1))
(assert_return (invoke "size") (i64.const 2))
(assert_return (invoke "load8" (i64.const 0x1ffff)) (i32.const 0))
(assert_trap (invoke "load8" (i64.const 0x20000)) "out of bounds memory access")

;; Bulk operations with 64-bit addresses and lengths.
(assert_return (invoke "fill" (i64.const 0x1fff0) (i64.const 16)))
(assert_return (invoke "load8" (i64.const 0x1ffff)) (i32.const 7))
(assert_trap (invoke "fill" (i64.const 0x1fff0) (i64.const 17)) "out of bounds memory access")
(assert_trap (invoke "fill" (i64.const 0x1_0000_0000) (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "fill" (i64.const 1) (i64.const -1)) "out of bounds memory access")
(assert_return (invoke "copy" (i64.const 0x100) (i64.const 0xfff0) (i64.const 16)))
(assert_return (invoke "load8" (i64.const 0x10f)) (i32.const 0x10))
(assert_return (invoke "copy" (i64.const 0x200) (i64.const 0xfff0) (i64.const 4)))
(assert_return (invoke "load8" (i64.const 0x203)) (i32.const 4))
(assert_trap (invoke "copy" (i64.const 0x100) (i64.const -16) (i64.const 16)) "out of bounds memory access")
(assert_trap (invoke "copy" (i64.const 0x100) (i64.const 0) (i64.const -1)) "out of bounds memory access")
(assert_trap (invoke "copy" (i64.const 0x1_0000_0000) (i64.const 0) (i64.const 0)) "out of bounds memory access")
(assert_trap (invoke "copy" (i64.const 0) (i64.const 0xffff_ffff_ffff_ffff) (i64.const 2)) "out of bounds memory access")
(assert_return (invoke "copy_to32" (i32.const 0x10) (i64.const 0xfff0) (i32.const 16)))
(assert_return (invoke "load32" (i32.const 0x1f)) (i32.const 0x10))
(assert_trap (invoke "copy_to32" (i32.const 0) (i64.const 0x1_0000_fff0) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "copy_to64" (i64.const 0x300) (i32.const 0x10) (i32.const 2)))
(assert_return (invoke "load8" (i64.const 0x301)) (i32.const 2))
(assert_trap (invoke "copy_to64" (i64.const 0x1_0000_0300) (i32.const 0x10) (i32.const 2)) "out of bounds memory access")

;; Data segments at i64 offsets; an imported 64-bit memory must be imported as one.
(module $exporter (memory (export "m") i64 1) (memory (export "m32") 1))
(register "mem64")
(module
  (import "mem64" "m" (memory i64 1))
  (data (i64.const 0xfffe) "\aa\bb")
  (func (export "get") (param i64) (result i32) (i32.load8_u (local.get 0))))
(assert_return (invoke "get" (i64.const 0xffff)) (i32.const 0xbb))
(assert_unlinkable
  (module (import "mem64" "m" (memory 1)))
  "incompatible import type")
(assert_unlinkable
  (module (import "mem64" "m32" (memory i64 1)))
  "incompatible import type")
(assert_trap
  (module (memory i64 1) (data (i64.const 0xffff_ffff_ffff_ffff) "x"))
  "out of bounds memory access")
