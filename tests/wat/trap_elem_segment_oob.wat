;; An active element segment that does not fit in its table makes instantiation trap.
;; stderr: wasm trap: out of bounds table access
;; exit: 134
(module
  (import "env" "print_i32" (func $p (param i32)))
  (table 2 funcref)
  (elem (i32.const 1) $f $f)
  (func $f)
  (func (export "_start") (call $p (i32.const -1)))
)
