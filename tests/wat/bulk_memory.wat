;; Bulk memory: memory.fill, memory.copy (overlapping forwards and backwards),
;; memory.init from passive segments with offsets, data.drop, zero-length
;; operations at the exact end of memory (allowed).
;; exit: 0
;; stdout: 0
;; stdout: 65
;; stdout: 65
;; stdout: 65
;; stdout: 65
;; stdout: 0
;; stdout: 48
;; stdout: 49
;; stdout: 48
;; stdout: 49
;; stdout: 50
;; stdout: 51
;; stdout: 52
;; stdout: 53
;; stdout: 56
;; stdout: 57
;; stdout: 49
;; stdout: 50
;; stdout: 51
;; stdout: 52
;; stdout: 53
;; stdout: 56
;; stdout: 52
;; stdout: 53
;; stdout: 56
;; stdout: 57
;; stdout: 100
;; stdout: 101
;; stdout: 102
;; stdout: 103
;; stdout: 7523094288207667809
;; stdout: 65279
;; stdout: 0
;; stdout: 238
;; stdout: 238
;; stdout: 238
;; stdout: 238
;; stdout: 238
;; stdout: 238
;; stdout: 90
;; stdout: 90
;; stdout: 0
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (memory 1)
  (data $active (i32.const 0) "0123456789")
  (data $pass "abcdefghij")
  (data $pass2 "\ff\fe")
  (func $dump (param $at i32) (param $n i32)
    ;; prints bytes [at, at+n) as one number per byte
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $n)))
        (call $p (i32.load8_u (local.get $at)))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $l))))
  (func (export "_start")
    ;; fill: only the low byte of the value is used
    (memory.fill (i32.const 100) (i32.const 0x1241) (i32.const 4))
    (call $dump (i32.const 99) (i32.const 6))
    ;; copy forwards with overlap (dst > src): like memmove
    (memory.copy (i32.const 2) (i32.const 0) (i32.const 6))
    (call $dump (i32.const 0) (i32.const 10))
    ;; copy backwards with overlap (dst < src)
    (memory.copy (i32.const 0) (i32.const 3) (i32.const 6))
    (call $dump (i32.const 0) (i32.const 10))
    ;; init from a passive segment at source offset 3
    (memory.init $pass (i32.const 200) (i32.const 3) (i32.const 4))
    (call $dump (i32.const 200) (i32.const 4))
    ;; init twice from the same segment works
    (memory.init $pass (i32.const 210) (i32.const 0) (i32.const 10))
    (call $p64 (i64.load (i32.const 210)))
    (memory.init $pass2 (i32.const 220) (i32.const 0) (i32.const 2))
    (call $p (i32.load16_u (i32.const 220)))
    ;; zero-length init at the end of the segment is fine
    (memory.init $pass (i32.const 0) (i32.const 10) (i32.const 0))
    ;; after data.drop, a zero-length init is still fine
    (data.drop $pass)
    (memory.init $pass (i32.const 0) (i32.const 0) (i32.const 0))
    ;; dropping an active segment (already dropped at instantiation) is fine
    (data.drop $active)
    (memory.init $active (i32.const 0) (i32.const 0) (i32.const 0))
    ;; zero-length fill/copy at exactly the end of memory
    (memory.fill (i32.const 65536) (i32.const 0) (i32.const 0))
    (memory.copy (i32.const 65536) (i32.const 0) (i32.const 0))
    (memory.copy (i32.const 0) (i32.const 65536) (i32.const 0))
    ;; fill up to the last byte
    (memory.fill (i32.const 65530) (i32.const 0xee) (i32.const 6))
    (call $dump (i32.const 65529) (i32.const 7))
    ;; large copy
    (memory.fill (i32.const 1000) (i32.const 0x5a) (i32.const 20000))
    (memory.copy (i32.const 30000) (i32.const 1000) (i32.const 20000))
    (call $p (i32.load8_u (i32.const 30000)))
    (call $p (i32.load8_u (i32.const 49999)))
    (call $p (i32.load8_u (i32.const 50000)))
    (call $p (memory.size)))
)
