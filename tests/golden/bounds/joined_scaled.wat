;; Rewrite 3 through scaled sums (`remove_joined_scaled`): a check of `data + (hole << 3)`,
;; `hole` a loop header's parameter, goes when every edge into the header passes a value
;; whose index a check dominating the edge proved: `sift` (BinaryHeap::pop's sift-down),
;; `hole` = 0 on entry (`data` checked before the loop), the last `child` on the back
;; edge (`data + (child << 3)` checked in the iteration). Kept: `unproved` (nothing
;; checks `data` before the loop), `other_scale` (the back edge's value was checked with
;; another scale), `base_in_loop` (the base is loaded inside the loop: on the back edge
;; it is the last iteration's).
(module
  (memory 1)
  (func $g)
  (func (export "sift") (param $data i32) (param $end i32) (result i32)
    (local $hole i32) (local $child i32)
    (drop (i64.load (local.get $data)))
    (local.set $child (i32.const 1))
    (block $out
      (loop $l
        (br_if $out (i32.ge_u (local.get $child) (local.get $end)))
        (drop (i64.load (i32.add (local.get $data) (i32.shl (local.get $child) (i32.const 3)))))
        (call $g)
        (i64.store (i32.add (local.get $data) (i32.shl (local.get $hole) (i32.const 3)))
          (i64.extend_i32_u (local.get $child)))
        (local.set $hole (local.get $child))
        (local.set $child (i32.add (i32.shl (local.get $child) (i32.const 1)) (i32.const 1)))
        (br $l)))
    (local.get $hole))
  (func (export "unproved") (param $data i32) (param $end i32) (result i32)
    (local $hole i32) (local $child i32)
    (local.set $child (i32.const 1))
    (block $out
      (loop $l
        (br_if $out (i32.ge_u (local.get $child) (local.get $end)))
        (drop (i64.load (i32.add (local.get $data) (i32.shl (local.get $child) (i32.const 3)))))
        (call $g)
        (i64.store (i32.add (local.get $data) (i32.shl (local.get $hole) (i32.const 3)))
          (i64.extend_i32_u (local.get $child)))
        (local.set $hole (local.get $child))
        (local.set $child (i32.add (i32.shl (local.get $child) (i32.const 1)) (i32.const 1)))
        (br $l)))
    (local.get $hole))
  (func (export "other_scale") (param $data i32) (param $end i32) (result i32)
    (local $hole i32) (local $child i32)
    (drop (i64.load (local.get $data)))
    (local.set $child (i32.const 1))
    (block $out
      (loop $l
        (br_if $out (i32.ge_u (local.get $child) (local.get $end)))
        (drop (i64.load (i32.add (local.get $data) (i32.shl (local.get $child) (i32.const 2)))))
        (call $g)
        (i64.store (i32.add (local.get $data) (i32.shl (local.get $hole) (i32.const 3)))
          (i64.extend_i32_u (local.get $child)))
        (local.set $hole (local.get $child))
        (local.set $child (i32.add (i32.shl (local.get $child) (i32.const 1)) (i32.const 1)))
        (br $l)))
    (local.get $hole))
  (func (export "base_in_loop") (param $end i32) (result i32)
    (local $hole i32) (local $child i32)
    (drop (i64.load (i32.load (i32.const 0))))
    (local.set $child (i32.const 1))
    (block $out
      (loop $l
        (br_if $out (i32.ge_u (local.get $child) (local.get $end)))
        (drop (i64.load (i32.add (i32.load (i32.const 0)) (i32.shl (local.get $child) (i32.const 3)))))
        (call $g)
        (i64.store (i32.add (i32.load (i32.const 0)) (i32.shl (local.get $hole) (i32.const 3)))
          (i64.extend_i32_u (local.get $child)))
        (local.set $hole (local.get $child))
        (local.set $child (i32.add (i32.shl (local.get $child) (i32.const 1)) (i32.const 1)))
        (br $l)))
    (local.get $hole)))
