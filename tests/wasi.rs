//! WASI preview 1 tests: programs in tests/wasi/ (C with wasi-libc, Rust for
//! wasm32-wasip1), compiled from source, built with
//! `wasm2native build --dir sandbox::/sandbox ...` and run in a fresh case directory
//! holding `sandbox/` (the preopen, fd 3) and `outside/secret.txt` (what escapes would
//! reach). Every program runs twice: with openat2 resolution and with the fallback
//! walk (`W2N_WASI_NO_OPENAT2=1`), each in a fresh case directory.
//!
//! The `wasi` test runs natively; `wasi_aarch64` and `wasi_riscv64` build with
//! `--target` and run under qemu-user (`via: run` programs through
//! `wasm2native run --target`, which starts qemu itself), against the same directives
//! and sandbox checks. qemu-user passes the guest's syscalls to the host kernel, so
//! preopens and the sandbox behave the same; when qemu does not emulate openat2 (it
//! answers ENOSYS, as qemu 7.2 does), the runtime falls back to its checked walk, so
//! both runs use the walk: the test probes this and says so in its output.
//!
//! `wasi_escape_mutants` runs the sandbox-escape corpus (`escape_*.c`, `sandbox.c`)
//! against runtimes built from copies of runtime-support with one protection removed
//! each (`MUTANTS`): every mutant must fail some entry, the real runtime none.
//!
//! Directives (`//` comments at the top of the source), besides those of
//! tests/support/common.rs (`run:`, `env:` — the *executable's* environment —,
//! `stdin:`, `exit:`, `stdout:`, `stderr:`):
//!
//! ```text
//! // build-env: K=V          `--env K=V` (or `--env K`) given to build / run
//! // build-flag: --inherit-env   another flag for build / run
//! // via: run                run with `wasm2native run` (twice: the second must hit
//!                            the executable cache) instead of build + exec
//! // setup: abs-symlinks     create sandbox/abs_dir -> <case>/outside and
//!                            sandbox/abs_file -> <case>/outside/secret.txt (absolute)
//! // file: rel/path=content  after the run, sandbox/rel/path must hold `content`
//! // absent: rel/path        after the run, sandbox/rel/path must not exist
//! // stdout-log: text        stdout is <case>/stdout.log, holding `text` and a newline,
//!                            opened write-only and append-only (a log the parent
//!                            shell keeps appending to): after the run it must still
//!                            begin with them, and what follows is the stdout checked
//! // stdin-dir: name         stdin is the directory <case>/name (holding inner.txt):
//!                            after the run it must hold only an intact inner.txt
//! // stdin-socket: text      stdin is one end of a Unix socket pair, the other end
//!                            having sent `text` and a newline; after the run that
//!                            end must still be able to send (not shut down)
//! // setup: inherit-fds       the executable starts with host descriptors 5-8 open
//!                            (outside/secret.txt for reading and for appending,
//!                            outside/ and sandbox/): the runtime's own descriptors,
//!                            which the guest must not reach
//! // setup: swap-race        sandbox/d_dir/secret.txt holds `inside` and sandbox/d_lnk
//!                            is an absolute symlink to outside/; while the program
//!                            runs, a thread keeps renaming them in turn to sandbox/d,
//!                            swapping a directory for a symlink out under the guest
//! // stdio: tty              stdin, stdout and stderr are a terminal: the program runs
//!                            under `script` (util-linux), whose output (with `\r\n`
//!                            made `\n`) is the stdout checked
//! ```

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

#[derive(Default)]
struct Extra {
    build_args: Vec<String>,
    via_run: bool,
    abs_symlinks: bool,
    files: Vec<(String, String)>,
    absent: Vec<String>,
    stdout_log: Option<String>,
    stdin_dir: Option<String>,
    stdin_socket: Option<String>,
    tty: bool,
    inherit_fds: bool,
    swap_race: bool,
}

