//! Checks of scan loops moved onto the loop's entry, through the guard band.
//!
//! A loop whose exit depends on the data it reads (`while (*s && *s != ',') s++`, a
//! string's `while (*p != '"') p++`, a prefilter's `while (!set[h[i]]) i++`) has no trip
//! count, so no loop precheck (`hoist`) covers it, and its check runs on every
//! iteration. Its index steps up by a small constant, and the runtime keeps `[size,
//! size + band)` inaccessible after each memory's size (`abi::GUARD_BAND`): the check
//! is needed only on the loop's entry. This pass runs after the other rewrites of
//! `checks` (so it only takes what they leave: counted loops keep their prechecks).
//!
//! **The rewrite.** A check B `idx + E <= size` (a `trapnz` of the translator's shape,
//! of a 32-bit memory) in the header `H` of a loop, where
//!
//! 1. `H` is entered from outside the loop by one edge, from a block `P` that ends in a
//!    `jump` to `H`;
//! 2. nothing before B in `H` can be observed: only loads, pure instructions, other
//!    bounds checks (the same trap) and, in an executable, stores that cannot trap
//!    (`checks::check_may_cross`, as for the other moves of checks);
//! 3. `idx` is, as an `affine` wrapping i32 sum, `m * p + rest + k` with `p` a parameter
//!    of `H`, `rest` values defined outside the loop (the same on every iteration) and
//!    `k` a constant, and every back edge passes `p + s` (wrapping, `s` a constant) for
//!    `p`: the index steps by `d = (m * s) mod 2^32` on every back edge;
//! 4. after B in `H`, before anything observable, comes an access A of `idx` (address
//!    `base + uextend(idx)`, static offset `o`, `n` bytes) with `F = o + n >= E`; the
//!    instructions between B and A are pure, loads that cannot touch linear memory
//!    (trusted: the memory records, globals, tables, stack), other bounds checks, and
//!    accesses of `idx` that end at most at `F` (a merged check's first accesses);
//!    stores only when `band.stores` (see `checks::remove_banded`), and before A only
//!    when a trap ends the process (such a store may run in bounds before A traps
//!    where B would have trapped before it: `checks` merges checks across a store only
//!    then too);
//! 5. `d <= band` and `F - E <= band`,
//!
//! goes from `H`, replaced by the same check of the index's entry value (`p` replaced
//! by the entry edge's argument) at the end of `P`; A and the accesses of `idx` before
//! it get the out-of-bounds trap code (`checks::mark_trapping`), so that Cranelift
//! keeps them and lists them as trap sites, which the signal handler looks the faulting
//! pc up in.
//!
//! **Why it is sound.** Write `idx_i` for B's index on the `i`-th iteration of one entry
//! of the loop and `size_t` for the memory's size at time `t` (it only grows: a
//! `memory.grow` in the loop, or another thread's for a shared memory, only moves the
//! band up). Claim: on every iteration `i` that reaches A and passes it, `idx_i + F <=
//! size` at that point, and every access from B's place to A lies below `size + band`.
//!
//! - Iteration 0: the moved check ran at the end of `P` with the entry value, which is
//!   `idx_0` (`p` is the edge's argument; `rest` is defined outside the loop, in blocks
//!   that dominate `H` and so `P`). It passed, so `idx_0 + E <= size`, and the accesses
//!   from B's place to A end at most at `idx_0 + F <= size + F - E <= size + band` (5).
//! - Iteration `i + 1`: iteration `i` passed A (A is in `H`, which every back edge
//!   follows), so `idx_i + F <= size` then (induction). `idx_{i+1} = (idx_i + d) mod 2^32`:
//!   without a wrap, the accesses end at most at `idx_i + d + F <= size + d`; with one,
//!   at `idx_i + d - 2^32 + F <= size + d - 2^32 <= d` (the size is at most 2^32). Both
//!   are at most `size + band` (5).
//!
//! In both cases each access from B's place to A (A included) is in bounds or has a
//! byte in the band: it faults before it has any effect (x86_64 writes none of a
//! faulting store's bytes; elsewhere `band.stores` holds only where a trap ends the
//! process), and the signal handler reports the out-of-bounds trap. If A passes, none
//! of its bytes is in the band, so all are below the size: `idx_{i+1} + F <= size`,
//! hence `idx_{i+1} + E <= size`, which is all that B's pass gave the code after it.
//! So from A on, everything that relied on B (checks removed because B dominated them
//! or proved an edge, accesses marked for the band from B) holds as before; between
//! B's place and A there is nothing that relied on B but the accesses of `idx`, which
//! now carry the trap code (the trusted loads there cannot fault; any other access of
//! linear memory there rejects the check, since its own proof may have been B's).
//!
//! Where the original trapped at B on iteration `i + 1 > 0`, the code now traps at the
//! first of those accesses that faults, after only unobservable instructions: the same
//! trap, at the same access's wasm offset (the translator put B right before its
//! access). Where it trapped at B on iteration 0, the moved check traps at the end of
//! `P`, with nothing observable in between (2), the same trap at B's wasm offset. Other
//! checks before B in `H` that stay then run after the moved one: when both fail, the
//! trap is the same out-of-bounds trap (as for a merge, `checks` rewrite 1).
//!
//! Kept: decreasing indices (`d` near 2^32: a step down from 0 wraps to 2^32 - s, far
//! past the band), checks not in the header (their access does not run on every
//! iteration), steps of more than the band, 64-bit memories (their checks have another
//! shape; the same argument would hold without the wrap), atomics (their alignment trap
//! must come first), loops entered from a block that branches elsewhere too, and cold
//! loops (the checked copies the loop prechecks leave for when their test fails).
//!
//! **Which loops.** Every loop of that shape, scans or not. Moving the check costs each
//! entry a check (three or four instructions) and saves each later iteration two (the
//! compare and the branch), so a loop run once per entry loses a little; rt19's copy of
//! the check (bench/profile.md) lost on such loops (clang's remainder loops of
//! `merge_sort`, sqlite's interpreter). Measured here (bench/profile.md, "rt39"), taking
//! only loops one of whose exits depends on a value loaded through `idx` gained less on
//! every workload measured than taking them all (sort 0.9934x against 0.9898x, sqlite
//! 0.9994x against 0.9971x, rx_regex 1.0000x against 0.9933x), so all are taken.

