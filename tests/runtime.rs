//! runtime-support's own C self-test (`runtime-support/test/run.sh`): builds every
//! runtime file with warnings as errors and runs the hand-built-descriptor tests (and
//! `wasi_noctx.c`: instances without a WASI context share no state), on the host and,
//! cross-compiled, under qemu-aarch64. Also the runtime's behaviour that depends on the
//! process around it (the stack limit under a big environment).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Builds `tests/wat/<name>.wat` (with tests/support/print.c) into `dir`.
fn build_wat(name: &str, target: Option<&str>, dir: &Path, links: &[&str]) -> PathBuf {
    let exe = dir.join(format!("{name}-{}", target.unwrap_or("host")));
    let mut b = Command::new(env!("CARGO_BIN_EXE_wasm2native"));
    b.arg("build")
        .arg(repo().join(format!("tests/wat/{name}.wat")))
        .arg("-o")
        .arg(&exe)
        .arg("--link")
        .arg(repo().join("tests/support/print.c"));
    for l in links {
        b.arg("--link").arg(repo().join("tests/support").join(l));
    }
    if let Some(t) = target {
        b.args(["--target", t]);
    }
    let o = b.output().expect("running wasm2native");
    assert!(
        o.status.success(),
        "building {name}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    exe
}

/// Unbounded recursion under `ulimit -s 8192` with five 60 KB environment variables
/// (they sit above the stack, in the same 8 MB): a clean `call stack exhausted`
/// (exit 134), never SIGSEGV (139). The limit used to be measured from the stack
/// pointer at the first call, as if the environment took no room.
fn stack_exhausted_with_big_env(target: Option<&str>) {
    let dir = std::env::temp_dir().join(format!(
        "w2n-rt-bigenv-{}-{}",
        std::process::id(),
        target.unwrap_or("host")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = build_wat("trap_stack_exhausted", target, &dir, &[]);
    let big = "x".repeat(60 * 1024);
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg("ulimit -s 8192 && exec \"$0\"").arg(&exe);
    for i in 1..=5 {
        cmd.env(format!("W2N_BIG_{i}"), &big);
    }
    let o = cmd.output().expect("running the executable");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(134), "stderr: {stderr}");
    assert!(
        stderr.starts_with("wasm trap: call stack exhausted"),
        "stderr: {stderr}"
    );
}

#[test]
fn stack_exhausted_with_big_env_glibc() {
    stack_exhausted_with_big_env(None);
}

#[test]
fn stack_exhausted_with_big_env_musl() {
    stack_exhausted_with_big_env(Some("x86_64-unknown-linux-musl"));
}

fn run_selftest(cc: &str, runner: &str) {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../runtime-support/test/run.sh"
    );
    let out = std::env::temp_dir().join(format!(
        "w2n-rt-selftest-{}-{}",
        std::process::id(),
        runner.len()
    ));
    std::fs::create_dir_all(&out).unwrap();
    let o = Command::new("sh")
        .arg(script)
        .env("CC", cc)
        .env("RUN", runner)
        .env("OUT", &out)
        .output()
        .expect("running runtime-support/test/run.sh");
    let stdout = String::from_utf8_lossy(&o.stdout);
    print!("{stdout}");
    let _ = std::fs::remove_dir_all(&out);
    assert!(
        o.status.success(),
        "selftest failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        stdout.contains(" passed, 0 failed"),
        "no passing summary: {stdout}"
    );
    assert!(
        stdout.contains("hello: ok"),
        "hello test did not pass: {stdout}"
    );
    assert!(
        stdout.contains("wasi_noctx: ok"),
        "wasi_noctx test did not pass: {stdout}"
    );
}

#[test]
fn selftest_host() {
    run_selftest("cc", "");
}

#[test]
fn selftest_aarch64_qemu() {
    run_selftest("aarch64-linux-gnu-gcc -static", "qemu-aarch64");
}

/// tests/wat/stack_deep_embedder.wat (an embedder's first call from 20000 C frames
/// deep, and from a thread with a small stack) with musl, whose pthread_getattr_np
/// reports only the part of the main thread's stack mapped so far. (e2e runs it with
/// glibc on every architecture.)
#[test]
fn deep_embedder_musl() {
    let dir = std::env::temp_dir().join(format!("w2n-rt-deep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = build_wat(
        "stack_deep_embedder",
        Some("x86_64-unknown-linux-musl"),
        &dir,
        &["deep_stack.c"],
    );
    let o = Command::new(&exe).output().expect("running the executable");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "main thread: call stack exhausted\nsmall thread: call stack exhausted\n",
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(o.status.code(), Some(0));
}
