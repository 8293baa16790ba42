//! Raw outcomes of a script's actions, for differential testing (`tests/fuzz/`): the
//! same pipeline as [`super::run_scripts`], but instead of judging each directive it
//! returns what the native driver reported (the values of an `invoke`/`get`, the
//! message of a trap), so another engine can be asked to agree.

use super::{driver, script, Script, WastOptions};
use crate::Result;

/// One value as the driver reports it: a `W2N_VAL_*` type and 128 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawVal {
    pub ty: u64,
    pub lo: u64,
    pub hi: u64,
}

/// What one directive of the script did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Observed {
    /// A module was instantiated (or registered).
    Ok,
    /// An `invoke`/`get` returned these values.
    Values(Vec<RawVal>),
    /// The action (or the instantiation) trapped with this message.
    Trap(String),
    /// Anything else: a compile error, a link error, a driver crash or time-out.
    Failed(String),
}

/// One directive: its line in the script, its kind (`module`, `invoke`, ...) and
/// what happened.
#[derive(Clone, Debug)]
pub struct Action {
    pub line: usize,
    pub directive: &'static str,
    pub observed: Observed,
}

/// Runs scripts one at a time with a shared toolchain and runtime.
pub struct Observer {
    env: driver::Env,
    opts: WastOptions,
}

impl Observer {
    /// Finds the toolchain and builds (or reuses) the runtime and runner for `opts`.
    pub fn new(opts: &WastOptions) -> Result<Observer> {
        let tc = crate::toolchain::Toolchain::find(&opts.compile.target, &opts.cc)?;
        Ok(Observer {
            env: driver::Env::new(tc, opts.timeout)?,
            opts: opts.clone(),
        })
    }

    /// Runs `script`; `Err` only for a script that does not parse. Assertions in the
    /// script are run but not judged: only their outcome is returned.
    pub fn observe(&self, s: &Script) -> std::result::Result<Vec<Action>, String> {
        let plan = script::plan(&s.text, &s.name)?;
        let threads = self.opts.jobs.max(1);
        let compiled = driver::compile_modules(&plan, &self.opts.compile, threads);
        let objects = driver::linked_objects(&plan, &compiled);
        let outcomes =
            driver::run(&self.env, &plan, &objects, &s.name).map_err(|e| format!("driver: {e}"))?;
        let mut out = Vec::new();
        for step in &plan.steps {
            let observed = match &step.kind {
                script::StepKind::Run { cmd, module, .. } => match module.map(|m| &compiled[m]) {
                    Some(Err(e)) => Observed::Failed(format!("compile error: {e}")),
                    _ => match &outcomes[*cmd] {
                        driver::Outcome::Ok => Observed::Ok,
                        driver::Outcome::Ret(v) => Observed::Values(
                            v.iter()
                                .map(|&(ty, lo, hi)| RawVal { ty, lo, hi })
                                .collect(),
                        ),
                        driver::Outcome::Err { kind, msg } if kind == "trap" => {
                            Observed::Trap(msg.clone())
                        }
                        driver::Outcome::Err { kind, msg } => {
                            Observed::Failed(format!("{kind}: {msg}"))
                        }
                        driver::Outcome::Missing(why) => Observed::Failed(why.clone()),
                    },
                },
                script::StepKind::Static(Err(e)) => Observed::Failed(e.clone()),
                script::StepKind::Skip(why) => Observed::Failed(format!("skipped: {why}")),
                _ => continue,
            };
            out.push(Action {
                line: step.line,
                directive: step.directive,
                observed,
            });
        }
        Ok(out)
    }
}

/// Parses and plans `text` as a script (no compilation): `Err` is the parse error.
/// For the front-end fuzzer, which checks that no input makes the parser panic.
pub fn parse_only(text: &str) -> std::result::Result<usize, String> {
    script::plan(text, "input.wast").map(|p| p.steps.len())
}
