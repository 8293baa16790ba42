//! The only code that reads the instance (vmctx) or calls into the runtime.
//!
//! PLEASE REVIEW CAREFULLY: `heap_addr` is the sandbox. Every linear-memory access is
//! checked explicitly: `zext(index) + offset + size <= memory.size`, computed in 64 bits
//! where it cannot overflow (index < 2^32, offset < 2^32, size <= 16). A 64-bit memory
//! (memory64) has 64-bit indices and offsets, where that sum could wrap: its check
//! (`heap_addr64`) first clamps the index below 2^40 (a memory is never that large), so
//! nothing overflows either; the bounds-check rewrites leave these checks alone. The memory base
//! never moves (the runtime reserves the maximum up front), so it is a read-only load
//! that Cranelift may reuse; the size changes only across calls (memory.grow), or, for a
//! shared memory, when another thread grows it: the size is then read with a plain
//! aligned 64-bit load, which is single-copy atomic on every target (the runtime stores
//! it with a release store after the pages are accessible), and an older value is only
//! conservative (see `checks.rs`). With
//! several memories, the memarg's memory index selects the record (`memory_record`): memory 0 is
//! read exactly as with a single memory, the others through the instance's `memories`.

use super::exceptions::Callee;
use super::func::{BlockCache, FuncTranslator};
use super::{import_data, import_func, SigId};
use crate::abi::{self, Rt, Trap, FUNCREF, INSTANCE, MEMORY, TABLE};
use crate::error::Result;
use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, Type, Value};
use wasmparser::{MemArg, MemArgTarget, Operator};

impl FuncTranslator<'_, '_> {
    fn load_ro(&mut self, ty: Type, base: Value, offset: i32) -> Value {
        self.b.ins().load(ty, self.flags.readonly, base, offset)
    }

    /// Prologue check: trap when the stack pointer is below the store's limit, which
    /// the runtime keeps in every instance of the store (one load from the vmctx).
    pub(crate) fn stack_check(&mut self) {
        let limit = self.load_ro(types::I64, self.vmctx, INSTANCE.offset_of("stack_limit"));
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let over = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        self.trap_if(over, Trap::StackOverflow);
    }

    /// The function reference of runtime function `rt` in this function.
    pub(crate) fn runtime_ref(&mut self, rt: Rt) -> ir::FuncRef {
        match self.rt_refs.get(&rt) {
            Some(f) => *f,
            None => {
                let (id, sig) = &self.m.runtime[&rt];
                let f = import_func(self.b.func, *id, sig, false);
                self.rt_refs.insert(rt, f);
                f
            }
        }
    }

    /// Calls a runtime function with the C ABI.
    pub(crate) fn call_runtime(&mut self, rt: Rt, args: &[Value]) -> Option<Value> {
        let fref = self.runtime_ref(rt);
        let call = self.b.ins().call(fref, args);
        self.b.inst_results(call).first().copied()
    }

    /// Calls `rt` with the instance first; returns its result.
    fn rt_i32(&mut self, rt: Rt, args: &[Value]) -> Value {
        let mut a = vec![self.vmctx];
        a.extend_from_slice(args);
        self.call_runtime(rt, &a)
            .expect("runtime function returns a value")
    }

    fn rt_void(&mut self, rt: Rt, args: &[Value]) {
        let mut a = vec![self.vmctx];
        a.extend_from_slice(args);
        self.call_runtime(rt, &a);
    }

    // ---- memory -------------------------------------------------------------------

    /// Pointer to the `w2n_memory` record of memory `mem`, and the offset of it to use.
    ///
    /// Memory 0 is reached directly: a defined one lives in the instance (`memory0`, no
    /// load at all), an imported one through the `memory` pointer. Other memories go
    /// through the `memories` array (two read-only loads). Emitted once per memory in
    /// the entry block (see `mem_records`).
    ///
    /// With `mem0_offset`, memory 0's base is loaded (once) and its record reached from
    /// it: the record is at the constant distance `offset_of(memory0) - K`. The base
    /// then serves both the accesses (`base + idx + offset`, short displacements) and
    /// the bounds checks' size loads, so a loop keeps one long-lived value for both,
    /// where it kept the base and the vmctx. (The vmctx itself as that value is worse:
    /// it is every call's first argument, in a fixed register, so the register
    /// allocator splits it around each call and reloads it from the stack far more
    /// often than a value no call constrains.)
    pub(crate) fn load_memory_record(&mut self, mem: u32) -> (Value, i32) {
        if mem == 0 {
            let imported = self.m.info.memories.first().is_some_and(|m| m.imported);
            if let (false, Some(k)) = (imported, self.m.mem0_offset) {
                let rec = INSTANCE.offset_of("memory0");
                let base = self.load_ro(types::I64, self.vmctx, rec + MEMORY.offset_of("base"));
                return (base, rec - k);
            }
            if imported {
                let p = self.load_ro(types::I64, self.vmctx, INSTANCE.offset_of("memory"));
                (p, 0)
            } else {
                (self.vmctx, INSTANCE.offset_of("memory0"))
            }
        } else {
            let arr = self.load_ro(types::I64, self.vmctx, INSTANCE.offset_of("memories"));
            let p = self.load_ro(types::I64, arr, mem as i32 * 8);
            (p, 0)
        }
    }

