;; A constant index into a static table: a direct call, no check.
(module
  (type $v (func (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) func $a $b)
  (func $a (result i32) (i32.const 1))
  (func $b (result i32) (i32.const 2))
  (func (export "f") (result i32) (call_indirect (type $v) (i32.const 1))))
