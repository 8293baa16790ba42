//! Removing and merging memory bounds checks.
//!
//! Every access gets an explicit check `idx <= size - end` (`end` = static offset +
//! access size), emitted as `trapnz (icmp sgt idx, size - end)`. Two exact rewrites
//! then remove most of the redundant ones:
//!
//! 1. **Merging within a block.** C compiled to wasm reads and writes structs and arrays
//!    as `p + 0`, `p + 4`, `p + 8` with the same index `p` and different static offsets.
//!    Between two checks of the same index with nothing observable in between (only
//!    loads, pure instructions and other bounds checks: no store, call, or other trap),
//!    the first check can test the larger end and the second disappear: if the second
//!    would trap, the first now traps with the same kind, and nothing that happened in
//!    between can be seen.
//! 2. **Dominated checks.** A check B is removed when a check A that dominates it already
//!    proved at least as much: same memory, indices `x + ka` and `x + kb` (wasm i32
//!    adds of constants to one SSA value `x`), and `(kb - ka) mod 2^32 + end_b <= end_a`.
//!    Whatever runs between A and B (stores, calls, `memory.grow`) cannot make B fail:
//!    memories never shrink, and A's pass gives `idx_a + end_a <= size <= 2^32`, so
//!    `idx_b = idx_a + (kb - ka)` without wrapping and `idx_b + end_b <= size`. (SSA
//!    dominance also guarantees that A ran with the current `x`: every path from the
//!    definition of `x` to B passes through A.)
//!
//! Memory only grows, and a growth is a call, which ends a merge window.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, InstBuilder, Value};
use std::collections::HashMap;

/// One emitted bounds check: `trapnz (icmp sgt idx, size - end)`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CheckSite {
    pub trapnz: ir::Inst,
    pub icmp: ir::Inst,
    pub mem: u32,
    pub idx: Value,
    pub end: u64,
    pub size: Value,
}

/// Applies both rewrites of the module comment; returns how many checks were removed.
pub(crate) fn optimize_bounds_checks(func: &mut ir::Function, checks: &[CheckSite]) -> usize {
    if checks.len() < 2 {
        return 0;
    }
    let mut ends: Vec<u64> = checks.iter().map(|c| c.end).collect();
    let mut removed = vec![false; checks.len()];
    let merged = merge_in_blocks(func, checks, &mut ends, &mut removed);
    merged + remove_dominated(func, checks, &ends, &mut removed)
}

/// Rewrite 1: merges checks of one index within a block's windows.
fn merge_in_blocks(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &mut [u64],
    removed: &mut [bool],
) -> usize {
    let by_inst: HashMap<ir::Inst, usize> = checks
        .iter()
        .enumerate()
        .map(|(i, c)| (c.trapnz, i))
        .collect();
    let mut count = 0;
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    for block in blocks {
        let insts: Vec<ir::Inst> = func.layout.block_insts(block).collect();
        // (memory, index) -> (first check, largest end it tests).
        let mut open: HashMap<(u32, Value), (usize, u64)> = HashMap::new();
        for inst in insts {
            if let Some(&ci) = by_inst.get(&inst) {
                let c = checks[ci];
                match open.get_mut(&(c.mem, c.idx)) {
                    None => {
                        open.insert((c.mem, c.idx), (ci, c.end));
                    }
                    Some((first, max)) => {
                        if c.end > *max {
                            let f = checks[*first];
                            let mut cur = FuncCursor::new(func).at_inst(f.icmp);
                            let limit = cur.ins().iadd_imm_s(f.size, -(c.end as i64));
                            func.dfg.inst_args_mut(f.icmp)[1] = limit;
                            *max = c.end;
                            ends[*first] = c.end;
                        }
                        func.layout.remove_inst(inst);
                        removed[ci] = true;
                        count += 1;
                    }
                }
                continue;
            }
            let op = func.dfg.insts[inst].opcode();
            let plain_load = op.can_load() && !op.can_store() && !op.is_call();
            if plain_load {
                continue;
            }
            if op.can_store() || op.is_call() || op.can_trap() || op.other_side_effects() {
                open.clear();
            }
        }
    }
    count
}

/// Pairs compared at most per function by `remove_dominated` (a bound on compile time
/// for huge functions with thousands of accesses off one base).
const DOMINANCE_BUDGET: usize = 1 << 22;

/// Rewrite 2: removes checks implied by a dominating check.
fn remove_dominated(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
) -> usize {
    // (memory, root value) -> [(check, constant added to the root)], in layout order.
    let mut groups: HashMap<(u32, Value), Vec<(usize, u32)>> = HashMap::new();
    for (i, c) in checks.iter().enumerate() {
        if !removed[i] {
            let (root, k) = split_const_add(&func.dfg, c.idx);
            groups.entry((c.mem, root)).or_default().push((i, k));
        }
    }
    if groups.values().all(|g| g.len() < 2) {
        return 0;
    }
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let mut budget = DOMINANCE_BUDGET;
    let mut count = 0;
    let mut keys: Vec<(u32, Value)> = groups.keys().copied().collect();
    keys.sort();
    for key in keys {
        let group = &groups[&key];
        for &(b, kb) in group {
            for &(a, ka) in group {
                if a == b || removed[a] {
                    continue;
                }
                if budget == 0 {
                    return count;
                }
                budget -= 1;
                let d = u64::from(kb.wrapping_sub(ka));
                if d + ends[b] <= ends[a]
                    && domtree.dominates(checks[a].trapnz, checks[b].trapnz, &func.layout)
                {
                    func.layout.remove_inst(checks[b].trapnz);
                    removed[b] = true;
                    count += 1;
                    break;
                }
            }
        }
    }
    count
}

/// `v` as `root + k` (wasm i32 adds of constants, wrapping), following up to 8 adds.
fn split_const_add(dfg: &ir::DataFlowGraph, v: Value) -> (Value, u32) {
    let mut v = dfg.resolve_aliases(v);
    let mut k = 0u32;
    for _ in 0..8 {
        let ir::ValueDef::Result(inst, 0) = dfg.value_def(v) else {
            break;
        };
        let (next, c) = match dfg.insts[inst] {
            ir::InstructionData::Binary {
                opcode: ir::Opcode::Iadd,
                args,
            } => {
                let [a, b] = args.map(|x| dfg.resolve_aliases(x));
                match (const_u32(dfg, a), const_u32(dfg, b)) {
                    (_, Some(c)) => (a, c),
                    (Some(c), None) => (b, c),
                    (None, None) => break,
                }
            }
            _ => break,
        };
        v = next;
        k = k.wrapping_add(c);
    }
    (v, k)
}

/// The value of `v` when it is an `iconst`, as a wasm i32.
fn const_u32(dfg: &ir::DataFlowGraph, v: Value) -> Option<u32> {
    let ir::ValueDef::Result(inst, 0) = dfg.value_def(v) else {
        return None;
    };
    match dfg.insts[inst] {
        ir::InstructionData::UnaryImm {
            opcode: ir::Opcode::Iconst,
            imm,
        } => Some(imm.bits() as u32),
        _ => None,
    }
}
