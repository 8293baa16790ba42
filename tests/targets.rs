//! `wasm2native targets`: the toolchain probe compiles, links (static and dynamic) and
//! runs a C program for each target, and says what is missing and which package
//! provides it. Broken toolchains are simulated with fake compiler scripts given through
//! `CC_<target>` or `--cc`.

#[path = "support/common.rs"]
mod common;

use common::{fresh_temp_dir, w2n};
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use wasm2native::Target;

fn host_triple() -> String {
    Target::host().name
}

/// Writes an executable shell script `name` into `dir`.
fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

/// A compiler that answers `--version` like gcc and prints `msg` on stderr for anything else.
fn fake_cc(dir: &Path, msg: &str) -> PathBuf {
    script(
        dir,
        "fake-cc",
        &format!(
            "for a in \"$@\"; do [ \"$a\" = --version ] && {{ echo 'gcc (fake) 12.2.0'; exit 0; }}; done\n\
             printf '%s\\n' '{msg}' >&2\nexit 1\n"
        ),
    )
}

fn targets(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut c = Command::new(w2n());
    c.arg("targets").args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run wasm2native targets")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn compiler_that_only_answers_version_is_unusable() {
    // What `targets` used to call "toolchain found": the compiler runs, but compiles nothing.
    let dir = fresh_temp_dir("targets-fake");
    let cc = fake_cc(&dir, "cc1: internal compiler error: broken");
    let o = targets(
        &["--check", "--target", "aarch64-unknown-linux-gnu"],
        &[("CC_aarch64_unknown_linux_gnu", &cc)],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "stdout: {out}\nstderr: {err}");
    assert!(
        out.starts_with("aarch64-unknown-linux-gnu") && out.contains("unusable"),
        "{out}"
    );
    assert!(out.contains(&format!("cc: {}", cc.display())), "{out}");
    assert!(out.contains("missing a working C compiler: cc1: internal compiler error: broken"));
    assert!(out.contains("gcc-aarch64-linux-gnu (Debian)"), "{out}");
    assert_eq!(
        err.trim_end(),
        "error: aarch64-unknown-linux-gnu: missing a working C compiler \
         (cc1: internal compiler error: broken): install gcc-aarch64-linux-gnu"
    );
}

#[test]
fn missing_cross_headers_name_the_libc_package() {
    // The fresh Debian 12 machine of issue 16: gcc-aarch64-linux-gnu without its
    // Recommends (libc6-dev-arm64-cross).
    let dir = fresh_temp_dir("targets-headers");
    let cc = fake_cc(
        &dir,
        "/usr/aarch64-linux-gnu/include/features.h:1:10: fatal error: bits/wordsize.h: No such file or directory",
    );
    let o = targets(
        &["--check", "--target", "aarch64-unknown-linux-gnu"],
        &[("CC_aarch64_unknown_linux_gnu", &cc)],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "stdout: {out}\nstderr: {err}");
    assert!(out.contains("missing the C library headers"), "{out}");
    assert!(
        out.contains("libc6-dev-arm64-cross (Debian), aarch64-linux-gnu-glibc (Arch)"),
        "{out}"
    );
    assert!(
        err.starts_with("error: aarch64-unknown-linux-gnu: missing the C library headers (")
            && err.contains("bits/wordsize.h: No such file or directory")
            && err.trim_end().ends_with("): install libc6-dev-arm64-cross")
            && err.lines().count() == 1,
        "{err}"
    );
}

