;; Rewrite 2: the access in the `if` is implied by the one before it (same index,
;; smaller end), whatever runs in between (a store, a call): its check is removed.
(module
  (memory 1)
  (func $g)
  (func (export "f") (param $p i32) (param $c i32) (result i32)
    (i32.store offset=8 (local.get $p) (local.get $c))
    (call $g)
    (if (result i32) (local.get $c)
      (then (i32.load offset=4 (local.get $p)))
      (else (i32.const 0)))))
