//! wasm2native: ahead-of-time compilation of WebAssembly modules to native objects and
//! standalone executables, with Cranelift.
//!
//! The pipeline: [`module_env::parse`] (parse + validate) → `translate` (wasm to
//! Cranelift IR, every memory access bounds-checked) → `object` (one ELF object with
//! the functions and the module descriptor) → [`toolchain`] (link with
//! runtime-support into an executable).
#![warn(unreachable_pub)]

pub mod abi;
pub mod error;
pub mod header;
mod layout;
pub mod module_env;
mod object;
pub mod probe;
pub mod target;
pub mod toolchain;
mod translate;
pub mod wast;

pub use error::{Error, Result};
pub use module_env::Features;
pub use object::ObjectOptions;
pub use target::{Cpu, Target};
pub use toolchain::CcOptions;

use std::path::{Path, PathBuf};

/// Options for compiling one module.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    pub target: Target,
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
}

impl CompileOptions {
    /// wasmparser's feature flags for these options.
    pub fn wasm_features(&self) -> wasmparser::WasmFeatures {
        module_env::wasm_features(self.features, self.relaxed_simd)
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
        }
    }
}

/// Compiles a module (binary or text) to an ELF object whose descriptor is `symbol`.
pub fn compile_object(
    input: &[u8],
    opts: &CompileOptions,
    static_imports: bool,
    symbol: &str,
) -> Result<Vec<u8>> {
    let wasm = module_env::wat_to_wasm(input)?;
    let info = module_env::parse_with_features(&wasm, opts.wasm_features())?;
    let isa = target::isa(&opts.target, &opts.cpu, opts.optimize)?;
    let oopts = ObjectOptions {
        descriptor_symbol: symbol.to_string(),
        static_imports,
        threads: opts.threads,
        traps_end_process: false,
    };
    object::emit(&info, isa, &opts.target, &oopts)
}

/// The descriptor symbol for a module named `name` (for embedders).
pub fn module_symbol(name: &str) -> String {
    let mut s = String::from("w2n_module_");
    abi::symbols::escape_into(&mut s, name);
    s
}

