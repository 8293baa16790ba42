//! `call_indirect` devirtualization through tables nothing can change after
//! instantiation (issue 23).
//!
//! A table is *static* when it is defined (not imported), not exported, no function
//! body has a `table.set`, `table.grow`, `table.fill`, `table.copy` into it or
//! `table.init` of it, its initial value and every active element segment of the
//! module are constants (`ref.null`, `ref.func`, constant offsets) and every active
//! segment provably fits its table (so instantiation cannot stop half-way with this
//! table partly written while a function of the module escaped elsewhere). Its
//! contents and size are then known at compile time: the state after the active
//! segments, forever (its size is its minimum: nothing grows it).
//!
//! For a `call_indirect` through a static table (`FuncTranslator::call_indirect_static`):
//! - a constant index whose slot holds a function of the call's signature is a direct
//!   call (no load, no check: every check is decided);
//! - a dynamic index with at most [`GUARDED_MAX`] slots that can succeed becomes
//!   compare-and-direct-call guarded dispatch;
//! - a dynamic index whose slots that can succeed are contiguous (C function-pointer
//!   tables put the functions of one signature together when they are taken together,
//!   like an interpreter's handlers) keeps the entry load and the indirect call but
//!   replaces the bounds, null and signature checks by one range test; the callee's
//!   instance is ours (every such slot is a function defined here), so its `vmctx` is
//!   not loaded. (A constant bit mask for scattered slots was tried: its test costs
//!   more instructions than the checks it replaces.)
//! - a dynamic index with at most [`SWITCH_MAX_TARGETS`] slots that can succeed,
//!   spread over at most [`SWITCH_MAX_SPAN`] slots, becomes a `br_table` on
//!   `idx - first` to one direct call per distinct function (vcall's virtual calls);
//! - any other dynamic index keeps the generic checks, but the callee's `vmctx` is ours
//!   (not loaded): every slot that passes them is a function defined here;
//! - every index that cannot succeed takes the generic path, which raises exactly the
//!   trap the unoptimized code raises (out of bounds, null, signature mismatch), in
//!   the same order.
//!
//! A slot's signature is decided statically only when both ids are decided
//! ([`SigId`]): equal exact ids or the same canonical string object match, different
//! exact ids do not; anything else (imported functions, whose funcref comes from
//! elsewhere, and canonical ids that differ) is "unknown" and leaves the call site on
//! the generic path. Off with `--no-devirt` (`CompileOptions::devirt`).

use super::exceptions::Callee;
use super::func::{args, FuncTranslator};
use super::{ModuleCtx, SigId};
use crate::abi::{self, Trap, FUNCREF};
use crate::error::Result;
use crate::module_env::ModuleInfo;
use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, Value};
use std::collections::HashMap;
use wasmparser::Operator;

/// Most slots a call site dispatches to with compare-and-direct-call.
pub(crate) const GUARDED_MAX: usize = 2;

/// Most distinct functions, and widest span of slots, a call site dispatches to with
/// a `br_table` of direct calls (`switch_dispatch`): bounds the code per call site.
pub(crate) const SWITCH_MAX_TARGETS: usize = 16;
pub(crate) const SWITCH_MAX_SPAN: usize = 64;

/// Largest table whose contents are tracked (bigger ones stay generic).
const MAX_SLOTS: u64 = 1 << 16;

/// A slot of a static table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    Null,
    Func(u32),
}

/// The contents of every static table (`None`, or no entry at all: not static).
#[derive(Debug, Default)]
pub(crate) struct StaticTables {
    pub tables: Vec<Option<StaticTable>>,
}

/// A static table's slots, indexed by signature so that a call site's slots that can
/// succeed are found without walking the table (call sites times table size was half
/// the translation time of a 6.5 MB module from PyPI, 0.9 of 1.8 s).
#[derive(Debug)]
pub(crate) struct StaticTable {
    pub slots: Vec<Slot>,
    /// Some slot holds an imported function (whose signature is never decided).
    imported: bool,
    /// Each distinct signature id of the slots' defined functions, with those slots
    /// in increasing order.
    by_sig: HashMap<SigId, Vec<usize>>,
}

