;; Rewrite 1: three loads off one base in one block: one check (of the largest end)
;; instead of three.
(module
  (memory 1)
  (func (export "f") (param $p i32) (result i32)
    (i32.add
      (i32.add (i32.load (local.get $p)) (i32.load offset=4 (local.get $p)))
      (i32.load offset=8 (local.get $p)))))
