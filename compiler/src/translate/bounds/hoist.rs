//! Bounds checks hoisted out of loops whose trip count, or whose indices' range, is
//! known on entry.
//!
//! A loop (header `H`, a set of blocks, one back edge from a latch `L`, any exits)
//! entered by one `jump H(args)`
//! from a block `P`, with an exit test of an induction variable against a
//! loop-invariant bound (`v < n`, `v <= n`, `v != n`, signed or unsigned, on `v` or on
//! `v + c`) in a block that every iteration passes before reaching `L`, runs at most
//! `t_max + 1` iterations, computable in `P` (only iterations whose predecessors all
//! passed the test start at all). A loop of one block (`brif c, H(..), E(..)`) is the
//! simplest case; counters may also run down (`v > n`, `v >= n`, `v != n`, or `brif v`
//! for a counter run down to zero). Every induction variable `p` (a parameter of `H`
//! whose back-edge argument is `p + c`, `c` a nonzero constant of either sign) then
//! takes the exact values `p0 + c * t` for `t` in `[0, t_max]`. A bounds check whose
//! index is `m * p + q + k` (`q` a wrapping i32 sum of loop-invariant values, `m` a
//! small constant, `k` a constant) passes on every iteration when it passes at both
//! ends of that range, computed as exact integers: i32 arithmetic is exact modulo
//! 2^32, so an index whose exact value lies in `[0, size)` is the index the program
//! computes, even if `p` itself wraps on the way.
//!
//! **Bounded terms.** The index may also add terms `r` computed in the loop whose
//! value, as an unsigned i32, is at most a constant `B` on every iteration
//! (`checks::Ranges`: a zero-extended byte or halfword load, `x & mask`, `x urem c`,
//! `x >> c`, sums, shifts and products of such that cannot wrap, and parameters of the
//! loop's blocks all of whose incoming arguments are bounded: miniz's hash-chain walk
//! `p = next[p & mask]`). The index `m * p + q + r + k` then lies, as an exact
//! integer, between its value with `r = 0` and with `r = B`, and the same test of both
//! ends proves it. Such a range does not depend on the trip count, so a loop without
//! a counted exit is covered too (its checks that every iteration runs, as for
//! loop-invariant indices), and a loop whose covered checks have no induction-variable
//! term gets no trip-count test at all. Terms whose bounds add up to more than
//! `MAX_BOUNDED` are not taken: the test would almost never pass.
//!
//! **Tested terms.** A parameter `p` of `H` whose back-edge argument the loop tests
//! `< n` or `<= n` (unsigned, `n` loop-invariant) in a block every iteration passes,
//! leaving the loop otherwise, lies in `[0, n)` (`[0, n]`) whenever an iteration
//! starts, provided its entry value does, however it moves (`Tested`): `scale * p`
//! is then a term bounded by `scale * n`, and `P` also tests the entry value. Two
//! such parameters advanced by complementary compares (`i += a < b; j += a >= b`)
//! grow by exactly 1 between them per iteration, which bounds the trip count for
//! induction variables in a loop without a counted exit (`progress_pair`: a merge
//! loop's output pointer). A check whose index is a `select` of two indices is covered
//! when both are. Loops where tested terms would cover a single check are left alone.
//!
//! `P` tests all of that once (with the memory size at entry: memories never shrink)
//! and enters either a copy of the loop without those checks, or the original loop,
//! which keeps every check and so traps exactly where the program would. Checks on
//! paths an iteration may skip are covered too: the test proves them for every
//! iteration that could run them. A range that is
//! only an over-approximation (the loop may leave early through a trap or a call that
//! exits) can only send execution to the checked copy, never skip a failing check.
//! With a shared memory that another thread grows meanwhile, the size at entry is at
//! most every later size, so a passing test still proves every access of the loop.

use super::checks::{
    const_u32, copy_insts, current_index, edit_targets, rename_values, split_sum, wrapping_sum,
    CheckSite, Ranges,
};
use super::ssa::Duplicated;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::EntitySet;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::condcodes::{CondCode, IntCC};
use cranelift_codegen::ir::{self, types, InstBuilder, Value};
use rustc_hash::FxHashMap as HashMap;

/// A loop as `hoist_loop_checks` needs it.
pub(super) struct LoopShape {
    /// The loop's blocks, header first.
    body: Vec<ir::Block>,
    /// The block whose branch is the only back edge to the header.
    latch: ir::Block,
    /// The blocks of `body`, as a set (membership in constant time).
    members: EntitySet<ir::Block>,
}

impl LoopShape {
    /// The loop of blocks `body` (header first) whose only back edge leaves `latch`.
    pub(super) fn new(body: Vec<ir::Block>, latch: ir::Block) -> Self {
        let mut members = EntitySet::new();
        for &b in &body {
            members.insert(b);
        }
        LoopShape {
            body,
            latch,
            members,
        }
    }
    /// The same loop with its latch set.
    pub(super) fn with_latch(self, latch: ir::Block) -> Self {
        LoopShape { latch, ..self }
    }
    /// The loop's blocks, header first.
    pub(super) fn body(&self) -> &[ir::Block] {
        &self.body
    }
    fn header(&self) -> ir::Block {
        self.body[0]
    }
    pub(super) fn contains(&self, b: ir::Block) -> bool {
        self.members.contains(b)
    }
}

/// Largest induction step and index scale handled (keeps every i64 product exact).
const MAX_STEP: u32 = 1 << 16;
const MAX_SCALE: u32 = 256;

/// An induction variable: parameter `index` of `H`, advanced by `step` per iteration
/// (a nonzero constant, negative for a down-counter).
/// A step that is a loop-invariant value `var` (unsigned, so the variable only goes
/// up) has `step == 1` for the direction tests.
#[derive(Clone, Copy)]
struct Iv {
    index: usize,
    step: i64,
    var: Option<Value>,
}

/// One hoisted group: checks of one memory whose indices are `scale * iv + q + k`.
struct Group {
    /// (parameter index, scale, step) of the induction variable term, if any.
    iv: Option<(usize, u32, i64, Option<Value>)>,
    invariants: Vec<Value>,
    /// (parameter index, scale) of its tested terms (`Tested`), sorted.
    tested: Vec<(usize, u32)>,
    /// (parameter index, scale) of its window terms (`Window`), sorted.
    windowed: Vec<(usize, u32)>,
    kmin: i64,
    hi: i64,
    size: ir::Inst,
}

/// The exit test as `continue while v CC n`, on `v` (`next == false`) or `v + step`;
/// `bound == None` is the constant 0 (`brif v`). `wide`: the test compares
/// `uextend(v)` with an i64 bound.
struct Exit {
    iv: Iv,
    next: bool,
    cc: IntCC,
    bound: Option<Value>,
    wide: bool,
}

/// An index as `hoist_loop_checks` classifies it (see there): induction variable term,
/// invariant leaves, tested terms, window terms, constant, bound of the bounded terms.
type Classified = (
    Option<(usize, u32, i64, Option<Value>)>,
    Vec<Value>,
    Vec<(usize, u32)>,
    Vec<(usize, u32)>,
    i64,
    u64,
);

/// A window of a parameter `p` of `H`: `H` ends in an exit test that leaves the loop
/// unless `x - p <= width` (`below`) or `p - x <= width`, unsigned, with `x`
/// loop-invariant. Every block of the loop other than `H` runs in an iteration whose
/// test passed, with the same `p` (a parameter of `H` changes only on the back edge),
/// so there `p = x - d` (or `x + d`) modulo 2^32 for some `d` in `[0, width]`: a term
/// `scale * p` of an index is `scale * x` (loop-invariant) minus (plus) a term in
/// `[0, scale * width]`. lz77's hash-chain walk: `dist = i - cand; if (dist > WINDOW)
/// break; .. in[cand + ..] .. prev[cand]`.
#[derive(Clone, Copy)]
struct Window {
    x: Value,
    width: u32,
    below: bool,
}

/// A tested parameter of `H`: its back-edge argument `b` is tested `b < bound`
/// (`b <= bound` when `inclusive`), unsigned, with `bound` loop-invariant, in a block
/// every iteration passes before the back edge, and the loop is left when the test
/// fails. So whenever an iteration starts, the parameter is below (at most) `bound`
/// if its entry value is, which the entry test checks: the parameter then lies in
/// `[0, bound)` (`[0, bound]`) on every iteration, however it moves. The merge loop of
/// a merge sort: `i` and `j` advance by 0 or 1, and the loop goes on while `i < h`
/// and `j < n`.
#[derive(Clone, Copy)]
struct Tested {
    bound: Value,
    inclusive: bool,
}

