;; Executables merge bounds checks across stores (a trap ends the process, so the
;; stores before it are never seen; compiler/src/translate/bounds/checks.rs, rewrite 1): the
;; three stores of $fill share one check, and in bounds they all happen (with the
;; global store between them). A call is still a barrier: $g's print happens before
;; its trap. trap_mem_merged_stores_oob.wat has $fill one byte out.
;; stderr: wasm trap: out of bounds memory access
;; exit: 134
;; stdout: 1
;; stdout: 6
;; stdout: 99
;; stdout: 7
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1 1)
  (global $g (mut i32) (i32.const 0))
  (func $id (param i32) (result i32) (local.get 0))
  (func $fill (param $a i32)
    (i32.store (local.get $a) (i32.const 1))
    (global.set $g (i32.const 99))
    (i32.store offset=4 (local.get $a) (i32.const 2))
    (i32.store offset=8 (local.get $a) (i32.const 3)))
  (func $g (param $a i32)
    (i32.store (local.get $a) (i32.const 7))
    (call $p (i32.load (local.get $a)))
    (i32.store offset=8 (local.get $a) (i32.const 3)))
  (func (export "_start")
    (call $p (i32.const 1))
    ;; The last 12 bytes: in bounds.
    (call $fill (call $id (i32.const 65524)))
    (call $p (i32.add (i32.load (i32.const 65524))
                      (i32.add (i32.load (i32.const 65528)) (i32.load (i32.const 65532)))))
    (call $p (global.get $g))
    ;; $g prints 7, then its second store is out of bounds.
    (call $g (call $id (i32.const 65528)))
    ;; never reached
    (call $p (i32.const -1)))
)
