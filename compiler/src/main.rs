//! The `wasm2native` command line. Only argument handling and error reporting live
//! here; the work is done by the library.

use clap::{Args, Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
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
    /// Target triple (see `wasm2native targets`); defaults to the host.
    #[arg(long)]
    target: Option<String>,
    /// CPU features the code may use: `default` (x86-64-v2 on x86_64, the baseline
    /// elsewhere), `native` (this machine's CPU), `baseline` (every CPU of the
    /// architecture), a CPU model or level (`x86-64-v3`, `haswell`, `znver3`), and/or
    /// `+feature` items (`baseline,+lse`). Checked at start-up on the running CPU.
    #[arg(long, default_value = "default")]
    cpu: String,
    /// Optimization level: 0 (none) or 2 (Cranelift's `speed`).
    #[arg(short = 'O', long = "opt-level", default_value = "2", value_parser = ["0", "1", "2"])]
    opt_level: String,
    /// Compile on this many threads (default: one per CPU).
    #[arg(short = 'j', long, default_value_t = 0)]
    jobs: usize,
    /// Accept only Wasm 2.0 modules (a second memory is then a validation error); by
    /// default multiple memories (Wasm 3.0) are accepted too.
    #[arg(long)]
    wasm2: bool,
    /// Accept the relaxed SIMD instructions (Wasm 3.0). They are lowered
    /// deterministically: the same results on every target and `--cpu` level.
    #[arg(long)]
    relaxed_simd: bool,
}

#[derive(Args, Clone)]
struct CcArgs {
    /// The C compiler driver to build the runtime and link with (default: found by the cc crate, honouring CC and CC_<target>).
    #[arg(long)]
    cc: Option<PathBuf>,
    /// Sysroot passed to the C compiler.
    #[arg(long)]
    sysroot: Option<PathBuf>,
    /// Link statically (the default, when the target's static C library is installed).
    #[arg(long = "static", conflicts_with = "dynamic")]
    static_link: bool,
    /// Link against the shared C library instead (smaller file; needs a compatible libc where it runs).
    #[arg(long)]
    dynamic: bool,
}

/// WASI settings of `build` and `run` (baked into the executable).
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
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Compile a module (.wasm or .wat) to a native object file, without linking.
    Compile {
        /// Input module (.wasm or .wat).
        input: PathBuf,
        /// Output object file.
        #[arg(short, long)]
        output: PathBuf,
        /// Also write a C header for embedders (descriptor symbol, imports, exports).
        #[arg(long)]
        header: Option<PathBuf>,
        /// Module name used in the descriptor symbol `w2n_module_<name>` (default: the file stem).
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        codegen: CodegenArgs,
    },
    /// Compile a module and link it into a standalone executable.
    Build {
        /// Input module (.wasm or .wat).
        input: PathBuf,
        /// Output executable.
        #[arg(short, long)]
        output: PathBuf,
        /// C source, object or archive providing non-WASI imports (repeatable).
        #[arg(long = "link", value_name = "FILE")]
        links: Vec<PathBuf>,
        #[command(flatten)]
        wasi: WasiArgs,
        #[command(flatten)]
        codegen: CodegenArgs,
        #[command(flatten)]
        cc: CcArgs,
    },
    /// Compile a module (cached) and run it: `run [--dir H::G]... [--env K=V]... MODULE [--] [ARGS]...`.
    Run {
        #[command(flatten)]
        wasi: WasiArgs,
        #[command(flatten)]
        codegen: CodegenArgs,
        #[command(flatten)]
        cc: CcArgs,
        /// Input module (.wasm or .wat).
        input: PathBuf,
        /// Arguments for the program (after the module, everything is passed through).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
    },
    /// Write the runtime library and headers for a target into a directory (for embedders).
    Runtime {
        /// Output directory (receives libw2nrt.a and include/).
        #[arg(short, long)]
        output: PathBuf,
        /// Target triple; defaults to the host.
        #[arg(long)]
        target: Option<String>,
        #[command(flatten)]
        cc: CcArgs,
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
    },
}

fn read_input(p: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(p).map_err(|e| Error::Io {
        context: format!("reading {}", p.display()),
        error: e,
    })
}

