//! Last step on x86_64: checks compare the index with a limit read from the memory record.
//!
//! A check `idx > size - END` needs `size - END` in a register: the passes before load
//! the size once per memory version (`size_loads`), so in a large function one value
//! holds it from the last call to every check after it, and each block computes its
//! limit from it (`lea -END(%size)`, or `mov $-END; add size(%rec)` where the load is
//! folded). The runtime keeps, next to the size in each memory's record, the table
//! `limits[END - 1] = size - END` for END = 1..=`MEM_LIMITS` (64; `compiler/src/abi.rs`,
//! written with the size by `set_size` in runtime-support/src/memory.c), so a check
//! with such an END is one compare that reads its limit from memory:
//!
//! ```text
//!     cmp   limits+8*(END-1)(%rec), %idx    ; was: mov size(%rec), %s (once per version)
//!     jg    trap                            ;      lea -END(%s), %t
//!                                           ;      cmp %t, %idx; jg trap
//! ```
//!
//! and a one-byte check (`lower_unit_checks`: `idx >= size`) reads the size itself:
//! `cmp size(%rec), %idx; jae`. No register holds the size or a limit. Exact: the
//! compare is the same, only its right operand, the value `size - END` (or `size`),
//! is read from the record instead of computed, at the check, after every write of the
//! size the original load saw (memories only grow, and the runtime writes the table
//! before the size). So this holds for any index (a 64-bit memory's clamped one, a
//! loop precheck's) and for shared memories (a thread that reads an entry while
//! another grows the memory sees a size the memory had: conservative, as with `size`).
//! Checks with END > `MEM_LIMITS` (4-12% of the checks left in the large workloads,
//! bench/profile.md "A table of limits") keep their form.
//!
//! Each compare gets a load of its own, right before it, so that Cranelift folds it
//! into the `cmp` (an x86_64 load is merged into its only user when nothing with an
//! effect lies between them). Cranelift's redundant-load elimination would merge loads
//! of one address that no store or call separates into one value (then held in a
//! register again, the shape this replaces): each load therefore gets its own address
//! expression, `(rec + 8k) + (off - 8k)` for a per-check `k`, which the x86_64 lowering
//! turns back into the one displacement `off(%rec)`, but which alias analysis sees as
//! different locations.
//!
//! Every such check is rewritten: the new form is never longer than the old (one
//! compare with a memory operand, against a load and a limit). The size loads and
//! limits no check uses any more are deleted (Cranelift drops unused pure
//! instructions, but lowers every load).
//!
//! A limit that a small loop holds in a register (`hold_loop_limits`: `smin(size -
//! END, size)`, which the egraph hoists out of the loop where `size - END` would be
//! rematerialized in it) becomes the table's entry instead, loaded right after the
//! size (the same memory version, so the same value): no add of a constant, so it
//! stays out of the loop. Left as `smin`, it stayed in the enclosing loop once no
//! check before the loop computed `size - END` any more (sort 1.070x and sieve 1.062x
//! the instructions; bench/profile.md, "A table of limits"). Every other shape is
//! left alone.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::SecondaryMap;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, InstBuilder, Value};

use super::size_loads::release_operands;
use crate::abi::{memory_limit_offset, Trap, MEMORY};

/// A check of one of the two shapes.
#[derive(Clone, Copy)]
struct Site {
    trapnz: ir::Inst,
    icmp: ir::Inst,
    idx: Value,
    /// 0 for `idx >= size`, else the END of `idx > size - END`.
    end: u64,
    /// The size load's address and offset.
    rec: Value,
    off: i32,
}

