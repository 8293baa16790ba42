;; A scan whose exit depends on the data (no precheck covers it): the check in the
;; loop's header compares against `smin(size - 4, size)`, which Cranelift hoists out
;; of the loop, instead of `size - 4`, which it would recompute on every iteration.
;; (x86_64, bounds/operands.rs: the `smin` becomes the record's `limits[3]`, loaded
;; right after the size, before the loop.)
(module
  (memory 1)
  (func (export "scan") (param $p i32) (result i32)
    (loop $next
      (if (i32.load (local.get $p))
        (then (local.set $p (i32.add (local.get $p) (i32.const 4))) (br $next))))
    (local.get $p)))
