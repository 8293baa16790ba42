;; A table some function writes (table.set): the generic call.
(module
  (type $v (func (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) func $a $a)
  (func $a (result i32) (i32.const 1))
  (func (export "set") (table.set (i32.const 0) (ref.null func)))
  (func (export "f") (result i32) (call_indirect (type $v) (i32.const 1)))
  (func (export "g") (param i32) (result i32) (call_indirect (type $v) (local.get 0))))
