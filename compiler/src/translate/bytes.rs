//! Byte swaps clang expanded (issue 23): finds trees of shifts, masks and ors that
//! permute the bytes of one value and replaces their root by `bswap` (or `rotl`, with
//! an extension and a shift where the permutation needs them).
//!
//! WebAssembly has no byte-swap instruction, so clang expands `__builtin_bswap64/32/16`
//! and the byte reversals LLVM recognizes (`ntohl`, big-endian loads such as sqlite's
//! `get4byte`, sha2's message words, the first steps of a bit reversal) into about 25
//! (i64) or 10 (i32) shift/and/or operators. gcc's bswap pass (tree-ssa-math-opts)
//! folds the tree back to one `bswap`; this pass does the same on our CLIF.
//!
//! **How**: for a candidate root (`bor`, `bxor`, `band`), `eval` computes symbolically
//! where every byte of the result comes from: a byte of one source value, zero, or
//! unknown. It follows, through operands at most [`MAX_DEPTH`] deep, exactly these
//! operators, each modeled byte for byte:
//! - `ishl`, `ushr`, `sshr`, `rotl`, `rotr` by a constant (an `iconst` amount) that is
//!   a multiple of 8 after Cranelift's masking of the amount to the type's width, as
//!   wasm's shifts mask it (the bytes a signed shift brings in are unknown, or zero if
//!   the top byte is zero);
//! - `band` with a constant (a mask byte 0xff keeps the byte, 0x00 makes it zero, any
//!   other makes it unknown unless it is already zero), `band`, `bor`, `bxor` of two
//!   modeled values (zero with x is x; x with x is x, or zero for `bxor`; any other
//!   pair is unknown), `iadd` (exact only where one side is zero and no carry can come
//!   from a lower byte: above the first byte where neither side is zero, all unknown);
//! - `uextend`, `sextend` (the copied bytes unknown unless the sign byte is zero),
//!   `ireduce`, `bswap`, `iconst` (its zero bytes zero, the others unknown).
//!
//! Any other value (a load, a parameter, a shift by a variable amount or by 3, a
//! multiply) is a *leaf*: its own bytes, in order, of itself as the source. Where two
//! operands have bytes of different sources, the operator is a leaf too. Treating a
//! value as a leaf is always exact (it only loses matches), so the model of every value
//! is exact: result byte `i` equals the model's byte `i` for every input.
//!
//! If the root's bytes are all known and come from one source `s`, the root is replaced
//! in place (its value keeps its uses) by the cheapest of `base(s)`, extended
//! (`uextend`) or reduced (`ireduce`) to the root's type, then shifted left or right by
//! whole bytes, where `base` is `s`, `bswap(s)` or `rotl(s, 8 r)`, whose model equals the
//! root's byte for byte; only when that costs fewer operators than the tree has.
//! Operators of the tree left without uses are deleted (Cranelift's optimizer would too;
//! deleting them here keeps inner nodes of a replaced tree from being matched again);
//! those with other uses stay.
//!
//! **Where**: per function, after translation and the bounds-check passes (which see
//! exactly the IR they always saw: the trees contain no bounds checks, and a replacement
//! neither adds nor removes blocks, so their flow analyses still hold), before inlining,
//! so an inlined callee arrives already folded. Off with `--no-byte-swaps`
//! (`CompileOptions::byte_swaps`), to measure what it gains.
//!
//! Cranelift lowers `bswap` to `bswap` (x86_64; `rol 8` for 16 bits), `rev`/`rev16`
//! (aarch64) and `rev8` with Zbb or a shift/or sequence without it (riscv64). Its own
//! mid-end matches one fixed operand order of the i32 and i64 expansions
//! (`opts/bitops.isle`); clang's trees for `bitops` have another.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::{EntityRef, SecondaryMap};
use cranelift_codegen::ir::{self, types, Inst, InstBuilder, InstructionData, Opcode, Type, Value};
use rustc_hash::FxHashMap as HashMap;

/// How deep `eval` follows operands from a root (clang's i64 tree is 5 deep).
const MAX_DEPTH: u32 = 12;

/// Where one byte of a value comes from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Byte {
    Zero,
    /// Byte `k` (0: least significant) of the source.
    Src(u8),
    Unknown,
}

/// The model of a value: where each of its `n` bytes comes from.
#[derive(Clone, Copy, Debug)]
struct Bytes {
    /// The source of the `Src` bytes (None when there are none).
    src: Option<Value>,
    n: usize,
    b: [Byte; 8],
    /// The value, if it is a constant (masked to `n` bytes).
    konst: Option<u64>,
    /// Operators between the value and its leaves (shared ones counted once per use).
    ops: u32,
    /// Some leaf below is one only because `eval` went [`MAX_DEPTH`] deep.
    cut: bool,
}

impl Bytes {
    fn leaf(v: Value, n: usize) -> Bytes {
        let mut b = [Byte::Zero; 8];
        for (i, x) in b.iter_mut().enumerate().take(n) {
            *x = Byte::Src(i as u8);
        }
        Bytes {
            src: Some(v),
            n,
            b,
            konst: None,
            ops: 0,
            cut: false,
        }
    }

    fn constant(c: u64, n: usize) -> Bytes {
        let c = c & mask(n);
        let mut b = [Byte::Zero; 8];
        for (i, x) in b.iter_mut().enumerate().take(n) {
            if (c >> (8 * i)) & 0xff != 0 {
                *x = Byte::Unknown;
            }
        }
        Bytes {
            src: None,
            n,
            b,
            konst: Some(c),
            ops: 0,
            cut: false,
        }
    }

    /// A value computed from operands `from` and with source `src` (None if no byte
    /// comes from it).
    fn new(src: Option<Value>, n: usize, b: [Byte; 8], from: &[&Bytes]) -> Bytes {
        let any = b[..n].iter().any(|x| matches!(x, Byte::Src(_)));
        Bytes {
            src: src.filter(|_| any),
            n,
            b,
            konst: None,
            ops: 1 + from.iter().map(|x| x.ops).sum::<u32>(),
            cut: from.iter().any(|x| x.cut),
        }
    }
}