impl StaticTable {
    fn new(slots: Vec<Slot>, info: &ModuleInfo<'_>, sig_ids: &[SigId]) -> StaticTable {
        let mut imported = false;
        let mut by_sig: HashMap<SigId, Vec<usize>> = HashMap::new();
        for (i, s) in slots.iter().enumerate() {
            let Slot::Func(f) = *s else { continue };
            if info.is_imported_func(f) {
                imported = true;
            } else {
                let have = sig_ids[info.funcs[f as usize] as usize];
                by_sig.entry(have).or_default().push(i);
            }
        }
        StaticTable {
            slots,
            imported,
            by_sig,
        }
    }

    /// Whether the signature check of some slot is undecided for a call of `want`
    /// (some slot's `sig_match` is `Unknown`).
    fn undecided(&self, want: SigId) -> bool {
        self.imported
            || self
                .by_sig
                .keys()
                .any(|have| decide(*have, want) == Match::Unknown)
    }

    /// The slots whose check a call of `want` passes (`sig_match` is `Yes`), in
    /// increasing order.
    fn passing(&self, want: SigId) -> &[usize] {
        self.by_sig.get(&want).map_or(&[], |v| v.as_slice())
    }
}

/// Whether a call of a slot's function with signature `type_index` passes the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Match {
    Yes,
    No,
    Unknown,
}

/// Finds the static tables of a module. `mutated`: the tables some body changes, when
/// a scan of the bodies already found them (`CallGraph::mutated_tables`); else the
/// bodies are read here, on up to `threads` threads (0: one per CPU).
pub(crate) fn analyze(
    info: &ModuleInfo<'_>,
    sig_ids: &[SigId],
    threads: usize,
    mutated: Option<&[u32]>,
) -> StaticTables {
    let n = info.tables.len();
    let mut candidate: Vec<bool> = (0..n)
        .map(|t| {
            let tab = &info.tables[t];
            t as u32 >= info.num_imported_tables
                && tab.elem == abi::val::FUNCREF
                && tab.min <= MAX_SLOTS
        })
        .collect();
    for e in &info.exports {
        if e.kind == abi::extern_kind::TABLE {
            candidate[e.index as usize] = false;
        }
    }
    // Every active segment must provably fit (see the module comment).
    for seg in info
        .elems
        .iter()
        .filter(|s| s.mode == abi::elem_mode::ACTIVE)
    {
        let fits = seg.offset.kind == abi::const_kind::VALUE
            && seg
                .offset
                .value
                .checked_add(seg.items.len() as u64)
                .is_some_and(|end| end <= info.tables[seg.table as usize].min);
        if !fits {
            return StaticTables::default();
        }
    }
    if !candidate.iter().any(|c| *c) {
        return StaticTables::default();
    }
    match mutated {
        Some(tables) => clear_mutated(&mut candidate, tables),
        None => {
            if mutated_tables(info, &mut candidate, threads).is_err() {
                return StaticTables::default();
            }
        }
    }
    let slot = |c: &crate::module_env::Const| match c.kind {
        abi::const_kind::REF_NULL => Some(Slot::Null),
        abi::const_kind::REF_FUNC => Some(Slot::Func(c.value as u32)),
        _ => None,
    };
    let mut tables: Vec<Option<Vec<Slot>>> = (0..n)
        .map(|t| {
            let tab = &info.tables[t];
            let init = slot(&tab.init).filter(|_| candidate[t])?;
            Some(vec![init; tab.min as usize])
        })
        .collect();
    for seg in info
        .elems
        .iter()
        .filter(|s| s.mode == abi::elem_mode::ACTIVE)
    {
        let t = seg.table as usize;
        let Some(slots) = &mut tables[t] else {
            continue;
        };
        let off = seg.offset.value as usize;
        let mut ok = true;
        for (i, c) in seg.items.iter().enumerate() {
            match slot(c) {
                Some(s) => slots[off + i] = s,
                None => ok = false,
            }
        }
        if !ok {
            tables[t] = None;
        }
    }
    let tables = tables
        .into_iter()
        .map(|t| t.map(|slots| StaticTable::new(slots, info, sig_ids)))
        .collect();
    StaticTables { tables }
}

