;; Checks of scan loops moved onto the entry (`scans`): `scan`'s loop (`while (s[p])
;; p++`, no trip count, no precheck) loses its header's check, which tests the entry
;; value `p` at the end of the block that enters the loop instead; its load gets the
;; out-of-bounds trap code (a fault in the guard band). `words` (`while (a[i + 1] !=
;; x) i++` on 4-byte words, a scaled index) too. Kept in their loops: `global_first`
;; (a store to a global before the access in the header), `down` (a decreasing index)
;; and `big_step` (a step of 65,537, past the band). 5 checks, 5 left.
(module
  (memory 1)
  (global $n (mut i32) (i32.const 0))
  (func (export "scan") (param $p i32) (result i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))
  (func (export "words") (param $a i32) (param $i i32) (param $x i32) (result i32)
    (block $done
      (loop $l
        (br_if $done
          (i32.eq
            (i32.load offset=4 (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))
            (local.get $x)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $i))
  (func (export "global_first") (param $p i32) (result i32)
    (block $done
      (loop $l
        (global.set $n (i32.add (global.get $n) (i32.const 1)))
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))
  (func (export "down") (param $p i32) (result i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $p))
  (func (export "big_step") (param $p i32) (result i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (i32.load8_u (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 65537)))
        (br $l)))
    (local.get $p)))