fn mask(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// Bytes of an integer type of at most 64 bits.
fn width(ty: Type) -> Option<usize> {
    match ty {
        types::I8 => Some(1),
        types::I16 => Some(2),
        types::I32 => Some(4),
        types::I64 => Some(8),
        _ => None,
    }
}

/// The operators `eval` models (and the dead-code sweep may delete: all are pure).
fn modeled(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        Iconst
            | Ishl
            | Ushr
            | Sshr
            | Rotl
            | Rotr
            | Band
            | Bor
            | Bxor
            | Iadd
            | Uextend
            | Sextend
            | Ireduce
            | Bswap
    )
}

/// Whether `inst` is a root to try: an or (or a mask of an or) with a shift by whole
/// bytes among its operands, or their operands. Few of a function's instructions, so
/// that the pass costs little where there is nothing to find (sha2's rounds: xors of
/// rotations by 2, 13, 22). (This Cranelift has no `_imm` opcodes: `band_imm` builds an
/// `iconst` and a `band`.)
fn is_root(dfg: &ir::DataFlowGraph, inst: Inst) -> bool {
    use Opcode::*;
    let def = |v: Value| match dfg.value_def(dfg.resolve_aliases(v)) {
        ir::ValueDef::Result(i, 0) => Some(i),
        _ => None,
    };
    // A shift by whole bytes, at most `depth` operators below.
    fn byte_shift(dfg: &ir::DataFlowGraph, inst: Inst, depth: u32) -> bool {
        let args = dfg.inst_args(inst);
        match dfg.insts[inst].opcode() {
            Ishl | Ushr | Sshr | Rotl | Rotr => {
                const_of(dfg, args[1]).is_some_and(|c| c % 8 == 0 && c % 64 != 0)
            }
            Band | Bor | Uextend | Ireduce if depth > 0 => {
                args.iter()
                    .any(|&a| match dfg.value_def(dfg.resolve_aliases(a)) {
                        ir::ValueDef::Result(i, 0) => byte_shift(dfg, i, depth - 1),
                        _ => false,
                    })
            }
            _ => false,
        }
    }
    if dfg.inst_results(inst).len() != 1 {
        return false;
    }
    match dfg.insts[inst].opcode() {
        Bor => byte_shift(dfg, inst, 3),
        Band => (dfg.inst_args(inst).iter()).any(|&a| {
            def(a).is_some_and(|i| dfg.insts[i].opcode() == Bor && byte_shift(dfg, i, 3))
        }),
        _ => false,
    }
}

/// The number of uses of every value of `func`.
fn count_uses(func: &ir::Function) -> SecondaryMap<Value, u32> {
    let mut uses = SecondaryMap::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            for v in func.dfg.inst_values(inst) {
                uses[func.dfg.resolve_aliases(v)] += 1;
            }
        }
    }
    uses
}

/// The constant `v` is, if an `iconst` defines it.
fn const_of(dfg: &ir::DataFlowGraph, v: Value) -> Option<u64> {
    let ir::ValueDef::Result(inst, 0) = dfg.value_def(dfg.resolve_aliases(v)) else {
        return None;
    };
    match dfg.insts[inst] {
        InstructionData::UnaryImm {
            opcode: Opcode::Iconst,
            imm,
        } => Some(imm.bits() as u64),
        _ => None,
    }
}

/// Models of values, memoized (a model is a fact about the value, whatever the root;
/// one cut short by the depth limit is computed again from a shallower start).
#[derive(Default)]
struct Models {
    memo: HashMap<Value, (Bytes, u32)>,
    /// Some model `eval` used since this was last cleared was cut short: a leaf made
    /// where operands conflict is then one for want of depth too.
    cut: bool,
}

impl Models {
    fn eval(&mut self, dfg: &ir::DataFlowGraph, v: Value, depth: u32) -> Option<Bytes> {
        let v = dfg.resolve_aliases(v);
        if let Some(&(b, d)) = self.memo.get(&v) {
            if !b.cut || d >= depth {
                self.cut |= b.cut;
                return Some(b);
            }
        }
        let n = width(dfg.value_type(v))?;
        if depth == 0 {
            self.cut = true;
            return Some(Bytes {
                cut: true,
                ..Bytes::leaf(v, n)
            });
        }
        let outer = std::mem::replace(&mut self.cut, false);
        let r = match self.compute(dfg, v, n, depth) {
            Some(b) => b,
            None => Bytes {
                cut: self.cut,
                ..Bytes::leaf(v, n)
            },
        };
        self.cut |= outer || r.cut;
        self.memo.insert(v, (r, depth));
        Some(r)
    }

    /// The model of `v` from its operands' (None: a leaf).
    fn compute(
        &mut self,
        dfg: &ir::DataFlowGraph,
        v: Value,
        n: usize,
        depth: u32,
    ) -> Option<Bytes> {
        use Opcode::*;
        let ir::ValueDef::Result(inst, 0) = dfg.value_def(v) else {
            return None;
        };
        let data = dfg.insts[inst];
        let op = data.opcode();
        if !modeled(op) || dfg.inst_results(inst).len() != 1 {
            return None;
        }
        let args = dfg.inst_args(inst);
        let d = depth - 1;
        match op {
            Iconst => Some(Bytes::constant(const_of(dfg, v)?, n)),
            Ishl | Ushr | Sshr | Rotl | Rotr => {
                // Whole bytes (masked as Cranelift does), or the shift is a leaf.
                let bits = const_of(dfg, args[1])? & (8 * n as u64 - 1);
                if !bits.is_multiple_of(8) {
                    return None;
                }
                let x = self.eval(dfg, args[0], d)?;
                shift(op, &x, (bits / 8) as usize, n)
            }
            Band | Bor | Bxor | Iadd => {
                let a = self.eval(dfg, args[0], d)?;
                let b = self.eval(dfg, args[1], d)?;
                combine(op, &a, &b, n)
            }
            Uextend | Sextend | Ireduce => {
                let m = width(dfg.value_type(args[0]))?;
                let x = self.eval(dfg, args[0], d)?;
                let mut b = [Byte::Zero; 8];
                for (i, y) in b.iter_mut().enumerate().take(n) {
                    *y = if i < m {
                        x.b[i]
                    } else if op == Sextend && x.b[m - 1] != Byte::Zero {
                        Byte::Unknown
                    } else {
                        Byte::Zero
                    };
                }
                Some(Bytes::new(x.src, n, b, &[&x]))
            }
            Bswap => {
                let x = self.eval(dfg, args[0], d)?;
                let mut b = [Byte::Zero; 8];
                for (i, y) in b.iter_mut().enumerate().take(n) {
                    *y = x.b[n - 1 - i];
                }
                Some(Bytes::new(x.src, n, b, &[&x]))
            }
            _ => None,
        }
    }
}