/// Hoists the checks of loop `lp` when possible; returns how many checks the copy drops.
/// The copy of the loop is pushed onto `pending`: uses of the loop's values after it
/// stay unrepaired until `ssa::repair_all` runs on it.
#[allow(clippy::too_many_arguments)]
pub(super) fn hoist_loop_checks(
    func: &mut ir::Function,
    cfg: &ControlFlowGraph,
    checks: &[CheckSite],
    ends: &[u64],
    by_inst: &HashMap<ir::Inst, usize>,
    lp: &LoopShape,
    pending: &mut Vec<Duplicated>,
    bases: &[(Value, bool)],
    outer: bool,
) -> usize {
    let h = lp.header();
    // A loop without a live check has nothing to cover: return before the analyses
    // (which only read the function) rather than after them.
    if !lp
        .body
        .iter()
        .any(|&b| func.layout.block_insts(b).any(|i| by_inst.contains_key(&i)))
    {
        return 0;
    }
    if copied_insts_exceed(func, lp, copy_limit(func, lp, by_inst), bases) {
        return 0;
    }
    let Some((pre, jump)) = single_entry(func, cfg, lp) else {
        return 0;
    };
    let latch_term = func
        .layout
        .last_inst(lp.latch)
        .expect("a block ends in a branch");
    let Some(back) = edge_args(func, latch_term, h) else {
        return 0;
    };
    let params = func.dfg.block_params(h).to_vec();
    let ivs: Vec<Option<Iv>> = params
        .iter()
        .zip(&back)
        .enumerate()
        .map(|(index, (&p, &b))| {
            if func.dfg.value_type(p) != types::I32 {
                return None;
            }
            let (leaves, k) = split_sum(&func.dfg, b);
            let step = i64::from(k as i32);
            match leaves[..] {
                [x] if x == p && step != 0 && step.unsigned_abs() <= u64::from(MAX_STEP) => {
                    Some(Iv {
                        index,
                        step,
                        var: None,
                    })
                }
                // p + s, `s` loop-invariant.
                [x, y] | [y, x] if x == p && k == 0 && y != p && !defined_in(func, y, lp) => {
                    Some(Iv {
                        index,
                        step: 1,
                        var: Some(y),
                    })
                }
                _ => None,
            }
        })
        .collect();
    // Without an exit test the trip count is unknown: only checks of indices with no
    // induction-variable term can be covered (loop-invariant plus bounded terms; those
    // on every iteration's path, so that the entry test pays off).
    let every = on_every_iteration(func, lp);
    let exit_test = lp
        .body
        .iter()
        .filter(|&&x| every.contains(x))
        .find_map(|&x| exit_test(func, lp, x, &params, &back, &ivs));
    let Some(entry_args) = edge_args(func, jump, h) else {
        return 0;
    };
    if let Some(t) = &exit_test {
        if few_iterations(func, t, &entry_args) {
            return 0;
        }
    }
    // Parameters whose next value every iteration tests against a bound, and, in a
    // loop without a counted exit, a pair of them whose sum counts the iterations.
    let tested = tested_params(func, lp, &every, &params, &back);
    let windows = window_params(func, lp, &params);
    let progress = exit_test
        .is_none()
        .then(|| progress_pair(func, &params, &back, &tested))
        .flatten();
    // Classify every live check of the loop.
    let mut ranges = Ranges::new(&func.dfg, Some((&func.layout, cfg, &lp.members)));
    let mut covered = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    // Whether some covered index has a bounded term (see `never_runs`).
    let mut any_bounded = false;
    let insts: Vec<ir::Inst> = lp
        .body
        .iter()
        .flat_map(|&b| func.layout.block_insts(b))
        .collect();
    // Bounded terms only in loops without calls (see `MAX_BOUNDED`): whether the loop
    // calls, found when a term first asks (most loops' checks have none).
    let mut calls: Option<bool> = None;
    // An index `scale * iv + q + tested terms + bounded terms + k`: its induction
    // variable term, `q`'s leaves, its tested terms, `k` and the bounded terms' bound;
    // `None` if it has a term of none of these kinds.
    // `in_header`: the check is in `H` (where window terms do not hold yet).
    let mut classify = |index: Value, in_header: bool| -> Option<Classified> {
        let (leaves, k) = split_sum(&func.dfg, index);
        let mut iv = None;
        let mut invariants = Vec::new();
        let mut terms = Vec::new();
        let mut windowed = Vec::new();
        let mut extra = 0i64;
        // The sum of the upper bounds of the bounded terms.
        let mut bounded = 0u64;
        for leaf in leaves {
            if !defined_in(func, leaf, lp) {
                invariants.push(leaf);
                continue;
            }
            if let (None, Some((i, scale, c))) =
                (iv, scaled_param(func, leaf, &params, |i| ivs[i].is_some()))
            {
                let v = ivs[i].expect("scaled_param returns induction variables");
                // Only a variable with the tested one's step (or both constant) has a
                // range the entry test can compute.
                if exit_test.as_ref().is_some_and(|t| v.var == t.iv.var)
                    || (progress.is_some() && v.var.is_none())
                {
                    iv = Some((i, scale, v.step, v.var));
                    extra += c;
                    continue;
                }
            }
            if let Some((i, scale, c)) = scaled_param(func, leaf, &params, |i| tested[i].is_some())
            {
                terms.push((i, scale));
                extra += c;
                continue;
            }
            if let Some((i, scale, c)) = (!in_header)
                .then(|| scaled_param(func, leaf, &params, |i| windows[i].is_some()))
                .flatten()
            {
                let w = windows[i].expect("scaled_param returns windowed parameters");
                bounded += u64::from(scale) * u64::from(w.width);
                windowed.push((i, scale));
                extra += c;
                continue;
            }
            let calls = *calls
                .get_or_insert_with(|| insts.iter().any(|&i| func.dfg.insts[i].opcode().is_call()));
            bounded += (!calls)
                .then(|| ranges.bound(leaf, RANGE_DEPTH))
                .flatten()?;
        }
        if bounded > MAX_BOUNDED {
            return None;
        }
        terms.sort_unstable();
        windowed.sort_unstable();
        // The window terms' widths counted in `bounded` above (against `MAX_BOUNDED`)
        // are not bounded terms: taken out again.
        let widths: u64 = windowed
            .iter()
            .map(|&(i, scale)| u64::from(scale) * u64::from(windows[i].map_or(0, |w| w.width)))
            .sum();
        let k = k as i32 as i64 + extra;
        Some((iv, invariants, terms, windowed, k, bounded - widths))
    };
    for inst in &insts {
        let Some(&ci) = by_inst.get(inst) else {
            continue;
        };
        if exit_test.is_none() {
            let block = func.layout.inst_block(*inst).expect("in layout");
            if !every.contains(block) {
                continue;
            }
        }
        let c = checks[ci];
        let Some(size) = size_load(func, c.size, lp) else {
            continue;
        };
        // An index chosen by a `select` lies in the union of its arms' ranges: both
        // arms are taken as indices of this check.
        let index = super::resolved(&func.dfg, current_index(func, &c));
        let arms = match func.dfg.value_def(index).inst().map(|i| func.dfg.insts[i]) {
            Some(ir::InstructionData::Ternary {
                opcode: ir::Opcode::Select,
                args: [_, x, y],
            }) => vec![x, y],
            _ => vec![index],
        };
        let in_header = func.layout.inst_block(*inst) == Some(h);
        let Some(arms) = arms
            .into_iter()
            .map(|a| classify(a, in_header))
            .collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        covered.push(ci);
        for (iv, invariants, tested, windowed, k, bounded) in arms {
            any_bounded |= bounded > 0;
            // The end this check tests now (merging may have widened it), at the
            // bounded terms' largest values.
            let hi = k + ends[ci] as i64 + bounded as i64;
            match groups.iter_mut().find(|g| {
                g.iv == iv
                    && g.invariants == invariants
                    && g.tested == tested
                    && g.windowed == windowed
                    && same_load(func, g.size, size)
            }) {
                Some(g) => {
                    g.kmin = g.kmin.min(k);
                    g.hi = g.hi.max(hi);
                }
                None => groups.push(Group {
                    iv,
                    invariants,
                    tested,
                    windowed,
                    kmin: k,
                    hi,
                    size,
                }),
            }
        }
    }
    // A loop whose tested variables cover a single check is left alone: such loops
    // (a walk over the set bits of a mask, `i = ctz(m)` while `i < n`) run few
    // iterations per entry, and the entry test and the copy cost more than the check
    // (bench/profile.md: rx_regex's one-pass DFA).
    let uses_tested = groups.iter().any(|g| !g.tested.is_empty())
        || (progress.is_some() && groups.iter().any(|g| g.iv.is_some()));
    if covered.is_empty() || (uses_tested && covered.len() < MIN_TESTED_CHECKS) {
        return 0;
    }
    // A loop around other loops is copied only for the checks its window covers (its
    // inner loops were copied for their own checks already).
    if outer && !groups.iter().any(|g| !g.windowed.is_empty()) {
        return 0;
    }
    // The trip count of a counter run down to zero, or up from zero to `n`, is zero
    // (2^32 iterations, which the entry test rejects) only for a zero entry value or
    // `n`; code before the loop that already tested it against zero (`if (n == 0)
    // return; do { .. } while (--n);`) leaves nothing to test.
    let counter_nonzero = exit_test.as_ref().is_some_and(|t| {
        let x = match t.bound {
            None => entry_args[t.iv.index],
            Some(b) if !t.wide && const_u32(&func.dfg, entry_args[t.iv.index]) == Some(0) => b,
            Some(_) => return false,
        };
        nonzero_on_entry(func, cfg, pre, x)
    });
    // The smallest value the counter can enter with, as the branch into `pre` shows
    // (`down_to_constant` needs no test of a counter the code before the loop tested).
    let counter_min = exit_test
        .as_ref()
        .map_or(0, |t| min_on_entry(func, cfg, pre, entry_args[t.iv.index]));
    // Without an induction variable term, no range depends on the trip count.
    let exit_test = exit_test.filter(|_| groups.iter().any(|g| g.iv.is_some()));
    // An entry test that always fails would only add itself before the checked loop.
    if exit_test
        .as_ref()
        .is_some_and(|t| rejects_every_entry(func, t, &entry_args))
    {
        return 0;
    }
    let progress = progress.filter(|_| groups.iter().any(|g| g.iv.is_some()));
    let never = never_runs(func, lp, &every, any_bounded, &groups, &covered, checks);
    apply(
        func,
        lp,
        pre,
        jump,
        &entry_args,
        exit_test.as_ref(),
        progress,
        counter_nonzero,
        counter_min,
        &tested,
        &windows,
        &groups,
        &covered,
        checks,
        pending,
        never,
    );
    covered.len()
}

/// Whether the checked copy of loop `lp` runs only when the program is about to trap
/// (then the register allocator may weigh it as code that never runs), as far as the
/// loop's shape tells; `apply` also asks that the entry test has no trip-count or
/// entry-value condition left, which a program can fail without trapping (a counter
/// that would wrap, a tested variable entering above its bound). The entry test then
/// fails only when a covered access of some iteration is out of bounds, unless:
/// - the range a bounded term takes is its type's (a loaded halfword spans 64 Ki
///   values, `x & 0xffff` too), not the table's: sqlite's parser runs such a copy
///   while its memory is smaller than that range;
/// - a call in the loop could end the program (or grow the memory) first;
/// - the checks a counter's range covers are not on every iteration's path.
///
/// A loop that leaves early (a search, lz77's match loop `while (l < limit &&
/// in[cand + l] == in[i + l])`) reaches fewer indices than its count allows; its copy is
/// marked all the same: a program's counts bound the arrays it walks (none of the 22
/// workloads runs a marked block: bench/profile.md, rt18).
fn never_runs(
    func: &ir::Function,
    lp: &LoopShape,
    every: &EntitySet<ir::Block>,
    any_bounded: bool,
    groups: &[Group],
    covered: &[usize],
    checks: &[CheckSite],
) -> bool {
    if any_bounded {
        return false;
    }
    let calls = lp.body.iter().any(|&b| {
        func.layout
            .block_insts(b)
            .any(|i| func.dfg.insts[i].opcode().is_call())
    });
    if calls {
        return false;
    }
    let off_path = covered.iter().any(|&ci| {
        let b = func
            .layout
            .inst_block(checks[ci].trapnz)
            .expect("in layout");
        !every.contains(b)
    });
    !(off_path && groups.iter().any(|g| g.iv.is_some()))
}

/// How deep `Ranges` looks for the bound of a term computed in the loop (each operation
/// or block parameter is one level): `probe & mask` passed around a loop through two or
/// three parameters, then scaled.
const RANGE_DEPTH: u32 = 8;

/// Checks a loop must have covered when any is covered through tested variables
/// (`Tested`, `progress_pair`).
const MIN_TESTED_CHECKS: usize = 2;

/// Bounded terms whose upper bounds add up to more than this make a check ineligible:
/// an entry test that needs this much memory above the rest of the index (a value
/// `x >> 1`, `x & 0x7fff_ffff`) would almost never pass, and would only cost its test
/// and the copied loop's code. Nor are bounded terms taken in a loop that calls: its
/// table lookups are a small share of its work, and the copy of such a loop (with the
/// code after it, which both copies reach) cost more in Cranelift's register allocation
/// than the checks saved (bench/profile.md: `alloc`'s allocation loop, +1.3%).
const MAX_BOUNDED: u64 = 1 << 30;

/// Loops of several blocks and more instructions than this are not copied: the copy
/// doubles the loop's code, and Cranelift's register allocation of a loop of
/// thousands of blocks (with the hoisted limits live across all of it) grows faster
/// than linearly, while the checks saved are a small share of such a loop's work.
/// A loop of one block is linear code: it may be longer if it has enough checks
/// ([`copy_limit`]).
pub(super) const MAX_COPIED_INSTS: usize = 2_000;

/// Checks a long loop of one block must have per this many instructions to be copied
/// (see [`copy_limit`]).
pub(super) const INSTS_PER_CHECK: usize = 64;

