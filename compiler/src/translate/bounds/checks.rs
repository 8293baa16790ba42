//! Removing and merging memory bounds checks.
//!
//! Every access gets an explicit check `idx <= size - end` (`end` = static offset +
//! access size), emitted as `trapnz (icmp sgt idx, size - end)`. Two exact rewrites
//! then remove most of the redundant ones:
//!
//! 1. **Merging within a block.** C compiled to wasm reads and writes structs and arrays
//!    as `p + 0`, `p + 4`, `p + 8` with the same index `p` and different static offsets,
//!    and stacks as `s[sp - 1]`, `s[sp - 2]`: indices that differ by a constant once
//!    written as sums of scaled values (`((sp - 1) << 2) + b` is `(sp << 2) + b - 4`,
//!    exactly, modulo 2^32). Between two checks of indices `i` and `i + d` (`d >= 0`)
//!    with nothing observable in between (only loads, pure instructions and other bounds
//!    checks: no store, call, or other trap), the first check can test the larger end
//!    and the second disappear: if the second would trap, the first now traps with the
//!    same kind, and nothing that happened in between can be seen. If the first passes,
//!    `i + d + end <= size <= 2^32`, so the second index is exactly `i + d`.
//!    A second index below the first (`d < 0`: `a->m` read before `a->x`) merges only
//!    when neither wraps: the first index is `sum + k1` with the terms' exact sum at
//!    most `B` (`terms_bound`: from how the terms are computed, or from the branch
//!    into the block, `i <= 10`) and `B + k1 < 2^32`; then both are exact integers,
//!    the second is `i + d >= 0`, and the first check covers it (strengthened to the
//!    end `d + end` if that is larger). Without such a bound `i + d` may wrap to near
//!    2^32 while `i` is small, and only the second check would trap.
//!    In an executable (`traps_end_process`) stores that cannot trap stay inside the
//!    window too: a trap ends the process, so whether the stores before it happened is
//!    never seen (an embedder can inspect memory after a trap, so it keeps exact order).
//! 2. **Dominated checks.** A check B is removed when a check A that dominates it already
//!    proved at least as much: same memory, indices `x + ka` and `x + kb` (wasm i32
//!    adds of constants to one SSA value `x`), and `(kb - ka) mod 2^32 + end_b <= end_a`.
//!    Whatever runs between A and B (stores, calls, `memory.grow`) cannot make B fail:
//!    memories never shrink, and A's pass gives `idx_a + end_a <= size <= 2^32`, so
//!    `idx_b = idx_a + (kb - ka)` without wrapping and `idx_b + end_b <= size`. (SSA
//!    dominance also guarantees that A ran with the current `x`: every path from the
//!    definition of `x` to B passes through A.) B's index may also lie below A's
//!    (`kb < ka`, `kb + end_b <= ka + end_a`) when `x + ka` cannot wrap: `x`'s exact
//!    value has a bound `B` at A (`leaves_bound`, from how it is computed or the branch
//!    into A's block) with `B + ka < 2^32`; then both indices are exact and B's range
//!    lies inside A's (nbody's `a->vx` after the check of `a->m`).
//!
//!    **Past A's range** (`remove_banded`, not exact: it relies on the runtime's guard
//!    band): B also goes when `(kb - ka) mod 2^32 + end_b <= end_a + abi::GUARD_BAND`;
//!    B's access then traps by faulting in the band (see there). For the same reason a
//!    kept check whose END is past `band.narrow` (x86_64: the table of limits' last END)
//!    may test `band.narrow` instead (`narrow_banded`).
//!
//!    **At joins.** A check B of `p + kb`, `p` a parameter of a block J (a loop header
//!    or the join after an `if`), is removed when every edge into J passes a value
//!    `a = r + k0` (wrapping) for which some check A of `r + ka`, dominating the edge's
//!    branch, has `(k0 + kb - ka) mod 2^32 + end_b <= end_a`: on that edge B's index
//!    is A's plus that difference, and the argument above applies edge by edge (A ran
//!    with the `r` the edge passes; memories never shrink). parse's string scan is the
//!    case: the header reads `s[p]`, `p` checked before the loop and, as `p + 1`, at
//!    the end of each iteration. A justifying check is one not removed at the time, so
//!    no two checks justify each other. `remove_joined_scaled` does the same for an
//!    index whose `affine` sum has J's parameters in scaled terms (`data + (hole <<
//!    3)`, a sift-down's hole) and otherwise only values defined in blocks that
//!    strictly dominate J (so they are the same on the edge as at B): on each edge the
//!    arguments' own sums, scaled, replace the parameters, and a check of that sum
//!    dominating the edge's branch proves it under the same condition.
//!
//!    **Before loops.** A check at the top of a loop header (nothing before it but
//!    loads, pure instructions, other bounds checks, and in an executable stores that
//!    cannot trap: as in a merge window) whose index the loop does not change moves to
//!    the end of the loop's one entry block, when that block only jumps to the header.
//!    It runs where the first iteration ran it, with nothing observable in between
//!    (so it traps exactly when and where that one did), and every later iteration's
//!    would pass: same index, a size no smaller. sqlite's binary search of a b-tree page
//!    (`sqlite3BtreeTableMoveto`, several blocks, a call, two back edges: no precheck)
//!    reads the page through one pointer at the top of each step. Runs before the loop
//!    prechecks (a moved check is one group fewer in their entry tests): after them,
//!    sqlite executed 0.4% more instructions.
//!
//! Memory only grows, and a growth is a call, which ends a merge window.
//!
//! **Shared memories** (threads) may grow in another thread at any moment, but still
//! only grow and never move: a size read earlier is at most the current one, so every
//! rewrite stays sound (a check against an older size can only trap where a later one
//! would not, never let an access through). It stays exact too. A removed dominated
//! check is implied by one that passed against a size no larger than the current one.
//! A merge window holds no atomic operation, fence or call (they end it; atomics are
//! clobbers in `size_loads` too), so nothing can have told this thread that the memory
//! grew in between: the first check's size is one the later access could have seen
//! (the other thread's growth had simply not happened yet). The loop hoisting of
//! `hoist` tests with the size at loop entry: when that passes, every access is below
//! it, hence below the current size; otherwise the fully checked loop runs.

use super::hoist::LoopShape;
use super::ssa::{Analyses, Cached, Duplicated};
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::entity::packed_option::ReservedValue;
use cranelift_codegen::entity::{EntityRef, EntitySet, SecondaryMap};
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::condcodes::{CondCode, IntCC};
use cranelift_codegen::ir::{self, InstBuilder, Value};
use cranelift_codegen::loop_analysis::{Loop, LoopAnalysis};
use rustc_hash::FxHashMap as HashMap;
use smallvec::SmallVec;

/// One emitted bounds check: `trapnz (icmp sgt idx, size - end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CheckSite {
    pub trapnz: ir::Inst,
    pub icmp: ir::Inst,
    pub mem: u32,
    pub idx: Value,
    pub end: u64,
    pub size: Value,
}

/// Applies the rewrites of the module comment; returns how many checks were removed,
/// and whether the loop prechecks copied a loop. `an` holds the function's analyses,
/// shared with the other passes; it is left empty when the loop prechecks changed the
/// CFG.
pub(crate) fn optimize_bounds_checks(
    func: &mut ir::Function,
    checks: &[CheckSite],
    traps_end_process: bool,
    band: Band,
    an: &mut Cached,
    bases: &[(Value, bool)],
) -> (usize, bool) {
    if checks.is_empty() {
        return (0, false);
    }
    let mut ends: Vec<u64> = checks.iter().map(|c| c.end).collect();
    let mut removed = vec![false; checks.len()];
    let mut merged_into: Vec<usize> = (0..checks.len()).collect();
    let merged = merge_in_blocks(
        func,
        checks,
        &mut ends,
        &mut removed,
        &mut merged_into,
        traps_end_process,
        an,
    );
    // (memory, root sum) -> [(check, constant added to the root)], in layout order.
    let mut groups: HashMap<GroupKey, Vec<(usize, u32)>> = HashMap::default();
    for (i, c) in checks.iter().enumerate() {
        if !removed[i] {
            let (root, k) = split_sum(&func.dfg, c.idx);
            groups.entry((c.mem, root)).or_default().push((i, k));
        }
    }
    // Checks that justify a removal: their END must stay (`narrow_banded`).
    let mut justifies = vec![false; checks.len()];
    let dominated = remove_dominated(
        func,
        checks,
        &ends,
        &mut removed,
        &mut justifies,
        an,
        &groups,
    );
    let joined = remove_joined(
        func,
        checks,
        &ends,
        &mut removed,
        &mut justifies,
        an,
        &groups,
    ) + remove_joined_scaled(func, checks, &ends, &mut removed, &mut justifies, an)
        + remove_joined_same(
            func,
            checks,
            &ends,
            &mut removed,
            &mut justifies,
            an,
            &groups,
        );
    let banded = if band.bytes > 0 {
        remove_banded(
            func,
            checks,
            &ends,
            &mut removed,
            &mut justifies,
            &merged_into,
            an,
            &groups,
            band,
        )
    } else {
        0
    };
    if band.bytes > 0 && band.narrow > 0 {
        narrow_banded(
            func,
            checks,
            &mut ends,
            &removed,
            &justifies,
            &merged_into,
            band,
        );
    }
    let invariant = hoist_invariant(func, checks, &ends, &mut removed, an, traps_end_process);
    let prechecked = if insts_exceed(func, PRECHECK_FUNC_MAX) {
        0
    } else {
        precheck_loops(func, checks, &ends, &removed, an, bases)
    };
    (
        merged + dominated + joined + banded + invariant + prechecked,
        prechecked > 0,
    )
}

/// Loops are copied behind a precheck (`precheck_loops`) only in functions of at most
/// this many CLIF instructions. In larger ones (an interpreter's dispatch function)
/// the copies cost more than the checks they spare: sqlite3VdbeExec's record-header
/// loop runs about two iterations per entry for a precheck of about 25 instructions,
/// and the copies' stack traffic and tests outweigh the checks overall (sqlite 0.980x
/// the executed instructions and 1.15% fewer compile instructions without them; lua
/// 0.9987x, rx_regex 0.9999x, the other workloads unchanged; at 3,000 rx_deflate's hot
/// loop would lose its copy, +11%: bench/profile.md, "rt37").
pub(super) const PRECHECK_FUNC_MAX: usize = 8_000;

/// What the guard band after each memory's size allows (`remove_banded`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Band {
    /// Bytes after the size that are inaccessible (`abi::GUARD_BAND`), 0: no band
    /// rewrite.
    pub bytes: u64,
    /// Whether checks of stores may go too: a store that faults writes nothing that
    /// anything can see (x86_64, where a store straddling into the band writes none of
    /// its bytes; or an executable, where a trap ends the process).
    pub stores: bool,
    /// The END that a kept check with a larger one (at most `narrow + bytes`) is
    /// narrowed to (`narrow_banded`); 0: none is. x86_64 sets it to the table of
    /// limits' last END (`abi::MEM_LIMITS`), whose checks read their limit from the
    /// memory record (`operands`) instead of computing it from a loaded size.
    pub narrow: u64,
}

/// Rewrite 1: merges checks of one index within a block's windows.
pub(super) fn merge_in_blocks(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &mut [u64],
    removed: &mut [bool],
    merged_into: &mut [usize],
    traps_end_process: bool,
    an: &mut Cached,
) -> usize {
    // Only a block with two checks or more can merge any (the first check of a block
    // only opens a window), so only those blocks are walked: most have none or one.
    // (Sized once: grown on demand, the map reallocates an entry at a time.)
    let mut in_block: SecondaryMap<ir::Block, u32> =
        SecondaryMap::with_capacity(func.dfg.num_blocks());
    in_block.resize(func.dfg.num_blocks());
    // How many blocks have two checks or more: none, and there is nothing to walk.
    let mut shared = 0;
    for c in checks {
        if let Some(b) = func.layout.inst_block(c.trapnz) {
            in_block[b] += 1;
            shared += usize::from(in_block[b] == 2);
        }
    }
    if shared == 0 {
        return 0;
    }
    let by_inst = checks_by_inst(checks, |_, c| {
        func.layout
            .inst_block(c.trapnz)
            .is_some_and(|b| in_block[b] >= 2)
    });
    let mut count = 0;
    let mut blocks: Vec<ir::Block> = Vec::with_capacity(shared);
    blocks.extend(func.layout.blocks().filter(|&b| in_block[b] >= 2));
    // (memory, index terms) -> (first check, its constant, largest end it tests), for
    // the block at hand; this and the block's instructions reuse their storage.
    // (The fourth field: the terms' `terms_bound` in this block, once asked for.)
    #[allow(clippy::type_complexity)]
    let mut open: HashMap<(u32, Terms), (usize, u32, u64, Option<Option<u64>>)> =
        HashMap::default();
    let mut insts: Vec<ir::Inst> = Vec::new();
    for block in blocks {
        insts.clear();
        insts.extend(func.layout.block_insts(block));
        if open.capacity() > 256 {
            // (Emptying a table takes time proportional to its capacity.)
            open = HashMap::default();
        } else {
            open.clear();
        }
        for &inst in &insts {
            if let Some(&ci) = by_inst.get(&inst) {
                let c = checks[ci];
                let (terms, k) = affine(&func.dfg, c.idx);
                let key = (c.mem, terms);
                match open.get_mut(&key) {
                    None => {
                        open.insert(key, (ci, k, c.end, None));
                    }
                    Some((first, k_first, max, bound)) => {
                        // This index is the first one plus d.
                        let d = i64::from(k.wrapping_sub(*k_first) as i32);
                        if !(0..=MAX_MERGE_DISTANCE).contains(&d) {
                            // Below the first index: only where neither index wraps.
                            let below = (-MAX_MERGE_DISTANCE..0).contains(&d)
                                && k < *k_first
                                && bound
                                    .get_or_insert_with(|| {
                                        terms_bound(func, &an.get(func).cfg, block, &key.1)
                                    })
                                    .is_some_and(|b| {
                                        b + u64::from(*k_first) <= u64::from(u32::MAX)
                                    });
                            if !below {
                                continue;
                            }
                        }
                        let end = (d + c.end as i64).max(0) as u64;
                        if end > *max {
                            let f = checks[*first];
                            let mut cur = FuncCursor::new(func).at_inst(f.icmp);
                            let limit = cur.ins().iadd_imm_s(f.size, -(end as i64));
                            func.dfg.inst_args_mut(f.icmp)[1] = limit;
                            *max = end;
                            ends[*first] = end;
                        }
                        func.layout.remove_inst(inst);
                        removed[ci] = true;
                        merged_into[ci] = *first;
                        count += 1;
                    }
                }
                continue;
            }
            if !check_may_cross(func, inst, traps_end_process) {
                open.clear();
            }
        }
    }
    count
}

/// An upper bound of the exact sum of `terms` (each `scale * value`, the value an
/// unsigned i32) wherever in `block` it is computed, when that bound is below 2^32: the
/// wrapping sum the program computes is then that exact sum. Each value's bound comes
/// from how it is computed (`upper_bound`) or from the branch that leads to `block`
/// (`branch_bound`). nbody's `bodies[i].m`, `.z`, `.y`, `.x` (`56 * i + 3808` down to
/// `56 * i + 3760`) under the inner loop's guard `i <= 10`.
fn terms_bound(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    block: ir::Block,
    terms: &[(Value, u32)],
) -> Option<u64> {
    let mut total = 0u64;
    for &(v, scale) in terms {
        let ub = upper_bound(&func.dfg, v, 4).or_else(|| branch_bound(func, cfg, block, v))?;
        total = total.checked_add(u64::from(scale).checked_mul(ub)?)?;
        if total > u64::from(u32::MAX) {
            return None;
        }
    }
    Some(total)
}

/// An upper bound of the exact sum of `leaves` (each an i32 value taken as unsigned,
/// as `split_sum` returns them) wherever in `block` it is computed, when below 2^32:
/// each leaf's own `affine` sum bounded by `terms_bound`.
fn leaves_bound(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    block: ir::Block,
    leaves: &[Value],
) -> Option<u64> {
    let mut total = 0u64;
    for &leaf in leaves {
        let (terms, k) = affine(&func.dfg, leaf);
        total += terms_bound(func, cfg, block, &terms)? + u64::from(k);
        if total > u64::from(u32::MAX) {
            return None;
        }
    }
    Some(total)
}

/// Blocks `branch_bound` walks up at most.
const BRANCH_BOUND_DEPTH: u32 = 4;

/// An upper bound of the i32 value `v` (unsigned) whenever `block` runs, from a branch
/// on it: going up from `block` through blocks entered from a single predecessor only
/// (by a `jump`, or by a `brif` whose two targets differ), the first `brif` whose
/// condition is `v <u C`, `v <=u C` (or `C >u v`, ...) on the edge taken only when
/// that holds. `v` is an SSA value, so the value tested is the one `block` sees.
fn branch_bound(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    block: ir::Block,
    v: Value,
) -> Option<u64> {
    use ir::InstructionData as D;
    let dfg = &func.dfg;
    let v = super::resolved(dfg, v);
    let mut b = block;
    for _ in 0..BRANCH_BOUND_DEPTH {
        let mut preds = cfg.pred_iter(b);
        let pred = preds.next()?;
        if preds.next().is_some() || func.layout.inst_block(pred.inst) != Some(pred.block) {
            return None;
        }
        match dfg.insts[pred.inst] {
            D::Jump { .. } => {}
            D::Brif {
                arg,
                blocks: [t, f],
                ..
            } => {
                let (t, f) = (t.block(&dfg.value_lists), f.block(&dfg.value_lists));
                if t != f {
                    if let Some(ub) = bound_on_edge(dfg, arg, v, t == b) {
                        return Some(ub);
                    }
                }
            }
            _ => return None,
        }
        b = pred.block;
    }
    None
}

/// The `icmp` a branch condition `c` is (through copies and a `uextend`): its condition
/// and its two operands, resolved.
fn branch_compare(dfg: &ir::DataFlowGraph, c: Value) -> Option<(IntCC, [Value; 2])> {
    use ir::{InstructionData as D, Opcode as O};
    let mut c = super::resolved(dfg, c);
    if let Some(D::Unary {
        opcode: O::Uextend,
        arg,
    }) = dfg.value_def(c).inst().map(|i| dfg.insts[i])
    {
        c = super::resolved(dfg, arg);
    }
    let D::IntCompare {
        opcode: O::Icmp,
        cond,
        args,
    } = dfg.insts[dfg.value_def(c).inst()?]
    else {
        return None;
    };
    Some((cond, args.map(|a| super::resolved(dfg, a))))
}

/// What `brif c` says of `v` on its edge taken when `c` is `taken` (nonzero or zero):
/// an upper bound when `c` is an unsigned `v < C` or `v <= C` there (or its
/// complement on the other edge), `c` possibly zero-extended.
fn bound_on_edge(dfg: &ir::DataFlowGraph, c: Value, v: Value, taken: bool) -> Option<u64> {
    let (cond, [x, y]) = branch_compare(dfg, c)?;
    let (cond, k) = if x == v {
        (cond, const_u32(dfg, y)?)
    } else if y == v {
        (cond.swap_args(), const_u32(dfg, x)?)
    } else {
        return None;
    };
    let cond = if taken { cond } else { cond.complement() };
    match cond {
        IntCC::UnsignedLessThan => u64::from(k).checked_sub(1),
        IntCC::UnsignedLessThanOrEqual => Some(u64::from(k)),
        _ => None,
    }
}

/// Pairs compared at most per function by `remove_dominated` (a bound on compile time
/// for huge functions with thousands of accesses off one base).
const DOMINANCE_BUDGET: usize = 1 << 22;

/// Groups of fewer checks than this go through the pairwise loops of
/// `remove_dominated` and `remove_banded` (at most this many pairs per check), larger
/// ones through the walk of the dominator tree (`GroupWalk`), whose fixed costs (the
/// tree's preorder, a sort) a few pairs do not repay.
const WALK_MIN_GROUP: usize = 32;

/// A memory and a root sum (sorted values added with wrapping i32 adds).
type GroupKey = (u32, Leaves);

/// Whether a check may move from after `inst` to before it (or an earlier check's trap
/// may skip it): a plain load, a store that cannot trap (to linear memory after its
/// check, or to a global) when nothing can look at memory after a trap, or an
/// instruction without effects. Atomic loads may not (`other_side_effects`): another
/// thread may have grown a shared memory before one, and a check after it must see that.
pub(super) fn check_may_cross(
    func: &ir::Function,
    inst: ir::Inst,
    traps_end_process: bool,
) -> bool {
    let op = func.dfg.insts[inst].opcode();
    if op.can_load() && !op.can_store() && !op.is_call() && !op.other_side_effects() {
        return true;
    }
    let notrap_store = op == ir::Opcode::Store
        && func.dfg.insts[inst]
            .memflags_data(&func.dfg)
            .is_some_and(|f| f.trap_code().is_none());
    if traps_end_process && notrap_store {
        return true;
    }
    !(op.can_store() || op.is_call() || op.can_trap() || op.other_side_effects())
}

/// Rewrite 2: removes checks implied by a dominating check.
fn remove_dominated(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justifies: &mut [bool],
    an: &mut Cached,
    groups: &HashMap<GroupKey, Vec<(usize, u32)>>,
) -> usize {
    if groups.values().all(|g| g.len() < 2) {
        return 0;
    }
    // Removing a trapnz leaves the CFG as it is.
    let Analyses { domtree, cfg, .. } = an.get(func);
    dominated_within(
        func,
        checks,
        ends,
        removed,
        justifies,
        domtree,
        cfg,
        groups,
        DOMINANCE_BUDGET,
        WALK_MIN_GROUP,
    )
}

