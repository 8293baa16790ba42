//! Dominance frontiers, and SSA repair after regions of blocks were duplicated.

use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::entity::{EntityRef, SecondaryMap};
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, Block, Value};
use cranelift_codegen::loop_analysis::{Loop, LoopAnalysis};
use cranelift_codegen::packed_option::{PackedOption, ReservedValue};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The dominance frontier of every block (empty for the unreachable ones), flat: the
/// frontier of `b` is `blocks[start[b]..start[b + 1]]`. One vector for all the
/// frontiers, where a vector for each block cost an allocation and a free per block
/// with a frontier (about 0.3% of the structured report's compile; bench/large-modules.md,
/// "cspeed26").
pub(super) struct Frontiers {
    start: Vec<u32>,
    blocks: Vec<Block>,
}

impl Frontiers {
    /// The dominance frontier of `b`, in the order Cooper, Harvey and Kennedy's walk
    /// finds it (`dominance_frontiers`).
    pub(super) fn of(&self, b: Block) -> &[Block] {
        match (self.start.get(b.index()), self.start.get(b.index() + 1)) {
            (Some(&s), Some(&e)) => &self.blocks[s as usize..e as usize],
            _ => &[],
        }
    }
}

/// The dominance frontier of every reachable block of `func` (Cooper, Harvey and
/// Kennedy), each in the order their walk finds it: joins in post-order, each one's
/// predecessors in order, each predecessor's dominators upwards.
pub(super) fn dominance_frontiers(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    domtree: &DominatorTree,
) -> Frontiers {
    let n = func.dfg.num_blocks();
    // Every (block, frontier block) pair, in the order found, each once: the pairs of
    // one join are found together, so `last` (the join a block last got) spots repeats.
    let mut pairs: Vec<(Block, Block)> = Vec::new();
    let mut last: SecondaryMap<Block, PackedOption<Block>> = SecondaryMap::with_capacity(n);
    last.resize(n);
    for &b in domtree.cfg_postorder() {
        let reachable_preds = || {
            cfg.pred_iter(b)
                .map(|p| p.block)
                .filter(|p| domtree.is_reachable(*p))
        };
        // (Counted before they are walked: most blocks have one.)
        if reachable_preds().take(2).count() < 2 {
            continue;
        }
        let idom = domtree.idom(b);
        for p in reachable_preds() {
            let mut runner = Some(p);
            while let Some(r) = runner {
                if Some(r) == idom {
                    break;
                }
                if last[r] != b.into() {
                    last[r] = b.into();
                    pairs.push((r, b));
                }
                runner = domtree.idom(r);
            }
        }
    }
    // Grouped by block, keeping the order found (a counting sort).
    let mut start = vec![0u32; n + 1];
    for &(r, _) in &pairs {
        start[r.index() + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut next = start.clone();
    let mut blocks = vec![Block::reserved_value(); pairs.len()];
    for &(r, b) in &pairs {
        let at = &mut next[r.index()];
        blocks[*at as usize] = b;
        *at += 1;
    }
    Frontiers { start, blocks }
}

/// Marks on blocks, all cleared at once in constant time (a new generation): the sets
/// `repair_region` builds for each value, which a hash set would allocate and grow
/// for each (bench/large-modules.md, "cspeed15").
pub(super) struct BlockMarks {
    mark: SecondaryMap<Block, u32>,
    generation: u32,
}

impl BlockMarks {
    /// Marks for the blocks of `func` (none marked).
    pub(super) fn new(func: &ir::Function) -> BlockMarks {
        let mut mark = SecondaryMap::with_capacity(func.dfg.num_blocks());
        mark.resize(func.dfg.num_blocks());
        BlockMarks {
            mark,
            generation: 1,
        }
    }

    /// Clears every mark.
    pub(super) fn clear(&mut self) {
        self.generation += 1;
    }

    /// Marks `b`; returns whether it was not marked.
    pub(super) fn insert(&mut self, b: Block) -> bool {
        let fresh = self.mark[b] != self.generation;
        self.mark[b] = self.generation;
        fresh
    }

    pub(super) fn contains(&self, b: Block) -> bool {
        self.mark[b] == self.generation
    }
}

/// The iterated dominance frontier of `seeds`: where definitions in `seeds` meet (in
/// no particular order). `found` and `queued` are scratch marks (cleared here).
pub(super) fn iterated_frontier(
    frontier: &Frontiers,
    seeds: impl IntoIterator<Item = Block>,
    found: &mut BlockMarks,
    queued: &mut BlockMarks,
) -> Vec<Block> {
    found.clear();
    queued.clear();
    let mut out = Vec::new();
    let mut work: Vec<Block> = seeds.into_iter().collect();
    for &b in &work {
        queued.insert(b);
    }
    while let Some(b) = work.pop() {
        for &f in frontier.of(b) {
            if found.insert(f) {
                out.push(f);
                if queued.insert(f) {
                    work.push(f);
                }
            }
        }
    }
    out
}

/// The iterated dominance frontier of `seeds` (as [`iterated_frontier`] gives it),
/// without computing any block's frontier: Sreedhar and Gao's walk over the DJ-graph
/// (as LLVM's `IDFCalculator`). Seeds and blocks found are taken deepest in the
/// dominator tree first; from each, its dominator subtree is walked once overall,
/// and an edge out of it to a block no deeper than the root's level is a frontier
/// edge. Time `O((N + E) log N)`, where the frontiers themselves can hold `N^2`
/// entries (`N` nested blocks that each branch out of an outer one).
pub(super) fn iterated_frontier_of(
    cfg: &ControlFlowGraph,
    domtree: &DominatorTree,
    seeds: impl IntoIterator<Item = Block>,
) -> HashSet<Block> {
    use std::collections::BinaryHeap;
    let mut level: SecondaryMap<Block, u32> = SecondaryMap::new();
    for &b in domtree.cfg_rpo() {
        level[b] = domtree.idom(b).map_or(0, |d| level[d] + 1);
    }
    let seeds: HashSet<Block> = seeds
        .into_iter()
        .filter(|b| domtree.is_reachable(*b))
        .collect();
    // Deepest first; ties in block order, so the walk is deterministic.
    let mut queue: BinaryHeap<(u32, std::cmp::Reverse<Block>)> = seeds
        .iter()
        .map(|&b| (level[b], std::cmp::Reverse(b)))
        .collect();
    let mut out = HashSet::default();
    let mut walked: SecondaryMap<Block, bool> = SecondaryMap::new();
    let mut work = Vec::new();
    while let Some((root_level, std::cmp::Reverse(root))) = queue.pop() {
        if walked[root] {
            // Walked from a deeper root already: its frontier edges were taken then.
            // (They lead no deeper than that root's level, which is at least this
            // one's, so nothing found from here would be new.)
            continue;
        }
        walked[root] = true;
        work.push(root);
        while let Some(node) = work.pop() {
            for succ in cfg.succ_iter(node) {
                if !domtree.is_reachable(succ) || level[succ] > root_level {
                    continue;
                }
                // As in `dominance_frontiers`, the entry block is a join only with
                // two predecessors (its one other block's edge is no join).
                if domtree.idom(succ).is_none()
                    && cfg
                        .pred_iter(succ)
                        .filter(|p| domtree.is_reachable(p.block))
                        .count()
                        < 2
                {
                    continue;
                }
                if out.insert(succ) && !seeds.contains(&succ) {
                    queue.push((level[succ], std::cmp::Reverse(succ)));
                }
            }
            for child in domtree.children(node) {
                if !walked[child] {
                    walked[child] = true;
                    work.push(child);
                }
            }
        }
    }
    out
}

/// The control-flow graph, dominator tree and loops of a function: computed once and
/// shared by the bounds-check passes for as long as they leave the CFG as it is, then
/// handed to Cranelift's compile (`Context::set_flow_analyses`, through
/// `optimize_checks` and `object::compile_one`), which would compute them again.
pub(crate) struct Analyses {
    pub cfg: ControlFlowGraph,
    pub domtree: DominatorTree,
    pub loops: LoopAnalysis,
}

impl Analyses {
    pub(crate) fn new(func: &ir::Function) -> Analyses {
        let cfg = ControlFlowGraph::with_function(func);
        let domtree = DominatorTree::with_function(func, &cfg);
        let mut loops = LoopAnalysis::new();
        loops.compute(func, &cfg, &domtree);
        Analyses {
            cfg,
            domtree,
            loops,
        }
    }
}

impl Analyses {
    /// Whether these are the analyses of `func` as it is now: the same predecessors
    /// and successors of every block, immediate dominators and post-order, and loops
    /// (each block's innermost loop, each loop's header and parent) as ones computed
    /// afresh. For debug assertions and tests: it computes all three again.
    pub(crate) fn are_current(&self, func: &ir::Function) -> bool {
        let fresh = Analyses::new(func);
        let same_loop = |a: Option<Loop>, b: Option<Loop>| match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                self.loops.loop_header(a) == fresh.loops.loop_header(b)
                    && (self.loops.loop_parent(a).map(|p| self.loops.loop_header(p)))
                        == (fresh.loops.loop_parent(b)).map(|p| fresh.loops.loop_header(p))
            }
            _ => false,
        };
        let preds = |cfg: &ControlFlowGraph, b: Block| {
            cfg.pred_iter(b)
                .map(|p| (p.block, p.inst))
                .collect::<Vec<_>>()
        };
        self.domtree.cfg_postorder() == fresh.domtree.cfg_postorder()
            && self.loops.loops().len() == fresh.loops.loops().len()
            && func.layout.blocks().all(|b| {
                preds(&self.cfg, b) == preds(&fresh.cfg, b)
                    && self.cfg.succ_iter(b).eq(fresh.cfg.succ_iter(b))
                    && self.domtree.idom(b) == fresh.domtree.idom(b)
                    && same_loop(self.loops.innermost_loop(b), fresh.loops.innermost_loop(b))
            })
    }
}