fn parse_extra(text: &str) -> Extra {
    let mut x = Extra::default();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("// ") else {
            continue;
        };
        let Some((k, v)) = rest.split_once(": ") else {
            continue;
        };
        match k {
            "build-env" => {
                x.build_args.push("--env".into());
                x.build_args.push(v.to_string());
            }
            "build-flag" => x.build_args.push(v.to_string()),
            "via" => x.via_run = v.trim() == "run",
            "setup" => match v.trim() {
                "abs-symlinks" => x.abs_symlinks = true,
                "inherit-fds" => x.inherit_fds = true,
                "swap-race" => x.swap_race = true,
                other => panic!("unknown setup: {other}"),
            },
            "file" => {
                let (p, c) = v.split_once('=').expect("file: path=content");
                x.files.push((p.to_string(), c.replace("\\n", "\n")));
            }
            "absent" => x.absent.push(v.trim().to_string()),
            "stdout-log" => x.stdout_log = Some(format!("{v}\n")),
            "stdin-dir" => x.stdin_dir = Some(v.trim().to_string()),
            "stdin-socket" => x.stdin_socket = Some(format!("{v}\n")),
            "stdio" => x.tty |= v.trim() == "tty",
            _ => {}
        }
    }
    x
}

fn sysroot() -> String {
    std::env::var("W2N_WASI_SYSROOT").unwrap_or_else(|_| "/usr".to_string())
}

fn compile(src: &Path, wasm: &Path) -> Outcome {
    let mut c;
    if src.extension().is_some_and(|e| e == "c") {
        c = Command::new("clang");
        c.arg("--target=wasm32-wasi")
            .arg(format!("--sysroot={}", sysroot()))
            .arg("-O2")
            .arg(src)
            .arg("-o")
            .arg(wasm);
    } else {
        c = Command::new("rustc");
        c.args(["--edition", "2021", "--target", "wasm32-wasip1", "-O"])
            .arg(src)
            .arg("-o")
            .arg(wasm);
    }
    run(c, b"", TOOL_TIMEOUT)
}

fn setup_case(dir: &Path, x: &Extra) {
    let sb = dir.join("sandbox");
    let out = dir.join("outside");
    std::fs::create_dir_all(&sb).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("secret.txt"), "secret\n").unwrap();
    if x.swap_race {
        std::fs::create_dir_all(sb.join("d_dir")).unwrap();
        std::fs::write(sb.join("d_dir/secret.txt"), "inside\n").unwrap();
        std::os::unix::fs::symlink(&out, sb.join("d_lnk")).unwrap();
    }
    if x.abs_symlinks {
        std::os::unix::fs::symlink(&out, sb.join("abs_dir")).unwrap();
        std::os::unix::fs::symlink(out.join("secret.txt"), sb.join("abs_file")).unwrap();
    }
    if let Some(log) = &x.stdout_log {
        std::fs::write(dir.join("stdout.log"), log).unwrap();
    }
    if let Some(name) = &x.stdin_dir {
        std::fs::create_dir_all(dir.join(name)).unwrap();
        std::fs::write(dir.join(name).join("inner.txt"), "inner\n").unwrap();
    }
}

/// Runs `cmd` with a terminal as stdin, stdout and stderr, under `script -qec`.
fn run_tty(cmd: &Command) -> Outcome {
    let quote = |s: &std::ffi::OsStr| format!("'{}'", s.to_string_lossy().replace('\'', "'\\''"));
    let mut line = quote(cmd.get_program());
    for a in cmd.get_args() {
        line.push(' ');
        line.push_str(&quote(a));
    }
    let mut script = Command::new("script");
    script.args(["-qec", &line, "/dev/null"]);
    if let Some(dir) = cmd.get_current_dir() {
        script.current_dir(dir);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => script.env(k, v),
            None => script.env_remove(k),
        };
    }
    let mut o = run(script, b"", RUN_TIMEOUT);
    o.stdout = o.stdout.replace("\r\n", "\n");
    o
}

/// Runs `cmd` like `common::run`, but with stdout appended to <case>/stdout.log and/or
/// stdin the directory <case>/<stdin-dir> when the directives ask for it; the stdout
/// checked is then what the run appended to the log.
/// Runs `cmd` under `sh`, which first opens host descriptors 5-8 (see `inherit-fds`).
fn with_inherited_fds(cmd: Command, case: &Path) -> Command {
    let q = |p: &str| format!("'{}'", case.join(p).display());
    let script = format!(
        "exec 5<{} 7>>{} 6<{} 8<{}; exec \"$@\"",
        q("outside/secret.txt"),
        q("outside/secret.txt"),
        q("outside"),
        q("sandbox")
    );
    let mut w = Command::new("sh");
    w.arg("-c")
        .arg(script)
        .arg("sh")
        .arg(cmd.get_program())
        .args(cmd.get_args());
    if let Some(d) = cmd.get_current_dir() {
        w.current_dir(d);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => w.env(k, v),
            None => w.env_remove(k),
        };
    }
    w
}

