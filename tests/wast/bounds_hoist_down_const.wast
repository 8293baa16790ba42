;; Loop prechecks of an unsigned counter run down by a constant step while at least a
;; constant bound (`hoist::down_to_constant` in compiler/src/translate/bounds/hoist.rs):
;; musl's `memset` loop `for (; n >= 32; n -= 32, s += 32)`. The copy without checks runs
;; only when the entry test proves every store in bounds; otherwise the checked loop
;; runs and traps at the first out-of-bounds store, after every store before it. A
;; guard before the loop that rules out `n < 32` spares the entry test its compare of
;; `n` (`min_on_entry`); a weaker guard does not.

(module
  (memory 1)
  ;; musl's shape: a guard, then 32 bytes a round while the decremented n > 31.
  (func (export "fill") (param $s i32) (param $n i32) (param $c i64)
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 32)))
      (loop $l
        (i64.store (local.get $s) (local.get $c))
        (i64.store offset=8 (local.get $s) (local.get $c))
        (i64.store offset=16 (local.get $s) (local.get $c))
        (i64.store offset=24 (local.get $s) (local.get $c))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (br_if $l (i32.gt_u
          (local.tee $n (i32.add (local.get $n) (i32.const -32)))
          (i32.const 31))))))
  ;; The same without the guard: n < 32 wraps below zero on the first step, and the
  ;; loop runs on until it traps at the end of memory.
  (func (export "raw") (param $s i32) (param $n i32) (param $c i64)
    (loop $l
      (i64.store (local.get $s) (local.get $c))
      (i64.store offset=8 (local.get $s) (local.get $c))
      (i64.store offset=16 (local.get $s) (local.get $c))
      (i64.store offset=24 (local.get $s) (local.get $c))
      (local.set $s (i32.add (local.get $s) (i32.const 32)))
      (br_if $l (i32.gt_u
        (local.tee $n (i32.add (local.get $n) (i32.const -32)))
        (i32.const 31)))))
  ;; Tested before the step (`n >= 64`), no guard: n0 < 64 runs one round.
  (func (export "before") (param $s i32) (param $n i32) (param $c i64)
    (local $go i32)
    (loop $l
      (i64.store (local.get $s) (local.get $c))
      (i64.store offset=24 (local.get $s) (local.get $c))
      (local.set $s (i32.add (local.get $s) (i32.const 32)))
      (local.set $go (i32.ge_u (local.get $n) (i32.const 64)))
      (local.set $n (i32.add (local.get $n) (i32.const -32)))
      (br_if $l (local.get $go))))
  ;; A pointer moving down with the counter: 8 bytes at p + n - 8 while n >= 8.
  (func (export "down") (param $p i32) (param $n i32) (param $c i64)
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 8)))
      (loop $l
        (i64.store offset=0 (i32.add (local.get $p) (i32.add (local.get $n) (i32.const -8)))
          (local.get $c))
        (br_if $l (i32.gt_u
          (local.tee $n (i32.add (local.get $n) (i32.const -8)))
          (i32.const 7))))))
  ;; A guard weaker than the step (`n < 16`): n in [16, 31] enters, and wraps.
  (func (export "guard16") (param $s i32) (param $n i32) (param $c i64)
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 16)))
      (loop $l
        (i64.store (local.get $s) (local.get $c))
        (i64.store offset=24 (local.get $s) (local.get $c))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (br_if $l (i32.gt_u
          (local.tee $n (i32.add (local.get $n) (i32.const -32)))
          (i32.const 31))))))
  ;; A signed guard (`n <s 32` skips): a negative n skips the loop, n >= 32 enters.
  (func (export "signed") (param $s i32) (param $n i32) (param $c i64)
    (block $done
      (br_if $done (i32.lt_s (local.get $n) (i32.const 32)))
      (loop $l
        (i64.store (local.get $s) (local.get $c))
        (i64.store offset=24 (local.get $s) (local.get $c))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (br_if $l (i32.gt_u
          (local.tee $n (i32.add (local.get $n) (i32.const -32)))
          (i32.const 31))))))
  (func (export "byte") (param $a i32) (result i32) (i32.load8_u (local.get $a)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1))))

