;; Unit checks: a one-byte access at offset 0 compares the index with the size
;; itself (`icmp uge`), with no subtraction.
(module
  (memory 1)
  (func (export "f") (param $p i32) (result i32)
    (i32.load8_u (local.get $p))))