/// The most instructions (as [`copied_insts_exceed`] counts them) loop `lp` may have
/// and still be copied: [`MAX_COPIED_INSTS`] for a loop of several blocks; for a loop of
/// one block, that or [`INSTS_PER_CHECK`] per live check of the loop, whichever is more.
///
/// A long straight-line loop whose checks are a small share of its work (sha2's
/// `compress256`: 16 checks, before merging, in 3,500 machine instructions per 64-byte
/// block) saves little by its copy, well under 1% of the program's instructions, and
/// the copy can cost far more than that: it doubles the loop's spill slots, the cold
/// checked copy's got the low offsets, and two of the hot copy's landed at `rsp+0x400`
/// and `rsp+0x420`, 1 KiB above slots the same iteration uses, which on AMD Zen 4 made
/// `compress256` run 1.3x slower with the same instructions (bench/profile.md, "Why a
/// copied loop ran slower on Zen 4"). Loops of one block with more checks per
/// instruction (a short loop is always within [`MAX_COPIED_INSTS`]) are still copied.
fn copy_limit(func: &ir::Function, lp: &LoopShape, by_inst: &HashMap<ir::Inst, usize>) -> usize {
    if lp.body.len() > 1 {
        return MAX_COPIED_INSTS;
    }
    let live = func
        .layout
        .block_insts(lp.header())
        .filter(|i| by_inst.contains_key(i))
        .count();
    MAX_COPIED_INSTS.max(live.saturating_mul(INSTS_PER_CHECK))
}

/// Whether loop `lp` has more than `max` instructions (stops counting there), counted
/// as if every memory access had its own load of the memory's base, its own
/// zero-extension of a 32-bit index and its own `base + index`. The translator shares
/// all three (a base loaded once per function, an extension and an address per index
/// and block, `bases`), which only spares Cranelift work it would do anyway; counting
/// them per access keeps this limit, and so the code, what it was: each use of an
/// address counts as the address's three instructions (two with a 64-bit index).
/// Likewise a branch or select on a compare's result counts the widening to i32 it had
/// until the translator left that out (`numeric::bool_to_i32`).
fn copied_insts_exceed(
    func: &ir::Function,
    lp: &LoopShape,
    max: usize,
    bases: &[(Value, bool)],
) -> bool {
    copied_insts(func, lp, max, bases) > max
}

/// The instructions of loop `lp` as [`copied_insts_exceed`] counts them, or some number
/// above `max` once the count passes it.
fn copied_insts(func: &ir::Function, lp: &LoopShape, max: usize, bases: &[(Value, bool)]) -> usize {
    let dfg = &func.dfg;
    // An access address `base + index`: Some(whether the memory has 32-bit indices,
    // so that the index is an extension shared by the block's accesses).
    let access = |inst: ir::Inst| match dfg.insts[inst] {
        ir::InstructionData::Binary {
            opcode: ir::Opcode::Iadd,
            args: [b, _],
        } => {
            let b = super::resolved(dfg, b);
            bases
                .iter()
                .find(|(v, _)| *v == b)
                .map(|&(_, narrow)| narrow)
        }
        _ => None,
    };
    // What a use of `v` adds: an address's own instructions.
    let address_cost = |v: Value| match dfg.value_def(super::resolved(dfg, v)) {
        ir::ValueDef::Result(def, 0) => match access(def) {
            Some(true) => 3,
            Some(false) => 2,
            None => 0,
        },
        _ => 0,
    };
    // A condition taken from a compare as it is.
    let bare_compare = |inst: ir::Inst| {
        let c = match dfg.insts[inst] {
            ir::InstructionData::Brif { arg, .. } => arg,
            ir::InstructionData::Ternary {
                opcode: ir::Opcode::Select,
                args: [c, _, _],
            } => c,
            _ => return false,
        };
        dfg.value_def(super::resolved(dfg, c))
            .inst()
            .is_some_and(|d| matches!(dfg.insts[d].opcode(), ir::Opcode::Icmp | ir::Opcode::Fcmp))
    };
    let mut shared: Vec<Value> = Vec::new();
    if bases.iter().any(|&(_, narrow)| narrow) {
        for &b in &lp.body {
            for inst in func.layout.block_insts(b) {
                if access(inst) == Some(true) {
                    shared.push(super::resolved(dfg, dfg.inst_args(inst)[1]));
                }
            }
        }
    }
    let mut n = 0;
    for &b in &lp.body {
        for inst in func.layout.block_insts(b) {
            n += match access(inst) {
                Some(_) => 0,
                None if dfg.insts[inst].opcode() == ir::Opcode::Uextend
                    && shared.contains(&dfg.first_result(inst)) =>
                {
                    0
                }
                None => 1 + usize::from(bare_compare(inst)),
            };
            n += dfg
                .inst_args(inst)
                .iter()
                .map(|&a| address_cost(a))
                .sum::<usize>();
        }
        if n > max {
            return n;
        }
    }
    n
}

/// Loops known to run at most this many iterations are left alone: the entry test
/// costs about as much as the checks of that many iterations.
const FEW_ITERATIONS: u32 = 8;

/// Whether the loop runs at most `FEW_ITERATIONS` iterations (as far as the entry
/// values show): a remainder loop after an unrolled one, e.g., whose counter starts at
/// `n & 3`.
fn few_iterations(func: &ir::Function, test: &Exit, entry_args: &[Value]) -> bool {
    if test.iv.var.is_some() || test.wide {
        return false;
    }
    let v0 = super::resolved(&func.dfg, entry_args[test.iv.index]);
    let bound = test.bound.map(|b| super::resolved(&func.dfg, b));
    let exact = |v: Option<Value>| match v {
        None => Some(0),
        Some(v) => const_u32(&func.dfg, v),
    };
    let span = if test.iv.step < 0 {
        // From at most max(v0) down to the constant bound.
        let (Some(hi), Some(lo)) = (max_value(func, Some(v0)), exact(bound)) else {
            return false;
        };
        i64::from(hi) - i64::from(lo)
    } else {
        let (Some(hi), Some(lo)) = (max_value(func, bound), exact(Some(v0))) else {
            return false;
        };
        i64::from(hi) - i64::from(lo)
    };
    (0..=i64::from(FEW_ITERATIONS) * test.iv.step.abs()).contains(&span)
}

/// Whether the entry test (`trip_bounds`) rejects every entry into the loop (but, for a
/// `!=` test, one where the counter starts at its bound), so that a copy would only add
/// the test in front of the checked loop:
/// - a `!=` test of a counter run down from 0 to a bound other than the constant 0, or
///   up to the constant 0 from a value other than it, must wrap around 2^32 to reach
///   its bound. clang's remainder loops after an unrolled loop count that way (sort's
///   merge: `for (k = 0; k != -(n & 3); k--)`), and so do loops whose index runs from
///   `-n` up to 0;
/// - an ordered test against a constant whose last tested value may lie within one
///   step of wrapping: musl's `memcpy` copies 32 bytes a round while `(n -= 32) > 15`,
///   unsigned, where `n` is in `[16, 31]` would wrap (the code before the loop
///   rules that out, the entry test cannot).
fn rejects_every_entry(func: &ir::Function, t: &Exit, entry_args: &[Value]) -> bool {
    if t.iv.var.is_some() || t.wide {
        return false;
    }
    let konst = |v: Option<Value>| match v {
        None => Some(0),
        Some(v) => const_u32(&func.dfg, v),
    };
    let down = t.iv.step < 0;
    if t.cc == IntCC::NotEqual {
        let (from, to) = (Some(entry_args[t.iv.index]), t.bound);
        return if down {
            konst(from) == Some(0) && to.is_some() && konst(to) != Some(0)
        } else {
            konst(to) == Some(0) && konst(from) != Some(0)
        };
    }
    // As `trip_bounds`: the bound negated for a down-counter, plus 1 for `<=` (`>=`
    // going down); every entry fails when it exceeds `top - step`.
    let Some(b) = konst(t.bound) else {
        return false;
    };
    let signed = matches!(
        t.cc,
        IntCC::SignedLessThan
            | IntCC::SignedLessThanOrEqual
            | IntCC::SignedGreaterThan
            | IntCC::SignedGreaterThanOrEqual
    );
    let b = if signed {
        i64::from(b as i32)
    } else {
        i64::from(b)
    };
    let inclusive = matches!(
        t.cc,
        IntCC::UnsignedLessThanOrEqual
            | IntCC::SignedLessThanOrEqual
            | IntCC::UnsignedGreaterThanOrEqual
            | IntCC::SignedGreaterThanOrEqual
    );
    let n1 = if down { -b } else { b } + i64::from(inclusive);
    let top = match (signed, down) {
        (true, false) => 1i64 << 31,
        (false, false) => 1i64 << 32,
        (true, true) => (1i64 << 31) + 1,
        (false, true) => 1,
    };
    n1 > top - t.iv.step.abs()
}

/// An upper bound of `v` (as u32) when its definition gives one (`checks::upper_bound`);
/// `None` stands for the constant 0.
fn max_value(func: &ir::Function, v: Option<Value>) -> Option<u32> {
    match v {
        None => Some(0),
        Some(v) => super::checks::upper_bound(&func.dfg, v, 6).and_then(|b| u32::try_from(b).ok()),
    }
}