(assert_return (invoke "fill" (i32.const 0) (i32.const 64) (i64.const 0x0101010101010101)))
(assert_return (invoke "byte" (i32.const 63)) (i32.const 1))
(assert_return (invoke "byte" (i32.const 64)) (i32.const 0))
;; 65 bytes: two rounds (n = 65, 33), the last byte untouched.
(assert_return (invoke "fill" (i32.const 0x100) (i32.const 65) (i64.const 0x0202020202020202)))
(assert_return (invoke "byte" (i32.const 0x13f)) (i32.const 2))
(assert_return (invoke "byte" (i32.const 0x140)) (i32.const 0))
;; Up to the end of memory exactly.
(assert_return (invoke "fill" (i32.const 0xffc0) (i32.const 64) (i64.const 0x0303030303030303)))
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 3))
;; 31 bytes: the guard skips the loop.
(assert_return (invoke "fill" (i32.const 0xfff0) (i32.const 31) (i64.const 0x0404040404040404)))
(assert_return (invoke "byte" (i32.const 0xfff0)) (i32.const 3))
;; One byte further: the second round's last store (0xfff9 .. 0x10001) is out of
;; bounds; its first three stores (0xffe1 .. 0xfff9) happened.
(assert_trap (invoke "fill" (i32.const 0xffc1) (i32.const 64) (i64.const 0x0505050505050505))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0xffc1)) (i32.const 5))
(assert_return (invoke "byte" (i32.const 0xfff8)) (i32.const 5))
;; n = 5 without the guard: n wraps, and the rounds go on to the end of memory.
(assert_trap (invoke "raw" (i32.const 0xfe00) (i32.const 5) (i64.const 0x0606060606060606))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0xfe00)) (i32.const 6))
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 6))
(assert_return (invoke "raw" (i32.const 0x200) (i32.const 32) (i64.const 0x0707070707070707)))
(assert_return (invoke "byte" (i32.const 0x21f)) (i32.const 7))
(assert_return (invoke "byte" (i32.const 0x220)) (i32.const 0))
;; n = 31: one round of 32 bytes, then 31 - 32 wraps: on to the end of memory.
(assert_trap (invoke "raw" (i32.const 0xff00) (i32.const 31) (i64.const 0x0808080808080808))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 8))
;; `before`: n = 5 runs one round (0xffe0 .. 0x10000: in bounds), n = 64 two rounds,
;; n = 95 two, n = 96 three.
(assert_return (invoke "before" (i32.const 0xffe0) (i32.const 5) (i64.const 0x0909090909090909)))
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 9))
(assert_return (invoke "before" (i32.const 0xffc0) (i32.const 64) (i64.const 0x0a0a0a0a0a0a0a0a)))
(assert_return (invoke "byte" (i32.const 0xffc0)) (i32.const 10))
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 10))
(assert_return (invoke "before" (i32.const 0xffc0) (i32.const 95) (i64.const 0x0b0b0b0b0b0b0b0b)))
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 11))
(assert_trap (invoke "before" (i32.const 0xffc0) (i32.const 96) (i64.const 0x0c0c0c0c0c0c0c0c))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0xffc0)) (i32.const 12))
;; `down`: 8 bytes at p + n - 8, n = 64, 56, .., 8; the first store is the highest.
(assert_return (invoke "down" (i32.const 0xffc0) (i32.const 64) (i64.const 0x0d0d0d0d0d0d0d0d)))
(assert_return (invoke "byte" (i32.const 0xffc0)) (i32.const 13))
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 13))
(assert_trap (invoke "down" (i32.const 0xffc1) (i32.const 64) (i64.const 0x0e0e0e0e0e0e0e0e))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0xffc1)) (i32.const 13))
;; A pointer that wraps below zero: p = -8 reaches p + n - 8 = n - 16, from 48 down to
;; 0, then -8 (out of bounds) on the last round.
(assert_trap (invoke "down" (i32.const -8) (i32.const 64) (i64.const 0x0f0f0f0f0f0f0f0f))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0)) (i32.const 15))

;; `guard16`: n = 20 enters, 20 - 32 wraps, and the rounds run on to the end of memory.
(assert_trap (invoke "guard16" (i32.const 0xfc00) (i32.const 20) (i64.const 0x1313131313131313))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0xfc00)) (i32.const 0x13))
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 0x13))
(assert_return (invoke "guard16" (i32.const 0x300) (i32.const 15) (i64.const 0x1414141414141414)))
(assert_return (invoke "byte" (i32.const 0x300)) (i32.const 0))
(assert_return (invoke "guard16" (i32.const 0x300) (i32.const 64) (i64.const 0x1414141414141414)))
(assert_return (invoke "byte" (i32.const 0x338)) (i32.const 0x14))
(assert_return (invoke "byte" (i32.const 0x340)) (i32.const 0))
;; `signed`: n = -1 skips; n = 64 at the end of memory fills it; one byte further traps
;; in the second round at its second store, after the stores before it.
(assert_return (invoke "signed" (i32.const 0x400) (i32.const -1) (i64.const 0x1515151515151515)))
(assert_return (invoke "byte" (i32.const 0x400)) (i32.const 0))
(assert_return (invoke "signed" (i32.const 0xffc0) (i32.const 64) (i64.const 0x1616161616161616)))
(assert_return (invoke "byte" (i32.const 0xffff)) (i32.const 0x16))
(assert_trap (invoke "signed" (i32.const 0xffc1) (i32.const 64) (i64.const 0x1717171717171717))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0xffc1)) (i32.const 0x17))
(assert_return (invoke "byte" (i32.const 0xffe1)) (i32.const 0x17))

(assert_return (invoke "grow") (i32.const 1))
;; Two pages: the same stores are in bounds now.
(assert_return (invoke "fill" (i32.const 0xffc1) (i32.const 64) (i64.const 0x1010101010101010)))
(assert_return (invoke "byte" (i32.const 0x10000)) (i32.const 0x10))
(assert_return (invoke "before" (i32.const 0xffc0) (i32.const 96) (i64.const 0x1111111111111111)))
(assert_return (invoke "byte" (i32.const 0x1001f)) (i32.const 0x11))
(assert_trap (invoke "fill" (i32.const 0x1ffc1) (i32.const 64) (i64.const 0x1212121212121212))
  "out of bounds memory access")
(assert_return (invoke "byte" (i32.const 0x1ffc1)) (i32.const 0x12))
