//! WASI programs compiled from source, then through `wasm2native build`, run and
//! checked. C programs (tests/programs/*.c) are built with
//! `clang --target=wasm32-wasi --sysroot=/usr -O2` (wasi-libc), Rust programs
//! (tests/programs/*.rs) with `rustc --target wasm32-wasip1 -O` (or the target a
//! `// rust-target:` line names: `wasm32-wasip1-threads` for wasi-threads), C++ programs
//! (tests/programs/*.cpp) with Debian's `clang++-19 -fwasm-exceptions` and its wasm32
//! libc++ headers and libc++abi, plus tests/support/w2n_cxxeh.c (the C++ exception
//! runtime that Debian's libc++abi lacks), built with `--legacy-exceptions` (clang 19
//! emits the legacy exception instructions). Expectations are
//! `//` directives at the top of each source (see `Directives` in tests/support/common.rs).
//!
//! The `programs` test runs them natively; `programs_aarch64` and `programs_riscv64`
//! build the same wasm with `--target` and run it under qemu-user, against the same
//! directives (packages qemu-user, gcc-aarch64-linux-gnu, gcc-riscv64-linux-gnu).
//!
//! Missing toolchains are a FAILURE, with the package to install, never a skip.
//! `W2N_WASI_SYSROOT` overrides the sysroot (default /usr, Debian's wasi-libc layout).

#[path = "support/common.rs"]
mod common;

use common::{
    add_target, exe_command, fresh_temp_dir, has_panic, parallel_map, repo_root, run, test_threads,
    w2n, CrossTarget, Directives, Outcome, CROSS_AARCH64, CROSS_RISCV64,
};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TOOL_TIMEOUT: Duration = Duration::from_secs(300);
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

fn sysroot() -> String {
    std::env::var("W2N_WASI_SYSROOT").unwrap_or_else(|_| "/usr".to_string())
}

fn clang_cmd(src: &Path, out: &Path) -> Command {
    let mut c = Command::new("clang");
    c.arg("--target=wasm32-wasi")
        .arg(format!("--sysroot={}", sysroot()))
        .arg("-O2")
        .arg(src)
        .arg("-o")
        .arg(out);
    c
}

/// The packages `clang_cpp_cmd` needs (Debian 12).
const CPP_PACKAGES: &str = "clang-19 lld-19 libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 \
                            libclang-rt-19-dev-wasm32 wasi-libc";

fn clang_cpp_cmd(src: &Path, out: &Path) -> Command {
    let mut c = Command::new("clang++-19");
    c.arg("--target=wasm32-wasi")
        .arg(format!("--sysroot={}", sysroot()))
        .arg("-fwasm-exceptions")
        .arg("-O2")
        .arg("-isystem")
        .arg("/usr/lib/llvm-19/include/wasm32-wasi/c++/v1")
        .arg("-L/usr/lib/llvm-19/lib/wasm32-wasi")
        .arg("-nostdlib++")
        .arg(src)
        .arg("-x")
        .arg("c")
        .arg(repo_root().join("tests/support/w2n_cxxeh.c"))
        .arg("-lc++abi")
        .arg("-o")
        .arg(out);
    c
}

/// The Rust target of a program: its `// rust-target:` line, else `wasm32-wasip1`.
fn rust_target(text: &str) -> &str {
    text.lines()
        .find_map(|l| l.strip_prefix("// rust-target:"))
        .map_or("wasm32-wasip1", str::trim)
}

fn rustc_cmd(src: &Path, out: &Path, target: &str) -> Command {
    let mut c = Command::new("rustc");
    c.args(["--edition", "2021", "--target", target, "-O"])
        .arg(src)
        .arg("-o")
        .arg(out);
    c
}

