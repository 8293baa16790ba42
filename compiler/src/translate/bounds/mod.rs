//! The bounds-check optimizer: a pipeline of passes over a function's finished CLIF,
//! run between translation and Cranelift's compile. [`optimize_checks`] is its one
//! entry point: it takes the checks the translator recorded as it emitted them, which
//! are exactly those [`find_checks`] finds by their shape (debug builds assert this
//! after every translation; the unit tests go through [`optimize`], which finds them).
//!
//! The translator emits every 32-bit memory access with an explicit check
//! (`compiler/src/translate/env.rs`, `heap_addr`):
//!
//! ```text
//!     v_idx   = uextend.i64 v_index          ; the wasm i32 index
//!     v_size  = load.i64 <size flags> v_rec+SIZE   ; the memory's current size
//!     v_end   = iconst.i64 -END               ; END = static offset + access size
//!     v_limit = iadd v_size, v_end
//!     v_oob   = icmp sgt v_idx, v_limit
//!     trapnz v_oob, user<MemoryOutOfBounds>
//! ```
//!
//! [`find_checks`] finds them by that shape and trap code, nothing else: a check is
//! a `trapnz` with the out-of-bounds trap code whose condition is such a compare, with
//! the size loaded (with the memory-size flags) from one of the function's memory
//! records. Checks of 64-bit memories (a clamped index), of bulk operations (an
//! unsigned compare of an end) and the checks the passes themselves emit do not have
//! that shape and are left alone.
//!
//! The passes, in order (each module documents its rewrites and why they are exact):
//! 1. `checks::optimize_bounds_checks`: merging checks within a block, removing checks
//!    a dominating check implies (or, at a join, checks on every incoming edge), or
//!    nearly implies, leaving their accesses to fault in the runtime's guard band after
//!    the size (`remove_banded`: the accesses then carry the out-of-bounds trap code), loop
//!    prechecks (`hoist`), which repair SSA for all duplicated loops in one batch
//!    (`ssa`), and moving loop-invariant checks at the top of a loop header in front of
//!    the loop; then (1b) `scans::remove_rotated_checks`: a check in a loop's block that
//!    every back edge passes, of an index that steps up by at most the guard band per
//!    iteration and whose first value an access before the loop covers within the band,
//!    goes (its access faults in the band; rotated scans), and
//!    `scans::move_scan_checks`: a check at the top of a loop header
//!    whose index steps up by at most the guard band on every back edge, followed by its
//!    access, moves onto the loop's entry (testing the entry value); later iterations'
//!    accesses fault in the band (the accesses then carry the out-of-bounds trap code);
//! 2. `size_loads::reuse_size_loads`: one load of each memory size per memory version,
//!    hoisted out of loops, and the loads no check uses any more deleted;
//! 3. `checks::lower_unit_checks`: one-byte checks become `idx >= size`;
//! 4. `checks::hold_loop_limits`: the limits of checks in the header of a small loop
//!    become a form Cranelift hoists out of the loop instead of recomputing it;
//! 5. `operands::size_operands` (x86_64): checks compare the index with their limit
//!    `size - END` (or the size) read by the compare itself from the memory record's
//!    table of limits, so no register holds the size or a limit.
//!
//! Then, whether or not the optimizer is on, `exit_tests` (loop exit tests on the
//! counter's next value) where that is free.
//!
//! **Off switch**: `Options::enabled` (`wasm2native build|compile --no-bounds-opt`,
//! `CompileOptions::bounds_opt`) leaves every check as the translator emitted it, to
//! measure what the optimizer gains and costs. Turning it off never makes code less
//! safe: every pass only removes or strengthens checks.
//!
//! Every rewrite but `remove_banded`, `narrow_banded` and `scans` is exact on its own;
//! those need the runtime's guard band (`abi::GUARD_BAND`, ABI version 14) and its
//! signal handler.
//!
//! A wrong rewrite here is a sandbox escape; `tests/wast/bounds_*.wast` test the
//! trap points, the unit tests below and `tests/bounds_golden.rs` the rewrites.