/// [`Analyses`] computed when first needed; a pass that changes the CFG takes them
/// and leaves nothing behind, so the next pass computes them afresh.
#[derive(Default)]
pub(crate) struct Cached(Option<Analyses>);

impl Cached {
    /// The analyses held at the end of the passes, of the function as they left it
    /// (none if no pass needed them): Cranelift's compile takes them rather than
    /// computing them again (`Context::set_flow_analyses`).
    pub(crate) fn into_inner(self) -> Option<Analyses> {
        self.0
    }

    pub(crate) fn get(&mut self, func: &ir::Function) -> &Analyses {
        self.0.get_or_insert_with(|| Analyses::new(func))
    }

    pub(crate) fn take(&mut self, func: &ir::Function) -> Analyses {
        self.0.take().unwrap_or_else(|| Analyses::new(func))
    }

    /// Gives back analyses taken with [`Cached::take`] (the CFG must be unchanged).
    pub(crate) fn put(&mut self, a: Analyses) {
        self.0 = Some(a);
    }
}

/// A region of blocks `orig` duplicated as `copy`, waiting for `repair_all`: `map`
/// takes each value defined in `orig`, parameters included, to its copy.
pub(super) struct Duplicated {
    pub map: HashMap<Value, Value>,
    pub orig: Vec<Block>,
    pub copy: Vec<Block>,
}