/// The blocks that every path from the header to the latch passes (within the loop,
/// not returning to the header): the header, the latch, and the blocks dominating the
/// latch in the loop's own graph (rooted at the header, edges into the header and out
/// of the loop left out). All of them when the latch cannot be reached that way.
/// Linear in the loop's size (a dominator pass over its blocks, Cooper, Harvey and
/// Kennedy), computed once per loop.
fn on_every_iteration(func: &ir::Function, lp: &LoopShape) -> EntitySet<ir::Block> {
    let h = lp.header();
    let inner = |b: ir::Block| -> Vec<ir::Block> {
        let term = func.layout.last_inst(b).expect("a block ends in a branch");
        targets(func, term)
            .into_iter()
            .filter(|&d| d != h && lp.contains(d))
            .collect()
    };
    // Reverse postorder of the loop's graph from the header.
    let mut post: Vec<ir::Block> = Vec::new();
    let mut visited: EntitySet<ir::Block> = EntitySet::new();
    visited.insert(h);
    let mut stack: Vec<(ir::Block, Vec<ir::Block>)> = vec![(h, inner(h))];
    while let Some((b, succs)) = stack.last_mut() {
        if let Some(s) = succs.pop() {
            if visited.insert(s) {
                let next = inner(s);
                stack.push((s, next));
            }
        } else {
            post.push(*b);
            stack.pop();
        }
    }
    let mut all: EntitySet<ir::Block> = EntitySet::new();
    if !visited.contains(lp.latch) {
        for &b in &lp.body {
            all.insert(b);
        }
        return all;
    }
    // The loop's blocks numbered in reverse postorder (the header is 0): maps over the
    // loop's own blocks, not over every block number of the function, which made each
    // loop cost the size of the function.
    let rpo: Vec<ir::Block> = post.iter().rev().copied().collect();
    let order: HashMap<ir::Block, u32> = rpo
        .iter()
        .enumerate()
        .map(|(i, &b)| (b, i as u32))
        .collect();
    let mut preds: Vec<Vec<u32>> = vec![Vec::new(); rpo.len()];
    for (i, &b) in rpo.iter().enumerate() {
        for s in inner(b) {
            preds[order[&s] as usize].push(i as u32);
        }
    }
    let mut idom: Vec<Option<u32>> = vec![None; rpo.len()];
    idom[0] = Some(0);
    let intersect = |idom: &[Option<u32>], mut a: u32, mut b: u32| {
        while a != b {
            while a > b {
                a = idom[a as usize].expect("processed");
            }
            while b > a {
                b = idom[b as usize].expect("processed");
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for b in 1..rpo.len() {
            let mut new: Option<u32> = None;
            for &p in &preds[b] {
                if idom[p as usize].is_none() {
                    continue;
                }
                new = Some(match new {
                    None => p,
                    Some(n) => intersect(&idom, p, n),
                });
            }
            if new.is_some() && idom[b] != new {
                idom[b] = new;
                changed = true;
            }
        }
    }
    let mut x = order[&lp.latch];
    all.insert(rpo[x as usize]);
    while x != 0 {
        x = idom[x as usize].expect("reachable from the header");
        all.insert(rpo[x as usize]);
    }
    all
}

/// The blocks `term` branches to.
fn targets(func: &ir::Function, term: ir::Inst) -> Vec<ir::Block> {
    let dfg = &func.dfg;
    dfg.insts[term]
        .branch_destination(&dfg.jump_tables, &dfg.exception_tables)
        .iter()
        .map(|bc| bc.block(&dfg.value_lists))
        .collect()
}

/// The single block `P` entering the loop with a `jump` to its header, besides the
/// back edge.
fn single_entry(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    lp: &LoopShape,
) -> Option<(ir::Block, ir::Inst)> {
    let mut entry = None;
    for pred in cfg.pred_iter(lp.header()) {
        if lp.contains(pred.block) {
            if pred.block != lp.latch {
                return None;
            }
            continue;
        }
        if entry.is_some() || func.dfg.insts[pred.inst].opcode() != ir::Opcode::Jump {
            return None;
        }
        entry = Some((pred.block, pred.inst));
    }
    entry
}

/// Whether `x` (an i32) is nonzero whenever `pre` runs: `pre`'s only predecessor ends in
/// `brif` on `x`, or on a compare of `x` with a constant (possibly widened) that rules out
/// `x == 0` on the edge to `pre` (`x == 0` false, `x >= 1` true: `excludes_zero`).
/// (`cfg` may predate other loops' copies, which add blocks and edges to their own
/// loops only; the branch is checked against the current code.)
fn nonzero_on_entry(func: &ir::Function, cfg: &ControlFlowGraph, pre: ir::Block, x: Value) -> bool {
    nonzero_after_branch(&func.dfg, &func.layout, cfg, pre, x)
}

/// [`nonzero_on_entry`] on the parts of a function.
pub(super) fn nonzero_after_branch(
    dfg: &ir::DataFlowGraph,
    layout: &ir::Layout,
    cfg: &ControlFlowGraph,
    pre: ir::Block,
    x: Value,
) -> bool {
    branch_fact(dfg, layout, cfg, pre, x).is_some_and(|(cc, k)| excludes_zero(cc, k))
}

/// The smallest value (unsigned) that `x` (an i32) can have whenever `pre` runs, as the
/// branch into it shows (see [`branch_fact`]): musl's `memset` skips its loop when the
/// count is below 32, so the loop starts with a count of at least 32.
fn min_on_entry(func: &ir::Function, cfg: &ControlFlowGraph, pre: ir::Block, x: Value) -> u32 {
    let Some((cc, k)) = branch_fact(&func.dfg, &func.layout, cfg, pre, x) else {
        return 0;
    };
    let s = k as i32;
    match cc {
        IntCC::Equal | IntCC::UnsignedGreaterThanOrEqual => k,
        IntCC::UnsignedGreaterThan => k.saturating_add(1),
        IntCC::NotEqual if k == 0 => 1,
        IntCC::SignedGreaterThanOrEqual if s >= 0 => k,
        IntCC::SignedGreaterThan if s >= -1 => (s + 1) as u32,
        _ => 0,
    }
}

/// `Some((cc, k))` when `x cc k` (i32 `x`, constant `k`) holds whenever `pre` runs:
/// `pre`'s only predecessor ends in `brif` on `x` (`x != 0` on the edge taken when it is
/// true, `x == 0` on the other), or on a compare of `x` with a constant (possibly
/// widened). (`cfg` may predate other loops' copies, which add blocks and edges to their
/// own loops only; the branch is checked against the current code.)
fn branch_fact(
    dfg: &ir::DataFlowGraph,
    layout: &ir::Layout,
    cfg: &ControlFlowGraph,
    pre: ir::Block,
    x: Value,
) -> Option<(IntCC, u32)> {
    use ir::{InstructionData as D, Opcode as O};
    let mut preds = cfg.pred_iter(pre);
    let (Some(pred), None) = (preds.next(), preds.next()) else {
        return None;
    };
    if layout.inst_block(pred.inst) != Some(pred.block) {
        return None;
    }
    let D::Brif {
        arg,
        blocks: [t, f],
        ..
    } = dfg.insts[pred.inst]
    else {
        return None;
    };
    let pool = &dfg.value_lists;
    let (t, f) = (t.block(pool), f.block(pool));
    if t == f {
        return None;
    }
    // The condition, through widenings of a compare's result.
    let mut c = super::resolved(dfg, arg);
    loop {
        if c == x {
            let cc = if t == pre {
                IntCC::NotEqual
            } else {
                IntCC::Equal
            };
            return Some((cc, 0));
        }
        let def = dfg.value_def(c).inst()?;
        match dfg.insts[def] {
            D::Unary {
                opcode: O::Uextend,
                arg,
            } => c = super::resolved(dfg, arg),
            D::IntCompare {
                opcode: O::Icmp,
                cond,
                args: [a, b],
            } => {
                let (a, b) = (super::resolved(dfg, a), super::resolved(dfg, b));
                // `x cc k`, as it holds on the edge to `pre`.
                let (cc, k) = match (a == x, b == x) {
                    (true, false) => (cond, b),
                    (false, true) => (cond.swap_args(), a),
                    _ => return None,
                };
                let k = const_u32(dfg, k)?;
                let cc = if t == pre { cc } else { cc.complement() };
                return Some((cc, k));
            }
            _ => return None,
        }
    }
}

/// Whether `x cc k` (i32 `x`, constant `k`) rules out `x == 0`: `x != 0`, `x == 5`,
/// `x > 0` or `x >= 1` signed or unsigned (clang guards a rotated `for (i = 0; i < n;
/// i++)` with `n >= 1`), `x < 0` signed.
fn excludes_zero(cc: IntCC, k: u32) -> bool {
    let s = k as i32;
    match cc {
        IntCC::Equal => k != 0,
        IntCC::NotEqual => k == 0,
        IntCC::SignedGreaterThan => s >= 0,
        IntCC::SignedGreaterThanOrEqual => s >= 1,
        IntCC::SignedLessThan => s <= 0,
        IntCC::SignedLessThanOrEqual => s < 0,
        IntCC::UnsignedGreaterThan => true,
        IntCC::UnsignedGreaterThanOrEqual => k >= 1,
        IntCC::UnsignedLessThan | IntCC::UnsignedLessThanOrEqual => false,
    }
}

/// The arguments `term` passes to `dest` (its only edge there), when all are values.
fn edge_args(func: &ir::Function, term: ir::Inst, dest: ir::Block) -> Option<Vec<Value>> {
    let dfg = &func.dfg;
    let mut found = None;
    for bc in dfg.insts[term].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
        if bc.block(&dfg.value_lists) == dest {
            if found.is_some() {
                return None;
            }
            found = Some(*bc);
        }
    }
    found?
        .args(&dfg.value_lists)
        .map(|a| a.as_value().map(|v| super::resolved(dfg, v)))
        .collect()
}

/// Whether `v` is defined in the loop (so not loop-invariant).
fn defined_in(func: &ir::Function, v: Value, lp: &LoopShape) -> bool {
    match func.dfg.value_def(super::resolved(&func.dfg, v)) {
        ir::ValueDef::Result(inst, _) => {
            func.layout.inst_block(inst).is_none_or(|b| lp.contains(b))
        }
        ir::ValueDef::Param(b, _) => lp.contains(b),
        _ => true,
    }
}

/// `scale * (p + c)` for a parameter `p` of the header (`params[i]` with `pick(i)`):
/// `p`, `p << s` or `p * m`, with `p` possibly plus a constant first. Returns the
/// parameter's index, the scale and `scale * c` (an exact integer: the i32 arithmetic
/// wraps modulo 2^32, so the index equals the exact value whenever that lies in
/// [0, 2^32), which the range check demands).
fn scaled_param(
    func: &ir::Function,
    v: Value,
    params: &[Value],
    pick: impl Fn(usize) -> bool,
) -> Option<(usize, u32, i64)> {
    let iv_of = |v: Value| -> Option<(usize, i64)> {
        let (leaves, c) = split_sum(&func.dfg, v);
        let [leaf] = leaves[..] else {
            return None;
        };
        let i = params
            .iter()
            .position(|&p| p == leaf)
            .filter(|&i| pick(i))?;
        Some((i, c as i32 as i64))
    };
    if let Some((i, c)) = iv_of(v) {
        return Some((i, 1, c));
    }
    let ir::ValueDef::Result(inst, 0) = func.dfg.value_def(super::resolved(&func.dfg, v)) else {
        return None;
    };
    let ir::InstructionData::Binary { opcode, args } = func.dfg.insts[inst] else {
        return None;
    };
    let [a, b] = args.map(|x| super::resolved(&func.dfg, x));
    let scale = match opcode {
        ir::Opcode::Ishl => {
            let s = const_u32(&func.dfg, b)?;
            (s < 32).then(|| 1u64 << s)?
        }
        ir::Opcode::Imul => u64::from(const_u32(&func.dfg, b)?),
        _ => return None,
    };
    let (i, c) = iv_of(a)?;
    (1..=MAX_SCALE as u64)
        .contains(&scale)
        .then_some((i, scale as u32, scale as i64 * c))
}

/// The load instruction giving a memory size, when it can be repeated in the
/// preheader: a load whose address is defined outside the loop.
fn size_load(func: &ir::Function, size: Value, lp: &LoopShape) -> Option<ir::Inst> {
    let ir::ValueDef::Result(inst, 0) = func.dfg.value_def(super::resolved(&func.dfg, size)) else {
        return None;
    };
    let ir::InstructionData::Load {
        opcode: ir::Opcode::Load,
        arg,
        ..
    } = func.dfg.insts[inst]
    else {
        return None;
    };
    (!defined_in(func, arg, lp)).then_some(inst)
}

fn same_load(func: &ir::Function, a: ir::Inst, b: ir::Inst) -> bool {
    func.dfg.insts[a] == func.dfg.insts[b]
}

/// The exit test of the loop in block `x`, normalized to `continue while v CC n`.
fn exit_test(
    func: &ir::Function,
    lp: &LoopShape,
    x: ir::Block,
    params: &[Value],
    back: &[Value],
    ivs: &[Option<Iv>],
) -> Option<Exit> {
    let term = func.layout.last_inst(x)?;
    let ir::InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[term] else {
        return None;
    };
    let [a, b] = blocks.map(|bc| lp.contains(bc.block(&func.dfg.value_lists)));
    let continue_if_true = match (a, b) {
        (true, false) => true,
        (false, true) => false,
        _ => return None,
    };
    let arg = super::resolved(&func.dfg, arg);
    let iv_side = |v: Value| -> Option<(Iv, bool)> {
        if let Some(i) = params.iter().position(|&p| p == v) {
            return ivs[i].map(|iv| (iv, false));
        }
        let i = back.iter().position(|&x| x == v)?;
        ivs[i].map(|iv| (iv, true))
    };
    // `uextend(v)`, compared in i64.
    let wide_side = |v: Value| -> Option<(Iv, bool)> {
        let ir::ValueDef::Result(inst, 0) = func.dfg.value_def(v) else {
            return None;
        };
        match func.dfg.insts[inst] {
            ir::InstructionData::Unary {
                opcode: ir::Opcode::Uextend,
                arg,
            } if func.dfg.value_type(v) == types::I64 => iv_side(super::resolved(&func.dfg, arg)),
            _ => None,
        }
    };
    // `brif v`: continue while v != 0 (a counter run down to zero).
    if let Some((iv, next)) = iv_side(arg) {
        return (continue_if_true && iv.var.is_none()).then_some(Exit {
            iv,
            next,
            cc: IntCC::NotEqual,
            bound: None,
            wide: false,
        });
    }
    let ir::ValueDef::Result(mut cmp, 0) = func.dfg.value_def(arg) else {
        return None;
    };
    // A wasm comparison is an i8 `icmp` widened to i32.
    if let ir::InstructionData::Unary {
        opcode: ir::Opcode::Uextend,
        arg,
    } = func.dfg.insts[cmp]
    {
        let ir::ValueDef::Result(inner, 0) = func.dfg.value_def(super::resolved(&func.dfg, arg))
        else {
            return None;
        };
        cmp = inner;
    }
    let ir::InstructionData::IntCompare { cond, args, .. } = func.dfg.insts[cmp] else {
        return None;
    };
    let [a, b] = args.map(|x| super::resolved(&func.dfg, x));
    // Loop-invariant: defined before the loop, or a constant (rebuilt in the preheader).
    let invariant = |v: Value| !defined_in(func, v, lp) || const_u32(&func.dfg, v).is_some();
    let (iv, next, bound, mut cc, wide) = match (iv_side(a), iv_side(b)) {
        (Some((iv, next)), _) if invariant(b) => (iv, next, b, cond, false),
        (_, Some((iv, next))) if invariant(a) => (iv, next, a, cond.swap_args(), false),
        _ => {
            // A wide test needs its bound as a value computed before the loop.
            let outside = |v: Value| !defined_in(func, v, lp);
            match (wide_side(a), wide_side(b)) {
                (Some((iv, next)), _) if outside(b) => (iv, next, b, cond, true),
                (_, Some((iv, next))) if outside(a) => (iv, next, a, cond.swap_args(), true),
                _ => return None,
            }
        }
    };
    if !continue_if_true {
        cc = cc.complement();
    }
    // A variable step or a wide test: only `<` and `<=`, unsigned.
    if (iv.var.is_some() || wide)
        && !matches!(cc, IntCC::UnsignedLessThan | IntCC::UnsignedLessThanOrEqual)
    {
        return None;
    }
    // The counter must move towards the bound.
    let fits = if iv.step > 0 {
        matches!(
            cc,
            IntCC::UnsignedLessThan
                | IntCC::UnsignedLessThanOrEqual
                | IntCC::SignedLessThan
                | IntCC::SignedLessThanOrEqual
                | IntCC::NotEqual
        )
    } else {
        matches!(
            cc,
            IntCC::UnsignedGreaterThan
                | IntCC::UnsignedGreaterThanOrEqual
                | IntCC::SignedGreaterThan
                | IntCC::SignedGreaterThanOrEqual
                | IntCC::NotEqual
        )
    };
    fits.then_some(Exit {
        iv,
        next,
        cc,
        bound: Some(bound),
        wide,
    })
}

/// A branch condition without the `uextend` that widens a wasm comparison's result.
fn unwiden(dfg: &ir::DataFlowGraph, v: Value) -> Value {
    let v = super::resolved(dfg, v);
    match dfg.value_def(v).inst().map(|inst| dfg.insts[inst]) {
        Some(ir::InstructionData::Unary {
            opcode: ir::Opcode::Uextend,
            arg,
        }) => super::resolved(dfg, arg),
        _ => v,
    }
}

/// The tested parameters of the loop (`Tested`; index: the header's parameter), found
/// in the exit tests of the blocks of `every` (those every iteration passes).
fn tested_params(
    func: &ir::Function,
    lp: &LoopShape,
    every: &EntitySet<ir::Block>,
    params: &[Value],
    back: &[Value],
) -> Vec<Option<Tested>> {
    let dfg = &func.dfg;
    let mut tested: Vec<Option<Tested>> = vec![None; params.len()];
    // The parameter whose back-edge argument `v` is (not the parameter itself: such
    // a parameter keeps its entry value).
    let param_of = |v: Value| {
        (0..params.len())
            .find(|&i| back[i] == v && params[i] != v && dfg.value_type(v) == types::I32)
    };
    let invariant = |v: Value| !defined_in(func, v, lp) || const_u32(dfg, v).is_some();
    for &x in &lp.body {
        if !every.contains(x) {
            continue;
        }
        let Some(term) = func.layout.last_inst(x) else {
            continue;
        };
        let ir::InstructionData::Brif { arg, blocks, .. } = dfg.insts[term] else {
            continue;
        };
        let [a, b] = blocks.map(|bc| lp.contains(bc.block(&dfg.value_lists)));
        let continue_if_true = match (a, b) {
            (true, false) => true,
            (false, true) => false,
            _ => continue,
        };
        // The condition: an `icmp`, possibly widened (a wasm comparison).
        let c = unwiden(dfg, arg);
        let Some(cmp) = dfg.value_def(c).inst() else {
            continue;
        };
        let ir::InstructionData::IntCompare {
            opcode: ir::Opcode::Icmp,
            cond,
            args,
        } = dfg.insts[cmp]
        else {
            continue;
        };
        let [l, r] = args.map(|v| super::resolved(dfg, v));
        // Normalized to `continue while param_next CC bound`.
        let (i, bound, mut cc) = match (param_of(l), param_of(r)) {
            (Some(i), _) if invariant(r) => (i, r, cond),
            (_, Some(i)) if invariant(l) => (i, l, cond.swap_args()),
            _ => continue,
        };
        if !continue_if_true {
            cc = cc.complement();
        }
        let inclusive = match cc {
            IntCC::UnsignedLessThan => false,
            IntCC::UnsignedLessThanOrEqual => true,
            _ => continue,
        };
        if tested[i].is_none() {
            tested[i] = Some(Tested { bound, inclusive });
        }
    }
    tested
}

/// The window parameters of the loop (`Window`; index: the header's parameter), from the
/// exit test ending `H`.
fn window_params(func: &ir::Function, lp: &LoopShape, params: &[Value]) -> Vec<Option<Window>> {
    let mut windows = vec![None; params.len()];
    let found = header_window(
        func,
        lp.header(),
        |b| lp.contains(b),
        |v| !defined_in(func, v, lp),
    );
    if let Some((p, w)) = found {
        if let Some(i) = params.iter().position(|&x| x == p) {
            windows[i] = Some(w);
        }
    }
    windows
}

/// Whether block `h`, the header of a loop whose blocks are those `inside` accepts, ends
/// in a window test (`Window`, loop invariance of `x` not checked).
pub(super) fn header_has_window(
    func: &ir::Function,
    h: ir::Block,
    inside: impl Fn(ir::Block) -> bool,
) -> bool {
    header_window(func, h, inside, |_| true).is_some()
}

/// The parameter of `h` and its window when `h` ends in `brif` on `x - p <= width` or
/// `p - x <= width` (unsigned; `< width + 1`, the operands swapped, or the negation
/// with the branches swapped, possibly widened), continuing in the loop (`inside`)
/// when it holds and leaving it otherwise, with `invariant(x)`.
fn header_window(
    func: &ir::Function,
    h: ir::Block,
    inside: impl Fn(ir::Block) -> bool,
    invariant: impl Fn(Value) -> bool,
) -> Option<(Value, Window)> {
    let dfg = &func.dfg;
    let term = func.layout.last_inst(h)?;
    let ir::InstructionData::Brif { arg, blocks, .. } = dfg.insts[term] else {
        return None;
    };
    let continue_if_true = match blocks.map(|bc| inside(bc.block(&dfg.value_lists))) {
        [true, false] => true,
        [false, true] => false,
        _ => return None,
    };
    let c = unwiden(dfg, arg);
    let cmp = dfg.value_def(c).inst()?;
    let ir::InstructionData::IntCompare {
        opcode: ir::Opcode::Icmp,
        cond,
        args,
    } = dfg.insts[cmp]
    else {
        return None;
    };
    let [a, b] = args.map(|v| super::resolved(dfg, v));
    // Normalized to `continue while diff CC width`.
    let (diff, k, mut cc) = match (const_u32(dfg, a), const_u32(dfg, b)) {
        (None, Some(k)) => (a, k, cond),
        (Some(k), None) => (b, k, cond.swap_args()),
        _ => return None,
    };
    if !continue_if_true {
        cc = cc.complement();
    }
    let width = match cc {
        IntCC::UnsignedLessThanOrEqual => k,
        IntCC::UnsignedLessThan => k.checked_sub(1)?,
        _ => return None,
    };
    let ir::InstructionData::Binary {
        opcode: ir::Opcode::Isub,
        args,
    } = dfg.insts[dfg.value_def(diff).inst()?]
    else {
        return None;
    };
    let [l, r] = args.map(|v| super::resolved(dfg, v));
    let is_param = |v: Value| {
        matches!(dfg.value_def(v), ir::ValueDef::Param(b, _) if b == h)
            && dfg.value_type(v) == types::I32
    };
    let (p, x, below) = if is_param(r) && invariant(l) {
        (r, l, true)
    } else if is_param(l) && invariant(r) {
        (l, r, false)
    } else {
        return None;
    };
    Some((p, Window { x, width, below }))
}

/// Two tested parameters (`Tested`, with `<` tests) that count the iterations between
/// them: their back-edge arguments are `p + r` and `q + s`, where `r` and `s` are the
/// (widened) results of two complementary comparisons of the same operands, so one of
/// them is 1 and the other 0 on every iteration (the merge loop: `i` or `j` advances).
/// Since `p < n` and `q < m` whenever an iteration starts, neither sum wraps, and
/// `p + q` grows by exactly 1 per iteration: iteration `t` has `p0 + q0 + t = p + q <=
/// n - 1 + m - 1`, so `t <= (n - 1 - p0) + (m - 1 - q0)`, a trip count that covers
/// induction variables with a constant step (the merge loop's output pointer).
fn progress_pair(
    func: &ir::Function,
    params: &[Value],
    back: &[Value],
    tested: &[Option<Tested>],
) -> Option<[usize; 2]> {
    let dfg = &func.dfg;
    // (parameter, compare's condition and operands) for every `p + uextend(icmp)`.
    let mut steps: Vec<(usize, IntCC, Value, Value)> = Vec::new();
    for (i, t) in tested.iter().enumerate() {
        if !t.is_some_and(|t| !t.inclusive) {
            continue;
        }
        let (leaves, k) = split_sum(dfg, back[i]);
        let [a, b] = leaves[..] else {
            continue;
        };
        let r = match (a == params[i], b == params[i]) {
            (true, false) => b,
            (false, true) => a,
            _ => continue,
        };
        if k != 0 {
            continue;
        }
        let Some(ext) = dfg.value_def(r).inst() else {
            continue;
        };
        let ir::InstructionData::Unary {
            opcode: ir::Opcode::Uextend,
            arg,
        } = dfg.insts[ext]
        else {
            continue;
        };
        let Some(cmp) = dfg.value_def(super::resolved(dfg, arg)).inst() else {
            continue;
        };
        let ir::InstructionData::IntCompare {
            opcode: ir::Opcode::Icmp,
            cond,
            args,
        } = dfg.insts[cmp]
        else {
            continue;
        };
        let [x, y] = args.map(|v| super::resolved(dfg, v));
        steps.push((i, cond, x, y));
    }
    for (n, &(i, cc, x, y)) in steps.iter().enumerate() {
        for &(j, cc2, x2, y2) in &steps[n + 1..] {
            let not = cc.complement();
            if i != j && ((cc2, x2, y2) == (not, x, y) || (cc2, x2, y2) == (not.swap_args(), y, x))
            {
                return Some([i, j]);
            }
        }
    }
    None
}

/// The trip bounds of a loop with exit test `test`, computed at `cur` (the end of the
/// preheader): `t_max + t_off`, an upper bound of the last iteration's index (i64,
/// exact; `t_off` a constant the caller folds into its own), and for a variable step
/// the distance the tested counter may move (`span`). Pushes the conditions under which
/// they do not hold onto `fails`. `counter_nonzero`: the code before the loop has
/// tested the counter against zero (see `nonzero_on_entry`); `counter_min`: the
/// counter's smallest entry value as that code's branch shows (`min_on_entry`).
fn trip_bounds(
    cur: &mut FuncCursor,
    test: &Exit,
    entry_args: &[Value],
    counter_nonzero: bool,
    counter_min: u32,
    fails: &mut Vec<Value>,
) -> (Value, i64, Option<Value>, Option<Value>) {
    if let Some(bounds) = down_to_constant(cur, test, entry_args, counter_min, fails) {
        return bounds;
    }
    let i64c = |cur: &mut FuncCursor, v: i64| cur.ins().iconst(types::I64, v);
    let u = |cur: &mut FuncCursor, v: Value| cur.ins().uextend(types::I64, v);
    // t_max: the last iteration's index is at most this (i64, exact). The counter's
    // values are exact integers (sign-extended for a signed test); a down-counter is
    // negated, so the test reads `continue while w < n` (or `<=`, `!=`) on an
    // increasing `w`.
    let signed = matches!(
        test.cc,
        IntCC::SignedLessThan
            | IntCC::SignedLessThanOrEqual
            | IntCC::SignedGreaterThan
            | IntCC::SignedGreaterThanOrEqual
    );
    let ext = |cur: &mut FuncCursor, v: Value| {
        if signed {
            cur.ins().sextend(types::I64, v)
        } else {
            cur.ins().uextend(types::I64, v)
        }
    };
    let v0 = ext(cur, entry_args[test.iv.index]);
    let n = match test.bound {
        None => i64c(cur, 0),
        Some(b) if test.wide => {
            // Unsigned, at most 2^32 (so every sum below is exact).
            fails.push(cur.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, b, 1 << 32));
            b
        }
        Some(b) => match const_u32(&cur.func.dfg, b) {
            Some(c) if signed => i64c(cur, i64::from(c as i32)),
            Some(c) => i64c(cur, i64::from(c)),
            None => ext(cur, b),
        },
    };
    let down = test.iv.step < 0;
    let step = test.iv.step.abs();
    let (v0, n) = if down {
        (cur.ins().ineg(v0), cur.ins().ineg(n))
    } else {
        (v0, n)
    };
    let cc = match test.cc {
        IntCC::UnsignedGreaterThan => IntCC::UnsignedLessThan,
        IntCC::UnsignedGreaterThanOrEqual => IntCC::UnsignedLessThanOrEqual,
        IntCC::SignedGreaterThan => IntCC::SignedLessThan,
        IntCC::SignedGreaterThanOrEqual => IntCC::SignedLessThanOrEqual,
        cc => cc,
    };
    // Every tested value stays below this (exclusive) limit, so the i32 counter never
    // wraps: 2^31 or 2^32 going up, -(-2^31) + 1 or -0 + 1 (negated) going down.
    let top = match (signed, down) {
        (true, false) => 1i64 << 31,
        (false, false) => 1i64 << 32,
        (true, true) => (1i64 << 31) + 1,
        (false, true) => 1,
    };
    // `t_max` is returned as a value plus a constant (`t_off`), which the caller folds
    // into each group's constant instead of emitting the addition here.
    let mut t_off = 0;
    // `Some(d)`: `t_max` (without `t_off`) times the step is exactly `d` (at most `d`,
    // from `down_to_constant`, where `t_max` is `d / step`).
    let mut t_exact = None;
    let t_max = match cc {
        _ if test.iv.var.is_some() => i64c(cur, 0), // unused: see `span`
        IntCC::NotEqual => {
            // v0, v0 + c, ... reaches n exactly: n - v0 a multiple of c, v0 <= n
            // (v0 < n when the test is on v + c).
            let d = cur.ins().isub(n, v0);
            let v0_zero = const_u32(&cur.func.dfg, entry_args[test.iv.index]) == Some(0);
            if test.bound.is_none() && down && !signed {
                // A counter run down to zero (`brif v`): d is its entry value, an
                // unsigned i32, so d < 0 never holds, and d <= 0 is `v0 == 0`,
                // tested on the i32 unless the code before the loop already did.
                if test.next && !counter_nonzero {
                    let x = entry_args[test.iv.index];
                    fails.push(cur.ins().icmp_imm_u(IntCC::Equal, x, 0));
                }
            } else if !down && !signed && !test.wide && v0_zero && counter_nonzero {
                // Up from zero to the bound (an unsigned i32 the code before the loop
                // tested against zero): d is the bound, more than zero.
            } else {
                let below = if test.next {
                    IntCC::SignedLessThanOrEqual
                } else {
                    IntCC::SignedLessThan
                };
                fails.push(cur.ins().icmp_imm_s(below, d, 0));
            }
            let c = i64c(cur, step);
            // A distance built as a multiple of the step (`n << 3` for a pointer
            // moved by 8) needs no remainder test, and `step * t` is that distance.
            if step != 1 && multiple_of(&cur.func.dfg, d, step as u64, 8) {
                t_exact = Some(d);
            } else if step != 1 {
                let rem = cur.ins().urem(d, c);
                fails.push(cur.ins().icmp_imm_s(IntCC::NotEqual, rem, 0));
            }
            if test.next {
                t_off = -1;
            }
            if step != 1 {
                cur.ins().udiv(d, c)
            } else {
                d
            }
        }
        _ => {
            // continue while v < n' (n' = n + 1 for <=): no value may wrap, so
            // max(v0, n') + c <= top; then the last iteration's index is at most
            // ceil((n' - v0) / c) (test on v) or ceil((n' - v0) / c) - 1 (on v + c).
            let n1 = match cc {
                IntCC::UnsignedLessThanOrEqual | IntCC::SignedLessThanOrEqual => {
                    cur.ins().iadd_imm_s(n, 1)
                }
                _ => n,
            };
            // The tested values are below max(v0, n' - 1) + c, or below
            // max(v0 + 1, n' - 1 + 1) + c on v + c.
            let v0t = if test.next {
                cur.ins().iadd_imm_s(v0, 1)
            } else {
                v0
            };
            let mx = cur.ins().smax(v0t, n1);
            fails.push(
                cur.ins()
                    .icmp_imm_s(IntCC::SignedGreaterThan, mx, top - step),
            );
            let d = cur.ins().isub(n1, v0);
            let zero = i64c(cur, 0);
            let d = cur.ins().smax(d, zero);
            let dc = cur.ins().iadd_imm_s(d, step - 1);
            let c = i64c(cur, step);
            let t = cur.ins().udiv(dc, c);
            if test.next {
                let t1 = cur.ins().iadd_imm_s(t, -1);
                cur.ins().smax(t1, zero)
            } else {
                t
            }
        }
    };
    // A variable step `s` (unsigned, at least 1), shared by the tested counter and
    // every covered pointer: each pointer moves exactly as far as the counter, which
    // runs from v0 to at most max(v0, n' - 1 + s) (test on v) or max(v0, n' - 1)
    // (test on v + s), and no tested value reaches 2^32.
    let span = match test.iv.var {
        None => None,
        Some(sv) => {
            let sv = u(cur, sv);
            fails.push(cur.ins().icmp_imm_s(IntCC::Equal, sv, 0));
            let n1 = match cc {
                IntCC::UnsignedLessThanOrEqual => cur.ins().iadd_imm_s(n, 1),
                _ => n,
            };
            let v0t = if test.next {
                cur.ins().iadd_imm_s(v0, 1)
            } else {
                v0
            };
            let mx = cur.ins().smax(v0t, n1);
            let mx = cur.ins().iadd(mx, sv);
            fails.push(cur.ins().icmp_imm_s(IntCC::SignedGreaterThan, mx, top));
            let last = cur.ins().iadd_imm_s(n1, -1);
            let last = if test.next {
                last
            } else {
                cur.ins().iadd(last, sv)
            };
            let last = cur.ins().smax(last, v0);
            Some(cur.ins().isub(last, v0))
        }
    };
    (t_max, t_off, t_exact, span)
}

