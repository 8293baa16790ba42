;; Loop prechecks of indices whose variable the loop tests against a bound before every
;; back edge (compiler/src/translate/bounds/hoist.rs, `Tested` and `progress_pair`):
;; such a variable lies in [0, bound) on every iteration when its entry value does,
;; however it moves; a merge loop's two variables, one of which advances by 1 on every
;; iteration, also bound its trip count, which covers its output pointer. When the
;; entry test fails, the checked loop runs: an out-of-bounds access traps at the same
;; iteration, after the same stores, and one the loop never reaches does not trap.

(module
  (memory 1)
  (func (export "load") (param $a i32) (result i32) (i32.load (local.get $a)))
  (func (export "store") (param $a i32) (param $v i32) (i32.store (local.get $a) (local.get $v)))

  ;; The merge loop of a merge sort, as clang emits it (tested at the bottom, entered
  ;; without a test): out[k++] = a[j] < a[i] ? a[j++] : a[i++] while i < h and j < n.
  (func (export "merge") (param $a i32) (param $i i32) (param $h i32) (param $j i32)
    (param $n i32) (param $out i32) (result i32)
    (local $x i32) (local $y i32) (local $lt i32) (local $c i32)
    (block $done
      (loop $l
        (local.set $x (i32.load (i32.add (local.get $a) (i32.shl (local.get $j) (i32.const 2)))))
        (local.set $y (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $lt (i32.lt_u (local.get $x) (local.get $y)))
        (i32.store (local.get $out)
          (i32.load (select
            (i32.add (local.get $a) (i32.shl (local.get $j) (i32.const 2)))
            (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))
            (local.get $lt))))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $j (i32.add (local.get $j) (local.get $lt)))
        (local.set $i (i32.add (local.get $i) (i32.ge_u (local.get $x) (local.get $y))))
        (local.set $c (i32.ge_u (local.get $i) (local.get $h)))
        (br_if $done (local.get $c))
        (br_if $l (i32.lt_u (local.get $j) (local.get $n)))))
    ;; i if i ran out, else 0: the exit test's compare, branched on after the loop.
    (local.set $x (local.get $i))
    (block $b
      (br_if $b (local.get $c))
      (local.set $x (i32.const 0)))
    (local.get $x))

  ;; p += a[p] while p < n (and a[p] is not 0): p moves by any amount, wrapping
  ;; included, and stays in [0, n) whenever an iteration starts. Returns the sum of
  ;; the values read, a[p] and b[p] (a second check: loops where tested variables
  ;; cover one check are not copied).
  (func (export "hop") (param $a i32) (param $b i32) (param $p i32) (param $n i32)
    (result i32)
    (local $s i32) (local $x i32)
    (block $done
      (loop $l
        (local.set $x (i32.load (i32.add (local.get $a) (i32.shl (local.get $p) (i32.const 2)))))
        (br_if $done (i32.eqz (local.get $x)))
        (local.set $s (i32.add (local.get $s) (local.get $x)))
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $b) (i32.shl (local.get $p) (i32.const 2))))))
        (local.set $p (i32.add (local.get $p) (local.get $x)))
        (br_if $l (i32.lt_u (local.get $p) (local.get $n)))))
    (local.get $s))

  ;; The same with `p <= n`: p lies in [0, n].
  (func (export "hop_le") (param $a i32) (param $b i32) (param $p i32) (param $n i32)
    (result i32)
    (local $s i32) (local $x i32)
    (block $done
      (loop $l
        (local.set $x (i32.load (i32.add (local.get $a) (i32.shl (local.get $p) (i32.const 2)))))
        (br_if $done (i32.eqz (local.get $x)))
        (local.set $s (i32.add (local.get $s) (local.get $x)))
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $b) (i32.shl (local.get $p) (i32.const 2))))))
        (local.set $p (i32.add (local.get $p) (local.get $x)))
        (br_if $l (i32.le_u (local.get $p) (local.get $n)))))
    (local.get $s))

  ;; A load from `select(a + 4i, b + 4i, i & 1)` in a counted loop: both arms' ranges
  ;; are proved (b is read at even i only).
  (func (export "pick") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.load (select
          (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))
          (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 2)))
          (i32.and (local.get $i) (i32.const 1))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $s))
)

;; merge: a = [1 3 5 | 2 4 6] ending exactly at the end of memory (65512 + 24): the
;; unchecked copy runs five iterations (i reaches h after the fifth).
(assert_return (invoke "store" (i32.const 65512) (i32.const 1)))
(assert_return (invoke "store" (i32.const 65516) (i32.const 3)))
(assert_return (invoke "store" (i32.const 65520) (i32.const 5)))
(assert_return (invoke "store" (i32.const 65524) (i32.const 2)))
(assert_return (invoke "store" (i32.const 65528) (i32.const 4)))
(assert_return (invoke "store" (i32.const 65532) (i32.const 6)))
(assert_return (invoke "merge" (i32.const 65512) (i32.const 0) (i32.const 3) (i32.const 3)
  (i32.const 6) (i32.const 100)) (i32.const 3))
