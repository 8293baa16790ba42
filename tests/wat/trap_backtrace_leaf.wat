;; A trap in a leaf function that sets up no frame on x86_64 (vendor/cranelift-codegen
;; PATCHES.md 13), reached through an exported table (so it is neither inlined nor
;; devirtualized): the backtrace still has the leaf and each of its callers, as
;; Wasmtime prints it.
;; exit: 134
;; stderr: wasm trap: integer divide by zero
;; stderr: wasm backtrace:
;; stderr:     0:   0x43 - leaf!divide
;; stderr:     1:   0x4d - leaf!middle
;; stderr:     2:   0x56 - leaf!outer
;; stderr:     3:   0x5d - leaf!func[3]
(module $leaf
  (type $t (func (param i32) (result i32)))
  (table (export "t") 1 funcref)
  (elem (i32.const 0) $divide)
  (func $divide (param i32) (result i32)
    (i32.div_u (i32.const 100) (local.get 0)))
  (func $middle (param i32) (result i32)
    (i32.add (i32.const 1) (call_indirect (type $t) (local.get 0) (i32.const 0))))
  (func $outer (param i32) (result i32)
    (call $middle (local.get 0)))
  (func (export "_start")
    (drop (call $outer (i32.const 0))))
)