/// [`trip_bounds`] for an unsigned counter run down by a constant step `s` while it is
/// at least a constant `C >= s` (`v >u C - 1` or `v >=u C`): musl's `memset` and
/// `memcpy`, `for (; n >= 32; n -= 32, s += 32)`, whose loops run about two iterations
/// per call, where the generic formula (`smax`, a division, `smax` and a no-wrap test)
/// cost more than the checks it saves. With `n0` the counter's entry value:
/// - test on the next value `w = v - s`: when `n0 >= s` (unsigned; else the first
///   `w` wraps, and the test rejects the entry, unless the branch into the preheader
///   already rules it out: `counter_min`, the counter's smallest entry value that branch
///   allows, is at least `s`, as in musl's `memset`, which skips its loop when
///   `n < 32`), every iteration's `v` is exact and at
///   least `s` (by induction: `v >= s` gives an exact `w = v - s >= 0`, and the next
///   iteration starts only when `w >= C >= s`), and iteration `t > 0` starts only when
///   `n0 - s * t >= C`, so the last one's `s * t_max <= n0 - C <= n0 - s`;
/// - test on `v` itself: no condition (`v >= C >= s` before every step down, so no
///   value wraps), and iteration `t > 0` starts only when `n0 - s * (t - 1) >= C`, so
///   `s * t_max <= n0 - C + s <= n0`.
///
/// The bound of the distance `s * t_max` (`n0 - s` or `n0`, exact when `C = s`, as in
/// musl) is returned as `t_exact` (an upper bound of it is all `apply` needs: a pointer
/// moving with the counter's step reaches at most that far, either way), and `t_max` is
/// that distance divided by `s`. `None` when the test has another form.
fn down_to_constant(
    cur: &mut FuncCursor,
    test: &Exit,
    entry_args: &[Value],
    counter_min: u32,
    fails: &mut Vec<Value>,
) -> Option<(Value, i64, Option<Value>, Option<Value>)> {
    if test.iv.var.is_some() || test.wide || test.iv.step >= 0 {
        return None;
    }
    let b = u64::from(const_u32(&cur.func.dfg, test.bound?)?);
    let c = match test.cc {
        IntCC::UnsignedGreaterThan => b + 1,
        IntCC::UnsignedGreaterThanOrEqual => b,
        _ => return None,
    };
    let s = test.iv.step.unsigned_abs();
    if c < s || c > u64::from(u32::MAX) {
        return None;
    }
    let n0 = entry_args[test.iv.index];
    let wide = cur.ins().uextend(types::I64, n0);
    let d = if test.next {
        if u64::from(counter_min) < s {
            fails.push(cur.ins().icmp_imm_u(IntCC::UnsignedLessThan, n0, s as i64));
        }
        cur.ins().iadd_imm_s(wide, -(s as i64))
    } else {
        wide
    };
    let t_max = if s == 1 {
        d
    } else {
        let k = cur.ins().iconst(types::I64, s as i64);
        cur.ins().udiv(d, k)
    };
    Some((t_max, 0, Some(d), None))
}