/// `remove_dominated` with a given budget of pairs (tests try small ones).
///
/// The definition is pairwise (`dominated_pairs`): in each group (groups in key order),
/// each check B in `checks` order goes when some other check A of the group not removed
/// so far dominates it and covers it (`(kb - ka) mod 2^32 + end_b <= end_a`), or lies
/// above it (`kb < ka`, `kb + end_b <= ka + end_a`) with `leaves_bound` of A's block
/// plus `ka` below 2^32; the first such A in `checks` order justifies it. Trying every
/// pair costs the group squared (`loop-blocks`' N arms are one group); here a preorder
/// walk of the dominator tree decides each check instead (`PathChecks`): the checks
/// that dominate B are those of the current path, and when every check of the group
/// that dominates B precedes it in `checks` order (true of a translation in wasm
/// order; a group where it fails, or with a check in an unreachable block, goes
/// through the pairwise loop, as does one of fewer than `WALK_MIN_GROUP` checks),
/// they were all decided before B in the pairwise loop too, so the kept ones on the
/// path are exactly the candidates it tries. Per
/// constant `ka` on the path their ENDs rise (one no larger than an earlier one with
/// the same constant is covered by it), so the first that covers B is found by a
/// binary search, and the cost is the checks times the constants on the path. The
/// budget then cuts the answers off where the pairwise loop would have run out: in
/// group order, a check's pairs are the kept checks before its justifier and the
/// justifier itself, or, kept, every other check not yet removed.
#[allow(clippy::too_many_arguments)]
fn dominated_within(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justifies: &mut [bool],
    domtree: &DominatorTree,
    cfg: &ControlFlowGraph,
    groups: &HashMap<GroupKey, Vec<(usize, u32)>>,
    mut budget: usize,
    walk_min: usize,
) -> usize {
    // (Borrowed: a clone of every key was an allocation each.)
    let mut keys: Vec<&GroupKey> = groups.keys().filter(|k| groups[*k].len() >= 2).collect();
    keys.sort_unstable();
    let lists: Vec<&[(usize, u32)]> = keys.iter().map(|k| &groups[*k][..]).collect();
    let mut walk = GroupWalk::new(func, domtree, checks, &lists, walk_min, |_| false);
    // Each check's justifier as the walk finds it (`usize::MAX`: kept).
    let mut by = vec![usize::MAX; checks.len()];
    let mut path = PathChecks::new(&walk, lists.len());
    // A group's `leaves_bound` in each block asked about (most groups ask in none).
    let mut bounds: HashMap<(u32, ir::Block), Option<u64>> = HashMap::default();
    for &(b, g, s, block) in &walk.order {
        let gi = g as usize;
        if walk.fallback[gi] {
            continue;
        }
        path.enter(domtree, block);
        if !path.visit(block, g, b) {
            walk.fallback[gi] = true;
            continue;
        }
        let kb = walk.slot_k[s as usize];
        let end_b = ends[b];
        let mut best = usize::MAX;
        for &slot in &path.active[gi] {
            let ka = walk.slot_k[slot as usize];
            let recs = &path.recs[slot as usize];
            let d = u64::from(kb.wrapping_sub(ka));
            let covering = recs.partition_point(|&(e, _)| e < d + end_b);
            if let Some(&(_, a)) = recs.get(covering) {
                best = best.min(a);
            }
            if kb < ka {
                // Above B and not covering: A's index must not wrap (see the module
                // comment, rewrite 2).
                let above = (u64::from(kb) + end_b).saturating_sub(u64::from(ka));
                let first = recs.partition_point(|&(e, _)| e < above);
                for &(_, a) in &recs[first..covering] {
                    if a >= best {
                        break;
                    }
                    let Some(ab) = func.layout.inst_block(checks[a].trapnz) else {
                        continue;
                    };
                    let r = *bounds
                        .entry((g, ab))
                        .or_insert_with(|| leaves_bound(func, cfg, ab, &keys[gi].1));
                    if r.is_some_and(|r| r + u64::from(ka) <= u64::from(u32::MAX)) {
                        best = a;
                        break;
                    }
                }
            }
        }
        if best == usize::MAX {
            path.keep(block, g, s, end_b, b);
        } else {
            by[b] = best;
        }
    }
    let mut count = 0;
    // How many checks of the group before each one are kept.
    let mut kept_before: Vec<usize> = Vec::new();
    for (gi, key) in keys.iter().enumerate() {
        let group = lists[gi];
        if walk.fallback[gi] {
            let (n, out) = dominated_pairs(
                func,
                checks,
                ends,
                removed,
                justifies,
                domtree,
                cfg,
                &key.1,
                group,
                &mut budget,
            );
            count += n;
            if out {
                return count;
            }
            continue;
        }
        kept_before.clear();
        let mut kept = 0;
        for &(b, _) in group {
            kept_before.push(kept);
            kept += usize::from(by[b] == usize::MAX);
        }
        for (p, &(b, _)) in group.iter().enumerate() {
            let a = by[b];
            let pairs = if a == usize::MAX {
                kept_before[p] + (group.len() - p - 1)
            } else {
                kept_before[group.partition_point(|&(x, _)| x < a)] + 1
            };
            if pairs > budget {
                return count;
            }
            budget -= pairs;
            if a != usize::MAX {
                func.layout.remove_inst(checks[b].trapnz);
                removed[b] = true;
                justifies[a] = true;
                count += 1;
            }
        }
    }
    count
}

/// `remove_dominated`'s definition for one group, pair by pair: returns the checks
/// removed and whether the budget ran out.
#[allow(clippy::too_many_arguments)]
fn dominated_pairs(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justifies: &mut [bool],
    domtree: &DominatorTree,
    cfg: &ControlFlowGraph,
    leaves: &[Value],
    group: &[(usize, u32)],
    budget: &mut usize,
) -> (usize, bool) {
    let mut count = 0;
    // The group's `leaves_bound` in each block asked about.
    let mut bounds: Vec<(ir::Block, Option<u64>)> = Vec::new();
    for &(b, kb) in group {
        for &(a, ka) in group {
            if a == b || removed[a] {
                continue;
            }
            if *budget == 0 {
                return (count, true);
            }
            *budget -= 1;
            let d = u64::from(kb.wrapping_sub(ka));
            let covers = d + ends[b] <= ends[a];
            // Below A's index: only where A's index cannot wrap (see the module
            // comment, rewrite 2), so neither can B's. (The bound is asked for last:
            // only for a dominating A.)
            let below = !covers && kb < ka && u64::from(kb) + ends[b] <= u64::from(ka) + ends[a];
            if !(covers || below)
                || !domtree.dominates(checks[a].trapnz, checks[b].trapnz, &func.layout)
            {
                continue;
            }
            if below {
                let Some(block) = func.layout.inst_block(checks[a].trapnz) else {
                    continue;
                };
                let r = match bounds.iter().find(|e| e.0 == block) {
                    Some(&(_, r)) => r,
                    None => {
                        let r = leaves_bound(func, cfg, block, leaves);
                        bounds.push((block, r));
                        r
                    }
                };
                if r.is_none_or(|r| r + u64::from(ka) > u64::from(u32::MAX)) {
                    continue;
                }
            }
            func.layout.remove_inst(checks[b].trapnz);
            removed[b] = true;
            justifies[a] = true;
            count += 1;
            break;
        }
    }
    (count, false)
}

/// The checks of some groups in the order of a preorder walk of the dominator tree:
/// blocks in preorder (each one's dominators before it, each subtree in one run), a
/// block's checks in layout order.
struct GroupWalk {
    /// (check, group, slot, block) in walk order; a slot is a group's constant.
    order: Vec<(usize, u32, u32, ir::Block)>,
    /// Each slot's constant.
    slot_k: Vec<u32>,
    /// Groups the walk does not decide (the pairwise loop does): one of fewer than
    /// `walk_min` checks, one with a check in an unreachable block (where dominance is
    /// no tree), or, found by the pass walking, one with a check dominated by a later
    /// one of its group in `checks` order.
    fallback: Vec<bool>,
}

impl GroupWalk {
    /// The walk over the checks of `groups` (each a group's checks and constants, in
    /// `checks` order) of `walk_min` checks or more, but those `skip` names.
    fn new(
        func: &ir::Function,
        domtree: &DominatorTree,
        checks: &[CheckSite],
        groups: &[&[(usize, u32)]],
        walk_min: usize,
        skip: impl Fn(usize) -> bool,
    ) -> GroupWalk {
        let mut fallback: Vec<bool> = groups.iter().map(|g| g.len() < walk_min).collect();
        if fallback.iter().all(|&f| f) {
            return GroupWalk {
                order: Vec::new(),
                slot_k: Vec::new(),
                fallback,
            };
        }
        // Preorder numbers of the reachable blocks (from 1; 0: unreachable).
        let mut pre: SecondaryMap<ir::Block, u32> =
            SecondaryMap::with_capacity(func.dfg.num_blocks());
        let mut stack: Vec<ir::Block> = func.layout.entry_block().into_iter().collect();
        let mut n = 0;
        while let Some(block) = stack.pop() {
            n += 1;
            pre[block] = n;
            stack.extend(domtree.children(block));
        }
        let mut order: Vec<(usize, u32, u32, ir::Block)> = Vec::new();
        let mut slot_k: Vec<u32> = Vec::new();
        let mut slot_of: HashMap<u32, u32> = HashMap::default();
        for (g, group) in groups.iter().enumerate() {
            if fallback[g] {
                continue;
            }
            slot_of.clear();
            let start = order.len();
            for &(c, k) in group.iter() {
                if skip(c) {
                    continue;
                }
                let Some(block) = func
                    .layout
                    .inst_block(checks[c].trapnz)
                    .filter(|&b| pre[b] != 0)
                else {
                    fallback[g] = true;
                    break;
                };
                let s = *slot_of.entry(k).or_insert_with(|| {
                    slot_k.push(k);
                    (slot_k.len() - 1) as u32
                });
                order.push((c, g as u32, s, block));
            }
            if fallback[g] {
                order.truncate(start);
            }
        }
        order.sort_unstable_by(|x, y| {
            pre[x.3]
                .cmp(&pre[y.3])
                .then_with(|| func.layout.pp_cmp(checks[x.0].trapnz, checks[y.0].trapnz))
        });
        GroupWalk {
            order,
            slot_k,
            fallback,
        }
    }
}

/// The kept checks of a `GroupWalk`'s current path (of the dominator tree, up to the
/// check visited), by group and constant.
struct PathChecks {
    /// Per slot: the kept checks on the path with its constant, as (END, check), in
    /// path order, their ENDs rising (a check whose END is no larger than an earlier
    /// one's is never the first to cover anything, and is left out).
    recs: Vec<Vec<(u64, usize)>>,
    /// Per group: its slots with a check on the path, in the order they got their
    /// first (a stack: slots fill and empty in path order).
    active: Vec<Vec<u32>>,
    /// Per group: the last of its checks visited on the path (kept or not), or
    /// `usize::MAX`.
    last: Vec<usize>,
    /// What to undo when the walk leaves a block: (block, group, slot or `u32::MAX`
    /// for a visit, the group's `last` before the visit).
    log: Vec<(ir::Block, u32, u32, usize)>,
}

impl PathChecks {
    fn new(walk: &GroupWalk, groups: usize) -> PathChecks {
        PathChecks {
            recs: vec![Vec::new(); walk.slot_k.len()],
            active: vec![Vec::new(); groups],
            last: vec![usize::MAX; groups],
            log: Vec::new(),
        }
    }

    /// Leaves the blocks of the path that do not dominate `block` (the walk's next).
    fn enter(&mut self, domtree: &DominatorTree, block: ir::Block) {
        while let Some(&(b, g, s, last)) = self.log.last() {
            if domtree.block_dominates(b, block) {
                break;
            }
            self.log.pop();
            if s == u32::MAX {
                self.last[g as usize] = last;
            } else {
                let recs = &mut self.recs[s as usize];
                recs.pop();
                if recs.is_empty() {
                    let top = self.active[g as usize].pop();
                    debug_assert_eq!(top, Some(s));
                }
            }
        }
    }

    /// Visits check `c` of group `g` in `block`: false when a check of the group on
    /// the path (one dominating `c`) comes after it in `checks` order.
    fn visit(&mut self, block: ir::Block, g: u32, c: usize) -> bool {
        let last = self.last[g as usize];
        if last != usize::MAX && last > c {
            return false;
        }
        self.last[g as usize] = c;
        self.log.push((block, g, u32::MAX, last));
        true
    }

    /// Puts the kept check `c` (group `g`, slot `s`, END `end`) on the path.
    fn keep(&mut self, block: ir::Block, g: u32, s: u32, end: u64, c: usize) {
        let recs = &mut self.recs[s as usize];
        if recs.last().is_some_and(|&(e, _)| e >= end) {
            return;
        }
        if recs.is_empty() {
            self.active[g as usize].push(s);
        }
        recs.push((end, c));
        self.log.push((block, g, s, 0));
    }

    /// The first check in `checks` order on the path in group `g` with
    /// `(kb - ka) mod 2^32 + end_b <= end_a + slack`.
    fn first_covering(
        &self,
        walk: &GroupWalk,
        g: u32,
        kb: u32,
        end_b: u64,
        slack: u64,
    ) -> Option<usize> {
        let mut best: Option<usize> = None;
        for &slot in &self.active[g as usize] {
            let ka = walk.slot_k[slot as usize];
            let recs = &self.recs[slot as usize];
            let need = (u64::from(kb.wrapping_sub(ka)) + end_b).saturating_sub(slack);
            let i = recs.partition_point(|&(e, _)| e < need);
            if let Some(&(_, a)) = recs.get(i) {
                best = Some(best.map_or(a, |x| x.min(a)));
            }
        }
        best
    }
}

/// Rewrite 2 past the dominating check's range (the guard band, `abi::GUARD_BAND`): a
/// check B of `x + kb` (testing `end_b`) goes when a check A of `x + ka` (`end_a`) that
/// dominates it and is kept has `d + end_b <= end_a + band`, `d = (kb - ka) mod 2^32`.
/// A passed: `idx_a + end_a <= size_a`. B's index is `idx_a + d` or, when that sum
/// reaches 2^32, less (wasm's i32 add wraps), so B's access ends at most at `idx_a + d +
/// end_b <= size_a + band <= size + band` (memories never shrink; a shared memory grown
/// by another thread only moves the band up). So B's access is in bounds, or one of its
/// bytes lies in `[size, size + band)`, which the runtime keeps `PROT_NONE`: the access
/// faults before it has any effect, and the runtime's signal handler turns the fault into
/// the out-of-bounds trap, with the access's own wasm offset (the check stood right
/// before its access, or was merged with checks whose accesses follow it in the block,
/// with nothing observable in between: each access now traps where its own check
/// would have). The accesses the check covered (its own and those of the checks merged
/// into it) get the out-of-bounds trap code instead of `notrap`, so that Cranelift keeps
/// them in place (an unused load stays) and lists them as trap sites, which the signal
/// handler looks the faulting pc up in. A check is dropped only when those accesses can
/// be found (the translator gives each block's accesses of one index one `uextend` and
/// one `base + index` address, `env.rs` `index_ext`/`heap_base_plus`) and all are plain
/// loads and stores (stores only when `band.stores`: on aarch64 and riscv64 a store that
/// straddles the band's first page may write its bytes below the size before it faults,
/// which an embedder could read after the trap): atomics keep their checks (their
/// alignment trap must not come first). Runs after the exact rewrites, so it only takes
/// what they leave.
#[allow(clippy::too_many_arguments)]
fn remove_banded(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justified: &mut [bool],
    merged_into: &[usize],
    an: &mut Cached,
    groups: &HashMap<GroupKey, Vec<(usize, u32)>>,
    band: Band,
) -> usize {
    if groups.values().all(|g| g.len() < 2) {
        return 0;
    }
    let drop = banded_drops(
        func,
        checks,
        ends,
        removed,
        justified,
        &an.get(func).domtree,
        groups,
        band.bytes,
        DOMINANCE_BUDGET,
        WALK_MIN_GROUP,
    );
    let mut count = 0;
    // Every dropped check's accesses from one scan per block (no answer depends on the
    // changes below: they are to trap codes and `trapnz`s, which the scan reads not).
    let lists = merged_lists(&drop, merged_into);
    let answers = covered_accesses_all(func, checks, &lists, band.stores);
    for (b, accesses) in drop.iter().zip(answers) {
        let b = *b;
        match accesses {
            Some(accesses) if mark_trapping(func, &accesses) => {
                func.layout.remove_inst(checks[b].trapnz);
                count += 1;
            }
            // Kept: the justification stays sound for the checks it was used for.
            _ => removed[b] = false,
        }
    }
    count
}

/// `remove_banded`'s choice of checks to drop, in group order (groups in key order),
/// each marked removed and its justifier in `justified`, with a budget of pairs.
/// The definition is pairwise (`banded_pairs`): each check B not removed and not yet a
/// justifier goes when some other check A of its group, not removed so far, dominates
/// it with `(kb - ka) mod 2^32 + end_b <= end_a + slack`; the first such A justifies
/// it. Decided by a walk of the dominator tree as in `dominated_within` (which says
/// why the answers are the same and how the budget cuts them off); a check that
/// dominates B comes before it in `checks` order, so it was never a justifier when
/// the pairwise loop reached B.
#[allow(clippy::too_many_arguments)]
fn banded_drops(
    func: &ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justified: &mut [bool],
    domtree: &DominatorTree,
    groups: &HashMap<GroupKey, Vec<(usize, u32)>>,
    slack: u64,
    mut budget: usize,
    walk_min: usize,
) -> Vec<usize> {
    let mut keys: Vec<&GroupKey> = groups.keys().filter(|k| groups[*k].len() >= 2).collect();
    keys.sort_unstable();
    let lists: Vec<&[(usize, u32)]> = keys.iter().map(|k| &groups[*k][..]).collect();
    let mut walk = GroupWalk::new(func, domtree, checks, &lists, walk_min, |c| removed[c]);
    // Each check's justifier as the walk finds it (`usize::MAX`: kept).
    let mut by = vec![usize::MAX; checks.len()];
    let mut path = PathChecks::new(&walk, lists.len());
    for &(b, g, s, block) in &walk.order {
        if walk.fallback[g as usize] {
            continue;
        }
        path.enter(domtree, block);
        if !path.visit(block, g, b) {
            walk.fallback[g as usize] = true;
            continue;
        }
        match path.first_covering(&walk, g, walk.slot_k[s as usize], ends[b], slack) {
            Some(a) => by[b] = a,
            None => path.keep(block, g, s, ends[b], b),
        }
    }
    let mut drop: Vec<usize> = Vec::new();
    // Checks that justify a drop: they must stay (A's own pass is what bounds B; a
    // chain of band drops would reach past the band).
    let mut justifies = vec![false; checks.len()];
    // How many checks of the group before each one are not removed, and of those how
    // many are kept.
    let mut present_before: Vec<usize> = Vec::new();
    let mut kept_before: Vec<usize> = Vec::new();
    for (gi, group) in lists.iter().enumerate() {
        if walk.fallback[gi] {
            banded_pairs(
                func,
                checks,
                ends,
                removed,
                justified,
                &mut justifies,
                domtree,
                group,
                slack,
                &mut budget,
                &mut drop,
            );
        } else {
            present_before.clear();
            kept_before.clear();
            let (mut present, mut kept) = (0, 0);
            for &(b, _) in group.iter() {
                present_before.push(present);
                kept_before.push(kept);
                present += usize::from(!removed[b]);
                kept += usize::from(!removed[b] && by[b] == usize::MAX);
            }
            for (p, &(b, _)) in group.iter().enumerate() {
                if removed[b] {
                    continue;
                }
                let a = by[b];
                let pairs = if a == usize::MAX {
                    kept_before[p] + (present - present_before[p] - 1)
                } else {
                    kept_before[group.partition_point(|&(x, _)| x < a)] + 1
                };
                if pairs > budget {
                    // The pairwise loop tries nothing more (nor drops anything).
                    return drop;
                }
                budget -= pairs;
                if a != usize::MAX {
                    removed[b] = true;
                    justifies[a] = true;
                    justified[a] = true;
                    drop.push(b);
                }
            }
        }
        if budget == 0 {
            break;
        }
    }
    drop
}

/// `banded_drops`' definition for one group, pair by pair.
#[allow(clippy::too_many_arguments)]
fn banded_pairs(
    func: &ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justified: &mut [bool],
    justifies: &mut [bool],
    domtree: &DominatorTree,
    group: &[(usize, u32)],
    slack: u64,
    budget: &mut usize,
    drop: &mut Vec<usize>,
) {
    for &(b, kb) in group {
        if removed[b] || justifies[b] {
            continue;
        }
        for &(a, ka) in group {
            if a == b || removed[a] {
                continue;
            }
            if *budget == 0 {
                break;
            }
            *budget -= 1;
            let d = u64::from(kb.wrapping_sub(ka));
            if d + ends[b] <= ends[a] + slack
                && domtree.dominates(checks[a].trapnz, checks[b].trapnz, &func.layout)
            {
                // Marked removed now, so that it justifies no other drop.
                removed[b] = true;
                justifies[a] = true;
                // (Kept below if it cannot go: a justifier all the same.)
                justified[a] = true;
                drop.push(b);
                break;
            }
        }
    }
}