/// A shift or rotation of `x` (`n` bytes) by `k` bytes.
fn shift(op: Opcode, x: &Bytes, k: usize, n: usize) -> Option<Bytes> {
    use Opcode::*;
    let mut b = [Byte::Zero; 8];
    for (i, y) in b.iter_mut().enumerate().take(n) {
        *y = match op {
            Ishl if i < k => Byte::Zero,
            Ishl => x.b[i - k],
            Ushr if i + k < n => x.b[i + k],
            Ushr => Byte::Zero,
            Sshr if i + k < n => x.b[i + k],
            // The bytes of the sign: zero only if the top byte is.
            Sshr if x.b[n - 1] == Byte::Zero => Byte::Zero,
            Sshr => Byte::Unknown,
            Rotl => x.b[(i + n - k) % n],
            Rotr => x.b[(i + k) % n],
            _ => return None,
        };
    }
    Some(Bytes::new(x.src, n, b, &[x]))
}

/// A bitwise operator or addition of `a` and `b` (`n` bytes each); None if their
/// bytes come from different sources.
fn combine(op: Opcode, a: &Bytes, b: &Bytes, n: usize) -> Option<Bytes> {
    use Byte::*;
    use Opcode::*;
    let src = match (a.src, b.src) {
        (Some(x), Some(y)) if x != y => return None,
        (x, y) => x.or(y),
    };
    let mut out = [Zero; 8];
    let mut carry = false;
    for (i, y) in out.iter_mut().enumerate().take(n) {
        let (p, q) = (a.b[i], b.b[i]);
        *y = match op {
            Band => match (a.konst, b.konst) {
                (_, Some(c)) | (Some(c), None) => {
                    let other = if b.konst.is_some() { p } else { q };
                    match (c >> (8 * i)) & 0xff {
                        0 => Zero,
                        0xff => other,
                        _ if other == Zero => Zero,
                        _ => Unknown,
                    }
                }
                _ if p == Zero || q == Zero => Zero,
                _ if p == q && p != Unknown => p,
                _ => Unknown,
            },
            Bor => match (p, q) {
                (Zero, x) | (x, Zero) => x,
                (Src(x), Src(y)) if x == y => p,
                _ => Unknown,
            },
            Bxor => match (p, q) {
                (Zero, x) | (x, Zero) => x,
                (Src(x), Src(y)) if x == y => Zero,
                _ => Unknown,
            },
            // Exact while no carry can reach the byte: one side zero in every byte
            // below it.
            Iadd => match (carry, p, q) {
                (true, _, _) => Unknown,
                (false, Zero, x) | (false, x, Zero) => x,
                _ => {
                    carry = true;
                    Unknown
                }
            },
            _ => return None,
        };
    }
    Some(Bytes::new(src, n, out, &[a, b]))
}

/// The first operator applied to the source.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Base {
    Plain,
    Bswap,
    /// `rotl` by this many bytes.
    Rotl(usize),
}

/// A replacement: `base(src)`, extended or reduced to the root's width, then shifted
/// left (positive) or right (negative) by whole bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Plan {
    base: Base,
    shift: isize,
}

/// The cheapest plan whose bytes are `root`'s (`m`: the source's width in bytes), and
/// its cost in operators.
fn plan(root: &Bytes, m: usize) -> Option<(Plan, u32)> {
    let n = root.n;
    let target = &root.b[..n];
    if target.contains(&Byte::Unknown) {
        return None;
    }
    let mut bases = vec![Base::Plain];
    if m >= 2 {
        bases.push(Base::Bswap);
    }
    bases.extend((1..m).map(Base::Rotl));
    let mut best: Option<(Plan, u32)> = None;
    for base in bases {
        let mut based = [Byte::Zero; 8];
        for (j, y) in based.iter_mut().enumerate().take(n.min(m)) {
            let k = match base {
                Base::Plain => j,
                Base::Bswap => m - 1 - j,
                Base::Rotl(r) => (j + m - r) % m,
            };
            *y = Byte::Src(k as u8);
        }
        for shift in -(n as isize - 1)..(n as isize) {
            let mut b = [Byte::Zero; 8];
            for (i, y) in b.iter_mut().enumerate().take(n) {
                let from = i as isize - shift;
                if (0..n as isize).contains(&from) {
                    *y = based[from as usize];
                }
            }
            if b[..n] != *target {
                continue;
            }
            let cost = u32::from(base != Base::Plain) + u32::from(n != m) + u32::from(shift != 0);
            if best.is_none_or(|(_, c)| cost < c) {
                best = Some((Plan { base, shift }, cost));
            }
        }
    }
    best
}

/// The instructions of `func`'s layout that are roots to try (`is_root`), in layout
/// order. One pass over the instruction table that reads only each opcode (the roots
/// are `bor`s and `band`s), not a walk of the layout's lists with `is_root`'s tests on
/// every instruction: that walk was 0.4% of a large module's compile
/// (bench/large-modules.md, "cspeed20"). Removed instructions are not in the layout;
/// the few roots found are then sorted into layout order (blocks in layout order, then
/// instructions within a block), the order the walk found them in.
fn candidate_roots(func: &ir::Function) -> Vec<Inst> {
    let (dfg, layout) = (&func.dfg, &func.layout);
    let mut roots: Vec<(ir::Block, Inst)> = Vec::new();
    for i in 0..dfg.num_insts() {
        let inst = Inst::new(i);
        if !matches!(dfg.insts[inst].opcode(), Opcode::Bor | Opcode::Band) {
            continue;
        }
        let Some(block) = layout.inst_block(inst) else {
            continue;
        };
        if is_root(dfg, inst) {
            roots.push((block, inst));
        }
    }
    if roots.len() > 1 {
        let mut order: SecondaryMap<ir::Block, u32> = SecondaryMap::new();
        for (n, block) in layout.blocks().enumerate() {
            order[block] = n as u32;
        }
        roots.sort_unstable_by(|a, b| {
            (order[a.0].cmp(&order[b.0])).then_with(|| layout.pp_cmp(a.1, b.1))
        });
    }
    roots.into_iter().map(|(_, inst)| inst).collect()
}

