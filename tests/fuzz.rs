//! The fuzzers (issue 21), each a fixed-seed budget in `cargo test`; `scripts/fuzz
//! --minutes N [--seed S] [--target TRIPLE]` runs them longer (through the same tests,
//! with `W2N_FUZZ_MINUTES`, `W2N_FUZZ_SEED`, `W2N_FUZZ_TARGET`).
//!
//! - `diff_smith_*`: random valid modules from `wasm-tools smith`, each Wasm feature
//!   wasm2native implements in turn, run through wasm2native and checked by Wasmtime
//!   49 (`tests/fuzz/diff.rs`), natively and for aarch64 and riscv64 under qemu.
//!   `diff_smith_eh_threads_host` gives the exceptions and threads profiles a budget
//!   of their own.
//! - `diff_loops_*`: loop-heavy modules of our own (`tests/fuzz/loops.rs`) aimed at the
//!   bounds-check rewrites (`compiler/src/translate/bounds/hoist.rs`, `checks.rs`).
//! - `diff_eh_*`: exception-heavy modules of our own (`tests/fuzz/eh.rs`): smith
//!   seldom throws.
//! - `frontend_*`: mutated valid modules and scripts (`wasm-tools mutate`, byte flips)
//!   through `compile` and the wast parser: never a panic (`tests/fuzz/frontend.rs`).
//!
//! A finding is saved under `target/fuzz-findings/` and fails the test with its seed.

#[path = "fuzz/common.rs"]
mod common;
#[path = "fuzz/diff.rs"]
mod diff;
#[path = "fuzz/eh.rs"]
mod eh;
#[path = "fuzz/exe.rs"]
mod exe;
#[path = "fuzz/frontend.rs"]
mod frontend;
#[path = "fuzz/loops.rs"]
mod loops;
#[path = "fuzz/smith.rs"]
mod smith;

use common::{target_from_env, Budget, Rng};

fn report(what: &str, budget_seed: u64, stats: &diff::Stats) {
    eprintln!(
        "{what}: seed {budget_seed}: {} modules ({} unsupported), {} calls ({} trapped), {} state checks, {} executable calls, {} findings",
        stats.modules,
        stats.unsupported,
        stats.calls,
        stats.traps,
        stats.checks,
        stats.exe_calls,
        stats.findings.len()
    );
    eprintln!("{what}: traps: {:?}", stats.trap_kinds);
    assert!(
        stats.findings.is_empty(),
        "{what}: {} finding(s):\n{}",
        stats.findings.len(),
        stats.findings.join("\n")
    );
}