use super::checks::{affine, check_may_cross, mark_trapping, Band};
use super::ssa::{Analyses, Cached};
use super::{resolved, Memories};
use crate::abi::Trap;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder, Value};
use cranelift_codegen::loop_analysis::Loop;

/// A check found by its shape (`super::find_checks`'s), as the IR has it now.
struct Check {
    mem: usize,
    /// The i32 index.
    idx: Value,
    /// The END the check tests.
    end: u64,
    /// The size load.
    load: ir::Inst,
    code: ir::TrapCode,
}

/// `inst` as a bounds check of a 32-bit memory, if it is one.
fn check_at(func: &ir::Function, mems: &Memories, inst: ir::Inst) -> Option<Check> {
    let dfg = &func.dfg;
    let site = super::check_site(func, mems, inst)?;
    let mem = site.mem as usize;
    // 32-bit memories only (their checks are of this shape anyway).
    if !mems.bases.get(mem).is_some_and(|b| b.1) {
        return None;
    }
    let ir::ValueDef::Result(load, 0) = dfg.value_def(site.size) else {
        return None;
    };
    Some(Check {
        mem,
        idx: resolved(dfg, site.idx),
        end: site.end,
        load,
        code: ir::TrapCode::unwrap_user(Trap::MemoryOutOfBounds as u8),
    })
}

/// The bytes `inst` accesses and the position of its address operand, if it is a
/// plain load or store.
fn access(func: &ir::Function, inst: ir::Inst) -> Option<(u64, usize, bool)> {
    use ir::Opcode as O;
    let dfg = &func.dfg;
    let op = dfg.insts[inst].opcode();
    let bytes = |t: ir::Type| u64::from(t.bytes());
    Some(match op {
        O::Load => (bytes(dfg.value_type(dfg.first_result(inst))), 0, false),
        O::Uload8 | O::Sload8 => (1, 0, false),
        O::Uload16 | O::Sload16 => (2, 0, false),
        O::Uload32 | O::Sload32 => (4, 0, false),
        O::Store => (bytes(dfg.value_type(dfg.inst_args(inst)[0])), 1, true),
        O::Istore8 => (1, 1, true),
        O::Istore16 => (2, 1, true),
        O::Istore32 => (4, 1, true),
        _ => return None,
    })
}

