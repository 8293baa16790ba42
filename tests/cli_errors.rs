//! Bad inputs and bad command lines must give a clean error: a non-zero exit code
//! that is not 101 (a Rust panic), no signal, stderr starting with `error:` and no
//! other line starting so (no "panicked"). Errors about wasm bytes are one line that
//! names the byte offset (`offset` / `0x...`), or the first bytes of what is not a
//! module; wat syntax errors show the line and column; clap's errors keep their
//! usage and suggestions. Also here: the other command-line conventions (`-` for
//! stdin/stdout, help texts, progress and `--timings`).

#[path = "support/common.rs"]
mod common;

use common::{fresh_temp_dir, has_panic, run, w2n, Outcome};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(120);

/// `(module (func (export "main") (result i32) i32.const 7))`
const VALID: &[u8] = &[
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03,
    0x02, 0x01, 0x00, 0x07, 0x08, 0x01, 0x04, 0x6d, 0x61, 0x69, 0x6e, 0x00, 0x00, 0x0a, 0x06, 0x01,
    0x04, 0x00, 0x41, 0x07, 0x0b,
];

/// `(module (func (export "main") (result i32) (drop (v128.const i64x2 1 2)) i32.const 0))`
const SIMD: &[u8] = &[
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03,
    0x02, 0x01, 0x00, 0x07, 0x08, 0x01, 0x04, 0x6d, 0x61, 0x69, 0x6e, 0x00, 0x00, 0x0a, 0x19, 0x01,
    0x17, 0x00, 0xfd, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x1a, 0x41, 0x00, 0x0b,
];

/// `(module (func (export "main") (result i32)
///   (drop (i8x16.relaxed_swizzle (v128.const i64x2 1 2) (v128.const i64x2 1 2))) i32.const 0))`
/// (relaxed SIMD: only valid with `--relaxed-simd`; the operator is at offset 0x46).
const RELAXED_SIMD: &[u8] = &[
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03,
    0x02, 0x01, 0x00, 0x07, 0x08, 0x01, 0x04, 0x6d, 0x61, 0x69, 0x6e, 0x00, 0x00, 0x0a, 0x2e, 0x01,
    0x2c, 0x00, 0xfd, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0xfd, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xfd, 0x80, 0x02, 0x1a, 0x41, 0x00, 0x0b,
];

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write test input");
    p
}

fn w2n_run(args: &[&std::ffi::OsStr]) -> Outcome {
    let mut c = Command::new(w2n());
    c.args(args);
    run(c, b"", TIMEOUT)
}

fn compile(input: &Path, dir: &Path) -> Outcome {
    let out = dir.join("out.o");
    w2n_run(&[
        "compile".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ])
}

/// Every problem with `o` as a clean one-line error; empty when it is one.
fn clean_error_problems(o: &Outcome, need_offset: bool, must_contain: &[&str]) -> Vec<String> {
    let mut p = diagnostic_problems(o, must_contain);
    let one_line = o.stderr.ends_with('\n') && o.stderr.matches('\n').count() == 1;
    if !one_line {
        p.push("stderr is not exactly one line ending in a newline".to_string());
    }
    let names_bytes = o.stderr.contains("offset")
        || o.stderr.contains("0x")
        || o.stderr
            .contains("not a WebAssembly module: it starts with bytes");
    if need_offset && !names_bytes {
        p.push("the message does not give the byte offset (`offset` or `0x...`)".to_string());
    }
    p
}

/// Every problem with `o` as a clean error of one or more lines.
fn diagnostic_problems(o: &Outcome, must_contain: &[&str]) -> Vec<String> {
    let mut p = Vec::new();
    match o.code {
        Some(0) => p.push("exit code 0: the bad input was accepted".to_string()),
        Some(101) => p.push("exit code 101: the compiler panicked".to_string()),
        Some(_) => {}
        None => p.push(format!("no exit code: {}", o.status_text())),
    }
    if o.stderr.contains("panicked") {
        p.push("stderr mentions a panic".to_string());
    }
    if !o.stderr.starts_with("error: ") || !o.stderr.ends_with('\n') {
        p.push("stderr does not start with `error: ` and end with a newline".to_string());
    }
    if o.stderr.lines().filter(|l| l.starts_with("error")).count() > 1 {
        p.push("more than one line starts with `error`".to_string());
    }
    for s in must_contain {
        if !o.stderr.contains(s) {
            p.push(format!("the message does not mention {s:?}"));
        }
    }
    p
}

fn assert_diagnostic(what: &str, o: &Outcome, must_contain: &[&str]) {
    let p = diagnostic_problems(o, must_contain);
    assert!(
        p.is_empty(),
        "{what}: not a clean error:\n  - {}\n{}",
        p.join("\n  - "),
        o.dump()
    );
}

fn assert_clean_error(what: &str, o: &Outcome, need_offset: bool, must_contain: &[&str]) {
    let p = clean_error_problems(o, need_offset, must_contain);
    assert!(
        p.is_empty(),
        "{what}: not a clean error:\n  - {}\n{}",
        p.join("\n  - "),
        o.dump()
    );
}

