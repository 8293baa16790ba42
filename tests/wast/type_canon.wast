;; Wasm 3.0 type identity across modules (compiler/src/types.rs): recursion groups,
;; finality and declared supertypes are part of a type; call_indirect and function
;; imports accept declared subtypes; globals and tables of typed reference types cross
;; module boundaries with the link check of the spec (subtyping for immutable globals,
;; equality for mutable globals and tables). Also: global.get of a defined immutable
;; global in constant expressions, and exports whose signatures mention typed
;; references called from the driver.

;; Constant expressions may read defined immutable globals (Wasm 3.0).
(module
  (global $base i32 (i32.const 8))
  (global $g i32 (i32.add (global.get $base) (i32.const 2)))
  (memory 1)
  (data (global.get $base) "\2a")
  (table 16 funcref)
  (func $seven (result i32) (i32.const 7))
  (elem (global.get $g) func $seven)
  (func (export "g") (result i32) (global.get $g))
  (func (export "elem") (result i32) (call_indirect (result i32) (i32.const 10)))
  (func (export "byte") (result i32) (i32.load8_u (i32.const 8)))
)
(assert_return (invoke "g") (i32.const 10))
(assert_return (invoke "byte") (i32.const 42))
(assert_return (invoke "elem") (i32.const 7))

;; Typed references in an export's signature.
(module
  (func (export "id") (param (ref extern)) (result (ref extern)) (local.get 0))
)
(assert_return (invoke "id" (ref.extern 5)) (ref.extern 5))

(module $M
  (rec (type $r1 (func (param i32) (result i32))) (type $r2 (func)))
  (type $plain (func (param i32) (result i32)))
  (type $open (sub (func (param i32) (result i32))))
  (type $sub (sub $open (func (param i32) (result i32))))
  (func $in_rec (export "in_rec") (type $r1) (i32.add (local.get 0) (i32.const 1)))
  (func $plain (export "plain") (type $plain) (i32.add (local.get 0) (i32.const 2)))
  (func $open (export "open") (type $open) (i32.add (local.get 0) (i32.const 3)))
  (func $sub (export "sub") (type $sub) (i32.add (local.get 0) (i32.const 4)))
  (table (export "tab") 4 funcref)
  (elem (i32.const 0) func $in_rec $plain $open $sub)
  (global (export "g-sub") (ref $sub) (ref.func $sub))
  (global (export "g-mut") (mut (ref null $open)) (ref.null $open))
  (table (export "typed-tab") 2 (ref null $open))
)
(register "M" $M)

;; The same recursion group in another module is the same type.
(module
  (rec (type $r1 (func (param i32) (result i32))) (type $r2 (func)))
  (import "M" "in_rec" (func (type $r1)))
)
;; A type alone is not the one inside a group.
(assert_unlinkable
  (module
    (type $t (func (param i32) (result i32)))
    (import "M" "in_rec" (func (type $t))))
  "incompatible import type"
)
;; A final type is not the open one with the same structure.
(assert_unlinkable
  (module
    (type $t (func (param i32) (result i32)))
    (import "M" "open" (func (type $t))))
  "incompatible import type"
)
;; A declared subtype matches its supertype, not the other way round.
(module
  (type $open (sub (func (param i32) (result i32))))
  (import "M" "sub" (func (type $open)))
)
(assert_unlinkable
  (module
    (type $open (sub (func (param i32) (result i32))))
    (type $sub (sub $open (func (param i32) (result i32))))
    (import "M" "open" (func (type $sub))))
  "incompatible import type"
)

;; call_indirect: identity and declared subtyping, through the imported table.
(module
  (rec (type $r1 (func (param i32) (result i32))) (type $r2 (func)))
  (type $plain (func (param i32) (result i32)))
  (type $open (sub (func (param i32) (result i32))))
  (type $sub (sub $open (func (param i32) (result i32))))
  (import "M" "tab" (table 4 funcref))
  (func (export "as-rec") (param i32) (result i32)
    (call_indirect (type $r1) (i32.const 10) (local.get 0)))
  (func (export "as-plain") (param i32) (result i32)
    (call_indirect (type $plain) (i32.const 10) (local.get 0)))
  (func (export "as-open") (param i32) (result i32)
    (call_indirect (type $open) (i32.const 10) (local.get 0)))
  (func (export "as-sub") (param i32) (result i32)
    (call_indirect (type $sub) (i32.const 10) (local.get 0)))
)
(assert_return (invoke "as-rec" (i32.const 0)) (i32.const 11))
(assert_trap (invoke "as-rec" (i32.const 1)) "indirect call type mismatch")
(assert_return (invoke "as-plain" (i32.const 1)) (i32.const 12))
(assert_trap (invoke "as-plain" (i32.const 0)) "indirect call type mismatch")
(assert_trap (invoke "as-plain" (i32.const 2)) "indirect call type mismatch")
(assert_return (invoke "as-open" (i32.const 2)) (i32.const 13))
(assert_return (invoke "as-open" (i32.const 3)) (i32.const 14))
(assert_trap (invoke "as-open" (i32.const 1)) "indirect call type mismatch")
(assert_return (invoke "as-sub" (i32.const 3)) (i32.const 14))
(assert_trap (invoke "as-sub" (i32.const 2)) "indirect call type mismatch")

;; Typed globals: an immutable one may be imported at a supertype.
(module
  (type $open (sub (func (param i32) (result i32))))
  (type $sub (sub $open (func (param i32) (result i32))))
  (import "M" "g-sub" (global $a (ref $sub)))
  (import "M" "g-sub" (global $b (ref null $open)))
  (import "M" "g-sub" (global $c funcref))
  (import "M" "g-mut" (global $d (mut (ref null $open))))
  (func (export "call-b") (param i32) (result i32)
    (call_ref $open (local.get 0) (global.get $b)))
  (func (export "set-d") (global.set $d (global.get $a)))
)
(assert_return (invoke "call-b" (i32.const 1)) (i32.const 5))
(assert_return (invoke "set-d"))
(assert_unlinkable
  (module
    (type $open (sub (func (param i32) (result i32))))
    (type $sub (sub $open (func (param i32) (result i32))))
    (import "M" "g-mut" (global (mut (ref null $sub)))))
  "incompatible import type"
)
(assert_unlinkable
  (module
    (type $open (sub (func (param i32) (result i32))))
    (import "M" "g-mut" (global (mut funcref))))
  "incompatible import type"
)
(assert_unlinkable
  (module
    (type $open (sub (func (param i32) (result i32))))
    (import "M" "g-mut" (global (ref null $open))))
  "incompatible import type"
)
(assert_unlinkable
  (module
    (type $t (func (param i32) (result i32)))
    (import "M" "g-sub" (global (ref $t))))
  "incompatible import type"
)
(assert_unlinkable
  (module (import "M" "g-sub" (global externref)))
  "incompatible import type"
)

;; Typed tables: the element type must be the same.
(module
  (type $open (sub (func (param i32) (result i32))))
  (import "M" "typed-tab" (table 2 (ref null $open)))
)
(assert_unlinkable
  (module (import "M" "typed-tab" (table 2 funcref)))
  "incompatible import type"
)
(assert_unlinkable
  (module
    (type $open (sub (func (param i32) (result i32))))
    (type $sub (sub $open (func (param i32) (result i32))))
    (import "M" "typed-tab" (table 2 (ref null $sub))))
  "incompatible import type"
)
(assert_unlinkable
  (module
    (type $open (sub (func (param i32) (result i32))))
    (import "M" "tab" (table 2 (ref null $open))))
  "incompatible import type"
)
