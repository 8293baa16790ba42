;; memory.size / memory.grow with a declared maximum: growth returns the old size,
;; growth beyond the maximum returns -1 and changes nothing, new pages are zeroed
;; and accessible, grow by 0 returns the current size.
;; exit: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 2
;; stdout: 0
;; stdout: 123456
;; stdout: -1
;; stdout: 2
;; stdout: -1
;; stdout: -1
;; stdout: 2
;; stdout: 2
;; stdout: 3
;; stdout: 9
;; stdout: -1
;; stdout: 3
;; stdout: 123456
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory 1 3)
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    (call $p (memory.size))
    (call $p (memory.grow (i32.const 0)))
    (call $p (memory.grow (call $id (i32.const 1))))
    (call $p (memory.size))
    ;; new page is zeroed and writable up to its last byte
    (call $p (i32.load (i32.const 70000)))
    (i32.store (i32.const 131068) (i32.const 123456))
    (call $p (i32.load (call $id (i32.const 131068))))
    ;; beyond the maximum: -1, size unchanged
    (call $p (memory.grow (i32.const 2)))
    (call $p (memory.size))
    (call $p (memory.grow (i32.const -1)))
    (call $p (memory.grow (i32.const 0x10000)))
    (call $p (memory.size))
    ;; up to exactly the maximum
    (call $p (memory.grow (i32.const 1)))
    (call $p (memory.size))
    (i32.store8 (i32.const 196607) (i32.const 9))
    (call $p (i32.load8_u (i32.const 196607)))
    (call $p (memory.grow (i32.const 1)))
    (call $p (memory.grow (i32.const 0)))
    ;; old contents survive growth
    (call $p (i32.load (i32.const 131068))))
)