/// Replaces byte-permutation trees in `func` (see the module doc); returns how many.
pub(crate) fn fold_byte_swaps(func: &mut ir::Function) -> usize {
    let roots = candidate_roots(func);
    if roots.is_empty() {
        return 0; // most functions
    }
    // Counted at the first replacement (most functions have none).
    let mut uses: Option<SecondaryMap<Value, u32>> = None;
    let mut models = Models::default();
    let mut count = 0;
    // Last first: an outer root replaced first leaves its inner ors without uses.
    for &inst in roots.iter().rev() {
        if func.layout.inst_block(inst).is_none() {
            continue; // deleted with a tree replaced before
        }
        let v = func.dfg.first_result(inst);
        if uses.as_ref().is_some_and(|u| u[v] == 0) {
            continue; // an inner node of a tree replaced before, still in the layout
        }
        let Some(model) = models.eval(&func.dfg, v, MAX_DEPTH) else {
            continue;
        };
        let Some(src) = model.src else { continue };
        let Some(m) = width(func.dfg.value_type(src)) else {
            continue;
        };
        let Some((plan, cost)) = plan(&model, m) else {
            continue;
        };
        if cost == 0 || cost >= model.ops {
            continue;
        }
        let uses = uses.get_or_insert_with(|| count_uses(func));
        replace(func, inst, src, plan, uses);
        count += 1;
    }
    count
}

/// One operator of a replacement.
#[derive(Clone, Copy)]
enum Step {
    Bswap,
    /// By this many bits (and the shifts below).
    Rotl(i64),
    Extend,
    Reduce,
    Shl(i64),
    Ushr(i64),
}

/// Builds `step` of `x` (`a`: its amount; `tr`: the root's type).
fn emit<'f>(b: impl InstBuilder<'f>, step: Step, x: Value, a: Option<Value>, tr: Type) -> Value {
    let a = || a.expect("shifts have an amount");
    match step {
        Step::Bswap => b.bswap(x),
        Step::Rotl(_) => b.rotl(x, a()),
        Step::Extend => b.uextend(tr, x),
        Step::Reduce => b.ireduce(tr, x),
        Step::Shl(_) => b.ishl(x, a()),
        Step::Ushr(_) => b.ushr(x, a()),
    }
}

/// Replaces `inst` by `plan` applied to `src`, then deletes what no longer has uses.
fn replace(
    func: &mut ir::Function,
    inst: Inst,
    src: Value,
    plan: Plan,
    uses: &mut SecondaryMap<Value, u32>,
) {
    let (tr, ts) = (
        func.dfg.value_type(func.dfg.first_result(inst)),
        func.dfg.value_type(src),
    );
    let old: Vec<Value> = (func.dfg.inst_args(inst).iter())
        .map(|&a| func.dfg.resolve_aliases(a))
        .collect();
    let mut steps = Vec::new();
    match plan.base {
        Base::Plain => {}
        Base::Bswap => steps.push(Step::Bswap),
        Base::Rotl(r) => steps.push(Step::Rotl(8 * r as i64)),
    }
    match width(tr).cmp(&width(ts)) {
        std::cmp::Ordering::Greater => steps.push(Step::Extend),
        std::cmp::Ordering::Less => steps.push(Step::Reduce),
        std::cmp::Ordering::Equal => {}
    }
    match plan.shift {
        0 => {}
        s if s > 0 => steps.push(Step::Shl(8 * s as i64)),
        s => steps.push(Step::Ushr(-8 * s as i64)),
    }
    let srcloc = func.srcloc(inst);
    let mut pos = FuncCursor::new(func).at_inst(inst);
    pos.set_srcloc(srcloc);
    let mut new = Vec::new();
    let mut x = src;
    let last = steps.len() - 1;
    for (i, &step) in steps.iter().enumerate() {
        let ty = pos.func.dfg.value_type(x);
        let amount = match step {
            Step::Rotl(k) => Some(pos.ins().iconst(ty, k)),
            Step::Shl(k) | Step::Ushr(k) => Some(pos.ins().iconst(tr, k)),
            _ => None,
        };
        if let Some(a) = amount {
            new.push(pos.func.dfg.value_def(a).unwrap_inst());
        }
        if i < last {
            x = emit(pos.ins(), step, x, amount, tr);
            new.push(pos.func.dfg.value_def(x).unwrap_inst());
        } else {
            emit(pos.func.replace(inst), step, x, amount, tr);
            new.push(inst);
        }
    }
    for &i in &new {
        for &a in func.dfg.inst_args(i) {
            uses[a] += 1;
        }
    }
    // Sweep the operators of the old tree that have no uses left.
    let mut work = old;
    while let Some(v) = work.pop() {
        uses[v] = uses[v].saturating_sub(1);
        if uses[v] != 0 {
            continue;
        }
        let ir::ValueDef::Result(i, 0) = func.dfg.value_def(v) else {
            continue;
        };
        if !modeled(func.dfg.insts[i].opcode())
            || func.dfg.inst_results(i).len() != 1
            || func.layout.inst_block(i).is_none()
        {
            continue;
        }
        work.extend((func.dfg.inst_args(i).iter()).map(|&a| func.dfg.resolve_aliases(a)));
        func.layout.remove_inst(i);
    }
}