/// Clears `candidate` for every table some function body changes (the bodies are read
/// on up to `threads` threads, see `callgraph::map_bodies`).
fn mutated_tables(info: &ModuleInfo<'_>, candidate: &mut [bool], threads: usize) -> Result<()> {
    let per_body = crate::callgraph::map_bodies(info, threads, |i| -> Result<Vec<u32>> {
        let mut changed = Vec::new();
        let mut ops = info.bodies[i].body.get_operators_reader()?;
        while !ops.eof() {
            let t = match ops.read()? {
                Operator::TableSet { table }
                | Operator::TableGrow { table }
                | Operator::TableFill { table }
                | Operator::TableInit { table, .. } => table,
                Operator::TableCopy { dst_table, .. } => dst_table,
                _ => continue,
            };
            changed.push(t);
        }
        Ok(changed)
    });
    for changed in per_body {
        clear_mutated(candidate, &changed?);
    }
    Ok(())
}

/// Clears `candidate` for the tables in `changed`.
fn clear_mutated(candidate: &mut [bool], changed: &[u32]) {
    for &t in changed {
        // Bodies are validated later, as they are translated: a table that does not
        // exist is left to the validator's error.
        if let Some(c) = candidate.get_mut(t as usize) {
            *c = false;
        }
    }
}

fn sig_match(m: &ModuleCtx<'_>, slot: Slot, type_index: u32) -> Match {
    let f = match slot {
        Slot::Null => return Match::No,
        Slot::Func(f) => f,
    };
    if m.info.is_imported_func(f) {
        return Match::Unknown;
    }
    decide(
        m.sig_ids[m.info.funcs[f as usize] as usize],
        m.sig_ids[type_index as usize],
    )
}

/// Whether a defined function with signature id `have` passes the check of a call of
/// `want`.
fn decide(have: SigId, want: SigId) -> Match {
    match (have, want) {
        (SigId::Exact(a), SigId::Exact(b)) if a == b => Match::Yes,
        (SigId::Exact(_), SigId::Exact(_)) => Match::No,
        (SigId::Canonical(a), SigId::Canonical(b)) if a == b => Match::Yes,
        _ => Match::Unknown,
    }
}

/// The constant an index value is, when it is an `iconst`.
fn const_index(func: &ir::Function, v: Value) -> Option<u64> {
    let ir::ValueDef::Result(inst, _) = func.dfg.value_def(v) else {
        return None;
    };
    match func.dfg.insts[inst] {
        ir::InstructionData::UnaryImm {
            opcode: ir::Opcode::Iconst,
            imm,
        } => {
            let bits = func.dfg.value_type(v).bits();
            let x = imm.bits() as u64;
            Some(if bits < 64 { x & ((1 << bits) - 1) } else { x })
        }
        _ => None,
    }
}

