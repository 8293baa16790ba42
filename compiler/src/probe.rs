//! Toolchain probes (`wasm2native targets`): for each target, compile a small C program
//! with the compiler and flags a build uses, link it statically and dynamically, run it
//! (natively or under qemu-user), and name what is missing and which package provides it.

use crate::error::{Error, Result};
use crate::target::{Target, SUPPORTED};
use crate::toolchain::{CcOptions, TempDir, Toolchain};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The packages providing one piece of a toolchain, per distribution ("" = not packaged
/// there). Debian names are for an x86_64 (amd64) Debian 12 host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Packages {
    pub debian: String,
    pub fedora: String,
    pub arch: String,
    pub alpine: String,
}

impl Packages {
    /// "libc6-dev-arm64-cross (Debian), aarch64-linux-gnu-glibc (Arch); not packaged for
    /// Fedora, Alpine".
    pub(crate) fn describe(&self) -> String {
        let all = [
            ("Debian", &self.debian),
            ("Fedora", &self.fedora),
            ("Arch", &self.arch),
            ("Alpine", &self.alpine),
        ];
        let have: Vec<String> = all
            .iter()
            .filter(|(_, p)| !p.is_empty())
            .map(|(d, p)| format!("{p} ({d})"))
            .collect();
        let none: Vec<&str> = all
            .iter()
            .filter(|(_, p)| p.is_empty())
            .map(|(d, _)| *d)
            .collect();
        let mut s = have.join(", ");
        if !none.is_empty() {
            s.push_str(&format!("; not packaged for {}", none.join(", ")));
        }
        s
    }
}

fn pk(
    debian: impl Into<String>,
    fedora: impl Into<String>,
    arch: impl Into<String>,
    alpine: impl Into<String>,
) -> Packages {
    Packages {
        debian: debian.into(),
        fedora: fedora.into(),
        arch: arch.into(),
        alpine: alpine.into(),
    }
}

/// Who provides each piece of a target's toolchain.
struct Provides {
    /// The C compiler driver (and its assembler and linker).
    compiler: Packages,
    /// C headers, start files and the shared C library.
    libc: Packages,
    /// The static C library (`libc.a`).
    static_libc: Packages,
    /// qemu-user, to run the target's executables on another architecture.
    qemu: Packages,
}

/// Names of one architecture in each distribution's cross packages.
struct ArchNames {
    /// The triple prefix (`aarch64`, `riscv64gc`).
    triple: &'static str,
    /// Debian's architecture name (`arm64`) and GNU triple (`aarch64-linux-gnu`).
    deb_arch: &'static str,
    deb_gnu: &'static str,
    /// Debian's cross package suffix (`arm64-cross`).
    deb_cross: &'static str,
    /// Alpine's qemu-user package.
    alpine_qemu: &'static str,
}

const ARCHES: &[ArchNames] = &[
    ArchNames {
        triple: "x86_64",
        deb_arch: "amd64",
        deb_gnu: "x86-64-linux-gnu",
        deb_cross: "amd64-cross",
        alpine_qemu: "qemu-x86_64",
    },
    ArchNames {
        triple: "aarch64",
        deb_arch: "arm64",
        deb_gnu: "aarch64-linux-gnu",
        deb_cross: "arm64-cross",
        alpine_qemu: "qemu-aarch64",
    },
    ArchNames {
        triple: "riscv64gc",
        deb_arch: "riscv64",
        deb_gnu: "riscv64-linux-gnu",
        deb_cross: "riscv64-cross",
        alpine_qemu: "qemu-riscv64",
    },
];

