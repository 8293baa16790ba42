//! Reusing and hoisting loads of the memory size.
//!
//! Every bounds check loads the memory's current size from the instance. The size only
//! changes inside a call (`memory.grow` is a runtime call, and any wasm call may grow
//! memory), so between two calls every load of it gives the same value. Cranelift's
//! own redundant-load elimination sees this within a block but often not across blocks
//! of a loop that contains a call: its fixpoint keeps a stale "last store" for blocks
//! it visited before the back edge, so each block of such a loop reloads the size
//! (and recomputes `size - end`) before each of its checks. It also never moves a load
//! out of a loop, so a loop without calls reloads the size every iteration.
//!
//! This pass does both exactly, for the loads tagged with the memory-size flags only:
//!
//! 1. **Memory versions.** The "memory state" is treated as an SSA variable defined at
//!    function entry and by every *clobber*: a call, an atomic or fence, or a store that
//!    may write the instance (its alias region, or no region). Phis go at the iterated
//!    dominance frontier of the defining blocks (minimal SSA), so each program point
//!    has exactly one reaching version.
//! 2. **Placement.** A load `L` with version `V` moves up the dominator tree to the end
//!    of the highest dominating block whose exit version is also `V` (and whose
//!    terminator is no clobber: after a `try_call` there is no end of block to place a
//!    load at), without leaving
//!    a loop that contains `L`'s block (only into blocks at the same or a shallower
//!    loop nesting that still contain it), and only where its address is defined. It is
//!    then replaced by an earlier load with the same address, offset, type and version
//!    that dominates that point, if there is one.
//! 3. Loads of the size that nothing uses any more (their checks were removed by the
//!    bounds-check rewrites) are deleted.
//!
//! Why (2) is exact: if a point `X` dominates `L` and both have version `V`, no path
//! from `X` to `L` passes a clobber. Such a path would have to re-establish `V` after
//! the clobber, at `V`'s defining point `P`, and reach `L` from there without passing
//! `X` again; but `P` is reachable from the entry without passing `X` (every path to
//! `X` passes `P` first), which would give a path to `L` that avoids `X`. So the
//! size read at `X` is the size at `L`. Moving the load itself is safe anywhere: it
//! reads a field of the instance, which is always mapped (`notrap`).
//!
//! A **shared memory** (threads) may also grow in another thread between two clobbers.
//! Reusing the earlier load is still sound, since sizes only increase and the base never
//! moves, so a check against it can only be stricter; and it is exact, because the
//! thread can learn of another thread's growth only through an atomic, a fence or a
//! call (all clobbers), so before one the older size is a value the program could have
//! read (see `checks.rs`).

use cranelift_codegen::entity::{EntitySet, SecondaryMap};
use cranelift_codegen::ir::{self, MemFlagsData, Opcode, Value};
use rustc_hash::FxHashMap as HashMap;

/// The memory state reaching a program point: the entry's, the one after a clobber,
/// or the merge at the start of a block (a phi).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Version {
    Entry,
    After(ir::Inst),
    Merge(ir::Block),
}

/// What identifies one size field: address, offset and type of the load.
type LoadKey = (Value, i32, ir::Type);

/// How many times the instructions in the layout use each value (aliases resolved), as
/// [`reuse_size_loads`] counts them in its scan, for `operands::size_operands`, which
/// needs the same count: the passes in between (`checks::lower_unit_checks`,
/// `checks::hold_loop_limits`) keep it up to date, which spares a second scan of every
/// instruction (about 1% of the DICOM reader's compile; bench/large-modules.md,
/// "cspeed11").
pub(crate) struct Uses {
    pub counts: SecondaryMap<Value, u32>,
    /// Every removable instruction in the layout whose results may all be unused; the
    /// others' results are used.
    pub maybe_dead: Vec<ir::Inst>,
    /// What the later passes look for, found by the same scan, so that they need not
    /// scan every instruction again (their two scans of the structured report's 3 M
    /// instructions were about 0.4% of its compile; bench/large-modules.md,
    /// "cspeed14"). Instructions removed since are still listed (the passes skip those
    /// no longer in the layout); nothing in between adds or moves any of them.
    pub found: Found,
}

/// The instructions of the kinds [`Uses::found`] lists, in layout order.
#[derive(Default)]
pub(crate) struct Found {
    /// Every `icmp sgt` (`checks::lower_unit_checks`' candidates); `None` once that
    /// pass took them.
    pub sgt_compares: Option<Vec<ir::Inst>>,
    /// Every `trapnz` and `smin` (`operands::size_operands`' candidates); `None` once a
    /// pass made new ones (`checks::hold_loop_limits`' `smin`s): then they are found by
    /// a scan again.
    pub traps_and_smins: Option<Vec<ir::Inst>>,
}