/// The `swap-race` thread: swaps sandbox/d between the directory and the symlink
/// until stopped, then leaves both back in place (and no sandbox/d). `swaps` counts
/// the rounds, so that the case starts only once the race is under way (on a loaded
/// machine the thread could otherwise first run after the whole case).
fn swap_race(
    case: &Path,
    stop: &std::sync::atomic::AtomicBool,
    swaps: &std::sync::atomic::AtomicUsize,
) {
    let sb = case.join("sandbox");
    let (d, dir, lnk) = (sb.join("d"), sb.join("d_dir"), sb.join("d_lnk"));
    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
        let _ = std::fs::rename(&dir, &d);
        let _ = std::fs::rename(&d, &dir);
        let _ = std::fs::rename(&lnk, &d);
        let _ = std::fs::rename(&d, &lnk);
        swaps.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

fn run_case(cmd: Command, case: &Path, d: &Directives, x: &Extra) -> Outcome {
    let cmd = if x.inherit_fds {
        with_inherited_fds(cmd, case)
    } else {
        cmd
    };
    if !x.swap_race {
        return run_case_inner(cmd, case, d, x);
    }
    use std::sync::atomic::Ordering::Relaxed;
    let stop = std::sync::atomic::AtomicBool::new(false);
    let swaps = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        let racer = s.spawn(|| swap_race(case, &stop, &swaps));
        while swaps.load(Relaxed) == 0 {
            std::thread::yield_now();
        }
        let o = run_case_inner(cmd, case, d, x);
        stop.store(true, Relaxed);
        racer.join().unwrap();
        o
    })
}

fn run_case_inner(mut cmd: Command, case: &Path, d: &Directives, x: &Extra) -> Outcome {
    if x.tty {
        return run_tty(&cmd);
    }
    if x.stdout_log.is_none() && x.stdin_dir.is_none() && x.stdin_socket.is_none() {
        return run(cmd, d.stdin.as_bytes(), RUN_TIMEOUT);
    }
    use std::io::{Read, Write};
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;
    let log = case.join("stdout.log");
    let mut peer = None;
    if let Some(text) = &x.stdin_socket {
        let (mine, theirs) = std::os::unix::net::UnixStream::pair().unwrap();
        (&mine).write_all(text.as_bytes()).unwrap();
        cmd.stdin(std::os::fd::OwnedFd::from(theirs));
        peer = Some(mine);
    } else if let Some(name) = &x.stdin_dir {
        cmd.stdin(std::fs::File::open(case.join(name)).unwrap());
    } else {
        cmd.stdin(Stdio::piped());
    }
    match &x.stdout_log {
        Some(_) => cmd.stdout(std::fs::OpenOptions::new().append(true).open(&log).unwrap()),
        None => cmd.stdout(Stdio::piped()),
    };
    cmd.stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawning the test program");
    if let Some(mut sin) = child.stdin.take() {
        let _ = sin.write_all(d.stdin.as_bytes());
    }
    let mut pipes: Vec<_> = [
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    ]
    .into_iter()
    .map(|p| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            if let Some(mut p) = p {
                let _ = p.read_to_end(&mut v);
            }
            String::from_utf8_lossy(&v).into_owned()
        })
    })
    .collect();
    let start = std::time::Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(st) = child.try_wait().expect("waiting for the test program") {
            break st;
        }
        if start.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            timed_out = true;
            break child.wait().expect("waiting for the test program");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let mut stderr = pipes.pop().unwrap().join().unwrap();
    let mut stdout = pipes.pop().unwrap().join().unwrap();
    if let Some(mut peer) = peer {
        // The guest's end is still open here (our `cmd` holds it): a shutdown of it
        // would show as a failed send.
        if let Err(e) = peer.write_all(b"after\n") {
            stderr.push_str(&format!(
                "<stdin socket: the harness cannot send any more: {e}>"
            ));
        }
    }
    if let Some(initial) = &x.stdout_log {
        let got = std::fs::read_to_string(&log).unwrap_or_default();
        stdout = match got.strip_prefix(initial.as_str()) {
            Some(rest) => rest.to_string(),
            None => {
                let head: String = got.chars().take(120).collect();
                format!(
                    "<stdout.log lost its first line: it holds {} bytes, starting {head:?}>\n",
                    got.len()
                )
            }
        };
    }
    Outcome {
        code: if timed_out { None } else { status.code() },
        signal: status.signal(),
        timed_out,
        stdout,
        stderr,
    }
}

