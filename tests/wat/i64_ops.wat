;; Every i64 integer operation: arithmetic (wrapping), division and remainder
;; edge cases (INT_MIN/-1 for rem_s is 0, negative operands), bitwise ops, shifts and
;; rotates with counts >= 64 (taken modulo 64), comparisons, eqz, clz/ctz/popcnt,
;; sign extension, wrap and extend. Each op runs on constants and on values
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
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -9223372036854775807
;; stdout: -9223372036854775807
;; stdout: -9223372036854775806
;; stdout: -9223372036854775806
;; stdout: 9223372036854775806
;; stdout: 9223372036854775806
;; stdout: -2
;; stdout: -2
;; stdout: 5
;; stdout: 5
;; stdout: -9223372036854775803
;; stdout: -9223372036854775803
;; stdout: 0
;; stdout: 0
;; stdout: 2396871060034940415
;; stdout: 2396871060034940415
;; stdout: 0
;; stdout: 0
;; stdout: 64
;; stdout: 64
;; stdout: 65
;; stdout: 65
;; stdout: 66
;; stdout: 66
;; stdout: 130
;; stdout: 130
;; stdout: 4611686018427387904
;; stdout: 4611686018427387904
;; stdout: 2147483652
;; stdout: 2147483652
;; stdout: 5
;; stdout: 5
;; stdout: -9
;; stdout: -9
;; stdout: 9
;; stdout: 9
;; stdout: -5
;; stdout: -5
;; stdout: -9223372036854775807
;; stdout: -9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 9223372036854775806
;; stdout: 9223372036854775806
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: -5
;; stdout: -5
;; stdout: -9223372036854775803
;; stdout: -9223372036854775803
;; stdout: 0
;; stdout: 0
;; stdout: 226665874892640225
;; stdout: 226665874892640225
;; stdout: -2
;; stdout: -2
;; stdout: -62
;; stdout: -62
;; stdout: -63
;; stdout: -63
;; stdout: -64
;; stdout: -64
;; stdout: -132
;; stdout: -132
;; stdout: 4611686018427387906
;; stdout: 4611686018427387906
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
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: -9223372036854775807
;; stdout: -9223372036854775807
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: -8757983591596482544
;; stdout: -8757983591596482544
;; stdout: -1
;; stdout: -1
;; stdout: 63
;; stdout: 63
;; stdout: 64
;; stdout: 64
;; stdout: 65
;; stdout: 65
;; stdout: -131
;; stdout: -131
;; stdout: -4611686018427387905
;; stdout: -4611686018427387905
;; stdout: 10737418235
;; stdout: 10737418235
;; stdout: 3
;; stdout: 3
;; stdout: -3
;; stdout: -3
;; stdout: -3
;; stdout: -3
;; stdout: 3
;; stdout: 3
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -4611686018427387904
;; stdout: -4611686018427387904
;; stdout: -9223372036854775807
;; stdout: -9223372036854775807
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
;; stdout: -4611686018427387905
;; stdout: -4611686018427387905
;; stdout: 0
;; stdout: 0
;; stdout: 3
;; stdout: 3
;; stdout: 9223372036854775804
;; stdout: 9223372036854775804
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 4611686018427387904
;; stdout: 4611686018427387904
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
;; stdout: 140814840257324821
;; stdout: 140814840257324821
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
;; stdout: 226665874892640225
;; stdout: 226665874892640225
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
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: 0
;; stdout: 0
;; stdout: 226665874892640225
;; stdout: 226665874892640225
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 64
;; stdout: 64
;; stdout: 4611686018427387905
;; stdout: 4611686018427387905
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
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 145247719580765696
;; stdout: 145247719580765696
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 131
;; stdout: 131
;; stdout: 4611686018427387905
;; stdout: 4611686018427387905
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
;; stdout: -9223372036854775807
;; stdout: -9223372036854775807
;; stdout: -9223372036854775806
;; stdout: -9223372036854775806
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: -1
;; stdout: 5
;; stdout: 5
;; stdout: -9223372036854775803
;; stdout: -9223372036854775803
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 2251623340454174719
;; stdout: 2251623340454174719
;; stdout: -1
;; stdout: -1
;; stdout: 63
;; stdout: 63
;; stdout: 65
;; stdout: 65
;; stdout: 65
;; stdout: 65
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
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: -9223372036854775807
;; stdout: -9223372036854775807
;; stdout: -9223372036854775806
;; stdout: -9223372036854775806
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -9223372036854775803
;; stdout: -9223372036854775803
;; stdout: 0
;; stdout: 0
;; stdout: 2106375620873409023
;; stdout: 2106375620873409023
;; stdout: -2
;; stdout: -2
;; stdout: 62
;; stdout: 62
;; stdout: 65
;; stdout: 65
;; stdout: 64
;; stdout: 64
;; stdout: -132
;; stdout: -132
;; stdout: -4611686018427387906
;; stdout: -4611686018427387906
;; stdout: 2147483642
;; stdout: 2147483642
;; stdout: 28
;; stdout: 28
;; stdout: -28
;; stdout: -28
;; stdout: -4611686018427387904
;; stdout: -4611686018427387904
;; stdout: 4611686018427387904
;; stdout: 4611686018427387904
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 3115450110225940480
;; stdout: 3115450110225940480
;; stdout: -2
;; stdout: -2
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 1
;; stdout: 1
;; stdout: 2
;; stdout: 2
;; stdout: -8
;; stdout: -8
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
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
;; stdout: -4611686018427387904
;; stdout: -4611686018427387904
;; stdout: -2305843009213693952
;; stdout: -2305843009213693952
;; stdout: 0
;; stdout: 0
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 40031996687737
;; stdout: 40031996687737
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
;; stdout: 4611686018427387902
;; stdout: 4611686018427387902
;; stdout: 0
;; stdout: 0
;; stdout: 3
;; stdout: 3
;; stdout: 1
;; stdout: 1
;; stdout: 4611686018427387904
;; stdout: 4611686018427387904
;; stdout: 2305843009213693952
;; stdout: 2305843009213693952
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 40031996687737
;; stdout: 40031996687737
;; stdout: 9223372036854775807
;; stdout: 9223372036854775807
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 2305843009213693951
;; stdout: 2305843009213693951
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 28
;; stdout: 28
;; stdout: -25
;; stdout: -25
;; stdout: -4611686018427387903
;; stdout: -4611686018427387903
;; stdout: 9223372036854775806
;; stdout: 9223372036854775806
;; stdout: 4611686018427387904
;; stdout: 4611686018427387904
;; stdout: 1
;; stdout: 1
;; stdout: 2
;; stdout: 2
;; stdout: -4611686018427387905
;; stdout: -4611686018427387905
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 3115450110225942810
;; stdout: 3115450110225942810
;; stdout: -1
;; stdout: -1
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: 1
;; stdout: 1
;; stdout: 2
;; stdout: 2
;; stdout: -1
;; stdout: -1
;; stdout: -6917529027641081856
;; stdout: -6917529027641081856
;; stdout: -9223372036854775806
;; stdout: -9223372036854775806
;; stdout: -4611686018427387903
;; stdout: -4611686018427387903
;; stdout: 9223372036854775806
;; stdout: 9223372036854775806
;; stdout: 28
;; stdout: 28
;; stdout: -25
;; stdout: -25
;; stdout: 1
;; stdout: 1
;; stdout: 4611686018427387904
;; stdout: 4611686018427387904
;; stdout: 2305843009213693952
;; stdout: 2305843009213693952
;; stdout: -2
;; stdout: -2
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 5
;; stdout: 5
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -4764768373761297031
;; stdout: -4764768373761297031
;; stdout: -1
;; stdout: -1
;; stdout: 2
;; stdout: 2
;; stdout: 1
;; stdout: 1
;; stdout: -9223372036854775808
;; stdout: -9223372036854775808
;; stdout: -1
;; stdout: -1
;; stdout: -9223372036854775806
;; stdout: -9223372036854775806
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
;; stdout: 64
;; stdout: 64
;; stdout: 63
;; stdout: 63
;; stdout: 0
;; stdout: 0
;; stdout: 62
;; stdout: 62
;; stdout: 61
;; stdout: 61
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 3
;; stdout: 3
;; stdout: 56
;; stdout: 56
;; stdout: 0
;; stdout: 0
;; stdout: 62
;; stdout: 62
;; stdout: 0
;; stdout: 0
;; stdout: 57
;; stdout: 57
;; stdout: 56
;; stdout: 56
;; stdout: 48
;; stdout: 48
;; stdout: 48
;; stdout: 48
;; stdout: 32
;; stdout: 32
;; stdout: 1
;; stdout: 1
;; stdout: 40
;; stdout: 40
;; stdout: 64
;; stdout: 64
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
;; stdout: 63
;; stdout: 63
;; stdout: 4
;; stdout: 4
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
;; stdout: 31
;; stdout: 31
;; stdout: 62
;; stdout: 62
;; stdout: 20
;; stdout: 20
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 64
;; stdout: 64
;; stdout: 1
;; stdout: 1
;; stdout: 3
;; stdout: 3
;; stdout: 62
;; stdout: 62
;; stdout: 63
;; stdout: 63
;; stdout: 1
;; stdout: 1
;; stdout: 32
;; stdout: 32
;; stdout: 1
;; stdout: 1
;; stdout: 63
;; stdout: 63
;; stdout: 2
;; stdout: 2
;; stdout: 63
;; stdout: 63
;; stdout: 7
;; stdout: 7
;; stdout: 8
;; stdout: 8
;; stdout: 1
;; stdout: 1
;; stdout: 16
;; stdout: 16
;; stdout: 1
;; stdout: 1
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
;; stdout: -16
;; stdout: -16
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
;; stdout: -8464
;; stdout: -8464
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
;; stdout: -1698898192
;; stdout: -1698898192
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
;; stdout: 32768
;; stdout: 32768
;; stdout: 65535
;; stdout: 65535
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: 0
;; stdout: 0
;; stdout: 15728640
;; stdout: 15728640
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: -1
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: -2147483648
;; stdout: -1
;; stdout: -1
;; stdout: 0
;; stdout: 0
;; stdout: 591751049
;; stdout: 591751049
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: 4294967295
;; stdout: -1
;; stdout: 4294967295
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: 2147483647
;; stdout: -2147483648
;; stdout: 2147483648
;; stdout: -2147483648
;; stdout: 2147483648
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (func $id (param i64) (result i64) (local.get 0))
  (func $id32 (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p64 (i64.add (i64.const 7) (i64.const 2)))  ;; #1
    (call $p64 (i64.add (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #2
    (call $p64 (i64.add (i64.const -7) (i64.const 2)))  ;; #3
    (call $p64 (i64.add (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #4
    (call $p64 (i64.add (i64.const 7) (i64.const -2)))  ;; #5
    (call $p64 (i64.add (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #6
    (call $p64 (i64.add (i64.const -7) (i64.const -2)))  ;; #7
    (call $p64 (i64.add (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #8
    (call $p64 (i64.add (i64.const -9223372036854775808) (i64.const -1)))  ;; #9
    (call $p64 (i64.add (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #10
    (call $p64 (i64.add (i64.const -9223372036854775808) (i64.const 1)))  ;; #11
    (call $p64 (i64.add (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #12
    (call $p64 (i64.add (i64.const -9223372036854775808) (i64.const 2)))  ;; #13
    (call $p64 (i64.add (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #14
    (call $p64 (i64.add (i64.const 9223372036854775807) (i64.const -1)))  ;; #15
    (call $p64 (i64.add (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #16
    (call $p64 (i64.add (i64.const -1) (i64.const -1)))  ;; #17
    (call $p64 (i64.add (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #18
    (call $p64 (i64.add (i64.const 0) (i64.const 5)))  ;; #19
    (call $p64 (i64.add (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #20
    (call $p64 (i64.add (i64.const 5) (i64.const -9223372036854775808)))  ;; #21
    (call $p64 (i64.add (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #22
    (call $p64 (i64.add (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #23
    (call $p64 (i64.add (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #24
    (call $p64 (i64.add (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #25
    (call $p64 (i64.add (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #26
    (call $p64 (i64.add (i64.const -1) (i64.const 1)))  ;; #27
    (call $p64 (i64.add (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #28
    (call $p64 (i64.add (i64.const 1) (i64.const 63)))  ;; #29
    (call $p64 (i64.add (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #30
    (call $p64 (i64.add (i64.const 1) (i64.const 64)))  ;; #31
    (call $p64 (i64.add (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #32
    (call $p64 (i64.add (i64.const 1) (i64.const 65)))  ;; #33
    (call $p64 (i64.add (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #34
    (call $p64 (i64.add (i64.const -1) (i64.const 131)))  ;; #35
    (call $p64 (i64.add (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #36
    (call $p64 (i64.add (i64.const 4611686018427387905) (i64.const -1)))  ;; #37
    (call $p64 (i64.add (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #38
    (call $p64 (i64.add (i64.const 5) (i64.const 2147483647)))  ;; #39
    (call $p64 (i64.add (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #40
    (call $p64 (i64.sub (i64.const 7) (i64.const 2)))  ;; #41
    (call $p64 (i64.sub (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #42
    (call $p64 (i64.sub (i64.const -7) (i64.const 2)))  ;; #43
    (call $p64 (i64.sub (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #44
    (call $p64 (i64.sub (i64.const 7) (i64.const -2)))  ;; #45
    (call $p64 (i64.sub (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #46
    (call $p64 (i64.sub (i64.const -7) (i64.const -2)))  ;; #47
    (call $p64 (i64.sub (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #48
    (call $p64 (i64.sub (i64.const -9223372036854775808) (i64.const -1)))  ;; #49
    (call $p64 (i64.sub (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #50
    (call $p64 (i64.sub (i64.const -9223372036854775808) (i64.const 1)))  ;; #51
    (call $p64 (i64.sub (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #52
    (call $p64 (i64.sub (i64.const -9223372036854775808) (i64.const 2)))  ;; #53
    (call $p64 (i64.sub (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #54
    (call $p64 (i64.sub (i64.const 9223372036854775807) (i64.const -1)))  ;; #55
    (call $p64 (i64.sub (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #56
    (call $p64 (i64.sub (i64.const -1) (i64.const -1)))  ;; #57
    (call $p64 (i64.sub (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #58
    (call $p64 (i64.sub (i64.const 0) (i64.const 5)))  ;; #59
    (call $p64 (i64.sub (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #60
    (call $p64 (i64.sub (i64.const 5) (i64.const -9223372036854775808)))  ;; #61
    (call $p64 (i64.sub (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #62
    (call $p64 (i64.sub (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #63
    (call $p64 (i64.sub (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #64
    (call $p64 (i64.sub (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #65
    (call $p64 (i64.sub (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #66
    (call $p64 (i64.sub (i64.const -1) (i64.const 1)))  ;; #67
    (call $p64 (i64.sub (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #68
    (call $p64 (i64.sub (i64.const 1) (i64.const 63)))  ;; #69
    (call $p64 (i64.sub (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #70
    (call $p64 (i64.sub (i64.const 1) (i64.const 64)))  ;; #71
    (call $p64 (i64.sub (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #72
    (call $p64 (i64.sub (i64.const 1) (i64.const 65)))  ;; #73
    (call $p64 (i64.sub (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #74
    (call $p64 (i64.sub (i64.const -1) (i64.const 131)))  ;; #75
    (call $p64 (i64.sub (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #76
    (call $p64 (i64.sub (i64.const 4611686018427387905) (i64.const -1)))  ;; #77
    (call $p64 (i64.sub (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #78
    (call $p64 (i64.sub (i64.const 5) (i64.const 2147483647)))  ;; #79
    (call $p64 (i64.sub (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #80
    (call $p64 (i64.mul (i64.const 7) (i64.const 2)))  ;; #81
    (call $p64 (i64.mul (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #82
    (call $p64 (i64.mul (i64.const -7) (i64.const 2)))  ;; #83
    (call $p64 (i64.mul (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #84
    (call $p64 (i64.mul (i64.const 7) (i64.const -2)))  ;; #85
    (call $p64 (i64.mul (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #86
    (call $p64 (i64.mul (i64.const -7) (i64.const -2)))  ;; #87
    (call $p64 (i64.mul (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #88
    (call $p64 (i64.mul (i64.const -9223372036854775808) (i64.const -1)))  ;; #89
    (call $p64 (i64.mul (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #90
    (call $p64 (i64.mul (i64.const -9223372036854775808) (i64.const 1)))  ;; #91
    (call $p64 (i64.mul (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #92
    (call $p64 (i64.mul (i64.const -9223372036854775808) (i64.const 2)))  ;; #93
    (call $p64 (i64.mul (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #94
    (call $p64 (i64.mul (i64.const 9223372036854775807) (i64.const -1)))  ;; #95
    (call $p64 (i64.mul (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #96
    (call $p64 (i64.mul (i64.const -1) (i64.const -1)))  ;; #97
    (call $p64 (i64.mul (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #98
    (call $p64 (i64.mul (i64.const 0) (i64.const 5)))  ;; #99
    (call $p64 (i64.mul (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #100
    (call $p64 (i64.mul (i64.const 5) (i64.const -9223372036854775808)))  ;; #101
    (call $p64 (i64.mul (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #102
    (call $p64 (i64.mul (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #103
    (call $p64 (i64.mul (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #104
    (call $p64 (i64.mul (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #105
    (call $p64 (i64.mul (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #106
    (call $p64 (i64.mul (i64.const -1) (i64.const 1)))  ;; #107
    (call $p64 (i64.mul (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #108
    (call $p64 (i64.mul (i64.const 1) (i64.const 63)))  ;; #109
    (call $p64 (i64.mul (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #110
    (call $p64 (i64.mul (i64.const 1) (i64.const 64)))  ;; #111
    (call $p64 (i64.mul (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #112
    (call $p64 (i64.mul (i64.const 1) (i64.const 65)))  ;; #113
    (call $p64 (i64.mul (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #114
    (call $p64 (i64.mul (i64.const -1) (i64.const 131)))  ;; #115
    (call $p64 (i64.mul (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #116
    (call $p64 (i64.mul (i64.const 4611686018427387905) (i64.const -1)))  ;; #117
    (call $p64 (i64.mul (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #118
    (call $p64 (i64.mul (i64.const 5) (i64.const 2147483647)))  ;; #119
    (call $p64 (i64.mul (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #120
    (call $p64 (i64.div_s (i64.const 7) (i64.const 2)))  ;; #121
    (call $p64 (i64.div_s (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #122
    (call $p64 (i64.div_s (i64.const -7) (i64.const 2)))  ;; #123
    (call $p64 (i64.div_s (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #124
    (call $p64 (i64.div_s (i64.const 7) (i64.const -2)))  ;; #125
    (call $p64 (i64.div_s (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #126
    (call $p64 (i64.div_s (i64.const -7) (i64.const -2)))  ;; #127
    (call $p64 (i64.div_s (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #128
    (call $p64 (i64.div_s (i64.const -9223372036854775808) (i64.const 1)))  ;; #129
    (call $p64 (i64.div_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #130
    (call $p64 (i64.div_s (i64.const -9223372036854775808) (i64.const 2)))  ;; #131
    (call $p64 (i64.div_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #132
    (call $p64 (i64.div_s (i64.const 9223372036854775807) (i64.const -1)))  ;; #133
    (call $p64 (i64.div_s (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #134
    (call $p64 (i64.div_s (i64.const -1) (i64.const -1)))  ;; #135
    (call $p64 (i64.div_s (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #136
    (call $p64 (i64.div_s (i64.const 0) (i64.const 5)))  ;; #137
    (call $p64 (i64.div_s (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #138
    (call $p64 (i64.div_s (i64.const 5) (i64.const -9223372036854775808)))  ;; #139
    (call $p64 (i64.div_s (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #140
    (call $p64 (i64.div_s (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #141
    (call $p64 (i64.div_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #142
    (call $p64 (i64.div_s (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #143
    (call $p64 (i64.div_s (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #144
    (call $p64 (i64.div_s (i64.const -1) (i64.const 1)))  ;; #145
    (call $p64 (i64.div_s (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #146
    (call $p64 (i64.div_s (i64.const 1) (i64.const 63)))  ;; #147
    (call $p64 (i64.div_s (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #148
    (call $p64 (i64.div_s (i64.const 1) (i64.const 64)))  ;; #149
    (call $p64 (i64.div_s (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #150
    (call $p64 (i64.div_s (i64.const 1) (i64.const 65)))  ;; #151
    (call $p64 (i64.div_s (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #152
    (call $p64 (i64.div_s (i64.const -1) (i64.const 131)))  ;; #153
    (call $p64 (i64.div_s (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #154
    (call $p64 (i64.div_s (i64.const 4611686018427387905) (i64.const -1)))  ;; #155
    (call $p64 (i64.div_s (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #156
    (call $p64 (i64.div_s (i64.const 5) (i64.const 2147483647)))  ;; #157
    (call $p64 (i64.div_s (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #158
    (call $p64 (i64.div_u (i64.const 7) (i64.const 2)))  ;; #159
    (call $p64 (i64.div_u (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #160
    (call $p64 (i64.div_u (i64.const -7) (i64.const 2)))  ;; #161
    (call $p64 (i64.div_u (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #162
    (call $p64 (i64.div_u (i64.const 7) (i64.const -2)))  ;; #163
    (call $p64 (i64.div_u (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #164
    (call $p64 (i64.div_u (i64.const -7) (i64.const -2)))  ;; #165
    (call $p64 (i64.div_u (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #166
    (call $p64 (i64.div_u (i64.const -9223372036854775808) (i64.const -1)))  ;; #167
    (call $p64 (i64.div_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #168
    (call $p64 (i64.div_u (i64.const -9223372036854775808) (i64.const 1)))  ;; #169
    (call $p64 (i64.div_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #170
    (call $p64 (i64.div_u (i64.const -9223372036854775808) (i64.const 2)))  ;; #171
    (call $p64 (i64.div_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #172
    (call $p64 (i64.div_u (i64.const 9223372036854775807) (i64.const -1)))  ;; #173
    (call $p64 (i64.div_u (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #174
    (call $p64 (i64.div_u (i64.const -1) (i64.const -1)))  ;; #175
    (call $p64 (i64.div_u (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #176
    (call $p64 (i64.div_u (i64.const 0) (i64.const 5)))  ;; #177
    (call $p64 (i64.div_u (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #178
    (call $p64 (i64.div_u (i64.const 5) (i64.const -9223372036854775808)))  ;; #179
    (call $p64 (i64.div_u (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #180
    (call $p64 (i64.div_u (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #181
    (call $p64 (i64.div_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #182
    (call $p64 (i64.div_u (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #183
    (call $p64 (i64.div_u (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #184
    (call $p64 (i64.div_u (i64.const -1) (i64.const 1)))  ;; #185
    (call $p64 (i64.div_u (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #186
    (call $p64 (i64.div_u (i64.const 1) (i64.const 63)))  ;; #187
    (call $p64 (i64.div_u (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #188
    (call $p64 (i64.div_u (i64.const 1) (i64.const 64)))  ;; #189
    (call $p64 (i64.div_u (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #190
    (call $p64 (i64.div_u (i64.const 1) (i64.const 65)))  ;; #191
    (call $p64 (i64.div_u (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #192
    (call $p64 (i64.div_u (i64.const -1) (i64.const 131)))  ;; #193
    (call $p64 (i64.div_u (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #194
    (call $p64 (i64.div_u (i64.const 4611686018427387905) (i64.const -1)))  ;; #195
    (call $p64 (i64.div_u (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #196
    (call $p64 (i64.div_u (i64.const 5) (i64.const 2147483647)))  ;; #197
    (call $p64 (i64.div_u (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #198
    (call $p64 (i64.rem_s (i64.const 7) (i64.const 2)))  ;; #199
    (call $p64 (i64.rem_s (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #200
    (call $p64 (i64.rem_s (i64.const -7) (i64.const 2)))  ;; #201
    (call $p64 (i64.rem_s (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #202
    (call $p64 (i64.rem_s (i64.const 7) (i64.const -2)))  ;; #203
    (call $p64 (i64.rem_s (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #204
    (call $p64 (i64.rem_s (i64.const -7) (i64.const -2)))  ;; #205
    (call $p64 (i64.rem_s (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #206
    (call $p64 (i64.rem_s (i64.const -9223372036854775808) (i64.const -1)))  ;; #207
    (call $p64 (i64.rem_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #208
    (call $p64 (i64.rem_s (i64.const -9223372036854775808) (i64.const 1)))  ;; #209
    (call $p64 (i64.rem_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #210
    (call $p64 (i64.rem_s (i64.const -9223372036854775808) (i64.const 2)))  ;; #211
    (call $p64 (i64.rem_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #212
    (call $p64 (i64.rem_s (i64.const 9223372036854775807) (i64.const -1)))  ;; #213
    (call $p64 (i64.rem_s (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #214
    (call $p64 (i64.rem_s (i64.const -1) (i64.const -1)))  ;; #215
    (call $p64 (i64.rem_s (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #216
    (call $p64 (i64.rem_s (i64.const 0) (i64.const 5)))  ;; #217
    (call $p64 (i64.rem_s (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #218
    (call $p64 (i64.rem_s (i64.const 5) (i64.const -9223372036854775808)))  ;; #219
    (call $p64 (i64.rem_s (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #220
    (call $p64 (i64.rem_s (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #221
    (call $p64 (i64.rem_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #222
    (call $p64 (i64.rem_s (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #223
    (call $p64 (i64.rem_s (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #224
    (call $p64 (i64.rem_s (i64.const -1) (i64.const 1)))  ;; #225
    (call $p64 (i64.rem_s (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #226
    (call $p64 (i64.rem_s (i64.const 1) (i64.const 63)))  ;; #227
    (call $p64 (i64.rem_s (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #228
    (call $p64 (i64.rem_s (i64.const 1) (i64.const 64)))  ;; #229
    (call $p64 (i64.rem_s (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #230
    (call $p64 (i64.rem_s (i64.const 1) (i64.const 65)))  ;; #231
    (call $p64 (i64.rem_s (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #232
    (call $p64 (i64.rem_s (i64.const -1) (i64.const 131)))  ;; #233
    (call $p64 (i64.rem_s (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #234
    (call $p64 (i64.rem_s (i64.const 4611686018427387905) (i64.const -1)))  ;; #235
    (call $p64 (i64.rem_s (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #236
    (call $p64 (i64.rem_s (i64.const 5) (i64.const 2147483647)))  ;; #237
    (call $p64 (i64.rem_s (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #238
    (call $p64 (i64.rem_u (i64.const 7) (i64.const 2)))  ;; #239
    (call $p64 (i64.rem_u (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #240
    (call $p64 (i64.rem_u (i64.const -7) (i64.const 2)))  ;; #241
    (call $p64 (i64.rem_u (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #242
    (call $p64 (i64.rem_u (i64.const 7) (i64.const -2)))  ;; #243
    (call $p64 (i64.rem_u (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #244
    (call $p64 (i64.rem_u (i64.const -7) (i64.const -2)))  ;; #245
    (call $p64 (i64.rem_u (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #246
    (call $p64 (i64.rem_u (i64.const -9223372036854775808) (i64.const -1)))  ;; #247
    (call $p64 (i64.rem_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #248
    (call $p64 (i64.rem_u (i64.const -9223372036854775808) (i64.const 1)))  ;; #249
    (call $p64 (i64.rem_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #250
    (call $p64 (i64.rem_u (i64.const -9223372036854775808) (i64.const 2)))  ;; #251
    (call $p64 (i64.rem_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #252
    (call $p64 (i64.rem_u (i64.const 9223372036854775807) (i64.const -1)))  ;; #253
    (call $p64 (i64.rem_u (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #254
    (call $p64 (i64.rem_u (i64.const -1) (i64.const -1)))  ;; #255
    (call $p64 (i64.rem_u (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #256
    (call $p64 (i64.rem_u (i64.const 0) (i64.const 5)))  ;; #257
    (call $p64 (i64.rem_u (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #258
    (call $p64 (i64.rem_u (i64.const 5) (i64.const -9223372036854775808)))  ;; #259
    (call $p64 (i64.rem_u (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #260
    (call $p64 (i64.rem_u (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #261
    (call $p64 (i64.rem_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #262
    (call $p64 (i64.rem_u (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #263
    (call $p64 (i64.rem_u (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #264
    (call $p64 (i64.rem_u (i64.const -1) (i64.const 1)))  ;; #265
    (call $p64 (i64.rem_u (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #266
    (call $p64 (i64.rem_u (i64.const 1) (i64.const 63)))  ;; #267
    (call $p64 (i64.rem_u (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #268
    (call $p64 (i64.rem_u (i64.const 1) (i64.const 64)))  ;; #269
    (call $p64 (i64.rem_u (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #270
    (call $p64 (i64.rem_u (i64.const 1) (i64.const 65)))  ;; #271
    (call $p64 (i64.rem_u (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #272
    (call $p64 (i64.rem_u (i64.const -1) (i64.const 131)))  ;; #273
    (call $p64 (i64.rem_u (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #274
    (call $p64 (i64.rem_u (i64.const 4611686018427387905) (i64.const -1)))  ;; #275
    (call $p64 (i64.rem_u (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #276
    (call $p64 (i64.rem_u (i64.const 5) (i64.const 2147483647)))  ;; #277
    (call $p64 (i64.rem_u (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #278
    (call $p64 (i64.and (i64.const 7) (i64.const 2)))  ;; #279
    (call $p64 (i64.and (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #280
    (call $p64 (i64.and (i64.const -7) (i64.const 2)))  ;; #281
    (call $p64 (i64.and (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #282
    (call $p64 (i64.and (i64.const 7) (i64.const -2)))  ;; #283
    (call $p64 (i64.and (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #284
    (call $p64 (i64.and (i64.const -7) (i64.const -2)))  ;; #285
    (call $p64 (i64.and (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #286
    (call $p64 (i64.and (i64.const -9223372036854775808) (i64.const -1)))  ;; #287
    (call $p64 (i64.and (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #288
    (call $p64 (i64.and (i64.const -9223372036854775808) (i64.const 1)))  ;; #289
    (call $p64 (i64.and (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #290
    (call $p64 (i64.and (i64.const -9223372036854775808) (i64.const 2)))  ;; #291
    (call $p64 (i64.and (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #292
    (call $p64 (i64.and (i64.const 9223372036854775807) (i64.const -1)))  ;; #293
    (call $p64 (i64.and (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #294
    (call $p64 (i64.and (i64.const -1) (i64.const -1)))  ;; #295
    (call $p64 (i64.and (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #296
    (call $p64 (i64.and (i64.const 0) (i64.const 5)))  ;; #297
    (call $p64 (i64.and (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #298
    (call $p64 (i64.and (i64.const 5) (i64.const -9223372036854775808)))  ;; #299
    (call $p64 (i64.and (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #300
    (call $p64 (i64.and (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #301
    (call $p64 (i64.and (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #302
    (call $p64 (i64.and (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #303
    (call $p64 (i64.and (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #304
    (call $p64 (i64.and (i64.const -1) (i64.const 1)))  ;; #305
    (call $p64 (i64.and (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #306
    (call $p64 (i64.and (i64.const 1) (i64.const 63)))  ;; #307
    (call $p64 (i64.and (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #308
    (call $p64 (i64.and (i64.const 1) (i64.const 64)))  ;; #309
    (call $p64 (i64.and (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #310
    (call $p64 (i64.and (i64.const 1) (i64.const 65)))  ;; #311
    (call $p64 (i64.and (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #312
    (call $p64 (i64.and (i64.const -1) (i64.const 131)))  ;; #313
    (call $p64 (i64.and (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #314
    (call $p64 (i64.and (i64.const 4611686018427387905) (i64.const -1)))  ;; #315
    (call $p64 (i64.and (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #316
    (call $p64 (i64.and (i64.const 5) (i64.const 2147483647)))  ;; #317
    (call $p64 (i64.and (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #318
    (call $p64 (i64.or (i64.const 7) (i64.const 2)))  ;; #319
    (call $p64 (i64.or (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #320
    (call $p64 (i64.or (i64.const -7) (i64.const 2)))  ;; #321
    (call $p64 (i64.or (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #322
    (call $p64 (i64.or (i64.const 7) (i64.const -2)))  ;; #323
    (call $p64 (i64.or (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #324
    (call $p64 (i64.or (i64.const -7) (i64.const -2)))  ;; #325
    (call $p64 (i64.or (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #326
    (call $p64 (i64.or (i64.const -9223372036854775808) (i64.const -1)))  ;; #327
    (call $p64 (i64.or (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #328
    (call $p64 (i64.or (i64.const -9223372036854775808) (i64.const 1)))  ;; #329
    (call $p64 (i64.or (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #330
    (call $p64 (i64.or (i64.const -9223372036854775808) (i64.const 2)))  ;; #331
    (call $p64 (i64.or (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #332
    (call $p64 (i64.or (i64.const 9223372036854775807) (i64.const -1)))  ;; #333
    (call $p64 (i64.or (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #334
    (call $p64 (i64.or (i64.const -1) (i64.const -1)))  ;; #335
    (call $p64 (i64.or (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #336
    (call $p64 (i64.or (i64.const 0) (i64.const 5)))  ;; #337
    (call $p64 (i64.or (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #338
    (call $p64 (i64.or (i64.const 5) (i64.const -9223372036854775808)))  ;; #339
    (call $p64 (i64.or (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #340
    (call $p64 (i64.or (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #341
    (call $p64 (i64.or (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #342
    (call $p64 (i64.or (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #343
    (call $p64 (i64.or (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #344
    (call $p64 (i64.or (i64.const -1) (i64.const 1)))  ;; #345
    (call $p64 (i64.or (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #346
    (call $p64 (i64.or (i64.const 1) (i64.const 63)))  ;; #347
    (call $p64 (i64.or (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #348
    (call $p64 (i64.or (i64.const 1) (i64.const 64)))  ;; #349
    (call $p64 (i64.or (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #350
    (call $p64 (i64.or (i64.const 1) (i64.const 65)))  ;; #351
    (call $p64 (i64.or (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #352
    (call $p64 (i64.or (i64.const -1) (i64.const 131)))  ;; #353
    (call $p64 (i64.or (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #354
    (call $p64 (i64.or (i64.const 4611686018427387905) (i64.const -1)))  ;; #355
    (call $p64 (i64.or (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #356
    (call $p64 (i64.or (i64.const 5) (i64.const 2147483647)))  ;; #357
    (call $p64 (i64.or (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #358
    (call $p64 (i64.xor (i64.const 7) (i64.const 2)))  ;; #359
    (call $p64 (i64.xor (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #360
    (call $p64 (i64.xor (i64.const -7) (i64.const 2)))  ;; #361
    (call $p64 (i64.xor (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #362
    (call $p64 (i64.xor (i64.const 7) (i64.const -2)))  ;; #363
    (call $p64 (i64.xor (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #364
    (call $p64 (i64.xor (i64.const -7) (i64.const -2)))  ;; #365
    (call $p64 (i64.xor (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #366
    (call $p64 (i64.xor (i64.const -9223372036854775808) (i64.const -1)))  ;; #367
    (call $p64 (i64.xor (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #368
    (call $p64 (i64.xor (i64.const -9223372036854775808) (i64.const 1)))  ;; #369
    (call $p64 (i64.xor (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #370
    (call $p64 (i64.xor (i64.const -9223372036854775808) (i64.const 2)))  ;; #371
    (call $p64 (i64.xor (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #372
    (call $p64 (i64.xor (i64.const 9223372036854775807) (i64.const -1)))  ;; #373
    (call $p64 (i64.xor (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #374
    (call $p64 (i64.xor (i64.const -1) (i64.const -1)))  ;; #375
    (call $p64 (i64.xor (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #376
    (call $p64 (i64.xor (i64.const 0) (i64.const 5)))  ;; #377
    (call $p64 (i64.xor (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #378
    (call $p64 (i64.xor (i64.const 5) (i64.const -9223372036854775808)))  ;; #379
    (call $p64 (i64.xor (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #380
    (call $p64 (i64.xor (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #381
    (call $p64 (i64.xor (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #382
    (call $p64 (i64.xor (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #383
    (call $p64 (i64.xor (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #384
    (call $p64 (i64.xor (i64.const -1) (i64.const 1)))  ;; #385
    (call $p64 (i64.xor (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #386
    (call $p64 (i64.xor (i64.const 1) (i64.const 63)))  ;; #387
    (call $p64 (i64.xor (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #388
    (call $p64 (i64.xor (i64.const 1) (i64.const 64)))  ;; #389
    (call $p64 (i64.xor (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #390
    (call $p64 (i64.xor (i64.const 1) (i64.const 65)))  ;; #391
    (call $p64 (i64.xor (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #392
    (call $p64 (i64.xor (i64.const -1) (i64.const 131)))  ;; #393
    (call $p64 (i64.xor (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #394
    (call $p64 (i64.xor (i64.const 4611686018427387905) (i64.const -1)))  ;; #395
    (call $p64 (i64.xor (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #396
    (call $p64 (i64.xor (i64.const 5) (i64.const 2147483647)))  ;; #397
    (call $p64 (i64.xor (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #398
    (call $p64 (i64.shl (i64.const 7) (i64.const 2)))  ;; #399
    (call $p64 (i64.shl (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #400
    (call $p64 (i64.shl (i64.const -7) (i64.const 2)))  ;; #401
    (call $p64 (i64.shl (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #402
    (call $p64 (i64.shl (i64.const 7) (i64.const -2)))  ;; #403
    (call $p64 (i64.shl (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #404
    (call $p64 (i64.shl (i64.const -7) (i64.const -2)))  ;; #405
    (call $p64 (i64.shl (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #406
    (call $p64 (i64.shl (i64.const -9223372036854775808) (i64.const -1)))  ;; #407
    (call $p64 (i64.shl (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #408
    (call $p64 (i64.shl (i64.const -9223372036854775808) (i64.const 1)))  ;; #409
    (call $p64 (i64.shl (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #410
    (call $p64 (i64.shl (i64.const -9223372036854775808) (i64.const 2)))  ;; #411
    (call $p64 (i64.shl (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #412
    (call $p64 (i64.shl (i64.const 9223372036854775807) (i64.const -1)))  ;; #413
    (call $p64 (i64.shl (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #414
    (call $p64 (i64.shl (i64.const -1) (i64.const -1)))  ;; #415
    (call $p64 (i64.shl (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #416
    (call $p64 (i64.shl (i64.const 0) (i64.const 5)))  ;; #417
    (call $p64 (i64.shl (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #418
    (call $p64 (i64.shl (i64.const 5) (i64.const -9223372036854775808)))  ;; #419
    (call $p64 (i64.shl (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #420
    (call $p64 (i64.shl (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #421
    (call $p64 (i64.shl (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #422
    (call $p64 (i64.shl (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #423
    (call $p64 (i64.shl (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #424
    (call $p64 (i64.shl (i64.const -1) (i64.const 1)))  ;; #425
    (call $p64 (i64.shl (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #426
    (call $p64 (i64.shl (i64.const 1) (i64.const 63)))  ;; #427
    (call $p64 (i64.shl (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #428
    (call $p64 (i64.shl (i64.const 1) (i64.const 64)))  ;; #429
    (call $p64 (i64.shl (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #430
    (call $p64 (i64.shl (i64.const 1) (i64.const 65)))  ;; #431
    (call $p64 (i64.shl (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #432
    (call $p64 (i64.shl (i64.const -1) (i64.const 131)))  ;; #433
    (call $p64 (i64.shl (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #434
    (call $p64 (i64.shl (i64.const 4611686018427387905) (i64.const -1)))  ;; #435
    (call $p64 (i64.shl (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #436
    (call $p64 (i64.shl (i64.const 5) (i64.const 2147483647)))  ;; #437
    (call $p64 (i64.shl (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #438
    (call $p64 (i64.shr_s (i64.const 7) (i64.const 2)))  ;; #439
    (call $p64 (i64.shr_s (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #440
    (call $p64 (i64.shr_s (i64.const -7) (i64.const 2)))  ;; #441
    (call $p64 (i64.shr_s (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #442
    (call $p64 (i64.shr_s (i64.const 7) (i64.const -2)))  ;; #443
    (call $p64 (i64.shr_s (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #444
    (call $p64 (i64.shr_s (i64.const -7) (i64.const -2)))  ;; #445
    (call $p64 (i64.shr_s (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #446
    (call $p64 (i64.shr_s (i64.const -9223372036854775808) (i64.const -1)))  ;; #447
    (call $p64 (i64.shr_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #448
    (call $p64 (i64.shr_s (i64.const -9223372036854775808) (i64.const 1)))  ;; #449
    (call $p64 (i64.shr_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #450
    (call $p64 (i64.shr_s (i64.const -9223372036854775808) (i64.const 2)))  ;; #451
    (call $p64 (i64.shr_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #452
    (call $p64 (i64.shr_s (i64.const 9223372036854775807) (i64.const -1)))  ;; #453
    (call $p64 (i64.shr_s (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #454
    (call $p64 (i64.shr_s (i64.const -1) (i64.const -1)))  ;; #455
    (call $p64 (i64.shr_s (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #456
    (call $p64 (i64.shr_s (i64.const 0) (i64.const 5)))  ;; #457
    (call $p64 (i64.shr_s (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #458
    (call $p64 (i64.shr_s (i64.const 5) (i64.const -9223372036854775808)))  ;; #459
    (call $p64 (i64.shr_s (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #460
    (call $p64 (i64.shr_s (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #461
    (call $p64 (i64.shr_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #462
    (call $p64 (i64.shr_s (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #463
    (call $p64 (i64.shr_s (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #464
    (call $p64 (i64.shr_s (i64.const -1) (i64.const 1)))  ;; #465
    (call $p64 (i64.shr_s (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #466
    (call $p64 (i64.shr_s (i64.const 1) (i64.const 63)))  ;; #467
    (call $p64 (i64.shr_s (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #468
    (call $p64 (i64.shr_s (i64.const 1) (i64.const 64)))  ;; #469
    (call $p64 (i64.shr_s (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #470
    (call $p64 (i64.shr_s (i64.const 1) (i64.const 65)))  ;; #471
    (call $p64 (i64.shr_s (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #472
    (call $p64 (i64.shr_s (i64.const -1) (i64.const 131)))  ;; #473
    (call $p64 (i64.shr_s (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #474
    (call $p64 (i64.shr_s (i64.const 4611686018427387905) (i64.const -1)))  ;; #475
    (call $p64 (i64.shr_s (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #476
    (call $p64 (i64.shr_s (i64.const 5) (i64.const 2147483647)))  ;; #477
    (call $p64 (i64.shr_s (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #478
    (call $p64 (i64.shr_u (i64.const 7) (i64.const 2)))  ;; #479
    (call $p64 (i64.shr_u (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #480
    (call $p64 (i64.shr_u (i64.const -7) (i64.const 2)))  ;; #481
    (call $p64 (i64.shr_u (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #482
    (call $p64 (i64.shr_u (i64.const 7) (i64.const -2)))  ;; #483
    (call $p64 (i64.shr_u (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #484
    (call $p64 (i64.shr_u (i64.const -7) (i64.const -2)))  ;; #485
    (call $p64 (i64.shr_u (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #486
    (call $p64 (i64.shr_u (i64.const -9223372036854775808) (i64.const -1)))  ;; #487
    (call $p64 (i64.shr_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #488
    (call $p64 (i64.shr_u (i64.const -9223372036854775808) (i64.const 1)))  ;; #489
    (call $p64 (i64.shr_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #490
    (call $p64 (i64.shr_u (i64.const -9223372036854775808) (i64.const 2)))  ;; #491
    (call $p64 (i64.shr_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #492
    (call $p64 (i64.shr_u (i64.const 9223372036854775807) (i64.const -1)))  ;; #493
    (call $p64 (i64.shr_u (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #494
    (call $p64 (i64.shr_u (i64.const -1) (i64.const -1)))  ;; #495
    (call $p64 (i64.shr_u (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #496
    (call $p64 (i64.shr_u (i64.const 0) (i64.const 5)))  ;; #497
    (call $p64 (i64.shr_u (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #498
    (call $p64 (i64.shr_u (i64.const 5) (i64.const -9223372036854775808)))  ;; #499
    (call $p64 (i64.shr_u (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #500
    (call $p64 (i64.shr_u (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #501
    (call $p64 (i64.shr_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #502
    (call $p64 (i64.shr_u (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #503
    (call $p64 (i64.shr_u (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #504
    (call $p64 (i64.shr_u (i64.const -1) (i64.const 1)))  ;; #505
    (call $p64 (i64.shr_u (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #506
    (call $p64 (i64.shr_u (i64.const 1) (i64.const 63)))  ;; #507
    (call $p64 (i64.shr_u (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #508
    (call $p64 (i64.shr_u (i64.const 1) (i64.const 64)))  ;; #509
    (call $p64 (i64.shr_u (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #510
    (call $p64 (i64.shr_u (i64.const 1) (i64.const 65)))  ;; #511
    (call $p64 (i64.shr_u (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #512
    (call $p64 (i64.shr_u (i64.const -1) (i64.const 131)))  ;; #513
    (call $p64 (i64.shr_u (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #514
    (call $p64 (i64.shr_u (i64.const 4611686018427387905) (i64.const -1)))  ;; #515
    (call $p64 (i64.shr_u (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #516
    (call $p64 (i64.shr_u (i64.const 5) (i64.const 2147483647)))  ;; #517
    (call $p64 (i64.shr_u (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #518
    (call $p64 (i64.rotl (i64.const 7) (i64.const 2)))  ;; #519
    (call $p64 (i64.rotl (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #520
    (call $p64 (i64.rotl (i64.const -7) (i64.const 2)))  ;; #521
    (call $p64 (i64.rotl (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #522
    (call $p64 (i64.rotl (i64.const 7) (i64.const -2)))  ;; #523
    (call $p64 (i64.rotl (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #524
    (call $p64 (i64.rotl (i64.const -7) (i64.const -2)))  ;; #525
    (call $p64 (i64.rotl (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #526
    (call $p64 (i64.rotl (i64.const -9223372036854775808) (i64.const -1)))  ;; #527
    (call $p64 (i64.rotl (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #528
    (call $p64 (i64.rotl (i64.const -9223372036854775808) (i64.const 1)))  ;; #529
    (call $p64 (i64.rotl (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #530
    (call $p64 (i64.rotl (i64.const -9223372036854775808) (i64.const 2)))  ;; #531
    (call $p64 (i64.rotl (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #532
    (call $p64 (i64.rotl (i64.const 9223372036854775807) (i64.const -1)))  ;; #533
    (call $p64 (i64.rotl (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #534
    (call $p64 (i64.rotl (i64.const -1) (i64.const -1)))  ;; #535
    (call $p64 (i64.rotl (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #536
    (call $p64 (i64.rotl (i64.const 0) (i64.const 5)))  ;; #537
    (call $p64 (i64.rotl (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #538
    (call $p64 (i64.rotl (i64.const 5) (i64.const -9223372036854775808)))  ;; #539
    (call $p64 (i64.rotl (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #540
    (call $p64 (i64.rotl (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #541
    (call $p64 (i64.rotl (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #542
    (call $p64 (i64.rotl (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #543
    (call $p64 (i64.rotl (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #544
    (call $p64 (i64.rotl (i64.const -1) (i64.const 1)))  ;; #545
    (call $p64 (i64.rotl (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #546
    (call $p64 (i64.rotl (i64.const 1) (i64.const 63)))  ;; #547
    (call $p64 (i64.rotl (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #548
    (call $p64 (i64.rotl (i64.const 1) (i64.const 64)))  ;; #549
    (call $p64 (i64.rotl (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #550
    (call $p64 (i64.rotl (i64.const 1) (i64.const 65)))  ;; #551
    (call $p64 (i64.rotl (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #552
    (call $p64 (i64.rotl (i64.const -1) (i64.const 131)))  ;; #553
    (call $p64 (i64.rotl (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #554
    (call $p64 (i64.rotl (i64.const 4611686018427387905) (i64.const -1)))  ;; #555
    (call $p64 (i64.rotl (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #556
    (call $p64 (i64.rotl (i64.const 5) (i64.const 2147483647)))  ;; #557
    (call $p64 (i64.rotl (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #558
    (call $p64 (i64.rotr (i64.const 7) (i64.const 2)))  ;; #559
    (call $p64 (i64.rotr (call $id (i64.const 7)) (call $id (i64.const 2))))  ;; #560
    (call $p64 (i64.rotr (i64.const -7) (i64.const 2)))  ;; #561
    (call $p64 (i64.rotr (call $id (i64.const -7)) (call $id (i64.const 2))))  ;; #562
    (call $p64 (i64.rotr (i64.const 7) (i64.const -2)))  ;; #563
    (call $p64 (i64.rotr (call $id (i64.const 7)) (call $id (i64.const -2))))  ;; #564
    (call $p64 (i64.rotr (i64.const -7) (i64.const -2)))  ;; #565
    (call $p64 (i64.rotr (call $id (i64.const -7)) (call $id (i64.const -2))))  ;; #566
    (call $p64 (i64.rotr (i64.const -9223372036854775808) (i64.const -1)))  ;; #567
    (call $p64 (i64.rotr (call $id (i64.const -9223372036854775808)) (call $id (i64.const -1))))  ;; #568
    (call $p64 (i64.rotr (i64.const -9223372036854775808) (i64.const 1)))  ;; #569
    (call $p64 (i64.rotr (call $id (i64.const -9223372036854775808)) (call $id (i64.const 1))))  ;; #570
    (call $p64 (i64.rotr (i64.const -9223372036854775808) (i64.const 2)))  ;; #571
    (call $p64 (i64.rotr (call $id (i64.const -9223372036854775808)) (call $id (i64.const 2))))  ;; #572
    (call $p64 (i64.rotr (i64.const 9223372036854775807) (i64.const -1)))  ;; #573
    (call $p64 (i64.rotr (call $id (i64.const 9223372036854775807)) (call $id (i64.const -1))))  ;; #574
    (call $p64 (i64.rotr (i64.const -1) (i64.const -1)))  ;; #575
    (call $p64 (i64.rotr (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #576
    (call $p64 (i64.rotr (i64.const 0) (i64.const 5)))  ;; #577
    (call $p64 (i64.rotr (call $id (i64.const 0)) (call $id (i64.const 5))))  ;; #578
    (call $p64 (i64.rotr (i64.const 5) (i64.const -9223372036854775808)))  ;; #579
    (call $p64 (i64.rotr (call $id (i64.const 5)) (call $id (i64.const -9223372036854775808))))  ;; #580
    (call $p64 (i64.rotr (i64.const -9223372036854775808) (i64.const -9223372036854775808)))  ;; #581
    (call $p64 (i64.rotr (call $id (i64.const -9223372036854775808)) (call $id (i64.const -9223372036854775808))))  ;; #582
    (call $p64 (i64.rotr (i64.const 1311768467463790320) (i64.const 1085102592571150095)))  ;; #583
    (call $p64 (i64.rotr (call $id (i64.const 1311768467463790320)) (call $id (i64.const 1085102592571150095))))  ;; #584
    (call $p64 (i64.rotr (i64.const -1) (i64.const 1)))  ;; #585
    (call $p64 (i64.rotr (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #586
    (call $p64 (i64.rotr (i64.const 1) (i64.const 63)))  ;; #587
    (call $p64 (i64.rotr (call $id (i64.const 1)) (call $id (i64.const 63))))  ;; #588
    (call $p64 (i64.rotr (i64.const 1) (i64.const 64)))  ;; #589
    (call $p64 (i64.rotr (call $id (i64.const 1)) (call $id (i64.const 64))))  ;; #590
    (call $p64 (i64.rotr (i64.const 1) (i64.const 65)))  ;; #591
    (call $p64 (i64.rotr (call $id (i64.const 1)) (call $id (i64.const 65))))  ;; #592
    (call $p64 (i64.rotr (i64.const -1) (i64.const 131)))  ;; #593
    (call $p64 (i64.rotr (call $id (i64.const -1)) (call $id (i64.const 131))))  ;; #594
    (call $p64 (i64.rotr (i64.const 4611686018427387905) (i64.const -1)))  ;; #595
    (call $p64 (i64.rotr (call $id (i64.const 4611686018427387905)) (call $id (i64.const -1))))  ;; #596
    (call $p64 (i64.rotr (i64.const 5) (i64.const 2147483647)))  ;; #597
    (call $p64 (i64.rotr (call $id (i64.const 5)) (call $id (i64.const 2147483647))))  ;; #598
    (call $p (i64.eq (i64.const 1) (i64.const 2)))  ;; #599
    (call $p (i64.eq (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #600
    (call $p (i64.eq (i64.const 2) (i64.const 1)))  ;; #601
    (call $p (i64.eq (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #602
    (call $p (i64.eq (i64.const 2) (i64.const 2)))  ;; #603
    (call $p (i64.eq (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #604
    (call $p (i64.eq (i64.const -1) (i64.const 1)))  ;; #605
    (call $p (i64.eq (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #606
    (call $p (i64.eq (i64.const 1) (i64.const -1)))  ;; #607
    (call $p (i64.eq (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #608
    (call $p (i64.eq (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #609
    (call $p (i64.eq (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #610
    (call $p (i64.eq (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #611
    (call $p (i64.eq (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #612
    (call $p (i64.eq (i64.const -1) (i64.const -1)))  ;; #613
    (call $p (i64.eq (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #614
    (call $p (i64.ne (i64.const 1) (i64.const 2)))  ;; #615
    (call $p (i64.ne (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #616
    (call $p (i64.ne (i64.const 2) (i64.const 1)))  ;; #617
    (call $p (i64.ne (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #618
    (call $p (i64.ne (i64.const 2) (i64.const 2)))  ;; #619
    (call $p (i64.ne (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #620
    (call $p (i64.ne (i64.const -1) (i64.const 1)))  ;; #621
    (call $p (i64.ne (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #622
    (call $p (i64.ne (i64.const 1) (i64.const -1)))  ;; #623
    (call $p (i64.ne (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #624
    (call $p (i64.ne (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #625
    (call $p (i64.ne (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #626
    (call $p (i64.ne (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #627
    (call $p (i64.ne (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #628
    (call $p (i64.ne (i64.const -1) (i64.const -1)))  ;; #629
    (call $p (i64.ne (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #630
    (call $p (i64.lt_s (i64.const 1) (i64.const 2)))  ;; #631
    (call $p (i64.lt_s (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #632
    (call $p (i64.lt_s (i64.const 2) (i64.const 1)))  ;; #633
    (call $p (i64.lt_s (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #634
    (call $p (i64.lt_s (i64.const 2) (i64.const 2)))  ;; #635
    (call $p (i64.lt_s (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #636
    (call $p (i64.lt_s (i64.const -1) (i64.const 1)))  ;; #637
    (call $p (i64.lt_s (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #638
    (call $p (i64.lt_s (i64.const 1) (i64.const -1)))  ;; #639
    (call $p (i64.lt_s (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #640
    (call $p (i64.lt_s (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #641
    (call $p (i64.lt_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #642
    (call $p (i64.lt_s (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #643
    (call $p (i64.lt_s (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #644
    (call $p (i64.lt_s (i64.const -1) (i64.const -1)))  ;; #645
    (call $p (i64.lt_s (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #646
    (call $p (i64.lt_u (i64.const 1) (i64.const 2)))  ;; #647
    (call $p (i64.lt_u (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #648
    (call $p (i64.lt_u (i64.const 2) (i64.const 1)))  ;; #649
    (call $p (i64.lt_u (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #650
    (call $p (i64.lt_u (i64.const 2) (i64.const 2)))  ;; #651
    (call $p (i64.lt_u (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #652
    (call $p (i64.lt_u (i64.const -1) (i64.const 1)))  ;; #653
    (call $p (i64.lt_u (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #654
    (call $p (i64.lt_u (i64.const 1) (i64.const -1)))  ;; #655
    (call $p (i64.lt_u (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #656
    (call $p (i64.lt_u (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #657
    (call $p (i64.lt_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #658
    (call $p (i64.lt_u (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #659
    (call $p (i64.lt_u (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #660
    (call $p (i64.lt_u (i64.const -1) (i64.const -1)))  ;; #661
    (call $p (i64.lt_u (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #662
    (call $p (i64.gt_s (i64.const 1) (i64.const 2)))  ;; #663
    (call $p (i64.gt_s (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #664
    (call $p (i64.gt_s (i64.const 2) (i64.const 1)))  ;; #665
    (call $p (i64.gt_s (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #666
    (call $p (i64.gt_s (i64.const 2) (i64.const 2)))  ;; #667
    (call $p (i64.gt_s (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #668
    (call $p (i64.gt_s (i64.const -1) (i64.const 1)))  ;; #669
    (call $p (i64.gt_s (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #670
    (call $p (i64.gt_s (i64.const 1) (i64.const -1)))  ;; #671
    (call $p (i64.gt_s (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #672
    (call $p (i64.gt_s (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #673
    (call $p (i64.gt_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #674
    (call $p (i64.gt_s (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #675
    (call $p (i64.gt_s (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #676
    (call $p (i64.gt_s (i64.const -1) (i64.const -1)))  ;; #677
    (call $p (i64.gt_s (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #678
    (call $p (i64.gt_u (i64.const 1) (i64.const 2)))  ;; #679
    (call $p (i64.gt_u (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #680
    (call $p (i64.gt_u (i64.const 2) (i64.const 1)))  ;; #681
    (call $p (i64.gt_u (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #682
    (call $p (i64.gt_u (i64.const 2) (i64.const 2)))  ;; #683
    (call $p (i64.gt_u (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #684
    (call $p (i64.gt_u (i64.const -1) (i64.const 1)))  ;; #685
    (call $p (i64.gt_u (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #686
    (call $p (i64.gt_u (i64.const 1) (i64.const -1)))  ;; #687
    (call $p (i64.gt_u (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #688
    (call $p (i64.gt_u (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #689
    (call $p (i64.gt_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #690
    (call $p (i64.gt_u (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #691
    (call $p (i64.gt_u (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #692
    (call $p (i64.gt_u (i64.const -1) (i64.const -1)))  ;; #693
    (call $p (i64.gt_u (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #694
    (call $p (i64.le_s (i64.const 1) (i64.const 2)))  ;; #695
    (call $p (i64.le_s (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #696
    (call $p (i64.le_s (i64.const 2) (i64.const 1)))  ;; #697
    (call $p (i64.le_s (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #698
    (call $p (i64.le_s (i64.const 2) (i64.const 2)))  ;; #699
    (call $p (i64.le_s (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #700
    (call $p (i64.le_s (i64.const -1) (i64.const 1)))  ;; #701
    (call $p (i64.le_s (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #702
    (call $p (i64.le_s (i64.const 1) (i64.const -1)))  ;; #703
    (call $p (i64.le_s (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #704
    (call $p (i64.le_s (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #705
    (call $p (i64.le_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #706
    (call $p (i64.le_s (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #707
    (call $p (i64.le_s (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #708
    (call $p (i64.le_s (i64.const -1) (i64.const -1)))  ;; #709
    (call $p (i64.le_s (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #710
    (call $p (i64.le_u (i64.const 1) (i64.const 2)))  ;; #711
    (call $p (i64.le_u (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #712
    (call $p (i64.le_u (i64.const 2) (i64.const 1)))  ;; #713
    (call $p (i64.le_u (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #714
    (call $p (i64.le_u (i64.const 2) (i64.const 2)))  ;; #715
    (call $p (i64.le_u (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #716
    (call $p (i64.le_u (i64.const -1) (i64.const 1)))  ;; #717
    (call $p (i64.le_u (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #718
    (call $p (i64.le_u (i64.const 1) (i64.const -1)))  ;; #719
    (call $p (i64.le_u (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #720
    (call $p (i64.le_u (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #721
    (call $p (i64.le_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #722
    (call $p (i64.le_u (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #723
    (call $p (i64.le_u (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #724
    (call $p (i64.le_u (i64.const -1) (i64.const -1)))  ;; #725
    (call $p (i64.le_u (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #726
    (call $p (i64.ge_s (i64.const 1) (i64.const 2)))  ;; #727
    (call $p (i64.ge_s (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #728
    (call $p (i64.ge_s (i64.const 2) (i64.const 1)))  ;; #729
    (call $p (i64.ge_s (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #730
    (call $p (i64.ge_s (i64.const 2) (i64.const 2)))  ;; #731
    (call $p (i64.ge_s (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #732
    (call $p (i64.ge_s (i64.const -1) (i64.const 1)))  ;; #733
    (call $p (i64.ge_s (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #734
    (call $p (i64.ge_s (i64.const 1) (i64.const -1)))  ;; #735
    (call $p (i64.ge_s (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #736
    (call $p (i64.ge_s (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #737
    (call $p (i64.ge_s (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #738
    (call $p (i64.ge_s (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #739
    (call $p (i64.ge_s (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #740
    (call $p (i64.ge_s (i64.const -1) (i64.const -1)))  ;; #741
    (call $p (i64.ge_s (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #742
    (call $p (i64.ge_u (i64.const 1) (i64.const 2)))  ;; #743
    (call $p (i64.ge_u (call $id (i64.const 1)) (call $id (i64.const 2))))  ;; #744
    (call $p (i64.ge_u (i64.const 2) (i64.const 1)))  ;; #745
    (call $p (i64.ge_u (call $id (i64.const 2)) (call $id (i64.const 1))))  ;; #746
    (call $p (i64.ge_u (i64.const 2) (i64.const 2)))  ;; #747
    (call $p (i64.ge_u (call $id (i64.const 2)) (call $id (i64.const 2))))  ;; #748
    (call $p (i64.ge_u (i64.const -1) (i64.const 1)))  ;; #749
    (call $p (i64.ge_u (call $id (i64.const -1)) (call $id (i64.const 1))))  ;; #750
    (call $p (i64.ge_u (i64.const 1) (i64.const -1)))  ;; #751
    (call $p (i64.ge_u (call $id (i64.const 1)) (call $id (i64.const -1))))  ;; #752
    (call $p (i64.ge_u (i64.const -9223372036854775808) (i64.const 9223372036854775807)))  ;; #753
    (call $p (i64.ge_u (call $id (i64.const -9223372036854775808)) (call $id (i64.const 9223372036854775807))))  ;; #754
    (call $p (i64.ge_u (i64.const 9223372036854775807) (i64.const -9223372036854775808)))  ;; #755
    (call $p (i64.ge_u (call $id (i64.const 9223372036854775807)) (call $id (i64.const -9223372036854775808))))  ;; #756
    (call $p (i64.ge_u (i64.const -1) (i64.const -1)))  ;; #757
    (call $p (i64.ge_u (call $id (i64.const -1)) (call $id (i64.const -1))))  ;; #758
    (call $p64 (i64.clz (i64.const 0)))  ;; #759
    (call $p64 (i64.clz (call $id (i64.const 0))))  ;; #760
    (call $p64 (i64.clz (i64.const 1)))  ;; #761
    (call $p64 (i64.clz (call $id (i64.const 1))))  ;; #762
    (call $p64 (i64.clz (i64.const -1)))  ;; #763
    (call $p64 (i64.clz (call $id (i64.const -1))))  ;; #764
    (call $p64 (i64.clz (i64.const 2)))  ;; #765
    (call $p64 (i64.clz (call $id (i64.const 2))))  ;; #766
    (call $p64 (i64.clz (i64.const 7)))  ;; #767
    (call $p64 (i64.clz (call $id (i64.const 7))))  ;; #768
    (call $p64 (i64.clz (i64.const -7)))  ;; #769
    (call $p64 (i64.clz (call $id (i64.const -7))))  ;; #770
    (call $p64 (i64.clz (i64.const 9223372036854775807)))  ;; #771
    (call $p64 (i64.clz (call $id (i64.const 9223372036854775807))))  ;; #772
    (call $p64 (i64.clz (i64.const -9223372036854775808)))  ;; #773
    (call $p64 (i64.clz (call $id (i64.const -9223372036854775808))))  ;; #774
    (call $p64 (i64.clz (i64.const 1311768467463790320)))  ;; #775
    (call $p64 (i64.clz (call $id (i64.const 1311768467463790320))))  ;; #776
    (call $p64 (i64.clz (i64.const 128)))  ;; #777
    (call $p64 (i64.clz (call $id (i64.const 128))))  ;; #778
    (call $p64 (i64.clz (i64.const -129)))  ;; #779
    (call $p64 (i64.clz (call $id (i64.const -129))))  ;; #780
    (call $p64 (i64.clz (i64.const 3)))  ;; #781
    (call $p64 (i64.clz (call $id (i64.const 3))))  ;; #782
    (call $p64 (i64.clz (i64.const -3)))  ;; #783
    (call $p64 (i64.clz (call $id (i64.const -3))))  ;; #784
    (call $p64 (i64.clz (i64.const 127)))  ;; #785
    (call $p64 (i64.clz (call $id (i64.const 127))))  ;; #786
    (call $p64 (i64.clz (i64.const 255)))  ;; #787
    (call $p64 (i64.clz (call $id (i64.const 255))))  ;; #788
    (call $p64 (i64.clz (i64.const 32768)))  ;; #789
    (call $p64 (i64.clz (call $id (i64.const 32768))))  ;; #790
    (call $p64 (i64.clz (i64.const 65535)))  ;; #791
    (call $p64 (i64.clz (call $id (i64.const 65535))))  ;; #792
    (call $p64 (i64.clz (i64.const 2147483648)))  ;; #793
    (call $p64 (i64.clz (call $id (i64.const 2147483648))))  ;; #794
    (call $p64 (i64.clz (i64.const 4611686018427387904)))  ;; #795
    (call $p64 (i64.clz (call $id (i64.const 4611686018427387904))))  ;; #796
    (call $p64 (i64.clz (i64.const 15728640)))  ;; #797
    (call $p64 (i64.clz (call $id (i64.const 15728640))))  ;; #798
    (call $p64 (i64.ctz (i64.const 0)))  ;; #799
    (call $p64 (i64.ctz (call $id (i64.const 0))))  ;; #800
    (call $p64 (i64.ctz (i64.const 1)))  ;; #801
    (call $p64 (i64.ctz (call $id (i64.const 1))))  ;; #802
    (call $p64 (i64.ctz (i64.const -1)))  ;; #803
    (call $p64 (i64.ctz (call $id (i64.const -1))))  ;; #804
    (call $p64 (i64.ctz (i64.const 2)))  ;; #805
    (call $p64 (i64.ctz (call $id (i64.const 2))))  ;; #806
    (call $p64 (i64.ctz (i64.const 7)))  ;; #807
    (call $p64 (i64.ctz (call $id (i64.const 7))))  ;; #808
    (call $p64 (i64.ctz (i64.const -7)))  ;; #809
    (call $p64 (i64.ctz (call $id (i64.const -7))))  ;; #810
    (call $p64 (i64.ctz (i64.const 9223372036854775807)))  ;; #811
    (call $p64 (i64.ctz (call $id (i64.const 9223372036854775807))))  ;; #812
    (call $p64 (i64.ctz (i64.const -9223372036854775808)))  ;; #813
    (call $p64 (i64.ctz (call $id (i64.const -9223372036854775808))))  ;; #814
    (call $p64 (i64.ctz (i64.const 1311768467463790320)))  ;; #815
    (call $p64 (i64.ctz (call $id (i64.const 1311768467463790320))))  ;; #816
    (call $p64 (i64.ctz (i64.const 128)))  ;; #817
    (call $p64 (i64.ctz (call $id (i64.const 128))))  ;; #818
    (call $p64 (i64.ctz (i64.const -129)))  ;; #819
    (call $p64 (i64.ctz (call $id (i64.const -129))))  ;; #820
    (call $p64 (i64.ctz (i64.const 3)))  ;; #821
    (call $p64 (i64.ctz (call $id (i64.const 3))))  ;; #822
    (call $p64 (i64.ctz (i64.const -3)))  ;; #823
    (call $p64 (i64.ctz (call $id (i64.const -3))))  ;; #824
    (call $p64 (i64.ctz (i64.const 127)))  ;; #825
    (call $p64 (i64.ctz (call $id (i64.const 127))))  ;; #826
    (call $p64 (i64.ctz (i64.const 255)))  ;; #827
    (call $p64 (i64.ctz (call $id (i64.const 255))))  ;; #828
    (call $p64 (i64.ctz (i64.const 32768)))  ;; #829
    (call $p64 (i64.ctz (call $id (i64.const 32768))))  ;; #830
    (call $p64 (i64.ctz (i64.const 65535)))  ;; #831
    (call $p64 (i64.ctz (call $id (i64.const 65535))))  ;; #832
    (call $p64 (i64.ctz (i64.const 2147483648)))  ;; #833
    (call $p64 (i64.ctz (call $id (i64.const 2147483648))))  ;; #834
    (call $p64 (i64.ctz (i64.const 4611686018427387904)))  ;; #835
    (call $p64 (i64.ctz (call $id (i64.const 4611686018427387904))))  ;; #836
    (call $p64 (i64.ctz (i64.const 15728640)))  ;; #837
    (call $p64 (i64.ctz (call $id (i64.const 15728640))))  ;; #838
    (call $p64 (i64.popcnt (i64.const 0)))  ;; #839
    (call $p64 (i64.popcnt (call $id (i64.const 0))))  ;; #840
    (call $p64 (i64.popcnt (i64.const 1)))  ;; #841
    (call $p64 (i64.popcnt (call $id (i64.const 1))))  ;; #842
    (call $p64 (i64.popcnt (i64.const -1)))  ;; #843
    (call $p64 (i64.popcnt (call $id (i64.const -1))))  ;; #844
    (call $p64 (i64.popcnt (i64.const 2)))  ;; #845
    (call $p64 (i64.popcnt (call $id (i64.const 2))))  ;; #846
    (call $p64 (i64.popcnt (i64.const 7)))  ;; #847
    (call $p64 (i64.popcnt (call $id (i64.const 7))))  ;; #848
    (call $p64 (i64.popcnt (i64.const -7)))  ;; #849
    (call $p64 (i64.popcnt (call $id (i64.const -7))))  ;; #850
    (call $p64 (i64.popcnt (i64.const 9223372036854775807)))  ;; #851
    (call $p64 (i64.popcnt (call $id (i64.const 9223372036854775807))))  ;; #852
    (call $p64 (i64.popcnt (i64.const -9223372036854775808)))  ;; #853
    (call $p64 (i64.popcnt (call $id (i64.const -9223372036854775808))))  ;; #854
    (call $p64 (i64.popcnt (i64.const 1311768467463790320)))  ;; #855
    (call $p64 (i64.popcnt (call $id (i64.const 1311768467463790320))))  ;; #856
    (call $p64 (i64.popcnt (i64.const 128)))  ;; #857
    (call $p64 (i64.popcnt (call $id (i64.const 128))))  ;; #858
    (call $p64 (i64.popcnt (i64.const -129)))  ;; #859
    (call $p64 (i64.popcnt (call $id (i64.const -129))))  ;; #860
    (call $p64 (i64.popcnt (i64.const 3)))  ;; #861
    (call $p64 (i64.popcnt (call $id (i64.const 3))))  ;; #862
    (call $p64 (i64.popcnt (i64.const -3)))  ;; #863
    (call $p64 (i64.popcnt (call $id (i64.const -3))))  ;; #864
    (call $p64 (i64.popcnt (i64.const 127)))  ;; #865
    (call $p64 (i64.popcnt (call $id (i64.const 127))))  ;; #866
    (call $p64 (i64.popcnt (i64.const 255)))  ;; #867
    (call $p64 (i64.popcnt (call $id (i64.const 255))))  ;; #868
    (call $p64 (i64.popcnt (i64.const 32768)))  ;; #869
    (call $p64 (i64.popcnt (call $id (i64.const 32768))))  ;; #870
    (call $p64 (i64.popcnt (i64.const 65535)))  ;; #871
    (call $p64 (i64.popcnt (call $id (i64.const 65535))))  ;; #872
    (call $p64 (i64.popcnt (i64.const 2147483648)))  ;; #873
    (call $p64 (i64.popcnt (call $id (i64.const 2147483648))))  ;; #874
    (call $p64 (i64.popcnt (i64.const 4611686018427387904)))  ;; #875
    (call $p64 (i64.popcnt (call $id (i64.const 4611686018427387904))))  ;; #876
    (call $p64 (i64.popcnt (i64.const 15728640)))  ;; #877
    (call $p64 (i64.popcnt (call $id (i64.const 15728640))))  ;; #878
    (call $p (i64.eqz (i64.const 0)))  ;; #879
    (call $p (i64.eqz (call $id (i64.const 0))))  ;; #880
    (call $p (i64.eqz (i64.const 1)))  ;; #881
    (call $p (i64.eqz (call $id (i64.const 1))))  ;; #882
    (call $p (i64.eqz (i64.const -1)))  ;; #883
    (call $p (i64.eqz (call $id (i64.const -1))))  ;; #884
    (call $p (i64.eqz (i64.const 2)))  ;; #885
    (call $p (i64.eqz (call $id (i64.const 2))))  ;; #886
    (call $p (i64.eqz (i64.const 7)))  ;; #887
    (call $p (i64.eqz (call $id (i64.const 7))))  ;; #888
    (call $p (i64.eqz (i64.const -7)))  ;; #889
    (call $p (i64.eqz (call $id (i64.const -7))))  ;; #890
    (call $p (i64.eqz (i64.const 9223372036854775807)))  ;; #891
    (call $p (i64.eqz (call $id (i64.const 9223372036854775807))))  ;; #892
    (call $p (i64.eqz (i64.const -9223372036854775808)))  ;; #893
    (call $p (i64.eqz (call $id (i64.const -9223372036854775808))))  ;; #894
    (call $p (i64.eqz (i64.const 1311768467463790320)))  ;; #895
    (call $p (i64.eqz (call $id (i64.const 1311768467463790320))))  ;; #896
    (call $p (i64.eqz (i64.const 128)))  ;; #897
    (call $p (i64.eqz (call $id (i64.const 128))))  ;; #898
    (call $p (i64.eqz (i64.const -129)))  ;; #899
    (call $p (i64.eqz (call $id (i64.const -129))))  ;; #900
    (call $p (i64.eqz (i64.const 3)))  ;; #901
    (call $p (i64.eqz (call $id (i64.const 3))))  ;; #902
    (call $p (i64.eqz (i64.const -3)))  ;; #903
    (call $p (i64.eqz (call $id (i64.const -3))))  ;; #904
    (call $p (i64.eqz (i64.const 127)))  ;; #905
    (call $p (i64.eqz (call $id (i64.const 127))))  ;; #906
    (call $p (i64.eqz (i64.const 255)))  ;; #907
    (call $p (i64.eqz (call $id (i64.const 255))))  ;; #908
    (call $p (i64.eqz (i64.const 32768)))  ;; #909
    (call $p (i64.eqz (call $id (i64.const 32768))))  ;; #910
    (call $p (i64.eqz (i64.const 65535)))  ;; #911
    (call $p (i64.eqz (call $id (i64.const 65535))))  ;; #912
    (call $p (i64.eqz (i64.const 2147483648)))  ;; #913
    (call $p (i64.eqz (call $id (i64.const 2147483648))))  ;; #914
    (call $p (i64.eqz (i64.const 4611686018427387904)))  ;; #915
    (call $p (i64.eqz (call $id (i64.const 4611686018427387904))))  ;; #916
    (call $p (i64.eqz (i64.const 15728640)))  ;; #917
    (call $p (i64.eqz (call $id (i64.const 15728640))))  ;; #918
    (call $p64 (i64.extend8_s (i64.const 0)))  ;; #919
    (call $p64 (i64.extend8_s (call $id (i64.const 0))))  ;; #920
    (call $p64 (i64.extend8_s (i64.const 1)))  ;; #921
    (call $p64 (i64.extend8_s (call $id (i64.const 1))))  ;; #922
    (call $p64 (i64.extend8_s (i64.const -1)))  ;; #923
    (call $p64 (i64.extend8_s (call $id (i64.const -1))))  ;; #924
    (call $p64 (i64.extend8_s (i64.const 2)))  ;; #925
    (call $p64 (i64.extend8_s (call $id (i64.const 2))))  ;; #926
    (call $p64 (i64.extend8_s (i64.const 7)))  ;; #927
    (call $p64 (i64.extend8_s (call $id (i64.const 7))))  ;; #928
    (call $p64 (i64.extend8_s (i64.const -7)))  ;; #929
    (call $p64 (i64.extend8_s (call $id (i64.const -7))))  ;; #930
    (call $p64 (i64.extend8_s (i64.const 9223372036854775807)))  ;; #931
    (call $p64 (i64.extend8_s (call $id (i64.const 9223372036854775807))))  ;; #932
    (call $p64 (i64.extend8_s (i64.const -9223372036854775808)))  ;; #933
    (call $p64 (i64.extend8_s (call $id (i64.const -9223372036854775808))))  ;; #934
    (call $p64 (i64.extend8_s (i64.const 1311768467463790320)))  ;; #935
    (call $p64 (i64.extend8_s (call $id (i64.const 1311768467463790320))))  ;; #936
    (call $p64 (i64.extend8_s (i64.const 128)))  ;; #937
    (call $p64 (i64.extend8_s (call $id (i64.const 128))))  ;; #938
    (call $p64 (i64.extend8_s (i64.const -129)))  ;; #939
    (call $p64 (i64.extend8_s (call $id (i64.const -129))))  ;; #940
    (call $p64 (i64.extend8_s (i64.const 3)))  ;; #941
    (call $p64 (i64.extend8_s (call $id (i64.const 3))))  ;; #942
    (call $p64 (i64.extend8_s (i64.const -3)))  ;; #943
    (call $p64 (i64.extend8_s (call $id (i64.const -3))))  ;; #944
    (call $p64 (i64.extend8_s (i64.const 127)))  ;; #945
    (call $p64 (i64.extend8_s (call $id (i64.const 127))))  ;; #946
    (call $p64 (i64.extend8_s (i64.const 255)))  ;; #947
    (call $p64 (i64.extend8_s (call $id (i64.const 255))))  ;; #948
    (call $p64 (i64.extend8_s (i64.const 32768)))  ;; #949
    (call $p64 (i64.extend8_s (call $id (i64.const 32768))))  ;; #950
    (call $p64 (i64.extend8_s (i64.const 65535)))  ;; #951
    (call $p64 (i64.extend8_s (call $id (i64.const 65535))))  ;; #952
    (call $p64 (i64.extend8_s (i64.const 2147483648)))  ;; #953
    (call $p64 (i64.extend8_s (call $id (i64.const 2147483648))))  ;; #954
    (call $p64 (i64.extend8_s (i64.const 4611686018427387904)))  ;; #955
    (call $p64 (i64.extend8_s (call $id (i64.const 4611686018427387904))))  ;; #956
    (call $p64 (i64.extend8_s (i64.const 15728640)))  ;; #957
    (call $p64 (i64.extend8_s (call $id (i64.const 15728640))))  ;; #958
    (call $p64 (i64.extend16_s (i64.const 0)))  ;; #959
    (call $p64 (i64.extend16_s (call $id (i64.const 0))))  ;; #960
    (call $p64 (i64.extend16_s (i64.const 1)))  ;; #961
    (call $p64 (i64.extend16_s (call $id (i64.const 1))))  ;; #962
    (call $p64 (i64.extend16_s (i64.const -1)))  ;; #963
    (call $p64 (i64.extend16_s (call $id (i64.const -1))))  ;; #964
    (call $p64 (i64.extend16_s (i64.const 2)))  ;; #965
    (call $p64 (i64.extend16_s (call $id (i64.const 2))))  ;; #966
    (call $p64 (i64.extend16_s (i64.const 7)))  ;; #967
    (call $p64 (i64.extend16_s (call $id (i64.const 7))))  ;; #968
    (call $p64 (i64.extend16_s (i64.const -7)))  ;; #969
    (call $p64 (i64.extend16_s (call $id (i64.const -7))))  ;; #970
    (call $p64 (i64.extend16_s (i64.const 9223372036854775807)))  ;; #971
    (call $p64 (i64.extend16_s (call $id (i64.const 9223372036854775807))))  ;; #972
    (call $p64 (i64.extend16_s (i64.const -9223372036854775808)))  ;; #973
    (call $p64 (i64.extend16_s (call $id (i64.const -9223372036854775808))))  ;; #974
    (call $p64 (i64.extend16_s (i64.const 1311768467463790320)))  ;; #975
    (call $p64 (i64.extend16_s (call $id (i64.const 1311768467463790320))))  ;; #976
    (call $p64 (i64.extend16_s (i64.const 128)))  ;; #977
    (call $p64 (i64.extend16_s (call $id (i64.const 128))))  ;; #978
    (call $p64 (i64.extend16_s (i64.const -129)))  ;; #979
    (call $p64 (i64.extend16_s (call $id (i64.const -129))))  ;; #980
    (call $p64 (i64.extend16_s (i64.const 3)))  ;; #981
    (call $p64 (i64.extend16_s (call $id (i64.const 3))))  ;; #982
    (call $p64 (i64.extend16_s (i64.const -3)))  ;; #983
    (call $p64 (i64.extend16_s (call $id (i64.const -3))))  ;; #984
    (call $p64 (i64.extend16_s (i64.const 127)))  ;; #985
    (call $p64 (i64.extend16_s (call $id (i64.const 127))))  ;; #986
    (call $p64 (i64.extend16_s (i64.const 255)))  ;; #987
    (call $p64 (i64.extend16_s (call $id (i64.const 255))))  ;; #988
    (call $p64 (i64.extend16_s (i64.const 32768)))  ;; #989
    (call $p64 (i64.extend16_s (call $id (i64.const 32768))))  ;; #990
    (call $p64 (i64.extend16_s (i64.const 65535)))  ;; #991
    (call $p64 (i64.extend16_s (call $id (i64.const 65535))))  ;; #992
    (call $p64 (i64.extend16_s (i64.const 2147483648)))  ;; #993
    (call $p64 (i64.extend16_s (call $id (i64.const 2147483648))))  ;; #994
    (call $p64 (i64.extend16_s (i64.const 4611686018427387904)))  ;; #995
    (call $p64 (i64.extend16_s (call $id (i64.const 4611686018427387904))))  ;; #996
    (call $p64 (i64.extend16_s (i64.const 15728640)))  ;; #997
    (call $p64 (i64.extend16_s (call $id (i64.const 15728640))))  ;; #998
    (call $p64 (i64.extend32_s (i64.const 0)))  ;; #999
    (call $p64 (i64.extend32_s (call $id (i64.const 0))))  ;; #1000
    (call $p64 (i64.extend32_s (i64.const 1)))  ;; #1001
    (call $p64 (i64.extend32_s (call $id (i64.const 1))))  ;; #1002
    (call $p64 (i64.extend32_s (i64.const -1)))  ;; #1003
    (call $p64 (i64.extend32_s (call $id (i64.const -1))))  ;; #1004
    (call $p64 (i64.extend32_s (i64.const 2)))  ;; #1005
    (call $p64 (i64.extend32_s (call $id (i64.const 2))))  ;; #1006
    (call $p64 (i64.extend32_s (i64.const 7)))  ;; #1007
    (call $p64 (i64.extend32_s (call $id (i64.const 7))))  ;; #1008
    (call $p64 (i64.extend32_s (i64.const -7)))  ;; #1009
    (call $p64 (i64.extend32_s (call $id (i64.const -7))))  ;; #1010
    (call $p64 (i64.extend32_s (i64.const 9223372036854775807)))  ;; #1011
    (call $p64 (i64.extend32_s (call $id (i64.const 9223372036854775807))))  ;; #1012
    (call $p64 (i64.extend32_s (i64.const -9223372036854775808)))  ;; #1013
    (call $p64 (i64.extend32_s (call $id (i64.const -9223372036854775808))))  ;; #1014
    (call $p64 (i64.extend32_s (i64.const 1311768467463790320)))  ;; #1015
    (call $p64 (i64.extend32_s (call $id (i64.const 1311768467463790320))))  ;; #1016
    (call $p64 (i64.extend32_s (i64.const 128)))  ;; #1017
    (call $p64 (i64.extend32_s (call $id (i64.const 128))))  ;; #1018
    (call $p64 (i64.extend32_s (i64.const -129)))  ;; #1019
    (call $p64 (i64.extend32_s (call $id (i64.const -129))))  ;; #1020
    (call $p64 (i64.extend32_s (i64.const 3)))  ;; #1021
    (call $p64 (i64.extend32_s (call $id (i64.const 3))))  ;; #1022
    (call $p64 (i64.extend32_s (i64.const -3)))  ;; #1023
    (call $p64 (i64.extend32_s (call $id (i64.const -3))))  ;; #1024
    (call $p64 (i64.extend32_s (i64.const 127)))  ;; #1025
    (call $p64 (i64.extend32_s (call $id (i64.const 127))))  ;; #1026
    (call $p64 (i64.extend32_s (i64.const 255)))  ;; #1027
    (call $p64 (i64.extend32_s (call $id (i64.const 255))))  ;; #1028
    (call $p64 (i64.extend32_s (i64.const 32768)))  ;; #1029
    (call $p64 (i64.extend32_s (call $id (i64.const 32768))))  ;; #1030
    (call $p64 (i64.extend32_s (i64.const 65535)))  ;; #1031
    (call $p64 (i64.extend32_s (call $id (i64.const 65535))))  ;; #1032
    (call $p64 (i64.extend32_s (i64.const 2147483648)))  ;; #1033
    (call $p64 (i64.extend32_s (call $id (i64.const 2147483648))))  ;; #1034
    (call $p64 (i64.extend32_s (i64.const 4611686018427387904)))  ;; #1035
    (call $p64 (i64.extend32_s (call $id (i64.const 4611686018427387904))))  ;; #1036
    (call $p64 (i64.extend32_s (i64.const 15728640)))  ;; #1037
    (call $p64 (i64.extend32_s (call $id (i64.const 15728640))))  ;; #1038
    (call $p (i32.wrap_i64 (i64.const 0)))  ;; #1039
    (call $p (i32.wrap_i64 (call $id (i64.const 0))))  ;; #1040
    (call $p (i32.wrap_i64 (i64.const 1)))  ;; #1041
    (call $p (i32.wrap_i64 (call $id (i64.const 1))))  ;; #1042
    (call $p (i32.wrap_i64 (i64.const -1)))  ;; #1043
    (call $p (i32.wrap_i64 (call $id (i64.const -1))))  ;; #1044
    (call $p (i32.wrap_i64 (i64.const 2147483647)))  ;; #1045
    (call $p (i32.wrap_i64 (call $id (i64.const 2147483647))))  ;; #1046
    (call $p (i32.wrap_i64 (i64.const 2147483648)))  ;; #1047
    (call $p (i32.wrap_i64 (call $id (i64.const 2147483648))))  ;; #1048
    (call $p (i32.wrap_i64 (i64.const 4294967295)))  ;; #1049
    (call $p (i32.wrap_i64 (call $id (i64.const 4294967295))))  ;; #1050
    (call $p (i32.wrap_i64 (i64.const 4294967296)))  ;; #1051
    (call $p (i32.wrap_i64 (call $id (i64.const 4294967296))))  ;; #1052
    (call $p (i32.wrap_i64 (i64.const 4886718345)))  ;; #1053
    (call $p (i32.wrap_i64 (call $id (i64.const 4886718345))))  ;; #1054
    (call $p (i32.wrap_i64 (i64.const -2147483649)))  ;; #1055
    (call $p (i32.wrap_i64 (call $id (i64.const -2147483649))))  ;; #1056
    (call $p64 (i64.extend_i32_s (i32.const 0)))  ;; #1057
    (call $p64 (i64.extend_i32_u (i32.const 0)))  ;; #1058
    (call $p64 (i64.extend_i32_s (call $id32 (i32.const 0))))  ;; #1059
    (call $p64 (i64.extend_i32_u (call $id32 (i32.const 0))))  ;; #1060
    (call $p64 (i64.extend_i32_s (i32.const 1)))  ;; #1061
    (call $p64 (i64.extend_i32_u (i32.const 1)))  ;; #1062
    (call $p64 (i64.extend_i32_s (call $id32 (i32.const 1))))  ;; #1063
    (call $p64 (i64.extend_i32_u (call $id32 (i32.const 1))))  ;; #1064
    (call $p64 (i64.extend_i32_s (i32.const -1)))  ;; #1065
    (call $p64 (i64.extend_i32_u (i32.const -1)))  ;; #1066
    (call $p64 (i64.extend_i32_s (call $id32 (i32.const -1))))  ;; #1067
    (call $p64 (i64.extend_i32_u (call $id32 (i32.const -1))))  ;; #1068
    (call $p64 (i64.extend_i32_s (i32.const 2147483647)))  ;; #1069
    (call $p64 (i64.extend_i32_u (i32.const 2147483647)))  ;; #1070
    (call $p64 (i64.extend_i32_s (call $id32 (i32.const 2147483647))))  ;; #1071
    (call $p64 (i64.extend_i32_u (call $id32 (i32.const 2147483647))))  ;; #1072
    (call $p64 (i64.extend_i32_s (i32.const -2147483648)))  ;; #1073
    (call $p64 (i64.extend_i32_u (i32.const -2147483648)))  ;; #1074
    (call $p64 (i64.extend_i32_s (call $id32 (i32.const -2147483648))))  ;; #1075
    (call $p64 (i64.extend_i32_u (call $id32 (i32.const -2147483648))))  ;; #1076
  )
)
