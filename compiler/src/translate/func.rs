//! The per-function translation loop: validates each operator, then translates it.
//!
//! Wasm's structured control flow maps onto Cranelift blocks: every `block`, `loop`
//! and `if` pushes a [`Frame`] that records its branch target, arities and the value
//! stack height at entry. Locals are cranelift-frontend `Variable`s, so the frontend
//! builds SSA form. Code after an unconditional branch is skipped (its frames are
//! tracked as `dead`) until the matching `else`/`end`.

use super::{clif_type, ModuleCtx};
use crate::abi::Trap;
use crate::error::{Error, Result};
use crate::module_env::Body;
use cranelift_codegen::ir::{
    self, types, AliasRegionData, BlockArg, InstBuilder, JumpTableData, MemFlagsData, Type, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use rustc_hash::FxHashMap as HashMap;
use wasmparser::{BlockType, FuncValidatorAllocations, Operator};

#[derive(Debug)]
pub(crate) enum FrameKind {
    Block,
    Loop {
        header: ir::Block,
    },
    If {
        /// The block the condition's false edge goes to: the `else` arm's. `None` while
        /// no `else` has been seen in an `if` whose parameter and result types are the
        /// same: its false edge then goes straight to `next` with the parameters (there
        /// may be no `else`), and an `else` redirects `branch` to a new block.
        else_block: Option<ir::Block>,
        /// The `brif` on the condition.
        branch: ir::Inst,
        else_params: Vec<Value>,
        has_else: bool,
    },
    /// A `try_table`: a block whose calls go to a landing block (`exceptions`).
    TryTable,
    /// A legacy `try` block (`exceptions`, `--legacy-exceptions`).
    LegacyTry(super::exceptions::LegacyTry),
    /// A construct inside unreachable code: nothing is emitted for it.
    Dead,
}

#[derive(Debug)]
pub(crate) struct Frame {
    pub kind: FrameKind,
    /// Continuation after `end`; its block parameters are the results.
    pub next: ir::Block,
    pub num_params: usize,
    pub num_results: usize,
    /// Value-stack height below this frame's parameters.
    pub height: usize,
    /// Whether anything branches to `next`.
    pub next_reachable: bool,
}

/// Memory-access flags and alias regions, created once per function.
pub(crate) struct Flags {
    /// Loads of instance fields that never change after instantiation.
    pub readonly: MemFlagsData,
    /// Loads of the memory size (changes only across calls).
    pub mem_size: MemFlagsData,
    /// Accesses to linear memory (bounds-checked, so they cannot fault).
    pub heap: MemFlagsData,
    /// Accesses to globals' cells.
    pub global: MemFlagsData,
    /// Accesses to tables' element arrays and sizes.
    pub table: MemFlagsData,
    /// Fields of a funcref that may be null until checked: read-only but not movable.
    pub funcref: MemFlagsData,
    /// Stack slots and other trusted scratch memory.
    pub trusted: MemFlagsData,
}

pub(crate) struct FuncTranslator<'m, 'b> {
    pub b: FunctionBuilder<'b>,
    pub m: &'m ModuleCtx<'m>,
    pub stack: Vec<Value>,
    pub control: Vec<Frame>,
    pub reachable: bool,
    pub locals: Vec<Variable>,
    pub vmctx: Value,
    pub results_ptr: Option<Value>,
    pub flags: Flags,
    pub rt_refs: HashMap<crate::abi::Rt, ir::FuncRef>,
    pub func_refs: HashMap<u32, ir::FuncRef>,
    pub sig_refs: HashMap<u32, ir::SigRef>,
    /// Each memory's record: the pointer to it and the offset of the record there.
    pub mem_records: Vec<(Value, i32)>,
    /// Each memory's base address, loaded once in the entry block (a read-only,
    /// movable load: Cranelift's optimizer places it where the accesses need it, as it
    /// would one load per access, which it merges).
    pub mem_bases: Vec<Value>,
    /// Zero-extended 32-bit indices and access addresses of the current block
    /// (`env::index_ext`, `env::heap_base_plus`).
    pub block_cache: BlockCache,
    /// Every memory bounds check emitted, for `checks::optimize_bounds_checks`.
    pub checks: Vec<super::checks::CheckSite>,
    /// Landing blocks of the enclosing `try_table`s, innermost last.
    pub handlers: Vec<ir::Block>,
    /// GC references get stack maps (`gc`): in a module that uses GC, or once the
    /// function has a local of the any hierarchy or has used a GC instruction.
    pub gc: bool,
    /// The next operator takes the value on top of the stack as a condition (`br_if`,
    /// `if`, `select`): a comparison then leaves its `icmp`/`fcmp` result unwidened
    /// (`numeric::bool_to_i32`), since a condition of any integer type branches alike.
    pub cond_next: bool,
    /// The function has no stack check at entry (`ModuleCtx::unchecked`): each call
    /// that leaves the direct call graph (to an import, `call_indirect`, `call_ref`)
    /// checks the stack pointer right before it instead ([`Self::open_call_check`]).
    pub open_checks: bool,
}

/// Values the memory accesses of one block share (Cranelift would merge the copies;
/// sharing them spares it, and the bounds-check passes, the work). Only the most
/// recent [`BlockCache::MAX`] of each are kept.
#[derive(Default)]
pub(crate) struct BlockCache {
    /// The block the values are in.
    pub block: Option<ir::Block>,
    /// (i32 index, the index zero-extended to i64), most recent last.
    pub exts: Vec<(Value, Value)>,
    /// (memory base, i64 index, `base + index`), most recent last.
    pub addrs: Vec<(Value, Value, Value)>,
}

impl BlockCache {
    pub(crate) const MAX: usize = 16;

    /// Empties the cache when `block` is not the block its values are in.
    pub(crate) fn enter(&mut self, block: Option<ir::Block>) {
        if self.block != block {
            self.block = block;
            self.exts.clear();
            self.addrs.clear();
        }
    }

    /// Adds `x` to `list`, dropping the oldest entry when it is full.
    pub(crate) fn remember<T>(list: &mut Vec<T>, x: T) {
        if list.len() == Self::MAX {
            list.remove(0);
        }
        list.push(x);
    }
}

/// Converts values to block-call arguments.
pub(crate) fn args(vals: &[Value]) -> Vec<BlockArg> {
    vals.iter().map(|v| BlockArg::Value(*v)).collect()
}

/// Translates the body of defined function `index` into `func`. Returns the CFG,
/// dominator tree and loops of `func` as translated, if the bounds-check passes
/// computed them (`bounds::optimize_checks`).
pub(crate) fn translate_function(
    m: &ModuleCtx<'_>,
    index: u32,
    body: &Body<'_>,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<Option<super::bounds::Analyses>> {
    let v = &body.validator;
    let v = wasmparser::FuncToValidate {
        resources: v.resources.clone(),
        index: v.index,
        ty: v.ty,
        features: v.features,
    };
    let mut validator = v.into_validator(FuncValidatorAllocations::default());
    let sig = m.info.func_sig(index).clone();

    // A function that makes no calls cannot recurse, so it needs no stack check.
    let mut has_calls = false;
    let mut ops = body.body.get_operators_reader()?;
    while !ops.eof() {
        if matches!(
            ops.read()?,
            Operator::Call { .. } | Operator::CallIndirect { .. } | Operator::CallRef { .. }
        ) {
            has_calls = true;
            break;
        }
    }

    let mut b = FunctionBuilder::new(func, fctx);
    let mut region = |id: u32, d: &'static str| {
        Some(b.func.dfg.alias_regions.insert(AliasRegionData {
            user_id: id,
            description: d.into(),
        }))
    };
    let heap_region = region(0, "heap");
    let vm_region = region(1, "vmctx");
    let global_region = region(2, "globals");
    let table_region = region(3, "tables");
    let flags = Flags {
        readonly: MemFlagsData::trusted().with_readonly().with_can_move(),
        mem_size: MemFlagsData::trusted().with_alias_region(vm_region),
        heap: MemFlagsData::new()
            .with_notrap()
            .with_alias_region(heap_region),
        global: MemFlagsData::trusted().with_alias_region(global_region),
        table: MemFlagsData::trusted().with_alias_region(table_region),
        funcref: MemFlagsData::trusted().with_readonly(),
        trusted: MemFlagsData::trusted(),
    };

    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let params = b.block_params(entry).to_vec();
    let vmctx = params[0];
    let results_ptr = if sig.results.len() > 1 {
        params.last().copied()
    } else {
        None
    };

    let mut t = FuncTranslator {
        b,
        m,
        stack: Vec::new(),
        control: Vec::new(),
        reachable: true,
        locals: Vec::new(),
        vmctx,
        results_ptr,
        flags,
        rt_refs: HashMap::default(),
        func_refs: HashMap::default(),
        sig_refs: HashMap::default(),
        checks: Vec::new(),
        mem_records: Vec::new(),
        mem_bases: Vec::new(),
        block_cache: BlockCache::default(),
        handlers: Vec::new(),
        gc: m.gc || super::gc::locals_use_gc(&body.body)?,
        cond_next: false,
        open_checks: false,
    };
    // Pointers to the memory records, loaded once in the entry block so that every
    // access (and `size_loads`) sees one SSA value per memory; unused ones are dropped.
    for mem in 0..m.info.memories.len() as u32 {
        let rec = t.load_memory_record(mem);
        t.mem_records.push(rec);
        let base = t.load_memory_base(mem);
        t.mem_bases.push(base);
    }

    // Source locations (module-relative wasm offsets) map native code back to wasm
    // for backtraces; the entry's code belongs to the body's start.
    t.b.set_srcloc(ir::SourceLoc::new(body.body.range().start as u32));
    let def = (index - m.info.num_imported_funcs) as usize;
    if m.unchecked.get(def).is_some_and(|u| *u) {
        t.open_checks = true;
    } else if has_calls {
        t.stack_check();
    }

    // Parameters, then declared locals (zero-initialized).
    let fn_gc = t.gc;
    let gc_refs = |ty: wasmparser::ValType, v: &wasmparser::FuncValidator<_>| {
        fn_gc && super::gc::is_gc_ref(ty, &m.info.gc_types, v.resources())
    };
    for (i, p) in sig.params.iter().enumerate() {
        let var = t.b.declare_var(clif_type(*p));
        if gc_refs(*p, &validator) {
            t.b.declare_var_needs_stack_map(var);
        }
        t.b.def_var(var, params[i + 1]);
        t.locals.push(var);
    }
    let mut locals = body.body.get_locals_reader()?;
    for _ in 0..locals.get_count() {
        let offset = locals.original_position();
        let (count, ty) = locals.read()?;
        validator.define_locals(offset, count, ty)?;
        let cty = clif_type(ty);
        if t.locals.len() as u64 + count as u64 > 50_000 {
            return Err(Error::ImplLimit(format!(
                "function {index} has more than 50000 locals"
            )));
        }
        let is_ref = gc_refs(ty, &validator);
        for _ in 0..count {
            let var = t.b.declare_var(cty);
            if is_ref {
                t.b.declare_var_needs_stack_map(var);
            }
            let zero = t.zero(cty);
            t.b.def_var(var, zero);
            t.locals.push(var);
        }
    }

    // The function body is the outermost frame; `next` is the exit block.
    let exit = t.b.create_block();
    for r in &sig.results {
        t.b.append_block_param(exit, clif_type(*r));
    }
    t.control.push(Frame {
        kind: FrameKind::Block,
        next: exit,
        num_params: 0,
        num_results: sig.results.len(),
        height: 0,
        next_reachable: false,
    });

    let mut ops = body.body.get_operators_reader()?;
    let mut seen_refs = std::collections::HashSet::new();
    while !ops.eof() {
        let (op, offset) = ops.read_with_offset()?;
        validator.op(offset, &op)?;
        t.b.set_srcloc(ir::SourceLoc::new(offset as u32));
        // Peek at the next opcode (one byte for each that takes a condition).
        t.cond_next = matches!(
            ops.get_binary_reader().read_u8(),
            Ok(0x04 /* if */ | 0x0d /* br_if */ | 0x1b /* select */ | 0x1c /* select t */)
        );
        t.op(&op).map_err(|e| match e {
            Error::Codegen(m) => {
                Error::Codegen(format!("function {index} at offset 0x{offset:x}: {m}"))
            }
            other => other,
        })?;
        // GC: references on the operand stack go into stack maps at every call
        // (after the function's final `end` nothing is left to run).
        if t.gc && t.reachable && !t.control.is_empty() {
            t.declare_stack_refs(&validator, &mut seen_refs);
        }
    }
    ops.finish()?;

    // Exit block: return the results.
    t.b.switch_to_block(exit);
    t.b.seal_block(exit);
    let rets = t.b.block_params(exit).to_vec();
    t.emit_return(&rets);
    t.b.seal_all_blocks();
    let checks = std::mem::take(&mut t.checks);
    let records = std::mem::take(&mut t.mem_records);
    let bases: Vec<(Value, bool)> = (t.mem_bases.iter().enumerate())
        .map(|(mem, &v)| (v, !t.index64(mem as u32)))
        .collect();
    let mems = super::bounds::Memories {
        records: &records,
        size_flags: t.flags.mem_size,
        bases: &bases,
    };
    t.b.finalize(m.frontend_config);
    // The optimizer finds the checks in the IR; in debug builds, they must be the ones
    // the translator emitted.
    debug_assert_eq!(super::bounds::find_checks(func, &mems), checks);
    let opts = super::bounds::Options {
        enabled: m.bounds_opt,
        traps_end_process: m.traps_end_process,
        // The band's stores: x86_64 (where `zext32_free` holds) writes nothing of a
        // store that faults; elsewhere only where a trap ends the process.
        band: super::bounds::checks::Band {
            bytes: crate::abi::GUARD_BAND,
            stores: m.traps_end_process || m.zext32_free,
            // Checks past the table of limits narrowed to its last END, on the targets
            // that read a limit from the memory record (below).
            narrow: if m.zext32_free {
                crate::abi::MEM_LIMITS as u64
            } else {
                0
            },
        },
        zext32_free: m.zext32_free,
        // The targets where `zext32_free` holds (x86_64) are those whose compares take
        // a memory operand.
        size_operands: m.zext32_free,
    };
    let (_, flow) = super::bounds::optimize_checks(func, &mems, &opts, &checks);
    // After the bounds passes (see `bytes`): no blocks change, so `flow` still holds.
    if m.byte_swaps {
        super::bytes::fold_byte_swaps(func);
    }
    // Also no block changes; after the bounds passes, which match `uextend` indices.
    super::scaled::scale_indices(func);
    Ok(flow)
}

