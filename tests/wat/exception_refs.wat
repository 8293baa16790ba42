;; exnref values in a global and a table: stored, read back and rethrown with
;; throw_ref; throw_ref of a null exnref traps (even inside a catch_all).
;; exit: 134
;; stdout: 1
;; stdout: 0
;; stdout: 12
;; stderr: wasm trap: null reference
(module
  (import "env" "print_i32" (func $print (param i32)))
  (tag $a (param i32))
  (global $g (mut exnref) (ref.null exn))
  (table $t 2 exnref)
  (func $thrower (throw $a (i32.const 12)))
  (func (export "_start")
    (call $print (ref.is_null (global.get $g)))
    (block $h (result exnref)
      (try_table (catch_all_ref $h) (call $thrower))
      (unreachable))
    (global.set $g)
    (table.set $t (i32.const 1) (global.get $g))
    (call $print (ref.is_null (table.get $t (i32.const 1))))
    (block $h2 (result i32)
      (try_table (catch $a $h2) (throw_ref (table.get $t (i32.const 1))))
      (unreachable))
    (call $print)
    (block $h3
      (try_table (catch_all $h3) (throw_ref (table.get $t (i32.const 0))))
      (unreachable))))
