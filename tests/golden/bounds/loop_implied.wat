;; nqueens' loop (as clang compiles `for (c = 0; c < n; c++)` behind `n >= 1`): a table
;; at a constant address (`t[c]`), one at a loaded address walked by the same counter
;; (`u[c]`, u = b + 16) and a store at b + 8. The entry test bounds only u's end, which
;; implies the other two (t's constant is below u's, b + 8 below b + 16 + 4c), and has no
;; trip-count test: `n >= 1` before the loop already ruled out `n == 0`.
(module
  (memory 1)
  (func (export "implied") (param $b i32) (param $n i32) (result i32)
    (local $c i32) (local $s i32)
    (if (i32.ge_s (local.get $n) (i32.const 1))
      (then
        (loop $l
          (local.set $s (i32.add (local.get $s)
            (i32.load (i32.shl (local.get $c) (i32.const 2)))))
          (local.set $s (i32.add (local.get $s)
            (i32.load offset=16 (i32.add (local.get $b)
              (i32.shl (local.get $c) (i32.const 2))))))
          (i32.store offset=8 (local.get $b) (local.get $c))
          (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                            (local.get $n))))))
    (local.get $s)))
