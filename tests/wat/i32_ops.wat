;; Every i32 integer operation: arithmetic (wrapping), division and remainder
;; edge cases (INT_MIN/-1 for rem_s is 0, negative operands), bitwise ops, shifts and
;; rotates with counts >= 32 (taken modulo 32), comparisons, eqz, clz/ctz/popcnt,
;; sign extension. Each op runs on constants and on values
;; that pass through a call (so constant folding and the generated code both get tested).
;; `;; #N` marks the call printing stdout line N.
;; exit: 0
;; stdout: 9
;; stdout: 9
;; stdout: -5
;; stdout: -5
;; stdout: 5
;; stdout: 5
;; stdout: -9
;; stdout: -9
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483647
;; stdout: -2147483647
;; stdout: -2147483646
;; stdout: -2147483646
;; stdout: 2147483646
;; stdout: 2147483646
;; stdout: -2
;; stdout: -2
;; stdout: 5
;; stdout: 5
;; stdout: -2147483643
;; stdout: -2147483643
;; stdout: 0
;; stdout: 0
;; stdout: 558065031
;; stdout: 558065031
;; stdout: 0
;; stdout: 0
;; stdout: 32
;; stdout: 32
;; stdout: 33
;; stdout: 33
;; stdout: 34
;; stdout: 34
;; stdout: 66
;; stdout: 66
;; stdout: 1073741824
;; stdout: 1073741824
;; stdout: -2147483644
;; stdout: -2147483644
;; stdout: 5
;; stdout: 5
;; stdout: -9
;; stdout: -9
;; stdout: 9
;; stdout: 9
;; stdout: -5
;; stdout: -5
;; stdout: -2147483647
;; stdout: -2147483647
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 2147483646
;; stdout: 2147483646
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: -5
;; stdout: -5
;; stdout: -2147483643
;; stdout: -2147483643
;; stdout: 0
;; stdout: 0
;; stdout: 52774761
;; stdout: 52774761
;; stdout: -2
;; stdout: -2
;; stdout: -30
;; stdout: -30
;; stdout: -31
;; stdout: -31
;; stdout: -32
;; stdout: -32
;; stdout: -68
;; stdout: -68
;; stdout: 1073741826
;; stdout: 1073741826
;; stdout: -2147483642
;; stdout: -2147483642
;; stdout: 14
;; stdout: 14
;; stdout: -14
;; stdout: -14
;; stdout: -14
;; stdout: -14
;; stdout: 14
;; stdout: 14
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: -2147483647
;; stdout: -2147483647
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 992614664
;; stdout: 992614664
;; stdout: -1
;; stdout: -1
;; stdout: 31
;; stdout: 31
;; stdout: 32
;; stdout: 32
;; stdout: 33
;; stdout: 33
;; stdout: -67
;; stdout: -67
;; stdout: -1073741825
;; stdout: -1073741825
;; stdout: 2147483643
;; stdout: 2147483643
;; stdout: 3
;; stdout: 3
;; stdout: -3
;; stdout: -3
;; stdout: -3
;; stdout: -3
;; stdout: 3
;; stdout: 3
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -1073741824
;; stdout: -1073741824
;; stdout: -2147483647
;; stdout: -2147483647
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -1073741825
;; stdout: -1073741825
;; stdout: 0
;; stdout: 0
;; stdout: 3
;; stdout: 3
;; stdout: 2147483644
;; stdout: 2147483644
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 1073741824
;; stdout: 1073741824
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 64103989
;; stdout: 64103989
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: 0
;; stdout: 0
;; stdout: 52774761
;; stdout: 52774761
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 7
;; stdout: 7
;; stdout: -7
;; stdout: -7
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: 0
;; stdout: 0
;; stdout: 52774761
;; stdout: 52774761
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 32
;; stdout: 32
;; stdout: 1073741825
;; stdout: 1073741825
;; stdout: 5
;; stdout: 5
;; stdout: 2
;; stdout: 2
;; stdout: 0
;; stdout: 0
;; stdout: 6
;; stdout: 6
;; stdout: -8
;; stdout: -8
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 33818120
;; stdout: 33818120
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 67
;; stdout: 67
;; stdout: 1073741825
;; stdout: 1073741825
;; stdout: 5
;; stdout: 5
;; stdout: 7
;; stdout: 7
;; stdout: -5
;; stdout: -5
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -2147483647
;; stdout: -2147483647
;; stdout: -2147483646
;; stdout: -2147483646
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: 5
;; stdout: 5
;; stdout: -2147483643
;; stdout: -2147483643
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 524246911
;; stdout: 524246911
;; stdout: -1
;; stdout: -1
;; stdout: 31
;; stdout: 31
;; stdout: 33
;; stdout: 33
;; stdout: 33
;; stdout: 33
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 5
;; stdout: 5
;; stdout: -5
;; stdout: -5
;; stdout: -7
;; stdout: -7
;; stdout: 7
;; stdout: 7
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483647
;; stdout: -2147483647
;; stdout: -2147483646
;; stdout: -2147483646
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -2147483643
;; stdout: -2147483643
;; stdout: 0
;; stdout: 0
;; stdout: 490428791
;; stdout: 490428791
;; stdout: -2
;; stdout: -2
;; stdout: 30
;; stdout: 30
;; stdout: 33
;; stdout: 33
;; stdout: 32
;; stdout: 32
;; stdout: -68
;; stdout: -68
;; stdout: -1073741826
;; stdout: -1073741826
;; stdout: 2147483642
;; stdout: 2147483642
;; stdout: 28
;; stdout: 28
;; stdout: -28
;; stdout: -28
;; stdout: -1073741824
;; stdout: -1073741824
;; stdout: 1073741824
;; stdout: 1073741824
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 725352448
;; stdout: 725352448
;; stdout: -2
;; stdout: -2
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 1
;; stdout: 1
;; stdout: 2
;; stdout: 2
;; stdout: -8
;; stdout: -8
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 1
;; stdout: 1
;; stdout: -2
;; stdout: -2
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1073741824
;; stdout: -1073741824
;; stdout: -536870912
;; stdout: -536870912
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 9320
;; stdout: 9320
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1073741822
;; stdout: 1073741822
;; stdout: 0
;; stdout: 0
;; stdout: 3
;; stdout: 3
;; stdout: 1
;; stdout: 1
;; stdout: 1073741824
;; stdout: 1073741824
;; stdout: 536870912
;; stdout: 536870912
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 9320
;; stdout: 9320
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 536870911
;; stdout: 536870911
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 28
;; stdout: 28
;; stdout: -25
;; stdout: -25
;; stdout: -1073741823
;; stdout: -1073741823
;; stdout: 2147483646
;; stdout: 2147483646
;; stdout: 1073741824
;; stdout: 1073741824
;; stdout: 1
;; stdout: 1
;; stdout: 2
;; stdout: 2
;; stdout: -1073741825
;; stdout: -1073741825
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 725354778
;; stdout: 725354778
;; stdout: -1
;; stdout: -1
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 1
;; stdout: 1
;; stdout: 2
;; stdout: 2
;; stdout: -1
;; stdout: -1
;; stdout: -1610612736
;; stdout: -1610612736
;; stdout: -2147483646
;; stdout: -2147483646
;; stdout: -1073741823
;; stdout: -1073741823
;; stdout: 2147483646
;; stdout: 2147483646
;; stdout: 28
;; stdout: 28
;; stdout: -25
;; stdout: -25
;; stdout: 1
;; stdout: 1
;; stdout: 1073741824
;; stdout: 1073741824
;; stdout: 536870912
;; stdout: 536870912
;; stdout: -2
;; stdout: -2
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -1393548184
;; stdout: -1393548184
;; stdout: -1
;; stdout: -1
;; stdout: 2
;; stdout: 2
;; stdout: 1
;; stdout: 1
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -1
;; stdout: -1
;; stdout: -2147483646
;; stdout: -2147483646
;; stdout: 10
;; stdout: 10
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 32
;; stdout: 32
;; stdout: 31
;; stdout: 31
;; stdout: 0
;; stdout: 0
;; stdout: 30
;; stdout: 30
;; stdout: 29
;; stdout: 29
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 3
;; stdout: 3
;; stdout: 24
;; stdout: 24
;; stdout: 0
;; stdout: 0
;; stdout: 30
;; stdout: 30
;; stdout: 0
;; stdout: 0
;; stdout: 25
;; stdout: 25
;; stdout: 24
;; stdout: 24
;; stdout: 16
;; stdout: 16
;; stdout: 16
;; stdout: 16
;; stdout: 17
;; stdout: 17
;; stdout: 1
;; stdout: 1
;; stdout: 8
;; stdout: 8
;; stdout: 32
;; stdout: 32
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 31
;; stdout: 31
;; stdout: 3
;; stdout: 3
;; stdout: 7
;; stdout: 7
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 15
;; stdout: 15
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 30
;; stdout: 30
;; stdout: 20
;; stdout: 20
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 32
;; stdout: 32
;; stdout: 1
;; stdout: 1
;; stdout: 3
;; stdout: 3
;; stdout: 30
;; stdout: 30
;; stdout: 31
;; stdout: 31
;; stdout: 1
;; stdout: 1
;; stdout: 13
;; stdout: 13
;; stdout: 1
;; stdout: 1
;; stdout: 31
;; stdout: 31
;; stdout: 2
;; stdout: 2
;; stdout: 31
;; stdout: 31
;; stdout: 7
;; stdout: 7
;; stdout: 8
;; stdout: 8
;; stdout: 1
;; stdout: 1
;; stdout: 16
;; stdout: 16
;; stdout: 15
;; stdout: 15
;; stdout: 1
;; stdout: 1
;; stdout: 4
;; stdout: 4
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 2
;; stdout: 2
;; stdout: 7
;; stdout: 7
;; stdout: -7
;; stdout: -7
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 120
;; stdout: 120
;; stdout: -128
;; stdout: -128
;; stdout: 127
;; stdout: 127
;; stdout: 3
;; stdout: 3
;; stdout: -3
;; stdout: -3
;; stdout: 127
;; stdout: 127
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 2
;; stdout: 2
;; stdout: 7
;; stdout: 7
;; stdout: -7
;; stdout: -7
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 22136
;; stdout: 22136
;; stdout: 128
;; stdout: 128
;; stdout: -129
;; stdout: -129
;; stdout: 3
;; stdout: 3
;; stdout: -3
;; stdout: -3
;; stdout: 127
;; stdout: 127
;; stdout: 255
;; stdout: 255
;; stdout: -32768
;; stdout: -32768
;; stdout: -1
;; stdout: -1
;; stdout: 32767
;; stdout: 32767
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (func $id (param i32) (result i32) (local.get 0))
  (func $id32 (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (i32.add (i32.const 7) (i32.const 2)))  ;; #1
    (call $p (i32.add (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #2
    (call $p (i32.add (i32.const -7) (i32.const 2)))  ;; #3
    (call $p (i32.add (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #4
    (call $p (i32.add (i32.const 7) (i32.const -2)))  ;; #5
    (call $p (i32.add (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #6
    (call $p (i32.add (i32.const -7) (i32.const -2)))  ;; #7
    (call $p (i32.add (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #8
    (call $p (i32.add (i32.const -2147483648) (i32.const -1)))  ;; #9
    (call $p (i32.add (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #10
    (call $p (i32.add (i32.const -2147483648) (i32.const 1)))  ;; #11
    (call $p (i32.add (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #12
    (call $p (i32.add (i32.const -2147483648) (i32.const 2)))  ;; #13
    (call $p (i32.add (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #14
    (call $p (i32.add (i32.const 2147483647) (i32.const -1)))  ;; #15
    (call $p (i32.add (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #16
    (call $p (i32.add (i32.const -1) (i32.const -1)))  ;; #17
    (call $p (i32.add (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #18
    (call $p (i32.add (i32.const 0) (i32.const 5)))  ;; #19
    (call $p (i32.add (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #20
    (call $p (i32.add (i32.const 5) (i32.const -2147483648)))  ;; #21
    (call $p (i32.add (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #22
    (call $p (i32.add (i32.const -2147483648) (i32.const -2147483648)))  ;; #23
    (call $p (i32.add (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #24
    (call $p (i32.add (i32.const 305419896) (i32.const 252645135)))  ;; #25
    (call $p (i32.add (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #26
    (call $p (i32.add (i32.const -1) (i32.const 1)))  ;; #27
    (call $p (i32.add (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #28
    (call $p (i32.add (i32.const 1) (i32.const 31)))  ;; #29
    (call $p (i32.add (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #30
    (call $p (i32.add (i32.const 1) (i32.const 32)))  ;; #31
    (call $p (i32.add (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #32
    (call $p (i32.add (i32.const 1) (i32.const 33)))  ;; #33
    (call $p (i32.add (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #34
    (call $p (i32.add (i32.const -1) (i32.const 67)))  ;; #35
    (call $p (i32.add (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #36
    (call $p (i32.add (i32.const 1073741825) (i32.const -1)))  ;; #37
    (call $p (i32.add (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #38
    (call $p (i32.add (i32.const 5) (i32.const 2147483647)))  ;; #39
    (call $p (i32.add (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #40
    (call $p (i32.sub (i32.const 7) (i32.const 2)))  ;; #41
    (call $p (i32.sub (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #42
    (call $p (i32.sub (i32.const -7) (i32.const 2)))  ;; #43
    (call $p (i32.sub (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #44
    (call $p (i32.sub (i32.const 7) (i32.const -2)))  ;; #45
    (call $p (i32.sub (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #46
    (call $p (i32.sub (i32.const -7) (i32.const -2)))  ;; #47
    (call $p (i32.sub (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #48
    (call $p (i32.sub (i32.const -2147483648) (i32.const -1)))  ;; #49
    (call $p (i32.sub (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #50
    (call $p (i32.sub (i32.const -2147483648) (i32.const 1)))  ;; #51
    (call $p (i32.sub (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #52
    (call $p (i32.sub (i32.const -2147483648) (i32.const 2)))  ;; #53
    (call $p (i32.sub (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #54
    (call $p (i32.sub (i32.const 2147483647) (i32.const -1)))  ;; #55
    (call $p (i32.sub (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #56
    (call $p (i32.sub (i32.const -1) (i32.const -1)))  ;; #57
    (call $p (i32.sub (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #58
    (call $p (i32.sub (i32.const 0) (i32.const 5)))  ;; #59
    (call $p (i32.sub (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #60
    (call $p (i32.sub (i32.const 5) (i32.const -2147483648)))  ;; #61
    (call $p (i32.sub (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #62
    (call $p (i32.sub (i32.const -2147483648) (i32.const -2147483648)))  ;; #63
    (call $p (i32.sub (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #64
    (call $p (i32.sub (i32.const 305419896) (i32.const 252645135)))  ;; #65
    (call $p (i32.sub (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #66
    (call $p (i32.sub (i32.const -1) (i32.const 1)))  ;; #67
    (call $p (i32.sub (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #68
    (call $p (i32.sub (i32.const 1) (i32.const 31)))  ;; #69
    (call $p (i32.sub (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #70
    (call $p (i32.sub (i32.const 1) (i32.const 32)))  ;; #71
    (call $p (i32.sub (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #72
    (call $p (i32.sub (i32.const 1) (i32.const 33)))  ;; #73
    (call $p (i32.sub (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #74
    (call $p (i32.sub (i32.const -1) (i32.const 67)))  ;; #75
    (call $p (i32.sub (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #76
    (call $p (i32.sub (i32.const 1073741825) (i32.const -1)))  ;; #77
    (call $p (i32.sub (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #78
    (call $p (i32.sub (i32.const 5) (i32.const 2147483647)))  ;; #79
    (call $p (i32.sub (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #80
    (call $p (i32.mul (i32.const 7) (i32.const 2)))  ;; #81
    (call $p (i32.mul (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #82
    (call $p (i32.mul (i32.const -7) (i32.const 2)))  ;; #83
    (call $p (i32.mul (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #84
    (call $p (i32.mul (i32.const 7) (i32.const -2)))  ;; #85
    (call $p (i32.mul (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #86
    (call $p (i32.mul (i32.const -7) (i32.const -2)))  ;; #87
    (call $p (i32.mul (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #88
    (call $p (i32.mul (i32.const -2147483648) (i32.const -1)))  ;; #89
    (call $p (i32.mul (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #90
    (call $p (i32.mul (i32.const -2147483648) (i32.const 1)))  ;; #91
    (call $p (i32.mul (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #92
    (call $p (i32.mul (i32.const -2147483648) (i32.const 2)))  ;; #93
    (call $p (i32.mul (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #94
    (call $p (i32.mul (i32.const 2147483647) (i32.const -1)))  ;; #95
    (call $p (i32.mul (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #96
    (call $p (i32.mul (i32.const -1) (i32.const -1)))  ;; #97
    (call $p (i32.mul (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #98
    (call $p (i32.mul (i32.const 0) (i32.const 5)))  ;; #99
    (call $p (i32.mul (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #100
    (call $p (i32.mul (i32.const 5) (i32.const -2147483648)))  ;; #101
    (call $p (i32.mul (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #102
    (call $p (i32.mul (i32.const -2147483648) (i32.const -2147483648)))  ;; #103
    (call $p (i32.mul (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #104
    (call $p (i32.mul (i32.const 305419896) (i32.const 252645135)))  ;; #105
    (call $p (i32.mul (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #106
    (call $p (i32.mul (i32.const -1) (i32.const 1)))  ;; #107
    (call $p (i32.mul (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #108
    (call $p (i32.mul (i32.const 1) (i32.const 31)))  ;; #109
    (call $p (i32.mul (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #110
    (call $p (i32.mul (i32.const 1) (i32.const 32)))  ;; #111
    (call $p (i32.mul (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #112
    (call $p (i32.mul (i32.const 1) (i32.const 33)))  ;; #113
    (call $p (i32.mul (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #114
    (call $p (i32.mul (i32.const -1) (i32.const 67)))  ;; #115
    (call $p (i32.mul (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #116
    (call $p (i32.mul (i32.const 1073741825) (i32.const -1)))  ;; #117
    (call $p (i32.mul (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #118
    (call $p (i32.mul (i32.const 5) (i32.const 2147483647)))  ;; #119
    (call $p (i32.mul (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #120
    (call $p (i32.div_s (i32.const 7) (i32.const 2)))  ;; #121
    (call $p (i32.div_s (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #122
    (call $p (i32.div_s (i32.const -7) (i32.const 2)))  ;; #123
    (call $p (i32.div_s (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #124
    (call $p (i32.div_s (i32.const 7) (i32.const -2)))  ;; #125
    (call $p (i32.div_s (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #126
    (call $p (i32.div_s (i32.const -7) (i32.const -2)))  ;; #127
    (call $p (i32.div_s (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #128
    (call $p (i32.div_s (i32.const -2147483648) (i32.const 1)))  ;; #129
    (call $p (i32.div_s (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #130
    (call $p (i32.div_s (i32.const -2147483648) (i32.const 2)))  ;; #131
    (call $p (i32.div_s (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #132
    (call $p (i32.div_s (i32.const 2147483647) (i32.const -1)))  ;; #133
    (call $p (i32.div_s (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #134
    (call $p (i32.div_s (i32.const -1) (i32.const -1)))  ;; #135
    (call $p (i32.div_s (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #136
    (call $p (i32.div_s (i32.const 0) (i32.const 5)))  ;; #137
    (call $p (i32.div_s (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #138
    (call $p (i32.div_s (i32.const 5) (i32.const -2147483648)))  ;; #139
    (call $p (i32.div_s (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #140
    (call $p (i32.div_s (i32.const -2147483648) (i32.const -2147483648)))  ;; #141
    (call $p (i32.div_s (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #142
    (call $p (i32.div_s (i32.const 305419896) (i32.const 252645135)))  ;; #143
    (call $p (i32.div_s (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #144
    (call $p (i32.div_s (i32.const -1) (i32.const 1)))  ;; #145
    (call $p (i32.div_s (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #146
    (call $p (i32.div_s (i32.const 1) (i32.const 31)))  ;; #147
    (call $p (i32.div_s (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #148
    (call $p (i32.div_s (i32.const 1) (i32.const 32)))  ;; #149
    (call $p (i32.div_s (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #150
    (call $p (i32.div_s (i32.const 1) (i32.const 33)))  ;; #151
    (call $p (i32.div_s (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #152
    (call $p (i32.div_s (i32.const -1) (i32.const 67)))  ;; #153
    (call $p (i32.div_s (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #154
    (call $p (i32.div_s (i32.const 1073741825) (i32.const -1)))  ;; #155
    (call $p (i32.div_s (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #156
    (call $p (i32.div_s (i32.const 5) (i32.const 2147483647)))  ;; #157
    (call $p (i32.div_s (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #158
    (call $p (i32.div_u (i32.const 7) (i32.const 2)))  ;; #159
    (call $p (i32.div_u (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #160
    (call $p (i32.div_u (i32.const -7) (i32.const 2)))  ;; #161
    (call $p (i32.div_u (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #162
    (call $p (i32.div_u (i32.const 7) (i32.const -2)))  ;; #163
    (call $p (i32.div_u (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #164
    (call $p (i32.div_u (i32.const -7) (i32.const -2)))  ;; #165
    (call $p (i32.div_u (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #166
    (call $p (i32.div_u (i32.const -2147483648) (i32.const -1)))  ;; #167
    (call $p (i32.div_u (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #168
    (call $p (i32.div_u (i32.const -2147483648) (i32.const 1)))  ;; #169
    (call $p (i32.div_u (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #170
    (call $p (i32.div_u (i32.const -2147483648) (i32.const 2)))  ;; #171
    (call $p (i32.div_u (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #172
    (call $p (i32.div_u (i32.const 2147483647) (i32.const -1)))  ;; #173
    (call $p (i32.div_u (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #174
    (call $p (i32.div_u (i32.const -1) (i32.const -1)))  ;; #175
    (call $p (i32.div_u (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #176
    (call $p (i32.div_u (i32.const 0) (i32.const 5)))  ;; #177
    (call $p (i32.div_u (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #178
    (call $p (i32.div_u (i32.const 5) (i32.const -2147483648)))  ;; #179
    (call $p (i32.div_u (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #180
    (call $p (i32.div_u (i32.const -2147483648) (i32.const -2147483648)))  ;; #181
    (call $p (i32.div_u (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #182
    (call $p (i32.div_u (i32.const 305419896) (i32.const 252645135)))  ;; #183
    (call $p (i32.div_u (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #184
    (call $p (i32.div_u (i32.const -1) (i32.const 1)))  ;; #185
    (call $p (i32.div_u (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #186
    (call $p (i32.div_u (i32.const 1) (i32.const 31)))  ;; #187
    (call $p (i32.div_u (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #188
    (call $p (i32.div_u (i32.const 1) (i32.const 32)))  ;; #189
    (call $p (i32.div_u (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #190
    (call $p (i32.div_u (i32.const 1) (i32.const 33)))  ;; #191
    (call $p (i32.div_u (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #192
    (call $p (i32.div_u (i32.const -1) (i32.const 67)))  ;; #193
    (call $p (i32.div_u (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #194
    (call $p (i32.div_u (i32.const 1073741825) (i32.const -1)))  ;; #195
    (call $p (i32.div_u (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #196
    (call $p (i32.div_u (i32.const 5) (i32.const 2147483647)))  ;; #197
    (call $p (i32.div_u (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #198
    (call $p (i32.rem_s (i32.const 7) (i32.const 2)))  ;; #199
    (call $p (i32.rem_s (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #200
    (call $p (i32.rem_s (i32.const -7) (i32.const 2)))  ;; #201
    (call $p (i32.rem_s (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #202
    (call $p (i32.rem_s (i32.const 7) (i32.const -2)))  ;; #203
    (call $p (i32.rem_s (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #204
    (call $p (i32.rem_s (i32.const -7) (i32.const -2)))  ;; #205
    (call $p (i32.rem_s (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #206
    (call $p (i32.rem_s (i32.const -2147483648) (i32.const -1)))  ;; #207
    (call $p (i32.rem_s (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #208
    (call $p (i32.rem_s (i32.const -2147483648) (i32.const 1)))  ;; #209
    (call $p (i32.rem_s (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #210
    (call $p (i32.rem_s (i32.const -2147483648) (i32.const 2)))  ;; #211
    (call $p (i32.rem_s (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #212
    (call $p (i32.rem_s (i32.const 2147483647) (i32.const -1)))  ;; #213
    (call $p (i32.rem_s (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #214
    (call $p (i32.rem_s (i32.const -1) (i32.const -1)))  ;; #215
    (call $p (i32.rem_s (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #216
    (call $p (i32.rem_s (i32.const 0) (i32.const 5)))  ;; #217
    (call $p (i32.rem_s (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #218
    (call $p (i32.rem_s (i32.const 5) (i32.const -2147483648)))  ;; #219
    (call $p (i32.rem_s (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #220
    (call $p (i32.rem_s (i32.const -2147483648) (i32.const -2147483648)))  ;; #221
    (call $p (i32.rem_s (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #222
    (call $p (i32.rem_s (i32.const 305419896) (i32.const 252645135)))  ;; #223
    (call $p (i32.rem_s (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #224
    (call $p (i32.rem_s (i32.const -1) (i32.const 1)))  ;; #225
    (call $p (i32.rem_s (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #226
    (call $p (i32.rem_s (i32.const 1) (i32.const 31)))  ;; #227
    (call $p (i32.rem_s (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #228
    (call $p (i32.rem_s (i32.const 1) (i32.const 32)))  ;; #229
    (call $p (i32.rem_s (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #230
    (call $p (i32.rem_s (i32.const 1) (i32.const 33)))  ;; #231
    (call $p (i32.rem_s (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #232
    (call $p (i32.rem_s (i32.const -1) (i32.const 67)))  ;; #233
    (call $p (i32.rem_s (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #234
    (call $p (i32.rem_s (i32.const 1073741825) (i32.const -1)))  ;; #235
    (call $p (i32.rem_s (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #236
    (call $p (i32.rem_s (i32.const 5) (i32.const 2147483647)))  ;; #237
    (call $p (i32.rem_s (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #238
    (call $p (i32.rem_u (i32.const 7) (i32.const 2)))  ;; #239
    (call $p (i32.rem_u (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #240
    (call $p (i32.rem_u (i32.const -7) (i32.const 2)))  ;; #241
    (call $p (i32.rem_u (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #242
    (call $p (i32.rem_u (i32.const 7) (i32.const -2)))  ;; #243
    (call $p (i32.rem_u (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #244
    (call $p (i32.rem_u (i32.const -7) (i32.const -2)))  ;; #245
    (call $p (i32.rem_u (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #246
    (call $p (i32.rem_u (i32.const -2147483648) (i32.const -1)))  ;; #247
    (call $p (i32.rem_u (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #248
    (call $p (i32.rem_u (i32.const -2147483648) (i32.const 1)))  ;; #249
    (call $p (i32.rem_u (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #250
    (call $p (i32.rem_u (i32.const -2147483648) (i32.const 2)))  ;; #251
    (call $p (i32.rem_u (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #252
    (call $p (i32.rem_u (i32.const 2147483647) (i32.const -1)))  ;; #253
    (call $p (i32.rem_u (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #254
    (call $p (i32.rem_u (i32.const -1) (i32.const -1)))  ;; #255
    (call $p (i32.rem_u (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #256
    (call $p (i32.rem_u (i32.const 0) (i32.const 5)))  ;; #257
    (call $p (i32.rem_u (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #258
    (call $p (i32.rem_u (i32.const 5) (i32.const -2147483648)))  ;; #259
    (call $p (i32.rem_u (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #260
    (call $p (i32.rem_u (i32.const -2147483648) (i32.const -2147483648)))  ;; #261
    (call $p (i32.rem_u (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #262
    (call $p (i32.rem_u (i32.const 305419896) (i32.const 252645135)))  ;; #263
    (call $p (i32.rem_u (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #264
    (call $p (i32.rem_u (i32.const -1) (i32.const 1)))  ;; #265
    (call $p (i32.rem_u (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #266
    (call $p (i32.rem_u (i32.const 1) (i32.const 31)))  ;; #267
    (call $p (i32.rem_u (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #268
    (call $p (i32.rem_u (i32.const 1) (i32.const 32)))  ;; #269
    (call $p (i32.rem_u (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #270
    (call $p (i32.rem_u (i32.const 1) (i32.const 33)))  ;; #271
    (call $p (i32.rem_u (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #272
    (call $p (i32.rem_u (i32.const -1) (i32.const 67)))  ;; #273
    (call $p (i32.rem_u (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #274
    (call $p (i32.rem_u (i32.const 1073741825) (i32.const -1)))  ;; #275
    (call $p (i32.rem_u (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #276
    (call $p (i32.rem_u (i32.const 5) (i32.const 2147483647)))  ;; #277
    (call $p (i32.rem_u (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #278
    (call $p (i32.and (i32.const 7) (i32.const 2)))  ;; #279
    (call $p (i32.and (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #280
    (call $p (i32.and (i32.const -7) (i32.const 2)))  ;; #281
    (call $p (i32.and (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #282
    (call $p (i32.and (i32.const 7) (i32.const -2)))  ;; #283
    (call $p (i32.and (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #284
    (call $p (i32.and (i32.const -7) (i32.const -2)))  ;; #285
    (call $p (i32.and (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #286
    (call $p (i32.and (i32.const -2147483648) (i32.const -1)))  ;; #287
    (call $p (i32.and (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #288
    (call $p (i32.and (i32.const -2147483648) (i32.const 1)))  ;; #289
    (call $p (i32.and (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #290
    (call $p (i32.and (i32.const -2147483648) (i32.const 2)))  ;; #291
    (call $p (i32.and (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #292
    (call $p (i32.and (i32.const 2147483647) (i32.const -1)))  ;; #293
    (call $p (i32.and (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #294
    (call $p (i32.and (i32.const -1) (i32.const -1)))  ;; #295
    (call $p (i32.and (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #296
    (call $p (i32.and (i32.const 0) (i32.const 5)))  ;; #297
    (call $p (i32.and (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #298
    (call $p (i32.and (i32.const 5) (i32.const -2147483648)))  ;; #299
    (call $p (i32.and (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #300
    (call $p (i32.and (i32.const -2147483648) (i32.const -2147483648)))  ;; #301
    (call $p (i32.and (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #302
    (call $p (i32.and (i32.const 305419896) (i32.const 252645135)))  ;; #303
    (call $p (i32.and (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #304
    (call $p (i32.and (i32.const -1) (i32.const 1)))  ;; #305
    (call $p (i32.and (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #306
    (call $p (i32.and (i32.const 1) (i32.const 31)))  ;; #307
    (call $p (i32.and (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #308
    (call $p (i32.and (i32.const 1) (i32.const 32)))  ;; #309
    (call $p (i32.and (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #310
    (call $p (i32.and (i32.const 1) (i32.const 33)))  ;; #311
    (call $p (i32.and (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #312
    (call $p (i32.and (i32.const -1) (i32.const 67)))  ;; #313
    (call $p (i32.and (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #314
    (call $p (i32.and (i32.const 1073741825) (i32.const -1)))  ;; #315
    (call $p (i32.and (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #316
    (call $p (i32.and (i32.const 5) (i32.const 2147483647)))  ;; #317
    (call $p (i32.and (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #318
    (call $p (i32.or (i32.const 7) (i32.const 2)))  ;; #319
    (call $p (i32.or (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #320
    (call $p (i32.or (i32.const -7) (i32.const 2)))  ;; #321
    (call $p (i32.or (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #322
    (call $p (i32.or (i32.const 7) (i32.const -2)))  ;; #323
    (call $p (i32.or (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #324
    (call $p (i32.or (i32.const -7) (i32.const -2)))  ;; #325
    (call $p (i32.or (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #326
    (call $p (i32.or (i32.const -2147483648) (i32.const -1)))  ;; #327
    (call $p (i32.or (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #328
    (call $p (i32.or (i32.const -2147483648) (i32.const 1)))  ;; #329
    (call $p (i32.or (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #330
    (call $p (i32.or (i32.const -2147483648) (i32.const 2)))  ;; #331
    (call $p (i32.or (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #332
    (call $p (i32.or (i32.const 2147483647) (i32.const -1)))  ;; #333
    (call $p (i32.or (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #334
    (call $p (i32.or (i32.const -1) (i32.const -1)))  ;; #335
    (call $p (i32.or (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #336
    (call $p (i32.or (i32.const 0) (i32.const 5)))  ;; #337
    (call $p (i32.or (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #338
    (call $p (i32.or (i32.const 5) (i32.const -2147483648)))  ;; #339
    (call $p (i32.or (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #340
    (call $p (i32.or (i32.const -2147483648) (i32.const -2147483648)))  ;; #341
    (call $p (i32.or (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #342
    (call $p (i32.or (i32.const 305419896) (i32.const 252645135)))  ;; #343
    (call $p (i32.or (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #344
    (call $p (i32.or (i32.const -1) (i32.const 1)))  ;; #345
    (call $p (i32.or (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #346
    (call $p (i32.or (i32.const 1) (i32.const 31)))  ;; #347
    (call $p (i32.or (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #348
    (call $p (i32.or (i32.const 1) (i32.const 32)))  ;; #349
    (call $p (i32.or (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #350
    (call $p (i32.or (i32.const 1) (i32.const 33)))  ;; #351
    (call $p (i32.or (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #352
    (call $p (i32.or (i32.const -1) (i32.const 67)))  ;; #353
    (call $p (i32.or (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #354
    (call $p (i32.or (i32.const 1073741825) (i32.const -1)))  ;; #355
    (call $p (i32.or (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #356
    (call $p (i32.or (i32.const 5) (i32.const 2147483647)))  ;; #357
    (call $p (i32.or (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #358
    (call $p (i32.xor (i32.const 7) (i32.const 2)))  ;; #359
    (call $p (i32.xor (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #360
    (call $p (i32.xor (i32.const -7) (i32.const 2)))  ;; #361
    (call $p (i32.xor (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #362
    (call $p (i32.xor (i32.const 7) (i32.const -2)))  ;; #363
    (call $p (i32.xor (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #364
    (call $p (i32.xor (i32.const -7) (i32.const -2)))  ;; #365
    (call $p (i32.xor (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #366
    (call $p (i32.xor (i32.const -2147483648) (i32.const -1)))  ;; #367
    (call $p (i32.xor (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #368
    (call $p (i32.xor (i32.const -2147483648) (i32.const 1)))  ;; #369
    (call $p (i32.xor (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #370
    (call $p (i32.xor (i32.const -2147483648) (i32.const 2)))  ;; #371
    (call $p (i32.xor (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #372
    (call $p (i32.xor (i32.const 2147483647) (i32.const -1)))  ;; #373
    (call $p (i32.xor (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #374
    (call $p (i32.xor (i32.const -1) (i32.const -1)))  ;; #375
    (call $p (i32.xor (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #376
    (call $p (i32.xor (i32.const 0) (i32.const 5)))  ;; #377
    (call $p (i32.xor (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #378
    (call $p (i32.xor (i32.const 5) (i32.const -2147483648)))  ;; #379
    (call $p (i32.xor (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #380
    (call $p (i32.xor (i32.const -2147483648) (i32.const -2147483648)))  ;; #381
    (call $p (i32.xor (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #382
    (call $p (i32.xor (i32.const 305419896) (i32.const 252645135)))  ;; #383
    (call $p (i32.xor (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #384
    (call $p (i32.xor (i32.const -1) (i32.const 1)))  ;; #385
    (call $p (i32.xor (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #386
    (call $p (i32.xor (i32.const 1) (i32.const 31)))  ;; #387
    (call $p (i32.xor (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #388
    (call $p (i32.xor (i32.const 1) (i32.const 32)))  ;; #389
    (call $p (i32.xor (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #390
    (call $p (i32.xor (i32.const 1) (i32.const 33)))  ;; #391
    (call $p (i32.xor (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #392
    (call $p (i32.xor (i32.const -1) (i32.const 67)))  ;; #393
    (call $p (i32.xor (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #394
    (call $p (i32.xor (i32.const 1073741825) (i32.const -1)))  ;; #395
    (call $p (i32.xor (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #396
    (call $p (i32.xor (i32.const 5) (i32.const 2147483647)))  ;; #397
    (call $p (i32.xor (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #398
    (call $p (i32.shl (i32.const 7) (i32.const 2)))  ;; #399
    (call $p (i32.shl (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #400
    (call $p (i32.shl (i32.const -7) (i32.const 2)))  ;; #401
    (call $p (i32.shl (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #402
    (call $p (i32.shl (i32.const 7) (i32.const -2)))  ;; #403
    (call $p (i32.shl (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #404
    (call $p (i32.shl (i32.const -7) (i32.const -2)))  ;; #405
    (call $p (i32.shl (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #406
    (call $p (i32.shl (i32.const -2147483648) (i32.const -1)))  ;; #407
    (call $p (i32.shl (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #408
    (call $p (i32.shl (i32.const -2147483648) (i32.const 1)))  ;; #409
    (call $p (i32.shl (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #410
    (call $p (i32.shl (i32.const -2147483648) (i32.const 2)))  ;; #411
    (call $p (i32.shl (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #412
    (call $p (i32.shl (i32.const 2147483647) (i32.const -1)))  ;; #413
    (call $p (i32.shl (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #414
    (call $p (i32.shl (i32.const -1) (i32.const -1)))  ;; #415
    (call $p (i32.shl (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #416
    (call $p (i32.shl (i32.const 0) (i32.const 5)))  ;; #417
    (call $p (i32.shl (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #418
    (call $p (i32.shl (i32.const 5) (i32.const -2147483648)))  ;; #419
    (call $p (i32.shl (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #420
    (call $p (i32.shl (i32.const -2147483648) (i32.const -2147483648)))  ;; #421
    (call $p (i32.shl (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #422
    (call $p (i32.shl (i32.const 305419896) (i32.const 252645135)))  ;; #423
    (call $p (i32.shl (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #424
    (call $p (i32.shl (i32.const -1) (i32.const 1)))  ;; #425
    (call $p (i32.shl (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #426
    (call $p (i32.shl (i32.const 1) (i32.const 31)))  ;; #427
    (call $p (i32.shl (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #428
    (call $p (i32.shl (i32.const 1) (i32.const 32)))  ;; #429
    (call $p (i32.shl (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #430
    (call $p (i32.shl (i32.const 1) (i32.const 33)))  ;; #431
    (call $p (i32.shl (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #432
    (call $p (i32.shl (i32.const -1) (i32.const 67)))  ;; #433
    (call $p (i32.shl (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #434
    (call $p (i32.shl (i32.const 1073741825) (i32.const -1)))  ;; #435
    (call $p (i32.shl (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #436
    (call $p (i32.shl (i32.const 5) (i32.const 2147483647)))  ;; #437
    (call $p (i32.shl (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #438
    (call $p (i32.shr_s (i32.const 7) (i32.const 2)))  ;; #439
    (call $p (i32.shr_s (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #440
    (call $p (i32.shr_s (i32.const -7) (i32.const 2)))  ;; #441
    (call $p (i32.shr_s (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #442
    (call $p (i32.shr_s (i32.const 7) (i32.const -2)))  ;; #443
    (call $p (i32.shr_s (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #444
    (call $p (i32.shr_s (i32.const -7) (i32.const -2)))  ;; #445
    (call $p (i32.shr_s (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #446
    (call $p (i32.shr_s (i32.const -2147483648) (i32.const -1)))  ;; #447
    (call $p (i32.shr_s (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #448
    (call $p (i32.shr_s (i32.const -2147483648) (i32.const 1)))  ;; #449
    (call $p (i32.shr_s (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #450
    (call $p (i32.shr_s (i32.const -2147483648) (i32.const 2)))  ;; #451
    (call $p (i32.shr_s (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #452
    (call $p (i32.shr_s (i32.const 2147483647) (i32.const -1)))  ;; #453
    (call $p (i32.shr_s (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #454
    (call $p (i32.shr_s (i32.const -1) (i32.const -1)))  ;; #455
    (call $p (i32.shr_s (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #456
    (call $p (i32.shr_s (i32.const 0) (i32.const 5)))  ;; #457
    (call $p (i32.shr_s (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #458
    (call $p (i32.shr_s (i32.const 5) (i32.const -2147483648)))  ;; #459
    (call $p (i32.shr_s (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #460
    (call $p (i32.shr_s (i32.const -2147483648) (i32.const -2147483648)))  ;; #461
    (call $p (i32.shr_s (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #462
    (call $p (i32.shr_s (i32.const 305419896) (i32.const 252645135)))  ;; #463
    (call $p (i32.shr_s (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #464
    (call $p (i32.shr_s (i32.const -1) (i32.const 1)))  ;; #465
    (call $p (i32.shr_s (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #466
    (call $p (i32.shr_s (i32.const 1) (i32.const 31)))  ;; #467
    (call $p (i32.shr_s (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #468
    (call $p (i32.shr_s (i32.const 1) (i32.const 32)))  ;; #469
    (call $p (i32.shr_s (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #470
    (call $p (i32.shr_s (i32.const 1) (i32.const 33)))  ;; #471
    (call $p (i32.shr_s (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #472
    (call $p (i32.shr_s (i32.const -1) (i32.const 67)))  ;; #473
    (call $p (i32.shr_s (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #474
    (call $p (i32.shr_s (i32.const 1073741825) (i32.const -1)))  ;; #475
    (call $p (i32.shr_s (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #476
    (call $p (i32.shr_s (i32.const 5) (i32.const 2147483647)))  ;; #477
    (call $p (i32.shr_s (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #478
    (call $p (i32.shr_u (i32.const 7) (i32.const 2)))  ;; #479
    (call $p (i32.shr_u (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #480
    (call $p (i32.shr_u (i32.const -7) (i32.const 2)))  ;; #481
    (call $p (i32.shr_u (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #482
    (call $p (i32.shr_u (i32.const 7) (i32.const -2)))  ;; #483
    (call $p (i32.shr_u (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #484
    (call $p (i32.shr_u (i32.const -7) (i32.const -2)))  ;; #485
    (call $p (i32.shr_u (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #486
    (call $p (i32.shr_u (i32.const -2147483648) (i32.const -1)))  ;; #487
    (call $p (i32.shr_u (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #488
    (call $p (i32.shr_u (i32.const -2147483648) (i32.const 1)))  ;; #489
    (call $p (i32.shr_u (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #490
    (call $p (i32.shr_u (i32.const -2147483648) (i32.const 2)))  ;; #491
    (call $p (i32.shr_u (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #492
    (call $p (i32.shr_u (i32.const 2147483647) (i32.const -1)))  ;; #493
    (call $p (i32.shr_u (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #494
    (call $p (i32.shr_u (i32.const -1) (i32.const -1)))  ;; #495
    (call $p (i32.shr_u (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #496
    (call $p (i32.shr_u (i32.const 0) (i32.const 5)))  ;; #497
    (call $p (i32.shr_u (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #498
    (call $p (i32.shr_u (i32.const 5) (i32.const -2147483648)))  ;; #499
    (call $p (i32.shr_u (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #500
    (call $p (i32.shr_u (i32.const -2147483648) (i32.const -2147483648)))  ;; #501
    (call $p (i32.shr_u (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #502
    (call $p (i32.shr_u (i32.const 305419896) (i32.const 252645135)))  ;; #503
    (call $p (i32.shr_u (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #504
    (call $p (i32.shr_u (i32.const -1) (i32.const 1)))  ;; #505
    (call $p (i32.shr_u (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #506
    (call $p (i32.shr_u (i32.const 1) (i32.const 31)))  ;; #507
    (call $p (i32.shr_u (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #508
    (call $p (i32.shr_u (i32.const 1) (i32.const 32)))  ;; #509
    (call $p (i32.shr_u (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #510
    (call $p (i32.shr_u (i32.const 1) (i32.const 33)))  ;; #511
    (call $p (i32.shr_u (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #512
    (call $p (i32.shr_u (i32.const -1) (i32.const 67)))  ;; #513
    (call $p (i32.shr_u (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #514
    (call $p (i32.shr_u (i32.const 1073741825) (i32.const -1)))  ;; #515
    (call $p (i32.shr_u (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #516
    (call $p (i32.shr_u (i32.const 5) (i32.const 2147483647)))  ;; #517
    (call $p (i32.shr_u (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #518
    (call $p (i32.rotl (i32.const 7) (i32.const 2)))  ;; #519
    (call $p (i32.rotl (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #520
    (call $p (i32.rotl (i32.const -7) (i32.const 2)))  ;; #521
    (call $p (i32.rotl (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #522
    (call $p (i32.rotl (i32.const 7) (i32.const -2)))  ;; #523
    (call $p (i32.rotl (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #524
    (call $p (i32.rotl (i32.const -7) (i32.const -2)))  ;; #525
    (call $p (i32.rotl (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #526
    (call $p (i32.rotl (i32.const -2147483648) (i32.const -1)))  ;; #527
    (call $p (i32.rotl (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #528
    (call $p (i32.rotl (i32.const -2147483648) (i32.const 1)))  ;; #529
    (call $p (i32.rotl (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #530
    (call $p (i32.rotl (i32.const -2147483648) (i32.const 2)))  ;; #531
    (call $p (i32.rotl (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #532
    (call $p (i32.rotl (i32.const 2147483647) (i32.const -1)))  ;; #533
    (call $p (i32.rotl (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #534
    (call $p (i32.rotl (i32.const -1) (i32.const -1)))  ;; #535
    (call $p (i32.rotl (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #536
    (call $p (i32.rotl (i32.const 0) (i32.const 5)))  ;; #537
    (call $p (i32.rotl (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #538
    (call $p (i32.rotl (i32.const 5) (i32.const -2147483648)))  ;; #539
    (call $p (i32.rotl (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #540
    (call $p (i32.rotl (i32.const -2147483648) (i32.const -2147483648)))  ;; #541
    (call $p (i32.rotl (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #542
    (call $p (i32.rotl (i32.const 305419896) (i32.const 252645135)))  ;; #543
    (call $p (i32.rotl (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #544
    (call $p (i32.rotl (i32.const -1) (i32.const 1)))  ;; #545
    (call $p (i32.rotl (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #546
    (call $p (i32.rotl (i32.const 1) (i32.const 31)))  ;; #547
    (call $p (i32.rotl (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #548
    (call $p (i32.rotl (i32.const 1) (i32.const 32)))  ;; #549
    (call $p (i32.rotl (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #550
    (call $p (i32.rotl (i32.const 1) (i32.const 33)))  ;; #551
    (call $p (i32.rotl (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #552
    (call $p (i32.rotl (i32.const -1) (i32.const 67)))  ;; #553
    (call $p (i32.rotl (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #554
    (call $p (i32.rotl (i32.const 1073741825) (i32.const -1)))  ;; #555
    (call $p (i32.rotl (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #556
    (call $p (i32.rotl (i32.const 5) (i32.const 2147483647)))  ;; #557
    (call $p (i32.rotl (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #558
    (call $p (i32.rotr (i32.const 7) (i32.const 2)))  ;; #559
    (call $p (i32.rotr (call $id (i32.const 7)) (call $id (i32.const 2))))  ;; #560
    (call $p (i32.rotr (i32.const -7) (i32.const 2)))  ;; #561
    (call $p (i32.rotr (call $id (i32.const -7)) (call $id (i32.const 2))))  ;; #562
    (call $p (i32.rotr (i32.const 7) (i32.const -2)))  ;; #563
    (call $p (i32.rotr (call $id (i32.const 7)) (call $id (i32.const -2))))  ;; #564
    (call $p (i32.rotr (i32.const -7) (i32.const -2)))  ;; #565
    (call $p (i32.rotr (call $id (i32.const -7)) (call $id (i32.const -2))))  ;; #566
    (call $p (i32.rotr (i32.const -2147483648) (i32.const -1)))  ;; #567
    (call $p (i32.rotr (call $id (i32.const -2147483648)) (call $id (i32.const -1))))  ;; #568
    (call $p (i32.rotr (i32.const -2147483648) (i32.const 1)))  ;; #569
    (call $p (i32.rotr (call $id (i32.const -2147483648)) (call $id (i32.const 1))))  ;; #570
    (call $p (i32.rotr (i32.const -2147483648) (i32.const 2)))  ;; #571
    (call $p (i32.rotr (call $id (i32.const -2147483648)) (call $id (i32.const 2))))  ;; #572
    (call $p (i32.rotr (i32.const 2147483647) (i32.const -1)))  ;; #573
    (call $p (i32.rotr (call $id (i32.const 2147483647)) (call $id (i32.const -1))))  ;; #574
    (call $p (i32.rotr (i32.const -1) (i32.const -1)))  ;; #575
    (call $p (i32.rotr (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #576
    (call $p (i32.rotr (i32.const 0) (i32.const 5)))  ;; #577
    (call $p (i32.rotr (call $id (i32.const 0)) (call $id (i32.const 5))))  ;; #578
    (call $p (i32.rotr (i32.const 5) (i32.const -2147483648)))  ;; #579
    (call $p (i32.rotr (call $id (i32.const 5)) (call $id (i32.const -2147483648))))  ;; #580
    (call $p (i32.rotr (i32.const -2147483648) (i32.const -2147483648)))  ;; #581
    (call $p (i32.rotr (call $id (i32.const -2147483648)) (call $id (i32.const -2147483648))))  ;; #582
    (call $p (i32.rotr (i32.const 305419896) (i32.const 252645135)))  ;; #583
    (call $p (i32.rotr (call $id (i32.const 305419896)) (call $id (i32.const 252645135))))  ;; #584
    (call $p (i32.rotr (i32.const -1) (i32.const 1)))  ;; #585
    (call $p (i32.rotr (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #586
    (call $p (i32.rotr (i32.const 1) (i32.const 31)))  ;; #587
    (call $p (i32.rotr (call $id (i32.const 1)) (call $id (i32.const 31))))  ;; #588
    (call $p (i32.rotr (i32.const 1) (i32.const 32)))  ;; #589
    (call $p (i32.rotr (call $id (i32.const 1)) (call $id (i32.const 32))))  ;; #590
    (call $p (i32.rotr (i32.const 1) (i32.const 33)))  ;; #591
    (call $p (i32.rotr (call $id (i32.const 1)) (call $id (i32.const 33))))  ;; #592
    (call $p (i32.rotr (i32.const -1) (i32.const 67)))  ;; #593
    (call $p (i32.rotr (call $id (i32.const -1)) (call $id (i32.const 67))))  ;; #594
    (call $p (i32.rotr (i32.const 1073741825) (i32.const -1)))  ;; #595
    (call $p (i32.rotr (call $id (i32.const 1073741825)) (call $id (i32.const -1))))  ;; #596
    (call $p (i32.rotr (i32.const 5) (i32.const 2147483647)))  ;; #597
    (call $p (i32.rotr (call $id (i32.const 5)) (call $id (i32.const 2147483647))))  ;; #598
    (call $p (i32.eq (i32.const 1) (i32.const 2)))  ;; #599
    (call $p (i32.eq (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #600
    (call $p (i32.eq (i32.const 2) (i32.const 1)))  ;; #601
    (call $p (i32.eq (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #602
    (call $p (i32.eq (i32.const 2) (i32.const 2)))  ;; #603
    (call $p (i32.eq (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #604
    (call $p (i32.eq (i32.const -1) (i32.const 1)))  ;; #605
    (call $p (i32.eq (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #606
    (call $p (i32.eq (i32.const 1) (i32.const -1)))  ;; #607
    (call $p (i32.eq (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #608
    (call $p (i32.eq (i32.const -2147483648) (i32.const 2147483647)))  ;; #609
    (call $p (i32.eq (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #610
    (call $p (i32.eq (i32.const 2147483647) (i32.const -2147483648)))  ;; #611
    (call $p (i32.eq (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #612
    (call $p (i32.eq (i32.const -1) (i32.const -1)))  ;; #613
    (call $p (i32.eq (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #614
    (call $p (i32.ne (i32.const 1) (i32.const 2)))  ;; #615
    (call $p (i32.ne (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #616
    (call $p (i32.ne (i32.const 2) (i32.const 1)))  ;; #617
    (call $p (i32.ne (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #618
    (call $p (i32.ne (i32.const 2) (i32.const 2)))  ;; #619
    (call $p (i32.ne (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #620
    (call $p (i32.ne (i32.const -1) (i32.const 1)))  ;; #621
    (call $p (i32.ne (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #622
    (call $p (i32.ne (i32.const 1) (i32.const -1)))  ;; #623
    (call $p (i32.ne (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #624
    (call $p (i32.ne (i32.const -2147483648) (i32.const 2147483647)))  ;; #625
    (call $p (i32.ne (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #626
    (call $p (i32.ne (i32.const 2147483647) (i32.const -2147483648)))  ;; #627
    (call $p (i32.ne (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #628
    (call $p (i32.ne (i32.const -1) (i32.const -1)))  ;; #629
    (call $p (i32.ne (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #630
    (call $p (i32.lt_s (i32.const 1) (i32.const 2)))  ;; #631
    (call $p (i32.lt_s (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #632
    (call $p (i32.lt_s (i32.const 2) (i32.const 1)))  ;; #633
    (call $p (i32.lt_s (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #634
    (call $p (i32.lt_s (i32.const 2) (i32.const 2)))  ;; #635
    (call $p (i32.lt_s (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #636
    (call $p (i32.lt_s (i32.const -1) (i32.const 1)))  ;; #637
    (call $p (i32.lt_s (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #638
    (call $p (i32.lt_s (i32.const 1) (i32.const -1)))  ;; #639
    (call $p (i32.lt_s (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #640
    (call $p (i32.lt_s (i32.const -2147483648) (i32.const 2147483647)))  ;; #641
    (call $p (i32.lt_s (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #642
    (call $p (i32.lt_s (i32.const 2147483647) (i32.const -2147483648)))  ;; #643
    (call $p (i32.lt_s (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #644
    (call $p (i32.lt_s (i32.const -1) (i32.const -1)))  ;; #645
    (call $p (i32.lt_s (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #646
    (call $p (i32.lt_u (i32.const 1) (i32.const 2)))  ;; #647
    (call $p (i32.lt_u (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #648
    (call $p (i32.lt_u (i32.const 2) (i32.const 1)))  ;; #649
    (call $p (i32.lt_u (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #650
    (call $p (i32.lt_u (i32.const 2) (i32.const 2)))  ;; #651
    (call $p (i32.lt_u (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #652
    (call $p (i32.lt_u (i32.const -1) (i32.const 1)))  ;; #653
    (call $p (i32.lt_u (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #654
    (call $p (i32.lt_u (i32.const 1) (i32.const -1)))  ;; #655
    (call $p (i32.lt_u (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #656
    (call $p (i32.lt_u (i32.const -2147483648) (i32.const 2147483647)))  ;; #657
    (call $p (i32.lt_u (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #658
    (call $p (i32.lt_u (i32.const 2147483647) (i32.const -2147483648)))  ;; #659
    (call $p (i32.lt_u (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #660
    (call $p (i32.lt_u (i32.const -1) (i32.const -1)))  ;; #661
    (call $p (i32.lt_u (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #662
    (call $p (i32.gt_s (i32.const 1) (i32.const 2)))  ;; #663
    (call $p (i32.gt_s (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #664
    (call $p (i32.gt_s (i32.const 2) (i32.const 1)))  ;; #665
    (call $p (i32.gt_s (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #666
    (call $p (i32.gt_s (i32.const 2) (i32.const 2)))  ;; #667
    (call $p (i32.gt_s (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #668
    (call $p (i32.gt_s (i32.const -1) (i32.const 1)))  ;; #669
    (call $p (i32.gt_s (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #670
    (call $p (i32.gt_s (i32.const 1) (i32.const -1)))  ;; #671
    (call $p (i32.gt_s (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #672
    (call $p (i32.gt_s (i32.const -2147483648) (i32.const 2147483647)))  ;; #673
    (call $p (i32.gt_s (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #674
    (call $p (i32.gt_s (i32.const 2147483647) (i32.const -2147483648)))  ;; #675
    (call $p (i32.gt_s (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #676
    (call $p (i32.gt_s (i32.const -1) (i32.const -1)))  ;; #677
    (call $p (i32.gt_s (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #678
    (call $p (i32.gt_u (i32.const 1) (i32.const 2)))  ;; #679
    (call $p (i32.gt_u (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #680
    (call $p (i32.gt_u (i32.const 2) (i32.const 1)))  ;; #681
    (call $p (i32.gt_u (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #682
    (call $p (i32.gt_u (i32.const 2) (i32.const 2)))  ;; #683
    (call $p (i32.gt_u (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #684
    (call $p (i32.gt_u (i32.const -1) (i32.const 1)))  ;; #685
    (call $p (i32.gt_u (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #686
    (call $p (i32.gt_u (i32.const 1) (i32.const -1)))  ;; #687
    (call $p (i32.gt_u (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #688
    (call $p (i32.gt_u (i32.const -2147483648) (i32.const 2147483647)))  ;; #689
    (call $p (i32.gt_u (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #690
    (call $p (i32.gt_u (i32.const 2147483647) (i32.const -2147483648)))  ;; #691
    (call $p (i32.gt_u (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #692
    (call $p (i32.gt_u (i32.const -1) (i32.const -1)))  ;; #693
    (call $p (i32.gt_u (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #694
    (call $p (i32.le_s (i32.const 1) (i32.const 2)))  ;; #695
    (call $p (i32.le_s (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #696
    (call $p (i32.le_s (i32.const 2) (i32.const 1)))  ;; #697
    (call $p (i32.le_s (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #698
    (call $p (i32.le_s (i32.const 2) (i32.const 2)))  ;; #699
    (call $p (i32.le_s (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #700
    (call $p (i32.le_s (i32.const -1) (i32.const 1)))  ;; #701
    (call $p (i32.le_s (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #702
    (call $p (i32.le_s (i32.const 1) (i32.const -1)))  ;; #703
    (call $p (i32.le_s (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #704
    (call $p (i32.le_s (i32.const -2147483648) (i32.const 2147483647)))  ;; #705
    (call $p (i32.le_s (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #706
    (call $p (i32.le_s (i32.const 2147483647) (i32.const -2147483648)))  ;; #707
    (call $p (i32.le_s (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #708
    (call $p (i32.le_s (i32.const -1) (i32.const -1)))  ;; #709
    (call $p (i32.le_s (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #710
    (call $p (i32.le_u (i32.const 1) (i32.const 2)))  ;; #711
    (call $p (i32.le_u (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #712
    (call $p (i32.le_u (i32.const 2) (i32.const 1)))  ;; #713
    (call $p (i32.le_u (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #714
    (call $p (i32.le_u (i32.const 2) (i32.const 2)))  ;; #715
    (call $p (i32.le_u (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #716
    (call $p (i32.le_u (i32.const -1) (i32.const 1)))  ;; #717
    (call $p (i32.le_u (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #718
    (call $p (i32.le_u (i32.const 1) (i32.const -1)))  ;; #719
    (call $p (i32.le_u (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #720
    (call $p (i32.le_u (i32.const -2147483648) (i32.const 2147483647)))  ;; #721
    (call $p (i32.le_u (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #722
    (call $p (i32.le_u (i32.const 2147483647) (i32.const -2147483648)))  ;; #723
    (call $p (i32.le_u (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #724
    (call $p (i32.le_u (i32.const -1) (i32.const -1)))  ;; #725
    (call $p (i32.le_u (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #726
    (call $p (i32.ge_s (i32.const 1) (i32.const 2)))  ;; #727
    (call $p (i32.ge_s (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #728
    (call $p (i32.ge_s (i32.const 2) (i32.const 1)))  ;; #729
    (call $p (i32.ge_s (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #730
    (call $p (i32.ge_s (i32.const 2) (i32.const 2)))  ;; #731
    (call $p (i32.ge_s (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #732
    (call $p (i32.ge_s (i32.const -1) (i32.const 1)))  ;; #733
    (call $p (i32.ge_s (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #734
    (call $p (i32.ge_s (i32.const 1) (i32.const -1)))  ;; #735
    (call $p (i32.ge_s (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #736
    (call $p (i32.ge_s (i32.const -2147483648) (i32.const 2147483647)))  ;; #737
    (call $p (i32.ge_s (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #738
    (call $p (i32.ge_s (i32.const 2147483647) (i32.const -2147483648)))  ;; #739
    (call $p (i32.ge_s (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #740
    (call $p (i32.ge_s (i32.const -1) (i32.const -1)))  ;; #741
    (call $p (i32.ge_s (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #742
    (call $p (i32.ge_u (i32.const 1) (i32.const 2)))  ;; #743
    (call $p (i32.ge_u (call $id (i32.const 1)) (call $id (i32.const 2))))  ;; #744
    (call $p (i32.ge_u (i32.const 2) (i32.const 1)))  ;; #745
    (call $p (i32.ge_u (call $id (i32.const 2)) (call $id (i32.const 1))))  ;; #746
    (call $p (i32.ge_u (i32.const 2) (i32.const 2)))  ;; #747
    (call $p (i32.ge_u (call $id (i32.const 2)) (call $id (i32.const 2))))  ;; #748
    (call $p (i32.ge_u (i32.const -1) (i32.const 1)))  ;; #749
    (call $p (i32.ge_u (call $id (i32.const -1)) (call $id (i32.const 1))))  ;; #750
    (call $p (i32.ge_u (i32.const 1) (i32.const -1)))  ;; #751
    (call $p (i32.ge_u (call $id (i32.const 1)) (call $id (i32.const -1))))  ;; #752
    (call $p (i32.ge_u (i32.const -2147483648) (i32.const 2147483647)))  ;; #753
    (call $p (i32.ge_u (call $id (i32.const -2147483648)) (call $id (i32.const 2147483647))))  ;; #754
    (call $p (i32.ge_u (i32.const 2147483647) (i32.const -2147483648)))  ;; #755
    (call $p (i32.ge_u (call $id (i32.const 2147483647)) (call $id (i32.const -2147483648))))  ;; #756
    (call $p (i32.ge_u (i32.const -1) (i32.const -1)))  ;; #757
    (call $p (i32.ge_u (call $id (i32.const -1)) (call $id (i32.const -1))))  ;; #758
    (call $p (i32.clz (i32.const 0)))  ;; #759
    (call $p (i32.clz (call $id (i32.const 0))))  ;; #760
    (call $p (i32.clz (i32.const 1)))  ;; #761
    (call $p (i32.clz (call $id (i32.const 1))))  ;; #762
    (call $p (i32.clz (i32.const -1)))  ;; #763
    (call $p (i32.clz (call $id (i32.const -1))))  ;; #764
    (call $p (i32.clz (i32.const 2)))  ;; #765
    (call $p (i32.clz (call $id (i32.const 2))))  ;; #766
    (call $p (i32.clz (i32.const 7)))  ;; #767
    (call $p (i32.clz (call $id (i32.const 7))))  ;; #768
    (call $p (i32.clz (i32.const -7)))  ;; #769
    (call $p (i32.clz (call $id (i32.const -7))))  ;; #770
    (call $p (i32.clz (i32.const 2147483647)))  ;; #771
    (call $p (i32.clz (call $id (i32.const 2147483647))))  ;; #772
    (call $p (i32.clz (i32.const -2147483648)))  ;; #773
    (call $p (i32.clz (call $id (i32.const -2147483648))))  ;; #774
    (call $p (i32.clz (i32.const 305419896)))  ;; #775
    (call $p (i32.clz (call $id (i32.const 305419896))))  ;; #776
    (call $p (i32.clz (i32.const 128)))  ;; #777
    (call $p (i32.clz (call $id (i32.const 128))))  ;; #778
    (call $p (i32.clz (i32.const -129)))  ;; #779
    (call $p (i32.clz (call $id (i32.const -129))))  ;; #780
    (call $p (i32.clz (i32.const 3)))  ;; #781
    (call $p (i32.clz (call $id (i32.const 3))))  ;; #782
    (call $p (i32.clz (i32.const -3)))  ;; #783
    (call $p (i32.clz (call $id (i32.const -3))))  ;; #784
    (call $p (i32.clz (i32.const 127)))  ;; #785
    (call $p (i32.clz (call $id (i32.const 127))))  ;; #786
    (call $p (i32.clz (i32.const 255)))  ;; #787
    (call $p (i32.clz (call $id (i32.const 255))))  ;; #788
    (call $p (i32.clz (i32.const 32768)))  ;; #789
    (call $p (i32.clz (call $id (i32.const 32768))))  ;; #790
    (call $p (i32.clz (i32.const 65535)))  ;; #791
    (call $p (i32.clz (call $id (i32.const 65535))))  ;; #792
    (call $p (i32.clz (i32.const 32767)))  ;; #793
    (call $p (i32.clz (call $id (i32.const 32767))))  ;; #794
    (call $p (i32.clz (i32.const 1073741824)))  ;; #795
    (call $p (i32.clz (call $id (i32.const 1073741824))))  ;; #796
    (call $p (i32.clz (i32.const 15728640)))  ;; #797
    (call $p (i32.clz (call $id (i32.const 15728640))))  ;; #798
    (call $p (i32.ctz (i32.const 0)))  ;; #799
    (call $p (i32.ctz (call $id (i32.const 0))))  ;; #800
    (call $p (i32.ctz (i32.const 1)))  ;; #801
    (call $p (i32.ctz (call $id (i32.const 1))))  ;; #802
    (call $p (i32.ctz (i32.const -1)))  ;; #803
    (call $p (i32.ctz (call $id (i32.const -1))))  ;; #804
    (call $p (i32.ctz (i32.const 2)))  ;; #805
    (call $p (i32.ctz (call $id (i32.const 2))))  ;; #806
    (call $p (i32.ctz (i32.const 7)))  ;; #807
    (call $p (i32.ctz (call $id (i32.const 7))))  ;; #808
    (call $p (i32.ctz (i32.const -7)))  ;; #809
    (call $p (i32.ctz (call $id (i32.const -7))))  ;; #810
    (call $p (i32.ctz (i32.const 2147483647)))  ;; #811
    (call $p (i32.ctz (call $id (i32.const 2147483647))))  ;; #812
    (call $p (i32.ctz (i32.const -2147483648)))  ;; #813
    (call $p (i32.ctz (call $id (i32.const -2147483648))))  ;; #814
    (call $p (i32.ctz (i32.const 305419896)))  ;; #815
    (call $p (i32.ctz (call $id (i32.const 305419896))))  ;; #816
    (call $p (i32.ctz (i32.const 128)))  ;; #817
    (call $p (i32.ctz (call $id (i32.const 128))))  ;; #818
    (call $p (i32.ctz (i32.const -129)))  ;; #819
    (call $p (i32.ctz (call $id (i32.const -129))))  ;; #820
    (call $p (i32.ctz (i32.const 3)))  ;; #821
    (call $p (i32.ctz (call $id (i32.const 3))))  ;; #822
    (call $p (i32.ctz (i32.const -3)))  ;; #823
    (call $p (i32.ctz (call $id (i32.const -3))))  ;; #824
    (call $p (i32.ctz (i32.const 127)))  ;; #825
    (call $p (i32.ctz (call $id (i32.const 127))))  ;; #826
    (call $p (i32.ctz (i32.const 255)))  ;; #827
    (call $p (i32.ctz (call $id (i32.const 255))))  ;; #828
    (call $p (i32.ctz (i32.const 32768)))  ;; #829
    (call $p (i32.ctz (call $id (i32.const 32768))))  ;; #830
    (call $p (i32.ctz (i32.const 65535)))  ;; #831
    (call $p (i32.ctz (call $id (i32.const 65535))))  ;; #832
    (call $p (i32.ctz (i32.const 32767)))  ;; #833
    (call $p (i32.ctz (call $id (i32.const 32767))))  ;; #834
    (call $p (i32.ctz (i32.const 1073741824)))  ;; #835
    (call $p (i32.ctz (call $id (i32.const 1073741824))))  ;; #836
    (call $p (i32.ctz (i32.const 15728640)))  ;; #837
    (call $p (i32.ctz (call $id (i32.const 15728640))))  ;; #838
    (call $p (i32.popcnt (i32.const 0)))  ;; #839
    (call $p (i32.popcnt (call $id (i32.const 0))))  ;; #840
    (call $p (i32.popcnt (i32.const 1)))  ;; #841
    (call $p (i32.popcnt (call $id (i32.const 1))))  ;; #842
    (call $p (i32.popcnt (i32.const -1)))  ;; #843
    (call $p (i32.popcnt (call $id (i32.const -1))))  ;; #844
    (call $p (i32.popcnt (i32.const 2)))  ;; #845
    (call $p (i32.popcnt (call $id (i32.const 2))))  ;; #846
    (call $p (i32.popcnt (i32.const 7)))  ;; #847
    (call $p (i32.popcnt (call $id (i32.const 7))))  ;; #848
    (call $p (i32.popcnt (i32.const -7)))  ;; #849
    (call $p (i32.popcnt (call $id (i32.const -7))))  ;; #850
    (call $p (i32.popcnt (i32.const 2147483647)))  ;; #851
    (call $p (i32.popcnt (call $id (i32.const 2147483647))))  ;; #852
    (call $p (i32.popcnt (i32.const -2147483648)))  ;; #853
    (call $p (i32.popcnt (call $id (i32.const -2147483648))))  ;; #854
    (call $p (i32.popcnt (i32.const 305419896)))  ;; #855
    (call $p (i32.popcnt (call $id (i32.const 305419896))))  ;; #856
    (call $p (i32.popcnt (i32.const 128)))  ;; #857
    (call $p (i32.popcnt (call $id (i32.const 128))))  ;; #858
    (call $p (i32.popcnt (i32.const -129)))  ;; #859
    (call $p (i32.popcnt (call $id (i32.const -129))))  ;; #860
    (call $p (i32.popcnt (i32.const 3)))  ;; #861
    (call $p (i32.popcnt (call $id (i32.const 3))))  ;; #862
    (call $p (i32.popcnt (i32.const -3)))  ;; #863
    (call $p (i32.popcnt (call $id (i32.const -3))))  ;; #864
    (call $p (i32.popcnt (i32.const 127)))  ;; #865
    (call $p (i32.popcnt (call $id (i32.const 127))))  ;; #866
    (call $p (i32.popcnt (i32.const 255)))  ;; #867
    (call $p (i32.popcnt (call $id (i32.const 255))))  ;; #868
    (call $p (i32.popcnt (i32.const 32768)))  ;; #869
    (call $p (i32.popcnt (call $id (i32.const 32768))))  ;; #870
    (call $p (i32.popcnt (i32.const 65535)))  ;; #871
    (call $p (i32.popcnt (call $id (i32.const 65535))))  ;; #872
    (call $p (i32.popcnt (i32.const 32767)))  ;; #873
    (call $p (i32.popcnt (call $id (i32.const 32767))))  ;; #874
    (call $p (i32.popcnt (i32.const 1073741824)))  ;; #875
    (call $p (i32.popcnt (call $id (i32.const 1073741824))))  ;; #876
    (call $p (i32.popcnt (i32.const 15728640)))  ;; #877
    (call $p (i32.popcnt (call $id (i32.const 15728640))))  ;; #878
    (call $p (i32.eqz (i32.const 0)))  ;; #879
    (call $p (i32.eqz (call $id (i32.const 0))))  ;; #880
    (call $p (i32.eqz (i32.const 1)))  ;; #881
    (call $p (i32.eqz (call $id (i32.const 1))))  ;; #882
    (call $p (i32.eqz (i32.const -1)))  ;; #883
    (call $p (i32.eqz (call $id (i32.const -1))))  ;; #884
    (call $p (i32.eqz (i32.const 2)))  ;; #885
    (call $p (i32.eqz (call $id (i32.const 2))))  ;; #886
    (call $p (i32.eqz (i32.const 7)))  ;; #887
    (call $p (i32.eqz (call $id (i32.const 7))))  ;; #888
    (call $p (i32.eqz (i32.const -7)))  ;; #889
    (call $p (i32.eqz (call $id (i32.const -7))))  ;; #890
    (call $p (i32.eqz (i32.const 2147483647)))  ;; #891
    (call $p (i32.eqz (call $id (i32.const 2147483647))))  ;; #892
    (call $p (i32.eqz (i32.const -2147483648)))  ;; #893
    (call $p (i32.eqz (call $id (i32.const -2147483648))))  ;; #894
    (call $p (i32.eqz (i32.const 305419896)))  ;; #895
    (call $p (i32.eqz (call $id (i32.const 305419896))))  ;; #896
    (call $p (i32.eqz (i32.const 128)))  ;; #897
    (call $p (i32.eqz (call $id (i32.const 128))))  ;; #898
    (call $p (i32.eqz (i32.const -129)))  ;; #899
    (call $p (i32.eqz (call $id (i32.const -129))))  ;; #900
    (call $p (i32.eqz (i32.const 3)))  ;; #901
    (call $p (i32.eqz (call $id (i32.const 3))))  ;; #902
    (call $p (i32.eqz (i32.const -3)))  ;; #903
    (call $p (i32.eqz (call $id (i32.const -3))))  ;; #904
    (call $p (i32.eqz (i32.const 127)))  ;; #905
    (call $p (i32.eqz (call $id (i32.const 127))))  ;; #906
    (call $p (i32.eqz (i32.const 255)))  ;; #907
    (call $p (i32.eqz (call $id (i32.const 255))))  ;; #908
    (call $p (i32.eqz (i32.const 32768)))  ;; #909
    (call $p (i32.eqz (call $id (i32.const 32768))))  ;; #910
    (call $p (i32.eqz (i32.const 65535)))  ;; #911
    (call $p (i32.eqz (call $id (i32.const 65535))))  ;; #912
    (call $p (i32.eqz (i32.const 32767)))  ;; #913
    (call $p (i32.eqz (call $id (i32.const 32767))))  ;; #914
    (call $p (i32.eqz (i32.const 1073741824)))  ;; #915
    (call $p (i32.eqz (call $id (i32.const 1073741824))))  ;; #916
    (call $p (i32.eqz (i32.const 15728640)))  ;; #917
    (call $p (i32.eqz (call $id (i32.const 15728640))))  ;; #918
    (call $p (i32.extend8_s (i32.const 0)))  ;; #919
    (call $p (i32.extend8_s (call $id (i32.const 0))))  ;; #920
    (call $p (i32.extend8_s (i32.const 1)))  ;; #921
    (call $p (i32.extend8_s (call $id (i32.const 1))))  ;; #922
    (call $p (i32.extend8_s (i32.const -1)))  ;; #923
    (call $p (i32.extend8_s (call $id (i32.const -1))))  ;; #924
    (call $p (i32.extend8_s (i32.const 2)))  ;; #925
    (call $p (i32.extend8_s (call $id (i32.const 2))))  ;; #926
    (call $p (i32.extend8_s (i32.const 7)))  ;; #927
    (call $p (i32.extend8_s (call $id (i32.const 7))))  ;; #928
    (call $p (i32.extend8_s (i32.const -7)))  ;; #929
    (call $p (i32.extend8_s (call $id (i32.const -7))))  ;; #930
    (call $p (i32.extend8_s (i32.const 2147483647)))  ;; #931
    (call $p (i32.extend8_s (call $id (i32.const 2147483647))))  ;; #932
    (call $p (i32.extend8_s (i32.const -2147483648)))  ;; #933
    (call $p (i32.extend8_s (call $id (i32.const -2147483648))))  ;; #934
    (call $p (i32.extend8_s (i32.const 305419896)))  ;; #935
    (call $p (i32.extend8_s (call $id (i32.const 305419896))))  ;; #936
    (call $p (i32.extend8_s (i32.const 128)))  ;; #937
    (call $p (i32.extend8_s (call $id (i32.const 128))))  ;; #938
    (call $p (i32.extend8_s (i32.const -129)))  ;; #939
    (call $p (i32.extend8_s (call $id (i32.const -129))))  ;; #940
    (call $p (i32.extend8_s (i32.const 3)))  ;; #941
    (call $p (i32.extend8_s (call $id (i32.const 3))))  ;; #942
    (call $p (i32.extend8_s (i32.const -3)))  ;; #943
    (call $p (i32.extend8_s (call $id (i32.const -3))))  ;; #944
    (call $p (i32.extend8_s (i32.const 127)))  ;; #945
    (call $p (i32.extend8_s (call $id (i32.const 127))))  ;; #946
    (call $p (i32.extend8_s (i32.const 255)))  ;; #947
    (call $p (i32.extend8_s (call $id (i32.const 255))))  ;; #948
    (call $p (i32.extend8_s (i32.const 32768)))  ;; #949
    (call $p (i32.extend8_s (call $id (i32.const 32768))))  ;; #950
    (call $p (i32.extend8_s (i32.const 65535)))  ;; #951
    (call $p (i32.extend8_s (call $id (i32.const 65535))))  ;; #952
    (call $p (i32.extend8_s (i32.const 32767)))  ;; #953
    (call $p (i32.extend8_s (call $id (i32.const 32767))))  ;; #954
    (call $p (i32.extend8_s (i32.const 1073741824)))  ;; #955
    (call $p (i32.extend8_s (call $id (i32.const 1073741824))))  ;; #956
    (call $p (i32.extend8_s (i32.const 15728640)))  ;; #957
    (call $p (i32.extend8_s (call $id (i32.const 15728640))))  ;; #958
    (call $p (i32.extend16_s (i32.const 0)))  ;; #959
    (call $p (i32.extend16_s (call $id (i32.const 0))))  ;; #960
    (call $p (i32.extend16_s (i32.const 1)))  ;; #961
    (call $p (i32.extend16_s (call $id (i32.const 1))))  ;; #962
    (call $p (i32.extend16_s (i32.const -1)))  ;; #963
    (call $p (i32.extend16_s (call $id (i32.const -1))))  ;; #964
    (call $p (i32.extend16_s (i32.const 2)))  ;; #965
    (call $p (i32.extend16_s (call $id (i32.const 2))))  ;; #966
    (call $p (i32.extend16_s (i32.const 7)))  ;; #967
    (call $p (i32.extend16_s (call $id (i32.const 7))))  ;; #968
    (call $p (i32.extend16_s (i32.const -7)))  ;; #969
    (call $p (i32.extend16_s (call $id (i32.const -7))))  ;; #970
    (call $p (i32.extend16_s (i32.const 2147483647)))  ;; #971
    (call $p (i32.extend16_s (call $id (i32.const 2147483647))))  ;; #972
    (call $p (i32.extend16_s (i32.const -2147483648)))  ;; #973
    (call $p (i32.extend16_s (call $id (i32.const -2147483648))))  ;; #974
    (call $p (i32.extend16_s (i32.const 305419896)))  ;; #975
    (call $p (i32.extend16_s (call $id (i32.const 305419896))))  ;; #976
    (call $p (i32.extend16_s (i32.const 128)))  ;; #977
    (call $p (i32.extend16_s (call $id (i32.const 128))))  ;; #978
    (call $p (i32.extend16_s (i32.const -129)))  ;; #979
    (call $p (i32.extend16_s (call $id (i32.const -129))))  ;; #980
    (call $p (i32.extend16_s (i32.const 3)))  ;; #981
    (call $p (i32.extend16_s (call $id (i32.const 3))))  ;; #982
    (call $p (i32.extend16_s (i32.const -3)))  ;; #983
    (call $p (i32.extend16_s (call $id (i32.const -3))))  ;; #984
    (call $p (i32.extend16_s (i32.const 127)))  ;; #985
    (call $p (i32.extend16_s (call $id (i32.const 127))))  ;; #986
    (call $p (i32.extend16_s (i32.const 255)))  ;; #987
    (call $p (i32.extend16_s (call $id (i32.const 255))))  ;; #988
    (call $p (i32.extend16_s (i32.const 32768)))  ;; #989
    (call $p (i32.extend16_s (call $id (i32.const 32768))))  ;; #990
    (call $p (i32.extend16_s (i32.const 65535)))  ;; #991
    (call $p (i32.extend16_s (call $id (i32.const 65535))))  ;; #992
    (call $p (i32.extend16_s (i32.const 32767)))  ;; #993
    (call $p (i32.extend16_s (call $id (i32.const 32767))))  ;; #994
    (call $p (i32.extend16_s (i32.const 1073741824)))  ;; #995
    (call $p (i32.extend16_s (call $id (i32.const 1073741824))))  ;; #996
    (call $p (i32.extend16_s (i32.const 15728640)))  ;; #997
    (call $p (i32.extend16_s (call $id (i32.const 15728640))))  ;; #998
  )
)
