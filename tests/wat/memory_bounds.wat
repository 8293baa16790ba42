;; Accesses that end exactly at the end of memory succeed (for every width),
;; also when reached through an offset immediate.
;; exit: 0
;; stdout: 171
;; stdout: 43776
;; stdout: -1426063360
;; stdout: -6124895493223874560
;; stdout: 72623859790382856
;; stdout: 1
;; stdout: 16909060
;; stdout: 72623859790382856
;; stdout: 16909060
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (memory 1 1)
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (i32.store8 (call $id (i32.const 65535)) (i32.const 0xab))
    (call $p (i32.load8_u (call $id (i32.const 65535))))
    (call $p (i32.load16_u (call $id (i32.const 65534))))
    (call $p (i32.load (call $id (i32.const 65532))))
    (call $p64 (i64.load (call $id (i32.const 65528))))
    (i64.store (call $id (i32.const 65528)) (i64.const 0x0102030405060708))
    (call $p64 (i64.load (i32.const 65528)))
    (call $p (i32.load8_u offset=65535 (call $id (i32.const 0))))
    (call $p (i32.load offset=65530 (call $id (i32.const 2))))
    (call $p64 (i64.load offset=65528 (i32.const 0)))
    (call $p64 (i64.load32_u offset=1 (i32.const 65531)))
    (call $p (i32.load8_s offset=0xffff (i32.const 0))))
)
