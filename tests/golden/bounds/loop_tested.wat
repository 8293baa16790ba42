;; Rewrite 4 with tested variables: the merge loop of a merge sort, whose `i` and `j`
;; advance by 0 or 1 and are tested `i < h`, `j < n` before the back edge, lies in
;; [0, h) and [0, n) on every iteration (entry values tested before the loop); one of
;; them advances on every iteration, which bounds the trip count for the output
;; pointer. The fast copy keeps no check (the `select`ed load's arms are both proved).
;; A signed test proves nothing (a negative value passes it): `hop_s` keeps its check.
;; `hop` has an unsigned test but a single check: not copied (few iterations pay).
(module
  (memory 1)
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
  (func (export "hop") (param $a i32) (param $p i32) (param $n i32) (result i32)
    (local $s i32) (local $x i32)
    (loop $l
      (local.set $x (i32.load (i32.add (local.get $a) (i32.shl (local.get $p) (i32.const 2)))))
      (local.set $s (i32.add (local.get $s) (local.get $x)))
      (local.set $p (i32.add (local.get $p) (local.get $x)))
      (br_if $l (i32.lt_u (local.get $p) (local.get $n))))
    (local.get $s))
  (func (export "hop_s") (param $a i32) (param $p i32) (param $n i32) (result i32)
    (local $s i32) (local $x i32)
    (loop $l
      (local.set $x (i32.load (i32.add (local.get $a) (i32.shl (local.get $p) (i32.const 2)))))
      (local.set $s (i32.add (local.get $s) (local.get $x)))
      (local.set $p (i32.add (local.get $p) (local.get $x)))
      (br_if $l (i32.lt_s (local.get $p) (local.get $n))))
    (local.get $s)))