impl Found {
    /// Empty lists, to be filled by a scan.
    fn new() -> Found {
        Found {
            sgt_compares: Some(Vec::new()),
            traps_and_smins: Some(Vec::new()),
        }
    }

    /// Lists `inst` if it is of one of the kinds.
    fn note(&mut self, func: &ir::Function, inst: ir::Inst) {
        match func.dfg.insts[inst] {
            ir::InstructionData::IntCompare {
                opcode: Opcode::Icmp,
                cond: ir::condcodes::IntCC::SignedGreaterThan,
                ..
            } => {
                if let Some(list) = &mut self.sgt_compares {
                    list.push(inst);
                }
            }
            ir::InstructionData::CondTrap {
                opcode: Opcode::Trapnz,
                ..
            }
            | ir::InstructionData::Binary {
                opcode: Opcode::Smin,
                ..
            } => {
                if let Some(list) = &mut self.traps_and_smins {
                    list.push(inst);
                }
            }
            _ => {}
        }
    }

    /// The instructions of `func`'s layout of the kinds listed, by a scan.
    pub(crate) fn scan(func: &ir::Function) -> Found {
        let mut found = Found::new();
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                found.note(func, inst);
            }
        }
        found
    }
}

impl Uses {
    /// Counts the uses in `func` from scratch; every removable instruction may be dead.
    pub(crate) fn count(func: &ir::Function) -> Uses {
        let mut counts = SecondaryMap::with_capacity(func.dfg.num_values());
        counts.resize(func.dfg.num_values());
        let mut maybe_dead = Vec::new();
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                for v in func.dfg.inst_values(inst) {
                    counts[super::resolved(&func.dfg, v)] += 1;
                }
                if removable(func, inst) {
                    maybe_dead.push(inst);
                }
            }
        }
        Uses {
            counts,
            maybe_dead,
            found: Found::scan(func),
        }
    }

    /// One use of `v` (an operand of an instruction in the layout) is gone; if that
    /// was its last, its defining instruction may be dead.
    pub(crate) fn remove(&mut self, func: &ir::Function, v: Value) {
        let v = super::resolved(&func.dfg, v);
        self.counts[v] -= 1;
        if self.counts[v] == 0 {
            if let ir::ValueDef::Result(d, _) = func.dfg.value_def(v) {
                if removable(func, d) {
                    self.maybe_dead.push(d);
                }
            }
        }
    }

    /// One more use of `v`.
    pub(crate) fn add(&mut self, func: &ir::Function, v: Value) {
        self.counts[super::resolved(&func.dfg, v)] += 1;
    }

    /// Debug builds: the counts are those of a fresh count, and every removable
    /// instruction with no used result is in `maybe_dead`.
    pub(crate) fn debug_assert_exact(&self, func: &ir::Function) {
        if cfg!(debug_assertions) {
            let fresh = Uses::count(func);
            for v in func.dfg.values() {
                assert_eq!(self.counts[v], fresh.counts[v], "uses of {v}:\n{func}");
            }
            for inst in fresh.maybe_dead {
                let dead = func
                    .dfg
                    .inst_results(inst)
                    .iter()
                    .all(|&r| fresh.counts[r] == 0);
                assert!(
                    !dead || self.maybe_dead.contains(&inst),
                    "dead {inst} not listed:\n{func}"
                );
            }
            self.found.debug_assert_exact(func);
        }
    }
}

impl Found {
    /// Debug builds: the lists, without the instructions no longer in the layout, are
    /// those a scan finds.
    pub(crate) fn debug_assert_exact(&self, func: &ir::Function) {
        if cfg!(debug_assertions) {
            let fresh = Found::scan(func);
            let live = |list: &[ir::Inst]| -> Vec<ir::Inst> {
                (list.iter().copied())
                    .filter(|&i| func.layout.inst_block(i).is_some())
                    .collect()
            };
            if let Some(list) = &self.sgt_compares {
                assert_eq!(Some(live(list)), fresh.sgt_compares, "compares:\n{func}");
            }
            if let Some(list) = &self.traps_and_smins {
                assert_eq!(
                    Some(live(list)),
                    fresh.traps_and_smins,
                    "traps and smins:\n{func}"
                );
            }
        }
    }
}

