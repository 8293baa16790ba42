//! runtime-support's own C self-test (`runtime-support/test/run.sh`): builds every
//! runtime file with warnings as errors and runs the hand-built-descriptor tests (and
//! `wasi_noctx.c`: instances without a WASI context share no state), on
//! the host and, cross-compiled, under qemu-aarch64.

use std::process::Command;

fn run_selftest(cc: &str, runner: &str) {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../runtime-support/test/run.sh"
    );
    let out = std::env::temp_dir().join(format!(
        "w2n-rt-selftest-{}-{}",
        std::process::id(),
        runner.len()
    ));
    std::fs::create_dir_all(&out).unwrap();
    let o = Command::new("sh")
        .arg(script)
        .env("CC", cc)
        .env("RUN", runner)
        .env("OUT", &out)
        .output()
        .expect("running runtime-support/test/run.sh");
    let stdout = String::from_utf8_lossy(&o.stdout);
    print!("{stdout}");
    let _ = std::fs::remove_dir_all(&out);
    assert!(
        o.status.success(),
        "selftest failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        stdout.contains(" passed, 0 failed"),
        "no passing summary: {stdout}"
    );
    assert!(
        stdout.contains("hello: ok"),
        "hello test did not pass: {stdout}"
    );
    assert!(
        stdout.contains("wasi_noctx: ok"),
        "wasi_noctx test did not pass: {stdout}"
    );
}

#[test]
fn selftest_host() {
    run_selftest("cc", "");
}

#[test]
fn selftest_aarch64_qemu() {
    run_selftest("aarch64-linux-gnu-gcc -static", "qemu-aarch64");
}
