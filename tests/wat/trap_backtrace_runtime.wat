;; A trap raised by the runtime (memory.fill out of bounds, in C) has a backtrace that
;; starts at the wasm instruction that called it.
;; exit: 134
;; stderr: wasm trap: out of bounds memory access
;; stderr: wasm backtrace:
;; stderr:     0:   0x35 - rt!fill
;; stderr:     1:   0x3f - rt!start
(module $rt
  (memory 1 1)
  (func $fill (param i32)
    (memory.fill (local.get 0) (i32.const 7) (i32.const 537)))
  (func $start (export "_start")
    (call $fill (i32.const 65000)))
)
