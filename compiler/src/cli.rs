//! The `wasm2native` command line (feature `cli`): [`main`] is the binary's entry
//! point. Only argument handling and error reporting live here; the work is done by
//! the rest of the crate.

mod progress;

use crate as wasm2native;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use wasm2native::{CcOptions, CompileOptions, Cpu, Error, Target};

#[derive(Parser)]
#[command(
    name = "wasm2native",
    version,
    about = "Compile WebAssembly modules to native objects and standalone executables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct CodegenArgs {
    /// Target triple (see `wasm2native targets`); defaults to the host (for `build` and
    /// `run`: static musl when musl-gcc is installed and no --cc, --sysroot, --dynamic,
    /// CC or CC_<target> chose the C toolchain).
    #[arg(long)]
    target: Option<String>,
    /// CPU features the code may use: `default` (x86-64-v2 on x86_64, the baseline
    /// elsewhere), `native` (this machine's CPU), `baseline` (every CPU of the
    /// architecture), a CPU model or level (`x86-64-v3`, `haswell`, `znver3`), and/or
    /// `+feature` items (`baseline,+lse`). Checked at start-up on the running CPU.
    #[arg(long, default_value = "default")]
    cpu: String,
    /// Optimization level.
    #[arg(short = 'O', long = "opt-level", value_enum, default_value = "2")]
    opt_level: OptLevel,
    /// Compile on this many threads [default: one per CPU].
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// Accept only Wasm 2.0 modules. By default the Wasm 3.0 features wasm2native
    /// implements are accepted too (multiple memories, memory64, tail calls, typed
    /// function references, extended constants, exceptions, GC with structs, arrays,
    /// i31 and casts; see the README's Status).
    #[arg(long)]
    wasm2: bool,
    /// Accept the relaxed SIMD instructions (Wasm 3.0). They are lowered
    /// deterministically: the same results on every target and `--cpu` level.
    #[arg(long)]
    relaxed_simd: bool,
    /// Also accept the legacy exception-handling instructions (`try`, `catch`,
    /// `catch_all`, `delegate`, `rethrow`) that older toolchains emit.
    #[arg(long)]
    legacy_exceptions: bool,
    /// Keep every bounds check the translator emits (turn the bounds-check optimizer
    /// off), to measure what it gains and costs.
    #[arg(long)]
    no_bounds_opt: bool,
    /// Keep every `call_indirect` generic (no devirtualization through static tables),
    /// to measure what it gains.
    #[arg(long)]
    no_devirt: bool,
    /// Keep immutable globals in memory (no folding to constants), to measure what it
    /// gains.
    #[arg(long)]
    no_global_fold: bool,
    /// Keep the shift/and/or trees clang expands byte swaps into (do not fold them
    /// back to `bswap`), to measure what it gains.
    #[arg(long)]
    no_byte_swaps: bool,
    /// Do not inline small and single-call functions into their callers.
    #[arg(long)]
    no_inline: bool,
    /// Keep the stack-limit check at the entry of every function that makes calls (do
    /// not drop it from functions whose whole call tree is finite and small, nor move
    /// it to the one call out of a function outside every cycle of calls).
    #[arg(long)]
    no_stack_check_elim: bool,
    /// Do not place memory 0 at a constant offset from the instance (bounds checks then
    /// read its size from the instance, not next to its base), to measure what that
    /// gains.
    #[arg(long)]
    no_mem0_at_vmctx: bool,
    /// Keep loop pointers 32-bit (do not carry them zero-extended to 64 bits, x86_64),
    /// to measure what that gains.
    #[arg(long)]
    no_wide_params: bool,
}

/// `-O`: Cranelift has one optimizing level, so 1 and 2 are the same.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OptLevel {
    /// No optimization (fastest compile).
    #[value(name = "0")]
    O0,
    /// The same as 2.
    #[value(name = "1")]
    O1,
    /// Cranelift's `speed` (the default).
    #[value(name = "2")]
    O2,
}

/// The C compiler that builds the runtime (and `--link` sources).
#[derive(Args, Clone)]
struct ToolArgs {
    /// The C compiler driver [default: found by the cc crate, honouring CC and CC_<target>].
    #[arg(long)]
    cc: Option<PathBuf>,
    /// Sysroot passed to the C compiler.
    #[arg(long)]
    sysroot: Option<PathBuf>,
}

