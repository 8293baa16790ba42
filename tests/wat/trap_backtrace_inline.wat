;; A trap in code inlined into its caller (`crate::inline`): the backtrace still shows
;; the inlined function's frame, then its caller's at the right one of two inlined
;; calls (0x3c, the second), then `twice`, itself inlined into `_start` (offsets from
;; `wat2wasm` + `wasm-objdump -d`). trap_backtrace_no_inline.wat: the same without.
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
