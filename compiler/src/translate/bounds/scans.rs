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
//!
//! **Rotated loops** (`remove_rotated_checks`, run first: a check it removes costs
//! nothing on entry). clang rotates `while (*s && *s != ',') s++` into `c = s[p]; while
//! (c && c != ',') { p++; c = s[p]; }`: the check B of the loop's access is not in the
//! header (whose access would run on every entry) but in a block `L` further down, and
//! the access before the loop already read the first byte. B goes, with no check in
//! its place, when
//!
//! 1. `L` is in the loop `lp`, in none of its inner loops (so it runs at most once per
//!    iteration), and dominates every block with a back edge to the header `H` (so
//!    every iteration that goes on ran it);
//! 2. B's index is, as an `affine` sum, `m * x + rest + k` with `rest` defined outside
//!    `lp` and `x = p + K` within an iteration (`relative`): `p` a parameter of `H` and
//!    `K` one of a few constants, one per path (`x` may be a parameter of a block of
//!    `lp`, in no inner loop, whose every incoming edge passes such a value: parse's
//!    string scan steps by 1, or by 2 after a backslash, into one block);
//! 3. every back edge passes `p + S` (the same way, `S` one of a few constants), and
//!    `d = (m * S + Kb - Ka) mod 2^32 <= band` for every `S`, `Ka`, `Kb`: from one
//!    iteration's index to the next, a step up of at most the band;
//! 4. after B in `L` comes its access A, with nothing between but what condition 4
//!    above allows (the same `window`), ending at `F >= E`, `F - E <= band`;
//! 5. on every edge into `H` from outside `lp`, with `a` the edge's argument for `p`,
//!    the first iteration's index `I = m * a + rest + Ka` (each `Ka`) is covered: an
//!    access of the memory (address `base + uextend(J)`, offset `o`, `n` bytes, in the
//!    memory's alias region; `F_J = o + n`) or a bounds check of it (`J + F_J <= size`,
//!    `F_J` its END) that dominates the edge's branch (`justified`, a walk up the
//!    dominator tree within a budget) has `I = J + e` (wrapping) with `e + F <= F_J +
//!    band`. Or, recursively (`justified_or_joined`, up to `JOIN_DEPTH` joins), a
//!    term of `I` is a parameter `y` of a block `Y` that dominates the edge, the other
//!    terms are defined in blocks that strictly dominate `Y`, and `I` with `y`
//!    replaced by the argument of each edge into `Y` is covered on that edge (parse's
//!    CSV field scan: its first byte was read at the end of the previous field, on each
//!    of three paths into the field loop). Terms are compared after replacing each
//!    parameter of a block entered by one edge with that edge's argument
//!    (`canonical`), which is what the parameter holds wherever its block dominates.
//!
//! B's accesses up to A (A included) get the out-of-bounds trap code.
//!
//! **Why it is sound.** An access of linear memory that completes is in bounds: its
//! own check passed, or a rewrite proved it, or it has the trap code and the band
//! (by induction over the execution: the first access that completed out of bounds
//! would contradict its own rewrite's proof); so it gives `J + F_J <= size` then, and
//! memories only grow. Take one entry of the loop and its iterations `0, 1, ..`; each
//! one that reaches `L` runs B's place and then A with index `I_i`. Claim: `I_i + F <=
//! size + band` (for a sum that wrapped past 2^32: `I_i + F <= band`).
//!
//! - `I_0`: the entry edge's covering access or check ran before the edge (it
//!   dominates the branch), with the values of every term of `I_0` (SSA: nothing
//!   between it and the edge defines them again; for a join, each edge gives the fact
//!   for `Y`'s parameters as `Y` then holds them, and from `Y` to the entry no term
//!   changes). So `J + F_J <= size`, and `I_0 + F = J + e + F <= size + band` without a
//!   wrap, or `<= size - 2^32 + band <= band` with one.
//! - `I_{i+1}`: iteration `i` went on, so it ran `L` (1), and A completed: `I_i + F <=
//!   size`. `I_{i+1} = I_i + d` (wrapping) with `d <= band` (2, 3: both indices in terms
//!   of `p_i`, `p_{i+1} = p_i + S`), so `I_{i+1} + F <= size + d`, or, wrapped, at most
//!   `d`.
//!
//! So each access from B's place to A is in bounds or has a byte in the band, where it
//! faults before any effect (x86_64 writes none of a faulting store's bytes; elsewhere
//! stores only where a trap ends the process, `band.stores`), and the signal handler
//! reports the out-of-bounds trap, at the access B stood in front of: the trap the
//! original raised at B, at the same point (nothing observable between B's place and
//! A, condition 4, as for `scans`' window; a store of the index's window before A only
//! where a trap ends the process). Unlike the move onto the entry, nothing runs earlier
//! than it did, so stores before B in the loop (parse's `p->s = s` first in its
//! header) do not matter, with `compile` as with `build`. If A completes, `I + F <=
//! size`, which gives all that B's pass gave the code after A (checks removed because
//! B dominated them, justified a join, or banded them); before A there is nothing but
//! the marked accesses of the index. Kept: decreasing indices, steps past the band,
//! loops with nothing read before them (or read further below than the band allows:
//! each of these could reach an address past the band), 64-bit memories, cold loops.

