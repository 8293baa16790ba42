//! The differential engine: takes valid modules, calls their exports with chosen
//! arguments through wasm2native (`wasm2native::wast::observe`: compile, link a native
//! driver, run it natively or under qemu) and turns what ours returned into assertions
//! that Wasmtime (the oracle) must agree with: every result bit for bit (NaNs too:
//! generated modules canonicalize NaNs, so the spec's nondeterminism cannot show), every
//! trap and its message, and after each call a hash of each memory (size and contents)
//! and every exported global.

use super::common::{findings_dir, run_tool, scratch, wasm_tools, wasmtime, Rng};
use std::fmt::Write as _;
use wasm2native::wast::observe::{Observed, Observer, RawVal};
use wasm2native::wast::{Script, WastOptions};
use wasmparser::{ExternalKind, Payload, ValType};

/// A module ready for the engines: with `__w2n_mem<i>` hash exports added.
pub struct Prepared {
    /// The module as generated (saved with a finding, for `scripts/fuzz --shrink`).
    pub original: Vec<u8>,
    pub wasm: Vec<u8>,
    /// Exported functions: (name, params).
    pub funcs: Vec<(String, Vec<ValType>)>,
    /// The result types of each exported function, by name (a reference result's
    /// expected value depends on its declared type: ours reports every reference that
    /// is not a funcref with the externref code).
    pub results: std::collections::HashMap<String, Vec<ValType>>,
    /// Exported globals: (name, type).
    pub globals: Vec<(String, ValType)>,
    pub memories: usize,
    /// Arguments near memory sizes and small counts (the loop generator's functions
    /// take an address-ish `$a` and a count-or-step `$b`), instead of any bits.
    pub loop_args: bool,
    /// Calls to make instead of random ones (`(invoke ...)` actions, from a finding's
    /// script: `scripts/fuzz --replay`); calls of exports the module lacks are dropped.
    pub fixed_calls: Option<Vec<String>>,
}

/// Totals of a run.
#[derive(Default, Debug)]
pub struct Stats {
    pub modules: usize,
    /// Modules that ours rejects as unsupported (e.g. 64-bit tables).
    pub unsupported: usize,
    pub calls: usize,
    pub checks: usize,
    /// Calls that trapped (in ours, and so in Wasmtime).
    pub traps: usize,
    /// Calls through the executable path (`run --invoke`, tests/fuzz/exe.rs).
    pub exe_calls: usize,
    /// How often each trap message was seen.
    pub trap_kinds: std::collections::BTreeMap<String, usize>,
    pub findings: Vec<String>,
    /// Flip the low bit of every integer result of ours before asking Wasmtime: the
    /// self-test that a wrong result is caught.
    pub tamper: bool,
}

/// Adds one exported function per memory returning an FNV-style hash of its size and
/// contents, so the state after each call can be compared.
fn add_memory_hashes(wasm: &[u8], mem64: &[bool]) -> Result<Vec<u8>, String> {
    let tmp = scratch("print.wasm");
    std::fs::write(&tmp, wasm).map_err(|e| e.to_string())?;
    let (code, out, err) = run_tool(
        std::process::Command::new(wasm_tools())
            .arg("print")
            .arg(&tmp),
    );
    let _ = std::fs::remove_file(&tmp);
    if code != 0 {
        return Err(format!("wasm-tools print: {err}"));
    }
    let mut text = canonical_conversions(&String::from_utf8_lossy(&out));
    let end = text.rfind(')').ok_or("no closing paren")?;
    text.truncate(end);
    text.push_str(
        "\n  (func $__w2n_promote (param $x f32) (result f64) (local $y f64)
    (local.set $y (f64.promote_f32 (local.get $x)))
    (select (f64.const nan) (local.get $y) (f64.ne (local.get $y) (local.get $y))))
  (func $__w2n_demote (param $x f64) (result f32) (local $y f32)
    (local.set $y (f32.demote_f64 (local.get $x)))
    (select (f32.const nan) (local.get $y) (f32.ne (local.get $y) (local.get $y))))",
    );
    for (i, &m64) in mem64.iter().enumerate() {
        let t = if m64 { "i64" } else { "i32" };
        let n = if m64 {
            "(local.get $n)"
        } else {
            "(i64.extend_i32_u (local.get $n))"
        };
        let _ = write!(
            text,
            "\n  (func (export \"__w2n_mem{i}\") (result i64) (local $p {t}) (local $n {t}) (local $h i64)
    (local.set $n ({t}.mul (memory.size {i}) ({t}.const 65536)))
    (local.set $h {n})
    (block $done (loop $l
      (br_if $done ({t}.ge_u (local.get $p) (local.get $n)))
      (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load {i} (local.get $p))) (i64.const 0x100000001b3)))
      (local.set $p ({t}.add (local.get $p) ({t}.const 8)))
      (br $l)))
    (local.get $h))"
        );
    }
    text.push_str("\n)\n");
    wat::parse_str(&text).map_err(|e| format!("{e}\n{text}"))
}

