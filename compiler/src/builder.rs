//! The library API for build scripts and tools: [`Builder`].

use crate::error::{Error, Result};
use crate::target::{Cpu, Target};
use crate::toolchain::{self, CcOptions, Toolchain};
use crate::{CompileOptions, Features};
use std::path::{Path, PathBuf};

/// Compiles WebAssembly modules to native code for a target, from a `build.rs` or a
/// tool: a module to an object and its C header ([`compile`](Builder::compile)), the
/// runtime library (`libw2nrt.a` and its headers) into a directory such as `OUT_DIR`
/// ([`runtime`](Builder::runtime)), or a module to a standalone executable
/// ([`build_executable`](Builder::build_executable)).
///
/// A new builder compiles for the host with Cranelift's optimizer and the default CPU
/// level; [`Builder::from_cargo_env`] takes the target of the crate a build script
/// builds.
///
/// ```
/// let wat = r#"(module (func (export "add") (param i32 i32) (result i32)
///                 local.get 0 local.get 1 i32.add))"#;
/// let module = wasm2native::Builder::new().compile(wat.as_bytes(), "calc")?;
/// assert_eq!(module.symbol, "w2n_module_calc");
/// assert!(module.object.starts_with(b"\x7fELF"));
/// assert!(module.header.contains("w2n_module_calc"));
///
/// // Written to a directory: calc.o and calc.h.
/// let dir = std::env::temp_dir().join(format!("w2n-doc-{}", std::process::id()));
/// let files = module.write_to(&dir)?;
/// assert_eq!(files.object, dir.join("calc.o"));
/// assert!(files.header.exists());
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), wasm2native::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Builder {
    compile: CompileOptions,
    cc: CcOptions,
}

/// A compiled module, in memory (see [`Builder::compile`]).
#[derive(Clone, Debug)]
pub struct Compiled {
    /// The name given to [`Builder::compile`].
    pub name: String,
    /// The module descriptor's symbol, `w2n_module_<name>` (a `w2n_module`, see
    /// `w2n_abi.h`): what a host passes to `w2n_instantiate`.
    pub symbol: String,
    /// The ELF relocatable object: the compiled functions and the descriptor.
    pub object: Vec<u8>,
    /// A C header declaring the descriptor and documenting the imports and exports.
    pub header: String,
}

/// The files [`Compiled::write_to`] wrote.
#[derive(Clone, Debug)]
pub struct ModuleFiles {
    /// `<name>.o`: the object.
    pub object: PathBuf,
    /// `<name>.h`: the header.
    pub header: PathBuf,
    /// `lib<name>.a`: an archive holding only the object (for `cargo:rustc-link-lib`),
    /// when made by [`Builder::compile_to`].
    pub archive: Option<PathBuf>,
}

/// The runtime library in a directory (see [`Builder::runtime`]).
#[derive(Clone, Debug)]
pub struct Runtime {
    /// The directory: `libw2nrt.a` and `include/`.
    pub dir: PathBuf,
    /// `<dir>/libw2nrt.a`: runtime-support, position-independent (it links into static
    /// and dynamic executables and into shared libraries).
    pub library: PathBuf,
    /// `<dir>/include`: `wasm2native.h` (the embedder API), `w2n_abi.h` and the
    /// runtime's other headers.
    pub include: PathBuf,
}

impl Builder {
    /// A builder for the host target, optimizing, with the default CPU level.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// A builder for the target of the crate being built, from a build script: the
    /// `TARGET` variable Cargo sets (an error when it is unset or not a target
    /// wasm2native supports). The C compiler is found as the `cc` crate finds it
    /// (`CC_<target>`, `CC`, then the usual cross-compiler names).
    pub fn from_cargo_env() -> Result<Builder> {
        let t = std::env::var("TARGET").map_err(|_| {
            Error::Usage(
                "Builder::from_cargo_env: TARGET is not set (not in a build script?)".into(),
            )
        })?;
        Ok(Builder::new().target(Target::parse(&t)?))
    }

    /// Compiles for `target` (see [`Target::parse`]).
    pub fn target(mut self, target: Target) -> Builder {
        self.compile.target = target;
        self
    }

    /// The CPU features the code may use (see [`Cpu::parse`]).
    pub fn cpu(mut self, cpu: Cpu) -> Builder {
        self.compile.cpu = cpu;
        self
    }

    /// Runs Cranelift's optimizer (the default) or not.
    pub fn optimize(mut self, on: bool) -> Builder {
        self.compile.optimize = on;
        self
    }

    /// The WebAssembly feature set modules are validated against (default:
    /// [`Features::All`]).
    pub fn features(mut self, features: Features) -> Builder {
        self.compile.features = features;
        self
    }

