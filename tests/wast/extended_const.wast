;; Extended constant expressions (Wasm 3.0): i32/i64 add, sub and mul in global
;; initializers and in data and element segment offsets. A program without a global.get
;; is folded by the compiler; one that reads a global (here, imported ones) is evaluated
;; by the runtime at instantiation (`W2N_CONST_EXPR`), with i32 arithmetic wrapping.

(module
  (global (export "g32") i32 (i32.const 0x7fff_fff0))
  (global (export "g64") i64 (i64.const 0x1_0000_0001))
  (global (export "ten") i32 (i32.const 10)))
(register "base")

(module
  (import "base" "g32" (global $g32 i32))
  (import "base" "g64" (global $g64 i64))
  (import "base" "ten" (global $ten i32))
  (memory 1)
  (table 20 funcref)
  ;; Evaluated at instantiation: 0x7fff_fff0 * 4 + 0x50 = 0x2_0000_0010 wraps to 0x10.
  (global $wrap i32 (i32.add (i32.mul (global.get $g32) (i32.const 4)) (i32.const 0x50)))
  (global $sub i32 (i32.sub (i32.const 5) (global.get $ten)))
  (global $big i64 (i64.mul (i64.sub (global.get $g64) (i64.const 1)) (i64.const 3)))
  (global $deep i64
    (i64.add (i64.add (i64.add (global.get $g64) (i64.const 1))
                      (i64.add (i64.const 2) (i64.const 3)))
             (i64.mul (i64.const -1) (global.get $g64))))
  ;; Folded by the compiler.
  (global $folded i32 (i32.mul (i32.add (i32.const 0xffff_ffff) (i32.const 3)) (i32.const 7)))
  ;; Data at 10 * 3 - 2 = 28, elements at 10 + 5 = 15.
  (data (offset (i32.sub (i32.mul (global.get $ten) (i32.const 3)) (i32.const 2))) "\2a\2b")
  (elem (offset (i32.add (global.get $ten) (i32.const 5))) $f)
  (func $f (result i32) (i32.const 77))
  (func (export "wrap") (result i32) (global.get $wrap))
  (func (export "sub") (result i32) (global.get $sub))
  (func (export "big") (result i64) (global.get $big))
  (func (export "deep") (result i64) (global.get $deep))
  (func (export "folded") (result i32) (global.get $folded))
  (func (export "byte") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "call") (param i32) (result i32)
    (call_indirect (result i32) (local.get 0))))

(assert_return (invoke "wrap") (i32.const 0x10))
(assert_return (invoke "sub") (i32.const -5))
(assert_return (invoke "big") (i64.const 0x3_0000_0000))
(assert_return (invoke "deep") (i64.const 6))
(assert_return (invoke "folded") (i32.const 14))
(assert_return (invoke "byte" (i32.const 27)) (i32.const 0))
(assert_return (invoke "byte" (i32.const 28)) (i32.const 0x2a))
(assert_return (invoke "byte" (i32.const 29)) (i32.const 0x2b))
(assert_return (invoke "call" (i32.const 15)) (i32.const 77))
(assert_trap (invoke "call" (i32.const 14)) "uninitialized element")

;; An offset computed at instantiation that is out of bounds makes it fail.
(assert_trap
  (module
    (import "base" "ten" (global $ten i32))
    (memory 1)
    (data (offset (i32.mul (global.get $ten) (i32.const 6554))) "x"))
  "out of bounds memory access")
