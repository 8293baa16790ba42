;; No check where the index can never pass the declared minimum size: a
;; constant address and a table indexed by a byte (done in translation, so also with
;; the optimizer off). The byte load at `$p` keeps its check.
(module
  (memory 1)
  (func (export "f") (param $p i32) (result i32)
    (i32.add (i32.load (i32.const 1024))
      (i32.load offset=256 (i32.shl (i32.load8_u (local.get $p)) (i32.const 2))))))
