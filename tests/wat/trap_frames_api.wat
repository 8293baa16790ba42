;; The embedder API of backtraces: w2n_store_trap_frames gives the frames (function
;; index, name or NULL, wasm offset) of the last trap of a store.
;; link: host_trap.c
;; stdout: trap: integer divide by zero, 2 frames
;; stdout: 0: func 1 inner at 0x4b
;; stdout: 1: func 2 (no name) at 0x51
(module $api
  (import "env" "show_frames" (func $show))
  (func $inner (param i32) (result i32)
    (i32.div_s (i32.const 1) (local.get 0)))
  (func (export "outer")
    (drop (call $inner (i32.const 0))))
  (func (export "_start")
    (call $show))
)
