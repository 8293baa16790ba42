;; A trap in a recursive function's copy of itself (`crate::inline`, `self_copy`) below
;; a call made by the guard stub spliced into another copy: r(5) has r(4)'s copy
;; spliced in, whose stub for r(3) fails its test (3 >= 2) and calls r(3); r(3)'s copy
;; of r(2) takes its stub's short path for r(1) (1 < 2: returns 1) and divides by
;; 1 - 1. Frames: the division in r(2)'s copy, r(3) at the call, r(4)'s copy at the
;; call (the stub keeps the call's location), r(5) at the call, `_start`; the same as
;; without inlining and as Wasmtime (offsets from `wasm-tools print --print-offsets`).
;; exit: 134
;; stderr: wasm trap: integer divide by zero
;; stderr: wasm backtrace:
;; stderr:     0:   0x40 - bt3!r
;; stderr:     1:   0x3b - bt3!r
;; stderr:     2:   0x3b - bt3!r
;; stderr:     3:   0x3b - bt3!r
;; stderr:     4:   0x47 - bt3!func[1]
(module $bt3
  (func $r (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.div_u (i32.const 100)
              (i32.sub (call $r (i32.sub (local.get 0) (i32.const 1))) (i32.const 1))))))
  (func (export "_start")
    (drop (call $r (i32.const 5))))
)
