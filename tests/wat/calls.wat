;; Direct calls: recursion, mutual recursion, many parameters of mixed types,
;; calls through imports, result passing.
;; exit: 0
;; stdout: 2432902008176640000
;; stdout: 6765
;; stdout: 0
;; stdout: 1
;; stdout: 17653010 0x4170d5d120000000
;; stdout: -1
;; stdout: -2
;; stdout: 0.5 0x3f000000
;; stdout: -0.25 0xbfd0000000000000
;; stdout: 2147483647
;; stdout: 9223372036854775807
;; stdout: -3.75 0xc0700000
;; stdout: 1.0000000000000001e+300 0x7e37e43c8800759c
;; stdout: -2147483648
;; stdout: -9223372036854775808
;; stdout: 42
;; stdout: 10000
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (import "env" "print_f32" (func $pf32 (param f32)))
  (import "env" "print_f64" (func $pf64 (param f64)))

  (func $fact (param $n i64) (result i64)
    (if (result i64) (i64.le_u (local.get $n) (i64.const 1))
      (then (i64.const 1))
      (else (i64.mul (local.get $n) (call $fact (i64.sub (local.get $n) (i64.const 1)))))))

  (func $fib (param $n i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else (i32.add (call $fib (i32.sub (local.get $n) (i32.const 1)))
                     (call $fib (i32.sub (local.get $n) (i32.const 2)))))))

  (func $even (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 1))
      (else (call $odd (i32.sub (local.get $n) (i32.const 1))))))
  (func $odd (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0))
      (else (call $even (i32.sub (local.get $n) (i32.const 1))))))

  ;; 16 mixed parameters: more than the register-passed ones on every target
  (func $mix (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64 f32 f64 i32 i64 f32 f64) (result f64)
    (f64.add
      (f64.add
        (f64.add (f64.convert_i32_s (local.get 0)) (f64.convert_i64_s (local.get 1)))
        (f64.add (f64.promote_f32 (local.get 2)) (local.get 3)))
      (f64.add
        (f64.mul (f64.convert_i32_s (local.get 12)) (f64.const 1000))
        (f64.add
          (f64.mul (f64.convert_i64_s (local.get 13)) (f64.const 10000))
          (f64.add (f64.mul (f64.promote_f32 (local.get 14)) (f64.const 100000))
                   (f64.mul (local.get 15) (f64.const 1000000)))))))

  ;; returns each of its args through imports to check the order of stack args
  (func $echo (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64)
    (call $p (local.get 0)) (call $p64 (local.get 1)) (call $pf32 (local.get 2))
    (call $pf64 (local.get 3)) (call $p (local.get 4)) (call $p64 (local.get 5))
    (call $pf32 (local.get 6)) (call $pf64 (local.get 7)) (call $p (local.get 8))
    (call $p64 (local.get 9)))

  ;; a function whose params are modified locally (params are locals)
  (func $mod_param (param $x i32) (result i32)
    (local.set $x (i32.mul (local.get $x) (i32.const 3)))
    (local.get $x))

  ;; a deep but finite recursion (10000 frames) must not exhaust the stack
  (func $depth (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $depth (i32.sub (local.get $n) (i32.const 1)))))))

  (func (export "_start")
    (call $p64 (call $fact (i64.const 20)))
    (call $p (call $fib (i32.const 20)))
    (call $p (call $even (i32.const 1001)))
    (call $p (call $odd (i32.const 1001)))
    (call $pf64 (call $mix
      (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4)
      (i32.const 5) (i64.const 6) (f32.const 7) (f64.const 8)
      (i32.const 9) (i64.const 10) (f32.const 11) (f64.const 12)
      (i32.const 13) (i64.const 14) (f32.const 15) (f64.const 16)))
    (call $echo
      (i32.const -1) (i64.const -2) (f32.const 0.5) (f64.const -0.25)
      (i32.const 2147483647) (i64.const 9223372036854775807) (f32.const -3.75) (f64.const 1e300)
      (i32.const -2147483648) (i64.const -9223372036854775808))
    (call $p (call $mod_param (i32.const 14)))
    (call $p (call $depth (i32.const 10000))))
)