pub(crate) mod census;
pub(crate) mod checks;
mod exit_tests;
mod hoist;
mod operands;
mod scans;
mod size_loads;
mod ssa;

use crate::abi::{Trap, MEMORY};
use checks::CheckSite;
use cranelift_codegen::ir::{self, condcodes::IntCC, Value};
pub(crate) use ssa::Analyses;
use std::time::Instant;

/// The function's memories as the translator set them up.
pub(crate) struct Memories<'a> {
    /// Each memory's record: the base value and offset of its `MEMORY` record
    /// (index: memory index).
    pub records: &'a [(Value, i32)],
    /// The flags of every load of a memory's size (and only those).
    pub size_flags: ir::MemFlagsData,
    /// Each memory's base address as loaded once in the entry block, and whether the
    /// memory has 32-bit indices (see `hoist::copied_insts_exceed`).
    pub bases: &'a [(Value, bool)],
}

/// What the pipeline may do.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Options {
    /// Run the bounds-check passes (the off switch).
    pub enabled: bool,
    /// A trap ends the process: see `checks`, rewrite 1.
    pub traps_end_process: bool,
    /// The guard band after each memory's size (`checks::remove_banded`).
    pub band: checks::Band,
    /// Zero-extending a 32-bit value costs nothing (x86_64): run `exit_tests`.
    pub zext32_free: bool,
    /// A compare can read an operand from memory (x86_64): run `operands`.
    pub size_operands: bool,
}

/// What the pipeline did to one function.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Report {
    /// Bounds checks found in the translated function.
    pub checks: usize,
    /// Checks removed (merged, dominated, or moved in front of a loop).
    pub removed: usize,
    /// Loads of a memory size removed.
    pub size_loads_removed: usize,
    /// One-byte checks turned into `idx >= size`.
    pub unit_checks: usize,
    /// Loop exit tests rewritten.
    pub exit_tests: usize,
}

/// Runs the pipeline of the module comment on `func`, a finished translation.
#[cfg(test)]
pub(crate) fn optimize(func: &mut ir::Function, mems: &Memories, opts: &Options) -> Report {
    let checks = find_checks(func, mems);
    optimize_checks(func, mems, opts, &checks).0
}

/// [`optimize`] given the checks [`find_checks`] would find (the translator records
/// them as it emits them, which spares a scan of the function). Also returns the CFG,
/// dominator tree and loops of `func` as the passes leave it, if they computed them,
/// for Cranelift's compile to take (`Context::set_flow_analyses`): only the loop
/// prechecks change the CFG, and they leave analyses of the CFG they made; the passes
/// after them, `exit_tests` included, change no block and no branch destination.
pub(crate) fn optimize_checks(
    func: &mut ir::Function,
    mems: &Memories,
    opts: &Options,
    checks: &[CheckSite],
) -> (Report, Option<Analyses>) {
    let start = Instant::now();
    let mut report = Report::default();
    let mut flow = None;
    if opts.enabled {
        report.checks = checks.len();
        // The CFG, dominator tree and loops, computed once and shared until a pass
        // changes the CFG (only the loop prechecks do).
        let mut an = ssa::Cached::default();
        let (removed, copied) = checks::optimize_bounds_checks(
            func,
            checks,
            opts.traps_end_process,
            opts.band,
            &mut an,
            mems.bases,
        );
        report.removed = removed;
        if census::path().is_some() {
            census::record(func, mems);
        }
        // Only where a check is left (then `size_loads` needs the analyses anyway).
        if checks
            .iter()
            .any(|c| func.layout.inst_block(c.trapnz).is_some())
        {
            report.removed +=
                scans::remove_rotated_checks(
                    func,
                    mems,
                    opts.band,
                    opts.traps_end_process,
                    &mut an,
                ) + scans::move_scan_checks(func, mems, opts.band, opts.traps_end_process, &mut an);
        }
        let (removed, mut uses, hoisted) =
            size_loads::reuse_size_loads(func, mems.size_flags, &mut an);
        report.size_loads_removed = removed;
        report.unit_checks = checks::lower_unit_checks(func, mems.size_flags, &mut uses);
        checks::hold_loop_limits(func, mems.size_flags, &mut an, &mut uses);
        if opts.size_operands {
            uses.debug_assert_exact(func);
            operands::size_operands(func, mems.size_flags, uses);
        }
        size_loads::sink_to_uses(func, &hoisted, &mut an, copied);
        flow = an.into_inner();
    }
    if opts.zext32_free {
        report.exit_tests = exit_tests::test_next_values(func);
    }
    crate::timings::checks_done(start.elapsed());
    (report, flow)
}

