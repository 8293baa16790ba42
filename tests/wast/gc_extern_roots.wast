;; Wasm GC (issue 22): an externref that points to a GC object is a root wherever it
;; is held. Module $user has no struct or array types and no anyref anywhere: only
;; externrefs, which it holds in a local, a parameter and on the operand stack across
;; calls into $gc that collect many times. The objects must survive (a freed object's
;; slot is reused by the churn, so the cast back to $obj would fail or read 0).

(module $gc
  (type $obj (struct (field $v i32) (field $pad i64)))
  (func (export "make") (param i32) (result externref)
    (extern.convert_any (struct.new $obj (local.get 0) (i64.const 0))))
  (func (export "churn")
    (local $i i32)
    (loop $l
      (drop (struct.new $obj (i32.const 0) (i64.const 0)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 1000000)))))
  (func (export "value") (param externref) (result i32)
    (struct.get $obj $v (ref.cast (ref $obj) (any.convert_extern (local.get 0))))))
(register "gc" $gc)

(module $user
  (import "gc" "make" (func $make (param i32) (result externref)))
  (import "gc" "churn" (func $churn))
  (import "gc" "value" (func $value (param externref) (result i32)))
  ;; In a local.
  (func (export "local") (result i32)
    (local $x externref)
    (local.set $x (call $make (i32.const 11)))
    (call $churn)
    (call $value (local.get $x)))
  ;; A parameter, and a value on the operand stack across the call.
  (func $param (param $x externref) (result i32)
    (call $make (i32.const 20))
    (call $churn)
    (call $value)
    (call $value (local.get $x))
    (i32.add))
  (func (export "param") (result i32)
    (call $param (call $make (i32.const 3))))
)

(assert_return (invoke "local") (i32.const 11))
(assert_return (invoke "param") (i32.const 23))