/// `scripts/fuzz --replay FILE` (and `--shrink`): one module (binary or text), every
/// export called 8 times with arguments from `seed` (near the memory's end for the
/// loop generator's `loops-*` files), through `target`.
fn replay(file: &std::path::Path, target: Option<&str>, seed: u64) {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let wasm = wat::parse_bytes(&bytes).expect("a module").into_owned();
    let mut m = diff::prepare(&wasm).expect("a valid module");
    // The loop generator's modules (findings named `loops-*`) take its arguments.
    let stem = file.file_name().map(|f| f.to_string_lossy().into_owned());
    m.loop_args = stem.is_some_and(|f| f.starts_with("loops-"));
    // A finding's script (`W2N_FUZZ_CALLS`, else NAME.wast beside it): its exact calls.
    let calls = std::env::var_os("W2N_FUZZ_CALLS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| file.with_extension("wast"));
    if let Ok(script) = std::fs::read_to_string(calls) {
        m.fixed_calls = Some(diff::calls_in(&script));
    }
    let obs = diff::observer(target, true);
    let mut stats = diff::Stats::default();
    let name = format!("replay-{seed}");
    diff::run_batch(&obs, &[(name, m)], &mut Rng::new(seed), 8, &mut stats);
    report("replay", seed, &stats);
}

/// Smith modules through `target` (None: the host), `iters` batches of `profiles`
/// (all when empty; `W2N_FUZZ_PROFILE=a,b` overrides).
fn smith_run(
    target: Option<&str>,
    profiles: &[&str],
    default_seed: u64,
    ci_iters: usize,
    ci_secs: u64,
) {
    let b = Budget::from_env(default_seed, ci_iters, ci_secs);
    let target = target_from_env().or(target.map(String::from));
    if let Some(file) = std::env::var_os("W2N_FUZZ_REPLAY") {
        return replay(std::path::Path::new(&file), target.as_deref(), b.seed);
    }
    let riscv = target.as_deref().is_some_and(|t| t.starts_with("riscv64"));
    let mut rng = Rng::new(b.seed);
    let mut stats = diff::Stats::default();
    let plain = diff::observer(target.as_deref(), false);
    let relaxed = diff::observer(target.as_deref(), true);
    let chosen: Vec<String> = match std::env::var("W2N_FUZZ_PROFILE") {
        Ok(v) if !v.is_empty() => v.split(',').map(String::from).collect(),
        _ => profiles.iter().map(|p| p.to_string()).collect(),
    };
    for c in &chosen {
        assert!(
            smith::PROFILES.iter().any(|p| p.name == c),
            "no smith profile {c}"
        );
    }
    // Per profile: (modules, calls, traps).
    let mut per: std::collections::BTreeMap<&str, (usize, usize, usize)> = Default::default();
    let mut done = 0;
    while b.more(done) {
        for p in smith::PROFILES {
            // riscv64 without the V extension rejects SIMD modules (README).
            if riscv && p.simd || !chosen.is_empty() && !chosen.iter().any(|c| c == p.name) {
                continue;
            }
            let mut batch = Vec::new();
            for k in 0..4 {
                let Some(wasm) = smith::generate(p, &mut rng) else {
                    continue;
                };
                match diff::prepare(&wasm) {
                    Ok(m) => batch.push((format!("smith-{}-{}-{done}-{k}", b.seed, p.name), m)),
                    Err(e) => stats
                        .findings
                        .push(format!("smith module not prepared: {e}")),
                }
            }
            let obs = if p.relaxed { &relaxed } else { &plain };
            let before = (stats.modules, stats.calls, stats.traps);
            diff::run_batch(obs, &batch, &mut rng, 2, &mut stats);
            let e = per.entry(p.name).or_default();
            e.0 += stats.modules - before.0;
            e.1 += stats.calls - before.1;
            e.2 += stats.traps - before.2;
        }
        done += 1;
    }
    for (p, (m, c, t)) in &per {
        eprintln!("diff_smith profile {p}: {m} modules, {c} calls ({t} trapped)");
    }
    report(
        &format!("diff_smith {}", target.as_deref().unwrap_or("host")),
        b.seed,
        &stats,
    );
}

#[test]
fn diff_smith_host() {
    smith_run(None, &[], 1, 12, 150);
}

/// The profiles that landed last (exceptions, threads) get a budget of their own.
#[test]
fn diff_smith_eh_threads_host() {
    smith_run(None, &["exceptions", "threads"], 4, 10, 150);
}

/// The harness itself: a module whose results ours reports wrongly (tampered) must be
/// a finding, named by Wasmtime.
#[test]
fn diff_detects_a_wrong_result() {
    let wasm = wat::parse_str(
        r#"(module (memory 1 1) (func (export "f") (param i32) (result i32)
             (i32.store (i32.const 8) (local.get 0)) (i32.add (local.get 0) (i32.const 1))))"#,
    )
    .unwrap();
    let m = diff::prepare(&wasm).unwrap();
    let obs = diff::observer(None, false);
    let mut stats = diff::Stats::default();
    diff::run_batch(
        &obs,
        &[("selftest-ok".into(), m)],
        &mut Rng::new(7),
        3,
        &mut stats,
    );
    assert!(stats.findings.is_empty(), "{:?}", stats.findings);
    assert_eq!((stats.modules, stats.calls), (1, 3));
    let mut bad = diff::Stats {
        tamper: true,
        ..Default::default()
    };
    let m = diff::prepare(&wasm).unwrap();
    diff::run_batch(
        &obs,
        &[("selftest-tampered".into(), m)],
        &mut Rng::new(7),
        3,
        &mut bad,
    );
    assert_eq!(bad.findings.len(), 1, "{:?}", bad.findings);
    assert!(
        bad.findings[0].contains("Wasmtime disagrees"),
        "{:?}",
        bad.findings
    );
}

