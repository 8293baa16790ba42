//! The native side: compiles a script's modules to objects, links them with the
//! generic C runner (`runner.c`, built once and cached next to the runtime) and
//! runtime-support into one driver executable per script, runs it and parses its
//! output. A driver that dies (signal, timeout) is rerun with the offending command
//! skipped, so one crash costs one assertion, not the rest of the script.

use super::script::{Cmd, Plan};
use crate::toolchain::{Fnv, TempDir, Toolchain};
use crate::{CompileOptions, Error, Result};
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNNER_C: &str = include_str!("runner.c");

/// What the driver reported for one command.
#[derive(Clone, Debug)]
pub(crate) enum Outcome {
    Ok,
    /// Results as (W2N_VAL_* type, low bits, high bits).
    Ret(Vec<(u64, u64, u64)>),
    Err {
        kind: String,
        msg: String,
    },
    /// No report: the command was not run, with the reason.
    Missing(String),
}

impl Outcome {
    pub(crate) fn describe(&self) -> String {
        match self {
            Outcome::Ok => "success".into(),
            Outcome::Ret(v) => format!("a return of {} value(s)", v.len()),
            Outcome::Err { kind, msg } => format!("{kind} error \"{msg}\""),
            Outcome::Missing(why) => why.clone(),
        }
    }
}

/// Everything shared by the scripts of one run: the toolchain, the runtime and the
/// compiled runner.
pub(crate) struct Env {
    pub tc: Toolchain,
    pub runtime: PathBuf,
    pub runner_obj: PathBuf,
    /// Command prefix to run drivers (an emulator for cross targets).
    pub run_prefix: Vec<String>,
    pub timeout: Duration,
}

fn io(p: &Path, e: std::io::Error) -> Error {
    Error::Io {
        context: p.display().to_string(),
        error: e,
    }
}

impl Env {
    pub(crate) fn new(tc: Toolchain, timeout: Duration) -> Result<Env> {
        let runtime = tc.runtime()?;
        let mut h = Fnv::default();
        h.write(RUNNER_C.as_bytes());
        let runner_obj = runtime.join(format!("spec-runner-{:016x}.o", h.0));
        if !runner_obj.exists() {
            let tmp = TempDir::new("runner")?;
            let src = tmp.0.join("runner.c");
            std::fs::write(&src, RUNNER_C).map_err(|e| io(&src, e))?;
            let obj = tc.compile_c(&src, &tmp.0, &runtime.join("include"))?;
            let staged = crate::toolchain::unique_sibling(&runner_obj);
            std::fs::copy(&obj, &staged).map_err(|e| io(&staged, e))?;
            std::fs::rename(&staged, &runner_obj).map_err(|e| io(&runner_obj, e))?;
        }
        let run_prefix = match std::env::var("WASM2NATIVE_RUNNER") {
            Ok(r) if !r.trim().is_empty() => r.split_whitespace().map(String::from).collect(),
            _ => {
                // Cross targets run under qemu-user, with the Debian cross sysroot
                // (`/usr/<arch>-linux-gnu`) as the loader prefix when present.
                let host = crate::target::host_triple();
                let arch = |t: &str| {
                    let a = t.split('-').next().unwrap_or("");
                    a.strip_suffix("gc").unwrap_or(a).to_string()
                };
                let a = arch(&tc.target.name);
                if a == arch(&host) {
                    Vec::new()
                } else {
                    let mut v = vec![format!("qemu-{a}")];
                    let sysroot = format!("/usr/{a}-linux-gnu");
                    if !tc.target.is_musl() && Path::new(&sysroot).is_dir() {
                        v.push("-L".into());
                        v.push(sysroot);
                    }
                    v
                }
            }
        };
        Ok(Env {
            tc,
            runtime,
            runner_obj,
            run_prefix,
            timeout,
        })
    }
}

/// A module's object, or why it did not compile.
pub(crate) type Compiled = std::result::Result<Vec<u8>, String>;