#[test]
fn missing_static_libc_is_partial_and_names_the_package() {
    // Like Fedora without glibc-static: the host compiler works, but `-static` cannot find
    // libc.a. The target stays usable (dynamic), `--check` fails.
    let dir = fresh_temp_dir("targets-static");
    let cc = script(
        &dir,
        "nostatic-cc",
        "for a in \"$@\"; do [ \"$a\" = -static ] && { echo '/usr/bin/ld: cannot find -lc: No such file or directory' >&2; echo 'collect2: error: ld returned 1 exit status' >&2; exit 1; }; done\n\
         exec cc \"$@\"\n",
    );
    let host = host_triple();
    let o = targets(
        &["--check", "--target", &host, "--cc", cc.to_str().unwrap()],
        &[],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "stdout: {out}\nstderr: {err}");
    assert!(
        out.contains("partial   dynamic only, runs natively"),
        "{out}"
    );
    assert!(out.contains("missing the static C library (libc.a): /usr/bin/ld: cannot find -lc"));
    assert!(
        out.contains("libc6-dev (Debian), glibc-static (Fedora), glibc (Arch)"),
        "{out}"
    );
    assert!(err.trim_end().ends_with("): install libc6-dev"), "{err}");
    // Without --check, a partial target is not an error.
    let o = targets(&["--target", &host, "--cc", cc.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
}

#[test]
fn host_target_is_usable() {
    let host = host_triple();
    let o = targets(&["--check", "--target", &host], &[]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "stdout: {out}\nstderr: {err}");
    assert!(
        out.starts_with(&format!(
            "{host}  usable    static+dynamic, runs natively  (host; cc: "
        )),
        "{out}"
    );
    assert_eq!(err, "");
}

#[test]
fn json_parses_and_lists_every_target() {
    // A fake compiler whose message needs escaping (quotes, backslash, tab).
    let dir = fresh_temp_dir("targets-json");
    let cc = fake_cc(&dir, "error: \"bad\"\\path\there");
    let o = targets(&["--json"], &[("CC_riscv64gc_unknown_linux_gnu", &cc)]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "stdout: {out}\nstderr: {err}");
    let v = Json::parse(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    assert_eq!(v.get("host").str(), host_triple());
    let list = v.get("targets").array();
    let names: Vec<&str> = list.iter().map(|t| t.get("target").str()).collect();
    let want: Vec<&str> = Target::supported().collect();
    assert_eq!(names, want);
    for t in list {
        let name = t.get("target").str();
        if name == host_triple() {
            assert_eq!(t.get("status").str(), "usable", "{out}");
            assert_eq!(t.get("host"), &Json::Bool(true));
            assert_eq!(t.get("usable"), &Json::Bool(true));
            assert_eq!(t.get("runs_static"), &Json::Bool(true));
            assert_eq!(t.get("runs_dynamic"), &Json::Bool(true));
            assert_eq!(t.get("qemu"), &Json::Null);
            assert!(t.get("missing").array().is_empty());
        }
        if name == "riscv64gc-unknown-linux-gnu" {
            assert_eq!(t.get("status").str(), "unusable");
            assert_eq!(t.get("compiler").str(), cc.to_str().unwrap());
            assert_eq!(t.get("static"), &Json::Bool(false));
            assert_eq!(t.get("runs_static"), &Json::Null);
            let m = &t.get("missing").array()[0];
            assert_eq!(m.get("piece").str(), "compiler");
            assert_eq!(m.get("detail").str(), "error: \"bad\"\\path\there");
            let p = m.get("packages");
            assert_eq!(p.get("debian").str(), "gcc-riscv64-linux-gnu");
            assert_eq!(p.get("alpine"), &Json::Null);
        }
    }
}

/// A directory for PATH holding everything of /usr/bin and /bin except qemu-aarch64.
fn path_without_qemu_aarch64(dir: &Path) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir(&bin).unwrap();
    for d in ["/usr/bin", "/bin"] {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let name = e.file_name();
            if name != "qemu-aarch64" && !bin.join(&name).exists() {
                let _ = std::os::unix::fs::symlink(e.path(), bin.join(&name));
            }
        }
    }
    bin
}

#[test]
fn foreign_target_without_qemu_cannot_run() {
    let dir = fresh_temp_dir("targets-noqemu");
    let bin = path_without_qemu_aarch64(&dir);
    let o = targets(
        &["--check", "--target", "aarch64-unknown-linux-gnu"],
        &[("PATH", &bin)],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "stdout: {out}\nstderr: {err}");
    assert!(
        out.contains("partial   static+dynamic, no qemu-aarch64 to run it"),
        "{out}"
    );
    assert!(out.contains("qemu-user (Debian)"), "{out}");
    assert_eq!(
        err.trim_end(),
        "error: aarch64-unknown-linux-gnu: missing qemu-user (to run the target's executables) \
         (`qemu-aarch64` not found): install qemu-user"
    );
}

#[test]
fn check_line_names_the_toolchain_first_then_the_other_packages() {
    let dir = fresh_temp_dir("targets-both");
    let bin = path_without_qemu_aarch64(&dir);
    let cc = fake_cc(
        &dir,
        "probe.c:1:10: fatal error: bits/wordsize.h: No such file or directory",
    );
    let o = targets(
        &["--check", "--target", "aarch64-unknown-linux-gnu"],
        &[("PATH", &bin), ("CC_aarch64_unknown_linux_gnu", &cc)],
    );
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "stdout: {out}\nstderr: {err}");
    assert!(
        out.contains("unusable  cannot link, no qemu-aarch64 to run it"),
        "{out}"
    );
    assert_eq!(
        err.trim_end(),
        "error: aarch64-unknown-linux-gnu: missing the C library headers \
         (probe.c:1:10: fatal error: bits/wordsize.h: No such file or directory): \
         install libc6-dev-arm64-cross; also install qemu-user"
    );
}