/// Who provides each piece of `target`'s toolchain on this host: native packages for
/// the host's own architecture, cross packages otherwise.
fn provides(target: &str) -> Provides {
    let none = pk("", "", "", "");
    let (arch, env) = target.split_once("-unknown-linux-").unwrap_or((target, ""));
    let host = crate::target::host_triple();
    let native = host.starts_with(&format!("{arch}-"));
    let Some(a) = ARCHES.iter().find(|a| a.triple == arch) else {
        return Provides {
            compiler: none.clone(),
            libc: none.clone(),
            static_libc: none,
            qemu: pk("qemu-user", "qemu-user", "qemu-user", ""),
        };
    };
    let qemu = pk("qemu-user", "qemu-user", "qemu-user", a.alpine_qemu);
    match (env, native) {
        ("gnu", true) => Provides {
            compiler: pk("gcc", "gcc", "gcc", ""),
            libc: pk("libc6-dev", "glibc-devel", "glibc", ""),
            static_libc: pk("libc6-dev", "glibc-static", "glibc", ""),
            qemu,
        },
        ("gnu", false) => {
            // Fedora's cross compilers have no C library (use --sysroot); Arch has no
            // x86_64 cross compiler.
            let gnu = a.deb_gnu.replace("x86-64", "x86_64");
            let arch_libc = if a.triple == "x86_64" {
                String::new()
            } else {
                format!("{gnu}-glibc")
            };
            Provides {
                compiler: pk(
                    format!("gcc-{}", a.deb_gnu),
                    format!("gcc-{gnu}"),
                    if a.triple == "x86_64" {
                        String::new()
                    } else {
                        format!("{gnu}-gcc")
                    },
                    "",
                ),
                libc: pk(
                    format!("libc6-dev-{}", a.deb_cross),
                    "",
                    arch_libc.clone(),
                    "",
                ),
                static_libc: pk(
                    format!("libc6-dev-{}", a.deb_cross),
                    "",
                    arch_libc.clone(),
                    "",
                ),
                qemu,
            }
        }
        ("musl", true) => Provides {
            compiler: pk("musl-tools", "musl-gcc", "musl", "gcc"),
            libc: pk("musl-dev", "musl-devel", "musl", "musl-dev"),
            static_libc: pk("musl-dev", "musl-libc-static", "musl", "musl-dev"),
            qemu,
        },
        ("musl", false) => {
            // Debian's musl-dev:<arch> brings <gnu>-linux-musl-gcc, a wrapper around the
            // GNU cross compiler; the other distributions do not package musl cross
            // compilers.
            let deb = format!(
                "gcc-{} musl-dev:{} (after `dpkg --add-architecture {}`)",
                a.deb_gnu, a.deb_arch, a.deb_arch
            );
            Provides {
                compiler: pk(deb.clone(), "", "", ""),
                libc: pk(deb.clone(), "", "", ""),
                static_libc: pk(deb, "", "", ""),
                qemu,
            }
        }
        _ => Provides {
            compiler: none.clone(),
            libc: none.clone(),
            static_libc: none,
            qemu,
        },
    }
}

/// The Debian package(s) providing `target`'s C compiler and C library.
pub(crate) fn debian_toolchain_packages(target: &str) -> String {
    let p = provides(target);
    if p.compiler.debian.is_empty() {
        return "a C cross compiler and C library for the target".to_string();
    }
    if p.compiler.debian == p.libc.debian {
        p.compiler.debian.to_string()
    } else {
        format!("{} {}", p.compiler.debian, p.libc.debian)
    }
}

/// One missing (or broken) piece of a toolchain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    /// No C compiler, or one that cannot compile or link at all.
    Compiler,
    /// The C library's headers.
    Headers,
    /// The C library's start files (`crt1.o`, `crti.o`).
    StartFiles,
    /// The static C library (`libc.a`, `libm.a`).
    StaticLibc,
    /// The shared C library (`libc.so`) to link against.
    SharedLibc,
    /// qemu-user, to run foreign executables.
    Qemu,
    /// The linked program does not run (e.g. no dynamic loader for the target).
    Run,
}

impl Piece {
    /// Stable name for `--json`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Piece::Compiler => "compiler",
            Piece::Headers => "headers",
            Piece::StartFiles => "start-files",
            Piece::StaticLibc => "static-libc",
            Piece::SharedLibc => "shared-libc",
            Piece::Qemu => "qemu",
            Piece::Run => "run",
        }
    }

    pub(crate) fn describe(self) -> &'static str {
        match self {
            Piece::Compiler => "a working C compiler",
            Piece::Headers => "the C library headers",
            Piece::StartFiles => "the C library start files",
            Piece::StaticLibc => "the static C library (libc.a)",
            Piece::SharedLibc => "the shared C library (libc.so)",
            Piece::Qemu => "qemu-user (to run the target's executables)",
            Piece::Run => "a program that runs (the linked probe failed)",
        }
    }
}