#[cfg(test)]
mod tests {
    use super::{fold_byte_swaps, mask, width};
    use cranelift_codegen::ir::{
        types, AbiParam, Function, InstBuilder, InstructionData, Opcode, Type, Value, ValueDef,
    };
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// A function of one `ty` parameter `x` returning what `body` builds from it.
    fn func_of(ty: Type, body: impl Fn(&mut FunctionBuilder, Value) -> Vec<Value>) -> Function {
        let mut func = Function::new();
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        b.func.signature.params.push(AbiParam::new(ty));
        let b0 = b.create_block();
        let x = b.append_block_param(b0, ty);
        b.switch_to_block(b0);
        let rets = body(&mut b, x);
        for &r in &rets {
            let t = b.func.dfg.value_type(r);
            b.func.signature.returns.push(AbiParam::new(t));
        }
        b.ins().return_(&rets);
        b.seal_all_blocks();
        b.finalize(cranelift_codegen::isa::TargetFrontendConfig {
            default_call_conv: cranelift_codegen::isa::CallConv::SystemV,
            pointer_width: target_lexicon::PointerWidth::U64,
            page_size_align_log2: 12,
        });
        func
    }

    fn verify(func: &Function) {
        let flags = cranelift_codegen::settings::Flags::new(cranelift_codegen::settings::builder());
        cranelift_codegen::verify_function(func, &flags)
            .unwrap_or_else(|e| panic!("{e}\n{}", func.display()));
    }

    /// The returned values of `func` for parameter `x`: a tiny interpreter of the
    /// operators the pass models and emits, with Cranelift's semantics.
    fn run(func: &Function, x: u64) -> Vec<u64> {
        let block = func.layout.entry_block().unwrap();
        let ret = func.layout.last_inst(block).unwrap();
        (func.dfg.inst_args(ret).iter())
            .map(|&v| value(func, v, x))
            .collect()
    }

    fn sext(v: u64, bits: u64) -> i64 {
        ((v << (64 - bits)) as i64) >> (64 - bits)
    }

    fn value(func: &Function, v: Value, x: u64) -> u64 {
        use Opcode::*;
        let dfg = &func.dfg;
        let v = dfg.resolve_aliases(v);
        let ty = dfg.value_type(v);
        let m = mask(width(ty).unwrap());
        let bits = u64::from(ty.bits());
        let inst = match dfg.value_def(v) {
            ValueDef::Param(..) => return x & m,
            ValueDef::Result(inst, _) => inst,
            ValueDef::Union(..) => unreachable!(),
        };
        assert!(
            func.layout.inst_block(inst).is_some(),
            "deleted {inst} used"
        );
        let args = dfg.inst_args(inst);
        let a = |i: usize| value(func, args[i], x);
        let data = dfg.insts[inst];
        let b = |i: usize| match data {
            InstructionData::UnaryImm { imm, .. } => imm.bits() as u64,
            _ => a(i),
        };
        let rot = |v: u64, k: u64| {
            let k = k & (bits - 1);
            if k == 0 {
                v
            } else {
                (v << k) | (v >> (bits - k))
            }
        };
        let r = match data.opcode() {
            Iconst => b(0),
            Ishl => a(0) << (b(1) & (bits - 1)),
            Ushr => a(0) >> (b(1) & (bits - 1)),
            Sshr => (sext(a(0), bits) >> (b(1) & (bits - 1))) as u64,
            Rotl => rot(a(0), b(1)),
            Rotr => rot(a(0), bits - (b(1) & (bits - 1))),
            Band => a(0) & b(1),
            Bor => a(0) | b(1),
            Bxor => a(0) ^ b(1),
            Iadd => a(0).wrapping_add(b(1)),
            Imul => a(0).wrapping_mul(a(1)),
            Uextend | Ireduce => a(0),
            Sextend => {
                let from = u64::from(dfg.value_type(args[0]).bits());
                sext(a(0), from) as u64
            }
            Bswap => a(0).swap_bytes() >> (64 - bits),
            op => panic!("no interpreter for {op}"),
        };
        r & m
    }

    /// A small xorshift generator for the random checks.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// Runs the pass on `func`, checks it still verifies and computes what it computed
    /// (on edge and random inputs), and returns the replacements and the CLIF.
    fn fold_and_check(mut func: Function) -> (usize, String) {
        let before = func.clone();
        let n = fold_byte_swaps(&mut func);
        verify(&func);
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let edge = [
            0,
            1,
            u64::MAX,
            0x8000_0000_0000_0000,
            0x0123_4567_89ab_cdef,
            0x80,
            0xff00,
        ];
        for x in edge.into_iter().chain((0..200).map(|_| rng.next())) {
            assert_eq!(
                run(&before, x),
                run(&func, x),
                "x = {x:#x}\nbefore:\n{}after:\n{}",
                before.display(),
                func.display()
            );
        }
        (n, func.display().to_string())
    }

    fn count(text: &str, op: &str) -> usize {
        text.matches(&format!(" = {op}")).count()
    }

    fn shl(b: &mut FunctionBuilder, x: Value, k: i64) -> Value {
        let ty = b.func.dfg.value_type(x);
        let c = b.ins().iconst(ty, k);
        b.ins().ishl(x, c)
    }

    fn shr(b: &mut FunctionBuilder, x: Value, k: i64) -> Value {
        let ty = b.func.dfg.value_type(x);
        let c = b.ins().iconst(ty, k);
        b.ins().ushr(x, c)
    }

    fn and(b: &mut FunctionBuilder, x: Value, m: u64) -> Value {
        let ty = b.func.dfg.value_type(x);
        let c = b.ins().iconst(ty, m as i64);
        b.ins().band(x, c)
    }

    /// clang's `__builtin_bswap64` for wasm, in the operand order of `bitops.wasm`
    /// (`reverse64`), which Cranelift's own rule does not match.
    fn clang_bswap64(b: &mut FunctionBuilder, x: Value) -> Value {
        let t56 = shl(b, x, 56);
        let t40 = shl(b, x, 40);
        let m40 = and(b, t40, 0x00ff_0000_0000_0000);
        let o1 = b.ins().bor(t56, m40);
        let t24 = shl(b, x, 24);
        let m24 = and(b, t24, 0x0000_ff00_0000_0000);
        let t8 = shl(b, x, 8);
        let m8 = and(b, t8, 0x0000_00ff_0000_0000);
        let o2 = b.ins().bor(m24, m8);
        let o3 = b.ins().bor(o1, o2);
        let r8 = shr(b, x, 8);
        let n8 = and(b, r8, 0xff00_0000);
        let r24 = shr(b, x, 24);
        let n24 = and(b, r24, 0x00ff_0000);
        let o4 = b.ins().bor(n8, n24);
        let r40 = shr(b, x, 40);
        let n40 = and(b, r40, 0xff00);
        let r56 = shr(b, x, 56);
        let o5 = b.ins().bor(n40, r56);
        let o6 = b.ins().bor(o4, o5);
        b.ins().bor(o3, o6)
    }

