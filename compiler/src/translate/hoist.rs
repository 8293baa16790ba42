//! Bounds checks hoisted out of single-block loops whose trip count is known on entry.
//!
//! A loop that is one block `H` (`brif c, H(..), E(..)`, `E` entered only from `H`),
//! entered by one `jump H(args)` from a block `P`, with an exit test of an induction
//! variable against a loop-invariant bound (`v < n`, `v <= n`, `v != n`, signed or
//! unsigned, on `v` or on `v + c`), runs at most `t_max + 1` iterations, computable in
//! `P`. Every induction variable `p` (a parameter of `H` whose back-edge argument is
//! `p + c`) then stays within `[p0, p0 + c * t_max]`. A bounds check whose index is
//! `m * p + q + k` (`q` a wrapping i32 sum of loop-invariant values, `m` a small
//! constant, `k` a constant) passes on every iteration when it passes at both ends of
//! that range, as exact integers (so no i32 add wraps and the index is the exact sum).
//!
//! `P` tests all of that once (with the memory size at entry: memories never shrink)
//! and enters either a copy of `H` without those checks, or the original `H`, which
//! keeps every check and so traps exactly where the program would. A range that is
//! only an over-approximation (the loop may leave early through a trap or a call that
//! exits) can only send execution to the checked copy, never skip a failing check.

use super::checks::{
    const_u32, copy_insts, edit_targets, repair_exit, split_sum, wrapping_sum, CheckSite,
};
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::condcodes::{CondCode, IntCC};
use cranelift_codegen::ir::{self, types, InstBuilder, Value};
use std::collections::HashMap;

/// Largest induction step and index scale handled (keeps every i64 product exact).
const MAX_STEP: u32 = 1 << 16;
const MAX_SCALE: u32 = 256;

/// An induction variable: parameter `index` of `H`, advanced by `step` per iteration.
#[derive(Clone, Copy)]
struct Iv {
    index: usize,
    step: u32,
}

/// One hoisted group: checks of one memory whose indices are `scale * iv + q + k`.
struct Group {
    /// (parameter index, scale, step) of the induction variable term, if any.
    iv: Option<(usize, u32, u32)>,
    invariants: Vec<Value>,
    kmin: i64,
    hi: i64,
    size: ir::Inst,
}

/// The exit test as `continue while v CC n`, on `v` (`next == false`) or `v + step`.
struct Exit {
    iv: Iv,
    next: bool,
    cc: IntCC,
    bound: Value,
}

/// Hoists the checks of `h` when possible; returns how many checks the copy drops.
pub(super) fn hoist_loop_checks(
    func: &mut ir::Function,
    cfg: &ControlFlowGraph,
    checks: &[CheckSite],
    ends: &[u64],
    by_inst: &HashMap<ir::Inst, usize>,
    h: ir::Block,
    exit: ir::Block,
) -> usize {
    let Some((pre, jump)) = single_entry(func, cfg, h) else {
        return 0;
    };
    let term = func.layout.last_inst(h).expect("loop ends in a brif");
    let Some(back) = back_edge_args(func, term, h) else {
        return 0;
    };
    let params = func.dfg.block_params(h).to_vec();
    let ivs: Vec<Option<Iv>> = params
        .iter()
        .zip(&back)
        .enumerate()
        .map(|(index, (&p, &b))| {
            let (leaves, k) = split_sum(&func.dfg, b);
            (func.dfg.value_type(p) == types::I32 && leaves == [p] && (1..=MAX_STEP).contains(&k))
                .then_some(Iv { index, step: k })
        })
        .collect();
    let Some(exit_test) = exit_test(func, term, h, &params, &back, &ivs) else {
        return 0;
    };
    let Some(entry_args) = jump_args(func, jump) else {
        return 0;
    };
    // Classify every live check of `h`.
    let mut covered = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    let insts: Vec<ir::Inst> = func.layout.block_insts(h).collect();
    for inst in &insts {
        let Some(&ci) = by_inst.get(inst) else {
            continue;
        };
        let c = checks[ci];
        let Some(size) = size_load(func, c.size, h) else {
            continue;
        };
        let (leaves, k) = split_sum(&func.dfg, c.idx);
        let mut iv = None;
        let mut invariants = Vec::new();
        let mut ok = true;
        for leaf in leaves {
            if !defined_in(func, leaf, h) {
                invariants.push(leaf);
            } else if let (None, Some((i, scale))) = (iv, iv_term(func, leaf, &params, &ivs)) {
                let step = ivs[i].expect("iv_term returns induction variables").step;
                iv = Some((i, scale, step));
            } else {
                ok = false;
            }
        }
        if !ok {
            continue;
        }
        let k = k as i32 as i64;
        // The end this check tests now (merging may have widened it).
        let hi = k + ends[ci] as i64;
        covered.push(ci);
        match groups
            .iter_mut()
            .find(|g| g.iv == iv && g.invariants == invariants && same_load(func, g.size, size))
        {
            Some(g) => {
                g.kmin = g.kmin.min(k);
                g.hi = g.hi.max(hi);
            }
            None => groups.push(Group {
                iv,
                invariants,
                kmin: k,
                hi,
                size,
            }),
        }
    }
    if covered.is_empty() {
        return 0;
    }
    apply(
        func,
        h,
        exit,
        pre,
        jump,
        &entry_args,
        &exit_test,
        &groups,
        &covered,
        checks,
    );
    covered.len()
}

