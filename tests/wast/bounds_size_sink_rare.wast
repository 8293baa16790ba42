;; A size load placed for a copied loop behind a branch moves from the entry block into
;; the branch (`size_loads::sink_to_uses`, loads out of loops in small functions whose
;; loops the prechecks copied): the loop's precheck and checks still see the memory's
;; size, before and after `memory.grow`, and trap exactly where the program would.

(module
  (memory 1)
  (data (i32.const 0xfff0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00")
  (func (export "rare") (param $p i32) (param $n i32) (param $flag i32) (result i32)
    (local $i i32) (local $s i32)
    (local.set $s (i32.load (local.get $p)))
    (if (local.get $flag)
      (then
        (loop $l
          (local.set $s (i32.add (local.get $s)
            (i32.load offset=4 (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
          (br_if $l (i32.lt_u
            (local.tee $i (i32.add (local.get $i) (i32.const 1)))
            (local.get $n))))))
    (local.get $s))
  (func (export "grow") (result i32) (memory.grow (i32.const 1))))

;; Not taken: the first load only.
(assert_return (invoke "rare" (i32.const 0xfffc) (i32.const 9) (i32.const 0)) (i32.const 4))
(assert_trap (invoke "rare" (i32.const 0xfffd) (i32.const 0) (i32.const 0))
  "out of bounds memory access")
;; Taken: 1 + 2 + 3 + 4, the last word ending at the end of memory.
(assert_return (invoke "rare" (i32.const 0xfff0) (i32.const 3) (i32.const 1)) (i32.const 10))
;; n = 0 runs one round (the test is at the bottom).
(assert_return (invoke "rare" (i32.const 0xfff0) (i32.const 0) (i32.const 1)) (i32.const 3))
;; One round more: its load (0x10000) is out of bounds.
(assert_trap (invoke "rare" (i32.const 0xfff0) (i32.const 4) (i32.const 1))
  "out of bounds memory access")
(assert_trap (invoke "rare" (i32.const 0xfff4) (i32.const 3) (i32.const 1))
  "out of bounds memory access")
(assert_return (invoke "grow") (i32.const 1))
;; Two pages: the same rounds are in bounds, the new page reads zeros.
(assert_return (invoke "rare" (i32.const 0xfff0) (i32.const 4) (i32.const 1)) (i32.const 10))
(assert_return (invoke "rare" (i32.const 0xfff4) (i32.const 3) (i32.const 1)) (i32.const 9))
(assert_return (invoke "rare" (i32.const 0x1fff0) (i32.const 3) (i32.const 1)) (i32.const 0))
(assert_trap (invoke "rare" (i32.const 0x1fff0) (i32.const 4) (i32.const 1))
  "out of bounds memory access")
