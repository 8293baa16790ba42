//! x86_64 disassembly of a module compiled in-process, and the generated ABI header's
//! constants, for the tests that read machine code (included with `#[path]`).
#![allow(dead_code)]

use std::process::Command;

/// The disassembly (AT&T syntax, no raw bytes) of `wat` compiled for x86_64 with
/// `opts` (its target is set here) and `symbol` as the module's symbol prefix; `tag`
/// names the scratch directory and must differ between tests that run at once. objdump comes with gcc's binutils, which
/// scripts/test installs: a machine without it fails the test rather than skipping it.
/// `x86_64_disassembly` of `wat` compiled on one thread for `cpu`, otherwise with the
/// default options.
pub fn x86_64_at_cpu(tag: &str, symbol: &str, wat: &str, cpu: wasm2native::Cpu) -> String {
    let opts = wasm2native::CompileOptions {
        threads: 1,
        cpu,
        ..Default::default()
    };
    x86_64_disassembly(tag, symbol, wat, opts)
}

pub fn x86_64_disassembly(
    tag: &str,
    symbol: &str,
    wat: &str,
    opts: wasm2native::CompileOptions,
) -> String {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        ..opts
    };
    let obj = wasm2native::compile_object(wat.as_bytes(), &opts, false, symbol).unwrap();
    let dir = std::env::temp_dir().join(format!("w2n-disasm-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.o");
    std::fs::write(&path, obj).unwrap();
    let out = Command::new("objdump")
        .args(["-d", "--no-show-raw-insn"])
        .arg(&path)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    match out {
        Ok(o) if o.status.success() => String::from_utf8(o.stdout).unwrap(),
        Ok(o) => panic!(
            "objdump -d failed: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        ),
        Err(e) => panic!("objdump (binutils, installed with gcc) not runnable: {e}"),
    }
}

/// A `#define` of the generated ABI header (runtime-support/include/w2n_abi.h).
pub fn abi(name: &str) -> i64 {
    const HEADER: &str = include_str!("../../runtime-support/include/w2n_abi.h");
    let prefix = format!("#define {name} ");
    HEADER
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .unwrap_or_else(|| panic!("{name} not in w2n_abi.h"))
        .trim()
        .parse()
        .unwrap()
}

/// The (address, AT&T text) of every instruction line in `asm` (objdump's output).
pub fn instructions(asm: &str) -> Vec<(u64, String)> {
    asm.lines()
        .filter_map(|l| {
            let (addr, rest) = l.split_once(":\t")?;
            Some((
                u64::from_str_radix(addr.trim(), 16).ok()?,
                rest.trim().to_string(),
            ))
        })
        .collect()
}

/// The instructions of function `name` in `asm` (objdump's output; AT&T text, addresses
/// dropped), and the index range of its last loop (`loop_ranges`), if any.
pub fn function(asm: &str, name: &str) -> (Vec<String>, Option<(usize, usize)>) {
    let start = asm
        .find(&format!("{name}>:\n"))
        .unwrap_or_else(|| panic!("{name} not found:\n{asm}"));
    let body = &asm[start..];
    let body = &body[..body.find("\n\n").unwrap_or(body.len())];
    let insts = instructions(body);
    let range = loop_ranges(&insts).last().copied();
    (insts.into_iter().map(|(_, t)| t).collect(), range)
}

/// The loops of `insts` (`instructions`' output) as index ranges, in order of their
/// backward jumps: from the target of a backward jump to the jump, both included.
pub fn loop_ranges(insts: &[(u64, String)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, (addr, text)) in insts.iter().enumerate() {
        let target = (text.strip_prefix('j'))
            .and_then(|t| t.split_whitespace().nth(1))
            .and_then(|t| u64::from_str_radix(t, 16).ok());
        if let Some(t) = target.filter(|t| t < addr) {
            out.push((insts.iter().position(|(a, _)| *a == t).unwrap(), i));
        }
    }
    out
}
