;; Loop prechecks of indices through a window test (compiler/src/translate/bounds/hoist.rs,
;; `Window`): a loop whose header leaves unless `x - p <= W` (or `p - x <= W`) for a
;; parameter `p` of the header and a loop-invariant `x` has `p` in [x - W, x] (modulo
;; 2^32) in the rest of every iteration, however `p` moves, so the entry test can check
;; `scale * p` at both ends of that window. lz77's hash-chain walk is such a loop, and
;; it contains an inner loop (the match loop): loops around innermost loops are copied
;; for such checks too. When the entry test fails (x too close to 0 for the window, or
;; too large for the memory), the checked loop runs: an out-of-bounds access traps at
;; the same iteration, and one the loop never reaches does not trap.

(module
  (memory 1)
  ;; A chain 1200 -> 1100 -> 1000 -> 0 -> 0 ... of 32-bit links at 4 * p, bytes at p + 8
  ;; (7, 5, 3, and 1 at 8), and bytes at p .. p + 3 for the inner loop.
  (data (i32.const 4800) "\4c\04\00\00")
  (data (i32.const 4400) "\e8\03\00\00")
  (data (i32.const 1208) "\07")
  (data (i32.const 1108) "\05")
  (data (i32.const 1008) "\03")
  (data (i32.const 8) "\01")
  (data (i32.const 1200) "\01\02\03\04")
  (data (i32.const 1100) "\0a\14")
  (data (i32.const 1000) "\64")
  ;; For `chain`: 2000 -> 2500 -> 0 at 4 * cand, matches of 5 and (up to limit) 8+.
  (data (i32.const 8000) "\c4\09\00\00")
  (data (i32.const 2000) "abcdefgh")
  (data (i32.const 2500) "abcdex")
  (data (i32.const 3000) "abcdex")
  (data (i32.const 60000) "\ff\ff\ff\ff")

  ;; Up to n links from `cand`, while x - cand <= 1024: the sum of the bytes at cand + 8.
  (func (export "walk") (param $x i32) (param $cand i32) (param $n i32) (result i32)
    (local $s i32) (local $c i32)
    (block $done
      (loop $l
        (br_if $done (i32.gt_u (i32.sub (local.get $x) (local.get $cand)) (i32.const 1024)))
        (local.set $s (i32.add (local.get $s) (i32.load8_u offset=8 (local.get $cand))))
        (local.set $cand (i32.load (i32.shl (local.get $cand) (i32.const 2))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $c) (local.get $n)))))
    (local.get $s))

  ;; The same while cand - x <= 1024 (cand in [x, x + 1024]).
  (func (export "walk_up") (param $x i32) (param $cand i32) (param $n i32) (result i32)
    (local $s i32) (local $c i32)
    (block $done
      (loop $l
        (br_if $done (i32.gt_u (i32.sub (local.get $cand) (local.get $x)) (i32.const 1024)))
        (local.set $s (i32.add (local.get $s) (i32.load8_u offset=8 (local.get $cand))))
        (local.set $cand (i32.load (i32.shl (local.get $cand) (i32.const 2))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $c) (local.get $n)))))
    (local.get $s))

  ;; `walk` with an inner loop summing the k bytes at cand (a loop around a loop).
  (func (export "walk_nested") (param $x i32) (param $cand i32) (param $n i32) (param $k i32)
    (result i32)
    (local $s i32) (local $c i32) (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.gt_u (i32.sub (local.get $x) (local.get $cand)) (i32.const 1024)))
        (local.set $i (i32.const 0))
        (block $m_done
          (br_if $m_done (i32.eqz (local.get $k)))
          (loop $m
            (local.set $s (i32.add (local.get $s)
              (i32.load8_u (i32.add (local.get $cand) (local.get $i)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br_if $m (i32.ne (local.get $i) (local.get $k)))))
        (local.set $cand (i32.load (i32.shl (local.get $cand) (i32.const 2))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $c) (local.get $n)))))
    (local.get $s))

  ;; lz77's chain walk: the longest match (at most limit = min(lim, 16) bytes) between
  ;; the bytes at x and those at each cand of the chain within the window (links at
;; 4 * cand, masked to the first 64 KiB). The match
  ;; loop's counter `l` runs from 0 while `l + 1 != limit` (limit tested nonzero
  ;; before), so `best`, 0 or a value of `l`, or `limit`, is at most 16, and the checks
  ;; of `cand + best` and `x + best` are covered too.
  (func (export "chain") (param $x i32) (param $cand i32) (param $lim i32) (param $n i32)
    (result i32)
    (local $limit i32) (local $best i32) (local $c i32) (local $l i32)
    (local.set $limit (select (local.get $lim) (i32.const 16)
      (i32.lt_u (local.get $lim) (i32.const 16))))
    (block $done
      (loop $walk
        (br_if $done (i32.gt_u (i32.sub (local.get $x) (local.get $cand)) (i32.const 1024)))
        (block $next
          (br_if $next (i32.ne
            (i32.load8_u (i32.add (local.get $cand) (local.get $best)))
            (i32.load8_u (i32.add (local.get $x) (local.get $best)))))
          (br_if $next (i32.eqz (local.get $limit)))
          (local.set $l (i32.const 0))
          (block $stop
            (loop $match
              (br_if $stop (i32.ne
                (i32.load8_u (i32.add (local.get $cand) (local.get $l)))
                (i32.load8_u (i32.add (local.get $x) (local.get $l)))))
              (local.set $l (i32.add (local.get $l) (i32.const 1)))
              (br_if $match (i32.ne (local.get $l) (local.get $limit))))
            (local.set $l (local.get $limit)))
          (br_if $next (i32.le_u (local.get $l) (local.get $best)))
          (local.set $best (local.get $l)))
        (local.set $cand (i32.load
          (i32.and (i32.shl (local.get $cand) (i32.const 2)) (i32.const 0xfffc))))
        (br_if $done (i32.lt_s (local.get $cand) (i32.const 0)))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br_if $walk (i32.lt_u (local.get $c) (local.get $n)))))
    (local.get $best))

  ;; `chain` with limit = max(lim, 16), which has no bound.
  (func (export "chain_max") (param $x i32) (param $cand i32) (param $lim i32) (param $n i32)
    (result i32)
    (local $limit i32) (local $best i32) (local $c i32) (local $l i32)
    (local.set $limit (select (i32.const 16) (local.get $lim)
      (i32.lt_u (local.get $lim) (i32.const 16))))
    (block $done
      (loop $walk
        (br_if $done (i32.gt_u (i32.sub (local.get $x) (local.get $cand)) (i32.const 1024)))
        (block $next
          (br_if $next (i32.ne
            (i32.load8_u (i32.add (local.get $cand) (local.get $best)))
            (i32.load8_u (i32.add (local.get $x) (local.get $best)))))
          (br_if $next (i32.eqz (local.get $limit)))
          (local.set $l (i32.const 0))
          (block $stop
            (loop $match
              (br_if $stop (i32.ne
                (i32.load8_u (i32.add (local.get $cand) (local.get $l)))
                (i32.load8_u (i32.add (local.get $x) (local.get $l)))))
              (local.set $l (i32.add (local.get $l) (i32.const 1)))
              (br_if $match (i32.ne (local.get $l) (local.get $limit))))
            (local.set $l (local.get $limit)))
          (br_if $next (i32.le_u (local.get $l) (local.get $best)))
          (local.set $best (local.get $l)))
        (local.set $cand (i32.load
          (i32.and (i32.shl (local.get $cand) (i32.const 2)) (i32.const 0xfffc))))
        (br_if $done (i32.lt_s (local.get $cand) (i32.const 0)))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br_if $walk (i32.lt_u (local.get $c) (local.get $n)))))
    (local.get $best))

  ;; `chain` without the test of limit against 0: with limit = 0 the match loop runs
  ;; until the bytes differ (`l + 1` wraps past 0), so `l` and `best` have no bound.
  (func (export "chain_noguard") (param $x i32) (param $cand i32) (param $lim i32) (param $n i32)
    (result i32)
    (local $limit i32) (local $best i32) (local $c i32) (local $l i32)
    (local.set $limit (select (local.get $lim) (i32.const 16)
      (i32.lt_u (local.get $lim) (i32.const 16))))
    (block $done
      (loop $walk
        (br_if $done (i32.gt_u (i32.sub (local.get $x) (local.get $cand)) (i32.const 1024)))
        (block $next
          (br_if $next (i32.ne
            (i32.load8_u (i32.add (local.get $cand) (local.get $best)))
            (i32.load8_u (i32.add (local.get $x) (local.get $best)))))
          (local.set $l (i32.const 0))
          (block $stop
            (loop $match
              (br_if $stop (i32.ne
                (i32.load8_u (i32.add (local.get $cand) (local.get $l)))
                (i32.load8_u (i32.add (local.get $x) (local.get $l)))))
              (local.set $l (i32.add (local.get $l) (i32.const 1)))
              (br_if $match (i32.ne (local.get $l) (local.get $limit))))
            (local.set $l (local.get $limit)))
          (br_if $next (i32.le_u (local.get $l) (local.get $best)))
          (local.set $best (local.get $l)))
        (local.set $cand (i32.load
          (i32.and (i32.shl (local.get $cand) (i32.const 2)) (i32.const 0xfffc))))
        (br_if $done (i32.lt_s (local.get $cand) (i32.const 0)))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br_if $walk (i32.lt_u (local.get $c) (local.get $n)))))
    (local.get $best))
)

