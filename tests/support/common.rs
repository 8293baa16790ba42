//! Helpers shared by the integration tests in tests/*.rs (included with `#[path]`).
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The repository root (the parent of compiler/, where Cargo runs these tests from).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("compiler/ has a parent")
        .to_path_buf()
}

/// The wasm2native binary under test.
pub fn w2n() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_wasm2native"))
}

/// A fresh, empty directory under the system temp dir, unique per call.
pub fn fresh_temp_dir(tag: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("w2n-{tag}-{}-{nanos}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// What a finished (or killed) process did.
#[derive(Debug)]
pub struct Outcome {
    /// Exit code; `None` when the process died from a signal or timed out.
    pub code: Option<i32>,
    /// Signal that killed the process, if any.
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    /// "exit 3", "signal 11 (SIGSEGV)", "timed out".
    pub fn status_text(&self) -> String {
        if self.timed_out {
            return "timed out (killed)".to_string();
        }
        match (self.code, self.signal) {
            (Some(c), _) => format!("exit {c}"),
            (None, Some(s)) => format!("killed by signal {s}{}", signal_name(s)),
            _ => "unknown status".to_string(),
        }
    }

    /// Both streams, for failure reports (truncated when long).
    pub fn dump(&self) -> String {
        format!(
            "  status: {}\n  stdout: {}\n  stderr: {}",
            self.status_text(),
            truncate(&self.stdout, 1500),
            truncate(&self.stderr, 1500)
        )
    }
}

fn signal_name(s: i32) -> &'static str {
    match s {
        4 => " (SIGILL)",
        5 => " (SIGTRAP)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        _ => "",
    }
}

pub fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return format!("{s:?}");
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{:?}... ({} bytes in all)", &s[..end], s.len())
}

#[cfg(unix)]
fn split_status(st: ExitStatus) -> (Option<i32>, Option<i32>) {
    use std::os::unix::process::ExitStatusExt;
    (st.code(), st.signal())
}

#[cfg(not(unix))]
fn split_status(st: ExitStatus) -> (Option<i32>, Option<i32>) {
    (st.code(), None)
}

/// Runs `cmd` with `stdin` as its standard input, killing it after `timeout`.
/// `cmd.spawn()`, retried while it fails with ETXTBSY: an executable a test has just
/// written can still be open for writing in a child that another test thread forked
/// meanwhile (it closes on that child's exec), which is not the test's failure.
fn spawn_retrying(cmd: &mut Command) -> std::io::Result<std::process::Child> {
    const ETXTBSY: i32 = 26;
    let mut tries = 0;
    loop {
        match cmd.spawn() {
            Err(e) if e.raw_os_error() == Some(ETXTBSY) && tries < 100 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(10));
            }
            r => return r,
        }
    }
}

pub fn run(mut cmd: Command, stdin: &[u8], timeout: Duration) -> Outcome {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match spawn_retrying(&mut cmd) {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                code: None,
                signal: None,
                timed_out: false,
                stdout: String::new(),
                stderr: format!("<could not spawn {cmd:?}: {e}>"),
            }
        }
    };
    // Feed stdin and drain the pipes on threads, so that no pipe can fill up and block.
    let mut sin = child.stdin.take().expect("piped stdin");
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = sin.write_all(&input);
    });
    let mut sout = child.stdout.take().expect("piped stdout");
    let mut serr = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = sout.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = serr.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) => {
                if start.elapsed() > timeout {
                    let _ = child.kill();
                    timed_out = true;
                    break child.wait().ok();
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break None,
        }
    };
    let _ = feeder.join();
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let (code, signal) = match status {
        Some(st) if !timed_out => split_status(st),
        _ => (None, None),
    };
    Outcome {
        code,
        signal,
        timed_out,
        stdout,
        stderr,
    }
}

/// True when the output shows a Rust panic of the compiler (which must never happen).
pub fn has_panic(o: &Outcome) -> bool {
    o.code == Some(101) || o.stderr.contains("panicked at") || o.stderr.contains("RUST_BACKTRACE")
}

/// Expectations written as comment directives at the top of a test source:
///
/// ```text
/// ;; run: arg1 arg2      argv after the program name (whitespace separated)
/// ;; env: NAME=value     environment variable for the run (repeatable)
/// ;; stdin: text         one line of standard input (repeatable; each gets a '\n')
/// ;; exit: 0             expected exit code (default 0)
/// ;; stdout: 42          one expected line of stdout (repeatable; the whole stdout
///                        must match exactly; no stdout directive = empty stdout)
/// ;; stderr: text        a substring stderr must contain (repeatable; with none,
///                        stderr must be empty)
/// ;; link: file.c        an extra `--link` input, relative to tests/support
///                        (repeatable; e2e only)
/// ```
///
/// `prefix` is the comment marker (`;;` for .wat, `//` for C and Rust).
#[derive(Debug, Default, Clone)]
pub struct Directives {
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub stdin: String,
    pub exit: i32,
    pub stdout: Vec<String>,
    pub stderr: Vec<String>,
    pub link: Vec<String>,
}