/// Rewrite 2's band for the checks it kept: a check A of `idx` with `end_a` past
/// `band.narrow` (and at most `band.narrow + band.bytes`) tests `band.narrow` instead,
/// when it justified no removal and its accesses can be marked as `remove_banded` marks
/// a dropped check's. A passes: `idx + narrow <= size`, so every access A covered
/// (its own and those of the checks merged into it, all ending at most at `idx + end_a`)
/// ends below `size + band` (memories never shrink): in bounds, or it faults in the
/// band before it has any effect and the signal handler reports it as out of bounds,
/// as for a dropped check (see `remove_banded`). A fails: `idx + narrow > size`, so
/// `idx + end_a > size` too and the original check would have trapped there as well.
/// A justified no removal (the checks those proved rely on A's full `end_a`), so
/// nothing else changes; the passes after this one see the narrowed END. On x86_64,
/// `narrow` is the last END of the table of limits, so A compares with a limit read
/// from the memory record instead of one computed from a loaded size
/// (`lea -END(%size)`): sqlite's interpreter loop has about 18 M of those.
/// Returns how many checks were narrowed.
fn narrow_banded(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &mut [u64],
    removed: &[bool],
    justifies: &[bool],
    merged_into: &[usize],
    band: Band,
) -> usize {
    let narrow = band.narrow;
    let cands: Vec<usize> = (0..checks.len())
        .filter(|&a| {
            !removed[a] && !justifies[a] && ends[a] > narrow && ends[a] - narrow <= band.bytes
        })
        .collect();
    if cands.is_empty() {
        return 0;
    }
    let lists = merged_lists(&cands, merged_into);
    let answers = covered_accesses_all(func, checks, &lists, band.stores);
    let mut count = 0;
    for (&a, accesses) in cands.iter().zip(answers) {
        match accesses {
            Some(accesses) if mark_trapping(func, &accesses) => {
                let c = checks[a];
                let mut cur = FuncCursor::new(func).at_inst(c.icmp);
                let limit = cur.ins().iadd_imm_s(c.size, -(narrow as i64));
                func.dfg.inst_args_mut(c.icmp)[1] = limit;
                ends[a] = narrow;
                count += 1;
            }
            _ => {}
        }
    }
    count
}

/// For each check `b` of `drop` (distinct), `b` and then the checks merged into it
/// (`merged_into[k] == b`, `k != b`) in increasing order. One pass over `merged_into`
/// for all of them: a search of every check for each dropped one was quadratic (the
/// structured report's largest function has 42 K checks: 1.8 G instructions, about 5%
/// of its compile; bench/large-modules.md, "cspeed18").
fn merged_lists(drop: &[usize], merged_into: &[usize]) -> Vec<Vec<usize>> {
    let mut slot = vec![u32::MAX; merged_into.len()];
    let mut lists: Vec<Vec<usize>> = Vec::with_capacity(drop.len());
    for (i, &b) in drop.iter().enumerate() {
        slot[b] = i as u32;
        lists.push(vec![b]);
    }
    for (k, &m) in merged_into.iter().enumerate() {
        if m != k && slot[m] != u32::MAX {
            lists[slot[m] as usize].push(k);
        }
    }
    lists
}

/// `covered_accesses` of each list of `sets`, from one scan of each block for all the
/// lists whose first check is in it: a scan per list was quadratic in a block of many
/// dropped checks (about 480 M instructions on the DICOM reader; bench/large-modules.md,
/// "cspeed18"). Each list keeps its own answer, as if scanned alone: its indices, the
/// extensions and addresses of those, and its verdict (an instruction can be a plain
/// access for one list and disqualify another, such as a store of one list's address
/// to another's, or an `iadd` that is one list's address and uses another's).
fn covered_accesses_all(
    func: &ir::Function,
    checks: &[CheckSite],
    sets: &[Vec<usize>],
    stores: bool,
) -> Vec<Option<Vec<ir::Inst>>> {
    use ir::Opcode as O;
    /// One of a value's memberships: list `g`, at position `pos` of its indices.
    #[derive(Clone, Copy)]
    struct Entry {
        g: u32,
        pos: u32,
        next: u32,
    }
    const NONE: u32 = u32::MAX;
    const IDX: usize = 0;
    const EXT: usize = 1;
    const ADDR: usize = 2;
    let dfg = &func.dfg;
    let mut by_block: Vec<(ir::Block, usize)> = sets
        .iter()
        .enumerate()
        .filter_map(|(g, set)| Some((func.layout.inst_block(checks[set[0]].trapnz)?, g)))
        .collect();
    by_block.sort_unstable();
    let mut answers: Vec<Option<Vec<ir::Inst>>> = vec![None; sets.len()];
    if by_block.is_empty() {
        return answers;
    }
    // Per value, the heads of its lists of memberships as an index (IDX), an index's
    // extension (EXT) and an address (ADDR); reset after each block. The table is the
    // thread's, all `NONE` between calls, and taken for this one: filling a table of
    // every value for each call was about 90 M instructions of the DICOM reader's
    // compile (bench/large-modules.md, "cspeed22"). (It is put back only when this
    // call returns normally, so every entry is `NONE` again.)
    let mut heads = HEADS.take();
    debug_assert!(heads.iter().all(|h| *h == [NONE; 3]));
    if heads.len() < dfg.num_values() {
        heads.resize(dfg.num_values(), [NONE; 3]);
    }
    let mut touched: Vec<Value> = Vec::new();
    let mut pool: Vec<Entry> = Vec::new();
    let mut found: Vec<Vec<bool>> = sets.iter().map(|s| vec![false; s.len()]).collect();
    let mut failed = vec![false; sets.len()];
    let mut accesses: Vec<Vec<ir::Inst>> = vec![Vec::new(); sets.len()];
    // Scratch: the lists an `iadd` is an address of; an instruction's (list, operand,
    // position) address uses.
    let mut cont: Vec<u32> = Vec::new();
    let mut uses: Vec<(u32, usize, u32)> = Vec::new();
    let mut cands: Vec<u32> = Vec::new();
    let mut start = 0;
    while start < by_block.len() {
        let block = by_block[start].0;
        let end = start
            + by_block[start..]
                .iter()
                .take_while(|e| e.0 == block)
                .count();
        let add = |heads: &mut Vec<[u32; 3]>,
                   touched: &mut Vec<Value>,
                   pool: &mut Vec<Entry>,
                   v: Value,
                   kind: usize,
                   g: u32,
                   pos: u32| {
            let h = &mut heads[v.index()];
            if *h == [NONE; 3] {
                touched.push(v);
            }
            pool.push(Entry {
                g,
                pos,
                next: h[kind],
            });
            h[kind] = (pool.len() - 1) as u32;
        };
        // The first position of each of a list's indices (as `position` finds it).
        for &(_, g) in &by_block[start..end] {
            for (i, &k) in sets[g].iter().enumerate() {
                let v = dfg.resolve_aliases(checks[k].idx);
                let mut e = heads[v.index()][IDX];
                while e != NONE && pool[e as usize].g != g as u32 {
                    e = pool[e as usize].next;
                }
                if e == NONE {
                    add(
                        &mut heads,
                        &mut touched,
                        &mut pool,
                        v,
                        IDX,
                        g as u32,
                        i as u32,
                    );
                } else {
                    // The index of an earlier check of the list (merged checks of one
                    // index at different offsets): its accesses are found as that one's.
                    found[g][i] = true;
                }
            }
        }
        // The position of `v` as a `kind` of list `g`, if any.
        let member = |heads: &Vec<[u32; 3]>, pool: &Vec<Entry>, v: Value, kind: usize, g: u32| {
            let mut e = heads[v.index()][kind];
            while e != NONE {
                let en = pool[e as usize];
                if en.g == g {
                    return Some(en.pos);
                }
                e = en.next;
            }
            None
        };
        for inst in func.layout.block_insts(block) {
            let data = &dfg.insts[inst];
            let op = data.opcode();
            let args = dfg.inst_args(inst);
            cont.clear();
            match op {
                O::Uextend => {
                    let a = dfg.resolve_aliases(args[0]);
                    let r = dfg.first_result(inst);
                    let mut e = heads[a.index()][IDX];
                    while e != NONE {
                        let en = pool[e as usize];
                        add(&mut heads, &mut touched, &mut pool, r, EXT, en.g, en.pos);
                        e = en.next;
                    }
                    continue;
                }
                O::Iadd => {
                    let &[x, y] = args else {
                        unreachable!("iadd has two operands")
                    };
                    let res = [dfg.resolve_aliases(x), dfg.resolve_aliases(y)];
                    // `a + c`, c an i64 (the first operand pair that is), for the
                    // address-plus-constant form; only if `c` is a constant.
                    let pair = if dfg.value_type(y) == ir::types::I64 {
                        Some((res[0], res[1]))
                    } else if dfg.value_type(x) == ir::types::I64 {
                        Some((res[1], res[0]))
                    } else {
                        None
                    }
                    .filter(|&(_, c)| {
                        matches!(
                            dfg.value_def(c),
                            ir::ValueDef::Result(i, _) if dfg.insts[i].opcode() == O::Iconst
                        )
                    });
                    // The lists this could be an address of.
                    cands.clear();
                    for &a in &res {
                        let mut e = heads[a.index()][EXT];
                        while e != NONE {
                            cands.push(pool[e as usize].g);
                            e = pool[e as usize].next;
                        }
                    }
                    if let Some((a, _)) = pair {
                        let mut e = heads[a.index()][ADDR];
                        while e != NONE {
                            cands.push(pool[e as usize].g);
                            e = pool[e as usize].next;
                        }
                    }
                    cands.sort_unstable();
                    cands.dedup();
                    let r = dfg.first_result(inst);
                    for &g in &cands {
                        if failed[g as usize] {
                            continue;
                        }
                        let ext = res.iter().find_map(|&a| member(&heads, &pool, a, EXT, g));
                        let plus_const = || member(&heads, &pool, pair?.0, ADDR, g);
                        if let Some(i) = ext.or_else(plus_const) {
                            add(&mut heads, &mut touched, &mut pool, r, ADDR, g, i);
                            cont.push(g);
                        }
                    }
                }
                _ => {}
            }
            uses.clear();
            for (pos, &a) in args.iter().enumerate() {
                let a = dfg.resolve_aliases(a);
                let mut e = heads[a.index()][ADDR];
                while e != NONE {
                    let en = pool[e as usize];
                    if !failed[en.g as usize] && !cont.contains(&en.g) {
                        uses.push((en.g, pos, en.pos));
                    }
                    e = en.next;
                }
            }
            if uses.is_empty() {
                continue;
            }
            let is_load = matches!(
                op,
                O::Load | O::Uload8 | O::Sload8 | O::Uload16 | O::Sload16 | O::Uload32 | O::Sload32
            );
            let is_store = matches!(op, O::Store | O::Istore8 | O::Istore16 | O::Istore32);
            let addr_pos = if is_store { 1 } else { 0 };
            // Each list's uses in operand order.
            uses.sort_by_key(|u| u.0);
            for run in uses.chunk_by(|x, y| x.0 == y.0) {
                let g = run[0].0 as usize;
                if !(is_load || (is_store && stores))
                    || run.iter().any(|&(_, pos, _)| pos != addr_pos)
                {
                    failed[g] = true;
                } else {
                    found[g][run[0].2 as usize] = true;
                    accesses[g].push(inst);
                }
            }
        }
        for &(_, g) in &by_block[start..end] {
            if !failed[g] && found[g].iter().all(|&f| f) {
                answers[g] = Some(std::mem::take(&mut accesses[g]));
            }
        }
        for v in touched.drain(..) {
            heads[v.index()] = [NONE; 3];
        }
        pool.clear();
        start = end;
    }
    HEADS.set(heads);
    answers
}

