;; Bounds checks hoisted out of loops of several blocks (compiler/src/translate/bounds/hoist.rs):
;; the loop is copied whole, the copy runs without the covered checks when the block
;; before the loop proves every iteration in bounds, and the original (checked) loop
;; runs otherwise. These loops have `if`s, calls, breaks and exit tests at the top or
;; the bottom; each must trap exactly where the unoptimized program would.

(module
  (memory 1)
  (func $grow (drop (memory.grow (i32.const 1))))

  ;; Checks under an `if`: only odd elements are read from the second array.
  (func (export "cond_sum") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (if (i32.and (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))
                   (i32.const 1))
        (then (local.set $s (i32.add (local.get $s)
          (i32.load offset=4 (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 2))))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))

  ;; A while loop: the exit test is at the top, the back edge an unconditional `br`.
  ;; Stores 1..n at a[0..n); the sum of what it stored comes back.
  (func (export "while_fill") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (i32.store (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))
          (local.get $i))
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))))
        (br $l)))
    (local.get $s))

  ;; The same with the test at the bottom (an exact trip count), and an `if` so that
  ;; the loop has several blocks: stores n words from a + 4 (the index is (i + 1) * 4).
  (func (export "dowhile_fill") (param $a i32) (param $n i32) (param $skip i32)
    (local $i i32)
    (loop $l
      (if (i32.ne (local.get $i) (local.get $skip))
        (then (i32.store (i32.add (local.get $a)
                 (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 2)))
               (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))

  ;; A call in the loop that grows memory: the proof used the size at entry, which
  ;; only grows, so it still holds.
  (func (export "grow_inside") (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (if (i32.eq (local.get $i) (i32.const 3)) (then (call $grow)))
      (i32.store8 (i32.add (i32.const 60000) (local.get $i)) (local.get $i))
      (local.set $s (i32.add (local.get $s) (i32.load8_u (i32.add (i32.const 60000) (local.get $i)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.ne (local.get $i) (local.get $n))))
    (local.get $s))

  ;; A second exit (a break when a zero is found), and a value defined inside the
  ;; loop used after it: the index where it stopped.
  (func (export "find_zero") (param $a i32) (param $n i32) (result i32)
    (local $i i32)
    (block $found
      (loop $l
        (br_if $found (i32.eqz (i32.load8_u (i32.add (local.get $a) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
    (local.get $i))

  ;; The only exit test sits under an `if`, so it bounds nothing: with $check = 0 the
  ;; loop runs until a store traps (after storing every earlier word).
  (func (export "guarded_exit") (param $check i32) (param $n i32) (result i32)
    (local $i i32)
    (block $done
      (loop $l
        (if (local.get $check)
          (then (br_if $done (i32.ge_u (local.get $i) (local.get $n)))))
        (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.const 7))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $i))

  ;; A `br_table` in the loop: the copy needs its own jump table. Case 0 of i & 3
  ;; reads a[i]; case 1 adds 100; the others add nothing.
  (func (export "switch_sum") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (block $b2
        (block $b1
          (block $b0
            (br_table $b0 $b1 $b2 (i32.and (local.get $i) (i32.const 3))))
          (local.set $s (i32.add (local.get $s)
            (i32.load8_u (i32.add (local.get $a) (local.get $i)))))
          (br $b2))
        (local.set $s (i32.add (local.get $s) (i32.const 100))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))

  (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "size") (result i32) (memory.size))
)

;; a = [1, 2, 3, 4] at 0, b = [10, 20, 30, 40, 50] at 100: odd a[i] add b[i + 1].
(invoke "store" (i32.const 0) (i32.const 1))
(invoke "store" (i32.const 4) (i32.const 2))
(invoke "store" (i32.const 8) (i32.const 3))
(invoke "store" (i32.const 12) (i32.const 4))
(invoke "store" (i32.const 100) (i32.const 10))
(invoke "store" (i32.const 104) (i32.const 20))
(invoke "store" (i32.const 108) (i32.const 30))
(invoke "store" (i32.const 112) (i32.const 40))
(invoke "store" (i32.const 116) (i32.const 50))
(assert_return (invoke "cond_sum" (i32.const 0) (i32.const 100) (i32.const 4)) (i32.const 60))
;; a[0] = 5 (odd) reads b + 4: the last word of memory for b = 65528, one byte past
;; the end for b = 65529. With a[0] = 6 nothing is read.
(invoke "store" (i32.const 65528) (i32.const 5))
(assert_return (invoke "cond_sum" (i32.const 65528) (i32.const 65528) (i32.const 1))
  (i32.const 0))
(assert_trap (invoke "cond_sum" (i32.const 65528) (i32.const 65529) (i32.const 1))
  "out of bounds memory access")
(invoke "store" (i32.const 65528) (i32.const 6))
(assert_return (invoke "cond_sum" (i32.const 65528) (i32.const 65529) (i32.const 1))
  (i32.const 0))

(assert_return (invoke "while_fill" (i32.const 200) (i32.const 5)) (i32.const 15))
(assert_return (invoke "load" (i32.const 220)) (i32.const 5))
(assert_return (invoke "while_fill" (i32.const 200) (i32.const 0)) (i32.const 0))
(assert_return (invoke "while_fill" (i32.const 200) (i32.const -3)) (i32.const 0))
;; a + 4 * n is the last word: in bounds. n + 1 words: traps after storing n of them.
(assert_return (invoke "while_fill" (i32.const 65472) (i32.const 15)) (i32.const 120))
(assert_trap (invoke "while_fill" (i32.const 65476) (i32.const 15))
  "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 14))

;; n = 4 words from a + 4: the last is the last word of memory for a = 65516, one
;; word past it for a = 65520 (traps after the three stores before it).
(assert_return (invoke "dowhile_fill" (i32.const 65516) (i32.const 4) (i32.const 9)))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 3))
(assert_trap (invoke "dowhile_fill" (i32.const 65520) (i32.const 4) (i32.const 9))
  "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 2))
(assert_return (invoke "dowhile_fill" (i32.const 65520) (i32.const 4) (i32.const 3)))

;; Iterations 0..9 at 60000..60009, memory growing on iteration 3.
(assert_return (invoke "grow_inside" (i32.const 10)) (i32.const 45))
(assert_return (invoke "size") (i32.const 2))
;; Bytes 60000..65999 (2 pages, 3 after iteration 3), then 60000..131071 (3, then 4).
(assert_return (invoke "grow_inside" (i32.const 6000)) (i32.const 756936))
(assert_return (invoke "grow_inside" (i32.const 71072)) (i32.const 9054000))
(assert_return (invoke "size") (i32.const 4))
;; n = 0: `!=` stops only after i wraps, so it runs until 60000 + i reaches the end
;; of memory (5 pages after iteration 3) and traps there.
(assert_trap (invoke "grow_inside" (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "size") (i32.const 5))
(assert_return (invoke "load8" (i32.const 327679)) (i32.const 159))

;; find_zero: "abc\0" at 300 stops at 3, or at n. Four 0xff bytes end memory: a
;; search from there with n = 5 runs off the end and traps.
(invoke "store" (i32.const 300) (i32.const 0x00636261))
(assert_return (invoke "find_zero" (i32.const 300) (i32.const 10)) (i32.const 3))
(assert_return (invoke "find_zero" (i32.const 300) (i32.const 2)) (i32.const 2))
(invoke "store" (i32.const 327676) (i32.const -1))
(assert_return (invoke "find_zero" (i32.const 327676) (i32.const 4)) (i32.const 4))
(assert_trap (invoke "find_zero" (i32.const 327676) (i32.const 5)) "out of bounds memory access")

(assert_return (invoke "guarded_exit" (i32.const 1) (i32.const 3)) (i32.const 3))
(assert_trap (invoke "guarded_exit" (i32.const 0) (i32.const 3)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 327676)) (i32.const 7))
;; guarded_exit filled memory with 7s. switch_sum over 8 bytes reads a[0] and a[4]
;; and adds 100 twice; over 9 it also reads a[8]: the last word of memory from
;; 327668, past the end from 327672 (then the checked loop runs, and its br_table
;; must stay in it).
(assert_return (invoke "switch_sum" (i32.const 300) (i32.const 8)) (i32.const 214))
(assert_return (invoke "switch_sum" (i32.const 327668) (i32.const 9)) (i32.const 221))
(assert_trap (invoke "switch_sum" (i32.const 327672) (i32.const 9)) "out of bounds memory access")
