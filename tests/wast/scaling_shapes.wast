;; Compile-time scaling shapes (issue 24, scripts/gen-scaling) checked for their results
;; and trap points:
;; several multi-block loops in one function, each loop's final values used by the
;; next (their bounds checks are hoisted and the uses after each loop repaired in one
;; batch, compiler/src/translate/ssa.rs), and a `br_table` of many targets that pass
;; a value. Expected values come from
;; a Python model of the functions and agree with WABT's spectest-interp.

(module
  (memory 1)
  (func (export "peek") (param $a i32) (result i32) (i32.load (local.get $a)))
  (func (export "clear") (memory.fill (i32.const 0) (i32.const 0) (i32.const 65536)))
  (func (export "chain") (param $n i32) (param $base i32) (result i32)
    (local $i i32) (local $s i32) (local $j i32) (local $k i32) (local $a i32)
    (block $b1 (br_if $b1 (i32.eqz (local.get $n)))
      (loop $l1
        (local.set $a (i32.add (local.get $base) (i32.shl (local.get $i) (i32.const 2))))
        (i32.store (local.get $a) (i32.mul (local.get $i) (i32.const 3)))
        (if (i32.and (local.get $i) (i32.const 1))
          (then (local.set $s (i32.add (local.get $s) (i32.load (local.get $a))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l1 (i32.lt_u (local.get $i) (local.get $n)))))
    (local.set $j (local.get $i))
    (block $b2 (br_if $b2 (i32.eqz (local.get $j)))
      (loop $l2
        (local.set $a (i32.add (local.get $base)
          (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2))))
        (local.set $s (i32.add (local.get $s) (i32.load (local.get $a))))
        (if (i32.eqz (i32.and (local.get $j) (i32.const 3)))
          (then (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (local.get $s)))))
        (local.set $j (i32.sub (local.get $j) (i32.const 1)))
        (br_if $l2 (local.get $j))))
    (block $b3 (br_if $b3 (i32.eqz (local.get $n)))
      (loop $l3
        (local.set $a (i32.add (local.get $base) (i32.shl (local.get $k) (i32.const 2))))
        (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (local.get $i)))
        (if (i32.and (local.get $k) (i32.const 1))
          (then (local.set $s (i32.xor (local.get $s) (i32.load (local.get $a))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br_if $l3 (i32.lt_u (local.get $k) (local.get $i)))))
    (i32.add (i32.add (i32.add (local.get $s) (local.get $i)) (local.get $j))
      (i32.load (local.get $base))))
  ;; A br_table of 3000 targets over 5 blocks, each target passing a value.
  (func (export "switch") (param $x i32) (result i32)
    block $d4 (result i32)
      block $d3 (result i32)
        block $d2 (result i32)
          block $d1 (result i32)
            block $d0 (result i32)
              local.get $x
              i32.const 3
              i32.mul
              local.get $x
              br_table 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 0 2 4 1 3 4
            end
            i32.const 1
            i32.add
            return
          end
          i32.const 2
          i32.add
          return
        end
        i32.const 3
        i32.add
        return
      end
      i32.const 4
      i32.add
      return
    end
    i32.const 5
    i32.add))

(invoke "clear")
(assert_return (invoke "chain" (i32.const 1) (i32.const 0)) (i32.const 2))
(assert_return (invoke "peek" (i32.const 0)) (i32.const 1))
(invoke "clear")
(assert_return (invoke "chain" (i32.const 2) (i32.const 64)) (i32.const 7))
(assert_return (invoke "peek" (i32.const 64)) (i32.const 2))
(assert_return (invoke "peek" (i32.const 68)) (i32.const 5))
(invoke "clear")
(assert_return (invoke "chain" (i32.const 7) (i32.const 100)) (i32.const 53))
(assert_return (invoke "peek" (i32.const 100)) (i32.const 7))
(assert_return (invoke "peek" (i32.const 112)) (i32.const 97))
(assert_return (invoke "peek" (i32.const 124)) (i32.const 25))
(invoke "clear")
(assert_return (invoke "chain" (i32.const 64) (i32.const 4096)) (i32.const 3328))
(assert_return (invoke "peek" (i32.const 4096)) (i32.const 64))
(assert_return (invoke "peek" (i32.const 4224)) (i32.const 160))
(assert_return (invoke "peek" (i32.const 4348)) (i32.const 3514))
(invoke "clear")
(assert_return (invoke "chain" (i32.const 1000) (i32.const 8)) (i32.const 2595302))
(assert_return (invoke "peek" (i32.const 8)) (i32.const 1000))
(assert_return (invoke "peek" (i32.const 2008)) (i32.const 2500))
(assert_return (invoke "peek" (i32.const 4004)) (i32.const 756994))
(invoke "clear")
(assert_return (invoke "chain" (i32.const 16383) (i32.const 0)) (i32.const 219004919))
(assert_return (invoke "peek" (i32.const 0)) (i32.const 16383))
(assert_return (invoke "peek" (i32.const 32764)) (i32.const 503271423))
(assert_return (invoke "peek" (i32.const 65528)) (i32.const 65529))
(invoke "clear")
(assert_return (invoke "chain" (i32.const 5) (i32.const 65516)) (i32.const 23))
(assert_return (invoke "peek" (i32.const 65516)) (i32.const 5))
(assert_return (invoke "peek" (i32.const 65524)) (i32.const 11))
(assert_return (invoke "peek" (i32.const 65532)) (i32.const 17))
(invoke "clear")
(assert_trap (invoke "chain" (i32.const 20) (i32.const 65500)) "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65500)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 65528)) (i32.const 21))
(assert_return (invoke "peek" (i32.const 65532)) (i32.const 24))
(assert_return (invoke "peek" (i32.const 0)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 4)) (i32.const 0))
(invoke "clear")
(assert_trap (invoke "chain" (i32.const 16385) (i32.const 0)) "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65500)) (i32.const 49125))
(assert_return (invoke "peek" (i32.const 65528)) (i32.const 49146))
(assert_return (invoke "peek" (i32.const 65532)) (i32.const 49149))
(assert_return (invoke "peek" (i32.const 0)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 4)) (i32.const 3))
(invoke "clear")
(assert_trap (invoke "chain" (i32.const 3) (i32.const 65532)) "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65500)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 65528)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 65532)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 0)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 4)) (i32.const 0))
(invoke "clear")
(assert_trap (invoke "chain" (i32.const 10) (i32.const -8)) "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65500)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 65528)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 65532)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 0)) (i32.const 0))
(assert_return (invoke "peek" (i32.const 4)) (i32.const 0))

(assert_return (invoke "switch" (i32.const 0)) (i32.const 1))
(assert_return (invoke "switch" (i32.const 1)) (i32.const 6))
(assert_return (invoke "switch" (i32.const 2)) (i32.const 11))
(assert_return (invoke "switch" (i32.const 3)) (i32.const 11))
(assert_return (invoke "switch" (i32.const 4)) (i32.const 16))
(assert_return (invoke "switch" (i32.const 5)) (i32.const 16))
(assert_return (invoke "switch" (i32.const 6)) (i32.const 21))
(assert_return (invoke "switch" (i32.const 1000)) (i32.const 3001))
(assert_return (invoke "switch" (i32.const 1234)) (i32.const 3706))
(assert_return (invoke "switch" (i32.const 2998)) (i32.const 8996))
(assert_return (invoke "switch" (i32.const 2999)) (i32.const 9001))
(assert_return (invoke "switch" (i32.const 3000)) (i32.const 9005))
(assert_return (invoke "switch" (i32.const 3001)) (i32.const 9008))
(assert_return (invoke "switch" (i32.const 100000)) (i32.const 300005))
(assert_return (invoke "switch" (i32.const -1)) (i32.const 2))
