;; A byte offset stepped by 8 up to `n << 3` (rustc's shape for iterating a slice of
;; u64 by offset): the distance is a multiple of the step by construction, so the
;; entry test has no remainder test, and the last offset is that distance (no divide
;; and multiply back).
(module
  (memory 1)
  (func (export "sum8") (param $a i32) (param $n i32) (result i64)
    (local $i i32) (local $end i32) (local $s i64)
    (local.set $end (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (br_if $done (i32.eqz (local.get $end)))
      (loop $top
        (local.set $s (i64.add (local.get $s)
          (i64.load (i32.add (local.get $a) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br_if $top (i32.ne (local.get $i) (local.get $end)))))
    (local.get $s)))
