;; Stack-limit checks in functions outside every direct-call cycle
;; (compiler/src/callgraph.rs): such a function has no check at entry and checks
;; right before each call that leaves the direct call graph (import, call_indirect,
;; call_ref). Unbounded recursion through them must still trap as stack exhaustion,
;; and deep but bounded recursion must return normally.

(module
  (type $i2i (func (param i32) (result i32)))
  (table $t 4 funcref)
  (elem (table $t) (i32.const 0) func $ind $odd $ind_loop)
  (elem declare func $by_ref)

  ;; Self-recursive: keeps its entry check.
  (func $rec (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get $n) (i32.const 1)))))))
  ;; Acyclic over a recursive callee: no entry check of its own.
  (func (export "over_rec") (param $n i32) (result i32)
    (i32.add (i32.const 1) (call $rec (local.get $n))))

  ;; Recursion only through call_indirect, from an acyclic function to itself.
  (func $ind (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else
        (i32.add (i32.const 2)
          (call_indirect $t (type $i2i)
            (i32.sub (local.get $n) (i32.const 1)) (i32.const 0))))))
  (func (export "ind") (param i32) (result i32) (call $ind (local.get 0)))

  ;; The same through a loop (the function keeps its entry check).
  (func $ind_loop (param $n i32) (result i32)
    (local $acc i32)
    (loop $l
      (if (local.get $n)
        (then
          (local.set $acc
            (i32.add (local.get $acc)
              (call_indirect $t (type $i2i)
                (i32.sub (local.get $n) (i32.const 1)) (i32.const 2))))
          (local.set $acc (i32.add (local.get $acc) (i32.const 1)))
          (local.set $n (i32.const 0))
          (br $l))))
    (local.get $acc))
  (func (export "ind_loop") (param i32) (result i32) (call $ind_loop (local.get 0)))

  ;; Recursion only through call_ref.
  (func $by_ref (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else
        (i32.add (i32.const 3)
          (call_ref $i2i (i32.sub (local.get $n) (i32.const 1)) (ref.func $by_ref))))))
  (func (export "by_ref") (param i32) (result i32) (call $by_ref (local.get 0)))

  ;; Mutual recursion through an acyclic middle function: even -> mid (direct),
  ;; mid -> odd (call_indirect), odd -> even (direct). No direct-call cycle.
  (func $even (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 1))
      (else (call $mid (i32.sub (local.get $n) (i32.const 1))))))
  (func $mid (param $n i32) (result i32)
    (call_indirect $t (type $i2i) (local.get $n) (i32.const 1)))
  (func $odd (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (call $even (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "even") (param i32) (result i32) (call $even (local.get 0)))
)

(assert_return (invoke "over_rec" (i32.const 0)) (i32.const 1))
(assert_return (invoke "over_rec" (i32.const 5000)) (i32.const 5001))
(assert_exhaustion (invoke "over_rec" (i32.const -1)) "call stack exhausted")
(assert_return (invoke "ind" (i32.const 0)) (i32.const 0))
(assert_return (invoke "ind" (i32.const 5000)) (i32.const 10000))
(assert_exhaustion (invoke "ind" (i32.const -1)) "call stack exhausted")
(assert_return (invoke "ind_loop" (i32.const 3000)) (i32.const 3000))
(assert_exhaustion (invoke "ind_loop" (i32.const -1)) "call stack exhausted")
(assert_return (invoke "by_ref" (i32.const 0)) (i32.const 0))
(assert_return (invoke "by_ref" (i32.const 5000)) (i32.const 15000))
(assert_exhaustion (invoke "by_ref" (i32.const -1)) "call stack exhausted")
(assert_return (invoke "even" (i32.const 0)) (i32.const 1))
(assert_return (invoke "even" (i32.const 4001)) (i32.const 0))
(assert_return (invoke "even" (i32.const 4000)) (i32.const 1))
(assert_exhaustion (invoke "even" (i32.const -1)) "call stack exhausted")
(assert_exhaustion (invoke "even" (i32.const -2)) "call stack exhausted")
