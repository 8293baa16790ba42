;; Loop entry tests that leave out what other tests imply (compiler/src/translate/bounds/
;; hoist.rs, `top_implied` and `excludes_zero`): the upper end of a table at a constant
;; address walked by the same counter as a table at a loaded address, an access at the
;; loaded address alone, and the trip-count test of a counter from 0 to `n` when the code
;; before the loop has ruled out `n == 0`. The copy without checks runs only when the
;; entry test passes; otherwise the checked loop traps exactly where the program would,
;; after every earlier store (each iteration stores its counter at b + 8).

(module
  (memory 1)
  (func (export "load") (param $a i32) (result i32) (i32.load (local.get $a)))

  ;; nqueens' shape: if (n >= 1) for (c = 0; c != n; c++) { s += t[c] + u[c + 4];
  ;; b[2] = c } with t at address 0 and u = b + 16: t's end is implied by u's, and so
  ;; is the store's (at b + 8). Returns the iterations run.
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
    (drop (local.get $s))
    (local.get $c))

  ;; The same with t at 65000, above u's constant: t's end is tested on its own.
  (func (export "high") (param $b i32) (param $n i32) (result i32)
    (local $c i32) (local $s i32)
    (if (i32.ge_s (local.get $n) (i32.const 1))
      (then
        (loop $l
          (local.set $s (i32.add (local.get $s)
            (i32.load offset=65000 (i32.shl (local.get $c) (i32.const 2)))))
          (local.set $s (i32.add (local.get $s)
            (i32.load offset=16 (i32.add (local.get $b)
              (i32.shl (local.get $c) (i32.const 2))))))
          (i32.store offset=8 (local.get $b) (local.get $c))
          (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                            (local.get $n))))))
    (drop (local.get $s))
    (local.get $c))

  ;; for (c = 0; c != n; c++) b[c] = c behind guards that rule out n == 0 (n >= 1,
  ;; n > 0 unsigned, n != 0, n < 0) or do not (n >= 0): with n == 0 the counter wraps
  ;; and the loop runs until its store traps.
  (func (export "fill_sge1") (param $b i32) (param $n i32)
    (local $c i32)
    (if (i32.ge_s (local.get $n) (i32.const 1))
      (then
        (loop $l
          (i32.store (i32.add (local.get $b) (i32.shl (local.get $c) (i32.const 2)))
                     (local.get $c))
          (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                            (local.get $n)))))))
  (func (export "fill_sge0") (param $b i32) (param $n i32)
    (local $c i32)
    (if (i32.ge_s (local.get $n) (i32.const 0))
      (then
        (loop $l
          (i32.store (i32.add (local.get $b) (i32.shl (local.get $c) (i32.const 2)))
                     (local.get $c))
          (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                            (local.get $n)))))))
  (func (export "fill_ugt0") (param $b i32) (param $n i32)
    (local $c i32)
    (if (i32.gt_u (local.get $n) (i32.const 0))
      (then
        (loop $l
          (i32.store (i32.add (local.get $b) (i32.shl (local.get $c) (i32.const 2)))
                     (local.get $c))
          (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                            (local.get $n)))))))
  (func (export "fill_ne0") (param $b i32) (param $n i32)
    (local $c i32)
    (block $skip
      (br_if $skip (i32.eqz (local.get $n)))
      (loop $l
        (i32.store (i32.add (local.get $b) (i32.shl (local.get $c) (i32.const 2)))
                   (local.get $c))
        (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                          (local.get $n))))))
  (func (export "fill_slt0") (param $b i32) (param $n i32)
    (local $c i32)
    (if (i32.lt_s (local.get $n) (i32.const 0))
      (then
        (loop $l
          (i32.store (i32.add (local.get $b) (i32.shl (local.get $c) (i32.const 2)))
                     (local.get $c))
          (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                            (local.get $n)))))))
  ;; The complement on the other edge: if (n <= 0) skip, n > 0 on the loop's side; and
  ;; if (n < 1u) skip, n != 0 there. `le_u 0` (n == 0 is the branch taken) also excludes it.
  (func (export "fill_sle0_skip") (param $b i32) (param $n i32)
    (local $c i32)
    (block $skip
      (br_if $skip (i32.le_s (local.get $n) (i32.const 0)))
      (loop $l
        (i32.store (i32.add (local.get $b) (i32.shl (local.get $c) (i32.const 2)))
                   (local.get $c))
        (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                          (local.get $n))))))
  ;; if (n < 5u) skip: n >= 5 on the loop's side, which excludes 0 too; `lt_u 5` itself
  ;; on the loop's side would not.
  (func (export "fill_ult5_enter") (param $b i32) (param $n i32)
    (local $c i32)
    (if (i32.lt_u (local.get $n) (i32.const 5))
      (then
        (loop $l
          (i32.store (i32.add (local.get $b) (i32.shl (local.get $c) (i32.const 2)))
                     (local.get $c))
          (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const 1)))
                            (local.get $n)))))))
)

