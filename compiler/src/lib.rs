//! wasm2native: ahead-of-time compilation of WebAssembly modules to native objects and
//! standalone executables, with Cranelift.
//!
//! As a library (for a `build.rs` or a tool, with `default-features = false`), its
//! API is [`Builder`]: compile a module to an object and its C header, build the
//! runtime library for a target into a directory, build an executable. A host then
//! instantiates and calls compiled modules through the runtime's C API
//! (`runtime-support/include/wasm2native.h`); the README's "Embedding" section and
//! `examples/embed/rust` walk through it. Features: `cli` (the command line, module `cli`;
//! needs clap) and `wast` (the spec-test harness, module `wast`), both on by default.
//!
//! The pipeline: `module_env::parse` (parse + validate) → `translate` (wasm to
//! Cranelift IR, every memory access bounds-checked) → `object` (one ELF object with
//! the functions and the module descriptor) → `toolchain` (link with
//! runtime-support into an executable).
#![warn(unreachable_pub)]
#![warn(missing_docs)]
// Without the command line, some of what only it uses (probes, timings, ...) is unused.
#![cfg_attr(not(feature = "cli"), allow(dead_code))]

// abi.rs and header.rs are being reworked by the C half of issue 20 (generated typed
// headers): their `pub` items are crate-private in effect (the modules are private) and
// become `pub(crate)` with `cargo fix --lib -p wasm2native` once that work is merged.
#[allow(unreachable_pub)]
mod abi;
mod builder;
#[cfg(feature = "cli")]
mod cache;
mod callgraph;
#[cfg(feature = "cli")]
pub mod cli;
mod error;
#[allow(unreachable_pub)]
mod header;
mod inline;
mod layout;
mod module_env;
mod object;
mod probe;
#[cfg(feature = "cli")]
mod run;
mod self_guard;
mod target;
mod timings;
mod toolchain;
mod translate;
mod types;
#[cfg(feature = "wast")]
#[allow(missing_docs)] // the test suite's harness, not a stable API
pub mod wast;

pub use builder::{Builder, Compiled, ModuleFiles, Runtime};
pub use error::{Error, Result};
pub use module_env::Features;
use object::ObjectOptions;
pub use target::{Cpu, Target};
pub use toolchain::CcOptions;

use std::path::{Path, PathBuf};

/// Options for compiling one module.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    /// The target the code is for (default: the host).
    pub target: Target,
    /// The CPU features the code may use (default: [`Cpu::Default`]).
    pub cpu: Cpu,
    /// Run Cranelift's optimizer (`opt_level=speed`).
    pub optimize: bool,
    /// Compile on this many threads (0: one per CPU).
    pub threads: usize,
    /// The WebAssembly feature set modules are validated against.
    pub features: Features,
    /// Also accept the relaxed SIMD instructions (Wasm 3.0), lowered deterministically:
    /// the same result on every target and CPU level (see `translate::simd`).
    pub relaxed_simd: bool,
    /// Also accept the legacy exception-handling instructions (`try`, `catch`,
    /// `catch_all`, `delegate`, `rethrow`), as older toolchains emit them.
    pub legacy_exceptions: bool,
    /// Run the bounds-check optimizer (`translate::bounds`). Off only to measure what
    /// it gains: every access keeps the check the translator emitted.
    pub bounds_opt: bool,
    /// Devirtualize `call_indirect` through tables nothing changes after instantiation
    /// (`translate::devirt`). Off only to measure what it gains.
    pub devirt: bool,
    /// Fold immutable, unexported globals to constants (`translate::globals_fold`). Off
    /// only to measure what it gains.
    pub global_fold: bool,
    /// Fold the shift/and/or trees clang expands byte swaps into back to `bswap`
    /// (`translate::bytes`). Off only to measure what it gains.
    pub byte_swaps: bool,
    /// Inline small and single-call functions into their callers (`inline`). Off to
    /// measure what it gains, or for CLIF that shows every function as translated.
    pub inline: bool,
    /// Drop the stack-limit check from functions whose whole call tree is finite and
    /// small (`callgraph`). Off to measure what it gains.
    pub stack_check_elim: bool,
    /// Place memory 0 at a constant offset from the instance (`abi::MEM0_OFFSET`), so
    /// that compiled code reads memory 0's size at a constant distance from its base and
    /// one value serves accesses and bounds checks (x86_64; see `object::mem0_offset`).
    /// Off to measure what it gains.
    pub mem0_at_vmctx: bool,
    /// Carry loop pointers (i32 block parameters used as addresses) zero-extended to 64
    /// bits, so their accesses need no extension (x86_64; `translate::wide_params`). Off
    /// to measure what it gains.
    pub wide_params: bool,
}