    /// Memory `mem`'s base address (its record must be loaded): a read-only load of its
    /// record's `base`, or, for memory 0 placed at a constant distance from the instance
    /// (`mem0_offset`), the value its record is reached from, which is that base.
    pub(crate) fn load_memory_base(&mut self, mem: u32) -> Value {
        if let (0, Some(_)) = (mem, self.m.mem0_offset) {
            // The record's pointer is the base itself (`load_memory_record`).
            return self.memory_record(0).0;
        }
        let (rec, off) = self.memory_record(mem);
        self.load_ro(types::I64, rec, off + MEMORY.offset_of("base"))
    }

    /// `index` (an i32) zero-extended to i64, shared by the accesses of one block that
    /// use the same index value (Cranelift would merge the copies; this spares it, and
    /// the bounds-check passes, the work).
    fn index_ext(&mut self, index: Value) -> Value {
        let cache = &mut self.block_cache;
        cache.enter(self.b.current_block());
        if let Some(&(_, ext)) = cache.exts.iter().rev().find(|(i, _)| *i == index) {
            return ext;
        }
        let ext = self.b.ins().uextend(types::I64, index);
        BlockCache::remember(&mut self.block_cache.exts, (index, ext));
        ext
    }

    /// The record of memory `mem`, as loaded in the entry block.
    fn memory_record(&self, mem: u32) -> (Value, i32) {
        self.mem_records[mem as usize]
    }

    fn memory_size_bytes(&mut self, mem: u32) -> Value {
        let (rec, off) = self.memory_record(mem);
        self.b.ins().load(
            types::I64,
            self.flags.mem_size,
            rec,
            off + MEMORY.offset_of("size"),
        )
    }

    /// Whether memory `mem` is a 64-bit memory (memory64).
    pub(crate) fn index64(&self, mem: u32) -> bool {
        self.m.info.memories[mem as usize].index64
    }

    /// An address or length operand of memory `mem` as an i64 (zero-extended from a
    /// 32-bit memory's i32).
    fn addr64(&mut self, mem: u32, v: Value) -> Value {
        if self.index64(mem) {
            v
        } else {
            self.b.ins().uextend(types::I64, v)
        }
    }

    /// Host address of a bounds-checked access of `size` bytes at `index + memarg.offset`.
    /// Returns the base address and the static offset to put in the load/store.
    pub(crate) fn heap_addr(&mut self, index: Value, memarg: &MemArg, size: u64) -> (Value, i32) {
        let mem = match memarg.target {
            MemArgTarget::Memory(m) => m,
            // GC array targets are rejected by validation with our feature set.
            MemArgTarget::Array(_) => unreachable!("memarg targeting a GC array"),
        };
        if self.index64(mem) {
            return self.heap_addr64(mem, index, memarg, size);
        }
        let (index, folded, bound) = self.fold_index_constant(index, memarg.offset);
        let memarg = &MemArg {
            offset: folded,
            ..*memarg
        };
        let idx = self.index_ext(index);
        // An address whose largest possible value is below the memory's declared
        // minimum size is always in bounds (memories never shrink; an imported memory is
        // at least its declared minimum, checked at link time): no check. C globals and
        // static data are such, and so are static tables indexed by a byte or a masked
        // value (`table[c]` after a `load8_u`, `t[h & 255]`).
        let end = |c: u64| c.checked_add(memarg.offset)?.checked_add(size);
        let min_bytes = self.m.info.memories[mem as usize]
            .min
            .saturating_mul(crate::abi::PAGE_SIZE);
        if bound
            .unwrap_or_else(|| super::checks::upper_bound(&self.b.func.dfg, index, 6))
            .and_then(end)
            .is_some_and(|e| e <= min_bytes)
        {
            return self.heap_base_plus(mem, idx, memarg);
        }
        let mem_size = self.memory_size_bytes(mem);
        // In bounds iff idx + offset + size <= mem_size, i.e. idx <= mem_size - (offset
        // + size) computed in i64 (no overflow: each term < 2^33) and compared signed,
        // so a memory smaller than the access gives a negative limit and always traps.
        // The limit depends only on the memory size, so it is computed once per loop
        // (not per access) and each access costs one compare-and-branch.
        let limit = self
            .b
            .ins()
            .iadd_imm_s(mem_size, -((memarg.offset + size) as i64));
        let oob = self.b.ins().icmp(IntCC::SignedGreaterThan, idx, limit);
        let trapnz = self.b.ins().trapnz(
            oob,
            ir::TrapCode::unwrap_user(Trap::MemoryOutOfBounds as u8),
        );
        if let ir::ValueDef::Result(icmp, _) = self.b.func.dfg.value_def(oob) {
            self.checks.push(super::checks::CheckSite {
                trapnz,
                icmp,
                mem,
                idx: index,
                end: memarg.offset + size,
                size: mem_size,
            });
        }
        self.heap_base_plus(mem, idx, memarg)
    }

