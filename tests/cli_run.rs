//! `wasm2native run` and its cache, and `build`'s entry point: options only before
//! MODULE (everything after it goes to the program, as with `wasmtime run`),
//! `--argv0`, `--invoke FUNC [ARGS]...` (results printed as Wasmtime prints them),
//! `--dir`/`--env` given at run time to one cached executable per module, the cache's
//! SHA-256 key checked on every hit, its size bound with least-recently-used eviction,
//! `wasm2native cache dir|size|clean`, and `build` refusing a module with nothing to
//! run unless `--entry NAME` names a function export.
//!
//! Every test uses its own cache directory (`WASM2NATIVE_CACHE`).

#[path = "support/common.rs"]
mod common;

use common::{fresh_temp_dir, has_panic, run, w2n, Outcome};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(300);

/// A WASI program that prints its arguments, its environment and whether the preopen
/// `/d` holds `hello.txt`, then exits 3.
const ARGS_C: &str = r#"
#include <stdio.h>
#include <stdlib.h>
extern char** environ;
int main(int argc, char** argv) {
    for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    for (char** e = environ; *e; e++) printf("env %s\n", *e);
    FILE* f = fopen("/d/hello.txt", "r");
    printf("dir=%s\n", f ? "yes" : "no");
    return 3;
}
"#;

/// A module without `_start` or `main`, for `--invoke` and `--entry`.
const LIB_WAT: &str = r#"(module
  (memory (export "mem") 1)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "mix") (param i64 f32 f64) (result i64 f32 f64)
    local.get 0 local.get 1 local.get 2)
  (func (export "none"))
  (func (export "v") (result v128) v128.const i64x2 -1 1)
  (func (export "fref") (result funcref) ref.null func)
  (func (export "takesv") (param v128))
  (func (export "div") (param i32) (result i32) i32.const 1 local.get 0 i32.div_s)
)
"#;

struct Case {
    dir: PathBuf,
    cache: PathBuf,
}

