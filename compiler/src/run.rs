//! `wasm2native run`: the arguments a cached executable receives (its WASI settings,
//! the guest's `argv`, and `--invoke` with its parameters parsed by type as
//! `wasmtime run --invoke` parses them). The executable reads them in
//! runtime-support/src/run_cache.c; only executables built for the run cache do.

use crate::error::{Error, Result};
use crate::module_env;
use crate::{CompileOptions, WasiConfig, RUN_CACHE_ARG};
use std::ffi::OsString;
use wasmparser::ValType;

/// One `run`: settings given on the command line, never baked into the executable.
#[derive(Clone, Debug, Default)]
pub(crate) struct RunRequest {
    /// `--dir`, `--env`, `--inherit-env` (the other fields are unused).
    pub wasi: WasiConfig,
    /// `--invoke FUNC`: call this export with `args` as its parameters.
    pub invoke: Option<String>,
    /// The guest's `argv[0]`.
    pub argv0: OsString,
    /// The program's arguments (with `--invoke`, also the function's parameters).
    pub args: Vec<OsString>,
}

/// Checks `req` against the module (an entry point exists; the `--invoke` export is a
/// function whose parameters `args` can be parsed as) and returns the arguments for
/// the cached executable: `--w2n-run-cache ... -- ARGS...`.
pub(crate) fn executable_args(
    input: &[u8],
    opts: &CompileOptions,
    req: &RunRequest,
) -> Result<Vec<OsString>> {
    let wasm = module_env::wat_to_wasm(input)?;
    let info = module_env::parse_with_features(&wasm, opts.wasm_features())?;
    // `run` links nothing but WASI: say so before compiling (`build --link` can).
    let foreign: Vec<String> = info
        .imports
        .iter()
        .filter(|i| {
            !matches!(
                (i.module.as_str(), i.name.as_str()),
                ("wasi_snapshot_preview1" | "wasi_unstable", _)
                    | ("wasi", "thread-spawn")
                    | ("env", "memory")
            )
        })
        .map(|i| format!("{}.{}", i.module, i.name))
        .collect();
    if !foreign.is_empty() {
        return Err(Error::Usage(format!(
            "the module imports {}, which `run` cannot provide (it provides WASI only); \
             build an executable with `wasm2native build MODULE -o EXE --link FILE.c` \
             where FILE.c provides {}",
            foreign.join(", "),
            if foreign.len() == 1 { "it" } else { "them" }
        )));
    }
    let func_export = |name: &str| {
        info.exports
            .iter()
            .find(|e| e.name == name)
            .map(|e| (e.kind == crate::abi::extern_kind::FUNC).then_some(e.index))
    };
    let mut out: Vec<OsString> = vec![RUN_CACHE_ARG.into()];
    for (h, g) in &req.wasi.dirs {
        out.extend(["--dir".into(), h.into(), g.into()]);
    }
    for e in &req.wasi.env {
        out.extend(["--env".into(), e.into()]);
    }
    if req.wasi.inherit_env {
        out.push("--inherit-env".into());
    }
    out.extend(["--argv0".into(), req.argv0.clone()]);
    match &req.invoke {
        Some(name) => {
            let index = match func_export(name) {
                Some(Some(i)) => i,
                Some(None) => {
                    return Err(Error::Usage(format!(
                        "--invoke {name}: the export `{name}` is not a function"
                    )))
                }
                None => {
                    return Err(Error::Usage(format!(
                        "--invoke {name}: the module has no export named `{name}`"
                    )))
                }
            };
            if name.contains('\0') {
                return Err(Error::Usage(format!(
                    "--invoke {name:?}: the name contains a NUL character"
                )));
            }
            let sig = info.func_sig(index);
            let mut letters = String::new();
            let mut values = Vec::new();
            for (i, t) in sig.params.iter().enumerate() {
                let Some(arg) = req.args.get(i) else {
                    return Err(Error::Usage(format!(
                        "not enough arguments for `{name}`: it takes {} ({}), {} given",
                        sig.params.len(),
                        type_list(&sig.params),
                        req.args.len()
                    )));
                };
                let (letter, bits) = parse_arg(name, i, *t, arg)?;
                letters.push(letter);
                values.push(format!("{bits:x}"));
            }
            letters.push(':');
            for t in &sig.results {
                letters.push(type_letter(*t));
            }
            out.extend(["--invoke".into(), name.into(), letters.into()]);
            out.extend(values.into_iter().map(OsString::from));
        }
        None => {
            if !matches!(func_export("_start"), Some(Some(_)))
                && !matches!(func_export("main"), Some(Some(_)))
            {
                return Err(Error::Usage(
                    "the module exports neither `_start` nor `main`; call one of its \
                     functions with `wasm2native run --invoke FUNC MODULE [ARGS]...`"
                        .into(),
                ));
            }
        }
    }
    out.push("--".into());
    out.extend(req.args.iter().cloned());
    Ok(out)
}

fn type_letter(t: ValType) -> char {
    match t {
        ValType::I32 => 'i',
        ValType::I64 => 'I',
        ValType::F32 => 'f',
        ValType::F64 => 'F',
        ValType::V128 => 'v',
        ValType::Ref(r) if r.is_func_ref() => 'r',
        ValType::Ref(_) => 'x',
    }
}

fn type_list(ts: &[ValType]) -> String {
    ts.iter()
        .map(|t| t.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses parameter `i` of `func` as Wasmtime does: decimal or `0x` hex integers,
/// Rust's float syntax (`1.5`, `-2e3`, `inf`, `NaN`). Returns its letter and raw bits.
fn parse_arg(func: &str, i: usize, t: ValType, arg: &OsString) -> Result<(char, u64)> {
    let bad = |why: String| {
        Error::Usage(format!(
            "--invoke {func}: argument {} `{}` is not a valid {t}: {why}",
            i + 1,
            arg.to_string_lossy()
        ))
    };
    let s = arg.to_str().ok_or_else(|| bad("not valid UTF-8".into()))?;
    let hex = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"));
    Ok(match t {
        ValType::I32 => (
            'i',
            match hex {
                Some(h) => i32::from_str_radix(h, 16),
                None => s.parse::<i32>(),
            }
            .map_err(|e| bad(e.to_string()))? as u32 as u64,
        ),
        ValType::I64 => (
            'I',
            match hex {
                Some(h) => i64::from_str_radix(h, 16),
                None => s.parse::<i64>(),
            }
            .map_err(|e| bad(e.to_string()))? as u64,
        ),
        ValType::F32 => (
            'f',
            s.parse::<f32>().map_err(|e| bad(e.to_string()))?.to_bits() as u64,
        ),
        ValType::F64 => (
            'F',
            s.parse::<f64>().map_err(|e| bad(e.to_string()))?.to_bits(),
        ),
        _ => {
            return Err(Error::Unsupported(format!(
                "--invoke {func}: parameter {} is a {t}, which cannot be given on the command \
                 line (only i32, i64, f32 and f64 can)",
                i + 1
            )))
        }
    })
}
