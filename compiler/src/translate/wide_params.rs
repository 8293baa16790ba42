//! i32 block parameters carried zero-extended to 64 bits (x86_64).
//!
//! Every wasm address is an i32 zero-extended to 64 bits (`uextend.i64`) before it is
//! added to the memory's base. On x86_64 the extension costs nothing when the i32 was
//! computed by a 32-bit ALU instruction (they clear the register's upper half;
//! Cranelift's x64 `value32_zeros_upper32`), but a block parameter is not such a value,
//! so a loop that walks a pointer pays a `mov %esi,%eax` for each access through it,
//! every iteration (memcmp's byte loop: two of its 11 instructions a byte,
//! bench/profile.md, rt15).
//!
//! [`widen_address_params`], run on a function's finished CLIF just before Cranelift
//! compiles it (after `--emit-clif`'s copy), turns such a parameter `p: i32` into
//! `P: i64` holding `uextend(p)`: each branch to the block passes `uextend(arg)` in
//! place of `arg`, the block starts with `p = ireduce.i32 P` for the parameter's other
//! uses (no instruction on x86_64), and each `uextend.i64 p` becomes `P` itself. That
//! is exact whatever the arguments are: `P` is made by a zero extension on every edge,
//! so `uextend(ireduce(P)) == P`. Which parameters to widen is only a question of cost.
//!
//! An extension on an edge is free when the argument is *cheap*: a 32-bit ALU result
//! (the loop's `p + 1`), an i32 loaded from memory (a list's `p = *p`: `movl` clears
//! the upper half), a constant, or another widened parameter. A parameter with a
//! `uextend.i64` use is widened when
//! - every argument on a back edge (a branch from a block at or after the parameter's
//!   block in the layout) is cheap, and
//! - every argument on another edge is cheap, or, for a block that has a back edge (a
//!   loop header), is a function parameter or a value defined shortly before the
//!   branch (at most [`NEAR_BLOCKS`] blocks before it in the layout).
//!
//! The loop then pays at most one `mov` on entry for the ones it no longer pays each
//! iteration. The last rule keeps an entry argument short-lived: a value defined far
//! from the loop (a pointer kept across a large function) whose extension Cranelift
//! shares with the function's other accesses through it would tie the loop's pointer
//! to that long-lived value, and in lz77's `main` regalloc2 then kept the pointer of
//! an inlined `memcmp` loop in a stack slot (+2.8% executed instructions with any entry
//! argument allowed; bench/profile.md, rt16).
//!
//! Cost: the DICOM reader's `compile -j 1` executes 0.41% more instructions with the
//! pass than without (bench/profile.md), over issue 24's 0.3%: still to be cut.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::{EntityRef, EntitySet, SecondaryMap};
use cranelift_codegen::ir::{
    types, Block, BlockArg, Function, Inst, InstBuilder, InstructionData, Opcode, Value, ValueDef,
};

/// An edge into a candidate parameter's block.
struct Edge {
    /// The branch, and which of its destinations.
    branch: Inst,
    dest: usize,
    /// The parameter's position among its block's parameters, and the parameter.
    index: usize,
    param: Value,
    /// The argument (aliases resolved).
    arg: Value,
    /// A back edge: the branch's block is at or after the parameter's in the layout.
    back: bool,
}

