;; The legacy exception-handling form (`--legacy-exceptions`): try/catch/catch_all,
;; rethrow, delegate, across calls, with the same tags and runtime as try_table.
;; flags: --legacy-exceptions
;; stdout: 1
;; stdout: 2
;; stdout: 3
;; stdout: 4
;; stdout: 5
;; stdout: 6
;; stdout: 7
;; stdout: 8
(module
  (import "env" "print_i32" (func $print (param i32)))
  (tag $a (param i32))
  (tag $b)
  (func $throw_a (param i32) (throw $a (local.get 0)))
  (func $throw_b (throw $b))

  ;; 1: catch in one function
  (func $local (result i32)
    try (result i32)
      i32.const 1
      throw $a
    catch $a
    end)
  ;; 2: across a call, second clause
  (func $second (result i32)
    try (result i32)
      (call $throw_a (i32.const 2))
      i32.const -1
    catch $b
      i32.const -2
    catch $a
    end)
  ;; 3: catch_all
  (func $all (result i32)
    try (result i32)
      call $throw_b
      i32.const -1
    catch $a
      drop
      i32.const -2
    catch_all
      i32.const 3
    end)
  ;; 4: rethrow from an inner catch to an outer try
  (func $rethrow (result i32)
    try (result i32)
      try (result i32)
        (call $throw_a (i32.const 4))
        i32.const -1
      catch $a
        drop
        rethrow 0
      end
    catch $a
    end)
  ;; 5: delegate to the outer try
  (func $delegate (result i32)
    try $outer (result i32)
      try (result i32)
        (call $throw_a (i32.const 5))
        i32.const -1
      delegate $outer
    catch $a
    end)
  ;; 6: a try without a matching clause lets it through
  (func $through (result i32)
    try (result i32)
      try (result i32)
        (call $throw_a (i32.const 6))
        i32.const -1
      catch $b
        i32.const -2
      end
    catch $a
    end)
  ;; 7: delegate to the caller (the function's own label)
  (func $inner_delegate
    try
      (call $throw_a (i32.const 7))
    delegate 0)
  (func $to_caller (result i32)
    try (result i32)
      call $inner_delegate
      i32.const -1
    catch $a
    end)
  ;; 8: a try in unreachable code, and a try in a loop (one catch per iteration)
  (func $dead_and_loop (result i32)
    (local $i i32) (local $n i32)
    block
      br 0
      try
        call $throw_b
      catch_all
      end
      try
        call $throw_b
      delegate 0
    end
    loop $l
      try
        (call $throw_a (local.get $i))
      catch $a
        local.get $n
        i32.add
        local.set $n
      end
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 5)))
    end
    (i32.sub (local.get $n) (i32.const 2)))
  (func (export "_start")
    (call $print (call $local))
    (call $print (call $second))
    (call $print (call $all))
    (call $print (call $rethrow))
    (call $print (call $delegate))
    (call $print (call $through))
    (call $print (call $to_caller))
    (call $print (call $dead_and_loop)))
)
