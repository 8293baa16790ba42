//! Bad inputs and bad command lines must give a clean error: a non-zero exit code
//! that is not 101 (a Rust panic), no signal, and exactly one line on stderr that
//! starts with `error:` (no "panicked"). Errors about wasm bytes name the byte
//! offset (`offset` / `0x...`).

#[path = "support/common.rs"]
mod common;

use common::{fresh_temp_dir, run, w2n, Outcome};
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

/// Every problem with `o` as a clean error; empty when it is one.
fn clean_error_problems(o: &Outcome, need_offset: bool, must_contain: &[&str]) -> Vec<String> {
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
    let one_line = o.stderr.ends_with('\n') && o.stderr.matches('\n').count() == 1;
    if !one_line {
        p.push("stderr is not exactly one line ending in a newline".to_string());
    }
    if !o.stderr.starts_with("error:") {
        p.push("stderr does not start with `error:`".to_string());
    }
    if need_offset && !(o.stderr.contains("offset") || o.stderr.contains("0x")) {
        p.push("the message does not give the byte offset (`offset` or `0x...`)".to_string());
    }
    for s in must_contain {
        if !o.stderr.contains(s) {
            p.push(format!("the message does not mention {s:?}"));
        }
    }
    p
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
    assert_clean_error("wat syntax error", &compile(&input, &dir), false, &[]);
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
    assert_clean_error("unknown flag", &o, false, &["--frobnicate"]);
    let o = w2n_run(&["frobnicate".as_ref()]);
    assert_clean_error("unknown subcommand", &o, false, &[]);
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
    assert_clean_error("import without a provider", &o, false, &["env.foo"]);
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