/// Applies the rewrites of the module comment to the loads with flags `size_flags`;
/// returns how many loads were removed, the uses of every value afterwards, and the
/// kept loads that were moved up or replace others (for [`sink_to_uses`]).
/// `an`: the function's analyses, shared with the other passes (its CFG is left as
/// it is).
pub(crate) fn reuse_size_loads(
    func: &mut ir::Function,
    size_flags: MemFlagsData,
    an: &mut super::ssa::Cached,
) -> (usize, Uses, Vec<ir::Inst>) {
    let region = size_flags.alias_region();
    let is_size_load = |func: &ir::Function, inst: ir::Inst| -> Option<LoadKey> {
        match func.dfg.insts[inst] {
            ir::InstructionData::Load {
                opcode: Opcode::Load,
                arg,
                offset,
                ..
            } if func.dfg.insts[inst].memflags_data(&func.dfg) == Some(size_flags) => Some((
                super::resolved(&func.dfg, arg),
                offset.into(),
                func.dfg.value_type(func.dfg.first_result(inst)),
            )),
            _ => None,
        }
    };
    // Whether `inst` (of class `class`, see `op_class`) is a clobber.
    let is_clobber = |func: &ir::Function, inst: ir::Inst, class: u8| -> bool {
        if class & ALWAYS_CLOBBERS != 0 {
            return true;
        }
        if class & STORES == 0 {
            return false;
        }
        let r = func.dfg.insts[inst].alias_region(&func.dfg);
        r.is_none() || r == region
    };

    let mut loads = 0usize;
    // (The maps by block are sized up front: `block_map`.)
    let mut last_clobber: SecondaryMap<ir::Block, Option<ir::Inst>> = block_map(func);
    let mut clobbered: Vec<ir::Block> = Vec::new();
    // The size loads and clobbers of each block in layout order (whether each is a
    // clobber), and each block's range of them: the placement below visits only these.
    // (It moves loads only into blocks it has already visited, so a block still holds
    // exactly these when its turn comes.)
    let mut events: Vec<(ir::Inst, bool)> = Vec::new();
    let mut block_events: SecondaryMap<ir::Block, (u32, u32)> = block_map(func);
    // For step 3, from the same scan: the removable instructions, and how many times
    // the instructions in the layout use each value (aliases resolved). The placement
    // only moves size loads and removes some of them from the layout (it keeps the
    // counts up to date), so these still hold after it.
    // (Room for every instruction, most of which are removable: grown on demand, the
    // list was reallocated and copied at every doubling.)
    let mut pure: Vec<ir::Inst> = Vec::with_capacity(func.dfg.num_insts());
    // (Sized up front, not grown on demand a value at a time.)
    let mut uses: SecondaryMap<Value, u32> = SecondaryMap::with_capacity(func.dfg.num_values());
    uses.resize(func.dfg.num_values());
    let mut found = Found::new();
    for block in func.layout.blocks() {
        let first = events.len() as u32;
        for inst in func.layout.block_insts(block) {
            // (`super::for_each_use` and the tests below, with the instruction's data
            // and opcode read once: this loop visits every instruction.)
            let data = &func.dfg.insts[inst];
            let op = data.opcode();
            let args = data.arguments(&func.dfg.value_lists);
            for &v in args {
                uses[super::resolved(&func.dfg, v)] += 1;
            }
            if op.is_terminator() {
                for v in func.dfg.inst_values(inst).skip(args.len()) {
                    uses[super::resolved(&func.dfg, v)] += 1;
                }
            }
            if op == Opcode::Load && is_size_load(func, inst).is_some() {
                loads += 1;
                events.push((inst, false));
                continue;
            }
            let class = op_class(op);
            if class & NOTED != 0 {
                found.note(func, inst);
            }
            if is_clobber(func, inst, class) {
                if last_clobber[block].is_none() {
                    clobbered.push(block);
                }
                last_clobber[block] = Some(inst);
                events.push((inst, true));
            }
            if class & REMOVABLE != 0 {
                pure.push(inst);
            }
        }
        block_events[block] = (first, events.len() as u32);
    }
    // (Nothing is placed or removed: every removable instruction may be dead.)
    let unchanged = |uses, pure, found| {
        (
            0,
            Uses {
                counts: uses,
                maybe_dead: pure,
                found,
            },
            Vec::new(),
        )
    };
    if loads == 0 {
        return unchanged(uses, pure, found);
    }
    let super::ssa::Analyses {
        cfg,
        domtree,
        loops,
    } = an.get(func);
    let Some(entry) = func.layout.entry_block() else {
        return unchanged(uses, pure, found);
    };
    if cfg.pred_iter(entry).next().is_some() {
        return unchanged(uses, pure, found);
    }
    let rpo: Vec<ir::Block> = domtree.cfg_rpo().copied().collect();

    // Merges: the iterated dominance frontier of the blocks that define a version.
    let merges = super::ssa::iterated_frontier_of(
        cfg,
        domtree,
        std::iter::once(entry).chain(clobbered.iter().copied()),
    );

    // Version at the entry and at the exit of every reachable block.
    let mut ver_in: SecondaryMap<ir::Block, Option<Version>> = block_map(func);
    let mut ver_out: SecondaryMap<ir::Block, Option<Version>> = block_map(func);
    for &b in &rpo {
        let v = if b == entry {
            Version::Entry
        } else if merges.contains(&b) {
            Version::Merge(b)
        } else {
            let idom = domtree
                .idom(b)
                .expect("reachable non-entry block has an idom");
            ver_out[idom].expect("dominators first")
        };
        ver_in[b] = Some(v);
        ver_out[b] = Some(last_clobber[b].map_or(v, Version::After));
    }

    // How far a load at the start of each block may climb (the walk of step 2 without
    // its address condition), dominators first: from `b` to its idom `up` when `up`'s
    // exit version is `b`'s entry version, `up` lies in no loop that
    // does not contain `b`, and does not end in a clobber; then on as `up` would,
    // unless `up` holds a clobber (its entry version differs, so the walk ends there).
    // This is what the walk gives step by step: a loop containing a dominator of `up`
    // contains `b` exactly when it contains `up` (`up` lies on every path from the
    // loop's header to `b`), and without a clobber in `up` its entry and exit versions
    // agree. Computed once, it keeps placement linear in deep dominator trees.
    let mut climb: SecondaryMap<ir::Block, Option<ir::Block>> = block_map(func);
    for &b in &rpo {
        let top = match domtree.idom(b) {
            Some(up)
                if ver_out[up] == ver_in[b]
                    && loops
                        .innermost_loop(up)
                        .is_none_or(|lp| loops.is_in_loop(b, lp))
                    && func
                        .layout
                        .last_inst(up)
                        .is_none_or(|t| last_clobber[up] != Some(t)) =>
            {
                if last_clobber[up].is_some() {
                    up
                } else {
                    climb[up].expect("dominators first")
                }
            }
            _ => b,
        };
        climb[b] = Some(top);
    }

    // Placement and reuse, dominators first.
    let mut placed: HashMap<(LoadKey, Version), Vec<ir::Inst>> = HashMap::default();
    let mut removed = 0;
    // The kept loads moved up or that replace another (a load may be both).
    let mut hoisted: Vec<ir::Inst> = Vec::new();
    for &b in &rpo {
        let (first, end) = block_events[b];
        let mut cur = ver_in[b].expect("reachable");
        for &(inst, clobber) in &events[first as usize..end as usize] {
            if clobber {
                cur = Version::After(inst);
                continue;
            }
            let Some(key) = is_size_load(func, inst) else {
                continue;
            };
            // The highest point with the same version that dominates `inst`, where
            // the address is defined: the blocks the address's block dominates are
            // the lower end of the path from `b` up to `climb[b]`.
            let target = if Some(cur) == ver_in[b] {
                let top = climb[b].expect("reachable");
                let def_block = match func.dfg.value_def(key.0) {
                    ir::ValueDef::Param(pb, _) => Some(pb),
                    ir::ValueDef::Result(def, _) => {
                        Some(func.layout.inst_block(def).expect("in layout"))
                    }
                    _ => None,
                };
                match def_block {
                    Some(db) if domtree.block_dominates(db, top) => top,
                    Some(db) if db != b && domtree.block_dominates(db, b) => db,
                    _ => b,
                }
            } else {
                b
            };
            let point = if target == b {
                inst
            } else {
                func.layout
                    .last_inst(target)
                    .expect("block has a terminator")
            };
            let list = placed.entry((key, cur)).or_default();
            if let Some(&prev) = list
                .iter()
                .find(|&&p| domtree.dominates(p, point, &func.layout))
            {
                func.layout.remove_inst(inst);
                // Its uses become `prev`'s, and its own use of the address goes.
                let (from, to) = (func.dfg.first_result(inst), func.dfg.first_result(prev));
                uses[to] += std::mem::take(&mut uses[from]);
                for v in func.dfg.inst_values(inst) {
                    uses[super::resolved(&func.dfg, v)] -= 1;
                }
                func.dfg.replace_with_aliases(inst, prev);
                removed += 1;
                hoisted.push(prev);
                continue;
            }
            if target != b {
                func.layout.remove_inst(inst);
                func.layout.insert_inst(inst, point);
                hoisted.push(inst);
            }
            list.push(inst);
        }
    }

    // Size loads nothing uses any more: those whose results no instruction in the
    // layout uses, directly or through pure instructions that are dead in turn (the
    // compare and subtraction of a removed check are still in the layout until
    // Cranelift drops them). The candidates are the size loads still in the layout and
    // the removable instructions; every other instruction in the layout has an effect,
    // and its uses keep their values. Deleting a dead candidate drops its own uses,
    // which may leave the candidates defining those values dead: the walk peels the
    // dead candidates off from the last use back (pure values form no cycles outside
    // block parameters, which are never candidates), so it finds exactly those whose
    // results no instruction with an effect reaches.
    let candidates = || {
        events
            .iter()
            .filter(|&&(inst, clobber)| !clobber && func.layout.inst_block(inst).is_some())
            .map(|&(inst, _)| (inst, true))
            .chain(pure.iter().map(|&inst| (inst, false)))
    };
    let unused = |inst: ir::Inst, uses: &SecondaryMap<Value, u32>| {
        func.dfg.inst_results(inst).iter().all(|&r| uses[r] == 0)
    };
    let mut dead_set: EntitySet<ir::Inst> = EntitySet::new();
    let mut work: Vec<ir::Inst> = Vec::new();
    for (inst, _) in candidates() {
        if unused(inst, &uses) && dead_set.insert(inst) {
            work.push(inst);
        }
    }
    while let Some(inst) = work.pop() {
        release_operands(func, inst, &mut uses, |def, uses| {
            let candidate = func.layout.inst_block(def).is_some()
                && (is_size_load(func, def).is_some() || removable(func, def));
            if candidate && unused(def, uses) && dead_set.insert(def) {
                work.push(def);
            }
        });
    }
    // Remove them, and the pure instructions whose results are dead (Cranelift would
    // drop those anyway, but must not see a use of a removed load).
    let mut dead = Vec::new();
    for (inst, size_load) in candidates() {
        if dead_set.contains(inst) {
            removed += usize::from(size_load);
            dead.push(inst);
        }
    }
    for inst in dead {
        func.layout.remove_inst(inst);
    }
    // Every removable instruction left has a used result (the walk removed all the
    // others), so none may be dead.
    hoisted.sort_unstable();
    hoisted.dedup();
    (
        removed,
        Uses {
            counts: uses,
            maybe_dead: Vec::new(),
            found,
        },
        hoisted,
    )
}