impl CompileOptions {
    /// wasmparser's feature flags for these options.
    pub(crate) fn wasm_features(&self) -> wasmparser::WasmFeatures {
        let mut f = module_env::wasm_features(self.features, self.relaxed_simd);
        if self.legacy_exceptions && self.features == Features::All {
            f |= wasmparser::WasmFeatures::LEGACY_EXCEPTIONS;
        }
        f
    }
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            target: Target::host(),
            cpu: Cpu::Default,
            optimize: true,
            threads: 0,
            features: Features::All,
            relaxed_simd: false,
            legacy_exceptions: false,
            bounds_opt: true,
            devirt: true,
            global_fold: true,
            byte_swaps: true,
            inline: true,
            stack_check_elim: true,
            mem0_at_vmctx: true,
            wide_params: true,
        }
    }
}

/// Compiles a module (binary or text) to an ELF object whose descriptor is `symbol`
/// (see [`module_symbol`]; [`Builder::compile`] is the usual way in). With
/// `static_imports`, the descriptor also references each function import's C provider
/// `w2n_import_<module>_<name>`, to be defined by the link (as in executables);
/// without, imports are only bound at instantiation, by the embedder's resolver.
pub fn compile_object(
    input: &[u8],
    opts: &CompileOptions,
    static_imports: bool,
    symbol: &str,
) -> Result<Vec<u8>> {
    emit_object(input, opts, static_imports, symbol, None, None)
}

/// [`compile_object`], and the CLIF every defined function had when Cranelift received
/// it, as [`compile_clif`] gives it (`compile --emit-clif`).
pub fn compile_object_with_clif(
    input: &[u8],
    opts: &CompileOptions,
    static_imports: bool,
    symbol: &str,
) -> Result<(Vec<u8>, String)> {
    let (obj, clif, _) =
        compile_object_with_clifs(input, opts, static_imports, symbol, true, false)?;
    Ok((obj, clif.unwrap_or_default()))
}

/// [`compile_object`], and the CLIF of every defined function in function index order:
/// with `before`, as Cranelift received it (as [`compile_clif`] gives it, `compile
/// --emit-clif`); with `after`, as Cranelift's optimizer left it, which is what it
/// lowered to machine code (`compile --emit-clif-optimized`; `wasmtime compile
/// --emit-clif` writes this stage). The object is the same either way.
pub fn compile_object_with_clifs(
    input: &[u8],
    opts: &CompileOptions,
    static_imports: bool,
    symbol: &str,
    before: bool,
    after: bool,
) -> Result<(Vec<u8>, Option<String>, Option<String>)> {
    let new_sink = |on: bool| on.then(|| std::sync::Arc::new(std::sync::Mutex::new(Vec::new())));
    let (sink, sink_opt) = (new_sink(before), new_sink(after));
    let obj = emit_object(
        input,
        opts,
        static_imports,
        symbol,
        sink.clone(),
        sink_opt.clone(),
    )?;
    let text = |sink: Option<std::sync::Arc<object::ClifSink>>| {
        sink.map(|sink| {
            let mut funcs = std::mem::take(&mut *sink.lock().unwrap());
            funcs.sort_by_key(|f| f.0);
            funcs
                .into_iter()
                .map(|f| f.1)
                .collect::<Vec<_>>()
                .join("\n")
        })
    };
    Ok((obj, text(sink), text(sink_opt)))
}

