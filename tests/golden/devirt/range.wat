;; Contiguous slots of the call's type (an interpreter's handlers): one range test,
;; the entry's code called with our own vmctx; the generic call on the cold path.
(module
  (type $h (func (param i32)))
  (type $v (func (result i32)))
  (table 6 funcref)
  (elem (i32.const 1) func $h0 $h1 $h2 $h3 $v)
  (func $h0 (param i32))
  (func $h1 (param i32))
  (func $h2 (param i32))
  (func $h3 (param i32))
  (func $v (result i32) (i32.const 0))
  (func (export "f") (param i32 i32) (call_indirect (type $h) (local.get 1) (local.get 0))))
