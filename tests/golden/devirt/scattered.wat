;; Scattered slots of the call's type (a few, close together): a br_table on
;; idx - first to one direct call per function; the generic call for the rest.
(module
  (type $v (func (result i32)))
  (type $w (func (param i32)))
  (table 5 funcref)
  (elem (i32.const 0) func $a $w $b $w $c)
  (func $a (result i32) (i32.const 1))
  (func $b (result i32) (i32.const 2))
  (func $c (result i32) (i32.const 3))
  (func $w (param i32))
  (func (export "f") (param i32) (result i32) (call_indirect (type $v) (local.get 0))))