    /// clang's `__builtin_bswap32`: `x << 24 | (x & 0xff00) << 8 | (x >> 8) & 0xff00 |
    /// x >> 24`.
    fn clang_bswap32(b: &mut FunctionBuilder, x: Value) -> Value {
        let t24 = shl(b, x, 24);
        let r24 = shr(b, x, 24);
        swap32_tree(b, x, t24, 0xff00, Some(r24)).0
    }

    /// clang's i32 tree with its parts given: `t24 | (x & 0xff00) << 8 | (x >> 8) &
    /// mask | r24` (no `r24` term if None); returns the root and the inner or `t24 |
    /// (x & 0xff00) << 8`. The tests below spoil one part each.
    fn swap32_tree(
        b: &mut FunctionBuilder,
        x: Value,
        t24: Value,
        mask: u64,
        r24: Option<Value>,
    ) -> (Value, Value) {
        let m = and(b, x, 0xff00);
        let t8 = shl(b, m, 8);
        let o1 = b.ins().bor(t24, t8);
        let r8 = shr(b, x, 8);
        let n8 = and(b, r8, mask);
        let low = match r24 {
            Some(r24) => b.ins().bor(n8, r24),
            None => n8,
        };
        (b.ins().bor(o1, low), o1)
    }

    #[test]
    fn clang_bswap64_becomes_one_bswap() {
        let (n, text) = fold_and_check(func_of(types::I64, |b, x| vec![clang_bswap64(b, x)]));
        assert_eq!(n, 1, "{text}");
        assert_eq!(count(&text, "bswap"), 1, "{text}");
        // The whole tree is gone: the bswap and the return are all that is left.
        assert_eq!(text.matches(" = ").count(), 1, "{text}");
        let f = func_of(types::I64, |b, x| vec![clang_bswap64(b, x)]);
        assert_eq!(run(&f, 0x0102_0304_0506_0708), [0x0807_0605_0403_0201]);
    }

    /// bitops' `reverse64`: the bswap tree, then three steps that swap nibbles, pairs
    /// and bits (shifts by 4, 2, 1: leaves). The roots of those steps, tried first,
    /// reach the bswap tree near the depth limit; the tree's own root must still be
    /// modeled in full (a model cut short is computed again from a shallower start).
    #[test]
    fn bswap_under_a_bit_reversal_is_found() {
        let (n, text) = fold_and_check(func_of(types::I64, |b, x| {
            let mut r = clang_bswap64(b, x);
            for (k, m) in [
                (4, 0x0f0f_0f0f_0f0f_0f0f_u64),
                (2, 0x3333_3333_3333_3333),
                (1, 0x5555_5555_5555_5555),
            ] {
                let hi = shr(b, r, k);
                let hi = and(b, hi, m);
                let lo = and(b, r, m);
                let lo = shl(b, lo, k);
                r = b.ins().bor(hi, lo);
            }
            vec![r]
        }));
        assert_eq!(n, 1, "{text}");
        assert_eq!(count(&text, "bswap"), 1, "{text}");
    }