/// The single block `P` entering `h` with a `jump`, besides the back edge.
fn single_entry(
    func: &ir::Function,
    cfg: &ControlFlowGraph,
    h: ir::Block,
) -> Option<(ir::Block, ir::Inst)> {
    let mut entry = None;
    for pred in cfg.pred_iter(h) {
        if pred.block == h {
            continue;
        }
        if entry.is_some() || func.dfg.insts[pred.inst].opcode() != ir::Opcode::Jump {
            return None;
        }
        entry = Some((pred.block, pred.inst));
    }
    entry
}

fn block_call_values(func: &ir::Function, bc: ir::BlockCall) -> Option<Vec<Value>> {
    bc.args(&func.dfg.value_lists)
        .map(|a| a.as_value().map(|v| func.dfg.resolve_aliases(v)))
        .collect()
}

fn back_edge_args(func: &ir::Function, term: ir::Inst, h: ir::Block) -> Option<Vec<Value>> {
    let ir::InstructionData::Brif { blocks, .. } = func.dfg.insts[term] else {
        return None;
    };
    let bc = blocks
        .into_iter()
        .find(|bc| bc.block(&func.dfg.value_lists) == h)?;
    block_call_values(func, bc)
}

fn jump_args(func: &ir::Function, jump: ir::Inst) -> Option<Vec<Value>> {
    let ir::InstructionData::Jump { destination, .. } = func.dfg.insts[jump] else {
        return None;
    };
    block_call_values(func, destination)
}

fn defined_in(func: &ir::Function, v: Value, h: ir::Block) -> bool {
    match func.dfg.value_def(func.dfg.resolve_aliases(v)) {
        ir::ValueDef::Result(inst, _) => func.layout.inst_block(inst) == Some(h),
        ir::ValueDef::Param(b, _) => b == h,
        _ => true,
    }
}

/// `scale * p` for an induction variable `p`: `p`, `p << s` or `p * m`.
fn iv_term(
    func: &ir::Function,
    v: Value,
    params: &[Value],
    ivs: &[Option<Iv>],
) -> Option<(usize, u32)> {
    let iv_of = |v: Value| {
        let v = func.dfg.resolve_aliases(v);
        params
            .iter()
            .position(|&p| p == v)
            .filter(|&i| ivs[i].is_some())
    };
    if let Some(i) = iv_of(v) {
        return Some((i, 1));
    }
    let ir::ValueDef::Result(inst, 0) = func.dfg.value_def(v) else {
        return None;
    };
    let ir::InstructionData::Binary { opcode, args } = func.dfg.insts[inst] else {
        return None;
    };
    let [a, b] = args.map(|x| func.dfg.resolve_aliases(x));
    let scale = match opcode {
        ir::Opcode::Ishl => {
            let s = const_u32(&func.dfg, b)?;
            (s < 32).then(|| 1u64 << s)?
        }
        ir::Opcode::Imul => u64::from(const_u32(&func.dfg, b)?),
        _ => return None,
    };
    let i = iv_of(a)?;
    (1..=MAX_SCALE as u64)
        .contains(&scale)
        .then_some((i, scale as u32))
}

/// The load instruction giving a memory size, when it can be repeated in the
/// preheader: defined outside `h`, or a load whose address is.
fn size_load(func: &ir::Function, size: Value, h: ir::Block) -> Option<ir::Inst> {
    let ir::ValueDef::Result(inst, 0) = func.dfg.value_def(func.dfg.resolve_aliases(size)) else {
        return None;
    };
    let ir::InstructionData::Load {
        opcode: ir::Opcode::Load,
        arg,
        ..
    } = func.dfg.insts[inst]
    else {
        return None;
    };
    (!defined_in(func, arg, h)).then_some(inst)
}

fn same_load(func: &ir::Function, a: ir::Inst, b: ir::Inst) -> bool {
    func.dfg.insts[a] == func.dfg.insts[b]
}

