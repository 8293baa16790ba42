;; A trap's wasm backtrace, as Wasmtime prints it: innermost frame first, each with the
;; module-relative offset of the trapping instruction or of the call (offsets checked
;; with `wat2wasm` + `wasm-objdump -d`), module!function from the name section, and
;; func[N] for a function without a name.
;; exit: 134
;; stderr: wasm trap: integer divide by zero
;; stderr: wasm backtrace:
;; stderr:     0:   0x30 - bt!divide
;; stderr:     1:   0x38 - bt!middle
;; stderr:     2:   0x40 - bt!func[2]
;; stderr:     3:   0x47 - bt!func[3]
(module $bt
  (func $divide (param i32) (result i32)
    (i32.div_u (i32.const 100) (local.get 0)))
  (func $middle (param i32) (result i32)
    (i32.add (i32.const 1) (call $divide (local.get 0))))
  (func (param i32) (result i32)
    (call $middle (local.get 0)))
  (func (export "_start")
    (drop (call 2 (i32.const 0))))
)
