;; Bounds checks hoisted out of loops that count down (compiler/src/translate/bounds/hoist.rs):
;; a counter run down to zero (`brif c`), `>` / `>=` tests, signed and unsigned, and
;; pointers that move down. The copy without checks runs only when the block before
;; the loop proves every iteration in bounds; otherwise the checked loop runs and traps
;; exactly where the unoptimized program would, after every earlier store.

(module
  (memory 1)
  (func (export "load") (param $a i32) (result i32) (i32.load (local.get $a)))

  ;; clang's shape for `for (j = i + 1; j < N; j++) b[j] ...`: a pointer stepping up
  ;; and a separate counter run down to zero, tested after the decrement (`brif c`).
  ;; Stores c at p - 4, p, ... (n stores; n = 0 wraps, so it runs until it traps).
  (func (export "countdown") (param $p i32) (param $n i32) (result i32)
    (local $s i32)
    (loop $l
      (i32.store (i32.add (local.get $p) (i32.const -4)) (local.get $n))
      (local.set $s (i32.add (local.get $s) (i32.load (i32.add (local.get $p) (i32.const -4)))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br_if $l (local.tee $n (i32.add (local.get $n) (i32.const -1)))))
    (local.get $s))

  ;; while (i > lo) { i--; s += a[i]; }: an unsigned `>` test at the top.
  (func (export "sum_down") (param $a i32) (param $lo i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (local.set $i (local.get $n))
    (block $done
      (loop $l
        (br_if $done (i32.le_u (local.get $i) (local.get $lo)))
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.add (local.get $a)
            (i32.shl (i32.add (local.get $i) (i32.const -1)) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const -1)))
        (br $l)))
    (local.get $s))

  ;; for (i = n - 1; i >= 0; i--) a[i - 3] = i + 1: a signed `>=` test at the bottom
  ;; (on the decremented counter), and an index below the base for small i.
  (func (export "fill_down_s") (param $a i32) (param $n i32)
    (local $i i32)
    (local.set $i (i32.add (local.get $n) (i32.const -1)))
    (if (i32.ge_s (local.get $i) (i32.const 0))
      (then
        (loop $l
          (i32.store (i32.add (local.get $a)
              (i32.shl (i32.add (local.get $i) (i32.const -3)) (i32.const 2)))
            (i32.add (local.get $i) (i32.const 1)))
          (br_if $l (i32.ge_s (local.tee $i (i32.add (local.get $i) (i32.const -1)))
                              (i32.const 0)))))))

  ;; A signed counter from hi down to lo + 1 (`continue while i > lo`), the bounds
  ;; anywhere in the i32 range; stores one byte at p + (hi - i) through a pointer.
  (func (export "span_s") (param $p i32) (param $hi i32) (param $lo i32) (result i32)
    (local $i i32) (local $c i32)
    (local.set $i (local.get $hi))
    (loop $l
      (i32.store8 (local.get $p) (local.get $i))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br_if $l (i32.gt_s (local.tee $i (i32.add (local.get $i) (i32.const -1)))
                          (local.get $lo))))
    (local.get $c))

  ;; A pointer moving down while the counter moves up: *p = i; p -= 4.
  (func (export "ptr_down") (param $p i32) (param $n i32)
    (local $i i32)
    (loop $l
      (i32.store (local.get $p) (local.get $i))
      (local.set $p (i32.add (local.get $p) (i32.const -4)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
                          (local.get $n)))))

  ;; A counter stepping down by 2 to an exact bound (`!=`): when c - n is odd it never
  ;; meets it, wraps, and the loop runs until its store traps.
  (func (export "step2") (param $p i32) (param $c i32) (param $n i32) (result i32)
    (local $k i32)
    (loop $l
      (i32.store8 (i32.add (local.get $p) (local.get $k)) (local.get $c))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $l (i32.ne (local.tee $c (i32.add (local.get $c) (i32.const -2)))
                        (local.get $n))))
    (local.get $k))
  ;; Down by 2 while c > n, unsigned or signed: c can step past n and wrap around, and
  ;; then the loop runs on until its store traps.
  (func (export "step2_gt_u") (param $p i32) (param $c i32) (param $n i32) (result i32)
    (local $k i32)
    (loop $l
      (i32.store8 (i32.add (local.get $p) (local.get $k)) (local.get $c))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $l (i32.gt_u (local.tee $c (i32.add (local.get $c) (i32.const -2)))
                          (local.get $n))))
    (local.get $k))
  (func (export "step2_gt_s") (param $p i32) (param $c i32) (param $n i32) (result i32)
    (local $k i32)
    (loop $l
      (i32.store8 (i32.add (local.get $p) (local.get $k)) (local.get $c))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $l (i32.gt_s (local.tee $c (i32.add (local.get $c) (i32.const -2)))
                          (local.get $n))))
    (local.get $k))
  ;; A pointer that wraps below zero, plus an invariant base: the indices base + p stay
  ;; in bounds (the i32 sums wrap back). Stores i at base + p for p = 0, -4, -8, ...
  (func (export "wrap_ptr") (param $base i32) (param $n i32)
    (local $i i32) (local $p i32)
    (loop $l
      (i32.store (i32.add (local.get $base) (local.get $p)) (local.get $i))
      (local.set $p (i32.add (local.get $p) (i32.const -4)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
                          (local.get $n)))))
)

