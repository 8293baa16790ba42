//! Emits one native object per module: compiled functions (named from the name
//! section), array-call trampolines, and the `w2n_module` descriptor the runtime
//! instantiates from (see `abi.rs`).

use crate::abi::{self, Rt, StructDef};
use crate::error::{Error, Result};
use crate::layout;
use crate::module_env::{val_code, Const, FuncSig, ImportKind, ModuleInfo};
use crate::translate::{self, ModuleCtx, SigId};
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::{ir, Context};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module, ModuleReloc};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// How the object will be used.
#[derive(Clone, Debug)]
pub(crate) struct ObjectOptions {
    /// Global symbol of the module descriptor.
    pub descriptor_symbol: String,
    /// Bind function imports to `w2n_import_<mod>_<name>` symbols at link time (executables).
    pub static_imports: bool,
    /// Compile functions on this many threads (0: one per CPU).
    pub threads: usize,
    /// A trap ends the process (executables): nothing can read linear memory or
    /// globals after it, so a bounds check may trap before stores that precede it in
    /// the program (see `translate::checks`, rewrite 1). Embedders, who can inspect an
    /// instance after a trap, get exact store-then-trap order.
    pub traps_end_process: bool,
    /// Run the bounds-check optimizer (`CompileOptions::bounds_opt`).
    pub bounds_opt: bool,
    /// Devirtualize `call_indirect` through static tables (`CompileOptions::devirt`).
    pub devirt: bool,
    /// Fold immutable globals (`CompileOptions::global_fold`).
    pub global_fold: bool,
    /// Fold expanded byte swaps (`CompileOptions::byte_swaps`).
    pub byte_swaps: bool,
    /// Inline small and single-call functions (`CompileOptions::inline`, `crate::inline`).
    pub inline: bool,
    /// Drop provably needless stack checks (`CompileOptions::stack_check_elim`,
    /// `crate::callgraph`).
    pub stack_check_elim: bool,
    /// Place memory 0 at `abi::MEM0_OFFSET` from the instance when it can
    /// (`CompileOptions::mem0_at_vmctx`, [`mem0_offset`]).
    pub mem0_at_vmctx: bool,
    /// Widen loop pointers to 64 bits (`CompileOptions::wide_params`).
    pub wide_params: bool,
    /// Memory 0's initial image (executables, `crate::memory_image`): placed in the
    /// object, and the active data segments' bytes left out of the descriptor.
    pub image: Option<Arc<crate::MemoryImage>>,
    /// Where to collect the IR of every defined function as Cranelift receives it
    /// (after the bounds-check optimizer): (function index, CLIF text). See
    /// `crate::compile_clif`.
    pub clif: Option<Arc<ClifSink>>,
    /// Where to collect the IR of every defined function after Cranelift's optimizer
    /// (what it lowers to machine code; what `wasmtime compile --emit-clif` writes).
    /// See `crate::compile_object_with_clifs`.
    pub clif_optimized: Option<Arc<ClifSink>>,
}

/// (function index, CLIF text) of each function compiled (`ObjectOptions::clif`).
pub(crate) type ClifSink = Mutex<Vec<(u32, String)>>;

/// A compiled function waiting to be placed in the object.
struct Compiled {
    bytes: Vec<u8>,
    /// Where it should start (`layout::preferred_start`).
    start: layout::Start,
    relocs: Vec<ModuleReloc>,
    /// (offset, trap code) of every trap instruction.
    traps: Vec<(u32, abi::Trap)>,
    /// For backtraces (`abi::FUNC_INFO`).
    meta: FuncMeta,
}

impl Compiled {
    /// Whether the code refers to function `f` (calls it: a defined function that does
    /// not escape is referred to by direct calls only).
    fn calls(&self, f: FuncId) -> bool {
        self.relocs.iter().any(|r| {
            matches!(r.name, cranelift_module::ModuleRelocTarget::User { namespace: 0, index }
                if index == f.as_u32())
        })
    }
}

/// For each defined function that only its one direct call can reach (an inlinable
/// callee with a single call site in the module that does not escape: not exported,
/// in no table or element segment, no `ref.func`, not the start function), the defined
/// function holding that call, if that function is not inlinable itself (so the call
/// is in its own code only, never in a copy spliced into another function); None for
/// the others. `compile_functions` compiles these after their callers: where the
/// caller's code has no call to the callee left (inlined, in every copy of the loop
/// that holds it), the callee's own copy can never run and gets a body of one trap
/// instruction instead of a compile (rx_regex: cspeed31 in bench/large-modules.md).
fn single_site_callers(ctx: &ModuleCtx<'_>, plan: &crate::inline::Plan) -> Vec<Option<usize>> {
    let first = ctx.info.num_imported_funcs as usize;
    let mut caller = vec![None; plan.sites.len()];
    for (f, callees) in plan.callees.iter().enumerate() {
        if plan.inlinable[f] {
            continue;
        }
        for &c in callees {
            let c = c as usize;
            if plan.sites[c] == 1 && !ctx.info.escaping[first + c] && c != f {
                caller[c] = Some(f);
            }
        }
    }
    caller
}

/// What the runtime needs to map a native code address of a function back to wasm.
#[derive(Clone, Debug, Default)]
struct FuncMeta {
    /// Bytes of code (without the padding that follows it).
    code_size: u32,
    /// Offset where the prologue has pushed the frame pointer and return address
    /// (`u32::MAX`: the function never sets up a frame).
    frame_offset: u32,
    /// (code offset, module-relative wasm offset), by code offset, merged where the
    /// wasm offset does not change.
    addr_map: Vec<(u32, u32)>,
    /// Call sites inside a `try_table`: (return offset, handler offset, fp - sp), by
    /// return offset (`abi::EXN_SITE`).
    exn_sites: Vec<(u32, u32, u32)>,
    /// GC safepoints: (return offset, fp - sp, sp offsets of the slots holding live
    /// references), by return offset (`abi::STACK_MAP`).
    stack_maps: Vec<StackMap>,
    /// Code ranges of inlined callees: (start, end, callee function index, wasm
    /// offset of the call), by start (`abi::INLINE_FRAME`).
    inline_frames: Vec<[u32; 4]>,
}

/// A GC safepoint: return offset, fp - sp, and the sp offsets of reference slots.
type StackMap = (u32, u32, Vec<u32>);

impl FuncMeta {
    /// `addr_map` in the descriptor's encoding (see `abi::FUNC_INFO`): ULEB128 code
    /// offset deltas and SLEB128 wasm offset deltas, starting from (0, `wasm_start`).
    fn encode_addr_map(&self, wasm_start: u32) -> Vec<u8> {
        fn uleb(out: &mut Vec<u8>, mut v: u64) {
            loop {
                let b = (v & 0x7f) as u8;
                v >>= 7;
                if v == 0 {
                    out.push(b);
                    return;
                }
                out.push(b | 0x80);
            }
        }
        fn sleb(out: &mut Vec<u8>, mut v: i64) {
            loop {
                let b = (v & 0x7f) as u8;
                v >>= 7;
                let done = (v == 0 && b & 0x40 == 0) || (v == -1 && b & 0x40 != 0);
                out.push(if done { b } else { b | 0x80 });
                if done {
                    return;
                }
            }
        }
        let mut out = Vec::new();
        let (mut code, mut wasm) = (0u32, wasm_start);
        for &(c, w) in &self.addr_map {
            uleb(&mut out, u64::from(c - code));
            sleb(&mut out, i64::from(w) - i64::from(wasm));
            (code, wasm) = (c, w);
        }
        out
    }
}

