;; Accesses at `x + c` (an i32 add of a constant) where the sum cannot wrap: the
;; translator accesses `x` with the constant added to the static offset
;; (compiler/src/translate/env.rs, `fold_index_constant`), so the check's end grows by
;; `c`. The trap points must not move, and a sum that can wrap (no known bound of `x`,
;; or a bound too large) must still wrap to a low address rather than trap.

(module
  (memory 1)
  (data (i32.const 0) "\5a")
  (data (i32.const 0xfffe) "\bb\aa")
  ;; (x & 0x1ffff) + 0xf000, offset 2: checked (the bound passes the memory's size)
  (func (export "masked") (param $x i32) (result i32)
    (i32.load8_u offset=2 (i32.add (i32.and (local.get $x) (i32.const 0x1ffff)) (i32.const 0xf000))))
  ;; ((x & 255) << 8) + 0xfe, offset 1, a 2-byte store and a 2-byte load
  (func (export "store16") (param $x i32) (param $v i32)
    (i32.store16 offset=1
      (i32.add (i32.shl (i32.and (local.get $x) (i32.const 255)) (i32.const 8)) (i32.const 0xfe))
      (local.get $v)))
  (func (export "load16") (param $x i32) (result i32)
    (i32.load16_u offset=1
      (i32.add (i32.shl (i32.and (local.get $x) (i32.const 255)) (i32.const 8)) (i32.const 0xfe))))
  ;; the constant first: 0xfff0 + (x & 15), statically in bounds for one byte
  (func (export "const_first") (param $x i32) (result i32)
    (i32.load8_u (i32.add (i32.const 0xfff0) (i32.and (local.get $x) (i32.const 15)))))
  ;; x + 1 with x unbounded: wraps to 0 for x = -1
  (func (export "unbounded") (param $x i32) (result i32)
    (i32.load8_u (i32.add (local.get $x) (i32.const 1))))
  ;; (x & 0x80000001) + 0x7fffffff: the largest sum is 2^32, which wraps to 0
  (func (export "wraps_at_bound") (param $x i32) (result i32)
    (i32.load8_u (i32.add (i32.and (local.get $x) (i32.const 0x80000001)) (i32.const 0x7fffffff))))
  ;; (x >> 1) + 0x7fffffff + 2 (offset): the sum is at most 2^32 - 2, folded; every
  ;; address is out of bounds
  (func (export "high") (param $x i32) (result i32)
    (i32.load8_u offset=2 (i32.add (i32.shr_u (local.get $x) (i32.const 1)) (i32.const 0x7fffffff))))
)

(assert_return (invoke "masked" (i32.const 0x0ffd)) (i32.const 0xaa))
(assert_return (invoke "masked" (i32.const 0x20ffd)) (i32.const 0xaa))
(assert_return (invoke "masked" (i32.const 0x0ffc)) (i32.const 0xbb))
(assert_trap (invoke "masked" (i32.const 0x0ffe)) "out of bounds memory access")
(assert_trap (invoke "masked" (i32.const 0x1ffff)) "out of bounds memory access")
(assert_return (invoke "store16" (i32.const 0xfe) (i32.const 0x1234)))
(assert_return (invoke "load16" (i32.const 0x1fe)) (i32.const 0x1234))
(assert_trap (invoke "store16" (i32.const 0xff) (i32.const 0x1234)) "out of bounds memory access")
(assert_trap (invoke "load16" (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "const_first" (i32.const -1)) (i32.const 0xaa))
(assert_return (invoke "const_first" (i32.const 14)) (i32.const 0xbb))
(assert_return (invoke "unbounded" (i32.const -1)) (i32.const 0x5a))
(assert_return (invoke "unbounded" (i32.const 0xfffd)) (i32.const 0xbb))
(assert_trap (invoke "unbounded" (i32.const 0xffff)) "out of bounds memory access")
(assert_return (invoke "wraps_at_bound" (i32.const 0x80000001)) (i32.const 0x5a))
(assert_trap (invoke "wraps_at_bound" (i32.const 0x80000000)) "out of bounds memory access")
(assert_trap (invoke "wraps_at_bound" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "high" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "high" (i32.const -1)) "out of bounds memory access")
