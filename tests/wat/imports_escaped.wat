;; Import names with characters outside [A-Za-z0-9_] are escaped as _XX in the
;; provider symbol: "print-i32" -> w2n_import_env_print_2Di32 (tests/support/print.c).
;; exit: 0
;; stdout: 1
;; stdout: 2
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print-i32" (func $p2 (param i32)))
  (func (export "_start")
    (call $p (i32.const 1))
    (call $p2 (i32.const 2)))
)
