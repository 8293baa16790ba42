;; call_indirect: successful calls through a table with several signatures,
;; dispatch on a runtime index, structurally equal types declared twice.
;; exit: 0
;; stdout: 22
;; stdout: 42
;; stdout: -21
;; stdout: 81
;; stdout: 18
;; stdout: 1311768467463790320
;; stdout: 555
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (type $t_ii (func (param i32) (result i32)))
  (type $t_ii_again (func (param i32) (result i32)))
  (type $t_l (func (result i64)))
  (type $t_v (func))
  (table $t 8 funcref)
  (elem (table $t) (i32.const 0) func $inc $dbl $neg $big $hello)
  (elem (table $t) (i32.const 6) func $sq)
  (func $inc (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func $dbl (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
  (func $neg (param i32) (result i32) (i32.sub (i32.const 0) (local.get 0)))
  (func $sq (type $t_ii_again) (i32.mul (local.get 0) (local.get 0)))
  (func $big (result i64) (i64.const 0x123456789abcdef0))
  (func $hello (call $p (i32.const 555)))

  (func $apply (param $f i32) (param $x i32) (result i32)
    (call_indirect $t (type $t_ii) (local.get $x) (local.get $f)))

  (func (export "_start")
    (local $i i32)
    (loop $l
      (call $p (call $apply (local.get $i) (i32.const 21)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
    ;; declared with the other, structurally identical, type index
    (call $p (call_indirect $t (type $t_ii_again) (i32.const 9) (i32.const 6)))
    (call $p (call_indirect $t (type $t_ii) (i32.const 9) (i32.const 1)))
    (call $p64 (call_indirect $t (type $t_l) (i32.const 3)))
    (call_indirect $t (type $t_v) (i32.const 4)))
)