impl Case {
    fn new(tag: &str) -> Case {
        let dir = fresh_temp_dir(tag);
        let cache = dir.join("cache");
        Case { dir, cache }
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    /// `args.c` compiled to `args.wasm` with clang and wasi-libc, plus `d/hello.txt`.
    fn args_wasm(&self) -> PathBuf {
        let src = self.write("args.c", ARGS_C);
        let wasm = self.dir.join("args.wasm");
        let sysroot = std::env::var("W2N_WASI_SYSROOT").unwrap_or_else(|_| "/usr".into());
        let mut c = Command::new("clang");
        c.arg("--target=wasm32-wasi")
            .arg(format!("--sysroot={sysroot}"))
            .arg("-O2")
            .arg(&src)
            .arg("-o")
            .arg(&wasm);
        let o = run(c, b"", TIMEOUT);
        assert_eq!(o.code, Some(0), "clang: {}", o.dump());
        std::fs::create_dir_all(self.dir.join("d")).unwrap();
        std::fs::write(self.dir.join("d/hello.txt"), "hi\n").unwrap();
        wasm
    }

    fn command(&self, args: &[&OsStr]) -> Command {
        let mut c = Command::new(w2n());
        c.args(args)
            .current_dir(&self.dir)
            .env("WASM2NATIVE_CACHE", &self.cache)
            .env_remove("WASM2NATIVE_CACHE_MAX");
        c
    }

    fn w2n(&self, args: &[&str]) -> Outcome {
        let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
        let o = run(self.command(&args), b"", TIMEOUT);
        assert!(!has_panic(&o), "wasm2native panicked: {}", o.dump());
        o
    }

    /// The cache entries (directories under `exe/` named by their SHA-256).
    fn entries(&self) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(self.cache.join("exe"))
            .map(|r| r.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        v.sort();
        v
    }

    fn only_entry(&self) -> PathBuf {
        let e = self.entries();
        assert_eq!(e.len(), 1, "expected one cache entry: {e:?}");
        e[0].clone()
    }
}

impl Drop for Case {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

/// Everything after MODULE goes to the program, `--`, `--help` and our own options
/// included; options before MODULE are ours.
#[test]
fn arguments_after_module_belong_to_the_program() {
    let c = Case::new("run-args");
    c.args_wasm();
    let o = c.w2n(&[
        "run",
        "--dir",
        "d::/d",
        "--env",
        "G=1",
        "args.wasm",
        "--dir",
        "x",
        "--env",
        "Y=2",
        "--",
        "--help",
        "--argv0",
        "z",
    ]);
    assert_eq!(o.code, Some(3), "{}", o.dump());
    assert_eq!(
        lines(&o.stdout),
        [
            "argv[0]=args.wasm",
            "argv[1]=--dir",
            "argv[2]=x",
            "argv[3]=--env",
            "argv[4]=Y=2",
            "argv[5]=--",
            "argv[6]=--help",
            "argv[7]=--argv0",
            "argv[8]=z",
            "env G=1",
            "dir=yes",
        ],
        "{}",
        o.dump()
    );
    // `--help` after MODULE is the program's, not ours.
    let o = c.w2n(&["run", "args.wasm", "--help"]);
    assert_eq!(o.code, Some(3), "{}", o.dump());
    assert_eq!(
        lines(&o.stdout),
        ["argv[0]=args.wasm", "argv[1]=--help", "dir=no"],
        "{}",
        o.dump()
    );
    // `--argv0` before MODULE sets argv[0]; by default it is MODULE's file name only.
    let abs = c.dir.join("args.wasm");
    let o = c.w2n(&["run", abs.to_str().unwrap(), "a"]);
    assert!(
        o.stdout.starts_with("argv[0]=args.wasm\nargv[1]=a\n"),
        "{}",
        o.dump()
    );
    let o = c.w2n(&["run", "--argv0", "busybox", "args.wasm", "ls"]);
    assert!(
        o.stdout.starts_with("argv[0]=busybox\nargv[1]=ls\n"),
        "{}",
        o.dump()
    );
    c.only_entry();
}

/// `--dir`/`--env`/`--inherit-env` are given to the cached executable at run time:
/// different values reuse one entry, and nothing private reaches the guest.
#[test]
fn run_time_wasi_settings_share_one_cache_entry() {
    let c = Case::new("run-wasi");
    c.args_wasm();
    let o = c.w2n(&["run", "--dir", "d::/d", "--env", "A=1", "args.wasm", "x"]);
    assert_eq!(
        lines(&o.stdout),
        ["argv[0]=args.wasm", "argv[1]=x", "env A=1", "dir=yes"],
        "{}",
        o.dump()
    );
    let first = c.only_entry();
    let o = c.w2n(&["run", "--env", "B=2", "--env", "C=3", "args.wasm"]);
    assert_eq!(
        lines(&o.stdout),
        ["argv[0]=args.wasm", "env B=2", "env C=3", "dir=no"],
        "{}",
        o.dump()
    );
    let o = c.w2n(&["run", "--dir", "d::/d", "args.wasm"]);
    assert_eq!(
        lines(&o.stdout),
        ["argv[0]=args.wasm", "dir=yes"],
        "{}",
        o.dump()
    );
    // --env K passes wasm2native's own K through; --inherit-env everything, and no
    // private setting shows up in the guest's environment or arguments.
    let mut cmd = c.command(&[
        "run".as_ref(),
        "--inherit-env".as_ref(),
        "args.wasm".as_ref(),
    ]);
    cmd.env("W2N_TEST_MARK", "seen");
    let o = run(cmd, b"", TIMEOUT);
    assert!(
        o.stdout.contains("env W2N_TEST_MARK=seen\n"),
        "{}",
        o.dump()
    );
    assert!(!o.stdout.contains("--w2n-run-cache"), "{}", o.dump());
    assert!(
        o.stdout.starts_with("argv[0]=args.wasm\nenv "),
        "{}",
        o.dump()
    );
    let mut cmd = c.command(&[
        "run".as_ref(),
        "--env".as_ref(),
        "W2N_TEST_MARK".as_ref(),
        "args.wasm".as_ref(),
    ]);
    cmd.env("W2N_TEST_MARK", "passed").env("W2N_OTHER", "no");
    let o = run(cmd, b"", TIMEOUT);
    assert_eq!(
        lines(&o.stdout),
        ["argv[0]=args.wasm", "env W2N_TEST_MARK=passed", "dir=no"],
        "{}",
        o.dump()
    );
    // Nor does the number of compile threads.
    let o = c.w2n(&["run", "-j", "1", "args.wasm"]);
    assert_eq!(o.code, Some(3), "{}", o.dump());
    assert_eq!(c.only_entry(), first);
}

/// An executable of `build` never honours the private arguments `run` gives cached
/// executables: they reach its guest as ordinary arguments, and grant nothing.
#[test]
fn built_executables_ignore_run_cache_arguments() {
    let c = Case::new("run-build-private");
    c.args_wasm();
    let o = c.w2n(&["build", "args.wasm", "-o", "prog"]);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    let mut cmd = Command::new(c.dir.join("prog"));
    cmd.args([
        "--w2n-run-cache",
        "--dir",
        "d",
        "/d",
        "--env",
        "X=1",
        "--",
        "a",
    ])
    .current_dir(&c.dir);
    let o = run(cmd, b"", TIMEOUT);
    assert_eq!(o.code, Some(3), "{}", o.dump());
    assert!(
        o.stdout.contains("argv[1]=--w2n-run-cache\n") && o.stdout.ends_with("dir=no\n"),
        "{}",
        o.dump()
    );
    assert!(!o.stdout.contains("env X=1"), "{}", o.dump());
}

/// `--invoke FUNC ARGS...`: arguments parsed by the parameter types (decimal or 0x
/// hex integers, Rust float syntax), results printed one per line as Wasmtime prints
/// them; a trap is `wasm trap:` and exit 134; every invocation uses the same entry.
#[test]
fn invoke_calls_an_export_and_prints_its_results() {
    let c = Case::new("run-invoke");
    c.write("lib.wat", LIB_WAT);
    let ok = |args: &[&str], want: &[&str]| {
        let mut a = vec!["run", "--invoke"];
        a.extend_from_slice(args);
        let o = c.w2n(&a);
        assert_eq!(o.code, Some(0), "{args:?}: {}", o.dump());
        assert_eq!(lines(&o.stdout), want, "{args:?}: {}", o.dump());
    };
    ok(&["add", "lib.wat", "2", "0x28"], &["42"]);
    ok(&["add", "lib.wat", "-7", "2", "extra"], &["-5"]);
    ok(&["add", "lib.wat", "2147483647", "1"], &["-2147483648"]);
    ok(
        &["mix", "lib.wat", "9223372036854775807", "1.5", "1e21"],
        &["9223372036854775807", "1.5", "1000000000000000000000"],
    );
    ok(
        &["mix", "lib.wat", "0x10", "0.1", "1e-7"],
        &["16", "0.1", "0.0000001"],
    );
    ok(
        &["mix", "lib.wat", "0", "NaN", "-inf"],
        &["0", "NaN", "-inf"],
    );
    ok(
        &["mix", "lib.wat", "0", "-0", "3.4028235e38"],
        &["0", "-0", "340282350000000000000000000000000000000"],
    );
    ok(&["none", "lib.wat"], &[]);
    ok(&["v", "lib.wat"], &["36893488147419103231"]);
    ok(&["fref", "lib.wat"], &["<null funcref>"]);
    let o = c.w2n(&["run", "--invoke", "div", "lib.wat", "0"]);
    assert_eq!(o.code, Some(134), "{}", o.dump());
    assert!(
        o.stderr.starts_with("wasm trap: integer divide by zero"),
        "{}",
        o.dump()
    );
    c.only_entry();
    let err = |args: &[&str], want: &str| {
        let mut a = vec!["run", "--invoke"];
        a.extend_from_slice(args);
        let o = c.w2n(&a);
        assert!(matches!(o.code, Some(1 | 2)), "{args:?}: {}", o.dump());
        assert!(
            o.stderr.starts_with("error: ") && o.stderr.contains(want),
            "{args:?}: expected {want:?}: {}",
            o.dump()
        );
        assert_eq!(o.stdout, "", "{args:?}");
    };
    err(&["nope", "lib.wat"], "no export named `nope`");
    err(&["mem", "lib.wat"], "`mem` is not a function");
    err(&["add", "lib.wat", "1"], "not enough arguments for `add`");
    err(
        &["add", "lib.wat", "1", "x"],
        "argument 2 `x` is not a valid i32",
    );
    err(&["add", "lib.wat", "1", "4294967296"], "not a valid i32");
    // As in Wasmtime: hex only without a sign, within the signed range.
    err(&["add", "lib.wat", "1", "-0x10"], "not a valid i32");
    err(&["add", "lib.wat", "1", "0xffffffff"], "not a valid i32");
    err(&["mix", "lib.wat", "1", "0x1p3", "1"], "not a valid f32");
    err(
        &["takesv", "lib.wat", "1"],
        "parameter 1 is a v128, which cannot be given on the command line",
    );
}

/// No silent no-op: `build` (and `run` without `--invoke`) of a module with neither
/// `_start` nor `main` is an error saying how to proceed; `build --entry NAME` calls
/// NAME, which must be a function export.
#[test]
fn modules_without_an_entry_point_are_refused() {
    let c = Case::new("run-entry");
    c.write("lib.wat", LIB_WAT);
    let o = c.w2n(&["build", "lib.wat", "-o", "lib"]);
    assert_eq!(o.code, Some(2), "{}", o.dump());
    for want in [
        "neither `_start` nor `main`",
        "--entry NAME",
        "run --invoke",
        "wasm2native compile",
        "exported functions: add, mix",
    ] {
        assert!(o.stderr.contains(want), "{want:?}: {}", o.dump());
    }
    assert_eq!(o.stderr.lines().count(), 1, "{}", o.dump());
    assert!(!c.dir.join("lib").exists());
    let o = c.w2n(&["run", "lib.wat"]);
    assert_eq!(o.code, Some(2), "{}", o.dump());
    assert!(
        o.stderr.starts_with("error: ") && o.stderr.contains("--invoke FUNC"),
        "{}",
        o.dump()
    );
    for (entry, want) in [
        ("nope", "no export named `nope`"),
        ("mem", "`mem` is not a function"),
    ] {
        let o = c.w2n(&["build", "lib.wat", "--entry", entry, "-o", "lib"]);
        assert_eq!(o.code, Some(2), "{}", o.dump());
        assert!(
            o.stderr.starts_with("error: --entry ") && o.stderr.contains(want),
            "{}",
            o.dump()
        );
    }
    // --entry calls the export: here it traps (exit 134).
    let o = c.w2n(&["build", "lib.wat", "--entry", "div", "-o", "lib"]);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    let r = run(Command::new(c.dir.join("lib")), b"", TIMEOUT);
    assert_eq!(r.code, Some(134), "{}", r.dump());
    assert!(
        r.stderr.starts_with("wasm trap: integer divide by zero"),
        "{}",
        r.dump()
    );
    // ... and its i32 result is the exit code, as main's.
    c.write(
        "seven.wat",
        r#"(module (func (export "seven") (result i32) i32.const 7) (func (export "_start") unreachable))"#,
    );
    let o = c.w2n(&["build", "seven.wat", "--entry", "seven", "-o", "seven"]);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    let r = run(Command::new(c.dir.join("seven")), b"", TIMEOUT);
    assert_eq!(r.code, Some(7), "{}", r.dump());
}

/// `run` provides WASI only: a module importing anything else is refused before
/// compiling, with the way to provide it (`build --link`), and nothing is cached.
#[test]
fn run_refuses_non_wasi_imports() {
    let c = Case::new("run-imports");
    c.write(
        "imp.wat",
        r#"(module (import "env" "foo" (func (param i32)))
             (import "env" "mem" (memory 1))
             (func (export "_start")))"#,
    );
    let o = c.w2n(&["run", "imp.wat"]);
    assert_eq!(o.code, Some(2), "{}", o.dump());
    assert!(
        o.stderr
            .starts_with("error: the module imports env.foo, env.mem, which `run` cannot")
            && o.stderr.contains("--link FILE.c")
            && o.stderr.lines().count() == 1,
        "{}",
        o.dump()
    );
    assert!(c.entries().is_empty());
}

/// A hit is checked against the stored key and the program's hash: a corrupted key
/// or a replaced program is rebuilt, never executed.
#[test]
fn cache_hits_are_verified() {
    let c = Case::new("run-verify");
    c.write("hello.wat", &start_module(5));
    let o = c.w2n(&["run", "hello.wat"]);
    assert_eq!(o.code, Some(5), "{}", o.dump());
    let entry = c.only_entry();
    let key = std::fs::read_to_string(entry.join("key")).unwrap();
    assert!(key.contains("module sha256="), "{key}");
    // The name is the SHA-256 of the key text (without the program's hash line).
    let name = entry.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(name.len(), 64);
    // A key that names another module: rebuilt.
    let forged = key.replacen("module sha256=", "module sha256=00", 1);
    std::fs::write(entry.join("key"), &forged).unwrap();
    let o = c.w2n(&["run", "hello.wat"]);
    assert_eq!(o.code, Some(5), "{}", o.dump());
    assert_eq!(std::fs::read_to_string(entry.join("key")).unwrap(), key);
    // A program replaced behind the cache's back: rebuilt, never executed.
    let program = entry.join("program");
    std::fs::remove_file(&program).unwrap();
    std::fs::write(&program, "#!/bin/sh\necho tampered\nexit 9\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    let o = c.w2n(&["run", "hello.wat"]);
    assert_eq!(o.code, Some(5), "{}", o.dump());
    assert!(!o.stdout.contains("tampered"), "{}", o.dump());
    assert_eq!(c.only_entry(), entry);
}

fn start_module(n: u32) -> String {
    format!(
        r#"(module (func $exit (import "wasi_snapshot_preview1" "proc_exit") (param i32))
             (func (export "_start") (call $exit (i32.const {n}))))"#
    )
}

fn entry_bytes(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.metadata().unwrap().len())
        .sum()
}