;; The whole chain, entered with every index in range.
(assert_return (invoke "walk" (i32.const 1500) (i32.const 1200) (i32.const 10)) (i32.const 15))
(assert_return (invoke "walk" (i32.const 1500) (i32.const 1200) (i32.const 2)) (i32.const 12))
;; x = 1024: the window's low end is exactly 0 (entry test passes); cand reaches 0.
(assert_return (invoke "walk" (i32.const 1024) (i32.const 1000) (i32.const 3)) (i32.const 5))
;; x = 1023: the window reaches below 0 (entry test fails), same result.
(assert_return (invoke "walk" (i32.const 1023) (i32.const 1000) (i32.const 3)) (i32.const 5))
;; The last link read is the memory's last word (passes), or just past it (traps).
(assert_return (invoke "walk" (i32.const 16383) (i32.const 16383) (i32.const 1)) (i32.const 0))
(assert_trap (invoke "walk" (i32.const 16384) (i32.const 16384) (i32.const 1))
  "out of bounds memory access")
;; A window wrapping below 0: cand = -16 is within 26 of x = 10, and its byte traps.
(assert_trap (invoke "walk" (i32.const 10) (i32.const -16) (i32.const 5))
  "out of bounds memory access")
;; x itself out of range, but cand outside the window: the loop leaves at once.
(assert_return (invoke "walk" (i32.const 100000) (i32.const 1200) (i32.const 5)) (i32.const 0))
;; In range at first, then a link leads out of the window.
(assert_return (invoke "walk" (i32.const 2200) (i32.const 1200) (i32.const 5)) (i32.const 7))