/// The exit test of the loop, normalized to `continue while v CC n`.
fn exit_test(
    func: &ir::Function,
    term: ir::Inst,
    h: ir::Block,
    params: &[Value],
    back: &[Value],
    ivs: &[Option<Iv>],
) -> Option<Exit> {
    let ir::InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[term] else {
        return None;
    };
    let continue_if_true = blocks[0].block(&func.dfg.value_lists) == h;
    let ir::ValueDef::Result(mut cmp, 0) = func.dfg.value_def(func.dfg.resolve_aliases(arg)) else {
        return None;
    };
    // A wasm comparison is an i8 `icmp` widened to i32.
    if let ir::InstructionData::Unary {
        opcode: ir::Opcode::Uextend,
        arg,
    } = func.dfg.insts[cmp]
    {
        let ir::ValueDef::Result(inner, 0) = func.dfg.value_def(func.dfg.resolve_aliases(arg))
        else {
            return None;
        };
        cmp = inner;
    }
    let ir::InstructionData::IntCompare { cond, args, .. } = func.dfg.insts[cmp] else {
        return None;
    };
    let [a, b] = args.map(|x| func.dfg.resolve_aliases(x));
    let iv_side = |v: Value| -> Option<(Iv, bool)> {
        if let Some(i) = params.iter().position(|&p| p == v) {
            return ivs[i].map(|iv| (iv, false));
        }
        let i = back.iter().position(|&x| x == v)?;
        ivs[i].map(|iv| (iv, true))
    };
    // Loop-invariant: defined before the loop, or a constant (rebuilt in the preheader).
    let invariant = |v: Value| !defined_in(func, v, h) || const_u32(&func.dfg, v).is_some();
    let (iv, next, bound, mut cc) = match (iv_side(a), iv_side(b)) {
        (Some((iv, next)), _) if invariant(b) => (iv, next, b, cond),
        (_, Some((iv, next))) if invariant(a) => (iv, next, a, cond.swap_args()),
        _ => return None,
    };
    if !continue_if_true {
        cc = cc.complement();
    }
    matches!(
        cc,
        IntCC::UnsignedLessThan
            | IntCC::UnsignedLessThanOrEqual
            | IntCC::SignedLessThan
            | IntCC::SignedLessThanOrEqual
            | IntCC::NotEqual
    )
    .then_some(Exit {
        iv,
        next,
        cc,
        bound,
    })
}

