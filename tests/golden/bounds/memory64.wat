;; 64-bit accesses are left alone: their checks (a clamped index) do not have the
;; shape the optimizer looks for, so both stay.
(module
  (memory i64 1)
  (func (export "f") (param $p i64) (result i32)
    (i32.add (i32.load (local.get $p)) (i32.load offset=4 (local.get $p)))))
