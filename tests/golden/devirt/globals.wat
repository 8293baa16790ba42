;; Immutable unexported globals with a constant value are folded (no load); the
;; mutable one, the exported one and the imported one are loaded.
(module
  (import "m" "g" (global $imp i32))
  (global $k i32 (i32.const 5))
  (global $f f64 (f64.const 2.5))
  (global $m (mut i32) (i32.const 1))
  (global $e (export "e") i32 (i32.const 3))
  (func (export "f") (result i32)
    (i32.add (i32.add (global.get $k) (global.get $m))
             (i32.add (global.get $e) (global.get $imp))))
  (func (export "g") (result f64) (global.get $f)))