/// Checks that the wasm toolchains work; returns a message naming what to install.
fn check_toolchains(dir: &Path) -> Result<(), String> {
    let probe_c = dir.join("probe.c");
    std::fs::write(
        &probe_c,
        "#include <stdio.h>\nint main(void) { puts(\"x\"); return 0; }\n",
    )
    .map_err(|e| e.to_string())?;
    let o = run(
        clang_cmd(&probe_c, &dir.join("probe_c.wasm")),
        b"",
        TOOL_TIMEOUT,
    );
    if o.code != Some(0) {
        let e = &o.stderr;
        let hint = if e.contains("could not spawn") {
            "clang is not installed: apt-get install clang lld"
        } else if e.contains("stdio.h") || e.contains("crt1") || e.contains("-lc") {
            "wasi-libc is missing: apt-get install wasi-libc"
        } else if e.contains("libclang_rt.builtins") {
            "the wasm32 compiler runtime is missing: apt-get install libclang-rt-dev-wasm32"
        } else if e.contains("wasm-ld") {
            "the wasm linker is missing: apt-get install lld"
        } else {
            "clang cannot build wasm32-wasi programs: apt-get install clang lld wasi-libc libclang-rt-dev-wasm32"
        };
        return Err(format!(
            "{hint} (or run scripts/test, which installs them)\n{}",
            o.dump()
        ));
    }
    let probe_rs = dir.join("probe.rs");
    std::fs::write(&probe_rs, "fn main() { println!(\"x\"); }\n").map_err(|e| e.to_string())?;
    for target in ["wasm32-wasip1", "wasm32-wasip1-threads"] {
        let o = run(
            rustc_cmd(&probe_rs, &dir.join(format!("probe_{target}.wasm")), target),
            b"",
            TOOL_TIMEOUT,
        );
        if o.code != Some(0) {
            let hint = if o.stderr.contains("could not spawn") {
                "rustc is not on PATH".to_string()
            } else {
                format!("the Rust {target} target is missing: rustup target add {target}")
            };
            return Err(format!(
                "{hint} (or run scripts/test, which installs it)\n{}",
                o.dump()
            ));
        }
    }
    Ok(())
}

fn sources() -> Vec<PathBuf> {
    let dir = repo_root().join("tests").join("programs");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x == "c" || x == "rs" || x == "cpp")
        })
        .collect();
    v.sort();
    v
}

fn fail_step(what: &str, o: &Outcome) -> String {
    format!("{what} failed\n{}", o.dump())
}

/// Compiles `src` to wasm, builds it for `cross` (None: the host) and checks one run.
fn run_one(src: &Path, dir: &Path, cross: Option<&CrossTarget>) -> Result<(), String> {
    let text = std::fs::read_to_string(src).map_err(|e| format!("cannot read: {e}"))?;
    let d = Directives::parse(&text, "//")?;
    let name = src.file_name().unwrap().to_string_lossy().replace('.', "_");
    let wasm = dir.join(format!("{name}.wasm"));
    let exe = dir.join(&name);

    let ext = src.extension().and_then(|x| x.to_str()).unwrap_or("");
    let (cmd, tool) = match ext {
        "c" => (clang_cmd(src, &wasm), "clang"),
        "cpp" => (clang_cpp_cmd(src, &wasm), "clang++-19"),
        _ => (rustc_cmd(src, &wasm, rust_target(&text)), "rustc"),
    };
    let o = run(cmd, b"", TOOL_TIMEOUT);
    if o.code != Some(0) {
        if ext == "cpp" {
            return Err(format!(
                "{}\n(the C++ toolchain: apt-get install {CPP_PACKAGES}, or run scripts/test)",
                fail_step(tool, &o)
            ));
        }
        return Err(fail_step(tool, &o));
    }

    let mut build = Command::new(w2n());
    build.arg("build").arg(&wasm).arg("-o").arg(&exe);
    if ext == "cpp" {
        build.arg("--legacy-exceptions");
    }
    add_target(&mut build, cross);
    // The guest sees only the variables named with --env (Wasmtime's default);
    // `--env K` passes the executable's own K through.
    for (k, _) in &d.env {
        build.arg("--env").arg(k);
    }
    let b = run(build, b"", TOOL_TIMEOUT);
    if has_panic(&b) {
        return Err(fail_step("wasm2native build (it panicked)", &b));
    }
    if b.code != Some(0) || !exe.exists() {
        return Err(fail_step("wasm2native build", &b));
    }

    let mut cmd = exe_command(&exe, cross);
    cmd.args(&d.args).env_remove("W2N_UNSET_VAR");
    for (k, v) in &d.env {
        cmd.env(k, v);
    }
    let o = run(cmd, d.stdin.as_bytes(), RUN_TIMEOUT);
    let errs = d.check(&o);
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs
            .iter()
            .map(|e| format!("  - {e}"))
            .collect::<Vec<_>>()
            .join("\n"))
    }
}