/// `text` (a module as `wasm-tools print` writes it: one instruction a line) with every
/// `f64.promote_f32` and `f32.demote_f64` made to return the canonical NaN for a NaN.
/// Their NaN results are nondeterministic (any arithmetic NaN for a non-canonical NaN
/// input) and smith's `canonicalize-nans` leaves them alone: riscv64's fcvt returns
/// the canonical NaN where x86_64's keeps the payload, both as the spec allows.
fn canonical_conversions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim();
        let indent = &line[..line.len() - line.trim_start().len()];
        match t {
            "f64.promote_f32" => out.push_str(&format!("{indent}call $__w2n_promote")),
            "f32.demote_f64" => out.push_str(&format!("{indent}call $__w2n_demote")),
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// Reads the module's exports and memories and adds the hash functions. `Err` when
/// the module is not valid (which a generator should never produce).
pub fn prepare(wasm: &[u8]) -> Result<Prepared, String> {
    let mut v = wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
    let types = v.validate_all(wasm).map_err(|e| format!("invalid: {e}"))?;
    let mut mem64 = Vec::new();
    let mut exports = Vec::new();
    for p in wasmparser::Parser::new(0).parse_all(wasm) {
        match p.map_err(|e| e.to_string())? {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp.map_err(|e| e.to_string())?;
                    if let wasmparser::TypeRef::Memory(m) = imp.ty {
                        mem64.push(m.memory64);
                    }
                }
            }
            Payload::MemorySection(r) => {
                for m in r {
                    mem64.push(m.map_err(|e| e.to_string())?.memory64);
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.map_err(|e| e.to_string())?;
                    exports.push((e.name.to_string(), e.kind, e.index));
                }
            }
            _ => {}
        }
    }
    let mut funcs = Vec::new();
    let mut results = std::collections::HashMap::new();
    let mut globals = Vec::new();
    let tr = types.as_ref();
    for (name, kind, index) in exports {
        match kind {
            ExternalKind::Func => {
                let ft = tr[tr.core_function_at(index)].unwrap_func();
                results.insert(name.clone(), ft.results().to_vec());
                funcs.push((name, ft.params().to_vec()));
            }
            ExternalKind::Global => globals.push((name, tr.global_at(index).content_type)),
            _ => {}
        }
    }
    Ok(Prepared {
        original: wasm.to_vec(),
        wasm: add_memory_hashes(wasm, &mem64)?,
        funcs,
        results,
        globals,
        memories: mem64.len(),
        loop_args: false,
        fixed_calls: None,
    })
}

/// A wast string literal holding any bytes.
pub fn quote(bytes: &[u8]) -> String {
    let mut s = String::from("\"");
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' {
            s.push(b as char);
        } else {
            let _ = write!(s, "\\{b:02x}");
        }
    }
    s.push('"');
    s
}

fn float32(bits: u32) -> String {
    let f = f32::from_bits(bits);
    if f.is_nan() {
        let sign = if bits >> 31 != 0 { "-" } else { "" };
        format!("{sign}nan:0x{:x}", bits & 0x7f_ffff)
    } else if f.is_infinite() {
        (if f < 0.0 { "-inf" } else { "inf" }).into()
    } else {
        format!("{f:?}")
    }
}

