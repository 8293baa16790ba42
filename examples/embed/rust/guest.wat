;; The guest module embedded by the Rust host in src/main.rs (compiled by build.rs).
(module
  ;; Provided by the host: prints the UTF-8 string at [ptr, ptr+len) of memory.
  (import "host" "log" (func $log (param i32 i32)))

  (memory (export "memory") 1)
  (data (i32.const 16) "hello from wasm")

  ;; Per-instance state.
  (global $count (mut i32) (i32.const 0))

  (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1)))

  ;; Sums the bytes of [ptr, ptr+len) (the host writes them first).
  (func (export "sum") (param $ptr i32) (param $len i32) (result i64)
    (local $acc i64)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $len)))
        (local.set $acc
          (i64.add (local.get $acc) (i64.load8_u (local.get $ptr))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 1)))
        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
        (br $next)))
    (local.get $acc))

  (func (export "greet")
    (call $log (i32.const 16) (i32.const 15)))

  (func (export "count") (result i32)
    (global.set $count (i32.add (global.get $count) (i32.const 1)))
    (global.get $count))

  ;; Traps (integer divide by zero) when $b is 0.
  (func (export "div") (param $a i32) (param $b i32) (result i32)
    (i32.div_s (local.get $a) (local.get $b)))

  (func (export "hypot") (param f64 f64) (result f64)
    (f64.sqrt (f64.add (f64.mul (local.get 0) (local.get 0))
                       (f64.mul (local.get 1) (local.get 1))))))