/// After the blocks `orig` were duplicated as `copy` (`map`: each value defined in
/// `orig`, parameters included, to its copy) and some edges into `orig` were redirected
/// to `copy`, a use of an `orig` value outside both sets may be reached from either
/// copy. Each such use gets the value that reaches it: block parameters are added where
/// paths from the two definitions meet and the value is live (pruned minimal SSA,
/// placed at the iterated dominance frontier of the two defining blocks).
///
/// Every path to such a use passes one of the two definitions (in the original program
/// every path passed the original one, and a path through the copy maps back to one),
/// so the nearest dominating definition or parameter always exists.
///
/// So a reachable use outside a region lies in a block reachable from an edge that
/// leaves the region: the scan for uses looks only at those blocks (and at the
/// unreachable ones, as it always did).
///
/// This is done for several disjoint duplicated regions at once, with one scan of the
/// function and one control-flow graph, dominator tree and set of frontiers (of the
/// function as it is now, after every duplication). The regions are repaired in
/// order; each one's values are its own, so the order only decides the order of the
/// new parameters. Uses anywhere outside a region, another region and its copy
/// included, are repaired: a copy made after another region was duplicated may use
/// that region's values too.
///
/// `cfg` and `domtree` are the function's as it is now (the repair adds block
/// parameters and branch arguments, so they stay valid after it).
pub(super) fn repair_all(
    func: &mut ir::Function,
    regions: &[Duplicated],
    cfg: &ControlFlowGraph,
    domtree: &DominatorTree,
) {
    if regions.is_empty() {
        return;
    }
    // Which region each block belongs to (original or copy), and each value's region.
    // (Both sized once: grown on demand, a map resizes at every new largest key.)
    let mut region_of: SecondaryMap<Block, u32> = SecondaryMap::with_default(u32::MAX);
    region_of.resize(func.dfg.num_blocks());
    // (A dense map: every argument of every instruction is looked up in it.)
    let mut value_region: SecondaryMap<Value, u32> = SecondaryMap::with_default(u32::MAX);
    value_region.resize(func.dfg.num_values());
    for (r, d) in regions.iter().enumerate() {
        for &b in d.orig.iter().chain(&d.copy) {
            region_of[b] = r as u32;
        }
        for &v in d.map.keys() {
            value_region[v] = r as u32;
        }
    }
    // The blocks a use outside a region can be in (see above): those reachable from an
    // edge out of a region, and the unreachable ones.
    let mut scanned: SecondaryMap<Block, bool> = SecondaryMap::with_capacity(func.dfg.num_blocks());
    scanned.resize(func.dfg.num_blocks());
    let mut work: Vec<Block> = Vec::new();
    for (r, d) in regions.iter().enumerate() {
        for &b in d.orig.iter().chain(&d.copy) {
            for succ in cfg.succ_iter(b) {
                if region_of[succ] != r as u32 && !scanned[succ] {
                    scanned[succ] = true;
                    work.push(succ);
                }
            }
        }
    }
    while let Some(b) = work.pop() {
        for succ in cfg.succ_iter(b) {
            if !scanned[succ] {
                scanned[succ] = true;
                work.push(succ);
            }
        }
    }
    // The uses of each region's values outside it (each using instruction once), and
    // for `recompute_compares` the uses in no region, in layout order (each pair once).
    let scan = |func: &ir::Function, free_uses: Option<&mut Vec<(ir::Inst, Value)>>| {
        let mut uses: Vec<HashMap<Value, Vec<ir::Inst>>> = vec![HashMap::default(); regions.len()];
        let mut free = free_uses.map(|f| (f, HashSet::default()));
        for b in func.layout.blocks() {
            if !scanned[b] && domtree.is_reachable(b) {
                continue;
            }
            for inst in func.layout.block_insts(b) {
                super::for_each_use(&func.dfg, inst, |v| {
                    let r = super::resolved(&func.dfg, v);
                    let reg = value_region[r];
                    if reg == u32::MAX || region_of[b] == reg {
                        return;
                    }
                    let list = uses[reg as usize].entry(r).or_default();
                    if list.last() != Some(&inst) {
                        list.push(inst);
                    }
                    if let Some((free_uses, seen)) = &mut free {
                        if region_of[b] == u32::MAX && seen.insert((inst, r)) {
                            free_uses.push((inst, r));
                        }
                    }
                });
            }
        }
        uses
    };
    let recompute = !super::checks::insts_exceed(func, RECOMPUTE_MAX_FUNCTION_INSTS);
    let mut free_uses = Vec::new();
    let mut uses = scan(func, recompute.then_some(&mut free_uses));
    if recompute && recompute_compares(func, &value_region, &uses, free_uses) {
        // The compares computed again changed the uses: scan them afresh.
        uses = scan(func, None);
    }
    if uses.iter().all(HashMap::is_empty) {
        return;
    }
    let frontier = dominance_frontiers(func, cfg, domtree);
    let mut marks = [(); 3].map(|_| BlockMarks::new(func));
    for (d, uses) in regions.iter().zip(&uses) {
        repair_region(func, cfg, domtree, &frontier, &d.map, uses, &mut marks);
    }
}