impl FuncTranslator<'_, '_> {
    pub(crate) fn pop(&mut self) -> Value {
        self.stack
            .pop()
            .expect("validated: operand stack underflow")
    }

    pub(crate) fn pop2(&mut self) -> (Value, Value) {
        let b = self.pop();
        let a = self.pop();
        (a, b)
    }

    pub(crate) fn popn(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }

    pub(crate) fn peekn(&self, n: usize) -> &[Value] {
        &self.stack[self.stack.len() - n..]
    }

    pub(crate) fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    pub(crate) fn zero(&mut self, ty: Type) -> Value {
        match ty {
            types::F32 => self.b.ins().f32const(0.0),
            types::F64 => self.b.ins().f64const(0.0),
            types::I8X16 => {
                let c = self.b.func.dfg.constants.insert(vec![0u8; 16].into());
                self.b.ins().vconst(types::I8X16, c)
            }
            _ => self.b.ins().iconst(ty, 0),
        }
    }

    /// Returns `vals` from the function (through the results pointer when there are several).
    fn emit_return(&mut self, vals: &[Value]) {
        if let Some(ptr) = self.results_ptr {
            for (i, v) in vals.iter().enumerate() {
                self.b
                    .ins()
                    .store(self.flags.trusted, *v, ptr, i as i32 * crate::abi::VAL_SLOT);
            }
            self.b.ins().return_(&[]);
        } else {
            self.b.ins().return_(vals);
        }
    }

