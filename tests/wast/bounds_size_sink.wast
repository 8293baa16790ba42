;; A size load sunk to its one use (compiler/src/translate/bounds/size_loads.rs,
;; `sink_to_uses`): an interpreter's loop whose handler h1 grows the memory, and whose
;; handler h2 has the only check that keeps the size on x86_64 (END 1004, past the
;; table of limits). After h1 grows the memory, h2 must see the new size: the load
;; moves into h2, never in front of the loop.
(module
  (memory 1)
  (data (i32.const 0) "\00\02\01\02")
  (func (export "size") (result i32) (memory.size))
  (func (export "run") (param $pc i32) (param $n i32) (param $far i32) (result i32)
    (local $acc i32)
    (loop $top
      (block $next
        (block $h2 (block $h1 (block $h0
          (br_table $h0 $h1 $h2 (i32.load8_u (local.get $pc))))
          (local.set $acc (i32.add (local.get $acc) (i32.load offset=4 (local.get $pc))))
          (br $next))
        (local.set $acc (i32.add (local.get $acc) (memory.grow (i32.const 1))))
        (br $next))
        (local.set $acc (i32.add (local.get $acc) (i32.load offset=1000 (local.get $far)))))
      (local.set $pc (i32.add (local.get $pc) (i32.const 1)))
      (br_if $top (i32.lt_u (local.get $pc) (local.get $n))))
    (local.get $acc)))

;; One page: h2 reads up to 65,536 bytes.
(assert_return (invoke "run" (i32.const 0) (i32.const 2) (i32.const 64532)) (i32.const 0))
(assert_trap (invoke "run" (i32.const 0) (i32.const 2) (i32.const 64533)) "out of bounds memory access")
(assert_trap (invoke "run" (i32.const 3) (i32.const 4) (i32.const 65000)) "out of bounds memory access")
;; h1 grows the memory to two pages (memory.grow returns 1), then h2 reads past the first.
(assert_return (invoke "run" (i32.const 2) (i32.const 4) (i32.const 65000)) (i32.const 1))
(assert_return (invoke "size") (i32.const 2))
(assert_return (invoke "run" (i32.const 3) (i32.const 4) (i32.const 130068)) (i32.const 0))
(assert_trap (invoke "run" (i32.const 3) (i32.const 4) (i32.const 130069)) "out of bounds memory access")
;; From the start, two pages: h0, h2 in bounds (131,004 bytes), h1 (three pages), h2.
(assert_return (invoke "run" (i32.const 0) (i32.const 4) (i32.const 130000)) (i32.const 2))
;; h1 (four pages) and h2 past the third page; then h2 alone past the fourth.
(assert_return (invoke "run" (i32.const 2) (i32.const 4) (i32.const 200000)) (i32.const 3))
(assert_trap (invoke "run" (i32.const 3) (i32.const 4) (i32.const 261141)) "out of bounds memory access")