;; countdown: n stores of n, n-1, ..., 1 and reads back; sum n(n+1)/2.
(assert_return (invoke "countdown" (i32.const 4) (i32.const 10)) (i32.const 55))
(assert_return (invoke "load" (i32.const 36)) (i32.const 1))
(assert_return (invoke "countdown" (i32.const 65500) (i32.const 10)) (i32.const 55))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 1))
;; One word too far: nine stores land, the tenth traps.
(assert_trap (invoke "countdown" (i32.const 65504) (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 2))
;; p - 4 wraps below 0: the first store traps.
(assert_trap (invoke "countdown" (i32.const 0) (i32.const 3)) "out of bounds memory access")
;; n = 0 counts 0, -1, -2, ... (2^32 iterations): it stores until p - 4 reaches 65536.
(assert_trap (invoke "countdown" (i32.const 4) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const -16383))
(assert_return (invoke "load" (i32.const 0)) (i32.const 0))

;; sum_down over a[lo..n) of the words just stored (1, -1, -2, ... from countdown).
(assert_return (invoke "countdown" (i32.const 4) (i32.const 8)) (i32.const 36))
(assert_return (invoke "sum_down" (i32.const 0) (i32.const 0) (i32.const 8)) (i32.const 36))
(assert_return (invoke "sum_down" (i32.const 4) (i32.const 2) (i32.const 5)) (i32.const 12))
(assert_return (invoke "sum_down" (i32.const 0) (i32.const 9) (i32.const 3)) (i32.const 0))
(assert_return (invoke "sum_down" (i32.const 65532) (i32.const 0) (i32.const 1)) (i32.const -16383))
(assert_trap (invoke "sum_down" (i32.const 65532) (i32.const 0) (i32.const 2)) "out of bounds memory access")
;; lo = 0, n = 2^32 - 1: the first read is far out of bounds.
(assert_trap (invoke "sum_down" (i32.const 0) (i32.const 0) (i32.const -1)) "out of bounds memory access")

;; fill_down_s: a[i - 3] = i + 1 for i = n-1 .. 0.
(assert_return (invoke "fill_down_s" (i32.const 100) (i32.const 4)))
(assert_return (invoke "load" (i32.const 100)) (i32.const 4))
(assert_return (invoke "load" (i32.const 88)) (i32.const 1))
(assert_return (invoke "fill_down_s" (i32.const 65532) (i32.const 4)))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 4))
(assert_trap (invoke "fill_down_s" (i32.const 65532) (i32.const 5)) "out of bounds memory access")
;; a = 8: i = 4 .. 1 store at 12, 8, 4, 0; i = 0 stores at 8 - 12, which wraps: trap.
(assert_trap (invoke "fill_down_s" (i32.const 8) (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 12)) (i32.const 5))
(assert_return (invoke "load" (i32.const 0)) (i32.const 2))
(assert_return (invoke "fill_down_s" (i32.const 0) (i32.const 0)))
(assert_return (invoke "fill_down_s" (i32.const 0) (i32.const -5)))

