;; Checks of one-byte accesses at offset 0 (compiler/src/translate/bounds/checks.rs,
;; `lower_unit_checks`) compare the index with the memory size directly,
;; `idx >= size`, instead of `idx > size - 1`. The last byte is in bounds, the byte at
;; the size traps, at every size the memory goes through, including 0, and at indices
;; whose sign bit is set.

(module
  (memory 0)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "load8") (param $a i32) (result i32) (i32.load8_u (local.get $a)))
  (func (export "load8_s") (param $a i32) (result i32) (i32.load8_s (local.get $a)))
  (func (export "store8") (param $a i32) (param $v i32) (i32.store8 (local.get $a) (local.get $v)))
  (func (export "load8_64") (param $a i32) (result i64) (i64.load8_u (local.get $a)))
  (func (export "store8_64") (param $a i32) (param $v i64) (i64.store8 (local.get $a) (local.get $v)))

  ;; A string scan, as in parsers: the loop reads bytes until a 0, each read checked.
  (func (export "strlen") (param $p i32) (result i32)
    (local $q i32)
    (local.set $q (local.get $p))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (i32.load8_u (local.get $q))))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $next)))
    (i32.sub (local.get $q) (local.get $p)))

  ;; Byte reads around a call that grows memory: the check after the call sees the new
  ;; size.
  (func (export "around_grow") (param $a i32) (result i32)
    (drop (i32.load8_u (i32.const 0)))
    (drop (memory.grow (i32.const 1)))
    (i32.load8_u (local.get $a)))
)

;; Size 0: every byte access traps, index 0 included.
(assert_trap (invoke "load8" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "store8" (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "load8_64" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "load8" (i32.const -1)) "out of bounds memory access")

(assert_return (invoke "grow" (i32.const 1)) (i32.const 0))
;; Size 65536: 65535 is the last byte.
(assert_return (invoke "store8" (i32.const 65535) (i32.const 0xab)))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0xab))
(assert_return (invoke "load8_s" (i32.const 65535)) (i32.const -85))
(assert_return (invoke "load8_64" (i32.const 65535)) (i64.const 0xab))
(assert_return (invoke "store8_64" (i32.const 65535) (i64.const 0x1cd)))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 0xcd))
(assert_trap (invoke "load8" (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "load8_s" (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "store8" (i32.const 65536) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "load8_64" (i32.const 65536)) "out of bounds memory access")
(assert_trap (invoke "store8_64" (i32.const 65536) (i64.const 1)) "out of bounds memory access")
(assert_trap (invoke "load8" (i32.const -1)) "out of bounds memory access")
(assert_trap (invoke "load8" (i32.const 0x80000000)) "out of bounds memory access")

;; A scan that stops at the last byte, and one that runs off the end.
(assert_return (invoke "store8" (i32.const 65535) (i32.const 0)))
(assert_return (invoke "store8" (i32.const 65532) (i32.const 1)))
(assert_return (invoke "store8" (i32.const 65533) (i32.const 1)))
(assert_return (invoke "store8" (i32.const 65534) (i32.const 1)))
(assert_return (invoke "strlen" (i32.const 65532)) (i32.const 3))
(assert_return (invoke "store8" (i32.const 65535) (i32.const 1)))
(assert_trap (invoke "strlen" (i32.const 65532)) "out of bounds memory access")

;; The byte at the old size is readable once memory has grown inside the function.
(assert_return (invoke "around_grow" (i32.const 65536)) (i32.const 0))
(assert_return (invoke "load8" (i32.const 131071)) (i32.const 0))
(assert_trap (invoke "load8" (i32.const 131072)) "out of bounds memory access")
(assert_trap (invoke "around_grow" (i32.const 196608)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 196607)) (i32.const 0))