/// The C toolchain for an executable: compiler and how to link.
#[derive(Args, Clone)]
struct CcArgs {
    #[command(flatten)]
    tool: ToolArgs,
    /// Link statically (the default, when the target's static C library is installed).
    #[arg(long = "static", conflicts_with = "dynamic")]
    static_link: bool,
    /// Link against the shared C library instead (smaller file; needs a compatible libc where it runs).
    #[arg(long)]
    dynamic: bool,
}

/// What `compile`, `build` and `wast` report besides their results.
#[derive(Args, Clone)]
struct ReportArgs {
    /// Print the time spent in each phase (parse+validate, translate,
    /// optimize+codegen, emit object; for build also runtime and link) to stderr.
    #[arg(long)]
    timings: bool,
}

/// WASI settings of `build` (baked into the executable) and `run` (given to the cached
/// executable at run time).
#[derive(Args, Clone)]
struct WasiArgs {
    /// Preopen host directory HOST as GUEST (Wasmtime syntax; GUEST defaults to HOST).
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    dirs: Vec<String>,
    /// Set K=V in the guest's environment; `--env K` passes the executable's own K through.
    #[arg(long = "env", value_name = "K[=V]")]
    env: Vec<String>,
    /// Pass the executable's whole environment to the guest (default: only --env).
    #[arg(long)]
    inherit_env: bool,
}

impl WasiArgs {
    fn config(&self) -> wasm2native::WasiConfig {
        wasm2native::WasiConfig {
            dirs: self
                .dirs
                .iter()
                .map(|d| wasm2native::WasiConfig::parse_dir(d))
                .collect(),
            env: self.env.clone(),
            inherit_env: self.inherit_env,
            ..Default::default()
        }
    }
}

