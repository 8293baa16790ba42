;; Locals (zero-initialized, all types, tee) and globals (immutable, mutable,
;; exported).
;; exit: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0 0x00000000
;; stdout: 0 0x0000000000000000
;; stdout: 10
;; stdout: 9
;; stdout: 1
;; stdout: 1
;; stdout: 40
;; stdout: 3
;; stdout: -1
;; stdout: 9223372036854775807
;; stdout: 1.5 0x3fc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -2.25 0xc002000000000000
;; stdout: -4.5 0xc012000000000000
;; stdout: 1
;; stdout: 0
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (import "env" "print_f32" (func $pf32 (param f32)))
  (import "env" "print_f64" (func $pf64 (param f64)))
  (global $k i32 (i32.const 40))
  (global $counter (export "counter") (mut i32) (i32.const 0))
  (global $g64 (mut i64) (i64.const -1))
  (global $gf32 (mut f32) (f32.const 1.5))
  (global $gf64 (export "gf64") (mut f64) (f64.const -2.25))
  (global $ref (mut funcref) (ref.null func))

  (elem declare func $bump)
  (func $bump (result i32)
    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
    (global.get $counter))

  (func $locals
    (local $a i32) (local $b i64) (local $c f32) (local $d f64) (local $e i32)
    ;; zero-initialized
    (call $p (local.get $a)) (call $p64 (local.get $b))
    (call $pf32 (local.get $c)) (call $pf64 (local.get $d))
    ;; tee
    (call $p (i32.add (local.tee $a (i32.const 5)) (local.get $a)))
    (local.set $e (local.tee $a (i32.const 9)))
    (call $p (local.get $e)))

  ;; locals are fresh on every call
  (func $fresh (result i32)
    (local $x i32)
    (local.set $x (i32.add (local.get $x) (i32.const 1)))
    (local.get $x))

  (func (export "_start")
    (call $locals)
    (call $p (call $fresh)) (call $p (call $fresh))
    (call $p (global.get $k))
    (drop (call $bump)) (drop (call $bump))
    (call $p (call $bump))
    (call $p64 (global.get $g64))
    (global.set $g64 (i64.const 0x7fffffffffffffff))
    (call $p64 (global.get $g64))
    (call $pf32 (global.get $gf32))
    (global.set $gf32 (f32.neg (global.get $gf32)))
    (call $pf32 (global.get $gf32))
    (call $pf64 (global.get $gf64))
    (global.set $gf64 (f64.mul (global.get $gf64) (f64.const 2)))
    (call $pf64 (global.get $gf64))
    (call $p (ref.is_null (global.get $ref)))
    (global.set $ref (ref.func $bump))
    (call $p (ref.is_null (global.get $ref))))
)
