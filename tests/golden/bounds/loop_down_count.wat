;; memcmp's loop (as clang compiles it): a counter run down to zero (`brif` on the
;; next value) and two byte pointers. The entry test bounds each pointer's last
;; byte as `p0 + n` (the last index `p0 + (n - 1)` plus the access's 1 byte, folded
;; into one constant), not `p0 + (n - 1) + 1`.
(module
  (memory 1)
  (func (export "memcmp") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $x i32) (local $y i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $top
        (local.set $x (i32.load8_u (local.get $a)))
        (local.set $y (i32.load8_u (local.get $b)))
        (if (i32.ne (local.get $x) (local.get $y))
          (then (return (i32.sub (local.get $x) (local.get $y)))))
        (local.set $n (i32.add (local.get $n) (i32.const -1)))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br_if $top (local.get $n))))
    (i32.const 0)))