impl FuncTranslator<'_, '_> {
    /// `call_indirect` through table `table` when it is static and the call site can be
    /// devirtualized; returns false (having emitted nothing) otherwise.
    pub(crate) fn call_indirect_static(&mut self, type_index: u32, table: u32, tail: bool) -> bool {
        let m = self.m;
        let Some(tab) = m
            .devirt
            .as_ref()
            .and_then(|d| d.tables.get(table as usize)?.as_ref())
        else {
            return false;
        };
        let slots = &tab.slots;
        let idx = *self.stack.last().expect("call_indirect index");
        if let Some(c) = const_index(self.b.func, idx) {
            // A constant index that traps stays generic (it traps the same way there).
            let Some(Slot::Func(f)) = slots.get(c as usize).copied() else {
                return false;
            };
            if sig_match(m, Slot::Func(f), type_index) != Match::Yes {
                return false;
            }
            self.pop();
            self.call(f, tail).expect("direct call");
            return true;
        }
        let want = m.sig_ids[type_index as usize];
        if tab.undecided(want) {
            return false;
        }
        let ok = tab.passing(want);
        // (slot, function) of every slot whose function has the right signature.
        let targets = || -> Vec<(u64, u32)> {
            ok.iter()
                .map(|i| match slots[*i] {
                    Slot::Func(f) => (*i as u64, f),
                    Slot::Null => unreachable!("a matching slot holds a function"),
                })
                .collect()
        };
        if !ok.is_empty() && ok.len() <= GUARDED_MAX {
            self.guarded_dispatch(type_index, table, tail, &targets());
            return true;
        }
        let contiguous = ok
            .last()
            .zip(ok.first())
            .is_some_and(|(l, f)| l - f + 1 == ok.len());
        if contiguous {
            self.range_dispatch(type_index, table, tail, ok);
            return true;
        }
        let span = ok.last().zip(ok.first()).map_or(0, |(l, f)| l - f + 1);
        if !ok.is_empty()
            && ok.len() <= SWITCH_MAX_TARGETS
            && span <= SWITCH_MAX_SPAN
            && self
                .b
                .func
                .dfg
                .value_type(*self.stack.last().expect("index"))
                == types::I32
        {
            self.switch_dispatch(type_index, table, tail, &targets());
            return true;
        }
        // The generic checks, but every slot that passes them is a function defined
        // here: the callee's vmctx is ours.
        self.call_indirect_generic(type_index, table, tail, !ok.is_empty())
            .expect("generic call_indirect");
        true
    }

    /// The element array of a static table: it never moves (nothing grows the table).
    fn table_elems(&mut self, table: u32) -> Value {
        let ro = self.flags.readonly;
        let arr = self.b.ins().load(
            types::I64,
            ro,
            self.vmctx,
            abi::INSTANCE.offset_of("tables"),
        );
        let rec = self.b.ins().load(types::I64, ro, arr, table as i32 * 8);
        self.b
            .ins()
            .load(types::I64, ro, rec, abi::TABLE.offset_of("elems"))
    }

    /// `idx == k1 ? f1(...) : idx == k2 ? f2(...) : ... : generic call_indirect`.
    fn guarded_dispatch(
        &mut self,
        type_index: u32,
        table: u32,
        tail: bool,
        targets: &[(u64, u32)],
    ) {
        let idx = self.pop();
        let sig = self.m.info.types[type_index as usize].clone();
        let n = sig.params.len();
        let params = self.popn(n);
        let join = self.b.create_block();
        let rtys: Vec<ir::Type> = sig.results.iter().map(|t| super::clif_type(*t)).collect();
        for t in &rtys {
            self.b.append_block_param(join, *t);
        }
        for &(k, f) in targets {
            let hit = self.b.create_block();
            let next = self.b.create_block();
            let eq = self.b.ins().icmp_imm_u(IntCC::Equal, idx, k as i64);
            self.b.ins().brif(eq, hit, &[], next, &[]);
            self.b.seal_block(hit);
            self.b.seal_block(next);
            self.b.switch_to_block(hit);
            self.stack.extend_from_slice(&params);
            self.call(f, tail).expect("direct call");
            self.end_branch(join, tail, rtys.len());
            self.b.switch_to_block(next);
        }
        // Every other index traps: the generic path raises the right trap.
        let cur = self.b.current_block().expect("a block");
        self.b.set_cold_block(cur);
        self.stack.extend_from_slice(&params);
        self.generic_fallback(idx, type_index, table, tail, join, rtys.len());
        self.finish_join(join, tail);
    }