/// A map with an entry for every block of `func`, allocated once: grown on demand it
/// reallocates an entry at a time (`SecondaryMap`'s `IndexMut` resizes to the index),
/// 54 M instructions for `reuse_size_loads`' five maps on the structured report
/// (bench/large-modules.md, "cspeed14").
fn block_map<V: Clone + Default>(func: &ir::Function) -> SecondaryMap<ir::Block, V> {
    let mut map = SecondaryMap::with_capacity(func.dfg.num_blocks());
    map.resize(func.dfg.num_blocks());
    map
}

/// [`sink_to_uses`] moves loads out of loops only in functions of at most this many
/// instructions whose loops the prechecks copied.
pub(crate) const SINK_OUT_OF_LOOPS_MAX: usize = 2_000;

/// Last step of the pipeline: each load of `hoisted` (kept loads that
/// [`reuse_size_loads`] moved up or that replace others) still in the layout and in a
/// loop (or anywhere, when `copied`: see below) moves down the dominator tree to the nearest common dominator of the uses the later
/// passes left it (before the first use there, or at the end of that block), but not
/// into a loop it is not in: then to the end of the immediate dominator of the
/// outermost such loop's header. The passes after placement remove most uses on
/// x86_64 (`operands` reads the limits from memory), so a load the placement put in
/// a loop header for the checks of every handler of an interpreter's dispatch loop
/// may be left with one use in one handler (Lua's `luaV_execute`: one load per Lua
/// instruction for a check in one rare handler, bench/profile.md). Only moves across
/// blocks; returns how many loads moved.
///
/// `copied`: the loop prechecks copied a loop of the function. Their entry tests read
/// the size, and a load placed for them and the loop's checks lands above the branches
/// that lead to the loop, where every call runs it, and keeps a register across them:
/// musl's `memcpy` (a load and a saved register on each of parse's 4.7 M calls, whose
/// copied loops rarely run) and `__fwritex` (a loop that runs 6 times in 2.2 M calls).
/// Loads out of loops are then candidates too, in functions of at most
/// [`SINK_OUT_OF_LOOPS_MAX`] instructions, where a load per call weighs most; in larger
/// ones, moving it only changed the register allocation, for the worse as often as not
/// (miniz's `flush_block`: +2.4 M instructions; bench/profile.md, "rt38").
///
/// Exact: the load reads the size of its version `V` at its point `P`, and every use
/// reads it with no clobber on any path from `P` to the use that does not pass `P`
/// again (what the placement guarantees; otherwise a use would see a stale size). The
/// new point `X` lies on the dominator tree between `P` and the uses; every path from
/// `P` to `X` continues to a use without passing `P` (along a simple path from the
/// entry to that use, which passes `P`, then `X`), so it passes no clobber either.
pub(crate) fn sink_to_uses(
    func: &mut ir::Function,
    hoisted: &[ir::Inst],
    an: &mut super::ssa::Cached,
    copied: bool,
) -> usize {
    // Per candidate: its block, the nearest common dominator of the uses seen so far
    // and the first use seen in it, and whether it may move at all.
    struct Cand {
        inst: ir::Inst,
        block: ir::Block,
        ncd: Option<ir::Block>,
        first: Option<ir::Inst>,
        stuck: bool,
    }
    if hoisted.is_empty() {
        return 0;
    }
    let out_of_loops = copied && !super::checks::insts_exceed(func, SINK_OUT_OF_LOOPS_MAX);
    // Only loads in a loop: out of loops a load runs once per call of the function,
    // and sinking it is not worth a scan of the blocks it dominates (0.9% of the
    // DICOM reader's compile when every hoisted load was a candidate); but for the
    // functions with copied loops (`copied`), which are few.
    let super::ssa::Analyses { domtree, loops, .. } = an.get(func);
    let mut cands: Vec<Cand> = hoisted
        .iter()
        .filter_map(|&inst| {
            let block = func.layout.inst_block(inst)?;
            if !out_of_loops {
                loops.innermost_loop(block)?;
            }
            Some(Cand {
                inst,
                block,
                ncd: None,
                first: None,
                stuck: false,
            })
        })
        .collect();
    if cands.is_empty() {
        return 0;
    }
    // The candidates' results (a set: a map by value would be sized to the function's
    // values in every function with a candidate), sorted, to find a candidate by its
    // result.
    let mut is_cand: EntitySet<Value> = EntitySet::new();
    let mut by_result: Vec<(Value, usize)> = Vec::with_capacity(cands.len());
    for (k, c) in cands.iter().enumerate() {
        let r = func.dfg.first_result(c.inst);
        is_cand.insert(r);
        by_result.push((r, k));
    }
    by_result.sort_unstable();
    // The blocks some candidate dominates (no others hold a use), each marked once.
    let mut under: EntitySet<ir::Block> = EntitySet::new();
    let mut work: Vec<ir::Block> = Vec::new();
    for c in &cands {
        if under.insert(c.block) {
            work.push(c.block);
        }
        while let Some(b) = work.pop() {
            for child in domtree.children(b) {
                if under.insert(child) {
                    work.push(child);
                }
            }
        }
    }
    // The uses there. The nearest common dominator only climbs, so each candidate's
    // climbs take at most its depth in the dominator tree in all.
    for block in func.layout.blocks() {
        if !under.contains(block) {
            continue;
        }
        for inst in func.layout.block_insts(block) {
            super::for_each_use(&func.dfg, inst, |v| {
                let v = super::resolved(&func.dfg, v);
                if !is_cand.contains(v) {
                    return;
                }
                let k = by_result[by_result.partition_point(|&(r, _)| r < v)].1;
                let c = &mut cands[k];
                if c.stuck {
                    return;
                }
                let mut ncd = c.ncd.unwrap_or(block);
                while !domtree.block_dominates(ncd, block) {
                    match domtree.idom(ncd) {
                        Some(up) => ncd = up,
                        None => {
                            c.stuck = true;
                            return;
                        }
                    }
                }
                if c.ncd != Some(ncd) {
                    c.ncd = Some(ncd);
                    c.first = None;
                }
                if ncd == block && c.first.is_none() {
                    c.first = Some(inst);
                }
            });
        }
    }
    let mut moved = 0;
    for c in &cands {
        let Some(ncd) = c.ncd else { continue };
        if c.stuck || ncd == c.block || !domtree.block_dominates(c.block, ncd) {
            continue;
        }
        // Out of every loop around `ncd` that does not contain the load's block.
        let mut outer = None;
        let mut lp = loops.innermost_loop(ncd);
        while let Some(l) = lp {
            if loops.is_in_loop(c.block, l) {
                break;
            }
            outer = Some(l);
            lp = loops.loop_parent(l);
        }
        let (target, point) = match outer {
            Some(l) => {
                let Some(up) = domtree.idom(loops.loop_header(l)) else {
                    continue;
                };
                (up, None)
            }
            None => (ncd, c.first),
        };
        if target == c.block {
            continue;
        }
        let Some(point) = point.or_else(|| func.layout.last_inst(target)) else {
            continue;
        };
        if point == c.inst || func.dfg.insts[point].opcode().is_call() {
            continue;
        }
        func.layout.remove_inst(c.inst);
        func.layout.insert_inst(c.inst, point);
        moved += 1;
    }
    moved
}

