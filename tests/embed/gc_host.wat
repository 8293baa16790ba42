;; gc_host.wat: GC objects a C host keeps (tests/embed/gc_host.c).
(module
  (type $obj (struct (field $v i32) (field $next (ref null $obj))))
  (import "host" "collect" (func $collect))
  (func $churn
    (local $i i32)
    (loop $l
      (drop (struct.new $obj (i32.const 0) (ref.null $obj)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 1000000)))))
  ;; A list of `n` objects holding v, v+1, ...: the host keeps only its head.
  (func (export "make") (param $v i32) (param $n i32) (result externref)
    (local $l (ref null $obj))
    (loop $m
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (local.set $l (struct.new $obj (i32.add (local.get $v) (local.get $n)) (local.get $l)))
      (br_if $m (local.get $n)))
    (extern.convert_any (local.get $l)))
  (func (export "churn") (call $churn))
  ;; The sum of a list's values.
  (func (export "sum") (param externref) (result i32)
    (local $l (ref null $obj)) (local $s i32)
    (local.set $l (ref.cast (ref null $obj) (any.convert_extern (local.get 0))))
    (block $done
      (loop $next
        (br_if $done (ref.is_null (local.get $l)))
        (local.set $s (i32.add (local.get $s) (struct.get $obj $v (local.get $l))))
        (local.set $l (struct.get $obj $next (local.get $l)))
        (br $next)))
    (local.get $s))
  ;; An object held in a local across the host's collection.
  (func (export "across_host") (result i32)
    (local $o (ref $obj))
    (local.set $o (struct.new $obj (i32.const 77) (ref.null $obj)))
    (call $collect)
    (call $churn)
    (struct.get $obj $v (local.get $o))))