/// Whether `addr` is `base + ext` (either order), `ext` a zero-extension of `idx`.
fn is_address_of(dfg: &ir::DataFlowGraph, addr: Value, base: Value, idx: Value) -> bool {
    let ir::ValueDef::Result(add, 0) = dfg.value_def(resolved(dfg, addr)) else {
        return false;
    };
    let ir::InstructionData::Binary {
        opcode: ir::Opcode::Iadd,
        args,
    } = dfg.insts[add]
    else {
        return false;
    };
    let is_ext = |v: Value| match dfg.value_def(resolved(dfg, v)) {
        ir::ValueDef::Result(e, 0) => matches!(
            dfg.insts[e],
            ir::InstructionData::Unary { opcode: ir::Opcode::Uextend, arg }
                if resolved(dfg, arg) == idx
        ),
        _ => false,
    };
    let [a, b] = args.map(|v| resolved(dfg, v));
    (a == base && is_ext(b)) || (b == base && is_ext(a))
}

/// A check to move: B's `trapnz`, what it tests, the accesses to mark, and the entry
/// index's terms.
struct Move {
    trapnz: ir::Inst,
    check: Check,
    accesses: Vec<ir::Inst>,
    /// The index's `affine` terms and constant, and `p` (replaced on entry).
    terms: super::checks::Terms,
    k: u32,
    param: Value,
    entry: ir::Block,
    arg: Value,
}

