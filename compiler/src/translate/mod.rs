//! Translation of wasm function bodies to Cranelift IR.
//!
//! [`ModuleCtx`] holds what every function's translation shares (declared function
//! ids and signatures, signature ids); [`func::translate_function`] translates one body.
//! The translation of different functions is independent, so it runs in parallel.

mod atomics;
pub(crate) mod bounds;
pub(crate) mod bytes;
pub(crate) use bounds::checks;
pub(crate) mod devirt;
pub(crate) mod env;
mod exceptions;
pub(crate) mod func;
pub(crate) mod gc;
mod globals_fold;
mod numeric;
mod scaled;
mod simd;
pub(crate) mod wide_params;

use crate::abi::{self, Rt, RtTy};
use crate::module_env::{FuncSig, ModuleInfo};
use cranelift_codegen::ir::{self, types, AbiParam, Signature, Type};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_module::{DataId, FuncId};
use std::collections::HashMap;
use wasmparser::ValType;

/// Cranelift type of a wasm value type (references are pointers).
pub(crate) fn clif_type(t: ValType) -> Type {
    match t {
        ValType::I32 => types::I32,
        ValType::I64 => types::I64,
        ValType::F32 => types::F32,
        ValType::F64 => types::F64,
        ValType::V128 => types::I8X16,
        ValType::Ref(_) => types::I64,
    }
}

/// Whether Cranelift can compile v128 code for `isa`: x86_64 (SSE2) and aarch64 (NEON)
/// always can; riscv64 only with the V extension.
pub(crate) fn isa_supports_simd(isa: &dyn cranelift_codegen::isa::TargetIsa) -> bool {
    match isa.triple().architecture {
        target_lexicon::Architecture::Riscv64(_) => isa
            .isa_flags()
            .iter()
            .any(|f| f.name == "has_v" && f.as_bool() == Some(true)),
        _ => true,
    }
}

/// Whether a module's types or globals mention v128 (SIMD operators are rejected when
/// translated).
pub(crate) fn module_uses_v128(info: &ModuleInfo<'_>) -> bool {
    let v = |t: &ValType| *t == ValType::V128;
    info.types
        .iter()
        .any(|s| s.params.iter().any(v) || s.results.iter().any(v))
        || info.globals.iter().any(|g| v(&g.ty))
}

/// How a signature id is materialized in code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum SigId {
    /// Exactly encoded in the id.
    Exact(u64),
    /// The address of this canonical-string data object.
    Canonical(DataId),
}

/// Per-module state shared by all function translations (read-only while translating).
pub(crate) struct ModuleCtx<'a> {
    pub info: &'a ModuleInfo<'a>,
    /// The wasm ABI: Cranelift's `tail` convention (`return_call` needs it in caller
    /// and callee, and it supports exceptions), for every wasm function.
    pub call_conv: CallConv,
    /// The platform's C convention: runtime functions, host functions, trampolines.
    pub c_call_conv: CallConv,
    pub frontend_config: TargetFrontendConfig,
    /// Extend i32 arguments to 64 bits (riscv64's C ABI requires it).
    pub extend_i32: bool,
    /// Whether the ISA has 128-bit vectors (see [`isa_supports_simd`]).
    pub simd: bool,
    /// Cranelift id and signature of every defined function (index: defined index).
    pub defined: Vec<(FuncId, Signature)>,
    /// Cranelift id and signature of every runtime function.
    pub runtime: HashMap<Rt, (FuncId, Signature)>,
    /// Signature id of every type index.
    pub sig_ids: Vec<SigId>,
    /// See `ObjectOptions::traps_end_process`.
    pub traps_end_process: bool,
    /// The module uses GC references (`gc::module_uses_gc`): GC references get stack
    /// maps.
    pub gc: bool,
    /// Zero-extending a 32-bit result to 64 bits costs no instruction (x86_64); see
    /// `exit_tests`.
    pub zext32_free: bool,
    /// Run the bounds-check optimizer (`bounds`; off only to measure it).
    pub bounds_opt: bool,
    /// The static tables (`devirt`); None with `--no-devirt`.
    pub devirt: Option<devirt::StaticTables>,
    /// Fold immutable globals to constants (`globals_fold`; off with `--no-global-fold`).
    pub global_fold: bool,
    /// Fold expanded byte swaps back to `bswap` (`bytes`; off with `--no-byte-swaps`).
    pub byte_swaps: bool,
    /// Memory 0's base is `vmctx + this` (`object::mem0_offset`), not loaded.
    pub mem0_offset: Option<i32>,
    /// Widen loop pointers before compiling (`wide_params`; x86_64 only, where
    /// `zext32_free`).
    pub wide_params: bool,
    /// See `ObjectOptions::clif`.
    pub clif: Option<&'a crate::object::ClifSink>,
    /// See `ObjectOptions::clif_optimized`.
    pub clif_optimized: Option<&'a crate::object::ClifSink>,
    /// Functions that need no stack check at entry (`crate::callgraph`), by defined
    /// index; empty when the analysis is off. Such a function checks right before each
    /// call that leaves the direct call graph instead (`FuncTranslator::open_checks`).
    pub unchecked: Vec<bool>,
}

impl ModuleCtx<'_> {
    /// The wasm-ABI Cranelift signature of a wasm function type.
    pub(crate) fn wasm_signature(&self, sig: &FuncSig) -> Signature {
        wasm_signature(sig, self.call_conv, self.extend_i32)
    }
}

fn param(t: Type, extend_i32: bool) -> AbiParam {
    if extend_i32 && t == types::I32 {
        AbiParam::new(t).sext()
    } else {
        AbiParam::new(t)
    }
}