fn emit_object(
    input: &[u8],
    opts: &CompileOptions,
    static_imports: bool,
    symbol: &str,
    clif: Option<std::sync::Arc<object::ClifSink>>,
    clif_optimized: Option<std::sync::Arc<object::ClifSink>>,
) -> Result<Vec<u8>> {
    use timings::{time, Phase};
    let wasm = time(Phase::Parse, || module_env::wat_to_wasm(input))?;
    let info = time(Phase::Parse, || {
        module_env::parse_with_features(&wasm, opts.wasm_features())
    })?;
    let isa = target::isa(&opts.target, &opts.cpu, opts.optimize)?;
    let oopts = ObjectOptions {
        descriptor_symbol: symbol.to_string(),
        static_imports,
        threads: opts.threads,
        traps_end_process: false,
        bounds_opt: opts.bounds_opt,
        devirt: opts.devirt,
        global_fold: opts.global_fold,
        byte_swaps: opts.byte_swaps,
        inline: opts.inline && opts.optimize,
        stack_check_elim: opts.stack_check_elim,
        mem0_at_vmctx: opts.mem0_at_vmctx,
        wide_params: opts.wide_params,
        image: None,
        clif,
        clif_optimized,
    };
    // Function bodies are validated as they are translated.
    time(Phase::Emit, || {
        object::emit(&info, isa, &opts.target, &oopts)
    })
    .map_err(|e| in_function(&wasm, e))
}

/// The Cranelift IR (CLIF text) of every defined function of a module (binary or
/// text) as Cranelift receives it: after translation and the bounds-check optimizer
/// (`translate::bounds`), in function index order. Compiles the module as
/// [`compile_object`] does (for an embedder: `traps_end_process` off). For tests
/// and for inspecting what the optimizer did.
pub fn compile_clif(input: &[u8], opts: &CompileOptions) -> Result<String> {
    Ok(compile_object_with_clif(input, opts, false, "w2n_module_t")?.1)
}

