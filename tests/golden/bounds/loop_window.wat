;; Rewrite 4 with window terms: the header leaves the loop unless `x - cand <= 1024`
;; (unsigned), so everywhere after it `cand` lies in [x - 1024, x] modulo 2^32 and the
;; entry test checks `cand + 8` and `4 * cand` at both ends of that window (with x, the
;; low end needs a test of its own). The fast copy of `walk` keeps no check. `nested`
;; has an inner loop (copied for its own check first); the loop around it is copied
;; for the window's check, the inner loop's copies with it. A signed test is no
;; window: `walk_s` keeps its checks and is not copied.
(module
  (memory 1)
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
  (func (export "nested") (param $x i32) (param $cand i32) (param $n i32) (param $k i32)
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
  (func (export "walk_s") (param $x i32) (param $cand i32) (param $n i32) (result i32)
    (local $s i32) (local $c i32)
    (block $done
      (loop $l
        (br_if $done (i32.gt_s (i32.sub (local.get $x) (local.get $cand)) (i32.const 1024)))
        (local.set $s (i32.add (local.get $s) (i32.load8_u offset=8 (local.get $cand))))
        (local.set $cand (i32.load (i32.shl (local.get $cand) (i32.const 2))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br_if $l (i32.lt_u (local.get $c) (local.get $n)))))
    (local.get $s))
)