;; implied: u's last word at b + 16 + 4(n - 1) is exactly the memory's last word.
(assert_return (invoke "implied" (i32.const 0) (i32.const 3)) (i32.const 3))
(assert_return (invoke "load" (i32.const 8)) (i32.const 2))
(assert_return (invoke "implied" (i32.const 65420) (i32.const 25)) (i32.const 25))
(assert_return (invoke "load" (i32.const 65428)) (i32.const 24))
;; One word further: the last iteration's load of u traps, after its 25 stores.
(assert_trap (invoke "implied" (i32.const 65420) (i32.const 26)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65428)) (i32.const 24))
;; b itself at the end: the store at b + 8 is beyond, the load of u traps first.
(assert_trap (invoke "implied" (i32.const 65520) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "implied" (i32.const 65532) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "implied" (i32.const 65516) (i32.const 1)) (i32.const 1))
(assert_return (invoke "load" (i32.const 65524)) (i32.const 0))

;; high: t's last word at 65000 + 4(n - 1) is the memory's last at n = 134, while u's
;; stays far below: the 135th iteration traps on t, after 134 stores.
(assert_return (invoke "high" (i32.const 0) (i32.const 134)) (i32.const 134))
(assert_return (invoke "load" (i32.const 8)) (i32.const 133))
(assert_trap (invoke "high" (i32.const 0) (i32.const 135)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 8)) (i32.const 133))
(assert_trap (invoke "high" (i32.const 1024) (i32.const 1000)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 1032)) (i32.const 133))

;; The guards: n == 0 never enters behind the ones that exclude it.
(assert_return (invoke "fill_sge1" (i32.const 0) (i32.const 0)))
(assert_return (invoke "fill_ugt0" (i32.const 0) (i32.const 0)))
(assert_return (invoke "fill_ne0" (i32.const 0) (i32.const 0)))
(assert_return (invoke "fill_sle0_skip" (i32.const 0) (i32.const 0)))
(assert_return (invoke "fill_slt0" (i32.const 0) (i32.const 0)))
;; n >= 0, n < 5u: n == 0 enters, the counter wraps, the store at 65536 traps after
;; the one at 65532 (16384 stores from b = 0).
(assert_trap (invoke "fill_sge0" (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 16383))
(assert_trap (invoke "fill_ult5_enter" (i32.const 4) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 16382))
;; n < 0: up to 2^31 and more stores from 0, trapping at 65536.
(assert_trap (invoke "fill_slt0" (i32.const 8) (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 16381))
;; In bounds to the last word, and one word too far.
(assert_return (invoke "fill_sge1" (i32.const 65528) (i32.const 2)))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 1))
(assert_trap (invoke "fill_sge1" (i32.const 65528) (i32.const 3)) "out of bounds memory access")
(assert_return (invoke "fill_ugt0" (i32.const 65524) (i32.const 3)))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 2))
(assert_trap (invoke "fill_ugt0" (i32.const 65520) (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 3))
(assert_trap (invoke "fill_ne0" (i32.const 65532) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0))
(assert_trap (invoke "fill_sle0_skip" (i32.const 65528) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 1))
(assert_return (invoke "fill_ult5_enter" (i32.const 65520) (i32.const 4)))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 3))
