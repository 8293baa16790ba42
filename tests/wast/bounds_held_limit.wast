;; Limits held across small loops (compiler/src/translate/bounds/checks.rs,
;; `hold_loop_limits`): a check in the header of a small loop compares against
;; `smin(size - end, size)`, hoisted out of the loop, instead of `size - end`. The last
;; in-bounds access of each width and offset passes and the first one past the end
;; traps, at every size the memory goes through (0 included), with stores before the
;; trap kept.

(module
  (memory 0 4)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "store32") (param $a i32) (param $v i32) (i32.store (local.get $a) (local.get $v)))
  (func (export "load32") (param $a i32) (result i32) (i32.load (local.get $a)))

  ;; The address of the first zero word at or after $p (a scan whose exit depends on
  ;; the data: no precheck covers it).
  (func (export "scan32") (param $p i32) (result i32)
    (loop $next
      (if (i32.load (local.get $p))
        (then (local.set $p (i32.add (local.get $p) (i32.const 4))) (br $next))))
    (local.get $p))

  ;; The same over 8-byte words read at offset 8 (end 16), with an i32 read of the
  ;; word's first half at offset 12 (end 16 too) summed on the way.
  (func (export "scan64") (param $p i32) (result i32)
    (local $s i32)
    (loop $next
      (if (i64.ne (i64.load offset=8 (local.get $p)) (i64.const 0))
        (then
          (local.set $s (i32.add (local.get $s) (i32.load offset=12 (local.get $p))))
          (local.set $p (i32.add (local.get $p) (i32.const 8)))
          (br $next))))
    (local.get $p))

  ;; Marks each word it passes (a store in the loop, then the read of the next word):
  ;; the stores before a trap stay.
  (func (export "mark") (param $p i32) (result i32)
    (loop $next
      (if (i32.load (local.get $p))
        (then
          (i32.store (local.get $p) (i32.const 7))
          (local.set $p (i32.add (local.get $p) (i32.const 4)))
          (br $next))))
    (local.get $p))

  ;; Copies words from $p up to the first zero, reading a 2-byte and a 4-byte field
  ;; (two limits in one loop).
  (func (export "mixed") (param $p i32) (result i32)
    (local $s i32)
    (loop $next
      (local.set $s (i32.add (local.get $s) (i32.load16_u offset=2 (local.get $p))))
      (if (i32.load (local.get $p))
        (then (local.set $p (i32.add (local.get $p) (i32.const 4))) (br $next))))
    (local.get $s))
)

;; Size 0: the first read traps, at index 0 too.
(assert_trap (invoke "scan32" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "scan64" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "mark" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "mixed" (i32.const 0)) "out of bounds memory access")

(assert_return (invoke "grow" (i32.const 1)) (i32.const 0))
;; Size 65536. The last word is 65532..65535: a zero there ends the scan in bounds.
(assert_return (invoke "store32" (i32.const 65520) (i32.const 1)))
(assert_return (invoke "store32" (i32.const 65524) (i32.const 1)))
(assert_return (invoke "store32" (i32.const 65528) (i32.const 1)))
(assert_return (invoke "scan32" (i32.const 65520)) (i32.const 65532))
(assert_return (invoke "mixed" (i32.const 65528)) (i32.const 0))
;; The last word nonzero: the scan reads 65536 and traps.
(assert_return (invoke "store32" (i32.const 65532) (i32.const 1)))
(assert_trap (invoke "scan32" (i32.const 65520)) "out of bounds memory access")
(assert_trap (invoke "mixed" (i32.const 65528)) "out of bounds memory access")
(assert_trap (invoke "scan32" (i32.const 65533)) "out of bounds memory access")
(assert_trap (invoke "scan32" (i32.const -4)) "out of bounds memory access")
;; 8-byte words at offset 8: the last one read is at 65528 (p = 65520).
(assert_return (invoke "store32" (i32.const 65528) (i32.const 0)))
(assert_return (invoke "store32" (i32.const 65532) (i32.const 0)))
(assert_return (invoke "scan64" (i32.const 65512)) (i32.const 65520))
(assert_return (invoke "store32" (i32.const 65532) (i32.const 5)))
(assert_trap (invoke "scan64" (i32.const 65512)) "out of bounds memory access")
(assert_trap (invoke "scan64" (i32.const 65521)) "out of bounds memory access")
;; Stores before the trap: every word from 65520 on is marked, then the read of
;; 65536 traps.
(assert_return (invoke "store32" (i32.const 65528) (i32.const 1)))
(assert_trap (invoke "mark" (i32.const 65520)) "out of bounds memory access")
(assert_return (invoke "load32" (i32.const 65520)) (i32.const 7))
(assert_return (invoke "load32" (i32.const 65532)) (i32.const 7))

;; Grown to 131072 between calls: the same scan now runs into the new page, which is
;; zero, and stops there.
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke "scan32" (i32.const 65520)) (i32.const 65536))
(assert_return (invoke "store32" (i32.const 131068) (i32.const 0)))
(assert_return (invoke "store32" (i32.const 65536) (i32.const 3)))
(assert_return (invoke "store32" (i32.const 131064) (i32.const 3)))
(assert_return (invoke "scan32" (i32.const 131064)) (i32.const 131068))
(assert_return (invoke "store32" (i32.const 131068) (i32.const 3)))
(assert_trap (invoke "scan32" (i32.const 131064)) "out of bounds memory access")
(assert_trap (invoke "scan32" (i32.const 131069)) "out of bounds memory access")
