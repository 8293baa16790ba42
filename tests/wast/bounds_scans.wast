;; Checks of scan loops moved onto the loop's entry (compiler/src/translate/bounds/scans.rs):
;; in a loop whose exit depends on what it reads through an index stepped up by a small
;; constant, the header's check tests only the entry value, in front of the loop; a later
;; iteration's access past the size faults in the guard band, which the runtime turns
;; into the out-of-bounds trap. These assertions pin each trap at the right access (a
;; counter of the iterations done is read after each trap): a scan running off the end
;; of memory traps at the first byte past the size, for load8, load16, load32 and load64
;; scans and a store scan (which must write nothing past the size, and nothing at the
;; access that traps), after memory.grow too; a first iteration out of bounds (the moved
;; check); and loops with an observable store before the access in the header, whose
;; check must stay in the loop (the store of the iteration that traps must not happen).

(module
  (memory (export "mem") 1 4)
  (global $n (mut i32) (i32.const 0))
  (func (export "count") (result i32) (global.get $n))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "fill") (param $v i32)
    (memory.fill (i32.const 0) (local.get $v) (i32.mul (memory.size) (i32.const 65536))))
  (func (export "poke8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "peek8") (param i32) (result i32) (i32.load8_u (local.get 0)))

  ;; while (s[p]) p++
  (func (export "scan8") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))

  ;; while (*(u16 *)p) p += 2 (p need not be aligned)
  (func (export "scan16") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load16_u (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $l)))
    (local.get $p))

  ;; while (*(u32 *)p != x) p += 4
  (func (export "scan32") (param $p i32) (param $x i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eq (i32.load (local.get $p)) (local.get $x)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $l)))
    (local.get $p))

  ;; while (a[i + 1] != x) i++, 8-byte loads at a + 8i + 8: a scaled index
  (func (export "scan64") (param $a i32) (param $i i32) (param $x i64) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done
          (i64.eq
            (i64.load offset=8 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 3))))
            (local.get $x)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $i))

  ;; do { s[p] = '*' } while (s[p + 1] && (p += 2)): the store is the header's first
  ;; access (its check moves; the load's goes within the band of it).
  (func (export "store_scan") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (i32.store8 (local.get $p) (i32.const 42))
        (br_if $done (i32.eqz (i32.load8_u offset=1 (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $l)))
    (local.get $p))

  ;; An observable store (a global) before the access in the header: the check stays.
  (func (export "global_first") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))

  ;; An observable store to memory before the access in the header: s[0] counts the
  ;; iterations started (mod 256); the check stays.
  (func (export "memory_first") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (i32.store8 (i32.const 0) (i32.add (i32.load8_u (i32.const 0)) (i32.const 1)))
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))
)

;; In bounds to the last byte.
(invoke "fill" (i32.const 0xff))
(invoke "poke8" (i32.const 65535) (i32.const 0))
(assert_return (invoke "scan8" (i32.const 65000)) (i32.const 65535))
(assert_return (invoke "count") (i32.const 535))
;; Off the end: the load of 65536 traps, after 536 iterations.
(invoke "poke8" (i32.const 65535) (i32.const 1))
(assert_trap (invoke "scan8" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 536))
;; The first iteration out of bounds (the moved check): at the size, in the band, past
;; it, at 2^32 - 1.
(assert_trap (invoke "scan8" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "scan8" (i32.const 100000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "scan8" (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))

;; 16-bit: aligned, the last load at 65534 then 65536 traps; unaligned, the load at
;; 65535 straddles the size and traps.
(assert_trap (invoke "scan16" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 268))
(assert_trap (invoke "scan16" (i32.const 65001)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 267))
(assert_trap (invoke "scan16" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))

;; 32-bit: found at the last word; aligned off the end; unaligned straddling.
(assert_return (invoke "scan32" (i32.const 65000) (i32.const 0x01ffffff)) (i32.const 65532))
(assert_return (invoke "count") (i32.const 133))
(assert_trap (invoke "scan32" (i32.const 65000) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 134))
(assert_trap (invoke "scan32" (i32.const 65001) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 133))
(assert_trap (invoke "scan32" (i32.const 65533) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))

;; 64-bit at a + 8i + 8: the last word is at 65528 (a = 0: i = 8190); off the end
;; after it; a first index that wraps to 0 (a = 8, i = 2^29 - 1: the load at 8).
(assert_trap (invoke "scan64" (i32.const 0) (i32.const 8000) (i64.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 191))
(assert_trap (invoke "scan64" (i32.const 3) (i32.const 8000) (i64.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 190))
(assert_trap (invoke "scan64" (i32.const 0) (i32.const 8191) (i64.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_return (invoke "scan64" (i32.const 8) (i32.const 0x1fffffff) (i64.const -1)) (i32.const 0x1fffffff))
(assert_return (invoke "count") (i32.const 0))

;; The store scan: stores at 65530, 65532, 65534, then the store at 65536 traps and
;; writes nothing (65535 keeps its byte).
(assert_trap (invoke "store_scan" (i32.const 65530)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 3))
(assert_return (invoke "peek8" (i32.const 65534)) (i32.const 42))
(assert_return (invoke "peek8" (i32.const 65535)) (i32.const 1))
;; Odd: the store at 65535 is in bounds, the load after it at 65536 traps.
(assert_trap (invoke "store_scan" (i32.const 65531)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 2))
(assert_return (invoke "peek8" (i32.const 65535)) (i32.const 42))

;; The checks that stay: the trapping iteration's store (to the global, to s[0]) happened
;; before its access trapped.
(invoke "poke8" (i32.const 65535) (i32.const 1))
(assert_trap (invoke "global_first" (i32.const 65500)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 37))
(invoke "poke8" (i32.const 0) (i32.const 0))
(assert_trap (invoke "memory_first" (i32.const 65500)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 36))
(assert_return (invoke "peek8" (i32.const 0)) (i32.const 37))

;; After memory.grow: the same scans run to the end of the second page and trap there.
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(invoke "fill" (i32.const 0xff))
(assert_trap (invoke "scan8" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 66072))
(assert_trap (invoke "scan16" (i32.const 131000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 36))
(assert_trap (invoke "scan32" (i32.const 131001) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 17))
(assert_trap (invoke "scan64" (i32.const 0) (i32.const 16000) (i64.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 383))
(assert_trap (invoke "store_scan" (i32.const 131066)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 3))
(assert_return (invoke "peek8" (i32.const 131071)) (i32.const 0xff))
(assert_trap (invoke "global_first" (i32.const 131000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 73))
;; In bounds where the first page ended.
(invoke "poke8" (i32.const 65600) (i32.const 0))
(assert_return (invoke "scan8" (i32.const 65000)) (i32.const 65600))
(assert_return (invoke "count") (i32.const 600))

;; A memory whose maximum is its size: the band is all there is past it.
(module
  (memory 1 1)
  (global $n (mut i32) (i32.const 0))
  (func (export "count") (result i32) (global.get $n))
  (func (export "fill") (param $v i32)
    (memory.fill (i32.const 0) (local.get $v) (i32.const 65536)))
  (func (export "scan8") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))
)
(invoke "fill" (i32.const 1))
(assert_trap (invoke "scan8" (i32.const 65530)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 6))