/// `ret f(vmctx, params...)`; with two or more results, `void f(vmctx, params..., w2n_val* results)`.
pub(crate) fn wasm_signature(sig: &FuncSig, call_conv: CallConv, extend_i32: bool) -> Signature {
    let mut s = Signature::new(call_conv);
    s.params.push(AbiParam::new(types::I64));
    for p in &sig.params {
        s.params.push(param(clif_type(*p), extend_i32));
    }
    match sig.results.len() {
        0 => {}
        1 => s.returns.push(param(clif_type(sig.results[0]), extend_i32)),
        _ => s.params.push(AbiParam::new(types::I64)),
    }
    s
}

/// The C signature of a runtime function.
pub(crate) fn runtime_signature(rt: Rt, call_conv: CallConv, extend_i32: bool) -> Signature {
    let def = rt.def();
    let ty = |t: &RtTy| match t {
        RtTy::I32 => types::I32,
        RtTy::Vmctx | RtTy::I64 | RtTy::Ptr => types::I64,
    };
    let mut s = Signature::new(call_conv);
    for p in def.params {
        s.params.push(param(ty(p), extend_i32));
    }
    if let Some(r) = &def.ret {
        s.returns.push(param(ty(r), extend_i32));
    }
    s
}

/// Trampoline signature: `void tramp(void* code, void* vmctx, w2n_val* vals)`.
pub(crate) fn trampoline_signature(call_conv: CallConv) -> Signature {
    let mut s = Signature::new(call_conv);
    for _ in 0..3 {
        s.params.push(AbiParam::new(types::I64));
    }
    s
}

/// Imports a function with the given id/signature into `func` (what
/// `cranelift_module::Module::declare_func_in_func` does, without needing the module).
pub(crate) fn import_func(
    func: &mut ir::Function,
    id: FuncId,
    sig: &Signature,
    colocated: bool,
) -> ir::FuncRef {
    let signature = func.import_signature(sig.clone());
    let name = func.declare_imported_user_function(ir::UserExternalName {
        namespace: 0,
        index: id.as_u32(),
    });
    func.import_function(ir::ExtFuncData {
        name: ir::ExternalName::user(name),
        signature,
        colocated,
        patchable: false,
    })
}

/// Imports a data object's address into `func`.
pub(crate) fn import_data(func: &mut ir::Function, id: DataId) -> ir::GlobalValue {
    let name = func.declare_imported_user_function(ir::UserExternalName {
        namespace: 1,
        index: id.as_u32(),
    });
    func.create_global_value(ir::GlobalValueData::Symbol {
        name: ir::ExternalName::user(name),
        offset: ir::immediates::Imm64::new(0),
        colocated: true,
        tls: false,
    })
}

/// The calling convention of wasm functions (see [`ModuleCtx::call_conv`]).
pub(crate) const WASM_CALL_CONV: CallConv = CallConv::Tail;

/// Builds the adapter of imported function `index` (type `sig`): a wasm-ABI function
/// that calls the C function `host_fn` of the funcref bound to the import, with the C
/// ABI. The caller passes the funcref's `vmctx`, which for a host function is the
/// importing instance, so `vmctx->funcs[index]` is that funcref.
pub(crate) fn build_import_adapter(
    ctx: &ModuleCtx<'_>,
    index: u32,
    sig: &FuncSig,
    func: &mut ir::Function,
) {
    use cranelift_codegen::ir::{InstBuilder, MemFlagsData};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let args = b.block_params(entry).to_vec();
    let flags = MemFlagsData::trusted().with_readonly();
    let funcs = b
        .ins()
        .load(types::I64, flags, args[0], abi::INSTANCE.offset_of("funcs"));
    let fr = b.ins().load(types::I64, flags, funcs, index as i32 * 8);
    let host = b
        .ins()
        .load(types::I64, flags, fr, abi::FUNCREF.offset_of("host_fn"));
    let csig = b.import_signature(wasm_signature(sig, ctx.c_call_conv, ctx.extend_i32));
    let call = b.ins().call_indirect(csig, host, &args);
    let rets = b.inst_results(call).to_vec();
    b.ins().return_(&rets);
    b.finalize(ctx.frontend_config);
}

/// Builds the array-call trampoline for a signature.
pub(crate) fn build_trampoline(ctx: &ModuleCtx<'_>, sig: &FuncSig, func: &mut ir::Function) {
    use cranelift_codegen::ir::{InstBuilder, MemFlagsData};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let (code, vmctx, vals) = {
        let p = b.block_params(entry);
        (p[0], p[1], p[2])
    };
    let flags = MemFlagsData::trusted();
    let mut args = vec![vmctx];
    for (i, p) in sig.params.iter().enumerate() {
        args.push(
            b.ins()
                .load(clif_type(*p), flags, vals, i as i32 * abi::VAL_SLOT),
        );
    }
    if sig.results.len() > 1 {
        args.push(vals);
    }
    let callee_sig = b.import_signature(ctx.wasm_signature(sig));
    let call = b.ins().call_indirect(callee_sig, code, &args);
    if sig.results.len() == 1 {
        let r = b.inst_results(call)[0];
        b.ins().store(flags, r, vals, 0);
    }
    b.ins().return_(&[]);
    b.finalize(ctx.frontend_config);
}

/// The `W2N_VAL_*`-based signature id of a function type.
pub(crate) fn exact_sig_id(sig: &FuncSig) -> Option<u64> {
    let (p, r) = sig.codes();
    abi::sig::encode(&p, &r)
}

