;; Checks of indices below an earlier check's index in one block merge into it where no
;; index can wrap (`merge_in_blocks` in compiler/src/translate/bounds/checks.rs): nbody's
;; `a->m` read before `a->z`, `a->y`, `a->x` under the inner loop's guard `i <= 10`.
;; These assertions pin the values read, the trap points at the end of memory (one
;; page, then two after a grow) and where the merged check has to test a later
;; access's larger end. The constants are past the memory's declared minimum so that no
;; check is dropped statically at translation.

(module
  (memory 1)
  (data (i32.const 0xff00) "\01\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\04\00\00\00")
  (data (i32.const 0xff30) "\08\00\00\00")

  ;; -1 when i > 10; else the sum of four words at 56 * i + 0xff30, 0xff10, 0xff08, 0xff00.
  (func (export "guarded") (param $i i32) (result i32)
    (local $b i32)
    (if (result i32) (i32.gt_u (local.get $i) (i32.const 10))
      (then (i32.const -1))
      (else
        (local.set $b (i32.mul (local.get $i) (i32.const 56)))
        (i32.add
          (i32.add
            (i32.load (i32.add (local.get $b) (i32.const 0xff30)))
            (i32.load (i32.add (local.get $b) (i32.const 0xff10))))
          (i32.add
            (i32.load (i32.add (local.get $b) (i32.const 0xff08)))
            (i32.load (i32.add (local.get $b) (i32.const 0xff00))))))))

  ;; A byte at i + 0xfff0, then a word that starts below it and ends past it
  ;; (i + 0xffec .. i + 0xfff4): the first check must test the word's end.
  (func (export "wider_below") (param $i i32) (result i64)
    (if (result i64) (i32.gt_u (local.get $i) (i32.const 100))
      (then (i64.const -1))
      (else
        (i64.add
          (i64.load8_u (i32.add (local.get $i) (i32.const 0xfff0)))
          (i64.load (i32.add (local.get $i) (i32.const 0xffec)))))))

  ;; No bound: the lower index wraps below 0 while the first is in bounds, and traps.
  (func (export "unbounded") (param $b i32) (result i32)
    (i32.add
      (i32.load (i32.add (local.get $b) (i32.const 0x40)))
      (i32.load (i32.add (local.get $b) (i32.const -0x20)))))

  (func (export "grow") (result i32) (memory.grow (i32.const 1))))

(assert_return (invoke "guarded" (i32.const 0)) (i32.const 15))
(assert_return (invoke "guarded" (i32.const 1)) (i32.const 0))
;; 3 * 56 + 0xff30 + 4 = 0xffdc: the last in bounds.
(assert_return (invoke "guarded" (i32.const 3)) (i32.const 0))
;; 4 * 56 + 0xff30 + 4 = 0x10014: the first load is out of bounds.
(assert_trap (invoke "guarded" (i32.const 4)) "out of bounds memory access")
(assert_trap (invoke "guarded" (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "guarded" (i32.const 11)) (i32.const -1))
(assert_return (invoke "guarded" (i32.const -1)) (i32.const -1))

;; The word ends at i + 0xfff4: in bounds up to i = 12.
(assert_return (invoke "wider_below" (i32.const 0)) (i64.const 0))
(assert_return (invoke "wider_below" (i32.const 12)) (i64.const 0))
;; i = 13: the byte (0xfffd) is in bounds, the word (0xfff9 .. 0x10001) is not.
(assert_trap (invoke "wider_below" (i32.const 13)) "out of bounds memory access")
(assert_trap (invoke "wider_below" (i32.const 15)) "out of bounds memory access")
;; i = 16: the byte itself is past the end.
(assert_trap (invoke "wider_below" (i32.const 16)) "out of bounds memory access")
(assert_return (invoke "wider_below" (i32.const 101)) (i64.const -1))

;; b = 0x10: the first load at 0x50 is in bounds, the second at 0xfffffff0 is not.
(assert_trap (invoke "unbounded" (i32.const 0x10)) "out of bounds memory access")
(assert_return (invoke "unbounded" (i32.const 0x20)) (i32.const 0))

(assert_return (invoke "grow") (i32.const 1))
;; Two pages: 10 * 56 + 0xff34 = 0x10164, in bounds.
(assert_return (invoke "guarded" (i32.const 4)) (i32.const 0))
(assert_return (invoke "guarded" (i32.const 10)) (i32.const 0))
(assert_return (invoke "wider_below" (i32.const 100)) (i64.const 0))
(assert_return (invoke "guarded" (i32.const 0)) (i32.const 15))
