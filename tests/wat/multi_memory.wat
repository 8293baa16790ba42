;; Two memories (Wasm 3.0 multi-memory): loads/stores with a memory index, data
;; segments per memory, memory.copy between the two memories in both directions,
;; memory.fill/init/size/grow on the second one, then an access just past the end of
;; the second memory traps although the same address is in bounds in memory 0.
;; Expected values: wabt's spectest-interp --enable-multi-memory (node 20's V8 has no
;; multi-memory, so scripts/wat-oracle cannot run this file).
;; exit: 134
;; stdout: 1819043176
;; stdout: 1819438967
;; stdout: 0
;; stdout: 1819043176
;; stdout: 104
;; stdout: 1684828783
;; stdout: 7
;; stdout: 0
;; stdout: 1717986918
;; stdout: 6513249
;; stdout: 1
;; stdout: 1
;; stdout: -1
;; stdout: 2
;; stdout: 4
;; stdout: 0
;; stdout: 42
;; stdout: 42
;; stdout: 99
;; stderr: wasm trap: out of bounds memory access
(module
  (import "env" "print_i32" (func $p (param i32)))
  (memory $a 4)
  (memory $b 1 2)
  (data (memory $a) (i32.const 0) "hello")
  (data (memory $b) (i32.const 16) "world")
  (data $pass "abc")
  (func $id (param i32) (result i32) (local.get 0))
  (func (export "_start")
    ;; each segment went to its memory
    (call $p (i32.load $a (i32.const 0)))            ;; "hell"
    (call $p (i32.load $b offset=16 (i32.const 0)))  ;; "worl"
    (call $p (i32.load $b (i32.const 0)))            ;; memory 1 at 0 is empty
    ;; copy memory 0 -> memory 1 and memory 1 -> memory 0
    (memory.copy $b $a (i32.const 32) (i32.const 0) (i32.const 5))
    (call $p (i32.load $b (call $id (i32.const 32))))
    (call $p (i32.load8_u $b (i32.const 32)))
    (memory.copy $a $b (i32.const 200) (i32.const 17) (i32.const 4))
    (call $p (i32.load $a (i32.const 200)))
    ;; stores go to the right memory
    (i32.store $b (i32.const 8) (i32.const 7))
    (call $p (i32.load $b (i32.const 8)))
    (call $p (i32.load8_u $a (i32.const 16)))        ;; memory 0 at 16: still 0
    ;; fill and init on memory 1
    (memory.fill $b (i32.const 64) (i32.const 0x66) (i32.const 4))
    (call $p (i32.load $b (i32.const 64)))
    (memory.init $b $pass (i32.const 96) (i32.const 0) (i32.const 3))
    (call $p (i32.load $b (i32.const 96)))
    ;; size and grow of memory 1 (max 2 pages); memory 0 keeps its 4 pages
    (call $p (memory.size $b))
    (call $p (memory.grow $b (i32.const 1)))
    (call $p (memory.grow $b (i32.const 1)))
    (call $p (memory.size $b))
    (call $p (memory.size $a))
    ;; the new page of memory 1 is zeroed and writable up to its last byte
    (call $p (i32.load $b (i32.const 70000)))
    (i32.store $b (i32.const 131068) (i32.const 42))
    (call $p (i32.load $b (call $id (i32.const 131068))))
    ;; 131072 is in bounds in memory 0 (4 pages) ...
    (i32.store $a (i32.const 131072) (i32.const 99))
    (call $p (i32.load $b (i32.const 131068)))
    (call $p (i32.load $a (i32.const 131072)))
    ;; ... but one past the end of memory 1: trap
    (call $p (i32.load $b (call $id (i32.const 131072))))
    (call $p (i32.const -7)))
)
