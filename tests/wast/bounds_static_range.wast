;; Accesses whose index has a known largest value (compiler/src/translate/bounds/checks.rs,
;; `upper_bound`): when that value plus the access's end is within the memory's
;; declared minimum (here 1 page), the access needs no check. Each case pairs a
;; 1-byte access that fits exactly (largest index 65535) with a 2-byte access one
;; byte too far, which keeps its check and must trap at the largest index.

(module
  (memory 1)
  (func (export "poke") (param $a i32) (param $v i32) (i32.store8 (local.get $a) (local.get $v)))
  (func (export "poke16") (param $a i32) (param $v i32) (i32.store16 (local.get $a) (local.get $v)))

  ;; table[byte]: 65280 + load8_u
  (func (export "byte1") (param $a i32) (result i32)
    (i32.load8_u (i32.add (i32.const 65280) (i32.load8_u (local.get $a)))))
  (func (export "byte2") (param $a i32) (result i32)
    (i32.load16_u (i32.add (i32.const 65280) (i32.load8_u (local.get $a)))))
  ;; 0xf000 + (x & 0xfff)
  (func (export "mask1") (param $x i32) (result i32)
    (i32.load8_u (i32.add (i32.const 0xf000) (i32.and (local.get $x) (i32.const 0xfff)))))
  (func (export "mask2") (param $x i32) (result i32)
    (i32.load16_u (i32.add (i32.const 0xf000) (i32.and (i32.const 0xfff) (local.get $x)))))
  ;; 65024 + (load16_u & 0x1ff): both sides bounded, the smaller bound counts
  (func (export "mask3") (param $a i32) (result i32)
    (i32.load8_u (i32.add (i32.const 65024) (i32.and (i32.load16_u (local.get $a)) (i32.const 0x1ff)))))
  (func (export "mask4") (param $a i32) (result i32)
    (i32.load16_u (i32.add (i32.const 65024) (i32.and (i32.load16_u (local.get $a)) (i32.const 0x1ff)))))
  ;; 65436 + x % 100
  (func (export "rem1") (param $x i32) (result i32)
    (i32.load8_u (i32.add (i32.const 65436) (i32.rem_u (local.get $x) (i32.const 100)))))
  (func (export "rem2") (param $x i32) (result i32)
    (i32.load16_u (i32.add (i32.const 65436) (i32.rem_u (local.get $x) (i32.const 100)))))
  ;; x >> 16, and (x >> 16) + 1
  (func (export "shr1") (param $x i32) (result i32)
    (i32.load8_u (i32.shr_u (local.get $x) (i32.const 16))))
  (func (export "shr2") (param $x i32) (result i32)
    (i32.load8_u (i32.add (i32.shr_u (local.get $x) (i32.const 16)) (i32.const 1))))
  ;; 65025 + b1 + b2
  (func (export "sum1") (param $a i32) (result i32)
    (i32.load8_u (i32.add (i32.add (i32.const 65025) (i32.load8_u (local.get $a)))
                          (i32.load8_u offset=1 (local.get $a)))))
  (func (export "sum2") (param $a i32) (result i32)
    (i32.load16_u (i32.add (i32.add (i32.const 65025) (i32.load8_u (local.get $a)))
                           (i32.load8_u offset=1 (local.get $a)))))
  ;; (b1 << 8) + b2, and b1 * 257
  (func (export "shl1") (param $a i32) (result i32)
    (i32.load8_u (i32.add (i32.shl (i32.load8_u (local.get $a)) (i32.const 8))
                          (i32.load8_u offset=1 (local.get $a)))))
  (func (export "shl2") (param $a i32) (result i32)
    (i32.load16_u (i32.add (i32.shl (i32.load8_u (local.get $a)) (i32.const 8))
                           (i32.load8_u offset=1 (local.get $a)))))
  (func (export "mul1") (param $a i32) (result i32)
    (i32.load8_u (i32.mul (i32.load8_u (local.get $a)) (i32.const 257))))
  (func (export "mul2") (param $a i32) (result i32)
    (i32.load16_u (i32.mul (i32.load8_u (local.get $a)) (i32.const 257))))
  ;; load16_u, and load16_u + 1
  (func (export "half1") (param $a i32) (result i32)
    (i32.load8_u (i32.load16_u (local.get $a))))
  (func (export "half2") (param $a i32) (result i32)
    (i32.load8_u offset=1 (i32.load16_u (local.get $a))))
)

;; Marker bytes at the top of memory.
(assert_return (invoke "poke" (i32.const 65535) (i32.const 0xaa)))
(assert_return (invoke "poke" (i32.const 65534) (i32.const 0xbb)))
(assert_return (invoke "poke" (i32.const 65280) (i32.const 0xcc)))
;; Index bytes at 0 and 1.
(assert_return (invoke "poke" (i32.const 0) (i32.const 255)))
(assert_return (invoke "poke" (i32.const 1) (i32.const 255)))
(assert_return (invoke "byte1" (i32.const 0)) (i32.const 0xaa))
(assert_trap (invoke "byte2" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "mask1" (i32.const -1)) (i32.const 0xaa))
(assert_trap (invoke "mask2" (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "mask2" (i32.const 0xffe)) (i32.const 0xaabb))
(assert_return (invoke "rem1" (i32.const 199)) (i32.const 0xaa))
(assert_trap (invoke "rem2" (i32.const 199)) "out of bounds memory access")
(assert_return (invoke "rem2" (i32.const 98)) (i32.const 0xaabb))
(assert_return (invoke "shr1" (i32.const -1)) (i32.const 0xaa))
(assert_trap (invoke "shr2" (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "shr2" (i32.const 0xfffdffff)) (i32.const 0xbb))
(assert_return (invoke "sum1" (i32.const 0)) (i32.const 0xaa))
(assert_trap (invoke "sum2" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "shl1" (i32.const 0)) (i32.const 0xaa))
(assert_trap (invoke "shl2" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "mul1" (i32.const 0)) (i32.const 0xaa))
(assert_trap (invoke "mul2" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "poke16" (i32.const 2) (i32.const 0xffff)))
(assert_return (invoke "half1" (i32.const 2)) (i32.const 0xaa))
(assert_trap (invoke "half2" (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "mask3" (i32.const 0)) (i32.const 0xaa))
(assert_trap (invoke "mask4" (i32.const 0)) "out of bounds memory access")
;; Smaller indices read what they should.
(assert_return (invoke "poke" (i32.const 0) (i32.const 0)))
(assert_return (invoke "byte1" (i32.const 0)) (i32.const 0xcc))
(assert_return (invoke "byte2" (i32.const 0)) (i32.const 0xcc))
