;; A scan whose exit depends on the data (no precheck covers it): the check in the
;; loop's header moves onto the loop's entry (`scans`: it tests the entry value `p`
;; before the loop; later iterations' loads fault in the guard band). Until rt39 it
;; stayed in the header and compared against a held limit, which
;; `loop_held_limit_store` (a store first in the header: the check stays) pins now.
(module
  (memory 1)
  (func (export "scan") (param $p i32) (result i32)
    (loop $next
      (if (i32.load (local.get $p))
        (then (local.set $p (i32.add (local.get $p) (i32.const 4))) (br $next))))
    (local.get $p)))
