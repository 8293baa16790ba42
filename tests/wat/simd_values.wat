;; v128 values crossing every boundary: locals (zero-initialized), mutable and
;; immutable globals, direct and indirect calls (parameters and results),
;; multi-value results, block/loop/if parameters and results, select, br_table.
;; exit: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 286326784
;; stdout: -1
;; stdout: -1
;; stdout: 7
;; stdout: 1
;; stdout: 2
;; stdout: 3
;; stdout: 4
;; stdout: 2
;; stdout: 4
;; stdout: 6
;; stdout: 8
;; stdout: 11
;; stdout: 21
;; stdout: 31
;; stdout: 41
;; stdout: 7
;; stdout: 131073
;; stdout: 262147
;; stdout: 393221
;; stdout: 524295
;; stdout: 262145
;; stdout: 1048585
;; stdout: 2359321
;; stdout: 4194353
;; stdout: 5
;; stdout: 6
;; stdout: 7
;; stdout: 8
;; stdout: 1
;; stdout: 2
;; stdout: 3
;; stdout: 4
;; stdout: 5
;; stdout: 10
;; stdout: 15
;; stdout: 20
;; stdout: 2
;; stdout: 2
;; stdout: 2
;; stdout: 2
;; stdout: 9
;; stdout: 8
;; stdout: 7
;; stdout: 6
;; stdout: 30
;; stdout: 30
;; stdout: 30
;; stdout: 30
;; stdout: 20
;; stdout: 20
;; stdout: 20
;; stdout: 20
;; stdout: 3
;; stdout: 4
;; stdout: 5
;; stdout: 6
(module
  (import "env" "print_i32" (func $p (param i32)))
  (global $g (mut v128) (v128.const i32x4 1 2 3 4))
  (global $c v128 (v128.const i32x4 0x11110000 -1 -1 7))
  (table 1 funcref)
  (elem (i32.const 0) $add)
  (type $bin (func (param v128 v128) (result v128)))

  (func $show (param $v v128)
    (call $p (i32x4.extract_lane 0 (local.get $v)))
    (call $p (i32x4.extract_lane 1 (local.get $v)))
    (call $p (i32x4.extract_lane 2 (local.get $v)))
    (call $p (i32x4.extract_lane 3 (local.get $v))))

  (func $add (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))

  (func $multi (param $a v128) (result v128 i32 v128)
    (local.get $a) (i32.const 7) (i16x8.mul (local.get $a) (local.get $a)))

  (func $swap (param v128 v128) (result v128 v128) (local.get 1) (local.get 0))

  (func $pick (param $i i32) (result v128)
    (block $b2 (result v128)
      (block $b1 (result v128)
        (block $b0 (result v128)
          (v128.const i32x4 10 10 10 10)
          (br_table $b0 $b1 $b2 (local.get $i)))
        (i32x4.add (v128.const i32x4 10 10 10 10)))
      (i32x4.add (v128.const i32x4 10 10 10 10))))

  (func (export "_start")
    (local $z v128) (local $t v128)
    (call $show (local.get $z))
    (call $show (global.get $c))
    (call $show (global.get $g))
    (global.set $g (call $add (global.get $g) (global.get $g)))
    (call $show (global.get $g))
    (call $show
      (call_indirect (type $bin)
        (v128.const i32x4 10 20 30 40) (v128.const i32x4 1 1 1 1) (i32.const 0)))
    ;; multi-value: (a, 7, a*a) with a = i16x8 1..8
    (call $multi (v128.const i16x8 1 2 3 4 5 6 7 8))
    (local.set $t)
    (call $p)
    (call $show)
    (call $show (local.get $t))
    ;; two v128 results
    (call $swap (v128.const i32x4 1 2 3 4) (v128.const i32x4 5 6 7 8))
    (local.set $t)
    (call $show)
    (call $show (local.get $t))
    ;; a loop carrying a v128 parameter
    (v128.const i32x4 0 0 0 0)
    (loop $l (param v128) (result v128)
      (i32x4.add (v128.const i32x4 1 2 3 4))
      (local.tee $t)
      (br_if $l (i32.lt_s (i32x4.extract_lane 0 (local.get $t)) (i32.const 5))))
    (call $show)
    (call $show (select (v128.const i32x4 1 1 1 1) (v128.const i32x4 2 2 2 2) (i32.const 0)))
    (call $show
      (if (result v128) (i32.const 1)
        (then (v128.const i32x4 9 8 7 6)) (else (v128.const i32x4 0 0 0 0))))
    (call $show (call $pick (i32.const 0)))
    (call $show (call $pick (i32.const 1)))
    ;; a block with a v128 parameter
    (v128.const i32x4 1 2 3 4)
    (block (param v128) (result v128) (i32x4.add (v128.const i32x4 2 2 2 2)))
    (call $show))
)
