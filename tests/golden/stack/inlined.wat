;; A function without an entry check, inlined: its check before the call_indirect
;; comes along into its callers (the inliner drops only a self-copy's entry check).
(module
  (type $i2i (func (param i32) (result i32)))
  (table $t 1 funcref)
  (elem (table $t) (i32.const 0) func $caller)

  ;; Small, in no cycle, calls out: inlined into both callers below.
  (func $small (param $n i32) (result i32)
    (call_indirect $t (type $i2i) (i32.add (local.get $n) (i32.const 1)) (local.get $n)))

  ;; In no cycle: no entry check; the inlined check before the call_indirect.
  (func $caller (export "caller") (param $n i32) (result i32)
    (i32.add (i32.const 7) (call $small (i32.add (local.get $n) (i32.const 1)))))

  ;; Self-recursive: its entry check, and the inlined check before the call_indirect.
  (func $rec (export "rec") (param $n i32) (result i32)
    (if (result i32) (local.get $n)
      (then (call $rec (i32.sub (local.get $n) (i32.const 1))))
      (else (call $small (i32.const 0)))))
)
