;; Rewrite 1 below the first index: nbody's `a->m` read before `a->z`, `a->y`, `a->x`
;; (`56 * i + K` with K falling). The lower indices' checks merge into the first one's
;; only where no index can wrap: the terms' sum has a bound (from the branch into the
;; block, or from how it is computed) that keeps the first index below 2^32.
;; (Constants past the memory's minimum size, so that translation's static rule, which
;; drops checks of indices always below it, does not apply.)
(module
  (memory 1)
  ;; `i <= 10` on the branch into the block: one check for the four loads.
  (func (export "guarded") (param $i i32) (result f64)
    (local $b i32)
    (if (result f64) (i32.gt_u (local.get $i) (i32.const 10))
      (then (f64.const 0))
      (else
        (local.set $b (i32.mul (local.get $i) (i32.const 56)))
        (f64.add
          (f64.add
            (f64.load (i32.add (local.get $b) (i32.const 0x20030)))
            (f64.load (i32.add (local.get $b) (i32.const 0x20010))))
          (f64.add
            (f64.load (i32.add (local.get $b) (i32.const 0x20008)))
            (f64.load (i32.add (local.get $b) (i32.const 0x20000))))))))
  ;; The same bound as `i < 11`, taken: one check for the two loads.
  (func (export "less") (param $i i32) (result i32)
    (local $b i32)
    (if (result i32) (i32.lt_u (local.get $i) (i32.const 11))
      (then
        (local.set $b (i32.mul (local.get $i) (i32.const 56)))
        (i32.add
          (i32.load (i32.add (local.get $b) (i32.const 0x20030)))
          (i32.load (i32.add (local.get $b) (i32.const 0x20000)))))
      (else (i32.const 0))))
  ;; Bounded by its computation (a loaded byte times 8): translation folds the constants
  ;; into the loads' offsets, so the two share one index and merge as before.
  (func (export "byte") (param $p i32) (result i32)
    (local $b i32)
    (local.set $b (i32.shl (i32.load8_u (local.get $p)) (i32.const 3)))
    (i32.add
      (i32.load (i32.add (local.get $b) (i32.const 0x20040)))
      (i32.load (i32.add (local.get $b) (i32.const 0x20020)))))
  ;; Kept: no bound (the lower index may wrap to near 2^32 while the first is small).
  (func (export "unbounded") (param $b i32) (result i32)
    (i32.add
      (i32.load (i32.add (local.get $b) (i32.const 0x20040)))
      (i32.load (i32.add (local.get $b) (i32.const 0x20020)))))
  ;; Kept: bounded, but the first index may wrap (`56 * i - 16`).
  (func (export "wraps") (param $i i32) (result i32)
    (local $b i32)
    (if (result i32) (i32.gt_u (local.get $i) (i32.const 10))
      (then (i32.const 0))
      (else
        (local.set $b (i32.mul (local.get $i) (i32.const 56)))
        (i32.add
          (i32.load (i32.add (local.get $b) (i32.const -16)))
          (i32.load (i32.add (local.get $b) (i32.const -32)))))))
  ;; Kept: the bound holds on the other edge (`i > 10` taken).
  (func (export "other_edge") (param $i i32) (result i32)
    (local $b i32)
    (if (result i32) (i32.gt_u (local.get $i) (i32.const 10))
      (then
        (local.set $b (i32.mul (local.get $i) (i32.const 56)))
        (i32.add
          (i32.load (i32.add (local.get $b) (i32.const 0x20030)))
          (i32.load (i32.add (local.get $b) (i32.const 0x20000)))))
      (else (i32.const 0))))
  ;; Kept: a signed test bounds nothing (`i` may be 2^31 or more).
  (func (export "signed") (param $i i32) (result i32)
    (local $b i32)
    (if (result i32) (i32.lt_s (local.get $i) (i32.const 11))
      (then
        (local.set $b (i32.mul (local.get $i) (i32.const 56)))
        (i32.add
          (i32.load (i32.add (local.get $b) (i32.const 0x20030)))
          (i32.load (i32.add (local.get $b) (i32.const 0x20000)))))
      (else (i32.const 0)))))