    #[test]
    fn clang_bswap32_becomes_one_bswap() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| vec![clang_bswap32(b, x)]));
        assert_eq!(n, 1, "{text}");
        assert_eq!(count(&text, "bswap"), 1, "{text}");
        assert_eq!(text.matches(" = ").count(), 1, "{text}");
    }

    /// `bswap16` of the low half of an i32: `(x & 0xff) << 8 | (x >> 8) & 0xff`.
    #[test]
    fn bswap16_in_i32_becomes_bswap_and_shift() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let lo = and(b, x, 0xff);
            let hi = shl(b, lo, 8);
            let r = shr(b, x, 8);
            let low = and(b, r, 0xff);
            vec![b.ins().bor(hi, low)]
        }));
        assert_eq!(n, 1, "{text}");
        assert_eq!(count(&text, "bswap"), 1, "{text}");
        assert_eq!(count(&text, "ushr"), 1, "{text}");
    }

    /// A 16-bit swap on i16 values (what a narrowed tree would look like).
    #[test]
    fn bswap16_on_i16_becomes_bswap() {
        let (n, text) = fold_and_check(func_of(types::I16, |b, x| {
            let hi = shl(b, x, 8);
            let lo = shr(b, x, 8);
            vec![b.ins().bor(hi, lo)]
        }));
        // Equally a rotation: either is one operator.
        assert_eq!(n, 1, "{text}");
        assert_eq!(count(&text, "bswap") + count(&text, "rotl"), 1, "{text}");
    }

    /// `from_be_bytes` of an i32 widened to u64: the tree on the extended value.
    #[test]
    fn swap_of_an_extended_i32_becomes_bswap_and_uextend() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let w = b.ins().uextend(types::I64, x);
            let t24 = shl(b, w, 24);
            let m24 = and(b, t24, 0xff00_0000);
            let t8 = shl(b, w, 8);
            let m8 = and(b, t8, 0x00ff_0000);
            let r8 = shr(b, w, 8);
            let n8 = and(b, r8, 0xff00);
            let r24 = shr(b, w, 24);
            let n24 = and(b, r24, 0xff);
            let o1 = b.ins().bor(m24, m8);
            let o2 = b.ins().bor(n8, n24);
            vec![b.ins().bor(o1, o2)]
        }));
        assert_eq!(n, 1, "{text}");
        assert_eq!(count(&text, "bswap"), 1, "{text}");
        assert_eq!(count(&text, "uextend.i64"), 1, "{text}");
    }

    /// Shift amounts are masked to the width (`ishl x, 120` is `ishl x, 56` for i64),
    /// as in Cranelift and wasm.
    #[test]
    fn masked_shift_amounts_still_match() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let t24 = shl(b, x, 24 + 32);
            let m = and(b, x, 0xff00);
            let t8 = shl(b, m, 8 + 64);
            let o1 = b.ins().bor(t24, t8);
            let r8 = shr(b, x, 8 + 32);
            let n8 = and(b, r8, 0xff00);
            let r24 = shr(b, x, 24 - 32);
            let o2 = b.ins().bor(n8, r24);
            vec![b.ins().bor(o1, o2)]
        }));
        assert_eq!(n, 1, "{text}");
    }

    /// Three of four bytes: `x << 24 | (x & 0xff00) << 8 | (x >> 8) & 0xff00` (no
    /// `x >> 24`) is no permutation of the source's bytes the pass can build.
    #[test]
    fn partial_swap_is_kept() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let t24 = shl(b, x, 24);
            vec![swap32_tree(b, x, t24, 0xff00, None).0]
        }));
        assert_eq!(n, 0, "{text}");
        assert_eq!(count(&text, "bswap"), 0, "{text}");
    }

    /// A mask that keeps 7 bits of a byte (`0x7f00`) is no byte move.
    #[test]
    fn mask_of_seven_bits_is_kept() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let t24 = shl(b, x, 24);
            let r24 = shr(b, x, 24);
            vec![swap32_tree(b, x, t24, 0x7f00, Some(r24)).0]
        }));
        assert_eq!(n, 0, "{text}");
    }

    /// A shift by a variable amount (here `x * 0 + 24` computed at run time) is no
    /// byte move, even where it would be one for the amount the test passes.
    #[test]
    fn variable_shift_is_kept() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let zero = b.ins().iconst(types::I32, 0);
            let z = b.ins().imul(x, zero);
            let amount = b.ins().iadd_imm_s(z, 24);
            let t24 = b.ins().ishl(x, amount);
            let r24 = shr(b, x, 24);
            vec![swap32_tree(b, x, t24, 0xff00, Some(r24)).0]
        }));
        assert_eq!(n, 0, "{text}");
    }

    /// `sshr` copies the sign into the top bytes: `x >>s 24` instead of `x >>u 24`
    /// leaves three unknown bytes.
    #[test]
    fn signed_shift_is_kept() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let t24 = shl(b, x, 24);
            let c = b.ins().iconst(types::I32, 24);
            let r24 = b.ins().sshr(x, c);
            vec![swap32_tree(b, x, t24, 0xff00, Some(r24)).0]
        }));
        assert_eq!(n, 0, "{text}");
    }

    /// The carry of an add reaches the byte above: `((x & 0xff) + (x & 0xff)) & 0xff00`
    /// is bit 7 of `x`, not zero, so or-ing it (shifted to the top byte) into a swap
    /// leaves no byte permutation: only the swap under it is replaced.
    #[test]
    fn carry_of_an_add_is_kept() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let swap = clang_bswap32(b, x);
            let lo = and(b, x, 0xff);
            let twice = b.ins().iadd(lo, lo);
            let carry = and(b, twice, 0xff00);
            let top = shl(b, carry, 16);
            vec![b.ins().bor(swap, top)]
        }));
        assert_eq!(n, 1, "{text}");
        assert_eq!(count(&text, "bswap"), 1, "{text}");
        assert_eq!(count(&text, "bor"), 1, "{text}");
    }

    /// An inner or of the tree is also returned: the root becomes `bswap`, and the
    /// inner or and its operands stay for their other use.
    #[test]
    fn intermediate_with_another_use_stays() {
        let (n, text) = fold_and_check(func_of(types::I32, |b, x| {
            let t24 = shl(b, x, 24);
            let r24 = shr(b, x, 24);
            let (root, o1) = swap32_tree(b, x, t24, 0xff00, Some(r24));
            vec![root, o1]
        }));
        assert_eq!(n, 1, "{text}");
        assert_eq!(count(&text, "bswap"), 1, "{text}");
        // `o1`'s tree (2 shifts, a band, a bor) stays, `o2`'s (2 shifts, a band, a
        // bor) goes.
        assert_eq!(count(&text, "bor"), 1, "{text}");
        assert_eq!(count(&text, "ishl"), 2, "{text}");
        assert_eq!(count(&text, "ushr"), 0, "{text}");
    }

    /// Random trees of byte moves (shifts, rotations and masks of whole bytes, ors,
    /// xors and adds of them, extensions), some spoiled (a partial mask, a signed or
    /// odd shift): whatever the pass does, the function computes what it did.
    #[test]
    fn random_trees_compute_what_they_did() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut replaced = 0;
        for _ in 0..400 {
            let seed = rng.next();
            let ty = if seed & 1 == 0 {
                types::I64
            } else {
                types::I32
            };
            let func = func_of(ty, |b, x| vec![random_tree(b, x, seed)]);
            replaced += fold_and_check(func).0;
        }
        // The generator hits: most unspoiled trees are full reversals.
        assert!(replaced > 50, "{replaced} replaced");
    }

    /// A tree that moves byte `perm[i]` of `x` (or nothing) to byte `i`, each in a
    /// random way, combined in a random order with `bor`, `bxor` or `iadd`.
    fn random_tree(b: &mut FunctionBuilder, x: Value, seed: u64) -> Value {
        let mut rng = Rng(seed | 1);
        let ty = b.func.dfg.value_type(x);
        let n = width(ty).unwrap();
        let reversed = rng.below(3) != 0;
        let mut terms: Vec<Value> = Vec::new();
        for i in 0..n {
            let j = if reversed {
                n - 1 - i
            } else {
                rng.below(n as u64) as usize
            };
            if rng.below(12) == 0 {
                continue; // a missing byte
            }
            let d = 8 * (i as i64 - j as i64);
            let spoil = rng.below(25);
            let full = 0xffu64 << (8 * i);
            let mask_at = |k: usize| {
                if spoil == 0 {
                    0x7fu64 << (8 * k)
                } else {
                    0xffu64 << (8 * k)
                }
            };
            let t = match rng.below(4) {
                // Mask, then shift.
                0 => {
                    let m = and(b, x, mask_at(j));
                    if d >= 0 {
                        shl(b, m, d)
                    } else {
                        shr(b, m, -d)
                    }
                }
                // Shift, then mask.
                1 => {
                    let s = if d >= 0 {
                        shl(b, x, d + if spoil == 1 { 1 } else { 0 })
                    } else if spoil == 2 {
                        let c = b.ins().iconst(ty, -d);
                        b.ins().sshr(x, c)
                    } else {
                        shr(b, x, -d)
                    };
                    if d == 8 * (n as i64 - 1) || d == -8 * (n as i64 - 1) || spoil == 2 {
                        s // the shift alone leaves one byte (or the sign's copies)
                    } else {
                        and(b, s, mask_at(i))
                    }
                }
                // Rotate, then mask (through the `_imm` builders).
                2 => {
                    let r = b.ins().rotl_imm_u(x, d.rem_euclid(8 * n as i64));
                    b.ins().band_imm_u(r, mask_at(i) as i64)
                }
                // Through the other width and back.
                _ => {
                    let m = and(b, x, full >> (8 * i) << (8 * j));
                    let s = if d >= 0 { shl(b, m, d) } else { shr(b, m, -d) };
                    if ty == types::I64 {
                        let lo = b.ins().ireduce(types::I32, s);
                        let hi = shr(b, s, 32);
                        let hi = b.ins().ireduce(types::I32, hi);
                        let lo = b.ins().uextend(types::I64, lo);
                        let hi = b.ins().uextend(types::I64, hi);
                        let hi = shl(b, hi, 32);
                        b.ins().bor(lo, hi)
                    } else {
                        let w = b.ins().sextend(types::I64, s);
                        b.ins().ireduce(types::I32, w)
                    }
                }
            };
            terms.push(t);
        }
        if terms.is_empty() {
            return b.ins().iconst(ty, 0);
        }
        // Sometimes a term twice: `x | x` is `x`, `x ^ x` zero, `x + x` no byte move.
        if rng.below(8) == 0 {
            let t = terms[rng.below(terms.len() as u64) as usize];
            terms.push(t);
        }
        while terms.len() > 1 {
            let i = rng.below(terms.len() as u64 - 1) as usize;
            let (p, q) = (terms[i], terms.remove(i + 1));
            terms[i] = match rng.below(6) {
                0 => b.ins().bxor(p, q),
                1 => b.ins().iadd(p, q),
                _ => b.ins().bor(p, q),
            };
        }
        terms[0]
    }

    /// `candidate_roots` (a pass over the instruction table, then a sort) finds the
    /// roots the walk of the layout finds, in the same order, where the layout's order
    /// is not the instructions' creation order: blocks laid out in another order than
    /// made, instructions inserted in front of older ones (as the bounds passes' hoisting
    /// and copying do), some removed from the layout.
    #[test]
    fn candidate_roots_are_the_layout_walks_roots_in_layout_order() {
        use super::{candidate_roots, is_root};
        use cranelift_codegen::cursor::{Cursor, FuncCursor};
        use cranelift_codegen::ir::{Block, Inst};
        let walk = |func: &Function| -> Vec<Inst> {
            let mut roots = Vec::new();
            for block in func.layout.blocks() {
                for inst in func.layout.block_insts(block) {
                    if is_root(&func.dfg, inst) {
                        roots.push(inst);
                    }
                }
            }
            roots
        };
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut found = 0;
        for _ in 0..40 {
            let mut func = Function::new();
            func.signature.params.push(AbiParam::new(types::I64));
            let blocks: Vec<Block> = (0..5).map(|_| func.dfg.make_block()).collect();
            let x = func.dfg.append_block_param(blocks[0], types::I64);
            // Layout order: the entry, then the others shuffled.
            let mut order = blocks[1..].to_vec();
            for i in (1..order.len()).rev() {
                order.swap(i, rng.below(i as u64 + 1) as usize);
            }
            let mut cur = FuncCursor::new(&mut func);
            for &b in std::iter::once(&blocks[0]).chain(&order) {
                cur.insert_block(b);
                cur.ins().return_(&[]);
            }
            let mut vals = vec![x];
            let mut insts: Vec<Inst> = Vec::new();
            for _ in 0..120 {
                // Before a random instruction of a random block (the terminator too).
                let b = blocks[rng.below(blocks.len() as u64) as usize];
                let at: Vec<Inst> = cur.func.layout.block_insts(b).collect();
                let before = at[rng.below(at.len() as u64) as usize];
                cur.goto_inst(before);
                let pick =
                    |rng: &mut Rng, vals: &[Value]| vals[rng.below(vals.len() as u64) as usize];
                let (a, c) = (pick(&mut rng, &vals), pick(&mut rng, &vals));
                let v = match rng.below(7) {
                    0 => {
                        let k = cur
                            .ins()
                            .iconst(types::I64, [8, 16, 24, 3][rng.below(4) as usize]);
                        cur.ins().ishl(a, k)
                    }
                    1 => {
                        let k = cur
                            .ins()
                            .iconst(types::I64, [8, 40, 5][rng.below(3) as usize]);
                        cur.ins().ushr(a, k)
                    }
                    2 | 3 => cur.ins().bor(a, c),
                    4 => {
                        let m = cur.ins().iconst(types::I64, 0xff00);
                        cur.ins().band(a, m)
                    }
                    5 => cur.ins().band(a, c),
                    _ => cur.ins().bxor(a, c),
                };
                insts.push(cur.func.dfg.value_def(v).unwrap_inst());
                vals.push(v);
            }
            // Some removed from the layout (their results stay in the DFG).
            for _ in 0..10 {
                let i = insts[rng.below(insts.len() as u64) as usize];
                if cur.func.layout.inst_block(i).is_some() {
                    cur.func.layout.remove_inst(i);
                }
            }
            let expected = walk(&func);
            assert_eq!(candidate_roots(&func), expected, "{}", func.display());
            found += expected.len();
        }
        // The generator makes roots often (shifts by whole bytes under ors).
        assert!(found > 200, "{found} roots in all");
    }
}
