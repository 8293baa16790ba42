;; binary-trees (the Computer Language Benchmarks Game's allocation benchmark) in Wasm
;; GC: for max depth N (the first argument of `run`), a stretch tree of depth N + 1,
;; a long-lived tree of depth N kept until the end, and for every even depth
;; d = 4, 6, ..., N, 2^(N - d + 4) trees of depth d, each built bottom-up, walked
;; (the node count) and dropped. `main` runs N = 18 and returns 0 when the total node
;; count is right (1 otherwise): about 2.8e8 nodes of 32 bytes allocated, at most
;; about 2^19 live at once.
(module
  (type $node (struct (field $l (ref null $node)) (field $r (ref null $node))))

  (func $make (param $d i32) (result (ref $node))
    (if (result (ref $node)) (i32.eqz (local.get $d))
      (then (struct.new $node (ref.null $node) (ref.null $node)))
      (else
        (struct.new $node
          (call $make (i32.sub (local.get $d) (i32.const 1)))
          (call $make (i32.sub (local.get $d) (i32.const 1)))))))

  (func $check (param $t (ref $node)) (result i64)
    (local $l (ref null $node))
    (local.set $l (struct.get $node $l (local.get $t)))
    (if (result i64) (ref.is_null (local.get $l))
      (then (i64.const 1))
      (else
        (i64.add (i64.const 1)
          (i64.add
            (call $check (ref.as_non_null (local.get $l)))
            (call $check (ref.as_non_null (struct.get $node $r (local.get $t)))))))))

  ;; Nodes of a tree of depth d: 2^(d+1) - 1.
  (func $nodes (param $d i32) (result i64)
    (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.add (local.get $d) (i32.const 1))))
      (i64.const 1)))

  (func $run (export "run") (param $n i32) (result i64)
    (local $long (ref null $node)) (local $d i32) (local $i i32) (local $iters i32)
    (local $total i64)
    (local.set $total (call $check (call $make (i32.add (local.get $n) (i32.const 1)))))
    (local.set $long (call $make (local.get $n)))
    (local.set $d (i32.const 4))
    (block $done
      (loop $depths
        (br_if $done (i32.gt_u (local.get $d) (local.get $n)))
        (local.set $iters (i32.shl (i32.const 1)
          (i32.add (i32.sub (local.get $n) (local.get $d)) (i32.const 4))))
        (local.set $i (i32.const 0))
        (loop $trees
          (local.set $total (i64.add (local.get $total)
            (call $check (call $make (local.get $d)))))
          (br_if $trees (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1)))
            (local.get $iters))))
        (local.set $d (i32.add (local.get $d) (i32.const 2)))
        (br $depths)))
    (i64.add (local.get $total) (call $check (ref.as_non_null (local.get $long)))))

  ;; The expected total, by formula.
  (func $expected (param $n i32) (result i64)
    (local $d i32) (local $total i64)
    (local.set $total (i64.add (call $nodes (i32.add (local.get $n) (i32.const 1)))
      (call $nodes (local.get $n))))
    (local.set $d (i32.const 4))
    (block $done
      (loop $depths
        (br_if $done (i32.gt_u (local.get $d) (local.get $n)))
        (local.set $total (i64.add (local.get $total)
          (i64.mul (call $nodes (local.get $d))
            (i64.shl (i64.const 1)
              (i64.extend_i32_u (i32.add (i32.sub (local.get $n) (local.get $d)) (i32.const 4)))))))
        (local.set $d (i32.add (local.get $d) (i32.const 2)))
        (br $depths)))
    (local.get $total))

  (func (export "main") (result i32)
    (i64.ne (call $run (i32.const 18)) (call $expected (i32.const 18))))
)
