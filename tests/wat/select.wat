;; select (untyped and typed) for every value type; condition is any non-zero i32.
;; exit: 0
;; stdout: 10
;; stdout: 20
;; stdout: 10
;; stdout: 10
;; stdout: -5
;; stdout: 5
;; stdout: 1.5 0x3fc00000
;; stdout: -2.5 0xc0200000
;; stdout: 10000000000 0x4202a05f20000000
;; stdout: -0 0x8000000000000000
;; stdout: 1
;; stdout: 4
;; stdout: 0.125 0x3fc0000000000000
;; stdout: 1
;; stdout: 0
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (import "env" "print_f32" (func $pf32 (param f32)))
  (import "env" "print_f64" (func $pf64 (param f64)))
  (elem declare func $sel_i32)
  (func $sel_i32 (param $c i32) (result i32)
    (select (i32.const 10) (i32.const 20) (local.get $c)))
  (func (export "_start")
    (call $p (call $sel_i32 (i32.const 1)))
    (call $p (call $sel_i32 (i32.const 0)))
    (call $p (call $sel_i32 (i32.const -1)))
    (call $p (call $sel_i32 (i32.const 0x80000000)))
    (call $p64 (select (i64.const -5) (i64.const 5) (i32.const 1)))
    (call $p64 (select (i64.const -5) (i64.const 5) (i32.const 0)))
    (call $pf32 (select (f32.const 1.5) (f32.const -2.5) (i32.const 2)))
    (call $pf32 (select (f32.const 1.5) (f32.const -2.5) (i32.const 0)))
    (call $pf64 (select (f64.const 1e10) (f64.const -0.0) (i32.const 7)))
    (call $pf64 (select (f64.const 1e10) (f64.const -0.0) (i32.const 0)))
    (call $p (select (result i32) (i32.const 1) (i32.const 2) (i32.const 1)))
    (call $p64 (select (result i64) (i64.const 3) (i64.const 4) (i32.const 0)))
    (call $pf64 (select (result f64) (f64.const 0.125) (f64.const 8) (i32.const 1)))
    (call $p (ref.is_null (select (result funcref) (ref.null func) (ref.func $sel_i32) (i32.const 1))))
    (call $p (ref.is_null (select (result funcref) (ref.null func) (ref.func $sel_i32) (i32.const 0))))
    (call $p (ref.is_null (select (result externref) (ref.null extern) (ref.null extern) (i32.const 0)))))
)
