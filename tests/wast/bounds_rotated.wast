;; Checks of rotated scan loops removed (compiler/src/translate/bounds/scans.rs,
;; `remove_rotated_checks`): in `c = s[p]; while (c) { p++; c = s[p]; }` the loop's
;; access is at the end of each iteration; an access before the loop covers the first
;; iteration's index within the guard band and each iteration's access the next one's,
;; so the check goes and a later access past the size faults in the band, which the
;; runtime turns into the out-of-bounds trap. These assertions pin each trap at the
;; right access (a counter of the iterations done is read after each trap): scans
;; running off the end of memory at the first and at later iterations, one stepping by
;; 1 or 2 through a join (parse's string scan), one whose first byte was read on either
;; arm of an `if` (parse's CSV field scan), 4-byte words, a first index that wraps to
;; 0, after memory.grow and in a memory whose maximum is its size. The checks that must
;; stay: a decreasing index wrapping to 2^32 - 1, a step past the band, no byte read
;; before the loop, a byte read 65,536 below the first index, a 64-bit memory (each of
;; these reaches an address past the band, where only the check can trap).

(module
  (memory (export "mem") 1 4)
  (memory $w i64 1)
  (global $n (mut i32) (i32.const 0))
  (func (export "count") (result i32) (global.get $n))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "fill") (param $v i32)
    (memory.fill (i32.const 0) (local.get $v) (i32.mul (memory.size) (i32.const 65536))))
  (func (export "fill_w") (param $v i32)
    (memory.fill $w (i64.const 0) (local.get $v) (i64.const 65536)))
  (func (export "poke8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))

  ;; c = s[p]; while (c) { n++; p++; c = s[p]; }
  (func (export "rotated") (param $p i32) (result i32)
    (local $c i32)
    (global.set $n (i32.const 0))
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))

  ;; The same stepping over a byte after each backslash (92).
  (func (export "escapes") (param $p i32) (result i32)
    (local $c i32)
    (global.set $n (i32.const 0))
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (if (i32.eq (local.get $c) (i32.const 92))
          (then (local.set $p (i32.add (local.get $p) (i32.const 2))))
          (else (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))

  ;; The first byte read at p (q != 0) or at p + 1, then p++ (q == 0).
  (func (export "joined_entry") (param $p i32) (param $q i32) (result i32)
    (local $c i32)
    (global.set $n (i32.const 0))
    (if (local.get $q)
      (then (local.set $c (i32.load8_u (local.get $p))))
      (else
        (local.set $c (i32.load8_u offset=1 (local.get $p)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))

  ;; Words at a + 4i.
  (func (export "words") (param $a i32) (param $i i32) (result i32)
    (local $c i32)
    (global.set $n (i32.const 0))
    (local.set $c
      (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $c
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
        (br $l)))
    (local.get $i))

  ;; Kept: p--.
  (func (export "down") (param $p i32) (result i32)
    (local $c i32)
    (global.set $n (i32.const 0))
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))

  ;; Kept: p += 65537.
  (func (export "big") (param $p i32) (result i32)
    (local $c i32)
    (global.set $n (i32.const 0))
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 65537)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))

  ;; Kept: the first byte is a parameter, nothing is read before the loop.
  (func (export "unread") (param $p i32) (param $c i32) (result i32)
    (global.set $n (i32.const 0))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))

  ;; Kept: the byte read before the loop is 65,536 below the loop's first index.
  (func (export "far") (param $p i32) (result i32)
    (local $c i32)
    (global.set $n (i32.const 0))
    (local.set $c (i32.load8_u (local.get $p)))
    (local.set $p (i32.add (local.get $p) (i32.const 65536)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))

  ;; Kept: a 64-bit memory.
  (func (export "wide") (param $p i64) (result i64)
    (local $c i32)
    (global.set $n (i32.const 0))
    (local.set $c (i32.load8_u $w (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i64.add (local.get $p) (i64.const 1)))
        (local.set $c (i32.load8_u $w (local.get $p)))
        (br $l)))
    (local.get $p))
)

;; In bounds to the last byte.
(invoke "fill" (i32.const 0xff))
(invoke "poke8" (i32.const 65535) (i32.const 0))
(assert_return (invoke "rotated" (i32.const 65000)) (i32.const 65535))
(assert_return (invoke "count") (i32.const 535))
;; Off the end at a later iteration: the load of 65536 traps after 536 iterations.
(invoke "poke8" (i32.const 65535) (i32.const 1))
(assert_trap (invoke "rotated" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 536))
;; At the first iteration: the byte before the loop is the last one.
(assert_trap (invoke "rotated" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
;; The byte before the loop out of bounds (its own check): at the size, in the band,
;; past it, at 2^32 - 1.
(assert_trap (invoke "rotated" (i32.const 65536)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "rotated" (i32.const 70000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "rotated" (i32.const 200000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "rotated" (i32.const -1)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))

;; Steps of 2 over backslashes: from 65000 to 65534, then 65536 traps; from 65001 to
;; 65535, then 65537 (in the band) traps; a 1 at 65534 makes the last steps 1 then 2.
(invoke "fill" (i32.const 92))
(assert_trap (invoke "escapes" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 268))
(assert_trap (invoke "escapes" (i32.const 65001)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 268))
(invoke "poke8" (i32.const 65534) (i32.const 1))
(assert_trap (invoke "escapes" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 269))
(invoke "poke8" (i32.const 65535) (i32.const 0))
(assert_return (invoke "escapes" (i32.const 65000)) (i32.const 65535))
(assert_return (invoke "count") (i32.const 268))
(invoke "poke8" (i32.const 65535) (i32.const 92))
(assert_trap (invoke "escapes" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))

;; The first byte read on either arm.
(invoke "fill" (i32.const 0xff))
(assert_trap (invoke "joined_entry" (i32.const 65534) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 2))
(assert_trap (invoke "joined_entry" (i32.const 65534) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(assert_trap (invoke "joined_entry" (i32.const 65535) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "joined_entry" (i32.const 65535) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(invoke "poke8" (i32.const 65000) (i32.const 0))
(assert_return (invoke "joined_entry" (i32.const 64000) (i32.const 0)) (i32.const 65000))
(assert_return (invoke "count") (i32.const 999))
(assert_return (invoke "joined_entry" (i32.const 64000) (i32.const 1)) (i32.const 65000))
(assert_return (invoke "count") (i32.const 1000))

;; Words: aligned off the end; unaligned straddling the size; the first index wrapping
;; to 0 (a = 8, i = 2^30 - 2: the load at 0), then running to the end.
(invoke "fill" (i32.const 0xff))
(assert_trap (invoke "words" (i32.const 65000) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 134))
(assert_trap (invoke "words" (i32.const 65001) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 133))
(assert_trap (invoke "words" (i32.const 65533) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))
(assert_trap (invoke "words" (i32.const 8) (i32.const 0x3ffffffe)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 16384))

;; The checks that stay: each of these reaches an address past the band.
(assert_trap (invoke "down" (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 11))
(assert_trap (invoke "big" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(assert_trap (invoke "unread" (i32.const -2) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(assert_trap (invoke "unread" (i32.const 65535) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(assert_trap (invoke "far" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(invoke "fill_w" (i32.const 0xff))
(assert_trap (invoke "wide" (i64.const 65530)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 6))
(assert_trap (invoke "wide" (i64.const -2)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 0))

;; After memory.grow: the scans run to the end of the second page and trap there.
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(invoke "fill" (i32.const 0xff))
(assert_trap (invoke "rotated" (i32.const 65000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 66072))
(assert_trap (invoke "joined_entry" (i32.const 131070) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(assert_trap (invoke "words" (i32.const 131000) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 18))
(assert_trap (invoke "big" (i32.const 131071)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
(invoke "poke8" (i32.const 65600) (i32.const 0))
(assert_return (invoke "rotated" (i32.const 65000)) (i32.const 65600))
(assert_return (invoke "count") (i32.const 600))

;; A memory whose maximum is its size: the band is all there is past it.
(module
  (memory 1 1)
  (global $n (mut i32) (i32.const 0))
  (func (export "count") (result i32) (global.get $n))
  (func (export "fill") (param $v i32)
    (memory.fill (i32.const 0) (local.get $v) (i32.const 65536)))
  (func (export "rotated") (param $p i32) (result i32)
    (local $c i32)
    (global.set $n (i32.const 0))
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))
)
(invoke "fill" (i32.const 1))
(assert_trap (invoke "rotated" (i32.const 60000)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 5536))
(assert_trap (invoke "rotated" (i32.const 65535)) "out of bounds memory access")
(assert_return (invoke "count") (i32.const 1))