fn write_output(p: &Path, data: &[u8]) -> Result<(), Error> {
    std::fs::write(p, data).map_err(|e| Error::Io {
        context: format!("writing {}", p.display()),
        error: e,
    })
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
        optimize: c.opt_level != "0",
        threads: c.jobs,
        features: if c.wasm2 {
            wasm2native::Features::Wasm2
        } else {
            wasm2native::Features::All
        },
        relaxed_simd: c.relaxed_simd,
    })
}

fn cc_options(c: &CcArgs) -> CcOptions {
    CcOptions {
        cc: c.cc.clone(),
        sysroot: c.sysroot.clone(),
        static_link: if c.static_link {
            Some(true)
        } else if c.dynamic {
            Some(false)
        } else {
            None
        },
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Compile {
            input,
            output,
            header,
            name,
            codegen,
        } => {
            let bytes = read_input(&input)?;
            let name = name.unwrap_or_else(|| {
                input
                    .file_stem()
                    .map_or("module".into(), |s| s.to_string_lossy().into_owned())
            });
            let symbol = wasm2native::module_symbol(&name);
            let opts = compile_options(&codegen)?;
            let obj = wasm2native::compile_object(&bytes, &opts, false, &symbol)?;
            write_output(&output, &obj)?;
            if let Some(h) = header {
                write_output(
                    &h,
                    wasm2native::header::module_header(&bytes, &symbol)?.as_bytes(),
                )?;
            }
        }
        Command::Build {
            input,
            output,
            links,
            wasi,
            codegen,
            cc,
        } => {
            let bytes = read_input(&input)?;
            let opts = compile_options(&codegen)?;
            wasm2native::build_executable_wasi(
                &bytes,
                &opts,
                &cc_options(&cc),
                &links,
                &wasi.config(),
                &output,
            )?;
        }
        Command::Run {
            wasi,
            codegen,
            cc,
            input,
            args,
        } => {
            use std::os::unix::process::CommandExt;
            let bytes = read_input(&input)?;
            let opts = compile_options(&codegen)?;
            let cc = cc_options(&cc);
            let exe = wasm2native::cached_executable(&bytes, &opts, &cc, &wasi.config())?;
            let mut cmd = if opts.target.is_host() {
                let mut c = std::process::Command::new(&exe);
                c.arg0(&input);
                c
            } else {
                // A foreign target runs under qemu-user, with the target's libraries.
                let qemu = opts.target.qemu().ok_or_else(|| {
                    Error::Unsupported(format!("run --target {}", opts.target.name))
                })?;
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
            let err = cmd.args(&args).exec();
            return Err(Error::Io {
                context: format!("running {}", exe.display()),
                error: err,
            });
        }
        Command::Runtime {
            output,
            target: t,
            cc,
        } => {
            let tc = wasm2native::toolchain::Toolchain::find(&target(&t)?, &cc_options(&cc))?;
            let dir = tc.runtime()?;
            std::fs::create_dir_all(output.join("include")).map_err(|e| Error::Io {
                context: output.display().to_string(),
                error: e,
            })?;
            let copy = |from: PathBuf, to: PathBuf| {
                std::fs::copy(&from, &to)
                    .map(|_| ())
                    .map_err(|e| Error::Io {
                        context: to.display().to_string(),
                        error: e,
                    })
            };
            copy(dir.join("libw2nrt.a"), output.join("libw2nrt.a"))?;
            for (name, data) in wasm2native::toolchain::RUNTIME_FILES {
                if let Some(h) = name.strip_prefix("include/") {
                    write_output(&output.join("include").join(h), data)?;
                }
            }
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
        } => {
            let opts = wasm2native::wast::WastOptions {
                compile: compile_options(&codegen)?,
                cc: cc_options(&cc),
                jobs: codegen.jobs,
                ..Default::default()
            };
            let args = wasm2native::wast::cli::CliArgs {
                files,
                known_failures,
                bless,
                verbose,
            };
            if !wasm2native::wast::cli::run(&args, &opts)? {
                std::process::exit(1);
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
            // One line: clap's first line, without its usage block.
            let msg = e.render().to_string();
            let first = msg.lines().next().unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("error: {first} (see `wasm2native --help`)");
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