    /// Branches to the trap block of `trap` when `cond` is non-zero; continues otherwise.
    /// A conditional trap: a branch to an illegal instruction that the runtime's SIGILL
    /// handler maps back to `trap` (the descriptor's trap-site table). Unlike a branch
    /// to a block calling `w2n_trap`, it does not end the basic block, so loads still
    /// fold into their users and code is scheduled across bounds checks.
    pub(crate) fn trap_if(&mut self, cond: Value, trap: Trap) {
        self.b
            .ins()
            .trapnz(cond, ir::TrapCode::unwrap_user(trap as u8));
    }

    pub(crate) fn block_type(&self, bt: BlockType) -> (Vec<Type>, Vec<Type>) {
        match bt {
            BlockType::Empty => (vec![], vec![]),
            BlockType::Type(t) => (vec![], vec![clif_type(t)]),
            BlockType::FuncType(idx) => {
                let s = &self.m.info.types[idx as usize];
                (
                    s.params.iter().map(|t| clif_type(*t)).collect(),
                    s.results.iter().map(|t| clif_type(*t)).collect(),
                )
            }
        }
    }

    pub(crate) fn new_block_with(&mut self, tys: &[Type]) -> ir::Block {
        let blk = self.b.create_block();
        for t in tys {
            self.b.append_block_param(blk, *t);
        }
        blk
    }

