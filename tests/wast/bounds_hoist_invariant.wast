;; Loops with no counted exit (a data-dependent exit, a linked-list walk): their trip
;; count is unknown, so only checks of loop-invariant addresses that every iteration
;; runs are proved before the loop (compiler/src/translate/bounds/hoist.rs). The checked loop
;; runs when the proof fails, so a loop that leaves before reaching an out-of-bounds
;; address never traps, and one that reaches it traps there.

(module
  (memory 1)
  (func (export "load") (param $a i32) (result i32) (i32.load (local.get $a)))
  (func (export "store") (param $a i32) (param $v i32) (i32.store (local.get $a) (local.get $v)))

  ;; while (*p) { (*cnt)++; p++; }: the counter's address is loop-invariant; the exit
  ;; test comes first, so the last iteration does not reach the counter.
  (func (export "count") (param $p i32) (param $cnt i32) (result i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (i32.store offset=4 (local.get $cnt)
          (i32.add (i32.load offset=4 (local.get $cnt)) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))

  ;; for (n = head; n; n = n->next) { s += n->val; totals[1] += n->val; }
  ;; nodes are (next, val) pairs.
  (func (export "walk") (param $n i32) (param $totals i32) (result i32)
    (local $s i32) (local $v i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $v (i32.load offset=4 (local.get $n)))
        (local.set $s (i32.add (local.get $s) (local.get $v)))
        (i32.store offset=4 (local.get $totals)
          (i32.add (i32.load offset=4 (local.get $totals)) (local.get $v)))
        (local.set $n (i32.load (local.get $n)))
        (br $l)))
    (local.get $s))
)

;; "abc" at 100; the counter at 200 + 4.
(assert_return (invoke "store" (i32.const 100) (i32.const 0x636261)))
(assert_return (invoke "count" (i32.const 100) (i32.const 200)) (i32.const 103))
(assert_return (invoke "load" (i32.const 204)) (i32.const 3))
;; The counter out of bounds: an empty string never reaches it ...
(assert_return (invoke "count" (i32.const 103) (i32.const 65533)) (i32.const 103))
;; ... a non-empty one traps at the first increment, before p moves.
(assert_trap (invoke "count" (i32.const 100) (i32.const 65533)) "out of bounds memory access")
(assert_trap (invoke "count" (i32.const 100) (i32.const -4)) "out of bounds memory access")
;; One byte past the end.
(assert_trap (invoke "count" (i32.const 100) (i32.const 65529)) "out of bounds memory access")
;; The counter's last in-bounds position.
(assert_return (invoke "count" (i32.const 100) (i32.const 65528)) (i32.const 103))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 3))

;; A list 1000 -> 1008 -> 1016 -> 0 with values 5, 6, 7; totals at 300 + 4.
(assert_return (invoke "store" (i32.const 1000) (i32.const 1008)))
(assert_return (invoke "store" (i32.const 1004) (i32.const 5)))
(assert_return (invoke "store" (i32.const 1008) (i32.const 1016)))
(assert_return (invoke "store" (i32.const 1012) (i32.const 6)))
(assert_return (invoke "store" (i32.const 1016) (i32.const 0)))
(assert_return (invoke "store" (i32.const 1020) (i32.const 7)))
(assert_return (invoke "walk" (i32.const 1000) (i32.const 300)) (i32.const 18))
(assert_return (invoke "walk" (i32.const 1008) (i32.const 300)) (i32.const 13))
(assert_return (invoke "load" (i32.const 304)) (i32.const 31))
(assert_return (invoke "walk" (i32.const 0) (i32.const -1)) (i32.const 0))
(assert_trap (invoke "walk" (i32.const 1016) (i32.const 65533)) "out of bounds memory access")
;; A node out of bounds: the walk traps there, after updating the totals for the
;; nodes before it.
(assert_return (invoke "store" (i32.const 1016) (i32.const 65534)))
(assert_trap (invoke "walk" (i32.const 1008) (i32.const 300)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 304)) (i32.const 44))