std::thread_local! {
    /// `covered_accesses_all`'s table of list heads by value, between its calls (every
    /// entry `[u32::MAX; 3]`).
    static HEADS: std::cell::Cell<Vec<[u32; 3]>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The memory accesses of the checks `covered` (merged into the first): in the first's
/// block, every load or store whose address is `base + uextend(idx)` (plus a constant)
/// for one of their indices; None when one of them has none, or such an address has
/// another use than a plain load's or store's address (an atomic, a call's argument), or
/// is stored to and `stores` is false. (The reference `covered_accesses_all` is tested
/// against.)
#[cfg(test)]
fn covered_accesses(
    func: &ir::Function,
    checks: &[CheckSite],
    covered: &[usize],
    stores: bool,
) -> Option<Vec<ir::Inst>> {
    use ir::Opcode as O;
    let dfg = &func.dfg;
    let block = func.layout.inst_block(checks[covered[0]].trapnz)?;
    let idx: Vec<Value> = covered
        .iter()
        .map(|&k| dfg.resolve_aliases(checks[k].idx))
        .collect();
    let mut found = vec![false; idx.len()];
    // The extensions and addresses of each index (position in `idx`).
    let mut exts: Vec<(Value, usize)> = Vec::new();
    let mut addrs: Vec<(Value, usize)> = Vec::new();
    let mut accesses = Vec::new();
    for inst in func.layout.block_insts(block) {
        let data = &dfg.insts[inst];
        let op = data.opcode();
        let args = dfg.inst_args(inst);
        let addr_of = |v: Value| {
            addrs
                .iter()
                .find(|&&(a, _)| a == dfg.resolve_aliases(v))
                .map(|&(_, i)| i)
        };
        match op {
            O::Uextend => {
                if let Some(i) = idx.iter().position(|&v| v == dfg.resolve_aliases(args[0])) {
                    exts.push((dfg.first_result(inst), i));
                }
                continue;
            }
            O::Iadd => {
                // `base + ext`, or an address plus a constant (a static offset that
                // does not fit in the access, `heap_base_plus`).
                let ext = args.iter().find_map(|&a| {
                    let a = dfg.resolve_aliases(a);
                    exts.iter().find(|&&(e, _)| e == a).map(|&(_, i)| i)
                });
                let plus_const = || match args {
                    &[a, c] | &[c, a] if dfg.value_type(c) == ir::types::I64 => {
                        addr_of(a).filter(|_| {
                            matches!(
                                dfg.value_def(dfg.resolve_aliases(c)),
                                ir::ValueDef::Result(i, _)
                                    if dfg.insts[i].opcode() == O::Iconst
                            )
                        })
                    }
                    _ => None,
                };
                if let Some(i) = ext.or_else(plus_const) {
                    addrs.push((dfg.first_result(inst), i));
                    continue;
                }
            }
            _ => {}
        }
        let uses: Vec<(usize, usize)> = args
            .iter()
            .enumerate()
            .filter_map(|(pos, &a)| addr_of(a).map(|i| (pos, i)))
            .collect();
        if uses.is_empty() {
            continue;
        }
        let is_load = matches!(
            op,
            O::Load | O::Uload8 | O::Sload8 | O::Uload16 | O::Sload16 | O::Uload32 | O::Sload32
        );
        let is_store = matches!(op, O::Store | O::Istore8 | O::Istore16 | O::Istore32);
        // The address operand: a load's only one, a store's second (the first is the
        // value stored, which must not be an address).
        let addr_pos = if is_store { 1 } else { 0 };
        if !(is_load || (is_store && stores)) || uses.iter().any(|&(pos, _)| pos != addr_pos) {
            return None;
        }
        found[uses[0].1] = true;
        accesses.push(inst);
    }
    // (An index that an earlier check of the list has is found as that one's.)
    found
        .iter()
        .enumerate()
        .all(|(i, &f)| f || idx[..i].contains(&idx[i]))
        .then_some(accesses)
}

/// Gives `accesses` the out-of-bounds trap code instead of `notrap`; false (nothing
/// changed) when the function's table of memory flags is full.
pub(super) fn mark_trapping(func: &mut ir::Function, accesses: &[ir::Inst]) -> bool {
    let mut new = Vec::with_capacity(accesses.len());
    for &inst in accesses {
        let Some(f) = func.dfg.insts[inst].memflags() else {
            return false;
        };
        let data = func.dfg.mem_flags[f].with_trap_code(Some(ir::TrapCode::HEAP_OUT_OF_BOUNDS));
        match func.dfg.mem_flags.insert(data) {
            Ok(nf) => new.push(nf),
            Err(_) => return false,
        }
    }
    for (&inst, nf) in accesses.iter().zip(new) {
        if let Some(f) = func.dfg.insts[inst].memflags_mut() {
            *f = nf;
        }
    }
    true
}

/// Rewrite 2 at joins: removes a check whose index is a block parameter (plus a
/// constant) when every edge into that block passes a value that a check dominating
/// the edge's branch already proved (see the module comment).
fn remove_joined(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justifies: &mut [bool],
    an: &mut Cached,
    groups: &HashMap<GroupKey, Vec<(usize, u32)>>,
) -> usize {
    let dfg = &func.dfg;
    let entry = func.layout.entry_block();
    // The candidates: checks of `p + k` with `p` a parameter of a block other than the
    // entry block (whose parameters are the function's), in check order.
    let mut candidates: Vec<(usize, ir::Block, usize, u32)> = Vec::new();
    for ((_, root), group) in groups {
        let [p] = root[..] else { continue };
        if let ir::ValueDef::Param(block, i) = dfg.value_def(p) {
            if Some(block) != entry {
                candidates.extend(group.iter().map(|&(b, kb)| (b, block, i, kb)));
            }
        }
    }
    if candidates.is_empty() {
        return 0;
    }
    candidates.sort_unstable();
    let Analyses { cfg, domtree, .. } = an.get(func);
    let mut gone = Vec::new();
    // The checks that proved one of the current candidate's edges.
    let mut proving: Vec<usize> = Vec::new();
    for &(b, block, i, kb) in &candidates {
        let cb = &checks[b];
        if removed[b] {
            continue;
        }
        proving.clear();
        // Every edge into `block` (a branch may have several) must carry a proved value.
        let proved = every_edge_into(dfg, cfg, block, |branch, bc| {
            let Some(arg) = bc.args(&dfg.value_lists).nth(i).and_then(|a| a.as_value()) else {
                return false;
            };
            // On this edge the index is `arg + kb` = `root + k0 + kb`.
            let (root, k0) = split_sum(dfg, arg);
            let k = k0.wrapping_add(kb);
            groups.get(&(cb.mem, root)).is_some_and(|group| {
                let a = group.iter().find(|&&(a, ka)| {
                    a != b
                        && !removed[a]
                        && u64::from(k.wrapping_sub(ka)) + ends[b] <= ends[a]
                        && domtree.dominates(checks[a].trapnz, branch, &func.layout)
                });
                proving.extend(a.map(|&(a, _)| a));
                a.is_some()
            })
        });
        if proved.is_some_and(|edges| edges > 0) {
            removed[b] = true;
            gone.push(cb.trapnz);
            for &a in &proving {
                justifies[a] = true;
            }
        }
    }
    // Removing a trapnz leaves the CFG as it is.
    for &inst in &gone {
        func.layout.remove_inst(inst);
    }
    gone.len()
}

/// Rewrite 2 at joins, for an index that is the same value on every edge: a check B
/// of `x + kb` (`x` a root sum whose leaves are all defined in blocks that strictly
/// dominate B's block J) goes when every edge into J has a check A of `x + ka`, not
/// removed, dominating the edge's branch, with `(kb - ka) mod 2^32 + end_b <= end_a`.
/// The arms of an `if` that both read `p->a` before the join reads `p->b` (dlfree's
/// chunk headers, lua_settop's stack slots): no one check dominates B, but one passed
/// on every path to it. Exact, by `remove_joined`'s argument edge by edge: A ran with the
/// `x` B has (A dominates the branch, so no path from A to the branch runs a leaf's
/// definition again, and none of them is in J, so none runs between the edge and B),
/// A's pass gives `x + ka + end_a <= size`, so B's index is A's plus the difference
/// without wrapping and ends within A's range; memories never shrink. A justifying
/// check is one not removed at the time, so no two checks justify each other.
fn remove_joined_same(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justifies: &mut [bool],
    an: &mut Cached,
    groups: &HashMap<GroupKey, Vec<(usize, u32)>>,
) -> usize {
    if groups.values().all(|g| g.len() < 2) {
        return 0;
    }
    let Analyses { cfg, domtree, .. } = an.get(func);
    joined_same_within(
        func,
        checks,
        ends,
        removed,
        justifies,
        cfg,
        domtree,
        groups,
        DOMINANCE_BUDGET,
        WALK_MIN_GROUP,
        SPAN_TREE_MIN,
    )
}

/// Buckets of `joined_same_within` with fewer checks than this (not removed when the
/// group's buckets are made) are scanned in group order for an edge's proof; larger
/// ones are asked through a `SpanTree`.
const SPAN_TREE_MIN: usize = 8;

/// `remove_joined_same` with a given budget. In a group of `walk_min` checks or more,
/// the checks covering B are not listed one by one (the group squared over its
/// checks at joins, `nesting`'s): the group's checks not removed are bucketed by
/// constant and END, a bucket covers B or not as a whole, and an edge's proof is the
/// first check in group order of the covering buckets that dominates the branch:
/// per bucket, the first of its checks not removed (B aside) whose block's span in
/// the dominator tree's preorder holds the branch's block (`SpanTree`; a bucket of
/// fewer than `tree_min` checks, or one with a check outside the layout, is scanned
/// in group order up to the first that dominates the branch, as is every bucket for
/// a branch that does not end its block). The budget is charged as the list did: the
/// group's size per candidate, then per edge the covering checks before the proof and
/// the proof (counted per bucket by binary searches), or all of them when none proves
/// it.
#[allow(clippy::too_many_arguments)]
fn joined_same_within(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justifies: &mut [bool],
    cfg: &ControlFlowGraph,
    domtree: &DominatorTree,
    groups: &HashMap<GroupKey, Vec<(usize, u32)>>,
    mut budget: usize,
    walk_min: usize,
    tree_min: usize,
) -> usize {
    let dfg = &func.dfg;
    let layout = &func.layout;
    let entry = layout.entry_block();
    let def_block = |v: Value| match dfg.value_def(v) {
        ir::ValueDef::Param(block, _) => Some(block),
        ir::ValueDef::Result(inst, _) => layout.inst_block(inst),
        ir::ValueDef::Union(..) => None,
    };
    let mut gone = Vec::new();
    let mut proving: Vec<usize> = Vec::new();
    let mut covering: Vec<usize> = Vec::new();
    // The buckets of a large group: (constant, END, its checks not removed at the
    // start in group order, those removed since in group order), in the order of their
    // first checks (never removed from `.2`).
    #[allow(clippy::type_complexity)]
    let mut buckets: Vec<(u32, u64, Vec<usize>, Vec<usize>)> = Vec::new();
    let mut bucket_of: HashMap<(u32, u64), usize> = HashMap::default();
    // Per bucket, how its proofs are found (built when first asked).
    let mut lookups: Vec<Lookup> = Vec::new();
    // The dominator tree's preorder spans (`preorder_spans`), once a tree is built.
    let mut spans: Option<SecondaryMap<ir::Block, (u32, u32)>> = None;
    // The covering buckets of the current candidate.
    let mut cover: Vec<usize> = Vec::new();
    let mut keys: Vec<&GroupKey> = groups.keys().filter(|k| groups[*k].len() >= 2).collect();
    keys.sort_unstable();
    for key in keys {
        let (mem, root) = key;
        if root.is_empty() {
            continue;
        }
        let group = &groups[key];
        let large = group.len() >= walk_min;
        if large {
            buckets.clear();
            bucket_of.clear();
            for &(a, ka) in group {
                if !removed[a] {
                    let i = *bucket_of.entry((ka, ends[a])).or_insert_with(|| {
                        buckets.push((ka, ends[a], Vec::new(), Vec::new()));
                        buckets.len() - 1
                    });
                    buckets[i].2.push(a);
                }
            }
            lookups.clear();
            lookups.resize_with(buckets.len(), || Lookup::Unbuilt);
        }
        for &(b, kb) in group {
            if removed[b] {
                continue;
            }
            let Some(block) = layout.inst_block(checks[b].trapnz) else {
                continue;
            };
            // A block with one predecessor: a check dominating its branch dominates B
            // (`remove_dominated`'s case).
            if Some(block) == entry
                || cfg.pred_iter(block).nth(1).is_none()
                || !root.iter().all(|&v| {
                    def_block(v).is_some_and(|d| d != block && domtree.block_dominates(d, block))
                })
            {
                continue;
            }
            // The checks that cover B's range; none, and no edge can be proved.
            if budget < group.len() {
                break;
            }
            budget -= group.len();
            if large {
                // The covering checks not removed, B excluded (its bucket covers it).
                cover.clear();
                let mut total = 0;
                for (i, (ka, end_a, members, gone_since)) in buckets.iter().enumerate() {
                    if u64::from(kb.wrapping_sub(*ka)) + ends[b] <= *end_a {
                        cover.push(i);
                        total += members.len() - gone_since.len();
                    }
                }
                total -= 1;
                if total == 0 {
                    continue;
                }
                proving.clear();
                let proved = every_edge_into(dfg, cfg, block, |branch, _| {
                    let mut best = usize::MAX;
                    // The branch ends its block X (it is a terminator, so this holds
                    // but is cheap to make sure of): then a check in X precedes it, and
                    // a check dominates it exactly when its block dominates X.
                    let x = layout
                        .inst_block(branch)
                        .filter(|&x| layout.last_inst(x) == Some(branch));
                    for &i in &cover {
                        let members = &buckets[i].2;
                        // No check of this bucket or a later one comes before the best
                        // so far (the buckets' first checks rise).
                        if members[0] >= best {
                            break;
                        }
                        let (Some(x), true) = (x, members.len() >= tree_min) else {
                            best = first_dominating(
                                members, b, best, removed, checks, branch, domtree, layout,
                            );
                            continue;
                        };
                        if let Lookup::Unbuilt = lookups[i] {
                            let spans =
                                spans.get_or_insert_with(|| preorder_spans(layout, domtree));
                            lookups[i] = SpanTree::new(members, removed, checks, spans, layout)
                                .map_or(Lookup::Scan, Lookup::Tree);
                        }
                        match &mut lookups[i] {
                            Lookup::Tree(tree) => {
                                let pre = spans.as_ref().map_or(0, |spans| spans[x].0);
                                best = best.min(tree.first(pre, b));
                            }
                            _ => {
                                best = first_dominating(
                                    members, b, best, removed, checks, branch, domtree, layout,
                                );
                            }
                        }
                    }
                    if best == usize::MAX {
                        budget -= total.min(budget);
                        return false;
                    }
                    // The pairs tried: the covering checks before the proof, and it.
                    let mut tried = 1 - usize::from(b < best);
                    for &i in &cover {
                        let (_, _, members, gone_since) = &buckets[i];
                        if members[0] >= best {
                            break;
                        }
                        tried += members.partition_point(|&a| a < best)
                            - gone_since.partition_point(|&a| a < best);
                    }
                    if tried > budget {
                        budget = 0;
                        return false;
                    }
                    budget -= tried;
                    proving.push(best);
                    true
                });
                if proved.is_some_and(|edges| edges > 0) {
                    removed[b] = true;
                    gone.push(checks[b].trapnz);
                    for &a in &proving {
                        justifies[a] = true;
                    }
                    let i = bucket_of[&(kb, ends[b])];
                    let gone_since = &mut buckets[i].3;
                    let at = gone_since.partition_point(|&a| a < b);
                    gone_since.insert(at, b);
                    if let (Lookup::Tree(tree), Some(spans)) = (&mut lookups[i], &spans) {
                        tree.remove(b, spans[block]);
                    }
                }
                continue;
            }
            covering.clear();
            covering.extend(group.iter().filter_map(|&(a, ka)| {
                let covers = a != b
                    && !removed[a]
                    && checks[a].mem == *mem
                    && u64::from(kb.wrapping_sub(ka)) + ends[b] <= ends[a];
                covers.then_some(a)
            }));
            if covering.is_empty() {
                continue;
            }
            proving.clear();
            let proved = every_edge_into(dfg, cfg, block, |branch, _| {
                let a = covering.iter().find(|&&a| {
                    if removed[a] || budget == 0 {
                        return false;
                    }
                    budget -= 1;
                    domtree.dominates(checks[a].trapnz, branch, layout)
                });
                proving.extend(a.copied());
                a.is_some()
            });
            if proved.is_some_and(|edges| edges > 0) {
                removed[b] = true;
                gone.push(checks[b].trapnz);
                for &a in &proving {
                    justifies[a] = true;
                }
            }
        }
    }
    // Removing a trapnz leaves the CFG as it is.
    for &inst in &gone {
        func.layout.remove_inst(inst);
    }
    gone.len()
}

/// The first of `members` (checks in group order) before `best` that is not removed,
/// not `b`, and dominates `branch`; `best` when none is: the pairwise search,
/// `joined_same_within`'s for small buckets and its `SpanTree`'s definition.
#[allow(clippy::too_many_arguments)]
fn first_dominating(
    members: &[usize],
    b: usize,
    best: usize,
    removed: &[bool],
    checks: &[CheckSite],
    branch: ir::Inst,
    domtree: &DominatorTree,
    layout: &ir::Layout,
) -> usize {
    for &a in members {
        if a >= best {
            break;
        }
        if a != b && !removed[a] && domtree.dominates(checks[a].trapnz, branch, layout) {
            return a;
        }
    }
    best
}

/// How `joined_same_within` finds a bucket's first check dominating a branch.
enum Lookup {
    /// Not decided yet: the bucket has not been asked.
    Unbuilt,
    /// `first_dominating`, check by check.
    Scan,
    Tree(SpanTree),
}

/// Each block's span in a preorder walk of the dominator tree: `(pre, max)`, the
/// blocks it dominates being those numbered `pre..=max` (from 1); `(0, 0)` for an
/// unreachable block. Cranelift's `block_dominates(a, b)` compares its own such
/// numbers, `pre_a <= pre_b && max_a >= max_b`, which for reachable blocks is the
/// tree's relation, and makes every unreachable block dominate every unreachable one
/// and nothing else. Both are `pre_a <= pre_b <= max_a` with these numbers.
fn preorder_spans(
    layout: &ir::Layout,
    domtree: &DominatorTree,
) -> SecondaryMap<ir::Block, (u32, u32)> {
    let mut spans: SecondaryMap<ir::Block, (u32, u32)> =
        SecondaryMap::with_capacity(layout.block_capacity());
    // (block, whether its subtree is done).
    let mut stack: Vec<(ir::Block, bool)> = layout
        .entry_block()
        .map(|e| (e, false))
        .into_iter()
        .collect();
    let mut n = 0;
    while let Some((block, done)) = stack.pop() {
        if done {
            spans[block].1 = n;
            continue;
        }
        n += 1;
        spans[block].0 = n;
        stack.push((block, true));
        stack.extend(domtree.children(block).map(|c| (c, false)));
    }
    spans
}

/// The checks of a bucket of `joined_same_within` by their blocks' preorder spans
/// (`preorder_spans`), for the first check in group order, not removed and not a given
/// one, whose block dominates a block X: whose span holds X's `pre`. A segment tree
/// over the spans' bounds lists each check in the nodes that partition its span (at
/// most two per level), each node's list in group order; the spans that hold a point
/// are those listed on the path from the point's leaf to the root. Each list skips
/// its removed checks through a union-find (`next`), so a question costs the tree's
/// height, and a check is removed in as many nodes as list it.
struct SpanTree {
    /// The spans' bounds (`pre` and `max + 1`), sorted and distinct: leaf `slots + s`
    /// is `bounds[s]..bounds[s + 1]`, node `n`'s children `2n` and `2n + 1`.
    bounds: Vec<u32>,
    /// Node `n`'s list is `list[start[n]..start[n + 1]]`, its checks in group order
    /// then `usize::MAX` (none).
    start: Vec<u32>,
    list: Vec<usize>,
    /// Per entry of `list`: itself while it counts, else a later entry of its list
    /// (following these from an entry reaches the first that counts, or the end).
    next: Vec<u32>,
}

impl SpanTree {
    /// The tree of the `members` (checks in group order) not removed; `None` when one
    /// of them is not in the layout (the scan does what `dominates` does with it).
    fn new(
        members: &[usize],
        removed: &[bool],
        checks: &[CheckSite],
        spans: &SecondaryMap<ir::Block, (u32, u32)>,
        layout: &ir::Layout,
    ) -> Option<SpanTree> {
        let mut put: Vec<(usize, (u32, u32))> = Vec::with_capacity(members.len());
        for &a in members {
            if !removed[a] {
                put.push((a, spans[layout.inst_block(checks[a].trapnz)?]));
            }
        }
        Some(SpanTree::from_spans(&put))
    }

    /// The tree of checks (in group order) with their spans.
    fn from_spans(put: &[(usize, (u32, u32))]) -> SpanTree {
        let mut bounds: Vec<u32> = put.iter().flat_map(|&(_, (p, m))| [p, m + 1]).collect();
        bounds.sort_unstable();
        bounds.dedup();
        let mut tree = SpanTree {
            bounds,
            start: Vec::new(),
            list: Vec::new(),
            next: Vec::new(),
        };
        let nodes = 2 * tree.slots();
        let mut start = vec![0u32; nodes + 1];
        for &(_, span) in put {
            SpanTree::cover(&tree.bounds, span, |n| start[n] += 1);
        }
        let mut total = 0;
        for s in &mut start[..nodes] {
            let len = *s;
            *s = total;
            total += len + 1;
        }
        start[nodes] = total;
        let mut list = vec![usize::MAX; total as usize];
        let mut fill = start.clone();
        for &(a, span) in put {
            SpanTree::cover(&tree.bounds, span, |n| {
                list[fill[n] as usize] = a;
                fill[n] += 1;
            });
        }
        tree.start = start;
        tree.list = list;
        tree.next = (0..total).collect();
        tree
    }

    fn slots(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    /// Calls `f` on the nodes that partition `span`'s leaves (`bounds`: the tree's).
    fn cover(bounds: &[u32], (pre, max): (u32, u32), mut f: impl FnMut(usize)) {
        let slots = bounds.len().saturating_sub(1);
        let leaf = |v: u32| slots + bounds.partition_point(|&c| c < v);
        let (mut lo, mut hi) = (leaf(pre), leaf(max + 1));
        while lo < hi {
            if lo & 1 == 1 {
                f(lo);
                lo += 1;
            }
            if hi & 1 == 1 {
                hi -= 1;
                f(hi);
            }
            lo >>= 1;
            hi >>= 1;
        }
    }

    /// The first entry from `i` on in its list that counts (its list's end if none).
    fn find(&mut self, mut i: u32) -> usize {
        while self.next[i as usize] != i {
            let up = self.next[self.next[i as usize] as usize];
            self.next[i as usize] = up;
            i = up;
        }
        i as usize
    }

    /// The first check in group order, not removed and not `except`, whose span holds
    /// `pre`; `usize::MAX` when none does.
    fn first(&mut self, pre: u32, except: usize) -> usize {
        let s = self.bounds.partition_point(|&c| c <= pre);
        if s == 0 || s == self.bounds.len() {
            return usize::MAX;
        }
        let mut best = usize::MAX;
        let mut node = self.slots() + s - 1;
        while node > 0 {
            let mut i = self.find(self.start[node]);
            // (Not past the list's end, `usize::MAX`.)
            if self.list[i] == except && except != usize::MAX {
                i = self.find(i as u32 + 1);
            }
            best = best.min(self.list[i]);
            node >>= 1;
        }
        best
    }

    /// Check `a` (span `span`, in the tree) no longer counts.
    fn remove(&mut self, a: usize, span: (u32, u32)) {
        let SpanTree {
            bounds,
            start,
            list,
            next,
        } = self;
        SpanTree::cover(bounds, span, |n| {
            let (lo, hi) = (start[n] as usize, start[n + 1] as usize - 1);
            let i = lo + list[lo..hi].partition_point(|&c| c < a);
            debug_assert_eq!(list[i], a);
            next[i] = i as u32 + 1;
        });
    }
}

/// Calls `f` on every edge into `block` (a branch may carry several: each of its
/// destinations that is `block`), with the branch and the edge's block call, until one
/// answers false: the number of edges when every one answered true, `None` otherwise.
fn every_edge_into(
    dfg: &ir::DataFlowGraph,
    cfg: &ControlFlowGraph,
    block: ir::Block,
    mut f: impl FnMut(ir::Inst, &ir::BlockCall) -> bool,
) -> Option<usize> {
    let mut edges = 0;
    let all = cfg.pred_iter(block).all(|pred| {
        dfg.insts[pred.inst]
            .branch_destination(&dfg.jump_tables, &dfg.exception_tables)
            .iter()
            .filter(|bc| bc.block(&dfg.value_lists) == block)
            .all(|bc| {
                edges += 1;
                f(pred.inst, bc)
            })
    });
    all.then_some(edges)
}

/// Rewrite 2 at joins, through scaled sums: a check whose index, as an `affine` sum, has
/// terms that are parameters of one block J (`(hole << 4) + data`, `hole` a loop
/// header's parameter) and otherwise only values defined in blocks that strictly
/// dominate J, goes when on every edge into J the index with the edge's arguments
/// substituted (their own `affine` sums, scaled) is that of a check A dominating the
/// edge's branch, with `(k_edge - ka) mod 2^32 + end_b <= end_a` (see the module
/// comment). `remove_joined` takes the lone-parameter case through root sums; this
/// one follows shifts and multiplications by constants too.
fn remove_joined_scaled(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    justifies: &mut [bool],
    an: &mut Cached,
) -> usize {
    let dfg = &func.dfg;
    let layout = &func.layout;
    let entry = layout.entry_block();
    // Nothing to do (and no sums to build) unless some check's index reaches a
    // parameter of a block other than the entry block through an add, a shift or a
    // multiplication (a lone parameter is `remove_joined`'s).
    fn reaches_param(
        dfg: &ir::DataFlowGraph,
        v: Value,
        entry: Option<ir::Block>,
        depth: u32,
    ) -> bool {
        let v = super::resolved(dfg, v);
        match dfg.value_def(v) {
            ir::ValueDef::Param(block, _) => depth > 0 && Some(block) != entry,
            ir::ValueDef::Result(inst, 0) if depth < 4 => match dfg.insts[inst] {
                ir::InstructionData::Binary {
                    opcode: ir::Opcode::Iadd,
                    args,
                } => {
                    reaches_param(dfg, args[0], entry, depth + 1)
                        || reaches_param(dfg, args[1], entry, depth + 1)
                }
                ir::InstructionData::Binary {
                    opcode: ir::Opcode::Ishl | ir::Opcode::Imul,
                    args,
                } => reaches_param(dfg, args[0], entry, depth + 1),
                _ => false,
            },
            _ => false,
        }
    }
    if !checks
        .iter()
        .enumerate()
        .any(|(i, c)| !removed[i] && reaches_param(dfg, c.idx, entry, 0))
    {
        return 0;
    }
    // Each check in place as (memory, terms, constant, check).
    let sums: Vec<(u32, Terms, u32, usize)> = checks
        .iter()
        .enumerate()
        .filter(|&(i, _)| !removed[i])
        .map(|(i, c)| {
            let (terms, k) = affine(dfg, c.idx);
            (c.mem, terms, k, i)
        })
        .collect();
    // The join block of a candidate: the one block other than the entry block (whose
    // parameters are the function's, defined before everything) with parameters among
    // its terms; the lone unscaled parameter is `remove_joined`'s.
    let join_of = |terms: &Terms| -> Option<ir::Block> {
        if let [(_, 1)] = terms[..] {
            return None;
        }
        let mut join = None;
        for &(v, _) in terms {
            if let ir::ValueDef::Param(block, _) = dfg.value_def(v) {
                if Some(block) != entry {
                    if join.is_some_and(|j| j != block) {
                        return None;
                    }
                    join = Some(block);
                }
            }
        }
        join
    };
    if !sums.iter().any(|(_, terms, _, _)| join_of(terms).is_some()) {
        return 0;
    }
    let Analyses { cfg, domtree, .. } = an.get(func);
    // The other terms keep their values from the edge to B: defined in a block that
    // strictly dominates J (then no path from J to B runs their definition again).
    let defined_before = |terms: &Terms, join: ir::Block| {
        terms.iter().all(|&(v, _)| {
            let block = match dfg.value_def(v) {
                ir::ValueDef::Param(block, _) if block == join => return true,
                ir::ValueDef::Param(block, _) => Some(block),
                ir::ValueDef::Result(inst, _) => layout.inst_block(inst),
                _ => None,
            };
            block.is_some_and(|d| d != join && domtree.dominates(d, join, layout))
        })
    };
    let candidates: Vec<(usize, ir::Block)> = sums
        .iter()
        .enumerate()
        .filter_map(|(s, (_, terms, _, _))| {
            join_of(terms)
                .filter(|&j| defined_before(terms, j))
                .map(|j| (s, j))
        })
        .collect();
    if candidates.is_empty() {
        return 0;
    }
    // Sorted by memory and terms, for the lookups of each edge's sum.
    let mut order: Vec<usize> = (0..sums.len()).collect();
    order.sort_unstable_by(|&x, &y| (sums[x].0, &sums[x].1).cmp(&(sums[y].0, &sums[y].1)));
    let mut gone: Vec<usize> = Vec::new();
    let mut substituted: Vec<(Value, u32)> = Vec::new();
    let mut key = Terms::new();
    // The checks that proved the current candidate's edges.
    let mut by: Vec<usize> = Vec::new();
    for &(s, join) in &candidates {
        let (mem, ref terms, kb, b) = sums[s];
        by.clear();
        let proved = every_edge_into(dfg, cfg, join, |branch, bc| {
            // B's index on this edge: J's parameters replaced by the arguments.
            substituted.clear();
            let mut k = kb;
            for &(v, scale) in terms {
                match dfg.value_def(v) {
                    ir::ValueDef::Param(block, i) if block == join => {
                        let Some(arg) = bc.args(&dfg.value_lists).nth(i).and_then(|a| a.as_value())
                        else {
                            return false;
                        };
                        let (arg_terms, ka) = affine(dfg, arg);
                        k = k.wrapping_add(ka.wrapping_mul(scale));
                        substituted
                            .extend(arg_terms.iter().map(|&(t, s)| (t, s.wrapping_mul(scale))));
                    }
                    _ => substituted.push((v, scale)),
                }
            }
            substituted.sort_unstable();
            key.clear();
            for &(v, s) in substituted.iter() {
                match key.last_mut() {
                    Some((last, sum)) if *last == v => *sum = sum.wrapping_add(s),
                    _ => key.push((v, s)),
                }
            }
            key.retain(|&mut (_, s)| s != 0);
            let first = order.partition_point(|&x| (sums[x].0, &sums[x].1) < (mem, &key));
            let proof = order[first..]
                .iter()
                .take_while(|&&x| sums[x].0 == mem && sums[x].1 == key)
                .map(|&x| (sums[x].2, sums[x].3))
                .find(|&(ka, a)| {
                    a != b
                        && !removed[a]
                        && u64::from(k.wrapping_sub(ka)) + ends[b] <= ends[a]
                        && domtree.dominates(checks[a].trapnz, branch, layout)
                })
                .map(|(_, a)| a);
            by.extend(proof);
            proof.is_some()
        });
        if proved.is_some_and(|edges| edges > 0) {
            removed[b] = true;
            for &a in &by {
                justifies[a] = true;
            }
            gone.push(b);
        }
    }
    // Removing a trapnz leaves the CFG as it is.
    for &b in &gone {
        func.layout.remove_inst(checks[b].trapnz);
    }
    gone.len()
}

/// Rewrite 2 before loops: a check at the top of a loop header of an index the loop does
/// not change moves to the end of the loop's one entry block (see the module comment).
/// Returns how many checks moved (counted as removed: the loop no longer runs them).
fn hoist_invariant(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &mut [bool],
    an: &mut Cached,
    traps_end_process: bool,
) -> usize {
    let Analyses {
        cfg,
        domtree,
        loops,
    } = an.get(func);
    // The checks still in place in a loop header.
    let by_inst: HashMap<ir::Inst, usize> = checks
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            !removed[i]
                && func
                    .layout
                    .inst_block(c.trapnz)
                    .is_some_and(|b| loops.is_loop_header(b).is_some())
        })
        .map(|(i, c)| (c.trapnz, i))
        .collect();
    if by_inst.is_empty() {
        return 0;
    }
    // The index and size as the IR has them now (a copied loop may have renamed them).
    let operands = |func: &ir::Function, c: &CheckSite| -> Option<(Value, Value)> {
        let ir::InstructionData::IntCompare { args, .. } = func.dfg.insts[c.icmp] else {
            return None;
        };
        let ir::ValueDef::Result(limit, 0) =
            func.dfg.value_def(super::resolved(&func.dfg, args[1]))
        else {
            return None;
        };
        let ir::InstructionData::Binary {
            opcode: ir::Opcode::Iadd,
            args: [size, _],
        } = func.dfg.insts[limit]
        else {
            return None;
        };
        Some((current_index(func, c), super::resolved(&func.dfg, size)))
    };
    // (check, the entry block it moves to)
    let mut moves: Vec<(usize, ir::Block)> = Vec::new();
    for lp in loops.loops() {
        let header = loops.loop_header(lp);
        // One edge from outside the loop, from a block that only jumps to the header.
        let mut outside = cfg
            .pred_iter(header)
            .filter(|p| !loops.is_in_loop(p.block, lp));
        let (Some(entry), None) = (outside.next(), outside.next()) else {
            continue;
        };
        let ir::InstructionData::Jump { .. } = func.dfg.insts[entry.inst] else {
            continue;
        };
        let invariant = |v: Value| {
            let block = match func.dfg.value_def(super::resolved(&func.dfg, v)) {
                ir::ValueDef::Result(inst, _) => func.layout.inst_block(inst),
                ir::ValueDef::Param(block, _) => Some(block),
                _ => None,
            };
            block.is_some_and(|b| !loops.is_in_loop(b, lp))
        };
        // The header's instructions up to the first one that anything could observe:
        // loads, pure instructions, other bounds checks (the same trap), and in an
        // executable stores that cannot trap (as in `merge_in_blocks`).
        for inst in func.layout.block_insts(header) {
            if let Some(&ci) = by_inst.get(&inst) {
                let Some((idx, size)) = operands(func, &checks[ci]) else {
                    continue;
                };
                let size_load = match func.dfg.value_def(size) {
                    ir::ValueDef::Result(l, 0) => Some(l),
                    _ => None,
                };
                let movable = invariant(idx)
                    && size_load.is_some_and(|l| {
                        func.dfg.inst_values(l).all(|a| {
                            match func.dfg.value_def(super::resolved(&func.dfg, a)) {
                                ir::ValueDef::Result(d, _) => func
                                    .layout
                                    .inst_block(d)
                                    .is_some_and(|b| domtree.block_dominates(b, entry.block)),
                                ir::ValueDef::Param(b, _) => {
                                    domtree.block_dominates(b, entry.block)
                                }
                                _ => false,
                            }
                        })
                    });
                if movable {
                    moves.push((ci, entry.block));
                }
                continue;
            }
            if !check_may_cross(func, inst, traps_end_process) {
                break;
            }
            let op = func.dfg.insts[inst].opcode();
            if op.is_branch() || op.is_terminator() {
                break;
            }
        }
    }
    for &(ci, entry) in &moves {
        let c = checks[ci];
        let Some(jump) = func.layout.last_inst(entry) else {
            continue;
        };
        let Some((idx, size)) = operands(func, &c) else {
            continue;
        };
        let ir::ValueDef::Result(load, 0) = func.dfg.value_def(size) else {
            continue;
        };
        let srcloc = func.srcloc(c.trapnz);
        let mut cur = FuncCursor::new(func).at_inst(jump).with_srcloc(srcloc);
        let copy = cur.func.dfg.clone_inst(load);
        cur.insert_inst(copy);
        let size = cur.func.dfg.first_result(copy);
        let limit = cur.ins().iadd_imm_s(size, -(ends[ci] as i64));
        let idx = cur.ins().uextend(ir::types::I64, idx);
        let oob = cur.ins().icmp(IntCC::SignedGreaterThan, idx, limit);
        let code = match cur.func.dfg.insts[c.trapnz] {
            ir::InstructionData::CondTrap { code, .. } => code,
            _ => unreachable!("a check is a trapnz"),
        };
        cur.ins().trapnz(oob, code);
        func.layout.remove_inst(c.trapnz);
        removed[ci] = true;
    }
    moves.len()
}