/// Compiles every module of `plan` on `threads` threads. Linked modules get the
/// descriptor symbol `w2n_spec_m<index>`.
/// The object of every module the driver links (`None` for a module that failed to
/// compile or is not linked, e.g. one only asserted invalid), in plan order.
pub(crate) fn linked_objects<'a>(plan: &Plan, compiled: &'a [Compiled]) -> Vec<Option<&'a [u8]>> {
    compiled
        .iter()
        .zip(&plan.modules)
        .map(|(c, m)| match c {
            Ok(o) if m.link => Some(o.as_slice()),
            _ => None,
        })
        .collect()
}

pub(crate) fn compile_modules(plan: &Plan, opts: &CompileOptions, threads: usize) -> Vec<Compiled> {
    let n = plan.modules.len();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Compiled>>> =
        (0..n).map(|_| std::sync::Mutex::new(None)).collect();
    let mut o = opts.clone();
    o.threads = 1;
    std::thread::scope(|s| {
        for _ in 0..threads.max(1).min(n.max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let m = &plan.modules[i];
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    crate::compile_object(&m.bytes, &o, false, &format!("w2n_spec_m{i}"))
                }));
                let r = match r {
                    Ok(Ok(obj)) => Ok(obj),
                    Ok(Err(e)) => Err(e.to_string()),
                    Err(p) => Err(format!(
                        "compiler panicked: {}",
                        p.downcast_ref::<String>()
                            .map(String::as_str)
                            .or_else(|| p.downcast_ref::<&str>().copied())
                            .unwrap_or("?")
                    )),
                };
                *results[i].lock().unwrap() = Some(r);
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap().unwrap())
        .collect()
}

fn hex_name(s: &str) -> String {
    let mut out = String::from("x");
    for b in s.bytes() {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Links the driver of `plan` and runs it. Returns one outcome per command.
pub(crate) fn run(
    env: &Env,
    plan: &Plan,
    objects: &[Option<&[u8]>],
    tag: &str,
) -> Result<Vec<Outcome>> {
    let mut outcomes = vec![None::<Outcome>; plan.cmds.len()];
    // The commands file; instantiations of modules that did not compile are left out.
    let mut cmds = String::new();
    let mut emitted = Vec::new();
    for (i, c) in plan.cmds.iter().enumerate() {
        match c {
            Cmd::Inst { slot, module } => {
                if objects[*module].is_none() {
                    outcomes[i] = Some(Outcome::Missing("the module failed to compile".into()));
                    continue;
                }
                let _ = writeln!(cmds, "i {i} {slot} {module}");
            }
            Cmd::Reg { slot, name } => {
                let _ = writeln!(cmds, "r {i} {slot} {}", hex_name(name));
            }
            Cmd::Call { slot, name, args } => {
                let _ = write!(cmds, "c {i} {slot} {} {}", hex_name(name), args.len());
                for (lo, hi) in args {
                    let _ = write!(cmds, " {lo:x}:{hi:x}");
                }
                cmds.push('\n');
            }
            Cmd::Get { slot, name } => {
                let _ = writeln!(cmds, "g {i} {slot} {}", hex_name(name));
            }
            Cmd::ThreadBegin { thread } => {
                let _ = writeln!(cmds, "t {i} {thread}");
            }
            Cmd::ThreadEnd => {
                let _ = writeln!(cmds, "e {i} 0");
            }
            Cmd::Wait { thread } => {
                let _ = writeln!(cmds, "w {i} {thread}");
            }
        }
        emitted.push(i);
    }
    if emitted.is_empty() {
        return Ok(finish(outcomes));
    }

    let tmp = TempDir::new(&format!("wast-{}", sanitize(tag)))?;
    let dir = &tmp.0;
    let mut table = String::from("/* Module descriptors of this script. */\n");
    let mut inputs = vec![env.runner_obj.clone()];
    let mut entries = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        match o {
            Some(obj) => {
                let p = dir.join(format!("m{i}.o"));
                std::fs::write(&p, obj).map_err(|e| io(&p, e))?;
                inputs.push(p);
                let _ = writeln!(table, "extern const char w2n_spec_m{i}[];");
                entries.push(format!("w2n_spec_m{i}"));
            }
            None => entries.push("0".into()),
        }
    }
    let _ = writeln!(
        table,
        "const void* const w2n_spec_modules[] = {{ {}, 0 }};\nconst unsigned w2n_spec_nmodules = {};",
        entries.join(", "),
        entries.len()
    );
    let table_c = dir.join("modules.c");
    std::fs::write(&table_c, table).map_err(|e| io(&table_c, e))?;
    inputs.insert(1, table_c);
    let exe = dir.join("driver");
    env.tc.link(&inputs, &env.runtime, &exe, &[])?;
    let cmd_file = dir.join("commands.txt");
    std::fs::write(&cmd_file, cmds).map_err(|e| io(&cmd_file, e))?;

    let mut skips: Vec<usize> = Vec::new();
    loop {
        let (stdout, status) = execute(env, &exe, &cmd_file, &skips)?;
        for line in stdout.lines() {
            if let Some((i, o)) = parse_line(line) {
                if i < outcomes.len() && outcomes[i].is_none() {
                    outcomes[i] = Some(o);
                }
            }
        }
        if status.is_none() {
            break;
        }
        let why = status.unwrap();
        // The command that crashed: the first emitted one without a report.
        match emitted.iter().find(|i| outcomes[**i].is_none()) {
            Some(&c) => {
                outcomes[c] = Some(Outcome::Err {
                    kind: "crash".into(),
                    msg: why.clone(),
                });
                skips.push(c);
                if skips.len() > 25 {
                    for o in outcomes.iter_mut().filter(|o| o.is_none()) {
                        *o = Some(Outcome::Missing(format!(
                            "not run: the driver crashed too often (last: {why})"
                        )));
                    }
                    break;
                }
            }
            None => break,
        }
    }
    Ok(finish(outcomes))
}

fn finish(outcomes: Vec<Option<Outcome>>) -> Vec<Outcome> {
    outcomes
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Outcome::Missing("the driver reported nothing".into())))
        .collect()
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .take(40)
        .collect()
}