    /// All the compilation options at once.
    pub fn options(mut self, options: CompileOptions) -> Builder {
        self.compile = options;
        self
    }

    /// The C toolchain that builds the runtime and links executables.
    pub fn cc(mut self, cc: CcOptions) -> Builder {
        self.cc = cc;
        self
    }

    /// The compilation options in effect.
    pub fn compile_options(&self) -> &CompileOptions {
        &self.compile
    }

    /// Compiles a module (binary `.wasm` or text `.wat`, told apart by content) named
    /// `name`: its descriptor symbol is `w2n_module_<name>`. Its imports are bound at
    /// instantiation, by the resolver given to `w2n_instantiate`.
    pub fn compile(&self, input: &[u8], name: &str) -> Result<Compiled> {
        let symbol = crate::module_symbol(name);
        let object = crate::compile_object(input, &self.compile, false, &symbol)?;
        let header = crate::header::module_header(input, &symbol)?;
        Ok(Compiled {
            name: name.to_string(),
            symbol,
            object,
            header,
        })
    }

    /// [`compile`](Builder::compile)s the module in file `input` (errors name the
    /// file) and writes `<name>.o`, `<name>.h` and `lib<name>.a` (the object in an
    /// archive, made with the target's `ar`) into `dir`. In a build script:
    ///
    /// ```no_run
    /// # fn main() -> wasm2native::Result<()> {
    /// let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    /// let b = wasm2native::Builder::from_cargo_env()?;
    /// let calc = b.compile_to("src/calc.wat", "calc", &out)?;
    /// let rt = b.runtime(&out)?;
    /// // The module first: it calls into the runtime.
    /// calc.cargo_link();
    /// rt.cargo_link();
    /// println!("cargo:rerun-if-changed=src/calc.wat");
    /// # Ok(()) }
    /// ```
    pub fn compile_to(
        &self,
        input: impl AsRef<Path>,
        name: &str,
        dir: &Path,
    ) -> Result<ModuleFiles> {
        let input = input.as_ref();
        let bytes = std::fs::read(input).map_err(|e| Error::Io {
            context: format!("reading {}", input.display()),
            error: e,
        })?;
        let compiled = self.compile(&bytes, name).map_err(|e| e.in_file(input))?;
        let mut files = compiled.write_to(dir)?;
        let archive = dir.join(format!("lib{name}.a"));
        let _ = std::fs::remove_file(&archive);
        let tc = Toolchain::locate(&self.compile.target, &self.cc)?;
        tc.archive(&archive, &[files.object.as_path()])?;
        files.archive = Some(archive);
        Ok(files)
    }

    /// Builds runtime-support for the target (or reuses the build cached in
    /// `WASM2NATIVE_CACHE`, by default `~/.cache/wasm2native`) and writes it into `dir`:
    /// `libw2nrt.a` and `include/` (`wasm2native.h`, the embedder API, and the headers
    /// it includes), as `wasm2native runtime -o DIR` does. Needs the target's C
    /// compiler.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("w2n-doc-rt-{}", std::process::id()));
    /// let rt = wasm2native::Builder::new().runtime(&dir)?;
    /// assert_eq!(rt.library, dir.join("libw2nrt.a"));
    /// assert!(rt.include.join("wasm2native.h").exists());
    /// # std::fs::remove_dir_all(&dir).unwrap();
    /// # Ok::<(), wasm2native::Error>(())
    /// ```
    pub fn runtime(&self, dir: &Path) -> Result<Runtime> {
        let tc = Toolchain::find(&self.compile.target, &self.cc)?;
        let built = tc.runtime()?;
        let include = dir.join("include");
        std::fs::create_dir_all(&include).map_err(|e| Error::Io {
            context: format!("creating {}", include.display()),
            error: e,
        })?;
        let library = dir.join("libw2nrt.a");
        std::fs::copy(built.join("libw2nrt.a"), &library).map_err(|e| Error::Io {
            context: format!("copying the runtime to {}", library.display()),
            error: e,
        })?;
        for (name, data) in toolchain::RUNTIME_FILES {
            if let Some(h) = name.strip_prefix("include/") {
                write(&include.join(h), data)?;
            }
        }
        Ok(Runtime {
            dir: dir.to_path_buf(),
            library,
            include,
        })
    }