impl Directives {
    pub fn parse(text: &str, prefix: &str) -> Result<Directives, String> {
        let mut d = Directives::default();
        for (lineno, line) in text.lines().enumerate() {
            let Some(rest) = line.strip_prefix(prefix) else {
                continue;
            };
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            let Some((key, value)) = rest.split_once(':') else {
                continue;
            };
            let value = value.strip_prefix(' ').unwrap_or(value);
            match key {
                "run" => d.args = value.split_whitespace().map(String::from).collect(),
                "env" => {
                    let (k, v) = value
                        .split_once('=')
                        .ok_or_else(|| format!("line {}: `env:` needs NAME=value", lineno + 1))?;
                    d.env.push((k.to_string(), v.to_string()));
                }
                "stdin" => {
                    d.stdin.push_str(value);
                    d.stdin.push('\n');
                }
                "exit" => {
                    d.exit = value
                        .trim()
                        .parse()
                        .map_err(|_| format!("line {}: bad exit code {value:?}", lineno + 1))?
                }
                "stdout" => d.stdout.push(value.to_string()),
                "stderr" => d.stderr.push(value.to_string()),
                "link" => d.link.push(value.trim().to_string()),
                _ => {}
            }
        }
        Ok(d)
    }

    /// The exact stdout these directives expect.
    pub fn expected_stdout(&self) -> String {
        let mut s = String::new();
        for l in &self.stdout {
            s.push_str(l);
            s.push('\n');
        }
        s
    }

    /// Checks a run against the directives; returns every mismatch found.
    pub fn check(&self, o: &Outcome) -> Vec<String> {
        let mut errs = Vec::new();
        if o.code != Some(self.exit) {
            errs.push(format!(
                "expected exit {}, got {}",
                self.exit,
                o.status_text()
            ));
        }
        let want = self.expected_stdout();
        if o.stdout != want {
            errs.push(describe_stdout_diff(&want, &o.stdout));
        }
        if self.stderr.is_empty() {
            if !o.stderr.is_empty() {
                errs.push(format!(
                    "expected empty stderr, got {}",
                    truncate(&o.stderr, 600)
                ));
            }
        } else {
            for s in &self.stderr {
                if !o.stderr.contains(s.as_str()) {
                    errs.push(format!(
                        "stderr does not contain {s:?}; stderr is {}",
                        truncate(&o.stderr, 600)
                    ));
                }
            }
        }
        errs
    }
}

/// "stdout line 12 (first difference): expected "5", got "6"" plus counts.
pub fn describe_stdout_diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut first = None;
    for i in 0..w.len().max(g.len()) {
        if w.get(i) != g.get(i) {
            first = Some(i);
            break;
        }
    }
    let mismatched = (0..w.len().max(g.len()))
        .filter(|&i| w.get(i) != g.get(i))
        .count();
    match first {
        Some(i) => {
            let mut s = format!(
                "stdout differs ({} expected lines, {} got, {} lines differ); first at line {}: expected {:?}, got {:?}",
                w.len(),
                g.len(),
                mismatched,
                i + 1,
                w.get(i).copied().unwrap_or("<end of output>"),
                g.get(i).copied().unwrap_or("<end of output>")
            );
            // Show a few more differing lines: they help spot a pattern.
            let more: Vec<String> = (i + 1..w.len().max(g.len()))
                .filter(|&j| w.get(j) != g.get(j))
                .take(4)
                .map(|j| {
                    format!(
                        "line {}: expected {:?}, got {:?}",
                        j + 1,
                        w.get(j).copied().unwrap_or("<end>"),
                        g.get(j).copied().unwrap_or("<end>")
                    )
                })
                .collect();
            if !more.is_empty() {
                s.push_str("\n      also ");
                s.push_str(&more.join("\n      also "));
            }
            s
        }
        None => format!(
            "stdout differs only in its trailing newline: expected {}, got {}",
            truncate(want, 200),
            truncate(got, 200)
        ),
    }
}

/// Runs `jobs` on up to `threads` worker threads; returns results in input order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                *results[i].lock().unwrap() = Some(r);
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap().expect("every item processed"))
        .collect()
}

/// Worker threads to use: the machine's parallelism, overridable with W2N_TEST_THREADS.
pub fn test_threads() -> usize {
    if let Some(n) = std::env::var("W2N_TEST_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return n;
    }
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
}

