;; Rewrite 3 for an index that is the same value on every edge (`remove_joined_same`): a
;; check of `p + k` after a join goes when every edge into the join has a check of `p`
;; dominating its branch that covers it (each arm of an `if` reads its own field of `*p`
;; before a call, the join reads one both cover). Not by that exact rewrite: `one_arm`
;; (the else arm reads nothing), `wider` (the else arm's check ends before the join's
;; access does), `in_join` (the index is computed again in the join: a different
;; value). `arms_band` (its join load at offset 1000, past both arms' ranges) and
;; `past_band` (70000) keep theirs: the same rule within the guard band was measured and
;; not kept (bench/profile.md, rt30).
(module
  (memory 1)
  (func $g)
  (func (export "arms") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $g))
      (else (drop (i64.load offset=16 (local.get $p))) (call $g)))
    (i64.load offset=8 (local.get $p)))
  (func (export "one_arm") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $g))
      (else (call $g)))
    (i64.load offset=8 (local.get $p)))
  (func (export "wider") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $g))
      (else (drop (i32.load offset=8 (local.get $p))) (call $g)))
    (i64.load offset=8 (local.get $p)))
  (func (export "in_join") (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (i32.load (i32.const 0)))) (call $g))
      (else (drop (i64.load offset=8 (i32.load (i32.const 0)))) (call $g)))
    (i64.load offset=8 (i32.load (i32.const 0))))
  (func (export "arms_band") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $g))
      (else (drop (i64.load offset=16 (local.get $p))) (call $g)))
    (i64.load offset=1000 (local.get $p)))
  (func (export "past_band") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $g))
      (else (drop (i64.load offset=16 (local.get $p))) (call $g)))
    (i64.load offset=70000 (local.get $p))))