fn float64(bits: u64) -> String {
    let f = f64::from_bits(bits);
    if f.is_nan() {
        let sign = if bits >> 63 != 0 { "-" } else { "" };
        format!("{sign}nan:0x{:x}", bits & 0xf_ffff_ffff_ffff)
    } else if f.is_infinite() {
        (if f < 0.0 { "-inf" } else { "inf" }).into()
    } else {
        format!("{f:?}")
    }
}

/// Argument values that find bugs: edges, memory-end neighbours, random bits.
fn interesting(rng: &mut Rng) -> u64 {
    match rng.below(10) {
        0 => 0,
        1 => u64::MAX,
        2 => *rng.pick(&[1, 2, 3, 4, 7, 8, 15, 16, 31, 32, 63, 64]),
        3 => *rng.pick(&[
            0x7fff_ffff,
            0x8000_0000,
            0xffff_ffff,
            i64::MAX as u64,
            1 << 63,
        ]),
        4 => (65536 * (1 + rng.below(4))).wrapping_sub(rng.below(17)),
        5 => rng.below(256),
        6 => 0x7fc0_0000 | (rng.next() & 0x8000_0000), // f32 NaN patterns
        7 => rng.next() & 0xffff,
        _ => rng.next(),
    }
}

/// An i32 argument of a loop function: mostly inside or just past the memory.
pub fn loop_arg(rng: &mut Rng) -> u64 {
    match rng.below(8) {
        0 => *rng.pick(&[0, 1, 2, 4, 8, 16, 100]),
        1..=3 => (65536 * (1 + rng.below(3))).wrapping_sub(rng.below(24)),
        4 | 5 => rng.below(3 * 65536),
        6 => rng.below(64),
        _ => interesting(rng),
    }
}

fn arg(rng: &mut Rng, t: ValType, loop_args: bool) -> String {
    let x = if loop_args {
        loop_arg(rng)
    } else {
        interesting(rng)
    };
    match t {
        ValType::I32 => format!("(i32.const 0x{:x})", x as u32),
        ValType::I64 => format!("(i64.const 0x{x:x})"),
        ValType::F32 => {
            let b = if rng.chance(30) {
                (x as f32).to_bits()
            } else {
                x as u32
            };
            format!("(f32.const {})", float32(b))
        }
        ValType::F64 => {
            let b = if rng.chance(30) {
                (x as f64).to_bits()
            } else {
                x
            };
            format!("(f64.const {})", float64(b))
        }
        ValType::V128 => format!("(v128.const i64x2 0x{x:x} 0x{:x})", interesting(rng)),
        ValType::Ref(r) => format!("(ref.null {})", top_name(r)),
    }
}

/// The top of a reference type's hierarchy, as `ref.null` spells it: the null of any
/// type in the hierarchy is that null (a null argument is the only reference the
/// fuzzer passes; a function taking a non-nullable reference is not called).
fn top_name(r: wasmparser::RefType) -> &'static str {
    use wasmparser::{AbstractHeapType as A, HeapType as H};
    match r.heap_type() {
        H::Abstract { ty, .. } => match ty {
            A::Func | A::NoFunc => "func",
            A::Extern | A::NoExtern => "extern",
            A::Exn | A::NoExn => "exn",
            A::Cont | A::NoCont => "cont",
            _ => "any",
        },
        // Concrete types: function types unless the module uses GC.
        _ => "func",
    }
}

/// Whether a function with these parameters can be called with the fuzzer's values:
/// not with a non-nullable reference (the fuzzer has none to pass), nor with an
/// exnref (Wasmtime 49's wast cannot pass one, not even null: "couldn't convert
/// ExnRef { value: Some(Null) } to a runtime value").
pub fn callable(params: &[ValType]) -> bool {
    params.iter().all(|t| match t {
        ValType::Ref(r) => r.is_nullable() && top_name(*r) != "exn",
        _ => true,
    })
}

