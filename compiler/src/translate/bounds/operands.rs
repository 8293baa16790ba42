//! Last step on x86_64: checks that compare with the memory size in memory.
//!
//! A check `idx > size - END` needs the size in a register: the passes before load it
//! once per memory version (`size_loads`), so in a large function one value holds it
//! from the last call to every check after it, and each check computes its limit from
//! it (`lea -END(%size)`, or `mov $-END; add size(%base)` where the load is folded).
//! Written as `idx + END > size` (unsigned) the size is the compare's second operand,
//! which x86_64 reads from memory in the compare itself:
//!
//! ```text
//!     lea   END(%idx), %t          ; was: mov size(%base), %s (once per version)
//!     cmp   size(%base), %t        ;      lea -END(%s), %t
//!     ja    trap                   ;      cmp %t, %idx; jg trap
//! ```
//!
//! and a one-byte check (`lower_unit_checks`: `idx >= size`) is `cmp size(%base), %idx;
//! jae`. No register holds the size and no instruction loads it. Exact: `idx` is a
//! zero-extended i32 and `END < 2^33`, so `idx + END` does not wrap, and `size <= 2^32`:
//! `idx + END > size` holds exactly when `idx > size - END` does (signed; a negative
//! limit, a memory smaller than END, traps for every index on both sides).
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
//! **Which checks.** The choice is made per loaded size value, for all of its checks
//! or none: only when every live use of the value is such a check (otherwise the load
//! stays anyway), and only when the fused form is not longer. Kept, the value costs its
//! load and one limit per block and END (Cranelift rematerializes `size - END` in each
//! block that uses it, so checks of one END in one block share it); fused, each check
//! with END > 1 costs an add. So three 4-byte checks in one block against one size stay
//! as they are (`tests/golden/bounds/size_operand`). Fusing every check instead cost
//! sort 7.8% and sieve 6.2% more instructions (a limit held across a small loop, or one
//! per block, became an add per check) and `luaV_execute` 2.7% (bench/profile.md,
//! "Where the large programs' excess goes").
//!
//! Checks whose limit a loop holds (`hold_loop_limits`: `smin(size - END, size)`,
//! compared against a register) and every other shape are left alone.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, InstBuilder, Value};

use crate::abi::Trap;
use cranelift_codegen::entity::SecondaryMap;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A check of one of the two shapes.
#[derive(Clone, Copy)]
struct Site {
    trapnz: ir::Inst,
    icmp: ir::Inst,
    idx: Value,
    end: i64,
    size: Value,
    rec: Value,
    off: i32,
    block: ir::Block,
}

/// The checks against one size value.
struct Group {
    /// Every one has a compare and limit used by it alone.
    ok: bool,
    /// Uses of the size value by these checks.
    direct: u32,
    /// Checks with END > 1 (a `lea` each, fused).
    fused: u32,
    /// The distinct (block, END) of those (a limit each, kept).
    limits: HashSet<(ir::Block, i64)>,
}

impl Default for Group {
    fn default() -> Self {
        Group {
            ok: true,
            direct: 0,
            fused: 0,
            limits: HashSet::default(),
        }
    }
}

