//! The C toolchain: finding the target's compiler (through the cc crate, which honours
//! `CC`/`CC_<target>`), building and caching runtime-support, and linking executables.

use crate::error::{Error, Result};
use crate::target::Target;
use std::path::{Path, PathBuf};
use std::process::Command;

mod files {
    include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));
}
pub(crate) use files::RUNTIME_FILES;

/// Options for the C side of a build.
#[derive(Clone, Debug, Default)]
pub struct CcOptions {
    /// Explicit C compiler (overrides the cc crate's choice).
    pub cc: Option<PathBuf>,
    /// `--sysroot` for the C compiler.
    pub sysroot: Option<PathBuf>,
    /// `Some(true)`: link statically; `Some(false)`: dynamically; `None` (default):
    /// statically when the target's static C library is installed, else dynamically.
    pub static_link: Option<bool>,
}

/// A found C compiler for a target.
pub(crate) struct Toolchain {
    pub target: Target,
    tool: cc::Tool,
    opts: CcOptions,
}

fn package_hint(target: &Target) -> String {
    crate::probe::debian_toolchain_packages(&target.name)
}

impl Toolchain {
    /// Finds the C compiler for `target`, checking that it runs.
    pub(crate) fn find(target: &Target, opts: &CcOptions) -> Result<Toolchain> {
        let tc = Toolchain::locate(target, opts)?;
        let probe = tc.tool.to_command().arg("--version").output();
        match probe {
            Ok(o) if o.status.success() => Ok(tc),
            _ => Err(Error::Toolchain(format!(
                "C compiler `{}` for {} is not usable; install {} or set CC_{}",
                tc.tool.path().display(),
                target.name,
                package_hint(target),
                target.name.replace('-', "_")
            ))),
        }
    }

    /// Chooses the C compiler for `target` (the cc crate's choice, `CC_<target>`, or
    /// `--cc`) without running it.
    pub(crate) fn locate(target: &Target, opts: &CcOptions) -> Result<Toolchain> {
        let tool = cc_build(target, opts, Path::new("."))
            .try_get_compiler()
            .map_err(|e| {
                Error::Toolchain(format!(
                    "no C compiler for {}: {e} (install {})",
                    target.name,
                    package_hint(target)
                ))
            })?;
        Ok(Toolchain {
            target: target.clone(),
            tool,
            opts: opts.clone(),
        })
    }

    /// The compiler driver (as the cc crate found it, or `--cc`).
    pub(crate) fn compiler_path(&self) -> &Path {
        self.tool.path()
    }

    /// A command running the compiler with the build's flags (and `--sysroot`).
    pub(crate) fn command(&self) -> Command {
        let mut c = self.tool.to_command();
        if let Some(s) = &self.opts.sysroot {
            c.arg(format!("--sysroot={}", s.display()));
        }
        c
    }