#[test]
fn build_with_broken_toolchain_names_the_package() {
    // `build` on the machine of issue 16 said only that a cc command failed.
    let dir = fresh_temp_dir("targets-build");
    let cc = fake_cc(
        &dir,
        "/usr/include/features-time64.h:20:10: fatal error: bits/wordsize.h: No such file or directory",
    );
    let o = Command::new(w2n())
        .args(["build", "--target", "aarch64-unknown-linux-gnu", "-o"])
        .arg(dir.join("hello"))
        .arg(common::repo_root().join("examples/hello/hello.wasm"))
        .env("CC_aarch64_unknown_linux_gnu", &cc)
        .env("WASM2NATIVE_CACHE", dir.join("cache"))
        .output()
        .unwrap();
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert_eq!(
        err.trim_end(),
        "error: cannot build runtime-support: aarch64-unknown-linux-gnu: missing the C \
         library headers (/usr/include/features-time64.h:20:10: fatal error: \
         bits/wordsize.h: No such file or directory): install libc6-dev-arm64-cross"
    );
}

#[test]
fn unknown_target_is_an_error() {
    let o = targets(&["--target", "mips-unknown-linux-gnu"], &[]);
    let (_, err) = text(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err.starts_with("error: unsupported: target `mips-unknown-linux-gnu`"),
        "{err}"
    );
}

/// A strict JSON value (RFC 8259), enough to check `--json` output.
#[derive(Debug, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(BTreeMap<String, Json>),
}

impl Json {
    fn parse(s: &str) -> Result<Json, String> {
        let b = s.as_bytes();
        let mut i = 0;
        let v = value(b, &mut i)?;
        ws(b, &mut i);
        if i != b.len() {
            return Err(format!("trailing data at {i}"));
        }
        Ok(v)
    }

    fn get(&self, k: &str) -> &Json {
        match self {
            Json::Obj(m) => m.get(k).unwrap_or_else(|| panic!("no key {k} in {self:?}")),
            _ => panic!("not an object: {self:?}"),
        }
    }

    fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            _ => panic!("not a string: {self:?}"),
        }
    }

    fn array(&self) -> &[Json] {
        match self {
            Json::Arr(a) => a,
            _ => panic!("not an array: {self:?}"),
        }
    }
}

