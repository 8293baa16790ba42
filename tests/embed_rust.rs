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

// The example's hand-written mirror of wasm2native.h, checked against the header below.
#[allow(dead_code, unused_macros, unused_imports)]
#[path = "../examples/embed/rust/src/w2n.rs"]
mod w2n;

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

/// The structs and constants src/w2n.rs declares by hand have the header's layout and
/// values (a C program prints sizes, offsets and constants; Rust prints its own).
#[test]
fn ffi_matches_wasm2native_h() {
    use std::mem::{offset_of, size_of};
    use w2n::ffi::*;
    let dir = std::env::temp_dir().join(format!("w2n-embed-ffi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("layout.c");
    std::fs::write(
        &src,
        r#"#include <stddef.h>
#include <stdio.h>
#include "wasm2native.h"
#define F(T, f) printf(" %zu", offsetof(T, f))
int main(void) {
    printf("w2n_val %zu", sizeof(w2n_val)); F(w2n_val, lo); F(w2n_val, hi);
    printf("\nw2n_extern %zu", sizeof(w2n_extern)); F(w2n_extern, kind); F(w2n_extern, ptr);
    F(w2n_extern, host_fn); F(w2n_extern, type); F(w2n_extern, min); F(w2n_extern, max);
    F(w2n_extern, ref_type);
    printf("\nw2n_import %zu", sizeof(w2n_import)); F(w2n_import, module);
    F(w2n_import, module_len); F(w2n_import, name); F(w2n_import, name_len);
    F(w2n_import, kind); F(w2n_import, index); F(w2n_import, type_id);
    F(w2n_import, static_fn);
    printf("\nconsts %d %d %d\n", W2N_OK, W2N_EXTERN_FUNC, W2N_TRAP_HOST);
    return 0;
}
"#,
    )
    .unwrap();
    let exe = dir.join("layout");
    let o = Command::new("cc")
        .arg("-I")
        .arg(root().join("runtime-support/include"))
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("running cc");
    assert!(o.status.success(), "{}", text(&o.stderr));
    let c = text(&Command::new(&exe).output().unwrap().stdout);
    let _ = std::fs::remove_dir_all(&dir);
    let rust = format!(
        "w2n_val {} {} {}\nw2n_extern {} {} {} {} {} {} {} {}\n\
         w2n_import {} {} {} {} {} {} {} {} {}\nconsts {} {} {}\n",
        size_of::<w2n_val>(),
        offset_of!(w2n_val, lo),
        offset_of!(w2n_val, hi),
        size_of::<w2n_extern>(),
        offset_of!(w2n_extern, kind),
        offset_of!(w2n_extern, ptr),
        offset_of!(w2n_extern, host_fn),
        offset_of!(w2n_extern, type_),
        offset_of!(w2n_extern, min),
        offset_of!(w2n_extern, max),
        offset_of!(w2n_extern, ref_type),
        size_of::<w2n_import>(),
        offset_of!(w2n_import, module),
        offset_of!(w2n_import, module_len),
        offset_of!(w2n_import, name),
        offset_of!(w2n_import, name_len),
        offset_of!(w2n_import, kind),
        offset_of!(w2n_import, index),
        offset_of!(w2n_import, type_id),
        offset_of!(w2n_import, static_fn),
        W2N_OK,
        W2N_EXTERN_FUNC,
        W2N_TRAP_HOST,
    );
    assert_eq!(
        rust, c,
        "examples/embed/rust/src/w2n.rs differs from wasm2native.h"
    );
}