use super::checks::{affine, check_may_cross, mark_trapping, normalize, Band, Terms};
use super::ssa::{Analyses, Cached};
use super::{resolved, Memories};
use crate::abi::Trap;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::dominator_tree::DominatorTree;
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder, Value};
use cranelift_codegen::loop_analysis::{Loop, LoopAnalysis};
use smallvec::SmallVec;

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
    index_of(dfg, addr, base) == Some(idx)
}

/// A check to move: B's `trapnz`, what it tests, the accesses to mark, and the entry
/// index's terms.
struct Move {
    trapnz: ir::Inst,
    check: Check,
    accesses: Vec<ir::Inst>,
    /// The index's `affine` terms and constant, and `p` (replaced on entry).
    terms: Terms,
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
                let Some((accesses, _)) = window(func, mems, band, traps_end_process, inst, &check)
                else {
                    continue;
                };
                if step > band.bytes {
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

/// The window after a check B (`trapnz`) up to its access A (see the module comment,
/// condition 4): the accesses of B's index from B to A (A last) and A's end `F`, when
/// `F - E <= band` and every access before A ends at most at `F`.
fn window(
    func: &ir::Function,
    mems: &Memories,
    band: Band,
    traps_end_process: bool,
    trapnz: ir::Inst,
    check: &Check,
) -> Option<(Vec<ir::Inst>, u64)> {
    let dfg = &func.dfg;
    let layout = &func.layout;
    let base = resolved(dfg, mems.bases[check.mem].0);
    let mut accesses = Vec::new();
    let mut reach = None;
    let mut next = layout.next_inst(trapnz);
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
                // A store before A may run in bounds before A traps where B did: only
                // where nothing can look at memory after a trap.
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
        if !check_may_cross(func, w, traps_end_process) || op.is_branch() || op.is_terminator() {
            break;
        }
    }
    let f = reach?;
    if f - check.end > band.bytes {
        return None;
    }
    // Every access before A ends at most at A's end.
    if accesses.iter().any(|&w| {
        let (n, _, _) = access(func, w).unwrap();
        dfg.insts[w].load_store_offset().unwrap_or(0) as u64 + n > f
    }) {
        return None;
    }
    Some((accesses, f))
}

/// The index `j` of an address `base + uextend(j)` (either order).
fn index_of(dfg: &ir::DataFlowGraph, addr: Value, base: Value) -> Option<Value> {
    let ir::ValueDef::Result(add, 0) = dfg.value_def(resolved(dfg, addr)) else {
        return None;
    };
    let ir::InstructionData::Binary {
        opcode: ir::Opcode::Iadd,
        args,
    } = dfg.insts[add]
    else {
        return None;
    };
    let ext = |v: Value| match dfg.value_def(resolved(dfg, v)) {
        ir::ValueDef::Result(e, 0) => match dfg.insts[e] {
            ir::InstructionData::Unary {
                opcode: ir::Opcode::Uextend,
                arg,
            } if dfg.value_type(arg) == ir::types::I32 => Some(resolved(dfg, arg)),
            _ => None,
        },
        _ => None,
    };
    let [a, b] = args.map(|v| resolved(dfg, v));
    if a == base {
        ext(b)
    } else if b == base {
        ext(a)
    } else {
        None
    }
}

/// The argument that the one edge into `v`'s block passes for `v`, when `v` is a
/// parameter of a block with a single incoming edge.
fn single_edge_arg(dfg: &ir::DataFlowGraph, cfg: &ControlFlowGraph, v: Value) -> Option<Value> {
    let ir::ValueDef::Param(block, i) = dfg.value_def(v) else {
        return None;
    };
    let mut preds = cfg.pred_iter(block);
    let (Some(pred), None) = (preds.next(), preds.next()) else {
        return None;
    };
    let mut calls = edges_to(dfg, pred.inst, block);
    let (Some(bc), None) = (calls.next(), calls.next()) else {
        return None;
    };
    bc.args(&dfg.value_lists)
        .nth(i)
        .and_then(|a| a.as_value())
        .map(|a| resolved(dfg, a))
}

/// The block calls of branch `inst` to `block`.
fn edges_to<'a>(
    dfg: &'a ir::DataFlowGraph,
    inst: ir::Inst,
    block: ir::Block,
) -> impl Iterator<Item = &'a ir::BlockCall> + 'a {
    dfg.insts[inst]
        .branch_destination(&dfg.jump_tables, &dfg.exception_tables)
        .iter()
        .filter(move |bc| bc.block(&dfg.value_lists) == block)
}

