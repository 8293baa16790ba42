;; nqueens' place (bench/workloads/nqueens.c), alone: clang --target=wasm32 -O2 -nostdlib
;; -Wl,--no-entry -Wl,--export=place, then wasm2wat. The loop calls place, so the
;; heap base lives in a stack slot and is reloaded in the loop (tests/regalloc_spills.rs).
(module
  (type (;0;) (func (param i32 i32 i32) (result i64)))
  (func $place (type 0) (param i32 i32 i32) (result i64)
    (local i64 i32 i32 i32 i32 i32 i32 i32 i64)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            local.get 1
            i32.eq
            br_if 0 (;@4;)
            local.get 1
            i32.const 1
            i32.ge_s
            br_if 1 (;@3;)
            i64.const 0
            return
          end
          block  ;; label = @4
            local.get 0
            i32.const 1
            i32.ge_s
            br_if 0 (;@4;)
            i64.const 0
            local.set 3
            br 3 (;@1;)
          end
          local.get 0
          i32.const 3
          i32.and
          local.set 4
          block  ;; label = @4
            local.get 0
            i32.const -1
            i32.add
            i32.const 3
            i32.ge_u
            br_if 0 (;@4;)
            i64.const 0
            local.set 3
            i32.const 0
            local.set 5
            br 2 (;@2;)
          end
          local.get 0
          i32.const -4
          i32.and
          local.set 1
          i64.const 0
          local.set 3
          i32.const 0
          local.set 5
          i32.const 1024
          local.set 0
          loop  ;; label = @4
            local.get 3
            i64.const 17
            i64.mul
            local.get 0
            i64.load32_s
            i64.add
            i64.const 17
            i64.mul
            local.get 0
            i32.const 4
            i32.add
            i64.load32_s
            i64.add
            i64.const 17
            i64.mul
            local.get 0
            i32.const 8
            i32.add
            i64.load32_s
            i64.add
            i64.const 17
            i64.mul
            local.get 0
            i32.const 12
            i32.add
            i64.load32_s
            i64.add
            local.set 3
            local.get 0
            i32.const 16
            i32.add
            local.set 0
            local.get 1
            local.get 5
            i32.const 4
            i32.add
            local.tee 5
            i32.ne
            br_if 0 (;@4;)
            br 2 (;@2;)
          end
        end
        local.get 0
        i32.const 1
        i32.add
        local.set 6
        local.get 0
        i32.const 2
        i32.shl
        local.tee 4
        i32.const 1152
        i32.add
        local.set 7
        local.get 4
        i32.const 1024
        i32.add
        local.set 8
        local.get 1
        local.get 0
        i32.add
        i32.const 2
        i32.shl
        i32.const 1280
        i32.add
        local.set 4
        i64.const 0
        local.set 3
        i32.const 0
        local.set 0
        i32.const 0
        local.set 5
        loop  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.const 1088
            i32.add
            local.tee 9
            i32.load
            br_if 0 (;@4;)
            local.get 7
            local.get 0
            i32.add
            local.tee 10
            i32.load
            br_if 0 (;@4;)
            local.get 4
            i32.load
            br_if 0 (;@4;)
            local.get 10
            i32.const 1
            i32.store
            local.get 4
            i32.const 1
            i32.store
            local.get 8
            local.get 5
            i32.store
            local.get 9
            i32.const 1
            i32.store
            local.get 6
            local.get 1
            local.get 2
            call $place
            local.set 11
            local.get 10
            i32.const 0
            i32.store
            local.get 4
            i32.const 0
            i32.store
            local.get 9
            i32.const 0
            i32.store
            local.get 11
            local.get 3
            i64.add
            local.set 3
          end
          local.get 0
          i32.const 4
          i32.add
          local.set 0
          local.get 4
          i32.const -4
          i32.add
          local.set 4
          local.get 1
          local.get 5
          i32.const 1
          i32.add
          local.tee 5
          i32.ne
          br_if 0 (;@3;)
        end
        local.get 3
        return
      end
      local.get 4
      i32.eqz
      br_if 0 (;@1;)
      local.get 5
      i32.const 2
      i32.shl
      i32.const 1024
      i32.add
      local.set 0
      loop  ;; label = @2
        local.get 3
        i64.const 17
        i64.mul
        local.get 0
        i64.load32_s
        i64.add
        local.set 3
        local.get 0
        i32.const 4
        i32.add
        local.set 0
        local.get 4
        i32.const -1
        i32.add
        local.tee 4
        br_if 0 (;@2;)
      end
    end
    local.get 2
    local.get 2
    i64.load
    local.tee 11
    i64.const 6
    i64.shl
    local.get 3
    i64.add
    local.get 11
    i64.const 2
    i64.shr_u
    i64.add
    local.get 11
    i64.xor
    i64.store
    i64.const 1)
  (memory (;0;) 2)
  (global $__stack_pointer (mut i32) (i32.const 66944))
  (export "memory" (memory 0))
  (export "place" (func $place)))
