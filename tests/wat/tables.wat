;; Reference types and table instructions: ref.null / ref.is_null / ref.func,
;; table.get/set/size/grow/fill/copy/init, elem.drop, two function tables plus an
;; externref table, call_indirect through a non-zero table index.
;; exit: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 4
;; stdout: 2
;; stdout: 3
;; stdout: 10
;; stdout: 11
;; stdout: -1
;; stdout: -1
;; stdout: 999
;; stdout: 20
;; stdout: 1
;; stdout: -1
;; stdout: 11
;; stdout: -1
;; stdout: 31
;; stdout: 999
;; stdout: 4
;; stdout: -1
;; stdout: 11
;; stdout: -1
;; stdout: 31
;; stdout: 20
;; stdout: 20
;; stdout: 999
;; stdout: -1
;; stdout: 6
;; stdout: 6
;; stdout: 10
;; stdout: 10
;; stdout: -1
;; stdout: 11
;; stdout: -1
;; stdout: 31
;; stdout: 20
;; stdout: 20
;; stdout: 11
;; stdout: 11
;; stdout: 11
;; stdout: -1
;; stdout: 999
;; stdout: -1
;; stdout: -1
;; stdout: 11
;; stdout: -1
;; stdout: 31
;; stdout: 20
;; stdout: 11
;; stdout: 11
;; stdout: 11
;; stdout: -1
;; stdout: 999
;; stdout: -1
;; stdout: 20
;; stdout: 11
;; stdout: -1
;; stdout: 31
;; stdout: 20
;; stdout: 11
;; stdout: 11
;; stdout: 11
;; stdout: -1
;; stdout: 999
;; stdout: -1
;; stdout: 20
;; stdout: 11
;; stdout: -1
;; stdout: 31
;; stdout: 20
;; stdout: 11
;; stdout: 30
;; stdout: -1
;; stdout: 31
;; stdout: 999
;; stdout: 20
;; stdout: 3
;; stdout: 6
;; stdout: 1
;; stdout: 1000
(module
  (import "env" "print_i32" (func $p (param i32)))
  (type $t (func (result i32)))
  (table $a 4 10 funcref)
  (table $b 2 funcref)
  (table $e 3 externref)
  (elem (table $a) (i32.const 0) func $f10 $f11)
  (elem (table $b) (i32.const 1) func $f20)
  (elem $pass funcref (ref.func $f30) (ref.null func) (ref.func $f31))
  (elem $pass2 func $f10 $f20)
  (elem declare func $f31)
  (func $f10 (result i32) (i32.const 10))
  (func $f11 (result i32) (i32.const 11))
  (func $f20 (result i32) (i32.const 20))
  (func $f30 (result i32) (i32.const 30))
  (func $f31 (result i32) (i32.const 31))

  ;; prints the result of calling slot i of table $a, or -1 when it is null
  (func $show_a (param $i i32)
    (if (ref.is_null (table.get $a (local.get $i)))
      (then (call $p (i32.const -1)))
      (else (call $p (call_indirect $a (type $t) (local.get $i))))))
  (func $show_all_a
    (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (table.size $a)))
        (call $show_a (local.get $i))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (call $p (i32.const 999)))

  (func (export "_start")
    (call $p (ref.is_null (ref.null func)))
    (call $p (ref.is_null (ref.null extern)))
    (call $p (ref.is_null (ref.func $f31)))
    (call $p (table.size $a))
    (call $p (table.size $b))
    (call $p (table.size $e))
    (call $show_all_a)
    ;; call_indirect through table $b
    (call $p (call_indirect $b (type $t) (i32.const 1)))
    (call $p (ref.is_null (table.get $b (i32.const 0))))
    ;; table.set
    (table.set $a (i32.const 3) (ref.func $f31))
    (table.set $a (i32.const 0) (ref.null func))
    (call $show_all_a)
    ;; table.grow with an init value: returns the old size
    (call $p (table.grow $a (ref.func $f20) (i32.const 2)))
    (call $show_all_a)
    ;; beyond the maximum (10): -1, size unchanged
    (call $p (table.grow $a (ref.null func) (i32.const 5)))
    (call $p (table.size $a))
    (call $p (table.grow $a (ref.null func) (i32.const 4)))
    (call $p (table.size $a))
    (call $p (table.grow $a (ref.null func) (i32.const 0)))
    ;; table.fill
    (table.fill $a (i32.const 6) (ref.func $f11) (i32.const 3))
    (call $show_all_a)
    ;; table.copy within a table, overlapping
    (table.copy $a $a (i32.const 1) (i32.const 0) (i32.const 4))
    (call $show_all_a)
    ;; table.copy across tables
    (table.copy $a $b (i32.const 0) (i32.const 0) (i32.const 2))
    (call $show_all_a)
    ;; table.init from a passive segment, with a source offset
    (table.init $a $pass (i32.const 7) (i32.const 0) (i32.const 3))
    (call $show_all_a)
    (table.init $b $pass2 (i32.const 0) (i32.const 1) (i32.const 1))
    (call $p (call_indirect $b (type $t) (i32.const 0)))
    ;; elem.drop, then a zero-length init is fine
    (elem.drop $pass)
    (table.init $a $pass (i32.const 0) (i32.const 0) (i32.const 0))
    ;; externref table: grow, fill with null, get
    (call $p (table.grow $e (ref.null extern) (i32.const 3)))
    (call $p (table.size $e))
    (table.fill $e (i32.const 0) (ref.null extern) (i32.const 6))
    (call $p (ref.is_null (table.get $e (i32.const 5))))
    ;; zero-length operations at exactly the end of the table
    (table.fill $a (table.size $a) (ref.null func) (i32.const 0))
    (table.copy $a $b (table.size $a) (i32.const 2) (i32.const 0))
    (call $p (i32.const 1000)))
)
