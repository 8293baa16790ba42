;; Exception handling (the exnref form): throw and catch in one function and across
;; calls, catch clauses in order, catch_all, catch_ref + throw_ref (rethrow keeps the
;; tag and values), nested try_tables, several values, call_indirect and call_ref
;; through a try_table, and a loop that throws and catches many times.
;; stdout: 1
;; stdout: 2
;; stdout: 3
;; stdout: 42
;; stdout: 5
;; stdout: 6
;; stdout: 77
;; stdout: 8
;; stdout: 9
;; stdout: 100000
;; stdout: 11
;; stdout: 21
;; stdout: 87
(module
  (import "env" "print_i32" (func $print (param i32)))
  (tag $a (param i32))
  (tag $b (param i32 i64))
  (tag $c)
  (type $i2v (func (param i32)))
  (table 2 funcref)
  (elem (i32.const 0) $throw_a $throw_b_i32)
  (elem declare func $throw_a)

  (func $throw_a (param i32) (throw $a (local.get 0)))
  (func $throw_b_i32 (param i32) (throw $b (local.get 0) (i64.const 40)))
  (func $deep (param i32)
    (if (i32.eqz (local.get 0)) (then (throw $c)))
    (call $deep (i32.sub (local.get 0) (i32.const 1))))

  ;; 1: throw and catch in one function
  (func $local (result i32)
    (block $h (result i32)
      (try_table (catch $a $h) (throw $a (i32.const 1)))
      (i32.const -1)))

  ;; 2: across calls, the second clause matches
  (func $across (result i32)
    (block $hb (result i32 i64)
      (block $ha (result i32)
        (try_table (catch $a $ha) (catch $b $hb)
          (call $throw_b_i32 (i32.const 2)))
        (return (i32.const -1)))
      (return))
    (drop))

  ;; 3: catch_all after a non-matching clause, from 20 frames down
  (func $all (result i32)
    (block $h
      (block $ha (result i32)
        (try_table (catch $a $ha) (catch_all $h) (call $deep (i32.const 20)))
        (return (i32.const -1)))
      (return (i32.const -2)))
    (i32.const 3))

  ;; 42: two values
  (func $two (result i32)
    (block $h (result i32 i64)
      (try_table (catch $b $h) (throw $b (i32.const 2) (i64.const 40)))
      (return (i32.const -1)))
    (i32.wrap_i64)
    (i32.add))

  ;; 5: catch_ref in an inner function, throw_ref rethrows to the outer one
  (func $rethrow_inner (param i32)
    (block $h (result i32 exnref)
      (try_table (catch_ref $a $h) (call $throw_a (local.get 0)))
      (return))
    (throw_ref))
  (func $rethrow (result i32)
    (block $h (result i32)
      (try_table (catch $a $h) (call $rethrow_inner (i32.const 5)))
      (i32.const -1)))

  ;; 6: nested try_tables: the inner one has no matching clause
  (func $nested (result i32)
    (block $outer (result i32)
      (try_table (catch $a $outer)
        (block $inner
          (try_table (catch $c $inner) (call $throw_a (i32.const 6)))))
      (i32.const -1)))

  ;; 77: call_indirect and call_ref inside a try_table
  (func $indirect (result i32)
    (local i32)
    (block $h (result i32)
      (try_table (catch $a $h) (call_indirect (type $i2v) (i32.const 70) (i32.const 0)))
      (return (i32.const -1)))
    (local.set 0)
    (block $h (result i32)
      (try_table (catch $a $h) (call_ref $i2v (i32.const 7) (ref.func $throw_a)))
      (return (i32.const -1)))
    (local.get 0)
    (i32.add))

  ;; 8: catch_all_ref, then the exnref is caught again by tag
  (func $all_ref (result i32)
    (block $h2 (result i32)
      (try_table (catch $a $h2)
        (block $h (result exnref)
          (try_table (catch_all_ref $h) (throw $a (i32.const 8)))
          (return (i32.const -1)))
        (throw_ref))
      (i32.const -2)))

  ;; 9: locals keep their values in the handler
  (func $locals (result i32)
    (local $x i32)
    (local.set $x (i32.const 4))
    (block $h
      (try_table (catch_all $h)
        (local.set $x (i32.const 9))
        (call $deep (i32.const 3))
        (local.set $x (i32.const -1))))
    (local.get $x))

  ;; 100000 throws and catches
  (func $loop (result i32)
    (local $i i32) (local $n i32)
    (loop $l
      (block $h (result i32)
        (try_table (catch $a $h) (call $throw_a (i32.const 1)))
        (i32.const 0))
      (local.set $n (i32.add (local.get $n)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 100000))))
    (local.get $n))

  ;; 11: a trap inside a handler's reach still traps; here a handler that computes
  (func $in_handler (result i32)
    (block $h (result i32)
      (try_table (catch $a $h) (call $throw_a (i32.const 10)))
      (return (i32.const -1)))
    (i32.add (i32.const 1)))

  ;; 21, 87: a call with two results (through a results slot) inside a try_table
  (tag $two (param i32 i32))
  (func $two_results (param i32) (result i32 i32)
    (if (local.get 0) (then (throw $two (i32.const 7) (i32.const 8))))
    (i32.const 1) (i32.const 2))
  (func $multi (param i32) (result i32)
    (block $h (result i32 i32)
      (try_table (result i32 i32) (catch $two $h) (call $two_results (local.get 0))))
    (i32.add (i32.mul (i32.const 10))))

  (func (export "_start")
    (call $print (call $local))
    (call $print (call $across))
    (call $print (call $all))
    (call $print (call $two))
    (call $print (call $rethrow))
    (call $print (call $nested))
    (call $print (call $indirect))
    (call $print (call $all_ref))
    (call $print (call $locals))
    (call $print (call $loop))
    (call $print (call $in_handler))
    (call $print (call $multi (i32.const 0)))
    (call $print (call $multi (i32.const 1))))
)