    /// Builds runtime-support for this target (or reuses the cached build). Returns the
    /// directory holding `libw2nrt.a` and `include/`.
    pub(crate) fn runtime(&self) -> Result<PathBuf> {
        let mut h = Fnv::default();
        for (name, data) in RUNTIME_FILES {
            h.write(name.as_bytes());
            h.write(data);
        }
        h.write(self.target.name.as_bytes());
        h.write(RUNTIME_CFLAGS_TAG.as_bytes());
        h.write(self.tool.path().as_os_str().as_encoded_bytes());
        for a in self.tool.args() {
            h.write(a.as_encoded_bytes());
        }
        if let Some(s) = &self.opts.sysroot {
            h.write(s.as_os_str().as_encoded_bytes());
        }
        let dir = cache_dir().join(format!(
            "runtime-{}-{}-{:016x}",
            env!("CARGO_PKG_VERSION"),
            self.target.name,
            h.0
        ));
        if dir.join("libw2nrt.a").exists() {
            return Ok(dir);
        }
        // A scratch directory unique to this build (process and call), renamed into
        // place when complete. (Not `with_extension`: the name contains dots.)
        let tmp = unique_sibling(&dir);
        let _ = std::fs::remove_dir_all(&tmp);
        for (name, data) in RUNTIME_FILES {
            let p = tmp.join(name);
            std::fs::create_dir_all(p.parent().unwrap()).map_err(|e| io(&p, e))?;
            std::fs::write(&p, data).map_err(|e| io(&p, e))?;
        }
        let mut b = cc_build(&self.target, &self.opts, &tmp);
        b.include(tmp.join("include"));
        for (name, _) in RUNTIME_FILES.iter().filter(|(n, _)| n.ends_with(".c")) {
            b.file(tmp.join(name));
        }
        if let Err(e) = b.try_compile("w2nrt") {
            let _ = std::fs::remove_dir_all(&tmp);
            // The compiler's own message is lost in the cc crate's error: the probe of
            // `wasm2native targets` says what is missing and which package provides it.
            return Err(match crate::probe::probe(&self.target, &self.opts) {
                Ok(r) if !r.missing.is_empty() && !r.usable() => Error::Toolchain(format!(
                    "cannot build runtime-support: {}",
                    r.summary()
                )),
                _ => Error::Toolchain(format!(
                    "building runtime-support for {}: {e} (`wasm2native targets` tells what is missing)",
                    self.target.name
                )),
            });
        }
        let _ = std::fs::remove_dir_all(tmp.join("src"));
        match std::fs::rename(&tmp, &dir) {
            Ok(()) => {}
            Err(_) if dir.join("libw2nrt.a").exists() => {
                let _ = std::fs::remove_dir_all(&tmp);
            }
            Err(e) => return Err(io(&dir, e)),
        }
        Ok(dir)
    }

    /// Compiles a user's C import provider to an object in `out_dir`.
    pub(crate) fn compile_c(&self, src: &Path, out_dir: &Path, include: &Path) -> Result<PathBuf> {
        let out = out_dir.join(format!(
            "{}.o",
            src.file_stem()
                .map_or("link".into(), |s| s.to_string_lossy())
        ));
        let o = self
            .command()
            .args(["-c", "-O2", "-fPIC"])
            .arg("-I")
            .arg(include)
            .arg(src)
            .arg("-o")
            .arg(&out)
            .output()
            .map_err(|e| io(src, e))?;
        if !o.status.success() {
            let msg = String::from_utf8_lossy(&o.stderr);
            let first = msg
                .lines()
                .find(|l| l.contains("error"))
                .unwrap_or("failed");
            return Err(Error::Toolchain(format!(
                "compiling {}: {first}",
                src.display()
            )));
        }
        Ok(out)
    }

    /// Writes a static archive `out` (with a symbol index) of `objects`, with the
    /// target's archiver (as the cc crate finds it: `AR_<target>`, `AR`, ...).
    pub(crate) fn archive(&self, out: &Path, objects: &[&Path]) -> Result<()> {
        let mut ar = cc_build(&self.target, &self.opts, Path::new("."))
            .try_get_archiver()
            .map_err(|e| Error::Toolchain(format!("no archiver for {}: {e}", self.target.name)))?;
        let o = ar
            .arg("crs")
            .arg(out)
            .args(objects)
            .output()
            .map_err(|e| io(out, e))?;
        if !o.status.success() {
            let msg = String::from_utf8_lossy(&o.stderr);
            return Err(Error::Toolchain(format!(
                "archiving {}: {}",
                out.display(),
                msg.lines().next().unwrap_or("the archiver failed")
            )));
        }
        Ok(())
    }

    /// Links objects and archives into an executable at `out`. `import_names` maps C
    /// import symbols back to the wasm imports, to explain undefined symbols.
    pub(crate) fn link(
        &self,
        inputs: &[PathBuf],
        runtime: &Path,
        out: &Path,
        import_names: &[(String, String)],
    ) -> Result<()> {
        self.link_with(inputs, runtime, out, import_names, None)
    }