#[derive(Subcommand)]
enum CacheAction {
    /// Print the cache directory (`WASM2NATIVE_CACHE`, else `$XDG_CACHE_HOME/wasm2native`,
    /// else `~/.cache/wasm2native`).
    Dir,
    /// Print the cache's size: cached executables (bounded by `WASM2NATIVE_CACHE_MAX`,
    /// default 512M, least recently used evicted first) and the total.
    Size,
    /// Remove everything in the cache.
    Clean,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a module (.wasm or .wat) to a native object file, without linking.
    Compile {
        /// Input module (.wasm or .wat, told apart by content; `-` reads stdin).
        input: PathBuf,
        /// Output object file (`-`: stdout, which must not be a terminal).
        #[arg(short, long)]
        output: PathBuf,
        /// Also write the module's typed C header for embedders (imports, instantiation, export wrappers; `-`: stdout).
        #[arg(long)]
        header: Option<PathBuf>,
        /// Module name used in the descriptor symbol `w2n_module_<name>` (default: the file stem; `module` for stdin).
        #[arg(long)]
        name: Option<String>,
        /// Also write the Cranelift IR (CLIF text) of every defined function as Cranelift
        /// receives it (after translation, inlining and the bounds-check optimizer), in
        /// function index order (`-`: stdout). For inspecting and comparing the IR.
        #[arg(long, value_name = "FILE")]
        emit_clif: Option<PathBuf>,
        /// Also write the CLIF of every defined function after Cranelift's optimizer (what
        /// it lowers to machine code), in function index order (`-`: stdout). The stage
        /// `wasmtime compile --emit-clif` writes, for comparing the two like for like.
        #[arg(long, value_name = "FILE")]
        emit_clif_optimized: Option<PathBuf>,
        #[command(flatten)]
        codegen: CodegenArgs,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Compile a module and link it into a standalone executable.
    Build {
        /// Input module (.wasm or .wat, told apart by content; `-` reads stdin).
        input: PathBuf,
        /// Output executable (`-`: stdout, which must not be a terminal).
        #[arg(short, long)]
        output: PathBuf,
        /// C source, object or archive providing non-WASI imports (repeatable).
        #[arg(long = "link", value_name = "FILE")]
        links: Vec<PathBuf>,
        /// Call this function export at start-up instead of `_start` or `main` (its
        /// parameters are zeros; an i32 result is the exit code).
        #[arg(long, value_name = "NAME")]
        entry: Option<String>,
        #[command(flatten)]
        wasi: WasiArgs,
        #[command(flatten)]
        codegen: CodegenArgs,
        #[command(flatten)]
        cc: CcArgs,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Compile a module (once; the executable is cached) and run it, like `wasmtime run`:
    /// options go before MODULE; everything after MODULE (including `--` and anything
    /// that looks like an option) is passed to the program.
    #[command(override_usage = "wasm2native run [OPTIONS] <MODULE> [ARGS]...")]
    Run {
        #[command(flatten)]
        wasi: WasiArgs,
        /// Call this function export instead of `_start`/`main`; ARGS are its arguments
        /// (i32, i64, f32, f64). Its results are printed one per line.
        #[arg(long, value_name = "FUNC")]
        invoke: Option<String>,
        /// The program's `argv[0]` (default: MODULE's file name).
        #[arg(long, value_name = "NAME")]
        argv0: Option<std::ffi::OsString>,
        #[command(flatten)]
        codegen: CodegenArgs,
        #[command(flatten)]
        cc: CcArgs,
        /// The module (.wasm or .wat), then the program's arguments.
        #[arg(value_name = "MODULE", trailing_var_arg = true, required = true)]
        module_and_args: Vec<std::ffi::OsString>,
    },
    /// Manage the cache of `run` (compiled executables and runtime builds).
    Cache {
        #[command(subcommand)]
        action: CacheAction,
    },
    /// Write the runtime library and headers for a target into a directory (for embedders).
    ///
    /// The library is position-independent: it links into static and dynamic
    /// executables and into shared libraries alike.
    Runtime {
        /// Output directory (receives libw2nrt.a and include/).
        #[arg(short, long)]
        output: PathBuf,
        /// Target triple (see `wasm2native targets`); defaults to the host.
        #[arg(long)]
        target: Option<String>,
        #[command(flatten)]
        cc: ToolArgs,
    },
    /// Probe each target's C toolchain: compile, link (static and dynamic) and run a small
    /// C program, and say what is missing and which package provides it.
    Targets {
        /// Probe only this target (repeatable; default: every supported target).
        #[arg(long = "target", value_name = "TRIPLE")]
        targets: Vec<String>,
        /// Print the results as JSON (for tools).
        #[arg(long)]
        json: bool,
        /// Exit with 1 (one `error:` line per target) unless every probed target links
        /// static and dynamic executables and runs them (natively or under qemu-user).
        #[arg(long)]
        check: bool,
        /// The C compiler driver to probe (default: found by the cc crate, honouring CC and CC_<target>).
        #[arg(long)]
        cc: Option<PathBuf>,
        /// Sysroot passed to the C compiler (and to qemu-user for dynamic executables).
        #[arg(long)]
        sysroot: Option<PathBuf>,
    },
    /// Print the generated ABI header (runtime-support/include/w2n_abi.h).
    AbiHeader,
    /// Run WebAssembly spec-test scripts (.wast) through the AOT pipeline.
    Wast {
        /// Scripts to run.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Known-failures list (`script.wast:LINE  reason` lines) to check against.
        #[arg(long)]
        known_failures: Option<PathBuf>,
        /// Rewrite the --known-failures list from this run.
        #[arg(long)]
        bless: bool,
        /// Print every failure.
        #[arg(short, long)]
        verbose: bool,
        #[command(flatten)]
        codegen: CodegenArgs,
        #[command(flatten)]
        cc: CcArgs,
        #[command(flatten)]
        report: ReportArgs,
    },
}

/// `-`: standard input or output.
fn is_std(p: &Path) -> bool {
    p == Path::new("-")
}

/// The module at `p`, or on stdin for `-`.
fn read_input(p: &Path) -> Result<Vec<u8>, Error> {
    if is_std(p) {
        let mut v = Vec::new();
        return std::io::stdin()
            .lock()
            .read_to_end(&mut v)
            .map(|_| v)
            .map_err(|e| Error::Io {
                context: "reading standard input".into(),
                error: e,
            });
    }
    std::fs::read(p).map_err(|e| Error::Io {
        context: format!("reading {}", p.display()),
        error: e,
    })
}

/// Refuses `-` (stdout) for binary output when stdout is a terminal, before any work.
fn check_binary_output(p: &Path, what: &str) -> Result<(), Error> {
    if is_std(p) && std::io::stdout().is_terminal() {
        return Err(Error::Usage(format!(
            "refusing to write {what} to a terminal (redirect stdout, or give -o FILE)"
        )));
    }
    Ok(())
}

/// Refuses an output path whose directory does not exist, before any work.
fn check_output_dir(p: &Path) -> Result<(), Error> {
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => return Ok(()),
    };
    if is_std(p) || dir.is_dir() {
        return Ok(());
    }
    Err(Error::Io {
        context: format!("writing {}", p.display()),
        error: std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no directory {}", dir.display()),
        ),
    })
}