#[test]
fn programs() {
    run_all("programs", None);
}

/// bench/workloads/startup/hello.c built for wasm32 and then as a static musl
/// executable, in a fresh directory named after `name`: (the directory, the executable).
#[cfg(target_arch = "x86_64")]
fn static_musl_hello(name: &str) -> (PathBuf, PathBuf) {
    let dir = fresh_temp_dir(name);
    let src = repo_root().join("bench/workloads/startup/hello.c");
    let wasm = dir.join("hello.wasm");
    let exe = dir.join("hello");
    let o = run(clang_cmd(&src, &wasm), b"", TOOL_TIMEOUT);
    assert_eq!(o.code, Some(0), "{}", fail_step("clang", &o));
    let mut build = Command::new(w2n());
    build
        .args(["build", "--target", "x86_64-unknown-linux-musl"])
        .arg(&wasm)
        .arg("-o")
        .arg(&exe);
    let b = run(build, b"", TOOL_TIMEOUT);
    assert_eq!(b.code, Some(0), "{}", fail_step("wasm2native build", &b));
    (dir, exe)
}

/// Start-up (README "Start-up", issue 23): the static musl hello world of
/// bench/workloads/startup/hello.c is at most 100 KB, and its code and read-only data
/// (the first loadable segment) fit one 64 KiB fault-around window: a second one costs
/// every run a page fault. The runtime's allocator, lock and `/proc/self/maps` reader,
/// instead of musl's mallocng, mutexes and stdio, are what make it fit.
#[cfg(target_arch = "x86_64")]
#[test]
fn startup_hello_fits_one_window() {
    use object::read::elf::{FileHeader, ProgramHeader};
    let (dir, exe) = static_musl_hello("startup-hello");
    let r = run(Command::new(&exe), b"", RUN_TIMEOUT);
    assert_eq!((r.code, r.stdout.as_str()), (Some(0), "hello, world\n"));

    let data = std::fs::read(&exe).unwrap();
    assert!(data.len() <= 100_000, "{} bytes", data.len());
    let elf = object::elf::FileHeader64::<object::Endianness>::parse(&*data).unwrap();
    let endian = elf.endian().unwrap();
    let phdrs = elf.program_headers(endian, &*data).unwrap();
    let first = phdrs
        .iter()
        .find(|p| p.p_type(endian) == object::elf::PT_LOAD)
        .expect("a loadable segment");
    let (vaddr, filesz) = (first.p_vaddr(endian), first.p_filesz(endian));
    assert!(
        vaddr % 65536 + filesz <= 65536,
        "the first segment (code and read-only data) spans two 64 KiB windows: \
         {filesz} bytes at {vaddr:#x}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Start-up (README "Start-up"): a static musl executable holds its instance and memory
/// 0's initial pages in its own bss (runtime-support/src/memory.c, `w2n_main_mem0`), so
/// hello world maps nothing at start-up (its one memory call makes the guard band after
/// the initial pages inaccessible); it is linked at a 2 MiB boundary a little below
/// a 1 GiB boundary (so that the memory's reservation, mapped after it by the first grow,
/// spans little of that GiB), and its read-write segment holds the region.
#[cfg(target_arch = "x86_64")]
#[test]
fn startup_hello_memory_in_the_executable() {
    use object::read::elf::{FileHeader, ProgramHeader};
    let (dir, exe) = static_musl_hello("startup-region");
    let t = common::strace(&exe, "mmap,munmap,mprotect,brk", &[]);
    assert_eq!((t.code, t.stdout.as_str()), (Some(0), "hello, world\n"));
    let calls: Vec<&str> = t.stderr.lines().filter(|l| !l.starts_with("+++")).collect();
    // Only the guard band after the initial pages, in the bss, made inaccessible
    // (runtime-support/src/memory.c, `region_claim`): the band and up to 4 KiB more.
    let band = |l: &&str| {
        l.starts_with("mprotect(")
            && l.contains(", PROT_NONE)")
            && l.split(", ")
                .nth(1)
                .and_then(|n| n.parse::<u64>().ok())
                .is_some_and(|n| (65536..=65536 + 4096).contains(&n))
    };
    assert!(
        calls.len() == 1 && calls.iter().all(band),
        "memory calls at start-up: {calls:?}"
    );

    let data = std::fs::read(&exe).unwrap();
    let elf = object::elf::FileHeader64::<object::Endianness>::parse(&*data).unwrap();
    let endian = elf.endian().unwrap();
    // The region's object (written by the compiler) keeps the stack non-executable.
    let stack = elf
        .program_headers(endian, &*data)
        .unwrap()
        .iter()
        .find(|p| p.p_type(endian) == object::elf::PT_GNU_STACK)
        .map(|p| p.p_flags(endian));
    assert!(
        stack.is_some_and(|f| f & object::elf::PF_X == 0),
        "executable stack: {stack:?}"
    );
    let loads: Vec<_> = elf
        .program_headers(endian, &*data)
        .unwrap()
        .iter()
        .filter(|p| p.p_type(endian) == object::elf::PT_LOAD)
        .map(|p| (p.p_vaddr(endian), p.p_memsz(endian)))
        .collect();
    const GIB: u64 = 1 << 30;
    let (text, _) = loads[0];
    assert!(
        text % (2 << 20) == 0 && GIB - text % GIB <= 64 << 20,
        "linked at {text:#x}"
    );
    // The instance's 64 KiB, the memory's 2 initial pages and the guard band.
    let (rw, memsz) = *loads.last().unwrap();
    assert!(memsz >= 4 * 65536, "{memsz} bytes at {rw:#x}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn programs_aarch64() {
    run_all("programs-aarch64", Some(&CROSS_AARCH64));
}

#[test]
fn programs_riscv64() {
    run_all("programs-riscv64", Some(&CROSS_RISCV64));
}

fn run_all(label: &str, cross: Option<&CrossTarget>) {
    if let Some(c) = cross {
        c.require_tools(label);
    }
    let dir = fresh_temp_dir(label);
    if let Err(msg) = check_toolchains(&dir) {
        panic!("{label}: cannot build the test programs: {msg}");
    }
    let srcs = sources();
    assert!(
        !srcs.is_empty(),
        "no tests/programs/*.c, *.rs or *.cpp found"
    );
    let results = parallel_map(&srcs, test_threads(), |s| {
        let name = s.file_name().unwrap().to_string_lossy().into_owned();
        let r = run_one(s, &dir, cross);
        eprintln!(
            "{label}: {} {name}",
            if r.is_ok() { "ok  " } else { "FAIL" }
        );
        (name, r)
    });
    let failed: Vec<&(String, Result<(), String>)> =
        results.iter().filter(|(_, r)| r.is_err()).collect();
    for (name, r) in &failed {
        if let Err(e) = r {
            println!("\n--- {name}\n{e}");
        }
    }
    let passed = results.len() - failed.len();
    println!("{label}: {passed} passed, {} failed", failed.len());
    if failed.is_empty() && std::env::var_os("W2N_KEEP").is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    } else {
        println!("{label}: files are in {}", dir.display());
    }
    if !failed.is_empty() {
        let names: Vec<&str> = failed.iter().map(|(n, _)| n.as_str()).collect();
        panic!(
            "{label}: {passed} passed, {} failed: {}",
            failed.len(),
            names.join(", ")
        );
    }
}
