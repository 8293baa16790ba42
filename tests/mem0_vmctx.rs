//! Memory 0 at a constant offset from the instance (`CompileOptions::mem0_at_vmctx`,
//! `abi::MEM0_OFFSET`): on x86_64 an access to memory 0 is one instruction addressing
//! `0x10000+offset(%vmctx,%index,1)`, with no load of the base, and the hot loop keeps
//! no separate base register; with the option off the base is loaded from the instance.
//! The behaviour (two instances, calls across instances, growth) is in
//! tests/wast/mem0_vmctx.wast.

use std::process::Command;

const WAT: &str = r#"(module
  (memory 1)
  (func (export "sum") (param $p i32) (param $n i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (i32.load offset=8 (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br_if $l (i32.lt_u (local.get $p) (local.get $n))))
    (local.get $s)))"#;

/// The disassembly (AT&T syntax) of the module's code for x86_64, or None without
/// objdump.
fn disassembly(on: bool) -> Option<String> {
    let opts = wasm2native::CompileOptions {
        target: wasm2native::Target::parse("x86_64-unknown-linux-gnu").unwrap(),
        threads: 1,
        mem0_at_vmctx: on,
        ..Default::default()
    };
    let obj = wasm2native::compile_object(WAT.as_bytes(), &opts, false, "m").unwrap();
    let dir = std::env::temp_dir().join(format!("w2n-mem0-{}-{on}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("m.o");
    std::fs::write(&path, obj).unwrap();
    let out = Command::new("objdump")
        .args(["-d", "--no-show-raw-insn"])
        .arg(&path)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    match out {
        Ok(o) if o.status.success() => Some(String::from_utf8(o.stdout).unwrap()),
        _ => {
            eprintln!("objdump unavailable: test skipped");
            None
        }
    }
}

/// The instructions of the first wasm function.
fn first_function(asm: &str) -> Vec<String> {
    asm.lines()
        .skip_while(|l| !l.ends_with("<wasm_func_0>:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn access_is_vmctx_plus_offset() {
    let Some(asm) = disassembly(true) else { return };
    let f = first_function(&asm);
    // The load: `mov 0x10008(%vmctx,%index,1),%reg` (K + the memarg offset 8).
    let folded: Vec<&String> = f
        .iter()
        .filter(|l| l.contains("mov") && l.contains("0x10008(%") && l.contains(",1),"))
        .collect();
    assert!(!folded.is_empty(), "no vmctx+K access:\n{}", f.join("\n"));
    // No `lea 0x10000(...)`: the constant is never a separate value.
    assert!(
        !f.iter()
            .any(|l| l.contains("lea") && l.contains("0x10000(")),
        "vmctx+K materialized:\n{}",
        f.join("\n")
    );
    // No load of memory0.base (offset 24 in the instance).
    assert!(
        !f.iter().any(|l| l.contains("0x18(%")),
        "base loaded:\n{}",
        f.join("\n")
    );
}

#[test]
fn off_loads_the_base() {
    let Some(asm) = disassembly(false) else {
        return;
    };
    let f = first_function(&asm);
    assert!(
        f.iter().any(|l| l.contains("mov") && l.contains("0x18(%")),
        "no load of the base:\n{}",
        f.join("\n")
    );
    assert!(
        !f.iter().any(|l| l.contains("0x10008(%")),
        "{}",
        f.join("\n")
    );
}
