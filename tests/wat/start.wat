;; The start function runs once, before _start, and sees initialized memory,
;; globals and tables.
;; exit: 0
;; stdout: 100
;; stdout: 42
;; stdout: 5
;; stdout: 7
;; stdout: 6
;; stdout: 43
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1)
  (data (i32.const 8) "\2a")
  (global $g (mut i32) (i32.const 5))
  (table 1 funcref)
  (elem (i32.const 0) $seven)
  (type $t (func (result i32)))
  (func $seven (result i32) (i32.const 7))
  (func $init
    (call $p (i32.const 100))
    (call $p (i32.load8_u (i32.const 8)))
    (call $p (global.get $g))
    (call $p (call_indirect (type $t) (i32.const 0)))
    (global.set $g (i32.const 6))
    (i32.store8 (i32.const 8) (i32.const 43)))
  (start $init)
  (func (export "_start")
    (call $p (global.get $g))
    (call $p (i32.load8_u (i32.const 8))))
)
