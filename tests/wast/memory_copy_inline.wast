;; memory.copy within one memory is compiled inline (compiler/src/translate/env.rs,
;; `memory_copy`): one bounds check of both ranges, then up to 16 bytes moved with two
;; overlapping loads and stores of the widest width that fits, longer copies through
;; `w2n_memmove`. Every length 0..=40 (and some long ones), at every overlap in
;; -20..=20, must give exactly what a byte-by-byte memmove gives; out-of-bounds copies
;; trap before writing anything.

(module
  (memory 1)

  ;; bytes [base, base + len) = 7 * i + 3
  (func $pattern (param $base i32) (param $len i32)
    (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (i32.store8 (i32.add (local.get $base) (local.get $i))
          (i32.add (i32.mul (local.get $i) (i32.const 7)) (i32.const 3)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l))))

  ;; memmove one byte at a time: forwards when dst <= src, else backwards.
  (func $ref_copy (param $d i32) (param $s i32) (param $n i32)
    (local $i i32)
    (if (i32.le_u (local.get $d) (local.get $s))
      (then
        (block $done
          (loop $l
            (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
            (i32.store8 (i32.add (local.get $d) (local.get $i))
              (i32.load8_u (i32.add (local.get $s) (local.get $i))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $l))))
      (else
        (local.set $i (local.get $n))
        (block $done
          (loop $l
            (br_if $done (i32.eqz (local.get $i)))
            (local.set $i (i32.sub (local.get $i) (i32.const 1)))
            (i32.store8 (i32.add (local.get $d) (local.get $i))
              (i32.load8_u (i32.add (local.get $s) (local.get $i))))
            (br $l))))))

  ;; 0 when [a, a + len) and [b, b + len) hold the same bytes.
  (func $differ (param $a i32) (param $b i32) (param $len i32) (result i32)
    (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (if (i32.ne (i32.load8_u (i32.add (local.get $a) (local.get $i)))
                    (i32.load8_u (i32.add (local.get $b) (local.get $i))))
          (then (return (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (i32.const 0))

  ;; Copies n bytes from A + 64 to A + 64 + delta with memory.copy, and the same in B
  ;; with the reference; 0 when the two 2048-byte regions then agree.
  (func $check (param $n i32) (param $delta i32) (result i32)
    (call $pattern (i32.const 4096) (i32.const 2048))
    (call $pattern (i32.const 8192) (i32.const 2048))
    (memory.copy (i32.add (i32.const 4160) (local.get $delta)) (i32.const 4160) (local.get $n))
    (call $ref_copy (i32.add (i32.const 8256) (local.get $delta)) (i32.const 8256) (local.get $n))
    (call $differ (i32.const 4096) (i32.const 8192) (i32.const 2048)))

  ;; The number of (n, delta) pairs that disagree, n in 0..=40 and 100, 1000, delta in
  ;; -20..=20 and -200, 200.
  (func (export "sweep") (result i32)
    (local $n i32) (local $d i32) (local $bad i32)
    (loop $ln
      (local.set $d (i32.const -20))
      (loop $ld
        (local.set $bad (i32.add (local.get $bad) (call $check (local.get $n) (local.get $d))))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        (br_if $ld (i32.le_s (local.get $d) (i32.const 20))))
      (local.set $bad (i32.add (local.get $bad) (call $check (local.get $n) (i32.const -64))))
      (local.set $bad (i32.add (local.get $bad) (call $check (local.get $n) (i32.const 200))))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $ln (i32.le_u (local.get $n) (i32.const 40))))
    (local.set $d (i32.const -64))
    (loop $ld
      (local.set $bad (i32.add (local.get $bad) (call $check (i32.const 100) (local.get $d))))
      (local.set $bad (i32.add (local.get $bad) (call $check (i32.const 1000) (local.get $d))))
      (local.set $d (i32.add (local.get $d) (i32.const 1)))
      (br_if $ld (i32.le_s (local.get $d) (i32.const 64))))
    (local.get $bad))

  (func (export "copy") (param $d i32) (param $s i32) (param $n i32)
    (memory.copy (local.get $d) (local.get $s) (local.get $n)))
  (func (export "load8") (param $a i32) (result i32) (i32.load8_u (local.get $a)))
  (func (export "load64") (param $a i32) (result i64) (i64.load (local.get $a)))
  (func (export "fill") (param $a i32) (param $n i32) (call $pattern (local.get $a) (local.get $n)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
)

(assert_return (invoke "sweep") (i32.const 0))

;; At the end of memory: the last 16 bytes move; one byte more traps and writes nothing.
(assert_return (invoke "fill" (i32.const 65520) (i32.const 16)))
(assert_return (invoke "copy" (i32.const 0) (i32.const 65520) (i32.const 16)))
(assert_return (invoke "load64" (i32.const 8)) (i64.const 0x6c655e575049423b))
(assert_return (invoke "fill" (i32.const 0) (i32.const 32)))
(assert_trap (invoke "copy" (i32.const 65521) (i32.const 0) (i32.const 16)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 108))
(assert_trap (invoke "copy" (i32.const 0) (i32.const 65521) (i32.const 16)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 0)) (i32.const 3))
(assert_trap (invoke "copy" (i32.const 65535) (i32.const 0) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 108))
(assert_return (invoke "copy" (i32.const 65535) (i32.const 0) (i32.const 1)))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 3))
;; Long copies (the call): in bounds to the last byte, and one past.
(assert_return (invoke "copy" (i32.const 64536) (i32.const 0) (i32.const 1000)))
(assert_trap (invoke "copy" (i32.const 64537) (i32.const 0) (i32.const 1000)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 0) (i32.const 64537) (i32.const 1000)) "out of bounds memory access")
;; Length 0 is fine at the end, and traps one past it; huge values do not wrap.
(assert_return (invoke "copy" (i32.const 65536) (i32.const 65536) (i32.const 0)))
(assert_trap (invoke "copy" (i32.const 65537) (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 0) (i32.const 65537) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 0) (i32.const 0) (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const -16) (i32.const 0) (i32.const 16)) "out of bounds memory access")
(assert_trap (invoke "copy" (i32.const 16) (i32.const -16) (i32.const 32)) "out of bounds memory access")
;; After memory.grow the new page is in bounds.
(assert_return (invoke "grow") (i32.const 1))
(assert_return (invoke "copy" (i32.const 65530) (i32.const 0) (i32.const 16)))
(assert_return (invoke "load8" (i32.const 65545)) (i32.const 108))
