;; Exceptions across host frames: a host import calls back into the guest, whose
;; callee throws. With a try_table around the import call, the exception unwinds
;; through the host's C frames and the nested w2n_call to the guest's handler (and
;; later calls and traps still work: the runtime's call state was restored). Without
;; one, the nested w2n_call returns W2N_TRAP_EXCEPTION to the host, which reads the
;; exception's values. Last, an embedder's outermost w2n_call of a throwing export
;; returns W2N_TRAP_EXCEPTION with the exception, whose tag is the exported tag. And an
;; exception never unwinds past another store's frames: A calls (inside a try_table)
;; a host function that calls into store B, whose host import calls back into A,
;; which throws: the w2n_call into A inside B gets it, not A's outer handler.
;; link: exception_host.c
;; exit: 134
;; stdout: 17
;; stdout: host: exception (1 value, first 5, tag set)
;; stdout: embedder: rc exception, tag is export e, value 9
;; stdout: to_a: exception
;; stdout: cross: store B returned 0
;; stdout: cross: store B trap ok
;; stdout: 3
;; stdout: 23
;; stderr: wasm trap: unreachable
(module
  (import "env" "print_i32" (func $print (param i32)))
  (import "env" "call_back" (func $call_back (param i32)))
  (import "env" "embed" (func $embed))
  (import "env" "cross" (func $cross))
  (import "env" "to_a" (func $to_a))
  (tag $e (export "e") (param i32))
  (func (export "inner") (param i32)
    (throw $e (local.get 0)))
  (func (export "via_host") (call $to_a))
  (func (export "trap") (unreachable))
  (func $cross_caught (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $cross))
      (i32.const 3)))
  (func $caught (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $call_back (local.get 0)))
      (i32.const -1)))
  (func (export "_start")
    (call $print (call $caught (i32.const 17)))
    (call $call_back (i32.const 5))
    (call $embed)
    (call $print (call $cross_caught))
    (call $print (i32.const 23))
    (unreachable))
)
