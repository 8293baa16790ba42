//! examples/embed/rust: a Rust crate whose build.rs compiles guest.wat with the
//! wasm2native library (`default-features = false`) and links it with the runtime
//! builds and runs, natively and for aarch64 under qemu-user.
//!
//! The crate is built by a nested `cargo build` with its own target directory,
//! target/embed-rust: `cargo test` holds the lock of target/debug while tests run, so
//! the workspace's own directory cannot be shared. Both builds pass `--target`, so
//! their build-script dependencies (cranelift, ...) are compiled once for both.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `embed-rust` in the workspace's target directory (wherever CARGO_TARGET_DIR put
/// it): this test runs from `<target>/debug/deps/`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's path");
    match exe.ancestors().nth(3) {
        Some(t) if exe.parent().is_some_and(|d| d.ends_with("deps")) => t.join("embed-rust"),
        _ => root().join("target/embed-rust"),
    }
}

/// Builds the example for `triple`; returns the executable.
fn build(triple: &str) -> PathBuf {
    let target_dir = target_dir();
    let manifest = root().join("examples/embed/rust/Cargo.toml");
    let mut c = Command::new(env!("CARGO"));
    c.arg("build")
        .arg("--quiet")
        .arg("--manifest-path")
        .arg(&manifest)
        .args(["--target", triple])
        .env("CARGO_TARGET_DIR", &target_dir);
    if triple.starts_with("aarch64") {
        c.env(
            "CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER",
            "aarch64-linux-gnu-gcc",
        );
    }
    let o = c.output().expect("running cargo");
    assert!(
        o.status.success(),
        "building examples/embed/rust for {triple} failed (for aarch64: \
         `rustup target add aarch64-unknown-linux-gnu`, gcc-aarch64-linux-gnu):\n{}",
        text(&o.stderr)
    );
    target_dir.join(triple).join("debug/embed-rust")
}

fn check(o: &Output, what: &str) {
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(
        o.status.code(),
        Some(0),
        "{what}: stderr:\n{err}\nstdout:\n{out}"
    );
    for line in [
        "add(2, 3) = 5",
        "hypot(3, 4) = 5",
        "[first] guest says: hello from wasm",
        "sum of 1..=10 in memory = 55",
        "memory[16..31] = \"hello from wasm\"",
        "count: first 4, second 1",
        "second's memory at 1024: [0, 0, 0, 0]",
        "div(7, 2) = 3",
        "div(1, 0) failed: wasm trap: integer divide by zero",
        "div(-9, 3) = -3 (after the trap)",
        "add as (i64) -> i64: `add` has type (i32, i32) -> i32, not (i64) -> i64",
        "nope: no function export `nope`",
    ] {
        assert!(
            out.lines().any(|l| l == line),
            "{what}: no line {line:?} in:\n{out}"
        );
    }
}

/// The example's dependency on the library (`default-features = false`) pulls in
/// neither clap nor sha2 (the command line's).
#[test]
fn library_without_cli_dependencies() {
    let o = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--prefix",
            "none",
            "-e",
            "normal,build",
            "--manifest-path",
        ])
        .arg(root().join("examples/embed/rust/Cargo.toml"))
        .output()
        .expect("running cargo tree");
    let out = text(&o.stdout);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(out.lines().any(|l| l.starts_with("wasm2native ")), "{out}");
    assert!(
        out.lines().any(|l| l.starts_with("cranelift-codegen ")),
        "{out}"
    );
    for unwanted in ["clap ", "sha2 "] {
        assert!(
            !out.lines().any(|l| l.starts_with(unwanted)),
            "{unwanted}in the library's dependencies:\n{out}"
        );
    }
}

#[test]
fn native() {
    let host = wasm2native::Target::host().name;
    let exe = build(&host);
    let o = Command::new(&exe).output().expect("running the example");
    check(&o, &host);
}

#[test]
fn aarch64_under_qemu() {
    let triple = "aarch64-unknown-linux-gnu";
    let exe = build(triple);
    let o = Command::new("qemu-aarch64")
        .arg("-L")
        .arg(Path::new("/usr/aarch64-linux-gnu"))
        .arg(&exe)
        .output()
        .expect("running qemu-aarch64 (install qemu-user)");
    check(&o, triple);
}
