;; How C++ compiled with -fwasm-exceptions unwinds, written by hand (Debian's wasm32
;; libc++abi is built without exception support, so no packaged toolchain links a
;; throwing C++ program): one tag, `__cpp_exception`, carries a pointer to the thrown
;; object in linear memory ({type id, value}); a function with a destructor to run
;; catches everything with catch_all_ref, runs it and rethrows with throw_ref; a
;; `catch (T&)` catches the tag, compares the type id and rethrows what it does not
;; handle; `throw;` rethrows the caught exception. Modeled program:
;;
;;   struct Guard { int id; ~Guard() { print(100 + id); } };
;;   struct Err { int v; };  struct Other { int v; };
;;   void leaf(int x) { Guard g{1}; if (x == 1) throw Err{x}; if (x == 2) throw Other{x}; }
;;   void middle(int x) { Guard g{2}; try { leaf(x); } catch (Other& o) { print(o.v); throw; } }
;;   int top(int x) { try { middle(x); return 0; } catch (Err& e) { return e.v * 10; }
;;                    catch (...) { return -1; } }
;;   main: print(top(0)); print(top(1)); print(top(2)); then 1000 throws of Err in a loop.
;; stdout: 101
;; stdout: 102
;; stdout: 0
;; stdout: 101
;; stdout: 102
;; stdout: 10
;; stdout: 101
;; stdout: 2
;; stdout: 102
;; stdout: -1
;; stdout: 1000
(module
  (import "env" "print_i32" (func $print (param i32)))
  (memory 1)
  (global $heap (mut i32) (i32.const 1024))
  (tag $cpp_exception (param i32))
  ;; type ids (addresses of typeinfo objects in a real program)
  (global $ti_err i32 (i32.const 1))
  (global $ti_other i32 (i32.const 2))

  ;; __cxa_allocate_exception + __cxa_throw
  (func $throw_obj (param $type i32) (param $v i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (global.get $heap) (i32.const 8)))
    (i32.store (local.get $p) (local.get $type))
    (i32.store offset=4 (local.get $p) (local.get $v))
    (throw $cpp_exception (local.get $p)))

  (func $guard_dtor (param $id i32) (call $print (i32.add (i32.const 100) (local.get $id))))

  (func $leaf (param $x i32)
    (block $cleanup (result exnref)
      (try_table (catch_all_ref $cleanup)
        (if (i32.eq (local.get $x) (i32.const 1))
          (then (call $throw_obj (global.get $ti_err) (local.get $x))))
        (if (i32.eq (local.get $x) (i32.const 2))
          (then (call $throw_obj (global.get $ti_other) (local.get $x)))))
      (call $guard_dtor (i32.const 1))
      (return))
    ;; landing pad: run the destructor, resume unwinding
    (call $guard_dtor (i32.const 1))
    (throw_ref))

  (func $middle (param $x i32)
    (local $p i32) (local $exn exnref)
    (block $cleanup (result exnref)
      (try_table (catch_all_ref $cleanup)
        (block $catch (result i32 exnref)
          (try_table (catch_ref $cpp_exception $catch)
            (call $leaf (local.get $x)))
          (call $guard_dtor (i32.const 2))
          (return))
        ;; catch (Other& o): not ours? rethrow the same exception
        (local.set $exn)
        (local.set $p)
        (if (i32.ne (i32.load (local.get $p)) (global.get $ti_other))
          (then (throw_ref (local.get $exn))))
        (call $print (i32.load offset=4 (local.get $p)))
        ;; throw;
        (throw_ref (local.get $exn)))
      (unreachable))
    (call $guard_dtor (i32.const 2))
    (throw_ref))

  (func $top (param $x i32) (result i32)
    (local $p i32)
    (block $any
      (block $catch (result i32 exnref)
        (try_table (catch_ref $cpp_exception $catch) (catch_all $any)
          (call $middle (local.get $x)))
        (return (i32.const 0)))
      (drop)
      (local.set $p)
      (if (i32.eq (i32.load (local.get $p)) (global.get $ti_err))
        (then (return (i32.mul (i32.load offset=4 (local.get $p)) (i32.const 10)))))
      (return (i32.const -1)))
    (i32.const -1))

  ;; 1000 throw/catch pairs through two frames, no output
  (func $quiet (param $x i32)
    (throw $cpp_exception (local.get $x)))
  (func $many (result i32)
    (local $i i32) (local $n i32)
    (loop $l
      (block $c (result i32)
        (try_table (catch $cpp_exception $c) (call $quiet (i32.const 1)))
        (i32.const 0))
      (local.set $n (i32.add (local.get $n)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 1000))))
    (local.get $n))

  (func (export "_start")
    (call $print (call $top (i32.const 0)))
    (call $print (call $top (i32.const 1)))
    (call $print (call $top (i32.const 2)))
    (call $print (call $many)))
)
