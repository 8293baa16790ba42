//! Scaled memory indices (issue 23): an access at `zext(x << k)`, with `k` at most 3 and
//! `x` small enough that the 32-bit shift cannot wrap, becomes an access at
//! `zext(x) << k` computed in 64 bits, which the x86_64 back end folds into the address
//! (`disp(base, x, 1 << k)`): the `shl` is gone from the access.
//!
//! WebAssembly computes a 32-bit memory's index in i32, so `t[(op & 127)]` on a table of
//! 32-bit words at a constant address is `i32.shl (i32.and op 127) 2` with the table's
//! address in the access's offset, and the translator extends the i32 to i64 to add it
//! to the memory's base. Cranelift cannot move the extension inside the shift, since in
//! general the i32 shift drops the bits it shifts out; here `upper_bound` (the bounds
//! passes' range analysis) proves there are none, and then `zext(x << k) == zext(x) <<
//! k`. Lua's dispatch (clang's lookup table for its `switch`, indexed by the opcode
//! masked to 7 bits) and tables indexed by a loaded byte take this form.
//!
//! **Where**: per function, after translation, the bounds-check passes and the byte-swap
//! fold (which see the IR they always saw), before inlining. Only an extension whose
//! every use is an `iadd` (the address of an access) is rewritten: where a bounds check
//! still compares the index, the shifted value is needed in a register anyway, and the
//! rewrite would keep both `x` and `x << k` live.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::EntitySet;
use cranelift_codegen::ir::{self, types, Inst, InstBuilder, InstructionData, Opcode, Value};

/// The largest shift an x86_64 address scales by (1, 2, 4, 8).
const MAX_SHIFT: u64 = 3;

/// Rewrites `uextend.i64 (ishl.i32 x k)` to `ishl.i64 (uextend.i64 x) k` where that is
/// exact and every use is an address; returns how many.
pub(crate) fn scale_indices(func: &mut ir::Function) -> usize {
    let candidates = candidates(func);
    if candidates.is_empty() {
        return 0; // most functions
    }
    let others = non_address_uses(func);
    let mut count = 0;
    for (inst, x, k) in candidates {
        let v = func.dfg.first_result(inst);
        if others.contains(v) {
            continue;
        }
        let srcloc = func.srcloc(inst);
        let mut pos = FuncCursor::new(func).at_inst(inst);
        pos.set_srcloc(srcloc);
        let ext = pos.ins().uextend(types::I64, x);
        let amount = pos.ins().iconst(types::I64, k as i64);
        pos.func.replace(inst).ishl(ext, amount);
        count += 1;
    }
    count
}

/// The extensions to rewrite: `(uextend, x, k)` for `uextend.i64 (ishl.i32 x k)` with
/// a constant `1 <= k <= 3` and `upper_bound(x) << k` below 2^32.
fn candidates(func: &ir::Function) -> Vec<(Inst, Value, u64)> {
    let dfg = &func.dfg;
    let mut found = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            let InstructionData::Unary {
                opcode: Opcode::Uextend,
                arg,
            } = dfg.insts[inst]
            else {
                continue;
            };
            if dfg.value_type(dfg.first_result(inst)) != types::I64 {
                continue;
            }
            let arg = dfg.resolve_aliases(arg);
            if dfg.value_type(arg) != types::I32 {
                continue;
            }
            let ir::ValueDef::Result(shift, 0) = dfg.value_def(arg) else {
                continue;
            };
            let InstructionData::Binary {
                opcode: Opcode::Ishl,
                args: [x, amount],
            } = dfg.insts[shift]
            else {
                continue;
            };
            // Cranelift (like wasm) takes an i32 shift's amount modulo 32.
            let Some(k) = super::checks::const_u32(dfg, dfg.resolve_aliases(amount))
                .map(|c| u64::from(c) % 32)
            else {
                continue;
            };
            if !(1..=MAX_SHIFT).contains(&k) {
                continue;
            }
            let x = dfg.resolve_aliases(x);
            let fits = super::checks::upper_bound(dfg, x, 6)
                .is_some_and(|b| b << k <= u64::from(u32::MAX));
            if fits {
                found.push((inst, x, k));
            }
        }
    }
    found
}

/// The values some instruction other than an `iadd` uses.
fn non_address_uses(func: &ir::Function) -> EntitySet<Value> {
    let mut others = EntitySet::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            let address = matches!(
                func.dfg.insts[inst],
                InstructionData::Binary {
                    opcode: Opcode::Iadd,
                    ..
                }
            );
            if address {
                continue;
            }
            for v in func.dfg.inst_values(inst) {
                others.insert(func.dfg.resolve_aliases(v));
            }
        }
    }
    others
}
