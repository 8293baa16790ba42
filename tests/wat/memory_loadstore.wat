;; Loads and stores of every width and signedness, unaligned accesses, offset
;; immediates, alignment hints, little-endian byte order, active data segments.
;; exit: 0
;; stdout: 67305985
;; stdout: 240
;; stdout: -16
;; stdout: 61936
;; stdout: -3600
;; stdout: 127
;; stdout: -128
;; stdout: -32641
;; stdout: 578437695752307201
;; stdout: -579005069656919568
;; stdout: 240
;; stdout: -16
;; stdout: 61936
;; stdout: -3600
;; stdout: 4092785136
;; stdout: -202182160
;; stdout: 67305985
;; stdout: 84148994
;; stdout: 100992003
;; stdout: 117835012
;; stdout: -796025588186347770
;; stdout: 770
;; stdout: 67305985
;; stdout: 8
;; stdout: 578437695752307201
;; stdout: -204
;; stdout: -839909580
;; stdout: -43215936002457804
;; stdout: -43215938024736888
;; stdout: -559038737
;; stdout: 239
;; stdout: 222
;; stdout: 4328719360
;; stdout: 289644378304020480
;; stdout: 66051
;; stdout: -1.25 0xbfa00000
;; stdout: -1080033280
;; stdout: 2141192193
;; stdout: 6.0221407599999999e+23 0x44dfe185ca57c517
;; stdout: 9219994337134247937
;; stdout: 0
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (import "env" "print_f32" (func $pf32 (param f32)))
  (import "env" "print_f64" (func $pf64 (param f64)))
  (memory 1)
  (data (i32.const 16) "\01\02\03\04\05\06\07\08\f0\f1\f2\f3\f4\f5\f6\f7\ff\7f\80")
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    ;; byte order and every load width on the data segment
    (call $p (i32.load (i32.const 16)))
    (call $p (i32.load8_u (i32.const 24)))
    (call $p (i32.load8_s (i32.const 24)))
    (call $p (i32.load16_u (i32.const 24)))
    (call $p (i32.load16_s (i32.const 24)))
    (call $p (i32.load8_s (i32.const 33)))
    (call $p (i32.load8_s (i32.const 34)))
    (call $p (i32.load16_s (i32.const 33)))
    (call $p64 (i64.load (i32.const 16)))
    (call $p64 (i64.load (i32.const 24)))
    (call $p64 (i64.load8_u (i32.const 24)))
    (call $p64 (i64.load8_s (i32.const 24)))
    (call $p64 (i64.load16_u (i32.const 24)))
    (call $p64 (i64.load16_s (i32.const 24)))
    (call $p64 (i64.load32_u (i32.const 24)))
    (call $p64 (i64.load32_s (i32.const 24)))
    (call $p64 (i64.load32_s (i32.const 16)))
    ;; unaligned loads at every misalignment
    (call $p (i32.load (i32.const 17)))
    (call $p (i32.load (i32.const 18)))
    (call $p (i32.load align=1 (i32.const 19)))
    (call $p64 (i64.load (i32.const 21)))
    (call $p (i32.load16_u (i32.const 17)))
    ;; offset immediates, with a dynamic base
    (call $p (i32.load offset=16 (call $id (i32.const 0))))
    (call $p (i32.load8_u offset=20 (call $id (i32.const 3))))
    (call $p64 (i64.load offset=1 align=1 (call $id (i32.const 15))))
    ;; stores of every width; narrower stores only touch their bytes
    (i64.store (i32.const 100) (i64.const -1))
    (i32.store8 (i32.const 100) (i32.const 0x1234))
    (call $p64 (i64.load (i32.const 100)))
    (i32.store16 (i32.const 102) (i32.const 0xabcdef))
    (call $p64 (i64.load (i32.const 100)))
    (i64.store8 (i32.const 104) (i64.const 0x55))
    (i64.store16 (i32.const 105) (i64.const 0x6677))
    (call $p64 (i64.load (i32.const 100)))
    (i64.store32 (i32.const 100) (i64.const 0x1122334455667788))
    (call $p64 (i64.load (i32.const 100)))
    (i32.store (i32.const 200) (i32.const -559038737))
    (call $p (i32.load (i32.const 200)))
    (call $p (i32.load8_u (i32.const 200)))
    (call $p (i32.load8_u (i32.const 203)))
    ;; unaligned stores
    (i32.store offset=1 (i32.const 300) (i32.const 0x01020304))
    (call $p64 (i64.load (i32.const 300)))
    (i64.store offset=3 align=1 (call $id (i32.const 400)) (i64.const 0x0102030405060708))
    (call $p64 (i64.load (i32.const 400)))
    (call $p64 (i64.load (i32.const 408)))
    ;; floats through memory (bit-exact, including a NaN payload)
    (f32.store (i32.const 500) (f32.const -1.25))
    (call $pf32 (f32.load (i32.const 500)))
    (call $p (i32.load (i32.const 500)))
    (i32.store (i32.const 504) (i32.const 0x7fa00001))
    (f32.store (i32.const 508) (f32.load (i32.const 504)))
    (call $p (i32.load (i32.const 508)))
    (f64.store offset=7 (i32.const 512) (f64.const 6.02214076e23))
    (call $pf64 (f64.load offset=7 (i32.const 512)))
    (i64.store (i32.const 536) (i64.const 0x7ff4000000000001))
    (f64.store (i32.const 544) (f64.load (i32.const 536)))
    (call $p64 (i64.load (i32.const 544)))
    ;; untouched memory is zero
    (call $p64 (i64.load (i32.const 60000))))
)
