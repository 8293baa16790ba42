;; `loop_held_limit`'s scan with a store to a global first in its header: the check
;; cannot move onto the loop's entry (`scans`: the store of the iteration that traps
;; must happen), so it stays in the header and compares against `smin(size - 4, size)`,
;; which Cranelift hoists out of the loop, instead of `size - 4`, which it would
;; recompute on every iteration. (x86_64, bounds/operands.rs: the `smin` becomes the
;; record's `limits[3]`, loaded right after the size, before the loop.)
(module
  (memory 1)
  (global $n (mut i32) (i32.const 0))
  (func (export "scan") (param $p i32) (result i32)
    (loop $next
      (global.set $n (i32.add (global.get $n) (i32.const 1)))
      (if (i32.load (local.get $p))
        (then (local.set $p (i32.add (local.get $p) (i32.const 4))) (br $next))))
    (local.get $p)))