/// Widen the parameters that qualify (module docs). Returns how many were widened.
pub(crate) fn widen_address_params(func: &mut Function) -> usize {
    let Some(entry) = func.layout.entry_block() else {
        return 0;
    };
    // Each block's place in the layout, and the non-entry i32 parameters; none, no work.
    let mut order: SecondaryMap<Block, u32> = SecondaryMap::new();
    let mut cand: EntitySet<Value> = EntitySet::new();
    let mut params32: EntitySet<Value> = EntitySet::new();
    let mut any = false;
    for (n, block) in func.layout.blocks().enumerate() {
        order[block] = n as u32;
        if block != entry {
            for &p in func.dfg.block_params(block) {
                if func.dfg.value_type(p) == types::I32 {
                    params32.insert(p);
                    any = true;
                }
            }
        }
    }
    if !any {
        return 0;
    }
    // Candidates: those with a `uextend.i64` use; the uses to replace, in layout order.
    // (One pass over the instruction table, not the layout's lists: the same uses.)
    let mut found: Vec<(u32, Inst, Value)> = Vec::new();
    for i in 0..func.dfg.num_insts() {
        let inst = Inst::new(i);
        let InstructionData::Unary {
            opcode: Opcode::Uextend,
            arg,
        } = func.dfg.insts[inst]
        else {
            continue;
        };
        let arg = func.dfg.resolve_aliases(arg);
        if !params32.contains(arg) {
            continue;
        }
        let Some(block) = func.layout.inst_block(inst) else {
            continue;
        };
        if func.dfg.value_type(func.dfg.first_result(inst)) == types::I64 {
            found.push((order[block], inst, arg));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| func.layout.pp_cmp(a.1, b.1)));
    let uses: Vec<(Inst, Value)> = found.into_iter().map(|(_, i, p)| (i, p)).collect();
    for &(_, p) in &uses {
        cand.insert(p);
    }
    if uses.is_empty() {
        return 0;
    }
    let mut edges: Vec<Edge> = Vec::new();
    let mut has_back: EntitySet<Block> = EntitySet::new();
    for block in func.layout.blocks() {
        let Some(branch) = func.layout.last_inst(block) else {
            continue;
        };
        let dfg = &func.dfg;
        let dests = dfg.insts[branch].branch_destination(&dfg.jump_tables, &dfg.exception_tables);
        for (dest, call) in dests.iter().enumerate() {
            let target = call.block(&dfg.value_lists);
            let back = order[block] >= order[target];
            for (index, arg) in call.args(&dfg.value_lists).enumerate() {
                let param = dfg.block_params(target)[index];
                if !cand.contains(param) {
                    continue;
                }
                match arg {
                    BlockArg::Value(v) => {
                        let arg = dfg.resolve_aliases(v);
                        edges.push(Edge {
                            branch,
                            dest,
                            index,
                            param,
                            arg,
                            back,
                        });
                        if back {
                            has_back.insert(target);
                        }
                    }
                    // A try_call's results: no value to extend before the branch.
                    _ => {
                        cand.remove(param);
                    }
                }
            }
        }
    }
    // Drop candidates with a costly argument. An argument that is a candidate is cheap
    // only while it stays one, so a dropped parameter's edges as an argument are looked
    // at again (a worklist over the edges sorted by argument: linear in the edges).
    let mut by_arg: Vec<(Value, usize)> = edges
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(func.dfg.value_def(e.arg), ValueDef::Param(..)))
        .map(|(i, e)| (e.arg, i))
        .collect();
    by_arg.sort_unstable();
    let mut dropped: Vec<Value> = Vec::new();
    let costly = |cand: &EntitySet<Value>, e: &Edge| {
        if !cand.contains(e.param) || cheap(func, cand, e.arg) {
            return false;
        }
        let ValueDef::Param(target, _) = func.dfg.value_def(e.param) else {
            unreachable!("candidates are block parameters");
        };
        !(!e.back && has_back.contains(target) && short_lived_entry(func, &order, entry, e))
    };
    for e in &edges {
        if costly(&cand, e) {
            cand.remove(e.param);
            dropped.push(e.param);
        }
    }
    while let Some(p) = dropped.pop() {
        let first = by_arg.partition_point(|&(v, _)| v < p);
        for &(v, i) in &by_arg[first..] {
            if v != p {
                break;
            }
            if costly(&cand, &edges[i]) {
                cand.remove(edges[i].param);
                dropped.push(edges[i].param);
            }
        }
    }
    // Widen: each parameter (with its block's `ireduce`), its `uextend` uses, the edges.
    let mut wide: SecondaryMap<Value, Option<Value>> = SecondaryMap::new();
    let mut count = 0;
    for &(_, p) in &uses {
        if !cand.contains(p) || wide[p].is_some() {
            continue;
        }
        let ValueDef::Param(block, _) = func.dfg.value_def(p) else {
            unreachable!("candidates are block parameters");
        };
        let w = func.dfg.replace_block_param(p, types::I64);
        wide[p] = Some(w);
        let mut pos = FuncCursor::new(func).at_first_insertion_point(block);
        let narrow = pos.ins().ireduce(types::I32, w);
        func.dfg.change_to_alias(p, narrow);
        count += 1;
    }
    for &(inst, p) in &uses {
        if let Some(w) = wide[p] {
            let r = func.dfg.first_result(inst);
            func.layout.remove_inst(inst);
            func.dfg.clear_results(inst);
            func.dfg.change_to_alias(r, w);
        }
    }
    for e in edges {
        if wide[e.param].is_none() {
            continue;
        }
        let new = match (wide[e.arg], func.dfg.value_def(e.arg)) {
            (Some(w), _) => w,
            (None, ValueDef::Result(def, _)) if func.dfg.insts[def].opcode() == Opcode::Iconst => {
                let InstructionData::UnaryImm { imm, .. } = func.dfg.insts[def] else {
                    unreachable!("iconst is UnaryImm");
                };
                let mut pos = FuncCursor::new(func).at_inst(e.branch);
                pos.ins().iconst(types::I64, imm.bits() as u32 as i64)
            }
            (None, _) => FuncCursor::new(func)
                .at_inst(e.branch)
                .ins()
                .uextend(types::I64, e.arg),
        };
        let dfg = &mut func.dfg;
        let call = &mut dfg.insts[e.branch]
            .branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables)[e.dest];
        let mut k = 0;
        call.update_args(&mut dfg.value_lists, |a| {
            let a = if k == e.index {
                BlockArg::Value(new)
            } else {
                a
            };
            k += 1;
            a
        });
    }
    count
}

