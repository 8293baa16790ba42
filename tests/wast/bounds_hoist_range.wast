;; Loop prechecks of indices with a term computed in the loop whose range is known
;; (compiler/src/translate/bounds/hoist.rs): a table indexed by a loaded byte, a masked
;; value passed around the loop (miniz's hash-chain walk). The entry test takes the
;; term's whole range; when that fails, the checked loop runs, so an out-of-bounds
;; entry traps at the same iteration, after the same stores, and a loop that never
;; reaches one does not trap at all.

(module
  (memory 1)
  (func (export "load") (param $a i32) (result i32) (i32.load (local.get $a)))
  (func (export "store") (param $a i32) (param $v i32) (i32.store (local.get $a) (local.get $v)))
  (func (export "store8") (param $a i32) (param $v i32) (i32.store8 (local.get $a) (local.get $v)))
  (func (export "store16") (param $a i32) (param $v i32) (i32.store16 (local.get $a) (local.get $v)))

  ;; for (i = 0; i < n; i++) out[i] = tab[in[i]]   (u32 tables, byte input): a counted
  ;; loop with a bounded term (the byte, scaled by 4) beside its induction variable.
  (func (export "map") (param $in i32) (param $tab i32) (param $out i32) (param $n i32)
    (local $i i32)
    (loop $l
      (i32.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2)))
        (i32.load (i32.add (local.get $tab)
          (i32.shl (i32.load8_u (i32.add (local.get $in) (local.get $i))) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))

  ;; A hash chain (u16 links, positions masked to 10 bits) walked until a zero link:
  ;; each step counts itself in *cnt, then adds the byte at dict[p]. No counted exit;
  ;; p is a loop parameter whose every incoming value is masked.
  (func (export "chain") (param $next i32) (param $dict i32) (param $p i32) (param $cnt i32)
    (result i32)
    (local $s i32)
    (local.set $p (i32.and (local.get $p) (i32.const 0x3ff)))
    (block $done
      (loop $l
        (i32.store (local.get $cnt) (i32.add (i32.load (local.get $cnt)) (i32.const 1)))
        (local.set $s (i32.add (local.get $s)
          (i32.load8_u (i32.add (local.get $dict) (local.get $p)))))
        (local.set $p (i32.load16_u (i32.add (local.get $next) (i32.shl (local.get $p) (i32.const 1)))))
        (br_if $done (i32.eqz (local.get $p)))
        (local.set $p (i32.and (local.get $p) (i32.const 0x3ff)))
        (br $l)))
    (local.get $s))

  ;; A masked start advanced by 16 per step until a zero byte: not bounded (the added
  ;; 16 comes back around the loop), so every check stays in place.
  (func (export "stride") (param $tab i32) (param $x i32) (result i32)
    (local $q i32) (local $s i32)
    (local.set $q (i32.and (local.get $x) (i32.const 15)))
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.load8_u (i32.add (local.get $tab) (local.get $q)))))
      (local.set $q (i32.add (local.get $q) (i32.const 16)))
      (br_if $l (i32.load8_u (i32.add (local.get $tab) (local.get $q)))))
    (local.get $s))
)

;; map: input bytes 1, 2, 255, 3 at 100; table entries 1, 2 and 3 hold 11, 22, 33.
(assert_return (invoke "store" (i32.const 100) (i32.const 0x03ff0201)))
;; The whole table in bounds (tab + 255 * 4 + 4 = 65536): the unchecked copy runs.
(assert_return (invoke "store" (i32.const 64516) (i32.const 11)))
(assert_return (invoke "store" (i32.const 64520) (i32.const 22)))
(assert_return (invoke "store" (i32.const 64524) (i32.const 33)))
(assert_return (invoke "map" (i32.const 100) (i32.const 64512) (i32.const 200) (i32.const 4)))
(assert_return (invoke "load" (i32.const 200)) (i32.const 11))
(assert_return (invoke "load" (i32.const 204)) (i32.const 22))
(assert_return (invoke "load" (i32.const 212)) (i32.const 33))
;; One entry short (tab + 255 * 4 + 4 = 65540): the entry test fails. Bytes below 255
;; never reach past the end: no trap.
(assert_return (invoke "store" (i32.const 300) (i32.const 0x030201fe)))
(assert_return (invoke "map" (i32.const 300) (i32.const 64516) (i32.const 400) (i32.const 4)))
(assert_return (invoke "load" (i32.const 404)) (i32.const 22))
;; ... the byte 255 traps in the third iteration, after the first two stores.
(assert_return (invoke "store" (i32.const 500) (i32.const 0x55)))
(assert_return (invoke "store" (i32.const 504) (i32.const 0x55)))
(assert_return (invoke "store" (i32.const 508) (i32.const 0x55)))
(assert_trap (invoke "map" (i32.const 100) (i32.const 64516) (i32.const 500) (i32.const 4))
  "out of bounds memory access")