fn check_case(dir: &Path, d: &Directives, x: &Extra, o: &Outcome) -> Vec<String> {
    let mut errs = d.check(o);
    for (p, want) in &x.files {
        match std::fs::read_to_string(dir.join("sandbox").join(p)) {
            Ok(got) if &got == want => {}
            Ok(got) => errs.push(format!("sandbox/{p}: expected {want:?}, got {got:?}")),
            Err(e) => errs.push(format!("sandbox/{p}: {e}")),
        }
    }
    for p in &x.absent {
        if dir.join("sandbox").join(p).symlink_metadata().is_ok() {
            errs.push(format!("sandbox/{p} should not exist"));
        }
    }
    if std::fs::read_to_string(dir.join("outside/secret.txt"))
        .ok()
        .as_deref()
        != Some("secret\n")
    {
        errs.push("outside/secret.txt was modified".into());
    }
    if let Some(name) = &x.stdin_dir {
        let n = std::fs::read_dir(dir.join(name)).map_or(0, |r| r.count());
        let inner = std::fs::read_to_string(dir.join(name).join("inner.txt")).ok();
        if n != 1 || inner.as_deref() != Some("inner\n") {
            errs.push(format!(
                "{name}/ (stdin) was changed: {n} entries, inner.txt {inner:?}"
            ));
        }
    }
    if let Ok(rd) = std::fs::read_dir(dir.join("outside")) {
        let n = rd.count();
        if n != 1 {
            errs.push(format!("outside/ has {n} entries (something escaped)"));
        }
    }
    errs
}

fn case_command(
    exe: &Path,
    cross: Option<&CrossTarget>,
    d: &Directives,
    cwd: &Path,
    fallback: bool,
) -> Command {
    let mut cmd = exe_command(exe, cross);
    cmd.args(&d.args)
        .current_dir(cwd)
        .env("W2N_FROM_HOST", "leak");
    for (k, v) in &d.env {
        cmd.env(k, v);
    }
    if fallback {
        cmd.env("W2N_WASI_NO_OPENAT2", "1");
    }
    cmd
}

/// Compiles `src` to wasm, builds it for `cross` (None: the host) and checks both runs.
fn run_one(src: &Path, dir: &Path, cross: Option<&CrossTarget>) -> Result<(), String> {
    run_one_with(src, dir, cross, None)
}

