;; Terms computed in the loop that the entry test does not take: a masked start
;; advanced by 16 per iteration (the addition comes back around the loop, so no bound
;; holds), `x >> 1` (at most 2^31 - 1: a test that would almost never pass), and a
;; masked byte in a loop that calls.
(module
  (memory 1)
  (func (export "stride") (param $tab i32) (param $x i32) (result i32)
    (local $q i32) (local $s i32)
    (local.set $q (i32.and (local.get $x) (i32.const 15)))
    (loop $l
      (local.set $s (i32.add (local.get $s)
        (i32.load8_u (i32.add (local.get $tab) (local.get $q)))))
      (local.set $q (i32.add (local.get $q) (i32.const 16)))
      (br_if $l (i32.load8_u (i32.add (local.get $tab) (local.get $q)))))
    (local.get $s))
  (func (export "half") (param $tab i32) (param $p i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $p (i32.load (local.get $p)))
      (local.set $s (i32.add (local.get $s)
        (i32.load8_u (i32.add (local.get $tab) (i32.shr_u (local.get $p) (i32.const 1))))))
      (br_if $l (local.get $p)))
    (local.get $s))
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "calls") (param $tab i32) (param $p i32) (result i32)
    (local $s i32)
    (loop $l
      (local.set $p (call $id (i32.load (local.get $p))))
      (local.set $s (i32.add (local.get $s)
        (i32.load8_u (i32.add (local.get $tab) (i32.and (local.get $p) (i32.const 255))))))
      (br_if $l (local.get $p)))
    (local.get $s)))
