;; Loop-invariant operations with an immediate kept before their loop, and narrow
;; stores of constants as immediates (x86_64: vendor/cranelift-codegen/PATCHES.md, 9
;; and 10; tests/loop_invariant.rs reads the machine code): a hash probe whose mask
;; `cap - 1` is computed before its loop, a marking loop whose limit `n + 100` is
;; (wrapping too), and `store8`/`store16`/`store32` of constants with bits past the
;; stored width, next to bytes they must not touch, and out of bounds.

(module
  (memory 1)
  (data (i32.const 1000) "\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa\aa")
  (func (export "set") (param $i i32) (param $v i64)
    (i64.store (i32.shl (local.get $i) (i32.const 3)) (local.get $v)))
  (func (export "probe") (param $cap i32) (param $h i32) (result i32)
    (local $i i32) (local $mask i32)
    (local.set $mask (i32.sub (local.get $cap) (i32.const 1)))
    (local.set $i (i32.and (local.get $h) (local.get $mask)))
    (block $done
      (loop $l
        (br_if $done (i64.eqz (i64.load (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $i (i32.and (i32.add (local.get $i) (i32.const 1)) (local.get $mask)))
        (br $l)))
    (local.get $i))
  (func (export "mark") (param $i i32) (param $n i32) (result i32) (local $j i32) (local $c i32)
    (local.set $j (i32.mul (local.get $i) (local.get $i)))
    (if (i32.lt_u (local.get $j) (i32.add (local.get $n) (i32.const 100)))
      (then
        (loop $l
          (i32.store8 (local.get $j) (i32.const 1))
          (local.set $c (i32.add (local.get $c) (i32.const 1)))
          (local.set $j (i32.add (local.get $j) (local.get $i)))
          (br_if $l (i32.lt_u (local.get $j) (i32.add (local.get $n) (i32.const 100)))))))
    (local.get $c))
  (func (export "stores") (param $p i32)
    (i32.store8 offset=1 (local.get $p) (i32.const 0x1ff))
    (i32.store16 offset=2 (local.get $p) (i32.const 0x12345))
    (i64.store32 offset=4 (local.get $p) (i64.const 0x7fffffff80000001))
    (i64.store8 offset=8 (local.get $p) (i64.const -2))
    (i64.store16 offset=9 (local.get $p) (i64.const 0x100000000fffe)))
  (func (export "load8") (param $p i32) (result i32) (i32.load8_u (local.get $p)))
  (func (export "load64") (param $p i32) (result i64) (i64.load (local.get $p))))

(assert_return (invoke "probe" (i32.const 8) (i32.const 3)) (i32.const 3))
(invoke "set" (i32.const 5) (i64.const 1))
(invoke "set" (i32.const 6) (i64.const -1))
(invoke "set" (i32.const 7) (i64.const 0x100000000))
(assert_return (invoke "probe" (i32.const 8) (i32.const 5)) (i32.const 0))
(assert_return (invoke "probe" (i32.const 8) (i32.const 13)) (i32.const 0))
(assert_return (invoke "probe" (i32.const 16) (i32.const 21)) (i32.const 8))
(assert_return (invoke "probe" (i32.const 16) (i32.const 4)) (i32.const 4))
(invoke "set" (i32.const 0) (i64.const 2))
(assert_return (invoke "probe" (i32.const 8) (i32.const 6)) (i32.const 1))

(assert_return (invoke "mark" (i32.const 15) (i32.const 200)) (i32.const 5))
(assert_return (invoke "load8" (i32.const 225)) (i32.const 1))
(assert_return (invoke "load8" (i32.const 285)) (i32.const 1))
(assert_return (invoke "load8" (i32.const 226)) (i32.const 0))
(assert_return (invoke "load8" (i32.const 300)) (i32.const 0))
(assert_return (invoke "mark" (i32.const 20) (i32.const 0)) (i32.const 0))
;; n + 100 wraps to 49: j = 4, 6, ..., 48.
(assert_return (invoke "mark" (i32.const 2) (i32.const -51)) (i32.const 23))
(assert_return (invoke "load8" (i32.const 48)) (i32.const 1))
(assert_return (invoke "load8" (i32.const 49)) (i32.const 0xff))
(assert_return (invoke "mark" (i32.const 1) (i32.const 0)) (i32.const 99))
(assert_return (invoke "load8" (i32.const 99)) (i32.const 1))
(assert_return (invoke "load8" (i32.const 100)) (i32.const 0))
;; The last byte of memory, then one past it.
(assert_return (invoke "mark" (i32.const 255) (i32.const 0xff9c)) (i32.const 3))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 1))
(assert_trap (invoke "mark" (i32.const 256) (i32.const 0xff9d)) "out of bounds memory access")

(invoke "stores" (i32.const 1000))
(assert_return (invoke "load64" (i32.const 1000)) (i64.const 0x800000012345ffaa))
(assert_return (invoke "load64" (i32.const 1008)) (i64.const 0x00000000aafffefe))
(assert_trap (invoke "stores" (i32.const 65528)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65529)) (i32.const 0xff))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0x80))