(assert_return (invoke "load" (i32.const 100)) (i32.const 1))
(assert_return (invoke "load" (i32.const 104)) (i32.const 2))
(assert_return (invoke "load" (i32.const 108)) (i32.const 3))
(assert_return (invoke "load" (i32.const 112)) (i32.const 4))
(assert_return (invoke "load" (i32.const 116)) (i32.const 5))
(assert_return (invoke "load" (i32.const 120)) (i32.const 0))
;; One element past the end (a = 65516, a[5] at 65536): the entry test fails. The
;; merge [1 3 5 | 2 4 ?] reads a[5] when j gets there: it traps after four stores.
(assert_return (invoke "store" (i32.const 65516) (i32.const 1)))
(assert_return (invoke "store" (i32.const 65520) (i32.const 3)))
(assert_return (invoke "store" (i32.const 65524) (i32.const 5)))
(assert_return (invoke "store" (i32.const 65528) (i32.const 2)))
(assert_return (invoke "store" (i32.const 65532) (i32.const 4)))
(assert_return (invoke "store" (i32.const 212) (i32.const 77)))
(assert_return (invoke "store" (i32.const 216) (i32.const 55)))
(assert_trap (invoke "merge" (i32.const 65516) (i32.const 0) (i32.const 3) (i32.const 3)
  (i32.const 6) (i32.const 200)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 200)) (i32.const 1))
(assert_return (invoke "load" (i32.const 208)) (i32.const 3))
(assert_return (invoke "load" (i32.const 212)) (i32.const 4))
(assert_return (invoke "load" (i32.const 216)) (i32.const 55))
;; ... and the merge [1 3 5 | 7 9 ?], where i runs out first, does not trap.
(assert_return (invoke "store" (i32.const 65528) (i32.const 7)))
(assert_return (invoke "store" (i32.const 65532) (i32.const 9)))
(assert_return (invoke "merge" (i32.const 65516) (i32.const 0) (i32.const 3) (i32.const 3)
  (i32.const 6) (i32.const 300)) (i32.const 3))
(assert_return (invoke "load" (i32.const 308)) (i32.const 5))
(assert_return (invoke "load" (i32.const 312)) (i32.const 0))

;; The output at the end: [1 3 5 | 2 4 6] at 1000 (five iterations), [1 3 5 | 7 8 9]
;; at 1100 (three). The trip count bound is (3 - 1 - 0) + (6 - 1 - 3) + 1 = 5.
(assert_return (invoke "store" (i32.const 1000) (i32.const 1)))
(assert_return (invoke "store" (i32.const 1004) (i32.const 3)))
(assert_return (invoke "store" (i32.const 1008) (i32.const 5)))
(assert_return (invoke "store" (i32.const 1012) (i32.const 2)))
(assert_return (invoke "store" (i32.const 1016) (i32.const 4)))
(assert_return (invoke "store" (i32.const 1020) (i32.const 6)))
(assert_return (invoke "store" (i32.const 1100) (i32.const 1)))
(assert_return (invoke "store" (i32.const 1104) (i32.const 3)))
(assert_return (invoke "store" (i32.const 1108) (i32.const 5)))
(assert_return (invoke "store" (i32.const 1112) (i32.const 7)))
(assert_return (invoke "store" (i32.const 1116) (i32.const 8)))
(assert_return (invoke "store" (i32.const 1120) (i32.const 9)))
;; Five slots ending at the end (65516 + 20): the unchecked copy.
(assert_return (invoke "merge" (i32.const 1000) (i32.const 0) (i32.const 3) (i32.const 3)
  (i32.const 6) (i32.const 65516)) (i32.const 3))
(assert_return (invoke "load" (i32.const 65516)) (i32.const 1))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 5))
;; One slot further (65520 + 20 = 65540): the fifth store traps, after four.
(assert_return (invoke "store" (i32.const 65520) (i32.const 0)))
(assert_return (invoke "store" (i32.const 65532) (i32.const 0)))
(assert_trap (invoke "merge" (i32.const 1000) (i32.const 0) (i32.const 3) (i32.const 3)
  (i32.const 6) (i32.const 65520)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65520)) (i32.const 1))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 4))
;; Three iterations from 65524 end at the end: no trap.
(assert_return (invoke "merge" (i32.const 1100) (i32.const 0) (i32.const 3) (i32.const 3)
  (i32.const 6) (i32.const 65524)) (i32.const 3))
(assert_return (invoke "load" (i32.const 65524)) (i32.const 1))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 5))

;; [2 4 6 | 1 3 5] at 1200: j runs out first (after five iterations): the result is 0.
;; (The merges above return i = 3 where i ran out, and 0 = i for the one below with h = 0.)
(assert_return (invoke "store" (i32.const 1200) (i32.const 2)))
(assert_return (invoke "store" (i32.const 1204) (i32.const 4)))
(assert_return (invoke "store" (i32.const 1208) (i32.const 6)))
(assert_return (invoke "store" (i32.const 1212) (i32.const 1)))
(assert_return (invoke "store" (i32.const 1216) (i32.const 3)))
(assert_return (invoke "store" (i32.const 1220) (i32.const 5)))
(assert_return (invoke "merge" (i32.const 1200) (i32.const 0) (i32.const 3) (i32.const 3)
  (i32.const 6) (i32.const 1300)) (i32.const 0))