/// The backtrace metadata of compiled code: where its frame is set up (Cranelift's
/// unwind record of the pushed frame registers) and its source locations.
/// `inlined`: the function's spliced locations and inlined calls (see `crate::inline`).
fn func_meta(
    buffer: &cranelift_codegen::MachBufferFinalized<cranelift_codegen::Final>,
    inlined: Option<&crate::inline::Spliced>,
) -> FuncMeta {
    let frame_offset = buffer
        .unwind_info
        .iter()
        .find(|(_, u)| {
            matches!(
                u,
                cranelift_codegen::isa::unwind::UnwindInst::PushFrameRegs { .. }
            )
        })
        // No frame record at all: a leaf that touches no stack (x86_64,
        // vendor/cranelift-codegen PATCHES.md 13) runs without a frame of its own, its
        // return address at the stack pointer, as a function does before its
        // prologue has pushed the frame (`capture_from_signal` in trap.c).
        .map_or(u32::MAX, |(off, _)| *off);
    let mut addr_map: Vec<(u32, u32)> = Vec::new();
    let mut inline_frames: Vec<[u32; 4]> = Vec::new();
    for l in buffer.get_srclocs_sorted() {
        if l.loc.is_default() || l.start == l.end {
            continue;
        }
        let mut w = l.loc.bits();
        if let (true, Some(sp)) = (w & crate::inline::INLINED_LOC != 0, inlined) {
            let (site, off) = sp.locs[(w & !crate::inline::INLINED_LOC) as usize];
            let (callee, call) = sp.calls[site as usize];
            w = off;
            match inline_frames.last_mut() {
                Some(f) if f[1] == l.start && f[2] == callee && f[3] == call => f[1] = l.end,
                _ => inline_frames.push([l.start, l.end, callee, call]),
            }
        }
        if addr_map.last().is_some_and(|&(_, prev)| prev == w) {
            continue;
        }
        addr_map.push((l.start, w));
    }
    let mut exn_sites: Vec<(u32, u32, u32)> = buffer
        .call_sites()
        .filter_map(|cs| {
            let handler = cs.exception_handlers.iter().find_map(|h| match h {
                cranelift_codegen::FinalizedMachExceptionHandler::Default(off) => Some(*off),
                _ => None,
            })?;
            Some((cs.ret_addr, handler, cs.frame_offset?))
        })
        .collect();
    exn_sites.sort_unstable();
    let mut stack_maps: Vec<StackMap> = buffer
        .user_stack_maps()
        .iter()
        .map(|(ret, span, map)| (*ret, *span, map.entries().map(|(_, off)| off).collect()))
        .collect();
    stack_maps.sort_unstable_by_key(|m| m.0);
    FuncMeta {
        code_size: buffer.data().len() as u32,
        frame_offset,
        addr_map,
        exn_sites,
        stack_maps,
        inline_frames,
    }
}

/// Our trap for a Cranelift trap code: the user codes we emit (`Trap as u8`) and the
/// codes Cranelift's own lowerings use.
fn trap_of(code: ir::TrapCode) -> Option<abi::Trap> {
    use abi::Trap;
    Some(match code {
        ir::TrapCode::STACK_OVERFLOW => Trap::StackOverflow,
        ir::TrapCode::HEAP_OUT_OF_BOUNDS => Trap::MemoryOutOfBounds,
        ir::TrapCode::INTEGER_OVERFLOW => Trap::IntegerOverflow,
        ir::TrapCode::INTEGER_DIVISION_BY_ZERO => Trap::IntegerDivisionByZero,
        ir::TrapCode::BAD_CONVERSION_TO_INTEGER => Trap::BadConversionToInteger,
        c => {
            return Trap::ALL
                .iter()
                .copied()
                .find(|t| ir::TrapCode::user(*t as u8) == Some(c))
        }
    })
}

fn module_err(e: cranelift_module::ModuleError) -> Error {
    Error::Codegen(e.to_string())
}

/// Compiles `info` into an ELF object.
pub(crate) fn emit(
    info: &ModuleInfo<'_>,
    isa: OwnedTargetIsa,
    target: &crate::Target,
    opts: &ObjectOptions,
) -> Result<Vec<u8>> {
    let c_call_conv = isa.default_call_conv();
    let call_conv = translate::WASM_CALL_CONV;
    let frontend_config = isa.frontend_config();
    let extend_i32 = target.extends_i32_args();
    let simd = translate::isa_supports_simd(&*isa);
    if !simd && translate::module_uses_v128(info) {
        return Err(Error::Unsupported(format!(
            "SIMD (v128) on {}: its baseline ISA has no 128-bit vectors \
             (riscv64 needs the V extension)",
            target.name
        )));
    }
    // The module's name (name section) becomes the object's file symbol: an ELF string,
    // so without NUL bytes (the object writer panics on one), like function names below.
    let file_name = info
        .name
        .as_deref()
        .unwrap_or("wasm")
        .chars()
        .filter(|c| *c != '\0')
        .collect::<String>();
    let builder = ObjectBuilder::new(isa, file_name, cranelift_module::default_libcall_names())
        .map_err(module_err)?;
    let mut module = ObjectModule::new(builder);

    // Runtime functions.
    let mut runtime = HashMap::new();
    let mut used_names: HashSet<String> = HashSet::new();
    for rt in Rt::ALL {
        // The throwing functions never return: called as `preserve_all` (C's argument
        // registers), a `try_call` of them clobbers every register on the exceptional
        // edge, which is what the unwinder provides (it restores sp and fp only).
        let cc = if matches!(rt, Rt::Throw | Rt::ThrowRef) {
            cranelift_codegen::isa::CallConv::PreserveAll
        } else {
            c_call_conv
        };
        let sig = translate::runtime_signature(*rt, cc, extend_i32);
        let id = module
            .declare_function(rt.def().symbol, Linkage::Import, &sig)
            .map_err(module_err)?;
        used_names.insert(rt.def().symbol.to_string());
        runtime.insert(*rt, (id, sig));
    }
    used_names.insert(opts.descriptor_symbol.clone());
    used_names.insert(abi::symbols::GC_HOOKS.to_string());

    // Defined functions, named after the name section when it has a unique name.
    let mut defined = Vec::new();
    for i in info.num_imported_funcs..info.funcs.len() as u32 {
        let sig = translate::wasm_signature(info.func_sig(i), call_conv, extend_i32);
        let base = info
            .func_names
            .get(&i)
            .cloned()
            .unwrap_or_else(|| format!("wasm_func_{i}"));
        let base: String = base.chars().filter(|c| *c != '\0').collect();
        let mut name = base.clone();
        if name.is_empty() || !used_names.insert(name.clone()) {
            name = format!("{base}.wasm_func_{i}");
            used_names.insert(name.clone());
        }
        let id = module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(module_err)?;
        defined.push((id, sig));
    }

    // Signature ids; long signatures are identified by a canonical string.
    let mut sig_ids = Vec::new();
    let mut canonical: HashMap<String, DataId> = HashMap::new();
    let mut keys = crate::types::Keys::with_gc(&info.types, &info.type_meta, &info.gc_types);
    for (t, sig) in info.types.iter().enumerate() {
        // A type with typed references, declared subtyping or a recursion group is
        // identified by its structure (call_ref trusts a reference's type, so
        // call_indirect and imports must tell them apart; see `crate::types`).
        let typed = keys.sig_string(t as u32)?;
        match translate::exact_sig_id(sig).filter(|_| typed.is_none()) {
            Some(id) => sig_ids.push(SigId::Exact(id)),
            None => {
                let (p, r) = sig.codes();
                let s = typed.unwrap_or_else(|| abi::sig::canonical_string(&p, &r));
                let id = match canonical.get(&s) {
                    Some(id) => *id,
                    None => {
                        let id = cstr(&mut module, s.as_bytes())?;
                        canonical.insert(s, id);
                        id
                    }
                };
                sig_ids.push(SigId::Canonical(id));
            }
        }
    }

    // Bodies are validated as they are translated, after this scan: a body the scan
    // cannot read turns both passes off and leaves the error to the validator.
    let graph = match opts.inline || opts.stack_check_elim {
        true => crate::callgraph::CallGraph::scan(info, opts.threads).ok(),
        false => None,
    };
    // The call graph's scan also found the tables the bodies change (one pass over the
    // bodies instead of two: about 0.6% of the structured report's compile).
    let devirt = opts.devirt.then(|| {
        let mutated = graph.as_ref().map(|g| &g.mutated_tables[..]);
        translate::devirt::analyze(info, &sig_ids, opts.threads, mutated)
    });
    let ctx = ModuleCtx {
        info,
        call_conv,
        c_call_conv,
        frontend_config,
        extend_i32,
        simd,
        defined,
        runtime,
        sig_ids,
        traps_end_process: opts.traps_end_process,
        gc: translate::gc::module_uses_gc(info),
        zext32_free: matches!(
            target.triple.architecture,
            target_lexicon::Architecture::X86_64
        ),
        bounds_opt: opts.bounds_opt,
        devirt,
        global_fold: opts.global_fold,
        byte_swaps: opts.byte_swaps,
        mem0_offset: mem0_offset(info, target, opts),
        wide_params: opts.wide_params,
        clif: opts.clif.as_deref(),
        clif_optimized: opts.clif_optimized.as_deref(),
        unchecked: match (&graph, opts.stack_check_elim) {
            (Some(g), true) => g.unchecked(),
            _ => Vec::new(),
        },
    };
    let plan = match (&graph, opts.inline && !ctx.gc) {
        (Some(g), true) => Some(crate::inline::plan(info, g)).filter(|p| p.any()),
        _ => None,
    };
    let (trap_sites, starts, metas) = crate::timings::parallel(info.bodies.len(), || {
        compile_functions(&mut module, &ctx, opts.threads, plan.as_ref())
    })?;

    // One trampoline per distinct signature used by a function.
    let mut trampolines: HashMap<FuncSig, FuncId> = HashMap::new();
    let mut trampoline_list: Vec<(FuncId, u64)> = Vec::new();
    let mut tctx = Context::new();
    for ty in &info.funcs {
        let sig = &info.types[*ty as usize];
        if trampolines.contains_key(sig) {
            continue;
        }
        let tsig = translate::trampoline_signature(c_call_conv);
        let name = format!("w2n_trampoline_{}", trampolines.len());
        let id = module
            .declare_function(&name, Linkage::Local, &tsig)
            .map_err(module_err)?;
        tctx.clear();
        tctx.func.signature = tsig;
        translate::build_trampoline(&ctx, sig, &mut tctx.func);
        module
            .define_function(id, &mut tctx)
            .map_err(|e| Error::Codegen(format!("trampoline: {e:?}")))?;
        let size = tctx
            .compiled_code()
            .map_or(0, |c| c.code_buffer().len() as u64);
        trampoline_list.push((id, size));
        trampolines.insert(sig.clone(), id);
    }

    // One adapter per imported function, for host functions bound to it.
    let mut adapters = Vec::new();
    for i in 0..info.num_imported_funcs {
        let sig = info.func_sig(i);
        let wsig = ctx.wasm_signature(sig);
        let id = module
            .declare_function(&format!("w2n_import_adapter_{i}"), Linkage::Local, &wsig)
            .map_err(module_err)?;
        tctx.clear();
        tctx.func.signature = wsig;
        translate::build_import_adapter(&ctx, i, sig, &mut tctx.func);
        module
            .define_function(id, &mut tctx)
            .map_err(|e| Error::Codegen(format!("import adapter: {e:?}")))?;
        let size = tctx
            .compiled_code()
            .map_or(0, |c| c.code_buffer().len() as u64);
        adapters.push((id, size));
    }

    write_descriptor(
        &mut module,
        &ctx,
        (&trampolines, &trampoline_list),
        &adapters,
        &trap_sites,
        &metas,
        opts,
    )?;
    let product = module.finish();
    // The placement compile_functions computed is what the object holds.
    for (i, start) in starts.into_iter().enumerate() {
        let at = product
            .object
            .symbol(product.function_symbol(ctx.defined[i].0))
            .value;
        if !start.admits(at) {
            return Err(Error::Codegen(format!(
                "internal: function {i} placed at {at:#x}, wanted {start:?}"
            )));
        }
    }
    product
        .emit()
        .map_err(|e| Error::Codegen(format!("writing the object: {e}")))
}

