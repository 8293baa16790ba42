;; Wasm GC (issue 22), stage 2: the collector reclaims garbage and keeps what is live.
;; The GC heap holds at most 1 GiB by default (W2N_GC_HEAP_MAX): each loop here
;; allocates several times that in total while keeping little alive, so it finishes
;; only if garbage is reclaimed; and objects held in the frames of a deep recursion,
;; in locals, on the operand stack, in globals and in tables must survive the
;; collections that allocations deep inside that recursion trigger.

(module
  (type $bytes (array (mut i8)))
  (type $node (struct (field $v i32) (field $next (ref null $node))))
  (type $box (struct (field $v (mut i64)) (field $other (mut anyref))))
  (global $keep (mut (ref null $node)) (ref.null $node))
  (table $t 4 anyref)

  ;; 6 GiB in 64 KiB arrays, one live at a time.
  (func (export "big_garbage") (result i32)
    (local $i i32) (local $a (ref null $bytes))
    (loop $l
      (local.set $a (array.new_default $bytes (i32.const 65536)))
      (array.set $bytes (local.get $a) (i32.const 65535) (i32.const 7))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 98304))))
    (array.get_u $bytes (local.get $a) (i32.const 65535)))

  ;; 40 million small structs (1.3 GB), in lists of which only the last 1000 nodes
  ;; stay reachable (from a global and a table).
  (func (export "small_garbage") (result i32)
    (local $i i32) (local $n (ref null $node))
    (loop $l
      (local.set $n (struct.new $node (local.get $i) (local.get $n)))
      (if (i32.eqz (i32.rem_u (local.get $i) (i32.const 1000)))
        (then
          (global.set $keep (local.get $n))
          (table.set $t (i32.const 1) (local.get $n))
          (local.set $n (ref.null $node))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 40000000))))
    (struct.get $node $v (ref.cast (ref $node) (table.get $t (i32.const 1)))))

  ;; Makes garbage until several collections must have run.
  (func $churn
    (local $i i32)
    (loop $l
      (drop (array.new_default $bytes (i32.const 60000)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 40000)))))

  ;; Every level keeps a box in a local and another on the operand stack across the
  ;; recursive call; the innermost level makes garbage. On the way back each level
  ;; checks both boxes.
  (func $deep (param $d i32) (result i64)
    (local $b (ref $box))
    (local.set $b (struct.new $box (i64.extend_i32_u (local.get $d))
      (struct.new $node (local.get $d) (ref.null $node))))
    (if (result i64) (i32.eqz (local.get $d))
      (then (call $churn) (i64.const 0))
      (else
        (i64.add
          (struct.get $box $v (struct.new $box (i64.const 1000000) (ref.null any)))
          (i64.add
            (call $deep (i32.sub (local.get $d) (i32.const 1)))
            (i64.add
              (struct.get $box $v (local.get $b))
              (i64.extend_i32_u (struct.get $node $v
                (ref.cast (ref $node) (struct.get $box $other (local.get $b)))))))))))
  (func (export "deep") (param i32) (result i64)
    (call $deep (local.get 0)))

  ;; Values of every kind the collector must leave alone or keep: an i31 and a
  ;; boxed host value in a table, an object only reachable from another.
  (func (export "mixed") (param externref) (result i32)
    (local $b (ref $box))
    (table.set $t (i32.const 2) (ref.i31 (i32.const 77)))
    (table.set $t (i32.const 3) (any.convert_extern (local.get 0)))
    (local.set $b (struct.new $box (i64.const 5) (struct.new $node (i32.const 9) (ref.null $node))))
    (call $churn)
    (i32.add
      (i31.get_u (ref.cast (ref i31) (table.get $t (i32.const 2))))
      (struct.get $node $v (ref.cast (ref $node) (struct.get $box $other (local.get $b))))))
  (func (export "host") (result externref)
    (extern.convert_any (table.get $t (i32.const 3))))

  ;; An object thrown in an exception, and another held across a try_table's calls,
  ;; survive collections run before the throw and in the handler.
  (tag $e (param (ref $node)))
  (func $thrower (param i32)
    (call $churn)
    (throw $e (struct.new $node (local.get 0) (ref.null $node))))
  (func (export "exception") (result i32)
    (local $keep (ref $node))
    (local.set $keep (struct.new $node (i32.const 1000) (ref.null $node)))
    (block $h (result (ref $node))
      (try_table (catch $e $h)
        (call $thrower (i32.const 23)))
      (unreachable))
    (call $churn)
    (struct.get $node $v)
    (struct.get $node $v (local.get $keep))
    (i32.add))
)

(assert_return (invoke "big_garbage") (i32.const 7))
(assert_return (invoke "small_garbage") (i32.const 39999000))
;; sum over d = 1..200 of (1000000 + 2d)
(assert_return (invoke "deep" (i32.const 200)) (i64.const 200040200))
(assert_return (invoke "mixed" (ref.extern 5)) (i32.const 86))
(assert_return (invoke "host") (ref.extern 5))
(assert_return (invoke "exception") (i32.const 1023))

;; A module with no struct or array types and no anyref in its signatures: a function
;; with an anyref local still gets stack maps, so the box of the first host value
;; survives the collections that a million boxes of the second trigger.
(module
  (func (export "f") (param externref externref) (result externref)
    (local $a anyref) (local $i i32)
    (local.set $a (any.convert_extern (local.get 0)))
    (loop $l
      (drop (any.convert_extern (local.get 1)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 1000000))))
    (extern.convert_any (local.get $a))))
(assert_return (invoke "f" (ref.extern 3) (ref.extern 7)) (ref.extern 3))
