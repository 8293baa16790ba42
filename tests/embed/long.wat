;; long.wat: imports whose signature ids are canonical strings, not exact ids: a
;; signature of 16 types (more than an exact id holds) and one with a typed function
;; reference (identified by its structure).
(module $long
  (type $unop (func (param i32) (result i32)))
  (import "env" "sum16" (func $sum16
    (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "apply" (func $apply (param (ref null $unop) i32) (result i32)))
  (func $inc (type $unop) (i32.add (local.get 0) (i32.const 1)))
  (elem declare func $inc)
  (func (export "sum") (result i32)
    (call $sum16 (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 4) (i32.const 5)
      (i32.const 6) (i32.const 7) (i32.const 8) (i32.const 9) (i32.const 10)
      (i32.const 11) (i32.const 12) (i32.const 13) (i32.const 14) (i32.const 15)))
  (func (export "apply_inc") (param i32) (result i32)
    (call $apply (ref.func $inc) (local.get 0))))
