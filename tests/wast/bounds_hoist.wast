;; Bounds checks hoisted out of counted single-block loops (compiler/src/translate/
;; hoist.rs): the preheader proves every iteration's accesses in bounds from the trip
;; count, or runs the original loop with every check. These assertions cover each exit
;; test it understands (<, <=, != on the counter or on counter + step, signed and
;; unsigned), ranges that fail the proof, and traps after stores of earlier iterations.

(module
  (memory 1)
  (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00")
  (data (i32.const 100) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\00\00\00\00")
  (func (export "read8") (param i32) (result i32) (i32.load8_u (local.get 0)))

  ;; for (i = 0; i < n; i++) p[i] = 1   (unsigned test on i + 1)
  (func (export "fill_ult") (param $p i32) (param $n i32)
    (local $i i32)
    (loop $l
      (i32.store8 (i32.add (local.get $p) (local.get $i)) (i32.const 1))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))

  ;; i = 0; do { p[i] = 2 } while ((i += 4) != n)
  (func (export "fill_ne") (param $p i32) (param $n i32)
    (local $i i32)
    (loop $l
      (i32.store8 (i32.add (local.get $p) (local.get $i)) (i32.const 2))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br_if $l (i32.ne (local.get $i) (local.get $n)))))

  ;; for (i = lo; ; i++) { s += ((i32*)p)[i]; if (!(i < n)) break; }  (signed, test on i)
  (func (export "sum_slt") (param $p i32) (param $lo i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32) (local $c i32)
    (local.set $i (local.get $lo))
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
      (local.set $c (i32.lt_s (local.get $i) (local.get $n)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (local.get $c)))
    (local.get $s))

  ;; for (i = 0; i <= n; i++) s += p[i]   (unsigned <=, test on i + 1)
  (func (export "sum_ule") (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load8_u (i32.add (local.get $p) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.le_u (local.get $i) (local.get $n))))
    (local.get $s))

  ;; not a counted loop (exit on a loaded value): one range check per iteration.
  ;; s += p[1]; p += 2 (i32 units) while p[0] != 0
  (func (export "walk") (param $p i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $l (i32.load (local.get $p))))
    (local.get $s))
)

(assert_return (invoke "fill_ult" (i32.const 1000) (i32.const 10)))
(assert_return (invoke "read8" (i32.const 1009)) (i32.const 1))
(assert_return (invoke "read8" (i32.const 1010)) (i32.const 0))
;; runs off the end: every in-bounds byte before the trap is written
(assert_trap (invoke "fill_ult" (i32.const 65530) (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "read8" (i32.const 65535)) (i32.const 1))
;; n = 0 still runs the body once (do-while)
(assert_return (invoke "fill_ult" (i32.const 2000) (i32.const 0)))
(assert_return (invoke "read8" (i32.const 2000)) (i32.const 1))
(assert_return (invoke "read8" (i32.const 2001)) (i32.const 0))
;; != reached exactly
(assert_return (invoke "fill_ne" (i32.const 3000) (i32.const 16)))
(assert_return (invoke "read8" (i32.const 3012)) (i32.const 2))
(assert_return (invoke "read8" (i32.const 3016)) (i32.const 0))
;; != never reached (6 is not a multiple of 4): runs until it leaves the memory
(assert_trap (invoke "fill_ne" (i32.const 60000) (i32.const 6)) "out of bounds memory access")
(assert_return (invoke "read8" (i32.const 65532)) (i32.const 2))
;; signed: i from -1 to 2 reads p[-1..2] = [0], [4], [8], [12] with p = 4: 1+2+3+4
(assert_return (invoke "sum_slt" (i32.const 4) (i32.const -1) (i32.const 2)) (i32.const 10))
(assert_return (invoke "sum_slt" (i32.const 0) (i32.const 0) (i32.const 3)) (i32.const 10))
(assert_trap (invoke "sum_slt" (i32.const 0) (i32.const -1) (i32.const 3)) "out of bounds memory access")
(assert_trap (invoke "sum_slt" (i32.const 65528) (i32.const 0) (i32.const 2)) "out of bounds memory access")
;; <=: bytes 0..4 = 1 + 0 + 0 + 0 + 2
(assert_return (invoke "sum_ule" (i32.const 0) (i32.const 4)) (i32.const 3))
(assert_trap (invoke "sum_ule" (i32.const 65531) (i32.const 5)) "out of bounds memory access")
;; bytes 65530..65534, written above: 1 + 1 + 2 + 1 + 1
(assert_return (invoke "sum_ule" (i32.const 65530) (i32.const 4)) (i32.const 6))
;; <= 0xffffffff never ends: the counter wraps; the checked loop traps at the end
(assert_trap (invoke "sum_ule" (i32.const 65000) (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "walk" (i32.const 100)) (i32.const 6))
(assert_trap (invoke "walk" (i32.const 65520)) "out of bounds memory access")

;; A byte offset stepped by 8 from zero up to `n << 3`, tested against zero before the
;; loop: the entry test drops its remainder and zero tests (the distance is a multiple
;; of 8 by construction and nonzero). Stores n, n-1, ..., 1 as i64 at a, a + 8, ...
(module
  (memory 1)
  (func (export "load64") (param $a i32) (result i64) (i64.load (local.get $a)))
  (func (export "fill8") (param $a i32) (param $n i32)
    (local $i i32) (local $end i32)
    (local.set $end (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (br_if $done (i32.eqz (local.get $end)))
      (loop $top
        (i64.store (i32.add (local.get $a) (local.get $i)) (i64.extend_i32_u (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br_if $top (i32.ne (local.get $i) (local.get $end)))))))

(assert_return (invoke "fill8" (i32.const 65456) (i32.const 10)))
(assert_return (invoke "load64" (i32.const 65456)) (i64.const 10))
(assert_return (invoke "load64" (i32.const 65528)) (i64.const 1))
;; One word too far: nine stores land, the tenth traps.
(assert_trap (invoke "fill8" (i32.const 65464) (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "load64" (i32.const 65464)) (i64.const 10))
(assert_return (invoke "load64" (i32.const 65528)) (i64.const 2))
(assert_return (invoke "fill8" (i32.const 0) (i32.const 0)))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0))
;; n << 3 wraps to 0 for n = 2^29: no iteration.
(assert_return (invoke "fill8" (i32.const 0) (i32.const 0x20000000)))
(assert_return (invoke "load64" (i32.const 0)) (i64.const 0))
;; n = 2^29 + 1: the end is 8, one store.
(assert_return (invoke "fill8" (i32.const 16) (i32.const 0x20000001)))
(assert_return (invoke "load64" (i32.const 16)) (i64.const 0x20000001))
(assert_return (invoke "load64" (i32.const 24)) (i64.const 0))
