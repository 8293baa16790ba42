//! The bounds-check optimizer: a pipeline of passes over a function's finished CLIF,
//! run between translation and Cranelift's compile. [`optimize`] is its one entry
//! point.
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
//!    a dominating check implies, and loop prechecks (`hoist`), which repair SSA for
//!    all duplicated loops in one batch (`ssa`);
//! 2. `size_loads::reuse_size_loads`: one load of each memory size per memory version,
//!    hoisted out of loops, and the loads no check uses any more deleted;
//! 3. `checks::lower_unit_checks`: one-byte checks become `idx >= size`.
//!
//! Then, whether or not the optimizer is on, `exit_tests` (loop exit tests on the
//! counter's next value) where that is free.
//!
//! **Off switch**: `Options::enabled` (`wasm2native build|compile --no-bounds-opt`,
//! `CompileOptions::bounds_opt`) leaves every check as the translator emitted it, to
//! measure what the optimizer gains and costs. Turning it off never makes code less
//! safe: every pass only removes or strengthens checks.
//!
//! A wrong rewrite here is a sandbox escape; `tests/wast/bounds_*.wast` test the
//! trap points, the unit tests below and `tests/bounds_golden.rs` the rewrites.

use super::checks::CheckSite;
use crate::abi::{Trap, MEMORY};
use cranelift_codegen::ir::{self, condcodes::IntCC, Value};
use std::time::Instant;

/// The function's memories as the translator set them up.
pub(crate) struct Memories<'a> {
    /// Each memory's record: the base value and offset of its `MEMORY` record
    /// (index: memory index).
    pub records: &'a [(Value, i32)],
    /// The flags of every load of a memory's size (and only those).
    pub size_flags: ir::MemFlagsData,
}

/// What the pipeline may do.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Options {
    /// Run the bounds-check passes (the off switch).
    pub enabled: bool,
    /// A trap ends the process: see `checks`, rewrite 1.
    pub traps_end_process: bool,
    /// Zero-extending a 32-bit value costs nothing (x86_64): run `exit_tests`.
    pub zext32_free: bool,
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
pub(crate) fn optimize(func: &mut ir::Function, mems: &Memories, opts: &Options) -> Report {
    let start = Instant::now();
    let mut report = Report::default();
    if opts.enabled {
        let checks = find_checks(func, mems);
        report.checks = checks.len();
        report.removed =
            super::checks::optimize_bounds_checks(func, &checks, opts.traps_end_process);
        report.size_loads_removed = super::size_loads::reuse_size_loads(func, mems.size_flags);
        report.unit_checks = super::checks::lower_unit_checks(func, mems.size_flags);
    }
    if opts.zext32_free {
        report.exit_tests = super::exit_tests::test_next_values(func);
    }
    crate::timings::checks_done(start.elapsed());
    report
}

/// The bounds checks of `func` (see the module comment), in the order the translator
/// emitted them (instruction number order).
pub(crate) fn find_checks(func: &ir::Function, mems: &Memories) -> Vec<CheckSite> {
    let dfg = &func.dfg;
    let code = ir::TrapCode::unwrap_user(Trap::MemoryOutOfBounds as u8);
    let size_off = MEMORY.offset_of("size");
    let def = |v: Value| match dfg.value_def(dfg.resolve_aliases(v)) {
        ir::ValueDef::Result(inst, 0) => Some(inst),
        _ => None,
    };
    let mut found = Vec::new();
    for block in func.layout.blocks() {
        for trapnz in func.layout.block_insts(block) {
            let ir::InstructionData::CondTrap {
                opcode: ir::Opcode::Trapnz,
                arg,
                code: c,
            } = dfg.insts[trapnz]
            else {
                continue;
            };
            if c != code {
                continue;
            }
            let Some(icmp) = def(arg) else { continue };
            let ir::InstructionData::IntCompare {
                opcode: ir::Opcode::Icmp,
                cond: IntCC::SignedGreaterThan,
                args: [idx64, limit],
            } = dfg.insts[icmp]
            else {
                continue;
            };
            // The index: a zero-extended i32.
            let Some(ext) = def(idx64) else { continue };
            let ir::InstructionData::Unary {
                opcode: ir::Opcode::Uextend,
                arg: idx,
            } = dfg.insts[ext]
            else {
                continue;
            };
            if dfg.value_type(idx) != ir::types::I32 || dfg.value_type(idx64) != ir::types::I64 {
                continue;
            }
            // The limit: size - END.
            let Some(sub) = def(limit) else { continue };
            let ir::InstructionData::Binary {
                opcode: ir::Opcode::Iadd,
                args: [size, minus_end],
            } = dfg.insts[sub]
            else {
                continue;
            };
            let Some(k) = def(minus_end) else { continue };
            let ir::InstructionData::UnaryImm {
                opcode: ir::Opcode::Iconst,
                imm,
            } = dfg.insts[k]
            else {
                continue;
            };
            let end = imm.bits().wrapping_neg();
            if end <= 0 {
                continue;
            }
            // The size: a size load from one of the memory records.
            let Some(load) = def(size) else { continue };
            let ir::InstructionData::Load {
                opcode: ir::Opcode::Load,
                arg: rec,
                offset,
                ..
            } = dfg.insts[load]
            else {
                continue;
            };
            if dfg.insts[load].memflags_data(dfg) != Some(mems.size_flags)
                || dfg.value_type(size) != ir::types::I64
            {
                continue;
            }
            let rec = dfg.resolve_aliases(rec);
            let off = i32::from(offset);
            let Some(mem) = mems
                .records
                .iter()
                .position(|&(r, o)| dfg.resolve_aliases(r) == rec && o + size_off == off)
            else {
                continue;
            };
            found.push(CheckSite {
                trapnz,
                icmp,
                mem: mem as u32,
                idx,
                end: end as u64,
                size: dfg.resolve_aliases(size),
            });
        }
    }
    found.sort_by_key(|c| c.trapnz);
    found
}