/// Adds the function a function body's validation error is in (`func[N]`, with its
/// name from the name section or an export when it has one) to the error's message.
fn in_function(wasm: &[u8], e: Error) -> Error {
    let Error::InvalidWasm { message, offset } = e else {
        return e;
    };
    use wasmparser::{ExternalKind, KnownCustom, Name, Payload, TypeRef};
    let (mut imported, mut defined, mut found) = (0u32, 0u32, None);
    let mut names = std::collections::HashMap::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let Ok(payload) = payload else { break };
        match payload {
            Payload::ImportSection(r) => {
                for imp in r.into_imports().flatten() {
                    imported += matches!(imp.ty, TypeRef::Func(_)) as u32;
                }
            }
            Payload::ExportSection(r) => {
                for e in r.into_iter().flatten() {
                    if e.kind == ExternalKind::Func {
                        names.entry(e.index).or_insert(e.name);
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                if body.range().contains(&(offset as u64)) {
                    found = Some(imported + defined);
                }
                defined += 1;
            }
            Payload::CustomSection(c) => {
                if let KnownCustom::Name(r) = c.as_known() {
                    for n in r.into_iter().flatten() {
                        if let Name::Function(map) = n {
                            for naming in map.into_iter().flatten() {
                                names.insert(naming.index, naming.name);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let message = match found {
        Some(f) => match names.get(&f) {
            Some(name) => format!("{message} (in func[{f}] `{name}`)"),
            None => format!("{message} (in func[{f}])"),
        },
        None => message,
    };
    Error::InvalidWasm { message, offset }
}

/// The C header of a module (binary or text) whose descriptor is `symbol`: what
/// [`Builder::compile`] puts in [`Compiled::header`].
pub fn module_header(input: &[u8], symbol: &str) -> Result<String> {
    header::module_header(input, symbol)
}

/// The C header of the binary contract between compiled code and the runtime
/// (`runtime-support/include/w2n_abi.h`, which `wasm2native.h` includes), generated
/// from the compiler's ABI definitions.
///
/// ```
/// assert!(wasm2native::abi_header().contains("typedef struct w2n_instance"));
/// ```
pub fn abi_header() -> String {
    abi::c_header()
}

/// The descriptor symbol for a module named `name` (for embedders).
///
/// ```
/// assert_eq!(wasm2native::module_symbol("calc"), "w2n_module_calc");
/// ```
pub fn module_symbol(name: &str) -> String {
    let mut s = String::from("w2n_module_");
    abi::symbols::escape_into(&mut s, name);
    s
}

/// Compiles a module and links it with runtime-support (and the `links`: C sources,
/// objects or archives providing imports) into a standalone executable at `out`. The
/// executable runs `_start` or `main`; a module with neither is an error.
pub(crate) fn build_executable(
    input: &[u8],
    opts: &CompileOptions,
    cc: &CcOptions,
    links: &[PathBuf],
    out: &Path,
) -> Result<()> {
    build_executable_wasi(input, opts, cc, links, &WasiConfig::default(), out)
}

/// [`build_executable`] after the generated configuration (if any) joined `links`.
fn build_linked(
    input: &[u8],
    opts: &CompileOptions,
    cc: &CcOptions,
    links: &[PathBuf],
    out: &Path,
    wasi: &WasiConfig,
) -> Result<()> {
    use timings::{time, Phase};
    // Before the compile, so that a typo costs no time.
    if let Some(l) = links.iter().find(|l| !l.exists()) {
        return Err(Error::Io {
            context: format!("--link {}", l.display()),
            error: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let wasm = time(Phase::Parse, || module_env::wat_to_wasm(input))?;
    let info = time(Phase::Parse, || {
        module_env::parse_with_features(&wasm, opts.wasm_features())
    })?;
    let import_names: Vec<(String, String)> = info
        .imports
        .iter()
        .filter(|i| matches!(i.kind, module_env::ImportKind::Func(_)))
        .map(|i| {
            (
                abi::symbols::import(&i.module, &i.name),
                format!("{}.{}", i.module, i.name),
            )
        })
        .collect();
    for imp in &info.imports {
        // `env.memory`: the memory of wasi-threads programs, created by the executable.
        let env_memory = matches!(imp.kind, module_env::ImportKind::Memory(_))
            && imp.module == "env"
            && imp.name == "memory";
        if !matches!(imp.kind, module_env::ImportKind::Func(_)) && !env_memory {
            return Err(Error::Unsupported(format!(
                "an executable cannot import {}.{}: only function imports (by WASI or by \
                 linked C code) and a memory `env.memory` can be provided",
                imp.module, imp.name
            )));
        }
    }
    let isa = target::isa(&opts.target, &opts.cpu, opts.optimize)?;
    let image = memory_image(&info).map(std::sync::Arc::new);
    let oopts = ObjectOptions {
        descriptor_symbol: abi::symbols::MAIN_MODULE.to_string(),
        static_imports: true,
        threads: opts.threads,
        traps_end_process: true,
        bounds_opt: opts.bounds_opt,
        devirt: opts.devirt,
        global_fold: opts.global_fold,
        byte_swaps: opts.byte_swaps,
        inline: opts.inline && opts.optimize,
        stack_check_elim: opts.stack_check_elim,
        mem0_at_vmctx: opts.mem0_at_vmctx,
        wide_params: opts.wide_params,
        image,
        clif: None,
        clif_optimized: None,
    };
    let obj = time(Phase::Emit, || {
        object::emit(&info, isa, &opts.target, &oopts)
    })
    .map_err(|e| in_function(&wasm, e))?;
    // After the compile, so that an invalid module is reported as such first.
    wasi.check_entry(&info)?;
    let (tc, rt) = time(Phase::Runtime, || {
        let tc = toolchain::Toolchain::find(&opts.target, cc)?;
        let rt = tc.runtime()?;
        Ok::<_, Error>((tc, rt))
    })?;
    let region = object::mem0_offset(&info, &opts.target, &oopts)
        .and_then(|_| info.memories.first())
        .map(|m| m.min)
        .filter(|&pages| pages <= MEM0_REGION_MAX_PAGES);
    time(Phase::Link, || {
        link(&tc, &rt, obj, region, links, &import_names, out)
    })
}

/// The largest initial size (in wasm pages) of a memory 0 that an executable holds in its
/// own bss (`mem0_region_object`): with the instance's 64 KiB and the runtime's large
/// variables (its start-up arena and alternate signal stack, about 100 KiB) and the
/// guard band (64 KiB), the bss
/// stays under 2 MiB, so that no transparent huge page can back any of it (as for the
/// first 1,984 KiB of a reservation, runtime-support/src/memory.c). C programs built
/// by clang for WASI start with 2 pages, Rust ones with 17.
const MEM0_REGION_MAX_PAGES: u64 = 24;

/// The relocatable object (x86_64 ELF) of an executable's region for its instance and
/// memory 0 (runtime-support/src/memory.c, `w2n_main_mem0`): the instance's
/// W2N_MEM0_OFFSET bytes then memory 0's initial `pages` and the guard band
/// (`abi::GUARD_BAND`), zero-filled, in `.lbss` (after
/// every other variable: the object is linked after the runtime), with a page more for
/// the runtime to start it at a page boundary: a page-aligned section would align the
/// whole `.lbss`, moving the start-up arena off the page the small variables share; and
/// `w2n_main_mem0_pages`. Written here rather than compiled from C (a C compiler run
/// costs a build about 30 ms). An executable whose memory lives there makes no `mmap`
/// for it at start-up, and its first pages share the executable's page tables (README
/// "Start-up").
fn mem0_region_object(pages: u64) -> Result<Vec<u8>> {
    use ::object::write::{Object, Symbol, SymbolSection};
    use ::object::{
        Architecture, BinaryFormat, Endianness, SectionKind, SymbolFlags, SymbolKind, SymbolScope,
    };
    let mut o = Object::new(BinaryFormat::Elf, Architecture::X86_64, Endianness::Little);
    let mut define = |section: &[u8], kind, name: &[u8], data: Option<&[u8]>, size: u64, align| {
        let id = o.add_section(Vec::new(), section.to_vec(), kind);
        let at = match data {
            Some(d) => o.append_section_data(id, d, align),
            None => o.append_section_bss(id, size, align),
        };
        o.add_symbol(Symbol {
            name: name.to_vec(),
            value: at,
            size,
            kind: SymbolKind::Data,
            scope: SymbolScope::Linkage,
            weak: false,
            section: SymbolSection::Section(id),
            flags: SymbolFlags::None,
        });
    };
    // The guard band after the initial pages (the runtime makes it `PROT_NONE`).
    let size = abi::MEM0_OFFSET + pages * abi::PAGE_SIZE + abi::GUARD_BAND + 4096;
    define(
        b".lbss.w2n_mem0",
        SectionKind::UninitializedData,
        b"w2n_main_mem0",
        None,
        size,
        64,
    );
    define(
        b".rodata.w2n_main_mem0_pages",
        SectionKind::ReadOnlyData,
        b"w2n_main_mem0_pages",
        Some(&pages.to_le_bytes()),
        8,
        8,
    );
    // A stack that is not executable (without the note, the linker makes it executable).
    o.add_section(Vec::new(), b".note.GNU-stack".to_vec(), SectionKind::Linker);
    o.write()
        .map_err(|e| Error::Toolchain(format!("writing the memory 0 region's object: {e}")))
}

/// Where an executable with a memory 0 region is linked: its first segment at a 2 MiB
/// boundary, `estimate` bytes (its size, rounded up generously) below a 1 GiB boundary,
/// so that the memory's reservation, mapped right after the executable, spans few
/// addresses of the GiB the executable's page tables populate (each costs at exit:
/// 4 GiB from 0x500000 took 5 us more than from 64 MiB below the boundary, bench/timer.c);
/// None for an executable too large for that.
fn mem0_region_text(estimate: u64) -> Option<u64> {
    const GIB: u64 = 1 << 30;
    const HUGE: u64 = 2 << 20;
    let room = estimate.checked_add(HUGE - 1)? & !(HUGE - 1);
    (room <= GIB / 2).then(|| GIB - room)
}

/// Images smaller than this are copied at start-up as before (opening the executable
/// and mapping costs more than copying a few pages), so they get no image.
const MIN_IMAGE: u64 = 32 * 1024;

/// Where an image starts: a multiple of the smallest page size of the targets (the
/// runtime copies instead of mapping on a system with larger pages).
const IMAGE_ALIGN: u64 = 4096;

/// The initial contents of memory 0 from the page of its first data segment to the end
/// of its last (`memory_image`); `object::emit` places the bytes page-aligned in the
/// executable's read-only data, as `abi::symbols::MAIN_IMAGE`.
#[derive(Debug)]
pub(crate) struct MemoryImage {
    /// The address in memory 0 of the first byte: a multiple of `IMAGE_ALIGN`. Rust's
    /// programs put their data above a 1 MiB stack, which the executable does not hold.
    pub start: u64,
    pub bytes: Vec<u8>,
}

/// The initial contents of memory 0, laid out at build time so the executable maps them
/// copy-on-write from its own file instead of copying each data segment into fresh
/// pages (Wasmtime's `memory-init-cow`, done by the linker): `None` unless every active
/// data segment writes memory 0 (defined, not shared) at a constant offset within its
/// initial size, so that applying them can neither trap nor depend on imports, and the
/// image is at least `MIN_IMAGE` bytes. The image starts at the page of the lowest
/// non-empty segment and ends at the last segment's end; the segments' own bytes are
/// then left out of the module's descriptor (the runtime never reads them).
fn memory_image(info: &module_env::ModuleInfo<'_>) -> Option<MemoryImage> {
    let mem = info.memories.first()?;
    if mem.imported || mem.shared {
        return None;
    }
    let size = mem.min.checked_mul(abi::PAGE_SIZE)?;
    let mut placed = Vec::new();
    let mut end = 0u64;
    let mut first = u64::MAX;
    for d in &info.data {
        let Some(off) = &d.offset else { continue };
        if d.memory != 0 || off.kind != abi::const_kind::VALUE {
            return None;
        }
        let at = if mem.index64 {
            off.value
        } else {
            off.value as u32 as u64
        };
        let e = at.checked_add(d.bytes.len() as u64)?;
        if e > size {
            return None;
        }
        if !d.bytes.is_empty() {
            end = end.max(e);
            first = first.min(at);
            placed.push((at, d.bytes));
        }
    }
    let start = first.checked_sub(first % IMAGE_ALIGN)?;
    if end.checked_sub(start)? < MIN_IMAGE {
        return None;
    }
    let mut bytes = vec![0u8; usize::try_from(end - start).ok()?];
    for (at, b) in placed {
        let at = (at - start) as usize;
        bytes[at..at + b.len()].copy_from_slice(b);
    }
    Some(MemoryImage { start, bytes })
}

/// Writes the module's object next to the `links` (compiling C sources) and links
/// them with the runtime into `out`.
#[allow(clippy::too_many_arguments)]
fn link(
    tc: &toolchain::Toolchain,
    rt: &Path,
    obj: Vec<u8>,
    region: Option<u64>,
    links: &[PathBuf],
    import_names: &[(String, String)],
    out: &Path,
) -> Result<()> {
    let tmp = toolchain::TempDir::new("build")?;
    let obj_path = tmp.0.join("module.o");
    std::fs::write(&obj_path, obj).map_err(|e| Error::Io {
        context: format!("writing {}", obj_path.display()),
        error: e,
    })?;
    let mut inputs = vec![obj_path];
    for l in links {
        if l.extension().is_some_and(|e| e == "c") {
            inputs.push(tc.compile_c(l, &tmp.0, &rt.join("include"))?);
        } else {
            inputs.push(l.clone());
        }
    }
    let mut region_obj = None;
    if let Some(pages) = region.filter(|_| tc.mem0_region_ok()) {
        let o = tmp.0.join("w2n_main_mem0.o");
        std::fs::write(&o, mem0_region_object(pages)?).map_err(|e| Error::Io {
            context: format!("writing {}", o.display()),
            error: e,
        })?;
        // The inputs' sizes, the region and 1 MiB for the runtime and the C library:
        // more than the executable takes (the rest of the GiB costs little).
        let inputs_len: u64 = inputs
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        let estimate = inputs_len + abi::MEM0_OFFSET + pages * abi::PAGE_SIZE + (1 << 20);
        region_obj = mem0_region_text(estimate).map(|text| (o, text));
    }
    tc.link_with(
        &inputs,
        rt,
        out,
        import_names,
        region_obj.as_ref().map(|(o, t)| (o.as_path(), *t)),
    )
}

// ---- What executables are configured with (`--dir`, `--env`, `--entry`, `run`) -------

/// Settings baked into an executable by `build` (`--dir`, `--env`, `--inherit-env`,
/// `--entry`), or the mark of an executable built for `run`'s cache, which takes them
/// at run time instead.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct WasiConfig {
    /// Preopened directories: (host path, guest name).
    pub(crate) dirs: Vec<(String, String)>,
    /// `K=V` sets K; `K` passes the executable's own K through at run time.
    pub(crate) env: Vec<String>,
    /// Pass the executable's whole environment to the guest.
    pub(crate) inherit_env: bool,
    /// The export to call instead of `_start`/`main` (`build --entry`).
    pub(crate) entry: Option<String>,
    /// Built for `wasm2native run`'s cache: the executable accepts its WASI settings,
    /// `argv[0]` and `--invoke` from private leading arguments (`--w2n-run-cache ...
    /// --`, given only by `run`) instead of baking them. Executables of `build` never
    /// honour those arguments. Such an executable needs no `_start` or `main`.
    pub(crate) run_cache: bool,
}

/// The private first argument of executables built for the run cache (see
/// [`WasiConfig::run_cache`] and runtime-support/src/run_cache.c).
pub(crate) const RUN_CACHE_ARG: &str = "--w2n-run-cache";

impl WasiConfig {
    /// Parses `--dir HOST[::GUEST]` (Wasmtime's syntax; the guest name defaults to HOST).
    pub(crate) fn parse_dir(s: &str) -> (String, String) {
        match s.split_once("::") {
            Some((h, g)) => (h.to_string(), g.to_string()),
            None => (s.to_string(), s.to_string()),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.dirs.is_empty()
            && self.env.is_empty()
            && !self.inherit_env
            && self.entry.is_none()
            && !self.run_cache
    }

    /// Checks that the executable will have something to run: the `--entry` export is
    /// a function, or (without `--entry`) the module exports `_start` or `main`.
    fn check_entry(&self, info: &module_env::ModuleInfo<'_>) -> Result<()> {
        if self.run_cache {
            return Ok(());
        }
        let func = |name: &str| {
            info.exports
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.kind == abi::extern_kind::FUNC)
        };
        match &self.entry {
            Some(name) => match func(name) {
                Some(true) if !name.contains('\0') => Ok(()),
                Some(true) => Err(Error::Usage(format!(
                    "--entry {name:?}: an entry name cannot contain a NUL character"
                ))),
                Some(false) => Err(Error::Usage(format!(
                    "--entry {name}: the export `{name}` is not a function"
                ))),
                None => Err(Error::Usage(format!(
                    "--entry {name}: the module has no export named `{name}`{}",
                    exported_funcs_hint(info)
                ))),
            },
            None if func("_start") == Some(true) || func("main") == Some(true) => Ok(()),
            None => Err(Error::Usage(format!(
                "the module exports neither `_start` nor `main`, so the executable would do \
                 nothing. To call one of its functions at start-up, pass `--entry NAME`; \
                 to call one once, use `wasm2native run --invoke NAME MODULE [ARGS]...`; \
                 for a library, use `wasm2native compile` and link the object into a host{}",
                exported_funcs_hint(info)
            ))),
        }
    }

    /// The C source defining `w2n_exe_wasi` (read by runtime-support's main.c), and
    /// `w2n_exe_entry` / `w2n_exe_run_cache` when set.
    pub(crate) fn c_source(&self) -> String {
        let mut c = String::from(
            "/* Generated by wasm2native build: --dir/--env/--entry settings. */\n#include \"wasm2native.h\"\n",
        );
        c.push_str("static const w2n_wasi_preopen dirs[] = {\n");
        for (h, g) in &self.dirs {
            c.push_str(&format!("    {{{}, {}}},\n", c_lit(h), c_lit(g)));
        }
        c.push_str("    {0, 0}\n};\nstatic const char* const env[] = {\n");
        for e in &self.env {
            c.push_str(&format!("    {},\n", c_lit(e)));
        }
        c.push_str("    0\n};\n");
        c.push_str(&format!(
            "const w2n_exe_wasi_config w2n_exe_wasi = {{{}, dirs, {}, env, {}}};\n",
            self.dirs.len(),
            self.env.len(),
            self.inherit_env as i32
        ));
        if let Some(e) = &self.entry {
            c.push_str(&format!(
                "const char* const w2n_exe_entry = {};\n",
                c_lit(e)
            ));
        }
        if self.run_cache {
            // The reference pulls run_cache.c out of the runtime's archive.
            c.push_str(
                "int w2n_run_cache_main(int argc, char** argv);\n\
                 int (*const w2n_exe_run_cache)(int, char**) = w2n_run_cache_main;\n",
            );
        }
        c
    }
}

/// ", it exports these functions: a, b, c" (up to 8), or "" when it exports none.
fn exported_funcs_hint(info: &module_env::ModuleInfo<'_>) -> String {
    let names: Vec<&str> = info
        .exports
        .iter()
        .filter(|e| e.kind == abi::extern_kind::FUNC)
        .map(|e| e.name.as_str())
        .collect();
    match names.len() {
        0 => " (it exports no functions)".into(),
        n if n <= 8 => format!(" (exported functions: {})", names.join(", ")),
        n => format!(
            " (exported functions: {}, and {} more)",
            names[..8].join(", "),
            n - 8
        ),
    }
}

/// A C string literal holding `s` exactly (octal escapes for anything unusual).
fn c_lit(s: &str) -> String {
    let mut o = String::from("\"");
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b" _-./:=+,@%".contains(&b) {
            o.push(b as char);
        } else {
            o.push_str(&format!("\\{b:03o}"));
        }
    }
    o.push('"');
    o
}

/// [`build_executable`] with settings baked in (a generated C file defining
/// `w2n_exe_wasi`, and `w2n_exe_entry`/`w2n_exe_run_cache` when set, is compiled and
/// linked).
pub(crate) fn build_executable_wasi(
    input: &[u8],
    opts: &CompileOptions,
    cc: &CcOptions,
    links: &[PathBuf],
    wasi: &WasiConfig,
    out: &Path,
) -> Result<()> {
    if wasi.is_empty() {
        return build_linked(input, opts, cc, links, out, wasi);
    }
    let tmp = toolchain::TempDir::new("wasi-config")?;
    let src = tmp.0.join("w2n_exe_wasi_config.c");
    std::fs::write(&src, wasi.c_source()).map_err(|e| Error::Io {
        context: format!("writing {}", src.display()),
        error: e,
    })?;
    let mut all = links.to_vec();
    all.push(src);
    build_linked(input, opts, cc, &all, out, wasi)
}