    /// `br_table` on `idx - first` over the span of the slots that can succeed: a
    /// direct call per distinct function, the generic call (which traps) for every
    /// other index.
    fn switch_dispatch(&mut self, type_index: u32, table: u32, tail: bool, targets: &[(u64, u32)]) {
        let idx = self.pop();
        let first = targets[0].0;
        let span = (targets[targets.len() - 1].0 - first + 1) as usize;
        let rel = self.b.ins().iadd_imm_s(idx, -(first as i64));
        let sig = self.m.info.types[type_index as usize].clone();
        let params = self.popn(sig.params.len());
        let join = self.b.create_block();
        let rtys: Vec<ir::Type> = sig.results.iter().map(|t| super::clif_type(*t)).collect();
        for t in &rtys {
            self.b.append_block_param(join, *t);
        }
        let cold = self.b.create_block();
        let mut fblocks: Vec<(u32, ir::Block)> = Vec::new();
        let mut slots = vec![cold; span];
        for &(k, f) in targets {
            let blk = match fblocks.iter().find(|(g, _)| *g == f) {
                Some((_, b)) => *b,
                None => {
                    let b = self.b.create_block();
                    fblocks.push((f, b));
                    b
                }
            };
            slots[(k - first) as usize] = blk;
        }
        let pool = &mut self.b.func.dfg.value_lists;
        let calls: Vec<ir::BlockCall> = slots
            .iter()
            .map(|b| ir::BlockCall::new(*b, std::iter::empty(), pool))
            .collect();
        let def = ir::BlockCall::new(cold, std::iter::empty(), pool);
        let jt = self
            .b
            .create_jump_table(ir::JumpTableData::new(def, &calls));
        self.b.ins().br_table(rel, jt);
        for (f, blk) in fblocks {
            self.b.seal_block(blk);
            self.b.switch_to_block(blk);
            self.stack.extend_from_slice(&params);
            self.call(f, tail).expect("direct call");
            self.end_branch(join, tail, rtys.len());
        }
        self.b.seal_block(cold);
        self.b.switch_to_block(cold);
        self.b.set_cold_block(cold);
        self.stack.extend_from_slice(&params);
        self.generic_fallback(idx, type_index, table, tail, join, rtys.len());
        self.finish_join(join, tail);
    }

    /// Jumps from the end of a dispatch branch to `join` with its results.
    /// A dispatch's cold path, with the call's arguments on the stack: the generic
    /// `call_indirect` at `idx` (which raises the trap any other index gets), then
    /// the branch to `join`.
    fn generic_fallback(
        &mut self,
        idx: Value,
        type_index: u32,
        table: u32,
        tail: bool,
        join: ir::Block,
        nres: usize,
    ) {
        self.stack.push(idx);
        self.call_indirect_generic(type_index, table, tail, true)
            .expect("generic call_indirect");
        self.end_branch(join, tail, nres);
    }

    fn end_branch(&mut self, join: ir::Block, tail: bool, nres: usize) {
        if tail {
            // The branch ended with a `return_call`.
            self.reachable = true;
            return;
        }
        let r = self.popn(nres);
        self.b.ins().jump(join, &args(&r));
    }

    fn finish_join(&mut self, join: ir::Block, tail: bool) {
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        if tail {
            // Nothing jumps here: the block only ends the function's code.
            self.b
                .ins()
                .trap(ir::TrapCode::unwrap_user(Trap::Unreachable as u8));
            self.reachable = false;
        } else {
            let r = self.b.block_params(join).to_vec();
            self.stack.extend(r);
        }
    }