/// A missing piece, with the tool's own words and who provides it.
#[derive(Clone, Debug)]
pub(crate) struct Missing {
    pub piece: Piece,
    /// The first relevant line the tool printed (or what we could not run).
    pub detail: String,
    pub packages: Packages,
}

/// What probing one target found.
#[derive(Clone, Debug)]
pub(crate) struct Report {
    pub target: String,
    pub host: bool,
    /// The C compiler the cc crate chose (honouring `CC_<target>`, `--cc`).
    pub compiler: Option<String>,
    /// The probe compiled to an object.
    pub compiles: bool,
    pub static_link: bool,
    pub dynamic_link: bool,
    /// `None`: the target's executables run natively; else the qemu-user binary.
    pub qemu: Option<&'static str>,
    /// Whether that qemu-user binary answers `--version`.
    pub qemu_found: bool,
    /// The statically / dynamically linked probe ran and printed what it should
    /// (`None`: not tried, because it did not link or there is nothing to run it with).
    pub runs_static: Option<bool>,
    pub runs_dynamic: Option<bool>,
    pub missing: Vec<Missing>,
}

impl Report {
    /// `build` can produce executables for this target (statically or dynamically).
    pub(crate) fn usable(&self) -> bool {
        self.static_link || self.dynamic_link
    }

    /// Everything works: static and dynamic links, and both executables run here.
    pub(crate) fn complete(&self) -> bool {
        self.static_link
            && self.dynamic_link
            && self.runs_static == Some(true)
            && self.runs_dynamic == Some(true)
    }

    /// "usable", "partial" (builds, but something is missing) or "unusable".
    pub(crate) fn status(&self) -> &'static str {
        if self.complete() {
            "usable"
        } else if self.usable() {
            "partial"
        } else {
            "unusable"
        }
    }

    /// One line for `--check` failures: the first missing piece of the toolchain (qemu
    /// last) and its Debian package, then the other packages to install.
    pub(crate) fn summary(&self) -> String {
        let install = |m: &Missing| {
            if m.packages.debian.is_empty() {
                format!("packages: {}", m.packages.describe())
            } else {
                format!("install {}", m.packages.debian)
            }
        };
        let first = self
            .missing
            .iter()
            .find(|m| m.piece != Piece::Qemu)
            .or(self.missing.first());
        let Some(m) = first else {
            return format!("{}: {}", self.target, self.status());
        };
        let mut line = format!(
            "{}: missing {} ({}): {}",
            self.target,
            m.piece.describe(),
            m.detail,
            install(m)
        );
        let mut more: Vec<&str> = Vec::new();
        for o in &self.missing {
            let pkg = o.packages.debian.as_str();
            if !pkg.is_empty() && pkg != m.packages.debian && !more.contains(&pkg) {
                more.push(pkg);
            }
        }
        if !more.is_empty() {
            line.push_str(&format!("; also install {}", more.join(" ")));
        }
        line
    }

    fn lack(&mut self, piece: Piece, detail: String, packages: &Packages) {
        if !self
            .missing
            .iter()
            .any(|m| m.piece == piece && m.detail == detail)
        {
            self.missing.push(Missing {
                piece,
                detail,
                packages: packages.clone(),
            });
        }
    }
}

/// Exercises what the runtime uses: libc, libm, threads, signals, mmap.
const PROBE_C: &str = r#"#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    (void)argv;
    volatile double x = 16.0 * argc;
    void *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED || pthread_self() == 0) return 2;
    printf("w2n-probe %d\n", (int)sqrt(x));
    return 0;
}
"#;
const PROBE_OUT: &str = "w2n-probe 4\n";

/// The qemu-user binary that runs `target`'s executables here (`None`: they run natively).
fn runner(target: &Target) -> Option<&'static str> {
    let host = Target::host();
    if host.triple.architecture == target.triple.architecture {
        None
    } else {
        target.qemu()
    }
}

