//! `wasm2native wast`: runs WebAssembly spec-test scripts (`.wast`) through the real
//! ahead-of-time pipeline.
//!
//! For each script: the directives are planned (`script`), every module is compiled
//! to an object by [`crate::compile_object`] (in parallel), the objects are linked with a
//! generic C driver and runtime-support into one executable, which executes the
//! script's commands (instantiate, register, invoke, get) natively and prints their
//! outcomes (`driver`); those are judged against the directives (`check`).
//! `assert_invalid`/`assert_malformed` are judged by whether the compiler rejects the
//! module. There is no interpreter and no JIT.
//!
//! Known failures ([`KnownFailures`]) are a checked-in list of `script.wast:LINE  reason`
//! lines that may only shrink: a failure outside the list and a listed assertion that
//! passes are both errors.

mod check;
pub mod cli;
mod driver;
pub mod observe;
mod script;

use crate::{CcOptions, CompileOptions, Result};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

/// Options of a `wast` run.
#[derive(Clone, Debug)]
pub struct WastOptions {
    pub compile: CompileOptions,
    pub cc: CcOptions,
    /// Worker threads (0: one per CPU).
    pub jobs: usize,
    /// Time limit of one driver run.
    pub timeout: Duration,
}

impl Default for WastOptions {
    fn default() -> Self {
        WastOptions {
            compile: CompileOptions::default(),
            cc: CcOptions::default(),
            jobs: 0,
            timeout: Duration::from_secs(120),
        }
    }
}

/// A script to run: its display name (the file name) and text.
#[derive(Clone, Debug)]
pub struct Script {
    pub name: String,
    pub text: String,
}

/// Outcome of one directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail(String),
    Skip(String),
}

/// One judged directive.
#[derive(Clone, Debug)]
pub struct Assertion {
    pub line: usize,
    /// `module`, `register`, `invoke`, `assert_return`, ...
    pub directive: &'static str,
    pub status: Status,
}

/// The results of one script.
#[derive(Clone, Debug)]
pub struct ScriptReport {
    pub name: String,
    pub assertions: Vec<Assertion>,
}

impl ScriptReport {
    pub fn count(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for a in &self.assertions {
            match a.status {
                Status::Pass => c.0 += 1,
                Status::Fail(_) => c.1 += 1,
                Status::Skip(_) => c.2 += 1,
            }
        }
        c
    }
}

fn jobs(n: usize) -> usize {
    if n > 0 {
        n
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }
}

/// Runs `scripts`, on `opts.jobs` worker threads. Reports come back in input order.
/// An error is returned only when the toolchain or runtime cannot be set up; a script
/// that cannot be parsed or linked yields a failed assertion.
pub fn run_scripts(scripts: &[Script], opts: &WastOptions) -> Result<Vec<ScriptReport>> {
    let tc = crate::toolchain::Toolchain::find(&opts.compile.target, &opts.cc)?;
    let env = driver::Env::new(tc, opts.timeout)?;
    let jobs = jobs(opts.jobs);
    let outer = jobs.min(scripts.len()).max(1);
    let inner = (jobs / outer).max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let reports: Vec<std::sync::Mutex<Option<ScriptReport>>> = scripts
        .iter()
        .map(|_| std::sync::Mutex::new(None))
        .collect();
    std::thread::scope(|s| {
        for _ in 0..outer {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= scripts.len() {
                    break;
                }
                let r = run_one(&env, &scripts[i], opts, inner);
                *reports[i].lock().unwrap() = Some(r);
            });
        }
    });
    Ok(reports
        .into_iter()
        .map(|r| r.into_inner().unwrap().unwrap())
        .collect())
}

fn whole_script_failure(script: &Script, why: String) -> ScriptReport {
    ScriptReport {
        name: script.name.clone(),
        assertions: vec![Assertion {
            line: 0,
            directive: "script",
            status: Status::Fail(why),
        }],
    }
}

fn run_one(env: &driver::Env, script: &Script, opts: &WastOptions, threads: usize) -> ScriptReport {
    let plan = match script::plan(&script.text, &script.name) {
        Ok(p) => p,
        Err(e) => return whole_script_failure(script, format!("parse error: {e}")),
    };
    let compiled = driver::compile_modules(&plan, &opts.compile, threads);
    let objects = driver::linked_objects(&plan, &compiled);
    let outcomes = match driver::run(env, &plan, &objects, &script.name) {
        Ok(o) => o,
        Err(e) => {
            let why = format!("driver: {e}");
            vec![driver::Outcome::Missing(why); plan.cmds.len()]
        }
    };
    let compiled: Vec<std::result::Result<(), String>> =
        compiled.into_iter().map(|c| c.map(|_| ())).collect();
    ScriptReport {
        name: script.name.clone(),
        assertions: check::judge(&plan, &compiled, &outcomes),
    }
}

