;; Checks dropped across a loop's back edge (compiler/src/translate/bounds/stepped.rs): in
;; a loop whose index goes up by a constant of at most the guard band (64 KiB) on every
;; iteration, only the first iteration's access is checked (by a check before the loop
;; of the same index: `entered`; the other loops here keep their checks, and pin the
;; same traps for a copy of the check in front of the loop, measured and left out); a
;; later iteration's access past the size faults in the band, which the runtime turns
;; into the out-of-bounds trap.
;; These assertions pin each trap at the right access (a counter of the accesses done is
;; read after each trap), in bounds up to the last byte, a straddling load and store (the
;; store must write nothing), a first iteration already out of bounds, a decreasing index
;; (kept checked: it wraps), and a memory.grow inside the loop (the band moves up).

(module
  (memory (export "mem") 1 4)
  (global $n (mut i32) (i32.const 0))
  (func $g)
  (func (export "count") (result i32) (global.get $n))
  (func (export "fill") (param $v i32)
    (memory.fill (i32.const 0) (local.get $v) (i32.mul (memory.size) (i32.const 65536))))
  (func (export "poke8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "poke") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  (func (export "peek") (param i32) (result i32) (i32.load (local.get 0)))

  ;; while (s[p]) p++: the header's check, copied before the loop.
  (func (export "scan_up") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))

  ;; while (a[i + 2] != x) i++, 4-byte loads at a + 4i + 8 (a need not be aligned).
  (func (export "scan_words") (param $a i32) (param $i i32) (param $x i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done
          (i32.eq
            (i32.load offset=8 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))
            (local.get $x)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $i))

  ;; The index checked before the loop, the loop's access after a call (not at the top of
  ;; the header): its check goes with no copy.
  (func (export "entered") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (drop (i32.load (local.get $p)))
    (block $done
      (loop $l
        (call $g)
        (br_if $done (i32.eqz (i32.load (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $l)))
    (local.get $p))

  ;; do { *(i64 *)p = v; p += 8 } while (s[0]): a store loop (x86_64: its check goes
  ;; too; aarch64 and riscv64 keep stores' checks in objects).
  (func (export "store_up") (param $p i32) (param $v i64)
    (global.set $n (i32.const 0))
    (loop $l
      (i64.store (local.get $p) (local.get $v))
      (global.set $n (i32.add (global.get $n) (i32.const 1)))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (br_if $l (i32.load8_u (i32.const 0)))))

  ;; while (s[p]) p--: kept checked (from 0 it wraps to 2^32 - 1, far past the band).
  (func (export "scan_down") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))

  ;; Checked before the loop, going down by adding -4: kept checked (it wraps).
  (func (export "down_entered") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (drop (i32.load (local.get $p)))
    (block $done
      (loop $l
        (call $g)
        (br_if $done (i32.eqz (i32.load (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const -4)))
        (br $l)))
    (local.get $p))

  ;; A step of 65,536 (the band: still taken) and of 65,537 (kept).
  (func (export "page_step") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 65536)))
        (br $l)))
    (local.get $p))
  (func (export "big_step") (param $p i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 65537)))
        (br $l)))
    (local.get $p))
)

