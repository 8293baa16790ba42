;; memory.grow without a declared maximum: large growth works (the implementation
;; limit is 65536 pages = 4 GiB), growth past 65536 pages returns -1.
;; exit: 0
;; stdout: 0
;; stdout: 0
;; stdout: 77
;; stdout: 1
;; stdout: 256
;; stdout: 88
;; stdout: -1
;; stdout: 256
;; stdout: 88
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 0)
  (func (export "_start")
    (call $p (memory.size))
    (call $p (memory.grow (i32.const 1)))
    (i32.store (i32.const 0) (i32.const 77))
    (call $p (i32.load (i32.const 0)))
    (call $p (memory.grow (i32.const 255)))
    (call $p (memory.size))
    ;; 16 MiB: write at the very end
    (i32.store (i32.const 16777212) (i32.const 88))
    (call $p (i32.load (i32.const 16777212)))
    (call $p (memory.grow (i32.const 65281)))
    (call $p (memory.size))
    (call $p (i32.load (i32.const 16777212))))
)