/// Per-directive pass/fail/skip counts over `reports`.
pub fn directive_counts(reports: &[ScriptReport]) -> BTreeMap<&'static str, (usize, usize, usize)> {
    let mut m: BTreeMap<&'static str, (usize, usize, usize)> = BTreeMap::new();
    for a in reports.iter().flat_map(|r| &r.assertions) {
        let e = m.entry(a.directive).or_default();
        match a.status {
            Status::Pass => e.0 += 1,
            Status::Fail(_) => e.1 += 1,
            Status::Skip(_) => e.2 += 1,
        }
    }
    m
}

/// The known-failures list: `script.wast:LINE  reason` lines (`#` comments allowed).
#[derive(Clone, Debug, Default)]
pub struct KnownFailures {
    /// `script.wast:LINE` → reason.
    pub entries: BTreeMap<String, String>,
}

impl KnownFailures {
    pub fn parse(text: &str) -> KnownFailures {
        let mut entries = BTreeMap::new();
        for l in text.lines() {
            let l = l.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let (key, reason) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            entries.insert(key.to_string(), reason.trim().to_string());
        }
        KnownFailures { entries }
    }

    /// A fresh list holding every failure of `reports` (for `--bless`).
    pub fn from_reports(reports: &[ScriptReport]) -> String {
        let mut out = String::from(
            "# Known spec-test failures of `wasm2native wast` (see tests/spec.rs).\n\
             # One line per failing assertion: `script.wast:LINE  reason`. This list may only\n\
             # shrink; regenerate it with `wasm2native wast --known-failures FILE --bless ...` or\n\
             # `WASM2NATIVE_BLESS=1 cargo test --test spec`.\n",
        );
        for r in reports {
            for a in &r.assertions {
                if let Status::Fail(why) = &a.status {
                    let why: String = why.chars().take(200).collect();
                    let _ = writeln!(out, "{}:{}  {}", r.name, a.line, why.replace('\n', " "));
                }
            }
        }
        out
    }

    /// Failures outside the list and listed assertions that did not fail, among the
    /// scripts in `reports`.
    pub fn compare(&self, reports: &[ScriptReport]) -> (Vec<String>, Vec<String>) {
        let mut unexpected = Vec::new();
        let mut failing = std::collections::BTreeSet::new();
        for r in reports {
            for a in &r.assertions {
                if let Status::Fail(why) = &a.status {
                    let key = format!("{}:{}", r.name, a.line);
                    if !self.entries.contains_key(&key) {
                        unexpected.push(format!("{key}  {why}"));
                    }
                    failing.insert(key);
                }
            }
        }
        let names: std::collections::BTreeSet<&str> =
            reports.iter().map(|r| r.name.as_str()).collect();
        let stale = self
            .entries
            .keys()
            .filter(|k| {
                let script = k.rsplit_once(':').map_or(k.as_str(), |(s, _)| s);
                names.contains(script) && !failing.contains(*k)
            })
            .cloned()
            .collect();
        (unexpected, stale)
    }
}

/// Renders the per-script lines (with every failure and skip when `verbose`, every
/// skip always) and the closing `N passed, N failed, N skipped` line.
pub fn summary(reports: &[ScriptReport], verbose: bool) -> String {
    let mut out = String::new();
    let (mut p, mut f, mut s) = (0, 0, 0);
    for r in reports {
        let (rp, rf, rs) = r.count();
        p += rp;
        f += rf;
        s += rs;
        let _ = writeln!(out, "{}: {rp} passed, {rf} failed, {rs} skipped", r.name);
        for a in &r.assertions {
            match &a.status {
                Status::Fail(why) if verbose => {
                    let _ = writeln!(out, "  FAIL {}:{} ({}): {why}", r.name, a.line, a.directive);
                }
                Status::Skip(why) => {
                    let _ = writeln!(out, "  SKIP {}:{} ({}): {why}", r.name, a.line, a.directive);
                }
                _ => {}
            }
        }
    }
    let _ = writeln!(out, "{p} passed, {f} failed, {s} skipped");
    out
}
