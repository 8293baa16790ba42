;; x86_64: a check compares the index with a limit `size - END` that the compare reads
;; from the memory record's table itself (bounds/operands.rs): `f`'s two checks (END 8,
;; and a one-byte `idx >= size`, which reads the size) need no load of the size and no
;; limit in a register. `g`'s three checks of one END in one block read the same entry
;; each (one compare each, where a shared limit needs a load and a `lea`).
(module
  (memory 1)
  (func (export "f") (param $p i32) (param $q i32) (result i32)
    (i32.add (i32.load offset=4 (local.get $p)) (i32.load8_u (local.get $q))))
  (func (export "g") (param $a i32) (param $b i32) (param $c i32) (result i32)
    (i32.add (i32.load (local.get $a))
      (i32.add (i32.load (local.get $b)) (i32.load (local.get $c))))))