/// The `index`-th argument `bc` passes, if it is a value.
fn edge_arg(dfg: &ir::DataFlowGraph, bc: &ir::BlockCall, index: usize) -> Option<Value> {
    bc.args(&dfg.value_lists)
        .nth(index)
        .and_then(|a| a.as_value())
        .map(|a| resolved(dfg, a))
}

/// A wrapping sum `terms + k` with the parameters of blocks entered by one edge
/// replaced by what that edge passes (a few times): two sums of the same values at
/// points that the blocks of those parameters dominate are then compared by their
/// terms (the parameter equals the argument wherever its block dominates).
fn canonical(dfg: &ir::DataFlowGraph, cfg: &ControlFlowGraph, terms: &mut Terms, k: &mut u32) {
    for _ in 0..8 {
        let Some((pos, arg)) = terms
            .iter()
            .enumerate()
            .find_map(|(i, &(v, _))| single_edge_arg(dfg, cfg, v).map(|a| (i, a)))
        else {
            return;
        };
        let (_, m) = terms.remove(pos);
        let (t, c) = affine(dfg, arg);
        *k = k.wrapping_add(c.wrapping_mul(m));
        terms.extend(t.into_iter().map(|(w, s)| (w, s.wrapping_mul(m))));
        normalize(terms);
    }
}

/// Instructions looked at, at most, in the searches for the accesses covering one
/// check's first iteration (`justified`, over every edge and join): keeps them linear
/// in the function.
const JUSTIFY_BUDGET: u32 = 1024;

/// Instructions one walk up the dominator tree looks at, at most.
const WALK_BUDGET: u32 = 256;

/// Joins followed, at most, from a loop's entry back to the accesses that cover its
/// first iteration (`justified_or_joined`).
const JOIN_DEPTH: u32 = 3;

/// What the searches for covering accesses look at.
struct Search<'a> {
    func: &'a ir::Function,
    mems: &'a Memories<'a>,
    cfg: &'a ControlFlowGraph,
    domtree: &'a DominatorTree,
    band: u64,
}

/// What the first iteration's access must be covered by: an index `terms + c` (for
/// each `c` of `consts`) accessed up to `f` bytes after it, in memory `mem`.
struct Need<'a> {
    mem: usize,
    base: Value,
    /// The alias region of the memory's accesses (A's): no other load or store counts.
    region: ir::AliasRegion,
    terms: &'a Terms,
    consts: &'a [u32],
    f: u64,
}