/// An index without its constant: `(value, scale)` terms, as `affine` returns them
/// (inline up to 4: most indices have one or two, and the passes build one per check).
pub(super) type Terms = SmallVec<[(Value, u32); 4]>;

/// A root sum's leaves, as `split_sum` returns them (inline up to 4, its usual limit).
pub(super) type Leaves = SmallVec<[Value; 4]>;

/// Largest constant distance between two merged indices (keeps every end small).
const MAX_MERGE_DISTANCE: i64 = 1 << 16;

/// `v` as a wrapping i32 sum `sum(scale * value) + k`: adds are followed, and
/// shifts and multiplications by constants distribute over them (exact modulo 2^32).
/// Terms are sorted by value, like terms combined; up to 4 levels deep.
pub(super) fn affine(dfg: &ir::DataFlowGraph, v: Value) -> (Terms, u32) {
    fn walk(
        dfg: &ir::DataFlowGraph,
        v: Value,
        scale: u32,
        depth: u32,
        terms: &mut Terms,
        k: &mut u32,
    ) {
        let v = super::resolved(dfg, v);
        if let Some(c) = const_u32(dfg, v) {
            *k = k.wrapping_add(c.wrapping_mul(scale));
            return;
        }
        if depth < 4 {
            if let ir::ValueDef::Result(inst, 0) = dfg.value_def(v) {
                if let ir::InstructionData::Binary { opcode, args } = dfg.insts[inst] {
                    let c = const_u32(dfg, super::resolved(dfg, args[1]));
                    match (opcode, c) {
                        (ir::Opcode::Iadd, _) => {
                            walk(dfg, args[0], scale, depth + 1, terms, k);
                            walk(dfg, args[1], scale, depth + 1, terms, k);
                            return;
                        }
                        (ir::Opcode::Ishl, Some(s)) if s < 32 => {
                            walk(dfg, args[0], scale << s, depth + 1, terms, k);
                            return;
                        }
                        (ir::Opcode::Imul, Some(m)) => {
                            walk(dfg, args[0], scale.wrapping_mul(m), depth + 1, terms, k);
                            return;
                        }
                        _ => {}
                    }
                }
            }
        }
        terms.push((v, scale));
    }
    let mut terms = Terms::new();
    let mut k = 0u32;
    walk(dfg, v, 1, 0, &mut terms, &mut k);
    normalize(&mut terms);
    (terms, k)
}

/// `terms` sorted by value with like terms combined and zero terms dropped (the form
/// `affine` gives).
pub(super) fn normalize(terms: &mut Terms) {
    terms.sort_unstable();
    // Like terms combined in place (`dedup_by` gives the later one first).
    terms.dedup_by(|next, kept| {
        let like = next.0 == kept.0;
        if like {
            kept.1 = kept.1.wrapping_add(next.1);
        }
        like
    });
    terms.retain(|&mut (_, s)| s != 0);
}

/// `v` as a wrapping i32 sum `leaves + k` (leaves sorted; a lone value is its own
/// leaf), following wasm i32 adds up to 4 deep and 4 leaves.
pub(super) fn split_sum(dfg: &ir::DataFlowGraph, v: Value) -> (Leaves, u32) {
    fn walk(dfg: &ir::DataFlowGraph, v: Value, depth: u32, leaves: &mut Leaves, k: &mut u32) {
        let v = super::resolved(dfg, v);
        if let Some(c) = const_u32(dfg, v) {
            *k = k.wrapping_add(c);
            return;
        }
        if depth < 4 && leaves.len() < 4 {
            if let ir::ValueDef::Result(inst, 0) = dfg.value_def(v) {
                if let ir::InstructionData::Binary {
                    opcode: ir::Opcode::Iadd,
                    args,
                } = dfg.insts[inst]
                {
                    walk(dfg, args[0], depth + 1, leaves, k);
                    walk(dfg, args[1], depth + 1, leaves, k);
                    return;
                }
            }
        }
        leaves.push(v);
    }
    let mut leaves = Leaves::new();
    let mut k = 0u32;
    walk(dfg, v, 0, &mut leaves, &mut k);
    leaves.sort_unstable();
    (leaves, k)
}

/// The index check `c` tests, as the IR has it now: a loop rewrite may have replaced
/// the value recorded at translation (by a block parameter after a copied loop). The
/// check compares `uextend(index)`.
pub(super) fn current_index(func: &ir::Function, c: &CheckSite) -> Value {
    let arg = super::resolved(&func.dfg, func.dfg.inst_args(c.icmp)[0]);
    match func.dfg.value_def(arg) {
        ir::ValueDef::Result(inst, 0) if func.dfg.insts[inst].opcode() == ir::Opcode::Uextend => {
            func.dfg.inst_args(inst)[0]
        }
        _ => c.idx,
    }
}

