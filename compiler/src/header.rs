//! The typed C header `compile --header` writes for embedders.
//!
//! For a module named `NAME` (the descriptor symbol `w2n_module_NAME`) it declares:
//! - `wasm2native_NAME_imports`: one typed field per import (a function pointer of the
//!   host function's exact C type, or the memory/table/global/tag to bind), and the C
//!   prototype `w2n_import_MOD_FIELD` of every function import for hosts that define
//!   them by name (`WASM2NATIVE_NAME_LINKED_IMPORTS` fills the fields with them);
//! - `wasm2native_NAME_instantiate`: instantiates the module with those imports; the
//!   runtime checks every import's signature id, generated here;
//! - per export `EXP`, `w2n_NAME_EXP`: for a function, a wrapper that takes the typed
//!   parameters, calls through `w2n_call` (so a trap is its return value, never a
//!   signal that reaches the host) and stores the results through pointers; for a
//!   memory, table, global or tag, an accessor.
//!
//! Everything is `static inline` over the runtime's API (wasm2native.h), so the header
//! compiles as C11 and as C++ and needs nothing beyond the object and the runtime library.

use crate::abi;
use crate::error::Result;
use crate::module_env::{self, FuncSig, ImportKind, ModuleInfo};
use std::collections::HashSet;
use std::fmt::Write as _;
use wasmparser::ValType;

/// The C type of a value of type `t` (abi.rs owns the mapping).
fn c_type(t: ValType) -> &'static str {
    abi::val::c_type(module_env::val_code(t))
}

/// The wasm text name of a value type, for comments.
fn wat_type(t: ValType) -> String {
    match t {
        ValType::I32 => "i32".into(),
        ValType::I64 => "i64".into(),
        ValType::F32 => "f32".into(),
        ValType::F64 => "f64".into(),
        ValType::V128 => "v128".into(),
        ValType::Ref(r) => format!("{r}"),
    }
}

