;; Stack-limit checks (compiler/src/callgraph.rs, translate/func.rs): which functions
;; check at entry, and which check right before their calls that leave the direct
;; call graph instead.
(module
  (import "env" "host" (func $host (param i32) (result i32)))
  (type $i2i (func (param i32) (result i32)))
  (table $t 2 funcref)
  (elem (table $t) (i32.const 0) func $open_indirect $open_import)

  ;; In no cycle, calls out: no entry check, a check before the call_indirect.
  (func $open_indirect (export "open_indirect") (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else
        (call_indirect $t (type $i2i)
          (i32.sub (local.get $n) (i32.const 1)) (local.get $n)))))

  ;; In no cycle, calls an import: a check before it.
  (func $open_import (export "open_import") (param $n i32) (result i32)
    (i32.add (i32.const 1) (call $host (i32.add (local.get $n) (i32.const 2)))))

  ;; In no cycle, over a recursive callee: no check at all.
  (func (export "over_rec") (param $n i32) (result i32)
    (i32.mul (call $rec (local.get $n)) (i32.const 3)))

  ;; Must keep the entry check: self-recursive (and no check before its call_indirect).
  (func $rec (param $n i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
      (then (call_indirect $t (type $i2i) (local.get $n) (i32.const 1)))
      (else (call $rec (i32.sub (local.get $n) (i32.const 2))))))

  ;; Must keep the entry check: a call_indirect in a loop.
  (func (export "in_loop") (param $n i32) (result i32)
    (local $acc i32)
    (loop $l
      (local.set $acc
        (i32.add (local.get $acc)
          (call_indirect $t (type $i2i) (local.get $n) (i32.const 0))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $acc))

  ;; Must keep the entry check: a 2-cycle.
  (func $ping (export "ping") (param $n i32) (result i32)
    (if (result i32) (local.get $n)
      (then (call $pong (i32.sub (local.get $n) (i32.const 1))))
      (else (i32.const 0))))
  (func $pong (param $n i32) (result i32)
    (i32.add (i32.const 1) (call $ping (local.get $n))))

  ;; Must keep the entry check: reference-typed values (`special`).
  (func (export "special") (param $n i32) (result i32)
    (local $r funcref)
    (local.set $r (table.get $t (i32.const 0)))
    (call_indirect $t (type $i2i) (local.get $n) (i32.const 0)))
;; In no cycle, but two calls out: the entry check stays (checks before calls could
  ;; run twice an entry).
  (func (export "two_seq") (param $n i32) (result i32)
    (i32.add
      (call_indirect $t (type $i2i) (local.get $n) (i32.const 0))
      (call_indirect $t (type $i2i) (local.get $n) (i32.const 1))))

  ;; In no cycle, but three calls out (one in an arm, one after the `if`: a path
  ;; would pass two checks before calls): the entry check stays.
  (func (export "two_arms") (param $n i32) (result i32)
    (i32.add
      (if (result i32) (local.get $n)
        (then (call_indirect $t (type $i2i) (local.get $n) (i32.const 0)))
        (else (call_indirect $t (type $i2i) (local.get $n) (i32.const 1))))
      (call_indirect $t (type $i2i) (local.get $n) (i32.const 1))))
)
