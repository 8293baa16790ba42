;; Size loads: the three checks in three blocks with no call between them compare
;; with one load of the memory size, not three. (On x86_64, the target of this golden,
;; bounds/operands.rs then has each compare read the size itself: the .clif shows that.)
(module
  (memory 1)
  (func (export "f") (param $p i32) (param $q i32) (param $r i32) (param $c i32) (result i32)
    (local $s i32)
    (local.set $s (i32.load (local.get $p)))
    (if (local.get $c)
      (then (local.set $s (i32.add (local.get $s) (i32.load (local.get $q)))))
      (else (local.set $s (i32.sub (local.get $s) (i32.load (local.get $r))))))
    (local.get $s)))