    /// One range test instead of the bounds, null and signature checks: `ok` (the
    /// slots that can succeed, all functions defined here) are contiguous, so a slot
    /// passes every check iff `idx - first < count`. Then the entry's code is called
    /// with our own instance (its `vmctx`). Every other index traps, on a cold path
    /// that is the generic `call_indirect` (so the trap is the one it always was). A
    /// cold path of bare traps was tried: Cranelift's register allocator then kept the
    /// instance in a stack slot around interp's dispatch loop (+8.6% instructions).
    fn range_dispatch(&mut self, type_index: u32, table: u32, tail: bool, ok: &[usize]) {
        let idx = self.pop();
        let sig = self.m.info.types[type_index as usize].clone();
        let elems = self.table_elems(table);
        let i64v = if self.b.func.dfg.value_type(idx) == types::I64 {
            idx
        } else {
            self.b.ins().uextend(types::I64, idx)
        };
        let rel = self.b.ins().iadd_imm_s(i64v, -(ok[0] as i64));
        let pass = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThan, rel, ok.len() as i64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(pass, fast, &[], slow, &[]);
        self.b.seal_block(fast);
        self.b.seal_block(slow);

        let join = self.b.create_block();
        for t in &sig.results {
            self.b.append_block_param(join, super::clif_type(*t));
        }
        let saved = self.stack.clone();
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.generic_fallback(idx, type_index, table, tail, join, sig.results.len());
        self.stack = saved;

        self.b.switch_to_block(fast);
        let off = self.b.ins().ishl_imm_u(i64v, 3);
        let addr = self.b.ins().iadd(elems, off);
        // Not `can_move`: these loads are valid only after the test.
        let ro = self.flags.funcref;
        let fr = self.b.ins().load(types::I64, ro, addr, 0);
        let code = self
            .b
            .ins()
            .load(types::I64, ro, fr, FUNCREF.offset_of("code"));
        let (a, slot) = self.call_args(self.vmctx, &sig, tail);
        let sref = self.sig_ref(type_index);
        if tail {
            self.b.ins().return_call_indirect(sref, code, &a);
        } else {
            let r = self.emit_call(Callee::Indirect(sref, code), &a);
            self.finish_call(r, slot);
        }
        self.end_branch(join, tail, sig.results.len());
        self.finish_join(join, tail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_module::DataId;

    /// The signature index must give what a walk over every slot with `decide` gives
    /// (the definition the index replaced), for every call signature.
    fn check_index(wat: &str, sig_ids: &[SigId]) -> StaticTables {
        let wasm = wat::parse_str(wat).unwrap();
        let info = crate::module_env::parse(&wasm).unwrap();
        let tables = analyze(&info, sig_ids, 3, None);
        // The tables the call graph's scan found changed give the same static tables.
        let graph = crate::callgraph::CallGraph::scan(&info, 2).unwrap();
        let shared = analyze(&info, sig_ids, 1, Some(&graph.mutated_tables));
        // (`by_sig` is a hash map: compared as sorted entries.)
        let summary = |t: &StaticTables| -> Vec<Option<(String, Vec<String>)>> {
            let one = |t: &StaticTable| {
                let mut by_sig: Vec<String> = t.by_sig.iter().map(|e| format!("{e:?}")).collect();
                by_sig.sort();
                (format!("{:?} {}", t.slots, t.imported), by_sig)
            };
            t.tables.iter().map(|t| t.as_ref().map(one)).collect()
        };
        assert_eq!(summary(&shared), summary(&tables), "{wat}");
        for t in tables.tables.iter().flatten() {
            for &want in sig_ids {
                let walk = |f: u32| {
                    if info.is_imported_func(f) {
                        Match::Unknown
                    } else {
                        decide(sig_ids[info.funcs[f as usize] as usize], want)
                    }
                };
                let matches: Vec<(usize, Match)> = t
                    .slots
                    .iter()
                    .enumerate()
                    .map(|(i, s)| match *s {
                        Slot::Null => (i, Match::No),
                        Slot::Func(f) => (i, walk(f)),
                    })
                    .collect();
                let passing: Vec<usize> = matches
                    .iter()
                    .filter(|(_, m)| *m == Match::Yes)
                    .map(|(i, _)| *i)
                    .collect();
                assert_eq!(t.passing(want), passing.as_slice(), "passing({want:?})");
                assert_eq!(
                    t.undecided(want),
                    matches.iter().any(|(_, m)| *m == Match::Unknown),
                    "undecided({want:?})"
                );
            }
        }
        tables
    }

    const MODULE: &str = r#"(module
        (type $a (func))
        (type $b (func (param i32)))
        (type $c (func (result i32)))
        (type $d (func (param i64)))
        (func $fa (type $a))
        (func $fb (type $b))
        (func $fc (type $c) i32.const 0)
        (func $fd (type $d))
        (table 12 funcref)
        (elem (i32.const 0) $fb $fa $fb $fc)
        (elem (i32.const 6) $fb $fd $fb $fa))"#;

    #[test]
    fn index_matches_walk_exact_ids() {
        let ids: Vec<SigId> = (0..4).map(SigId::Exact).collect();
        let tables = check_index(MODULE, &ids);
        let t = tables.tables[0].as_ref().expect("the table is static");
        // Slots of $b in increasing order, across both segments; none undecided.
        assert_eq!(t.passing(SigId::Exact(1)), &[0, 2, 6, 8]);
        assert_eq!(t.passing(SigId::Exact(0)), &[1, 9]);
        assert!(!t.undecided(SigId::Exact(1)));
    }

    #[test]
    fn index_matches_walk_canonical_and_exact_ids() {
        // $a and $b canonical (distinct objects), $c exact, $d sharing $b's object:
        // a canonical id never decides against an exact one, and two different
        // canonical objects are undecided too (isorecursive equality at run time).
        let (x, y) = (DataId::from_u32(0), DataId::from_u32(1));
        let ids = [
            SigId::Canonical(x),
            SigId::Canonical(y),
            SigId::Exact(7),
            SigId::Canonical(y),
        ];
        let tables = check_index(MODULE, &ids);
        let t = tables.tables[0].as_ref().expect("the table is static");
        assert_eq!(t.passing(SigId::Canonical(y)), &[0, 2, 6, 7, 8]);
        assert!(t.undecided(SigId::Canonical(y)));
        assert!(t.undecided(SigId::Exact(7)));
    }

    #[test]
    fn imported_slot_is_undecided_and_never_passing() {
        let wat = r#"(module
            (type $a (func))
            (import "m" "f" (func $imp (type $a)))
            (func $fa (type $a))
            (table 3 funcref)
            (elem (i32.const 0) $imp $fa))"#;
        let ids = [SigId::Exact(0)];
        let tables = check_index(wat, &ids);
        let t = tables.tables[0].as_ref().expect("the table is static");
        assert_eq!(t.passing(SigId::Exact(0)), &[1]);
        assert!(t.undecided(SigId::Exact(0)));
    }

