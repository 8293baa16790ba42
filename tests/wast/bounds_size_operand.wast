;; Checks whose compare reads its limit `size - END` (or, for one byte, the size) from the
;; memory record (x86_64: compiler/src/translate/bounds/operands.rs), at the boundary of
;; every access width and static offset: the last in-bounds index passes, the next one
;; traps, at size 0 (smaller than every END: each index traps) and after growing, also
;; when a call in the same function grows the memory between two checks, and at indices
;; whose sign bit is set or that are near 2^32. (bounds_limit_table.wast: every END.)

(module
  (memory 0)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load16") (param $a i32) (result i32) (i32.load16_u (local.get $a)))
  (func (export "load32") (param $a i32) (result i32) (i32.load (local.get $a)))
  (func (export "load64") (param $a i32) (result i64) (i64.load (local.get $a)))
  (func (export "load32_off") (param $a i32) (result i32) (i32.load offset=100 (local.get $a)))
  (func (export "load8_off") (param $a i32) (result i32) (i32.load8_u offset=3 (local.get $a)))
  (func (export "store64_off") (param $a i32) (param $v i64)
    (i64.store offset=8 (local.get $a) (local.get $v)))
  ;; Two checks of different indices and ends in two blocks, against one size.
  (func (export "two") (param $a i32) (param $b i32) (param $c i32) (result i32)
    (local $r i32)
    (local.set $r (i32.load (local.get $a)))
    (if (local.get $c)
      (then (local.set $r (i32.add (local.get $r) (i32.load16_u offset=6 (local.get $b))))))
    (local.get $r))
  ;; A check, a call that grows the memory, a check: the second sees the new size.
  (func (export "around_grow") (param $a i32) (result i32)
    (drop (i32.load (i32.const 0)))
    (drop (memory.grow (i32.const 1)))
    (i32.load offset=4 (local.get $a)))
)

;; Size 0: every access traps, index 0 included.
(assert_trap (invoke "load16" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "load32" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "load64" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "load32_off" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "load8_off" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "store64_off" (i32.const 0) (i64.const 1)) "out of bounds memory access")
(assert_trap (invoke "two" (i32.const 0) (i32.const 0) (i32.const 1)) "out of bounds memory access")

(assert_return (invoke "grow" (i32.const 1)) (i32.const 0))
;; Size 65536.
(assert_return (invoke "load16" (i32.const 65534)) (i32.const 0))
(assert_trap (invoke "load16" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "load32" (i32.const 65532)) (i32.const 0))
(assert_trap (invoke "load32" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "load64" (i32.const 65528)) (i64.const 0))
(assert_trap (invoke "load64" (i32.const 65529)) "out of bounds memory access")
(assert_return (invoke "load32_off" (i32.const 65432)) (i32.const 0))
(assert_trap (invoke "load32_off" (i32.const 65433)) "out of bounds memory access")
(assert_return (invoke "load8_off" (i32.const 65532)) (i32.const 0))
(assert_trap (invoke "load8_off" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "store64_off" (i32.const 65520) (i64.const 0x0102030405060708)))
(assert_return (invoke "load64" (i32.const 65528)) (i64.const 0x0102030405060708))
(assert_trap (invoke "store64_off" (i32.const 65521) (i64.const 1)) "out of bounds memory access")
;; The trapping store wrote nothing.
(assert_return (invoke "load64" (i32.const 65528)) (i64.const 0x0102030405060708))
(assert_return (invoke "two" (i32.const 65532) (i32.const 65528) (i32.const 1)) (i32.const 0x01020406))
(assert_trap (invoke "two" (i32.const 65533) (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "two" (i32.const 0) (i32.const 65529) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "two" (i32.const 0) (i32.const 65529) (i32.const 0)) (i32.const 0))
;; Indices near 2^32 and with the sign bit set: `idx + END` does not wrap.
(assert_trap (invoke "load16" (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "load32" (i32.const -4)) "out of bounds memory access")
(assert_trap (invoke "load64" (i32.const -8)) "out of bounds memory access")
(assert_trap (invoke "load32_off" (i32.const -100)) "out of bounds memory access")
(assert_trap (invoke "load8_off" (i32.const -3)) "out of bounds memory access")
(assert_trap (invoke "store64_off" (i32.const -16) (i64.const 1)) "out of bounds memory access")
(assert_trap (invoke "load32" (i32.const 0x80000000)) "out of bounds memory access")

;; around_grow at size 65536: the access after the grow is checked against 131072.
(assert_return (invoke "around_grow" (i32.const 131064)) (i32.const 0))
(assert_return (invoke "around_grow" (i32.const 196600)) (i32.const 0))
(assert_trap (invoke "around_grow" (i32.const 262137)) "out of bounds memory access")
(assert_return (invoke "load32" (i32.const 262140)) (i32.const 0))
(assert_trap (invoke "load32" (i32.const 262141)) "out of bounds memory access")