/// Loop-heavy modules of our own through `target` (None: the host).
fn loops_run(target: Option<&str>, default_seed: u64, ci_iters: usize, ci_secs: u64) {
    own_run(Own::Loops, target, default_seed, ci_iters, ci_secs)
}

/// The generators of our own: loop-heavy modules (`tests/fuzz/loops.rs`) and
/// exception-heavy ones (`tests/fuzz/eh.rs`).
#[derive(Clone, Copy, PartialEq)]
enum Own {
    Loops,
    Eh,
}

fn own_run(kind: Own, target: Option<&str>, default_seed: u64, ci_iters: usize, ci_secs: u64) {
    let b = Budget::from_env(default_seed, ci_iters, ci_secs);
    let target = target_from_env().or(target.map(String::from));
    let mut rng = Rng::new(b.seed);
    let mut stats = diff::Stats::default();
    let obs = diff::observer(target.as_deref(), false);
    let mut done = 0;
    while b.more(done) {
        let mut batch = Vec::new();
        for k in 0..6 {
            let (text, name) = match kind {
                Own::Loops => (loops::generate(&mut rng), "loops"),
                Own::Eh => (eh::generate(&mut rng), "eh"),
            };
            let name = format!("{name}-{}-{done}-{k}", b.seed);
            match wat::parse_str(&text)
                .map_err(|e| e.to_string())
                .and_then(|w| diff::prepare(&w))
                .map(|m| diff::Prepared {
                    loop_args: kind == Own::Loops,
                    ..m
                }) {
                Ok(m) => batch.push((name, m)),
                Err(e) => stats
                    .findings
                    .push(format!("{name}: generator bug: {e}\n{text}")),
            }
        }
        diff::run_batch(&obs, &batch, &mut rng, 4, &mut stats);
        // One module of every third batch also through `run --invoke` (an executable:
        // about a second each to build).
        if let Some((name, m)) = batch
            .first()
            .filter(|_| done % 3 == 0 && kind == Own::Loops)
        {
            let mut r = rng.clone();
            let mut args = || diff::loop_arg(&mut r) as u32;
            exe::check(m, &mut args, target.as_deref(), name, 2, &mut stats);
            rng.next();
        }
        done += 1;
    }
    let what = match kind {
        Own::Loops => "diff_loops",
        Own::Eh => "diff_eh",
    };
    report(
        &format!("{what} {}", target.as_deref().unwrap_or("host")),
        b.seed,
        &stats,
    );
}

#[test]
fn diff_loops_host() {
    loops_run(None, 1, 30, 60);
}

/// Exception-heavy modules of our own: throws across calls, call_indirect and tail
/// calls, every kind of catch clause, rethrows, traps inside try_table.
#[test]
fn diff_eh_host() {
    own_run(Own::Eh, None, 1, 12, 150);
}

#[test]
fn diff_eh_aarch64() {
    own_run(Own::Eh, Some("aarch64-unknown-linux-gnu"), 2, 5, 150);
}

#[test]
fn diff_eh_riscv64() {
    own_run(Own::Eh, Some("riscv64gc-unknown-linux-gnu"), 3, 5, 150);
}

/// Mutated valid modules and scripts through `compile` and the wast parser.
#[test]
fn frontend_mutations() {
    let b = Budget::from_env(1, 12, 60);
    let mut rng = Rng::new(b.seed);
    let mut stats = frontend::Stats::default();
    frontend::run(&mut rng, b.max_iters, &b, &mut stats);
    eprintln!(
        "frontend: seed {}: {} compile inputs ({} objects, {} clean errors), {} scripts parsed, {} findings",
        b.seed,
        stats.inputs,
        stats.objects,
        stats.errors,
        stats.scripts,
        stats.findings.len()
    );
    assert!(
        stats.findings.is_empty(),
        "{} finding(s):\n{}",
        stats.findings.len(),
        stats.findings.join("\n")
    );
}