/// Translates and compiles every defined function, on several threads. With an
/// inlining `plan`, the inlinable callees are translated first and their CLIF kept
/// for the callers (`crate::inline`).
fn compile_functions(
    module: &mut ObjectModule,
    ctx: &ModuleCtx<'_>,
    threads: usize,
    plan: Option<&crate::inline::Plan>,
) -> Result<(Vec<u64>, Vec<layout::Start>, Vec<FuncMeta>)> {
    let n = ctx.info.bodies.len();
    let threads = if threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        threads
    }
    .min(n.max(1));
    // Largest bodies first, so that no big function starts last and runs alone.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| {
        let r = ctx.info.bodies[i].body.range();
        std::cmp::Reverse(r.end - r.start)
    });
    let kept = match plan {
        Some(plan) => Some(crate::inline::Kept::new(
            plan,
            translate_callees(ctx, plan, threads)?,
        )),
        None => None,
    };
    let inl = plan.zip(kept.as_ref());
    // Single-call callees compiled after their caller: a copy of its own can never run
    // if the caller inlined its one call (`single_site_callers`).
    let caller_of = plan.map_or_else(|| vec![None; n], |p| single_site_callers(ctx, p));
    let (first, then): (Vec<usize>, Vec<usize>) =
        order.into_iter().partition(|&i| caller_of[i].is_none());
    let results: Mutex<Vec<Option<Result<Compiled>>>> = Mutex::new((0..n).map(|_| None).collect());
    let isa = module.isa();
    // For functions too big for `machine_code_cfg_info` (see `target::without_cfg_info`),
    // built when the first one is met.
    let big_isa = std::sync::OnceLock::new();
    // Compiles the functions of `order` on `threads` threads; `stub(i)`: function `i`
    // gets a body that only traps (`compile_one`).
    let run = |order: &[usize], stub: &(dyn Fn(usize) -> bool + Sync)| {
        let next = AtomicUsize::new(0);
        let len = order.len();
        std::thread::scope(|s| {
            for _ in 0..threads.min(len.max(1)) {
                s.spawn(|| {
                    let mut fctx = FunctionBuilderContext::new();
                    let mut cctx = Context::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        if k >= len {
                            break;
                        }
                        let i = order[k];
                        let r = compile_one(
                            ctx,
                            (isa, &big_isa),
                            i,
                            inl,
                            stub(i),
                            &mut cctx,
                            &mut fctx,
                        );
                        let failed = r.is_err();
                        results.lock().unwrap()[i] = Some(r);
                        if failed {
                            next.store(len, Ordering::Relaxed);
                        }
                    }
                });
            }
        });
    };
    run(&first, &|_| false);
    if !then.is_empty() {
        let failed = results.lock().unwrap().iter().flatten().any(|r| r.is_err());
        if !failed {
            // Which deferred callees are still called by their caller's code.
            let called: Vec<bool> = {
                let done = results.lock().unwrap();
                (0..n)
                    .map(|c| {
                        caller_of[c].is_some_and(|p| match &done[p] {
                            Some(Ok(code)) => code.calls(ctx.defined[c].0),
                            _ => true,
                        })
                    })
                    .collect()
            };
            run(&then, &|i| !called[i]);
        }
    }
    let compiled = results
        .into_inner()
        .unwrap()
        .into_iter()
        .flatten()
        .collect::<Result<Vec<Compiled>>>()?;
    // Functions go into .text back to back, in order: the first at a line boundary,
    // each later one where the padding after its predecessor puts it.
    let mut sites = Vec::new();
    let mut metas = Vec::new();
    // Where each function should start; nothing comes before the first to pad.
    let mut starts: Vec<layout::Start> = compiled.iter().map(|c| c.start).collect();
    if let Some(first) = starts.first_mut() {
        *first = layout::Start::At(0);
    }
    let mut pos = 0u64;
    let filler = layout::padding_byte(module.isa().triple().architecture);
    for (i, c) in compiled.into_iter().enumerate() {
        metas.push(c.meta);
        let mut bytes = c.bytes;
        if let Some(&next) = starts.get(i + 1) {
            let pad = layout::padding(pos + bytes.len() as u64, next);
            bytes.resize(bytes.len() + pad as usize, filler);
        }
        let align = if i == 0 { u64::from(layout::LINE) } else { 1 };
        module
            .define_function_bytes(ctx.defined[i].0, align, &bytes, &c.relocs)
            .map_err(module_err)?;
        pos += bytes.len() as u64;
        for (off, trap) in c.traps {
            sites.push(abi::trap_site(i as u64, trap as u64, off as u64));
        }
    }
    Ok((sites, starts, metas))
}