(assert_return (invoke "walk_up" (i32.const 1000) (i32.const 1200) (i32.const 10)) (i32.const 15))
(assert_return (invoke "walk_up" (i32.const 15359) (i32.const 16383) (i32.const 3)) (i32.const 0))
(assert_trap (invoke "walk_up" (i32.const 15360) (i32.const 16384) (i32.const 3))
  "out of bounds memory access")
;; cand just below x: outside the window.
(assert_return (invoke "walk_up" (i32.const 1201) (i32.const 1200) (i32.const 3)) (i32.const 0))

(assert_return (invoke "walk_nested" (i32.const 1500) (i32.const 1200) (i32.const 10) (i32.const 4))
  (i32.const 140))
(assert_return (invoke "walk_nested" (i32.const 1500) (i32.const 1200) (i32.const 10) (i32.const 0))
  (i32.const 0))
(assert_return (invoke "walk_nested" (i32.const 1023) (i32.const 1000) (i32.const 2) (i32.const 1))
  (i32.const 100))
(assert_return (invoke "walk_nested" (i32.const 16383) (i32.const 16383) (i32.const 1) (i32.const 4))
  (i32.const 0))
(assert_trap (invoke "walk_nested" (i32.const 16384) (i32.const 16384) (i32.const 1) (i32.const 4))
  "out of bounds memory access")
;; The inner loop's read past the end traps first.
(assert_trap (invoke "walk_nested" (i32.const 65535) (i32.const 65535) (i32.const 1) (i32.const 4))
  "out of bounds memory access")

;; The chain 2000 -> 2500 -> 0: matches of 5, then of the limit (8, 16; the bytes past
;; "abcdex" are zeros at both).
(assert_return (invoke "chain" (i32.const 3000) (i32.const 2000) (i32.const 8) (i32.const 32))
  (i32.const 8))
(assert_return (invoke "chain" (i32.const 3000) (i32.const 2000) (i32.const 100) (i32.const 32))
  (i32.const 16))
(assert_return (invoke "chain" (i32.const 3000) (i32.const 2000) (i32.const 8) (i32.const 1))
  (i32.const 5))
(assert_return (invoke "chain" (i32.const 3000) (i32.const 2000) (i32.const 0) (i32.const 32))
  (i32.const 0))
(assert_return (invoke "chain" (i32.const 3000) (i32.const 2000) (i32.const 3) (i32.const 32))
  (i32.const 3))
;; x and x + best near the memory's end: the last 16 bytes fit, ...
(assert_return (invoke "chain" (i32.const 65520) (i32.const 65000) (i32.const 16) (i32.const 2))
  (i32.const 16))
;; ... 17 do not (the entry test fails; the match loop traps at the end)
(assert_trap (invoke "chain" (i32.const 65521) (i32.const 65000) (i32.const 16) (i32.const 2))
  "out of bounds memory access")
;; a link to -1 (at 4 * 15000) ends the walk.
(assert_return (invoke "chain" (i32.const 15500) (i32.const 15000) (i32.const 4) (i32.const 5))
  (i32.const 4))

;; Without the guard, limit = 0 lets the match run to the end of the memory (zeros at
;; both), where it traps; with a limit it behaves as `chain`.
(assert_trap (invoke "chain_noguard" (i32.const 65000) (i32.const 64500) (i32.const 0) (i32.const 1))
  "out of bounds memory access")
(assert_return (invoke "chain_noguard" (i32.const 3000) (i32.const 2000) (i32.const 8) (i32.const 32))
  (i32.const 8))

;; limit = max(lim, 16): 100 bytes match where they fit, and the match loop traps at the
;; end of the memory where they do not.
(assert_return (invoke "chain_max" (i32.const 65000) (i32.const 64500) (i32.const 100) (i32.const 1))
  (i32.const 100))
(assert_trap (invoke "chain_max" (i32.const 65500) (i32.const 65000) (i32.const 100) (i32.const 1))
  "out of bounds memory access")
(assert_return (invoke "chain_max" (i32.const 3000) (i32.const 2000) (i32.const 3) (i32.const 32))
  (i32.const 16))