/// `run_one`, with `build` given `WASM2NATIVE_CACHE=cache` when set (where a
/// deliberately broken runtime waits: `wasi_escape_mutants`).
fn run_one_with(
    src: &Path,
    dir: &Path,
    cross: Option<&CrossTarget>,
    cache: Option<&Path>,
) -> Result<(), String> {
    let text = std::fs::read_to_string(src).map_err(|e| format!("cannot read: {e}"))?;
    let d = Directives::parse(&text, "//")?;
    let x = parse_extra(&text);
    let name = src.file_name().unwrap().to_string_lossy().replace('.', "_");
    let work = dir.join(&name);
    std::fs::create_dir_all(&work).unwrap();
    let wasm = work.join(format!("{name}.wasm"));
    let o = compile(src, &wasm);
    if o.code != Some(0) {
        return Err(format!("compiling to wasm failed\n{}", o.dump()));
    }
    let mut failures = Vec::new();
    assert!(
        !(x.via_run && cache.is_some()),
        "a `via: run` program cannot take another runtime"
    );
    if x.via_run {
        let cache = work.join("cache");
        for (i, fallback) in [false, true].into_iter().enumerate() {
            let case = work.join(format!("case{i}"));
            setup_case(&case, &x);
            let mut cmd = Command::new(w2n());
            cmd.arg("run");
            add_target(&mut cmd, cross);
            cmd.args(["--dir", "sandbox::/sandbox"])
                .args(&x.build_args)
                .arg(&wasm)
                .args(&d.args)
                .current_dir(&case)
                .env("WASM2NATIVE_CACHE", &cache)
                .env("W2N_FROM_HOST", "leak");
            for (k, v) in &d.env {
                cmd.env(k, v);
            }
            if fallback {
                cmd.env("W2N_WASI_NO_OPENAT2", "1");
            }
            let o = run(cmd, d.stdin.as_bytes(), TOOL_TIMEOUT);
            if has_panic(&o) {
                failures.push(format!("wasm2native run panicked\n{}", o.dump()));
            }
            for e in check_case(&case, &d, &x, &o) {
                failures.push(format!(
                    "[run{}] {e}",
                    if fallback { ", no openat2" } else { "" }
                ));
            }
            let entries: Vec<_> = std::fs::read_dir(cache.join("exe"))
                .map(|r| r.filter_map(|e| e.ok()).map(|e| e.path()).collect())
                .unwrap_or_default();
            if entries.len() != 1 {
                failures.push(format!(
                    "after run {}: expected 1 cached executable, found {entries:?}",
                    i + 1
                ));
            }
        }
    } else {
        let exe = work.join(&name);
        let mut build = Command::new(w2n());
        build
            .arg("build")
            .arg(&wasm)
            .arg("-o")
            .arg(&exe)
            .args(["--dir", "sandbox::/sandbox"])
            .args(&x.build_args);
        if let Some(c) = cache {
            build.env("WASM2NATIVE_CACHE", c);
        }
        add_target(&mut build, cross);
        let b = run(build, b"", TOOL_TIMEOUT);
        if b.code != Some(0) || !exe.exists() || has_panic(&b) {
            return Err(format!("wasm2native build failed\n{}", b.dump()));
        }
        for (i, fallback) in [false, true].into_iter().enumerate() {
            let case = work.join(format!("case{i}"));
            setup_case(&case, &x);
            let o = run_case(
                case_command(&exe, cross, &d, &case, fallback),
                &case,
                &d,
                &x,
            );
            for e in check_case(&case, &d, &x, &o) {
                failures.push(format!(
                    "[{}] {e}",
                    if fallback { "no openat2" } else { "openat2" }
                ));
            }
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures
            .iter()
            .map(|e| format!("  - {e}"))
            .collect::<Vec<_>>()
            .join("\n"))
    }
}

fn sources() -> Vec<PathBuf> {
    let dir = repo_root().join("tests").join("wasi");
    let filter = std::env::var("W2N_WASI_FILTER").unwrap_or_default();
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "c" || x == "rs"))
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    v.sort();
    v
}

/// Whether openat2 works where the executables run (the host kernel, or qemu-user's
/// emulation of it): `Ok(true)`, `Ok(false)` when it answers ENOSYS, `Err` when the
/// probe itself could not be built or run.
fn probe_openat2(dir: &Path, cross: Option<&CrossTarget>) -> Result<bool, String> {
    let src = dir.join("openat2_probe.c");
    let exe = dir.join("openat2_probe");
    std::fs::write(
        &src,
        r#"#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
struct how { uint64_t flags, mode, resolve; };
int main(void) {
    struct how h = { O_RDONLY | O_DIRECTORY, 0, 0x08 /* RESOLVE_BENEATH */ };
    long r = syscall(437 /* openat2, on every architecture */, AT_FDCWD, ".", &h, sizeof h);
    if (r >= 0) { puts("available"); return 0; }
    if (errno == ENOSYS) { puts("ENOSYS"); return 0; }
    printf("errno %d\n", errno);
    return 1;
}
"#,
    )
    .map_err(|e| e.to_string())?;
    let mut cc = Command::new(cross.map_or("cc", |c| c.cc));
    cc.arg("-O1").arg(&src).arg("-o").arg(&exe);
    let o = run(cc, b"", TOOL_TIMEOUT);
    if o.code != Some(0) {
        return Err(format!("compiling the openat2 probe failed\n{}", o.dump()));
    }
    let o = run(exe_command(&exe, cross), b"", RUN_TIMEOUT);
    match (o.code, o.stdout.trim()) {
        (Some(0), "available") => Ok(true),
        (Some(0), "ENOSYS") => Ok(false),
        _ => Err(format!("the openat2 probe failed\n{}", o.dump())),
    }
}

#[test]
fn wasi() {
    run_all("wasi", None);
}

#[test]
fn wasi_aarch64() {
    run_all("wasi-aarch64", Some(&CROSS_AARCH64));
}

#[test]
fn wasi_riscv64() {
    run_all("wasi-riscv64", Some(&CROSS_RISCV64));
}