fn answers_version(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The line of a tool's stderr that says what went wrong.
fn first_error(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let line = lines
        .iter()
        .find(|l| l.contains("fatal error") || l.contains("cannot find"))
        .or_else(|| {
            lines
                .iter()
                .find(|l| l.contains("error") || l.contains("undefined"))
        })
        .or_else(|| lines.first())
        .copied()
        .unwrap_or("failed with no message");
    let line = line.strip_prefix("collect2: ").unwrap_or(line);
    let mut s: String = line.chars().take(200).collect();
    if s.len() < line.len() {
        s.push_str("...");
    }
    s
}

/// Which piece a failed compile of the probe points at.
fn classify_compile(stderr: &str) -> Piece {
    if stderr.contains("No such file or directory")
        && stderr
            .lines()
            .any(|l| l.contains("fatal error") && l.contains(".h"))
    {
        Piece::Headers
    } else {
        Piece::Compiler
    }
}

/// Which piece a failed link of the probe points at.
fn classify_link(stderr: &str, static_link: bool) -> Piece {
    let cannot_find = |what: &str| {
        stderr.lines().any(|l| {
            l.contains("cannot find")
                && (l.contains(&format!("{what} "))
                    || l.contains(&format!("{what}:"))
                    || l.ends_with(what))
        })
    };
    if ["crt1.o", "Scrt1.o", "crti.o", "crtn.o", "rcrt1.o"]
        .iter()
        .any(|f| cannot_find(f))
    {
        Piece::StartFiles
    } else if ["-lc", "-lm", "-lpthread"].iter().any(|l| cannot_find(l)) {
        if static_link {
            Piece::StaticLibc
        } else {
            Piece::SharedLibc
        }
    } else {
        Piece::Compiler
    }
}

fn run_out(cmd: &mut Command, what: &Path) -> Result<Output> {
    cmd.output().map_err(|e| Error::Io {
        context: format!("running {}", what.display()),
        error: e,
    })
}

/// Probes one target's toolchain.
pub(crate) fn probe(target: &Target, opts: &CcOptions) -> Result<Report> {
    let p = provides(&target.name);
    let qemu = runner(target);
    let mut r = Report {
        target: target.name.clone(),
        host: target.is_host(),
        compiler: None,
        compiles: false,
        static_link: false,
        dynamic_link: false,
        qemu,
        qemu_found: qemu.is_some_and(answers_version),
        runs_static: None,
        runs_dynamic: None,
        missing: Vec::new(),
    };
    if let Some(q) = qemu.filter(|_| !r.qemu_found) {
        r.lack(Piece::Qemu, format!("`{q}` not found"), &p.qemu);
    }
    let tc = match Toolchain::locate(target, opts) {
        Ok(tc) => tc,
        Err(e) => {
            r.lack(Piece::Compiler, e.to_string(), &p.compiler);
            return Ok(r);
        }
    };
    let cc = tc.compiler_path().display().to_string();
    r.compiler = Some(cc.clone());
    match tc.command().arg("--version").output() {
        Ok(o) if o.status.success() => {}
        Ok(o) => {
            let err = String::from_utf8_lossy(&o.stderr);
            let detail = if err.trim().is_empty() {
                format!("`{cc} --version` exited with {}", o.status)
            } else {
                format!("`{cc} --version` failed: {}", first_error(&err))
            };
            r.lack(Piece::Compiler, detail, &p.compiler);
            return Ok(r);
        }
        Err(e) => {
            r.lack(Piece::Compiler, format!("`{cc}`: {e}"), &p.compiler);
            return Ok(r);
        }
    }
    let dir = TempDir::new("probe")?;
    let src = dir.0.join("probe.c");
    std::fs::write(&src, PROBE_C).map_err(|e| Error::Io {
        context: src.display().to_string(),
        error: e,
    })?;
    let obj = dir.0.join("probe.o");
    let o = run_out(
        tc.command().arg("-c").arg(&src).arg("-o").arg(&obj),
        tc.compiler_path(),
    );
    match o {
        Ok(o) if o.status.success() && obj.exists() => r.compiles = true,
        Ok(o) => {
            let err = String::from_utf8_lossy(&o.stderr);
            let piece = classify_compile(&err);
            let pkgs = if piece == Piece::Headers {
                &p.libc
            } else {
                &p.compiler
            };
            r.lack(piece, first_error(&err), pkgs);
            return Ok(r);
        }
        Err(e) => {
            r.lack(Piece::Compiler, e.to_string(), &p.compiler);
            return Ok(r);
        }
    }
    for static_link in [true, false] {
        let exe = dir.0.join(if static_link {
            "probe-static"
        } else {
            "probe-dynamic"
        });
        let mut c = tc.command();
        c.arg("-o").arg(&exe).arg(&obj).arg("-lm");
        if static_link {
            c.arg("-static");
        }
        let o = run_out(&mut c, tc.compiler_path())?;
        if !(o.status.success() && exe.exists()) {
            let err = String::from_utf8_lossy(&o.stderr);
            let piece = classify_link(&err, static_link);
            let pkgs = match piece {
                Piece::StaticLibc => &p.static_libc,
                Piece::SharedLibc | Piece::StartFiles => &p.libc,
                _ => &p.compiler,
            };
            r.lack(piece, first_error(&err), pkgs);
            continue;
        }
        if static_link {
            r.static_link = true;
        } else {
            r.dynamic_link = true;
        }
        let runs = run_probe(target, opts, qemu, r.qemu_found, &exe, static_link);
        let ran = match runs {
            None => None,
            Some(Ok(())) => Some(true),
            Some(Err(detail)) => {
                let how = if static_link { "static" } else { "dynamic" };
                r.lack(Piece::Run, format!("{how}: {detail}"), &p.libc);
                Some(false)
            }
        };
        if static_link {
            r.runs_static = ran;
        } else {
            r.runs_dynamic = ran;
        }
    }
    Ok(r)
}

/// Runs a linked probe: natively, or under qemu-user (`None` when there is no qemu).
fn run_probe(
    target: &Target,
    opts: &CcOptions,
    qemu: Option<&str>,
    qemu_found: bool,
    exe: &Path,
    static_link: bool,
) -> Option<std::result::Result<(), String>> {
    let mut c = match qemu {
        None => Command::new(exe),
        Some(_) if !qemu_found => return None,
        Some(q) => {
            let mut c = Command::new(q);
            if !static_link {
                let sysroot: Option<PathBuf> =
                    opts.sysroot.clone().or_else(|| target.qemu_sysroot());
                if let Some(s) = sysroot {
                    c.arg("-L").arg(s);
                }
            }
            c.arg(exe);
            c
        }
    };
    Some(match c.output() {
        Err(e) => Err(format!("cannot start: {e}")),
        Ok(o) if o.status.success() && o.stdout == PROBE_OUT.as_bytes() => Ok(()),
        Ok(o) => {
            let err = String::from_utf8_lossy(&o.stderr);
            let status = match o.status.code() {
                Some(c) => format!("exit {c}"),
                None => "killed by a signal".to_string(),
            };
            if err.trim().is_empty() {
                Err(format!(
                    "{status}, printed {:?}",
                    String::from_utf8_lossy(&o.stdout)
                ))
            } else {
                Err(format!("{status}: {}", first_error(&err)))
            }
        }
    })
}

/// Every supported target, in `SUPPORTED` order.
pub(crate) fn all_targets() -> Result<Vec<Target>> {
    SUPPORTED.iter().map(|(t, _)| Target::parse(t)).collect()
}

/// Probes `targets` in parallel (one thread each), reports in the given order.
pub(crate) fn probe_all(targets: &[Target], opts: &CcOptions) -> Result<Vec<Report>> {
    std::thread::scope(|s| {
        let handles: Vec<_> = targets
            .iter()
            .map(|t| s.spawn(move || probe(t, opts)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(Error::Toolchain("toolchain probe panicked".into())))
            })
            .collect()
    })
}

