;; i32 values loaded from memory used as addresses (x86_64: `movl` leaves them
;; zero-extended, so no extension is emitted; vendor/cranelift-codegen/PATCHES.md, 3)
;; and loaded pointers carried into a loop's next iteration
;; (compiler/src/translate/wide_params.rs): results and trap points.

(module
  (memory 1)
  ;; A list at 16: 16 -> 32 -> 48 -> 0, values 1, 2, 4.
  (data (i32.const 16) "\20\00\00\00\01\00\00\00")
  (data (i32.const 32) "\30\00\00\00\02\00\00\00")
  (data (i32.const 48) "\00\00\00\00\04\00\00\00")
  ;; A cell at 64 that points past the end of memory, one at 72 near the top.
  (data (i32.const 64) "\f0\ff\ff\ff")
  (data (i32.const 72) "\f8\ff\00\00")
  (data (i32.const 65528) "\07\00\00\00\09\00\00\00")

  (func (export "deref_plus") (param $p i32) (result i32) (local $q i32)
    (local.set $q (i32.load (local.get $p)))
    (i32.add (i32.load offset=4 (local.get $q)) (local.get $q)))

  (func (export "list_sum") (param $p i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $p))))
      (br_if $l (local.tee $p (i32.load (local.get $p)))))
    (local.get $s))

  ;; The pointer arrives as the low half of an i64 (its register's upper half is
  ;; whatever the i64 held), then is reloaded each step.
  (func (export "list_sum_wrapped") (param $p i64) (result i32)
    (local $q i32) (local $s i32)
    (local.set $q (i32.wrap_i64 (local.get $p)))
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=4 (local.get $q))))
      (br_if $l (local.tee $q (i32.load (local.get $q)))))
    (local.get $s))

  ;; A loaded pointer and a computed one on the back edge, chosen by the data.
  (func (export "mixed") (param $p i32) (param $n i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load8_u (local.get $p))))
      (local.set $p
        (if (result i32) (i32.and (local.get $n) (i32.const 1))
          (then (i32.add (local.get $p) (i32.const 4)))
          (else (i32.load (local.get $p)))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.add (local.get $s) (local.get $p))))

(assert_return (invoke "deref_plus" (i32.const 16)) (i32.const 34))
(assert_return (invoke "deref_plus" (i32.const 32)) (i32.const 52))
(assert_return (invoke "deref_plus" (i32.const 72)) (i32.const 65537))
(assert_trap (invoke "deref_plus" (i32.const 64)) "out of bounds memory access")
(assert_return (invoke "list_sum" (i32.const 16)) (i32.const 7))
(assert_return (invoke "list_sum" (i32.const 48)) (i32.const 4))
(assert_return (invoke "list_sum_wrapped" (i64.const 0x1234567800000010)) (i32.const 7))
(assert_return (invoke "list_sum_wrapped" (i64.const -4294967264)) (i32.const 6))
(assert_trap (invoke "list_sum" (i32.const 64)) "out of bounds memory access")
(assert_return (invoke "mixed" (i32.const 16) (i32.const 1)) (i32.const 52))
(assert_return (invoke "mixed" (i32.const 16) (i32.const 2)) (i32.const 116))
(assert_trap (invoke "mixed" (i32.const 64) (i32.const 2)) "out of bounds memory access")

;; A byte or half-word loaded as an i32 and used as an index (tests/load_zext.rs).
(module
  (memory 1)
  (data (i32.const 0) "\05\00\ff\ff\fe\fe")
  (data (i32.const 256) "\10\11\12\13\14\15\16\17")
  (data (i32.const 510) "\aa\bb\cc")
  (data (i32.const 65534) "\ff\ff")
  (func (export "byte_index") (param $p i32) (result i32)
    (i32.load8_u offset=256 (i32.load8_u (local.get $p))))
  (func (export "half_index") (param $p i32) (result i32)
    (i32.load16_u offset=256 (i32.load16_u (local.get $p)))))
(assert_return (invoke "byte_index" (i32.const 0)) (i32.const 0x15))
(assert_return (invoke "byte_index" (i32.const 1)) (i32.const 0x10))
(assert_return (invoke "byte_index" (i32.const 2)) (i32.const 0xbb))
(assert_return (invoke "half_index" (i32.const 0)) (i32.const 0x1615))
(assert_trap (invoke "half_index" (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "half_index" (i32.const 4)) (i32.const 0xffff))
(assert_trap (invoke "half_index" (i32.const 2)) "out of bounds memory access")
(assert_trap (invoke "byte_index" (i32.const 65536)) "out of bounds memory access")
