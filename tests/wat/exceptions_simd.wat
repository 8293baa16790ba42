;; Exception values of every type, v128 included, keep their bits through throw,
;; catch and throw_ref (the values of an exception are 16-byte aligned). Named *simd*:
;; riscv64 has no SIMD and must reject it cleanly.
;; stdout: 2.25 0x4002000000000000
;; stdout: 1.5 0x3fc00000
;; stdout: -2
;; stdout: 1
;; stdout: 286331170
;; stdout: 1146447479
(module
  (import "env" "print_i32" (func $pi (param i32)))
  (import "env" "print_i64" (func $pl (param i64)))
  (import "env" "print_f32" (func $pf (param f32)))
  (import "env" "print_f64" (func $pd (param f64)))
  (tag $t (param i32 i64 f32 f64 v128))
  (func $thrower
    (throw $t (i32.const 1) (i64.const -2) (f32.const 1.5) (f64.const 2.25)
      (v128.const i32x4 0x11111122 0x22222233 0x33333344 0x44556677)))
  (func $rethrow
    (block $h (result exnref)
      (try_table (catch_all_ref $h) (call $thrower))
      (return))
    (throw_ref))
  (func (export "_start")
    (local $v v128)
    (block $h (result i32 i64 f32 f64 v128)
      (try_table (catch $t $h) (call $rethrow))
      (unreachable))
    (local.set $v)
    (call $pd)
    (call $pf)
    (call $pl)
    (call $pi)
    (call $pi (i32x4.extract_lane 0 (local.get $v)))
    (call $pi (i32x4.extract_lane 3 (local.get $v))))
)
