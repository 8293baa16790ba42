//! Merging the bounds checks of one index within a basic block.
//!
//! C compiled to wasm reads and writes structs and arrays as `p + 0`, `p + 4`, `p + 8`
//! with the same index `p` and different static offsets. Each access has its own
//! explicit check (`p <= size - (offset + access_size)`). Within a block, between two
//! checks of the same index with nothing observable in between (only loads, pure
//! instructions and other bounds checks: no store, call, or other trap), the first
//! check can test the larger end and the second disappear: if the second would trap,
//! the first now traps with the same kind, and nothing that happened in between can be
//! seen. Memory only grows, and a growth is a call, which ends the window.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
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

/// Merges checks as described in the module comment; returns how many were removed.
pub(crate) fn merge_bounds_checks(func: &mut ir::Function, checks: &[CheckSite]) -> usize {
    if checks.len() < 2 {
        return 0;
    }
    let by_inst: HashMap<ir::Inst, usize> = checks
        .iter()
        .enumerate()
        .map(|(i, c)| (c.trapnz, i))
        .collect();
    let mut removed = 0;
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
                        }
                        func.layout.remove_inst(inst);
                        removed += 1;
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
    removed
}