/// `resolved(dfg, v)`, with the common case (`v` is no alias) answered inline:
/// the passes resolve every operand they read, and Cranelift's loop over the alias
/// chain is a call of about 30 instructions (some 250 M of the structured report's
/// compile; bench/large-modules.md, "cspeed15").
#[inline]
pub(super) fn resolved(dfg: &ir::DataFlowGraph, v: Value) -> Value {
    if dfg.value_is_alias(v) {
        dfg.resolve_aliases(v)
    } else {
        v
    }
}

/// Calls `f` on every value `inst` uses, in the order of `DataFlowGraph::inst_values`
/// (its arguments, then its branches' value arguments and its exception table's
/// contexts), without that method's three chained iterators for the instructions
/// other than terminators, which have only arguments: the passes' scans of every
/// instruction's operands spent most of their time in them (bench/large-modules.md,
/// "cspeed11").
pub(super) fn for_each_use(dfg: &ir::DataFlowGraph, inst: ir::Inst, mut f: impl FnMut(Value)) {
    let args = dfg.inst_args(inst);
    for &v in args {
        f(v);
    }
    if dfg.insts[inst].opcode().is_terminator() {
        for v in dfg.inst_values(inst).skip(args.len()) {
            f(v);
        }
    }
}

/// The bounds checks of `func` (see the module comment), in the order the translator
/// emitted them (instruction number order).
pub(crate) fn find_checks(func: &ir::Function, mems: &Memories) -> Vec<CheckSite> {
    let mut found = Vec::new();
    for block in func.layout.blocks() {
        for trapnz in func.layout.block_insts(block) {
            found.extend(check_site(func, mems, trapnz));
        }
    }
    found.sort_by_key(|c| c.trapnz);
    found
}

/// `trapnz` as a bounds check of the translator's shape (see the module comment), if it
/// is one.
pub(crate) fn check_site(
    func: &ir::Function,
    mems: &Memories,
    trapnz: ir::Inst,
) -> Option<CheckSite> {
    let dfg = &func.dfg;
    let code = ir::TrapCode::unwrap_user(Trap::MemoryOutOfBounds as u8);
    let size_off = MEMORY.offset_of("size");
    let def = |v: Value| match dfg.value_def(resolved(dfg, v)) {
        ir::ValueDef::Result(inst, 0) => Some(inst),
        _ => None,
    };
    let ir::InstructionData::CondTrap {
        opcode: ir::Opcode::Trapnz,
        arg,
        code: c,
    } = dfg.insts[trapnz]
    else {
        return None;
    };
    if c != code {
        return None;
    }
    let icmp = def(arg)?;
    let ir::InstructionData::IntCompare {
        opcode: ir::Opcode::Icmp,
        cond: IntCC::SignedGreaterThan,
        args: [idx64, limit],
    } = dfg.insts[icmp]
    else {
        return None;
    };
    // The index: a zero-extended i32.
    let ext = def(idx64)?;
    let ir::InstructionData::Unary {
        opcode: ir::Opcode::Uextend,
        arg: idx,
    } = dfg.insts[ext]
    else {
        return None;
    };
    if dfg.value_type(idx) != ir::types::I32 || dfg.value_type(idx64) != ir::types::I64 {
        return None;
    }
    // The limit: size - END.
    let sub = def(limit)?;
    let ir::InstructionData::Binary {
        opcode: ir::Opcode::Iadd,
        args: [size, minus_end],
    } = dfg.insts[sub]
    else {
        return None;
    };
    let k = def(minus_end)?;
    let ir::InstructionData::UnaryImm {
        opcode: ir::Opcode::Iconst,
        imm,
    } = dfg.insts[k]
    else {
        return None;
    };
    let end = imm.bits().wrapping_neg();
    if end <= 0 {
        return None;
    }
    // The size: a size load from one of the memory records.
    let load = def(size)?;
    let ir::InstructionData::Load {
        opcode: ir::Opcode::Load,
        arg: rec,
        offset,
        ..
    } = dfg.insts[load]
    else {
        return None;
    };
    if dfg.insts[load].memflags_data(dfg) != Some(mems.size_flags)
        || dfg.value_type(size) != ir::types::I64
    {
        return None;
    }
    let rec = resolved(dfg, rec);
    let off = i32::from(offset);
    let mem = mems
        .records
        .iter()
        .position(|&(r, o)| resolved(dfg, r) == rec && o + size_off == off)?;
    Some(CheckSite {
        trapnz,
        icmp,
        mem: mem as u32,
        idx,
        end: end as u64,
        size: resolved(dfg, size),
    })
}

