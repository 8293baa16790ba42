;; A host function's trap (w2n_host_trap) has a backtrace that starts at the wasm call
;; of the host function.
;; link: host_trap.c
;; exit: 134
;; stderr: wasm trap: host error: refused 7
;; stderr: wasm backtrace:
;; stderr:     0:   0x3b - host!ask
;; stderr:     1:   0x42 - host!start
(module $host
  (import "env" "refuse" (func $refuse (param i32)))
  (func $ask (param i32)
    (nop)
    (call $refuse (local.get 0)))
  (func $start (export "_start")
    (call $ask (i32.const 7)))
)
