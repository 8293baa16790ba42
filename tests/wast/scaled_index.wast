;; Scaled memory indices (compiler/src/translate/scaled.rs): `zext(x << k)` with a
;; bounded `x` becomes `zext(x) << k` in 64 bits (an address `disp(base, x, 1 << k)`),
;; which must read and write the same bytes; an `x << k` that can wrap in 32 bits must
;; keep wrapping (those are left as they are). tests/scaled_index.rs checks the code.
(module
  (memory 1)
  (data (i32.const 16) "\00\01\ff")
  (data (i32.const 1024) "\01\00\00\00\02\00\00\00\03\00\00\00")
  (data (i32.const 2048) "\11\00\00\00\00\00\00\00\22\00\00\00\00\00\00\00")
  ;; A word table indexed by a masked opcode (Lua's dispatch): rewritten.
  (func (export "tab") (param i32) (result i32)
    (i32.load offset=1024 (i32.shl (i32.and (local.get 0) (i32.const 127)) (i32.const 2))))
  ;; The same shift written as 34 (taken modulo 32).
  (func (export "tab34") (param i32) (result i32)
    (i32.load offset=1024 (i32.shl (i32.and (local.get 0) (i32.const 127)) (i32.const 34))))
  ;; An 8-byte table indexed by a loaded byte: rewritten.
  (func (export "tab8") (param i32) (result i64)
    (i64.load offset=2048 (i32.shl (i32.load8_u (local.get 0)) (i32.const 3))))
  (func (export "put") (param i32 i32)
    (i32.store offset=1024 (i32.shl (i32.and (local.get 0) (i32.const 127)) (i32.const 2))
      (local.get 1)))
  ;; Unbounded: `x << 2` wraps (0x40000100 << 2 is 0x400); left alone.
  (func (export "wrap") (param i32) (result i32)
    (i32.load (i32.shl (local.get 0) (i32.const 2))))
  ;; Bounded, but the bound shifted does not fit in 32 bits: left alone.
  (func (export "wrap_masked") (param i32) (result i32)
    (i32.load (i32.shl (i32.and (local.get 0) (i32.const 0x3fffffff)) (i32.const 3))))
  ;; Fits in 32 bits but past the memory: still checked, and traps.
  (func (export "big") (param i32) (result i32)
    (i32.load (i32.shl (i32.and (local.get 0) (i32.const 0x1fffffff)) (i32.const 3))))
)
(assert_return (invoke "tab" (i32.const 0)) (i32.const 1))
(assert_return (invoke "tab" (i32.const 1)) (i32.const 2))
(assert_return (invoke "tab" (i32.const 129)) (i32.const 2))
(assert_return (invoke "tab" (i32.const -126)) (i32.const 3))
(assert_return (invoke "tab" (i32.const 127)) (i32.const 0))
(assert_return (invoke "tab34" (i32.const 2)) (i32.const 3))
(assert_return (invoke "tab34" (i32.const 0x80000001)) (i32.const 2))
(assert_return (invoke "tab8" (i32.const 16)) (i64.const 0x11))
(assert_return (invoke "tab8" (i32.const 17)) (i64.const 0x22))
(assert_return (invoke "tab8" (i32.const 18)) (i64.const 0))
(assert_return (invoke "put" (i32.const 0x105) (i32.const 77)))
(assert_return (invoke "tab" (i32.const 5)) (i32.const 77))
(assert_return (invoke "tab8" (i32.const 16)) (i64.const 0x11))
(assert_return (invoke "wrap" (i32.const 0x40000100)) (i32.const 1))
(assert_return (invoke "wrap" (i32.const 0x100)) (i32.const 1))
(assert_trap (invoke "wrap" (i32.const 0x4000)) "out of bounds memory access")
(assert_return (invoke "wrap_masked" (i32.const 0x20000080)) (i32.const 1))
(assert_return (invoke "wrap_masked" (i32.const 0xe0000081)) (i32.const 3))
(assert_return (invoke "big" (i32.const 128)) (i32.const 1))
(assert_return (invoke "big" (i32.const 0xe0000080)) (i32.const 1))
(assert_trap (invoke "big" (i32.const 0x2000)) "out of bounds memory access")