;; In bounds right up to the last byte.
(invoke "fill" (i32.const 0xff))
(invoke "poke8" (i32.const 65535) (i32.const 0))
(assert_return (invoke "scan_up" (i32.const 0)) (i32.const 65535))
(assert_return (invoke "count") (i32.const 65535))
;; Running off the end: the load of 65536 traps, after 536 loads.
(invoke "poke8" (i32.const 65535) (i32.const 1))
(assert_trap (invoke "scan_up" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 536))
;; The first iteration out of bounds (the copy's check), just past, in the band, past it.
(assert_trap (invoke "scan_up" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "scan_up" (i32.const 100000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "scan_up" (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))

;; Words: the last one (65532) found; unaligned, the load straddling the size traps.
(invoke "poke" (i32.const 65532) (i32.const 7))
(assert_return (invoke "scan_words" (i32.const 0) (i32.const 0) (i32.const 7)) (i32.const 16381))
(assert_return (invoke "count") (i32.const 16381))
(assert_trap (invoke "scan_words" (i32.const 1) (i32.const 0) (i32.const 7)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 16381))
(assert_trap (invoke "scan_words" (i32.const 0) (i32.const 0) (i32.const 8)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 16382))
;; A first index that wraps: a + 4i with a = 8, i = 0x3fff_fffe is 0 (the access at 8).
(assert_return (invoke "scan_words" (i32.const 8) (i32.const 0x3ffffffe) (i32.const 0xffffffff)) (i32.const 0x3ffffffe))
(assert_return (invoke "count") (i32.const 0))

;; a + 4i = 2^32 - 4: out of bounds on the first iteration.
(assert_trap (invoke "scan_words" (i32.const 0) (i32.const 0x3ffffffd) (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))

;; Checked before the loop, then run off the end.
(invoke "poke" (i32.const 65532) (i32.const 5))
(assert_trap (invoke "entered" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 134))
(assert_trap (invoke "entered" (i32.const 65533)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))

;; A store straddling the size traps and writes none of its bytes.
(invoke "poke" (i32.const 65532) (i32.const 0x12345678))
(invoke "poke8" (i32.const 0) (i32.const 1))
(assert_trap (invoke "store_up" (i32.const 65492) (i64.const -1)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 5))
(assert_return (invoke "peek" (i32.const 65528)) (i32.const -1))
(assert_return (invoke "peek" (i32.const 65532)) (i32.const 0x12345678))
;; Aligned: the last store is at 65528.
(assert_trap (invoke "store_up" (i32.const 65496) (i64.const 0)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 5))
(assert_return (invoke "peek" (i32.const 65532)) (i32.const 0))

;; Going down: from 100 to 0, then 2^32 - 1 (out of bounds, its check kept).
(invoke "fill" (i32.const 0xff))
(assert_trap (invoke "scan_down" (i32.const 100)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 101))
(invoke "poke8" (i32.const 0) (i32.const 0))
(assert_return (invoke "scan_down" (i32.const 100)) (i32.const 0))
(assert_return (invoke "count") (i32.const 100))

(assert_trap (invoke "down_entered" (i32.const 8)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 3))

;; Steps of the band and past it.
(invoke "poke8" (i32.const 0) (i32.const 1))
(assert_trap (invoke "page_step" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(assert_trap (invoke "big_step" (i32.const 3)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))

;; memory.grow inside the loop: the band moves up with the size.
(module
  (memory (export "mem") 1 4)
  (global $n (mut i32) (i32.const 0))
  (func (export "count") (result i32) (global.get $n))
  (func (export "size") (result i32) (memory.size))
  (func (export "fill") (param $v i32)
    (memory.fill (i32.const 0) (local.get $v) (i32.mul (memory.size) (i32.const 65536))))
  (func (export "poke") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
  ;; while (a[p]) { if (p == size - 4 && grows) { grow one page; fill it } p += 4 }
  (func (export "grow_scan") (param $p i32) (param $grows i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load (local.get $p))))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (if (i32.and
              (i32.gt_s (local.get $grows) (i32.const 0))
              (i32.eq (local.get $p)
                (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 4))))
          (then
            (drop (memory.grow (i32.const 1)))
            (memory.fill
              (i32.mul (i32.sub (memory.size) (i32.const 1)) (i32.const 65536))
              (i32.const 0xff)
              (i32.const 65536))
            (local.set $grows (i32.sub (local.get $grows) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $l)))
    (local.get $p))
)

(invoke "fill" (i32.const 0xff))
;; Two grows inside the loop (to 3 pages), then off the end of the third page.
(assert_trap (invoke "grow_scan" (i32.const 65000) (i32.const 2)) "out of bounds memory access")
(assert_return (invoke "size") (i32.const 3))
(assert_return (invoke "count") (i32.const 32902))
;; Now in bounds to the last word of the third page.
(invoke "poke" (i32.const 196604) (i32.const 0))
(assert_return (invoke "grow_scan" (i32.const 131072) (i32.const 0)) (i32.const 196604))
(assert_return (invoke "count") (i32.const 16383))

;; An access not on every iteration's path keeps its check: here every 40,000th
;; iteration reads p (stepped by 4 on each), so two reads are 160,000 bytes apart, past
;; the band and past this memory's whole reservation (its maximum is its size).
(module
  (memory 1 1)
  (global $n (mut i32) (i32.const 0))
  (func (export "count") (result i32) (global.get $n))
  (func (export "sparse") (param $p i32) (param $k i32) (result i32)
    (local $i i32) (local $s i32)
    (global.set $n (i32.const 0))
    (drop (i32.load (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eq (local.get $i) (local.get $k)))
        (if (i32.eqz (i32.rem_u (local.get $i) (i32.const 40000)))
          (then
            (local.set $s (i32.add (local.get $s) (i32.load (local.get $p))))
            (global.set $n (i32.add (global.get $n) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $s))
)

(assert_return (invoke "sparse" (i32.const 0) (i32.const 40000)) (i32.const 0))
(assert_return (invoke "count") (i32.const 1))
(assert_trap (invoke "sparse" (i32.const 0) (i32.const 100000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