    /// Opens a block-like frame whose parameters are on the stack.
    pub(crate) fn push_frame(
        &mut self,
        kind: FrameKind,
        next: ir::Block,
        num_params: usize,
        num_results: usize,
    ) {
        self.control.push(Frame {
            kind,
            next,
            num_params,
            num_results,
            height: self.stack.len() - num_params,
            next_reachable: false,
        });
    }

    fn push_dead_frame(&mut self) {
        let next = self.b.create_block();
        self.control.push(Frame {
            kind: FrameKind::Dead,
            next,
            num_params: 0,
            num_results: 0,
            height: self.stack.len(),
            next_reachable: false,
        });
    }

    /// Jumps from the current position to the branch target of the frame `depth` levels up.
    pub(crate) fn branch_target(&mut self, depth: u32) -> (ir::Block, usize) {
        let idx = self.control.len() - 1 - depth as usize;
        let frame = &mut self.control[idx];
        match frame.kind {
            FrameKind::Loop { header } => (header, frame.num_params),
            _ => {
                frame.next_reachable = true;
                (frame.next, frame.num_results)
            }
        }
    }

    /// In a function without an entry check ([`Self::open_checks`]), the stack check
    /// before a call that leaves the direct call graph: every cycle of calls through
    /// such a call meets it (`crate::callgraph`). The same instructions as the
    /// prologue's check, at the call's source location; `crate::self_guard` and
    /// `crate::inline` take the entry block's check for the prologue's only in
    /// self-recursive functions, which always keep it. Such a function makes at most
    /// one such call, outside every loop (`CallGraph::open_repeats`): one check an
    /// entry at most, as at its entry before.
    fn open_call_check(&mut self) {
        if self.open_checks && self.reachable {
            self.stack_check();
        }
    }