/// Whether, for each constant `c` of `need`, an access of the memory or a bounds check
/// of it that dominates `at` (an instruction of `block`; the search starts before it)
/// proves `J + F_J <= size` with `terms + c = J + e` (wrapping) and `e + f <= F_J +
/// band`: then `terms + c + f <= size + band`, or the sum wrapped to at most `band`.
fn justified(
    search: &Search,
    need: &Need,
    (block, at): (ir::Block, ir::Inst),
    budget: &mut u32,
) -> bool {
    let Search {
        func,
        mems,
        cfg,
        domtree,
        band,
    } = *search;
    let dfg = &func.dfg;
    let layout = &func.layout;
    let mut covered: SmallVec<[bool; 8]> = need.consts.iter().map(|_| false).collect();
    let mut block = block;
    let mut cur = layout.prev_inst(at);
    loop {
        while let Some(inst) = cur {
            cur = layout.prev_inst(inst);
            if *budget == 0 {
                return false;
            }
            *budget -= 1;
            // (The opcode first: most instructions are neither, and the calls cost.)
            let op = dfg.insts[inst].opcode();
            let fact = if op == ir::Opcode::Trapnz {
                check_at(func, mems, inst)
                    .filter(|c| c.mem == need.mem)
                    .map(|c| (c.idx, c.end))
            } else if !(op.can_load() || op.can_store()) {
                None
            } else if let Some((n, pos, _)) = access(func, inst) {
                let off = dfg.insts[inst].load_store_offset().unwrap_or(-1);
                let heap = dfg.insts[inst].alias_region(dfg) == Some(need.region);
                index_of(dfg, dfg.inst_args(inst)[pos], need.base)
                    .filter(|_| off >= 0 && heap)
                    .map(|j| (j, off as u64 + n))
            } else {
                None
            };
            let Some((j, fj)) = fact else { continue };
            let (mut t, mut k) = affine(dfg, j);
            canonical(dfg, cfg, &mut t, &mut k);
            if t != *need.terms {
                continue;
            }
            for (c, done) in need.consts.iter().zip(covered.iter_mut()) {
                if u64::from(c.wrapping_sub(k)) + need.f <= fj + band {
                    *done = true;
                }
            }
            if covered.iter().all(|&d| d) {
                return true;
            }
        }
        let Some(up) = domtree.idom(block) else {
            return false;
        };
        block = up;
        cur = layout.last_inst(block);
    }
}

/// [`justified`] before `at` (the branch of `block` into a loop or a join), or, failing
/// that, on every edge into the block `Y` of a parameter `y` of `need`'s terms, with
/// the argument the edge passes for `y` in its place (recursively, `depth` joins
/// deep). Sound when the other terms are defined in blocks that strictly dominate `Y`
/// (the same values on the edge as after it) and `Y` dominates `block`: the fact each
/// edge gives holds when `Y` runs with that edge's values, and from `Y` to `at` no
/// term changes and the memory only grows.
fn justified_or_joined(
    search: &Search,
    need: &Need,
    (block, at): (ir::Block, ir::Inst),
    depth: u32,
    budget: &mut u32,
) -> bool {
    let Search {
        func, cfg, domtree, ..
    } = *search;
    // (One walk up the dominator tree takes at most `WALK_BUDGET` of the budget.)
    let mut walk = (*budget).min(WALK_BUDGET);
    let before = walk;
    let found = justified(search, need, (block, at), &mut walk);
    *budget -= before - walk;
    if found {
        return true;
    }
    if depth == 0 {
        return false;
    }
    let dfg = &func.dfg;
    let def_block = |v: Value| match dfg.value_def(v) {
        ir::ValueDef::Result(inst, _) => func.layout.inst_block(inst),
        ir::ValueDef::Param(b, _) => Some(b),
        _ => None,
    };
    for &(y, m) in need.terms.iter() {
        let ir::ValueDef::Param(join, yi) = dfg.value_def(y) else {
            continue;
        };
        if !domtree.block_dominates(join, block)
            || !need.terms.iter().all(|&(w, _)| {
                w == y
                    || def_block(w).is_some_and(|b| b != join && domtree.block_dominates(b, join))
            })
        {
            continue;
        }
        let mut every = true;
        let mut any = false;
        'edges: for pred in cfg.pred_iter(join) {
            for bc in edges_to(dfg, pred.inst, join) {
                let Some(a) = edge_arg(dfg, bc, yi) else {
                    every = false;
                    break 'edges;
                };
                let (ta, ka) = affine(dfg, a);
                let mut terms: Terms = need.terms.iter().copied().filter(|t| t.0 != y).collect();
                terms.extend(ta.into_iter().map(|(w, s)| (w, s.wrapping_mul(m))));
                normalize(&mut terms);
                let mut k = ka.wrapping_mul(m);
                canonical(dfg, cfg, &mut terms, &mut k);
                let consts: SmallVec<[u32; 8]> =
                    need.consts.iter().map(|c| c.wrapping_add(k)).collect();
                let edge = Need {
                    terms: &terms,
                    consts: &consts,
                    ..*need
                };
                let at = (pred.block, pred.inst);
                if !justified_or_joined(search, &edge, at, depth - 1, budget) {
                    every = false;
                    break 'edges;
                }
                any = true;
            }
        }
        if every && any {
            return true;
        }
    }
    false
}

