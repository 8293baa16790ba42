;; Wasm GC (issue 22): structs allocated inline from the free lists. Reused slots must
;; read as zero (struct.new_default after the garbage of the same size class was full
;; of non-zero fields), 16-byte objects (no fields: the free-list link lives in the
;; header) must not overlap their neighbours, and objects of every class up to the
;; inline limit and past it keep their fields across collections.

(module
  (type $empty (struct))
  (type $two (struct (field $a (mut i64)) (field $b (mut i64))))
  (type $big (struct (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field i64) (field i64) (field i64) (field i64) (field i64)
    (field i64) (field i64) (field (mut i64))))
  (type $bytes (array (mut i8)))
  (type $list (array (mut (ref null $empty))))
  (type $twos (array (mut (ref null $two))))

  ;; Dirty garbage, then a million struct.new_default: every one reads as zero.
  (func (export "zeroed") (result i64)
    (local $i i32) (local $s i64) (local $o (ref null $two))
    (loop $l
      (drop (struct.new $two (i64.const -1) (i64.const -1)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 1000000))))
    (local.set $i (i32.const 0))
    (loop $l
      (local.set $o (struct.new_default $two))
      (local.set $s (i64.add (local.get $s)
        (i64.or (struct.get $two $a (local.get $o)) (struct.get $two $b (local.get $o)))))
      (struct.set $two $a (local.get $o) (i64.const -1))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 1000000))))
    (local.get $s))

  ;; 100000 distinct empty structs kept in an array across garbage that collects.
  (func (export "empties") (result i32)
    (local $i i32) (local $a (ref $list)) (local $n i32)
    (local.set $a (array.new_default $list (i32.const 100000)))
    (loop $l
      (array.set $list (local.get $a) (local.get $i) (struct.new $empty))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 100000))))
    (local.set $i (i32.const 0))
    (loop $l
      (drop (struct.new $empty))
      (drop (struct.new $two (i64.const 1) (i64.const 2)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 2000000))))
    ;; Count the neighbours that are distinct objects.
    (local.set $i (i32.const 1))
    (loop $l
      (if (i32.eqz (ref.eq (array.get $list (local.get $a) (local.get $i))
                           (array.get $list (local.get $a) (i32.sub (local.get $i) (i32.const 1)))))
        (then (local.set $n (i32.add (local.get $n) (i32.const 1)))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 100000))))
    (local.get $n))

  ;; Live $two objects interleaved with garbage: each keeps its fields.
  (func (export "kept") (result i64)
    (local $i i32) (local $a (ref $twos)) (local $s i64)
    (local.set $a (array.new_default $twos (i32.const 10000)))
    (loop $l
      (array.set $twos (local.get $a) (local.get $i)
        (struct.new $two (i64.extend_i32_u (local.get $i)) (i64.const 1)))
      (drop (struct.new $two (i64.const -1) (i64.const -1)))
      (drop (struct.new_default $big))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 10000))))
    (local.set $i (i32.const 0))
    (loop $l
      (drop (struct.new $two (i64.const -1) (i64.const -1)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 1000000))))
    (local.set $i (i32.const 0))
    (loop $l
      (local.set $s (i64.add (local.get $s)
        (i64.add (struct.get $two $a (array.get $twos (local.get $a) (local.get $i)))
                 (struct.get $two $b (array.get $twos (local.get $a) (local.get $i))))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 10000))))
    (local.get $s))

  ;; Byte arrays of every length 0..600 (inline up to 496 bytes, then the runtime),
  ;; made after dirty garbage of every class: each has its length, is zero, and its
  ;; last element can be set. Returns the sum of lengths and of the last elements.
  (func (export "arrays") (result i32)
    (local $i i32) (local $a (ref null $bytes)) (local $s i32) (local $r i32)
    (loop $l
      (local.set $a (array.new $bytes (i32.const -1) (i32.rem_u (local.get $i) (i32.const 600))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 200000))))
    (local.set $i (i32.const 0))
    (loop $l
      (local.set $a (array.new_default $bytes (local.get $i)))
      (local.set $s (i32.add (local.get $s) (array.len (local.get $a))))
      (if (local.get $i)
        (then
          (local.set $r (i32.or (local.get $r)
            (array.get_u $bytes (local.get $a) (i32.sub (local.get $i) (i32.const 1)))))
          (local.set $r (i32.or (local.get $r)
            (array.get_u $bytes (local.get $a) (i32.shr_u (local.get $i) (i32.const 1)))))
          (array.set $bytes (local.get $a) (i32.sub (local.get $i) (i32.const 1)) (i32.const 1))
          (local.set $s (i32.add (local.get $s)
            (array.get_u $bytes (local.get $a) (i32.sub (local.get $i) (i32.const 1)))))))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 600))))
    (i32.add (local.get $s) (i32.mul (local.get $r) (i32.const 1000000))))

  ;; array.new_fixed of 3 i64s, kept across garbage.
  (func (export "fixed") (result i64)
    (local $a (ref $twos)) (local $i i32)
    (local.set $a (array.new_fixed $twos 3
      (struct.new $two (i64.const 1) (i64.const 2)) (ref.null $two)
      (struct.new $two (i64.const 3) (i64.const 4))))
    (loop $l
      (drop (array.new_fixed $twos 2 (ref.null $two) (ref.null $two)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 1000000))))
    (i64.add (i64.extend_i32_u (array.len (local.get $a)))
      (i64.add (struct.get $two $b (array.get $twos (local.get $a) (i32.const 0)))
               (struct.get $two $a (array.get $twos (local.get $a) (i32.const 2))))))

  ;; A struct past the inline limit (528 bytes) goes through the runtime, zeroed.
  (func (export "big") (result i64)
    (local $b (ref $big))
    (local.set $b (struct.new_default $big))
    (struct.set $big 63 (local.get $b) (i64.const 5))
    (struct.get $big 63 (local.get $b)))
)

(assert_return (invoke "zeroed") (i64.const 0))
(assert_return (invoke "empties") (i32.const 99999))
;; sum of i + 1 over i = 0..9999
(assert_return (invoke "kept") (i64.const 50005000))
(assert_return (invoke "big") (i64.const 5))
;; lengths 0..599 sum to 179700, plus 599 ones
(assert_return (invoke "arrays") (i32.const 180299))
(assert_return (invoke "fixed") (i64.const 8))