/// Whether `v` is a multiple of `m` (a power of two) by how it is computed: from
/// constants, shifts, products and masks, sums and differences of multiples (wrapping
/// i32 arithmetic keeps them: 2^32 is a multiple), widened or negated.
fn multiple_of(dfg: &ir::DataFlowGraph, v: Value, m: u64, depth: u32) -> bool {
    use ir::{InstructionData as D, Opcode as O};
    if !m.is_power_of_two() || depth == 0 {
        return false;
    }
    let v = super::resolved(dfg, v);
    let Some(inst) = dfg.value_def(v).inst() else {
        return false;
    };
    let rec = |x: Value| multiple_of(dfg, x, m, depth - 1);
    match dfg.insts[inst] {
        D::UnaryImm {
            opcode: O::Iconst,
            imm,
        } => (imm.bits() as u64).is_multiple_of(m),
        D::Unary {
            opcode: O::Uextend | O::Sextend | O::Ineg,
            arg,
        } => rec(arg),
        D::Binary {
            opcode: O::Iadd | O::Isub,
            args: [a, b],
        } => rec(a) && rec(b),
        D::Binary {
            opcode: O::Imul | O::Band,
            args: [a, b],
        } => rec(a) || rec(b),
        D::Binary {
            opcode: O::Ishl,
            args: [a, b],
        } => {
            let bits = dfg.value_type(v).bits();
            let shifted = const_u32(dfg, b)
                .map(|k| k % bits)
                .is_some_and(|k| k < 64 && (1u64 << k).is_multiple_of(m));
            shifted || rec(a)
        }
        _ => false,
    }
}

