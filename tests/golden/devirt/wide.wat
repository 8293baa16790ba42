;; Scattered slots spread over more than 64 slots: the generic checks, without the
;; callee's vmctx load.
(module
  (type $v (func (result i32)))
  (type $w (func (param i32)))
  (table 70 funcref)
  (elem (i32.const 0) func $a $w $b)
  (elem (i32.const 69) func $c)
  (func $a (result i32) (i32.const 1))
  (func $b (result i32) (i32.const 2))
  (func $c (result i32) (i32.const 3))
  (func $w (param i32))
  (func (export "f") (param i32) (result i32) (call_indirect (type $v) (local.get 0))))
