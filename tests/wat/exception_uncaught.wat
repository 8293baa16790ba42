;; An exception that no handler catches ends the executable like a trap: the message,
;; the backtrace of the throw, exit 134. Nothing after the throw runs.
;; exit: 134
;; stdout: 1
;; stderr: wasm exception: uncaught
;; stderr: wasm backtrace:
;; stderr:     0:   0x42 - uncaught!thrower
;; stderr:     1:   0x56 - uncaught!_start
(module $uncaught
  (import "env" "print_i32" (func $print (param i32)))
  (tag $e (param i32))
  (func $thrower (param i32)
    (throw $e (local.get 0)))
  (func $_start (export "_start")
    (call $print (i32.const 1))
    ;; a try_table that does not catch $e
    (block $h
      (try_table (catch_all $h)))
    (call $thrower (i32.const 7))
    (call $print (i32.const 2)))
)
