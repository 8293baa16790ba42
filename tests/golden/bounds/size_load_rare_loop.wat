;; A copied loop behind a branch that most calls do not take (musl's `memcpy` and its
;; loops for misaligned pointers, `__fwritex` and its newline scan): the first access's
;; check reads its limit from the memory record, so the size load left in the entry block
;; is used only by the loop's precheck and its checked copy; `size_loads::sink_to_uses`
;; moves it into the branch (`rare`: its `then` block), where only the calls that reach
;; the loop run it. (Loads out of loops move only in functions whose loops were copied
;; and which have at most `SINK_OUT_OF_LOOPS_MAX` instructions.)
(module
  (memory 1)
  (func (export "rare") (param $p i32) (param $n i32) (param $flag i32) (result i32)
    (local $i i32) (local $s i32)
    (local.set $s (i32.load (local.get $p)))
    (if (local.get $flag)
      (then
        (loop $l
          (local.set $s (i32.add (local.get $s)
            (i32.load offset=4 (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
          (br_if $l (i32.lt_u
            (local.tee $i (i32.add (local.get $i) (i32.const 1)))
            (local.get $n))))))
    (local.get $s)))