fn ws(b: &[u8], i: &mut usize) {
    while *i < b.len() && matches!(b[*i], b' ' | b'\n' | b'\r' | b'\t') {
        *i += 1;
    }
}

fn expect(b: &[u8], i: &mut usize, lit: &str) -> Result<(), String> {
    if b[*i..].starts_with(lit.as_bytes()) {
        *i += lit.len();
        Ok(())
    } else {
        Err(format!("expected `{lit}` at {i}"))
    }
}

fn value(b: &[u8], i: &mut usize) -> Result<Json, String> {
    ws(b, i);
    match b.get(*i) {
        Some(b'n') => expect(b, i, "null").map(|_| Json::Null),
        Some(b't') => expect(b, i, "true").map(|_| Json::Bool(true)),
        Some(b'f') => expect(b, i, "false").map(|_| Json::Bool(false)),
        Some(b'"') => string(b, i).map(Json::Str),
        Some(b'[') => {
            *i += 1;
            let mut a = Vec::new();
            ws(b, i);
            if b.get(*i) == Some(&b']') {
                *i += 1;
                return Ok(Json::Arr(a));
            }
            loop {
                a.push(value(b, i)?);
                ws(b, i);
                match b.get(*i) {
                    Some(b',') => *i += 1,
                    Some(b']') => {
                        *i += 1;
                        return Ok(Json::Arr(a));
                    }
                    _ => return Err(format!("expected , or ] at {i}")),
                }
            }
        }
        Some(b'{') => {
            *i += 1;
            let mut m = BTreeMap::new();
            ws(b, i);
            if b.get(*i) == Some(&b'}') {
                *i += 1;
                return Ok(Json::Obj(m));
            }
            loop {
                ws(b, i);
                let k = string(b, i)?;
                ws(b, i);
                expect(b, i, ":")?;
                let v = value(b, i)?;
                if m.insert(k.clone(), v).is_some() {
                    return Err(format!("duplicate key {k}"));
                }
                ws(b, i);
                match b.get(*i) {
                    Some(b',') => *i += 1,
                    Some(b'}') => {
                        *i += 1;
                        return Ok(Json::Obj(m));
                    }
                    _ => return Err(format!("expected , or }} at {i}")),
                }
            }
        }
        Some(c) if *c == b'-' || c.is_ascii_digit() => {
            let start = *i;
            while *i < b.len() && matches!(b[*i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                *i += 1;
            }
            let t = std::str::from_utf8(&b[start..*i]).unwrap();
            t.parse().map(Json::Num).map_err(|e| format!("{t}: {e}"))
        }
        _ => Err(format!("unexpected input at {i}")),
    }
}

fn string(b: &[u8], i: &mut usize) -> Result<String, String> {
    expect(b, i, "\"")?;
    let mut out = Vec::new();
    loop {
        let c = *b.get(*i).ok_or("unterminated string")?;
        *i += 1;
        match c {
            b'"' => return String::from_utf8(out).map_err(|e| e.to_string()),
            b'\\' => {
                let e = *b.get(*i).ok_or("unterminated escape")?;
                *i += 1;
                match e {
                    b'"' | b'\\' | b'/' => out.push(e),
                    b'n' => out.push(b'\n'),
                    b't' => out.push(b'\t'),
                    b'r' => out.push(b'\r'),
                    b'b' => out.push(8),
                    b'f' => out.push(12),
                    b'u' => {
                        let h = std::str::from_utf8(b.get(*i..*i + 4).ok_or("short \\u")?)
                            .map_err(|e| e.to_string())?;
                        let n = u32::from_str_radix(h, 16).map_err(|e| e.to_string())?;
                        *i += 4;
                        let ch = char::from_u32(n).ok_or("bad \\u")?;
                        out.extend_from_slice(ch.to_string().as_bytes());
                    }
                    _ => return Err(format!("bad escape at {i}")),
                }
            }
            c if c < 0x20 => return Err(format!("raw control character in string at {i}")),
            c => out.push(c),
        }
    }
}