/// See `recompute_compares` (the same limit as `checks::hold_loop_limits`, for the
/// same reason).
const RECOMPUTE_MAX_FUNCTION_INSTS: usize = 1500;

/// Before the repair: a compare computed in a region (possibly widened, `uextend(icmp
/// a, b)`), used in a block outside every region, whose operands are loop-invariant or
/// used outside the region themselves, is computed again at each such use from those
/// operands, instead of reaching it through new block parameters. The operands'
/// parameters exist anyway, and a compare passed as a block argument must be
/// materialized in a register on every iteration of both copies of a loop (x86_64
/// `setcc; movzx`), where the branch on it would otherwise use the flags: clang tests
/// a loop's exit condition again after the loop. The value is the same (a pure function
/// of the same operand values on every path), and the repair then treats the operands'
/// new uses like any other. Only in functions of at most `RECOMPUTE_MAX_FUNCTION_INSTS`
/// instructions: in larger ones the change moves Cranelift's register allocation of
/// the whole function more than it saves (bench/profile.md: parse's main function,
/// +0.6% for one such compare). `uses`: each region's values used outside it (as
/// `repair_all` scans them); `free_uses`: the uses of region values in no region, in
/// layout order. Returns whether it computed any compare again.
fn recompute_compares(
    func: &mut ir::Function,
    value_region: &SecondaryMap<Value, u32>,
    uses: &[HashMap<Value, Vec<ir::Inst>>],
    free_uses: Vec<(ir::Inst, Value)>,
) -> bool {
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    use cranelift_codegen::ir::InstBuilder;
    // Whether a region value is used outside its region.
    let used_outside = |v: Value| match value_region[v] {
        u32::MAX => false,
        reg => uses[reg as usize].contains_key(&v),
    };
    let mut changed = false;
    // `v` as (widening, compare's condition and operands), when it qualifies.
    let compare = |func: &ir::Function, v: Value| {
        let dfg = &func.dfg;
        let mut inst = dfg.value_def(v).inst()?;
        let mut widen = None;
        if let ir::InstructionData::Unary {
            opcode: ir::Opcode::Uextend,
            arg,
        } = dfg.insts[inst]
        {
            widen = Some(dfg.value_type(v));
            inst = dfg.value_def(super::resolved(dfg, arg)).inst()?;
        }
        let ir::InstructionData::IntCompare {
            opcode: ir::Opcode::Icmp,
            cond,
            args,
        } = dfg.insts[inst]
        else {
            return None;
        };
        let args = args.map(|a| super::resolved(dfg, a));
        args.iter()
            .all(|&a| value_region[a] == u32::MAX || used_outside(a))
            .then_some((widen, cond, args))
    };
    for (inst, v) in free_uses {
        let Some((widen, cond, [a, b])) = compare(func, v) else {
            continue;
        };
        let mut cur = FuncCursor::new(func).at_inst(inst);
        let mut x = cur.ins().icmp(cond, a, b);
        if let Some(ty) = widen {
            x = cur.ins().uextend(ty, x);
        }
        let dfg = &mut func.dfg;
        let renamed: Vec<Value> = dfg
            .inst_values(inst)
            .map(|y| if super::resolved(dfg, y) == v { x } else { y })
            .collect();
        dfg.overwrite_inst_values(inst, renamed.into_iter());
        changed = true;
    }
    changed
}

