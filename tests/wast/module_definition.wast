;; `(module definition ...)` compiles a module without instantiating it; each
;; `(module instance $I $M)` instantiates it anew (instantiation is generative: the
;; instances share no state), as the Wasm 3.0 scripts (instance.wast) use.

(module definition $M
  (global (export "glob") (mut i32) (i32.const 0))
  (table (export "tab") 10 funcref (ref.null func))
  (memory (export "mem") 1)
  (func (export "bump") (result i32)
    (global.set 0 (i32.add (global.get 0) (i32.const 1)))
    (global.get 0))
)
(module instance $I1 $M)
(module instance $I2 $M)
(register "I1" $I1)
(register "I2" $I2)

(assert_return (invoke $I1 "bump") (i32.const 1))
(assert_return (invoke $I1 "bump") (i32.const 2))
(assert_return (invoke $I2 "bump") (i32.const 1))
(assert_return (get $I2 "glob") (i32.const 1))

(module
  (import "I1" "mem" (memory $m1 1))
  (import "I2" "mem" (memory $m2 1))
  (func (export "mem") (result i32)
    (i32.store $m1 (i32.const 0) (i32.const 1))
    (i32.load $m2 (i32.const 0)))
)
(assert_return (invoke "mem") (i32.const 0))

;; An instance without a name becomes the current module.
(module instance $M)
(assert_return (invoke "bump") (i32.const 1))