#[allow(clippy::too_many_arguments)]
fn apply(
    func: &mut ir::Function,
    lp: &LoopShape,
    pre: ir::Block,
    jump: ir::Inst,
    entry_args: &[Value],
    test: Option<&Exit>,
    progress: Option<[usize; 2]>,
    counter_nonzero: bool,
    counter_min: u32,
    tested: &[Option<Tested>],
    windows: &[Option<Window>],
    groups: &[Group],
    covered: &[usize],
    checks: &[CheckSite],
    pending: &mut Vec<Duplicated>,
    never: bool,
) {
    // 1. The copy of the loop without the covered checks, placed before it.
    let h = lp.header();
    let mut map: HashMap<Value, Value> = HashMap::default();
    let mut block_map: HashMap<ir::Block, ir::Block> = HashMap::default();
    for &b in &lp.body {
        let fast = func.dfg.make_block();
        func.layout.insert_block(fast, h);
        // (A loop around copied loops: their checked copies stay cold.)
        if func.layout.is_cold(b) {
            func.layout.set_cold(fast);
        }
        if func.layout.never_runs(b) {
            func.layout.set_never_runs(fast);
        }
        for p in func.dfg.block_params(b).to_vec() {
            let ty = func.dfg.value_type(p);
            let np = func.dfg.append_block_param(fast, ty);
            map.insert(p, np);
        }
        block_map.insert(b, fast);
    }
    let mut inst_map: HashMap<ir::Inst, ir::Inst> = HashMap::default();
    for &b in &lp.body {
        let insts: Vec<ir::Inst> = func.layout.block_insts(b).collect();
        let copies = copy_insts(func, &insts, block_map[&b], &mut map);
        inst_map.extend(insts.into_iter().zip(copies));
    }
    for &new in inst_map.values() {
        // Uses of values defined in a block copied later; branches inside the loop go
        // to the copies.
        rename_values(func, new, &map);
        edit_targets(&mut func.dfg, new, |bc, pool| {
            if let Some(&to) = block_map.get(&bc.block(pool)) {
                bc.set_block(to, pool);
            }
        });
    }
    for &ci in covered {
        func.layout.remove_inst(inst_map[&checks[ci].trapnz]);
    }
    // The original, checked loop is now the cold path.
    for &b in &lp.body {
        func.layout.set_cold(b);
    }

    // 2. The entry test in `pre`, replacing `jump H(args)`.
    func.layout.remove_inst(jump);
    let mut cur = FuncCursor::new(func).at_bottom(pre);
    let mut fails: Vec<Value> = Vec::new();
    let i64c = |cur: &mut FuncCursor, v: i64| cur.ins().iconst(types::I64, v);
    let u = |cur: &mut FuncCursor, v: Value| cur.ins().uextend(types::I64, v);
    let (t_max, t_off, t_exact, span) = match (test, progress) {
        (Some(test), _) => trip_bounds(
            &mut cur,
            test,
            entry_args,
            counter_nonzero,
            counter_min,
            &mut fails,
        ),
        (None, Some(pair)) => {
            // See `progress_pair`: the last iteration's index is at most
            // sum(bound - 1 - entry value) (the entry test below checks that every
            // entry value is below its bound).
            let mut t = i64c(&mut cur, 0);
            for index in pair {
                let b = tested[index].expect("a progress pair is tested").bound;
                let b = match const_u32(&cur.func.dfg, b) {
                    Some(c) => i64c(&mut cur, i64::from(c)),
                    None => u(&mut cur, b),
                };
                let p0 = u(&mut cur, entry_args[index]);
                let d = cur.ins().isub(b, p0);
                t = cur.ins().iadd(t, d);
            }
            (t, -2, None, None)
        }
        (None, None) => (i64c(&mut cur, 0), 0, None, None),
    };
    let test_step = test.map_or(0, |t| t.iv.step.abs());
    // Each group's index range at both ends of each induction variable's range. The
    // i32 index arithmetic is exact modulo 2^32, so an index whose exact value lies in
    // [0, 2^32) equals it, even when a pointer variable wraps on the way: the exact
    // ends need only bracket every index and its access within [0, size].
    let mut tops: Vec<(ir::Inst, Value, Vec<Value>)> = Vec::new();
    let mut bottoms: Vec<Value> = Vec::new();
    for (n, g) in groups.iter().enumerate() {
        let implied = groups
            .iter()
            .enumerate()
            .any(|(m, b)| m != n && top_implied(cur.func, g, b));
        let q = if g.invariants.is_empty() {
            i64c(&mut cur, 0)
        } else {
            let sum = wrapping_sum(&mut cur, &g.invariants);
            u(&mut cur, sum)
        };
        // `lo` is known to be >= 0 unless a variable runs down. `lo + lo_off` and
        // `hi + hi_off` are the ends (the constants are added with the group's).
        let (lo, hi, lo_known, lo_off, hi_off) = match g.iv {
            None => (q, q, true, 0, 0),
            Some((index, scale, step, var)) => {
                let p0 = u(&mut cur, entry_args[index]);
                // p runs from p0 to p0 + step * t_max (exact), or p0 + span; the
                // constant part of step * t_max is `off`.
                let (moved, off) = match (var, span) {
                    (Some(_), Some(span)) => (span, 0),
                    // `step * t_max` is the tested counter's distance, or its negation.
                    _ => match t_exact {
                        Some(d) if step == test_step => (d, step * t_off),
                        Some(d) if step == -test_step => (cur.ins().ineg(d), step * t_off),
                        _ => (cur.ins().imul_imm_s(t_max, step), step * t_off),
                    },
                };
                let p_last = cur.ins().iadd(p0, moved);
                let off = off * scale as i64;
                let (p_lo, p_hi, lo_off, hi_off) = if step > 0 {
                    (p0, p_last, 0, off)
                } else {
                    (p_last, p0, off, 0)
                };
                let lo = cur.ins().imul_imm_s(p_lo, scale as i64);
                let lo = cur.ins().iadd(lo, q);
                let hi = cur.ins().imul_imm_s(p_hi, scale as i64);
                let hi = cur.ins().iadd(hi, q);
                (lo, hi, step > 0, lo_off, hi_off)
            }
        };
        // A tested term `scale * p`, `p` in [0, bound) (or [0, bound]), adds at most
        // `scale * bound` (minus `scale`) to the top end and nothing to the bottom.
        let mut hi = hi;
        let mut hi_off = hi_off;
        for &(index, scale) in &g.tested {
            let t = tested[index].expect("tested terms are of tested parameters");
            let bound = match const_u32(&cur.func.dfg, t.bound) {
                Some(c) => i64c(&mut cur, i64::from(c)),
                None => u(&mut cur, t.bound),
            };
            let top = cur.ins().imul_imm_s(bound, i64::from(scale));
            hi = cur.ins().iadd(hi, top);
            if !t.inclusive {
                hi_off -= i64::from(scale);
            }
        }
        // A window term `scale * p`, `p = x -+ d` with `d` in [0, width]: `scale * x`
        // (exact, from the unsigned i32 `x`) at both ends, and `scale * width` more
        // room below (`below`) or above.
        let mut lo = lo;
        let mut lo_known = lo_known;
        let mut lo_off = lo_off;
        for &(index, scale) in &g.windowed {
            let w = windows[index].expect("window terms are of windowed parameters");
            let x = u(&mut cur, w.x);
            let sx = cur.ins().imul_imm_s(x, i64::from(scale));
            lo = cur.ins().iadd(lo, sx);
            hi = cur.ins().iadd(hi, sx);
            let room = i64::from(scale) * i64::from(w.width);
            if w.below {
                lo_off -= room;
                lo_known = false;
            } else {
                hi_off += room;
            }
        }
        // Every index + end <= size (unless another group's test implies it), and every
        // index >= 0.
        if !implied {
            let top_end = cur.ins().iadd_imm_s(hi, g.hi + hi_off);
            match tops
                .iter_mut()
                .find(|(i, _, _)| same_load(cur.func, *i, g.size))
            {
                Some((_, _, ends)) => ends.push(top_end),
                None => {
                    let new = cur.func.dfg.clone_inst(g.size);
                    cur.insert_inst(new);
                    let size = cur.func.dfg.first_result(new);
                    tops.push((g.size, size, vec![top_end]));
                }
            }
        }
        if g.kmin < 0 || !lo_known {
            bottoms.push(cur.ins().iadd_imm_s(lo, g.kmin + lo_off));
        }
    }
    // Each tested parameter's entry value is below its bound (see `Tested`).
    let mut entered: Vec<usize> = groups
        .iter()
        .flat_map(|g| g.tested.iter().map(|&(index, _)| index))
        .chain(progress.into_iter().flatten())
        .collect();
    entered.sort_unstable();
    entered.dedup();
    for index in entered {
        let t = tested[index].expect("tested terms are of tested parameters");
        let bound = match const_u32(&cur.func.dfg, t.bound) {
            Some(c) => cur.ins().iconst(types::I32, i64::from(c)),
            None => t.bound,
        };
        let cc = if t.inclusive {
            IntCC::UnsignedGreaterThan
        } else {
            IntCC::UnsignedGreaterThanOrEqual
        };
        fails.push(cur.ins().icmp(cc, entry_args[index], bound));
    }
    let entered_conds = fails.len();
    for (_, size, ends) in tops {
        for e in ends {
            fails.push(cur.ins().icmp(IntCC::SignedGreaterThan, e, size));
        }
    }
    for b in bottoms {
        fails.push(cur.ins().icmp_imm_s(IntCC::SignedLessThan, b, 0));
    }
    // One compare-and-branch per condition (a fused compare and jump on x86), in a
    // chain of blocks that all leave to one cold block entering the checked loop: fewer
    // instructions than combining the conditions with max/or into one branch.
    let args: Vec<ir::BlockArg> = entry_args.iter().map(|&v| v.into()).collect();
    let slow = cur.func.dfg.make_block();
    cur.func.layout.insert_block(slow, h);
    cur.func.layout.set_cold(slow);
    // (Conditions that are constant false are not emitted: see below.)
    let never = never
        && fails[..entered_conds]
            .iter()
            .all(|&f| const_eval(&cur.func.dfg, f, 16) == Some(0));
    if never {
        cur.func.layout.set_never_runs(slow);
    }
    for f in fails {
        // Conditions that are constant false (a loop with constant bounds) need no
        // branch: Cranelift would fold them in an `or`, but not a branch on them.
        if const_eval(&cur.func.dfg, f, 16) == Some(0) {
            continue;
        }
        let next = cur.func.dfg.make_block();
        let at = cur.current_block().expect("cursor in a block");
        cur.func.layout.insert_block_after(next, at);
        cur.ins().brif(f, slow, &[], next, &[]);
        cur.goto_bottom(next);
    }
    cur.ins().jump(block_map[&h], &args);
    cur.goto_bottom(slow);
    cur.ins().jump(h, &args);
    if never {
        for &b in &lp.body {
            cur.func.layout.set_never_runs(b);
        }
    }

    // 3. Uses after the loop of values defined in it: either copy may reach them
    // (repaired by the caller, with other loops'). `map` also holds the values the
    // copied instructions define.
    let copies: Vec<ir::Block> = lp.body.iter().map(|b| block_map[b]).collect();
    pending.push(Duplicated {
        map,
        orig: lp.body.clone(),
        copy: copies,
    });
}

