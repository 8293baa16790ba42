;; trap_backtrace_inline.wat built with --no-inline: the same backtrace from real frames.
;; flags: --no-inline
;; exit: 134
;; stderr: wasm trap: integer divide by zero
;; stderr: wasm backtrace:
;; stderr:     0:   0x2f - bt2!check
;; stderr:     1:   0x3c - bt2!twice
;; stderr:     2:   0x44 - bt2!func[2]
(module $bt2
  (func $check (param i32) (result i32)
    (i32.div_u (i32.const 100) (local.get 0)))
  (func $twice (param i32) (result i32)
    (i32.add (call $check (i32.add (local.get 0) (i32.const 1)))
             (call $check (local.get 0))))
  (func (export "_start")
    (drop (call $twice (i32.const 0))))
)