/// Repairs the uses `uses` (outside the region) of the values of one duplicated region.
/// `marks`: scratch sets of blocks.
fn repair_region(
    func: &mut ir::Function,
    cfg: &ControlFlowGraph,
    domtree: &DominatorTree,
    frontier: &Frontiers,
    map: &HashMap<Value, Value>,
    uses: &HashMap<Value, Vec<ir::Inst>>,
    marks: &mut [BlockMarks; 3],
) {
    let [live, found, queued] = marks;
    let def_block = |func: &ir::Function, v: Value| match func.dfg.value_def(v) {
        ir::ValueDef::Result(inst, _) => func.layout.inst_block(inst),
        ir::ValueDef::Param(b, _) => Some(b),
        _ => None,
    };
    let mut values: Vec<Value> = uses.keys().copied().collect();
    values.sort();
    for v in values {
        let v2 = map[&v];
        let (Some(d1), Some(d2)) = (def_block(func, v), def_block(func, v2)) else {
            continue;
        };
        let use_insts = &uses[&v];
        // Blocks where the value is live on entry: backwards from the uses, stopping
        // at the definitions.
        live.clear();
        let mut work: Vec<Block> = use_insts
            .iter()
            .filter_map(|&i| func.layout.inst_block(i))
            .collect();
        while let Some(b) = work.pop() {
            if b == d1 || b == d2 || !domtree.is_reachable(b) || !live.insert(b) {
                continue;
            }
            work.extend(cfg.pred_iter(b).map(|p| p.block));
        }
        let ty = func.dfg.value_type(v);
        let mut phis: HashMap<Block, Value> = HashMap::default();
        let mut phi_blocks: Vec<Block> = iterated_frontier(frontier, [d1, d2], found, queued)
            .into_iter()
            .filter(|&b| live.contains(b))
            .collect();
        phi_blocks.sort();
        for &b in &phi_blocks {
            phis.insert(b, func.dfg.append_block_param(b, ty));
        }
        // The value at the start of `b` (not a defining block): its parameter, or the
        // nearest dominating definition or parameter.
        let start = |b: Block| -> Value {
            if let Some(&p) = phis.get(&b) {
                return p;
            }
            let mut x = b;
            loop {
                x = domtree
                    .idom(x)
                    .expect("a definition dominates every path to a use");
                if x == d1 {
                    return v;
                }
                if x == d2 {
                    return v2;
                }
                if let Some(&p) = phis.get(&x) {
                    return p;
                }
            }
        };
        let end = |b: Block| -> Value {
            if b == d1 || !domtree.is_reachable(b) {
                v
            } else if b == d2 {
                v2
            } else {
                start(b)
            }
        };
        // Arguments for the new parameters, per predecessor branch.
        let mut edits: Vec<(ir::Inst, Block, Value)> = Vec::new();
        for &b in &phi_blocks {
            let mut seen = HashSet::default();
            for pred in cfg.pred_iter(b) {
                if seen.insert(pred.inst) {
                    edits.push((pred.inst, b, end(pred.block)));
                }
            }
        }
        // (Uses in unreachable blocks keep the original value: nothing checks them.)
        let renames: Vec<(ir::Inst, Value)> = use_insts
            .iter()
            .filter_map(|&i| {
                let b = func.layout.inst_block(i)?;
                domtree.is_reachable(b).then(|| (i, start(b)))
            })
            .collect();
        for (inst, to) in renames {
            let dfg = &mut func.dfg;
            let renamed: Vec<Value> = dfg
                .inst_values(inst)
                .map(|x| if super::resolved(dfg, x) == v { to } else { x })
                .collect();
            dfg.overwrite_inst_values(inst, renamed.into_iter());
        }
        for (inst, dest, arg) in edits {
            super::checks::edit_targets(&mut func.dfg, inst, |bc, pool| {
                if bc.block(pool) == dest {
                    bc.append_argument(arg, pool);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    use cranelift_codegen::ir::{types, InstBuilder};

    /// A function of `n` blocks whose terminators branch as `edges` says (one or two
    /// successors each, none for a return).
    fn function(n: usize, edges: &[Vec<usize>]) -> ir::Function {
        let mut func = ir::Function::new();
        let blocks: Vec<Block> = (0..n).map(|_| func.dfg.make_block()).collect();
        let mut cur = FuncCursor::new(&mut func);
        for (i, &b) in blocks.iter().enumerate() {
            cur.insert_block(b);
            match edges[i].as_slice() {
                [] => {
                    cur.ins().return_(&[]);
                }
                [t] => {
                    cur.ins().jump(blocks[*t], &[]);
                }
                [t, e, ..] => {
                    let c = cur.ins().iconst(types::I32, 1);
                    cur.ins().brif(c, blocks[*t], &[], blocks[*e], &[]);
                }
            }
        }
        func
    }

    /// The successors of each of `n` blocks of a random control-flow graph: returns,
    /// self loops, mostly forward edges and some back edges (so loops and unreachable
    /// blocks), both arms of a branch sometimes to one block.
    fn random_edges(rand: &mut impl FnMut(usize) -> usize, n: usize) -> Vec<Vec<usize>> {
        (0..n)
            .map(|i| match rand(5) {
                0 if i > 0 => vec![],
                1 => vec![rand(n)],
                _ => vec![(i + 1 + rand(3)).min(n - 1), rand(n)],
            })
            .collect()
    }

    /// The flat frontiers (`Frontiers`) hold the lists the walk builds with a vector
    /// per block (as `dominance_frontiers` built them before cspeed26), order included,
    /// on random control-flow graphs (loops, unreachable blocks, self loops, both arms
    /// of a branch to one block).
    #[test]
    fn flat_frontiers_match_lists_by_block() {
        let mut rand = crate::translate::bounds::test_rng(0x2545_f491_4f6c_dd1d);
        let mut listed = 0;
        for round in 0..400 {
            let n = 2 + rand(40);
            let edges = random_edges(&mut rand, n);
            let func = function(n, &edges);
            let cfg = ControlFlowGraph::with_function(&func);
            let domtree = DominatorTree::with_function(&func, &cfg);
            let mut want: SecondaryMap<Block, Vec<Block>> = SecondaryMap::new();
            for &b in domtree.cfg_postorder() {
                let preds: Vec<Block> = (cfg.pred_iter(b).map(|p| p.block))
                    .filter(|p| domtree.is_reachable(*p))
                    .collect();
                if preds.len() < 2 {
                    continue;
                }
                for p in preds {
                    let mut runner = Some(p);
                    while let Some(r) = runner {
                        if Some(r) == domtree.idom(b) {
                            break;
                        }
                        if !want[r].contains(&b) {
                            want[r].push(b);
                        }
                        runner = domtree.idom(r);
                    }
                }
            }
            let got = dominance_frontiers(&func, &cfg, &domtree);
            for b in func.layout.blocks() {
                assert_eq!(
                    got.of(b),
                    &want[b][..],
                    "round {round}: {b}, edges {edges:?}"
                );
                listed += want[b].len();
            }
        }
        assert!(listed > 1000, "{listed}");
    }

    /// The linear iterated frontier equals the one from explicit frontiers, on
    /// random control-flow graphs (loops, unreachable blocks, self loops) and seeds.
    #[test]
    fn iterated_frontier_of_matches_frontiers() {
        let mut rand = crate::translate::bounds::test_rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..400 {
            let n = 2 + rand(24);
            let edges = random_edges(&mut rand, n);
            let func = function(n, &edges);
            let cfg = ControlFlowGraph::with_function(&func);
            let domtree = DominatorTree::with_function(&func, &cfg);
            let frontier = dominance_frontiers(&func, &cfg, &domtree);
            let [mut found, mut queued] = [(); 2].map(|_| BlockMarks::new(&func));
            let blocks: Vec<Block> = func.layout.blocks().collect();
            for _ in 0..4 {
                let seeds: Vec<Block> = (0..1 + rand(4))
                    .map(|_| blocks[rand(n)])
                    .filter(|b| domtree.is_reachable(*b))
                    .collect();
                // (The same marks for every seed set: each call clears them.)
                let want: HashSet<Block> =
                    iterated_frontier(&frontier, seeds.iter().copied(), &mut found, &mut queued)
                        .into_iter()
                        .collect();
                let got = iterated_frontier_of(&cfg, &domtree, seeds.iter().copied());
                assert_eq!(got, want, "round {round}: edges {edges:?}, seeds {seeds:?}");
            }
        }
    }
}
