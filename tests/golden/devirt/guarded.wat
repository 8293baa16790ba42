;; Two slots of the call's type: compare-and-direct-call, the generic call on the cold
;; path for every other index (which traps).
(module
  (type $v (func (result i32)))
  (type $w (func (param i32)))
  (table 4 funcref)
  (elem (i32.const 0) func $a $w $b)
  (func $a (result i32) (i32.const 1))
  (func $b (result i32) (i32.const 2))
  (func $w (param i32))
  (func (export "f") (param i32) (result i32) (call_indirect (type $v) (local.get 0))))