/// The value of `v` when it is an `iconst`, as a wasm i32.
pub(crate) fn const_u32(dfg: &ir::DataFlowGraph, v: Value) -> Option<u32> {
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

/// The index in `checks` of each check's `trapnz`, for the checks `keep` accepts (the
/// map sized once, not rehashed as it grows).
fn checks_by_inst(
    checks: &[CheckSite],
    keep: impl Fn(usize, &CheckSite) -> bool,
) -> HashMap<ir::Inst, usize> {
    let mut by_inst: HashMap<ir::Inst, usize> = HashMap::default();
    by_inst.reserve(checks.len());
    by_inst.extend(
        (checks.iter().enumerate())
            .filter(|&(i, c)| keep(i, c))
            .map(|(i, c)| (c.trapnz, i)),
    );
    by_inst
}

/// Rewrite 3: one combined check per iteration of a single-block loop.
///
/// A loop that is one block `H` ending in `brif c, H(..), E(..)` (or the mirror image),
/// where `E` is entered only from `H`, gets split at a point `P` before its checks:
///
/// ```text
/// H:  prefix; fail = any group out of range; brif fail, S, F
/// F:  the rest of H with the covered checks removed   (hot)
/// S:  a copy of the rest of H with every check        (cold)
/// ```
///
/// A group is the covered checks of one memory whose indices are `r + k_i` for one root
/// `r` (a wrapping i32 sum of values available at `P`, recomputed there); it is in range when `0 <= r + k_i` and `r + k_i + end_i <= size`
/// for every `i` (as integers, so the i32 add does not wrap and each index is exactly
/// `r + k_i`), with `size` a memory size loaded before `P`: memories never shrink, so
/// every covered check then passes. Otherwise `S` runs the iteration with each original
/// check in its place, so traps happen exactly where they did. Values of `F` used after
/// the loop reach `E` as new block parameters (one from `F`, one from `S`).
fn precheck_loops(
    func: &mut ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    removed: &[bool],
    an: &mut Cached,
    bases: &[(Value, bool)],
) -> usize {
    let by_inst = checks_by_inst(checks, |i, _| !removed[i]);
    if by_inst.is_empty() {
        return 0;
    }
    let mut count = 0;
    // The loops are disjoint: each multi-block loop is hoisted on the graph as the
    // previous ones left it (kept up to date block by block), and the uses after every
    // duplicated loop or block are repaired at the end, in one batch.
    let Analyses {
        cfg,
        domtree,
        loops,
    } = an.take(func);
    let shapes = multi_block_loops(func, &cfg, &loops);
    let mut cfg = cfg;
    // Whether the CFG changed (the analyses are then stale).
    let mut changed = false;
    let mut pending = Vec::new();
    // The same checks for every loop, multi-block or single-block.
    let hoist = |func: &mut ir::Function,
                 cfg: &ControlFlowGraph,
                 lp: &LoopShape,
                 pending: &mut _,
                 outer: bool| {
        super::hoist::hoist_loop_checks(
            func, cfg, checks, ends, &by_inst, lp, pending, bases, outer,
        )
    };
    // Hoists each loop of `shapes` on the graph as the previous ones left it (`cfg`
    // kept up to date block by block); returns how many checks were covered.
    let hoist_all = |func: &mut ir::Function,
                     cfg: &mut ControlFlowGraph,
                     shapes: Vec<LoopShape>,
                     pending: &mut Vec<Duplicated>,
                     outer: bool| {
        let mut count = 0;
        for lp in shapes {
            let before = func.dfg.num_blocks();
            let pre = cfg
                .pred_iter(lp.body()[0])
                .map(|p| p.block)
                .find(|&b| !lp.contains(b));
            let hoisted = hoist(func, cfg, &lp, pending, outer);
            if hoisted > 0 {
                // Only the preheader's branch changed, and new blocks appeared.
                for b in pre
                    .into_iter()
                    .chain((before..func.dfg.num_blocks()).map(ir::Block::new))
                {
                    if func.layout.is_block_inserted(b) {
                        cfg.recompute_block(func, b);
                    }
                }
            }
            count += hoisted;
        }
        count
    };
    let hoisted = hoist_all(func, &mut cfg, shapes, &mut pending, false);
    changed |= hoisted > 0;
    count += hoisted;
    // (`cfg` was kept up to date through the multi-block loops' copies.)
    let entry = func.layout.entry_block();
    let blocks: Vec<ir::Block> = func.layout.blocks().collect();
    for h in blocks {
        if Some(h) == entry {
            continue;
        }
        if single_block_loop_exit(func, &cfg, h).is_none() {
            continue;
        }
        let lp = LoopShape::new(vec![h], h);
        let hoisted = hoist(func, &cfg, &lp, &mut pending, false);
        if hoisted > 0 {
            changed = true;
            count += hoisted;
        } else if let Some(plan) = plan_precheck(func, checks, ends, &by_inst, h) {
            changed = true;
            count += plan.covered.len() - plan.groups.len();
            apply_precheck(func, checks, h, plan, &mut pending);
        }
    }
    let now = if changed {
        // The analyses of the final CFG, computed once: for the SSA repair and then
        // for the next passes (the repair leaves the CFG as it is).
        let fresh = Analyses::new(func);
        super::ssa::repair_all(func, &pending, &fresh.cfg, &fresh.domtree);
        fresh
    } else {
        Analyses {
            cfg,
            domtree,
            loops,
        }
    };
    // Then the loops around innermost loops, on the code the first round left (their
    // inner loops already copied), for the checks only a window test of theirs covers
    // (`hoist`, "Window terms").
    let shapes = window_loops(func, &now.cfg, &now.loops);
    if shapes.is_empty() {
        an.put(now);
        return count;
    }
    let Analyses {
        mut cfg,
        domtree,
        loops,
    } = now;
    let mut pending = Vec::new();
    let hoisted = hoist_all(func, &mut cfg, shapes, &mut pending, true);
    count += hoisted;
    if hoisted > 0 {
        let fresh = Analyses::new(func);
        super::ssa::repair_all(func, &pending, &fresh.cfg, &fresh.domtree);
        an.put(fresh);
    } else {
        an.put(Analyses {
            cfg,
            domtree,
            loops,
        });
    }
    count
}

/// The loops of more than one block with one back edge whose inner loops are all
/// innermost, and whose header tests a window of a parameter (`hoist::window_params`);
/// disjoint, since none contains another.
fn window_loops(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    loops: &LoopAnalysis,
) -> Vec<LoopShape> {
    // Loops that have inner loops, and those whose inner loops have inner loops.
    let mut is_parent: EntitySet<Loop> = EntitySet::new();
    let mut is_grandparent: EntitySet<Loop> = EntitySet::new();
    for l in loops.loops() {
        if let Some(p) = loops.loop_parent(l) {
            is_parent.insert(p);
        }
    }
    for l in loops.loops() {
        if is_parent.contains(l) {
            if let Some(p) = loops.loop_parent(l) {
                is_grandparent.insert(p);
            }
        }
    }
    let wanted = |l: Loop| {
        is_parent.contains(l)
            && !is_grandparent.contains(l)
            && super::hoist::header_has_window(func, loops.loop_header(l), |b| {
                loops.is_in_loop(b, l)
            })
    };
    if !loops.loops().any(wanted) {
        return Vec::new();
    }
    // Each wanted loop's blocks other than its header, in layout order.
    let mut rest: SecondaryMap<Loop, Vec<ir::Block>> = SecondaryMap::new();
    for b in func.layout.blocks() {
        let mut l = loops.innermost_loop(b);
        while let Some(x) = l {
            if wanted(x) {
                if b != loops.loop_header(x) {
                    rest[x].push(b);
                }
                break;
            }
            l = loops.loop_parent(x);
        }
    }
    let mut shapes = Vec::new();
    for lp in loops.loops() {
        if !wanted(lp) {
            continue;
        }
        let header = loops.loop_header(lp);
        let mut body = vec![header];
        body.extend(std::mem::take(&mut rest[lp]));
        shapes.extend(single_latch_shape(cfg, body, header));
    }
    shapes
}

/// The innermost loops of more than one block with one back edge (the shape
/// `hoist_loop_checks` handles).
fn multi_block_loops(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    loops: &LoopAnalysis,
) -> Vec<LoopShape> {
    let mut is_parent: EntitySet<Loop> = EntitySet::new();
    for l in loops.loops() {
        if let Some(p) = loops.loop_parent(l) {
            is_parent.insert(p);
        }
    }
    // Each loop's blocks other than its header, in layout order (one pass).
    let mut rest: SecondaryMap<Loop, Vec<ir::Block>> = SecondaryMap::new();
    for b in func.layout.blocks() {
        if let Some(l) = loops.innermost_loop(b) {
            if b != loops.loop_header(l) {
                rest[l].push(b);
            }
        }
    }
    let mut shapes = Vec::new();
    for lp in loops.loops() {
        if is_parent.contains(lp) {
            continue;
        }
        let header = loops.loop_header(lp);
        let mut body = vec![header];
        body.extend(std::mem::take(&mut rest[lp]));
        if body.len() < 2 {
            continue;
        }
        shapes.extend(single_latch_shape(cfg, body, header));
    }
    shapes
}

/// `E` when `h` is a single-block loop `brif c, h, E` / `brif c, E, h` with `E` entered
/// only from `h`, and no instruction of `h` other than the brif branches.
pub(super) fn single_block_loop_exit(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    h: ir::Block,
) -> Option<ir::Block> {
    let term = func.layout.last_inst(h)?;
    let ir::InstructionData::Brif { blocks, .. } = func.dfg.insts[term] else {
        return None;
    };
    let [a, b] = blocks.map(|bc| bc.block(&func.dfg.value_lists));
    let exit = match (a == h, b == h) {
        (true, false) => b,
        (false, true) => a,
        _ => return None,
    };
    if cfg.pred_iter(exit).count() != 1 {
        return None;
    }
    let other_branch = func.layout.block_insts(h).any(|i| {
        i != term
            && (func.dfg.insts[i].opcode().is_branch()
                || func.dfg.insts[i].opcode().is_terminator())
    });
    (!other_branch).then_some(exit)
}

struct Precheck {
    /// The first covered check: `H` is split before it.
    split: ir::Inst,
    /// Checks removed from the fast copy.
    covered: Vec<usize>,
    /// (memory, root sum, size value, smallest k, largest k + end) per group.
    groups: Vec<(u32, Leaves, Value, i64, i64)>,
}

/// Chooses the split point in `h` that covers the most checks with the fewest groups.
fn plan_precheck(
    func: &ir::Function,
    checks: &[CheckSite],
    ends: &[u64],
    by_inst: &HashMap<ir::Inst, usize>,
    h: ir::Block,
) -> Option<Precheck> {
    let insts: Vec<ir::Inst> = func.layout.block_insts(h).collect();
    if !insts.iter().any(|i| by_inst.contains_key(i)) {
        return None;
    }
    let pos: HashMap<ir::Inst, usize> = insts.iter().enumerate().map(|(i, &x)| (x, i)).collect();
    // Position in `h` after which a value is available (0: before the block's first
    // instruction, i.e. a parameter or a value from a dominating block).
    let avail = |v: Value| match func.dfg.value_def(v) {
        ir::ValueDef::Result(i, _) => pos.get(&i).map_or(0, |p| p + 1),
        _ => 0,
    };
    // (position, check, root, k, root ready at, size ready at) of each live check in `h`.
    let mut in_h = Vec::new();
    for (p, inst) in insts.iter().enumerate() {
        if let Some(&ci) = by_inst.get(inst) {
            let (root, k) = split_sum(&func.dfg, current_index(func, &checks[ci]));
            let ready = root.iter().map(|&v| avail(v)).fold(0, usize::max);
            let size_ready = avail(checks[ci].size);
            in_h.push((p, ci, root, k as i32 as i64, ready, size_ready));
        }
    }
    // A memory size loaded before position `p` (any load of it: memories never shrink).
    let size_before = |mem: u32, p: usize| {
        in_h.iter()
            .find(|x| checks[x.1].mem == mem && x.5 <= p)
            .map(|x| checks[x.1].size)
    };
    let covered_at = |n: usize| {
        let p = in_h[n].0;
        in_h[n..]
            .iter()
            .filter(move |x| x.4 <= p && size_before(checks[x.1].mem, p).is_some())
    };
    let mut best: Option<(usize, usize)> = None; // (benefit, index into in_h)
    for n in 0..in_h.len() {
        // Cost: one compare per group, two when one of its constants is negative.
        let mut groups: Vec<(u32, &[Value], bool)> = Vec::new();
        let mut covered = 0usize;
        for x in covered_at(n) {
            covered += 1;
            let key = (checks[x.1].mem, x.2.as_slice());
            match groups.iter_mut().find(|g| (g.0, g.1) == key) {
                Some(g) => g.2 |= x.3 < 0,
                None => groups.push((key.0, key.1, x.3 < 0)),
            }
        }
        let cost = groups.iter().map(|g| 1 + usize::from(g.2)).sum::<usize>();
        let benefit = covered.saturating_sub(cost);
        if benefit > 0 && best.is_none_or(|(b, _)| benefit > b) {
            best = Some((benefit, n));
        }
    }
    let (_, n) = best?;
    let p = in_h[n].0;
    let mut plan = Precheck {
        split: insts[p],
        covered: Vec::new(),
        groups: Vec::new(),
    };
    for x in covered_at(n) {
        let (ci, k) = (x.1, x.3);
        plan.covered.push(ci);
        let c = checks[ci];
        // The end this check tests now (rewrite 1 may have widened it).
        let hi = k + ends[ci] as i64;
        match plan.groups.iter_mut().find(|g| g.0 == c.mem && g.1 == x.2) {
            Some(g) => {
                g.3 = g.3.min(k);
                g.4 = g.4.max(hi);
            }
            None => {
                let size = size_before(c.mem, p).expect("filtered by covered_at");
                plan.groups.push((c.mem, x.2.clone(), size, k, hi))
            }
        }
    }
    Some(plan)
}

/// One side of a group's range: out of range when `root > size - hi` (upper) or
/// `root < low` (lower, for negative constants).
#[derive(Clone, Copy)]
enum Bound {
    Upper(Value, i64),
    Lower(i64),
}

fn apply_precheck(
    func: &mut ir::Function,
    checks: &[CheckSite],
    h: ir::Block,
    plan: Precheck,
    pending: &mut Vec<Duplicated>,
) {
    let fast = func.dfg.make_block();
    let slow = func.dfg.make_block();
    func.layout.split_block(fast, plan.split);
    func.layout.append_block(slow);
    func.layout.set_cold(slow);
    // It runs an iteration in which some covered access is out of bounds, and traps
    // there: a block that never runs otherwise, for the register allocator.
    func.layout.set_never_runs(slow);

    // The combined check at the end of `h`: a chain of compare-and-branches (one per
    // group, two when a constant is negative), each leaving for `slow` when out of range.
    let mut conds: Vec<(&[Value], Bound)> = Vec::new();
    for (_, root, size, kmin, hi) in &plan.groups {
        conds.push((&root[..], Bound::Upper(*size, *hi)));
        if *kmin < 0 {
            conds.push((&root[..], Bound::Lower(-*kmin)));
        }
    }
    let mut at = h;
    for (i, &(root, bound)) in conds.iter().enumerate() {
        let mut cur = FuncCursor::new(func).at_bottom(at);
        let sum = wrapping_sum(&mut cur, root);
        let r = cur.ins().uextend(ir::types::I64, sum);
        let fail = match bound {
            Bound::Upper(size, hi) => {
                let limit = cur.ins().iadd_imm_s(size, -hi);
                cur.ins().icmp(IntCC::SignedGreaterThan, r, limit)
            }
            Bound::Lower(low) => cur.ins().icmp_imm_s(IntCC::UnsignedLessThan, r, low),
        };
        let next = if i + 1 == conds.len() {
            fast
        } else {
            let b = cur.func.dfg.make_block();
            cur.func.layout.insert_block_after(b, at);
            b
        };
        cur.ins().brif(fail, slow, &[], next, &[]);
        at = next;
    }

    // The slow copy: every instruction of `fast`, values renamed.
    let tail: Vec<ir::Inst> = func.layout.block_insts(fast).collect();
    let mut map: HashMap<Value, Value> = HashMap::default();
    copy_insts(func, &tail, slow, &mut map);
    pending.push(Duplicated {
        map,
        orig: vec![fast],
        copy: vec![slow],
    });

    // The fast copy drops the covered checks.
    for &ci in &plan.covered {
        func.layout.remove_inst(checks[ci].trapnz);
    }
}

/// Appends copies of `insts` to `dest`, renaming through `map` (which gains each
/// original result -> its copy); returns the copies in order.
pub(super) fn copy_insts(
    func: &mut ir::Function,
    insts: &[ir::Inst],
    dest: ir::Block,
    map: &mut HashMap<Value, Value>,
) -> Vec<ir::Inst> {
    let mut copies = Vec::with_capacity(insts.len());
    for &inst in insts {
        let new = func.dfg.clone_inst(inst);
        unshare_jump_table(func, new);
        rename_values(func, new, map);
        func.layout.append_inst(new, dest);
        for k in 0..func.dfg.inst_results(inst).len() {
            map.insert(
                func.dfg.inst_results(inst)[k],
                func.dfg.inst_results(new)[k],
            );
        }
        copies.push(new);
    }
    copies
}

/// Gives a `br_table` (or a `try_call`) made by `clone_inst` its own jump table (or
/// exception table): the clone shares the original's, so retargeting one would
/// retarget both.
fn unshare_jump_table(func: &mut ir::Function, inst: ir::Inst) {
    if let ir::InstructionData::TryCall { exception, .. }
    | ir::InstructionData::TryCallIndirect { exception, .. } = func.dfg.insts[inst]
    {
        let dfg = &mut func.dfg;
        let copy = dfg.exception_tables[exception].deep_clone(&mut dfg.value_lists);
        let new = func.dfg.exception_tables.push(copy);
        if let ir::InstructionData::TryCall { exception, .. }
        | ir::InstructionData::TryCallIndirect { exception, .. } = &mut func.dfg.insts[inst]
        {
            *exception = new;
        }
        return;
    }
    let ir::InstructionData::BranchTable { table, .. } = func.dfg.insts[inst] else {
        return;
    };
    let old = func.dfg.jump_tables[table].all_branches().to_vec();
    let pool = &mut func.dfg.value_lists;
    let calls: Vec<ir::BlockCall> = old.iter().map(|bc| bc.deep_clone(pool)).collect();
    let new = func
        .dfg
        .jump_tables
        .push(ir::JumpTableData::new(calls[0], &calls[1..]));
    if let ir::InstructionData::BranchTable { table, .. } = &mut func.dfg.insts[inst] {
        *table = new;
    }
}

/// Replaces each value `inst` uses (after resolving aliases) by its image in `map`.
pub(super) fn rename_values(func: &mut ir::Function, inst: ir::Inst, map: &HashMap<Value, Value>) {
    let dfg = &mut func.dfg;
    if !dfg.insts[inst].opcode().is_terminator() {
        // Only arguments (no branch arguments, no exception table): renamed in place,
        // one argument at a time, without collecting every value first (the loop
        // copies rename each copied instruction; bench/large-modules.md, "cspeed15").
        for k in 0..dfg.inst_args(inst).len() {
            let v = dfg.inst_args(inst)[k];
            if let Some(&to) = map.get(&super::resolved(dfg, v)) {
                dfg.inst_args_mut(inst)[k] = to;
            }
        }
        return;
    }
    // Most instructions have a few operands: those go in `head`, on the stack.
    let mut head = [Value::reserved_value(); 8];
    let mut n = 0;
    let mut tail = Vec::new();
    for v in dfg.inst_values(inst) {
        let v = map.get(&super::resolved(dfg, v)).copied().unwrap_or(v);
        match head.get_mut(n) {
            Some(slot) => *slot = v,
            None => tail.push(v),
        }
        n += 1;
    }
    let head = &head[..n.min(head.len())];
    dfg.overwrite_inst_values(inst, head.iter().copied().chain(tail));
}

/// The wrapping i32 sum of `values` (0 when there are none), at the cursor.
pub(super) fn wrapping_sum(cur: &mut FuncCursor, values: &[Value]) -> Value {
    let mut sum = match values.first() {
        Some(&v) => v,
        None => cur.ins().iconst(ir::types::I32, 0),
    };
    for &v in values.iter().skip(1) {
        sum = cur.ins().iadd(sum, v);
    }
    sum
}

/// Calls `f` on every branch target of `inst` (with the value-list pool its arguments
/// live in).
pub(super) fn edit_targets(
    dfg: &mut ir::DataFlowGraph,
    inst: ir::Inst,
    mut f: impl FnMut(&mut ir::BlockCall, &mut ir::ValueListPool),
) {
    let ir::DataFlowGraph {
        insts,
        value_lists,
        jump_tables,
        exception_tables,
        ..
    } = dfg;
    for bc in insts[inst].branch_destination_mut(jump_tables, exception_tables) {
        f(bc, value_lists);
    }
}

/// Last step: a check of a one-byte end (`idx <= size - 1`, a byte access at offset
/// 0, as in string scanning) becomes `trapnz (icmp uge idx, size)`, which needs no
/// subtraction. Exact: `idx` is a zero-extended i32 and `size <= 2^32`, both
/// non-negative, so `idx > size - 1` (signed) is `idx >= size`. Runs after every
/// rewrite (they read the limit operand of the compare) and after the size loads are
/// placed; matches the compare by its shape, so it also covers checks in loop copies.
/// Keeps `uses` up to date.
pub(crate) fn lower_unit_checks(
    func: &mut ir::Function,
    size_flags: ir::MemFlagsData,
    uses: &mut super::size_loads::Uses,
) -> usize {
    let def =
        |func: &ir::Function, v: Value| match func.dfg.value_def(super::resolved(&func.dfg, v)) {
            ir::ValueDef::Result(inst, 0) => Some(inst),
            _ => None,
        };
    let minus_one_of = |func: &ir::Function, v: Value| -> Option<Value> {
        let inst = def(func, v)?;
        match func.dfg.insts[inst] {
            ir::InstructionData::Binary {
                opcode: ir::Opcode::Iadd,
                args: [x, c],
            } => {
                let ci = def(func, c)?;
                match func.dfg.insts[ci] {
                    ir::InstructionData::UnaryImm {
                        opcode: ir::Opcode::Iconst,
                        imm,
                    } if imm.bits() == -1 => Some(x),
                    _ => None,
                }
            }
            _ => None,
        }
    };
    let is_size = |func: &ir::Function, v: Value| {
        def(func, v).is_some_and(|inst| {
            func.dfg.insts[inst].opcode() == ir::Opcode::Load
                && func.dfg.insts[inst].memflags_data(&func.dfg) == Some(size_flags)
                && func.dfg.value_type(v) == ir::types::I64
        })
    };
    let is_u32 = is_zext_from_i32;
    // The compares in the layout, as `reuse_size_loads`' scan listed them (or a scan).
    uses.found.debug_assert_exact(func);
    let compares = match uses.found.sgt_compares.take() {
        Some(list) => list,
        None => (super::size_loads::Found::scan(func).sgt_compares).expect("a scan lists them"),
    };
    let mut found = Vec::new();
    for inst in compares {
        if func.layout.inst_block(inst).is_none() {
            continue;
        }
        if let ir::InstructionData::IntCompare {
            opcode: ir::Opcode::Icmp,
            cond: IntCC::SignedGreaterThan,
            args: [idx, limit],
        } = func.dfg.insts[inst]
        {
            if let Some(size) = minus_one_of(func, limit) {
                let size = super::resolved(&func.dfg, size);
                if is_size(func, size) && is_u32(func, idx) {
                    found.push((inst, idx, limit, size));
                }
            }
        }
    }
    for &(inst, idx, limit, size) in &found {
        func.dfg.insts[inst] = ir::InstructionData::IntCompare {
            opcode: ir::Opcode::Icmp,
            cond: IntCC::UnsignedGreaterThanOrEqual,
            args: [idx, size],
        };
        uses.add(func, size);
        uses.remove(func, limit);
    }
    found.len()
}

/// Loops at most this many instructions long get their limits held (`hold_loop_limits`).
const HOLD_MAX_LOOP_INSTS: usize = 100;
/// Functions at most this many instructions long get their loops' limits held: in
/// larger ones a limit held in a register across a loop changed the register
/// allocation of the whole function for the worse more often than not (dlmalloc,
/// lz77's and sqlite's large functions; bench/profile.md).
const HOLD_MAX_FUNCTION_INSTS: usize = 1500;

/// Last step: a check's limit held in a register across a small loop.
///
/// A limit `size - end` is an `iadd` of a constant, which Cranelift's egraph
/// rematerializes in every block that uses it (`opts/remat.isle`): a loop-invariant
/// limit is recomputed (`lea -end(%size)`) in every block of the loop that checks
/// against it, on every iteration. In the header block of an innermost loop without
/// calls, at most `HOLD_MAX_LOOP_INSTS` instructions long, whose memory size is loaded
/// before the loop, the compare takes `smin(size - end, size)` instead: equal to
/// `size - end`, exactly (`end >= 0`, and `size` is at most 2^48 so nothing wraps),
/// but not an add of a constant, so the egraph hoists it out of the loop once and the
/// loop compares against a register. Only the header: in other blocks the egraph
/// sometimes left the `smin` in the loop (hashtable's probe loop), which costs more
/// than the `lea` it replaces. Runs after `lower_unit_checks` (whose one-byte checks
/// have no limit) and leaves every check where it is. Keeps `uses` up to date.
pub(crate) fn hold_loop_limits(
    func: &mut ir::Function,
    size_flags: ir::MemFlagsData,
    an: &mut Cached,
    uses: &mut super::size_loads::Uses,
) -> usize {
    let def =
        |func: &ir::Function, v: Value| match func.dfg.value_def(super::resolved(&func.dfg, v)) {
            ir::ValueDef::Result(inst, 0) => Some(inst),
            _ => None,
        };
    if insts_exceed(func, HOLD_MAX_FUNCTION_INSTS) {
        return 0;
    }
    let loops = &an.get(func).loops;
    // Per loop: its instructions; whether it calls or contains another loop.
    let mut size_of: SecondaryMap<Loop, usize> = SecondaryMap::new();
    let mut bad: SecondaryMap<Loop, bool> = SecondaryMap::new();
    for lp in loops.loops() {
        if let Some(parent) = loops.loop_parent(lp) {
            bad[parent] = true;
        }
    }
    for block in func.layout.blocks() {
        let Some(lp) = loops.innermost_loop(block) else {
            continue;
        };
        for inst in func.layout.block_insts(block) {
            size_of[lp] += 1;
            if func.dfg.insts[inst].opcode().is_call() {
                bad[lp] = true;
            }
        }
    }
    let mut found = Vec::new();
    for block in func.layout.blocks() {
        let Some(lp) = loops.innermost_loop(block) else {
            continue;
        };
        if bad[lp] || size_of[lp] > HOLD_MAX_LOOP_INSTS || loops.loop_header(lp) != block {
            continue;
        }
        for inst in func.layout.block_insts(block) {
            let ir::InstructionData::IntCompare {
                opcode: ir::Opcode::Icmp,
                cond: IntCC::SignedGreaterThan,
                args: [_, limit],
            } = func.dfg.insts[inst]
            else {
                continue;
            };
            let Some(add) = def(func, limit) else {
                continue;
            };
            let ir::InstructionData::Binary {
                opcode: ir::Opcode::Iadd,
                args: [size, c],
            } = func.dfg.insts[add]
            else {
                continue;
            };
            // `smin(size + c, size) == size + c` needs `c <= 0`.
            let negative = def(func, c).is_some_and(|k| match func.dfg.insts[k] {
                ir::InstructionData::UnaryImm {
                    opcode: ir::Opcode::Iconst,
                    imm,
                } => (-(1i64 << 40)..=0).contains(&imm.bits()),
                _ => false,
            });
            let size = super::resolved(&func.dfg, size);
            let is_size = def(func, size).is_some_and(|l| {
                func.dfg.insts[l].opcode() == ir::Opcode::Load
                    && func.dfg.insts[l].memflags_data(&func.dfg) == Some(size_flags)
                    && func
                        .layout
                        .inst_block(l)
                        .is_some_and(|b| !loops.is_in_loop(b, lp))
            });
            if negative && is_size {
                found.push((inst, add, super::resolved(&func.dfg, limit), size));
            }
        }
    }
    let mut held: HashMap<Value, Value> = HashMap::default();
    if !found.is_empty() {
        // New `smin`s: `size_operands` scans for them.
        uses.found.traps_and_smins = None;
    }
    for &(inst, add, limit, size) in &found {
        let h = *held.entry(limit).or_insert_with(|| {
            uses.add(func, limit);
            uses.add(func, size);
            let mut cur = FuncCursor::new(func).after_inst(add);
            cur.ins().smin(limit, size)
        });
        // (`limit` keeps the `smin`'s use.)
        uses.remove(func, limit);
        uses.add(func, h);
        func.dfg.inst_args_mut(inst)[1] = h;
    }
    found.len()
}

/// Whether `func` has more than `max` instructions in its layout (stops counting
/// there: large functions are not walked to the end).
pub(super) fn insts_exceed(func: &ir::Function, max: usize) -> bool {
    let mut n = 0;
    for b in func.layout.blocks() {
        n += func.layout.block_insts(b).count();
        if n > max {
            return true;
        }
    }
    false
}

/// An upper bound of the i32 value `v` (as an unsigned integer) from how it is computed:
/// a constant, a zero-extending 8- or 16-bit load, `x & c`, `x urem c`, `x >> c`, and
/// sums, shifts and products of bounded values that cannot wrap (looked through at most
/// `depth` definitions deep). `None` when nothing below 2^32 is known.
pub(crate) fn upper_bound(dfg: &ir::DataFlowGraph, v: Value, depth: u32) -> Option<u64> {
    Ranges::new(dfg, None).bound(v, depth)
}

/// The blocks whose parameters `Ranges` follows, with the CFG giving their incoming
/// edges (exact for these blocks).
pub(super) type ParamBlocks<'a> = (
    &'a ir::Layout,
    &'a ControlFlowGraph,
    &'a EntitySet<ir::Block>,
);

/// Upper bounds of i32 values as `upper_bound` computes them, and also through the
/// parameters of a set of blocks (a loop's): a parameter is at most the largest argument
/// any edge into its block passes.
///
/// Cycles: the values a parameter `p` takes are the least solution of "`p` takes every
/// value its edges pass", so an argument that is `p` itself, or another parameter that
/// reaches the one being bounded only through edges (`chain[copies_from..]`), brings in
/// no value that the other arguments do not: it is skipped. A parameter met again through
/// arithmetic (`p + 1` passed back to `p`) has no bound here.
pub(super) struct Ranges<'a> {
    dfg: &'a ir::DataFlowGraph,
    params: Option<ParamBlocks<'a>>,
    /// The parameters being bounded, outermost first; those from `copies_from` on reach
    /// the value being bounded now unchanged, through edges only.
    chain: Vec<Value>,
    copies_from: usize,
    /// Definitions still to look at (a bound on the work of one query: following every
    /// path through the parameters is exponential in the worst case).
    budget: u32,
}

/// Definitions one `Ranges::bound` query looks at, at most.
const RANGE_BUDGET: u32 = 64;

impl<'a> Ranges<'a> {
    pub(super) fn new(dfg: &'a ir::DataFlowGraph, params: Option<ParamBlocks<'a>>) -> Self {
        Ranges {
            dfg,
            params,
            chain: Vec::new(),
            copies_from: 0,
            budget: RANGE_BUDGET,
        }
    }

    /// An upper bound of the i32 value `v`, at most `depth` definitions deep.
    pub(super) fn bound(&mut self, v: Value, depth: u32) -> Option<u64> {
        self.budget = RANGE_BUDGET;
        self.chain.clear();
        self.copies_from = 0;
        self.walk(v, depth)
    }

    fn walk(&mut self, v: Value, depth: u32) -> Option<u64> {
        use ir::{InstructionData as D, Opcode as O};
        let dfg = self.dfg;
        let v = super::resolved(dfg, v);
        if dfg.value_type(v) != ir::types::I32 {
            return None;
        }
        if let Some(c) = const_u32(dfg, v) {
            return Some(u64::from(c));
        }
        if depth == 0 || self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        let inst = match dfg.value_def(v) {
            ir::ValueDef::Result(inst, 0) => inst,
            ir::ValueDef::Param(block, i) => return self.param(v, block, i, depth),
            _ => return None,
        };
        let no_wrap = |b: u64| (b <= u64::from(u32::MAX)).then_some(b);
        match dfg.insts[inst] {
            D::Load {
                opcode: O::Uload8, ..
            } => Some(0xff),
            D::Load {
                opcode: O::Uload16, ..
            } => Some(0xffff),
            D::Binary {
                opcode,
                args: [a, b],
            } => {
                // The operands are computed from the value of any parameter on the chain:
                // none of them may be skipped below.
                let copies_from = std::mem::replace(&mut self.copies_from, self.chain.len());
                let mut ub = |x: Value| self.walk(x, depth - 1);
                let r = match opcode {
                    O::Band => match (ub(a), ub(b)) {
                        (Some(x), Some(y)) => Some(x.min(y)),
                        (x, y) => x.or(y),
                    },
                    O::Urem => ub(b).and_then(|c| c.checked_sub(1)),
                    O::Ushr => const_u32(dfg, super::resolved(dfg, b))
                        .map(|s| ub(a).unwrap_or(u64::from(u32::MAX)) >> (s & 31)),
                    O::Iadd => ub(a).zip(ub(b)).and_then(|(x, y)| no_wrap(x + y)),
                    O::Ishl => const_u32(dfg, super::resolved(dfg, b))
                        .and_then(|s| no_wrap(ub(a)? << (s & 31))),
                    O::Imul => ub(a)
                        .zip(ub(b))
                        .and_then(|(x, y)| no_wrap(x.checked_mul(y)?)),
                    O::Umin => match (ub(a), ub(b)) {
                        (Some(x), Some(y)) => Some(x.min(y)),
                        (x, y) => x.or(y),
                    },
                    O::Umax => ub(a).zip(ub(b)).map(|(x, y)| x.max(y)),
                    _ => None,
                };
                self.copies_from = copies_from;
                r
            }
            // `select(a < b, a, b)`, the smaller of the two (unsigned): at most either
            // bound; in loops only (with `params`). (Other selects are left unbounded,
            // as before: bounding them by their larger arm removed a check from
            // dlmalloc's initialization, and the register allocation of its hot paths
            // moved, +0.7%; a static check of a table indexed by a `umin` in
            // miniz's `flush_block` went the same way, +0.8%.)
            D::Ternary {
                opcode: O::Select,
                args: [c, a, b],
            } if self.params.is_some() => {
                let (a, b) = (super::resolved(dfg, a), super::resolved(dfg, b));
                // The same value, or equal constants (clang's `select` repeats them).
                let same = |p: Value, q: Value| {
                    p == q || const_u32(dfg, p).is_some_and(|c| const_u32(dfg, q) == Some(c))
                };
                let umin =
                    dfg.value_def(super::resolved(dfg, c))
                        .inst()
                        .is_some_and(|cmp| match dfg.insts[cmp] {
                            D::IntCompare {
                                opcode: O::Icmp,
                                cond,
                                args,
                            } => {
                                let [x, y] = args.map(|v| super::resolved(dfg, v));
                                match cond {
                                    IntCC::UnsignedLessThan | IntCC::UnsignedLessThanOrEqual => {
                                        same(x, a) && same(y, b)
                                    }
                                    IntCC::UnsignedGreaterThan
                                    | IntCC::UnsignedGreaterThanOrEqual => same(x, b) && same(y, a),
                                    _ => false,
                                }
                            }
                            _ => false,
                        });
                if !umin {
                    return None;
                }
                let copies_from = std::mem::replace(&mut self.copies_from, self.chain.len());
                let (x, y) = (self.walk(a, depth - 1), self.walk(b, depth - 1));
                self.copies_from = copies_from;
                match (x, y) {
                    (Some(x), Some(y)) => Some(x.min(y)),
                    (x, y) => x.or(y),
                }
            }
            _ => None,
        }
    }