;; span_s: hi - lo bytes (at least one); signed bounds of any sign.
(assert_return (invoke "span_s" (i32.const 1000) (i32.const 5) (i32.const -5)) (i32.const 10))
(assert_return (invoke "load" (i32.const 1008)) (i32.const 0xfffffcfd))
(assert_return (invoke "span_s" (i32.const 1000) (i32.const 5) (i32.const 5)) (i32.const 1))
(assert_return (invoke "span_s" (i32.const 65535) (i32.const 5) (i32.const 9)) (i32.const 1))
(assert_return (invoke "span_s" (i32.const 65436) (i32.const -2147483548) (i32.const -2147483648)) (i32.const 100))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0x01020304))
;; A negative bound: ten stores from 65530, the seventh traps.
(assert_trap (invoke "span_s" (i32.const 65530) (i32.const 5) (i32.const -5)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0x00010203))
;; 2^31 + 1 bytes from 65000: traps at 65536, after storing 536 bytes.
(assert_trap (invoke "span_s" (i32.const 65000) (i32.const 2147483647) (i32.const -2)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0xe8e9eaeb))
(assert_trap (invoke "span_s" (i32.const 65000) (i32.const 600) (i32.const 63)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0x41424344))

;; ptr_down: stores 0, 1, ... at p, p - 4, ...
(assert_return (invoke "ptr_down" (i32.const 65532) (i32.const 3)))
(assert_return (invoke "load" (i32.const 65524)) (i32.const 2))
(assert_return (invoke "ptr_down" (i32.const 12) (i32.const 4)))
(assert_return (invoke "load" (i32.const 0)) (i32.const 3))
;; p = 8: stores at 8, 4, 0, then at -4, which wraps: trap.
(assert_trap (invoke "ptr_down" (i32.const 8) (i32.const 4)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 0)) (i32.const 2))
(assert_trap (invoke "ptr_down" (i32.const 65536) (i32.const 1)) "out of bounds memory access")

;; step2: c = 10, 8, ... down to n (exclusive).
(assert_return (invoke "step2" (i32.const 2000) (i32.const 10) (i32.const 0)) (i32.const 5))
(assert_return (invoke "load" (i32.const 2000)) (i32.const 0x0406080a))
(assert_return (invoke "step2" (i32.const 65531) (i32.const 10) (i32.const 0)) (i32.const 5))
(assert_trap (invoke "step2" (i32.const 65532) (i32.const 10) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0x0406080a))
;; c - n odd: c never meets n; it runs until p + k reaches 65536 (536 stores).
(assert_trap (invoke "step2" (i32.const 65000) (i32.const 11) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0xdddfe1e3))
;; step2_gt: c = 9, 7, 5, 3 (> 2).
(assert_return (invoke "step2_gt_u" (i32.const 3000) (i32.const 9) (i32.const 2)) (i32.const 4))
(assert_return (invoke "load" (i32.const 3000)) (i32.const 0x03050709))
(assert_return (invoke "step2_gt_s" (i32.const 3000) (i32.const -9) (i32.const -16)) (i32.const 4))
(assert_return (invoke "load" (i32.const 3000)) (i32.const 0xf1f3f5f7))
(assert_return (invoke "step2_gt_u" (i32.const 65535) (i32.const 9) (i32.const 8)) (i32.const 1))
;; 5, 3, 1, then -1 wraps to 2^32 - 1 > 0: runs on until the stores pass 65536.
(assert_trap (invoke "step2_gt_u" (i32.const 65000) (i32.const 5) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0xd7d9dbdd))
;; The same below -2^31: -2^31 + 3, -2^31 + 1, then 2^31 - 1 > -2^31.
(assert_trap (invoke "step2_gt_s" (i32.const 65000) (i32.const -2147483645) (i32.const -2147483648)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65532)) (i32.const 0xd5d7d9db))
;; wrap_ptr: stores 0..n-1 at base, base - 4, ...
(assert_return (invoke "wrap_ptr" (i32.const 400) (i32.const 101)))
(assert_return (invoke "load" (i32.const 0)) (i32.const 100))
(assert_return (invoke "load" (i32.const 396)) (i32.const 1))
;; One more store would go to base - 404 < 0 (wrapped): trap after the 101 stores.
(assert_return (invoke "wrap_ptr" (i32.const 400) (i32.const 3)))
(assert_trap (invoke "wrap_ptr" (i32.const 400) (i32.const 102)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 0)) (i32.const 100))
(assert_return (invoke "load" (i32.const 392)) (i32.const 2))