#[cfg(test)]
mod tests {
    use cranelift_codegen::ir::{self, types, Function, InstBuilder};
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    /// The vendored cranelift-frontend's cycle check (`vendor/cranelift-frontend/
    /// PATCHES.md`): looking up a variable after a dead cycle of single-predecessor
    /// blocks (`b1 -> b2 -> b1`, `b2 -> b3`) stops where the walk up the predecessors
    /// meets itself instead of going around the cycle forever (the value is undefined
    /// there, so the frontend makes it a zero). Earlier lookups walk other blocks first.
    #[test]
    fn variable_lookup_stops_at_a_dead_cycle() {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut func = Function::new();
            let mut fctx = FunctionBuilderContext::new();
            let mut b = FunctionBuilder::new(&mut func, &mut fctx);
            let x = b.declare_var(types::I32);
            let [b0, b1, b2, b3, b4] = [(); 5].map(|_| b.create_block());
            b.switch_to_block(b0);
            b.seal_block(b0);
            let one = b.ins().iconst(types::I32, 1);
            b.def_var(x, one);
            b.ins().jump(b4, &[]);
            // An earlier walk (through b4's single predecessor) stamps b4.
            b.switch_to_block(b4);
            b.seal_block(b4);
            assert_eq!(b.use_var(x), one);
            b.ins().return_(&[]);
            b.switch_to_block(b1);
            b.ins().jump(b2, &[]);
            b.switch_to_block(b2);
            let c = b.ins().iconst(types::I32, 0);
            b.ins().brif(c, b1, &[], b3, &[]);
            b.seal_block(b1);
            b.seal_block(b2);
            b.switch_to_block(b3);
            b.seal_block(b3);
            let v = b.use_var(x);
            b.ins().return_(&[]);
            b.finalize(cranelift_codegen::isa::TargetFrontendConfig {
                default_call_conv: cranelift_codegen::isa::CallConv::SystemV,
                pointer_width: target_lexicon::PointerWidth::U64,
                page_size_align_log2: 12,
            });
            let _ = tx.send((v, func.dfg.resolve_aliases(v), one));
        });
        let (v, resolved, one) = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("use_var did not return: the walk went around the cycle");
        assert_ne!(resolved, one, "{v}: the definition before the cycle");
    }

    /// The vendored cranelift-codegen's `make_inst_results` (`vendor/cranelift-codegen/
    /// PATCHES.md`, "make_inst_results without a SmallVec") gives each instruction the
    /// results upstream does: a call's from its signature (direct and indirect), none
    /// for a tail call or a `try_call` (their signatures' returns go elsewhere), and any
    /// other instruction's from its opcode and controlling type.
    #[test]
    fn instruction_results_follow_signature_or_opcode() {
        use cranelift_codegen::ir::{
            condcodes::IntCC, AbiParam, BlockArg, ExceptionTableData, ExceptionTableItem,
            ExtFuncData, ExternalName, MemFlagsData, Signature, TrapCode, UserExternalName,
        };
        use cranelift_codegen::isa::CallConv;
        let mut func = Function::new();
        let rets = [types::I32, types::I64, types::F64];
        let mut sig3 = Signature::new(CallConv::SystemV);
        sig3.params.push(AbiParam::new(types::I64));
        sig3.returns.extend(rets.map(AbiParam::new));
        func.signature = sig3.clone();
        let sig3 = func.import_signature(sig3);
        let name = func.declare_imported_user_function(UserExternalName {
            namespace: 0,
            index: 1,
        });
        let callee = func.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature: sig3,
            colocated: true,
            patchable: false,
        });
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let [b0, b1, b2, b3] = [(); 4].map(|_| b.create_block());
        b.append_block_params_for_function_params(b0);
        b.switch_to_block(b0);
        let p = b.block_params(b0)[0];
        let types_of = |b: &FunctionBuilder, inst| -> Vec<ir::Type> {
            let dfg = &b.func.dfg;
            dfg.inst_results(inst)
                .iter()
                .map(|&v| dfg.value_type(v))
                .collect()
        };
        let call = b.ins().call(callee, &[p]);
        assert_eq!(types_of(&b, call), rets);
        let ind = b.ins().call_indirect(sig3, p, &[p]);
        assert_eq!(types_of(&b, ind), rets);
        let add = b.ins().iadd(p, p);
        let add = b.func.dfg.value_def(add).unwrap_inst();
        assert_eq!(types_of(&b, add), [types::I64]);
        let c = b.ins().icmp(IntCC::Equal, p, p);
        let cmp = b.func.dfg.value_def(c).unwrap_inst();
        assert_eq!(types_of(&b, cmp), [types::I8]);
        let st = b.ins().store(MemFlagsData::trusted(), p, p, 0);
        assert_eq!(types_of(&b, st), []);
        b.ins().brif(c, b1, &[], b2, &[]);
        b.switch_to_block(b1);
        for t in rets {
            b.append_block_param(b3, t);
        }
        let ret_args: Vec<BlockArg> = (0..3).map(BlockArg::TryCallRet).collect();
        let normal = b.func.dfg.block_call(b3, &ret_args);
        let exn = b.func.dfg.block_call(b2, &[]);
        let et = b.func.dfg.exception_tables.push(ExceptionTableData::new(
            sig3,
            normal,
            [ExceptionTableItem::Default(exn)],
        ));
        let try_call = b.ins().try_call(callee, &[p], et);
        assert_eq!(types_of(&b, try_call), []);
        b.switch_to_block(b2);
        let tail = b.ins().return_call(callee, &[p]);
        assert_eq!(types_of(&b, tail), []);
        b.switch_to_block(b3);
        let vals = b.block_params(b3).to_vec();
        b.ins().trapz(vals[0], TrapCode::unwrap_user(1));
        b.ins().return_(&vals);
        b.seal_all_blocks();
    }

    /// The vendored cranelift-codegen grows a function's map of source locations (and
    /// the layout's map of instructions) in steps of at least twice its length instead
    /// of one entry per new instruction (`vendor/cranelift-codegen/PATCHES.md`,
    /// "Instruction maps grown in steps"); every instruction still reads back its own
    /// location, and the instructions made without one read the default.
    #[test]
    fn source_locations_grow_in_steps() {
        let mut func = Function::new();
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let b0 = b.create_block();
        b.switch_to_block(b0);
        b.seal_block(b0);
        let mut insts = Vec::new();
        let mut v = b.ins().iconst(types::I32, 0);
        for i in 1..=100u32 {
            b.set_srcloc(ir::SourceLoc::new(i));
            v = b.ins().iadd(v, v);
            insts.push((b.func.dfg.value_def(v).unwrap_inst(), i));
        }
        b.ins().return_(&[v]);
        // 102 instructions with locations after the first: grown to 128 or more at
        // once (grown one entry at a time the map would hold exactly 102).
        let len = b.func.stencil.srclocs.as_values_slice().len();
        assert!(len >= 128, "srclocs grown to {len} entries, one at a time");
        for &(inst, i) in &insts {
            assert_eq!(b.func.srcloc(inst), ir::SourceLoc::new(i));
        }
        let first = b.func.layout.first_inst(b0).unwrap();
        assert!(b.func.srcloc(first).is_default());
        let order: Vec<ir::Inst> = b.func.layout.block_insts(b0).collect();
        assert_eq!(order.len(), 102);
        assert_eq!(
            &order[1..101],
            insts.iter().map(|x| x.0).collect::<Vec<_>>()
        );
    }
    /// The egraph pass inserts a pure instruction into its scoped GVN map at the
    /// depth of the block where the instruction's arguments are all available, so
    /// that two copies in sibling blocks below it are merged. The vendored
    /// cranelift-codegen reads that depth from a map filled as blocks enter the
    /// domtree walk instead of searching the walk's stack
    /// (`vendor/cranelift-codegen/PATCHES.md`, "GVN depth of a block without a
    /// search"). Here the block is 200 levels down a chain of blocks (its parameter
    /// `z` is available there), and `z * y` is computed in both arms of a branch
    /// below it: one `imul` keeps its original result, the other arm's is a copy of
    /// the merged value. The same IR as upstream's search gives (only the time
    /// differs), so it passes without the patch too; a depth one too deep trips the
    /// lookup's assertion. Recording the current block's depth instead did not fail it
    /// (checked 2026-12-06): the copies merge all the same, for a reason not found.
    /// What guards the recorded depths is that assertion, run on every compile.
    #[test]
    fn gvn_merges_at_the_depth_where_arguments_are_available() {
        let isa = x64_isa();
        // b0(x, y, c): jump c1(x) | c_i(p): jump c_{i+1}(p + 1) ... | d(z): brif c,
        // a1, a2 | a1: return z * y | a2: return z * y + 1
        let mut func = Function::new();
        for _ in 0..3 {
            func.signature.params.push(ir::AbiParam::new(types::I32));
        }
        func.signature.returns.push(ir::AbiParam::new(types::I32));
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let b0 = b.create_block();
        b.append_block_params_for_function_params(b0);
        b.switch_to_block(b0);
        let (x, y, c) = (
            b.block_params(b0)[0],
            b.block_params(b0)[1],
            b.block_params(b0)[2],
        );
        let mut arg = x;
        for _ in 0..200 {
            let next = b.create_block();
            let p = b.append_block_param(next, types::I32);
            b.ins().jump(next, &[arg.into()]);
            b.switch_to_block(next);
            arg = b.ins().iadd_imm_s(p, 1);
        }
        let d = b.create_block();
        let z = b.append_block_param(d, types::I32);
        b.ins().jump(d, &[arg.into()]);
        b.switch_to_block(d);
        let [a1, a2] = [(); 2].map(|_| b.create_block());
        b.ins().brif(c, a1, &[], a2, &[]);
        b.switch_to_block(a1);
        let m1 = b.ins().imul(z, y);
        b.ins().return_(&[m1]);
        b.switch_to_block(a2);
        let m2 = b.ins().imul(z, y);
        let r2 = b.ins().iadd_imm_s(m2, 1);
        b.ins().return_(&[r2]);
        b.seal_all_blocks();
        b.finalize(isa.frontend_config());
        let ctx = compile_for_x64(&isa, func);
        let f = &ctx.func;
        let kept = [m1, m2]
            .iter()
            .filter(|&&v| {
                let inst = f.dfg.value_def(v).unwrap_inst();
                f.layout.inst_block(inst).is_some() && f.dfg.inst_results(inst) == [v]
            })
            .count();
        let imuls = f
            .layout
            .blocks()
            .flat_map(|blk| f.layout.block_insts(blk))
            .filter(|&i| f.dfg.insts[i].opcode() == ir::Opcode::Imul)
            .count();
        assert_eq!((kept, imuls), (1, 2), "{f}");
    }

    /// The CFG and dominator tree a compile leaves in the `Context` against ones
    /// computed afresh from the function it compiled.
    fn flow_analyses_match_the_function(ctx: &cranelift_codegen::Context) {
        use cranelift_codegen::dominator_tree::DominatorTree;
        use cranelift_codegen::flowgraph::ControlFlowGraph;
        let func = &ctx.func;
        let cfg = ControlFlowGraph::with_function(func);
        let domtree = DominatorTree::with_function(func, &cfg);
        for block in func.layout.blocks() {
            let preds = |c: &ControlFlowGraph| {
                c.pred_iter(block)
                    .map(|p| (p.block, p.inst))
                    .collect::<Vec<_>>()
            };
            assert_eq!(preds(&ctx.cfg), preds(&cfg), "predecessors of {block}");
            assert_eq!(
                ctx.cfg.succ_iter(block).collect::<Vec<_>>(),
                cfg.succ_iter(block).collect::<Vec<_>>(),
                "successors of {block}"
            );
            assert_eq!(
                ctx.domtree.idom(block),
                domtree.idom(block),
                "idom of {block}"
            );
        }
        assert_eq!(ctx.domtree.cfg_postorder(), domtree.cfg_postorder());
    }

    fn x64_isa() -> cranelift_codegen::isa::OwnedTargetIsa {
        use cranelift_codegen::settings::{self, Configurable};
        let mut flags = settings::builder();
        flags.set("opt_level", "speed").unwrap();
        flags.set("enable_verifier", "true").unwrap();
        cranelift_codegen::isa::lookup_by_name("x86_64-unknown-linux-gnu")
            .unwrap()
            .finish(settings::Flags::new(flags))
            .unwrap()
    }

    fn compile_for_x64(
        isa: &cranelift_codegen::isa::OwnedTargetIsa,
        func: Function,
    ) -> cranelift_codegen::Context {
        let mut ctx = cranelift_codegen::Context::for_function(func);
        ctx.compile(&**isa, &mut Default::default()).unwrap();
        ctx
    }

    /// The vendored cranelift-codegen recomputes the CFG and the dominator tree after
    /// the egraph pass only when that pass rewrote a terminator
    /// (`vendor/cranelift-codegen/PATCHES.md`, "No second CFG and dominator tree after
    /// an egraph pass that kept every terminator"). Both ways, what the `Context`
    /// holds after `compile` is what the compiled function gives afresh: a function
    /// with a loop and an unreachable block that jumps into it (removed before the
    /// egraph pass; nothing rewritten), and one whose `brif` on a constant the egraph
    /// pass makes a `jump` (its other target becomes unreachable). Skipping the
    /// recomputation in the second case leaves the old edges (checked: fails).
    #[test]
    fn flow_analyses_follow_the_egraph_pass() {
        let isa = x64_isa();
        // b0: jump b1 | b1(v): brif v, b1(v-1), b2 | b2: return | b3 (dead): jump b1
        let mut func = Function::new();
        func.signature.params.push(ir::AbiParam::new(types::I32));
        func.signature.returns.push(ir::AbiParam::new(types::I32));
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let [b0, b1, b2, b3] = [(); 4].map(|_| b.create_block());
        b.append_block_params_for_function_params(b0);
        let p = b.append_block_param(b1, types::I32);
        b.switch_to_block(b0);
        let x = b.block_params(b0)[0];
        b.ins().jump(b1, &[x.into()]);
        b.switch_to_block(b1);
        let one = b.ins().iconst(types::I32, 1);
        let next = b.ins().isub(p, one);
        b.ins().brif(p, b1, &[next.into()], b2, &[]);
        b.switch_to_block(b2);
        b.ins().return_(&[p]);
        b.switch_to_block(b3);
        let seven = b.ins().iconst(types::I32, 7);
        b.ins().jump(b1, &[seven.into()]);
        b.seal_all_blocks();
        b.finalize(isa.frontend_config());
        let ctx = compile_for_x64(&isa, func);
        assert!(!ctx.func.layout.is_block_inserted(b3));
        flow_analyses_match_the_function(&ctx);

        // b0: brif 1, b1, b2 | b1: return 1 | b2: return 2 (the egraph pass jumps to b1)
        let mut func = Function::new();
        func.signature.returns.push(ir::AbiParam::new(types::I32));
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let [b0, b1, b2] = [(); 3].map(|_| b.create_block());
        b.switch_to_block(b0);
        let c = b.ins().iconst(types::I32, 1);
        b.ins().brif(c, b1, &[], b2, &[]);
        b.switch_to_block(b1);
        let r1 = b.ins().iconst(types::I32, 1);
        b.ins().return_(&[r1]);
        b.switch_to_block(b2);
        let r2 = b.ins().iconst(types::I32, 2);
        b.ins().return_(&[r2]);
        b.seal_all_blocks();
        b.finalize(isa.frontend_config());
        let ctx = compile_for_x64(&isa, func);
        assert!(
            !ctx.func.layout.is_block_inserted(b2),
            "brif 1 not simplified"
        );
        flow_analyses_match_the_function(&ctx);
    }

    /// `b0(x): jump b1(x) | b1(p): brif p, b2, b4 | b2: jump b1(p-1) | b4: return p`,
    /// and with `dead`, `b3: jump b2` (unreachable, into the loop's latch).
    fn counting_loop(isa: &cranelift_codegen::isa::OwnedTargetIsa, dead: bool) -> Function {
        let mut func = Function::new();
        func.signature.params.push(ir::AbiParam::new(types::I32));
        func.signature.returns.push(ir::AbiParam::new(types::I32));
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let [b0, b1, b2, b3, b4] = [(); 5].map(|_| b.create_block());
        b.append_block_params_for_function_params(b0);
        let p = b.append_block_param(b1, types::I32);
        b.switch_to_block(b0);
        let x = b.block_params(b0)[0];
        b.ins().jump(b1, &[x.into()]);
        b.switch_to_block(b1);
        b.ins().brif(p, b2, &[], b4, &[]);
        b.switch_to_block(b2);
        let one = b.ins().iconst(types::I32, 1);
        let next = b.ins().isub(p, one);
        b.ins().jump(b1, &[next.into()]);
        if dead {
            b.switch_to_block(b3);
            b.ins().jump(b2, &[]);
        }
        b.switch_to_block(b4);
        b.ins().return_(&[p]);
        b.seal_all_blocks();
        b.finalize(isa.frontend_config());
        func
    }

    /// The vendored cranelift-codegen takes the CFG, dominator tree and loops the
    /// bounds-check passes computed (`Context::set_flow_analyses`,
    /// `vendor/cranelift-codegen/PATCHES.md`, "Flow analyses given by the caller"):
    /// the code is the same as when it computes them itself (the verifier, on here,
    /// checks the given CFG and dominator tree against the function); the loops are
    /// computed again when a block is unreachable (they count it in the loop it jumps
    /// into; unreachable-code removal takes it out); and `clear` forgets what was
    /// given, so the next function's compile computes its own.
    #[test]
    fn given_flow_analyses_are_used_then_forgotten() {
        use crate::translate::bounds::Analyses;
        let isa = x64_isa();
        let code =
            |ctx: &cranelift_codegen::Context| ctx.compiled_code().unwrap().buffer.data().to_vec();
        for dead in [false, true] {
            let func = counting_loop(&isa, dead);
            let own = compile_for_x64(&isa, func.clone());
            let a = Analyses::new(&func);
            assert!(a.are_current(&func));
            let b3 = ir::Block::from_u32(3);
            assert_eq!(a.loops.innermost_loop(b3).is_some(), dead);
            let mut ctx = cranelift_codegen::Context::for_function(func);
            ctx.set_flow_analyses(a.cfg, a.domtree, Some(a.loops));
            ctx.compile(&*isa, &mut Default::default()).unwrap();
            assert_eq!(code(&ctx), code(&own), "dead block: {dead}");
            flow_analyses_match_the_function(&ctx);
            // The loops of the compiled function: the dead block is in none.
            assert!(ctx.loop_analysis.innermost_loop(b3).is_none());
            assert!(ctx
                .loop_analysis
                .is_loop_header(ir::Block::from_u32(1))
                .is_some());
        }
        // Given for one function, then cleared: another function compiles with its
        // own analyses (a stale CFG or dominator tree fails the verifier).
        let func = counting_loop(&isa, false);
        let a = Analyses::new(&func);
        let mut ctx = cranelift_codegen::Context::for_function(func);
        ctx.set_flow_analyses(a.cfg, a.domtree, Some(a.loops));
        ctx.clear();
        let mut other = Function::new();
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut other, &mut fctx);
        let [b0, b1, b2] = [(); 3].map(|_| b.create_block());
        b.switch_to_block(b0);
        let c = b.ins().iconst(types::I32, 0);
        b.ins().brif(c, b1, &[], b2, &[]);
        b.switch_to_block(b1);
        b.ins().jump(b2, &[]);
        b.switch_to_block(b2);
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(isa.frontend_config());
        ctx.func = other;
        ctx.compile(&*isa, &mut Default::default()).unwrap();
        flow_analyses_match_the_function(&ctx);
    }

    /// How many instructions of `ctx.func`'s layout have opcode `op`.
    fn count_op(ctx: &cranelift_codegen::Context, op: ir::Opcode) -> usize {
        let f = &ctx.func;
        (f.layout.blocks())
            .flat_map(|b| f.layout.block_insts(b))
            .filter(|&i| f.dfg.insts[i].opcode() == op)
            .count()
    }

    /// The vendored alias analysis keeps each region's last store inline for the
    /// first eight regions and grows past them, and skips instructions that touch no
    /// memory without a call (`vendor/cranelift-codegen/PATCHES.md`, "Last stores
    /// without an allocation per block"): the same loads are forwarded and the same
    /// stores kept as upstream. Twelve regions: `b0` loads `[a]` in region `r`, the
    /// two arms of a diamond store to the eleven others (and, with `clobber`, one of
    /// them to `r` itself), and the join loads `[a]` in `r` again: redundant unless
    /// clobbered. Then a store to `[a]`, a load of `[a + 8]` in the same region (it
    /// observes the store) and a store to `[a]` again: the first store must stay.
    /// Checked: a slot set past the eighth region not recorded (`RegionSlots::set`)
    /// fails the clobbered case for `r = 9`; loads returned early from `update`
    /// (neither `can_load` nor their memory flags tested) fail the store count.
    #[test]
    fn alias_analysis_tracks_every_region() {
        use cranelift_codegen::ir::{AliasRegionData, MemFlagsData};
        let isa = x64_isa();
        for r in [1usize, 9] {
            for clobber in [false, true] {
                let mut func = Function::new();
                func.signature.params.push(ir::AbiParam::new(types::I64));
                func.signature.params.push(ir::AbiParam::new(types::I32));
                func.signature.returns.push(ir::AbiParam::new(types::I32));
                let regions: Vec<MemFlagsData> = (0..12)
                    .map(|k| {
                        let region = func.dfg.alias_regions.insert(AliasRegionData {
                            user_id: 100 + k as u32,
                            description: "test".into(),
                        });
                        MemFlagsData::trusted().with_alias_region(Some(region))
                    })
                    .collect();
                let mut fctx = FunctionBuilderContext::new();
                let mut b = FunctionBuilder::new(&mut func, &mut fctx);
                let [b0, b1, b2, b3] = [(); 4].map(|_| b.create_block());
                b.append_block_params_for_function_params(b0);
                b.switch_to_block(b0);
                let (a, c) = (b.block_params(b0)[0], b.block_params(b0)[1]);
                let x = b.ins().load(types::I32, regions[r], a, 0);
                b.ins().brif(c, b1, &[], b2, &[]);
                for (arm, half) in [(b1, 0), (b2, 1)] {
                    b.switch_to_block(arm);
                    for k in (0..12).filter(|k| *k != r && k % 2 == half) {
                        b.ins().store(regions[k], c, a, 16 + 4 * k as i32);
                    }
                    if clobber && half == 1 {
                        b.ins().store(regions[r], c, a, 0);
                    }
                    b.ins().jump(b3, &[]);
                }
                b.switch_to_block(b3);
                let y = b.ins().load(types::I32, regions[r], a, 0);
                b.ins().store(regions[r], y, a, 4);
                let z = b.ins().load(types::I32, regions[r], a, 8);
                b.ins().store(regions[r], z, a, 4);
                let sum = b.ins().iadd(x, y);
                b.ins().return_(&[sum]);
                b.seal_all_blocks();
                b.finalize(isa.frontend_config());
                let ctx = compile_for_x64(&isa, func);
                let loads = count_op(&ctx, ir::Opcode::Load);
                assert_eq!(
                    loads,
                    if clobber { 3 } else { 2 },
                    "r {r}, clobber {clobber}"
                );
                let stores = count_op(&ctx, ir::Opcode::Store);
                assert_eq!(
                    stores,
                    11 + 2 + usize::from(clobber),
                    "r {r}, clobber {clobber}"
                );
            }
        }
    }

    /// The vendored constant-phi removal keeps its solver state in a map by value
    /// (`vendor/cranelift-codegen/PATCHES.md`, "Constant-phi removal with a dense
    /// solver state"): a loop parameter that only ever receives the function's
    /// parameter goes, one that the back edge changes stays. Checked: `set` writing
    /// nothing fails it (the fixpoint never settles).
    #[test]
    fn constant_phis_are_removed() {
        let isa = x64_isa();
        // b0(x, n): jump b1(x, n) | b1(p, q): brif q, b2, b3 | b2: jump b1(p, q - 1)
        // | b3: return p + q
        let mut func = Function::new();
        func.signature.params.push(ir::AbiParam::new(types::I32));
        func.signature.params.push(ir::AbiParam::new(types::I32));
        func.signature.returns.push(ir::AbiParam::new(types::I32));
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let [b0, b1, b2, b3] = [(); 4].map(|_| b.create_block());
        b.append_block_params_for_function_params(b0);
        let p = b.append_block_param(b1, types::I32);
        let q = b.append_block_param(b1, types::I32);
        b.switch_to_block(b0);
        let (x, n) = (b.block_params(b0)[0], b.block_params(b0)[1]);
        b.ins().jump(b1, &[x.into(), n.into()]);
        b.switch_to_block(b1);
        b.ins().brif(q, b2, &[], b3, &[]);
        b.switch_to_block(b2);
        let one = b.ins().iconst(types::I32, 1);
        let next = b.ins().isub(q, one);
        b.ins().jump(b1, &[p.into(), next.into()]);
        b.switch_to_block(b3);
        let sum = b.ins().iadd(p, q);
        b.ins().return_(&[sum]);
        b.seal_all_blocks();
        b.finalize(isa.frontend_config());
        let ctx = compile_for_x64(&isa, func);
        assert_eq!(ctx.func.dfg.block_params(b1), &[q], "{}", ctx.func);
    }

    /// The vendored `MemFlagsSet::insert` finds flags already in the set by a scan
    /// while it holds up to 16 of them, by its hash map past that
    /// (`vendor/cranelift-codegen/PATCHES.md`, "Mem flags found without hashing"):
    /// both give the handle the first insert of the same data gave, a new handle to
    /// new data only, and `get` (the map) agrees. Forty distinct flags (alias
    /// regions, trap codes, flag bits) inserted in a shuffled order, each again right
    /// away and at the end, and earlier ones again at random in between, so that
    /// lookups happen both below and above the scan's limit.
    #[test]
    fn mem_flags_are_found_by_scan_and_by_map_alike() {
        use cranelift_codegen::ir::{AliasRegionData, MemFlagsData, TrapCode};
        let mut func = Function::new();
        let regions: Vec<_> = (0..3)
            .map(|k| {
                func.dfg.alias_regions.insert(AliasRegionData {
                    user_id: k,
                    description: "test".into(),
                })
            })
            .collect();
        let mut all = Vec::new();
        for r in [None, Some(regions[0]), Some(regions[1]), Some(regions[2])] {
            for code in [None, Some(1u8), Some(2)] {
                let mut f = MemFlagsData::new().with_alias_region(r);
                if let Some(c) = code {
                    f = f.with_trap_code(Some(TrapCode::unwrap_user(c)));
                }
                all.push(f);
                all.push(f.with_notrap());
                all.push(f.with_readonly().with_notrap());
                all.push(f.with_aligned());
                all.push(f.with_aligned().with_readonly());
            }
        }
        all.sort_by_key(|f| format!("{f:?}"));
        all.dedup();
        assert!(all.len() >= 40, "{} distinct flags", all.len());
        all.truncate(40);
        let mut rng = crate::translate::bounds::test_rng(7);
        let mut order: Vec<usize> = (0..all.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng(i + 1));
        }
        let set = &mut func.dfg.mem_flags;
        let mut handle = vec![None; all.len()];
        let mut next: Option<u32> = None;
        for (step, &k) in order.iter().enumerate() {
            // Again an earlier one (from the scan or the map), then the new one.
            for &j in &order[..step] {
                if rng(3) == 0 {
                    assert_eq!(Some(set.insert(all[j]).unwrap()), handle[j]);
                }
            }
            let h = set.insert(all[k]).unwrap();
            assert!(handle.iter().all(|&o| o != Some(h)), "step {step}: reused");
            if let Some(n) = next {
                assert_eq!(h.as_u32(), n, "step {step}: not the next handle");
            }
            next = Some(h.as_u32() + 1);
            handle[k] = Some(h);
            assert_eq!(set.insert(all[k]).unwrap(), h);
            assert_eq!(set.get(all[k]), Some(h));
            assert_eq!(set[h], all[k]);
        }
        for (k, f) in all.iter().enumerate() {
            assert_eq!(Some(set.insert(*f).unwrap()), handle[k]);
        }
    }

    /// The vendored egraph pass computes a pure instruction's controlling type once
    /// for its GVN key (`vendor/cranelift-codegen/PATCHES.md`, "One controlling type
    /// per pure node"): the key inserted for an instruction of the function is the
    /// one later copies look up, so two `iadd.i32 x, y` merge, and the type keeps
    /// apart constants of the same bits: `iconst.i32 7` and `iconst.i64 7` both stay
    /// (the first stored to memory as 4 bytes, the second as 8). Checked: inserting
    /// the key with no type (`types::INVALID`) fails the merge.
    #[test]
    fn gvn_keys_carry_the_controlling_type() {
        use cranelift_codegen::ir::MemFlagsData;
        let isa = x64_isa();
        let mut func = Function::new();
        func.signature.params.push(ir::AbiParam::new(types::I64));
        func.signature.params.push(ir::AbiParam::new(types::I32));
        func.signature.params.push(ir::AbiParam::new(types::I32));
        func.signature.returns.push(ir::AbiParam::new(types::I32));
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let b0 = b.create_block();
        b.append_block_params_for_function_params(b0);
        b.switch_to_block(b0);
        let p = b.block_params(b0).to_vec();
        let (a, x, y) = (p[0], p[1], p[2]);
        let s1 = b.ins().iadd(x, y);
        let flags = MemFlagsData::trusted();
        b.ins().store(flags, s1, a, 0);
        let s2 = b.ins().iadd(x, y);
        b.ins().store(flags, s2, a, 4);
        let c32 = b.ins().iconst(types::I32, 7);
        b.ins().store(flags, c32, a, 8);
        let c64 = b.ins().iconst(types::I64, 7);
        b.ins().store(flags, c64, a, 16);
        b.ins().return_(&[s2]);
        b.seal_all_blocks();
        b.finalize(isa.frontend_config());
        let ctx = compile_for_x64(&isa, func);
        assert_eq!(count_op(&ctx, ir::Opcode::Iadd), 1, "{}", ctx.func);
        let f = &ctx.func;
        let mut const_types: Vec<ir::Type> = (f.layout.blocks())
            .flat_map(|bl| f.layout.block_insts(bl))
            .filter(|&i| f.dfg.insts[i].opcode() == ir::Opcode::Iconst)
            .map(|i| f.dfg.value_type(f.dfg.first_result(i)))
            .collect();
        const_types.sort_by_key(|t| t.bits());
        assert_eq!(const_types, [types::I32, types::I64], "{}", ctx.func);
    }

    /// Dead-store elimination reads the alias analysis' observed stores, which the
    /// vendored alias analysis keeps in a dense map (`vendor/cranelift-codegen/
    /// PATCHES.md`, "Observed stores in a dense map"): a store overwritten before
    /// anything observes it goes; one that a load of its region or an explicit trap
    /// (a `trapnz`, as our bounds checks) observes between stays. Checked:
    /// `entry_or_insert` answering without storing its entry fails the observed cases.
    #[test]
    fn observed_stores_decide_dead_stores() {
        use cranelift_codegen::ir::{AliasRegionData, MemFlagsData};
        let isa = x64_isa();
        for between in ["nothing", "load", "trap"] {
            let mut func = Function::new();
            func.signature.params.push(ir::AbiParam::new(types::I64));
            func.signature.params.push(ir::AbiParam::new(types::I32));
            func.signature.returns.push(ir::AbiParam::new(types::I32));
            let region = func.dfg.alias_regions.insert(AliasRegionData {
                user_id: 5,
                description: "test".into(),
            });
            let flags = MemFlagsData::trusted().with_alias_region(Some(region));
            let mut fctx = FunctionBuilderContext::new();
            let mut b = FunctionBuilder::new(&mut func, &mut fctx);
            let b0 = b.create_block();
            b.append_block_params_for_function_params(b0);
            b.switch_to_block(b0);
            let (a, c) = (b.block_params(b0)[0], b.block_params(b0)[1]);
            b.ins().store(flags, c, a, 0);
            let mut ret = c;
            match between {
                "load" => ret = b.ins().load(types::I32, flags, a, 0),
                "trap" => {
                    b.ins().trapnz(c, ir::TrapCode::unwrap_user(3));
                }
                _ => {}
            }
            let d = b.ins().iadd(c, c);
            b.ins().store(flags, d, a, 0);
            b.ins().return_(&[ret]);
            b.seal_all_blocks();
            b.finalize(isa.frontend_config());
            let ctx = compile_for_x64(&isa, func);
            let stores = count_op(&ctx, ir::Opcode::Store);
            let want = if between == "nothing" { 1 } else { 2 };
            assert_eq!(stores, want, "{between}:\n{}", ctx.func);
        }
    }
}
