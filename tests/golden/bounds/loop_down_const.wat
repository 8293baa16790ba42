;; An unsigned counter run down by a constant step while at least a constant bound
;; (musl's `memset`: `for (; n >= 32; n -= 32, s += 32)`, as clang emits it, tested on
;; the decremented counter): the entry test is `n <u 32` and `s + n <= size` (the
;; pointer moves at most `n - 32`, plus the 32 bytes of the last iteration's stores),
;; without the generic trip count's `smax`, division and no-wrap test
;; (`hoist::down_to_constant`); the guard `n < 32` before the loop already rules out
;; `n <u 32`, so the entry test has no compare of `n` at all (`min_on_entry`).
;; `guard16`: a guard `n < 16`, weaker than the step, leaves the `n <u 32` test.
;; `before`: tested before the step (`n >= 64`, C = 64 >=
;; 32): no condition on `n`, the pointer moves at most `n`. `small`: a bound below the
;; step (`n > 7`, step 32): not this form; the generic entry test would reject every
;; entry (`rejects_every_entry`), so the loop is not copied.
(module
  (memory 1)
  (func (export "memset32") (param $s i32) (param $n i32) (param $c i64)
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 32)))
      (loop $l
        (i64.store (local.get $s) (local.get $c))
        (i64.store offset=8 (local.get $s) (local.get $c))
        (i64.store offset=16 (local.get $s) (local.get $c))
        (i64.store offset=24 (local.get $s) (local.get $c))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (br_if $l (i32.gt_u
          (local.tee $n (i32.add (local.get $n) (i32.const -32)))
          (i32.const 31))))))
  (func (export "before") (param $s i32) (param $n i32) (param $c i64)
    (local $go i32)
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 64)))
      (loop $l
        (i64.store (local.get $s) (local.get $c))
        (i64.store offset=24 (local.get $s) (local.get $c))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (local.set $go (i32.ge_u (local.get $n) (i32.const 64)))
        (local.set $n (i32.add (local.get $n) (i32.const -32)))
        (br_if $l (local.get $go)))))
  (func (export "small") (param $s i32) (param $n i32) (param $c i64)
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 32)))
      (loop $l
        (i64.store (local.get $s) (local.get $c))
        (i64.store offset=24 (local.get $s) (local.get $c))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (br_if $l (i32.gt_u
          (local.tee $n (i32.add (local.get $n) (i32.const -32)))
          (i32.const 7))))))
  (func (export "guard16") (param $s i32) (param $n i32) (param $c i64)
    (block $done
      (br_if $done (i32.lt_u (local.get $n) (i32.const 16)))
      (loop $l
        (i64.store (local.get $s) (local.get $c))
        (i64.store offset=24 (local.get $s) (local.get $c))
        (local.set $s (i32.add (local.get $s) (i32.const 32)))
        (br_if $l (i32.gt_u
          (local.tee $n (i32.add (local.get $n) (i32.const -32)))
          (i32.const 31)))))))