fn run_all(label: &str, cross: Option<&CrossTarget>) {
    if let Some(c) = cross {
        c.require_tools(label);
    }
    let dir = fresh_temp_dir(label);
    let openat2 = probe_openat2(&dir, cross).unwrap_or_else(|e| panic!("{label}: {e}"));
    let srcs = sources();
    assert!(!srcs.is_empty(), "no tests/wasi/*.c or *.rs found");
    let results = parallel_map(&srcs, test_threads(), |s| {
        let name = s.file_name().unwrap().to_string_lossy().into_owned();
        let r = run_one(s, &dir, cross);
        eprintln!(
            "{label}: {} {name}",
            if r.is_ok() { "ok  " } else { "FAIL" }
        );
        (name, r)
    });
    let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
    for (name, r) in &failed {
        if let Err(e) = r {
            println!("\n--- {name}\n{e}");
        }
    }
    let passed = results.len() - failed.len();
    if !openat2 {
        // Not a skip: the runs still happen and are checked, but the runtime's openat2
        // path cannot be exercised where openat2 answers ENOSYS.
        let where_ = cross.map_or("the host kernel".to_string(), |c| {
            format!("{} (qemu-user does not emulate it)", c.qemu)
        });
        println!(
            "{label}: NOTE openat2 unavailable: openat2 answers ENOSYS under {where_}, so the \
             runtime fell back to its checked walk in the {} runs labelled \"openat2\" \
             (they were still run and checked; the fallback walk is covered by every run)",
            results.len()
        );
    }
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

/// A protection of the WASI layer, removed on purpose from a copy of runtime-support:
/// the sandbox-escape corpus must catch it (`wasi_escape_mutants`).
struct Mutant {
    name: &'static str,
    /// What the mutant breaks.
    what: &'static str,
    /// The runtime-support file, the exact text replaced (once) and its replacement.
    file: &'static str,
    from: &'static str,
    to: &'static str,
    /// Only the openat2 resolution is broken: it cannot show where openat2 is missing.
    needs_openat2: bool,
}

const MUTANTS: &[Mutant] = &[
    Mutant {
        name: "walk-dotdot",
        what: "the checked walk lets `..` climb above the preopen (the depth check removed)",
        file: "src/wasi_path.c",
        from: "if (strcmp(comp, \"..\") == 0) {\n            if (depth == 0) {",
        to: "if (strcmp(comp, \"..\") == 0 && depth > 0) {\n            if (depth == 0) {",
        needs_openat2: false,
    },
    Mutant {
        name: "openat2-unconfined",
        what: "openat2 resolves without RESOLVE_BENEATH (`..`, absolute paths and symlinks leave the preopen)",
        file: "src/wasi_path.c",
        from: "RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS};",
        to: "RESOLVE_NO_MAGICLINKS};",
        needs_openat2: true,
    },
    Mutant {
        name: "walk-follows-dir-links",
        what: "the checked walk lets the kernel follow a symlink in a directory component (O_NOFOLLOW dropped)",
        file: "src/wasi_path.c",
        from: "int fd = openat(cur, comp, O_PATH | O_NOFOLLOW | O_CLOEXEC);",
        to: "int fd = openat(cur, comp, O_PATH | O_CLOEXEC);",
        needs_openat2: false,
    },
    Mutant {
        name: "walk-follows-last-link",
        what: "the checked walk lets the kernel follow a symlink in the last component (O_NOFOLLOW dropped)",
        file: "src/wasi_path.c",
        from: "result = openat(cur, comp, flags | O_NOFOLLOW | O_CLOEXEC |",
        to: "result = openat(cur, comp, flags | O_CLOEXEC |",
        needs_openat2: false,
    },
    Mutant {
        name: "symlink-absolute-target",
        what: "path_symlink plants a symlink with an absolute target (pointing out of the sandbox)",
        file: "src/wasi_path.c",
        from: "if (target[0] == '/') e = WE_PERM;\n    else if (r.had_slash)",
        to: "if (0) e = WE_PERM;\n    else if (r.had_slash)",
        needs_openat2: false,
    },
    Mutant {
        name: "path-interior-nul",
        what: "a guest path with a NUL inside is cut at the NUL instead of refused (another file than the one checked)",
        file: "src/wasi_path.c",
        from: "if (memchr(p, 0, len)) return WE_INVAL; /* interior NUL */",
        to: "",
        needs_openat2: false,
    },
    Mutant {
        name: "iovec-array-unchecked",
        what: "the iovec array's (pointer, count) is not checked against the guest memory",
        file: "src/wasi_core.c",
        from: "const uint8_t* arr = w2n_mem(inst, iovs, (uint64_t)n * 8);",
        to: "const uint8_t* arr = w2n_mem(inst, 0, 0) + iovs;",
        needs_openat2: false,
    },
    Mutant {
        name: "iovec-buffer-unchecked",
        what: "each iovec's (pointer, length) is not checked against the guest memory",
        file: "src/wasi_core.c",
        from: "uint8_t* buf = w2n_mem(inst, ptr, len);",
        to: "uint8_t* buf = w2n_mem(inst, 0, 0) + ptr;",
        needs_openat2: false,
    },
    Mutant {
        name: "guest-range-length",
        what: "every guest (pointer, length) check ignores the length (w2n_mem's range test)",
        file: "src/memory.c",
        from: "return off <= size && len <= size - off;",
        to: "return off <= size;",
        needs_openat2: false,
    },
    Mutant {
        name: "guest-range-off-by-one",
        what: "the guest (pointer, length) check allows one byte past the end of memory",
        file: "src/memory.c",
        from: "return off <= size && len <= size - off;",
        to: "return off <= size && len <= size - off + 1;",
        needs_openat2: false,
    },
    Mutant {
        name: "host-fds-exposed",
        what: "a descriptor number not in the guest's table is taken as the runtime's own host descriptor",
        file: "src/wasi_core.c",
        from: "    if (!c || !c->state || fd >= c->state->cap || !c->state->fds[fd].used) return NULL;\n    return &c->state->fds[fd];",
        to: "    if (c && c->state && fd < c->state->cap && c->state->fds[fd].used) return &c->state->fds[fd];\n    static wasi_fd host_fd;\n    struct stat st;\n    if (!c || fstat((int)fd, &st) != 0) return NULL;\n    memset(&host_fd, 0, sizeof host_fd);\n    host_fd.used = 1;\n    host_fd.host = (int)fd;\n    host_fd.type = wasi_filetype(st.st_mode);\n    host_fd.rights_base = host_fd.rights_inh = ~0ull;\n    return &host_fd;",
        needs_openat2: false,
    },
];

/// The sandbox-escape corpus: tests/wasi/escape_*.c and sandbox.c.
fn escape_corpus() -> Vec<PathBuf> {
    let dir = repo_root().join("tests").join("wasi");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.ends_with(".c") && (n.starts_with("escape_") || n == "sandbox.c")
        })
        .collect();
    v.sort();
    v
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let t = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            std::fs::copy(e.path(), &t).unwrap();
        }
    }
}