/// A foreign target whose executables the tests build with `--target` and run under
/// qemu-user (dynamically linked against Debian's cross glibc, `qemu -L sysroot`).
#[derive(Debug, Clone, Copy)]
pub struct CrossTarget {
    /// Short name for test labels ("aarch64").
    pub name: &'static str,
    /// The `--target` triple.
    pub triple: &'static str,
    /// The qemu-user binary.
    pub qemu: &'static str,
    /// The directory holding the target's dynamic loader and libc (`qemu -L`).
    pub sysroot: &'static str,
    /// The cross C compiler (builds the runtime for the target).
    pub cc: &'static str,
    /// Debian packages providing the above.
    pub packages: &'static str,
    /// Whether the target's baseline ISA has 128-bit vectors (wasm SIMD).
    pub simd: bool,
}

pub const CROSS_AARCH64: CrossTarget = CrossTarget {
    name: "aarch64",
    triple: "aarch64-unknown-linux-gnu",
    qemu: "qemu-aarch64",
    sysroot: "/usr/aarch64-linux-gnu",
    cc: "aarch64-linux-gnu-gcc",
    packages: "qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross",
    simd: true,
};

pub const CROSS_RISCV64: CrossTarget = CrossTarget {
    name: "riscv64",
    triple: "riscv64gc-unknown-linux-gnu",
    qemu: "qemu-riscv64",
    sysroot: "/usr/riscv64-linux-gnu",
    cc: "riscv64-linux-gnu-gcc",
    packages: "qemu-user gcc-riscv64-linux-gnu libc6-dev-riscv64-cross",
    simd: false,
};

impl CrossTarget {
    /// Panics (a test failure naming the packages to install, never a skip) when qemu,
    /// the cross compiler or the sysroot is missing.
    pub fn require_tools(&self, label: &str) {
        let works = |tool: &str| {
            Command::new(tool)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        };
        let missing: Vec<String> = [self.qemu, self.cc]
            .into_iter()
            .filter(|t| !works(t))
            .map(String::from)
            .chain(
                (!Path::new(self.sysroot).join("lib").is_dir())
                    .then(|| format!("{}/lib", self.sysroot)),
            )
            .collect();
        assert!(
            missing.is_empty(),
            "{label}: {} missing: apt-get install {} (or run scripts/test)",
            missing.join(", "),
            self.packages
        );
    }

    /// A command running the target executable `exe` under qemu-user.
    pub fn command(&self, exe: &Path) -> Command {
        let mut q = Command::new(self.qemu);
        q.arg("-L").arg(self.sysroot).arg(exe);
        q
    }
}

/// A command running `exe` natively (`cross` = None) or under qemu-user.
pub fn exe_command(exe: &Path, cross: Option<&CrossTarget>) -> Command {
    match cross {
        None => Command::new(exe),
        Some(c) => c.command(exe),
    }
}

/// Appends `--target TRIPLE` to a `wasm2native build` / `run` command for a cross target.
pub fn add_target(cmd: &mut Command, cross: Option<&CrossTarget>) {
    if let Some(c) = cross {
        cmd.arg("--target").arg(c.triple);
    }
}

/// Writes `wat` to `dir/name.wat` and builds it into the executable `dir/name` with
/// `wasm2native build` and the extra options `extra` (e.g. `--target T`); panics with
/// the compiler's output when the build fails.
pub fn build_wat(dir: &Path, name: &str, wat: &str, extra: &[&str]) -> PathBuf {
    let src = dir.join(format!("{name}.wat"));
    std::fs::write(&src, wat).unwrap();
    let exe = dir.join(name);
    let mut c = Command::new(w2n());
    c.arg("build").arg(&src).arg("-o").arg(&exe).args(extra);
    let o = run(c, b"", Duration::from_secs(300));
    assert_eq!(o.code, Some(0), "building {name}: {}", o.dump());
    exe
}

/// Runs `exe` under `strace -f -e trace=<calls>` with the further strace options `extra`
/// (fault injection, say); the trace is the outcome's stderr. Panics when strace is
/// missing (scripts/test installs it).
pub fn strace(exe: &Path, calls: &str, extra: &[&str]) -> Outcome {
    let mut c = Command::new("strace");
    c.args(["-f", "-e", &format!("trace={calls}")])
        .args(extra)
        .arg(exe);
    let o = run(c, b"", Duration::from_secs(300));
    assert!(
        !o.stderr.contains("strace: exec") && !o.stderr.contains("not found"),
        "strace is needed (scripts/test installs it): {}",
        o.dump()
    );
    o
}