/// What Wasmtime must see for one value of ours, of declared type `decl` (if known);
/// `None` for a value that no wast result can spell (a non-null exnref: the call is
/// then only required not to trap).
fn expected(v: &RawVal, decl: Option<ValType>) -> Option<String> {
    if let Some(ValType::Ref(r)) = decl {
        if v.lo == 0 {
            return Some(format!("(ref.null {})", top_name(r)));
        }
        return match top_name(r) {
            "func" => Some("(ref.func)".into()),
            "extern" => Some("(ref.extern)".into()),
            "any" => Some("(ref.any)".into()),
            _ => None,
        };
    }
    Some(match v.ty {
        1 => format!("(i32.const 0x{:x})", v.lo as u32),
        2 => format!("(i64.const 0x{:x})", v.lo),
        3 => format!("(f32.const {})", float32(v.lo as u32)),
        4 => format!("(f64.const {})", float64(v.lo)),
        5 => format!("(v128.const i64x2 0x{:x} 0x{:x})", v.lo, v.hi),
        6 if v.lo == 0 => "(ref.null func)".into(),
        6 => "(ref.func)".into(),
        7 if v.lo == 0 => "(ref.null extern)".into(),
        _ => "(ref.extern)".into(),
    })
}

/// The declared result types of action `a` (an `invoke` or `get` of `p`'s exports).
fn declared(p: &Prepared, a: &str) -> Vec<ValType> {
    let named = |n: &str, kw: &str| {
        let head = format!("({kw} {}", quote(n.as_bytes()));
        a.strip_prefix(&head)
            .is_some_and(|r| r.starts_with(' ') || r.starts_with(')'))
    };
    if let Some((_, t)) = p.globals.iter().find(|(g, _)| named(g, "get")) {
        return vec![*t];
    }
    p.results
        .iter()
        .find(|(f, _)| named(f, "invoke"))
        .map(|(_, r)| r.clone())
        .unwrap_or_default()
}

/// What Wasmtime must see of a trap of ours: the trap's message, or for an uncaught
/// exception (no trap in Wasmtime: "thrown Wasm exception") an `assert_exception`;
/// Wasmtime's wast has no `assert_exception` of a module, so an instantiation that
/// throws is an `assert_trap` on Wasmtime's message.
fn trap_assertion(what: &str, msg: &str) -> String {
    if msg == "uncaught exception" && what.starts_with("(module") {
        format!("(assert_trap {what} \"thrown Wasm exception\")")
    } else if msg == "uncaught exception" {
        format!("(assert_exception {what})")
    } else {
        format!("(assert_trap {what} {})", quote(msg.as_bytes()))
    }
}

/// One module's part of a script: the directives (ours) and their source text.
struct Segment {
    module_text: String,
    actions: Vec<String>,
}

fn segment(p: &Prepared, rng: &mut Rng, calls_per_func: usize) -> Segment {
    let module_text = format!("(module binary {})", quote(&p.wasm));
    let mut actions = Vec::new();
    let state: Vec<String> = (0..p.memories)
        .map(|i| format!("(invoke \"__w2n_mem{i}\")"))
        .chain(
            p.globals
                .iter()
                .map(|(g, _)| format!("(get {})", quote(g.as_bytes()))),
        )
        .collect();
    actions.extend(state.iter().cloned());
    let funcs: Vec<&(String, Vec<ValType>)> = p
        .funcs
        .iter()
        .filter(|(n, ps)| !n.starts_with("__w2n_mem") && callable(ps))
        .collect();
    if let Some(calls) = &p.fixed_calls {
        for c in calls {
            if funcs
                .iter()
                .any(|(n, _)| c.starts_with(&format!("(invoke {}", quote(n.as_bytes()))))
            {
                actions.push(c.clone());
                actions.extend(state.iter().cloned());
            }
        }
        return Segment {
            module_text,
            actions,
        };
    }
    for _ in 0..calls_per_func {
        for (name, params) in &funcs {
            let args: Vec<String> = params.iter().map(|t| arg(rng, *t, p.loop_args)).collect();
            actions.push(format!(
                "(invoke {} {})",
                quote(name.as_bytes()),
                args.join(" ")
            ));
            actions.extend(state.iter().cloned());
        }
    }
    Segment {
        module_text,
        actions,
    }
}