/// The real runtime as `build` caches it under `cache` (built by a first `build`).
fn real_runtime(dir: &Path, cache: &Path) -> PathBuf {
    let wat = dir.join("empty.wat");
    std::fs::write(&wat, "(module (func (export \"_start\")))").unwrap();
    let mut b = Command::new(w2n());
    b.arg("build")
        .arg(&wat)
        .arg("-o")
        .arg(dir.join("empty"))
        .env("WASM2NATIVE_CACHE", cache);
    let o = run(b, b"", TOOL_TIMEOUT);
    assert_eq!(o.code, Some(0), "building the real runtime\n{}", o.dump());
    let host = format!("-{}-", std::env::consts::ARCH);
    std::fs::read_dir(cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.starts_with("runtime-") && n.contains(&host) && !n.contains(".tmp")
        })
        .expect("the runtime in the cache")
}

/// A cache holding `real` (the runtime's directory) with `m` compiled into its
/// archive in place of the real object.
fn mutant_cache(real: &Path, m: &Mutant, dir: &Path) -> PathBuf {
    let cache = dir.join(format!("cache-{}", m.name));
    let rt = cache.join(real.file_name().unwrap());
    copy_dir(real, &rt);
    let rs = repo_root().join("runtime-support");
    let text = std::fs::read_to_string(rs.join(m.file)).unwrap();
    assert_eq!(
        text.matches(m.from).count(),
        1,
        "mutant {}: the text to replace is not once in runtime-support/{} (update the mutant)",
        m.name,
        m.file
    );
    let stem = Path::new(m.file).file_stem().unwrap().to_string_lossy();
    let work = dir.join(format!("src-{}", m.name));
    std::fs::create_dir_all(&work).unwrap();
    let src = work.join(format!("{stem}.c"));
    std::fs::write(&src, text.replace(m.from, m.to)).unwrap();
    let lib = rt.join("libw2nrt.a");
    let mut ar = Command::new("ar");
    ar.arg("t").arg(&lib);
    let members = run(ar, b"", TOOL_TIMEOUT);
    let member = members
        .stdout
        .lines()
        .find(|l| l.ends_with(&format!("-{stem}.o")) || *l == format!("{stem}.o"))
        .unwrap_or_else(|| panic!("no {stem}.o in {}", lib.display()))
        .to_string();
    let obj = work.join(&member);
    // The flags of compiler/src/toolchain.rs's cc_build.
    let mut cc = Command::new("cc");
    cc.args(["-c", "-O2", "-std=c11", "-D_GNU_SOURCE", "-fPIC"])
        .args(["-fno-omit-frame-pointer", "-w", "-I"])
        .arg(rs.join("include"))
        .arg("-I")
        .arg(rs.join("src"))
        .arg(&src)
        .arg("-o")
        .arg(&obj);
    let o = run(cc, b"", TOOL_TIMEOUT);
    assert_eq!(
        o.code,
        Some(0),
        "mutant {} does not compile\n{}",
        m.name,
        o.dump()
    );
    let mut ar = Command::new("ar");
    ar.arg("r").arg(&lib).arg(&obj);
    let o = run(ar, b"", TOOL_TIMEOUT);
    assert_eq!(o.code, Some(0), "ar\n{}", o.dump());
    cache
}

