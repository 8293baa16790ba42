//! The threads proposal's instructions: atomic loads, stores, read-modify-writes and
//! compare-exchanges (every width, narrow results zero-extended), `atomic.fence`, and
//! `memory.atomic.wait32/wait64/notify`.
//!
//! Every access is checked like a plain one (`heap_addr`: bounds against the current
//! size, which a concurrent `memory.grow` of a shared memory can only make larger, so an
//! older size is conservative) and, first, for alignment: an effective address
//! (`index + offset`) that is not a multiple of the access size traps with
//! `unaligned atomic`. Then the access is one of Cranelift's sequentially consistent
//! `atomic_load`/`atomic_store`/`atomic_rmw`/`atomic_cas` (and `fence`), which also act
//! as clobbers for the size-load and bounds-check rewrites (`size_loads`, `checks`), so
//! a size read before an atomic is never reused after it.
//!
//! `wait`/`notify` call the runtime with the checked host address. Whether the memory is
//! shared is known here: a wait on an unshared memory traps (`expected shared memory`)
//! and a notify on one wakes nobody (0), as the proposal says, without a call.

use super::func::FuncTranslator;
use crate::abi::{Rt, Trap};
use crate::error::Result;
use cranelift_codegen::ir::{self, types, AtomicRmwOp, InstBuilder, Type, Value};
use wasmparser::{MemArg, MemArgTarget, Operator};

/// What an atomic memory instruction does.
#[derive(Clone, Copy)]
enum Kind {
    Load,
    Store,
    Rmw(AtomicRmwOp),
    Cmpxchg,
}

