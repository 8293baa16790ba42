;; recursion's tak (bench/workloads/recursion.c), alone: clang --target=wasm32 -O2 -nostdlib
;; -Wl,--no-entry -Wl,--export=tak, then wasm2wat. Its loop calls tak three times
;; (tests/regalloc_spills.rs).
(module
  (type (;0;) (func (param i32 i32 i32) (result i32)))
  (func $tak (type 0) (param i32 i32 i32) (result i32)
    (local i32 i32)
    block  ;; label = @1
      local.get 1
      local.get 0
      i32.ge_s
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 0
        i32.const -1
        i32.add
        local.get 1
        local.get 2
        call $tak
        local.set 3
        local.get 1
        i32.const -1
        i32.add
        local.get 2
        local.get 0
        call $tak
        local.set 4
        local.get 2
        i32.const -1
        i32.add
        local.get 0
        local.get 1
        call $tak
        local.set 2
        local.get 4
        local.set 1
        local.get 3
        local.set 0
        local.get 4
        local.get 3
        i32.lt_s
        br_if 0 (;@2;)
      end
    end
    local.get 2)
  (memory (;0;) 2)
  (global $__stack_pointer (mut i32) (i32.const 66560))
  (export "memory" (memory 0))
  (export "tak" (func $tak)))