    /// Compiles a module and links it with the runtime (and `links`: C sources,
    /// objects or archives that define its non-WASI function imports) into a
    /// standalone executable at `out`, as `wasm2native build` does. The executable runs
    /// the module's `_start` or `main` export (a module with neither is an error); a
    /// trap ends it with `wasm trap: <kind>` and exit code 134.
    ///
    /// ```
    /// let wat = r#"(module
    ///     (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
    ///     (func (export "_start") i32.const 7 call $exit))"#;
    /// let exe = std::env::temp_dir().join(format!("w2n-doc-exe-{}", std::process::id()));
    /// wasm2native::Builder::new().build_executable(wat.as_bytes(), &[], &exe)?;
    /// let status = std::process::Command::new(&exe).status().unwrap();
    /// assert_eq!(status.code(), Some(7));
    /// # std::fs::remove_file(&exe).unwrap();
    /// # Ok::<(), wasm2native::Error>(())
    /// ```
    pub fn build_executable(&self, input: &[u8], links: &[PathBuf], out: &Path) -> Result<()> {
        crate::build_executable(input, &self.compile, &self.cc, links, out)
    }
}

impl Compiled {
    /// Writes `<name>.o` and `<name>.h` into `dir` (created when missing).
    pub fn write_to(&self, dir: &Path) -> Result<ModuleFiles> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            context: format!("creating {}", dir.display()),
            error: e,
        })?;
        let object = dir.join(format!("{}.o", self.name));
        let header = dir.join(format!("{}.h", self.name));
        write(&object, &self.object)?;
        write(&header, self.header.as_bytes())?;
        Ok(ModuleFiles {
            object,
            header,
            archive: None,
        })
    }
}

impl ModuleFiles {
    /// Tells Cargo (from a build script) to link the module's archive into the crate:
    /// prints `cargo:rustc-link-search` and `cargo:rustc-link-lib=static=<name>`. Call
    /// it before [`Runtime::cargo_link`], as the module calls into the runtime.
    ///
    /// # Panics
    /// When the files were not made by [`Builder::compile_to`] (no archive).
    pub fn cargo_link(&self) {
        let archive = self
            .archive
            .as_ref()
            .expect("ModuleFiles::cargo_link: no archive (use Builder::compile_to)");
        cargo_link_static(archive);
    }
}

impl Runtime {
    /// Tells Cargo (from a build script) to link `libw2nrt.a` into the crate: prints
    /// `cargo:rustc-link-search` and `cargo:rustc-link-lib=static=w2nrt`.
    pub fn cargo_link(&self) {
        cargo_link_static(&self.library);
    }
}

/// `cargo:` lines linking the static library at `archive` (`lib<name>.a`).
fn cargo_link_static(archive: &Path) {
    let dir = archive.parent().unwrap_or(Path::new("."));
    let name = archive
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = name.strip_prefix("lib").unwrap_or(&name);
    println!("cargo:rustc-link-search=native={}", dir.display());
    println!("cargo:rustc-link-lib=static={name}");
}

fn write(p: &Path, data: &[u8]) -> Result<()> {
    std::fs::write(p, data).map_err(|e| Error::Io {
        context: format!("writing {}", p.display()),
        error: e,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compile_to_writes_object_header_and_archive() {
        let tmp = toolchain::TempDir::new("builder-test").unwrap();
        let wat = tmp.0.join("m.wat");
        std::fs::write(
            &wat,
            "(module (func (export \"f\") (result i32) i32.const 1))",
        )
        .unwrap();
        let files = Builder::new().compile_to(&wat, "m", &tmp.0).unwrap();
        assert!(std::fs::read(&files.object)
            .unwrap()
            .starts_with(b"\x7fELF"));
        assert!(std::fs::read_to_string(&files.header)
            .unwrap()
            .contains("w2n_module_m"));
        let archive = std::fs::read(files.archive.as_ref().unwrap()).unwrap();
        assert!(archive.starts_with(b"!<arch>\n"));
        // The archive holds the object defining the descriptor.
        assert!(archive.windows(12).any(|w| w == b"w2n_module_m"));
    }

    #[test]
    fn errors_name_the_file() {
        let tmp = toolchain::TempDir::new("builder-test").unwrap();
        let wat = tmp.0.join("bad.wat");
        std::fs::write(&wat, "(module (func (result i32)))").unwrap();
        let e = Builder::new().compile_to(&wat, "bad", &tmp.0).unwrap_err();
        let msg = e.to_string();
        assert!(
            msg.contains("bad.wat") && msg.contains("type mismatch"),
            "{msg}"
        );
        let missing = tmp.0.join("missing.wat");
        let e = Builder::new()
            .compile_to(&missing, "x", &tmp.0)
            .unwrap_err();
        assert!(e.to_string().contains("missing.wat"), "{e}");
        assert!(Builder::new().compile(b"\x00asm\x02", "x").is_err());
    }
}
