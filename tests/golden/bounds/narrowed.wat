;; Kept checks narrowed to the table of limits' last END (`narrow_banded`, x86_64): `far`'s
;; check of END 304 and `merged`'s of END 204 (two loads) test END 64, reading the limit
;; from the memory record; their loads may trap (`heap_oob`, not `notrap`). The check in
;; `justifies` implies the one after the call (removed) and keeps END 204; `past_band`'s
;; (END 70004, more than 64 + 64 KiB) keeps its END. In `merged_dropped`, the check of
;; `p + 100` and `p + 200` (merged: one index, END 204) goes past the check of `p` before
;; the call (`remove_banded`; both loads may trap), which keeps its END 4.
(module
  (memory 1 4)
  (func $g)
  (func (export "far") (param $p i32) (result i32)
    (i32.load offset=300 (local.get $p)))
  (func (export "merged") (param $p i32) (result i32)
    (i32.add (i32.load (local.get $p)) (i32.load offset=200 (local.get $p))))
  (func (export "justifies") (param $p i32) (result i32)
    (drop (i32.load offset=200 (local.get $p)))
    (call $g)
    (i32.load offset=100 (local.get $p)))
  (func (export "past_band") (param $p i32) (result i32)
    (i32.load offset=70000 (local.get $p)))
  (func (export "merged_dropped") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $g)
    (i32.add (i32.load offset=100 (local.get $p)) (i32.load offset=200 (local.get $p)))))