    fn op(&mut self, op: &Operator<'_>) -> Result<()> {
        if !self.reachable {
            match op {
                Operator::Block { .. }
                | Operator::Loop { .. }
                | Operator::If { .. }
                | Operator::TryTable { .. }
                | Operator::Try { .. } => {
                    self.push_dead_frame();
                    return Ok(());
                }
                Operator::Else
                | Operator::End
                | Operator::Catch { .. }
                | Operator::CatchAll
                | Operator::Delegate { .. } => {}
                _ => return Ok(()),
            }
        }
        match *op {
            Operator::Nop => {}
            Operator::Unreachable => {
                // An illegal instruction of its own, so the trap maps to this offset.
                self.b
                    .ins()
                    .trap(ir::TrapCode::unwrap_user(Trap::Unreachable as u8));
                self.reachable = false;
            }
            Operator::Block { blockty } => {
                let (p, r) = self.block_type(blockty);
                let next = self.new_block_with(&r);
                self.control.push(Frame {
                    kind: FrameKind::Block,
                    next,
                    num_params: p.len(),
                    num_results: r.len(),
                    height: self.stack.len() - p.len(),
                    next_reachable: false,
                });
            }
            Operator::Loop { blockty } => {
                let (p, r) = self.block_type(blockty);
                let header = self.new_block_with(&p);
                let next = self.new_block_with(&r);
                let vals = self.popn(p.len());
                self.b.ins().jump(header, &args(&vals));
                self.b.switch_to_block(header);
                let hp = self.b.block_params(header).to_vec();
                self.stack.extend(hp);
                self.control.push(Frame {
                    kind: FrameKind::Loop { header },
                    next,
                    num_params: p.len(),
                    num_results: r.len(),
                    height: self.stack.len() - p.len(),
                    next_reachable: false,
                });
            }
            Operator::If { blockty } => {
                let cond = self.pop();
                let (p, r) = self.block_type(blockty);
                let then_block = self.b.create_block();
                let next = self.new_block_with(&r);
                let else_params = self.peekn(p.len()).to_vec();
                // Most `if`s have no `else`: their false edge goes straight to `next`
                // (with the parameters, which are then the results), and an `else`
                // block is only made when an `else` comes (as Wasmtime does), sparing
                // Cranelift a block and a jump for each. An `if` whose results differ
                // from its parameters must have an `else`.
                let (branch, else_block) = if p == r {
                    let branch =
                        self.b
                            .ins()
                            .brif(cond, then_block, &[], next, &args(&else_params));
                    (branch, None)
                } else {
                    let else_block = self.b.create_block();
                    let branch = self.b.ins().brif(cond, then_block, &[], else_block, &[]);
                    self.b.seal_block(else_block);
                    (branch, Some(else_block))
                };
                self.b.seal_block(then_block);
                self.b.switch_to_block(then_block);
                self.control.push(Frame {
                    kind: FrameKind::If {
                        else_block,
                        branch,
                        else_params,
                        has_else: false,
                    },
                    next,
                    num_params: p.len(),
                    num_results: r.len(),
                    height: self.stack.len() - p.len(),
                    next_reachable: false,
                });
            }
            Operator::Else => {
                let reachable = self.reachable;
                let frame = self.control.last_mut().expect("validated");
                if let FrameKind::If {
                    else_block,
                    branch,
                    else_params,
                    has_else,
                } = &mut frame.kind
                {
                    *has_else = true;
                    let (old_else, branch, mut else_params) =
                        (*else_block, *branch, else_params.clone());
                    let (next, nres, height) = (frame.next, frame.num_results, frame.height);
                    if reachable {
                        frame.next_reachable = true;
                        let vals = self.popn(nres);
                        self.b.ins().jump(next, &args(&vals));
                    }
                    let else_block = match old_else {
                        Some(b) => b,
                        None => {
                            // The false edge went to `next`, passing the parameters:
                            // it now goes to a new block that takes them.
                            let tys: Vec<Type> = else_params
                                .iter()
                                .map(|&v| self.b.func.dfg.value_type(v))
                                .collect();
                            let b = self.new_block_with(&tys);
                            self.b.change_jump_destination(branch, next, b);
                            self.b.seal_block(b);
                            else_params = self.b.block_params(b).to_vec();
                            b
                        }
                    };
                    self.stack.truncate(height);
                    self.stack.extend(else_params);
                    self.b.switch_to_block(else_block);
                    self.reachable = true;
                }
            }
            Operator::End => self.end()?,
            Operator::Br { relative_depth } => {
                let (target, n) = self.branch_target(relative_depth);
                let vals = self.peekn(n).to_vec();
                self.b.ins().jump(target, &args(&vals));
                self.reachable = false;
            }
            Operator::BrIf { relative_depth } => {
                let cond = self.pop();
                let (target, n) = self.branch_target(relative_depth);
                let vals = self.peekn(n).to_vec();
                let cont = self.b.create_block();
                self.b.ins().brif(cond, target, &args(&vals), cont, &[]);
                self.b.seal_block(cont);
                self.b.switch_to_block(cont);
            }
            Operator::BrTable { ref targets } => {
                let index = self.pop();
                let mut calls = Vec::with_capacity(targets.len() as usize);
                let mut arity = 0;
                for depth in targets.targets() {
                    let (blk, n) = self.branch_target(depth?);
                    arity = n;
                    let vals = args(self.peekn(n));
                    calls.push(self.b.func.dfg.block_call(blk, &vals));
                }
                let (dblk, n) = self.branch_target(targets.default());
                if targets.is_empty() {
                    arity = n;
                }
                let vals = args(self.peekn(arity));
                let default = self.b.func.dfg.block_call(dblk, &vals);
                let jt = self
                    .b
                    .create_jump_table(JumpTableData::new(default, &calls));
                self.b.ins().br_table(index, jt);
                self.reachable = false;
            }
            Operator::Return => {
                let n = self.control[0].num_results;
                let vals = self.peekn(n).to_vec();
                self.emit_return(&vals);
                self.reachable = false;
            }
            Operator::Call { function_index } => {
                if self.m.info.is_imported_func(function_index) {
                    self.open_call_check();
                }
                self.call(function_index, false)?
            }
            Operator::CallIndirect {
                type_index,
                table_index,
            } => {
                self.open_call_check();
                self.call_indirect(type_index, table_index, false)?
            }
            // Tail calls: the callee replaces this frame (Cranelift's `return_call`
            // in the `tail` convention), so unbounded tail recursion runs in constant
            // stack.
            Operator::ReturnCall { function_index } => {
                if self.m.info.is_imported_func(function_index) {
                    self.open_call_check();
                }
                self.call(function_index, true)?
            }
            Operator::ReturnCallIndirect {
                type_index,
                table_index,
            } => {
                self.open_call_check();
                self.call_indirect(type_index, table_index, true)?
            }
            // Typed function references.
            Operator::CallRef { type_index } => {
                self.open_call_check();
                self.call_ref(type_index, false)
            }
            Operator::ReturnCallRef { type_index } => {
                self.open_call_check();
                self.call_ref(type_index, true)
            }
            Operator::RefAsNonNull => {
                let r = *self.stack.last().expect("validated");
                let is_null = self.b.ins().icmp_imm_s(ir::condcodes::IntCC::Equal, r, 0);
                self.trap_if(is_null, Trap::NullReference);
            }
            Operator::BrOnNull { relative_depth } => {
                // Branch (without the reference) when it is null; keep it otherwise.
                let r = self.pop();
                let (target, n) = self.branch_target(relative_depth);
                let vals = self.peekn(n).to_vec();
                let cont = self.b.create_block();
                self.b.ins().brif(r, cont, &[], target, &args(&vals));
                self.b.seal_block(cont);
                self.b.switch_to_block(cont);
                self.push(r);
            }
            Operator::BrOnNonNull { relative_depth } => {
                // Branch with the reference when it is not null; drop it otherwise.
                let (target, n) = self.branch_target(relative_depth);
                let vals = self.peekn(n).to_vec();
                let r = self.pop();
                let cont = self.b.create_block();
                self.b.ins().brif(r, target, &args(&vals), cont, &[]);
                self.b.seal_block(cont);
                self.b.switch_to_block(cont);
            }
            // Exception handling (`exceptions`).
            Operator::TryTable { ref try_table } => self.try_table(try_table),
            Operator::Throw { tag_index } => self.throw(tag_index),
            Operator::ThrowRef => self.throw_ref(),
            Operator::Try { blockty } => self.legacy_try(blockty),
            Operator::Catch { tag_index } => self.legacy_catch(Some(tag_index)),
            Operator::CatchAll => self.legacy_catch(None),
            Operator::Delegate { relative_depth } => self.legacy_delegate(relative_depth)?,
            Operator::Rethrow { relative_depth } => self.legacy_rethrow(relative_depth),
            Operator::Drop => {
                self.pop();
            }
            Operator::Select | Operator::TypedSelect { .. } => {
                let cond = self.pop();
                let (a, b) = self.pop2();
                let v = self.b.ins().select(cond, a, b);
                self.push(v);
            }
            Operator::LocalGet { local_index } => {
                let v = self.b.use_var(self.locals[local_index as usize]);
                self.push(v);
            }
            Operator::LocalSet { local_index } => {
                let v = self.pop();
                self.b.def_var(self.locals[local_index as usize], v);
            }
            Operator::LocalTee { local_index } => {
                let v = *self.stack.last().expect("validated");
                self.b.def_var(self.locals[local_index as usize], v);
            }
            Operator::GlobalGet { global_index } => {
                let v = self.global_get(global_index);
                self.push(v);
            }
            Operator::GlobalSet { global_index } => {
                let v = self.pop();
                self.global_set(global_index, v);
            }
            _ => {
                if !self.memory_op(op)?
                    && !self.table_op(op)?
                    && !self.numeric_op(op)?
                    && !self.simd_op(op)?
                    && !self.atomic_op(op)?
                    && !self.gc_op(op)?
                {
                    return Err(Error::Unsupported(format!("operator {op:?}")));
                }
            }
        }
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        self.end_with(None)
    }