#[test]
fn diff_smith_aarch64() {
    smith_run(Some("aarch64-unknown-linux-gnu"), &[], 2, 6, 150);
}

#[test]
fn diff_loops_aarch64() {
    loops_run(Some("aarch64-unknown-linux-gnu"), 2, 12, 60);
}

#[test]
fn diff_smith_riscv64() {
    smith_run(Some("riscv64gc-unknown-linux-gnu"), &[], 3, 6, 150);
}

#[test]
fn diff_loops_riscv64() {
    loops_run(Some("riscv64gc-unknown-linux-gnu"), 3, 12, 60);
}

/// The bounds-check corpus (`tests/wast/sandbox_escape.wast`, run through ours by
/// `tests/spec.rs`'s `project_wast`) says what must happen; Wasmtime must agree.
#[test]
fn sandbox_escape_corpus_agrees_with_wasmtime() {
    let script = common::root().join("tests/wast/sandbox_escape.wast");
    let (code, _, err) = common::run_tool(
        std::process::Command::new(common::wasmtime())
            .args(["wast", "-W", "multi-memory=y,memory64=y"])
            .arg(&script),
    );
    assert_eq!(code, 0, "wasmtime wast {}: {err}", script.display());
}

/// Runs `wat` (fixed calls from `calls`) through the differential check on `target`;
/// the findings.
fn harness_case(wat: &str, calls: &[&str], target: Option<&str>) -> Vec<String> {
    let wasm = wat::parse_str(wat).unwrap();
    let mut m = diff::prepare(&wasm).unwrap();
    m.fixed_calls = Some(calls.iter().map(|c| c.to_string()).collect());
    let obs = diff::observer(target, false);
    let mut stats = diff::Stats::default();
    diff::run_batch(
        &obs,
        &[("harness".into(), m)],
        &mut Rng::new(1),
        1,
        &mut stats,
    );
    stats.findings
}

/// The harness's own regressions (issue 21): values and outcomes of exception handling
/// that it once reported as mismatches although both engines agreed.
#[test]
fn diff_harness_exceptions() {
    let wat = r#"(module
      (tag $t (param i32))
      (func (export "null_exn") (result exnref) (ref.null exn))
      (func (export "caught") (result exnref)
        (block $h (result exnref) (try_table (catch_all_ref $h) (throw $t (i32.const 7))) (unreachable)))
      (func (export "takes_exn") (param exnref) (result i32) (i32.const 1))
      (func (export "uncaught") (param i32) (throw $t (local.get 0))))"#;
    let calls = [
        r#"(invoke "null_exn")"#,
        r#"(invoke "caught")"#,
        r#"(invoke "uncaught" (i32.const 3))"#,
    ];
    let f = harness_case(wat, &calls, None);
    assert!(f.is_empty(), "{f:?}");
    // A start function that throws: Wasmtime's wast has no assert_exception of a module.
    let wat = r#"(module (tag $t) (func $s (throw $t)) (start $s))"#;
    let f = harness_case(wat, &[], None);
    assert!(f.is_empty(), "{f:?}");
}

/// `f64.promote_f32` and `f32.demote_f64` of a non-canonical NaN: riscv64 returns the
/// canonical NaN, x86_64 (Wasmtime's host) keeps the payload; both are allowed, and the
/// harness canonicalizes them (a riscv64 threads-profile "mismatch" was this).
#[test]
fn diff_harness_conversion_nans_riscv64() {
    let wat = r#"(module
      (func (export "p") (param i32) (result i64)
        (i64.reinterpret_f64 (f64.promote_f32 (f32.reinterpret_i32 (local.get 0)))))
      (func (export "d") (param i64) (result i32)
        (i32.reinterpret_f32 (f32.demote_f64 (f64.reinterpret_i64 (local.get 0))))))"#;
    let calls = [
        r#"(invoke "p" (i32.const 0x7ffdffff))"#,
        r#"(invoke "d" (i64.const 0x7ff4000000000001))"#,
    ];
    let f = harness_case(wat, &calls, Some("riscv64gc-unknown-linux-gnu"));
    assert!(f.is_empty(), "{f:?}");
}