/// Rewrites the checks of the module comment; returns how many.
pub(crate) fn size_operands(func: &mut ir::Function, size_flags: ir::MemFlagsData) -> usize {
    let code = ir::TrapCode::unwrap_user(Trap::MemoryOutOfBounds as u8);
    let def = |func: &ir::Function, v: Value| match func.dfg.value_def(func.dfg.resolve_aliases(v))
    {
        ir::ValueDef::Result(inst, 0) => Some(inst),
        _ => None,
    };
    // The size load behind `v`: its address, offset and flags.
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
                Some((func.dfg.resolve_aliases(arg), offset.into()))
            }
            _ => None,
        }
    };
    let is_u32 = super::checks::is_zext_from_i32;
    // (trapnz, old compare, index, END (0 for `idx >= size`, i.e. END = 1 written as
    // `>=`), the size value, its address and offset, the block)
    let mut found: Vec<Site> = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
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
            if !is_u32(func, idx) {
                continue;
            }
            // Resolved, like every value the use counts below are kept for.
            let idx = func.dfg.resolve_aliases(idx);
            match cond {
                IntCC::UnsignedGreaterThanOrEqual => {
                    if let Some((rec, off)) = size_load(func, rhs) {
                        found.push(Site {
                            trapnz: inst,
                            icmp,
                            idx,
                            end: 0,
                            size: func.dfg.resolve_aliases(rhs),
                            rec,
                            off,
                            block,
                        });
                    }
                }
                IntCC::SignedGreaterThan => {
                    let Some(add) = def(func, rhs) else { continue };
                    let ir::InstructionData::Binary {
                        opcode: ir::Opcode::Iadd,
                        args: [size, k],
                    } = func.dfg.insts[add]
                    else {
                        continue;
                    };
                    let Some(kinst) = def(func, k) else { continue };
                    let ir::InstructionData::UnaryImm {
                        opcode: ir::Opcode::Iconst,
                        imm,
                    } = func.dfg.insts[kinst]
                    else {
                        continue;
                    };
                    let end = imm.bits().wrapping_neg();
                    if !(1..=1 << 33).contains(&end) {
                        continue;
                    }
                    if let Some((rec, off)) = size_load(func, size) {
                        found.push(Site {
                            trapnz: inst,
                            icmp,
                            idx,
                            end,
                            size: func.dfg.resolve_aliases(size),
                            rec,
                            off,
                            block,
                        });
                    }
                }
                _ => {}
            }
        }
    }
    if found.is_empty() {
        return 0;
    }
    // (Dense maps: this runs on every function with checks.)
    let mut uses: SecondaryMap<Value, u32> = SecondaryMap::new();
    let mut gone: Vec<ir::Inst> = Vec::new();
    let mut is_gone: SecondaryMap<ir::Inst, bool> = SecondaryMap::new();
    // Uses by instructions that are live: the passes before leave pure instructions
    // whose results nothing uses (limits of merged or lowered checks) for Cranelift to
    // drop; those do not count.
    let count_uses = |func: &ir::Function,
                      uses: &mut SecondaryMap<Value, u32>,
                      gone: &mut Vec<ir::Inst>,
                      is_gone: &mut SecondaryMap<ir::Inst, bool>| {
        uses.clear();
        gone.clear();
        is_gone.clear();
        let mut pure = Vec::new();
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                for v in func.dfg.inst_values(inst) {
                    uses[func.dfg.resolve_aliases(v)] += 1;
                }
                if super::size_loads::removable(func, inst) {
                    pure.push(inst);
                }
            }
        }
        while let Some(inst) = pure.pop() {
            let unused = func.dfg.inst_results(inst).iter().all(|&r| uses[r] == 0);
            if !unused || is_gone[inst] {
                continue;
            }
            is_gone[inst] = true;
            gone.push(inst);
            release_operands(func, inst, uses, |d| {
                if super::size_loads::removable(func, d) {
                    pure.push(d);
                }
            });
        }
    };
    count_uses(func, &mut uses, &mut gone, &mut is_gone);
    let n_uses = |uses: &SecondaryMap<Value, u32>, v: Value| uses[v];
    // Per size value: whether every use of it is one of these checks, each compare and
    // limit used once (so that rewriting them all drops the load), and the cost of
    // either form (below).
    let mut groups: HashMap<Value, Group> = HashMap::default();
    for site in &found {
        let g = groups.entry(site.size).or_default();
        let icmp_res = func.dfg.first_result(site.icmp);
        g.direct += 1;
        let limit_ok = site.end == 0 || {
            let limit = func.dfg.resolve_aliases(func.dfg.inst_args(site.icmp)[1]);
            n_uses(&uses, limit) == 1
        };
        g.ok &= limit_ok && n_uses(&uses, icmp_res) == 1;
        if site.end > 0 {
            g.fused += 1;
            g.limits.insert((site.block, site.end));
        }
    }
    let fuse = |g: &Group, size: Value| {
        // Kept: one load and one limit per block and END (Cranelift rematerializes
        // `size - END` in each block that uses it). Fused: one `lea` per check.
        g.ok && g.direct == n_uses(&uses, size) && g.fused <= 1 + g.limits.len() as u32
    };
    let chosen: Vec<Site> = found
        .iter()
        .filter(|s| fuse(&groups[&s.size], s.size))
        .cloned()
        .collect();
    let found = chosen;
    if found.is_empty() {
        return 0;
    }
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
        let mut cur = FuncCursor::new(func).at_inst(trapnz);
        let addr = cur.ins().iadd_imm_s(rec, delta);
        let size = cur
            .ins()
            .load(ir::types::I64, size_flags, addr, off - delta as i32);
        let oob = if end == 0 {
            cur.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, idx, size)
        } else {
            let last = cur.ins().iadd_imm_s(idx, end);
            cur.ins().icmp(IntCC::UnsignedGreaterThan, last, size)
        };
        // The new compare's operands are used once more, the old compare once less.
        uses[idx] += 1;
        uses[rec] += 1;
        let old = func.dfg.resolve_aliases(func.dfg.inst_args(trapnz)[0]);
        uses[old] -= 1;
        func.dfg.inst_args_mut(trapnz)[0] = oob;
    }
    // The old compares, their limits and the size loads nothing uses any more
    // (Cranelift would drop the pure ones, but lowers every load), and the dead pure
    // instructions the count found (other passes' leftovers: one may use a load
    // removed here).
    for &inst in &gone {
        func.layout.remove_inst(inst);
    }
    let mut work: Vec<ir::Inst> = found.iter().map(|s| s.icmp).collect();
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
        release_operands(func, inst, &mut uses, |d| work.push(d));
        func.layout.remove_inst(inst);
    }
    found.len()
}

/// Takes one use of each of `inst`'s operands off `uses` and calls `dead` with the
/// defining instruction of each operand left with none.
fn release_operands(
    func: &ir::Function,
    inst: ir::Inst,
    uses: &mut SecondaryMap<Value, u32>,
    mut dead: impl FnMut(ir::Inst),
) {
    for v in func.dfg.inst_values(inst) {
        let v = func.dfg.resolve_aliases(v);
        if uses[v] > 0 {
            uses[v] -= 1;
            if uses[v] == 0 {
                if let ir::ValueDef::Result(d, _) = func.dfg.value_def(v) {
                    dead(d);
                }
            }
        }
    }
}
