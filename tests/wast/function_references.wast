;; Typed function references (Wasm 3.0): call_ref and return_call_ref (null traps,
;; a million tail calls through references in constant stack), ref.as_non_null,
;; br_on_null, br_on_non_null, non-defaultable locals, a table whose elements start
;; as an initializer expression (evaluated at instantiation), and signature ids that
;; tell typed references apart (call_ref trusts a reference's type, so call_indirect
;; must not let a function taking `(ref $t)` be called with any funcref).

(module
  (type $ii (func (param i32) (result i32)))
  (func $inc (export "inc") (type $ii) (i32.add (local.get 0) (i32.const 1))))
(register "lib")

(module
  (type $ii (func (param i32) (result i32)))
  (import "lib" "inc" (func $inc (type $ii)))
  (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
  (elem declare func $double $count)
  (global $null_ref (mut (ref null $ii)) (ref.null $ii))
  ;; Every element starts as a reference to the imported function.
  (table $t 3 (ref $ii) (ref.func $inc))
  (table $d 2 (ref null $ii) (ref.func $double))

  (func (export "call_ref") (param i32) (result i32)
    (call_ref $ii (local.get 0) (ref.func $double)))
  (func (export "call_null") (param i32) (result i32)
    (call_ref $ii (local.get 0) (global.get $null_ref)))
  (func (export "table") (param i32 i32) (result i32)
    (call_ref $ii (local.get 1) (table.get $t (local.get 0))))
  (func (export "table_d") (param i32 i32) (result i32)
    (call_ref $ii (local.get 1) (ref.as_non_null (table.get $d (local.get 0)))))
  (func (export "as_non_null_null") (result i32)
    (call_ref $ii (i32.const 1) (ref.as_non_null (global.get $null_ref))))

  ;; count(n, acc): a million return_call_refs.
  (type $count_t (func (param i32 i32) (result i32)))
  (func $count (type $count_t)
    (if (result i32) (i32.eqz (local.get 0))
      (then (local.get 1))
      (else (return_call_ref $count_t
              (i32.sub (local.get 0) (i32.const 1))
              (i32.add (local.get 1) (i32.const 2))
              (ref.func $count)))))
  (func (export "count") (param i32) (result i32)
    (call $count (local.get 0) (i32.const 0)))
  (func (export "tail_null") (result i32)
    (return_call_ref $ii (i32.const 0) (global.get $null_ref)))

  ;; br_on_null: -1 for null, else call it on 10.
  (func (export "on_null") (param $which i32) (result i32)
    (local $f (ref null $ii))
    (if (local.get $which) (then (local.set $f (ref.func $double))))
    (block $is_null
      (return (call_ref $ii (i32.const 10) (br_on_null $is_null (local.get $f)))))
    (i32.const -1))
  ;; br_on_non_null, with a non-defaultable local set before use.
  (func (export "on_non_null") (param $which i32) (result i32)
    (local $nn (ref $ii))
    (local $f (ref null $ii))
    (if (local.get $which) (then (local.set $f (ref.func $double))))
    (block $has (result (ref $ii))
      (br_on_non_null $has (local.get $f))
      (return (i32.const -2)))
    (local.set $nn)
    (call_ref $ii (i32.const 21) (local.get $nn)))
)

(assert_return (invoke "call_ref" (i32.const 21)) (i32.const 42))
(assert_trap (invoke "call_null" (i32.const 1)) "null function reference")
(assert_return (invoke "table" (i32.const 0) (i32.const 5)) (i32.const 6))
(assert_return (invoke "table" (i32.const 2) (i32.const 7)) (i32.const 8))
(assert_trap (invoke "table" (i32.const 3) (i32.const 7)) "out of bounds table access")
(assert_return (invoke "table_d" (i32.const 1) (i32.const 7)) (i32.const 14))
(assert_trap (invoke "as_non_null_null") "null reference")
(assert_return (invoke "count" (i32.const 1000000)) (i32.const 2000000))
(assert_trap (invoke "tail_null") "null function reference")
(assert_return (invoke "on_null" (i32.const 0)) (i32.const -1))
(assert_return (invoke "on_null" (i32.const 1)) (i32.const 20))
(assert_return (invoke "on_non_null" (i32.const 0)) (i32.const -2))
(assert_return (invoke "on_non_null" (i32.const 1)) (i32.const 42))
;; Same shape, different reference types: different signatures.
(module
  (type $ii (func (param i32) (result i32)))
  (type $takes_any (func (param funcref) (result i32)))
  (type $takes_ii (func (param (ref null $ii)) (result i32)))
  (type $takes_ii_nn (func (param (ref $ii)) (result i32)))
  (func $use (type $takes_ii) (call_ref $ii (i32.const 1) (local.get 0)))
  (func $f (type $ii) (local.get 0))
  (table funcref (elem $use))
  (elem declare func $f)
  (func (export "as_any") (result i32)
    (call_indirect (type $takes_any) (ref.func $f) (i32.const 0)))
  (func (export "as_nn") (result i32)
    (call_indirect (type $takes_ii_nn) (ref.func $f) (i32.const 0)))
  (func (export "exact") (result i32)
    (call_indirect (type $takes_ii) (ref.func $f) (i32.const 0))))
(assert_trap (invoke "as_any") "indirect call type mismatch")
(assert_trap (invoke "as_nn") "indirect call type mismatch")
(assert_return (invoke "exact") (i32.const 1))

;; Globals and tables of concrete reference types cross module boundaries with the
;; spec's link check: tests/wast/type_canon.wast.