/// Whether `uextend.i64 v` costs no instruction on x86_64: `v` is a 32-bit ALU result
/// or an i32 load (the operations Cranelift's x64 `value32_zeros_upper32` lists; the
/// load since vendor/cranelift-codegen/PATCHES.md 3), a constant, or a parameter still
/// to be widened.
fn cheap(func: &Function, cand: &EntitySet<Value>, v: Value) -> bool {
    match func.dfg.value_def(v) {
        ValueDef::Param(..) => cand.contains(v),
        ValueDef::Result(inst, 0) => matches!(
            func.dfg.insts[inst].opcode(),
            Opcode::Iconst
                | Opcode::Iadd
                | Opcode::Isub
                | Opcode::Imul
                | Opcode::Band
                | Opcode::Bor
                | Opcode::Bxor
                | Opcode::Ishl
                | Opcode::Ushr
                | Opcode::Load
        ),
        _ => false,
    }
}

/// How far before a loop's entry edge, in blocks of the layout, its argument may be
/// defined and still cost its one extension there (module docs). Measured with the
/// debug build's objects (`count` of executed instructions, millions): lz77 2,610.9
/// with 0 to 32, 2,599.3 with 64, 2,699.1 with 256 (the base: 2,626); rs_btree 2,331.6
/// with 0, 2,317.3 with 4, 2,301.7 with 32, 2,296.4 with 64.
const NEAR_BLOCKS: u32 = 64;

/// Whether the argument of a loop's entry edge `e` may cost its one extension there:
/// a function parameter, or a value defined at most [`NEAR_BLOCKS`] blocks before the
/// branch in the layout.
fn short_lived_entry(
    func: &Function,
    order: &SecondaryMap<Block, u32>,
    entry: Block,
    e: &Edge,
) -> bool {
    let Some(from) = func.layout.inst_block(e.branch) else {
        return false;
    };
    let def = match func.dfg.value_def(e.arg) {
        ValueDef::Param(b, _) if b == entry => return true,
        ValueDef::Param(b, _) => b,
        ValueDef::Result(def, _) => match func.layout.inst_block(def) {
            Some(b) => b,
            None => return false,
        },
        _ => return false,
    };
    order[def] <= order[from] && order[from] - order[def] <= NEAR_BLOCKS
}