/// The cache keeps its executables under `WASM2NATIVE_CACHE_MAX`, evicting the least
/// recently used first (a hit counts as a use).
#[test]
fn cache_evicts_least_recently_used_entries() {
    let c = Case::new("run-evict");
    for n in 1..=3 {
        c.write(&format!("m{n}.wat"), &start_module(n));
    }
    let runs = |m: &str, max: Option<&str>| {
        let mut cmd = c.command(&["run".as_ref(), m.as_ref()]);
        if let Some(max) = max {
            cmd.env("WASM2NATIVE_CACHE_MAX", max);
        }
        let o = run(cmd, b"", TIMEOUT);
        let want = m[1..2].parse::<i32>().unwrap();
        assert_eq!(o.code, Some(want), "{m}: {}", o.dump());
    };
    // A file of the previous cache format (FNV-named executables) goes at the first
    // eviction pass.
    std::fs::create_dir_all(c.cache.join("exe")).unwrap();
    std::fs::write(c.cache.join("exe/0123456789abcdef"), "old").unwrap();
    runs("m1.wat", None);
    let e1 = c.only_entry();
    let size = entry_bytes(&e1);
    // Room for two entries, not three.
    let max = (size * 5 / 2).to_string();
    runs("m2.wat", Some(&max));
    assert_eq!(c.entries().len(), 2);
    std::thread::sleep(Duration::from_millis(20));
    runs("m1.wat", Some(&max)); // a hit: m1 is now more recent than m2
    std::thread::sleep(Duration::from_millis(20));
    runs("m3.wat", Some(&max)); // m2 goes
    let left = c.entries();
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(left.contains(&e1), "m1 was used last, it stays: {left:?}");
    // A bound smaller than one entry keeps only the newest.
    runs("m2.wat", Some("1"));
    assert_eq!(c.entries().len(), 1);
    let o = c.w2n(&["cache", "size"]);
    assert!(o.stdout.starts_with("1 executable: "), "{}", o.dump());
    let mut bad = c.command(&["run".as_ref(), "m1.wat".as_ref()]);
    bad.env("WASM2NATIVE_CACHE_MAX", "lots");
    let o = run(bad, b"", TIMEOUT);
    assert_eq!(o.code, Some(1), "{}", o.dump());
    assert!(
        o.stderr.contains("WASM2NATIVE_CACHE_MAX=lots"),
        "{}",
        o.dump()
    );
}