    /// The call graph's scan lists the tables the bodies change (every changing
    /// operator, a `table.copy`'s destination but not its source), each once; `analyze`
    /// given that list finds the static tables its own scan finds.
    #[test]
    fn call_graph_scan_finds_the_changed_tables() {
        let wat = r#"(module
            (type $a (func))
            (table $t0 2 funcref) (table $t1 2 funcref) (table $t2 2 funcref)
            (table $t3 2 funcref) (table $t4 2 funcref) (table $t5 2 funcref)
            (table $t6 2 funcref)
            (elem $e func $fa)
            (func $fa (type $a)
                i32.const 0 ref.null func table.set $t5
                i32.const 0 ref.null func table.set $t5
                ref.null func i32.const 1 table.grow $t1 drop)
            (func $fb (type $a)
                i32.const 0 ref.null func i32.const 1 table.fill $t3
                i32.const 0 i32.const 0 i32.const 0 table.init $t6 $e
                i32.const 0 i32.const 0 i32.const 1 table.copy $t2 $t4)
            (elem (table $t0) (i32.const 0) func $fa)
            (elem (table $t4) (i32.const 0) func $fb))"#;
        let wasm = wat::parse_str(wat).unwrap();
        let info = crate::module_env::parse(&wasm).unwrap();
        let graph = crate::callgraph::CallGraph::scan(&info, 1).unwrap();
        assert_eq!(graph.mutated_tables, [1, 2, 3, 5, 6]);
        let tables = check_index(wat, &[SigId::Exact(0)]);
        let static_ones: Vec<bool> = tables.tables.iter().map(Option::is_some).collect();
        assert_eq!(static_ones, [true, false, false, false, true, false, false]);
    }

    #[test]
    fn mutated_or_exported_tables_are_not_static() {
        let set = r#"(module
            (type $a (func))
            (func $fa (type $a) i32.const 0 ref.null func table.set 0)
            (table 2 funcref)
            (elem (i32.const 0) $fa))"#;
        let exported = r#"(module
            (type $a (func))
            (func $fa (type $a))
            (table (export "t") 2 funcref)
            (elem (i32.const 0) $fa))"#;
        for wat in [set, exported] {
            let tables = check_index(wat, &[SigId::Exact(0)]);
            assert!(tables.tables.iter().all(Option::is_none), "{wat}");
        }
    }
}