/// Compiles a module and links it with runtime-support (and the `links`: C sources,
/// objects or archives providing imports) into a standalone executable at `out`.
pub fn build_executable(
    input: &[u8],
    opts: &CompileOptions,
    cc: &CcOptions,
    links: &[PathBuf],
    out: &Path,
) -> Result<()> {
    let wasm = module_env::wat_to_wasm(input)?;
    let info = module_env::parse_with_features(&wasm, opts.wasm_features())?;
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
        if !matches!(imp.kind, module_env::ImportKind::Func(_)) {
            return Err(Error::Unsupported(format!(
                "an executable cannot import {}.{} (only functions can be provided with --link)",
                imp.module, imp.name
            )));
        }
    }
    let isa = target::isa(&opts.target, &opts.cpu, opts.optimize)?;
    let oopts = ObjectOptions {
        descriptor_symbol: abi::symbols::MAIN_MODULE.to_string(),
        static_imports: true,
        threads: opts.threads,
        traps_end_process: true,
    };
    let obj = object::emit(&info, isa, &opts.target, &oopts)?;
    let tc = toolchain::Toolchain::find(&opts.target, cc)?;
    let rt = tc.runtime()?;
    let tmp = toolchain::TempDir::new("build")?;
    let obj_path = tmp.0.join("module.o");
    std::fs::write(&obj_path, obj).map_err(|e| Error::Io {
        context: obj_path.display().to_string(),
        error: e,
    })?;
    let mut inputs = vec![obj_path];
    for l in links {
        if !l.exists() {
            return Err(Error::Io {
                context: format!("--link {}", l.display()),
                error: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        if l.extension().is_some_and(|e| e == "c") {
            inputs.push(tc.compile_c(l, &tmp.0, &rt.join("include"))?);
        } else {
            inputs.push(l.clone());
        }
    }
    tc.link(&inputs, &rt, out, &import_names)
}

// ---- WASI configuration baked into executables (`--dir`, `--env`) and `run` ----------

/// WASI settings baked into an executable by `build --dir/--env` (and used by `run`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WasiConfig {
    /// Preopened directories: (host path, guest name).
    pub dirs: Vec<(String, String)>,
    /// `K=V` sets K; `K` passes the executable's own K through at run time.
    pub env: Vec<String>,
    /// Pass the executable's whole environment to the guest.
    pub inherit_env: bool,
}

impl WasiConfig {
    /// Parses `--dir HOST[::GUEST]` (Wasmtime's syntax; the guest name defaults to HOST).
    pub fn parse_dir(s: &str) -> (String, String) {
        match s.split_once("::") {
            Some((h, g)) => (h.to_string(), g.to_string()),
            None => (s.to_string(), s.to_string()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.dirs.is_empty() && self.env.is_empty() && !self.inherit_env
    }

    /// The C source defining `w2n_exe_wasi` (read by runtime-support's main.c).
    pub fn c_source(&self) -> String {
        fn lit(s: &str) -> String {
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
        let mut c = String::from(
            "/* Generated by wasm2native build: WASI --dir/--env settings. */\n#include \"wasm2native.h\"\n",
        );
        c.push_str("static const w2n_wasi_preopen dirs[] = {\n");
        for (h, g) in &self.dirs {
            c.push_str(&format!("    {{{}, {}}},\n", lit(h), lit(g)));
        }
        c.push_str("    {0, 0}\n};\nstatic const char* const env[] = {\n");
        for e in &self.env {
            c.push_str(&format!("    {},\n", lit(e)));
        }
        c.push_str("    0\n};\n");
        c.push_str(&format!(
            "const w2n_exe_wasi_config w2n_exe_wasi = {{{}, dirs, {}, env, {}}};\n",
            self.dirs.len(),
            self.env.len(),
            self.inherit_env as i32
        ));
        c
    }
}

/// [`build_executable`] with WASI settings baked in (a generated C file defining
/// `w2n_exe_wasi` is compiled and linked).
pub fn build_executable_wasi(
    input: &[u8],
    opts: &CompileOptions,
    cc: &CcOptions,
    links: &[PathBuf],
    wasi: &WasiConfig,
    out: &Path,
) -> Result<()> {
    if wasi.is_empty() {
        return build_executable(input, opts, cc, links, out);
    }
    let tmp = toolchain::TempDir::new("wasi-config")?;
    let src = tmp.0.join("w2n_exe_wasi_config.c");
    std::fs::write(&src, wasi.c_source()).map_err(|e| Error::Io {
        context: src.display().to_string(),
        error: e,
    })?;
    let mut all = links.to_vec();
    all.push(src);
    build_executable(input, opts, cc, &all, out)
}

/// The executable for `input` with these options, compiled once and cached under
/// [`toolchain::cache_dir`] (keyed by the module's hash, the compiler, the runtime
/// sources and every option). Returns its path.
pub fn cached_executable(
    input: &[u8],
    opts: &CompileOptions,
    cc: &CcOptions,
    wasi: &WasiConfig,
) -> Result<PathBuf> {
    let mut h = toolchain::Fnv::default();
    h.write(input);
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    if let Ok(exe) = std::env::current_exe().and_then(std::fs::metadata) {
        h.write(&exe.len().to_le_bytes());
        if let Ok(t) = exe.modified() {
            h.write(format!("{t:?}").as_bytes());
        }
    }
    for (name, data) in toolchain::RUNTIME_FILES {
        h.write(name.as_bytes());
        h.write(data);
    }
    h.write(format!("{opts:?}").as_bytes());
    h.write(format!("{cc:?}").as_bytes());
    h.write(format!("{wasi:?}").as_bytes());
    let dir = toolchain::cache_dir().join("exe");
    let exe = dir.join(format!("{:016x}", h.0));
    if exe.is_file() {
        return Ok(exe);
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::Io {
        context: dir.display().to_string(),
        error: e,
    })?;
    let tmp = dir.join(format!("{:016x}.tmp{}", h.0, std::process::id()));
    let r = build_executable_wasi(input, opts, cc, &[], wasi, &tmp);
    if let Err(e) = r {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, &exe).map_err(|e| Error::Io {
        context: exe.display().to_string(),
        error: e,
    })?;
    Ok(exe)
}
