;; Rewrite 2 past the dominating check's range (the guard band, `remove_banded`): in `f`,
;; after `p->a` is checked, the store at offset 16 and `p->b` at offset 200 lose their
;; checks (their accesses lose `notrap`: they may trap, with the default code
;; `heap_oob`); the load 70,000 bytes further (past the 64 KiB band) keeps its check. In
;; `atomic`, the atomic load's check stays (an address its block shares with an atomic
;; access keeps every check on it).
(module
  (memory 1 1 shared)
  (func $g)
  (func (export "f") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $g)
    (i32.store offset=16 (local.get $p) (i32.const 1))
    (call $g)
    (drop (i32.load offset=70000 (local.get $p)))
    (i32.load offset=200 (local.get $p)))
  (func (export "atomic") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $g)
    (i32.atomic.load offset=8 (local.get $p))))
