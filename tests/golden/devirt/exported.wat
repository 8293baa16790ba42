;; An exported table can change: the generic call, even for a constant index.
(module
  (type $v (func (result i32)))
  (table (export "t") 2 funcref)
  (elem (i32.const 0) func $a $a)
  (func $a (result i32) (i32.const 1))
  (func (export "f") (result i32) (call_indirect (type $v) (i32.const 1)))
  (func (export "g") (param i32) (result i32) (call_indirect (type $v) (local.get 0))))