/// The wasmtime command line: every feature wasm2native implements.
fn oracle(script: &std::path::Path) -> (bool, String) {
    let (code, _, mut err) = run_tool(
        std::process::Command::new(wasmtime())
            .arg("wast")
            .arg("-W")
            .arg(
                "multi-memory=y,memory64=y,tail-call=y,extended-const=y,\
                 function-references=y,relaxed-simd=y,relaxed-simd-deterministic=y,\
                 exceptions=y,threads=y,shared-memory=y",
            )
            .arg(script),
    );
    if code == -1 && err.trim().is_empty() {
        err = "failed directive: none: Wasmtime was killed by a signal (out of memory?)".into();
    }
    (code == 0, err)
}

/// Runs `modules` (with names for the report) as one batch: ours, then Wasmtime on
/// our outcomes. Mismatches are saved (one script per module) and listed in `stats`.
pub fn run_batch(
    obs: &Observer,
    modules: &[(String, Prepared)],
    rng: &mut Rng,
    calls_per_func: usize,
    stats: &mut Stats,
) {
    let before = stats.findings.len();
    let segs: Vec<Segment> = modules
        .iter()
        .map(|(_, p)| segment(p, rng, calls_per_func))
        .collect();
    let mut text = String::new();
    for s in &segs {
        text.push_str(&s.module_text);
        text.push('\n');
        for a in &s.actions {
            // `get` is no directive of its own: an assertion without values runs it.
            if a.starts_with("(get") {
                let _ = writeln!(text, "(assert_return {a})");
            } else {
                let _ = writeln!(text, "{a}");
            }
        }
    }
    let script = Script {
        name: "fuzz.wast".into(),
        text,
    };
    let observed = match obs.observe(&script) {
        Ok(o) => o,
        Err(e) => {
            stats.findings.push(format!("script did not parse: {e}"));
            return;
        }
    };
    let mut it = observed.into_iter();
    let mut checks = Vec::new(); // (name, assertion script of one segment)
    for (s, (name, p)) in segs.iter().zip(modules) {
        stats.modules += 1;
        let m = it.next().expect("one outcome per directive");
        let mut out = String::new();
        let mut live = true;
        match &m.observed {
            Observed::Ok => out.push_str(&s.module_text),
            // A trap in the start function or an out-of-bounds segment: Wasmtime's
            // instantiation must fail with the same message.
            Observed::Trap(msg) => {
                out.push_str(&trap_assertion(&s.module_text, msg));
                live = false;
            }
            Observed::Failed(e) if e.starts_with("inst: ") => {
                out.push_str(&trap_assertion(&s.module_text, &e["inst: ".len()..]));
                live = false;
            }
            Observed::Failed(e) if e.contains("unsupported") => {
                stats.unsupported += 1;
                if std::env::var_os("W2N_FUZZ_VERBOSE").is_some() {
                    eprintln!("{name}: {e}");
                }
                for _ in &s.actions {
                    it.next();
                }
                continue;
            }
            Observed::Failed(e) => {
                let f = save(name, &format!("{}\n;; ours: {e}\n", s.module_text));
                stats
                    .findings
                    .push(format!("{name}: ours failed on a valid module: {e} ({f})"));
                for _ in &s.actions {
                    it.next();
                }
                continue;
            }
            Observed::Values(v) => {
                stats.findings.push(format!(
                    "{name}: the module directive returned values {v:?}"
                ));
                for _ in &s.actions {
                    it.next();
                }
                continue;
            }
        }
        out.push('\n');
        for a in &s.actions {
            let o = it.next().expect("one outcome per directive");
            if !live {
                continue;
            }
            if a.starts_with("(invoke \"__w2n_mem") || a.starts_with("(get") {
                stats.checks += 1;
            } else {
                stats.calls += 1;
            }
            match &o.observed {
                Observed::Values(v) => {
                    let mut v = v.clone();
                    if stats.tamper {
                        v.iter_mut().filter(|x| x.ty <= 2).for_each(|x| x.lo ^= 1);
                    }
                    let decl = declared(p, a);
                    let exp: Option<Vec<String>> = v
                        .iter()
                        .enumerate()
                        .map(|(i, x)| expected(x, decl.get(i).copied()))
                        .collect();
                    match exp {
                        Some(exp) => {
                            let _ = writeln!(out, "(assert_return {a} {})", exp.join(" "));
                        }
                        // A value no wast result spells: the call must return.
                        None => {
                            let _ = writeln!(out, "{a}");
                        }
                    }
                }
                Observed::Trap(msg) => {
                    stats.traps += 1;
                    *stats.trap_kinds.entry(msg.clone()).or_default() += 1;
                    let _ = writeln!(out, "{}", trap_assertion(a, msg));
                }
                other => {
                    let f = save(name, &format!("{out}{a}\n;; ours: {other:?}\n"));
                    stats
                        .findings
                        .push(format!("{name}: ours failed {a}: {other:?} ({f})"));
                    live = false;
                }
            }
        }
        checks.push((name.clone(), out));
    }
    // One Wasmtime run for the batch; on a failure, each segment alone to name it.
    let batch = scratch("batch.wast");
    let all: String = checks.iter().map(|(_, t)| t.as_str()).collect();
    std::fs::write(&batch, &all).unwrap();
    if oracle(&batch).0 {
        let _ = std::fs::remove_file(&batch);
        save_modules(modules, &stats.findings[before..]);
        return;
    }
    for (name, t) in &checks {
        std::fs::write(&batch, t).unwrap();
        let (ok, err) = oracle(&batch);
        if !ok {
            let f = save(
                name,
                &format!("{t}\n;; wasmtime: {}\n", err.replace('\n', "\n;; ")),
            );
            // Wasmtime names the directive and what differed.
            let first = err
                .lines()
                .skip_while(|l| !l.contains("failed directive"))
                .take(6)
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" | ");
            stats
                .findings
                .push(format!("{name}: Wasmtime disagrees: {first} ({f})"));
        }
    }
    let _ = std::fs::remove_file(&batch);
    save_modules(modules, &stats.findings[before..]);
}