/// Whether the entry test of group `b` implies the upper end of group `a` (so `a`'s need
/// not be tested): both test against the same size, and `a`'s top end is at most `b`'s.
/// Every top end is `x + q + hi` (`apply`): `q` the zero-extended wrapping sum of the
/// group's loop-invariant leaves (0 without any), `hi` its constant `Group::hi` (plus
/// offsets that only depend on the induction, tested and window terms), and `x` the
/// exact contribution of those terms, which is never negative once the entry test has
/// passed: `scale * p` at a counter's last iteration (`t_max + t_off >= 0`: the trip
/// count tests reject the rest), a tested term `scale * (bound - 1)` with `bound > 0`
/// (its entry value is below it), a window term `scale * x` plus its room. So `a`'s top
/// is at most `b`'s when `a.hi <= b.hi` and
/// - `a` has the same terms as `b` and no invariant leaves (`q = 0 <= b`'s `q`): a
///   table at a constant address and one at a loaded address, walked by one counter
///   (nqueens' `cols[c]` and `diag1[row + c]`), or
/// - `a` has no such terms and the same invariant leaves as `b` (`x = 0 <= b`'s `x`):
///   `placement[row]` next to `diag1[row + c]`.
fn top_implied(func: &ir::Function, a: &Group, b: &Group) -> bool {
    let bare = |g: &Group| g.iv.is_none() && g.tested.is_empty() && g.windowed.is_empty();
    let same_terms = a.iv == b.iv && a.tested == b.tested && a.windowed == b.windowed;
    same_load(func, a.size, b.size)
        && a.hi <= b.hi
        && ((same_terms && a.invariants.is_empty() && !b.invariants.is_empty())
            || (bare(a) && !bare(b) && a.invariants == b.invariants))
}

/// The value of `v` when it is computed from constants only by the integer operations
/// the entry test uses (at most `depth` deep), as a wrapping i64 (compares give 0 or 1).
fn const_eval(dfg: &ir::DataFlowGraph, v: Value, depth: u32) -> Option<i64> {
    use ir::{InstructionData as D, Opcode as O};
    if depth == 0 {
        return None;
    }
    let ir::ValueDef::Result(inst, 0) = dfg.value_def(super::resolved(dfg, v)) else {
        return None;
    };
    let ev = |x: Value| const_eval(dfg, x, depth - 1);
    let bits = |x: Value| dfg.value_type(x).bits();
    Some(match dfg.insts[inst] {
        D::UnaryImm {
            opcode: O::Iconst,
            imm,
        } => match dfg.value_type(v).bits() {
            32 => i64::from(imm.bits() as i32),
            64 => imm.bits(),
            _ => return None,
        },
        D::Unary { opcode, arg } if bits(arg) == 32 => {
            let a = ev(arg)? as i32;
            match opcode {
                O::Uextend => i64::from(a as u32),
                O::Sextend => i64::from(a),
                _ => return None,
            }
        }
        D::Unary {
            opcode: O::Ineg,
            arg,
        } if bits(arg) == 64 => ev(arg)?.wrapping_neg(),
        D::Binary {
            opcode,
            args: [a, b],
        } if bits(a) == 64 => {
            let (a, b) = (ev(a)?, ev(b)?);
            match opcode {
                O::Iadd => a.wrapping_add(b),
                O::Isub => a.wrapping_sub(b),
                O::Imul => a.wrapping_mul(b),
                O::Smax => a.max(b),
                O::Smin => a.min(b),
                O::Udiv if b != 0 => ((a as u64) / (b as u64)) as i64,
                O::Urem if b != 0 => ((a as u64) % (b as u64)) as i64,
                _ => return None,
            }
        }
        D::IntCompare {
            opcode: O::Icmp,
            cond,
            args: [a, b],
        } if bits(a) == 64 => {
            let (a, b) = (ev(a)?, ev(b)?);
            let (ua, ub) = (a as u64, b as u64);
            i64::from(match cond {
                IntCC::Equal => a == b,
                IntCC::NotEqual => a != b,
                IntCC::SignedLessThan => a < b,
                IntCC::SignedLessThanOrEqual => a <= b,
                IntCC::SignedGreaterThan => a > b,
                IntCC::SignedGreaterThanOrEqual => a >= b,
                IntCC::UnsignedLessThan => ua < ub,
                IntCC::UnsignedLessThanOrEqual => ua <= ub,
                IntCC::UnsignedGreaterThan => ua > ub,
                IntCC::UnsignedGreaterThanOrEqual => ua >= ub,
            })
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::ir::MemFlagsData;

    /// A loop of two blocks: `n` loads at index `i`, then `i + 1 < 100` to continue. As
    /// the translator emits it (`shared`: one extension and one address for all the
    /// loads, the branch on the compare's i8) or as it did before it shared them (an
    /// extension and an address per load, the compare widened to i32).
    fn two_block_loop(n: usize, shared: bool) -> (ir::Function, LoopShape, Value) {
        let mut func = ir::Function::new();
        let [entry, head, body, exit] = [(); 4].map(|_| func.dfg.make_block());
        let vmctx = func.dfg.append_block_param(entry, types::I64);
        let i0 = func.dfg.append_block_param(entry, types::I32);
        let i = func.dfg.append_block_param(head, types::I32);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(entry);
        let ro = MemFlagsData::trusted().with_readonly();
        let base = cur.ins().load(types::I64, ro, vmctx, 8);
        cur.ins().jump(head, &[i0.into()]);
        cur.insert_block(head);
        let mut addr = None;
        for k in 0..n {
            let a = match addr {
                Some(a) if shared => a,
                _ => {
                    let x = cur.ins().uextend(types::I64, i);
                    cur.ins().iadd(base, x)
                }
            };
            addr = Some(a);
            cur.ins()
                .load(types::I32, MemFlagsData::new(), a, 4 * k as i32);
        }
        cur.ins().jump(body, &[]);
        cur.insert_block(body);
        let next = cur.ins().iadd_imm_s(i, 1);
        let more = cur.ins().icmp_imm_s(IntCC::SignedLessThan, next, 100);
        let more = if shared {
            more
        } else {
            cur.ins().uextend(types::I32, more)
        };
        cur.ins().brif(more, head, &[next.into()], exit, &[]);
        cur.insert_block(exit);
        cur.ins().return_(&[]);
        (func, LoopShape::new(vec![head, body], body), base)
    }

    /// The copy limit counts a loop as the translator emitted it before it shared
    /// extensions and addresses and left compares unwidened, so the same loops are
    /// copied.
    #[test]
    fn copy_limit_counts_shared_values_per_use() {
        for n in [1, 2, 5] {
            let [before, now] = [false, true].map(|shared| {
                let (func, lp, base) = two_block_loop(n, shared);
                copied_insts(&func, &lp, usize::MAX, &[(base, true)])
            });
            // Per load: the load, its address, extension and base load; then the
            // jump, the increment and its constant, the compare and its constant,
            // the widening and the branch.
            assert_eq!(before, 4 * n + 7, "{n} loads");
            assert_eq!(now, before, "{n} loads");
        }
    }
}

#[cfg(test)]
mod entry_rejection_tests {
    use super::*;

    #[test]
    fn entry_tests_that_reject_every_entry() {
        let mut func = ir::Function::new();
        let b = func.dfg.make_block();
        let x = func.dfg.append_block_param(b, types::I32);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(b);
        let zero = cur.ins().iconst(types::I32, 0);
        let fifteen = cur.ins().iconst(types::I32, 15);
        let exit = |cc, step, bound| Exit {
            iv: Iv {
                index: 0,
                step,
                var: None,
            },
            next: true,
            cc,
            bound,
            wide: false,
        };
        let rejects = |e: Exit, from: Value| rejects_every_entry(&func, &e, &[from]);
        // `!=`: down from 0 to `x` (sort's remainder loop) or up from `x` to 0 wrap.
        assert!(rejects(exit(IntCC::NotEqual, -1, Some(x)), zero));
        assert!(rejects(exit(IntCC::NotEqual, 1, Some(zero)), x));
        // Down from `x` to zero (`brif x`), up from 0 to `x`: they need not.
        assert!(!rejects(exit(IntCC::NotEqual, -1, None), x));
        assert!(!rejects(exit(IntCC::NotEqual, 1, Some(x)), zero));
        // memcpy's `(n -= 32) > 15`: n in [16, 31] would wrap; by 16 it cannot.
        assert!(rejects(
            exit(IntCC::UnsignedGreaterThan, -32, Some(fifteen)),
            x
        ));
        assert!(!rejects(
            exit(IntCC::UnsignedGreaterThan, -16, Some(fifteen)),
            x
        ));
        assert!(!rejects(exit(IntCC::UnsignedLessThan, 1, Some(x)), zero));
    }
}
