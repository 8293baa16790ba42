;; A size load sunk to its one use: an interpreter's loop whose handlers one call (so
;; the memory version merges at the loop header) and whose checks all share the size
;; loaded once per version (`size_loads`). On x86_64 `operands` has the dispatch's and
;; h0's compares read their limits from the memory record, which leaves the load one
;; use, h2's check (its END, 70004, is past the table of limits, and too far past it for
;; `narrow_banded`). `sink_to_uses` moves it from the loop header into h2: the .clif
;; shows the load right before h2's compare.
(module
  (memory 1)
  (func $g (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func (export "run") (param $pc i32) (param $n i32) (param $far i32) (result i32)
    (local $acc i32)
    (loop $top
      (block $next
        (block $h2 (block $h1 (block $h0
          (br_table $h0 $h1 $h2 (i32.load8_u (local.get $pc))))
          ;; h0: a check whose limit x86_64 reads from the table
          (local.set $acc (i32.add (local.get $acc) (i32.load offset=4 (local.get $pc))))
          (br $next))
        ;; h1: a call
        (local.set $acc (call $g (local.get $acc)))
        (br $next))
        ;; h2: a check with an END past the table, which keeps the size
        (local.set $acc (i32.add (local.get $acc) (i32.load offset=70000 (local.get $far)))))
      (local.set $pc (i32.add (local.get $pc) (i32.const 1)))
      (br_if $top (i32.lt_u (local.get $pc) (local.get $n))))
    (local.get $acc)))
