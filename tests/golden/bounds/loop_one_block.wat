;; Rewrite 3/4: a counted loop of one block over an array: the checks of every
;; iteration are proved before the loop starts; a copy of the loop without them runs.
(module
  (memory 1)
  (func (export "sum") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $top (i32.lt_u (local.get $i) (local.get $n)))))
    (local.get $s)))