/// Rewrites the checks of the module comment; returns how many.
/// `uses`: the uses of every value in `func` (`size_loads::Uses`).
pub(crate) fn size_operands(
    func: &mut ir::Function,
    size_flags: ir::MemFlagsData,
    mut uses: super::size_loads::Uses,
) -> usize {
    let code = ir::TrapCode::unwrap_user(Trap::MemoryOutOfBounds as u8);
    let def =
        |func: &ir::Function, v: Value| match func.dfg.value_def(super::resolved(&func.dfg, v)) {
            ir::ValueDef::Result(inst, 0) => Some(inst),
            _ => None,
        };
    // The size load behind `v`: its address and offset.
    let size_load = |func: &ir::Function, v: Value| -> Option<(Value, i32)> {
        let inst = def(func, v)?;
        match func.dfg.insts[inst] {
            ir::InstructionData::Load {
                opcode: ir::Opcode::Load,
                arg,
                offset,
                ..
            } if func.dfg.insts[inst].memflags_data(&func.dfg) == Some(size_flags)
                && func.dfg.value_type(v) == ir::types::I64 =>
            {
                Some((super::resolved(&func.dfg, arg), offset.into()))
            }
            _ => None,
        }
    };
    // `v` as `size - END` with END in the table: END, the size load's address and
    // offset, and the load.
    let table_limit = |func: &ir::Function, v: Value| -> Option<(u64, (Value, i32), ir::Inst)> {
        let add = def(func, v)?;
        let ir::InstructionData::Binary {
            opcode: ir::Opcode::Iadd,
            args: [size, k],
        } = func.dfg.insts[add]
        else {
            return None;
        };
        let ir::InstructionData::UnaryImm {
            opcode: ir::Opcode::Iconst,
            imm,
        } = func.dfg.insts[def(func, k)?]
        else {
            return None;
        };
        let end = imm.bits().wrapping_neg() as u64;
        memory_limit_offset(end)?;
        Some((end, size_load(func, size)?, def(func, size)?))
    };
    let mut found: Vec<Site> = Vec::new();
    // Held loop limits `smin(size - END, size)` (`hold_loop_limits`), with END, the
    // size load's address and offset, and the load.
    let mut held: Vec<(ir::Inst, u64, (Value, i32), ir::Inst)> = Vec::new();
    // The `trapnz`s and `smin`s in the layout, as `reuse_size_loads`' scan listed them
    // (or a scan, when a pass made new ones since).
    uses.found.debug_assert_exact(func);
    let candidates = match uses.found.traps_and_smins.take() {
        Some(list) => list,
        None => (super::size_loads::Found::scan(func).traps_and_smins).expect("a scan lists them"),
    };
    for inst in candidates {
        if func.layout.inst_block(inst).is_none() {
            continue;
        }
        if let ir::InstructionData::Binary {
            opcode: ir::Opcode::Smin,
            args: [limit, size],
        } = func.dfg.insts[inst]
        {
            if let Some((end, load, size_inst)) = table_limit(func, limit) {
                if def(func, size) == Some(size_inst) {
                    held.push((inst, end, load, size_inst));
                }
            }
            continue;
        }
        let ir::InstructionData::CondTrap {
            opcode: ir::Opcode::Trapnz,
            arg,
            code: c,
        } = func.dfg.insts[inst]
        else {
            continue;
        };
        if c != code {
            continue;
        }
        let Some(icmp) = def(func, arg) else { continue };
        let ir::InstructionData::IntCompare {
            opcode: ir::Opcode::Icmp,
            cond,
            args: [idx, rhs],
        } = func.dfg.insts[icmp]
        else {
            continue;
        };
        let idx = super::resolved(&func.dfg, idx);
        let site = |end, (rec, off)| Site {
            trapnz: inst,
            icmp,
            idx,
            end,
            rec,
            off,
        };
        match cond {
            IntCC::UnsignedGreaterThanOrEqual => {
                if let Some(load) = size_load(func, rhs) {
                    found.push(site(0, load));
                }
            }
            IntCC::SignedGreaterThan => {
                if let Some((end, load, _)) = table_limit(func, rhs) {
                    found.push(site(end, load));
                }
            }
            _ => {}
        }
    }
    if found.is_empty() && held.is_empty() {
        return 0;
    }
    // Uses of every value by live instructions (counted by `reuse_size_loads`, kept up
    // to date since). The passes before leave pure instructions whose results nothing
    // uses (limits of lowered checks) for Cranelift to drop; those do not count, or a
    // size load they use would stay.
    let super::size_loads::Uses {
        counts: mut uses,
        maybe_dead: mut pure,
        ..
    } = uses;
    let mut gone: Vec<ir::Inst> = Vec::new();
    {
        let mut is_gone: SecondaryMap<ir::Inst, bool> = SecondaryMap::new();
        while let Some(inst) = pure.pop() {
            let unused = func.dfg.inst_results(inst).iter().all(|&r| uses[r] == 0);
            if !unused || is_gone[inst] {
                continue;
            }
            is_gone[inst] = true;
            gone.push(inst);
            release_operands(func, inst, &mut uses, |d, _| {
                if super::size_loads::removable(func, d) {
                    pure.push(d);
                }
            });
        }
    }
    let size_field = MEMORY.offset_of("size");
    for (
        k,
        &Site {
            trapnz,
            idx,
            end,
            rec,
            off,
            ..
        },
    ) in found.iter().enumerate()
    {
        // A distinct address expression per check (module comment); 8-byte steps keep
        // the displacement's alignment.
        let delta = 8 * (k as i64 % 4096 + 1);
        // The record's limit for END, or its size.
        let field = match memory_limit_offset(end) {
            Some(limit) => off - size_field + limit,
            None => off,
        };
        let mut cur = FuncCursor::new(func).at_inst(trapnz);
        let addr = cur.ins().iadd_imm_s(rec, delta);
        let rhs = cur
            .ins()
            .load(ir::types::I64, size_flags, addr, field - delta as i32);
        let oob = if end == 0 {
            cur.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, idx, rhs)
        } else {
            cur.ins().icmp(IntCC::SignedGreaterThan, idx, rhs)
        };
        // The new compare's operands are used once more, the old compare once less.
        uses[idx] += 1;
        uses[rec] += 1;
        let old = super::resolved(&func.dfg, func.dfg.inst_args(trapnz)[0]);
        uses[old] -= 1;
        func.dfg.inst_args_mut(trapnz)[0] = oob;
    }
    // A held limit becomes the table's entry, loaded right after the size (the same
    // memory version): not an add of a constant, which the egraph rematerializes
    // inside the loop, and which kept the `smin` there when no check before the loop
    // computed the same limit any more (sort's insertion sort: +7% instructions).
    let mut work: Vec<ir::Inst> = found.iter().map(|s| s.icmp).collect();
    for &(smin, end, (rec, off), size_inst) in &held {
        let field = off - size_field + memory_limit_offset(end).expect("in the table");
        let mut cur = FuncCursor::new(func).after_inst(size_inst);
        let lim = cur.ins().load(ir::types::I64, size_flags, rec, field);
        let lim_inst = func.dfg.value_def(lim).unwrap_inst();
        uses[rec] += 1;
        release_operands(func, smin, &mut uses, |d, _| work.push(d));
        func.dfg.replace_with_aliases(smin, lim_inst);
        func.layout.remove_inst(smin);
    }
    // The old compares, their limits and the size loads nothing uses any more
    // (Cranelift would drop the pure ones, but lowers every load), and the dead pure
    // instructions the count found (other passes' leftovers: one may use a load
    // removed here).
    for &inst in &gone {
        func.layout.remove_inst(inst);
    }
    while let Some(inst) = work.pop() {
        if func.layout.inst_block(inst).is_none()
            || !func.dfg.inst_results(inst).iter().all(|&r| uses[r] == 0)
        {
            continue;
        }
        let size_load = func.dfg.insts[inst].opcode() == ir::Opcode::Load
            && func.dfg.insts[inst].memflags_data(&func.dfg) == Some(size_flags);
        if !size_load && !super::size_loads::removable(func, inst) {
            continue;
        }
        release_operands(func, inst, &mut uses, |d, _| work.push(d));
        func.layout.remove_inst(inst);
    }
    found.len() + held.len()
}