#[cfg(test)]
mod tests {
    use super::widen_address_params;
    use cranelift_codegen::ir::{types, Function, InstBuilder, MemFlagsData, Value};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// A loop `block1(p, n)` entered with the function's `(p, n)`, whose body loads a
    /// byte at `base + uextend(p)` and branches back with `(next(b, p), n - 1)`.
    fn byte_loop(next: impl Fn(&mut FunctionBuilder, Value, Value) -> Value) -> Function {
        let mut func = Function::new();
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let (b0, b1, b2) = (b.create_block(), b.create_block(), b.create_block());
        for ty in [types::I64, types::I32, types::I32] {
            b.func
                .signature
                .params
                .push(cranelift_codegen::ir::AbiParam::new(ty));
            b.append_block_param(b0, ty);
        }
        let p = b.append_block_param(b1, types::I32);
        let n = b.append_block_param(b1, types::I32);
        b.switch_to_block(b0);
        let (base, p0, n0) = (
            b.block_params(b0)[0],
            b.block_params(b0)[1],
            b.block_params(b0)[2],
        );
        b.ins().jump(b1, &[p0.into(), n0.into()]);
        b.switch_to_block(b1);
        let wide = b.ins().uextend(types::I64, p);
        let addr = b.ins().iadd(base, wide);
        b.ins().uload8(types::I32, MemFlagsData::trusted(), addr, 0);
        let p1 = next(&mut b, base, p);
        let n1 = b.ins().iadd_imm_s(n, -1);
        b.ins().brif(n1, b1, &[p1.into(), n1.into()], b2, &[]);
        b.switch_to_block(b2);
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(cranelift_codegen::isa::TargetFrontendConfig {
            default_call_conv: cranelift_codegen::isa::CallConv::SystemV,
            pointer_width: target_lexicon::PointerWidth::U64,
            page_size_align_log2: 12,
        });
        func
    }

    fn param_types(func: &Function) -> Vec<String> {
        let b1 = func.layout.blocks().nth(1).unwrap();
        let params = func.dfg.block_params(b1);
        params
            .iter()
            .map(|&v| func.dfg.value_type(v).to_string())
            .collect()
    }

    fn verify(func: &Function) {
        let flags = cranelift_codegen::settings::Flags::new(cranelift_codegen::settings::builder());
        cranelift_codegen::verify_function(func, &flags)
            .unwrap_or_else(|e| panic!("{e}\n{}", func.display()));
    }

    /// `p + 1` on the back edge: `p` is widened (the function's `p` is extended on the
    /// entry edge), and `n`, which no `uextend` reads, is not.
    #[test]
    fn pointer_stepped_by_an_add_is_widened() {
        let mut func = byte_loop(|b, _, p| b.ins().iadd_imm_s(p, 1));
        assert_eq!(widen_address_params(&mut func), 1);
        verify(&func);
        assert_eq!(param_types(&func), ["i64", "i32"], "{}", func.display());
        let text = func.display().to_string();
        assert!(text.contains("ireduce.i32"), "{text}");
    }

    /// A pointer loaded from memory on the back edge (a linked list's `p = *p`): x64's
    /// `movl` leaves it zero-extended (Cranelift's `value32_zeros_upper32` lists
    /// `load.i32`, vendor/cranelift-codegen/PATCHES.md 3), so the edge's extension is
    /// free and `p` is widened.
    #[test]
    fn pointer_loaded_on_the_back_edge_is_widened() {
        let mut func = byte_loop(|b, base, p| {
            let wide = b.ins().uextend(types::I64, p);
            let addr = b.ins().iadd(base, wide);
            b.ins().load(types::I32, MemFlagsData::trusted(), addr, 0)
        });
        assert_eq!(widen_address_params(&mut func), 1);
        verify(&func);
        assert_eq!(param_types(&func), ["i64", "i32"]);
    }

    /// A pointer computed on the back edge by an operation whose 32-bit result x64 is
    /// not known to zero-extend (here `p / 2`) would need an extension every iteration
    /// on the edge: not widened.
    #[test]
    fn pointer_divided_on_the_back_edge_is_not_widened() {
        let mut func = byte_loop(|b, _, p| {
            let two = b.ins().iconst(types::I32, 2);
            b.ins().udiv(p, two)
        });
        assert_eq!(widen_address_params(&mut func), 0);
        verify(&func);
        assert_eq!(param_types(&func), ["i32", "i32"]);
    }
}