#[test]
fn valid_module_compiles() {
    // The positive control: the inputs below fail because they are bad, not because
    // nothing works.
    let dir = fresh_temp_dir("cli-valid");
    let input = write(&dir, "valid.wasm", VALID);
    let out = dir.join("valid.o");
    let header = dir.join("valid.h");
    let o = w2n_run(&[
        "compile".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--header".as_ref(),
        header.as_os_str(),
    ]);
    assert_eq!(
        o.code,
        Some(0),
        "compiling a valid module failed\n{}",
        o.dump()
    );
    let obj = std::fs::read(&out).expect("the object file exists");
    assert!(
        obj.starts_with(b"\x7fELF"),
        "the output is not an ELF object"
    );
    assert!(header.exists(), "--header did not write the header");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn truncated_module() {
    let dir = fresh_temp_dir("cli-trunc");
    // Empty file, partial magic, cuts inside sections (8 and 15 are section
    // boundaries, where the prefix is itself a valid module).
    let mut failures = Vec::new();
    for cut in [0, 2, 4, 6, 9, 12, 16, 20, 25, 30, 33, VALID.len() - 1] {
        let input = write(&dir, &format!("trunc{cut}.wasm"), &VALID[..cut]);
        let o = compile(&input, &dir);
        // An empty input has no byte to point at; require the offset from 1 byte on.
        let p = clean_error_problems(&o, cut > 0, &[]);
        if !p.is_empty() {
            failures.push(format!("cut at {cut}: {}\n{}", p.join("; "), o.dump()));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "truncated modules:\n{}",
        failures.join("\n")
    );
}

#[test]
fn bad_magic() {
    let dir = fresh_temp_dir("cli-magic");
    let mut bytes = VALID.to_vec();
    bytes[1] = b'A';
    let input = write(&dir, "magic.wasm", &bytes);
    assert_clean_error("bad magic", &compile(&input, &dir), true, &[]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_version() {
    let dir = fresh_temp_dir("cli-version");
    let mut bytes = VALID.to_vec();
    bytes[4] = 2;
    let input = write(&dir, "version.wasm", &bytes);
    assert_clean_error("bad version", &compile(&input, &dir), true, &[]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn type_error_in_wat() {
    let dir = fresh_temp_dir("cli-type");
    let input = write(
        &dir,
        "type.wat",
        b"(module (func (export \"main\") (result i32) i64.const 0))\n",
    );
    assert_clean_error("type error", &compile(&input, &dir), true, &[]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn wat_syntax_error() {
    let dir = fresh_temp_dir("cli-syntax");
    let input = write(
        &dir,
        "syntax.wat",
        b"(module (func (result i32) i32.const 1)\n",
    );
    let o = compile(&input, &dir);
    // The parser's rendering: the message, `--> file:line:col`, the line and a caret.
    assert_diagnostic("wat syntax error", &o, &["expected `)`", "--> "]);
    let lines: Vec<&str> = o.stderr.lines().collect();
    let at = format!("{}:2:1", input.display());
    assert!(
        lines.len() >= 4
            && lines[1].trim() == format!("--> {at}")
            && lines.iter().any(|l| l.trim() == "|")
            && lines.last().is_some_and(|l| l.trim_end().ends_with('^')),
        "expected the file, line 2, column 1 and a caret under the source line\n{}",
        o.dump()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn random_bytes() {
    let dir = fresh_temp_dir("cli-random");
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut failures = Vec::new();
    for i in 0..12 {
        let len = 1 + (next() % 300) as usize;
        let mut bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        // Half of them get a valid header, so that section parsing gets fuzzed too.
        if i % 2 == 1 {
            let mut v = VALID[..8].to_vec();
            v.extend_from_slice(&bytes);
            bytes = v;
        }
        let input = write(&dir, &format!("random{i}.wasm"), &bytes);
        let o = compile(&input, &dir);
        let p = clean_error_problems(&o, true, &[]);
        if !p.is_empty() {
            failures.push(format!(
                "buffer {i} ({} bytes): {}\n{}",
                bytes.len(),
                p.join("; "),
                o.dump()
            ));
        }
    }
    // Single-byte corruptions of the valid module, at every position.
    for i in 0..VALID.len() {
        let mut bytes = VALID.to_vec();
        bytes[i] ^= 0xff;
        let input = write(&dir, &format!("flip{i}.wasm"), &bytes);
        let o = compile(&input, &dir);
        // A flipped byte can leave a valid module (e.g. inside a name): accepting it
        // is fine, crashing or an unclean error is not.
        if o.code == Some(0) {
            continue;
        }
        let p = clean_error_problems(&o, true, &[]);
        if !p.is_empty() {
            failures.push(format!("byte {i} flipped: {}\n{}", p.join("; "), o.dump()));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "random inputs:\n{}",
        failures.join("\n")
    );
}

#[test]
fn nonexistent_input() {
    let dir = fresh_temp_dir("cli-missing");
    let input = dir.join("does-not-exist.wasm");
    assert_clean_error(
        "missing input",
        &compile(&input, &dir),
        false,
        &["does-not-exist.wasm"],
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn wrong_flag() {
    let o = w2n_run(&["compile".as_ref(), "--frobnicate".as_ref()]);
    assert_diagnostic("unknown flag", &o, &["--frobnicate", "Usage:"]);
    assert_eq!(o.code, Some(2), "{}", o.dump());
    let o = w2n_run(&["frobnicate".as_ref()]);
    assert_diagnostic("unknown subcommand", &o, &["frobnicate", "Usage:"]);
    assert_eq!(o.code, Some(2), "{}", o.dump());
}

#[test]
fn simd_not_supported_on_riscv64() {
    // SIMD compiles for x86_64 and aarch64; riscv64's baseline has no vectors, which
    // must be a clean error rather than a Cranelift panic.
    let dir = fresh_temp_dir("cli-simd");
    let input = write(&dir, "simd.wasm", SIMD);
    let out = dir.join("simd.o");
    let ok = w2n_run(&[
        "compile".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(
        ok.code,
        Some(0),
        "SIMD compiles for the host: {}",
        ok.dump()
    );
    let o = w2n_run(&[
        "compile".as_ref(),
        input.as_os_str(),
        "--target".as_ref(),
        "riscv64gc-unknown-linux-gnu".as_ref(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_clean_error("SIMD module on riscv64", &o, false, &["SIMD"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn relaxed_simd_needs_its_flag() {
    // Relaxed SIMD is off by default: a validation error at the operator's offset.
    let dir = fresh_temp_dir("cli-relaxed-simd");
    let input = write(&dir, "relaxed.wasm", RELAXED_SIMD);
    assert_clean_error(
        "relaxed SIMD without --relaxed-simd",
        &compile(&input, &dir),
        true,
        &["relaxed SIMD", "0x46"],
    );
    // The positive control: with the flag, the same module compiles.
    let out = dir.join("relaxed.o");
    let o = w2n_run(&[
        "compile".as_ref(),
        "--relaxed-simd".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(
        o.code,
        Some(0),
        "relaxed SIMD with --relaxed-simd failed\n{}",
        o.dump()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exceptions_are_wasm3_only() {
    // Exception handling is in the default (Wasm 3.0) feature set; `--wasm2` rejects it
    // with a validation error.
    let dir = fresh_temp_dir("cli-exceptions");
    let input = write(
        &dir,
        "exn.wat",
        b"(module (tag $e (param i32)) (func (export \"f\") (param i32) \
          (block $h (result i32) (try_table (catch $e $h) (throw $e (local.get 0))) (i32.const 0)) drop))",
    );
    let o = compile(&input, &dir);
    assert_eq!(
        o.code,
        Some(0),
        "exceptions by default failed\n{}",
        o.dump()
    );
    let out = dir.join("exn2.o");
    let o = w2n_run(&[
        "compile".as_ref(),
        "--wasm2".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_clean_error("exceptions with --wasm2", &o, true, &["exceptions"]);
    // The legacy form needs --legacy-exceptions.
    let legacy = write(
        &dir,
        "legacy.wat",
        b"(module (tag $e) (func (export \"f\") try throw $e catch_all end))",
    );
    assert_clean_error(
        "legacy exceptions without --legacy-exceptions",
        &compile(&legacy, &dir),
        true,
        &["legacy_exceptions"],
    );
    let o = w2n_run(&[
        "compile".as_ref(),
        "--legacy-exceptions".as_ref(),
        legacy.as_os_str(),
        "-o".as_ref(),
        dir.join("legacy.o").as_os_str(),
    ]);
    assert_eq!(o.code, Some(0), "--legacy-exceptions failed\n{}", o.dump());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_import_provider() {
    let dir = fresh_temp_dir("cli-import");
    let input = write(
        &dir,
        "import.wat",
        b"(module (import \"env\" \"foo\" (func $foo (param i32)))\n  (func (export \"_start\") (call $foo (i32.const 1))))\n",
    );
    let exe = dir.join("import-exe");
    let o = w2n_run(&[
        "build".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        exe.as_os_str(),
    ]);
    assert_diagnostic("import without a provider", &o, &["env.foo"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unwritable_output() {
    let dir = fresh_temp_dir("cli-output");
    let input = write(&dir, "valid.wasm", VALID);
    let out = dir.join("no-such-dir").join("out.o");
    let o = w2n_run(&[
        "compile".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_clean_error("unwritable output", &o, false, &[]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_cpu_choice() {
    let dir = fresh_temp_dir("cli-cpu");
    let input = write(&dir, "valid.wasm", VALID);
    let out = dir.join("out.o");
    let with_cpu = |cpu: &str, target: Option<&str>| {
        let mut args: Vec<&std::ffi::OsStr> = vec![
            "compile".as_ref(),
            input.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
            "--cpu".as_ref(),
            cpu.as_ref(),
        ];
        if let Some(t) = target {
            args.push("--target".as_ref());
            args.push(t.as_ref());
        }
        w2n_run(&args)
    };
    let o = with_cpu("znver99", Some("x86_64-unknown-linux-gnu"));
    assert_clean_error("unknown CPU model", &o, false, &["znver99"]);
    let o = with_cpu("baseline,+lse", Some("x86_64-unknown-linux-gnu"));
    assert_clean_error("aarch64 feature on x86_64", &o, false, &["lse", "avx2"]);
    // A flag that is not a CPU feature cannot sneak in through --cpu.
    let o = with_cpu("opt_level", Some("x86_64-unknown-linux-gnu"));
    assert_clean_error("non-CPU setting", &o, false, &["opt_level"]);
    let o = with_cpu("native", Some("aarch64-unknown-linux-gnu"));
    assert_clean_error("native for a foreign target", &o, false, &["native"]);
    for ok in ["x86-64", "x86-64-v3", "haswell,+bmi2", "baseline"] {
        let o = with_cpu(ok, Some("x86_64-unknown-linux-gnu"));
        assert_eq!(o.code, Some(0), "--cpu {ok}: {}", o.dump());
    }
    let o = with_cpu("baseline,+lse,+dotprod", Some("aarch64-unknown-linux-gnu"));
    assert_eq!(o.code, Some(0), "aarch64 +lse: {}", o.dump());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Code compiled for features the CPU lacks is refused at start-up with a message
/// naming them, before any compiled code runs (no SIGILL). Which branch runs depends
/// on the machine; both check an exact outcome.
#[cfg(target_arch = "x86_64")]
#[test]
fn cpu_features_checked_at_startup() {
    let dir = fresh_temp_dir("cli-cpu-run");
    let input = write(&dir, "ok.wat", b"(module (func (export \"_start\")))\n");
    let exe = dir.join("v4");
    let o = w2n_run(&[
        "build".as_ref(),
        input.as_os_str(),
        "-o".as_ref(),
        exe.as_os_str(),
        "--cpu".as_ref(),
        "x86-64-v4".as_ref(),
    ]);
    assert_eq!(o.code, Some(0), "build --cpu x86-64-v4: {}", o.dump());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let has = |f: &str| cpuinfo.split_whitespace().any(|w| w == f);
    let missing: Vec<&str> = ["avx512vl", "avx512dq"]
        .into_iter()
        .filter(|f| !has(f))
        .collect();
    let r = run(Command::new(&exe), b"", TIMEOUT);
    if missing.is_empty() {
        assert_eq!(r.code, Some(0), "this CPU has AVX-512: {}", r.dump());
    } else {
        assert_eq!(r.code, Some(1), "{}", r.dump());
        assert!(
            r.stderr.starts_with(
                "error: this program was compiled for CPU features this processor lacks: "
            ) && missing.iter().all(|f| r.stderr.contains(f))
                && r.stderr.lines().count() == 1,
            "missing {missing:?}: {}",
            r.dump()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

// ---- Command-line conventions ---------------------------------------------------

/// `w2n ARGS` in `dir`, with `stdin`.
fn w2n_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Outcome {
    let mut c = Command::new(w2n());
    c.args(args).current_dir(dir);
    run(c, stdin, TIMEOUT)
}

/// Runs `sh -c script` under `script(1)`, so that its stdin, stdout and stderr are a
/// terminal; returns what the terminal showed.
fn on_terminal(dir: &Path, env: &[(&str, &str)], shell: &str) -> Outcome {
    let mut c = Command::new("script");
    c.args(["-qec", shell, "/dev/null"]).current_dir(dir);
    for (k, v) in env {
        c.env(k, v);
    }
    run(c, b"", TIMEOUT)
}

fn quoted(p: &Path) -> String {
    format!("'{}'", p.display())
}

#[test]
fn clap_errors_keep_their_content() {
    // A missing required argument is named, with the usage.
    let o = w2n_run(&["compile".as_ref(), "m.wat".as_ref()]);
    assert_diagnostic(
        "missing -o",
        &o,
        &["--output <OUTPUT>", "Usage: wasm2native compile"],
    );
    assert_eq!(o.code, Some(2), "{}", o.dump());
    // A misspelt subcommand keeps clap's suggestion.
    let o = w2n_run(&["compil".as_ref(), "x".as_ref()]);
    assert_diagnostic(
        "misspelt subcommand",
        &o,
        &["'compil'", "similar subcommand exists: 'compile'"],
    );
    assert_eq!(o.code, Some(2), "{}", o.dump());
    // Colors only on a terminal.
    assert!(
        !o.stderr.contains('\x1b'),
        "escape codes on a pipe\n{}",
        o.dump()
    );
}

#[test]
fn validation_error_names_the_file() {
    let dir = fresh_temp_dir("cli-valname");
    write(
        &dir,
        "type.wat",
        b"(module (func (export \"main\") (result i32) i64.const 0))\n",
    );
    let o = w2n_in(&dir, &["compile", "type.wat", "-o", "out.o"], b"");
    assert_clean_error(
        "type error",
        &o,
        true,
        &[
            "error: type.wat: invalid WebAssembly at offset 0x",
            "type mismatch",
            "(in func[0] `main`)",
        ],
    );
    // The function is named after the name section; imports count in its index.
    write(
        &dir,
        "named.wat",
        b"(module (import \"env\" \"f\" (func))\n  (func $ok) (func $bad (result i32) i64.const 0))\n",
    );
    for sub in ["compile", "build"] {
        let o = w2n_in(&dir, &[sub, "named.wat", "-o", "out"], b"");
        assert_clean_error(sub, &o, true, &["named.wat: ", "(in func[2] `bad`)"]);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A body naming a table that does not exist, in a module whose table the call_indirect
/// analysis looks at before the bodies are validated (the frontend fuzzer's
/// damage-37-11-2 panicked there): the validator's error, not a panic.
#[test]
fn body_with_a_missing_table_is_a_validation_error() {
    let dir = fresh_temp_dir("cli-notable");
    write(
        &dir,
        "notable.wat",
        b"(module (type $t (func)) (table 1 funcref) (elem (i32.const 0) $f)\n\
          (func $f)\n\
          (func (export \"main\") (call_indirect (type $t) (i32.const 0))\n\
            (table.set 64 (i32.const 0) (ref.null func))))\n",
    );
    for sub in ["compile", "build"] {
        let o = w2n_in(&dir, &[sub, "notable.wat", "-o", "out"], b"");
        assert_clean_error(
            sub,
            &o,
            true,
            &["notable.wat: invalid WebAssembly at offset 0x", "table"],
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn native_binary_is_not_a_module() {
    let dir = fresh_temp_dir("cli-elf");
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.resize(64, 0);
    write(&dir, "prog", &elf);
    let o = w2n_in(&dir, &["compile", "prog", "-o", "out.o"], b"");
    assert_clean_error(
        "ELF input",
        &o,
        true,
        &[
            "error: prog: not a WebAssembly module",
            "7f 45 4c 46",
            "ELF",
        ],
    );
    assert!(
        !o.stderr.contains('['),
        "debug-formatted bytes\n{}",
        o.dump()
    );
    // Formats that start with text are still not taken for `.wat`.
    write(
        &dir,
        "lib.a",
        b"!<arch>\n/               0           0     0     644     4         `\n",
    );
    let o = w2n_in(&dir, &["compile", "lib.a", "-o", "out.o"], b"");
    assert_clean_error("ar archive", &o, true, &["error: lib.a: ", "`ar` archive"]);
    // Binary junk that is no known format: its bytes.
    write(&dir, "junk", &[0x01, 0x02, 0xff, 0xfe, 0x00]);
    let o = w2n_in(&dir, &["compile", "junk", "-o", "out.o"], b"");
    assert_clean_error("junk input", &o, true, &["error: junk: ", "01 02 ff fe"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dash_is_stdin_and_stdout() {
    let dir = fresh_temp_dir("cli-dash");
    // Binary and text on stdin, object on stdout.
    let wat = b"(module (func (export \"main\") (result i32) i32.const 7))\n";
    for (what, input) in [("binary", VALID), ("text", &wat[..])] {
        let o = w2n_in(&dir, &["compile", "-", "-o", "-"], input);
        assert_eq!(o.code, Some(0), "{what} on stdin: {}", o.dump());
        assert!(
            o.stdout.starts_with("\x7fELF"),
            "{what}: no object on stdout"
        );
        assert_eq!(o.stderr, "", "{what}: stderr");
    }
    assert!(
        !dir.join("-").exists(),
        "a file named `-` was written instead of stdout"
    );
    // The header can go to stdout when the object goes to a file (not both).
    let o = w2n_in(&dir, &["compile", "-", "-o", "m.o", "--header", "-"], VALID);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert!(o.stdout.contains("w2n_module_module"), "{}", o.dump());
    let o = w2n_in(&dir, &["compile", "-", "-o", "-", "--header", "-"], VALID);
    assert_diagnostic("both to stdout", &o, &["stdout"]);
    assert_eq!(o.code, Some(2), "{}", o.dump());
    // So can the CLIF (`--emit-clif`), alone.
    let o = w2n_in(
        &dir,
        &["compile", "-", "-o", "m.o", "--emit-clif", "-"],
        VALID,
    );
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert!(o.stdout.starts_with("function u0:"), "{}", o.dump());
    for args in [
        &["compile", "-", "-o", "-", "--emit-clif", "-"][..],
        &[
            "compile",
            "-",
            "-o",
            "m.o",
            "--header",
            "-",
            "--emit-clif",
            "-",
        ],
        &[
            "compile",
            "-",
            "-o",
            "m.o",
            "--emit-clif",
            "-",
            "--emit-clif-optimized",
            "-",
        ],
        &["compile", "-", "-o", "-", "--emit-clif-optimized", "-"],
    ] {
        let o = w2n_in(&dir, args, VALID);
        assert_diagnostic("CLIF and more to stdout", &o, &["stdout"]);
        assert_eq!(o.code, Some(2), "{args:?}: {}", o.dump());
    }
    // Errors name stdin.
    let o = w2n_in(
        &dir,
        &["compile", "-", "-o", "m.o"],
        b"(module (func (result i32)))\n",
    );
    assert_clean_error(
        "stdin type error",
        &o,
        true,
        &["error: <stdin>: invalid WebAssembly"],
    );
    let o = w2n_in(&dir, &["compile", "-", "-o", "m.o"], b"(module (func\n");
    assert_diagnostic("stdin syntax error", &o, &["--> <stdin>:2:1"]);
    let o = w2n_in(&dir, &["compile", "-", "-o", "m.o"], b"");
    assert_clean_error("empty stdin", &o, false, &["<stdin>", "empty"]);
    // An executable on stdout runs.
    let mut c = Command::new(w2n());
    c.args(["build", "-", "-o", "-"]).current_dir(&dir);
    c.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = c.spawn().expect("spawn");
    {
        use std::io::Write as _;
        let mut sin = child.stdin.take().expect("stdin");
        sin.write_all(wat).expect("write stdin");
    }
    let out = child.wait_with_output().expect("build");
    assert!(out.status.success(), "build - -o - failed");
    assert!(
        out.stdout.starts_with(b"\x7fELF"),
        "no executable on stdout"
    );
    let exe = dir.join("from-stdout");
    std::fs::write(&exe, &out.stdout).expect("write exe");
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let r = run(Command::new(&exe), b"", TIMEOUT);
    assert_eq!(r.code, Some(7), "{}", r.dump());
    // `runtime` writes a directory: `-` is refused.
    let o = w2n_in(&dir, &["runtime", "-o", "-"], b"");
    assert_diagnostic("runtime -o -", &o, &["directory"]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `compile --emit-clif FILE` writes each defined function's CLIF as Cranelift receives
/// it, in function index order, and the same object as without it.
#[test]
fn emit_clif_writes_the_ir_and_the_same_object() {
    let dir = fresh_temp_dir("cli-emit-clif");
    let wat = "(module
      (func (export \"f\") (param i32) (result i32) (i32.add (local.get 0) (i32.const 11)))
      (func (export \"g\") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 13))))";
    write(&dir, "m.wat", wat.as_bytes());
    let plain = w2n_in(&dir, &["compile", "m.wat", "-o", "plain.o"], b"");
    assert_eq!(plain.code, Some(0), "{}", plain.dump());
    let o = w2n_in(
        &dir,
        &["compile", "m.wat", "-o", "m.o", "--emit-clif", "m.clif"],
        b"",
    );
    assert_eq!(o.code, Some(0), "{}", o.dump());
    let clif = std::fs::read_to_string(dir.join("m.clif")).expect("--emit-clif wrote no file");
    let funcs: Vec<&str> = clif.split("\nfunction ").collect();
    assert_eq!(funcs.len(), 2, "{clif}");
    assert!(funcs[0].starts_with("function u0:"), "{clif}");
    assert!(
        funcs[0].contains("iconst.i32 11") && funcs[0].contains("iadd"),
        "{clif}"
    );
    assert!(
        funcs[1].contains("iconst.i32 13") && funcs[1].contains("imul"),
        "{clif}"
    );
    let read = |f: &str| std::fs::read(dir.join(f)).expect("object");
    assert!(
        read("m.o") == read("plain.o"),
        "--emit-clif changed the object"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `compile --emit-clif-optimized FILE` writes each defined function's CLIF as
/// Cranelift's optimizer left it (constants folded here), next to `--emit-clif`'s in
/// the same run, and the same object as without either.
#[test]
fn emit_clif_optimized_writes_the_optimized_ir() {
    let dir = fresh_temp_dir("cli-emit-clif-opt");
    let wat = "(module
      (func (export \"f\") (result i32) (i32.add (i32.const 20) (i32.const 22)))
      (func (export \"g\") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 13))))";
    write(&dir, "m.wat", wat.as_bytes());
    let plain = w2n_in(&dir, &["compile", "m.wat", "-o", "plain.o"], b"");
    assert_eq!(plain.code, Some(0), "{}", plain.dump());
    let o = w2n_in(
        &dir,
        &[
            "compile",
            "m.wat",
            "-o",
            "m.o",
            "--emit-clif",
            "in.clif",
            "--emit-clif-optimized",
            "opt.clif",
        ],
        b"",
    );
    assert_eq!(o.code, Some(0), "{}", o.dump());
    let read_text = |f: &str| std::fs::read_to_string(dir.join(f)).expect(f);
    let (input, opt) = (read_text("in.clif"), read_text("opt.clif"));
    let funcs: Vec<&str> = opt.split("\nfunction ").collect();
    assert_eq!(funcs.len(), 2, "{opt}");
    assert!(funcs[0].starts_with("function u0:"), "{opt}");
    // Before the optimizer the add is there; after it only the folded constant is.
    assert!(
        input.contains("iconst.i32 20") && input.contains("iadd"),
        "{input}"
    );
    assert!(
        funcs[0].contains("iconst.i32 42") && !funcs[0].contains("iadd"),
        "{opt}"
    );
    assert!(
        funcs[1].contains("iconst.i32 13") && funcs[1].contains("imul"),
        "{opt}"
    );
    // Alone, to stdout.
    let o = w2n_in(
        &dir,
        &[
            "compile",
            "m.wat",
            "-o",
            "m2.o",
            "--emit-clif-optimized",
            "-",
        ],
        b"",
    );
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert_eq!(o.stdout, opt, "stdout and file differ");
    let read = |f: &str| std::fs::read(dir.join(f)).expect("object");
    assert!(
        read("m.o") == read("plain.o") && read("m2.o") == read("plain.o"),
        "--emit-clif-optimized changed the object"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn binary_output_is_never_written_to_a_terminal() {
    let dir = fresh_temp_dir("cli-tty-out");
    write(&dir, "valid.wasm", VALID);
    for sub in ["compile", "build"] {
        let cmd = format!("{} {sub} valid.wasm -o -", quoted(&w2n()));
        let o = on_terminal(&dir, &[], &cmd);
        assert_eq!(o.code, Some(2), "{sub} -o - on a terminal: {}", o.dump());
        assert!(
            o.stdout.starts_with("error: refusing to write ") && !o.stdout.contains("ELF"),
            "{sub}: {}",
            o.dump()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_states_each_default_once() {
    // `-j` said "(default: one per CPU) [default: 0]".
    for sub in ["compile", "build", "run", "runtime", "wast"] {
        let o = w2n_run(&[sub.as_ref(), "-h".as_ref()]);
        assert_eq!(o.code, Some(0), "{}", o.dump());
        for l in o.stdout.lines() {
            assert!(
                l.matches("(default").count() + l.matches("[default").count() <= 1,
                "{sub}: two defaults in {l:?}"
            );
        }
    }
}

#[test]
fn opt_level_help_lists_what_is_accepted() {
    let o = w2n_run(&["compile".as_ref(), "--help".as_ref()]);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    // Every accepted value is documented, and nothing else is accepted.
    for v in ["0", "1", "2"] {
        assert!(
            o.stdout.contains(&format!("- {v}: ")),
            "-O {v} is not documented\n{}",
            o.stdout
        );
    }
    let dir = fresh_temp_dir("cli-opt");
    write(&dir, "valid.wasm", VALID);
    for v in ["0", "1", "2"] {
        let o = w2n_in(&dir, &["compile", "valid.wasm", "-o", "o.o", "-O", v], b"");
        assert_eq!(o.code, Some(0), "-O {v}: {}", o.dump());
    }
    let o = w2n_in(
        &dir,
        &["compile", "valid.wasm", "-o", "o.o", "-O", "3"],
        b"",
    );
    assert_diagnostic("-O 3", &o, &["possible values: 0, 1, 2"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn runtime_has_no_link_mode() {
    // The runtime archive is position-independent and serves every link mode:
    // `runtime` takes no --static/--dynamic that would change nothing.
    let dir = fresh_temp_dir("cli-rt-mode");
    for flag in ["--static", "--dynamic"] {
        let o = w2n_in(&dir, &["runtime", flag, "-o", "rt"], b"");
        assert_diagnostic(flag, &o, &[flag]);
        assert_eq!(o.code, Some(2), "{flag}: {}", o.dump());
        assert!(!dir.join("rt").exists(), "{flag}: the runtime was written");
    }
    let o = w2n_run(&["runtime".as_ref(), "--help".as_ref()]);
    assert!(o.stdout.contains("position-independent"), "{}", o.dump());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_link_file() {
    let dir = fresh_temp_dir("cli-link-missing");
    write(&dir, "valid.wasm", VALID);
    let o = w2n_in(
        &dir,
        &["build", "valid.wasm", "-o", "exe", "--link", "nope.c"],
        b"",
    );
    assert_eq!(
        o.stderr,
        "error: --link nope.c: file not found\n",
        "{}",
        o.dump()
    );
    assert_eq!(o.code, Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn io_errors_name_the_path() {
    let dir = fresh_temp_dir("cli-io-path");
    write(&dir, "valid.wasm", VALID);
    // No such directory: said before compiling, naming it; no `(os error N)` noise.
    for sub in ["compile", "build"] {
        let o = w2n_in(&dir, &[sub, "valid.wasm", "-o", "no-such-dir/out"], b"");
        assert_clean_error(
            sub,
            &o,
            false,
            &["no-such-dir/out", "no directory no-such-dir"],
        );
    }
    let o = w2n_in(&dir, &["compile", "missing.wasm", "-o", "o.o"], b"");
    assert_clean_error("missing input", &o, false, &["reading missing.wasm: "]);
    assert!(!o.stderr.contains("os error"), "{}", o.dump());
    // A file where the runtime's directory should be.
    write(&dir, "afile", b"");
    let o = w2n_in(&dir, &["runtime", "-o", "afile"], b"");
    assert_clean_error("runtime -o FILE", &o, false, &["afile/include"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_import_advice_depends_on_the_command() {
    let dir = fresh_temp_dir("cli-import-advice");
    write(
        &dir,
        "import.wat",
        b"(module (import \"env\" \"foo\" (func $foo (param i32)))\n  (func (export \"_start\") (call $foo (i32.const 1))))\n",
    );
    // `build` can take --link: the advice says so, on its own line.
    let o = w2n_in(&dir, &["build", "import.wat", "-o", "exe"], b"");
    assert_diagnostic("build", &o, &["env.foo", "--link"]);
    let first = o.stderr.lines().next().unwrap_or("");
    assert!(!first.contains("--link"), "{}", o.dump());
    // `run` has no --link: the advice is to build an executable instead.
    let o = w2n_in(&dir, &["run", "import.wat"], b"");
    assert_diagnostic("run", &o, &["env.foo", "wasm2native build"]);
    assert!(!o.stderr.contains("help: pass"), "{}", o.dump());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A module big enough that compiling it shows progress with a zero delay.
const PROGRESS_ENV: &[(&str, &str)] = &[("WASM2NATIVE_PROGRESS_DELAY_MS", "0")];

#[test]
fn progress_only_on_a_terminal() {
    let dir = fresh_temp_dir("cli-progress");
    write(&dir, "valid.wasm", VALID);
    // Not a terminal: nothing but the result, even with no delay.
    for sub in ["compile", "build"] {
        let mut c = Command::new(w2n());
        c.args([sub, "valid.wasm", "-o", "out"]).current_dir(&dir);
        c.envs(PROGRESS_ENV.iter().copied());
        let o = run(c, b"", TIMEOUT);
        assert_eq!(o.code, Some(0), "{}", o.dump());
        assert_eq!(
            o.stderr,
            "",
            "{sub}: stderr is not a terminal\n{}",
            o.dump()
        );
    }
    // A terminal: the progress line is drawn, then erased.
    let cmd = format!("{} build valid.wasm -o out", quoted(&w2n()));
    let o = on_terminal(&dir, PROGRESS_ENV, &cmd);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert!(
        o.stdout.contains("building valid.wasm: ") && o.stdout.ends_with("\r\x1b[2K"),
        "no progress line, or not erased\n{}",
        o.dump()
    );
    // With the default delay (a second), a quick compile shows nothing.
    let cmd = format!("{} compile valid.wasm -o out", quoted(&w2n()));
    let o = on_terminal(&dir, &[], &cmd);
    assert_eq!((o.code, o.stdout.as_str()), (Some(0), ""), "{}", o.dump());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn timings_per_phase() {
    let dir = fresh_temp_dir("cli-timings");
    write(&dir, "valid.wasm", VALID);
    // The label of each `  label   12.3 ms` line.
    let phases = |o: &Outcome| -> Vec<String> {
        o.stderr
            .lines()
            .skip(1)
            .filter_map(|l| l.strip_suffix(" ms")?.trim().rsplit_once(' '))
            .map(|(label, _)| label.trim().to_string())
            .collect()
    };
    let o = w2n_in(
        &dir,
        &["compile", "valid.wasm", "-o", "o.o", "--timings"],
        b"",
    );
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert!(o.stderr.starts_with("timings:\n"), "{}", o.dump());
    assert_eq!(
        phases(&o),
        [
            "parse+validate",
            "translate",
            "bounds-check opt",
            "optimize+codegen",
            "emit object",
            "total"
        ],
        "{}",
        o.dump()
    );
    for l in o.stderr.lines().skip(1) {
        assert!(l.ends_with(" ms"), "{l:?}");
    }
    let o = w2n_in(
        &dir,
        &["build", "valid.wasm", "-o", "exe", "--timings"],
        b"",
    );
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert_eq!(
        phases(&o),
        [
            "parse+validate",
            "translate",
            "bounds-check opt",
            "optimize+codegen",
            "emit object",
            "runtime",
            "link",
            "total"
        ],
        "{}",
        o.dump()
    );
    // wast: the compile phases, summed over the script's modules.
    write(
        &dir,
        "ok.wast",
        b"(module (func (export \"f\") (result i32) i32.const 1))\n(assert_return (invoke \"f\") (i32.const 1))\n",
    );
    let o = w2n_in(&dir, &["wast", "ok.wast", "--timings"], b"");
    assert_eq!(o.code, Some(0), "{}", o.dump());
    let table = o.stderr.find("timings (").map_or("", |i| &o.stderr[i..]);
    let labels: Vec<&str> = table
        .lines()
        .skip(1)
        .filter_map(|l| l.strip_suffix(" ms")?.trim().rsplit_once(' '))
        .map(|(label, _)| label.trim())
        .collect();
    assert_eq!(
        labels,
        [
            "parse+validate",
            "translate",
            "bounds-check opt",
            "optimize+codegen",
            "emit object",
            "total"
        ],
        "{}",
        o.dump()
    );
    // Without the flag, nothing.
    let o = w2n_in(&dir, &["compile", "valid.wasm", "-o", "o.o"], b"");
    assert_eq!((o.code, o.stderr.as_str()), (Some(0), ""), "{}", o.dump());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn wast_parse_error_names_the_script() {
    let dir = fresh_temp_dir("cli-wast-parse");
    write(
        &dir,
        "bad.wast",
        b"(module (func))\n(assert_return (invoke \"x\")\n",
    );
    let o = w2n_in(&dir, &["wast", "bad.wast"], b"");
    assert_eq!(o.code, Some(1), "{}", o.dump());
    assert!(
        o.stdout.contains("--> bad.wast:3:1") && !o.stdout.contains("<anon>"),
        "{}",
        o.dump()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Found by the front-end fuzzer (tests/fuzz.rs, `frontend_mutations`, seed 8000; byte
/// damage of tests/wat/bulk_memory.wat), minimized by hand: a name section naming the
/// module `r\0`. The module name becomes the object's file symbol, and a NUL byte in
/// an ELF string made the object writer panic (`assertion failed:
/// !string.contains(&0)`). It must compile like any other name; the same NUL in a
/// function's name was already dropped.
#[test]
fn module_name_with_nul_compiles() {
    let dir = fresh_temp_dir("cli-nul-name");
    let input = write(
        &dir,
        "nul.wat",
        br#"(module $"r\00" (func $"f\00g" (export "f\00")) (memory 1))"#,
    );
    let o = compile(&input, &dir);
    assert_eq!(o.code, Some(0), "{}", o.dump());
    assert!(!has_panic(&o), "{}", o.dump());
    let obj = std::fs::read(dir.join("out.o")).expect("the object file exists");
    assert!(
        obj.starts_with(b"\x7fELF"),
        "the output is not an ELF object"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