/// `cache dir`, `cache size`, `cache clean`.
#[test]
fn cache_subcommand() {
    let c = Case::new("run-cache-cmd");
    c.write("m.wat", &start_module(0));
    let o = c.w2n(&["cache", "dir"]);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert_eq!(o.stdout.trim_end(), c.cache.display().to_string());
    let o = c.w2n(&["cache", "size"]);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert!(
        o.stdout
            .starts_with("0 executables: 0 bytes (bound 536870912 bytes"),
        "{}",
        o.dump()
    );
    assert_eq!(c.w2n(&["run", "m.wat"]).code, Some(0));
    let entry = c.only_entry();
    let o = c.w2n(&["cache", "size"]);
    let want = format!("1 executable: {} bytes", entry_bytes(&entry));
    assert!(o.stdout.starts_with(&want), "{want}: {}", o.dump());
    assert!(o.stdout.contains("\ntotal: "), "{}", o.dump());
    let o = c.w2n(&["cache", "clean"]);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert!(o.stdout.starts_with("removed "), "{}", o.dump());
    assert_eq!(std::fs::read_dir(&c.cache).unwrap().count(), 0);
    let o = c.w2n(&["cache", "size"]);
    assert!(o.stdout.starts_with("0 executables"), "{}", o.dump());
    assert_eq!(c.w2n(&["run", "m.wat"]).code, Some(0));
}

