;; Structured control flow: block/loop/if/else/br/br_if/br_table/return,
;; nested labels, block parameters and results.
;; exit: 0
;; stdout: 100
;; stdout: 101
;; stdout: 102
;; stdout: 199
;; stdout: 199
;; stdout: 1007
;; stdout: 7
;; stdout: 1007
;; stdout: 1007
;; stdout: 5050
;; stdout: -1
;; stdout: 0
;; stdout: 1
;; stdout: 12
;; stdout: 12
;; stdout: 42
;; stdout: 10
;; stdout: 20
;; stdout: 7
;; stdout: -1
;; stdout: 5
;; stdout: 45
;; stdout: 5
;; stdout: 77
;; stdout: 4
(module
  (import "env" "print_i32" (func $p (param i32)))

  ;; br_table with a default; each arm yields a distinct value
  (func $classify (param $x i32) (result i32)
    (block $d
      (block $c2
        (block $c1
          (block $c0
            (br_table $c0 $c1 $c2 $d (local.get $x)))
          (return (i32.const 100)))
        (return (i32.const 101)))
      (return (i32.const 102)))
    (i32.const 199))

  ;; br_table carrying a value out of the target block
  (func $tbl_val (param $x i32) (result i32)
    (block $b (result i32)
      (block $a (result i32)
        (i32.const 7)
        (local.get $x)
        (br_table $a $b $a))
      (i32.const 1000)
      (i32.add)))

  ;; loop summing 1..n with br_if
  (func $sum (param $n i32) (result i32)
    (local $acc i32)
    (block $exit
      (loop $top
        (br_if $exit (i32.eqz (local.get $n)))
        (local.set $acc (i32.add (local.get $acc) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $top)))
    (local.get $acc))

  ;; if/else with results, nested
  (func $sign (param $x i32) (result i32)
    (if (result i32) (i32.lt_s (local.get $x) (i32.const 0))
      (then (i32.const -1))
      (else
        (if (result i32) (i32.eqz (local.get $x))
          (then (i32.const 0))
          (else (i32.const 1))))))

  ;; if without else
  (func $abs (param $x i32) (result i32)
    (if (i32.lt_s (local.get $x) (i32.const 0))
      (then (local.set $x (i32.sub (i32.const 0) (local.get $x)))))
    (local.get $x))

  ;; br out of nested blocks to an outer label with a value; the inner
  ;; values on the stack are discarded
  (func $deep (result i32)
    (block $outer (result i32)
      (i32.const 1)
      (block $mid (result i32)
        (i32.const 2)
        (block $inner (result i32)
          (i32.const 3)
          (i32.const 42)
          (br $outer))
        (drop))
      (drop)
      (drop)
      (i32.const 0)))

  ;; br_if with a value: taken and not taken
  (func $brif_val (param $c i32) (result i32)
    (block $b (result i32)
      (drop (br_if $b (i32.const 10) (local.get $c)))
      (i32.const 20)))

  ;; return from inside a loop inside a block
  (func $find (param $target i32) (result i32)
    (local $i i32)
    (loop $l
      (if (i32.eq (i32.mul (local.get $i) (local.get $i)) (local.get $target))
        (then (return (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 100))))
    (i32.const -1))

  ;; a loop with a result, exited by falling through
  (func $loop_result (result i32)
    (loop (result i32) (i32.const 5)))

  ;; nested loops: count pairs (i, j) with i < j < 10
  (func $pairs (result i32)
    (local $i i32) (local $j i32) (local $n i32)
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $i) (i32.const 10)))
        (local.set $j (i32.add (local.get $i) (i32.const 1)))
        (block $inner_done
          (loop $inner
            (br_if $inner_done (i32.ge_u (local.get $j) (i32.const 10)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $inner)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $outer)))
    (local.get $n))

  ;; br_table with a huge index goes to the default
  (func $big_index (result i32)
    (block $d (result i32)
      (block $a (result i32)
        (i32.const 5)
        (i32.const -1)
        (br_table $a $d))
      (drop)
      (i32.const 6)))

  ;; unreachable code after br is still validated but never run
  (func $dead (result i32)
    (block $b (result i32)
      (br $b (i32.const 77))
      (unreachable)))

  ;; nop and drop
  (func $nops (result i32)
    (nop) (drop (i32.const 3)) (nop) (i32.const 4))

  (func (export "_start")
    (call $p (call $classify (i32.const 0)))
    (call $p (call $classify (i32.const 1)))
    (call $p (call $classify (i32.const 2)))
    (call $p (call $classify (i32.const 3)))
    (call $p (call $classify (i32.const 1000000)))
    (call $p (call $tbl_val (i32.const 0)))
    (call $p (call $tbl_val (i32.const 1)))
    (call $p (call $tbl_val (i32.const 2)))
    (call $p (call $tbl_val (i32.const 99)))
    (call $p (call $sum (i32.const 100)))
    (call $p (call $sign (i32.const -5)))
    (call $p (call $sign (i32.const 0)))
    (call $p (call $sign (i32.const 9)))
    (call $p (call $abs (i32.const -12)))
    (call $p (call $abs (i32.const 12)))
    (call $p (call $deep))
    (call $p (call $brif_val (i32.const 1)))
    (call $p (call $brif_val (i32.const 0)))
    (call $p (call $find (i32.const 49)))
    (call $p (call $find (i32.const 50)))
    (call $p (call $loop_result))
    (call $p (call $pairs))
    (call $p (call $big_index))
    (call $p (call $dead))
    (call $p (call $nops)))
)