(assert_return (invoke "load" (i32.const 1300)) (i32.const 1))
(assert_return (invoke "load" (i32.const 1316)) (i32.const 5))
(assert_return (invoke "load" (i32.const 1320)) (i32.const 0))

;; An entry value not below its bound: i = 16384 (a[i] at 65536) with h = 1. The range
;; [0, h) is in bounds; the entry test sends it to the checked loop, which traps at
;; the load of a[i], before any store.
(assert_return (invoke "store" (i32.const 600) (i32.const 55)))
(assert_trap (invoke "merge" (i32.const 0) (i32.const 16384) (i32.const 1) (i32.const 0)
  (i32.const 2) (i32.const 600)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 600)) (i32.const 55))
;; The same for j: j = 16384 with n = 2.
(assert_trap (invoke "merge" (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 16384)
  (i32.const 2) (i32.const 600)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 600)) (i32.const 55))
;; An entry value at its bound but in bounds (i = h = 0): one iteration, no trap.
(assert_return (invoke "store" (i32.const 700) (i32.const 9)))
(assert_return (invoke "store" (i32.const 704) (i32.const 4)))
(assert_return (invoke "merge" (i32.const 700) (i32.const 0) (i32.const 0) (i32.const 1)
  (i32.const 2) (i32.const 800)) (i32.const 0))
(assert_return (invoke "load" (i32.const 800)) (i32.const 4))
(assert_return (invoke "load" (i32.const 804)) (i32.const 0))

;; hop: b = 3000 (zeros: the sums are a's). a = [2, 100, -1] at 65524 (ends at 65536). p: 0 -> 2 -> 1 (2 + -1 wraps) ->
;; 101, which is not below n = 3: the sum is 2 - 1 + 100.
(assert_return (invoke "store" (i32.const 65524) (i32.const 2)))
(assert_return (invoke "store" (i32.const 65528) (i32.const 100)))
(assert_return (invoke "store" (i32.const 65532) (i32.const -1)))
(assert_return (invoke "hop" (i32.const 65524) (i32.const 3000) (i32.const 0) (i32.const 3)) (i32.const 101))
;; With n = 4 the range reaches past the end (65524 + 16): the checked loop runs the
;; same iterations, without a trap.
(assert_return (invoke "hop" (i32.const 65524) (i32.const 3000) (i32.const 0) (i32.const 4)) (i32.const 101))
;; hop_le: p in [0, n]; n = 2 covers the same three slots.
(assert_return (invoke "hop_le" (i32.const 65524) (i32.const 3000) (i32.const 0) (i32.const 2)) (i32.const 101))
;; An entry value past n and past the end: p = 3 at a = 65524 reads 65536.
(assert_trap (invoke "hop" (i32.const 65524) (i32.const 3000) (i32.const 3) (i32.const 3))
  "out of bounds memory access")
(assert_trap (invoke "hop_le" (i32.const 65524) (i32.const 3000) (i32.const 3) (i32.const 2))
  "out of bounds memory access")
;; Shifted by one slot (a = 65528, a[2] at 65536) with a[0] = 2: p reaches 2.
(assert_return (invoke "store" (i32.const 65528) (i32.const 2)))
(assert_trap (invoke "hop" (i32.const 65528) (i32.const 3000) (i32.const 0) (i32.const 3))
  "out of bounds memory access")
(assert_trap (invoke "hop_le" (i32.const 65528) (i32.const 3000) (i32.const 0) (i32.const 2))
  "out of bounds memory access")
;; pick: a = [10 20 30] at 0 + 2000, b ends at the end. n = 2 reads b[0], a[1].
(assert_return (invoke "store" (i32.const 2004) (i32.const 20)))
(assert_return (invoke "store" (i32.const 65528) (i32.const 1)))
(assert_return (invoke "pick" (i32.const 2000) (i32.const 65528) (i32.const 2)) (i32.const 21))
;; n = 3 reads b[2] at 65536.
(assert_trap (invoke "pick" (i32.const 2000) (i32.const 65528) (i32.const 3))
  "out of bounds memory access")
;; With the arms swapped, a is read at odd i: a[1] at 65532 and b[0], b[2] low.
(assert_return (invoke "store" (i32.const 65532) (i32.const 5)))
(assert_return (invoke "store" (i32.const 2008) (i32.const 30)))
(assert_return (invoke "store" (i32.const 2000) (i32.const 10)))
(assert_return (invoke "pick" (i32.const 65528) (i32.const 2000) (i32.const 3)) (i32.const 45))
(assert_trap (invoke "pick" (i32.const 65528) (i32.const 2000) (i32.const 4))
  "out of bounds memory access")
