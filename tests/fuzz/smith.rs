//! Random valid modules from `wasm-tools smith`, one feature profile at a time (each
//! Wasm feature wasm2native implements, then all together), with NaN canonicalization
//! (so results are deterministic bit for bit), fuel-bounded loops and recursion
//! (`--ensure-termination`), no imports, and everything exported.

use super::common::{run_tool, scratch, wasm_tools, Rng};
use std::process::Command;

/// A feature profile: its name, the smith settings it adds, and whether the module
/// needs `--relaxed-simd` on our side.
pub struct Profile {
    pub name: &'static str,
    pub json: &'static [(&'static str, &'static str)],
    pub relaxed: bool,
    pub simd: bool,
    /// Make most modules' memories shared (smith, with threads on, rarely declares a
    /// shared memory itself; a shared memory is valid wherever one with a maximum is).
    pub shared: bool,
}

pub const PROFILES: &[Profile] = &[
    Profile {
        name: "core",
        json: &[],
        relaxed: false,
        simd: false,
        shared: false,
    },
    Profile {
        name: "simd",
        json: &[("simd-enabled", "true")],
        relaxed: false,
        simd: true,
        shared: false,
    },
    Profile {
        name: "relaxed-simd",
        json: &[("simd-enabled", "true"), ("relaxed-simd-enabled", "true")],
        relaxed: true,
        simd: true,
        shared: false,
    },
    Profile {
        name: "multi-memory",
        json: &[("max-memories", "4"), ("min-memories", "2")],
        relaxed: false,
        simd: false,
        shared: false,
    },
    Profile {
        name: "memory64",
        json: &[
            ("memory64-enabled", "true"),
            ("max-memories", "2"),
            ("min-memories", "1"),
        ],
        relaxed: false,
        simd: false,
        shared: false,
    },
    Profile {
        name: "tail-call",
        json: &[("tail-call-enabled", "true"), ("min-funcs", "3")],
        relaxed: false,
        simd: false,
        shared: false,
    },
    Profile {
        name: "extended-const",
        json: &[("extended-const-enabled", "true"), ("min-globals", "3")],
        relaxed: false,
        simd: false,
        shared: false,
    },
    Profile {
        name: "bulk-ref",
        json: &[
            ("min-data-segments", "2"),
            ("min-element-segments", "2"),
            ("max-tables", "4"),
            ("min-tables", "1"),
        ],
        relaxed: false,
        simd: false,
        shared: false,
    },
    Profile {
        name: "exceptions",
        json: &[
            ("exceptions-enabled", "true"),
            ("min-tags", "1"),
            ("max-tags", "4"),
            ("tail-call-enabled", "true"),
            ("min-funcs", "3"),
        ],
        relaxed: false,
        simd: false,
        shared: false,
    },
    Profile {
        name: "threads",
        json: &[
            ("threads-enabled", "true"),
            ("max-memories", "2"),
            ("min-memories", "1"),
            ("memory64-enabled", "true"),
        ],
        relaxed: false,
        simd: false,
        shared: true,
    },
    Profile {
        name: "all",
        json: &[
            ("simd-enabled", "true"),
            ("relaxed-simd-enabled", "true"),
            ("memory64-enabled", "true"),
            ("max-memories", "3"),
            ("tail-call-enabled", "true"),
            ("extended-const-enabled", "true"),
            ("exceptions-enabled", "true"),
            ("threads-enabled", "true"),
        ],
        relaxed: true,
        simd: true,
        shared: true,
    },
];