(assert_return (invoke "load" (i32.const 500)) (i32.const 22))
(assert_return (invoke "load" (i32.const 504)) (i32.const 33))
(assert_return (invoke "load" (i32.const 508)) (i32.const 0x55))

;; chain: links at 4096: 5 -> 7 -> 0x3ff -> 0, and 9 -> 0; the dictionary's bytes at
;; positions 5, 7, 9 and 0x3ff are 1, 2, 4 and 8 (the dictionary at 1000, and again
;; one byte too close to the end at 64513, whose position 0x3ff is 65536).
(assert_return (invoke "store16" (i32.const 4106) (i32.const 7)))
(assert_return (invoke "store16" (i32.const 4110) (i32.const 0x3ff)))
(assert_return (invoke "store16" (i32.const 6142) (i32.const 0)))
(assert_return (invoke "store16" (i32.const 4114) (i32.const 0)))
(assert_return (invoke "store8" (i32.const 1005) (i32.const 1)))
(assert_return (invoke "store8" (i32.const 1007) (i32.const 2)))
(assert_return (invoke "store8" (i32.const 1009) (i32.const 4)))
(assert_return (invoke "store8" (i32.const 2023) (i32.const 8)))
(assert_return (invoke "store8" (i32.const 64518) (i32.const 1)))
(assert_return (invoke "store8" (i32.const 64520) (i32.const 2)))
(assert_return (invoke "store8" (i32.const 64522) (i32.const 4)))
;; In bounds: three steps (the start masked: 0x405 & 0x3ff = 5).
(assert_return (invoke "chain" (i32.const 4096) (i32.const 1000) (i32.const 0x405) (i32.const 20))
  (i32.const 11))
(assert_return (invoke "load" (i32.const 20)) (i32.const 3))
;; The entry test fails, but the chain from 9 stops before the end.
(assert_return (invoke "chain" (i32.const 4096) (i32.const 64513) (i32.const 9) (i32.const 24))
  (i32.const 4))
(assert_return (invoke "load" (i32.const 24)) (i32.const 1))
;; The chain from 5 reaches position 0x3ff: the third step counts itself, then traps.
(assert_trap (invoke "chain" (i32.const 4096) (i32.const 64513) (i32.const 5) (i32.const 28))
  "out of bounds memory access")
(assert_return (invoke "load" (i32.const 28)) (i32.const 3))
;; The counter out of bounds traps in the first step, before any byte is read.
(assert_trap (invoke "chain" (i32.const 4096) (i32.const 1000) (i32.const 5) (i32.const 65533))
  "out of bounds memory access")

;; stride: nonzero bytes every 16 from 65000 + 3 to the end: the walk leaves the
;; memory and traps.
(assert_return (invoke "store8" (i32.const 65003) (i32.const 1)))
(assert_return (invoke "stride" (i32.const 65000) (i32.const 0x13)) (i32.const 1))
(assert_return (invoke "store8" (i32.const 65019) (i32.const 1)))
(assert_return (invoke "stride" (i32.const 65000) (i32.const 3)) (i32.const 2))
(assert_return (invoke "store8" (i32.const 65519) (i32.const 1)))
(assert_return (invoke "store8" (i32.const 65535) (i32.const 1)))
(assert_trap (invoke "stride" (i32.const 65500) (i32.const 3)) "out of bounds memory access")
