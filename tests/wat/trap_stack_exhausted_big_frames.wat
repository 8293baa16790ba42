;; Mutual recursion with large frames (many live locals) also traps cleanly.
;; stderr: wasm trap: call stack exhausted
;; exit: 134
;; stdout: 1
(module
  (import "env" "print_i32" (func $p (param i32)))
  (func $a (param $n i64) (result i64)
    (local $x0 i64) (local $x1 i64) (local $x2 i64) (local $x3 i64) (local $x4 i64)
    (local $x5 i64) (local $x6 i64) (local $x7 i64) (local $x8 i64) (local $x9 i64)
    (local.set $x0 (i64.mul (local.get $n) (i64.const 3)))
    (local.set $x1 (i64.add (local.get $x0) (i64.const 1)))
    (local.set $x2 (i64.add (local.get $x1) (local.get $x0)))
    (local.set $x3 (i64.add (local.get $x2) (local.get $x1)))
    (local.set $x4 (i64.add (local.get $x3) (local.get $x2)))
    (local.set $x5 (i64.add (local.get $x4) (local.get $x3)))
    (local.set $x6 (i64.add (local.get $x5) (local.get $x4)))
    (local.set $x7 (i64.add (local.get $x6) (local.get $x5)))
    (local.set $x8 (i64.add (local.get $x7) (local.get $x6)))
    (local.set $x9 (i64.add (local.get $x8) (local.get $x7)))
    (i64.add (call $b (local.get $x9))
      (i64.add (i64.add (i64.add (local.get $x0) (local.get $x1)) (i64.add (local.get $x2) (local.get $x3)))
               (i64.add (i64.add (local.get $x4) (local.get $x5)) (i64.add (local.get $x6) (i64.add (local.get $x7) (i64.add (local.get $x8) (local.get $x9))))))))
  (func $b (param $n i64) (result i64)
    (call $a (i64.add (local.get $n) (i64.const 1))))
  (func (export "_start")
    (call $p (i32.const 1))
    (call $p (i32.wrap_i64 (call $a (i64.const 0))))
    (call $p (i32.const -1)))
)