    /// A 32-bit index `x + c` (an `iadd` of a constant `c`) whose sum cannot wrap, as `x`
    /// and the static offset `offset + c`: then `zext(x + c) + offset` is `zext(x) +
    /// (offset + c)`, so the access and its check (whose end grows by `c`) are the same,
    /// and the constant goes into the access's displacement instead of an `add` or `lea`
    /// of its own (`t[(op & 127) << 2]` with `t` at a constant address: clang leaves a
    /// static table's address out of the memarg offset when it cannot prove the add does
    /// not wrap). The sum cannot wrap when `upper_bound(x) + c < 2^32`; the new offset
    /// must stay within `i32` (`heap_base_plus` would add it separately otherwise).
    ///
    /// Returns the index and offset to use, and, when the index was such a sum, the
    /// returned index's `upper_bound` (from the bound of `x`, which it had to walk
    /// anyway), so that `heap_addr` does not walk the same definitions again.
    fn fold_index_constant(&self, index: Value, offset: u64) -> (Value, u64, Option<Option<u64>>) {
        let dfg = &self.b.func.dfg;
        let sum = || {
            let ir::ValueDef::Result(inst, 0) = dfg.value_def(dfg.resolve_aliases(index)) else {
                return None;
            };
            let ir::InstructionData::Binary {
                opcode: ir::Opcode::Iadd,
                args: [a, b],
            } = dfg.insts[inst]
            else {
                return None;
            };
            let (a, b) = (dfg.resolve_aliases(a), dfg.resolve_aliases(b));
            match (
                super::checks::const_u32(dfg, a),
                super::checks::const_u32(dfg, b),
            ) {
                (None, Some(c)) => Some((a, u64::from(c))),
                (Some(c), None) => Some((b, u64::from(c))),
                _ => None,
            }
        };
        let Some((x, c)) = sum() else {
            return (index, offset, None);
        };
        // `upper_bound` of the sum is that of `x` plus `c` when that does not wrap.
        let bound = super::checks::upper_bound(dfg, x, 6).map(|ub| ub + c);
        match (bound, offset.checked_add(c)) {
            (Some(b), Some(folded)) if b <= u64::from(u32::MAX) && folded <= i32::MAX as u64 => {
                (x, folded, Some(Some(b - c)))
            }
            _ => (
                index,
                offset,
                Some(bound.filter(|&b| b <= u64::from(u32::MAX))),
            ),
        }
    }

    /// [`Self::heap_addr`] for a 64-bit memory: `idx` and `memarg.offset` are any u64, so
    /// `idx + offset + size` may wrap. No memory is 2^40 bytes or larger (the runtime's
    /// limit is `W2N_MAX_PAGES` pages, 4 GiB), so the index is clamped to `2^40`
    /// (`umin`) and an end above `2^40` gives a limit of -1: the signed compare
    /// `min(idx, 2^40) > size - end` then involves only values below 2^41 and is exact.
    /// These checks are not recorded in `checks`: the rewrites' proofs assume 32-bit
    /// indices, so they leave 64-bit accesses alone.
    fn heap_addr64(&mut self, mem: u32, idx: Value, memarg: &MemArg, size: u64) -> (Value, i32) {
        const CLAMP: u64 = 1 << 40;
        const _: () = assert!(crate::abi::MAX_PAGES * crate::abi::PAGE_SIZE < CLAMP);
        let mem_size = self.memory_size_bytes(mem);
        let limit = match memarg.offset.checked_add(size) {
            Some(end) if end <= CLAMP => self.b.ins().iadd_imm_s(mem_size, -(end as i64)),
            _ => self.b.ins().iconst(types::I64, -1),
        };
        let cap = self.b.ins().iconst(types::I64, CLAMP as i64);
        let clamped = self.b.ins().umin(idx, cap);
        let oob = self.b.ins().icmp(IntCC::SignedGreaterThan, clamped, limit);
        self.trap_if(oob, Trap::MemoryOutOfBounds);
        self.heap_base_plus(mem, idx, memarg)
    }

    /// `base + idx` and the offset to use in the access (after the bounds check).
    /// `base + idx` is shared by the accesses of one block with the same index value,
    /// as its zero-extension is (`index_ext`).
    fn heap_base_plus(&mut self, mem: u32, idx: Value, memarg: &MemArg) -> (Value, i32) {
        let base = self.mem_bases[mem as usize];
        let cache = &mut self.block_cache;
        cache.enter(self.b.current_block());
        let addr = match cache.addrs.iter().rev().find(|a| (a.0, a.1) == (base, idx)) {
            Some(&(_, _, addr)) => addr,
            None => {
                let addr = self.b.ins().iadd(base, idx);
                BlockCache::remember(&mut self.block_cache.addrs, (base, idx, addr));
                addr
            }
        };
        if memarg.offset <= i32::MAX as u64 {
            (addr, memarg.offset as i32)
        } else {
            (self.b.ins().iadd_imm_s(addr, memarg.offset as i64), 0)
        }
    }