impl FuncTranslator<'_, '_> {
    /// Translates a threads-proposal operator; returns false when `op` is not one.
    pub(crate) fn atomic_op(&mut self, op: &Operator<'_>) -> Result<bool> {
        use types::{I16, I32, I64, I8};
        use AtomicRmwOp::{Add, And, Or, Sub, Xchg, Xor};
        use Kind::{Cmpxchg, Load, Rmw, Store};
        // (memarg, wasm type, access type, kind)
        let (memarg, ty, mem_ty, kind) = match *op {
            Operator::AtomicFence { .. } => {
                self.b.ins().fence();
                return Ok(true);
            }
            Operator::MemoryAtomicNotify { ref memarg } => {
                self.notify(memarg);
                return Ok(true);
            }
            Operator::MemoryAtomicWait32 { ref memarg } => {
                self.wait(memarg, I32);
                return Ok(true);
            }
            Operator::MemoryAtomicWait64 { ref memarg } => {
                self.wait(memarg, I64);
                return Ok(true);
            }
            Operator::I32AtomicLoad { memarg } => (memarg, I32, I32, Load),
            Operator::I64AtomicLoad { memarg } => (memarg, I64, I64, Load),
            Operator::I32AtomicLoad8U { memarg } => (memarg, I32, I8, Load),
            Operator::I32AtomicLoad16U { memarg } => (memarg, I32, I16, Load),
            Operator::I64AtomicLoad8U { memarg } => (memarg, I64, I8, Load),
            Operator::I64AtomicLoad16U { memarg } => (memarg, I64, I16, Load),
            Operator::I64AtomicLoad32U { memarg } => (memarg, I64, I32, Load),
            Operator::I32AtomicStore { memarg } => (memarg, I32, I32, Store),
            Operator::I64AtomicStore { memarg } => (memarg, I64, I64, Store),
            Operator::I32AtomicStore8 { memarg } => (memarg, I32, I8, Store),
            Operator::I32AtomicStore16 { memarg } => (memarg, I32, I16, Store),
            Operator::I64AtomicStore8 { memarg } => (memarg, I64, I8, Store),
            Operator::I64AtomicStore16 { memarg } => (memarg, I64, I16, Store),
            Operator::I64AtomicStore32 { memarg } => (memarg, I64, I32, Store),
            Operator::I32AtomicRmwAdd { memarg } => (memarg, I32, I32, Rmw(Add)),
            Operator::I64AtomicRmwAdd { memarg } => (memarg, I64, I64, Rmw(Add)),
            Operator::I32AtomicRmw8AddU { memarg } => (memarg, I32, I8, Rmw(Add)),
            Operator::I32AtomicRmw16AddU { memarg } => (memarg, I32, I16, Rmw(Add)),
            Operator::I64AtomicRmw8AddU { memarg } => (memarg, I64, I8, Rmw(Add)),
            Operator::I64AtomicRmw16AddU { memarg } => (memarg, I64, I16, Rmw(Add)),
            Operator::I64AtomicRmw32AddU { memarg } => (memarg, I64, I32, Rmw(Add)),
            Operator::I32AtomicRmwSub { memarg } => (memarg, I32, I32, Rmw(Sub)),
            Operator::I64AtomicRmwSub { memarg } => (memarg, I64, I64, Rmw(Sub)),
            Operator::I32AtomicRmw8SubU { memarg } => (memarg, I32, I8, Rmw(Sub)),
            Operator::I32AtomicRmw16SubU { memarg } => (memarg, I32, I16, Rmw(Sub)),
            Operator::I64AtomicRmw8SubU { memarg } => (memarg, I64, I8, Rmw(Sub)),
            Operator::I64AtomicRmw16SubU { memarg } => (memarg, I64, I16, Rmw(Sub)),
            Operator::I64AtomicRmw32SubU { memarg } => (memarg, I64, I32, Rmw(Sub)),
            Operator::I32AtomicRmwAnd { memarg } => (memarg, I32, I32, Rmw(And)),
            Operator::I64AtomicRmwAnd { memarg } => (memarg, I64, I64, Rmw(And)),
            Operator::I32AtomicRmw8AndU { memarg } => (memarg, I32, I8, Rmw(And)),
            Operator::I32AtomicRmw16AndU { memarg } => (memarg, I32, I16, Rmw(And)),
            Operator::I64AtomicRmw8AndU { memarg } => (memarg, I64, I8, Rmw(And)),
            Operator::I64AtomicRmw16AndU { memarg } => (memarg, I64, I16, Rmw(And)),
            Operator::I64AtomicRmw32AndU { memarg } => (memarg, I64, I32, Rmw(And)),
            Operator::I32AtomicRmwOr { memarg } => (memarg, I32, I32, Rmw(Or)),
            Operator::I64AtomicRmwOr { memarg } => (memarg, I64, I64, Rmw(Or)),
            Operator::I32AtomicRmw8OrU { memarg } => (memarg, I32, I8, Rmw(Or)),
            Operator::I32AtomicRmw16OrU { memarg } => (memarg, I32, I16, Rmw(Or)),
            Operator::I64AtomicRmw8OrU { memarg } => (memarg, I64, I8, Rmw(Or)),
            Operator::I64AtomicRmw16OrU { memarg } => (memarg, I64, I16, Rmw(Or)),
            Operator::I64AtomicRmw32OrU { memarg } => (memarg, I64, I32, Rmw(Or)),
            Operator::I32AtomicRmwXor { memarg } => (memarg, I32, I32, Rmw(Xor)),
            Operator::I64AtomicRmwXor { memarg } => (memarg, I64, I64, Rmw(Xor)),
            Operator::I32AtomicRmw8XorU { memarg } => (memarg, I32, I8, Rmw(Xor)),
            Operator::I32AtomicRmw16XorU { memarg } => (memarg, I32, I16, Rmw(Xor)),
            Operator::I64AtomicRmw8XorU { memarg } => (memarg, I64, I8, Rmw(Xor)),
            Operator::I64AtomicRmw16XorU { memarg } => (memarg, I64, I16, Rmw(Xor)),
            Operator::I64AtomicRmw32XorU { memarg } => (memarg, I64, I32, Rmw(Xor)),
            Operator::I32AtomicRmwXchg { memarg } => (memarg, I32, I32, Rmw(Xchg)),
            Operator::I64AtomicRmwXchg { memarg } => (memarg, I64, I64, Rmw(Xchg)),
            Operator::I32AtomicRmw8XchgU { memarg } => (memarg, I32, I8, Rmw(Xchg)),
            Operator::I32AtomicRmw16XchgU { memarg } => (memarg, I32, I16, Rmw(Xchg)),
            Operator::I64AtomicRmw8XchgU { memarg } => (memarg, I64, I8, Rmw(Xchg)),
            Operator::I64AtomicRmw16XchgU { memarg } => (memarg, I64, I16, Rmw(Xchg)),
            Operator::I64AtomicRmw32XchgU { memarg } => (memarg, I64, I32, Rmw(Xchg)),
            Operator::I32AtomicRmwCmpxchg { memarg } => (memarg, I32, I32, Cmpxchg),
            Operator::I64AtomicRmwCmpxchg { memarg } => (memarg, I64, I64, Cmpxchg),
            Operator::I32AtomicRmw8CmpxchgU { memarg } => (memarg, I32, I8, Cmpxchg),
            Operator::I32AtomicRmw16CmpxchgU { memarg } => (memarg, I32, I16, Cmpxchg),
            Operator::I64AtomicRmw8CmpxchgU { memarg } => (memarg, I64, I8, Cmpxchg),
            Operator::I64AtomicRmw16CmpxchgU { memarg } => (memarg, I64, I16, Cmpxchg),
            Operator::I64AtomicRmw32CmpxchgU { memarg } => (memarg, I64, I32, Cmpxchg),
            _ => return Ok(false),
        };
        self.atomic_access(&memarg, ty, mem_ty, kind);
        Ok(true)
    }

