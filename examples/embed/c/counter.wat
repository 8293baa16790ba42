;; counter.wat: the module examples/embed/c/host.c embeds.
;; Each instance has its own memory and its own running total.
(module $counter
  ;; The host prints a string of the caller's memory: env.log(ptr, len).
  (import "env" "log" (func $log (param i32 i32)))
  (memory (export "memory") 1)
  (global $total (export "total") (mut i64) (i64.const 0))
  (data (i32.const 0) "counter ready")

  ;; add(x) -> total + x, kept as the new total.
  (func (export "add") (param $x i64) (result i64)
    (global.set $total (i64.add (global.get $total) (local.get $x)))
    (global.get $total))

  ;; hello() calls the host with a string of its memory.
  (func (export "hello")
    (call $log (i32.const 0) (i32.const 13)))

  ;; write(addr, byte): stores a byte in memory (the host reads it back).
  (func (export "write") (param $addr i32) (param $b i32)
    (i32.store8 (local.get $addr) (local.get $b)))

  ;; ratio(a, b) -> a / b: traps ("integer divide by zero") when b is 0.
  (func (export "ratio") (param $a i32) (param $b i32) (result i32)
    (i32.div_s (local.get $a) (local.get $b))))