    fn load(&mut self, memarg: &MemArg, ty: Type, size: u64, kind: Load) {
        let index = self.pop();
        let (addr, off) = self.heap_addr(index, memarg, size);
        let f = self.flags.heap;
        let ins = self.b.ins();
        let v = match kind {
            Load::Plain => ins.load(ty, f, addr, off),
            Load::S8 => ins.sload8(ty, f, addr, off),
            Load::U8 => ins.uload8(ty, f, addr, off),
            Load::S16 => ins.sload16(ty, f, addr, off),
            Load::U16 => ins.uload16(ty, f, addr, off),
            Load::S32 => ins.sload32(f, addr, off),
            Load::U32 => ins.uload32(f, addr, off),
        };
        self.push(v);
    }

    fn store(&mut self, memarg: &MemArg, size: u64) {
        let value = self.pop();
        let index = self.pop();
        let (addr, off) = self.heap_addr(index, memarg, size);
        let f = self.flags.heap;
        let vty = self.b.func.dfg.value_type(value);
        let ins = self.b.ins();
        match (size, vty.bytes() as u64) {
            (s, w) if s == w => ins.store(f, value, addr, off),
            (1, _) => ins.istore8(f, value, addr, off),
            (2, _) => ins.istore16(f, value, addr, off),
            _ => ins.istore32(f, value, addr, off),
        };
    }

