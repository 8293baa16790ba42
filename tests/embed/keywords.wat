;; keywords.wat: import names that would spell C/C++ keywords as struct fields
;; (`static_assert`, `thread_local`), and exports with characters C identifiers lack.
(module
  (import "static" "assert" (func))
  (import "thread" "local" (func (param i32)))
  (func (export "has space") (result i32) (i32.const 1))
  (func (export "über") (result i32) (i32.const 2)))
