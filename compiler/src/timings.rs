//! Per-phase timings (`--timings`) and compile progress (the command line's progress
//! indicator): counters the pipeline updates as it goes and the command line reads.
//!
//! They are process-global because they are a diagnostic, read by one command that
//! compiles one module: when a process compiles several modules at once (the `wast`
//! driver), the counters add up over all of them.

use std::sync::atomic::{AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// A phase of the pipeline, in pipeline order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Text to binary (for `.wat`), parsing and validation.
    Parse,
    /// Wasm to Cranelift IR.
    Translate,
    /// The bounds-check optimizer's passes over the IR (`translate::bounds`).
    Checks,
    /// Cranelift's optimizer, register allocation and machine code.
    Codegen,
    /// Laying out the object: functions, trampolines, descriptor, ELF.
    Emit,
    /// Finding the C toolchain and building (or finding cached) runtime-support.
    Runtime,
    /// Compiling `--link` sources and linking the executable.
    Link,
}

impl Phase {
    pub(crate) const ALL: [Phase; 7] = [
        Phase::Parse,
        Phase::Translate,
        Phase::Checks,
        Phase::Codegen,
        Phase::Emit,
        Phase::Runtime,
        Phase::Link,
    ];

    /// How `--timings` and the progress indicator name it.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Phase::Parse => "parse+validate",
            Phase::Translate => "translate",
            Phase::Checks => "bounds-check opt",
            Phase::Codegen => "optimize+codegen",
            Phase::Emit => "emit object",
            Phase::Runtime => "runtime",
            Phase::Link => "link",
        }
    }
}

const NONE: u8 = u8::MAX;
static WALL_NANOS: [AtomicU64; 7] = [const { AtomicU64::new(0) }; 7];
/// Translation and code generation run interleaved on several threads: their time is
/// measured per function (summed over threads) and the wall time of the parallel
/// part is shared between them in that proportion.
static CPU_TRANSLATE: AtomicU64 = AtomicU64::new(0);
/// The part of `CPU_TRANSLATE` spent in the bounds-check optimizer.
static CPU_CHECKS: AtomicU64 = AtomicU64::new(0);
static CPU_CODEGEN: AtomicU64 = AtomicU64::new(0);
static PARALLEL_WALL: AtomicU64 = AtomicU64::new(0);
static CURRENT: AtomicU8 = AtomicU8::new(NONE);
static FUNCS_DONE: AtomicUsize = AtomicUsize::new(0);
static FUNCS_TOTAL: AtomicUsize = AtomicUsize::new(0);

fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

/// Runs `f` as `phase`: its wall time is added to the phase, and the progress
/// indicator shows the phase meanwhile.
pub(crate) fn time<T>(phase: Phase, f: impl FnOnce() -> T) -> T {
    let before = CURRENT.swap(phase as u8, Ordering::Relaxed);
    let start = Instant::now();
    let r = f();
    WALL_NANOS[phase as usize].fetch_add(nanos(start.elapsed()), Ordering::Relaxed);
    CURRENT.store(before, Ordering::Relaxed);
    r
}

/// The parallel translate+codegen part of [`Phase::Emit`], over `total` functions.
pub(crate) fn parallel<T>(total: usize, f: impl FnOnce() -> T) -> T {
    FUNCS_TOTAL.fetch_add(total, Ordering::Relaxed);
    let before = CURRENT.swap(Phase::Codegen as u8, Ordering::Relaxed);
    let start = Instant::now();
    let r = f();
    PARALLEL_WALL.fetch_add(nanos(start.elapsed()), Ordering::Relaxed);
    CURRENT.store(before, Ordering::Relaxed);
    r
}

/// The bounds-check optimizer ran for `d` (thread time) on one function, as part of
/// its translation.
pub(crate) fn checks_done(d: Duration) {
    CPU_CHECKS.fetch_add(nanos(d), Ordering::Relaxed);
}

/// One function translated in `translate` (including the bounds-check optimizer) and
/// compiled in `codegen` (thread time).
pub(crate) fn function_done(translate: Duration, codegen: Duration) {
    CPU_TRANSLATE.fetch_add(nanos(translate), Ordering::Relaxed);
    CPU_CODEGEN.fetch_add(nanos(codegen), Ordering::Relaxed);
    FUNCS_DONE.fetch_add(1, Ordering::Relaxed);
}

/// Wall time spent in each phase so far (phases that did not run are left out). The
/// wall time of the parallel translate+codegen part is split between the two phases
/// by their share of the threads' time.
pub(crate) fn snapshot() -> Vec<(Phase, Duration)> {
    let mut wall: Vec<u64> = WALL_NANOS
        .iter()
        .map(|n| n.load(Ordering::Relaxed))
        .collect();
    let parallel = PARALLEL_WALL.load(Ordering::Relaxed);
    let t = CPU_TRANSLATE.load(Ordering::Relaxed) as f64;
    let k = (CPU_CHECKS.load(Ordering::Relaxed) as f64).min(t);
    let c = CPU_CODEGEN.load(Ordering::Relaxed) as f64;
    if parallel > 0 {
        // The parallel part ran inside `emit` (timed as a whole).
        let emit = &mut wall[Phase::Emit as usize];
        *emit = emit.saturating_sub(parallel);
        let (tr, ch) = if t + c > 0.0 {
            (
                (parallel as f64 * (t - k) / (t + c)) as u64,
                (parallel as f64 * k / (t + c)) as u64,
            )
        } else {
            (parallel / 2, 0)
        };
        wall[Phase::Translate as usize] += tr;
        wall[Phase::Checks as usize] += ch;
        wall[Phase::Codegen as usize] += parallel.saturating_sub(tr + ch);
    }
    Phase::ALL
        .iter()
        .zip(wall)
        .filter(|(p, n)| *n > 0 || (parallel > 0 && matches!(p, Phase::Translate)))
        .map(|(p, n)| (*p, Duration::from_nanos(n)))
        .collect()
}

/// What the pipeline is doing now, for a progress indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Progress {
    /// The phase running now, if any.
    pub phase: Option<Phase>,
    /// Functions translated and compiled so far, of `funcs_total`.
    pub funcs_done: usize,
    pub funcs_total: usize,
}

pub(crate) fn progress() -> Progress {
    let c = CURRENT.load(Ordering::Relaxed);
    Progress {
        phase: Phase::ALL.iter().copied().find(|p| *p as u8 == c),
        funcs_done: FUNCS_DONE.load(Ordering::Relaxed),
        funcs_total: FUNCS_TOTAL.load(Ordering::Relaxed),
    }
}