/// Runs the driver; returns its stdout and `Some(reason)` when it did not exit cleanly.
fn execute(
    env: &Env,
    exe: &Path,
    cmd_file: &Path,
    skips: &[usize],
) -> Result<(String, Option<String>)> {
    let mut c = if let Some((first, rest)) = env.run_prefix.split_first() {
        let mut c = Command::new(first);
        c.args(rest).arg(exe);
        c
    } else {
        Command::new(exe)
    };
    c.arg(cmd_file)
        .args(skips.iter().map(|s| s.to_string()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().map_err(|e| io(exe, e))?;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let ereader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| io(exe, e))? {
            break Some(st);
        }
        if start.elapsed() > env.timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = reader.join().unwrap_or_default();
    let stderr = ereader.join().unwrap_or_default();
    let last_err = stderr.lines().last().unwrap_or("").to_string();
    let why = match status {
        None => Some(format!("driver timed out after {:?}", env.timeout)),
        Some(st) if st.success() => None,
        Some(st) => {
            use std::os::unix::process::ExitStatusExt as _;
            let what = match st.signal() {
                Some(sig) => format!("driver killed by signal {sig}"),
                None => format!("driver exited with {st}"),
            };
            Some(if last_err.is_empty() {
                what
            } else {
                format!("{what} ({last_err})")
            })
        }
    };
    Ok((stdout, why))
}

fn parse_line(line: &str) -> Option<(usize, Outcome)> {
    let mut it = line.splitn(3, ' ');
    let cmd: usize = it.next()?.parse().ok()?;
    let kind = it.next()?;
    let rest = it.next().unwrap_or("");
    let o = match kind {
        "ok" => Outcome::Ok,
        "ret" => {
            let mut f = rest.split(' ');
            let n: usize = f.next()?.parse().ok()?;
            let mut v = Vec::with_capacity(n);
            for x in f.take(n) {
                let mut p = x.split(':');
                let t = p.next()?.parse().ok()?;
                let lo = u64::from_str_radix(p.next()?, 16).ok()?;
                let hi = u64::from_str_radix(p.next()?, 16).ok()?;
                v.push((t, lo, hi));
            }
            Outcome::Ret(v)
        }
        "err" => {
            let mut p = rest.splitn(3, ' ');
            let kind = p.next()?.to_string();
            let _code = p.next()?;
            Outcome::Err {
                kind,
                msg: p.next().unwrap_or("").to_string(),
            }
        }
        _ => return None,
    };
    Some((cmd, o))
}