/// Each protection of the WASI layer, removed from a copy of runtime-support
/// (`MUTANTS`), must be caught by at least one entry of the sandbox-escape corpus,
/// and the real runtime must pass every entry. `W2N_MUTANT=name` runs one mutant.
#[test]
fn wasi_escape_mutants() {
    let dir = fresh_temp_dir("wasi-mutants");
    let openat2 = probe_openat2(&dir, None).unwrap_or_else(|e| panic!("{e}"));
    let corpus = escape_corpus();
    assert!(corpus.len() >= 4, "the escape corpus: {corpus:?}");
    let real_cache = dir.join("cache-real");
    let real = real_runtime(&dir, &real_cache);
    let threads = test_threads();
    let r = parallel_map(&corpus, threads, |s| {
        run_one_with(s, &dir.join("real"), None, Some(&real_cache))
    });
    for (s, r) in corpus.iter().zip(&r) {
        if let Err(e) = r {
            panic!("the real runtime fails {}:\n{e}", s.display());
        }
    }
    let only = std::env::var("W2N_MUTANT").unwrap_or_default();
    let mutants: Vec<&Mutant> = MUTANTS
        .iter()
        .filter(|m| only.is_empty() || m.name == only)
        .filter(|m| {
            if m.needs_openat2 && !openat2 {
                println!(
                    "NOTE mutant {}: not run, openat2 answers ENOSYS here",
                    m.name
                );
            }
            openat2 || !m.needs_openat2
        })
        .collect();
    let caches: Vec<PathBuf> = mutants
        .iter()
        .map(|m| mutant_cache(&real, m, &dir))
        .collect();
    let jobs: Vec<(usize, &PathBuf)> = (0..mutants.len())
        .flat_map(|i| corpus.iter().map(move |s| (i, s)))
        .collect();
    let results = parallel_map(&jobs, threads, |(i, s)| {
        let work = dir.join(format!("run-{}", mutants[*i].name));
        run_one_with(s, &work, None, Some(&caches[*i]))
    });
    let mut survivors = Vec::new();
    for (i, m) in mutants.iter().enumerate() {
        let caught: Vec<String> = jobs
            .iter()
            .zip(&results)
            .filter(|((j, _), r)| *j == i && r.is_err())
            .map(|((_, s), r)| {
                let first = r.as_ref().unwrap_err().lines().next().unwrap_or("").trim();
                format!("{} ({first})", s.file_name().unwrap().to_string_lossy())
            })
            .collect();
        println!("mutant {} ({}): caught by {}", m.name, m.what, caught.len());
        for c in &caught {
            println!("    {c}");
        }
        if caught.is_empty() {
            survivors.push(m.name);
        }
    }
    assert!(
        survivors.is_empty(),
        "mutants the escape corpus does not catch: {survivors:?}"
    );
    if std::env::var_os("W2N_KEEP").is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
