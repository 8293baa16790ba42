;; Checks narrowed to the table of limits' last END (compiler/src/translate/bounds/
;; checks.rs, `narrow_banded`; x86_64): a kept check whose END is past 64 (and at most
;; 64 + `abi::GUARD_BAND`) tests END 64 instead, so that it reads its limit from the
;; memory record; an access past the size that the narrowed check lets through faults in
;; the `PROT_NONE` band and the signal handler makes that the out-of-bounds trap. These
;; assertions pin the trap at the access: in bounds up to the last byte, straddling the
;; size, inside the band, at the band's last bytes, a store that writes nothing, two
;; merged accesses, after memory.grow. On the other targets the checks keep their END:
;; the same results.

(module
  (memory (export "mem") 1 4)
  (func $g)
  (func (export "peek") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))

  ;; END 304.
  (func (export "far") (param $p i32) (result i32)
    (i32.load offset=300 (local.get $p)))

  ;; A store, END 1008.
  (func (export "far_store") (param $p i32) (param $v i64)
    (i64.store offset=1000 (local.get $p) (local.get $v)))

  ;; Two loads of one index merged into one check of END 204.
  (func (export "merged") (param $p i32) (result i32)
    (i32.add (i32.load (local.get $p)) (i32.load offset=200 (local.get $p))))

  ;; The check of p + 200 implies the one of p + 100 after the call: it keeps END 204.
  (func (export "justifies") (param $p i32) (result i32)
    (drop (i32.load offset=200 (local.get $p)))
    (call $g)
    (i32.load offset=100 (local.get $p)))

  ;; p checked, then after the call p + 100 and p + 200 (merged into one check of one
  ;; index, END 204), which goes past the first (`remove_banded`).
  (func (export "merged_dropped") (param $p i32) (result i32)
    (drop (i32.load (local.get $p)))
    (call $g)
    (i32.add (i32.load offset=100 (local.get $p)) (i32.load offset=200 (local.get $p)))))

;; END 304: the last in-bounds index, then straddling the size.
(assert_return (invoke "far" (i32.const 65232)) (i32.const 0))
(assert_trap (invoke "far" (i32.const 65233)) "out of bounds memory access")
;; The narrowed check passes (p + 64 = size) and the access faults in the band.
(assert_trap (invoke "far" (i32.const 65400)) "out of bounds memory access")
(assert_trap (invoke "far" (i32.const 65472)) "out of bounds memory access")
;; The narrowed check itself fails.
(assert_trap (invoke "far" (i32.const 65473)) "out of bounds memory access")
(assert_trap (invoke "far" (i32.const -200)) "out of bounds memory access")
(assert_trap (invoke "far" (i32.const -1)) "out of bounds memory access")

;; A straddling store traps and writes none of its bytes.
(assert_return (invoke "far_store" (i32.const 64528) (i64.const -1)))
(assert_return (invoke "peek" (i32.const 65528)) (i32.const -1))
(assert_trap (invoke "far_store" (i32.const 64532) (i64.const 0)) "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 65532)) (i32.const -1))
(assert_trap (invoke "far_store" (i32.const 65000) (i64.const 0)) "out of bounds memory access")

(assert_return (invoke "merged" (i32.const 65332)) (i32.const -1))
(assert_trap (invoke "merged" (i32.const 65333)) "out of bounds memory access")
(assert_trap (invoke "merged" (i32.const 65436)) "out of bounds memory access")

(assert_return (invoke "justifies" (i32.const 65332)) (i32.const 0))
(assert_trap (invoke "justifies" (i32.const 65333)) "out of bounds memory access")
(assert_trap (invoke "justifies" (i32.const 65400)) "out of bounds memory access")

(assert_return (invoke "merged_dropped" (i32.const 65232)) (i32.const 0))
(assert_trap (invoke "merged_dropped" (i32.const 65333)) "out of bounds memory access")
(assert_trap (invoke "merged_dropped" (i32.const 65386)) "out of bounds memory access")
(assert_trap (invoke "merged_dropped" (i32.const 65436)) "out of bounds memory access")
(assert_trap (invoke "merged_dropped" (i32.const 65533)) "out of bounds memory access")

;; After a grow the band moved up: what trapped is in bounds, the new end traps.
(assert_return (invoke "grow" (i32.const 1)) (i32.const 1))
(assert_return (invoke "far" (i32.const 65472)) (i32.const 0))
(assert_return (invoke "far" (i32.const 130768)) (i32.const 0))
(assert_trap (invoke "far" (i32.const 130769)) "out of bounds memory access")
(assert_trap (invoke "far" (i32.const 131008)) "out of bounds memory access")
(assert_trap (invoke "far_store" (i32.const 130068) (i64.const 0)) "out of bounds memory access")
(assert_return (invoke "peek" (i32.const 131068)) (i32.const 0))

;; A memory at its maximum: the band is all there is after the size. END 65600 (the most
;; a check is narrowed from): with p + 64 = size the access is the band's last 4 bytes.
(module
  (memory 1 1)
  (func (export "edge") (param $p i32) (result i32)
    (i32.load offset=65596 (local.get $p)))
  (func (export "past") (param $p i32) (result i32)
    (i32.load offset=65600 (local.get $p))))

(assert_trap (invoke "edge" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "edge" (i32.const 65472)) "out of bounds memory access")
(assert_trap (invoke "edge" (i32.const 65473)) "out of bounds memory access")
(assert_trap (invoke "past" (i32.const 0)) "out of bounds memory access")
(assert_trap (invoke "past" (i32.const 65472)) "out of bounds memory access")

;; An atomic access keeps its check (its alignment trap must not come first).
(module
  (memory 1 1 shared)
  (func (export "atomic") (param $p i32) (result i32)
    (i32.atomic.load offset=200 (local.get $p))))

(assert_return (invoke "atomic" (i32.const 65332)) (i32.const 0))
(assert_trap (invoke "atomic" (i32.const 65336)) "out of bounds memory access")