/// Takes one use of each of `inst`'s operands off `uses` and calls `dead` with the
/// defining instruction of each operand left with none (and the counts).
pub(super) fn release_operands(
    func: &ir::Function,
    inst: ir::Inst,
    uses: &mut SecondaryMap<Value, u32>,
    mut dead: impl FnMut(ir::Inst, &SecondaryMap<Value, u32>),
) {
    super::for_each_use(&func.dfg, inst, |v| {
        let v = super::resolved(&func.dfg, v);
        if uses[v] > 0 {
            uses[v] -= 1;
            if uses[v] == 0 {
                if let ir::ValueDef::Result(d, _) = func.dfg.value_def(v) {
                    dead(d, uses);
                }
            }
        }
    });
}

/// Whether `inst` has no effect besides its results (so it is dead when they are).
pub(super) fn removable(func: &ir::Function, inst: ir::Inst) -> bool {
    removable_op(func.dfg.insts[inst].opcode())
}

/// What [`reuse_size_loads`]' scan asks of each instruction's opcode, as bits of
/// [`op_class`]: it visits every instruction, and the seven or so opcode tests cost
/// more than one table lookup (bench/large-modules.md, "cspeed15").
const REMOVABLE: u8 = 1;
/// A call, an atomic or a fence: always a clobber.
const ALWAYS_CLOBBERS: u8 = 2;
/// May store: a clobber unless its alias region is another one.
const STORES: u8 = 4;
/// Of a kind [`Found`] lists (`icmp`, `trapnz`, `smin`).
const NOTED: u8 = 8;