#[allow(clippy::too_many_arguments)]
fn apply(
    func: &mut ir::Function,
    h: ir::Block,
    exit: ir::Block,
    pre: ir::Block,
    jump: ir::Inst,
    entry_args: &[Value],
    test: &Exit,
    groups: &[Group],
    covered: &[usize],
    checks: &[CheckSite],
) {
    // 1. The copy of `h` without the covered checks.
    let fast = func.dfg.make_block();
    func.layout.insert_block(fast, h);
    let mut map: HashMap<Value, Value> = HashMap::new();
    for &p in func.dfg.block_params(h).to_vec().iter() {
        let ty = func.dfg.value_type(p);
        let np = func.dfg.append_block_param(fast, ty);
        map.insert(p, np);
    }
    let insts: Vec<ir::Inst> = func.layout.block_insts(h).collect();
    let copies = copy_insts(func, &insts, fast, &mut map);
    let inst_map: HashMap<ir::Inst, ir::Inst> = insts.iter().copied().zip(copies).collect();
    // The copy's back edge goes to the copy.
    let fterm = inst_map[&insts[insts.len() - 1]];
    edit_targets(&mut func.dfg, fterm, |bc, pool| {
        if bc.block(pool) == h {
            bc.set_block(fast, pool);
        }
    });
    repair_exit(func, exit, &map, h, fast);
    for &ci in covered {
        func.layout.remove_inst(inst_map[&checks[ci].trapnz]);
    }
    // The original, checked loop is now the cold path.
    func.layout.set_cold(h);

    // 2. The entry test in `pre`, replacing `jump h(args)`.
    func.layout.remove_inst(jump);
    let mut cur = FuncCursor::new(func).at_bottom(pre);
    let mut fails: Vec<Value> = Vec::new();
    let i64c = |cur: &mut FuncCursor, v: i64| cur.ins().iconst(types::I64, v);
    let u = |cur: &mut FuncCursor, v: Value| cur.ins().uextend(types::I64, v);
    // t_max: the last iteration's index is at most this (i64, exact).
    let v0 = entry_args[test.iv.index];
    let v0 = u(&mut cur, v0);
    let n = match const_u32(&cur.func.dfg, test.bound) {
        Some(c) => i64c(&mut cur, i64::from(c)),
        None => u(&mut cur, test.bound),
    };
    let step = test.iv.step as i64;
    let signed = matches!(
        test.cc,
        IntCC::SignedLessThan | IntCC::SignedLessThanOrEqual
    );
    // Signed tests behave as unsigned ones when every value stays below 2^31.
    let top = if signed { 1i64 << 31 } else { 1i64 << 32 };
    if signed {
        fails.push(
            cur.ins()
                .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, v0, top),
        );
        fails.push(
            cur.ins()
                .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, n, top),
        );
    }
    let t_max = match test.cc {
        IntCC::NotEqual => {
            // v0, v0 + c, ... reaches n exactly: n - v0 a multiple of c, v0 <= n
            // (v0 < n when the test is on v + c).
            let d = cur.ins().isub(n, v0);
            let below = if test.next {
                IntCC::SignedLessThanOrEqual
            } else {
                IntCC::SignedLessThan
            };
            fails.push(cur.ins().icmp_imm_s(below, d, 0));
            let c = i64c(&mut cur, step);
            let rem = cur.ins().urem(d, c);
            fails.push(cur.ins().icmp_imm_s(IntCC::NotEqual, rem, 0));
            let q = cur.ins().udiv(d, c);
            if test.next {
                cur.ins().iadd_imm_s(q, -1)
            } else {
                q
            }
        }
        _ => {
            // continue while v < n' (n' = n + 1 for <=): no value may wrap, so
            // max(v0, n') + c <= top; then the last iteration's index is at most
            // ceil((n' - v0) / c) (test on v) or ceil((n' - v0) / c) - 1 (on v + c).
            let n1 = match test.cc {
                IntCC::UnsignedLessThanOrEqual | IntCC::SignedLessThanOrEqual => {
                    cur.ins().iadd_imm_s(n, 1)
                }
                _ => n,
            };
            let mx = cur.ins().smax(v0, n1);
            fails.push(
                cur.ins()
                    .icmp_imm_s(IntCC::SignedGreaterThan, mx, top - step),
            );
            let d = cur.ins().isub(n1, v0);
            let zero = i64c(&mut cur, 0);
            let d = cur.ins().smax(d, zero);
            let dc = cur.ins().iadd_imm_s(d, step - 1);
            let c = i64c(&mut cur, step);
            let t = cur.ins().udiv(dc, c);
            if test.next {
                let t1 = cur.ins().iadd_imm_s(t, -1);
                cur.ins().smax(t1, zero)
            } else {
                t
            }
        }
    };
    // Each group's index range at both ends of each induction variable's range.
    let mut sizes: Vec<(ir::Inst, Value)> = Vec::new();
    for g in groups {
        let size = match sizes.iter().find(|(i, _)| same_load(cur.func, *i, g.size)) {
            Some(&(_, v)) => v,
            None => {
                let new = cur.func.dfg.clone_inst(g.size);
                cur.insert_inst(new);
                let v = cur.func.dfg.first_result(new);
                sizes.push((g.size, v));
                v
            }
        };
        let q = if g.invariants.is_empty() {
            i64c(&mut cur, 0)
        } else {
            let sum = wrapping_sum(&mut cur, &g.invariants);
            u(&mut cur, sum)
        };
        let (lo, hi) = match g.iv {
            None => (q, q),
            Some((index, scale, step)) => {
                let p0 = u(&mut cur, entry_args[index]);
                let step = step as i64;
                // p stays within [p0, p0 + step * t_max], below 2^32 (no wrap).
                let span = cur.ins().imul_imm_s(t_max, step);
                let p_last = cur.ins().iadd(p0, span);
                fails.push(
                    cur.ins()
                        .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, p_last, 1 << 32),
                );
                let lo = cur.ins().imul_imm_s(p0, scale as i64);
                let lo = cur.ins().iadd(lo, q);
                let hi = cur.ins().imul_imm_s(p_last, scale as i64);
                let hi = cur.ins().iadd(hi, q);
                (lo, hi)
            }
        };
        // Every index + end <= size, and every index >= 0.
        let top_end = cur.ins().iadd_imm_s(hi, g.hi);
        fails.push(cur.ins().icmp(IntCC::SignedGreaterThan, top_end, size));
        if g.kmin < 0 {
            let bottom = cur.ins().iadd_imm_s(lo, g.kmin);
            fails.push(cur.ins().icmp_imm_s(IntCC::SignedLessThan, bottom, 0));
        }
    }
    let mut fail = fails[0];
    for &f in &fails[1..] {
        fail = cur.ins().bor(fail, f);
    }
    let args: Vec<ir::BlockArg> = entry_args.iter().map(|&v| v.into()).collect();
    cur.ins().brif(fail, h, &args, fast, &args);
}