    /// Whether a static link of this toolchain can hold an executable's instance and
    /// memory 0 in its bss (`lib.rs`, `mem0_region_object`): static musl on x86_64, whose
    /// executables link no `brk` user (their allocations go to exe_alloc.c), so that
    /// the addresses after the executable stay free for the memory's reservation.
    pub(crate) fn mem0_region_ok(&self) -> bool {
        self.target.is_musl()
            && self.opts.static_link.unwrap_or(true)
            && matches!(
                self.target.triple.architecture,
                target_lexicon::Architecture::X86_64
            )
    }

    /// [`Toolchain::link`], with `region` = (the object defining `w2n_main_mem0`, the
    /// address of the executable's first segment) when the link is static
    /// ([`Toolchain::mem0_region_ok`]): the object comes after the runtime, so that its
    /// `.lbss` is the last of the executable's variables, and the executable is linked at
    /// that address (`-Ttext-segment`), a little below a 1 GiB boundary.
    pub(crate) fn link_with(
        &self,
        inputs: &[PathBuf],
        runtime: &Path,
        out: &Path,
        import_names: &[(String, String)],
        region: Option<(&Path, u64)>,
    ) -> Result<()> {
        // Static by default: one self-contained file that runs on any Linux of the
        // architecture whatever its libc version, and starts fastest (no dynamic
        // loader). Without an explicit choice, a toolchain that has no static C library
        // (e.g. Fedora without glibc-static) falls back to a dynamic link.
        let link = |static_link: bool| {
            let mut c = self.command();
            // Unused sections (the runtime's parts the program does not call) are
            // dropped and the symbol table stripped: a smaller file maps and faults in
            // fewer pages at start-up. Traps name functions from the module's own
            // tables, not from symbols. Code and read-only data share pages (binutils'
            // default before 2.31 and off x86): two fewer mappings to set up at exec
            // and no page of padding between each.
            c.arg("-o")
                .arg(out)
                .args(inputs)
                .arg(runtime.join("libw2nrt.a"))
                .arg("-lm")
                .args(["-Wl,--gc-sections", "-s", "-Wl,-z,noseparate-code"]);
            if static_link {
                c.arg("-static");
                if self.target.is_musl() {
                    // Every allocation of a static musl executable goes to the runtime's
                    // small allocator (runtime-support/src/exe_alloc.c), so that musl's
                    // (8 KB of code) is not linked and a small program's code and
                    // read-only data fit one 64 KiB fault-around window. Only static:
                    // a shared C library would keep allocating with its own.
                    c.arg("-Wl,-u,__wrap_malloc");
                    for f in EXE_ALLOC_WRAPPED {
                        c.arg(format!("-Wl,--wrap={f}"));
                    }
                }
                if let Some((obj, text)) = region.filter(|_| self.mem0_region_ok()) {
                    c.arg(obj).arg(format!("-Wl,-Ttext-segment={text:#x}"));
                }
            }
            c.output().map_err(|e| io(out, e))
        };
        let mut o = link(self.opts.static_link.unwrap_or(true))?;
        if !o.status.success() && self.opts.static_link.is_none() {
            let msg = String::from_utf8_lossy(&o.stderr);
            if msg.contains("cannot find -lc") || msg.contains("cannot find -lm") {
                o = link(false)?;
            }
        }
        if o.status.success() {
            return Ok(());
        }
        let msg = String::from_utf8_lossy(&o.stderr);
        let mut missing = Vec::new();
        for (sym, import) in import_names {
            if msg.contains(&format!("`{sym}'"))
                || msg.contains(&format!("'{sym}'"))
                || msg.contains(&format!("symbol: {sym}"))
            {
                missing.push(format!("{import} (C symbol {sym})"));
            }
        }
        if !missing.is_empty() {
            return Err(Error::MissingImports(missing));
        }
        // The linker's own complaints (up to 8 lines), not collect2's summary.
        let lines: Vec<&str> = msg
            .lines()
            .filter(|l| !l.starts_with("collect2:"))
            .filter(|l| l.contains("error") || l.contains("undefined") || l.contains("cannot"))
            .take(8)
            .collect();
        let what = if lines.is_empty() {
            "the linker failed".to_string()
        } else {
            lines.join("\n")
        };
        Err(Error::Link(format!("linking {}:\n{what}", out.display())))
    }
}