/// Writes `data` to `p`, or to stdout for `-`.
fn write_output(p: &Path, data: &[u8]) -> Result<(), Error> {
    if is_std(p) {
        let mut out = std::io::stdout().lock();
        return out
            .write_all(data)
            .and_then(|()| out.flush())
            .map_err(|e| Error::Io {
                context: "writing standard output".into(),
                error: e,
            });
    }
    std::fs::write(p, data).map_err(|e| Error::Io {
        context: format!("writing {}", p.display()),
        error: e,
    })
}

/// Builds the executable into a temporary file when it goes to stdout (the linker
/// writes files), then copies it there.
fn build_to(output: &Path, build: impl FnOnce(&Path) -> Result<(), Error>) -> Result<(), Error> {
    if !is_std(output) {
        return build(output);
    }
    let tmp = wasm2native::toolchain::TempDir::new("stdout")?;
    let exe = tmp.0.join("a.out");
    build(&exe)?;
    write_output(output, &read_input(&exe)?)
}

fn target(t: &Option<String>) -> Result<Target, Error> {
    match t {
        Some(t) => Target::parse(t),
        None => Ok(Target::host()),
    }
}

fn compile_options(c: &CodegenArgs) -> Result<CompileOptions, Error> {
    let cpu = Cpu::parse(&c.cpu);
    Ok(CompileOptions {
        target: target(&c.target)?,
        cpu,
        optimize: c.opt_level != OptLevel::O0,
        threads: c.jobs.unwrap_or(0),
        features: if c.wasm2 {
            wasm2native::Features::Wasm2
        } else {
            wasm2native::Features::All
        },
        relaxed_simd: c.relaxed_simd,
        legacy_exceptions: c.legacy_exceptions,
        bounds_opt: !c.no_bounds_opt,
        devirt: !c.no_devirt,
        global_fold: !c.no_global_fold,
        byte_swaps: !c.no_byte_swaps,
        inline: !c.no_inline,
        stack_check_elim: !c.no_stack_check_elim,
        mem0_at_vmctx: !c.no_mem0_at_vmctx,
        wide_params: !c.no_wide_params,
    })
}

/// [`compile_options`] for `build` and `run`, whose default target is static musl when
/// a musl toolchain is installed (see `toolchain::default_executable_target`).
fn exe_compile_options(c: &CodegenArgs, cc: &CcArgs) -> Result<CompileOptions, Error> {
    let mut opts = compile_options(c)?;
    if c.target.is_none() {
        opts.target = crate::toolchain::default_executable_target(&cc_options(cc));
    }
    Ok(opts)
}

fn tool_options(t: &ToolArgs) -> CcOptions {
    CcOptions {
        cc: t.cc.clone(),
        sysroot: t.sysroot.clone(),
        static_link: None,
    }
}