    /// Narrows `v` (of wasm type `ty`) to the access type `mem_ty`.
    fn narrow(&mut self, v: Value, ty: Type, mem_ty: Type) -> Value {
        if ty == mem_ty {
            v
        } else {
            self.b.ins().ireduce(mem_ty, v)
        }
    }

    /// Zero-extends an access result of type `mem_ty` to the wasm type `ty`.
    fn zext_result(&mut self, v: Value, ty: Type, mem_ty: Type) -> Value {
        if ty == mem_ty {
            v
        } else {
            self.b.ins().uextend(ty, v)
        }
    }

    fn atomic_access(&mut self, memarg: &MemArg, ty: Type, mem_ty: Type, kind: Kind) {
        let f = self.flags.heap;
        match kind {
            Kind::Load => {
                let p = self.atomic_addr(memarg, mem_ty.bytes());
                let v = self.b.ins().atomic_load(mem_ty, f, p);
                let v = self.zext_result(v, ty, mem_ty);
                self.push(v);
            }
            Kind::Store => {
                let v = self.pop();
                let p = self.atomic_addr(memarg, mem_ty.bytes());
                let v = self.narrow(v, ty, mem_ty);
                self.b.ins().atomic_store(f, v, p);
            }
            Kind::Rmw(op) => {
                let v = self.pop();
                let p = self.atomic_addr(memarg, mem_ty.bytes());
                let v = self.narrow(v, ty, mem_ty);
                let old = self.b.ins().atomic_rmw(mem_ty, f, op, p, v);
                let old = self.zext_result(old, ty, mem_ty);
                self.push(old);
            }
            Kind::Cmpxchg => {
                let (expected, replacement) = self.pop2();
                let p = self.atomic_addr(memarg, mem_ty.bytes());
                // A narrow compare looks at the low bits of `expected` only (the
                // proposal wraps the operand to the access width).
                let e = self.narrow(expected, ty, mem_ty);
                let x = self.narrow(replacement, ty, mem_ty);
                let old = self.b.ins().atomic_cas(f, p, e, x);
                let old = self.zext_result(old, ty, mem_ty);
                self.push(old);
            }
        }
    }

    /// Pops the index of an atomic access of `size` bytes and returns its host address
    /// after the alignment check (`(index + offset) % size == 0`) and the bounds check.
    fn atomic_addr(&mut self, memarg: &MemArg, size: u32) -> Value {
        let index = self.pop();
        if size > 1 {
            let mask = size as i64 - 1;
            let low = memarg.offset as i64 & mask;
            let ea = if low != 0 {
                self.b.ins().iadd_imm_s(index, low)
            } else {
                index
            };
            let bits = self.b.ins().band_imm_s(ea, mask);
            self.trap_if(bits, Trap::UnalignedAtomic);
        }
        let (addr, off) = self.heap_addr(index, memarg, size as u64);
        if off == 0 {
            addr
        } else {
            self.b.ins().iadd_imm_s(addr, off as i64)
        }
    }

    fn memory_shared(&self, memarg: &MemArg) -> bool {
        match memarg.target {
            MemArgTarget::Memory(m) => self.m.info.memories[m as usize].shared,
            MemArgTarget::Array(_) => false,
        }
    }

    /// `memory.atomic.wait32/64 (addr, expected, timeout)`: the woken/not-equal/timed-out
    /// code (0, 1, 2) from the runtime's wait queues.
    fn wait(&mut self, memarg: &MemArg, ty: Type) {
        let timeout = self.pop();
        let expected = self.pop();
        let p = self.atomic_addr(memarg, ty.bytes());
        if !self.memory_shared(memarg) {
            self.b
                .ins()
                .trap(ir::TrapCode::unwrap_user(Trap::ExpectedSharedMemory as u8));
            self.reachable = false;
            return;
        }
        let rt = if ty == types::I32 {
            Rt::AtomicWait32
        } else {
            Rt::AtomicWait64
        };
        let r = self
            .call_runtime(rt, &[self.vmctx, p, expected, timeout])
            .expect("returns the wait result");
        self.push(r);
    }

    /// `memory.atomic.notify (addr, count)`: how many waiters were woken.
    fn notify(&mut self, memarg: &MemArg) {
        let count = self.pop();
        let p = self.atomic_addr(memarg, 4);
        if !self.memory_shared(memarg) {
            let zero = self.b.ins().iconst(types::I32, 0);
            self.push(zero);
            return;
        }
        let r = self
            .call_runtime(Rt::AtomicNotify, &[self.vmctx, p, count])
            .expect("returns the count");
        self.push(r);
    }
}
