//! A census of the checks the optimizer leaves (bench/profile.md, "The checks that are
//! left", branch `rt30`): with `W2N_CHECK_CENSUS=FILE` in the environment, every
//! function's checks as `checks::optimize_bounds_checks` leaves them are appended to FILE,
//! one line each: `C <wasm offset> <kind> <cover> <end> <constant>`, where kind is what
//! the index is made of (its root sum's leaves: `load` a value loaded from linear memory,
//! `gload` one loaded from the instance (a global: the stack pointer), `arg` a function
//! parameter, `loopvar` a loop header's parameter, `join` another block's parameter,
//! `call` a call's result, `scaled` a shift or multiplication, else the defining opcode;
//! several joined by `+`) and cover is how another check of the same root sum and memory
//! relates to it: `dom` (a dominating one covers its range, within the guard band),
//! `partial` (one that reaches it on some paths but does not dominate it covers it),
//! `loop` (the same, only around a back edge), `below` (a dominating one at a higher
//! constant, less than the band above: a downward merge), `near` (same root sum, no
//! cover), `alone`. Object emission (`object.rs`) appends each function's
//! `F <index> <name> <code size>` and its `A <code offset> <wasm offset>` map, so that a
//! script can weigh the checks by callgrind's counts of their branches. Nothing is
//! written without the variable; the code compiled is the same with it.

use super::checks::{split_sum, CheckSite};
use super::Memories;
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, Value};
use cranelift_codegen::loop_analysis::LoopAnalysis;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::sync::OnceLock;

/// The census file, if the environment names one.
pub(crate) fn path() -> Option<&'static str> {
    static PATH: OnceLock<Option<String>> = OnceLock::new();
    PATH.get_or_init(|| std::env::var("W2N_CHECK_CENSUS").ok())
        .as_deref()
}

/// Appends `text` to the census file (one write: lines of parallel compiles stay whole).
pub(crate) fn append(text: &str) {
    if let Some(p) = path() {
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(p)
        {
            let _ = f.write_all(text.as_bytes());
        }
    }
}

const BAND: u64 = 1 << 16;

/// Records the checks of `func` (see the module comment).
/// A check without a source location gets a made-up one from here (census runs only:
/// locations are metadata, the code is the same), so that its branch can be found.
static NEXT_LOC: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0x4000_0000);

pub(crate) fn record(func: &mut ir::Function, mems: &Memories) {
    for c in super::find_checks(func, mems) {
        if func.srcloc(c.trapnz).is_default() {
            let loc = NEXT_LOC.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            func.set_srcloc(c.trapnz, ir::SourceLoc::new(loc));
        }
    }
    let func = &*func;
    let checks = super::find_checks(func, mems);
    if checks.is_empty() {
        return;
    }
    let cfg = ControlFlowGraph::with_function(func);
    let domtree = DominatorTree::with_function(func, &cfg);
    let mut loops = LoopAnalysis::new();
    loops.compute(func, &cfg, &domtree);
    let dfg = &func.dfg;
    let entry = func.layout.entry_block();
    let kind_of = |v: Value| -> String {
        match dfg.value_def(v) {
            ir::ValueDef::Param(b, _) if Some(b) == entry => "arg".into(),
            ir::ValueDef::Param(b, _) if loops.is_loop_header(b).is_some() => "loopvar".into(),
            ir::ValueDef::Param(..) => "join".into(),
            ir::ValueDef::Result(inst, _) => {
                let op = dfg.insts[inst].opcode();
                if op.is_call() {
                    return "call".into();
                }
                if op.can_load() {
                    let addr = super::resolved(dfg, dfg.inst_args(inst)[0]);
                    let heap = matches!(dfg.value_def(addr), ir::ValueDef::Result(a, 0)
                        if dfg.insts[a].opcode() == ir::Opcode::Iadd);
                    return if heap { "load" } else { "gload" }.into();
                }
                match op {
                    ir::Opcode::Ishl | ir::Opcode::Imul => "scaled".into(),
                    _ => op.to_string(),
                }
            }
            ir::ValueDef::Union(..) => "union".into(),
        }
    };
    let sums: Vec<_> = checks.iter().map(|c| split_sum(dfg, c.idx)).collect();
    let mut groups: HashMap<(u32, &[Value]), Vec<usize>> = HashMap::new();
    for (i, c) in checks.iter().enumerate() {
        groups.entry((c.mem, &sums[i].0[..])).or_default().push(i);
    }
    // Blocks reachable from a block, without (`fwd`) or with back edges.
    let mut reach: HashMap<(ir::Block, bool), HashSet<ir::Block>> = HashMap::new();
    let mut reachable = |from: ir::Block, fwd: bool| -> HashSet<ir::Block> {
        reach
            .entry((from, fwd))
            .or_insert_with(|| {
                let mut seen = HashSet::new();
                let mut stack = vec![from];
                while let Some(b) = stack.pop() {
                    for s in cfg.succ_iter(b) {
                        if fwd && domtree.block_dominates(s, b) {
                            continue;
                        }
                        if seen.insert(s) {
                            stack.push(s);
                        }
                    }
                }
                seen
            })
            .clone()
    };
    let block = |c: &CheckSite| func.layout.inst_block(c.trapnz).expect("in layout");
    let mut out = String::new();
    for (i, b) in checks.iter().enumerate() {
        let (leaves, kb) = &sums[i];
        let kind = if leaves.is_empty() {
            "const".to_string()
        } else {
            let mut ks: Vec<String> = leaves.iter().map(|&v| kind_of(v)).collect();
            ks.sort();
            ks.join("+")
        };
        let group = &groups[&(b.mem, &leaves[..])];
        let mut cover = if group.len() > 1 { "near" } else { "alone" };
        let rank = |c: &str| match c {
            "dom" => 5,
            "partial" => 4,
            "loop" => 3,
            "below" => 2,
            "near" => 1,
            _ => 0,
        };
        for &j in group {
            if j == i {
                continue;
            }
            let a = &checks[j];
            let ka = sums[j].1;
            let d = u64::from(kb.wrapping_sub(ka));
            let a_covers_b = d + b.end <= a.end + BAND;
            let d2 = u64::from(ka.wrapping_sub(*kb));
            let c = if a_covers_b && domtree.dominates(a.trapnz, b.trapnz, &func.layout) {
                "dom"
            } else if a_covers_b
                && block(a) != block(b)
                && reachable(block(a), true).contains(&block(b))
            {
                "partial"
            } else if a_covers_b && reachable(block(a), false).contains(&block(b)) {
                "loop"
            } else if d2 < BAND && domtree.dominates(a.trapnz, b.trapnz, &func.layout) {
                "below"
            } else {
                "near"
            };
            if rank(c) > rank(cover) {
                cover = c;
            }
        }
        let loc = func.srcloc(b.trapnz);
        let loc = if loc.is_default() {
            u32::MAX
        } else {
            loc.bits()
        };
        out.push_str(&format!("C {loc} {kind} {cover} {} {kb}\n", b.end));
    }
    append(&out);
}