    /// A counter: parameter `v` (number `i`) of `block`, entered with 0 and passed back
    /// as `v + 1` only when `v + 1 != n` or `v + 1 < n` (unsigned) holds, with `n`
    /// defined outside the blocks `Ranges` follows (so fixed while the counter runs).
    /// With `<`, `v` is at most `max(n) - 1`; with `!=` too, provided `n != 0` whenever
    /// the counter starts (`nonzero_before`): from 0, it reaches `n - 1` and stops,
    /// where with `n == 0` it would wrap. A match loop's length:
    /// `while (l + 1 != limit && ..) l++`.
    fn counter(&mut self, v: Value, block: ir::Block, i: usize, depth: u32) -> Option<u64> {
        use ir::InstructionData as D;
        let (layout, cfg, blocks) = self.params?;
        let dfg = self.dfg;
        let mut n: Option<Value> = None;
        let mut not_equal = false;
        let mut entries = Vec::new();
        for pred in cfg.pred_iter(block) {
            if layout.inst_block(pred.inst) != Some(pred.block) {
                return None;
            }
            let dests =
                dfg.insts[pred.inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables);
            let [bc] = dests
                .iter()
                .filter(|bc| bc.block(&dfg.value_lists) == block)
                .collect::<Vec<_>>()[..]
            else {
                return None;
            };
            let arg = bc.args(&dfg.value_lists).nth(i)?.as_value()?;
            let arg = super::resolved(dfg, arg);
            if const_u32(dfg, arg) == Some(0) {
                entries.push(pred.block);
                continue;
            }
            // A back edge from a block of the set: `brif (icmp v + 1, n), block(..,
            // v + 1, ..), elsewhere`. (`n`, defined outside the set, dominates its
            // loop, and between two runs of `block` joined by this edge control stays
            // in the set, since `block` dominates the edge: `n` is the same.)
            if !blocks.contains(pred.block) || split_sum(dfg, arg) != (smallvec::smallvec![v], 1) {
                return None;
            }
            let D::Brif {
                arg: c,
                blocks: [t, f],
                ..
            } = dfg.insts[pred.inst]
            else {
                return None;
            };
            if t.block(&dfg.value_lists) != block || f.block(&dfg.value_lists) == block {
                return None;
            }
            let (cond, [x, y]) = branch_compare(dfg, c)?;
            let (bound, ne) = match cond {
                IntCC::NotEqual if x == arg => (y, true),
                IntCC::NotEqual if y == arg => (x, true),
                IntCC::UnsignedLessThan if x == arg => (y, false),
                IntCC::UnsignedGreaterThan if y == arg => (x, false),
                _ => return None,
            };
            if n.is_some_and(|n| n != bound) {
                return None;
            }
            n = Some(bound);
            not_equal |= ne;
        }
        let n = n?;
        let outside = match dfg.value_def(n) {
            ir::ValueDef::Result(inst, _) => {
                layout.inst_block(inst).is_some_and(|b| !blocks.contains(b))
            }
            ir::ValueDef::Param(b, _) => !blocks.contains(b),
            _ => false,
        };
        if entries.is_empty() || !outside {
            return None;
        }
        if not_equal
            && !entries.iter().all(|&e| {
                let mut budget = NONZERO_BUDGET;
                nonzero_before(dfg, layout, cfg, e, n, NONZERO_DEPTH, &mut budget)
            })
        {
            return None;
        }
        let max = self.walk(n, depth - 1)?;
        Some(max.saturating_sub(1))
    }

    /// Parameter `i` of `block`: the largest argument of the edges into `block`.
    fn param(&mut self, v: Value, block: ir::Block, i: usize, depth: u32) -> Option<u64> {
        let (layout, cfg, blocks) = self.params?;
        if let Some(pos) = self.chain.iter().position(|&p| p == v) {
            // Skipped (see the type's comment), or unbounded.
            return (pos >= self.copies_from).then_some(0);
        }
        if !blocks.contains(block) {
            return None;
        }
        if let Some(b) = self.counter(v, block, i, depth) {
            return Some(b);
        }
        let dfg = self.dfg;
        self.chain.push(v);
        let mut max = Some(0);
        'preds: for pred in cfg.pred_iter(block) {
            if layout.inst_block(pred.inst) != Some(pred.block) {
                max = None;
                break;
            }
            let mut edges = 0;
            for bc in
                dfg.insts[pred.inst].branch_destination(&dfg.jump_tables, &dfg.exception_tables)
            {
                if bc.block(&dfg.value_lists) != block {
                    continue;
                }
                edges += 1;
                let arg = bc.args(&dfg.value_lists).nth(i).and_then(|a| a.as_value());
                match arg.and_then(|a| self.walk(a, depth - 1)) {
                    Some(b) => max = max.map(|m| m.max(b)),
                    None => {
                        max = None;
                        break 'preds;
                    }
                }
            }
            if edges == 0 {
                max = None;
                break;
            }
        }
        self.chain.pop();
        max
    }
}

/// How many blocks up `nonzero_before` looks for the test, and how many blocks it
/// looks at in all (blocks of many predecessors).
const NONZERO_DEPTH: u32 = 4;
const NONZERO_BUDGET: u32 = 16;

/// Whether `x` is nonzero whenever `block` runs: `block` is entered only from a branch
/// that tested it (`hoist::nonzero_after_branch`), or every predecessor is such a block
/// (recursively, `depth` blocks up; none of them defining `x`, so the tested `x` is the
/// one `block` sees). The entry tests of a copied loop lie between the test and the loop.
/// Looks at `budget` blocks at most (false once they are used up).
pub(super) fn nonzero_before(
    dfg: &ir::DataFlowGraph,
    layout: &ir::Layout,
    cfg: &ControlFlowGraph,
    block: ir::Block,
    x: Value,
    depth: u32,
    budget: &mut u32,
) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    let def = match dfg.value_def(x) {
        ir::ValueDef::Result(inst, _) => layout.inst_block(inst),
        ir::ValueDef::Param(b, _) => Some(b),
        _ => None,
    };
    if def.is_none() || Some(block) == def {
        return false;
    }
    if super::hoist::nonzero_after_branch(dfg, layout, cfg, block, x) {
        return true;
    }
    if depth == 0 {
        return false;
    }
    let mut any = false;
    for pred in cfg.pred_iter(block) {
        if Some(pred.block) == def
            || layout.inst_block(pred.inst) != Some(pred.block)
            || !nonzero_before(dfg, layout, cfg, pred.block, x, depth - 1, budget)
        {
            return false;
        }
        any = true;
    }
    any
}

/// The loop of `body` (header first) as a [`LoopShape`] with its latch, if exactly one
/// block of the body branches back to the header.
fn single_latch_shape(
    cfg: &ControlFlowGraph,
    body: Vec<ir::Block>,
    header: ir::Block,
) -> Option<LoopShape> {
    let shape = LoopShape::new(body, header);
    let mut latches = cfg
        .pred_iter(header)
        .map(|p| p.block)
        .filter(|&b| shape.contains(b));
    let latch = latches.next()?;
    if latches.next().is_some() {
        return None;
    }
    Some(shape.with_latch(latch))
}

