;; A bounds check after a join whose index is the same value on every edge goes when each
;; edge's branch is dominated by a check of that index that covers it
;; (`remove_joined_same` in compiler/src/translate/bounds/checks.rs): both arms of an
;; `if` read a field of *p (then a call), the join reads one both cover. These
;; assertions pin the trap points on each path and the calls made before them (each
;; call counts at address 0).

(module
  (memory 1)
  (func $touch (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1))))

  ;; Both arms cover the join's p+8..16: its check goes.
  (func (export "arms") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $touch))
      (else (drop (i64.load offset=16 (local.get $p))) (call $touch)))
    (i64.load offset=8 (local.get $p)))

  ;; The else arm reads p+8..12 only: the join's check stays.
  (func (export "wider") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $touch))
      (else (drop (i32.load offset=8 (local.get $p))) (call $touch)))
    (i64.load offset=8 (local.get $p)))

  ;; Past both arms' ranges but within the guard band after them (the join's check stays:
  ;; dropping it there was measured and not kept; the trap points pin either form).
  (func (export "arms_band") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $touch))
      (else (drop (i64.load offset=16 (local.get $p))) (call $touch)))
    (i64.load offset=1000 (local.get $p)))

  ;; Past the band: the join's check stays.
  (func (export "past_band") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $touch))
      (else (drop (i64.load offset=16 (local.get $p))) (call $touch)))
    (i64.load offset=70000 (local.get $p)))

  ;; The else arm reads nothing: the join's check stays.
  (func (export "one_arm") (param $p i32) (param $c i32) (result i64)
    (if (local.get $c)
      (then (drop (i64.load offset=8 (local.get $p))) (call $touch))
      (else (call $touch)))
    (i64.load offset=8 (local.get $p)))

  (func (export "put") (param $a i32) (param $v i64) (i64.store (local.get $a) (local.get $v)))
  (func (export "calls") (result i32) (i32.load (i32.const 0))))

(assert_return (invoke "put" (i32.const 1032) (i64.const 77)))
(assert_return (invoke "arms" (i32.const 1024) (i32.const 1)) (i64.const 77))
(assert_return (invoke "arms" (i32.const 1024) (i32.const 0)) (i64.const 77))
(assert_return (invoke "calls") (i32.const 2))

;; The last p each arm passes: then p + 16 <= 65536, else p + 24 <= 65536.
(assert_return (invoke "arms" (i32.const 65520) (i32.const 1)) (i64.const 0))
(assert_return (invoke "arms" (i32.const 65512) (i32.const 0)) (i64.const 0))
(assert_return (invoke "calls") (i32.const 4))
;; One past: each arm traps at its own read, before its call.
(assert_trap (invoke "arms" (i32.const 65521) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "arms" (i32.const 65513) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "arms" (i32.const 65536) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "arms" (i32.const -8) (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "arms" (i32.const -16) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 4))

;; `wider`: p = 65524 passes the else arm's p+8..12 and traps at the join (after the call).
(assert_trap (invoke "wider" (i32.const 65524) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 5))
(assert_trap (invoke "wider" (i32.const 65524) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 5))
(assert_return (invoke "wider" (i32.const 65520) (i32.const 0)) (i64.const 0))
(assert_return (invoke "calls") (i32.const 6))

;; `one_arm`: the else path traps at the join, after its call.
(assert_trap (invoke "one_arm" (i32.const 65530) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 7))
(assert_trap (invoke "one_arm" (i32.const 65530) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 7))
(assert_return (invoke "one_arm" (i32.const 1024) (i32.const 0)) (i64.const 77))
(assert_return (invoke "calls") (i32.const 8))
;; `arms_band`: the arms pass, the join's load (p+1000..1008) is the last in bounds at
;; p = 64528, straddles the size at 64529, lies in the band after it at 65520 (each
;; arm): it traps after the arm's call.
(assert_return (invoke "put" (i32.const 65528) (i64.const 5)))
(assert_return (invoke "arms_band" (i32.const 64528) (i32.const 1)) (i64.const 5))
(assert_return (invoke "arms_band" (i32.const 64528) (i32.const 0)) (i64.const 5))
(assert_return (invoke "calls") (i32.const 10))
(assert_trap (invoke "arms_band" (i32.const 64529) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 11))
(assert_trap (invoke "arms_band" (i32.const 65520) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "arms_band" (i32.const 65512) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 13))
;; An arm that fails traps at its own read, before its call.
(assert_trap (invoke "arms_band" (i32.const 65521) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "arms_band" (i32.const -8) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 13))
;; `past_band`: the join's load at p+70000 traps at its check, after the call.
(assert_trap (invoke "past_band" (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_trap (invoke "past_band" (i32.const 0) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 15))
