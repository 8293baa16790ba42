;; A trap in a recursive function's copy of itself, spliced at its call to itself
;; (`crate::inline`, `self_copy`): r(3) calls r(2), spliced into r(3); r(2) calls
;; r(1), a real call, whose spliced r(0) divides by zero. The backtrace shows every
;; level, the spliced ones from the inline-frame table, at the same offsets as
;; without inlining (and as Wasmtime: 0x33, the division, then the call 0x3a three
;; times; offsets from `wasm-tools print --print-offsets`).
;; exit: 134
;; stderr: wasm trap: integer divide by zero
;; stderr: wasm backtrace:
;; stderr:     0:   0x33 - btr!r
;; stderr:     1:   0x3a - btr!r
;; stderr:     2:   0x3a - btr!r
;; stderr:     3:   0x3a - btr!r
;; stderr:     4:   0x45 - btr!func[1]
(module $btr
  (func $r (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.div_u (i32.const 100) (local.get 0)))
      (else (i32.add (call $r (i32.sub (local.get 0) (i32.const 1))) (i32.const 1)))))
  (func (export "_start")
    (drop (call $r (i32.const 3))))
)