/// Whether `v` is a zero-extended i32 (an index of a 32-bit memory, below 2^32).
pub(super) fn is_zext_from_i32(func: &ir::Function, v: Value) -> bool {
    match func.dfg.value_def(super::resolved(&func.dfg, v)) {
        ir::ValueDef::Result(inst, 0) => matches!(
            func.dfg.insts[inst],
            ir::InstructionData::Unary { opcode: ir::Opcode::Uextend, arg }
                if func.dfg.value_type(arg) == ir::types::I32
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::{types, MemFlagsData};

    /// A loop `H(p, q)` entered with `(x & 0xff, x & 0xff)` whose back edge passes
    /// `back(p, q, y)` built by the closure (y: a value loaded in the loop); returns the
    /// function, the loop's blocks and `p`, `q`.
    fn looped(
        back: impl FnOnce(&mut FuncCursor, Value, Value, Value) -> [Value; 2],
    ) -> (ir::Function, EntitySet<ir::Block>, Value, Value) {
        let mut func = ir::Function::new();
        let [entry, h, exit] = [(); 3].map(|_| func.dfg.make_block());
        let x = func.dfg.append_block_param(entry, types::I32);
        let p = func.dfg.append_block_param(h, types::I32);
        let q = func.dfg.append_block_param(h, types::I32);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(entry);
        let m = cur.ins().band_imm_u(x, 0xff);
        cur.ins().jump(h, &[m.into(), m.into()]);
        cur.insert_block(h);
        let y = cur.ins().load(types::I32, MemFlagsData::new(), x, 0);
        let [bp, bq] = back(&mut cur, p, q, y);
        cur.ins().brif(y, h, &[bp.into(), bq.into()], exit, &[]);
        cur.insert_block(exit);
        cur.ins().return_(&[]);
        let mut blocks = EntitySet::new();
        blocks.insert(h);
        (func, blocks, p, q)
    }

    fn bounds(
        func: &ir::Function,
        blocks: &EntitySet<ir::Block>,
        vs: &[Value],
    ) -> Vec<Option<u64>> {
        let cfg = ControlFlowGraph::with_function(func);
        let mut r = Ranges::new(&func.dfg, Some((&func.layout, &cfg, blocks)));
        vs.iter().map(|&v| r.bound(v, 8)).collect()
    }

    /// `insts_exceed` counts the instructions of every block, and answers exactly at
    /// the limit.
    #[test]
    fn counts_instructions_up_to_a_limit() {
        let (func, _, _, _) = looped(|_, p, q, _| [p, q]);
        let n: usize = func
            .layout
            .blocks()
            .map(|b| func.layout.block_insts(b).count())
            .sum();
        assert!(n > 3);
        assert!(insts_exceed(&func, n - 1));
        assert!(!insts_exceed(&func, n));
        assert!(!insts_exceed(&func, n + 1));
        assert!(insts_exceed(&func, 0));
    }

    /// A parameter is bounded by every argument its edges pass; one passed back to
    /// itself (or to the other parameter and back) unchanged adds nothing.
    #[test]
    fn parameters_bounded_by_their_arguments() {
        let (func, blocks, p, q) = looped(|cur, _, q, y| {
            let m = cur.ins().band_imm_u(y, 0x3ff);
            [m, q]
        });
        assert_eq!(bounds(&func, &blocks, &[p, q]), [Some(0x3ff), Some(0xff)]);
        // p and q swapped around the loop: both only ever hold x & 0xff.
        let (func, blocks, p, q) = looped(|_, p, q, _| [q, p]);
        assert_eq!(bounds(&func, &blocks, &[p, q]), [Some(0xff), Some(0xff)]);
        // A byte load scaled: at most 0xff << 2.
        let (func, blocks, p, _) = looped(|cur, _, q, y| {
            let b = cur.ins().uload8(types::I32, MemFlagsData::new(), y, 0);
            let s = cur.ins().ishl_imm_u(b, 2);
            [s, q]
        });
        assert_eq!(bounds(&func, &blocks, &[p]), [Some(0x3fc)]);
        // Without the loop's blocks, parameters have no bound.
        let cfg = ControlFlowGraph::with_function(&func);
        let none = EntitySet::new();
        let mut r = Ranges::new(&func.dfg, Some((&func.layout, &cfg, &none)));
        assert_eq!(r.bound(p, 8), None);
        assert_eq!(upper_bound(&func.dfg, p, 8), None);
    }

    /// A counter `l` from 0 while `l + 1 CC n` (a loop of blocks `h`, `latch`), with
    /// `n = select(x < 16, x, 16)` (or the larger of the two when `!umin`), tested
    /// against 0 before the loop when `guard` (through a block between the test and the
    /// loop, as a copied loop's entry test puts there).
    fn counted(cc: IntCC, guard: bool, umin: bool) -> Option<u64> {
        let mut func = ir::Function::new();
        let [entry, mid, pre, h, latch, exit] = [(); 6].map(|_| func.dfg.make_block());
        let x = func.dfg.append_block_param(entry, types::I32);
        let l = func.dfg.append_block_param(h, types::I32);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(entry);
        let k = cur.ins().iconst(types::I32, 16);
        let k2 = cur.ins().iconst(types::I32, 16);
        let lt = cur.ins().icmp(IntCC::UnsignedLessThan, x, k);
        let n = if umin {
            cur.ins().select(lt, x, k2)
        } else {
            cur.ins().select(lt, k2, x)
        };
        if guard {
            cur.ins().brif(n, mid, &[], exit, &[]);
        } else {
            cur.ins().jump(mid, &[]);
        }
        cur.insert_block(mid);
        cur.ins().jump(pre, &[]);
        cur.insert_block(pre);
        let zero = cur.ins().iconst(types::I32, 0);
        cur.ins().jump(h, &[zero.into()]);
        cur.insert_block(h);
        cur.ins().load(types::I32, MemFlagsData::new(), l, 0);
        cur.ins().jump(latch, &[]);
        cur.insert_block(latch);
        let l1 = cur.ins().iadd_imm_s(l, 1);
        let c = cur.ins().icmp(cc, l1, n);
        cur.ins().brif(c, h, &[l1.into()], exit, &[]);
        cur.insert_block(exit);
        cur.ins().return_(&[]);
        let mut blocks = EntitySet::new();
        blocks.insert(h);
        blocks.insert(latch);
        bounds(&func, &blocks, &[l])[0]
    }

    /// A counter run from 0 up to a bound `n` is below it: with `!=` only when `n` is
    /// known nonzero at the loop's entry (else it wraps); `select` bounds `n` by the
    /// smaller arm only when it picks the smaller one.
    #[test]
    fn counters_bounded_by_their_tests() {
        assert_eq!(counted(IntCC::NotEqual, true, true), Some(15));
        assert_eq!(counted(IntCC::NotEqual, false, true), None);
        assert_eq!(counted(IntCC::UnsignedLessThan, false, true), Some(15));
        assert_eq!(counted(IntCC::UnsignedLessThan, true, false), None);
        assert_eq!(counted(IntCC::SignedLessThan, true, true), None);
    }

    /// A value that comes back around the loop through arithmetic has no bound: `p + 1`
    /// directly, or through the other parameter (`q = p; p = q + 1`), even masked on
    /// entry.
    #[test]
    fn arithmetic_around_the_loop_is_unbounded() {
        let (func, blocks, p, q) = looped(|cur, p, _, _| {
            let n = cur.ins().iadd_imm_s(p, 1);
            [n, p]
        });
        assert_eq!(bounds(&func, &blocks, &[p, q]), [None, None]);
        let (func, blocks, p, q) = looped(|cur, _, q, _| {
            let n = cur.ins().iadd_imm_s(q, 1);
            [n, n]
        });
        assert_eq!(bounds(&func, &blocks, &[p, q]), [None, None]);
        // A mask after the addition bounds it again.
        let (func, blocks, p, _) = looped(|cur, p, q, _| {
            let n = cur.ins().iadd_imm_s(p, 1);
            let m = cur.ins().band_imm_u(n, 0xfff);
            [m, q]
        });
        assert_eq!(bounds(&func, &blocks, &[p]), [Some(0xfff)]);
    }

    /// `covered_accesses_all` gives each list the answer `covered_accesses` gives it
    /// alone, on random blocks of extensions, address sums (of an extension, or of an
    /// address and a constant or not), loads, stores (of addresses too), an atomic load
    /// and other uses of addresses, with checks of a few indices (some the same index)
    /// and random disjoint lists of them, several per block, with and without stores.
    #[test]
    fn batched_covered_accesses_match_a_scan_per_list() {
        let mut rand = crate::translate::bounds::test_rng(0x9e37_79b9_7f4a_7c15);
        let (mut some, mut none) = (0, 0);
        for round in 0..600 {
            let mut func = ir::Function::new();
            let blocks: Vec<ir::Block> = (0..1 + rand(3)).map(|_| func.dfg.make_block()).collect();
            let mut small: Vec<Value> = (0..4)
                .map(|_| func.dfg.append_block_param(blocks[0], types::I32))
                .collect();
            let base = func.dfg.append_block_param(blocks[0], types::I64);
            let mut wide: Vec<Value> = vec![base];
            let mut checks: Vec<CheckSite> = Vec::new();
            let mut cur = FuncCursor::new(&mut func);
            for (bi, &block) in blocks.iter().enumerate() {
                cur.insert_block(block);
                for _ in 0..10 + rand(30) {
                    let pick = |r: usize, pool: &[Value]| pool[r % pool.len()];
                    match rand(14) {
                        12 | 13 => {
                            // An access as the translator makes it.
                            let v = pick(rand(64), &small);
                            let ext = cur.ins().uextend(types::I64, v);
                            let a = cur.ins().iadd(base, ext);
                            small.push(cur.ins().load(types::I32, MemFlagsData::new(), a, 0));
                            wide.extend([ext, a]);
                        }
                        0 | 1 => {
                            let v = pick(rand(64), &small);
                            wide.push(cur.ins().uextend(types::I64, v));
                        }
                        2 | 3 => {
                            let v = pick(rand(64), &wide);
                            let (a, b) = if rand(4) == 0 { (v, base) } else { (base, v) };
                            wide.push(cur.ins().iadd(a, b));
                        }
                        4 => {
                            let c = cur.ins().iconst(types::I64, rand(100) as i64);
                            let v = pick(rand(64), &wide);
                            let (a, b) = if rand(2) == 0 { (v, c) } else { (c, v) };
                            wide.push(cur.ins().iadd(a, b));
                        }
                        5 => {
                            let (a, b) = (pick(rand(64), &wide), pick(rand(64), &wide));
                            wide.push(cur.ins().iadd(a, b));
                        }
                        6 | 7 => {
                            let a = pick(rand(64), &wide);
                            small.push(cur.ins().load(types::I32, MemFlagsData::new(), a, 0));
                        }
                        8 => {
                            let a = pick(rand(64), &wide);
                            let v = if rand(2) == 0 {
                                pick(rand(64), &wide)
                            } else {
                                pick(rand(64), &small)
                            };
                            if rand(2) == 0 {
                                cur.ins().store(MemFlagsData::new(), v, a, 0);
                            } else {
                                cur.ins().istore8(MemFlagsData::new(), v, a, 0);
                            }
                        }
                        9 => {
                            let a = pick(rand(64), &wide);
                            if rand(2) == 0 {
                                cur.ins().atomic_load(types::I32, MemFlagsData::new(), a);
                            } else {
                                wide.push(cur.ins().iadd_imm_s(a, 8));
                            }
                        }
                        10 => {
                            // A new index (checked, and maybe extended later).
                            let v = pick(rand(4), &small);
                            small.push(cur.ins().iadd_imm_s(v, 4));
                        }
                        _ => {
                            // Mostly the first indices, as accesses use them.
                            let n = if rand(2) == 0 { 6 } else { 64 };
                            let idx = pick(rand(n), &small);
                            let cond = pick(rand(64), &small);
                            let trapnz = cur.ins().trapnz(cond, ir::TrapCode::HEAP_OUT_OF_BOUNDS);
                            checks.push(CheckSite {
                                trapnz,
                                icmp: trapnz,
                                mem: 0,
                                idx,
                                end: 4,
                                size: base,
                            });
                        }
                    }
                }
                match blocks.get(bi + 1) {
                    Some(&next) => cur.ins().jump(next, &[]),
                    None => cur.ins().return_(&[]),
                };
            }
            // Disjoint lists in random order: each check starts one or joins one.
            let mut sets: Vec<Vec<usize>> = Vec::new();
            for k in 0..checks.len() {
                if sets.is_empty() || rand(3) != 0 {
                    sets.push(vec![k]);
                } else {
                    let i = rand(sets.len());
                    sets[i].push(k);
                }
            }
            for i in (1..sets.len()).rev() {
                sets.swap(i, rand(i + 1));
            }
            for stores in [false, true] {
                let got = covered_accesses_all(&func, &checks, &sets, stores);
                let want: Vec<Option<Vec<ir::Inst>>> = sets
                    .iter()
                    .map(|set| covered_accesses(&func, &checks, set, stores))
                    .collect();
                assert_eq!(
                    got, want,
                    "round {round}, stores {stores}:\n{func}\n{sets:?}"
                );
                some += want.iter().filter(|w| w.is_some()).count();
                none += want.iter().filter(|w| w.is_none()).count();
            }
        }
        // Both answers are common.
        assert!(
            some > 300 && none > 300,
            "{some} lists with accesses, {none} without"
        );
    }

    /// `merged_lists` gives each dropped check the lists the search of every check
    /// gave (the check first, then the checks merged into it in increasing order), on
    /// random merges: chains of merges into one check within runs of neighbours, as
    /// `merge_in_blocks` makes them.
    #[test]
    fn merged_lists_match_a_search_of_every_check() {
        let mut rand = crate::translate::bounds::test_rng(0x2545_f491_4f6c_dd1d);
        for round in 0..300 {
            let n = 1 + rand(40);
            let mut merged_into: Vec<usize> = (0..n).collect();
            for k in 1..n {
                if rand(3) == 0 {
                    // Into the check that `k - 1` went into (or `k - 1` itself).
                    merged_into[k] = merged_into[k - 1];
                }
            }
            // Dropped: some of the checks nothing merged away, in random order.
            let mut drop: Vec<usize> = (0..n).filter(|&b| merged_into[b] == b).collect();
            drop.retain(|_| rand(2) == 0);
            for i in (1..drop.len()).rev() {
                drop.swap(i, rand(i + 1));
            }
            let want: Vec<Vec<usize>> = drop
                .iter()
                .map(|&b| {
                    std::iter::once(b)
                        .chain((0..n).filter(|&k| k != b && merged_into[k] == b))
                        .collect()
                })
                .collect();
            assert_eq!(
                merged_lists(&drop, &merged_into),
                want,
                "round {round}: merged_into {merged_into:?}, drop {drop:?}"
            );
        }
    }

    /// `affine` and `split_sum` as they were with `Vec`s (terms combined into a second
    /// vector), the reference for the inline versions.
    fn affine_with_vecs(dfg: &ir::DataFlowGraph, v: Value) -> (Vec<(Value, u32)>, u32) {
        fn walk(
            dfg: &ir::DataFlowGraph,
            v: Value,
            scale: u32,
            depth: u32,
            terms: &mut Vec<(Value, u32)>,
            k: &mut u32,
        ) {
            let v = super::super::resolved(dfg, v);
            if let Some(c) = const_u32(dfg, v) {
                *k = k.wrapping_add(c.wrapping_mul(scale));
                return;
            }
            if depth < 4 {
                if let ir::ValueDef::Result(inst, 0) = dfg.value_def(v) {
                    if let ir::InstructionData::Binary { opcode, args } = dfg.insts[inst] {
                        let c = const_u32(dfg, super::super::resolved(dfg, args[1]));
                        match (opcode, c) {
                            (ir::Opcode::Iadd, _) => {
                                walk(dfg, args[0], scale, depth + 1, terms, k);
                                walk(dfg, args[1], scale, depth + 1, terms, k);
                                return;
                            }
                            (ir::Opcode::Ishl, Some(s)) if s < 32 => {
                                walk(dfg, args[0], scale << s, depth + 1, terms, k);
                                return;
                            }
                            (ir::Opcode::Imul, Some(m)) => {
                                walk(dfg, args[0], scale.wrapping_mul(m), depth + 1, terms, k);
                                return;
                            }
                            _ => {}
                        }
                    }
                }
            }
            terms.push((v, scale));
        }
        let mut terms = Vec::new();
        let mut k = 0u32;
        walk(dfg, v, 1, 0, &mut terms, &mut k);
        terms.sort();
        let mut combined = Vec::with_capacity(terms.len());
        for (v, s) in terms {
            match combined.last_mut() {
                Some((last, sum)) if *last == v => *sum = u32::wrapping_add(*sum, s),
                _ => combined.push((v, s)),
            }
        }
        combined.retain(|&(_, s)| s != 0);
        (combined, k)
    }

    fn split_sum_with_vecs(dfg: &ir::DataFlowGraph, v: Value) -> (Vec<Value>, u32) {
        fn walk(
            dfg: &ir::DataFlowGraph,
            v: Value,
            depth: u32,
            leaves: &mut Vec<Value>,
            k: &mut u32,
        ) {
            let v = super::super::resolved(dfg, v);
            if let Some(c) = const_u32(dfg, v) {
                *k = k.wrapping_add(c);
                return;
            }
            if depth < 4 && leaves.len() < 4 {
                if let ir::ValueDef::Result(inst, 0) = dfg.value_def(v) {
                    if let ir::InstructionData::Binary {
                        opcode: ir::Opcode::Iadd,
                        args,
                    } = dfg.insts[inst]
                    {
                        walk(dfg, args[0], depth + 1, leaves, k);
                        walk(dfg, args[1], depth + 1, leaves, k);
                        return;
                    }
                }
            }
            leaves.push(v);
        }
        let mut leaves = Vec::new();
        let mut k = 0u32;
        walk(dfg, v, 0, &mut leaves, &mut k);
        leaves.sort();
        (leaves, k)
    }

    /// The inline `affine` and `split_sum` give what the `Vec` versions gave, on random
    /// sums of parameters, constants, shifts, multiplications and subtractions (not
    /// followed), repeated terms and terms that cancel included; both results are
    /// checked to spill past 4 terms sometimes and to combine like terms.
    #[test]
    fn affine_and_split_sum_match_the_vec_versions() {
        let mut rand = crate::translate::bounds::test_rng(0xd1b5_4a32_d192_ed03);
        let (mut spilled, mut combined, mut cancelled, mut long_leaves) = (0, 0, 0, 0);
        for _ in 0..200 {
            let mut func = ir::Function::new();
            let b = func.dfg.make_block();
            let params: Vec<Value> = (0..3)
                .map(|_| func.dfg.append_block_param(b, types::I32))
                .collect();
            let mut cur = FuncCursor::new(&mut func);
            cur.insert_block(b);
            let mut vals = params.clone();
            for _ in 0..40 {
                let x = vals[rand(vals.len())];
                let y = vals[rand(vals.len())];
                let v = match rand(7) {
                    0 | 1 => cur.ins().iadd(x, y),
                    2 => {
                        let c = cur.ins().iconst(types::I32, rand(40) as i64 - 8);
                        cur.ins().iadd(x, c)
                    }
                    3 => {
                        let c = cur.ins().iconst(types::I32, [1, 2, 31, 32, 33][rand(5)]);
                        cur.ins().ishl(x, c)
                    }
                    4 => {
                        let m = [0, 1, 3, -1, 0x8000_0000][rand(5)];
                        let c = cur.ins().iconst(types::I32, m);
                        cur.ins().imul(x, c)
                    }
                    5 => cur.ins().isub(x, y),
                    _ => cur.ins().iconst(types::I32, rand(1000) as i64),
                };
                vals.push(v);
            }
            cur.ins().return_(&[]);
            let dfg = &func.dfg;
            for &v in &vals {
                let (terms, k) = affine(dfg, v);
                let (want, want_k) = affine_with_vecs(dfg, v);
                assert_eq!((&terms[..], k), (&want[..], want_k), "affine of {v}");
                spilled += usize::from(terms.spilled());
                let (leaves, k) = split_sum(dfg, v);
                let (want, want_k) = split_sum_with_vecs(dfg, v);
                assert_eq!((&leaves[..], k), (&want[..], want_k), "split_sum of {v}");
                long_leaves += usize::from(leaves.len() > 4);
                // Like terms combined: fewer terms than leaves of the plain walk.
                let mut raw = Vec::new();
                walk_raw(dfg, v, 0, &mut raw);
                let mut distinct = raw.clone();
                distinct.sort();
                distinct.dedup();
                combined += usize::from(distinct.len() < raw.len());
                cancelled += usize::from(terms.len() < distinct.len());
            }
        }
        assert!(spilled > 50, "spilled {spilled}");
        assert!(long_leaves > 50, "more than 4 leaves {long_leaves}");
        assert!(combined > 200, "combined {combined}");
        assert!(cancelled > 20, "cancelled {cancelled}");
    }

    /// The values `affine` walks down to (with repeats), for the test above.
    fn walk_raw(dfg: &ir::DataFlowGraph, v: Value, depth: u32, out: &mut Vec<Value>) {
        let v = super::super::resolved(dfg, v);
        if const_u32(dfg, v).is_some() {
            return;
        }
        if depth < 4 {
            if let ir::ValueDef::Result(inst, 0) = dfg.value_def(v) {
                if let ir::InstructionData::Binary { opcode, args } = dfg.insts[inst] {
                    let c = const_u32(dfg, super::super::resolved(dfg, args[1]));
                    match (opcode, c) {
                        (ir::Opcode::Iadd, _) => {
                            walk_raw(dfg, args[0], depth + 1, out);
                            walk_raw(dfg, args[1], depth + 1, out);
                            return;
                        }
                        (ir::Opcode::Ishl, Some(s)) if s < 32 => {
                            return walk_raw(dfg, args[0], depth + 1, out);
                        }
                        (ir::Opcode::Imul, Some(_)) => {
                            return walk_raw(dfg, args[0], depth + 1, out);
                        }
                        _ => {}
                    }
                }
            }
        }
        out.push(v);
    }

    /// A random function for the dominance tests: 2 to 13 blocks (the first the entry),
    /// each with up to 4 checks of `root + k` (a few roots, bounded and not, constants
    /// and ENDs near each other and near 2^32) and a jump or a branch on `x <u C` or
    /// `y <u C` to random blocks, so that loops, joins, unreachable blocks and branch
    /// bounds occur. The checks are in layout order, then, one function in three, a
    /// few of them swapped (so that a check may come after one it dominates).
    fn random_checked(rand: &mut impl FnMut(usize) -> usize) -> (ir::Function, Vec<CheckSite>) {
        let mut func = ir::Function::new();
        let n = 2 + rand(12);
        let blocks: Vec<ir::Block> = (0..n).map(|_| func.dfg.make_block()).collect();
        let x = func.dfg.append_block_param(blocks[0], types::I32);
        let y = func.dfg.append_block_param(blocks[0], types::I32);
        let size = func.dfg.append_block_param(blocks[0], types::I32);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(blocks[0]);
        let narrow = cur.ins().band_imm_u(x, 0xff);
        let sum = cur.ins().iadd(x, y);
        let roots = [x, narrow, y, sum];
        const KS: [u32; 9] = [
            0,
            4,
            8,
            16,
            0xffff_fff0,
            0xffff_fffc,
            0xffff_ff00,
            0x8000_0000,
            0xffff_0000,
        ];
        const ENDS: [u64; 9] = [1, 4, 8, 12, 16, 20, 256, 0x1_0000, 0xffff_ff00];
        let mut checks: Vec<CheckSite> = Vec::new();
        for (bi, &block) in blocks.iter().enumerate() {
            if bi > 0 {
                cur.insert_block(block);
            }
            for _ in 0..rand(5) {
                let root = roots[rand(roots.len())];
                let k = if rand(4) == 0 {
                    4 * rand(8) as u32
                } else {
                    KS[rand(KS.len())]
                };
                let idx = if k == 0 {
                    root
                } else {
                    let c = cur.ins().iconst(types::I32, i64::from(k));
                    cur.ins().iadd(root, c)
                };
                let end = ENDS[rand(ENDS.len())];
                let limit = cur.ins().iadd_imm_s(size, -(end as i64));
                let icmp = cur.ins().icmp(IntCC::SignedGreaterThan, idx, limit);
                let trapnz = cur.ins().trapnz(icmp, ir::TrapCode::HEAP_OUT_OF_BOUNDS);
                let icmp = cur.func.dfg.value_def(icmp).unwrap_inst();
                checks.push(CheckSite {
                    trapnz,
                    icmp,
                    mem: rand(4).saturating_sub(2) as u32,
                    idx,
                    end,
                    size,
                });
            }
            if bi + 1 == n {
                cur.ins().return_(&[]);
                continue;
            }
            let target = |r: usize| blocks[1 + r % (n - 1)];
            let next = if rand(4) == 0 {
                target(rand(n))
            } else {
                blocks[bi + 1]
            };
            if rand(4) == 0 {
                cur.ins().jump(next, &[]);
            } else {
                let v = if rand(2) == 0 { x } else { y };
                let c = cur
                    .ins()
                    .iconst(types::I32, [16, 1000, 0x1_0000][rand(3)] as i64);
                let cond = cur.ins().icmp(IntCC::UnsignedLessThan, v, c);
                let other = target(rand(n));
                if rand(2) == 0 {
                    cur.ins().brif(cond, next, &[], other, &[]);
                } else {
                    cur.ins().brif(cond, other, &[], next, &[]);
                }
            }
        }
        if rand(3) == 0 && checks.len() > 1 {
            for _ in 0..1 + rand(3) {
                let (i, j) = (rand(checks.len()), rand(checks.len()));
                checks.swap(i, j);
            }
        }
        (func, checks)
    }

    /// The groups `optimize_bounds_checks` makes of `checks`.
    fn groups_of(
        func: &ir::Function,
        checks: &[CheckSite],
    ) -> HashMap<GroupKey, Vec<(usize, u32)>> {
        let mut groups: HashMap<GroupKey, Vec<(usize, u32)>> = HashMap::default();
        for (i, c) in checks.iter().enumerate() {
            let (root, k) = split_sum(&func.dfg, c.idx);
            groups.entry((c.mem, root)).or_default().push((i, k));
        }
        groups
    }

    /// The pairwise definition of `remove_dominated`: every group, in key order,
    /// through `dominated_pairs` (the loop the pass ran before the walk), with one
    /// budget. Returns the checks removed, the justifiers and the count.
    fn dominated_reference(
        func: &mut ir::Function,
        checks: &[CheckSite],
        ends: &[u64],
        groups: &HashMap<GroupKey, Vec<(usize, u32)>>,
        budget: usize,
    ) -> (Vec<bool>, Vec<bool>, usize) {
        let cfg = ControlFlowGraph::with_function(func);
        let domtree = DominatorTree::with_function(func, &cfg);
        let mut removed = vec![false; checks.len()];
        let mut justifies = vec![false; checks.len()];
        let mut count = 0;
        let mut budget = budget;
        let mut keys: Vec<&GroupKey> = groups.keys().collect();
        keys.sort_unstable();
        for key in keys {
            let (n, out) = dominated_pairs(
                func,
                checks,
                ends,
                &mut removed,
                &mut justifies,
                &domtree,
                &cfg,
                &key.1,
                &groups[key],
                &mut budget,
            );
            count += n;
            if out {
                break;
            }
        }
        (removed, justifies, count)
    }

    /// A `SpanTree` answers as a scan of its checks in group order does: the first not
    /// removed and not the one excepted whose span holds the point. Random trees (a
    /// random parent before each node, numbered in preorder), a few unreachable
    /// blocks (`(0, 0)`), checks on random blocks (several on one block, or none),
    /// questions at every block and removals interleaved.
    #[test]
    fn span_trees_match_a_scan() {
        let mut rand = crate::translate::bounds::test_rng(0x2545_f491_4f6c_dd1d);
        let mut found = 0;
        for round in 0..3000 {
            let n = 1 + rand(40);
            // Node i's parent is before it; children of each in index order.
            let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
            for i in 1..n {
                let p = rand(i);
                children[p].push(i);
            }
            let mut spans = vec![(0u32, 0u32); n + 1 + rand(3)];
            let mut stack = vec![(0usize, false)];
            let mut num = 0;
            while let Some((v, done)) = stack.pop() {
                if done {
                    spans[v].1 = num;
                    continue;
                }
                num += 1;
                spans[v].0 = num;
                stack.push((v, true));
                stack.extend(children[v].iter().rev().map(|&c| (c, false)));
            }
            // Checks in group order: increasing indices with gaps.
            let count = 1 + rand(3 * n.min(20));
            let mut put = Vec::new();
            let mut c = rand(3);
            for _ in 0..count {
                c += 1 + rand(3);
                put.push((c, spans[rand(spans.len())]));
            }
            let mut tree = SpanTree::from_spans(&put);
            let mut removed = vec![false; c + 1];
            for _ in 0..4 * count {
                if rand(4) == 0 {
                    let (a, span) = put[rand(put.len())];
                    if !removed[a] {
                        removed[a] = true;
                        tree.remove(a, span);
                    }
                    continue;
                }
                let pre = spans[rand(spans.len())].0;
                let except = if rand(2) == 0 {
                    put[rand(put.len())].0
                } else {
                    usize::MAX
                };
                let want = put
                    .iter()
                    .find(|&&(a, (p, m))| !removed[a] && a != except && p <= pre && pre <= m)
                    .map_or(usize::MAX, |&(a, _)| a);
                let got = tree.first(pre, except);
                assert_eq!(
                    got, want,
                    "round {round}, point {pre}, except {except}, {put:?}, removed {removed:?}"
                );
                found += usize::from(want != usize::MAX);
            }
        }
        assert!(found > 50_000, "{found} questions answered by a check");
    }

    /// The walk of `remove_dominated` and `remove_banded` removes the same checks as
    /// the pairwise definition and names the same justifiers (the first in group
    /// order), on random functions and checks, with the full budget and with small
    /// ones that run out, and for the band with some checks removed before it; so do
    /// `remove_joined_same`'s buckets against its list of covering checks.
    #[test]
    fn dominance_walk_matches_the_pairwise_loops() {
        let mut rand = crate::translate::bounds::test_rng(0x5851_f42d_4c95_7f2d);
        let (mut dominated, mut below, mut banded, mut cut, mut joined) = (0, 0, 0, 0, 0);
        for round in 0..4000 {
            let (func, checks) = random_checked(&mut rand);
            let groups = groups_of(&func, &checks);
            let ends: Vec<u64> = checks.iter().map(|c| c.end).collect();
            let budget = if rand(3) == 0 {
                rand(40)
            } else {
                DOMINANCE_BUDGET
            };
            // Mostly every group walked; sometimes only the larger ones.
            let walk_min = [0, 0, 0, 3, 5][rand(5)];
            // Rewrite 2.
            let mut want_func = func.clone();
            let (want_removed, want_justifies, want_count) =
                dominated_reference(&mut want_func, &checks, &ends, &groups, budget);
            let mut got_func = func.clone();
            let mut got_removed = vec![false; checks.len()];
            let mut got_justifies = vec![false; checks.len()];
            // (Not `Analyses`: Cranelift's loop analysis does not finish on some of
            // these graphs, and the rewrite needs none.)
            let cfg = ControlFlowGraph::with_function(&func);
            let domtree = DominatorTree::with_function(&func, &cfg);
            let got_count = dominated_within(
                &mut got_func,
                &checks,
                &ends,
                &mut got_removed,
                &mut got_justifies,
                &domtree,
                &cfg,
                &groups,
                budget,
                walk_min,
            );
            let context = || {
                format!("round {round}, budget {budget}, walk_min {walk_min}:\n{func}\n{checks:#?}")
            };
            assert_eq!(got_removed, want_removed, "removed, {}", context());
            assert_eq!(got_justifies, want_justifies, "justifies, {}", context());
            assert_eq!(got_count, want_count, "{}", context());
            assert_eq!(got_func.to_string(), want_func.to_string(), "{}", context());
            dominated += want_count;
            if budget < DOMINANCE_BUDGET {
                let mut full = func.clone();
                let all = dominated_reference(&mut full, &checks, &ends, &groups, DOMINANCE_BUDGET);
                cut += usize::from(all.0 != want_removed);
            }
            below += checks
                .iter()
                .enumerate()
                .filter(|&(b, c)| {
                    want_removed[b]
                        && checks.iter().enumerate().any(|(a, ca)| {
                            want_justifies[a]
                                && ca.mem == c.mem
                                && split_sum(&func.dfg, ca.idx).1 > split_sum(&func.dfg, c.idx).1
                        })
                })
                .count();
            // The band, after some removals (as rewrite 2 leaves them).
            let mut pre_removed = vec![false; checks.len()];
            let mut base = func.clone();
            for (i, c) in checks.iter().enumerate() {
                if rand(4) == 0 {
                    pre_removed[i] = true;
                    base.layout.remove_inst(c.trapnz);
                }
            }
            let slack = [0, 4, 256, 0x1_0000, 1 << 31][rand(5)];
            let mut want_removed = pre_removed.clone();
            let mut want_justified = vec![false; checks.len()];
            let mut want_drop = Vec::new();
            let cfg = ControlFlowGraph::with_function(&base);
            let domtree = DominatorTree::with_function(&base, &cfg);
            {
                let mut keys: Vec<&GroupKey> =
                    groups.keys().filter(|k| groups[*k].len() >= 2).collect();
                keys.sort_unstable();
                let mut justifies = vec![false; checks.len()];
                let mut left = budget;
                for key in keys {
                    banded_pairs(
                        &base,
                        &checks,
                        &ends,
                        &mut want_removed,
                        &mut want_justified,
                        &mut justifies,
                        &domtree,
                        &groups[key],
                        slack,
                        &mut left,
                        &mut want_drop,
                    );
                }
            }
            let mut got_removed = pre_removed.clone();
            let mut got_justified = vec![false; checks.len()];
            let got_drop = banded_drops(
                &base,
                &checks,
                &ends,
                &mut got_removed,
                &mut got_justified,
                &domtree,
                &groups,
                slack,
                budget,
                walk_min,
            );
            assert_eq!(got_drop, want_drop, "band {slack}, {}", context());
            assert_eq!(got_removed, want_removed, "band {slack}, {}", context());
            assert_eq!(got_justified, want_justified, "band {slack}, {}", context());
            banded += want_drop.len();
            // The joins, after the same removals: bucketed as large groups, each
            // bucket scanned, against the list of every group; then the buckets asked
            // through their `SpanTree`s (all, or those of 2 or 3 checks or more)
            // against the scan.
            let tree_min = [0, 0, 2, 3][rand(4)];
            let mut results = Vec::new();
            for (walk_min, tree_min) in [
                (usize::MAX, usize::MAX),
                (walk_min, usize::MAX),
                (walk_min, tree_min),
            ] {
                let mut f = base.clone();
                let mut removed = pre_removed.clone();
                let mut justifies = vec![false; checks.len()];
                let n = joined_same_within(
                    &mut f,
                    &checks,
                    &ends,
                    &mut removed,
                    &mut justifies,
                    &cfg,
                    &domtree,
                    &groups,
                    budget,
                    walk_min,
                    tree_min,
                );
                results.push((n, removed, justifies, f.to_string()));
            }
            assert_eq!(results[1], results[0], "joins, {}", context());
            assert_eq!(
                results[2],
                results[1],
                "joins, trees from {tree_min}, {}",
                context()
            );
            joined += results[0].0;
        }
        // Every case is common.
        assert!(
            dominated > 2000 && below > 50 && banded > 2000 && cut > 100 && joined > 200,
            "{dominated} removed, {below} of them below a justifier, {banded} dropped \
             by the band, {cut} functions cut off by the budget, {joined} at joins"
        );
    }
}
