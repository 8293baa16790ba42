//! End-to-end tests: every `tests/wat/*.wat` is built into an executable with
//! `wasm2native build FILE.wat -o EXE --link tests/support/print.c`, run, and checked
//! against the directives in its leading comments (see `Directives` in
//! tests/support/common.rs): `;; run:`, `;; exit:`, `;; stdout:`, `;; stderr:`, `;; link:`,
//! and `;; flags: --relaxed-simd ...` (extra `build` options, read here; see [`flags`]).
//!
//! The `e2e` test runs them natively; `e2e_aarch64` and `e2e_riscv64` cross-compile
//! (`--target`) and run them under qemu-user (packages qemu-user,
//! gcc-aarch64-linux-gnu, gcc-riscv64-linux-gnu).
//!
//! All files are run (on parallel threads) and every failure is reported at the end.
//! Set `W2N_E2E_FILTER=substring` to run only the matching files, and `W2N_KEEP=1`
//! to keep the build directory.

#[path = "support/common.rs"]
mod common;

use common::{
    fresh_temp_dir, has_panic, parallel_map, repo_root, run, test_threads, w2n, CrossTarget,
    Directives, CROSS_AARCH64, CROSS_RISCV64,
};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const BUILD_TIMEOUT: Duration = Duration::from_secs(300);
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

fn wat_files() -> Vec<PathBuf> {
    let dir = repo_root().join("tests").join("wat");
    let filter = std::env::var("W2N_E2E_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "wat"))
        .filter(|p| p.to_string_lossy().contains(filter.as_str()))
        .collect();
    files.sort();
    files
}

/// The extra `wasm2native build` options of a test file: the words of its
/// `;; flags:` lines (e.g. `;; flags: --relaxed-simd`).
fn flags(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix(";;"))
        .filter_map(|l| l.trim_start().strip_prefix("flags:"))
        .flat_map(|v| v.split_whitespace().map(String::from))
        .collect()
}

/// Builds and runs one test file; `Err` describes every problem found.
fn run_one(
    wat: &Path,
    out_dir: &Path,
    print_c: &Path,
    cross: Option<&CrossTarget>,
) -> Result<(), String> {
    let text = std::fs::read_to_string(wat).map_err(|e| format!("cannot read: {e}"))?;
    let d = Directives::parse(&text, ";;")?;
    let stem = wat.file_stem().unwrap().to_string_lossy().into_owned();
    let exe = out_dir.join(&stem);

    let mut build = Command::new(w2n());
    build
        .arg("build")
        .arg(wat)
        .arg("-o")
        .arg(&exe)
        .arg("--link")
        .arg(print_c);
    for l in &d.link {
        build.arg("--link").arg(print_c.with_file_name(l));
    }
    build.args(flags(&text));
    if let Some(c) = cross {
        build.arg("--target").arg(c.triple);
    }
    let b = run(build, b"", BUILD_TIMEOUT);
    if has_panic(&b) {
        return Err(format!(
            "the compiler panicked while building\n{}",
            b.dump()
        ));
    }
    let name = wat.file_name().unwrap_or_default().to_string_lossy();
    if cross.is_some_and(|c| !c.simd) && name.contains("simd") {
        // This target has no SIMD: the build must fail with a clean error instead.
        let err = &b.stderr;
        return if b.code == Some(1) && err.starts_with("error: unsupported: SIMD") {
            Ok(())
        } else {
            Err(format!(
                "expected a clean SIMD-unsupported error\n{}",
                b.dump()
            ))
        };
    }
    if b.code != Some(0) || !exe.exists() {
        return Err(format!("build failed\n{}", b.dump()));
    }

    let mut cmd = match cross {
        None => Command::new(&exe),
        Some(c) => {
            let mut q = Command::new(c.qemu);
            q.arg("-L").arg(c.sysroot).arg(&exe);
            q
        }
    };
    cmd.args(&d.args);
    for (k, v) in &d.env {
        cmd.env(k, v);
    }
    let o = run(cmd, d.stdin.as_bytes(), RUN_TIMEOUT);
    let errs = d.check(&o);
    if errs.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n  (run: {} {})",
            errs.iter()
                .map(|e| format!("  - {e}"))
                .collect::<Vec<_>>()
                .join("\n"),
            exe.display(),
            d.args.join(" ")
        ))
    }
}

#[test]
fn e2e() {
    run_all("e2e", None);
}

#[test]
fn e2e_aarch64() {
    run_all("e2e-aarch64", Some(&CROSS_AARCH64));
}

#[test]
fn e2e_riscv64() {
    run_all("e2e-riscv64", Some(&CROSS_RISCV64));
}

fn run_all(label: &str, cross: Option<&CrossTarget>) {
    if let Some(c) = cross {
        c.require_tools(label);
    }
    let files = wat_files();
    assert!(
        !files.is_empty(),
        "no tests/wat/*.wat files found (check W2N_E2E_FILTER)"
    );
    let out_dir = fresh_temp_dir(label);
    let print_c = repo_root().join("tests").join("support").join("print.c");

    let results = parallel_map(&files, test_threads(), |f| {
        let r = run_one(f, &out_dir, &print_c, cross);
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        match &r {
            Ok(()) => eprintln!("{label}: ok   {name}"),
            Err(_) => eprintln!("{label}: FAIL {name}"),
        }
        (name, r)
    });

    let failures: Vec<&(String, Result<(), String>)> =
        results.iter().filter(|(_, r)| r.is_err()).collect();
    let passed = results.len() - failures.len();
    let mut report = String::new();
    for (name, r) in &failures {
        if let Err(e) = r {
            report.push_str(&format!("\n--- {name}\n{e}\n"));
        }
    }
    println!("{report}");
    println!("{label}: {passed} passed, {} failed", failures.len());
    if failures.is_empty() && std::env::var_os("W2N_KEEP").is_none() {
        let _ = std::fs::remove_dir_all(&out_dir);
    } else {
        println!("{label}: executables are in {}", out_dir.display());
    }
    if !failures.is_empty() {
        let names: Vec<&str> = failures.iter().map(|(n, _)| n.as_str()).collect();
        panic!(
            "{label}: {passed} passed, {} failed: {}",
            failures.len(),
            names.join(", ")
        );
    }
}
