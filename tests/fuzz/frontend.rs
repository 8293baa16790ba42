//! The front-end fuzzer: valid modules (the `.wat` tests, the example program, one
//! smith module of each feature profile) mutated by `wasm-tools mutate` (valid to valid) and by byte-level damage
//! (flips, truncation, insertion, duplication, splicing), and the `.wast` scripts
//! mutated by text edits, fed to `compile_object` and to the wast parser. Every input
//! must give a clean error or, for `compile`, an ELF object that parses (and its C
//! header, as `compile --header` writes it); a panic is a finding.

use super::common::{root, run_tool, scratch, wasm_tools, Rng};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::Command;

#[derive(Default, Debug)]
pub struct Stats {
    pub inputs: usize,
    pub objects: usize,
    pub errors: usize,
    pub scripts: usize,
    pub findings: Vec<String>,
}

/// The valid modules mutations start from (binary).
pub fn corpus() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/wat"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        if let Ok(w) = wat::parse_file(&f) {
            out.push(w);
        }
    }
    out.push(std::fs::read(root().join("examples/hello/hello.wasm")).unwrap());
    out
}

/// The `.wast` scripts mutations start from.
pub fn scripts() -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/wast"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wast"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect()
}

/// A semantics-preserving or shrinking mutation by `wasm-tools mutate`.
fn wasm_mutate(input: &[u8], seed: u64) -> Option<Vec<u8>> {
    let i = scratch("in.wasm");
    let o = scratch("out.wasm");
    std::fs::write(&i, input).unwrap();
    let (code, _, _) = run_tool(
        Command::new(wasm_tools())
            .arg("mutate")
            .arg(&i)
            .arg("--seed")
            .arg(seed.to_string())
            .arg("-o")
            .arg(&o),
    );
    let out = std::fs::read(&o).ok();
    let _ = std::fs::remove_file(&i);
    let _ = std::fs::remove_file(&o);
    if code == 0 {
        out
    } else {
        None
    }
}

/// Byte-level damage: the kind of input a fuzzer's mutator makes.
pub fn damage(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        if v.is_empty() {
            v.push(0);
        }
        let at = rng.below(v.len() as u64) as usize;
        match rng.below(8) {
            0 | 1 => v[at] ^= 1 << rng.below(8),
            2 => v[at] = *rng.pick(&[0x00, 0x7f, 0x80, 0xff, 0x40, 0x41, 0x0b, 0x01]),
            3 => v.truncate(at.max(8)),
            4 => {
                let n = rng.below(16) as usize;
                let b = rng.bytes(n);
                v.splice(at..at, b);
            }
            5 => {
                let end = (at + 1 + rng.below(32) as usize).min(v.len());
                v.drain(at..end);
            }
            6 => {
                let end = (at + 1 + rng.below(32) as usize).min(v.len());
                let chunk = v[at..end].to_vec();
                v.splice(at..at, chunk);
            }
            _ => {
                if !other.is_empty() {
                    let s = rng.below(other.len() as u64) as usize;
                    let e = (s + 1 + rng.below(64) as usize).min(other.len());
                    v.splice(at..at, other[s..e].iter().copied());
                }
            }
        }
    }
    v
}

fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "?".into())
}

/// Compiles one input; records a panic, an empty error or an object that is no ELF.
pub fn check_compile(input: &[u8], name: &str, stats: &mut Stats) {
    stats.inputs += 1;
    let opts = wasm2native::CompileOptions {
        threads: 1,
        relaxed_simd: true,
        ..Default::default()
    };
    let r = catch_unwind(AssertUnwindSafe(|| {
        wasm2native::compile_object(input, &opts, false, "w2n_fuzz")
    }));
    let problem = match r {
        Ok(Ok(obj)) => {
            stats.objects += 1;
            // `compile --header` too: the C header of an accepted module.
            let header = catch_unwind(AssertUnwindSafe(|| {
                wasm2native::module_header(input, "w2n_fuzz")
            }));
            match (object::File::parse(&*obj), header) {
                (Err(e), _) => Some(format!("the object does not parse: {e}")),
                (_, Err(p)) => Some(format!("module_header panicked: {}", panic_text(p))),
                (_, Ok(Err(e))) => Some(format!("no header for a compiled module: {e}")),
                _ => None,
            }
        }
        Ok(Err(e)) => {
            stats.errors += 1;
            let m = e.to_string();
            (m.trim().is_empty()).then(|| "an empty error message".to_string())
        }
        Err(p) => Some(format!("compile panicked: {}", panic_text(p))),
    };
    if let Some(p) = problem {
        let f = super::common::findings_dir().join(format!("{name}.bin"));
        std::fs::write(&f, input).unwrap();
        stats
            .findings
            .push(format!("{name}: {p} ({})", f.display()));
    }
}

