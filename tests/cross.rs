//! Cross-compilation: `build --target` gives one static executable per target that runs
//! under qemu-user with no sysroot (every target links statically by default), with the
//! same output and exit codes as on the host; `--dynamic` opts out.

use std::path::{Path, PathBuf};
use std::process::Command;

fn w2n() -> &'static str {
    env!("CARGO_BIN_EXE_wasm2native")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// True when the ELF file has no program interpreter (statically linked).
fn is_static(exe: &Path) -> bool {
    use object::read::elf::{FileHeader, ProgramHeader};
    let data = std::fs::read(exe).unwrap();
    let elf = object::elf::FileHeader64::<object::Endianness>::parse(&*data).unwrap();
    let endian = elf.endian().unwrap();
    let phdrs = elf.program_headers(endian, &*data).unwrap();
    !phdrs
        .iter()
        .any(|p| p.p_type(endian) == object::elf::PT_INTERP)
}

fn check_target(triple: &str, qemu: &str, extra: &[&str]) {
    let dir = std::env::temp_dir().join(format!("w2n-cross-{}-{triple}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: &[(&str, &[&str], i32, &str, &str)] = &[
        (
            "examples/hello/hello.wasm",
            &["one", "two"],
            0,
            "arg 2: two",
            "",
        ),
        (
            "tests/wat/trap_unreachable.wat",
            &[],
            134,
            "",
            "wasm trap: unreachable",
        ),
        (
            "tests/wat/trap_stack_exhausted.wat",
            &[],
            134,
            "",
            "wasm trap: call stack exhausted",
        ),
        (
            // The backtrace walks each architecture's frame records.
            "tests/wat/trap_backtrace.wat",
            &[],
            134,
            "",
            "wasm backtrace:\n    0:   0x30 - bt!divide\n    1:   0x38 - bt!middle\n",
        ),
    ];
    for (input, args, code, out, err) in cases {
        let exe = dir.join(Path::new(input).file_stem().unwrap());
        let b = Command::new(w2n())
            .arg("build")
            .arg(root().join(input))
            .args(["--target", triple])
            .args(extra)
            .arg("-o")
            .arg(&exe)
            .arg("--link")
            .arg(root().join("tests/support/print.c"))
            .output()
            .unwrap();
        assert!(
            b.status.success(),
            "{triple}: building {input} failed: {}",
            String::from_utf8_lossy(&b.stderr)
        );
        assert!(
            is_static(&exe),
            "{triple}: {input} is not statically linked"
        );
        // No -L: a static executable needs no sysroot on the board.
        let r = Command::new(qemu).arg(&exe).args(*args).output().unwrap();
        let stdout = String::from_utf8_lossy(&r.stdout);
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(*code), "{triple}: {input}: {stderr}");
        assert!(stdout.contains(out), "{triple}: {input}: stdout {stdout:?}");
        assert!(stderr.contains(err), "{triple}: {input}: stderr {stderr:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn x86_64_musl_static() {
    check_target("x86_64-unknown-linux-musl", "qemu-x86_64", &[]);
}

#[test]
fn aarch64_musl_static() {
    check_target("aarch64-unknown-linux-musl", "qemu-aarch64", &[]);
}

#[test]
fn riscv64_glibc_static() {
    // Debian 12 has no riscv64 musl; static glibc is the self-contained option (and the
    // default).
    check_target("riscv64gc-unknown-linux-gnu", "qemu-riscv64", &[]);
}

#[test]
fn aarch64_glibc_static() {
    check_target("aarch64-unknown-linux-gnu", "qemu-aarch64", &[]);
}

#[test]
fn dynamic_opt_out() {
    let dir = std::env::temp_dir().join(format!("w2n-cross-dyn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join("hello");
    let b = Command::new(w2n())
        .arg("build")
        .arg(root().join("examples/hello/hello.wasm"))
        .arg("--dynamic")
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap();
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    assert!(!is_static(&exe), "--dynamic gave a static executable");
    let r = Command::new(&exe).arg("x").output().unwrap();
    assert_eq!(r.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&r.stdout).contains("arg 1: x"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn run_target_uses_qemu() {
    let r = Command::new(w2n())
        .args(["run", "--target", "aarch64-unknown-linux-gnu"])
        .arg(root().join("examples/hello/hello.wasm"))
        .arg("x")
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(String::from_utf8_lossy(&r.stdout).contains("arg 1: x"));
}