fn cc_options(c: &CcArgs) -> CcOptions {
    CcOptions {
        static_link: if c.static_link {
            Some(true)
        } else if c.dynamic {
            Some(false)
        } else {
            None
        },
        ..tool_options(&c.tool)
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Compile {
            input,
            output,
            header,
            name,
            emit_clif,
            emit_clif_optimized,
            codegen,
            report,
        } => {
            let start = Instant::now();
            check_binary_output(&output, "an object file")?;
            check_output_dir(&output)?;
            let to_stdout = [
                header.as_deref(),
                emit_clif.as_deref(),
                emit_clif_optimized.as_deref(),
                Some(output.as_path()),
            ]
            .into_iter()
            .filter(|p| p.is_some_and(is_std))
            .count();
            if to_stdout > 1 {
                return Err(Error::Usage(
                    "only one of -o, --header, --emit-clif and --emit-clif-optimized can write \
                     to stdout (-)"
                        .into(),
                ));
            }
            let opts = compile_options(&codegen)?;
            let bytes = read_input(&input)?;
            let name = name.unwrap_or_else(|| match input.file_stem() {
                Some(s) if !is_std(&input) => s.to_string_lossy().into_owned(),
                _ => "module".into(),
            });
            let symbol = wasm2native::module_symbol(&name);
            let (obj, clif, clif_optimized) = {
                let _progress = progress::Indicator::start(format!("compiling {}", shown(&input)));
                if emit_clif.is_some() || emit_clif_optimized.is_some() {
                    wasm2native::compile_object_with_clifs(
                        &bytes,
                        &opts,
                        false,
                        &symbol,
                        emit_clif.is_some(),
                        emit_clif_optimized.is_some(),
                    )
                    .map_err(|e| e.in_file(&input))?
                } else {
                    let obj = wasm2native::compile_object(&bytes, &opts, false, &symbol)
                        .map_err(|e| e.in_file(&input))?;
                    (obj, None, None)
                }
            };
            write_output(&output, &obj)?;
            if let (Some(path), Some(clif)) = (&emit_clif, clif) {
                write_output(path, clif.as_bytes())?;
            }
            if let (Some(path), Some(clif)) = (&emit_clif_optimized, clif_optimized) {
                write_output(path, clif.as_bytes())?;
            }
            if let Some(h) = header {
                write_output(
                    &h,
                    wasm2native::header::module_header(&bytes, &symbol)?.as_bytes(),
                )?;
            }
            if report.timings {
                progress::print_timings("timings", start);
            }
        }
        Command::Build {
            input,
            output,
            links,
            entry,
            wasi,
            codegen,
            cc,
            report,
        } => {
            let start = Instant::now();
            check_binary_output(&output, "an executable")?;
            check_output_dir(&output)?;
            let opts = exe_compile_options(&codegen, &cc)?;
            let bytes = read_input(&input)?;
            let config = wasm2native::WasiConfig {
                entry,
                ..wasi.config()
            };
            {
                let _progress = progress::Indicator::start(format!("building {}", shown(&input)));
                build_to(&output, |out| {
                    wasm2native::build_executable_wasi(
                        &bytes,
                        &opts,
                        &cc_options(&cc),
                        &links,
                        &config,
                        out,
                    )
                })
                .map_err(|e| e.in_file(&input))?;
            }
            if report.timings {
                progress::print_timings("timings", start);
            }
        }
        Command::Run {
            wasi,
            invoke,
            argv0,
            codegen,
            cc,
            module_and_args,
        } => return run_module(wasi, invoke, argv0, &codegen, &cc, module_and_args),
        Command::Cache { action } => match action {
            CacheAction::Dir => println!("{}", wasm2native::cache::dir().display()),
            CacheAction::Size => {
                let u = wasm2native::cache::usage();
                println!(
                    "{} executable{}: {} (bound {})",
                    u.executables,
                    if u.executables == 1 { "" } else { "s" },
                    human(u.executable_bytes),
                    human(wasm2native::cache::max_bytes()?)
                );
                println!("total: {}", human(u.total_bytes));
            }
            CacheAction::Clean => {
                let freed = wasm2native::cache::clean()?;
                println!(
                    "removed {} from {}",
                    human(freed),
                    wasm2native::cache::dir().display()
                );
            }
        },
        Command::Runtime {
            output,
            target: t,
            cc,
        } => {
            if is_std(&output) {
                return Err(Error::Usage(
                    "runtime -o needs a directory (it writes libw2nrt.a and include/), not -"
                        .into(),
                ));
            }
            wasm2native::Builder::new()
                .target(target(&t)?)
                .cc(tool_options(&cc))
                .runtime(&output)?;
        }
        Command::Targets {
            targets,
            json,
            check,
            cc,
            sysroot,
        } => {
            use std::io::Write;
            let list = if targets.is_empty() {
                wasm2native::probe::all_targets()?
            } else {
                targets
                    .iter()
                    .map(|t| Target::parse(t))
                    .collect::<Result<Vec<_>, _>>()?
            };
            let opts = CcOptions {
                cc,
                sysroot,
                static_link: None,
            };
            let reports = wasm2native::probe::probe_all(&list, &opts)?;
            if json {
                print!("{}", wasm2native::probe::render_json(&reports));
            } else {
                print!("{}", wasm2native::probe::render_text(&reports));
            }
            let _ = std::io::stdout().flush();
            if check {
                let bad: Vec<_> = reports.iter().filter(|r| !r.complete()).collect();
                for r in &bad {
                    eprintln!("error: {}", r.summary());
                }
                if !bad.is_empty() {
                    std::process::exit(1);
                }
            }
        }
        Command::AbiHeader => print!("{}", wasm2native::abi::c_header()),
        Command::Wast {
            files,
            known_failures,
            bless,
            verbose,
            codegen,
            cc,
            report,
        } => {
            let start = Instant::now();
            let opts = wasm2native::wast::WastOptions {
                compile: compile_options(&codegen)?,
                cc: cc_options(&cc),
                jobs: codegen.jobs.unwrap_or(0),
                ..Default::default()
            };
            let args = wasm2native::wast::cli::CliArgs {
                files,
                known_failures,
                bless,
                verbose,
            };
            let clean = wasm2native::wast::cli::run(&args, &opts)?;
            if report.timings {
                progress::print_timings(
                    "timings (compile phases summed over the modules, compiled in parallel)",
                    start,
                );
            }
            if !clean {
                std::process::exit(1);
            }
        }
    }
    Ok(())
}

