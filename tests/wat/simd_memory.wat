;; SIMD memory operators (plain, extending, splat, zero, lane loads and stores)
;; at ordinary and edge addresses, and byte shuffles (which need pshufb or its
;; runtime fallback on baseline x86_64).
;; exit: 0
;; stdout: -2088599168
;; stdout: -2105442289
;; stdout: -128
;; stdout: 65409
;; stdout: 135
;; stdout: -32384
;; stdout: 34694
;; stdout: -2021227132
;; stdout: 2273740164
;; stdout: 5
;; stdout: 1798
;; stdout: 185207048
;; stdout: 1084818905618843912
;; stdout: 117835012
;; stdout: 0
;; stdout: 795458214266537220
;; stdout: 0
;; stdout: 1
;; stdout: 33152
;; stdout: 50462976
;; stdout: -1
;; stdout: 1084818905618843912
;; stdout: 42
;; stdout: 65534
;; stdout: 123456
;; stdout: -5
;; stdout: 4
;; stdout: 17179869187
;; stdout: 0
;; stdout: 26083471
;; stdout: 209915266
;; stdout: 32911
;; stdout: -2097118591
;; stdout: 255
;; stdout: 3
;; stdout: 65280
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (memory 1 1)
  (data (i32.const 0) "\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f")
  (data (i32.const 16) "\80\81\82\83\84\85\86\87\88\89\8a\8b\8c\8d\8e\8f")
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (local $v v128)
    (call $p (i32x4.extract_lane 0 (v128.load offset=16 (call $id (i32.const 0)))))
    (call $p (i32x4.extract_lane 3 (v128.load (i32.const 3))))
    (call $p (i16x8.extract_lane_s 0 (v128.load8x8_s (i32.const 16))))
    (call $p (i16x8.extract_lane_u 1 (v128.load8x8_s (i32.const 16))))
    (call $p (i16x8.extract_lane_s 7 (v128.load8x8_u (i32.const 16))))
    (call $p (i32x4.extract_lane 0 (v128.load16x4_s (i32.const 16))))
    (call $p (i32x4.extract_lane 3 (v128.load16x4_u (i32.const 16))))
    (call $p64 (i64x2.extract_lane 1 (v128.load32x2_s (i32.const 16))))
    (call $p64 (i64x2.extract_lane 1 (v128.load32x2_u (i32.const 16))))
    (call $p (i8x16.extract_lane_u 15 (v128.load8_splat (i32.const 5))))
    (call $p (i16x8.extract_lane_u 6 (v128.load16_splat (i32.const 6))))
    (call $p (i32x4.extract_lane 2 (v128.load32_splat (i32.const 8))))
    (call $p64 (i64x2.extract_lane 1 (v128.load64_splat (i32.const 8))))
    (local.set $v (v128.load32_zero (i32.const 4)))
    (call $p (i32x4.extract_lane 0 (local.get $v)))
    (call $p (i32x4.extract_lane 1 (local.get $v)))
    (local.set $v (v128.load64_zero (i32.const 4)))
    (call $p64 (i64x2.extract_lane 0 (local.get $v)))
    (call $p64 (i64x2.extract_lane 1 (local.get $v)))
    ;; lane loads and stores
    (local.set $v (v128.const i64x2 -1 -1))
    (call $p (i8x16.extract_lane_s 9 (v128.load8_lane 9 (i32.const 1) (local.get $v))))
    (call $p (i16x8.extract_lane_u 3 (v128.load16_lane 3 (i32.const 16) (local.get $v))))
    (call $p (i32x4.extract_lane 1 (v128.load32_lane 1 (i32.const 0) (local.get $v))))
    (call $p (i32x4.extract_lane 0 (v128.load32_lane 1 (i32.const 0) (local.get $v))))
    (call $p64 (i64x2.extract_lane 0 (v128.load64_lane 0 (i32.const 8) (local.get $v))))
    (v128.store8_lane 2 (i32.const 100) (v128.const i8x16 0 0 42 0 0 0 0 0 0 0 0 0 0 0 0 0))
    (call $p (i32.load (i32.const 100)))
    (v128.store16_lane offset=4 7 (i32.const 100) (v128.const i16x8 0 0 0 0 0 0 0 -2))
    (call $p (i32.load (i32.const 104)))
    (v128.store32_lane 3 (i32.const 108) (v128.const i32x4 0 0 0 123456))
    (call $p (i32.load (i32.const 108)))
    (v128.store64_lane 1 (i32.const 112) (v128.const i64x2 0 -5))
    (call $p64 (i64.load (i32.const 112)))
    ;; the last 16 bytes of memory
    (v128.store (i32.const 65520) (v128.const i32x4 1 2 3 4))
    (call $p (i32x4.extract_lane 3 (v128.load (call $id (i32.const 65520)))))
    (call $p64 (i64x2.extract_lane 0 (v128.load64_splat offset=65528 (i32.const 0))))
    (call $p (i8x16.extract_lane_u 0 (v128.load8_lane offset=65535 0 (i32.const 0) (local.get $v))))
    ;; shuffles and swizzles
    (local.set $v
      (i8x16.shuffle 31 0 30 1 29 2 28 3 16 15 17 14 18 13 19 12
        (v128.load (i32.const 0)) (v128.load (i32.const 16))))
    (call $p (i32x4.extract_lane 0 (local.get $v)))
    (call $p (i32x4.extract_lane 3 (local.get $v)))
    (local.set $v
      (i8x16.swizzle (v128.load (i32.const 16))
        (v128.const i8x16 15 0 16 255 1 2 128 3 4 5 6 7 8 9 10 11)))
    (call $p (i32x4.extract_lane 0 (local.get $v)))
    (call $p (i32x4.extract_lane 1 (local.get $v)))
    (call $p (i8x16.extract_lane_u 3 (i8x16.splat (i32.const 0x1ff))))
    (call $p (i8x16.extract_lane_s 3 (i8x16.popcnt (v128.load (i32.const 16)))))
    (call $p (i8x16.bitmask (v128.load (i32.const 8))))
  )
)