/// The C library's allocation functions that a static musl executable takes from
/// runtime-support/src/exe_alloc.c (`__wrap_<name>`), through the linker's `--wrap`.
pub(crate) const EXE_ALLOC_WRAPPED: &[&str] = &[
    "malloc",
    "calloc",
    "realloc",
    "free",
    "aligned_alloc",
    "posix_memalign",
    "memalign",
    "malloc_usable_size",
];

/// The target of the executables `build` and `run` make when no `--target` is given:
/// the host's architecture with musl (linked statically) when a musl toolchain
/// (`musl-gcc`) is installed and nothing chose the C toolchain (`--cc`, `--sysroot`,
/// `--dynamic`, `CC`, `CC_<host triple>`); the host's own C library otherwise. A static
/// musl executable starts faster (glibc's static start-up probes the CPU with cpuid,
/// applies IRELATIVE relocations and sets up locales) and is a tenth of the size.
pub(crate) fn default_executable_target(cc: &CcOptions) -> Target {
    let host = Target::host();
    if host.is_musl() || cc.cc.is_some() || cc.sysroot.is_some() || cc.static_link == Some(false) {
        return host;
    }
    let vars = [
        "CC".to_string(),
        format!("CC_{}", host.name),
        format!("CC_{}", host.name.replace('-', "_")),
    ];
    if vars
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
    {
        return host;
    }
    let found = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|d| d.join("musl-gcc").is_file()));
    if !found {
        return host;
    }
    let arch = host.name.split('-').next().unwrap_or_default();
    Target::parse(&format!("{arch}-unknown-linux-musl")).unwrap_or(host)
}

/// Changes whenever `cc_build`'s flags do, so cached runtime builds are redone.
const RUNTIME_CFLAGS_TAG: &str =
    "O2 c11 _GNU_SOURCE no-omit-frame-pointer no-asynchronous-unwind-tables sections";

fn cc_build(target: &Target, opts: &CcOptions, out_dir: &Path) -> cc::Build {
    let mut b = cc::Build::new();
    b.target(&target.name)
        .host(&crate::target::host_triple())
        .opt_level(2)
        .debug(false)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .warnings(false)
        .pic(true)
        .std("c11")
        .define("_GNU_SOURCE", None)
        // Trap backtraces walk frame pointers through the runtime's and host
        // functions' frames back to the wasm code that called them.
        .flag("-fno-omit-frame-pointer")
        // No .eh_frame for the runtime: nothing unwinds through it (traps longjmp,
        // backtraces walk the frame pointers), and the tables are a tenth of its size.
        .flag("-fno-asynchronous-unwind-tables")
        // One section per function and object, for the link's --gc-sections.
        .flag("-ffunction-sections")
        .flag("-fdata-sections")
        .out_dir(out_dir);
    if let Some(cc) = &opts.cc {
        b.compiler(cc);
    }
    if let Some(s) = &opts.sysroot {
        b.flag(format!("--sysroot={}", s.display()));
    }
    b
}

fn io(p: &Path, e: std::io::Error) -> Error {
    Error::Io {
        context: p.display().to_string(),
        error: e,
    }
}

/// A fresh path next to `dir`, unique per process and call.
pub(crate) fn unique_sibling(dir: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let name = dir
        .file_name()
        .map_or("tmp".into(), |n| n.to_string_lossy().into_owned());
    dir.with_file_name(format!(
        "{name}.tmp-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Where cached runtimes (and later, executables) live.
pub(crate) fn cache_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("WASM2NATIVE_CACHE") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("wasm2native");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache/wasm2native");
    }
    std::env::temp_dir().join("wasm2native-cache")
}

/// 64-bit FNV-1a, for cache keys.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub(crate) fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
        // Separate fields so ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x100_0000_01b3);
    }
}

/// A scratch directory removed on drop.
pub(crate) struct TempDir(pub PathBuf);

impl TempDir {
    pub(crate) fn new(tag: &str) -> Result<TempDir> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let p = std::env::temp_dir().join(format!(
            "wasm2native-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&p).map_err(|e| io(&p, e))?;
        Ok(TempDir(p))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