;; A counter run down to zero that the code before the loop already tested against zero
;; (`if (n == 0) return; do { .. } while (--n);`, memcmp's shape): the entry test then
;; has no test of its own for n = 0, and the last index `p0 + (n - 1)` folds its -1
;; into the access size. Pointers up (memcmp, fill_up) and down (fill_down).
(module
  (memory 1)
  (func (export "load8") (param $a i32) (result i32) (i32.load8_u (local.get $a)))
  (func (export "memcmp") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $x i32) (local $y i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $x (i32.load8_u (local.get $a)))
        (local.set $y (i32.load8_u (local.get $b)))
        (if (i32.ne (local.get $x) (local.get $y))
          (then (return (i32.sub (local.get $x) (local.get $y)))))
        (local.set $n (i32.add (local.get $n) (i32.const -1)))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br_if $top (local.get $n))))
    (i32.const 0))
  ;; Stores the byte n, n-1, ..., 1 at p, p + 1, ... (n stores).
  (func (export "fill_up") (param $p i32) (param $n i32)
    (if (i32.eqz (local.get $n)) (then (return)))
    (loop $top
      (i32.store8 (local.get $p) (local.get $n))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br_if $top (local.tee $n (i32.add (local.get $n) (i32.const -1))))))
  ;; Stores the 16-bit n, n-1, ..., 1 at p, p - 2, ... (n stores).
  (func (export "fill_down") (param $p i32) (param $n i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (i32.store16 (local.get $p) (local.get $n))
        (local.set $p (i32.add (local.get $p) (i32.const -2)))
        (br_if $top (local.tee $n (i32.add (local.get $n) (i32.const -1))))))))

(assert_return (invoke "memcmp" (i32.const 0) (i32.const 100) (i32.const 0)) (i32.const 0))
(assert_return (invoke "fill_up" (i32.const 65526) (i32.const 10)))
(assert_return (invoke "load8" (i32.const 65526)) (i32.const 10))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 1))
(assert_return (invoke "fill_up" (i32.const 100) (i32.const 10)))
;; Ten bytes ending at the last byte of memory: in bounds.
(assert_return (invoke "memcmp" (i32.const 100) (i32.const 65526) (i32.const 10)) (i32.const 0))
(assert_return (invoke "memcmp" (i32.const 65526) (i32.const 100) (i32.const 10)) (i32.const 0))
;; One byte further: equal up to the last byte, then the 11th read traps.
(assert_return (invoke "fill_up" (i32.const 99) (i32.const 11)))
(assert_return (invoke "fill_up" (i32.const 65525) (i32.const 11)))
(assert_trap (invoke "memcmp" (i32.const 99) (i32.const 65525) (i32.const 12)) "out of bounds memory access")
(assert_return (invoke "memcmp" (i32.const 99) (i32.const 65525) (i32.const 11)) (i32.const 0))
(assert_return (invoke "memcmp" (i32.const 99) (i32.const 65526) (i32.const 11)) (i32.const 1))
;; fill_up past the end: the stores up to the last byte land, then it traps.
(assert_trap (invoke "fill_up" (i32.const 65530) (i32.const 9)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65530)) (i32.const 9))
(assert_return (invoke "load8" (i32.const 65535)) (i32.const 4))
(assert_return (invoke "fill_up" (i32.const 5) (i32.const 0)))
(assert_return (invoke "load8" (i32.const 5)) (i32.const 0))
;; fill_down: p = 6, n = 4 stores at 6, 4, 2, 0; n = 5 wraps below 0 at the fifth store.
(assert_return (invoke "fill_down" (i32.const 6) (i32.const 4)))
(assert_return (invoke "load8" (i32.const 0)) (i32.const 1))
(assert_return (invoke "load8" (i32.const 6)) (i32.const 4))
(assert_trap (invoke "fill_down" (i32.const 8) (i32.const 6)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 8)) (i32.const 6))
(assert_return (invoke "load8" (i32.const 0)) (i32.const 2))
(assert_return (invoke "fill_down" (i32.const 65534) (i32.const 3)))
(assert_return (invoke "load8" (i32.const 65534)) (i32.const 3))
(assert_trap (invoke "fill_down" (i32.const 65535) (i32.const 1)) "out of bounds memory access")