    /// `memory.copy(dst, src, len)` within memory `mem`: both ranges are checked
    /// inline (a trap before any byte moves), copies of up to 16 bytes are done inline
    /// with at most two overlapping loads and stores per side (all loads first, so
    /// overlapping ranges copy as memmove does), longer ones call `w2n_memmove`.
    fn memory_copy(&mut self, mem: u32, dst: Value, src: Value, len: Value) {
        let (d, s, n) = if self.index64(mem) {
            // 64-bit operands: clamped below 2^40 (no memory is that large, so a clamped
            // operand still fails the check), the sums below cannot wrap.
            let cap = self.b.ins().iconst(types::I64, 1 << 40);
            let mut c = |v| self.b.ins().umin(v, cap);
            (c(dst), c(src), c(len))
        } else {
            let d = self.b.ins().uextend(types::I64, dst);
            let s = self.b.ins().uextend(types::I64, src);
            let n = self.b.ins().uextend(types::I64, len);
            (d, s, n)
        };
        // dst + len and src + len (< 2^41, no overflow) must not pass the size.
        let size = self.memory_size_bytes(mem);
        let d_end = self.b.ins().iadd(d, n);
        let s_end = self.b.ins().iadd(s, n);
        let end = self.b.ins().umax(d_end, s_end);
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, size);
        self.trap_if(oob, Trap::MemoryOutOfBounds);
        let base = self.mem_bases[mem as usize];
        let dp = self.b.ins().iadd(base, d);
        let sp = self.b.ins().iadd(base, s);
        let done = self.b.create_block();
        let call = self.b.create_block();
        let small = self.b.create_block();
        let big = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, n, 16);
        self.b.ins().brif(big, call, &[], small, &[]);
        self.b.seal_block(call);
        self.b.seal_block(small);
        self.b.switch_to_block(call);
        // `w2n_memmove` takes no instance: the bounds are already checked.
        self.call_runtime(Rt::Memmove, &[dp, sp, n]);
        self.b.ins().jump(done, &[]);
        // Sizes 8..=16, 4..=7, 2..=3 and 1, each with the widest access that fits.
        self.b.switch_to_block(small);
        let f = self.flags.heap;
        for (width, ty) in [(8, types::I64), (4, types::I32), (2, types::I16)] {
            let this = self.b.create_block();
            let next = self.b.create_block();
            let fits = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, n, width);
            self.b.ins().brif(fits, this, &[], next, &[]);
            self.b.seal_block(this);
            self.b.seal_block(next);
            self.b.switch_to_block(this);
            let tail = self.b.ins().iadd_imm_s(n, -width);
            let s_tail = self.b.ins().iadd(sp, tail);
            let d_tail = self.b.ins().iadd(dp, tail);
            let head_v = self.b.ins().load(ty, f, sp, 0);
            let tail_v = self.b.ins().load(ty, f, s_tail, 0);
            self.b.ins().store(f, head_v, dp, 0);
            self.b.ins().store(f, tail_v, d_tail, 0);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(next);
        }
        let one = self.b.create_block();
        self.b.ins().brif(n, one, &[], done, &[]);
        self.b.seal_block(one);
        self.b.switch_to_block(one);
        let v = self.b.ins().load(types::I8, f, sp, 0);
        self.b.ins().store(f, v, dp, 0);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
    }

    /// Translates a memory operator; returns false when `op` is not one.
    pub(crate) fn memory_op(&mut self, op: &Operator<'_>) -> Result<bool> {
        use types::{F32, F64, I32, I64};
        match op {
            Operator::I32Load { memarg } => self.load(memarg, I32, 4, Load::Plain),
            Operator::I64Load { memarg } => self.load(memarg, I64, 8, Load::Plain),
            Operator::F32Load { memarg } => self.load(memarg, F32, 4, Load::Plain),
            Operator::F64Load { memarg } => self.load(memarg, F64, 8, Load::Plain),
            Operator::I32Load8S { memarg } => self.load(memarg, I32, 1, Load::S8),
            Operator::I32Load8U { memarg } => self.load(memarg, I32, 1, Load::U8),
            Operator::I32Load16S { memarg } => self.load(memarg, I32, 2, Load::S16),
            Operator::I32Load16U { memarg } => self.load(memarg, I32, 2, Load::U16),
            Operator::I64Load8S { memarg } => self.load(memarg, I64, 1, Load::S8),
            Operator::I64Load8U { memarg } => self.load(memarg, I64, 1, Load::U8),
            Operator::I64Load16S { memarg } => self.load(memarg, I64, 2, Load::S16),
            Operator::I64Load16U { memarg } => self.load(memarg, I64, 2, Load::U16),
            Operator::I64Load32S { memarg } => self.load(memarg, I64, 4, Load::S32),
            Operator::I64Load32U { memarg } => self.load(memarg, I64, 4, Load::U32),
            Operator::I32Store { memarg } | Operator::F32Store { memarg } => self.store(memarg, 4),
            Operator::I64Store { memarg } | Operator::F64Store { memarg } => self.store(memarg, 8),
            Operator::I32Store8 { memarg } | Operator::I64Store8 { memarg } => {
                self.store(memarg, 1)
            }
            Operator::I32Store16 { memarg } | Operator::I64Store16 { memarg } => {
                self.store(memarg, 2)
            }
            Operator::I64Store32 { memarg } => self.store(memarg, 4),
            Operator::MemorySize { mem } => {
                let bytes = self.memory_size_bytes(*mem);
                let pages = self.b.ins().ushr_imm_u(bytes, 16);
                let v = if self.index64(*mem) {
                    pages
                } else {
                    self.b.ins().ireduce(I32, pages)
                };
                self.push(v);
            }
            // Memory 0 keeps its own runtime functions (no index argument); the `_idx`
            // forms serve every other memory. The runtime takes 64-bit addresses and
            // lengths (`addr64`) and returns a 64-bit memory.grow result.
            Operator::MemoryGrow { mem } => {
                let delta = self.pop();
                let delta = self.addr64(*mem, delta);
                let v = if *mem == 0 {
                    self.rt_i32(Rt::MemoryGrow, &[delta])
                } else {
                    let m = self.i32c(*mem);
                    self.rt_i32(Rt::MemoryGrowIdx, &[m, delta])
                };
                let v = if self.index64(*mem) {
                    v
                } else {
                    self.b.ins().ireduce(I32, v)
                };
                self.push(v);
            }
            Operator::MemoryFill { mem } => {
                let a = self.popn(3);
                let dst = self.addr64(*mem, a[0]);
                let len = self.addr64(*mem, a[2]);
                if *mem == 0 {
                    self.rt_void(Rt::MemoryFill, &[dst, a[1], len]);
                } else {
                    let m = self.i32c(*mem);
                    self.rt_void(Rt::MemoryFillIdx, &[m, dst, a[1], len]);
                }
            }
            Operator::MemoryCopy { dst_mem, src_mem } if dst_mem == src_mem => {
                let a = self.popn(3);
                self.memory_copy(*dst_mem, a[0], a[1], a[2]);
            }
            Operator::MemoryCopy { dst_mem, src_mem } => {
                let a = self.popn(3);
                let dst = self.addr64(*dst_mem, a[0]);
                let src = self.addr64(*src_mem, a[1]);
                // The length is an i64 only when both memories are 64-bit.
                let len = if self.index64(*dst_mem) && self.index64(*src_mem) {
                    a[2]
                } else {
                    self.b.ins().uextend(I64, a[2])
                };
                let d = self.i32c(*dst_mem);
                let s = self.i32c(*src_mem);
                self.rt_void(Rt::MemoryCopyIdx, &[d, s, dst, src, len]);
            }
            Operator::MemoryInit { data_index, mem } => {
                let a = self.popn(3);
                let dst = self.addr64(*mem, a[0]);
                let seg = self.i32c(*data_index);
                if *mem == 0 {
                    self.rt_void(Rt::MemoryInit, &[seg, dst, a[1], a[2]]);
                } else {
                    let m = self.i32c(*mem);
                    self.rt_void(Rt::MemoryInitIdx, &[m, seg, dst, a[1], a[2]]);
                }
            }
            Operator::DataDrop { data_index } => {
                let seg = self.b.ins().iconst(I32, *data_index as i64);
                self.rt_void(Rt::DataDrop, &[seg]);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    // ---- globals ------------------------------------------------------------------

    /// Address and offset of the cell of global `index`: a defined global's cell sits at
    /// a constant offset before the instance, or after it with `mem0_offset` (no load);
    /// an imported one is reached through the `globals` array (two read-only loads).
    fn global_cell(&mut self, index: u32) -> (Value, i32) {
        let imported = self.m.info.num_imported_globals;
        if index >= imported {
            let n_defined = self.m.info.globals.len() as u32 - imported;
            let at_vmctx = self.m.mem0_offset.is_some();
            let off = crate::abi::defined_global_offset(index - imported, n_defined, at_vmctx);
            return (self.vmctx, off);
        }
        let arr = self.load_ro(types::I64, self.vmctx, INSTANCE.offset_of("globals"));
        (self.load_ro(types::I64, arr, index as i32 * 8), 0)
    }

    pub(crate) fn global_get(&mut self, index: u32) -> Value {
        if let Some(v) = self.folded_global(index) {
            return v;
        }
        let g = &self.m.info.globals[index as usize];
        let ty = super::clif_type(g.ty);
        let flags = if g.mutable {
            self.flags.global
        } else {
            self.flags.readonly
        };
        let (cell, off) = self.global_cell(index);
        self.b.ins().load(ty, flags, cell, off)
    }

    pub(crate) fn global_set(&mut self, index: u32, v: Value) {
        let (cell, off) = self.global_cell(index);
        self.b.ins().store(self.flags.global, v, cell, off);
    }

    // ---- tables -------------------------------------------------------------------

    fn table_record(&mut self, index: u32) -> Value {
        let arr = self.load_ro(types::I64, self.vmctx, INSTANCE.offset_of("tables"));
        self.load_ro(types::I64, arr, index as i32 * 8)
    }

    /// Whether table `table` is a 64-bit table (table64: i64 indices and sizes).
    fn table64(&self, table: u32) -> bool {
        self.m.info.tables[table as usize].index64
    }

    /// An i32 operand of a runtime table function from a table index, size or length:
    /// i32 values as they are; i64 values (table64) saturated at 2^32 - 1, which is out
    /// of bounds of every table (at most `W2N_MAX_TABLE_ELEMS` elements), so the
    /// runtime traps (or fails to grow) exactly when the full value would.
    fn narrow_index(&mut self, v: Value) -> Value {
        if self.b.func.dfg.value_type(v) != types::I64 {
            return v;
        }
        let max = self.b.ins().iconst(types::I64, u32::MAX as i64);
        let big = self.b.ins().icmp(IntCC::UnsignedGreaterThan, v, max);
        let low = self.b.ins().ireduce(types::I32, v);
        let m = self.b.ins().iconst(types::I32, -1);
        self.b.ins().select(big, m, low)
    }

    /// Address of element `i` of table `table` after a bounds check that raises `trap`.
    fn table_elem_addr(&mut self, table: u32, i: Value, trap: Trap) -> Value {
        let rec = self.table_record(table);
        // A defined table whose maximum is its minimum can never grow (the runtime caps
        // growth at the maximum): its size is a constant and its element array never
        // moves, so the check compares against an immediate and the array pointer is
        // loaded once, like Wasmtime's static tables.
        let t = &self.m.info.tables[table as usize];
        let fixed = table >= self.m.info.num_imported_tables && t.max == Some(t.min);
        let size = if fixed {
            self.b.ins().iconst(types::I64, t.min as i64)
        } else {
            self.b
                .ins()
                .load(types::I64, self.flags.table, rec, TABLE.offset_of("size"))
        };
        // A 64-bit table (table64) has i64 indices already.
        let idx = if self.b.func.dfg.value_type(i) == types::I64 {
            i
        } else {
            self.b.ins().uextend(types::I64, i)
        };
        let oob = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, idx, size);
        self.trap_if(oob, trap);
        let elems_flags = if fixed {
            self.flags.readonly
        } else {
            self.flags.table
        };
        let elems = self
            .b
            .ins()
            .load(types::I64, elems_flags, rec, TABLE.offset_of("elems"));
        let off = self.b.ins().ishl_imm_u(idx, 3);
        self.b.ins().iadd(elems, off)
    }

    fn i32c(&mut self, v: u32) -> Value {
        self.b.ins().iconst(types::I32, v as i64)
    }

    /// Translates a reference or table operator; returns false when `op` is not one.
    pub(crate) fn table_op(&mut self, op: &Operator<'_>) -> Result<bool> {
        match *op {
            Operator::RefNull { .. } => {
                let v = self.b.ins().iconst(types::I64, 0);
                self.push(v);
            }
            Operator::RefIsNull => {
                let r = self.pop();
                let z = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                let v = self.b.ins().uextend(types::I32, z);
                self.push(v);
            }
            Operator::RefFunc { function_index } => {
                let arr = self.load_ro(types::I64, self.vmctx, INSTANCE.offset_of("funcs"));
                let v = self.load_ro(types::I64, arr, function_index as i32 * 8);
                self.push(v);
            }
            Operator::TableGet { table } => {
                let i = self.pop();
                let addr = self.table_elem_addr(table, i, Trap::TableOutOfBounds);
                let v = self.b.ins().load(types::I64, self.flags.table, addr, 0);
                self.push(v);
            }
            Operator::TableSet { table } => {
                let v = self.pop();
                let i = self.pop();
                let addr = self.table_elem_addr(table, i, Trap::TableOutOfBounds);
                self.b.ins().store(self.flags.table, v, addr, 0);
            }
            Operator::TableSize { table } => {
                let rec = self.table_record(table);
                let size =
                    self.b
                        .ins()
                        .load(types::I64, self.flags.table, rec, TABLE.offset_of("size"));
                let v = if self.table64(table) {
                    size
                } else {
                    self.b.ins().ireduce(types::I32, size)
                };
                self.push(v);
            }
            Operator::TableGrow { table } => {
                let delta = self.pop();
                let init = self.pop();
                let t = self.i32c(table);
                if self.table64(table) {
                    // No table grows past W2N_MAX_TABLE_ELEMS (< 2^32 - 1): a delta of
                    // 2^32 - 1 or more fails like the runtime's UINT32_MAX result does.
                    let d = self.narrow_index(delta);
                    let v = self.rt_i32(Rt::TableGrow, &[t, init, d]);
                    let failed = self.b.ins().icmp_imm_s(IntCC::Equal, v, -1);
                    let wide = self.b.ins().uextend(types::I64, v);
                    let m1 = self.b.ins().iconst(types::I64, -1);
                    let v = self.b.ins().select(failed, m1, wide);
                    self.push(v);
                } else {
                    let v = self.rt_i32(Rt::TableGrow, &[t, init, delta]);
                    self.push(v);
                }
            }
            Operator::TableFill { table } => {
                let a = self.popn(3);
                let t = self.i32c(table);
                let (dst, len) = (self.narrow_index(a[0]), self.narrow_index(a[2]));
                self.rt_void(Rt::TableFill, &[t, dst, a[1], len]);
            }
            Operator::TableCopy {
                dst_table,
                src_table,
            } => {
                let a: Vec<Value> = self.popn(3).iter().map(|v| self.narrow_index(*v)).collect();
                let d = self.i32c(dst_table);
                let s = self.i32c(src_table);
                self.rt_void(Rt::TableCopy, &[d, s, a[0], a[1], a[2]]);
            }
            Operator::TableInit { elem_index, table } => {
                let a = self.popn(3);
                let t = self.i32c(table);
                let e = self.i32c(elem_index);
                let dst = self.narrow_index(a[0]);
                self.rt_void(Rt::TableInit, &[t, e, dst, a[1], a[2]]);
            }
            Operator::ElemDrop { elem_index } => {
                let e = self.i32c(elem_index);
                self.rt_void(Rt::ElemDrop, &[e]);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    // ---- calls --------------------------------------------------------------------

    /// Pushes the results of a call: from the instruction, or from the results slot.
    pub(crate) fn finish_call(
        &mut self,
        results: Vec<Value>,
        slot: Option<(ir::StackSlot, Vec<Type>)>,
    ) {
        match slot {
            None => self.stack.extend(results),
            Some((ss, tys)) => {
                for (i, ty) in tys.iter().enumerate() {
                    let v = self
                        .b
                        .ins()
                        .stack_load(types::I64, *ty, ss, i as i32 * abi::VAL_SLOT);
                    self.push(v);
                }
            }
        }
    }

    /// Pops the arguments of a call to type `sig`, adding the results slot when needed.
    /// A tail call (`tail`) passes this function's own results pointer instead: the
    /// callee has the same results and writes them where our caller reads them.
    pub(crate) fn call_args(
        &mut self,
        callee_vmctx: Value,
        sig: &crate::module_env::FuncSig,
        tail: bool,
    ) -> (Vec<Value>, Option<(ir::StackSlot, Vec<Type>)>) {
        let mut a = vec![callee_vmctx];
        a.extend(self.popn(sig.params.len()));
        let mut slot = None;
        if tail {
            a.extend(self.results_ptr);
        } else if sig.results.len() > 1 {
            let size = sig.results.len() as u32 * abi::VAL_SLOT as u32;
            let ss = self.b.create_sized_stack_slot(ir::StackSlotData::new(
                ir::StackSlotKind::ExplicitSlot,
                size,
                4,
            ));
            a.push(self.b.ins().stack_addr(types::I64, ss, 0));
            let tys = sig.results.iter().map(|t| super::clif_type(*t)).collect();
            slot = Some((ss, tys));
        }
        (a, slot)
    }

    pub(crate) fn sig_ref(&mut self, type_index: u32) -> ir::SigRef {
        if let Some(s) = self.sig_refs.get(&type_index) {
            return *s;
        }
        let sig = self
            .m
            .wasm_signature(&self.m.info.types[type_index as usize]);
        let s = self.b.import_signature(sig);
        self.sig_refs.insert(type_index, s);
        s
    }

    /// `call` (or, with `tail`, `return_call`) of function `callee`.
    pub(crate) fn call(&mut self, callee: u32, tail: bool) -> Result<()> {
        let sig = self.m.info.func_sig(callee).clone();
        if self.m.info.is_imported_func(callee) {
            let arr = self.load_ro(types::I64, self.vmctx, INSTANCE.offset_of("funcs"));
            let fr = self.load_ro(types::I64, arr, callee as i32 * 8);
            let code = self.load_ro(types::I64, fr, FUNCREF.offset_of("code"));
            let cvm = self.load_ro(types::I64, fr, FUNCREF.offset_of("vmctx"));
            let (a, slot) = self.call_args(cvm, &sig, tail);
            let sref = self.sig_ref(self.m.info.funcs[callee as usize]);
            if tail {
                self.b.ins().return_call_indirect(sref, code, &a);
                self.reachable = false;
            } else {
                let r = self.emit_call(Callee::Indirect(sref, code), &a);
                self.finish_call(r, slot);
            }
        } else {
            let fref = match self.func_refs.get(&callee) {
                Some(f) => *f,
                None => {
                    let def = (callee - self.m.info.num_imported_funcs) as usize;
                    let (id, s) = &self.m.defined[def];
                    let f = import_func(self.b.func, *id, s, true);
                    self.func_refs.insert(callee, f);
                    f
                }
            };
            let (a, slot) = self.call_args(self.vmctx, &sig, tail);
            if tail {
                self.b.ins().return_call(fref, &a);
                self.reachable = false;
            } else {
                let r = self.emit_call(Callee::Direct(fref), &a);
                self.finish_call(r, slot);
            }
        }
        Ok(())
    }

    /// `call_indirect` (or, with `tail`, `return_call_indirect`): devirtualized when the
    /// table is static (`devirt`), generic otherwise.
    pub(crate) fn call_indirect(&mut self, type_index: u32, table: u32, tail: bool) -> Result<()> {
        if self.call_indirect_static(type_index, table, tail) {
            return Ok(());
        }
        self.call_indirect_generic(type_index, table, tail, false)
    }

    /// `call_indirect` through the table in memory: bounds, null and signature checks.
    /// With `own_vmctx`, every function that passes them is defined in this module
    /// (`devirt`), so the callee's instance is ours and is not loaded.
    pub(crate) fn call_indirect_generic(
        &mut self,
        type_index: u32,
        table: u32,
        tail: bool,
        own_vmctx: bool,
    ) -> Result<()> {
        let i = self.pop();
        let addr = self.table_elem_addr(table, i, Trap::UndefinedElement);
        let fr = self.b.ins().load(types::I64, self.flags.table, addr, 0);
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, fr, 0);
        self.trap_if(is_null, Trap::IndirectCallToNull);
        self.call_indirect_checked(type_index, fr, tail, own_vmctx);
        Ok(())
    }

    fn call_indirect_checked(&mut self, type_index: u32, fr: Value, tail: bool, own_vmctx: bool) {
        let actual = self.b.ins().load(
            types::I64,
            self.flags.funcref,
            fr,
            FUNCREF.offset_of("type_id"),
        );
        let mismatch = match self.m.sig_ids[type_index as usize] {
            SigId::Exact(id) => self.b.ins().icmp_imm_s(IntCC::NotEqual, actual, id as i64),
            SigId::Canonical(data) => {
                let gv = import_data(self.b.func, data);
                let expected = self.b.ins().symbol_value(types::I64, gv);
                let ne = self.b.ins().icmp(IntCC::NotEqual, actual, expected);
                // Different addresses may still name the same long signature.
                let slow = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, types::I8);
                let zero = self.b.ins().iconst(types::I8, 0);
                self.b
                    .ins()
                    .brif(ne, slow, &[], done, &[ir::BlockArg::Value(zero)]);
                self.b.seal_block(slow);
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                let eq = self
                    .call_runtime(Rt::SigEq, &[actual, expected])
                    .expect("returns");
                let neq = self.b.ins().icmp_imm_s(IntCC::Equal, eq, 0);
                self.b.ins().jump(done, &[ir::BlockArg::Value(neq)]);
                self.b.seal_block(done);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            }
        };
        self.trap_if(mismatch, Trap::BadSignature);
        self.call_funcref(type_index, fr, tail, own_vmctx);
    }

    /// `call_ref $t` (or, with `tail`, `return_call_ref`): the reference's type is
    /// `$t` by validation, so only null needs a check.
    pub(crate) fn call_ref(&mut self, type_index: u32, tail: bool) {
        let fr = self.pop();
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, fr, 0);
        self.trap_if(is_null, Trap::NullFunctionReference);
        self.call_funcref(type_index, fr, tail, false);
    }

    /// Calls the non-null funcref `fr` of type `type_index` (with `own_vmctx`, a
    /// function defined in this module: its `vmctx` is ours).
    fn call_funcref(&mut self, type_index: u32, fr: Value, tail: bool, own_vmctx: bool) {
        let code = self.b.ins().load(
            types::I64,
            self.flags.funcref,
            fr,
            FUNCREF.offset_of("code"),
        );
        let cvm = if own_vmctx {
            self.vmctx
        } else {
            self.b.ins().load(
                types::I64,
                self.flags.funcref,
                fr,
                FUNCREF.offset_of("vmctx"),
            )
        };
        let sig = self.m.info.types[type_index as usize].clone();
        let (a, slot) = self.call_args(cvm, &sig, tail);
        let sref = self.sig_ref(type_index);
        if tail {
            self.b.ins().return_call_indirect(sref, code, &a);
            self.reachable = false;
        } else {
            let r = self.emit_call(Callee::Indirect(sref, code), &a);
            self.finish_call(r, slot);
        }
    }
}

#[derive(Clone, Copy)]
enum Load {
    Plain,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
}
