;; sieve's rounds (bench/workloads/sieve.c: sieve() called four times, memset imported):
;; clang --target=wasm32 -O2 -nostdlib -Wl,--no-entry -Wl,--export=run -Wl,--allow-undefined,
;; then wasm2wat. The prime-counting loop (unrolled by two) reads n, which lives in a
;; stack slot across the memset call (tests/regalloc_spills.rs).
(module
  (type (;0;) (func (param i32 i32 i32) (result i32)))
  (type (;1;) (func (param i32) (result i64)))
  (import "env" "memset" (func $memset (type 0)))
  (func $run (type 1) (param i32) (result i64)
    (local i32 i64 i64 i64 i64 i32 i64 i64 i64 i32 i32 i32 i32 i32 i32 i32 i64 i64)
    local.get 0
    i32.const 4
    i32.add
    local.set 1
    i64.const 19999999
    local.set 2
    i64.const 0
    local.set 3
    i64.const 0
    local.set 4
    loop  ;; label = @1
      local.get 0
      i32.const 0
      local.get 3
      i64.const -7919
      i64.mul
      local.tee 5
      i32.wrap_i64
      i32.const 20000001
      i32.add
      call $memset
      local.tee 6
      i32.const 257
      i32.store16 align=1
      local.get 5
      i64.const 20000000
      i64.add
      local.set 7
      local.get 5
      i64.const 19999999
      i64.add
      local.set 8
      i64.const 0
      local.get 2
      i64.const -2
      i64.and
      i64.sub
      local.set 9
      i32.const 6
      local.set 10
      i32.const 5
      local.set 11
      local.get 1
      local.set 12
      i32.const 6
      local.set 13
      i32.const 2
      local.set 14
      loop  ;; label = @2
        block  ;; label = @3
          local.get 6
          local.get 14
          i32.add
          i32.load8_u
          br_if 0 (;@3;)
          local.get 7
          local.get 14
          local.get 14
          i32.mul
          i64.extend_i32_u
          i64.lt_u
          br_if 0 (;@3;)
          local.get 12
          local.set 15
          local.get 10
          local.set 16
          loop  ;; label = @4
            local.get 15
            i32.const 1
            i32.store8
            local.get 15
            local.get 14
            i32.add
            local.set 15
            local.get 16
            i64.extend_i32_u
            local.set 5
            local.get 16
            local.get 14
            i32.add
            local.set 16
            local.get 7
            local.get 5
            i64.ge_u
            br_if 0 (;@4;)
          end
        end
        local.get 12
        local.get 11
        i32.add
        local.set 12
        local.get 11
        i32.const 2
        i32.add
        local.set 11
        local.get 10
        local.get 13
        i32.add
        local.set 10
        local.get 13
        i32.const 2
        i32.add
        local.set 13
        local.get 14
        i32.const 1
        i32.add
        local.tee 14
        i64.extend_i32_u
        local.tee 5
        local.get 5
        i64.mul
        local.get 7
        i64.le_u
        br_if 0 (;@2;)
      end
      local.get 8
      i64.const 1
      i64.and
      local.set 17
      local.get 4
      i64.const 31
      i64.mul
      local.set 18
      i64.const 0
      local.set 7
      i64.const 1469598103934665603
      local.set 4
      i32.const 2
      local.set 16
      i64.const 2
      local.set 5
      i32.const 3
      local.set 15
      i64.const 0
      local.set 8
      loop  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 6
            local.get 15
            i32.add
            local.tee 14
            i32.const -1
            i32.add
            i32.load8_u
            i32.eqz
            br_if 0 (;@4;)
            local.get 16
            local.set 11
            br 1 (;@3;)
          end
          local.get 15
          i32.const -1
          i32.add
          local.set 11
          local.get 7
          local.get 5
          i64.add
          local.set 7
          local.get 8
          i64.const 1
          i64.add
          local.set 8
          local.get 4
          local.get 16
          i32.const -1
          i32.xor
          local.get 15
          i32.add
          i64.extend_i32_u
          i64.xor
          i64.const 1099511628211
          i64.mul
          local.set 4
        end
        block  ;; label = @3
          block  ;; label = @4
            local.get 14
            i32.load8_u
            i32.eqz
            br_if 0 (;@4;)
            local.get 11
            local.set 16
            br 1 (;@3;)
          end
          local.get 8
          i64.const 1
          i64.add
          local.set 8
          local.get 7
          local.get 5
          i64.add
          i64.const 1
          i64.add
          local.set 7
          local.get 4
          local.get 15
          local.get 11
          i32.sub
          i64.extend_i32_u
          i64.xor
          i64.const 1099511628211
          i64.mul
          local.set 4
          local.get 15
          local.set 16
        end
        local.get 15
        i32.const 2
        i32.add
        local.set 15
        local.get 9
        local.get 5
        i64.const 2
        i64.add
        local.tee 5
        i64.add
        i64.const 2
        i64.ne
        br_if 0 (;@2;)
      end
      block  ;; label = @2
        local.get 17
        i64.eqz
        br_if 0 (;@2;)
        local.get 6
        local.get 15
        i32.add
        i32.const -1
        i32.add
        i32.load8_u
        br_if 0 (;@2;)
        local.get 7
        local.get 5
        i64.add
        local.set 7
        local.get 8
        i64.const 1
        i64.add
        local.set 8
        local.get 4
        local.get 16
        i32.const -1
        i32.xor
        local.get 15
        i32.add
        i64.extend_i32_u
        i64.xor
        i64.const 1099511628211
        i64.mul
        local.set 4
      end
      local.get 2
      i64.const -7919
      i64.add
      local.set 2
      local.get 8
      i64.const 1000003
      i64.mul
      local.get 7
      i64.xor
      local.get 4
      i64.xor
      local.get 18
      i64.add
      local.set 4
      local.get 3
      i64.const 1
      i64.add
      local.tee 3
      i64.const 4
      i64.ne
      br_if 0 (;@1;)
    end
    local.get 4)
  (memory (;0;) 2)
  (global $__stack_pointer (mut i32) (i32.const 66560))
  (export "memory" (memory 0))
  (export "run" (func $run)))
