;; Rewrite 2 before loops: the header of `walk`'s loop (of several blocks, two back
;; edges, a call: no precheck, as in sqlite's binary search of a b-tree page) first reads
;; through `p`, which the loop does not change: that check moves to the end of the block
;; that enters the loop. In `after_call` a call comes first in the header: the check
;; stays there.
(module
  (memory 1)
  (func $g (param i32) (result i32) (local.get 0))
  (func (export "walk") (param $p i32) (param $a i32) (param $n i32) (result i32)
    (local $i i32)
    (loop $l
      (if (i32.load offset=8 (local.get $p))
        (then (local.set $i (call $g (local.get $i))) (br $l)))
      (local.set $i (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $i))
  (func (export "after_call") (param $p i32) (param $a i32) (param $n i32) (result i32)
    (local $i i32)
    (loop $l
      (local.set $i (call $g (local.get $i)))
      (if (i32.load offset=8 (local.get $p))
        (then (local.set $i (call $g (local.get $i))) (br $l)))
      (local.set $i (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $i)))