/// `v` as `p + K` within one iteration of loop `lp`: `p` a parameter of its header,
/// `K` one of the returned constants (one per path: `v` may be a parameter of a block
/// of the loop, not the header and in no inner loop, that each edge passes another
/// such value for).
fn relative(
    dfg: &ir::DataFlowGraph,
    an: (&ControlFlowGraph, &LoopAnalysis),
    lp: Loop,
    v: Value,
    depth: u32,
) -> Option<(Value, SmallVec<[u32; 8]>)> {
    let (cfg, loops) = an;
    let header = loops.loop_header(lp);
    let (t, k) = affine(dfg, v);
    let [(x, 1)] = t[..] else {
        return None;
    };
    match dfg.value_def(x) {
        ir::ValueDef::Param(b, _) if b == header => Some((x, SmallVec::from_slice(&[k]))),
        ir::ValueDef::Param(b, i) if depth < 3 && loops.innermost_loop(b) == Some(lp) => {
            let mut p = None;
            let mut ks: SmallVec<[u32; 8]> = SmallVec::new();
            for pred in cfg.pred_iter(b) {
                for bc in edges_to(dfg, pred.inst, b) {
                    let (q, qs) = relative(dfg, an, lp, edge_arg(dfg, bc, i)?, depth + 1)?;
                    if *p.get_or_insert(q) != q {
                        return None;
                    }
                    for c in qs {
                        let c = c.wrapping_add(k);
                        if !ks.contains(&c) {
                            ks.push(c);
                        }
                    }
                    if ks.len() > 8 {
                        return None;
                    }
                }
            }
            Some((p?, ks))
        }
        _ => None,
    }
}

