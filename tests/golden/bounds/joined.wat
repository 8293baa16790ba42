;; Rewrite 3: a check of a block parameter goes when every edge into the block passes a
;; value a check dominating the edge already proved. `scan` (parse's string scan): the
;; loop header's read of s[p] is proved by the check before the loop and by the check of
;; p + 1 at the end of each iteration (which goes too: the loop is rotated, and the read
;; before the loop and each iteration's read of p + 1 cover the next one's within the
;; guard band, `scans::remove_rotated_checks`). `join`: both arms proved 4 bytes at the value they
;; pass, so the 2-byte read at p + 2 needs no check; `join_unchecked`: one arm proved
;; nothing, the check stays.
(module
  (memory 1)
  (func $g)
  (func (export "scan") (param $p i32) (result i32)
    (local $n i32)
    (if (i32.eqz (i32.load8_u (local.get $p))) (then (return (i32.const 0))))
    (loop $l
      (drop (i32.load8_u (local.get $p)))
      (call $g)
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br_if $l (i32.load8_u (local.get $p))))
    (local.get $n))
  (func (export "join") (param $c i32) (param $x i32) (param $y i32) (result i32)
    (local $p i32)
    (if (local.get $c)
      (then (drop (i32.load (local.get $x))) (local.set $p (local.get $x)))
      (else (drop (i32.load (local.get $y))) (call $g) (local.set $p (local.get $y))))
    (i32.load16_u (i32.add (local.get $p) (i32.const 2))))
  (func (export "join_unchecked") (param $c i32) (param $x i32) (param $y i32) (result i32)
    (local $p i32)
    (if (local.get $c)
      (then (drop (i32.load (local.get $x))) (local.set $p (local.get $x)))
      (else (local.set $p (local.get $y))))
    (i32.load8_u (local.get $p))))
