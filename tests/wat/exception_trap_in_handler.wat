;; A trap inside a catch handler is an ordinary trap (message, backtrace, exit 134),
;; after the handler's earlier code ran.
;; exit: 134
;; stdout: 7
;; stderr: wasm trap: out of bounds memory access
;; stderr: wasm backtrace:
;; stderr:     0:   0x68 - handler_trap!handler
;; stderr:     1:   0x6f - handler_trap!_start
(module $handler_trap
  (import "env" "print_i32" (func $print (param i32)))
  (memory 1)
  (tag $e (param i32))
  (func $thrower (param i32) (throw $e (local.get 0)))
  (func $handler
    (local $v i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $thrower (i32.const 7)))
      (return))
    (local.set $v)
    (call $print (local.get $v))
    (drop (i32.load (i32.const 70000))))
  (func $_start (export "_start") (call $handler))
)
