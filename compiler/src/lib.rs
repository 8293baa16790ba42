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
pub mod module_env;
mod object;
pub mod target;
pub mod toolchain;
mod translate;
pub mod wast;

pub use error::{Error, Result};
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
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            target: Target::host(),
            cpu: Cpu::Baseline,
            optimize: true,
            threads: 0,
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
    let info = module_env::parse(&wasm)?;
    let isa = target::isa(&opts.target, &opts.cpu, opts.optimize)?;
    let oopts = ObjectOptions {
        descriptor_symbol: symbol.to_string(),
        static_imports,
        threads: opts.threads,
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
    let info = module_env::parse(&wasm)?;
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
