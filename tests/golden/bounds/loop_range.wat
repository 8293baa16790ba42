;; Rewrite 4 with bounded terms: indices with a term computed in the loop whose range
;; is known (a loaded byte, a mask passed around the loop) are proved before the loop
;; with the term's whole range.
(module
  (memory 1)
  ;; A counted loop: out[i] = tab[in[i]] (the byte scaled by 4: at most 0x3fc).
  (func (export "map") (param $in i32) (param $tab i32) (param $out i32) (param $n i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
        (i32.load (i32.add (local.get $tab)
          (i32.shl (i32.load8_u (i32.add (local.get $in) (local.get $i))) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
  ;; miniz's hash-chain walk, without a counted exit: p enters masked and comes back
  ;; masked, so it is at most 0x3ff on every iteration.
  (func (export "chain") (param $next i32) (param $dict i32) (param $p i32) (param $cnt i32)
    (result i32)
    (local $s i32)
    (local.set $p (i32.and (local.get $p) (i32.const 0x3ff)))
    (block $done
      (loop $l
        (i32.store (local.get $cnt) (i32.add (i32.load (local.get $cnt)) (i32.const 1)))
        (local.set $s (i32.add (local.get $s)
          (i32.load8_u (i32.add (local.get $dict) (local.get $p)))))
        (local.set $p (i32.load16_u (i32.add (local.get $next) (i32.shl (local.get $p) (i32.const 1)))))
        (br_if $done (i32.eqz (local.get $p)))
        (local.set $p (i32.and (local.get $p) (i32.const 0x3ff)))
        (br $l)))
    (local.get $s)))