/// Parses one script; records a panic.
pub fn check_script(text: &str, name: &str, stats: &mut Stats) {
    stats.scripts += 1;
    let r = catch_unwind(AssertUnwindSafe(|| {
        wasm2native::wast::observe::parse_only(text)
    }));
    if let Err(p) = r {
        let f = super::common::findings_dir().join(format!("{name}.wast"));
        std::fs::write(&f, text).unwrap();
        stats.findings.push(format!(
            "{name}: wast parser panicked: {} ({})",
            panic_text(p),
            f.display()
        ));
    }
}

/// Text-level damage to a script: token edits that keep most of it parseable.
pub fn damage_text(rng: &mut Rng, text: &str) -> String {
    const TOKENS: &[&str] = &[
        "(",
        ")",
        "\"",
        "nan:0x1",
        "-nan",
        "inf",
        "0x",
        "1e400",
        "-0x8000000000000000",
        "(module",
        "(invoke \"f\"",
        "(assert_return",
        "(assert_trap",
        "i32.const",
        "v128.const i8x16",
        "f32.const",
        "$x",
        ";;",
        "(;",
        ";)",
        "\\u{ffff}",
        "\\ff",
        "offset=4294967296",
        "align=3",
        "(memory 65537)",
        "(table 1 funcref)",
        "(ref.null func)",
        "(get \"g\")",
        "(register \"m\")",
        "(module binary \"\\00asm\")",
        "(module quote \"(func\")",
        "i64",
        "0",
        "-1",
    ];
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(5) {
        if chars.is_empty() {
            break;
        }
        let at = rng.below(chars.len() as u64) as usize;
        match rng.below(4) {
            0 => {
                let end = (at + 1 + rng.below(20) as usize).min(chars.len());
                chars.drain(at..end);
            }
            1 | 2 => {
                let t = rng.pick(TOKENS);
                chars.splice(at..at, t.chars());
            }
            _ => chars.truncate(at),
        }
    }
    chars.into_iter().collect()
}

/// The whole fixed-seed run: `rounds` passes over the corpus.
pub fn run(rng: &mut Rng, rounds: usize, budget: &super::common::Budget, stats: &mut Stats) {
    let mut corpus = corpus();
    // Smith modules of every profile widen the corpus to every feature we accept.
    for p in super::smith::PROFILES {
        if let Some(w) = super::smith::generate(p, rng) {
            corpus.push(w);
        }
    }
    let scripts = scripts();
    let mut round = 0;
    while round < rounds && budget.more(round) {
        for (i, m) in corpus.iter().enumerate() {
            let other = &corpus[rng.below(corpus.len() as u64) as usize];
            let seed = rng.next() % 1_000_000;
            if let Some(v) = wasm_mutate(m, seed) {
                check_compile(&v, &format!("mutate-{i}-{seed}"), stats);
                let d = damage(rng, &v, other);
                check_compile(&d, &format!("mutate-damage-{i}-{seed}"), stats);
            }
            for k in 0..3 {
                let d = damage(rng, m, other);
                check_compile(&d, &format!("damage-{i}-{round}-{k}"), stats);
            }
        }
        for (i, s) in scripts.iter().enumerate() {
            for k in 0..8 {
                let t = damage_text(rng, s);
                check_script(&t, &format!("script-{i}-{round}-{k}"), stats);
                if k == 0 {
                    // The same text edits on a module's text go through `compile`.
                    check_compile(t.as_bytes(), &format!("wat-{i}-{round}"), stats);
                }
            }
        }
        round += 1;
    }
}