/// `(i32, i64) -> f32`, for comments.
fn sig_text(sig: &FuncSig) -> String {
    let list = |ts: &[ValType]| {
        ts.iter()
            .map(|t| wat_type(*t))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!("({}) -> ({})", list(&sig.params), list(&sig.results))
}

/// The C prototype of a host function of type `sig` named `name` (the C ABI of imports,
/// see the README): `ret name(w2n_instance* caller, params...)`, with a last
/// `w2n_val* results` parameter for two or more results.
pub fn prototype(name: &str, sig: &FuncSig) -> String {
    let mut params = vec!["w2n_instance* caller".to_string()];
    for (i, p) in sig.params.iter().enumerate() {
        params.push(format!("{} p{i}", c_type(*p)));
    }
    let ret = match sig.results.len() {
        0 => "void",
        1 => c_type(sig.results[0]),
        _ => {
            params.push("w2n_val* results".into());
            "void"
        }
    };
    format!("{ret} {name}({})", params.join(", "))
}

/// Identifiers that must not be generated: C and C++ keywords that an escaped name
/// could spell, and every `w2n_*` identifier the runtime's headers declare.
fn reserved() -> HashSet<String> {
    let mut r: HashSet<String> = [
        "static_assert",
        "thread_local",
        "char16_t",
        "char32_t",
        "wchar_t",
        "int8_t",
        "int16_t",
        "int32_t",
        "int64_t",
        "uint8_t",
        "uint16_t",
        "uint32_t",
        "uint64_t",
        "size_t",
        "ptrdiff_t",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for (name, data) in crate::toolchain::RUNTIME_FILES {
        if !name.starts_with("include/") {
            continue;
        }
        let text = String::from_utf8_lossy(data);
        for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
            if word.starts_with("w2n_") || word.starts_with("W2N_") {
                r.insert(word.to_string());
            }
        }
    }
    r
}

/// Hands out identifiers: `base`, or `base_N` when `base` is taken.
struct Names {
    taken: HashSet<String>,
}

impl Names {
    fn claim(&mut self, base: String) -> String {
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }
}

fn escaped(s: &str) -> String {
    let mut out = String::new();
    abi::symbols::escape_into(&mut out, s);
    out
}

/// A C string literal of a wasm name (for comments: `*/` cannot end the comment).
fn shown(s: &str) -> String {
    format!("{s:?}").replace("*/", "*\\/")
}

/// The C expression of the signature id of type `t` when the module identifies it by
/// an exact id (as `object.rs` decides: short, and no typed references, subtyping or
/// recursion group); `None` for ids that are the address of a canonical string.
fn sig_id_expr(info: &ModuleInfo<'_>, t: u32) -> Option<String> {
    let typed = crate::types::Keys::new(&info.types, &info.type_meta)
        .sig_string(t)
        .map_or(true, |s| s.is_some());
    let (p, r) = info.types[t as usize].codes();
    abi::sig::encode(&p, &r)
        .filter(|_| !typed)
        .map(|_| abi::sig::c_expr(&p, &r))
}

/// Generates the embedder header for a module whose descriptor symbol is `symbol`.
pub fn module_header(input: &[u8], symbol: &str) -> Result<String> {
    let wasm = module_env::wat_to_wasm(input)?;
    let info = module_env::parse(&wasm)?;
    let name = symbol.strip_prefix("w2n_module_").unwrap_or(symbol);
    Ok(generate(&info, symbol, name))
}

fn generate(info: &ModuleInfo<'_>, symbol: &str, name: &str) -> String {
    let upper = name.to_ascii_uppercase();
    let api = format!("wasm2native_{name}");
    let imports_t = format!("{api}_imports");
    let mut names = Names { taken: reserved() };
    names.taken.insert(symbol.to_string());
    for s in ["instantiate", "resolve", "imports"] {
        names.taken.insert(format!("{api}_{s}"));
    }
    let mut h = String::new();
    let _ = write!(
        h,
        "/* {name}.h: the typed C API of wasm module {:?}, generated by wasm2native {}\n \
         * (`wasm2native compile --header`). Do not edit.\n \
         *\n \
         * Link the module's object file and the runtime library (`wasm2native runtime`)\n \
         * into the host; see \"Embedding\" in wasm2native's README. In short:\n \
         *\n \
         *     w2n_store* store = w2n_store_new();\n \
         *     w2n_instance* inst;\n \
         *     char err[256];\n \
         *     if ({api}_instantiate(store, {}NULL, &inst, err, sizeof err) != W2N_OK) ...\n \
         *     int trap = w2n_{name}_EXPORT(inst, args..., &result);  (0, or a W2N_TRAP_* code)\n \
         *\n \
         * Export wrappers call through w2n_call: a trap (and proc_exit, and an uncaught\n \
         * exception) is their return value, never a signal that reaches the host. Results\n \
         * are stored through the trailing pointers (NULL: not wanted) when the call\n \
         * returns 0. Values: i32 uint32_t, i64 uint64_t, f32 float, f64 double,\n \
         * v128 w2n_v128 (a 16-byte vector), references void*. Traps reach the runtime as\n \
         * signals (SIGILL, SIGSEGV, SIGBUS): see \"Signals\" in wasm2native.h for when its\n \
         * handlers are installed, how they chain to yours, and how to opt out. */\n",
        info.name.as_deref().unwrap_or(name),
        env!("CARGO_PKG_VERSION"),
        if info.imports.is_empty() {
            String::new()
        } else {
            "&imports, ".into()
        },
    );
    let _ = write!(
        h,
        "#ifndef WASM2NATIVE_MODULE_{upper}_H\n#define WASM2NATIVE_MODULE_{upper}_H\n\n\
         #include <string.h>\n\n#include \"wasm2native.h\"\n\n\
         #ifdef __cplusplus\nextern \"C\" {{\n#endif\n\n\
         /* The module descriptor (defined by the module's object file). */\n\
         extern const w2n_module {symbol};\n\n"
    );

    // ---- imports ----------------------------------------------------------------------
    let mut fields = Vec::new();
    if !info.imports.is_empty() {
        // Keywords are reserved too ("static"."assert" would be `static_assert`).
        let mut field_names = Names { taken: reserved() };
        let _ = writeln!(
            h,
            "/* ---- Imports ------------------------------------------------------------------\n \
             * What the host provides, bound at instantiation. A host function receives the\n \
             * calling instance first (w2n_mem() reaches its memory); with two or more results\n \
             * it stores them in `results` (one w2n_val each, scalars in the low bytes). */\n\
             typedef struct {imports_t} {{"
        );
        for imp in &info.imports {
            let mut field = format!("{}_{}", escaped(&imp.module), escaped(&imp.name));
            if field.starts_with(|c: char| c.is_ascii_digit()) {
                field.insert_str(0, "i_");
            }
            let field = field_names.claim(field);
            let what = format!("{}.{}", shown(&imp.module), shown(&imp.name));
            let decl = match &imp.kind {
                ImportKind::Func(t) => {
                    let sig = &info.types[*t as usize];
                    let p = prototype(&format!("(*{field})"), sig);
                    format!("    /* {what}: function {} */\n    {p};", sig_text(sig))
                }
                ImportKind::Memory(m) => format!(
                    "    /* {what}: memory, at least {} pages{}{} */\n    w2n_memory* {field};",
                    m.initial,
                    m.maximum
                        .map_or(String::new(), |x| format!(", at most {x}")),
                    if m.shared { ", shared" } else { "" }
                ),
                ImportKind::Table(t) => format!(
                    "    /* {what}: table of {}, at least {} elements */\n    w2n_table* {field};",
                    wat_type(ValType::Ref(t.element_type)),
                    t.initial
                ),
                ImportKind::Global(g) => format!(
                    "    /* {what}: global {}{} */\n    w2n_global* {field};",
                    if g.mutable { "mut " } else { "" },
                    wat_type(g.content_type)
                ),
                ImportKind::Tag(t) => format!(
                    "    /* {what}: tag {} */\n    w2n_tag* {field};",
                    sig_text(&info.types[*t as usize])
                ),
            };
            let _ = writeln!(h, "{decl}");
            fields.push(field);
        }
        let _ = writeln!(h, "}} {imports_t};\n");

        // Prototypes of the by-name providers.
        let funcs: Vec<_> = info
            .imports
            .iter()
            .zip(&fields)
            .filter_map(|(imp, f)| match imp.kind {
                ImportKind::Func(t) => Some((imp, f, &info.types[t as usize])),
                _ => None,
            })
            .collect();
        if !funcs.is_empty() {
            let _ = writeln!(
                h,
                "/* The same host functions defined by name (as `wasm2native build --link` wants\n \
                 * them): the C compiler checks a definition against its prototype here, and\n \
                 * WASM2NATIVE_{upper}_LINKED_IMPORTS initializes a {imports_t} with them\n \
                 * (set the other fields before instantiating). */"
            );
            let mut seen = HashSet::new();
            for (imp, _, sig) in &funcs {
                let sym = abi::symbols::import(&imp.module, &imp.name);
                if seen.insert(sym.clone()) {
                    let _ = writeln!(h, "{};", prototype(&sym, sig));
                }
            }
            let inits: Vec<String> = info
                .imports
                .iter()
                .map(|imp| match imp.kind {
                    ImportKind::Func(_) => abi::symbols::import(&imp.module, &imp.name),
                    _ => "NULL".into(),
                })
                .collect();
            let _ = writeln!(
                h,
                "#define WASM2NATIVE_{upper}_LINKED_IMPORTS {{ {} }}\n",
                inits.join(", ")
            );
        }

        // The resolver.
        let _ = writeln!(
            h,
            "/* The resolver {api}_instantiate passes to w2n_instantiate (env: the imports).\n \
             * Every function is bound with its signature id, which the runtime checks. */\n\
             static inline int {api}_resolve(void* env, const w2n_import* imp, w2n_extern* out) {{\n    \
             const {imports_t}* im = (const {imports_t}*)env;\n    \
             if (!im) return 0;\n    \
             switch (imp - {symbol}.imports) {{"
        );
        for (i, (imp, field)) in info.imports.iter().zip(&fields).enumerate() {
            let _ = write!(h, "    case {i}:\n        if (!im->{field}) return 0;\n");
            let body = match &imp.kind {
                ImportKind::Func(t) => {
                    // A canonical string's address is only known at run time: the
                    // module's own id then (the C compiler has checked the type).
                    let id = sig_id_expr(info, *t).unwrap_or_else(|| "imp->type_id".into());
                    format!(
                        "out->kind = W2N_EXTERN_FUNC;\n        \
                         W2N_STATIC_ASSERT(sizeof im->{field} == sizeof out->host_fn, \"function pointers\");\n        \
                         memcpy(&out->host_fn, &im->{field}, sizeof out->host_fn);\n        \
                         out->type = {id};"
                    )
                }
                ImportKind::Memory(_) => format!(
                    "out->kind = W2N_EXTERN_MEMORY;\n        \
                     out->ptr = im->{field};\n        \
                     out->min = im->{field}->size / W2N_PAGE_SIZE;\n        \
                     out->max = im->{field}->max_pages;"
                ),
                ImportKind::Table(_) => format!(
                    "out->kind = W2N_EXTERN_TABLE;\n        \
                     out->ptr = im->{field};\n        \
                     out->type = im->{field}->elem_type;\n        \
                     out->ref_type = im->{field}->ref_type;\n        \
                     out->min = im->{field}->size;\n        \
                     out->max = im->{field}->max;"
                ),
                ImportKind::Global(g) => format!(
                    "out->kind = W2N_EXTERN_GLOBAL;\n        \
                     out->ptr = im->{field};\n        \
                     out->type = W2N_VAL_{} | ({}u << 8);",
                    abi::val::c_name(module_env::val_code(g.content_type)),
                    g.mutable as u32
                ),
                ImportKind::Tag(_) => format!(
                    "out->kind = W2N_EXTERN_TAG;\n        \
                     out->ptr = im->{field};"
                ),
            };
            let _ = writeln!(h, "        {body}\n        return 1;");
        }
        let _ = writeln!(h, "    default:\n        return 0;\n    }}\n}}\n");
    }

    // ---- instantiation ------------------------------------------------------------
    let (imp_param, imp_arg, res_arg) = if info.imports.is_empty() {
        (String::new(), "NULL".to_string(), "NULL".to_string())
    } else {
        (
            format!("const {imports_t}* imports, "),
            "(void*)imports".to_string(),
            format!("{api}_resolve"),
        )
    };
    let _ = writeln!(
        h,
        "/* Instantiate the module in `store`{}: *out receives the instance (owned by the\n \
         * store). `host_data` is what w2n_instance_host_data() gives back (a w2n_wasi_ctx*\n \
         * for WASI imports). Returns W2N_OK; W2N_ERR_LINK (an import missing or of the wrong\n \
         * type), W2N_ERR_INSTANTIATE, W2N_ERR_CPU, or the trap code of the start function,\n \
         * with a message in `err`. */\n\
         static inline int {api}_instantiate(w2n_store* store, {imp_param}void* host_data,\n    \
         w2n_instance** out, char* err, size_t err_len) {{\n    \
         return w2n_instantiate(store, &{symbol}, {res_arg}, {imp_arg}, host_data, out, err, err_len);\n}}\n",
        if info.imports.is_empty() {
            ""
        } else {
            ", binding its imports to `imports`"
        }
    );

    // ---- exports --------------------------------------------------------------------
    if !info.exports.is_empty() {
        let _ = writeln!(
            h,
            "/* ---- Exports ------------------------------------------------------------------ */\n"
        );
    }
    for e in &info.exports {
        let fname = names.claim(format!("w2n_{name}_{}", escaped(&e.name)));
        let what = shown(&e.name);
        let idx = e.index;
        match e.kind {
            abi::extern_kind::FUNC => {
                let sig = info.func_sig(e.index);
                let mut params = vec!["w2n_instance* inst".to_string()];
                for (i, p) in sig.params.iter().enumerate() {
                    params.push(format!("{} p{i}", c_type(*p)));
                }
                for (i, r) in sig.results.iter().enumerate() {
                    params.push(format!("{}* r{i}", c_type(*r)));
                }
                let slots = sig.params.len().max(sig.results.len()).max(1);
                let _ = writeln!(
                    h,
                    "/* Export {what}: function {}. Returns 0 or a W2N_TRAP_* code. */\n\
                     static inline int {fname}({}) {{\n    \
                     w2n_val v[{slots}];\n    \
                     memset(v, 0, sizeof v);",
                    sig_text(sig),
                    params.join(", ")
                );
                for (i, p) in sig.params.iter().enumerate() {
                    let _ = writeln!(h, "    memcpy(&v[{i}], &p{i}, sizeof({}));", c_type(*p));
                }
                let _ = writeln!(
                    h,
                    "    int trap = w2n_call(w2n_instance_store(inst), inst->funcs[{idx}], v);"
                );
                if sig.results.is_empty() {
                    let _ = writeln!(h, "    return trap;\n}}\n");
                    continue;
                }
                let _ = writeln!(h, "    if (trap) return trap;");
                for (i, r) in sig.results.iter().enumerate() {
                    let _ = writeln!(
                        h,
                        "    if (r{i}) memcpy(r{i}, &v[{i}], sizeof({}));",
                        c_type(*r)
                    );
                }
                let _ = writeln!(h, "    return 0;\n}}\n");
            }
            abi::extern_kind::MEMORY => {
                let _ = writeln!(
                    h,
                    "/* Export {what}: memory {idx}. Its bytes are base[0..size) (base never moves;\n \
                     * size grows); w2n_mem_at(inst, {idx}, addr, len) checks a range. */\n\
                     static inline w2n_memory* {fname}(w2n_instance* inst) {{ return inst->memories[{idx}]; }}\n"
                );
            }
            abi::extern_kind::TABLE => {
                let _ = writeln!(
                    h,
                    "/* Export {what}: table {idx}. */\n\
                     static inline w2n_table* {fname}(w2n_instance* inst) {{ return inst->tables[{idx}]; }}\n"
                );
            }
            abi::extern_kind::GLOBAL => {
                let g = &info.globals[idx as usize];
                let cty = c_type(g.ty);
                let _ = writeln!(
                    h,
                    "/* Export {what}: global {}{}: its storage (the value is in the low bytes). */\n\
                     static inline {cty}* {fname}(w2n_instance* inst) {{ return ({cty}*)(void*)inst->globals[{idx}]; }}\n",
                    if g.mutable { "mut " } else { "" },
                    wat_type(g.ty)
                );
            }
            _ => {
                let _ = writeln!(
                    h,
                    "/* Export {what}: tag {idx}. */\n\
                     static inline w2n_tag* {fname}(w2n_instance* inst) {{ return inst->tags[{idx}]; }}\n"
                );
            }
        }
    }
    let _ = writeln!(
        h,
        "#ifdef __cplusplus\n}}\n#endif\n\n#endif /* WASM2NATIVE_MODULE_{upper}_H */"
    );
    h
}