/// Moves the checks of scan loops onto their entry (see the module comment). Returns
/// how many checks moved (counted as removed: the loop no longer runs them).
pub(super) fn move_scan_checks(
    func: &mut ir::Function,
    mems: &Memories,
    band: Band,
    traps_end_process: bool,
    an: &mut Cached,
) -> usize {
    if band.bytes == 0 {
        return 0;
    }
    let mut moves: Vec<Move> = Vec::new();
    {
        let Analyses {
            cfg,
            domtree,
            loops,
        } = an.get(func);
        let dfg = &func.dfg;
        let layout = &func.layout;
        let in_loop = |v: Value, lp: Loop| {
            let block = match dfg.value_def(resolved(dfg, v)) {
                ir::ValueDef::Result(inst, _) => layout.inst_block(inst),
                ir::ValueDef::Param(block, _) => Some(block),
                _ => None,
            };
            block.is_none_or(|b| loops.is_in_loop(b, lp))
        };
        for lp in loops.loops() {
            let header = loops.loop_header(lp);
            // A cold loop (a precheck's checked copy) gains nothing.
            if layout.is_cold(header) {
                continue;
            }
            let mut outside = cfg
                .pred_iter(header)
                .filter(|p| !loops.is_in_loop(p.block, lp));
            let (Some(entry), None) = (outside.next(), outside.next()) else {
                continue;
            };
            let ir::InstructionData::Jump { destination, .. } = dfg.insts[entry.inst] else {
                continue;
            };
            let entry_args: Vec<Option<Value>> = destination
                .args(&dfg.value_lists)
                .map(|a| a.as_value())
                .collect();
            // The back edges' arguments, per parameter (the branch and its block call).
            let latches: Vec<ir::Inst> = cfg
                .pred_iter(header)
                .filter(|p| loops.is_in_loop(p.block, lp))
                .map(|p| p.inst)
                .collect();
            if latches.is_empty() {
                continue;
            }
            for inst in layout.block_insts(header) {
                let Some(check) = check_at(func, mems, inst) else {
                    if !check_may_cross(func, inst, traps_end_process) {
                        break;
                    }
                    let op = dfg.insts[inst].opcode();
                    if op.is_branch() || op.is_terminator() {
                        break;
                    }
                    continue;
                };
                // The index: `m * p + rest + k`.
                let (terms, k) = affine(dfg, check.idx);
                let mut param = None;
                let ok = terms.iter().all(|&(v, m)| match dfg.value_def(v) {
                    ir::ValueDef::Param(b, i) if b == header && param.is_none() => {
                        param = Some((v, i, m));
                        true
                    }
                    _ => !in_loop(v, lp),
                });
                let (Some((p, pi, m)), true) = (param, ok) else {
                    continue;
                };
                let Some(Some(arg)) = entry_args.get(pi).copied() else {
                    continue;
                };
                // Every back edge passes `p + s`: the largest step `m * s`.
                let mut step = Some(0u64);
                for &latch in &latches {
                    for bc in dfg.insts[latch]
                        .branch_destination(&dfg.jump_tables, &dfg.exception_tables)
                        .iter()
                        .filter(|bc| bc.block(&dfg.value_lists) == header)
                    {
                        let s = bc
                            .args(&dfg.value_lists)
                            .nth(pi)
                            .and_then(|a| a.as_value())
                            .and_then(|a| match affine(dfg, a) {
                                (t, s) if t[..] == [(p, 1)] => Some(u64::from(m.wrapping_mul(s))),
                                _ => None,
                            });
                        step = step.zip(s).map(|(a, b)| a.max(b));
                    }
                }
                let Some(step) = step else { continue };
                // The window after B, up to its access A.
                let base = resolved(dfg, mems.bases[check.mem].0);
                let mut accesses = Vec::new();
                let mut reach = None;
                let mut next = layout.next_inst(inst);
                while let Some(w) = next {
                    next = layout.next_inst(w);
                    if check_at(func, mems, w).is_some() {
                        continue;
                    }
                    if let Some((n, at, store)) = access(func, w) {
                        let args = dfg.inst_args(w);
                        let ours = is_address_of(dfg, args[at], base, check.idx)
                            && args
                                .iter()
                                .enumerate()
                                .all(|(j, &a)| j == at || !is_address_of(dfg, a, base, check.idx));
                        if ours {
                            let off = dfg.insts[w].load_store_offset().unwrap_or(-1);
                            if off < 0 || (store && !band.stores) {
                                break;
                            }
                            let f = off as u64 + n;
                            // A store before A may run in bounds before A traps where
                            // B did: only where nothing can look at memory after a trap.
                            if store && f < check.end && !traps_end_process {
                                break;
                            }
                            accesses.push(w);
                            if f >= check.end {
                                reach = Some(f);
                                break;
                            }
                            continue;
                        }
                    }
                    let op = dfg.insts[w].opcode();
                    let trusted = dfg.insts[w]
                        .memflags_data(dfg)
                        .is_some_and(|f| f.aligned() && f.trap_code().is_none());
                    // (Only trusted loads: no store, no access of linear memory.)
                    if op.can_store() || (op.can_load() && !trusted) {
                        break;
                    }
                    if !check_may_cross(func, w, traps_end_process)
                        || op.is_branch()
                        || op.is_terminator()
                    {
                        break;
                    }
                }
                let Some(f) = reach else { continue };
                if step > band.bytes || f - check.end > band.bytes {
                    continue;
                }
                // Every access before A ends at most at A's end.
                if accesses.iter().any(|&w| {
                    let (n, _, _) = access(func, w).unwrap();
                    dfg.insts[w].load_store_offset().unwrap_or(0) as u64 + n > f
                }) {
                    continue;
                }
                // The size load's operands must be available at the end of `P`.
                let available = dfg.inst_args(check.load).iter().all(|&a| {
                    match dfg.value_def(resolved(dfg, a)) {
                        ir::ValueDef::Result(d, _) => layout
                            .inst_block(d)
                            .is_some_and(|b| domtree.block_dominates(b, entry.block)),
                        ir::ValueDef::Param(b, _) => domtree.block_dominates(b, entry.block),
                        _ => false,
                    }
                });
                if !available {
                    continue;
                }
                moves.push(Move {
                    trapnz: inst,
                    check,
                    accesses,
                    terms,
                    k,
                    param: p,
                    entry: entry.block,
                    arg,
                });
            }
        }
    }
    let mut count = 0;
    for mv in moves {
        if !mark_trapping(func, &mv.accesses) {
            continue;
        }
        let Some(jump) = func.layout.last_inst(mv.entry) else {
            continue;
        };
        let srcloc = func.srcloc(mv.trapnz);
        let mut cur = FuncCursor::new(func).at_inst(jump).with_srcloc(srcloc);
        // The entry index: the same wrapping sum with `p` the entry argument.
        let mut sum: Option<Value> = None;
        for &(v, m) in &mv.terms {
            let v = if v == mv.param { mv.arg } else { v };
            let t = if m == 1 {
                v
            } else if m.is_power_of_two() {
                cur.ins().ishl_imm_s(v, i64::from(m.trailing_zeros()))
            } else {
                cur.ins().imul_imm_s(v, i64::from(m as i32))
            };
            sum = Some(match sum {
                Some(s) => cur.ins().iadd(s, t),
                None => t,
            });
        }
        let idx = match sum {
            Some(s) if mv.k == 0 => s,
            Some(s) => cur.ins().iadd_imm_s(s, i64::from(mv.k as i32)),
            None => cur.ins().iconst(ir::types::I32, i64::from(mv.k as i32)),
        };
        let copy = cur.func.dfg.clone_inst(mv.check.load);
        cur.insert_inst(copy);
        let size = cur.func.dfg.first_result(copy);
        let limit = cur.ins().iadd_imm_s(size, -(mv.check.end as i64));
        let idx = cur.ins().uextend(ir::types::I64, idx);
        let oob = cur.ins().icmp(IntCC::SignedGreaterThan, idx, limit);
        cur.ins().trapnz(oob, mv.check.code);
        func.layout.remove_inst(mv.trapnz);
        count += 1;
    }
    count
}
