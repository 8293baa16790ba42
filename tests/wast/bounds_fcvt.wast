;; Trapping float-to-int conversions (`i32.trunc_f64_s` etc., lowered to Cranelift's
;; own trapping `fcvt_to_sint`/`fcvt_to_uint`) stay ordered against stores and bounds
;; checks: a merged, dominating or hoisted bounds check must not trap before a
;; conversion that traps first, nor a conversion before an access that traps first,
;; and a store before either must be visible afterwards.

(module
  (memory 1)
  (func (export "read") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "clear") (memory.fill (i32.const 0) (i32.const 0) (i32.const 4096)))

  ;; One block: load p, store, convert x, load p+65536. The two loads' checks must
  ;; not be merged across the conversion.
  (func (export "cvt_between") (param $p i32) (param $x f64) (result i32)
    (drop (i32.load offset=0 (local.get $p)))
    (i32.store (i32.const 100) (i32.const 42))
    (drop (i32.trunc_f64_s (local.get $x)))
    (i32.load offset=65536 (local.get $p)))
  ;; Only the conversion between the two loads.
  (func (export "cvt_only_between") (param $p i32) (param $x f64) (result i32)
    (drop (i32.load offset=0 (local.get $p)))
    (drop (i32.trunc_f64_s (local.get $x)))
    (i32.load offset=65536 (local.get $p)))
  ;; The same with an unsigned i64 conversion of an f32.
  (func (export "cvt_between_u64") (param $p i32) (param $x f32) (result i32)
    (drop (i32.load offset=0 (local.get $p)))
    (i32.store (i32.const 104) (i32.const 43))
    (drop (i64.trunc_f32_u (local.get $x)))
    (i32.load offset=65536 (local.get $p)))
  ;; Vice versa: store, access at p, then a conversion that may fail.
  (func (export "oob_before_cvt") (param $p i32) (param $x f64) (result i32)
    (i32.store (i32.const 108) (i32.const 44))
    (drop (i32.load (local.get $p)))
    (i32.trunc_f64_u (local.get $x)))

  ;; Loop over i in [0, n): a[i] = i; then converts f[i] (f64 at 2048 + 8i); then
  ;; loads at 4i + off. With a counted exit the checks are hoisted: the conversion of
  ;; iteration k must still trap before the access of iteration k, and the stores of
  ;; iterations before k must be visible.
  (func (export "loop_cvt_then_oob") (param $n i32) (param $off i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.shl (local.get $i) (i32.const 2)) (local.get $i))
        (local.set $s (i32.add (local.get $s)
          (i32.trunc_f64_s (f64.load offset=2048 (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $s))
  ;; The access first, then the conversion, in the loop.
  (func (export "loop_oob_then_cvt") (param $n i32) (param $off i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.shl (local.get $i) (i32.const 2)) (local.get $i))
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $s (i32.add (local.get $s)
          (i32.trunc_f64_u (f64.load offset=2048 (i32.shl (local.get $i) (i32.const 3))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $s))
  (func (export "setf") (param $i i32) (param $x f64)
    (f64.store offset=2048 (i32.shl (local.get $i) (i32.const 3)) (local.get $x)))
)

;; One block.
(assert_trap (invoke "cvt_between" (i32.const 0) (f64.const nan)) "invalid conversion to integer")
(assert_return (invoke "read" (i32.const 100)) (i32.const 42))
(invoke "clear")
(assert_trap (invoke "cvt_between" (i32.const 0) (f64.const 2147483648)) "integer overflow")
(assert_return (invoke "read" (i32.const 100)) (i32.const 42))
(assert_trap (invoke "cvt_between" (i32.const 0) (f64.const 1.5)) "out of bounds memory access")
(assert_trap (invoke "cvt_between" (i32.const 0) (f64.const -2147483648.9)) "out of bounds memory access")
(assert_trap (invoke "cvt_only_between" (i32.const 0) (f64.const nan)) "invalid conversion to integer")
(assert_trap (invoke "cvt_only_between" (i32.const 0) (f64.const -2147483649)) "integer overflow")
(assert_trap (invoke "cvt_only_between" (i32.const 0) (f64.const 0)) "out of bounds memory access")
(assert_trap (invoke "cvt_between_u64" (i32.const 0) (f32.const -1)) "integer overflow")
(assert_return (invoke "read" (i32.const 104)) (i32.const 43))
(assert_trap (invoke "cvt_between_u64" (i32.const 0) (f32.const -0.5)) "out of bounds memory access")
(assert_trap (invoke "oob_before_cvt" (i32.const 65536) (f64.const nan)) "out of bounds memory access")
(assert_return (invoke "read" (i32.const 108)) (i32.const 44))
(assert_trap (invoke "oob_before_cvt" (i32.const 65533) (f64.const 1)) "out of bounds memory access")
(assert_trap (invoke "oob_before_cvt" (i32.const 65532) (f64.const nan)) "invalid conversion to integer")
(assert_trap (invoke "oob_before_cvt" (i32.const 0) (f64.const 4294967296)) "integer overflow")
(assert_return (invoke "oob_before_cvt" (i32.const 0) (f64.const 4294967295.5)) (i32.const -1))

;; Loops: f[0] = 1.0, f[50] is NaN (fails to convert), the rest 0.0.
(invoke "clear")
(invoke "setf" (i32.const 0) (f64.const 1))
(invoke "setf" (i32.const 50) (f64.const nan))
;; All in bounds, 10 iterations: a[i] = i is read back too.
(assert_return (invoke "loop_cvt_then_oob" (i32.const 10) (i32.const 0)) (i32.const 46))
(assert_return (invoke "loop_oob_then_cvt" (i32.const 10) (i32.const 0)) (i32.const 46))
;; Iteration 50 converts NaN; with off = 65536 - 4*50 its access is also out of bounds
;; (the earlier iterations' are not): the first trap in program order wins.
(assert_trap (invoke "loop_cvt_then_oob" (i32.const 100) (i32.const 65336)) "invalid conversion to integer")
(assert_return (invoke "read" (i32.const 196)) (i32.const 49))
(assert_return (invoke "read" (i32.const 200)) (i32.const 50))
(assert_return (invoke "read" (i32.const 204)) (i32.const 0))
(invoke "clear")
(invoke "setf" (i32.const 50) (f64.const nan))
(assert_trap (invoke "loop_oob_then_cvt" (i32.const 100) (i32.const 65336)) "out of bounds memory access")
(assert_return (invoke "read" (i32.const 200)) (i32.const 50))
(assert_return (invoke "read" (i32.const 204)) (i32.const 0))
;; The access is out of bounds at iteration 40 and the conversion fails at 50: the
;; access traps first; with the access out of bounds only from iteration 60 on, the
;; conversion does.
(invoke "clear")
(invoke "setf" (i32.const 50) (f64.const nan))
(assert_trap (invoke "loop_cvt_then_oob" (i32.const 100) (i32.const 65376)) "out of bounds memory access")
(assert_return (invoke "read" (i32.const 160)) (i32.const 40))
(assert_return (invoke "read" (i32.const 164)) (i32.const 0))
(assert_trap (invoke "loop_oob_then_cvt" (i32.const 100) (i32.const 65296)) "invalid conversion to integer")
(assert_return (invoke "read" (i32.const 200)) (i32.const 50))
(assert_return (invoke "read" (i32.const 204)) (i32.const 0))
