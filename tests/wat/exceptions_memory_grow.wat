;; The memory size after a call inside a try_table (a try_call, which ends its block)
;; is reloaded on both paths: the callee grows memory, then returns or throws, and the
;; caller accesses the new page right after (a size load placed before the try_call
;; would make that access trap).
;; stdout: 70
;; stdout: 11
(module
  (import "env" "print_i32" (func $print (param i32)))
  (memory 1)
  (tag $e (param i32))
  (func $grow_throw (param i32)
    (drop (memory.grow (i32.const 1)))
    (if (local.get 0) (then (throw $e (i32.const 5)))))
  (func (export "_start")
    (local $i i32) (local $s i32)
    (i32.store (i32.const 100) (i32.const 1))
    (loop $l
      (block $h (result i32)
        (try_table (catch $e $h)
          (call $grow_throw (i32.and (local.get $i) (i32.const 1))))
        (i32.const 0))
      (local.set $s (i32.add (local.get $s)))
      ;; an address in the page just grown (valid only after the call)
      (i32.store (i32.add (i32.mul (i32.add (local.get $i) (i32.const 1)) (i32.const 65536)) (i32.const 8)) (local.get $i))
      (local.set $s (i32.add (local.get $s)
        (i32.load (i32.add (i32.mul (i32.add (local.get $i) (i32.const 1)) (i32.const 65536)) (i32.const 8)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 10))))
    (call $print (local.get $s))
    (call $print (memory.size))))