/// Concurrent runs of the same module on an empty cache all succeed and leave one
/// complete entry (entries are written to a scratch directory and renamed in place).
#[test]
fn concurrent_runs_share_one_entry() {
    let c = Case::new("run-concurrent");
    c.write("m.wat", &start_module(4));
    let children: Vec<_> = (0..3)
        .map(|_| {
            c.command(&["run".as_ref(), "m.wat".as_ref()])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut ch in children {
        assert_eq!(ch.wait().unwrap().code(), Some(4));
    }
    let e = c.only_entry();
    assert!(e.join("program").is_file() && e.join("key").is_file());
}

/// `--invoke` prints floats exactly as Rust's `{}` (and so Wasmtime) does: checked on
/// pseudo-random bit patterns of every magnitude, subnormals included.
#[test]
fn invoke_prints_floats_as_wasmtime() {
    let c = Case::new("run-floats");
    let params = "f32 f32 f32 f32 f32 f32 f32 f32 f64 f64 f64 f64 f64 f64 f64 f64";
    let body: String = (0..16).map(|i| format!(" local.get {i}")).collect();
    c.write(
        "id.wat",
        &format!("(module (func (export \"id\") (param {params}) (result {params}){body}))"),
    );
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..16 {
        let mut args = vec![
            "run".to_string(),
            "--invoke".into(),
            "id".into(),
            "id.wat".into(),
        ];
        let mut want = Vec::new();
        for k in 0..16 {
            let bits = next();
            // Every fourth round, powers of two (where the rounding interval is
            // asymmetric); every third, small exponents (subnormals, tiny numbers).
            let s = if k < 8 {
                let b = if round % 4 == 3 {
                    bits as u32 & 0xff80_0000
                } else if round % 3 == 0 {
                    bits as u32 & 0x807f_ffff
                } else {
                    bits as u32
                };
                let v = f32::from_bits(b);
                if v.is_nan() {
                    "NaN".to_string()
                } else {
                    v.to_string()
                }
            } else {
                let b = if round % 4 == 3 {
                    bits & 0xfff0_0000_0000_0000
                } else if round % 3 == 1 {
                    bits & 0x800f_ffff_ffff_ffff
                } else {
                    bits
                };
                let v = f64::from_bits(b);
                if v.is_nan() {
                    "NaN".to_string()
                } else {
                    v.to_string()
                }
            };
            args.push(s.clone());
            want.push(s);
        }
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = c.w2n(&a);
        assert_eq!(o.code, Some(0), "{}", o.dump());
        assert_eq!(lines(&o.stdout), want, "{}", o.dump());
    }
}

/// Errors the executable reports itself start with `error:` (as wasm2native's own),
/// whether its settings were baked by `build` or given by `run`.
#[test]
fn executable_errors_start_with_error() {
    let c = Case::new("run-exe-errors");
    c.write("m.wat", &start_module(0));
    let o = c.w2n(&["build", "--dir", "no-such-dir", "m.wat", "-o", "m"]);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    let mut cmd = Command::new(c.dir.join("m"));
    cmd.current_dir(&c.dir);
    let r = run(cmd, b"", TIMEOUT);
    assert_eq!(r.code, Some(1), "{}", r.dump());
    assert!(
        r.stderr.starts_with(
            "error: cannot open directory no-such-dir (--dir): No such file or directory"
        ) && r.stderr.lines().count() == 1,
        "{}",
        r.dump()
    );
    let o = c.w2n(&["run", "--dir", "no-such-dir", "m.wat"]);
    assert_eq!(o.code, Some(1), "{}", o.dump());
    assert!(
        o.stderr
            .starts_with("error: cannot open directory no-such-dir")
            && o.stderr.lines().count() == 1,
        "{}",
        o.dump()
    );
}
