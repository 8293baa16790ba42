;; x86_64: a check compares `idx + END` with the memory size, which the compare reads
;; from memory itself (bounds/operands.rs): `f`'s two checks (END 8, and a one-byte
;; `idx >= size`) need no load of the size and no limit. `g`'s three checks of one END
;; in one block keep the size loaded once and one limit `size - 4` shared by all three
;; (fused, each would need an add of its own).
(module
  (memory 1)
  (func (export "f") (param $p i32) (param $q i32) (result i32)
    (i32.add (i32.load offset=4 (local.get $p)) (i32.load8_u (local.get $q))))
  (func (export "g") (param $a i32) (param $b i32) (param $c i32) (result i32)
    (i32.add (i32.load (local.get $a))
      (i32.add (i32.load (local.get $b)) (i32.load (local.get $c))))))