/// The human-readable table of `wasm2native targets`.
pub(crate) fn render_text(reports: &[Report]) -> String {
    let width = reports.iter().map(|r| r.target.len()).max().unwrap_or(0) + 2;
    let mut out = String::new();
    for r in reports {
        let links = match (r.static_link, r.dynamic_link) {
            (true, true) => "static+dynamic",
            (true, false) => "static only",
            (false, true) => "dynamic only",
            (false, false) => "cannot link",
        };
        let ran = r.runs_static.is_some() || r.runs_dynamic.is_some();
        let runs = match (r.qemu, r.qemu_found) {
            (None, _) if ran => "runs natively".to_string(),
            (None, _) => "native target".to_string(),
            (Some(q), true) if ran => format!("runs under {q}"),
            (Some(q), true) => format!("{q} present"),
            (Some(q), false) => format!("no {q} to run it"),
        };
        let mut notes = Vec::new();
        if r.host {
            notes.push("host".to_string());
        }
        if let Some(c) = &r.compiler {
            notes.push(format!("cc: {c}"));
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!("  ({})", notes.join("; "))
        };
        out.push_str(&format!(
            "{:<width$}{:<10}{links}, {runs}{notes}\n",
            r.target,
            r.status()
        ));
        for m in &r.missing {
            out.push_str(&format!(
                "    missing {}: {}\n      install: {}\n",
                m.piece.describe(),
                m.detail,
                m.packages.describe()
            ));
        }
    }
    out
}

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn json_opt_bool(b: Option<bool>) -> &'static str {
    match b {
        None => "null",
        Some(true) => "true",
        Some(false) => "false",
    }
}