/// Translates the inlinable callees of `plan` (on `threads` threads): their CLIF, by
/// defined function (None for the others).
fn translate_callees(
    ctx: &ModuleCtx<'_>,
    plan: &crate::inline::Plan,
    threads: usize,
) -> Result<Vec<Option<ir::Function>>> {
    let todo: Vec<usize> = (0..plan.inlinable.len())
        .filter(|i| plan.inlinable[*i])
        .collect();
    let next = AtomicUsize::new(0);
    let out: Mutex<Vec<Option<Result<ir::Function>>>> =
        Mutex::new((0..ctx.info.bodies.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads.min(todo.len().max(1)) {
            s.spawn(|| {
                let mut fctx = FunctionBuilderContext::new();
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&i) = todo.get(k) else { break };
                    let r = translate_one(ctx, i, &mut fctx);
                    let failed = r.is_err();
                    out.lock().unwrap()[i] = Some(r);
                    if failed {
                        // The builder context is left mid-function; the error is reported
                        // by the caller, so stop here.
                        break;
                    }
                }
            });
        }
    });
    out.into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.transpose())
        .collect()
}

/// The CLIF of defined function `i`.
fn translate_one(
    ctx: &ModuleCtx<'_>,
    i: usize,
    fctx: &mut FunctionBuilderContext,
) -> Result<ir::Function> {
    let (id, sig) = &ctx.defined[i];
    let mut func =
        ir::Function::with_name_signature(ir::UserFuncName::user(0, id.as_u32()), sig.clone());
    let index = ctx.info.num_imported_funcs + i as u32;
    // (Inlined into its callers: its flow analyses are of no use.)
    translate::func::translate_function(ctx, index, &ctx.info.bodies[i], &mut func, fctx)?;
    Ok(func)
}

/// Empties `cctx` for the next function on this thread. `Context::clear` leaves the
/// function's exception tables (Cranelift 0.135's `DataFlowGraph::clear` does not
/// clear them), so on a thread that compiles many functions with `try_call`s they
/// piled up, and Cranelift's unreachable-code pass, which walks every exception table
/// of the function, walked those of all earlier functions too: 22% of the compile CPU
/// of Yosys (perf, 2026-12-05). The stale tables are never referenced, so clearing
/// them changes no code.
fn reset_context(cctx: &mut Context) {
    cctx.clear();
    cctx.func.dfg.exception_tables.clear();
}

/// The inlining plan and the kept callees' CLIF (`compile_functions`).
type Inlining<'a> = Option<(&'a crate::inline::Plan, &'a crate::inline::Kept)>;