/// Removes the checks of rotated scan loops (see the module comment, "Rotated
/// loops"): a check B in a block of a loop that every back edge passes, of an index
/// that steps up by at most the band per iteration, whose first iteration an access
/// or check before the loop covers within the band. Returns how many went.
pub(super) fn remove_rotated_checks(
    func: &mut ir::Function,
    mems: &Memories,
    band: Band,
    traps_end_process: bool,
    an: &mut Cached,
) -> usize {
    if band.bytes == 0 {
        return 0;
    }
    let mut found: Vec<(ir::Inst, Vec<ir::Inst>)> = Vec::new();
    {
        let Analyses {
            cfg,
            domtree,
            loops,
        } = an.get(func);
        let dfg = &func.dfg;
        let layout = &func.layout;
        let in_loop = |v: Value, lp: Loop| {
            let block = match dfg.value_def(v) {
                ir::ValueDef::Result(inst, _) => layout.inst_block(inst),
                ir::ValueDef::Param(block, _) => Some(block),
                _ => None,
            };
            block.is_none_or(|b| loops.is_in_loop(b, lp))
        };
        for block in layout.blocks() {
            let Some(lp) = loops.innermost_loop(block) else {
                continue;
            };
            let header = loops.loop_header(lp);
            if layout.is_cold(header) || layout.is_cold(block) {
                continue;
            }
            // Every back edge passes `block`.
            let latches: SmallVec<[(ir::Block, ir::Inst); 4]> = cfg
                .pred_iter(header)
                .filter(|p| loops.is_in_loop(p.block, lp))
                .map(|p| (p.block, p.inst))
                .collect();
            if latches.is_empty()
                || !latches
                    .iter()
                    .all(|&(b, _)| domtree.block_dominates(block, b))
            {
                continue;
            }
            for inst in layout.block_insts(block) {
                let Some(check) = check_at(func, mems, inst) else {
                    continue;
                };
                // The index: `m * x + rest + k`, `x` the one term the loop changes.
                let (terms, k) = affine(dfg, check.idx);
                let mut varying = terms.iter().filter(|&&(v, _)| in_loop(v, lp));
                let (Some(&(x, m)), None) = (varying.next(), varying.next()) else {
                    continue;
                };
                // `x = p + K` on each path through an iteration.
                let Some((p, ks)) = relative(dfg, (cfg, loops), lp, x, 0) else {
                    continue;
                };
                let ir::ValueDef::Param(_, pi) = dfg.value_def(p) else {
                    continue;
                };
                let consts: SmallVec<[u32; 8]> = ks
                    .iter()
                    .map(|&c| k.wrapping_add(m.wrapping_mul(c)))
                    .collect();
                // Each back edge passes `p + S`: from one iteration's index to the
                // next, `m * S + Kb - Ka`, at most the band.
                let steps_ok = latches.iter().all(|&(_, latch)| {
                    edges_to(dfg, latch, header).all(|bc| {
                        let Some((q, ss)) = edge_arg(dfg, bc, pi)
                            .and_then(|a| relative(dfg, (cfg, loops), lp, a, 0))
                        else {
                            return false;
                        };
                        q == p
                            && ss.iter().all(|&s| {
                                consts.iter().all(|&ka| {
                                    consts.iter().all(|&kb| {
                                        let d = m.wrapping_mul(s).wrapping_add(kb).wrapping_sub(ka);
                                        u64::from(d) <= band.bytes
                                    })
                                })
                            })
                    })
                });
                if !steps_ok {
                    continue;
                }
                let Some((accesses, f)) = window(func, mems, band, traps_end_process, inst, &check)
                else {
                    continue;
                };
                // The first iteration's index, `m * a + rest + Ka` with `a` what the
                // entry edge passes for `p`, covered before the loop on every entry.
                let rest: Terms = terms.iter().copied().filter(|t| t.0 != x).collect();
                let base = resolved(dfg, mems.bases[check.mem].0);
                let Some(region) = accesses
                    .last()
                    .and_then(|&a| dfg.insts[a].alias_region(dfg))
                else {
                    continue;
                };
                let mut budget = JUSTIFY_BUDGET;
                let search = Search {
                    func,
                    mems,
                    cfg,
                    domtree,
                    band: band.bytes,
                };
                let entries_ok = cfg
                    .pred_iter(header)
                    .filter(|e| !loops.is_in_loop(e.block, lp))
                    .all(|e| {
                        edges_to(dfg, e.inst, header).all(|bc| {
                            let Some(a) = edge_arg(dfg, bc, pi) else {
                                return false;
                            };
                            let (ta, ka) = affine(dfg, a);
                            let mut terms = rest.clone();
                            terms.extend(ta.into_iter().map(|(w, s)| (w, s.wrapping_mul(m))));
                            normalize(&mut terms);
                            let mut kc = ka.wrapping_mul(m);
                            canonical(dfg, cfg, &mut terms, &mut kc);
                            let first: SmallVec<[u32; 8]> =
                                consts.iter().map(|c| c.wrapping_add(kc)).collect();
                            let need = Need {
                                mem: check.mem,
                                base,
                                region,
                                terms: &terms,
                                consts: &first,
                                f,
                            };
                            justified_or_joined(
                                &search,
                                &need,
                                (e.block, e.inst),
                                JOIN_DEPTH,
                                &mut budget,
                            )
                        })
                    });
                if entries_ok {
                    found.push((inst, accesses));
                }
            }
        }
    }
    let mut count = 0;
    for (trapnz, accesses) in found {
        if !mark_trapping(func, &accesses) {
            continue;
        }
        func.layout.remove_inst(trapnz);
        count += 1;
    }
    count
}