/// The class bits of `op` (see [`REMOVABLE`]), from a table built once.
fn op_class(op: Opcode) -> u8 {
    static TABLE: std::sync::OnceLock<[u8; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u8; 256];
        for &op in Opcode::all() {
            let always = always_clobbers(op);
            let bit = |yes: bool, bit: u8| if yes { bit } else { 0 };
            t[op as u8 as usize] = bit(removable_op(op), REMOVABLE)
                | bit(always, ALWAYS_CLOBBERS)
                | bit(!always && op.can_store(), STORES)
                | bit(
                    matches!(op, Opcode::Icmp | Opcode::Trapnz | Opcode::Smin),
                    NOTED,
                );
        }
        t
    });
    table[op as u8 as usize]
}

/// Whether `op` clobbers every size load whatever its operands (calls, atomics, fences):
/// the table's `ALWAYS_CLOBBERS` bit.
fn always_clobbers(op: Opcode) -> bool {
    op.is_call()
        || matches!(
            op,
            Opcode::AtomicRmw
                | Opcode::AtomicCas
                | Opcode::AtomicLoad
                | Opcode::AtomicStore
                | Opcode::Fence
        )
}

/// [`removable`], given the instruction's opcode.
fn removable_op(op: Opcode) -> bool {
    !(op.is_call()
        || op.is_terminator()
        || op.is_branch()
        || op.can_load()
        || op.can_store()
        || op.can_trap()
        || op.other_side_effects())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translate::bounds::ssa::Cached;

    /// The `n`th compare in `func`'s layout.
    fn layout_icmp(func: &ir::Function, n: usize) -> ir::Inst {
        let block = func.layout.entry_block().expect("a block");
        (func.layout.block_insts(block))
            .filter(|&i| func.dfg.insts[i].opcode() == Opcode::Icmp)
            .nth(n)
            .expect("a compare")
    }
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    use cranelift_codegen::ir::{types, InstBuilder, TrapCode};

    /// The table of opcode classes says what the opcode tests say, for every opcode.
    #[test]
    fn op_classes_match_the_opcode_tests() {
        for &op in Opcode::all() {
            let class = op_class(op);
            let always = always_clobbers(op);
            assert_eq!(class & REMOVABLE != 0, removable_op(op), "{op}");
            assert_eq!(class & ALWAYS_CLOBBERS != 0, always, "{op}");
            assert_eq!(class & STORES != 0, !always && op.can_store(), "{op}");
            let noted = [Opcode::Icmp, Opcode::Trapnz, Opcode::Smin].contains(&op);
            assert_eq!(class & NOTED != 0, noted, "{op}");
        }
        // Spot checks: a call and a store clobber, an add is pure.
        assert_eq!(op_class(Opcode::Call), ALWAYS_CLOBBERS);
        assert_eq!(op_class(Opcode::Store), STORES);
        assert_eq!(op_class(Opcode::Iadd), REMOVABLE);
        assert_eq!(op_class(Opcode::Icmp), REMOVABLE | NOTED);
    }

    /// Step 3 deletes chains of dead instructions to their end, and keeps a load whose
    /// only uses came from a load it replaced (through the alias).
    #[test]
    fn deletes_dead_chains_and_keeps_reused_loads() {
        let mut func = ir::Function::new();
        let flags = crate::translate::bounds::tests::size_flags(&mut func);
        let b = func.dfg.make_block();
        let vmctx = func.dfg.append_block_param(b, types::I64);
        let idx = func.dfg.append_block_param(b, types::I64);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(b);
        // A check whose trap was removed: its load, limit and compare are dead.
        let s1 = cur.ins().load(types::I64, flags, vmctx, 8);
        let lim1 = cur.ins().iadd_imm_s(s1, -4);
        cur.ins()
            .icmp(ir::condcodes::IntCC::SignedGreaterThan, idx, lim1);
        // The same load again, replaced by the first one; its check is live.
        let s2 = cur.ins().load(types::I64, flags, vmctx, 8);
        let lim2 = cur.ins().iadd_imm_s(s2, -8);
        let c2 = cur
            .ins()
            .icmp(ir::condcodes::IntCC::SignedGreaterThan, idx, lim2);
        cur.ins().trapnz(c2, TrapCode::unwrap_user(1));
        // A dead chain three deep, and a live value.
        let x = cur.ins().iadd_imm_s(idx, 1);
        let y = cur.ins().imul(x, x);
        cur.ins().iadd(y, x);
        let w = cur.ins().iadd_imm_s(idx, 2);
        cur.ins().return_(&[w]);
        let def = |func: &ir::Function, v: Value| func.dfg.value_def(v).unwrap_inst();
        let [s1_load, s2_load, x_inst, w_inst] = [s1, s2, x, w].map(|v| def(&func, v));
        let (removed, uses, _) = reuse_size_loads(&mut func, flags, &mut Cached::default());
        uses.debug_assert_exact(&func);
        // The scan listed both compares (the dead one is gone from the layout since)
        // and the trap, for the passes after it.
        let c1 = layout_icmp(&func, 0);
        let sgt = uses.found.sgt_compares.as_deref().expect("listed");
        assert_eq!(sgt.len(), 2, "{sgt:?}");
        assert!(func.layout.inst_block(sgt[0]).is_none() && sgt[1] == c1);
        assert_eq!(uses.found.traps_and_smins.as_ref().map(Vec::len), Some(1));
        // The second load is replaced; the first one stays, since the second check
        // now reads it (without counting those uses it would be deleted as dead).
        assert_eq!(removed, 1);
        let layout = &func.layout;
        assert!(layout.inst_block(s1_load).is_some());
        assert!(layout.inst_block(s2_load).is_none());
        assert_eq!(func.dfg.resolve_aliases(s2), s1);
        assert!(layout.inst_block(w_inst).is_some());
        assert!(
            layout.inst_block(x_inst).is_none(),
            "dead chain left:\n{func}"
        );
        // What is left: the load, the live check, `w` and the return.
        let left: Vec<ir::Opcode> = layout
            .block_insts(b)
            .map(|i| func.dfg.insts[i].opcode())
            .collect();
        use ir::Opcode::*;
        assert_eq!(
            left,
            [Load, Iconst, Iadd, Icmp, Trapnz, Iconst, Iadd, Return],
            "{func}"
        );
    }
}