fn compile_one(
    ctx: &ModuleCtx<'_>,
    (isa, big_isa): (
        &dyn cranelift_codegen::isa::TargetIsa,
        &std::sync::OnceLock<Result<cranelift_codegen::isa::OwnedTargetIsa>>,
    ),
    i: usize,
    inl: Inlining<'_>,
    stub: bool,
    cctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> Result<Compiled> {
    let index = ctx.info.num_imported_funcs + i as u32;
    let (id, sig) = &ctx.defined[i];
    reset_context(cctx);
    let t0 = std::time::Instant::now();
    let own = inl.and_then(|(_, kept)| {
        let f = if stub { None } else { kept.get(i) };
        kept.release(i);
        f
    });
    // The CFG, dominator tree and loops of the function as translated, if the
    // bounds-check passes computed them, for Cranelift to take instead of computing
    // them again (dropped if inlining changes the function's blocks).
    let mut flow = None;
    match own {
        Some(f) => cctx.func = Arc::unwrap_or_clone(f),
        None if stub => {
            // A copy nothing can call (`single_site_callers`): one trap instruction.
            use cranelift_codegen::cursor::{Cursor, FuncCursor};
            use cranelift_codegen::ir::InstBuilder;
            cctx.func.signature = sig.clone();
            cctx.func.name = ir::UserFuncName::user(0, id.as_u32());
            let block = cctx.func.dfg.make_block();
            cctx.func.layout.append_block(block);
            for p in &sig.params {
                cctx.func.dfg.append_block_param(block, p.value_type);
            }
            let code = ir::TrapCode::unwrap_user(abi::Trap::Unreachable as u8);
            FuncCursor::new(&mut cctx.func)
                .at_bottom(block)
                .ins()
                .trap(code);
        }
        None => {
            cctx.func.signature = sig.clone();
            cctx.func.name = ir::UserFuncName::user(0, id.as_u32());
            let body = &ctx.info.bodies[i];
            flow = translate::func::translate_function(ctx, index, body, &mut cctx.func, fctx)?;
        }
    }
    let mut inlined = None;
    // A function with no inlinable callee that does not call itself has nothing to
    // splice: Cranelift's inliner would only walk its instructions (every caller's
    // walk was 0.2% of the structured report's compile).
    if let Some((plan, kept)) = inl.filter(|(p, _)| !stub && p.may_inline_into(i)) {
        let first_id = ctx.defined[0].0.as_u32();
        let mut inliner = crate::inline::Inliner::new(plan, kept, first_id, i, &cctx.func);
        let any = cctx
            .inline(&mut inliner)
            .map_err(|e| Error::Codegen(format!("function {index}: inlining: {e:?}")))?;
        if any {
            flow = None;
            inliner.fix_srclocs(&mut cctx.func);
            inlined = Some(inliner.spliced(ctx.info.num_imported_funcs));
        }
    }
    let translated = std::time::Instant::now();
    if let Some(sink) = ctx.clif {
        let text = cctx.func.display().to_string();
        sink.lock().unwrap().push((index, text));
    }
    let isa = if crate::target::cfg_size(&cctx.func) > crate::target::CFG_INFO_MAX_EDGES {
        match big_isa.get_or_init(|| crate::target::without_cfg_info(isa)) {
            Ok(big) => &**big,
            Err(e) => return Err(Error::Codegen(e.to_string())),
        }
    } else {
        isa
    };
    // After the CLIF sink: a change of representation for x86_64's lowering, not of
    // what the function computes (translate/wide_params.rs).
    if ctx.wide_params
        && ctx.zext32_free
        && isa.flags().opt_level() != cranelift_codegen::settings::OptLevel::None
    {
        translate::wide_params::widen_address_params(&mut cctx.func);
    }
    // `widen_address_params` changes block parameters and branch arguments, not
    // blocks or branch destinations: the analyses still hold.
    if let Some(a) = flow {
        debug_assert!(a.are_current(&cctx.func), "stale flow analyses");
        cctx.set_flow_analyses(a.cfg, a.domtree, Some(a.loops));
    }
    cctx.compile(isa, &mut ControlPlane::default())
        .map_err(|e| Error::Codegen(format!("function {index}: {:?}", e.inner)))?;
    if let Some(sink) = ctx.clif_optimized {
        // `compile` leaves the function as its optimizer left it.
        let text = cctx.func.display().to_string();
        sink.lock().unwrap().push((index, text));
    }
    crate::timings::function_done(translated - t0, translated.elapsed());
    let code = cctx.compiled_code().expect("just compiled");
    let bytes = code.buffer.data().to_vec();
    // Where the function should start within a line (see `layout`), in steps of 16
    // bytes (call targets stay 16-byte aligned, as every ISA's preferred alignment
    // asks) and never below what the code's constants need.
    let step = code.buffer.alignment.max(16);
    let start = layout::preferred_start(
        layout::Isa::of(isa.triple().architecture),
        &bytes,
        &code.bb_starts,
        step,
    );
    let relocs = code
        .buffer
        .relocs()
        .iter()
        .map(|r| ModuleReloc::from_mach_reloc(r, &cctx.func, *id))
        .collect();
    let traps = code
        .buffer
        .traps()
        .iter()
        .filter_map(|t| trap_of(t.code).map(|c| (t.offset, c)))
        .collect();
    let meta = func_meta(&code.buffer, inlined.as_ref());
    if translate::bounds::census::path().is_some() {
        let name = ctx.info.func_names.get(&index).map_or("-", |n| n.as_str());
        let mut text = format!("F {index} {name} {}\n", bytes.len());
        for (c, w) in &meta.addr_map {
            text.push_str(&format!("A {c} {w}\n"));
        }
        translate::bounds::census::append(&text);
    }
    Ok(Compiled {
        meta,
        bytes,
        start,
        relocs,
        traps,
    })
}

/// A record being laid out: bytes plus the pointers in it.
struct Rec {
    bytes: Vec<u8>,
    funcs: Vec<(u32, FuncId)>,
    datas: Vec<(u32, DataId)>,
}

impl Rec {
    fn new(size: usize) -> Rec {
        Rec {
            bytes: vec![0; size],
            funcs: Vec::new(),
            datas: Vec::new(),
        }
    }
    fn of(def: &StructDef, count: usize) -> Rec {
        Rec::new(def.size() as usize * count)
    }
    fn u64(&mut self, off: usize, v: u64) {
        self.bytes[off..off + 8].copy_from_slice(&v.to_le_bytes());
    }
    fn data(&mut self, off: usize, d: Option<DataId>) {
        if let Some(d) = d {
            self.datas.push((off as u32, d));
        }
    }
    fn func(&mut self, off: usize, f: FuncId) {
        self.funcs.push((off as u32, f));
    }
}

fn define_rec(module: &mut ObjectModule, rec: Rec, symbol: Option<&str>) -> Result<DataId> {
    let id = match symbol {
        Some(s) => module.declare_data(s, Linkage::Export, false, false),
        None => module.declare_anonymous_data(false, false),
    }
    .map_err(module_err)?;
    let mut desc = DataDescription::new();
    desc.set_align(16);
    let bytes = if rec.bytes.is_empty() {
        vec![0u8; 8]
    } else {
        rec.bytes
    };
    desc.define(bytes.into_boxed_slice());
    for (off, f) in rec.funcs {
        let fr = module.declare_func_in_data(f, &mut desc);
        desc.write_function_addr(off, fr);
    }
    for (off, d) in rec.datas {
        let gv = module.declare_data_in_data(d, &mut desc);
        desc.write_data_addr(off, gv, 0);
    }
    module.define_data(id, &desc).map_err(module_err)?;
    Ok(id)
}

/// Memory 0's initial image, page-aligned in read-only data (so at a page-aligned offset
/// of the linked file too, which the runtime maps), with its place and length.
fn define_image(module: &mut ObjectModule, image: &crate::MemoryImage) -> Result<()> {
    let id = module
        .declare_data(abi::symbols::MAIN_IMAGE, Linkage::Export, false, false)
        .map_err(module_err)?;
    let mut desc = DataDescription::new();
    desc.set_align(crate::IMAGE_ALIGN);
    // Padded with zeros to whole pages: the mapping's last page comes from the file.
    let len = image
        .bytes
        .len()
        .next_multiple_of(crate::IMAGE_ALIGN as usize);
    let mut bytes = Vec::with_capacity(len);
    bytes.extend_from_slice(&image.bytes);
    bytes.resize(len, 0);
    desc.define(bytes.into_boxed_slice());
    module.define_data(id, &desc).map_err(module_err)?;
    for (symbol, value) in [
        (abi::symbols::MAIN_IMAGE_START, image.start),
        (abi::symbols::MAIN_IMAGE_LEN, image.bytes.len() as u64),
    ] {
        let mut rec = Rec::new(8);
        rec.u64(0, value);
        define_rec(module, rec, Some(symbol))?;
    }
    Ok(())
}

/// A NUL-terminated string in read-only data.
fn cstr(module: &mut ObjectModule, s: &[u8]) -> Result<DataId> {
    let mut rec = Rec::new(s.len() + 1);
    rec.bytes[..s.len()].copy_from_slice(s);
    define_rec(module, rec, None)
}

/// A record array, or no pointer at all when empty.
fn array(module: &mut ObjectModule, rec: Rec) -> Result<Option<DataId>> {
    if rec.bytes.is_empty() {
        Ok(None)
    } else {
        define_rec(module, rec, None).map(Some)
    }
}

/// Writes constant `c`; an extended constant expression (`W2N_CONST_EXPR`) points to
/// its program, `programs[c.value]` (operation count, array).
fn write_const(rec: &mut Rec, off: usize, c: &Const, programs: &[(u64, DataId)]) {
    let d = &abi::CONST_EXPR;
    rec.u64(off + d.offset_of("kind") as usize, c.kind);
    if c.kind == abi::const_kind::EXPR {
        let (len, id) = programs[c.value as usize];
        rec.u64(off + d.offset_of("value") as usize, len);
        rec.data(off + d.offset_of("value_hi") as usize, Some(id));
        return;
    }
    rec.u64(off + d.offset_of("value") as usize, c.value);
    rec.u64(off + d.offset_of("value_hi") as usize, c.value_hi);
}

fn opt_max(m: Option<u64>) -> u64 {
    m.unwrap_or(abi::NONE)
}

fn write_descriptor(
    module: &mut ObjectModule,
    ctx: &ModuleCtx<'_>,
    (trampolines, trampoline_list): (&HashMap<FuncSig, FuncId>, &[(FuncId, u64)]),
    adapters: &[(FuncId, u64)],
    trap_sites: &[u64],
    metas: &[FuncMeta],
    opts: &ObjectOptions,
) -> Result<()> {
    let info = ctx.info;
    // Static import providers are C functions.
    let call_conv = ctx.c_call_conv;

    // Programs of extended constant expressions (their operations are leaves and
    // operators, never another program).
    let ce = &abi::CONST_EXPR;
    let mut programs = Vec::new();
    for p in &info.programs {
        let mut rec = Rec::of(ce, p.len());
        for (j, c) in p.iter().enumerate() {
            write_const(&mut rec, j * ce.size() as usize, c, &[]);
        }
        programs.push((p.len() as u64, define_rec(module, rec, None)?));
    }
    let programs = &programs[..];

    // Type ids.
    let mut types = Rec::new(8 * info.types.len());
    for (i, s) in ctx.sig_ids.iter().enumerate() {
        match s {
            SigId::Exact(v) => types.u64(i * 8, *v),
            SigId::Canonical(d) => types.data(i * 8, Some(*d)),
        }
    }
    let types = array(module, types)?;

    // Imports.
    let d = &abi::IMPORT;
    let mut imports = Rec::of(d, info.imports.len());
    let mut static_syms: HashMap<String, (String, FuncId)> = HashMap::new();
    for (i, imp) in info.imports.iter().enumerate() {
        let base = i * d.size() as usize;
        let m = cstr(module, imp.module.as_bytes())?;
        let n = cstr(module, imp.name.as_bytes())?;
        imports.data(base + d.offset_of("module") as usize, Some(m));
        imports.u64(
            base + d.offset_of("module_len") as usize,
            imp.module.len() as u64,
        );
        imports.data(base + d.offset_of("name") as usize, Some(n));
        imports.u64(
            base + d.offset_of("name_len") as usize,
            imp.name.len() as u64,
        );
        imports.u64(base + d.offset_of("index") as usize, imp.index as u64);
        let (kind, ty) = match &imp.kind {
            ImportKind::Func(t) => {
                let id = match ctx.sig_ids[*t as usize] {
                    SigId::Exact(v) => v,
                    SigId::Canonical(data) => {
                        imports.data(base + d.offset_of("type_id") as usize, Some(data));
                        0
                    }
                };
                if opts.static_imports {
                    let sym = abi::symbols::import(&imp.module, &imp.name);
                    let sig = translate::wasm_signature(
                        &info.types[*t as usize],
                        call_conv,
                        ctx.extend_i32,
                    );
                    let qualified = format!("{}.{}", imp.module, imp.name);
                    if let Some((other, _)) = static_syms.get(&sym) {
                        if *other != qualified {
                            return Err(Error::Unsupported(format!(
                                "imports {other} and {qualified} map to the same C symbol {sym}"
                            )));
                        }
                    }
                    let fid = module
                        .declare_function(&sym, Linkage::Import, &sig)
                        .map_err(|e| {
                            Error::Unsupported(format!("import {qualified} (C symbol {sym}): {e}"))
                        })?;
                    static_syms.insert(sym, (qualified, fid));
                    imports.func(base + d.offset_of("static_fn") as usize, fid);
                }
                (abi::extern_kind::FUNC, id)
            }
            ImportKind::Tag(t) => {
                let id = match ctx.sig_ids[*t as usize] {
                    SigId::Exact(v) => v,
                    SigId::Canonical(data) => {
                        imports.data(base + d.offset_of("type_id") as usize, Some(data));
                        0
                    }
                };
                (abi::extern_kind::TAG, id)
            }
            ImportKind::Table(t) => (
                abi::extern_kind::TABLE,
                crate::module_env::ref_code(t.element_type),
            ),
            ImportKind::Memory(_) => (abi::extern_kind::MEMORY, 0),
            ImportKind::Global(g) => (
                abi::extern_kind::GLOBAL,
                val_code(g.content_type) | ((g.mutable as u64) << 8),
            ),
        };
        imports.u64(base + d.offset_of("kind") as usize, kind);
        if (kind != abi::extern_kind::FUNC && kind != abi::extern_kind::TAG) || matches!(ty, 1..) {
            imports.u64(base + d.offset_of("type_id") as usize, ty);
        }
    }
    let imports = array(module, imports)?;

    // Functions: types, code, trampolines.
    let nfuncs = info.funcs.len();
    let mut func_types = Rec::new(8 * nfuncs);
    let mut tramps = Rec::new(8 * nfuncs);
    for (i, t) in info.funcs.iter().enumerate() {
        func_types.u64(i * 8, *t as u64);
        tramps.func(i * 8, trampolines[&info.types[*t as usize]]);
    }
    let mut code = Rec::new(8 * ctx.defined.len());
    for (i, (id, _)) in ctx.defined.iter().enumerate() {
        code.func(i * 8, *id);
    }
    let mut import_adapters = Rec::new(8 * adapters.len());
    let mut import_adapter_sizes = Rec::new(8 * adapters.len());
    for (i, (id, size)) in adapters.iter().enumerate() {
        import_adapters.func(i * 8, *id);
        import_adapter_sizes.u64(i * 8, *size);
    }
    let import_adapters = array(module, import_adapters)?;
    let import_adapter_sizes = array(module, import_adapter_sizes)?;
    let func_types = array(module, func_types)?;
    let tramps = array(module, tramps)?;
    let code = array(module, code)?;

    // Globals.
    let d = &abi::GLOBAL_DEF;
    let mut globals = Rec::of(d, info.globals.len());
    let mut keys = crate::types::Keys::with_gc(&info.types, &info.type_meta, &info.gc_types);
    for (i, g) in info.globals.iter().enumerate() {
        let base = i * d.size() as usize;
        if let wasmparser::ValType::Ref(r) = g.ty {
            if let Some(s) = keys.ref_type_string(r)? {
                let id = cstr(module, s.as_bytes())?;
                globals.data(base + d.offset_of("ref_type") as usize, Some(id));
            }
        }
        globals.u64(base + d.offset_of("val_type") as usize, val_code(g.ty));
        globals.u64(base + d.offset_of("mutable") as usize, g.mutable as u64);
        write_const(
            &mut globals,
            base + d.offset_of("init") as usize,
            &g.init,
            programs,
        );
    }
    let globals = array(module, globals)?;

    // Tables.
    let d = &abi::TABLE_DEF;
    let mut tables = Rec::of(d, info.tables.len());
    for (i, t) in info.tables.iter().enumerate() {
        let base = i * d.size() as usize;
        tables.u64(base + d.offset_of("elem_type") as usize, t.elem);
        if let Some(s) = keys.ref_type_string(t.ty)? {
            let id = cstr(module, s.as_bytes())?;
            tables.data(base + d.offset_of("ref_type") as usize, Some(id));
        }
        tables.u64(base + d.offset_of("index64") as usize, t.index64 as u64);
        tables.u64(base + d.offset_of("min") as usize, t.min);
        tables.u64(base + d.offset_of("max") as usize, opt_max(t.max));
        write_const(
            &mut tables,
            base + d.offset_of("init") as usize,
            &t.init,
            programs,
        );
    }
    let tables = array(module, tables)?;

    // Memories.
    let d = &abi::MEMORY_DEF;
    let mut memories = Rec::of(d, info.memories.len());
    for (i, mem) in info.memories.iter().enumerate() {
        let base = i * d.size() as usize;
        memories.u64(base + d.offset_of("min") as usize, mem.min);
        memories.u64(base + d.offset_of("max") as usize, opt_max(mem.max));
        memories.u64(base + d.offset_of("index64") as usize, mem.index64 as u64);
        memories.u64(base + d.offset_of("shared") as usize, mem.shared as u64);
    }
    let memories = array(module, memories)?;

    // Exports.
    let d = &abi::EXPORT;
    let mut exports = Rec::of(d, info.exports.len());
    for (i, e) in info.exports.iter().enumerate() {
        let base = i * d.size() as usize;
        let n = cstr(module, e.name.as_bytes())?;
        exports.data(base + d.offset_of("name") as usize, Some(n));
        exports.u64(base + d.offset_of("name_len") as usize, e.name.len() as u64);
        exports.u64(base + d.offset_of("kind") as usize, e.kind);
        exports.u64(base + d.offset_of("index") as usize, e.index as u64);
    }
    let exports = array(module, exports)?;

    // Data segments.
    let d = &abi::DATA_SEG;
    let mut data = Rec::of(d, info.data.len());
    for (i, seg) in info.data.iter().enumerate() {
        let base = i * d.size() as usize;
        data.u64(
            base + d.offset_of("active") as usize,
            seg.offset.is_some() as u64,
        );
        data.u64(base + d.offset_of("memory") as usize, seg.memory as u64);
        if let Some(o) = &seg.offset {
            write_const(
                &mut data,
                base + d.offset_of("offset") as usize,
                o,
                programs,
            );
        }
        // In an executable with an image, the image holds what active segments write.
        let in_image = opts.image.is_some() && seg.offset.is_some();
        if !seg.bytes.is_empty() && !in_image {
            let mut r = Rec::new(seg.bytes.len());
            r.bytes.copy_from_slice(seg.bytes);
            let id = define_rec(module, r, None)?;
            data.data(base + d.offset_of("bytes") as usize, Some(id));
        }
        data.u64(base + d.offset_of("len") as usize, seg.bytes.len() as u64);
    }
    let data = array(module, data)?;
    if let Some(image) = &opts.image {
        define_image(module, image)?;
    }

    // Element segments.
    let d = &abi::ELEM_SEG;
    let mut elems = Rec::of(d, info.elems.len());
    for (i, seg) in info.elems.iter().enumerate() {
        let base = i * d.size() as usize;
        elems.u64(base + d.offset_of("mode") as usize, seg.mode);
        elems.u64(base + d.offset_of("table") as usize, seg.table as u64);
        write_const(
            &mut elems,
            base + d.offset_of("offset") as usize,
            &seg.offset,
            programs,
        );
        elems.u64(base + d.offset_of("elem_type") as usize, seg.elem);
        elems.u64(base + d.offset_of("count") as usize, seg.items.len() as u64);
        let mut items = Rec::of(ce, seg.items.len());
        for (j, c) in seg.items.iter().enumerate() {
            write_const(&mut items, j * ce.size() as usize, c, programs);
        }
        let items = array(module, items)?;
        elems.data(base + d.offset_of("items") as usize, items);
    }
    let elems = array(module, elems)?;

    // The descriptor itself.
    let d = &abi::MODULE;
    let mut m = Rec::of(d, 1);
    let f = |n: &str| d.offset_of(n) as usize;
    m.u64(f("magic"), abi::INSTANCE_MAGIC);
    m.u64(f("abi_version"), abi::ABI_VERSION);
    let name = cstr(module, info.name.as_deref().unwrap_or("").as_bytes())?;
    m.data(f("name"), Some(name));
    m.u64(f("num_types"), info.types.len() as u64);
    m.data(f("type_ids"), types);
    m.u64(f("num_imports"), info.imports.len() as u64);
    m.data(f("imports"), imports);
    m.u64(f("num_funcs"), nfuncs as u64);
    m.u64(f("num_imported_funcs"), info.num_imported_funcs as u64);
    m.data(f("func_types"), func_types);
    m.data(f("func_code"), code);
    m.data(f("func_trampolines"), tramps);
    m.data(f("import_adapters"), import_adapters);
    m.data(f("import_adapter_sizes"), import_adapter_sizes);
    m.u64(f("num_globals"), info.globals.len() as u64);
    m.u64(f("num_imported_globals"), info.num_imported_globals as u64);
    m.data(f("globals"), globals);
    m.u64(f("num_memories"), info.memories.len() as u64);
    let imported_memories = info.memories.iter().filter(|m| m.imported).count();
    m.u64(f("num_imported_memories"), imported_memories as u64);
    m.data(f("memories"), memories);
    m.u64(f("num_tables"), info.tables.len() as u64);
    m.u64(f("num_imported_tables"), info.num_imported_tables as u64);
    m.data(f("tables"), tables);
    m.u64(f("num_exports"), info.exports.len() as u64);
    m.data(f("exports"), exports);
    m.u64(f("start_func"), info.start.map_or(abi::NONE, |s| s as u64));
    m.u64(f("num_data"), info.data.len() as u64);
    m.data(f("data"), data);
    m.u64(f("num_elems"), info.elems.len() as u64);
    m.data(f("elems"), elems);
    let (arch, features) = crate::target::cpu_features(module.isa());
    m.u64(f("cpu_arch"), arch);
    m.u64(f("cpu_features"), features);
    let mut sites = Rec::new(8 * trap_sites.len());
    for (i, v) in trap_sites.iter().enumerate() {
        sites.u64(i * 8, *v);
    }
    let sites = array(module, sites)?;
    m.u64(f("num_trap_sites"), trap_sites.len() as u64);
    m.data(f("trap_sites"), sites);
    let func_info = write_func_info(module, ctx, metas)?;
    m.data(f("func_info"), func_info);
    if info.gc_types.iter().any(Option::is_some) {
        let gc = write_gc_types(module, info)?;
        m.data(f("gc_types"), gc);
    }
    m.u64(f("mem0_offset"), ctx.mem0_offset.map_or(0, |k| k as u64));
    if uses_gc_hooks(info) {
        let hooks = module
            .declare_data(abi::symbols::GC_HOOKS, Linkage::Import, false, false)
            .map_err(module_err)?;
        m.data(f("gc_hooks"), Some(hooks));
    }

    // Tags and exception-handler call sites.
    let mut tag_types = Rec::new(8 * info.tags.len());
    let mut tag_params = Rec::new(8 * info.tags.len());
    for (i, t) in info.tags.iter().enumerate() {
        match ctx.sig_ids[*t as usize] {
            SigId::Exact(v) => tag_types.u64(i * 8, v),
            SigId::Canonical(d) => tag_types.data(i * 8, Some(d)),
        }
        tag_params.u64(i * 8, info.types[*t as usize].params.len() as u64);
    }
    m.u64(f("num_tags"), info.tags.len() as u64);
    m.u64(f("num_imported_tags"), u64::from(info.num_imported_tags));
    m.data(f("tag_types"), array(module, tag_types)?);
    m.data(f("tag_params"), array(module, tag_params)?);
    let d = &abi::EXN_SITE;
    let all: Vec<(usize, (u32, u32, u32))> = metas
        .iter()
        .enumerate()
        .flat_map(|(i, meta)| meta.exn_sites.iter().map(move |s| (i, *s)))
        .collect();
    let mut sites = Rec::of(d, all.len());
    for (k, (func, (ret, handler, sp))) in all.iter().enumerate() {
        let base = k * d.size() as usize;
        sites.u64(base + d.offset_of("func") as usize, *func as u64);
        sites.u64(base + d.offset_of("ret_offset") as usize, u64::from(*ret));
        sites.u64(
            base + d.offset_of("handler_offset") as usize,
            u64::from(*handler),
        );
        sites.u64(base + d.offset_of("sp_offset") as usize, u64::from(*sp));
    }
    m.u64(f("num_exn_sites"), all.len() as u64);
    if metas.iter().any(|meta| !meta.stack_maps.is_empty()) {
        let (n, maps) = write_stack_maps(module, metas)?;
        m.u64(f("num_stack_maps"), n);
        m.data(f("stack_maps"), maps);
    }
    m.data(f("exn_sites"), array(module, sites)?);
    let mut tr = Rec::new(8 * trampoline_list.len());
    let mut tr_sizes = Rec::new(8 * trampoline_list.len());
    for (i, (id, size)) in trampoline_list.iter().enumerate() {
        tr.func(i * 8, *id);
        tr_sizes.u64(i * 8, *size);
    }
    m.u64(f("num_trampolines"), trampoline_list.len() as u64);
    m.data(f("trampolines"), array(module, tr)?);
    m.data(f("trampoline_sizes"), array(module, tr_sizes)?);
    define_rec(module, m, Some(&opts.descriptor_symbol))?;
    Ok(())
}

/// The `w2n_stack_map` array (GC): every safepoint with live references, sorted by
/// (function, return offset).
fn write_stack_maps(
    module: &mut ObjectModule,
    metas: &[FuncMeta],
) -> Result<(u64, Option<DataId>)> {
    let d = &abi::STACK_MAP;
    let all: Vec<(usize, &StackMap)> = metas
        .iter()
        .enumerate()
        .flat_map(|(i, meta)| meta.stack_maps.iter().map(move |s| (i, s)))
        .collect();
    let mut rec = Rec::of(d, all.len());
    for (k, (func, (ret, span, slots))) in all.iter().enumerate() {
        let base = k * d.size() as usize;
        rec.u64(base + d.offset_of("func") as usize, *func as u64);
        rec.u64(base + d.offset_of("ret_offset") as usize, u64::from(*ret));
        rec.u64(base + d.offset_of("frame_size") as usize, u64::from(*span));
        rec.u64(base + d.offset_of("num_slots") as usize, slots.len() as u64);
        let mut r = Rec::new(slots.len() * 4);
        for (i, x) in slots.iter().enumerate() {
            r.bytes[i * 4..i * 4 + 4].copy_from_slice(&x.to_le_bytes());
        }
        let id = array(module, r)?;
        rec.data(base + d.offset_of("slots") as usize, id);
    }
    Ok((all.len() as u64, array(module, rec)?))
}

/// How the collector traces a field: 0 not at all (numbers, function references),
/// 1 a reference that is null, an i31 or one of the store's objects (the any
/// hierarchy: host values become boxes there), 2 an externref (may be a host value).
fn trace_kind(info: &ModuleInfo<'_>, s: crate::module_env::Storage) -> u32 {
    use wasmparser::{AbstractHeapType as A, HeapType};
    let crate::module_env::Storage::Val(wasmparser::ValType::Ref(r)) = s else {
        return 0;
    };
    match r.heap_type() {
        HeapType::Abstract { ty, .. } => match ty {
            A::Any | A::Eq | A::I31 | A::Struct | A::Array | A::None => 1,
            A::Extern | A::NoExtern => 2,
            _ => 0,
        },
        HeapType::Concrete(i) | HeapType::Exact(i) => match i.as_module_index() {
            Some(i) => u32::from(matches!(info.gc_types.get(i as usize), Some(Some(_)))),
            None => 2,
        },
    }
}

/// The distance from the instance to memory 0's base that compiled code assumes
/// (`abi::MEM0_OFFSET`, the descriptor's `mem0_offset`), or None when it loads the base.
/// Only for a defined, unshared memory 0 (an imported one is placed by its exporter; a
/// shared one keeps the usual path) whose module's defined globals fit between the
/// instance and the memory, and only on x86_64: elsewhere it was not shown to pay
/// (bench/profile.md; riscv64's 12-bit immediates cannot reach the record from the base).
pub(crate) fn mem0_offset(
    info: &ModuleInfo<'_>,
    target: &crate::Target,
    opts: &ObjectOptions,
) -> Option<i32> {
    let m = info.memories.first()?;
    let x86 = matches!(
        target.triple.architecture,
        target_lexicon::Architecture::X86_64
    );
    // The defined globals' cells must fit between the instance and the memory.
    let globals = (info.globals.len() - info.num_imported_globals as usize) as u64;
    let fits = abi::MEM0_GLOBALS + globals * abi::GLOBAL.size() as u64 <= abi::MEM0_OFFSET;
    (opts.mem0_at_vmctx && x86 && fits && !m.imported && !m.shared)
        .then_some(abi::MEM0_OFFSET as i32)
}

/// The `w2n_gc_type_def` array (GC): every type's kind, canonical key, supertype and
/// layout, by type index.
/// Whether instantiating the module calls into the collector: it has GC types (their
/// run-time types are interned) or a constant expression with a GC operator. Only then
/// does the descriptor point at `w2n_gc_hooks`, so that an executable of a module
/// without them links no collector (the linker drops what nothing references).
fn uses_gc_hooks(info: &ModuleInfo<'_>) -> bool {
    use abi::const_kind as k;
    info.gc_types.iter().any(Option::is_some)
        || info
            .programs
            .iter()
            .flatten()
            .any(|c| (k::STRUCT_NEW..=k::EXTERN_CONVERT_ANY).contains(&c.kind))
}

fn write_gc_types(module: &mut ObjectModule, info: &ModuleInfo<'_>) -> Result<Option<DataId>> {
    use crate::module_env::GcType;
    let d = &abi::GC_TYPE_DEF;
    let mut rec = Rec::of(d, info.types.len());
    let mut keys = crate::types::Keys::with_gc(&info.types, &info.type_meta, &info.gc_types);
    let u32s = |module: &mut ObjectModule, v: &[u32]| -> Result<Option<DataId>> {
        let mut r = Rec::new(v.len() * 4);
        for (i, x) in v.iter().enumerate() {
            r.bytes[i * 4..i * 4 + 4].copy_from_slice(&x.to_le_bytes());
        }
        array(module, r)
    };
    for (t, gc) in info.gc_types.iter().enumerate() {
        let base = t * d.size() as usize;
        let o = |n: &str| base + d.offset_of(n) as usize;
        let sup = info.type_meta[t].supertype.map_or(abi::NONE, u64::from);
        rec.u64(o("supertype"), sup);
        let Some(gc) = gc else {
            rec.u64(o("kind"), abi::gc_kind::FUNC);
            continue;
        };
        let key = keys.type_key(t as u32)?;
        let key = cstr(module, key.as_bytes())?;
        rec.data(o("key"), Some(key));
        let info_of = |f: &crate::module_env::GcField, off: u32| {
            let float = matches!(
                f.storage,
                crate::module_env::Storage::Val(
                    wasmparser::ValType::F32 | wasmparser::ValType::F64
                )
            );
            off | (f.storage.size() << 16)
                | (u32::from(f.storage.is_ref()) << 24)
                | (u32::from(float) << 25)
        };
        match gc {
            GcType::Struct {
                fields,
                offsets,
                size,
            } => {
                rec.u64(o("kind"), abi::gc_kind::STRUCT);
                rec.u64(o("size"), u64::from(*size));
                let refs: Vec<u32> = fields
                    .iter()
                    .zip(offsets)
                    .filter_map(|(f, off)| match trace_kind(info, f.storage) {
                        0 => None,
                        1 => Some(*off),
                        _ => Some(*off | 1 << 31),
                    })
                    .collect();
                rec.u64(o("num_refs"), refs.len() as u64);
                let r = u32s(module, &refs)?;
                rec.data(o("ref_offsets"), r);
                let fi: Vec<u32> = fields
                    .iter()
                    .zip(offsets)
                    .map(|(f, off)| info_of(f, *off))
                    .collect();
                rec.u64(o("num_fields"), fi.len() as u64);
                let fi = u32s(module, &fi)?;
                rec.data(o("field_info"), fi);
            }
            GcType::Array(f) => {
                rec.u64(o("kind"), abi::gc_kind::ARRAY);
                rec.u64(o("size"), u64::from(f.storage.size()));
                rec.u64(o("num_refs"), u64::from(trace_kind(info, f.storage)));
                rec.u64(o("num_fields"), 1);
                let fi = u32s(module, &[info_of(f, abi::GC_HEADER as u32)])?;
                rec.data(o("field_info"), fi);
            }
        }
    }
    array(module, rec)
}

/// The `w2n_func_info` array: code extent, name and address map of every defined
/// function.
fn write_func_info(
    module: &mut ObjectModule,
    ctx: &ModuleCtx<'_>,
    metas: &[FuncMeta],
) -> Result<Option<DataId>> {
    let info = ctx.info;
    let d = &abi::FUNC_INFO;
    let mut rec = Rec::of(d, metas.len());
    for (i, meta) in metas.iter().enumerate() {
        let base = i * d.size() as usize;
        let index = info.num_imported_funcs + i as u32;
        let wasm_start = info.bodies[i].body.range().start as u32;
        rec.u64(
            base + d.offset_of("code_size") as usize,
            u64::from(meta.code_size),
        );
        rec.u64(
            base + d.offset_of("frame_offset") as usize,
            u64::from(meta.frame_offset),
        );
        rec.u64(
            base + d.offset_of("wasm_offset") as usize,
            u64::from(wasm_start),
        );
        if let Some(name) = info.func_names.get(&index) {
            let n = cstr(module, name.as_bytes())?;
            rec.data(base + d.offset_of("name") as usize, Some(n));
        }
        let map = meta.encode_addr_map(wasm_start);
        rec.u64(
            base + d.offset_of("addr_map_len") as usize,
            map.len() as u64,
        );
        if !map.is_empty() {
            let mut r = Rec::new(map.len());
            r.bytes.copy_from_slice(&map);
            let id = define_rec(module, r, None)?;
            rec.data(base + d.offset_of("addr_map") as usize, Some(id));
        }
        let fd = &abi::INLINE_FRAME;
        let mut frames = Rec::of(fd, meta.inline_frames.len());
        for (k, f) in meta.inline_frames.iter().enumerate() {
            let b = k * fd.size() as usize;
            for (name, v) in ["code_start", "code_end", "func_index", "call_offset"]
                .iter()
                .zip(f)
            {
                frames.u64(b + fd.offset_of(name) as usize, u64::from(*v));
            }
        }
        rec.u64(
            base + d.offset_of("num_inline_frames") as usize,
            meta.inline_frames.len() as u64,
        );
        let frames = array(module, frames)?;
        rec.data(base + d.offset_of("inline_frames") as usize, frames);
    }
    array(module, rec)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A context emptied for the next function has no exception table left from the
    /// last one (see `reset_context`).
    #[test]
    fn reset_context_drops_exception_tables() {
        let mut cctx = Context::new();
        for _ in 0..2 {
            let func = &mut cctx.func;
            let sig = func.import_signature(ir::Signature::new(
                cranelift_codegen::isa::CallConv::SystemV,
            ));
            let block = func.dfg.make_block();
            let normal = func.dfg.block_call(block, &[]);
            let none: [ir::ExceptionTableItem; 0] = [];
            func.dfg
                .exception_tables
                .push(ir::ExceptionTableData::new(sig, normal, none));
            assert_eq!(func.dfg.exception_tables.len(), 1);
            reset_context(&mut cctx);
            assert!(cctx.func.dfg.exception_tables.is_empty());
            assert_eq!(cctx.func.dfg.num_blocks(), 0);
        }
    }
}