    /// `end`, or with `delegate` (`Some(handler)`) a legacy try ended by `delegate`.
    pub(crate) fn end_with(&mut self, delegate: Option<Option<ir::Block>>) -> Result<()> {
        let frame = self.control.pop().expect("validated");
        if let FrameKind::Dead = frame.kind {
            return Ok(());
        }
        let mut next_reachable = frame.next_reachable;
        if self.reachable {
            let vals = self.popn(frame.num_results);
            self.b.ins().jump(frame.next, &args(&vals));
            next_reachable = true;
        }
        match frame.kind {
            FrameKind::If {
                else_block,
                ref else_params,
                has_else: false,
                ..
            } => {
                // No else: the false edge carries the parameters straight through (it
                // goes to `next` already unless the `if` was given an `else` block).
                if let Some(else_block) = else_block {
                    self.b.switch_to_block(else_block);
                    self.b.ins().jump(frame.next, &args(else_params));
                }
                next_reachable = true;
            }
            FrameKind::Loop { header } => self.b.seal_block(header),
            FrameKind::TryTable => {
                self.handlers.pop();
            }
            FrameKind::LegacyTry(ref t) => match delegate {
                Some(outer) => self.legacy_delegate_landing(t, outer),
                None => self.legacy_try_end(t),
            },
            _ => {}
        }
        self.stack.truncate(frame.height);
        if self.control.is_empty() {
            // The function's own frame: `next` is the exit block, handled by the caller.
            self.reachable = next_reachable;
            return Ok(());
        }
        self.b.switch_to_block(frame.next);
        self.b.seal_block(frame.next);
        let results = self.b.block_params(frame.next).to_vec();
        self.stack.extend(results);
        self.reachable = next_reachable;
        Ok(())
    }
}