/// The generated module of every finding, as `NAME.wasm` (what `scripts/fuzz --replay`
/// and `--shrink` take).
fn save_modules(modules: &[(String, Prepared)], findings: &[String]) {
    for (name, m) in modules {
        if findings.iter().any(|f| f.starts_with(&format!("{name}:"))) {
            std::fs::write(findings_dir().join(format!("{name}.wasm")), &m.original).unwrap();
        }
    }
}

fn save(name: &str, text: &str) -> String {
    let p = findings_dir().join(format!("{name}.wast"));
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

pub fn observer(target: Option<&str>, relaxed: bool) -> Observer {
    let mut opts = WastOptions::default();
    if let Some(t) = target {
        opts.compile.target = wasm2native::Target::parse(t).expect("target");
    }
    opts.compile.relaxed_simd = relaxed;
    opts.jobs = 1;
    opts.timeout = std::time::Duration::from_secs(60);
    Observer::new(&opts).expect("toolchain and runtime for the fuzzer")
}

/// The `(invoke ...)` actions of a script (a finding's `.wast`), in order, without the
/// hash functions' own.
pub fn calls_in(script: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = script;
    while let Some(i) = rest.find("(invoke ") {
        let tail = &rest[i..];
        let mut depth = 0;
        let mut in_str = false;
        let mut end = tail.len();
        let b = tail.as_bytes();
        let mut k = 0;
        while k < b.len() {
            match b[k] {
                b'\\' if in_str => k += 1,
                b'"' => in_str = !in_str,
                b'(' if !in_str => depth += 1,
                b')' if !in_str => {
                    depth -= 1;
                    if depth == 0 {
                        end = k + 1;
                        break;
                    }
                }
                _ => {}
            }
            k += 1;
        }
        let call = &tail[..end];
        if !call.starts_with("(invoke \"__w2n_mem") {
            out.push(call.to_string());
        }
        rest = &tail[end..];
    }
    out
}
