;; Rewrite 4: an innermost loop of several blocks (an `if` inside) with one back
;; edge and a counted exit: its checks are proved before it starts.
(module
  (memory 1)
  (func (export "f") (param $a i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32) (local $p i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $p (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))
        (if (i32.and (local.get $i) (i32.const 1))
          (then (i32.store (local.get $p) (i32.add (i32.load (local.get $p)) (i32.const 1))))
          (else (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $p))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $top (i32.lt_u (local.get $i) (local.get $n)))))
    (local.get $s)))