/// Smith settings of every profile; a profile overrides some. Features not turned on
/// by the profile are off (smith turns some on by default).
const BASE: &[(&str, &str)] = &[
    ("simd-enabled", "false"),
    ("relaxed-simd-enabled", "false"),
    ("memory64-enabled", "false"),
    ("tail-call-enabled", "false"),
    ("extended-const-enabled", "false"),
    ("max-memories", "1"),
    ("bulk-memory-enabled", "true"),
    ("reference-types-enabled", "true"),
    ("multi-value-enabled", "true"),
    ("saturating-float-to-int-enabled", "true"),
    ("sign-extension-ops-enabled", "true"),
    ("gc-enabled", "false"),
    ("exceptions-enabled", "false"),
    ("threads-enabled", "false"),
    ("shared-everything-threads-enabled", "false"),
    ("custom-page-sizes-enabled", "false"),
    ("custom-descriptors-enabled", "false"),
    ("wide-arithmetic-enabled", "false"),
    ("max-imports", "0"),
    ("export-everything", "true"),
    ("canonicalize-nans", "true"),
    ("max-memory32-bytes", "196608"),
    ("max-memory64-bytes", "196608"),
    ("memory-max-size-required", "true"),
    // Every table has a maximum: a `table.grow` by millions may fail in one engine
    // (a resource limit, allowed by the spec) and succeed or exhaust the memory in the
    // other (Wasmtime was killed growing a table without one).
    ("max-table-elements", "64"),
    ("table-max-size-required", "true"),
    ("min-funcs", "2"),
    ("max-funcs", "12"),
    ("allow-start-export", "true"),
    ("max-instructions", "400"),
];

/// The smith configuration (JSON) of `p`.
fn config(p: &Profile) -> String {
    let mut items: Vec<String> = BASE
        .iter()
        .filter(|(k, _)| !p.json.iter().any(|(pk, _)| pk == k))
        .chain(p.json.iter())
        .map(|(k, v)| format!("\"{k}\": {v}"))
        .collect();
    items.sort();
    format!("{{ {} }}", items.join(", "))
}

/// Generates one module of profile `p` from `rng`; `None` when smith could not
/// (exit code 2: the seed ran out).
pub fn generate(p: &Profile, rng: &mut Rng) -> Option<Vec<u8>> {
    let cfg = scratch("smith.json");
    let mut json = config(p);
    // Half the modules avoid traps (smith guards accesses, divisions, conversions), so
    // more calls run to the end and return values.
    if rng.chance(50) {
        json = json.replacen("{ ", "{ \"disallow-traps\": true, ", 1);
    }
    std::fs::write(&cfg, json).unwrap();
    let seed = scratch("seed.bin");
    let out = scratch("smith.wasm");
    let len = 64 + rng.below(4000) as usize;
    std::fs::write(&seed, rng.bytes(len)).unwrap();
    let (code, _, err) = run_tool(
        Command::new(wasm_tools())
            .args(["smith", "--ensure-termination", "--fuel", "1000", "-c"])
            .arg(&cfg)
            .arg(&seed)
            .arg("-o")
            .arg(&out),
    );
    let wasm = std::fs::read(&out).ok();
    for f in [&cfg, &seed, &out] {
        let _ = std::fs::remove_file(f);
    }
    let wasm = match code {
        0 => wasm,
        2 => None,
        _ => panic!("wasm-tools smith failed ({code}): {err}"),
    };
    match wasm {
        Some(w) if p.shared && rng.chance(75) => Some(make_shared(&w)),
        w => w,
    }
}

/// `wasm` with every memory it defines shared (each has a maximum: smith's
/// `memory-max-size-required`).
fn make_shared(wasm: &[u8]) -> Vec<u8> {
    let tmp = scratch("shared.wasm");
    std::fs::write(&tmp, wasm).unwrap();
    let (code, out, err) = run_tool(Command::new(wasm_tools()).arg("print").arg(&tmp));
    let _ = std::fs::remove_file(&tmp);
    assert_eq!(code, 0, "wasm-tools print: {err}");
    let text = String::from_utf8_lossy(&out);
    let mut shared = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("(memory ") && t.ends_with(')') && !t.contains("shared") {
            shared.push_str(&line[..line.len() - 1]);
            shared.push_str(" shared)");
        } else {
            shared.push_str(line);
        }
        shared.push('\n');
    }
    wat::parse_str(&shared).unwrap_or_else(|e| panic!("a shared memory: {e}\n{shared}"))
}
