;; A bounds check of an affine index with a loop header's parameter in a scaled term
;; (`data + (hole << 3)`) is removed when every edge into the header passes a value whose
;; index a check dominating the edge's branch already proved (`remove_joined_scaled` in
;; compiler/src/translate/bounds/checks.rs): BinaryHeap::pop's sift-down, whose store to
;; data[hole] is proved by the check of data[0] before the loop and by the check of
;; data[child] in the iteration before. These assertions pin the trap points and the
;; stores made before them.

(module
  (memory 1)
  (func $touch (i32.store (i32.const 8) (i32.add (i32.load (i32.const 8)) (i32.const 1))))

  ;; Returns the last hole; stores child into data[hole] in each step.
  (func (export "sift") (param $data i32) (param $end i32) (result i32)
    (local $hole i32) (local $child i32)
    (drop (i64.load (local.get $data)))
    (local.set $child (i32.const 1))
    (block $out
      (loop $l
        (br_if $out (i32.ge_u (local.get $child) (local.get $end)))
        (drop (i64.load (i32.add (local.get $data) (i32.shl (local.get $child) (i32.const 3)))))
        (call $touch)
        (i64.store (i32.add (local.get $data) (i32.shl (local.get $hole) (i32.const 3)))
          (i64.extend_i32_u (local.get $child)))
        (local.set $hole (local.get $child))
        (local.set $child (i32.add (i32.shl (local.get $child) (i32.const 1)) (i32.const 1)))
        (br $l)))
    (local.get $hole))

  ;; The same without the check before the loop: the store's check stays.
  (func (export "unproved") (param $data i32) (param $end i32) (result i32)
    (local $hole i32) (local $child i32)
    (local.set $child (i32.const 1))
    (block $out
      (loop $l
        (br_if $out (i32.ge_u (local.get $child) (local.get $end)))
        (drop (i64.load (i32.add (local.get $data) (i32.shl (local.get $child) (i32.const 3)))))
        (call $touch)
        (i64.store (i32.add (local.get $data) (i32.shl (local.get $hole) (i32.const 3)))
          (i64.extend_i32_u (local.get $child)))
        (local.set $hole (local.get $child))
        (local.set $child (i32.add (i32.shl (local.get $child) (i32.const 1)) (i32.const 1)))
        (br $l)))
    (local.get $hole))

  (func (export "peek") (param $a i32) (result i64) (i64.load (local.get $a)))
  (func (export "calls") (result i32) (i32.load (i32.const 8))))

;; In bounds: children 1, 3, 7; stores data[0] = 1, data[1] = 3, data[3] = 7.
(assert_return (invoke "sift" (i32.const 1024) (i32.const 10)) (i32.const 7))
(assert_return (invoke "peek" (i32.const 1024)) (i64.const 1))
(assert_return (invoke "peek" (i32.const 1032)) (i64.const 3))
(assert_return (invoke "peek" (i32.const 1048)) (i64.const 7))
(assert_return (invoke "calls") (i32.const 3))
(assert_return (invoke "sift" (i32.const 2048) (i32.const 0)) (i32.const 0))
(assert_return (invoke "sift" (i32.const 65528) (i32.const 1)) (i32.const 0))

;; data = 65504: data[1] and data[3] are the last words in bounds, data[7] (65560) is
;; past the end: the load traps there, after the stores of the first two steps.
(assert_trap (invoke "sift" (i32.const 65504) (i32.const 100)) "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65504)) (i64.const 1))
(assert_return (invoke "peek" (i32.const 65512)) (i64.const 3))
(assert_return (invoke "calls") (i32.const 5))

;; The check before the loop: data itself past the end (or its last word straddling it),
;; and a data that wraps.
(assert_trap (invoke "sift" (i32.const 65536) (i32.const 10)) "out of bounds memory access")
(assert_trap (invoke "sift" (i32.const 65530) (i32.const 10)) "out of bounds memory access")
(assert_trap (invoke "sift" (i32.const -8) (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 5))

;; Without the check before the loop, data[0] is first touched by the store: data =
;; 65528 reads data[1] (65536) first and traps there, with no store; data = -8 reads
;; data[1] at address 0 (wrapped), then stores to data[0] at 0xfffffff8 and traps.
(assert_trap (invoke "unproved" (i32.const 65528) (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 5))
(assert_trap (invoke "unproved" (i32.const -8) (i32.const 10)) "out of bounds memory access")
(assert_return (invoke "calls") (i32.const 6))
(assert_return (invoke "unproved" (i32.const 4096) (i32.const 4)) (i32.const 3))
(assert_return (invoke "peek" (i32.const 4096)) (i64.const 1))
(assert_return (invoke "peek" (i32.const 4104)) (i64.const 3))
