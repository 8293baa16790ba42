;; sort's merge_sort (bench/workloads/sort.c), alone: the function below,
;; clang --target=wasm32 -O2 -nostdlib -Wl,--no-entry -Wl,--export=merge_sort, then
;; wasm2wat, plus `grow` (a memory.grow, as sort.wasm has: without one the heap bound is a
;; constant and the function needs fewer registers). Values live across the two
;; recursive calls (a, tmp, n) sit in stack slots; the merge loop and the copy loop
;; (unrolled by four) use them and the loop counters (tests/regalloc_spills.rs).
;;   typedef struct { uint32_t key; uint32_t seq; } rec;
;;   void merge_sort(rec *a, rec *tmp, uint32_t n) {
;;       if (n < 2) return;
;;       uint32_t h = n / 2;
;;       merge_sort(a, tmp, h);
;;       merge_sort(a + h, tmp, n - h);
;;       uint32_t i = 0, j = h, k = 0;
;;       while (i < h && j < n) tmp[k++] = (a[j].key < a[i].key) ? a[j++] : a[i++];
;;       while (i < h) tmp[k++] = a[i++];
;;       while (j < n) tmp[k++] = a[j++];
;;       for (k = 0; k < n; k++) a[k] = tmp[k];
;;   }
(module
  (type (;0;) (func (param i32 i32 i32)))
  (func $merge_sort (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      local.get 2
      i32.const 2
      i32.lt_u
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      local.get 2
      i32.const 1
      i32.shr_u
      local.tee 3
      call $merge_sort
      local.get 0
      local.get 3
      i32.const 3
      i32.shl
      i32.add
      local.get 1
      local.get 2
      local.get 3
      i32.sub
      call $merge_sort
      i32.const 0
      local.set 4
      local.get 1
      local.set 5
      local.get 3
      local.set 6
      i32.const 0
      local.set 7
      block  ;; label = @2
        loop  ;; label = @3
          local.get 5
          local.get 0
          local.get 6
          local.tee 8
          i32.const 3
          i32.shl
          i32.add
          local.tee 6
          local.get 0
          local.get 7
          local.tee 9
          i32.const 3
          i32.shl
          i32.add
          local.tee 7
          local.get 6
          i32.load
          local.tee 10
          local.get 7
          i32.load
          local.tee 7
          i32.lt_u
          local.tee 11
          select
          i64.load align=4
          i64.store align=4
          local.get 8
          local.get 11
          i32.add
          local.set 6
          local.get 5
          i32.const 8
          i32.add
          local.set 5
          local.get 4
          i32.const 1
          i32.add
          local.set 4
          local.get 3
          local.get 9
          local.get 10
          local.get 7
          i32.ge_u
          i32.add
          local.tee 7
          i32.le_u
          local.tee 10
          br_if 1 (;@2;)
          local.get 6
          local.get 2
          i32.lt_u
          br_if 0 (;@3;)
        end
      end
      block  ;; label = @2
        local.get 10
        br_if 0 (;@2;)
        local.get 3
        local.get 7
        i32.const -1
        i32.xor
        i32.add
        local.set 12
        local.get 3
        local.get 9
        local.get 11
        i32.const 1
        i32.add
        i32.const 1
        i32.and
        i32.add
        local.tee 13
        i32.sub
        local.set 14
        local.get 4
        local.set 15
        block  ;; label = @3
          local.get 3
          local.get 7
          i32.sub
          i32.const 3
          i32.and
          local.tee 16
          i32.eqz
          br_if 0 (;@3;)
          i32.const 0
          local.set 10
          i32.const 0
          local.get 16
          i32.sub
          local.set 15
          local.get 0
          local.get 13
          i32.const 3
          i32.shl
          i32.add
          local.set 7
          loop  ;; label = @4
            local.get 5
            local.get 7
            i64.load align=4
            i64.store align=4
            local.get 7
            i32.const 8
            i32.add
            local.set 7
            local.get 5
            i32.const 8
            i32.add
            local.set 5
            local.get 15
            local.get 10
            i32.const -1
            i32.add
            local.tee 10
            i32.ne
            br_if 0 (;@4;)
          end
          local.get 4
          local.get 10
          i32.sub
          local.set 15
          local.get 9
          local.get 11
          i32.const 1
          i32.add
          i32.const 1
          i32.and
          i32.add
          local.get 10
          i32.sub
          local.set 7
        end
        local.get 14
        local.get 4
        i32.add
        local.set 14
        block  ;; label = @3
          local.get 12
          i32.const 3
          i32.lt_u
          br_if 0 (;@3;)
          local.get 4
          i32.const -1
          i32.add
          local.set 10
          local.get 15
          local.get 3
          i32.sub
          local.get 9
          i32.add
          local.get 11
          i32.const 1
          i32.add
          i32.const 1
          i32.and
          i32.add
          i32.const -1
          i32.add
          local.set 9
          local.get 0
          local.get 7
          i32.const 3
          i32.shl
          i32.add
          local.set 3
          local.get 1
          local.get 15
          i32.const 3
          i32.shl
          i32.add
          local.set 15
          i32.const 0
          local.set 5
          loop  ;; label = @4
            local.get 15
            local.get 5
            i32.add
            local.tee 4
            local.get 3
            local.get 5
            i32.add
            local.tee 7
            i64.load align=4
            i64.store align=4
            local.get 4
            i32.const 8
            i32.add
            local.get 7
            i32.const 8
            i32.add
            i64.load align=4
            i64.store align=4
            local.get 4
            i32.const 16
            i32.add
            local.get 7
            i32.const 16
            i32.add
            i64.load align=4
            i64.store align=4
            local.get 4
            i32.const 24
            i32.add
            local.get 7
            i32.const 24
            i32.add
            i64.load align=4
            i64.store align=4
            local.get 5
            i32.const 32
            i32.add
            local.set 5
            local.get 10
            local.get 9
            i32.const 4
            i32.add
            local.tee 9
            i32.ne
            br_if 0 (;@4;)
          end
        end
        local.get 14
        local.set 4
      end
      block  ;; label = @2
        local.get 6
        local.get 2
        i32.ge_u
        br_if 0 (;@2;)
        local.get 6
        i32.const -1
        i32.xor
        local.get 2
        i32.add
        local.set 3
        block  ;; label = @3
          block  ;; label = @4
            local.get 2
            local.get 6
            i32.sub
            i32.const 3
            i32.and
            local.tee 10
            br_if 0 (;@4;)
            local.get 4
            local.set 9
            br 1 (;@3;)
          end
          local.get 1
          local.get 4
          i32.const 3
          i32.shl
          i32.add
          local.set 5
          local.get 0
          local.get 8
          local.get 11
          i32.add
          i32.const 3
          i32.shl
          i32.add
          local.set 7
          local.get 4
          local.set 9
          loop  ;; label = @4
            local.get 5
            local.get 7
            i64.load align=4
            i64.store align=4
            local.get 7
            i32.const 8
            i32.add
            local.set 7
            local.get 5
            i32.const 8
            i32.add
            local.set 5
            local.get 6
            i32.const 1
            i32.add
            local.set 6
            local.get 9
            i32.const 1
            i32.add
            local.set 9
            local.get 10
            i32.const -1
            i32.add
            local.tee 10
            br_if 0 (;@4;)
          end
        end
        local.get 3
        i32.const 3
        i32.lt_u
        br_if 0 (;@2;)
        local.get 4
        local.get 2
        i32.add
        local.get 9
        i32.sub
        local.get 8
        local.get 11
        i32.add
        i32.sub
        local.set 7
        local.get 0
        local.get 6
        i32.const 3
        i32.shl
        i32.add
        local.set 11
        local.get 1
        local.get 9
        i32.const 3
        i32.shl
        i32.add
        local.set 9
        i32.const 0
        local.set 5
        loop  ;; label = @3
          local.get 9
          local.get 5
          i32.add
          local.tee 6
          local.get 11
          local.get 5
          i32.add
          local.tee 4
          i64.load align=4
          i64.store align=4
          local.get 6
          i32.const 8
          i32.add
          local.get 4
          i32.const 8
          i32.add
          i64.load align=4
          i64.store align=4
          local.get 6
          i32.const 16
          i32.add
          local.get 4
          i32.const 16
          i32.add
          i64.load align=4
          i64.store align=4
          local.get 6
          i32.const 24
          i32.add
          local.get 4
          i32.const 24
          i32.add
          i64.load align=4
          i64.store align=4
          local.get 5
          i32.const 32
          i32.add
          local.set 5
          local.get 7
          i32.const -4
          i32.add
          local.tee 7
          br_if 0 (;@3;)
        end
      end
      local.get 2
      i32.const 1
      local.get 2
      i32.const 1
      i32.gt_u
      select
      local.tee 5
      i32.const 3
      i32.and
      local.set 7
      i32.const 0
      local.set 11
      block  ;; label = @2
        local.get 5
        i32.const -1
        i32.add
        i32.const 3
        i32.lt_u
        br_if 0 (;@2;)
        local.get 5
        i32.const -4
        i32.and
        local.set 9
        i32.const 0
        local.set 5
        i32.const 0
        local.set 11
        loop  ;; label = @3
          local.get 0
          local.get 5
          i32.add
          local.tee 6
          local.get 1
          local.get 5
          i32.add
          local.tee 4
          i64.load align=4
          i64.store align=4
          local.get 6
          i32.const 8
          i32.add
          local.get 4
          i32.const 8
          i32.add
          i64.load align=4
          i64.store align=4
          local.get 6
          i32.const 16
          i32.add
          local.get 4
          i32.const 16
          i32.add
          i64.load align=4
          i64.store align=4
          local.get 6
          i32.const 24
          i32.add
          local.get 4
          i32.const 24
          i32.add
          i64.load align=4
          i64.store align=4
          local.get 5
          i32.const 32
          i32.add
          local.set 5
          local.get 9
          local.get 11
          i32.const 4
          i32.add
          local.tee 11
          i32.ne
          br_if 0 (;@3;)
        end
      end
      local.get 7
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      local.get 11
      i32.const 3
      i32.shl
      local.tee 6
      i32.add
      local.set 5
      local.get 1
      local.get 6
      i32.add
      local.set 6
      loop  ;; label = @2
        local.get 5
        local.get 6
        i64.load align=4
        i64.store align=4
        local.get 5
        i32.const 8
        i32.add
        local.set 5
        local.get 6
        i32.const 8
        i32.add
        local.set 6
        local.get 7
        i32.const -1
        i32.add
        local.tee 7
        br_if 0 (;@2;)
      end
    end)
  (memory (;0;) 2)
  (global $__stack_pointer (mut i32) (i32.const 66560))
  (export "memory" (memory 0))
  (export "merge_sort" (func $merge_sort))
  (func $grow (param i32) (result i32) local.get 0 memory.grow)
  (export "grow" (func $grow)))