/// The randomized tests' numbers: xorshift64 from `seed`, each call a value below `m`.
#[cfg(test)]
pub(crate) fn test_rng(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |m| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % m as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_codegen::cursor::{Cursor, FuncCursor};
    use cranelift_codegen::ir::{types, AliasRegionData, InstBuilder, MemFlagsData};

    const OOB: u8 = Trap::MemoryOutOfBounds as u8;

    /// The translator's flags of a size load (trusted, in a vmctx alias region of `func`).
    pub(super) fn size_flags(func: &mut ir::Function) -> MemFlagsData {
        let region = func.dfg.alias_regions.insert(AliasRegionData {
            user_id: 1,
            description: "vmctx".into(),
        });
        MemFlagsData::trusted().with_alias_region(Some(region))
    }

    /// A function `(vmctx: i64, index: i32)` with one memory record at vmctx+64 and
    /// the size flags of the translator; `body` adds instructions before the return.
    fn function(
        body: impl FnOnce(&mut FuncCursor, Value, Value, MemFlagsData),
    ) -> (ir::Function, MemFlagsData, Value) {
        let mut func = ir::Function::new();
        let flags = size_flags(&mut func);
        let b = func.dfg.make_block();
        let vmctx = func.dfg.append_block_param(b, types::I64);
        let index = func.dfg.append_block_param(b, types::I32);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(b);
        body(&mut cur, vmctx, index, flags);
        cur.ins().return_(&[]);
        (func, flags, vmctx)
    }

    /// `trapnz (icmp cc idx64, size - end), code` as the translator emits it.
    fn check(
        cur: &mut FuncCursor,
        idx64: Value,
        size: Value,
        end: i64,
        cc: IntCC,
        code: u8,
    ) -> ir::Inst {
        let limit = cur.ins().iadd_imm_s(size, -end);
        let oob = cur.ins().icmp(cc, idx64, limit);
        cur.ins().trapnz(oob, ir::TrapCode::unwrap_user(code))
    }

    fn size_load(cur: &mut FuncCursor, vmctx: Value, flags: MemFlagsData, rec: i32) -> Value {
        let off = rec + MEMORY.offset_of("size");
        cur.ins().load(types::I64, flags, vmctx, off)
    }

    /// `for_each_use` gives what `inst_values` gives, in its order: arguments, then the
    /// branches' arguments (jump, brif and br_table: every edge's).
    #[test]
    fn for_each_use_is_inst_values() {
        let mut func = ir::Function::new();
        let [b0, b1, b2, b3] = [(); 4].map(|_| func.dfg.make_block());
        let x = func.dfg.append_block_param(b0, types::I32);
        let y = func.dfg.append_block_param(b0, types::I32);
        for b in [b1, b2] {
            func.dfg.append_block_param(b, types::I32);
            func.dfg.append_block_param(b, types::I32);
        }
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(b0);
        let s = cur.ins().iadd(x, y);
        cur.ins()
            .brif(s, b1, &[x.into(), s.into()], b2, &[y.into(), x.into()]);
        cur.insert_block(b1);
        cur.ins().jump(b2, &[s.into(), y.into()]);
        cur.insert_block(b2);
        let def = ir::BlockCall::new(b3, [], &mut cur.func.dfg.value_lists);
        let jt = ir::JumpTableData::new(def, &[def]);
        let jt = cur.func.create_jump_table(jt);
        cur.ins().br_table(s, jt);
        cur.insert_block(b3);
        cur.ins().return_(&[]);
        let mut seen = 0;
        for b in [b0, b1, b2, b3] {
            for inst in func.layout.block_insts(b) {
                let mut got = Vec::new();
                for_each_use(&func.dfg, inst, |v| got.push(v));
                let want: Vec<Value> = func.dfg.inst_values(inst).collect();
                assert_eq!(got, want, "{}", func.dfg.display_inst(inst));
                seen += got.len();
            }
        }
        // iadd 2, brif 1 + 4, jump 2, br_table 1.
        assert_eq!(seen, 10);
    }

    /// Exactly the translator's shape is a check; every near miss is not.
    #[test]
    fn finds_checks_by_shape() {
        let mut want = Vec::new();
        let (func, flags, vmctx) = function(|cur, vmctx, index, flags| {
            let size = size_load(cur, vmctx, flags, 64);
            let idx64 = cur.ins().uextend(types::I64, index);
            want.push(check(cur, idx64, size, 8, IntCC::SignedGreaterThan, OOB));
            // Unsigned compare (bulk memory's shape).
            check(cur, idx64, size, 8, IntCC::UnsignedGreaterThan, OOB);
            // Another trap code.
            check(cur, idx64, size, 8, IntCC::SignedGreaterThan, OOB + 1);
            // A 64-bit index (no zero-extension).
            let wide = cur.ins().iconst(types::I64, 5);
            check(cur, wide, size, 8, IntCC::SignedGreaterThan, OOB);
            // A load with other flags, and a size load of no memory record.
            let other = cur
                .ins()
                .load(types::I64, MemFlagsData::trusted(), vmctx, 64 + 8);
            check(cur, idx64, other, 8, IntCC::SignedGreaterThan, OOB);
            let stray = size_load(cur, vmctx, flags, 128);
            check(cur, idx64, stray, 8, IntCC::SignedGreaterThan, OOB);
            // A limit with a non-constant subtrahend.
            let lim = cur.ins().iadd(size, idx64);
            let oob = cur.ins().icmp(IntCC::SignedGreaterThan, idx64, lim);
            cur.ins().trapnz(oob, ir::TrapCode::unwrap_user(OOB));
            // The second memory's check.
            let size1 = size_load(cur, vmctx, flags, 96);
            want.push(check(cur, idx64, size1, 1, IntCC::SignedGreaterThan, OOB));
        });
        let records = [(vmctx, 64), (vmctx, 96)];
        let mems = Memories {
            records: &records,
            size_flags: flags,
            bases: &[],
        };
        let found = find_checks(&func, &mems);
        let got: Vec<(ir::Inst, u32, u64)> =
            found.iter().map(|c| (c.trapnz, c.mem, c.end)).collect();
        assert_eq!(got, vec![(want[0], 0, 8), (want[1], 1, 1)]);
    }

    fn trap_count(func: &ir::Function) -> usize {
        func.layout
            .blocks()
            .flat_map(|b| func.layout.block_insts(b))
            .filter(|&i| func.dfg.insts[i].opcode() == ir::Opcode::Trapnz)
            .count()
    }

    /// Three loads off one index in one block: one check remains (of the largest
    /// end), one size load; with the optimizer off, all three stay.
    #[test]
    fn merges_checks_of_one_index() {
        let build = || {
            function(|cur, vmctx, index, flags| {
                for end in [4, 12, 8] {
                    let size = size_load(cur, vmctx, flags, 64);
                    let idx64 = cur.ins().uextend(types::I64, index);
                    check(cur, idx64, size, end, IntCC::SignedGreaterThan, OOB);
                    cur.ins().load(types::I32, MemFlagsData::new(), idx64, 0);
                }
            })
        };
        let records_of = |vmctx| [(vmctx, 64)];
        for enabled in [true, false] {
            let (mut func, flags, vmctx) = build();
            let records = records_of(vmctx);
            let mems = Memories {
                records: &records,
                size_flags: flags,
                bases: &[],
            };
            let opts = Options {
                enabled,
                traps_end_process: false,
                band: checks::Band {
                    bytes: crate::abi::GUARD_BAND,
                    stores: false,
                    narrow: 0,
                },
                zext32_free: false,
                size_operands: false,
            };
            let report = optimize(&mut func, &mems, &opts);
            if enabled {
                assert_eq!(report.checks, 3);
                assert_eq!(report.removed, 2);
                assert_eq!(trap_count(&func), 1);
                // The one left tests the largest end.
                let left = find_checks(&func, &mems);
                assert_eq!(left.iter().map(|c| c.end).collect::<Vec<_>>(), [12]);
            } else {
                assert_eq!(report, Report::default());
                assert_eq!(trap_count(&func), 3);
            }
        }
    }

    /// Two checks of one index in one block merge, in a block after one with a single
    /// check (`merge_in_blocks` walks only the blocks with two checks or more).
    #[test]
    fn merges_the_two_checks_of_a_block() {
        let (mut func, flags, vmctx) = function(|cur, vmctx, index, flags| {
            let idx64 = cur.ins().uextend(types::I64, index);
            let size = size_load(cur, vmctx, flags, 64);
            check(cur, idx64, size, 4, IntCC::SignedGreaterThan, OOB);
            let next = cur.func.dfg.make_block();
            cur.ins().jump(next, &[]);
            cur.insert_block(next);
            for end in [4, 8] {
                let size = size_load(cur, vmctx, flags, 64);
                check(cur, idx64, size, end, IntCC::SignedGreaterThan, OOB);
            }
        });
        let records = [(vmctx, 64)];
        let mems = Memories {
            records: &records,
            size_flags: flags,
            bases: &[],
        };
        let checks = find_checks(&func, &mems);
        let mut ends: Vec<u64> = checks.iter().map(|c| c.end).collect();
        let mut removed = vec![false; checks.len()];
        let mut into: Vec<usize> = (0..checks.len()).collect();
        let merged = checks::merge_in_blocks(
            &mut func,
            &checks,
            &mut ends,
            &mut removed,
            &mut into,
            false,
            &mut ssa::Cached::default(),
        );
        assert_eq!(merged, 1);
        assert_eq!(removed, [false, false, true]);
        assert_eq!(ends, [4, 8, 8]);
    }

    /// Ends a counted loop's last block: `filler` unused instructions, then `i + 1` back
    /// to `head` while below `n`, else to `exit`, which returns.
    fn close_loop(
        cur: &mut FuncCursor,
        filler: usize,
        (head, i, n): (ir::Block, Value, Value),
        exit: ir::Block,
    ) {
        for k in 0..filler {
            cur.ins().iconst(types::I64, k as i64);
        }
        let next = cur.ins().iadd_imm_s(i, 1);
        let more = cur.ins().icmp(IntCC::SignedLessThan, next, n);
        cur.ins().brif(more, head, &[next.into()], exit, &[]);
        cur.insert_block(exit);
        cur.ins().return_(&[]);
    }

    /// A counted loop of two blocks `for (i = 0; i < n; i++) load(i)` with `filler`
    /// unused instructions in its second block.
    fn counted_loop(filler: usize) -> (ir::Function, MemFlagsData, Value) {
        let mut func = ir::Function::new();
        let flags = size_flags(&mut func);
        let [entry, head, tail, exit] = [(); 4].map(|_| func.dfg.make_block());
        let vmctx = func.dfg.append_block_param(entry, types::I64);
        let n = func.dfg.append_block_param(entry, types::I32);
        let i = func.dfg.append_block_param(head, types::I32);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(entry);
        let zero = cur.ins().iconst(types::I32, 0);
        cur.ins().jump(head, &[zero.into()]);
        cur.insert_block(head);
        let size = size_load(&mut cur, vmctx, flags, 64);
        let idx64 = cur.ins().uextend(types::I64, i);
        check(&mut cur, idx64, size, 4, IntCC::SignedGreaterThan, OOB);
        cur.ins().load(types::I32, MemFlagsData::new(), idx64, 0);
        cur.ins().jump(tail, &[]);
        cur.insert_block(tail);
        close_loop(&mut cur, filler, (head, i, n), exit);
        (func, flags, vmctx)
    }

    /// A counted loop of one block `for (i = 0; i < n; i++) { load(i); .. }` with
    /// `checks` checked loads at `i`, `2 * i`, `3 * i`, .. (indices of their own, so that
    /// no two merge) and `filler` unused instructions.
    fn one_block_loop(filler: usize, checks: usize) -> (ir::Function, MemFlagsData, Value) {
        let mut func = ir::Function::new();
        let flags = size_flags(&mut func);
        let [entry, head, exit] = [(); 3].map(|_| func.dfg.make_block());
        let vmctx = func.dfg.append_block_param(entry, types::I64);
        let n = func.dfg.append_block_param(entry, types::I32);
        let i = func.dfg.append_block_param(head, types::I32);
        let mut cur = FuncCursor::new(&mut func);
        cur.insert_block(entry);
        let zero = cur.ins().iconst(types::I32, 0);
        cur.ins().jump(head, &[zero.into()]);
        cur.insert_block(head);
        for c in 0..checks {
            let at = cur.ins().imul_imm_s(i, c as i64 + 1);
            let size = size_load(&mut cur, vmctx, flags, 64);
            let idx64 = cur.ins().uextend(types::I64, at);
            check(&mut cur, idx64, size, 4, IntCC::SignedGreaterThan, OOB);
            cur.ins().load(types::I32, MemFlagsData::new(), idx64, 0);
        }
        close_loop(&mut cur, filler, (head, i, n), exit);
        (func, flags, vmctx)
    }

    /// [`optimize`] with the guard band (stores checked), memory 0's record at `vmctx + 64`.
    fn optimize_banded(func: &mut ir::Function, flags: MemFlagsData, vmctx: Value) -> Report {
        let records = [(vmctx, 64)];
        let mems = Memories {
            records: &records,
            size_flags: flags,
            bases: &[],
        };
        let opts = Options {
            enabled: true,
            traps_end_process: false,
            band: checks::Band {
                bytes: crate::abi::GUARD_BAND,
                stores: false,
                narrow: 0,
            },
            zext32_free: false,
            size_operands: false,
        };
        optimize(func, &mems, &opts)
    }

    /// A loop of one block is copied for its precheck when short, or when long with at
    /// least one live check per `hoist::INSTS_PER_CHECK` instructions; a long one with
    /// fewer checks (sha2's `compress256`) is not.
    #[test]
    fn long_sparse_one_block_loops_are_not_copied() {
        let long = hoist::MAX_COPIED_INSTS + 100;
        // Enough checks for the filler and their own instructions (about 8 each).
        let dense = long / (hoist::INSTS_PER_CHECK - 16) + 1;
        for (filler, checks, hoisted) in [(10, 2, true), (long, 2, false), (long, dense, true)] {
            let (mut func, flags, vmctx) = one_block_loop(filler, checks);
            let blocks = func.layout.blocks().count();
            let report = optimize_banded(&mut func, flags, vmctx);
            assert_eq!(report.checks, checks, "filler {filler}");
            let what = format!("filler {filler}, checks {checks}");
            assert_eq!(func.layout.blocks().count() > blocks, hoisted, "{what}");
            assert_eq!(report.removed, if hoisted { checks } else { 0 }, "{what}");
        }
    }

    /// A loop of several blocks is copied for its precheck up to
    /// `hoist::MAX_COPIED_INSTS` instructions, not beyond.
    #[test]
    fn big_loops_are_not_copied() {
        for (filler, hoisted) in [(10, true), (hoist::MAX_COPIED_INSTS, false)] {
            let (mut func, flags, vmctx) = counted_loop(filler);
            let blocks = func.layout.blocks().count();
            let report = optimize_banded(&mut func, flags, vmctx);
            assert_eq!(report.checks, 1);
            assert_eq!(report.removed, usize::from(hoisted), "filler {filler}");
            assert_eq!(func.layout.blocks().count() > blocks, hoisted);
        }
    }
}