/// How messages name an input (`-` is stdin).
fn shown(p: &Path) -> String {
    if is_std(p) {
        "<stdin>".into()
    } else {
        p.display().to_string()
    }
}

/// `1234 bytes (1.2 KiB)`.
fn human(n: u64) -> String {
    let units = [("GiB", 30), ("MiB", 20), ("KiB", 10)];
    match units.iter().find(|(_, s)| n >= 1u64 << s) {
        Some((u, s)) => format!("{n} bytes ({:.1} {u})", n as f64 / (1u64 << s) as f64),
        None => format!("{n} bytes"),
    }
}

/// `run`: the cached executable of MODULE, given the WASI settings, argv[0] and
/// `--invoke` through its private arguments, replaces this process.
fn run_module(
    wasi: WasiArgs,
    invoke: Option<String>,
    argv0: Option<std::ffi::OsString>,
    codegen: &CodegenArgs,
    cc: &CcArgs,
    module_and_args: Vec<std::ffi::OsString>,
) -> Result<(), Error> {
    use std::os::unix::process::CommandExt;
    let mut rest = module_and_args.into_iter();
    let input = PathBuf::from(rest.next().unwrap_or_default());
    let bytes = read_input(&input)?;
    let opts = exe_compile_options(codegen, cc)?;
    let cc = cc_options(cc);
    let req = wasm2native::run::RunRequest {
        wasi: wasi.config(),
        invoke,
        // Like Wasmtime: the module's file name, without its directories.
        argv0: argv0.unwrap_or_else(|| {
            input
                .file_name()
                .map_or_else(|| input.clone().into_os_string(), |n| n.to_os_string())
        }),
        args: rest.collect(),
    };
    let exe_args =
        wasm2native::run::executable_args(&bytes, &opts, &req).map_err(|e| e.in_file(&input))?;
    let mut attempt = 0;
    loop {
        let exe = {
            // Erased when dropped, before the program takes over the terminal.
            let _progress = progress::Indicator::start(format!("compiling {}", shown(&input)));
            wasm2native::cache::cached_executable(&bytes, &opts, &cc)
                .map_err(|e| e.in_file(&input))?
        };
        let mut cmd = if opts.target.is_host() {
            let mut c = std::process::Command::new(&exe);
            c.arg0(&input);
            c
        } else {
            // A foreign target runs under qemu-user, with the target's libraries.
            let qemu = opts
                .target
                .qemu()
                .ok_or_else(|| Error::Unsupported(format!("run --target {}", opts.target.name)))?;
            let found = std::process::Command::new(qemu)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
            if !found {
                return Err(Error::Toolchain(format!(
                    "running {} code needs {qemu} (install qemu-user)",
                    opts.target.name
                )));
            }
            let mut c = std::process::Command::new(qemu);
            let sysroot = cc.sysroot.clone().or_else(|| opts.target.qemu_sysroot());
            if let Some(s) = sysroot {
                c.arg("-L").arg(s);
            }
            c.arg(&exe);
            c
        };
        let err = cmd.args(&exe_args).exec();
        // A concurrent run may have evicted the entry between the check and exec.
        if err.kind() == std::io::ErrorKind::NotFound && attempt == 0 && !exe.exists() {
            attempt += 1;
            continue;
        }
        return Err(Error::Io {
            context: format!("running {}", exe.display()),
            error: err,
        });
    }
}

/// Runs the `wasm2native` command line on the process's arguments and returns its
/// exit code (0; 1 for an error; 2 for a usage error).
pub fn main() -> ExitCode {
    // clap prints its own errors (with the usage, suggestions, and colors only on a
    // terminal) and exits with 2; help and version exit with 0.
    let cli = Cli::parse();
    // `build` can be told where imports come from; `run` cannot (no hint there).
    let has_link = matches!(cli.command, Command::Build { .. });
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            if has_link && matches!(e, Error::MissingImports(_)) {
                eprintln!(
                    "  help: pass a C source, object or archive that defines it with `--link FILE`"
                );
            }
            ExitCode::from(if matches!(e, Error::Usage(_)) { 2 } else { 1 })
        }
    }
}