/// `wasm2native targets --json`: `{"host": ..., "targets": [{...}, ...]}`.
pub(crate) fn render_json(reports: &[Report]) -> String {
    let opt = |s: Option<&str>| s.map_or("null".to_string(), json_str);
    let mut targets = Vec::new();
    for r in reports {
        let missing: Vec<String> = r
            .missing
            .iter()
            .map(|m| {
                format!(
                    "{{\"piece\": {}, \"what\": {}, \"detail\": {}, \"packages\": {{\"debian\": {}, \"fedora\": {}, \"arch\": {}, \"alpine\": {}}}}}",
                    json_str(m.piece.key()),
                    json_str(m.piece.describe()),
                    json_str(&m.detail),
                    opt(Some(m.packages.debian.as_str()).filter(|p| !p.is_empty())),
                    opt(Some(m.packages.fedora.as_str()).filter(|p| !p.is_empty())),
                    opt(Some(m.packages.arch.as_str()).filter(|p| !p.is_empty())),
                    opt(Some(m.packages.alpine.as_str()).filter(|p| !p.is_empty())),
                )
            })
            .collect();
        targets.push(format!(
            "    {{\"target\": {}, \"status\": {}, \"usable\": {}, \"complete\": {}, \"host\": {}, \
             \"compiler\": {}, \"compiles\": {}, \"static\": {}, \"dynamic\": {}, \
             \"qemu\": {}, \"qemu_found\": {}, \"runs_static\": {}, \"runs_dynamic\": {}, \
             \"missing\": [{}]}}",
            json_str(&r.target),
            json_str(r.status()),
            r.usable(),
            r.complete(),
            r.host,
            opt(r.compiler.as_deref()),
            r.compiles,
            r.static_link,
            r.dynamic_link,
            opt(r.qemu),
            r.qemu_found,
            json_opt_bool(r.runs_static),
            json_opt_bool(r.runs_dynamic),
            missing.join(", ")
        ));
    }
    format!(
        "{{\n  \"host\": {},\n  \"targets\": [\n{}\n  ]\n}}\n",
        json_str(&crate::target::host_triple()),
        targets.join(",\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_compiler_messages() {
        let e = "probe.c:3:10: fatal error: bits/wordsize.h: No such file or directory\n";
        assert_eq!(classify_compile(e), Piece::Headers);
        assert_eq!(
            first_error(e),
            "probe.c:3:10: fatal error: bits/wordsize.h: No such file or directory"
        );
        assert_eq!(classify_compile("cc1: error: bad flag\n"), Piece::Compiler);
        let l = "/usr/bin/ld: cannot find -lc: No such file or directory\ncollect2: error: ld returned 1 exit status\n";
        assert_eq!(classify_link(l, true), Piece::StaticLibc);
        assert_eq!(classify_link(l, false), Piece::SharedLibc);
        assert_eq!(
            first_error(l),
            "/usr/bin/ld: cannot find -lc: No such file or directory"
        );
        let s = "ld: cannot find crt1.o: No such file or directory\n";
        assert_eq!(classify_link(s, true), Piece::StartFiles);
        assert_eq!(
            classify_link("ld: cannot find -lcrypto\n", true),
            Piece::Compiler
        );
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
