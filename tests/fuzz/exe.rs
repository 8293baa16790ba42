//! The executable path: `wasm2native run --invoke NAME MODULE ARGS` (which builds an
//! executable with `build`'s pipeline, caches it and runs it, natively or under qemu)
//! against `wasmtime run --invoke` on the same call, fresh instances on both sides:
//! the same printed results, or both trapping (exit 134).

use super::common::{root, run_tool, scratch, wasmtime};
use super::diff::{Prepared, Stats};
use std::process::Command;
use wasmparser::ValType;

/// Calls up to `max` functions of `m` (those taking only i32s; the arguments are
/// non-negative, as both command lines take them) through both command lines.
pub fn check(
    m: &Prepared,
    args: &mut dyn FnMut() -> u32,
    target: Option<&str>,
    name: &str,
    max: usize,
    stats: &mut Stats,
) {
    let file = scratch("exe.wasm");
    std::fs::write(&file, &m.wasm).unwrap();
    let funcs = m
        .funcs
        .iter()
        .filter(|(n, ps)| {
            !n.starts_with("__w2n") && n.is_ascii() && ps.iter().all(|t| *t == ValType::I32)
        })
        .take(max);
    for (f, params) in funcs {
        let a: Vec<String> = params
            .iter()
            .map(|_| (args() & 0x7fff_ffff).to_string())
            .collect();
        let mut ours = Command::new(env!("CARGO_BIN_EXE_wasm2native"));
        ours.arg("run");
        if let Some(t) = target {
            ours.arg("--target").arg(t);
        }
        ours.arg("--invoke")
            .arg(f)
            .arg(&file)
            .args(&a)
            .env("WASM2NATIVE_CACHE", root().join("target/fuzz-exe-cache"));
        let (oc, oout, oerr) = run_tool(&mut ours);
        let (wc, wout, werr) = run_tool(
            Command::new(wasmtime())
                .args([
                    "run",
                    "-W",
                    "multi-memory=y,memory64=y,tail-call=y,extended-const=y",
                    "--invoke",
                ])
                .arg(f)
                .arg(&file)
                .args(&a),
        );
        stats.exe_calls += 1;
        let same = match (oc, wc) {
            (0, 0) => oout == wout,
            (134, 134) => oerr.contains("wasm trap:"),
            _ => false,
        };
        if !same {
            let saved = super::common::findings_dir().join(format!("{name}-exe.wasm"));
            std::fs::copy(&file, &saved).unwrap();
            stats.findings.push(format!(
                "{name}: run --invoke {f} {}: ours exit {oc} {:?} {}, wasmtime exit {wc} {:?} {} ({})",
                a.join(" "),
                String::from_utf8_lossy(&oout).trim(),
                oerr.lines().last().unwrap_or(""),
                String::from_utf8_lossy(&wout).trim(),
                werr.lines().find(|l| l.contains("trap")).unwrap_or(""),
                saved.display()
            ));
        }
    }
    let _ = std::fs::remove_file(&file);
}
