;; The import ABI: scalar params/results of every type, multi-value results through
;; `w2n_val* results`, stack-passed parameters, host access to guest memory
;; (w2n_mem), a host function re-entering the guest, and imported functions
;; called through a table (call_indirect) and as funcref values.
;; link: imports.c
;; exit: 0
;; stdout: 1e+10 0x501502f9
;; stdout: 9
;; stdout: 2
;; stdout: 21 0x41a80000
;; stdout: 2.625 0x4005000000000000
;; stdout: 10
;; stdout: 3071 0x40a7fe0000000000
;; stdout: 255 0x406fe00000000000
;; stdout: hello from guest memory
;; stdout: <out of bounds>
;; stdout: 16909060
;; stdout: 42
;; stdout: 77
;; stdout: 3 0x40400000
;; stdout: 0.75 0x3fe8000000000000
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (import "env" "print_f32" (func $pf32 (param f32)))
  (import "env" "print_f64" (func $pf64 (param f64)))
  (import "env" "add" (func $add (param i32 i64) (result f32)))
  (import "env" "divmod" (func $divmod (param i64 i64) (result i64 i64)))
  (import "env" "triple" (func $triple (param f64) (result i32 f64 f32)))
  (import "env" "weigh" (func $weigh (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64 f32 f64) (result f64)))
  (import "env" "print_str" (func $print_str (param i32 i32)))
  (import "env" "poke" (func $poke (param i32 i32)))
  (import "env" "callback" (func $callback (param i32) (result i32)))
  (memory 1)
  (data (i32.const 32) "hello from guest memory")
  (type $v_i (func (param i32)))
  (type $f_il (func (param i32 i64) (result f32)))
  (table 4 funcref)
  (elem (i32.const 0) $p $add)
  (elem declare func $pf64)
  (func $double (export "double") (param i32) (result i32)
    (i32.mul (local.get 0) (i32.const 2)))
  (func (export "_start")
    (local $a f32) (local $r i64)
    (call $pf32 (call $add (i32.const -3) (i64.const 10000000000)))
    (call $divmod (i64.const 47) (i64.const 5))
    (local.set $r)
    (call $p64)
    (call $p64 (local.get $r))
    (call $triple (f64.const 10.5))
    (call $pf32)
    (call $pf64)
    (call $p)
    (call $pf64 (call $weigh
      (i32.const 1) (i64.const 1) (f32.const 1) (f64.const 1)
      (i32.const 1) (i64.const 1) (f32.const 1) (f64.const 1)
      (i32.const 1) (i64.const 1) (f32.const 1) (f64.const 0.5)))
    (call $pf64 (call $weigh
      (i32.const -1) (i64.const 0) (f32.const 0) (f64.const 0)
      (i32.const 0) (i64.const 0) (f32.const 0) (f64.const 0)
      (i32.const 0) (i64.const 0) (f32.const 0.25) (f64.const 0)))
    (call $print_str (i32.const 32) (i32.const 23))
    (call $print_str (i32.const 65530) (i32.const 100))
    (call $poke (i32.const 8) (i32.const 0x01020304))
    (call $p (i32.load (i32.const 8)))
    (call $p (call $callback (i32.const 21)))
    ;; imported functions in a table
    (call_indirect (type $v_i) (i32.const 77) (i32.const 0))
    (call $pf32 (call_indirect (type $f_il) (i32.const 1) (i64.const 2) (i32.const 1)))
    (table.set 0 (i32.const 2) (ref.func $pf64))
    (call_indirect (param f64) (f64.const 0.75) (i32.const 2)))
)
