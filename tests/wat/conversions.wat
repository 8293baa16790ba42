;; Conversions: trapping truncations on in-range values (including the exact
;; boundaries), saturating truncations (NaN -> 0, clamping), int -> float conversions
;; (rounding to nearest even), promote/demote (rounding, overflow to infinity,
;; denormals), reinterpret in both directions (NaN payloads preserved).
;; `;; #N` marks the call printing stdout line N.
;; exit: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 2147483520
;; stdout: 2147483520
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: -256
;; stdout: -256
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 9223371487098961920
;; stdout: 9223371487098961920
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 10000000000
;; stdout: 10000000000
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 9223372036854774784
;; stdout: 9223372036854774784
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 1000000000000000000
;; stdout: 1000000000000000000
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -1099511627776
;; stdout: -1099511627776
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 10000000000
;; stdout: 10000000000
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -2048
;; stdout: -2048
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -8446744073709551616
;; stdout: -8446744073709551616
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 123
;; stdout: 123
;; stdout: -123
;; stdout: -123
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: -1294967296
;; stdout: -1294967296
;; stdout: 0
;; stdout: 0
;; stdout: 123
;; stdout: 123
;; stdout: 0
;; stdout: 0
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 10000000000
;; stdout: 10000000000
;; stdout: -10000000000
;; stdout: -10000000000
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 3000000000
;; stdout: 3000000000
;; stdout: -3000000000
;; stdout: -3000000000
;; stdout: 123
;; stdout: 123
;; stdout: -123
;; stdout: -123
;; stdout: 2147483648
;; stdout: 2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 4294967296
;; stdout: 4294967296
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 10000000000
;; stdout: 10000000000
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 3000000000
;; stdout: 3000000000
;; stdout: 0
;; stdout: 0
;; stdout: 123
;; stdout: 123
;; stdout: 0
;; stdout: 0
;; stdout: 2147483648
;; stdout: 2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 4294967296
;; stdout: 4294967296
;; stdout: -9146743772980183040
;; stdout: -9146743772980183040
;; stdout: 0
;; stdout: 0
;; stdout: -446743668993294336
;; stdout: -446743668993294336
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 123
;; stdout: 123
;; stdout: -123
;; stdout: -123
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: -1294967296
;; stdout: -1294967296
;; stdout: 0
;; stdout: 0
;; stdout: 123
;; stdout: 123
;; stdout: 0
;; stdout: 0
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 10000000000
;; stdout: 10000000000
;; stdout: -10000000000
;; stdout: -10000000000
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 3000000000
;; stdout: 3000000000
;; stdout: -3000000000
;; stdout: -3000000000
;; stdout: 123
;; stdout: 123
;; stdout: -123
;; stdout: -123
;; stdout: 2147483648
;; stdout: 2147483648
;; stdout: -2147483649
;; stdout: -2147483649
;; stdout: 4294967296
;; stdout: 4294967296
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 10000000000
;; stdout: 10000000000
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 3000000000
;; stdout: 3000000000
;; stdout: 0
;; stdout: 0
;; stdout: 123
;; stdout: 123
;; stdout: 0
;; stdout: 0
;; stdout: 2147483648
;; stdout: 2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 4294967296
;; stdout: 4294967296
;; stdout: -9146744073709551616
;; stdout: -9146744073709551616
;; stdout: 0
;; stdout: 0
;; stdout: -446744073709551616
;; stdout: -446744073709551616
;; stdout: -1
;; stdout: -1
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 16777216 0x4b800000
;; stdout: 16777216 0x4b800000
;; stdout: 2.14748365e+09 0x4f000000
;; stdout: 2.14748365e+09 0x4f000000
;; stdout: -2.14748365e+09 0xcf000000
;; stdout: -2.14748365e+09 0xcf000000
;; stdout: 123456792 0x4ceb79a3
;; stdout: 123456792 0x4ceb79a3
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 4.2949673e+09 0x4f800000
;; stdout: 4.2949673e+09 0x4f800000
;; stdout: 16777216 0x4b800000
;; stdout: 16777216 0x4b800000
;; stdout: 2.14748365e+09 0x4f000000
;; stdout: 2.14748365e+09 0x4f000000
;; stdout: 2.14748365e+09 0x4f000000
;; stdout: 2.14748365e+09 0x4f000000
;; stdout: 123456792 0x4ceb79a3
;; stdout: 123456792 0x4ceb79a3
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 16777216 0x4b800000
;; stdout: 16777216 0x4b800000
;; stdout: 9.00719925e+15 0x5a000000
;; stdout: 9.00719925e+15 0x5a000000
;; stdout: 9.22337204e+18 0x5f000000
;; stdout: 9.22337204e+18 0x5f000000
;; stdout: -9.22337204e+18 0xdf000000
;; stdout: -9.22337204e+18 0xdf000000
;; stdout: -9.22337149e+18 0xdeffffff
;; stdout: -9.22337149e+18 0xdeffffff
;; stdout: 9.00720033e+15 0x5a000001
;; stdout: 9.00720033e+15 0x5a000001
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1.84467441e+19 0x5f800000
;; stdout: 1.84467441e+19 0x5f800000
;; stdout: 16777216 0x4b800000
;; stdout: 16777216 0x4b800000
;; stdout: 9.00719925e+15 0x5a000000
;; stdout: 9.00719925e+15 0x5a000000
;; stdout: 9.22337204e+18 0x5f000000
;; stdout: 9.22337204e+18 0x5f000000
;; stdout: 9.22337204e+18 0x5f000000
;; stdout: 9.22337204e+18 0x5f000000
;; stdout: 9.22337314e+18 0x5f000001
;; stdout: 9.22337314e+18 0x5f000001
;; stdout: 9.00720033e+15 0x5a000001
;; stdout: 9.00720033e+15 0x5a000001
;; stdout: 0 0x0000000000000000
;; stdout: 0 0x0000000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: -1 0xbff0000000000000
;; stdout: -1 0xbff0000000000000
;; stdout: 16777217 0x4170000010000000
;; stdout: 16777217 0x4170000010000000
;; stdout: 2147483647 0x41dfffffffc00000
;; stdout: 2147483647 0x41dfffffffc00000
;; stdout: -2147483648 0xc1e0000000000000
;; stdout: -2147483648 0xc1e0000000000000
;; stdout: 123456789 0x419d6f3454000000
;; stdout: 123456789 0x419d6f3454000000
;; stdout: 0 0x0000000000000000
;; stdout: 0 0x0000000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: 4294967295 0x41efffffffe00000
;; stdout: 4294967295 0x41efffffffe00000
;; stdout: 16777217 0x4170000010000000
;; stdout: 16777217 0x4170000010000000
;; stdout: 2147483647 0x41dfffffffc00000
;; stdout: 2147483647 0x41dfffffffc00000
;; stdout: 2147483648 0x41e0000000000000
;; stdout: 2147483648 0x41e0000000000000
;; stdout: 123456789 0x419d6f3454000000
;; stdout: 123456789 0x419d6f3454000000
;; stdout: 0 0x0000000000000000
;; stdout: 0 0x0000000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: -1 0xbff0000000000000
;; stdout: -1 0xbff0000000000000
;; stdout: 16777217 0x4170000010000000
;; stdout: 16777217 0x4170000010000000
;; stdout: 9007199254740992 0x4340000000000000
;; stdout: 9007199254740992 0x4340000000000000
;; stdout: 9.2233720368547758e+18 0x43e0000000000000
;; stdout: 9.2233720368547758e+18 0x43e0000000000000
;; stdout: -9.2233720368547758e+18 0xc3e0000000000000
;; stdout: -9.2233720368547758e+18 0xc3e0000000000000
;; stdout: -9.2233714870989619e+18 0xc3dfffffe0000000
;; stdout: -9.2233714870989619e+18 0xc3dfffffe0000000
;; stdout: 9007199791611904 0x4340000010000000
;; stdout: 9007199791611904 0x4340000010000000
;; stdout: 0 0x0000000000000000
;; stdout: 0 0x0000000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: 1.8446744073709552e+19 0x43f0000000000000
;; stdout: 1.8446744073709552e+19 0x43f0000000000000
;; stdout: 16777217 0x4170000010000000
;; stdout: 16777217 0x4170000010000000
;; stdout: 9007199254740992 0x4340000000000000
;; stdout: 9007199254740992 0x4340000000000000
;; stdout: 9.2233720368547758e+18 0x43e0000000000000
;; stdout: 9.2233720368547758e+18 0x43e0000000000000
;; stdout: 9.2233720368547758e+18 0x43e0000000000000
;; stdout: 9.2233720368547758e+18 0x43e0000000000000
;; stdout: 9.2233725866105897e+18 0x43e0000010000000
;; stdout: 9.2233725866105897e+18 0x43e0000010000000
;; stdout: 9007199791611904 0x4340000010000000
;; stdout: 9007199791611904 0x4340000010000000
;; stdout: 0 0x0000000000000000
;; stdout: 0 0x0000000000000000
;; stdout: -0 0x8000000000000000
;; stdout: -0 0x8000000000000000
;; stdout: 1.1000000238418579 0x3ff19999a0000000
;; stdout: 1.1000000238418579 0x3ff19999a0000000
;; stdout: -3.4028234663852886e+38 0xc7efffffe0000000
;; stdout: -3.4028234663852886e+38 0xc7efffffe0000000
;; stdout: 1.4012984643248171e-45 0x36a0000000000000
;; stdout: 1.4012984643248171e-45 0x36a0000000000000
;; stdout: inf 0x7ff0000000000000
;; stdout: inf 0x7ff0000000000000
;; stdout: -inf 0xfff0000000000000
;; stdout: -inf 0xfff0000000000000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1.10000002 0x3f8ccccd
;; stdout: 1.10000002 0x3f8ccccd
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1.00000012 0x3f800001
;; stdout: 1.00000012 0x3f800001
;; stdout: 1.00000012 0x3f800001
;; stdout: 1.00000012 0x3f800001
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: 0
;; stdout: 0
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 1065353216
;; stdout: 1065353216
;; stdout: -1071644672
;; stdout: -1071644672
;; stdout: 2139095040
;; stdout: 2139095040
;; stdout: 2143289344
;; stdout: 2143289344
;; stdout: -4194304
;; stdout: -4194304
;; stdout: 2141192193
;; stdout: 2141192193
;; stdout: -1
;; stdout: -1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 4607182418800017408
;; stdout: 4607182418800017408
;; stdout: -4610560118520545280
;; stdout: -4610560118520545280
;; stdout: 9218868437227405312
;; stdout: 9218868437227405312
;; stdout: 9221120237041090560
;; stdout: 9221120237041090560
;; stdout: -2251799813685248
;; stdout: -2251799813685248
;; stdout: 9218868437227405313
;; stdout: 9218868437227405313
;; stdout: -1
;; stdout: -1
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0 0x0000000000000000
;; stdout: 0 0x0000000000000000
;; stdout: -0 0x8000000000000000
;; stdout: -0 0x8000000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: 1 0x3ff0000000000000
;; stdout: -inf 0xfff0000000000000
;; stdout: -inf 0xfff0000000000000
;; stdout: 4.9406564584124654e-324 0x0000000000000001
;; stdout: 4.9406564584124654e-324 0x0000000000000001
;; stdout: 2141192193
;; stdout: 2141192193
;; stdout: -4194304
;; stdout: -4194304
;; stdout: 2139095041
;; stdout: 2139095041
;; stdout: -8314043
;; stdout: -8314043
;; stdout: 9219994337134247937
;; stdout: 9219994337134247937
;; stdout: -2251799813685248
;; stdout: -2251799813685248
;; stdout: 9218868437227405313
;; stdout: 9218868437227405313
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (import "env" "print_f32" (func $pf32 (param f32)))
  (import "env" "print_f64" (func $pf64 (param f64)))
  (func $id_i32 (param i32) (result i32) (local.get 0))
  (func $id_i64 (param i64) (result i64) (local.get 0))
  (func $id_f32 (param f32) (result f32) (local.get 0))
  (func $id_f64 (param f64) (result f64) (local.get 0))
  (func (export "_start")
    (call $p (i32.trunc_f32_s (f32.const 0)))  ;; #1
    (call $p (i32.trunc_f32_s (call $id_f32 (f32.const 0))))  ;; #2
    (call $p (i32.trunc_f32_s (f32.const -0)))  ;; #3
    (call $p (i32.trunc_f32_s (call $id_f32 (f32.const -0))))  ;; #4
    (call $p (i32.trunc_f32_s (f32.const 1.9)))  ;; #5
    (call $p (i32.trunc_f32_s (call $id_f32 (f32.const 1.9))))  ;; #6
    (call $p (i32.trunc_f32_s (f32.const -1.9)))  ;; #7
    (call $p (i32.trunc_f32_s (call $id_f32 (f32.const -1.9))))  ;; #8
    (call $p (i32.trunc_f32_s (f32.const 2147483520)))  ;; #9
    (call $p (i32.trunc_f32_s (call $id_f32 (f32.const 2147483520))))  ;; #10
    (call $p (i32.trunc_f32_s (f32.const -2147483648)))  ;; #11
    (call $p (i32.trunc_f32_s (call $id_f32 (f32.const -2147483648))))  ;; #12
    (call $p (i32.trunc_f32_s (f32.const 0x1p-149)))  ;; #13
    (call $p (i32.trunc_f32_s (call $id_f32 (f32.const 0x1p-149))))  ;; #14
    (call $p (i32.trunc_f32_s (f32.const -0.99999994)))  ;; #15
    (call $p (i32.trunc_f32_s (call $id_f32 (f32.const -0.99999994))))  ;; #16
    (call $p (i32.trunc_f64_s (f64.const 0)))  ;; #17
    (call $p (i32.trunc_f64_s (call $id_f64 (f64.const 0))))  ;; #18
    (call $p (i32.trunc_f64_s (f64.const 1.9)))  ;; #19
    (call $p (i32.trunc_f64_s (call $id_f64 (f64.const 1.9))))  ;; #20
    (call $p (i32.trunc_f64_s (f64.const -1.9)))  ;; #21
    (call $p (i32.trunc_f64_s (call $id_f64 (f64.const -1.9))))  ;; #22
    (call $p (i32.trunc_f64_s (f64.const 2147483647)))  ;; #23
    (call $p (i32.trunc_f64_s (call $id_f64 (f64.const 2147483647))))  ;; #24
    (call $p (i32.trunc_f64_s (f64.const 2147483647.9)))  ;; #25
    (call $p (i32.trunc_f64_s (call $id_f64 (f64.const 2147483647.9))))  ;; #26
    (call $p (i32.trunc_f64_s (f64.const -2147483648)))  ;; #27
    (call $p (i32.trunc_f64_s (call $id_f64 (f64.const -2147483648))))  ;; #28
    (call $p (i32.trunc_f64_s (f64.const -2147483648.9)))  ;; #29
    (call $p (i32.trunc_f64_s (call $id_f64 (f64.const -2147483648.9))))  ;; #30
    (call $p (i32.trunc_f64_s (f64.const -0.9)))  ;; #31
    (call $p (i32.trunc_f64_s (call $id_f64 (f64.const -0.9))))  ;; #32
    (call $p (i32.trunc_f32_u (f32.const 0)))  ;; #33
    (call $p (i32.trunc_f32_u (call $id_f32 (f32.const 0))))  ;; #34
    (call $p (i32.trunc_f32_u (f32.const -0)))  ;; #35
    (call $p (i32.trunc_f32_u (call $id_f32 (f32.const -0))))  ;; #36
    (call $p (i32.trunc_f32_u (f32.const -0.99999994)))  ;; #37
    (call $p (i32.trunc_f32_u (call $id_f32 (f32.const -0.99999994))))  ;; #38
    (call $p (i32.trunc_f32_u (f32.const 1.9)))  ;; #39
    (call $p (i32.trunc_f32_u (call $id_f32 (f32.const 1.9))))  ;; #40
    (call $p (i32.trunc_f32_u (f32.const 4294967040)))  ;; #41
    (call $p (i32.trunc_f32_u (call $id_f32 (f32.const 4294967040))))  ;; #42
    (call $p (i32.trunc_f32_u (f32.const 2147483648)))  ;; #43
    (call $p (i32.trunc_f32_u (call $id_f32 (f32.const 2147483648))))  ;; #44
    (call $p (i32.trunc_f64_u (f64.const 0)))  ;; #45
    (call $p (i32.trunc_f64_u (call $id_f64 (f64.const 0))))  ;; #46
    (call $p (i32.trunc_f64_u (f64.const -0.9)))  ;; #47
    (call $p (i32.trunc_f64_u (call $id_f64 (f64.const -0.9))))  ;; #48
    (call $p (i32.trunc_f64_u (f64.const 1.9)))  ;; #49
    (call $p (i32.trunc_f64_u (call $id_f64 (f64.const 1.9))))  ;; #50
    (call $p (i32.trunc_f64_u (f64.const 4294967295)))  ;; #51
    (call $p (i32.trunc_f64_u (call $id_f64 (f64.const 4294967295))))  ;; #52
    (call $p (i32.trunc_f64_u (f64.const 4294967295.9)))  ;; #53
    (call $p (i32.trunc_f64_u (call $id_f64 (f64.const 4294967295.9))))  ;; #54
    (call $p (i32.trunc_f64_u (f64.const 2147483648)))  ;; #55
    (call $p (i32.trunc_f64_u (call $id_f64 (f64.const 2147483648))))  ;; #56
    (call $p64 (i64.trunc_f32_s (f32.const 0)))  ;; #57
    (call $p64 (i64.trunc_f32_s (call $id_f32 (f32.const 0))))  ;; #58
    (call $p64 (i64.trunc_f32_s (f32.const -1.9)))  ;; #59
    (call $p64 (i64.trunc_f32_s (call $id_f32 (f32.const -1.9))))  ;; #60
    (call $p64 (i64.trunc_f32_s (f32.const 9223371487098961920)))  ;; #61
    (call $p64 (i64.trunc_f32_s (call $id_f32 (f32.const 9223371487098961920))))  ;; #62
    (call $p64 (i64.trunc_f32_s (f32.const -9223372036854775808)))  ;; #63
    (call $p64 (i64.trunc_f32_s (call $id_f32 (f32.const -9223372036854775808))))  ;; #64
    (call $p64 (i64.trunc_f32_s (f32.const 1e10)))  ;; #65
    (call $p64 (i64.trunc_f32_s (call $id_f32 (f32.const 1e10))))  ;; #66
    (call $p64 (i64.trunc_f64_s (f64.const 0)))  ;; #67
    (call $p64 (i64.trunc_f64_s (call $id_f64 (f64.const 0))))  ;; #68
    (call $p64 (i64.trunc_f64_s (f64.const -1.9)))  ;; #69
    (call $p64 (i64.trunc_f64_s (call $id_f64 (f64.const -1.9))))  ;; #70
    (call $p64 (i64.trunc_f64_s (f64.const 9223372036854774784)))  ;; #71
    (call $p64 (i64.trunc_f64_s (call $id_f64 (f64.const 9223372036854774784))))  ;; #72
    (call $p64 (i64.trunc_f64_s (f64.const -9223372036854775808)))  ;; #73
    (call $p64 (i64.trunc_f64_s (call $id_f64 (f64.const -9223372036854775808))))  ;; #74
    (call $p64 (i64.trunc_f64_s (f64.const 1e18)))  ;; #75
    (call $p64 (i64.trunc_f64_s (call $id_f64 (f64.const 1e18))))  ;; #76
    (call $p64 (i64.trunc_f32_u (f32.const 0)))  ;; #77
    (call $p64 (i64.trunc_f32_u (call $id_f32 (f32.const 0))))  ;; #78
    (call $p64 (i64.trunc_f32_u (f32.const -0.99999994)))  ;; #79
    (call $p64 (i64.trunc_f32_u (call $id_f32 (f32.const -0.99999994))))  ;; #80
    (call $p64 (i64.trunc_f32_u (f32.const 18446742974197923840)))  ;; #81
    (call $p64 (i64.trunc_f32_u (call $id_f32 (f32.const 18446742974197923840))))  ;; #82
    (call $p64 (i64.trunc_f32_u (f32.const 9223372036854775808)))  ;; #83
    (call $p64 (i64.trunc_f32_u (call $id_f32 (f32.const 9223372036854775808))))  ;; #84
    (call $p64 (i64.trunc_f32_u (f32.const 1e10)))  ;; #85
    (call $p64 (i64.trunc_f32_u (call $id_f32 (f32.const 1e10))))  ;; #86
    (call $p64 (i64.trunc_f64_u (f64.const 0)))  ;; #87
    (call $p64 (i64.trunc_f64_u (call $id_f64 (f64.const 0))))  ;; #88
    (call $p64 (i64.trunc_f64_u (f64.const -0.9)))  ;; #89
    (call $p64 (i64.trunc_f64_u (call $id_f64 (f64.const -0.9))))  ;; #90
    (call $p64 (i64.trunc_f64_u (f64.const 18446744073709549568)))  ;; #91
    (call $p64 (i64.trunc_f64_u (call $id_f64 (f64.const 18446744073709549568))))  ;; #92
    (call $p64 (i64.trunc_f64_u (f64.const 9223372036854775808)))  ;; #93
    (call $p64 (i64.trunc_f64_u (call $id_f64 (f64.const 9223372036854775808))))  ;; #94
    (call $p64 (i64.trunc_f64_u (f64.const 1e19)))  ;; #95
    (call $p64 (i64.trunc_f64_u (call $id_f64 (f64.const 1e19))))  ;; #96
    (call $p (i32.trunc_sat_f32_s (f32.const nan)))  ;; #97
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const nan))))  ;; #98
    (call $p (i32.trunc_sat_f32_s (f32.const -nan)))  ;; #99
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const -nan))))  ;; #100
    (call $p (i32.trunc_sat_f32_s (f32.const inf)))  ;; #101
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const inf))))  ;; #102
    (call $p (i32.trunc_sat_f32_s (f32.const -inf)))  ;; #103
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const -inf))))  ;; #104
    (call $p (i32.trunc_sat_f32_s (f32.const 0)))  ;; #105
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const 0))))  ;; #106
    (call $p (i32.trunc_sat_f32_s (f32.const -0.5)))  ;; #107
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const -0.5))))  ;; #108
    (call $p (i32.trunc_sat_f32_s (f32.const 1e10)))  ;; #109
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const 1e10))))  ;; #110
    (call $p (i32.trunc_sat_f32_s (f32.const -1e10)))  ;; #111
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const -1e10))))  ;; #112
    (call $p (i32.trunc_sat_f32_s (f32.const 1e30)))  ;; #113
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const 1e30))))  ;; #114
    (call $p (i32.trunc_sat_f32_s (f32.const -1e30)))  ;; #115
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const -1e30))))  ;; #116
    (call $p (i32.trunc_sat_f32_s (f32.const 3000000000)))  ;; #117
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const 3000000000))))  ;; #118
    (call $p (i32.trunc_sat_f32_s (f32.const -3000000000)))  ;; #119
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const -3000000000))))  ;; #120
    (call $p (i32.trunc_sat_f32_s (f32.const 123.75)))  ;; #121
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const 123.75))))  ;; #122
    (call $p (i32.trunc_sat_f32_s (f32.const -123.75)))  ;; #123
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const -123.75))))  ;; #124
    (call $p (i32.trunc_sat_f32_s (f32.const 2147483648)))  ;; #125
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const 2147483648))))  ;; #126
    (call $p (i32.trunc_sat_f32_s (f32.const -2147483649)))  ;; #127
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const -2147483649))))  ;; #128
    (call $p (i32.trunc_sat_f32_s (f32.const 4294967296)))  ;; #129
    (call $p (i32.trunc_sat_f32_s (call $id_f32 (f32.const 4294967296))))  ;; #130
    (call $p (i32.trunc_sat_f32_u (f32.const nan)))  ;; #131
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const nan))))  ;; #132
    (call $p (i32.trunc_sat_f32_u (f32.const -nan)))  ;; #133
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const -nan))))  ;; #134
    (call $p (i32.trunc_sat_f32_u (f32.const inf)))  ;; #135
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const inf))))  ;; #136
    (call $p (i32.trunc_sat_f32_u (f32.const -inf)))  ;; #137
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const -inf))))  ;; #138
    (call $p (i32.trunc_sat_f32_u (f32.const 0)))  ;; #139
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const 0))))  ;; #140
    (call $p (i32.trunc_sat_f32_u (f32.const -0.5)))  ;; #141
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const -0.5))))  ;; #142
    (call $p (i32.trunc_sat_f32_u (f32.const 1e10)))  ;; #143
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const 1e10))))  ;; #144
    (call $p (i32.trunc_sat_f32_u (f32.const -1e10)))  ;; #145
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const -1e10))))  ;; #146
    (call $p (i32.trunc_sat_f32_u (f32.const 1e30)))  ;; #147
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const 1e30))))  ;; #148
    (call $p (i32.trunc_sat_f32_u (f32.const -1e30)))  ;; #149
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const -1e30))))  ;; #150
    (call $p (i32.trunc_sat_f32_u (f32.const 3000000000)))  ;; #151
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const 3000000000))))  ;; #152
    (call $p (i32.trunc_sat_f32_u (f32.const -3000000000)))  ;; #153
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const -3000000000))))  ;; #154
    (call $p (i32.trunc_sat_f32_u (f32.const 123.75)))  ;; #155
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const 123.75))))  ;; #156
    (call $p (i32.trunc_sat_f32_u (f32.const -123.75)))  ;; #157
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const -123.75))))  ;; #158
    (call $p (i32.trunc_sat_f32_u (f32.const 2147483648)))  ;; #159
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const 2147483648))))  ;; #160
    (call $p (i32.trunc_sat_f32_u (f32.const -2147483649)))  ;; #161
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const -2147483649))))  ;; #162
    (call $p (i32.trunc_sat_f32_u (f32.const 4294967296)))  ;; #163
    (call $p (i32.trunc_sat_f32_u (call $id_f32 (f32.const 4294967296))))  ;; #164
    (call $p64 (i64.trunc_sat_f32_s (f32.const nan)))  ;; #165
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const nan))))  ;; #166
    (call $p64 (i64.trunc_sat_f32_s (f32.const -nan)))  ;; #167
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -nan))))  ;; #168
    (call $p64 (i64.trunc_sat_f32_s (f32.const inf)))  ;; #169
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const inf))))  ;; #170
    (call $p64 (i64.trunc_sat_f32_s (f32.const -inf)))  ;; #171
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -inf))))  ;; #172
    (call $p64 (i64.trunc_sat_f32_s (f32.const 0)))  ;; #173
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 0))))  ;; #174
    (call $p64 (i64.trunc_sat_f32_s (f32.const -0.5)))  ;; #175
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -0.5))))  ;; #176
    (call $p64 (i64.trunc_sat_f32_s (f32.const 1e10)))  ;; #177
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 1e10))))  ;; #178
    (call $p64 (i64.trunc_sat_f32_s (f32.const -1e10)))  ;; #179
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -1e10))))  ;; #180
    (call $p64 (i64.trunc_sat_f32_s (f32.const 1e30)))  ;; #181
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 1e30))))  ;; #182
    (call $p64 (i64.trunc_sat_f32_s (f32.const -1e30)))  ;; #183
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -1e30))))  ;; #184
    (call $p64 (i64.trunc_sat_f32_s (f32.const 3000000000)))  ;; #185
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 3000000000))))  ;; #186
    (call $p64 (i64.trunc_sat_f32_s (f32.const -3000000000)))  ;; #187
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -3000000000))))  ;; #188
    (call $p64 (i64.trunc_sat_f32_s (f32.const 123.75)))  ;; #189
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 123.75))))  ;; #190
    (call $p64 (i64.trunc_sat_f32_s (f32.const -123.75)))  ;; #191
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -123.75))))  ;; #192
    (call $p64 (i64.trunc_sat_f32_s (f32.const 2147483648)))  ;; #193
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 2147483648))))  ;; #194
    (call $p64 (i64.trunc_sat_f32_s (f32.const -2147483649)))  ;; #195
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -2147483649))))  ;; #196
    (call $p64 (i64.trunc_sat_f32_s (f32.const 4294967296)))  ;; #197
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 4294967296))))  ;; #198
    (call $p64 (i64.trunc_sat_f32_s (f32.const 9.3e18)))  ;; #199
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 9.3e18))))  ;; #200
    (call $p64 (i64.trunc_sat_f32_s (f32.const -9.3e18)))  ;; #201
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const -9.3e18))))  ;; #202
    (call $p64 (i64.trunc_sat_f32_s (f32.const 1.8e19)))  ;; #203
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 1.8e19))))  ;; #204
    (call $p64 (i64.trunc_sat_f32_s (f32.const 1.9e19)))  ;; #205
    (call $p64 (i64.trunc_sat_f32_s (call $id_f32 (f32.const 1.9e19))))  ;; #206
    (call $p64 (i64.trunc_sat_f32_u (f32.const nan)))  ;; #207
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const nan))))  ;; #208
    (call $p64 (i64.trunc_sat_f32_u (f32.const -nan)))  ;; #209
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -nan))))  ;; #210
    (call $p64 (i64.trunc_sat_f32_u (f32.const inf)))  ;; #211
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const inf))))  ;; #212
    (call $p64 (i64.trunc_sat_f32_u (f32.const -inf)))  ;; #213
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -inf))))  ;; #214
    (call $p64 (i64.trunc_sat_f32_u (f32.const 0)))  ;; #215
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 0))))  ;; #216
    (call $p64 (i64.trunc_sat_f32_u (f32.const -0.5)))  ;; #217
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -0.5))))  ;; #218
    (call $p64 (i64.trunc_sat_f32_u (f32.const 1e10)))  ;; #219
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 1e10))))  ;; #220
    (call $p64 (i64.trunc_sat_f32_u (f32.const -1e10)))  ;; #221
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -1e10))))  ;; #222
    (call $p64 (i64.trunc_sat_f32_u (f32.const 1e30)))  ;; #223
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 1e30))))  ;; #224
    (call $p64 (i64.trunc_sat_f32_u (f32.const -1e30)))  ;; #225
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -1e30))))  ;; #226
    (call $p64 (i64.trunc_sat_f32_u (f32.const 3000000000)))  ;; #227
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 3000000000))))  ;; #228
    (call $p64 (i64.trunc_sat_f32_u (f32.const -3000000000)))  ;; #229
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -3000000000))))  ;; #230
    (call $p64 (i64.trunc_sat_f32_u (f32.const 123.75)))  ;; #231
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 123.75))))  ;; #232
    (call $p64 (i64.trunc_sat_f32_u (f32.const -123.75)))  ;; #233
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -123.75))))  ;; #234
    (call $p64 (i64.trunc_sat_f32_u (f32.const 2147483648)))  ;; #235
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 2147483648))))  ;; #236
    (call $p64 (i64.trunc_sat_f32_u (f32.const -2147483649)))  ;; #237
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -2147483649))))  ;; #238
    (call $p64 (i64.trunc_sat_f32_u (f32.const 4294967296)))  ;; #239
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 4294967296))))  ;; #240
    (call $p64 (i64.trunc_sat_f32_u (f32.const 9.3e18)))  ;; #241
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 9.3e18))))  ;; #242
    (call $p64 (i64.trunc_sat_f32_u (f32.const -9.3e18)))  ;; #243
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const -9.3e18))))  ;; #244
    (call $p64 (i64.trunc_sat_f32_u (f32.const 1.8e19)))  ;; #245
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 1.8e19))))  ;; #246
    (call $p64 (i64.trunc_sat_f32_u (f32.const 1.9e19)))  ;; #247
    (call $p64 (i64.trunc_sat_f32_u (call $id_f32 (f32.const 1.9e19))))  ;; #248
    (call $p (i32.trunc_sat_f64_s (f64.const nan)))  ;; #249
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const nan))))  ;; #250
    (call $p (i32.trunc_sat_f64_s (f64.const -nan)))  ;; #251
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const -nan))))  ;; #252
    (call $p (i32.trunc_sat_f64_s (f64.const inf)))  ;; #253
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const inf))))  ;; #254
    (call $p (i32.trunc_sat_f64_s (f64.const -inf)))  ;; #255
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const -inf))))  ;; #256
    (call $p (i32.trunc_sat_f64_s (f64.const 0)))  ;; #257
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const 0))))  ;; #258
    (call $p (i32.trunc_sat_f64_s (f64.const -0.5)))  ;; #259
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const -0.5))))  ;; #260
    (call $p (i32.trunc_sat_f64_s (f64.const 1e10)))  ;; #261
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const 1e10))))  ;; #262
    (call $p (i32.trunc_sat_f64_s (f64.const -1e10)))  ;; #263
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const -1e10))))  ;; #264
    (call $p (i32.trunc_sat_f64_s (f64.const 1e30)))  ;; #265
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const 1e30))))  ;; #266
    (call $p (i32.trunc_sat_f64_s (f64.const -1e30)))  ;; #267
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const -1e30))))  ;; #268
    (call $p (i32.trunc_sat_f64_s (f64.const 3000000000)))  ;; #269
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const 3000000000))))  ;; #270
    (call $p (i32.trunc_sat_f64_s (f64.const -3000000000)))  ;; #271
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const -3000000000))))  ;; #272
    (call $p (i32.trunc_sat_f64_s (f64.const 123.75)))  ;; #273
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const 123.75))))  ;; #274
    (call $p (i32.trunc_sat_f64_s (f64.const -123.75)))  ;; #275
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const -123.75))))  ;; #276
    (call $p (i32.trunc_sat_f64_s (f64.const 2147483648)))  ;; #277
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const 2147483648))))  ;; #278
    (call $p (i32.trunc_sat_f64_s (f64.const -2147483649)))  ;; #279
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const -2147483649))))  ;; #280
    (call $p (i32.trunc_sat_f64_s (f64.const 4294967296)))  ;; #281
    (call $p (i32.trunc_sat_f64_s (call $id_f64 (f64.const 4294967296))))  ;; #282
    (call $p (i32.trunc_sat_f64_u (f64.const nan)))  ;; #283
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const nan))))  ;; #284
    (call $p (i32.trunc_sat_f64_u (f64.const -nan)))  ;; #285
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const -nan))))  ;; #286
    (call $p (i32.trunc_sat_f64_u (f64.const inf)))  ;; #287
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const inf))))  ;; #288
    (call $p (i32.trunc_sat_f64_u (f64.const -inf)))  ;; #289
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const -inf))))  ;; #290
    (call $p (i32.trunc_sat_f64_u (f64.const 0)))  ;; #291
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const 0))))  ;; #292
    (call $p (i32.trunc_sat_f64_u (f64.const -0.5)))  ;; #293
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const -0.5))))  ;; #294
    (call $p (i32.trunc_sat_f64_u (f64.const 1e10)))  ;; #295
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const 1e10))))  ;; #296
    (call $p (i32.trunc_sat_f64_u (f64.const -1e10)))  ;; #297
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const -1e10))))  ;; #298
    (call $p (i32.trunc_sat_f64_u (f64.const 1e30)))  ;; #299
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const 1e30))))  ;; #300
    (call $p (i32.trunc_sat_f64_u (f64.const -1e30)))  ;; #301
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const -1e30))))  ;; #302
    (call $p (i32.trunc_sat_f64_u (f64.const 3000000000)))  ;; #303
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const 3000000000))))  ;; #304
    (call $p (i32.trunc_sat_f64_u (f64.const -3000000000)))  ;; #305
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const -3000000000))))  ;; #306
    (call $p (i32.trunc_sat_f64_u (f64.const 123.75)))  ;; #307
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const 123.75))))  ;; #308
    (call $p (i32.trunc_sat_f64_u (f64.const -123.75)))  ;; #309
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const -123.75))))  ;; #310
    (call $p (i32.trunc_sat_f64_u (f64.const 2147483648)))  ;; #311
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const 2147483648))))  ;; #312
    (call $p (i32.trunc_sat_f64_u (f64.const -2147483649)))  ;; #313
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const -2147483649))))  ;; #314
    (call $p (i32.trunc_sat_f64_u (f64.const 4294967296)))  ;; #315
    (call $p (i32.trunc_sat_f64_u (call $id_f64 (f64.const 4294967296))))  ;; #316
    (call $p64 (i64.trunc_sat_f64_s (f64.const nan)))  ;; #317
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const nan))))  ;; #318
    (call $p64 (i64.trunc_sat_f64_s (f64.const -nan)))  ;; #319
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -nan))))  ;; #320
    (call $p64 (i64.trunc_sat_f64_s (f64.const inf)))  ;; #321
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const inf))))  ;; #322
    (call $p64 (i64.trunc_sat_f64_s (f64.const -inf)))  ;; #323
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -inf))))  ;; #324
    (call $p64 (i64.trunc_sat_f64_s (f64.const 0)))  ;; #325
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 0))))  ;; #326
    (call $p64 (i64.trunc_sat_f64_s (f64.const -0.5)))  ;; #327
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -0.5))))  ;; #328
    (call $p64 (i64.trunc_sat_f64_s (f64.const 1e10)))  ;; #329
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 1e10))))  ;; #330
    (call $p64 (i64.trunc_sat_f64_s (f64.const -1e10)))  ;; #331
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -1e10))))  ;; #332
    (call $p64 (i64.trunc_sat_f64_s (f64.const 1e30)))  ;; #333
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 1e30))))  ;; #334
    (call $p64 (i64.trunc_sat_f64_s (f64.const -1e30)))  ;; #335
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -1e30))))  ;; #336
    (call $p64 (i64.trunc_sat_f64_s (f64.const 3000000000)))  ;; #337
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 3000000000))))  ;; #338
    (call $p64 (i64.trunc_sat_f64_s (f64.const -3000000000)))  ;; #339
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -3000000000))))  ;; #340
    (call $p64 (i64.trunc_sat_f64_s (f64.const 123.75)))  ;; #341
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 123.75))))  ;; #342
    (call $p64 (i64.trunc_sat_f64_s (f64.const -123.75)))  ;; #343
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -123.75))))  ;; #344
    (call $p64 (i64.trunc_sat_f64_s (f64.const 2147483648)))  ;; #345
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 2147483648))))  ;; #346
    (call $p64 (i64.trunc_sat_f64_s (f64.const -2147483649)))  ;; #347
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -2147483649))))  ;; #348
    (call $p64 (i64.trunc_sat_f64_s (f64.const 4294967296)))  ;; #349
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 4294967296))))  ;; #350
    (call $p64 (i64.trunc_sat_f64_s (f64.const 9.3e18)))  ;; #351
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 9.3e18))))  ;; #352
    (call $p64 (i64.trunc_sat_f64_s (f64.const -9.3e18)))  ;; #353
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const -9.3e18))))  ;; #354
    (call $p64 (i64.trunc_sat_f64_s (f64.const 1.8e19)))  ;; #355
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 1.8e19))))  ;; #356
    (call $p64 (i64.trunc_sat_f64_s (f64.const 1.9e19)))  ;; #357
    (call $p64 (i64.trunc_sat_f64_s (call $id_f64 (f64.const 1.9e19))))  ;; #358
    (call $p64 (i64.trunc_sat_f64_u (f64.const nan)))  ;; #359
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const nan))))  ;; #360
    (call $p64 (i64.trunc_sat_f64_u (f64.const -nan)))  ;; #361
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -nan))))  ;; #362
    (call $p64 (i64.trunc_sat_f64_u (f64.const inf)))  ;; #363
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const inf))))  ;; #364
    (call $p64 (i64.trunc_sat_f64_u (f64.const -inf)))  ;; #365
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -inf))))  ;; #366
    (call $p64 (i64.trunc_sat_f64_u (f64.const 0)))  ;; #367
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 0))))  ;; #368
    (call $p64 (i64.trunc_sat_f64_u (f64.const -0.5)))  ;; #369
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -0.5))))  ;; #370
    (call $p64 (i64.trunc_sat_f64_u (f64.const 1e10)))  ;; #371
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 1e10))))  ;; #372
    (call $p64 (i64.trunc_sat_f64_u (f64.const -1e10)))  ;; #373
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -1e10))))  ;; #374
    (call $p64 (i64.trunc_sat_f64_u (f64.const 1e30)))  ;; #375
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 1e30))))  ;; #376
    (call $p64 (i64.trunc_sat_f64_u (f64.const -1e30)))  ;; #377
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -1e30))))  ;; #378
    (call $p64 (i64.trunc_sat_f64_u (f64.const 3000000000)))  ;; #379
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 3000000000))))  ;; #380
    (call $p64 (i64.trunc_sat_f64_u (f64.const -3000000000)))  ;; #381
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -3000000000))))  ;; #382
    (call $p64 (i64.trunc_sat_f64_u (f64.const 123.75)))  ;; #383
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 123.75))))  ;; #384
    (call $p64 (i64.trunc_sat_f64_u (f64.const -123.75)))  ;; #385
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -123.75))))  ;; #386
    (call $p64 (i64.trunc_sat_f64_u (f64.const 2147483648)))  ;; #387
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 2147483648))))  ;; #388
    (call $p64 (i64.trunc_sat_f64_u (f64.const -2147483649)))  ;; #389
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -2147483649))))  ;; #390
    (call $p64 (i64.trunc_sat_f64_u (f64.const 4294967296)))  ;; #391
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 4294967296))))  ;; #392
    (call $p64 (i64.trunc_sat_f64_u (f64.const 9.3e18)))  ;; #393
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 9.3e18))))  ;; #394
    (call $p64 (i64.trunc_sat_f64_u (f64.const -9.3e18)))  ;; #395
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const -9.3e18))))  ;; #396
    (call $p64 (i64.trunc_sat_f64_u (f64.const 1.8e19)))  ;; #397
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 1.8e19))))  ;; #398
    (call $p64 (i64.trunc_sat_f64_u (f64.const 1.9e19)))  ;; #399
    (call $p64 (i64.trunc_sat_f64_u (call $id_f64 (f64.const 1.9e19))))  ;; #400
    (call $pf32 (f32.convert_i32_s (i32.const 0)))  ;; #401
    (call $pf32 (f32.convert_i32_s (call $id_i32 (i32.const 0))))  ;; #402
    (call $pf32 (f32.convert_i32_s (i32.const 1)))  ;; #403
    (call $pf32 (f32.convert_i32_s (call $id_i32 (i32.const 1))))  ;; #404
    (call $pf32 (f32.convert_i32_s (i32.const -1)))  ;; #405
    (call $pf32 (f32.convert_i32_s (call $id_i32 (i32.const -1))))  ;; #406
    (call $pf32 (f32.convert_i32_s (i32.const 16777217)))  ;; #407
    (call $pf32 (f32.convert_i32_s (call $id_i32 (i32.const 16777217))))  ;; #408
    (call $pf32 (f32.convert_i32_s (i32.const 2147483647)))  ;; #409
    (call $pf32 (f32.convert_i32_s (call $id_i32 (i32.const 2147483647))))  ;; #410
    (call $pf32 (f32.convert_i32_s (i32.const -2147483648)))  ;; #411
    (call $pf32 (f32.convert_i32_s (call $id_i32 (i32.const -2147483648))))  ;; #412
    (call $pf32 (f32.convert_i32_s (i32.const 123456789)))  ;; #413
    (call $pf32 (f32.convert_i32_s (call $id_i32 (i32.const 123456789))))  ;; #414
    (call $pf32 (f32.convert_i32_u (i32.const 0)))  ;; #415
    (call $pf32 (f32.convert_i32_u (call $id_i32 (i32.const 0))))  ;; #416
    (call $pf32 (f32.convert_i32_u (i32.const 1)))  ;; #417
    (call $pf32 (f32.convert_i32_u (call $id_i32 (i32.const 1))))  ;; #418
    (call $pf32 (f32.convert_i32_u (i32.const -1)))  ;; #419
    (call $pf32 (f32.convert_i32_u (call $id_i32 (i32.const -1))))  ;; #420
    (call $pf32 (f32.convert_i32_u (i32.const 16777217)))  ;; #421
    (call $pf32 (f32.convert_i32_u (call $id_i32 (i32.const 16777217))))  ;; #422
    (call $pf32 (f32.convert_i32_u (i32.const 2147483647)))  ;; #423
    (call $pf32 (f32.convert_i32_u (call $id_i32 (i32.const 2147483647))))  ;; #424
    (call $pf32 (f32.convert_i32_u (i32.const -2147483648)))  ;; #425
    (call $pf32 (f32.convert_i32_u (call $id_i32 (i32.const -2147483648))))  ;; #426
    (call $pf32 (f32.convert_i32_u (i32.const 123456789)))  ;; #427
    (call $pf32 (f32.convert_i32_u (call $id_i32 (i32.const 123456789))))  ;; #428
    (call $pf32 (f32.convert_i64_s (i64.const 0)))  ;; #429
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const 0))))  ;; #430
    (call $pf32 (f32.convert_i64_s (i64.const 1)))  ;; #431
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const 1))))  ;; #432
    (call $pf32 (f32.convert_i64_s (i64.const -1)))  ;; #433
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const -1))))  ;; #434
    (call $pf32 (f32.convert_i64_s (i64.const 16777217)))  ;; #435
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const 16777217))))  ;; #436
    (call $pf32 (f32.convert_i64_s (i64.const 9007199254740993)))  ;; #437
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const 9007199254740993))))  ;; #438
    (call $pf32 (f32.convert_i64_s (i64.const 9223372036854775807)))  ;; #439
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const 9223372036854775807))))  ;; #440
    (call $pf32 (f32.convert_i64_s (i64.const -9223372036854775808)))  ;; #441
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const -9223372036854775808))))  ;; #442
    (call $pf32 (f32.convert_i64_s (i64.const 0x8000008000000001)))  ;; #443
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const 0x8000008000000001))))  ;; #444
    (call $pf32 (f32.convert_i64_s (i64.const 0x20000020000001)))  ;; #445
    (call $pf32 (f32.convert_i64_s (call $id_i64 (i64.const 0x20000020000001))))  ;; #446
    (call $pf32 (f32.convert_i64_u (i64.const 0)))  ;; #447
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const 0))))  ;; #448
    (call $pf32 (f32.convert_i64_u (i64.const 1)))  ;; #449
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const 1))))  ;; #450
    (call $pf32 (f32.convert_i64_u (i64.const -1)))  ;; #451
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const -1))))  ;; #452
    (call $pf32 (f32.convert_i64_u (i64.const 16777217)))  ;; #453
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const 16777217))))  ;; #454
    (call $pf32 (f32.convert_i64_u (i64.const 9007199254740993)))  ;; #455
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const 9007199254740993))))  ;; #456
    (call $pf32 (f32.convert_i64_u (i64.const 9223372036854775807)))  ;; #457
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const 9223372036854775807))))  ;; #458
    (call $pf32 (f32.convert_i64_u (i64.const -9223372036854775808)))  ;; #459
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const -9223372036854775808))))  ;; #460
    (call $pf32 (f32.convert_i64_u (i64.const 0x8000008000000001)))  ;; #461
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const 0x8000008000000001))))  ;; #462
    (call $pf32 (f32.convert_i64_u (i64.const 0x20000020000001)))  ;; #463
    (call $pf32 (f32.convert_i64_u (call $id_i64 (i64.const 0x20000020000001))))  ;; #464
    (call $pf64 (f64.convert_i32_s (i32.const 0)))  ;; #465
    (call $pf64 (f64.convert_i32_s (call $id_i32 (i32.const 0))))  ;; #466
    (call $pf64 (f64.convert_i32_s (i32.const 1)))  ;; #467
    (call $pf64 (f64.convert_i32_s (call $id_i32 (i32.const 1))))  ;; #468
    (call $pf64 (f64.convert_i32_s (i32.const -1)))  ;; #469
    (call $pf64 (f64.convert_i32_s (call $id_i32 (i32.const -1))))  ;; #470
    (call $pf64 (f64.convert_i32_s (i32.const 16777217)))  ;; #471
    (call $pf64 (f64.convert_i32_s (call $id_i32 (i32.const 16777217))))  ;; #472
    (call $pf64 (f64.convert_i32_s (i32.const 2147483647)))  ;; #473
    (call $pf64 (f64.convert_i32_s (call $id_i32 (i32.const 2147483647))))  ;; #474
    (call $pf64 (f64.convert_i32_s (i32.const -2147483648)))  ;; #475
    (call $pf64 (f64.convert_i32_s (call $id_i32 (i32.const -2147483648))))  ;; #476
    (call $pf64 (f64.convert_i32_s (i32.const 123456789)))  ;; #477
    (call $pf64 (f64.convert_i32_s (call $id_i32 (i32.const 123456789))))  ;; #478
    (call $pf64 (f64.convert_i32_u (i32.const 0)))  ;; #479
    (call $pf64 (f64.convert_i32_u (call $id_i32 (i32.const 0))))  ;; #480
    (call $pf64 (f64.convert_i32_u (i32.const 1)))  ;; #481
    (call $pf64 (f64.convert_i32_u (call $id_i32 (i32.const 1))))  ;; #482
    (call $pf64 (f64.convert_i32_u (i32.const -1)))  ;; #483
    (call $pf64 (f64.convert_i32_u (call $id_i32 (i32.const -1))))  ;; #484
    (call $pf64 (f64.convert_i32_u (i32.const 16777217)))  ;; #485
    (call $pf64 (f64.convert_i32_u (call $id_i32 (i32.const 16777217))))  ;; #486
    (call $pf64 (f64.convert_i32_u (i32.const 2147483647)))  ;; #487
    (call $pf64 (f64.convert_i32_u (call $id_i32 (i32.const 2147483647))))  ;; #488
    (call $pf64 (f64.convert_i32_u (i32.const -2147483648)))  ;; #489
    (call $pf64 (f64.convert_i32_u (call $id_i32 (i32.const -2147483648))))  ;; #490
    (call $pf64 (f64.convert_i32_u (i32.const 123456789)))  ;; #491
    (call $pf64 (f64.convert_i32_u (call $id_i32 (i32.const 123456789))))  ;; #492
    (call $pf64 (f64.convert_i64_s (i64.const 0)))  ;; #493
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const 0))))  ;; #494
    (call $pf64 (f64.convert_i64_s (i64.const 1)))  ;; #495
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const 1))))  ;; #496
    (call $pf64 (f64.convert_i64_s (i64.const -1)))  ;; #497
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const -1))))  ;; #498
    (call $pf64 (f64.convert_i64_s (i64.const 16777217)))  ;; #499
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const 16777217))))  ;; #500
    (call $pf64 (f64.convert_i64_s (i64.const 9007199254740993)))  ;; #501
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const 9007199254740993))))  ;; #502
    (call $pf64 (f64.convert_i64_s (i64.const 9223372036854775807)))  ;; #503
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const 9223372036854775807))))  ;; #504
    (call $pf64 (f64.convert_i64_s (i64.const -9223372036854775808)))  ;; #505
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const -9223372036854775808))))  ;; #506
    (call $pf64 (f64.convert_i64_s (i64.const 0x8000008000000001)))  ;; #507
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const 0x8000008000000001))))  ;; #508
    (call $pf64 (f64.convert_i64_s (i64.const 0x20000020000001)))  ;; #509
    (call $pf64 (f64.convert_i64_s (call $id_i64 (i64.const 0x20000020000001))))  ;; #510
    (call $pf64 (f64.convert_i64_u (i64.const 0)))  ;; #511
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const 0))))  ;; #512
    (call $pf64 (f64.convert_i64_u (i64.const 1)))  ;; #513
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const 1))))  ;; #514
    (call $pf64 (f64.convert_i64_u (i64.const -1)))  ;; #515
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const -1))))  ;; #516
    (call $pf64 (f64.convert_i64_u (i64.const 16777217)))  ;; #517
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const 16777217))))  ;; #518
    (call $pf64 (f64.convert_i64_u (i64.const 9007199254740993)))  ;; #519
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const 9007199254740993))))  ;; #520
    (call $pf64 (f64.convert_i64_u (i64.const 9223372036854775807)))  ;; #521
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const 9223372036854775807))))  ;; #522
    (call $pf64 (f64.convert_i64_u (i64.const -9223372036854775808)))  ;; #523
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const -9223372036854775808))))  ;; #524
    (call $pf64 (f64.convert_i64_u (i64.const 0x8000008000000001)))  ;; #525
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const 0x8000008000000001))))  ;; #526
    (call $pf64 (f64.convert_i64_u (i64.const 0x20000020000001)))  ;; #527
    (call $pf64 (f64.convert_i64_u (call $id_i64 (i64.const 0x20000020000001))))  ;; #528
    (call $pf64 (f64.promote_f32 (f32.const 0)))  ;; #529
    (call $pf64 (f64.promote_f32 (call $id_f32 (f32.const 0))))  ;; #530
    (call $pf64 (f64.promote_f32 (f32.const -0)))  ;; #531
    (call $pf64 (f64.promote_f32 (call $id_f32 (f32.const -0))))  ;; #532
    (call $pf64 (f64.promote_f32 (f32.const 1.1)))  ;; #533
    (call $pf64 (f64.promote_f32 (call $id_f32 (f32.const 1.1))))  ;; #534
    (call $pf64 (f64.promote_f32 (f32.const -3.4028235e38)))  ;; #535
    (call $pf64 (f64.promote_f32 (call $id_f32 (f32.const -3.4028235e38))))  ;; #536
    (call $pf64 (f64.promote_f32 (f32.const 0x1p-149)))  ;; #537
    (call $pf64 (f64.promote_f32 (call $id_f32 (f32.const 0x1p-149))))  ;; #538
    (call $pf64 (f64.promote_f32 (f32.const inf)))  ;; #539
    (call $pf64 (f64.promote_f32 (call $id_f32 (f32.const inf))))  ;; #540
    (call $pf64 (f64.promote_f32 (f32.const -inf)))  ;; #541
    (call $pf64 (f64.promote_f32 (call $id_f32 (f32.const -inf))))  ;; #542
    (call $pf64 (f64.promote_f32 (f32.const nan)))  ;; #543
    (call $pf64 (f64.promote_f32 (call $id_f32 (f32.const nan))))  ;; #544
    (call $pf32 (f32.demote_f64 (f64.const 0)))  ;; #545
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 0))))  ;; #546
    (call $pf32 (f32.demote_f64 (f64.const -0)))  ;; #547
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const -0))))  ;; #548
    (call $pf32 (f32.demote_f64 (f64.const 1.1)))  ;; #549
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 1.1))))  ;; #550
    (call $pf32 (f32.demote_f64 (f64.const 3.4028235677973366e38)))  ;; #551
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 3.4028235677973366e38))))  ;; #552
    (call $pf32 (f32.demote_f64 (f64.const 3.5e38)))  ;; #553
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 3.5e38))))  ;; #554
    (call $pf32 (f32.demote_f64 (f64.const -3.5e38)))  ;; #555
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const -3.5e38))))  ;; #556
    (call $pf32 (f32.demote_f64 (f64.const 1e-46)))  ;; #557
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 1e-46))))  ;; #558
    (call $pf32 (f32.demote_f64 (f64.const 1e-45)))  ;; #559
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 1e-45))))  ;; #560
    (call $pf32 (f32.demote_f64 (f64.const 0x1.000001p0)))  ;; #561
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 0x1.000001p0))))  ;; #562
    (call $pf32 (f32.demote_f64 (f64.const 0x1.0000018p0)))  ;; #563
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 0x1.0000018p0))))  ;; #564
    (call $pf32 (f32.demote_f64 (f64.const 0x1.0000010000001p0)))  ;; #565
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const 0x1.0000010000001p0))))  ;; #566
    (call $pf32 (f32.demote_f64 (f64.const inf)))  ;; #567
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const inf))))  ;; #568
    (call $pf32 (f32.demote_f64 (f64.const nan)))  ;; #569
    (call $pf32 (f32.demote_f64 (call $id_f64 (f64.const nan))))  ;; #570
    (call $p (i32.reinterpret_f32 (f32.const 0)))  ;; #571
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const 0))))  ;; #572
    (call $p (i32.reinterpret_f32 (f32.const -0)))  ;; #573
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const -0))))  ;; #574
    (call $p (i32.reinterpret_f32 (f32.const 1)))  ;; #575
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const 1))))  ;; #576
    (call $p (i32.reinterpret_f32 (f32.const -2.5)))  ;; #577
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const -2.5))))  ;; #578
    (call $p (i32.reinterpret_f32 (f32.const inf)))  ;; #579
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const inf))))  ;; #580
    (call $p (i32.reinterpret_f32 (f32.const nan)))  ;; #581
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const nan))))  ;; #582
    (call $p (i32.reinterpret_f32 (f32.const -nan)))  ;; #583
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const -nan))))  ;; #584
    (call $p (i32.reinterpret_f32 (f32.const nan:0x200001)))  ;; #585
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const nan:0x200001))))  ;; #586
    (call $p (i32.reinterpret_f32 (f32.const -nan:0x7fffff)))  ;; #587
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const -nan:0x7fffff))))  ;; #588
    (call $p (i32.reinterpret_f32 (f32.const 0x1p-149)))  ;; #589
    (call $p (i32.reinterpret_f32 (call $id_f32 (f32.const 0x1p-149))))  ;; #590
    (call $p64 (i64.reinterpret_f64 (f64.const 0)))  ;; #591
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const 0))))  ;; #592
    (call $p64 (i64.reinterpret_f64 (f64.const -0)))  ;; #593
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const -0))))  ;; #594
    (call $p64 (i64.reinterpret_f64 (f64.const 1)))  ;; #595
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const 1))))  ;; #596
    (call $p64 (i64.reinterpret_f64 (f64.const -2.5)))  ;; #597
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const -2.5))))  ;; #598
    (call $p64 (i64.reinterpret_f64 (f64.const inf)))  ;; #599
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const inf))))  ;; #600
    (call $p64 (i64.reinterpret_f64 (f64.const nan)))  ;; #601
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const nan))))  ;; #602
    (call $p64 (i64.reinterpret_f64 (f64.const -nan)))  ;; #603
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const -nan))))  ;; #604
    (call $p64 (i64.reinterpret_f64 (f64.const nan:0x1)))  ;; #605
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const nan:0x1))))  ;; #606
    (call $p64 (i64.reinterpret_f64 (f64.const -nan:0xfffffffffffff)))  ;; #607
    (call $p64 (i64.reinterpret_f64 (call $id_f64 (f64.const -nan:0xfffffffffffff))))  ;; #608
    (call $pf32 (f32.reinterpret_i32 (i32.const 0)))  ;; #609
    (call $pf32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0))))  ;; #610
    (call $pf32 (f32.reinterpret_i32 (i32.const 0x80000000)))  ;; #611
    (call $pf32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0x80000000))))  ;; #612
    (call $pf32 (f32.reinterpret_i32 (i32.const 0x3f800000)))  ;; #613
    (call $pf32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0x3f800000))))  ;; #614
    (call $pf32 (f32.reinterpret_i32 (i32.const 0x7f800000)))  ;; #615
    (call $pf32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0x7f800000))))  ;; #616
    (call $pf32 (f32.reinterpret_i32 (i32.const 1)))  ;; #617
    (call $pf32 (f32.reinterpret_i32 (call $id_i32 (i32.const 1))))  ;; #618
    (call $pf32 (f32.reinterpret_i32 (i32.const 0x7f7fffff)))  ;; #619
    (call $pf32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0x7f7fffff))))  ;; #620
    (call $pf64 (f64.reinterpret_i64 (i64.const 0)))  ;; #621
    (call $pf64 (f64.reinterpret_i64 (call $id_i64 (i64.const 0))))  ;; #622
    (call $pf64 (f64.reinterpret_i64 (i64.const 0x8000000000000000)))  ;; #623
    (call $pf64 (f64.reinterpret_i64 (call $id_i64 (i64.const 0x8000000000000000))))  ;; #624
    (call $pf64 (f64.reinterpret_i64 (i64.const 0x3ff0000000000000)))  ;; #625
    (call $pf64 (f64.reinterpret_i64 (call $id_i64 (i64.const 0x3ff0000000000000))))  ;; #626
    (call $pf64 (f64.reinterpret_i64 (i64.const 0xfff0000000000000)))  ;; #627
    (call $pf64 (f64.reinterpret_i64 (call $id_i64 (i64.const 0xfff0000000000000))))  ;; #628
    (call $pf64 (f64.reinterpret_i64 (i64.const 1)))  ;; #629
    (call $pf64 (f64.reinterpret_i64 (call $id_i64 (i64.const 1))))  ;; #630
    (call $p (i32.reinterpret_f32 (f32.reinterpret_i32 (i32.const 0x7fa00001))))  ;; #631
    (call $p (i32.reinterpret_f32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0x7fa00001)))))  ;; #632
    (call $p (i32.reinterpret_f32 (f32.reinterpret_i32 (i32.const 0xffc00000))))  ;; #633
    (call $p (i32.reinterpret_f32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0xffc00000)))))  ;; #634
    (call $p (i32.reinterpret_f32 (f32.reinterpret_i32 (i32.const 0x7f800001))))  ;; #635
    (call $p (i32.reinterpret_f32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0x7f800001)))))  ;; #636
    (call $p (i32.reinterpret_f32 (f32.reinterpret_i32 (i32.const 0xff812345))))  ;; #637
    (call $p (i32.reinterpret_f32 (f32.reinterpret_i32 (call $id_i32 (i32.const 0xff812345)))))  ;; #638
    (call $p64 (i64.reinterpret_f64 (f64.reinterpret_i64 (i64.const 0x7ff4000000000001))))  ;; #639
    (call $p64 (i64.reinterpret_f64 (f64.reinterpret_i64 (call $id_i64 (i64.const 0x7ff4000000000001)))))  ;; #640
    (call $p64 (i64.reinterpret_f64 (f64.reinterpret_i64 (i64.const 0xfff8000000000000))))  ;; #641
    (call $p64 (i64.reinterpret_f64 (f64.reinterpret_i64 (call $id_i64 (i64.const 0xfff8000000000000)))))  ;; #642
    (call $p64 (i64.reinterpret_f64 (f64.reinterpret_i64 (i64.const 0x7ff0000000000001))))  ;; #643
    (call $p64 (i64.reinterpret_f64 (f64.reinterpret_i64 (call $id_i64 (i64.const 0x7ff0000000000001)))))  ;; #644
  )
)
