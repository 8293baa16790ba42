;; Checks of rotated scan loops removed (`scans::remove_rotated_checks`): the loop's
;; access is at its end (`c = s[p]; while (c) { p++; c = s[p]; }`), checked in the block
;; every back edge passes; an access before the loop covers the first iteration's index
;; within the guard band and each iteration's access the next one's, so the check goes
;; and its load gets the out-of-bounds trap code. `rotated` (the byte read before the
;; loop in the block entering it), `escapes` (a step of 1 or 2 through a join:
;; parse's string scan), `joined_entry` (the byte read before the loop on either arm of
;; an `if`, at `p` or at `p + 1`: parse's CSV field scan) and `words` (4-byte loads,
;; a scaled index) lose their loops' checks. Kept: `down` (a decreasing index), `big`
;; (a step of 65,537), `unread` (nothing read before the loop: the first byte is a
;; parameter), `far` (the byte read before the loop is 65,536 below the loop's first
;; index) and `wide` (a 64-bit memory). 13 + 2 checks with the optimizer off; the
;; pre-loop checks stay, 9 + 1 left.
(module
  (memory 1)
  (memory $w i64 1)
  (func (export "rotated") (param $p i32) (result i32)
    (local $c i32)
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))
  (func (export "escapes") (param $p i32) (result i32)
    (local $c i32)
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (if (i32.eq (local.get $c) (i32.const 92))
          (then (local.set $p (i32.add (local.get $p) (i32.const 2))))
          (else (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))
  (func (export "joined_entry") (param $p i32) (param $q i32) (result i32)
    (local $c i32)
    (if (local.get $q)
      (then (local.set $c (i32.load8_u (local.get $p))))
      (else
        (local.set $c (i32.load8_u offset=1 (local.get $p)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))
  (func (export "words") (param $a i32) (param $i i32) (result i32)
    (local $c i32)
    (local.set $c
      (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (local.set $c
          (i32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2)))))
        (br $l)))
    (local.get $i))
  (func (export "down") (param $p i32) (result i32)
    (local $c i32)
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))
  (func (export "big") (param $p i32) (result i32)
    (local $c i32)
    (local.set $c (i32.load8_u (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $p (i32.add (local.get $p) (i32.const 65537)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))
  (func (export "unread") (param $p i32) (param $c i32) (result i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))
  (func (export "far") (param $p i32) (result i32)
    (local $c i32)
    (local.set $c (i32.load8_u (local.get $p)))
    (local.set $p (i32.add (local.get $p) (i32.const 65536)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (local.get $p)))
        (br $l)))
    (local.get $p))
  (func (export "wide") (param $p i64) (result i64)
    (local $c i32)
    (local.set $c (i32.load8_u $w (local.get $p)))
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $c)))
        (local.set $p (i64.add (local.get $p) (i64.const 1)))
        (local.set $c (i32.load8_u $w (local.get $p)))
        (br $l)))
    (local.get $p)))
