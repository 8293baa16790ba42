//! Parsing and validation: turns wasm bytes into a [`ModuleInfo`] the back end consumes.

use crate::abi;
use crate::error::{Error, Result};
use wasmparser::{
    CompositeInnerType, ConstExpr, DataKind, ElementItems, ElementKind, ExternalKind,
    FuncToValidate, FunctionBody, Name, Operator, Parser, Payload, RefType, TypeRef, ValType,
    Validator, ValidatorResources, WasmFeatures,
};

/// Which WebAssembly feature set modules are validated against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Features {
    /// Everything wasm2native implements: Wasm 2.0 (including fixed-width SIMD) plus
    /// the Wasm 3.0 features done so far: multiple memories, extended constant
    /// expressions, 64-bit memories and tables (memory64), tail calls, typed function
    /// references, exception handling, threads (shared memories, atomics), and GC
    /// (recursion groups, subtyping, the abstract heap types, struct and array types
    /// and the GC instructions).
    #[default]
    All,
    /// Exactly Wasm 2.0: a second memory is a validation error ("multiple memories"),
    /// as the Wasm 2.0 spec suite expects.
    Wasm2,
    /// [`Features::All`] without multiple memories: the proposal scripts written on
    /// Wasm 2.0 before multi-memory (memory64, function-references) assert that a
    /// second memory is invalid and that memory.grow's memory byte is exactly 0x00.
    AllButMultiMemory,
    /// Wasm 1.0 plus threads (shared memories, atomics): the base the threads proposal
    /// scripts were written against (a second table or memory is invalid there).
    Wasm1Threads,
}

impl Features {
    /// wasmparser's feature flags for this set.
    pub fn wasm_features(self) -> WasmFeatures {
        match self {
            Features::All => {
                WasmFeatures::WASM2
                    | WasmFeatures::MULTI_MEMORY
                    | WasmFeatures::EXTENDED_CONST
                    | WasmFeatures::MEMORY64
                    | WasmFeatures::TAIL_CALL
                    | WasmFeatures::FUNCTION_REFERENCES
                    | WasmFeatures::GC
                    | WasmFeatures::EXCEPTIONS
                    | WasmFeatures::THREADS
            }
            Features::Wasm2 => WasmFeatures::WASM2,
            Features::AllButMultiMemory => {
                Features::All.wasm_features() - WasmFeatures::MULTI_MEMORY
            }
            Features::Wasm1Threads => WasmFeatures::WASM1 | WasmFeatures::THREADS,
        }
    }
}

/// wasmparser's feature flags for `features`, plus relaxed SIMD (Wasm 3.0) when
/// `relaxed_simd` (off by default: `--relaxed-simd`).
pub(crate) fn wasm_features(features: Features, relaxed_simd: bool) -> WasmFeatures {
    let mut f = features.wasm_features();
    if relaxed_simd {
        f |= WasmFeatures::RELAXED_SIMD;
    }
    f
}

/// A function signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub(crate) struct FuncSig {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

impl FuncSig {
    /// `W2N_VAL_*` codes of params and results.
    pub(crate) fn codes(&self) -> (Vec<u64>, Vec<u64>) {
        (
            self.params.iter().map(|t| val_code(*t)).collect(),
            self.results.iter().map(|t| val_code(*t)).collect(),
        )
    }
}

/// How a struct field or array element is stored (GC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Storage {
    I8,
    I16,
    Val(ValType),
}

impl Storage {
    /// Bytes the field takes in an object.
    pub(crate) fn size(self) -> u32 {
        match self {
            Storage::I8 => 1,
            Storage::I16 => 2,
            Storage::Val(ValType::I32 | ValType::F32) => 4,
            Storage::Val(ValType::V128) => 16,
            Storage::Val(_) => 8,
        }
    }
    pub(crate) fn is_ref(self) -> bool {
        matches!(self, Storage::Val(ValType::Ref(_)))
    }
}

/// A struct field or an array's element type (GC).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct GcField {
    pub storage: Storage,
    pub mutable: bool,
}

/// A struct or array type (GC), with its object layout.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum GcType {
    /// Fields, with each field's byte offset in the object (header included), and the
    /// object's size.
    Struct {
        fields: Vec<GcField>,
        offsets: Vec<u32>,
        size: u32,
    },
    Array(GcField),
}

fn gc_field(f: &wasmparser::FieldType) -> GcField {
    GcField {
        storage: match f.element_type {
            wasmparser::StorageType::I8 => Storage::I8,
            wasmparser::StorageType::I16 => Storage::I16,
            wasmparser::StorageType::Val(v) => Storage::Val(v),
        },
        mutable: f.mutable,
    }
}

/// Lays out a struct: fields in order, each at its natural alignment, after the header.
fn struct_layout(fields: Vec<GcField>) -> GcType {
    let mut off = abi::GC_HEADER as u32;
    let mut offsets = Vec::with_capacity(fields.len());
    for f in &fields {
        let sz = f.storage.size();
        off = off.div_ceil(sz) * sz;
        offsets.push(off);
        off += sz;
    }
    GcType::Struct {
        fields,
        offsets,
        size: off.div_ceil(8) * 8,
    }
}

/// `W2N_VAL_*` code of a value type.
pub(crate) fn val_code(t: ValType) -> u64 {
    match t {
        ValType::I32 => abi::val::I32,
        ValType::I64 => abi::val::I64,
        ValType::F32 => abi::val::F32,
        ValType::F64 => abi::val::F64,
        ValType::V128 => abi::val::V128,
        ValType::Ref(r) => ref_code(r),
    }
}

/// Whether a reference type refers to functions: `funcref`, `nullfuncref` or a typed
/// `(ref null? $t)` (every defined type is a function type without GC).
pub(crate) fn is_func_like(t: RefType) -> bool {
    use wasmparser::{AbstractHeapType, HeapType};
    match t.heap_type() {
        HeapType::Concrete(_) | HeapType::Exact(_) => true,
        HeapType::Abstract { ty, .. } => {
            matches!(ty, AbstractHeapType::Func | AbstractHeapType::NoFunc)
        }
    }
}

/// Whether a value type is one a `W2N_VAL_*` code describes exactly: not a reference,
/// or `funcref`/`externref` (nullable, abstract). Typed references (`(ref $t)`,
/// non-nullable or bottom types) are not: signature ids that mention them, and the
/// link check of globals and tables of such types, use canonical strings
/// (`crate::types`).
pub(crate) fn is_plain(t: ValType) -> bool {
    use wasmparser::{AbstractHeapType, HeapType};
    match t {
        ValType::Ref(r) => {
            r.is_nullable()
                && matches!(
                    r.heap_type(),
                    HeapType::Abstract {
                        shared: false,
                        ty: AbstractHeapType::Func | AbstractHeapType::Extern
                    }
                )
        }
        _ => true,
    }
}

/// `W2N_VAL_*` code of a reference type.
pub(crate) fn ref_code(t: RefType) -> u64 {
    if is_func_like(t) {
        abi::val::FUNCREF
    } else {
        abi::val::EXTERNREF
    }
}

/// A constant expression, as the runtime evaluates it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Const {
    pub kind: u64,
    pub value: u64,
    pub value_hi: u64,
}

#[derive(Clone, Debug)]
pub(crate) enum ImportKind {
    Func(u32),
    Table(wasmparser::TableType),
    // The type is also in `ModuleInfo::memories`, which is what the compiler reads.
    Memory(#[allow(dead_code)] wasmparser::MemoryType),
    Global(wasmparser::GlobalType),
    /// A tag (exception handling) of this function type index.
    Tag(u32),
}

#[derive(Clone, Debug)]
pub(crate) struct Import {
    pub module: String,
    pub name: String,
    pub kind: ImportKind,
    /// Index in the import's index space.
    pub index: u32,
}

#[derive(Clone, Debug)]
pub(crate) struct Export {
    pub name: String,
    pub kind: u64,
    pub index: u32,
}

#[derive(Clone, Debug)]
pub(crate) struct Global {
    pub ty: ValType,
    pub mutable: bool,
    pub init: Const,
}

#[derive(Clone, Debug)]
pub(crate) struct Table {
    /// The element type, and its `W2N_VAL_*` code.
    pub ty: RefType,
    pub elem: u64,
    pub min: u64,
    pub max: Option<u64>,
    /// A 64-bit table (table64): indices, sizes and lengths are i64.
    pub index64: bool,
    /// Initial value of every element (typed function references: a table's
    /// initializer expression), `ref.null` by default.
    pub init: Const,
}

#[derive(Clone, Debug)]
pub(crate) struct Memory {
    pub imported: bool,
    pub min: u64,
    pub max: Option<u64>,
    /// A 64-bit memory (memory64): addresses, sizes and lengths are i64.
    pub index64: bool,
    /// A shared memory (threads): never moves, grows atomically, may be waited on.
    pub shared: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct DataSeg<'a> {
    /// Memory index (active segments).
    pub memory: u32,
    pub offset: Option<Const>,
    pub bytes: &'a [u8],
}

#[derive(Clone, Debug)]
pub(crate) struct ElemSeg {
    pub mode: u64,
    pub table: u32,
    pub offset: Const,
    pub elem: u64,
    pub items: Vec<Const>,
}

/// A function body still to be validated and translated.
pub(crate) struct Body<'a> {
    pub validator: FuncToValidate<ValidatorResources>,
    pub body: FunctionBody<'a>,
}

/// Everything about a module the back end needs.
#[derive(Default)]
pub(crate) struct ModuleInfo<'a> {
    pub name: Option<String>,
    pub types: Vec<FuncSig>,
    /// GC: the struct or array type at each type index (None for function types).
    pub gc_types: Vec<Option<GcType>>,
    /// Recursion group, finality and supertype of every type (`crate::types`).
    pub type_meta: Vec<crate::types::TypeMeta>,
    /// Type index of every function, imported first.
    pub funcs: Vec<u32>,
    pub num_imported_funcs: u32,
    pub imports: Vec<Import>,
    pub tables: Vec<Table>,
    pub num_imported_tables: u32,
    /// Every memory, imported first.
    pub memories: Vec<Memory>,
    pub globals: Vec<Global>,
    pub num_imported_globals: u32,
    /// Function type index of every tag (exception handling), imported first.
    pub tags: Vec<u32>,
    pub num_imported_tags: u32,
    pub exports: Vec<Export>,
    pub start: Option<u32>,
    pub data: Vec<DataSeg<'a>>,
    pub elems: Vec<ElemSeg>,
    pub func_names: std::collections::HashMap<u32, String>,
    pub bodies: Vec<Body<'a>>,
    /// Functions whose address is taken (elements, ref.func, exports): they need funcrefs.
    pub escaping: Vec<bool>,
    /// The programs of `W2N_CONST_EXPR` constants (extended constant expressions that
    /// read a global), indexed by the constant's `value`.
    pub programs: Vec<Vec<Const>>,
}

impl ModuleInfo<'_> {
    pub(crate) fn func_sig(&self, func: u32) -> &FuncSig {
        &self.types[self.funcs[func as usize] as usize]
    }
    pub(crate) fn is_imported_func(&self, func: u32) -> bool {
        func < self.num_imported_funcs
    }
}

/// Converts `.wat` text to binary when the input is text; leaves binaries untouched.
/// Which one it is is decided by the content: the wasm magic, or text (UTF-8 without
/// control characters) in the first bytes; anything else is [`Error::NotWasm`].
pub(crate) fn wat_to_wasm(input: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>> {
    const MAGIC: &[u8] = b"\0asm";
    if input.starts_with(MAGIC) || (!input.is_empty() && MAGIC.starts_with(input)) {
        // A module, or a truncated one (the binary parser says where it ends).
        return Ok(input.into());
    }
    let head = &input[..input.len().min(64)];
    let text = match std::str::from_utf8(head) {
        Ok(s) => s,
        // A character cut at the end of the window.
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or("")
        }
        Err(_) => "",
    };
    let looks_textual = text.chars().all(|c| !c.is_control() || c.is_whitespace());
    // Some other formats start with text (`ar` archives, scripts).
    if text.is_empty() || !looks_textual || crate::error::known_format(input).is_some() {
        return Err(Error::NotWasm {
            head: input[..input.len().min(8)].to_vec(),
        });
    }
    wat::parse_bytes(input).map_err(|e| Error::InvalidWat(Box::new(e)))
}

/// Custom page sizes are another proposal (the validator rejects them with our feature
/// set already; this keeps the back end's assumptions explicit). 64-bit memories
/// (memory64) and shared memories (threads) are supported.
fn check_memory_type(t: &wasmparser::MemoryType) -> Result<()> {
    if t.page_size_log2.is_some() {
        return Err(Error::Unsupported("custom-page-size memories".into()));
    }
    Ok(())
}

/// Shared tables (threads) are another proposal; 64-bit tables (table64) are supported.
fn check_table_type(t: &wasmparser::TableType) -> Result<()> {
    if t.shared {
        return Err(Error::Unsupported("shared tables".into()));
    }
    Ok(())
}

/// The operand stack depth a constant-expression program may use (the runtime
/// evaluates it with a stack of this many slots; see `abi::CONST_STACK`).
const CONST_STACK: usize = abi::CONST_STACK as usize;

/// A constant expression: one [`Const`], or (extended constant expressions) a postfix
/// program of `Const`s and `W2N_CONST_I32_ADD`-style operators. Programs without a
/// `global.get` are folded here, so only those that read a global reach the runtime,
/// which evaluates them as `W2N_CONST_EXPR` with its `program` (see `ModuleInfo::programs`).
fn const_expr(
    expr: &ConstExpr<'_>,
    gc_types: &[Option<GcType>],
    programs: &mut Vec<Vec<Const>>,
) -> Result<Const> {
    let mut reader = expr.get_operators_reader();
    let mut prog: Vec<Const> = Vec::new();
    let leaf = |kind, value| Const {
        kind,
        value,
        value_hi: 0,
    };
    while !reader.eof() {
        let (op, offset) = reader.read_with_offset()?;
        let c = match op {
            Operator::I32Const { value } => leaf(abi::const_kind::VALUE, value as u32 as u64),
            Operator::I64Const { value } => leaf(abi::const_kind::VALUE, value as u64),
            Operator::F32Const { value } => leaf(abi::const_kind::VALUE, value.bits() as u64),
            Operator::F64Const { value } => leaf(abi::const_kind::VALUE, value.bits()),
            Operator::V128Const { value } => {
                let v = value.i128() as u128;
                Const {
                    kind: abi::const_kind::VALUE,
                    value: v as u64,
                    value_hi: (v >> 64) as u64,
                }
            }
            Operator::RefNull { .. } => leaf(abi::const_kind::REF_NULL, 0),
            Operator::RefFunc { function_index } => {
                leaf(abi::const_kind::REF_FUNC, function_index as u64)
            }
            Operator::GlobalGet { global_index } => {
                leaf(abi::const_kind::GLOBAL_GET, global_index as u64)
            }
            Operator::I32Add => leaf(abi::const_kind::I32_ADD, 0),
            Operator::I32Sub => leaf(abi::const_kind::I32_SUB, 0),
            Operator::I32Mul => leaf(abi::const_kind::I32_MUL, 0),
            Operator::I64Add => leaf(abi::const_kind::I64_ADD, 0),
            Operator::I64Sub => leaf(abi::const_kind::I64_SUB, 0),
            Operator::I64Mul => leaf(abi::const_kind::I64_MUL, 0),
            Operator::StructNew { struct_type_index } => {
                leaf(abi::const_kind::STRUCT_NEW, struct_type_index as u64)
            }
            Operator::StructNewDefault { struct_type_index } => leaf(
                abi::const_kind::STRUCT_NEW_DEFAULT,
                struct_type_index as u64,
            ),
            Operator::ArrayNew { array_type_index } => {
                leaf(abi::const_kind::ARRAY_NEW, array_type_index as u64)
            }
            Operator::ArrayNewDefault { array_type_index } => {
                leaf(abi::const_kind::ARRAY_NEW_DEFAULT, array_type_index as u64)
            }
            Operator::ArrayNewFixed {
                array_type_index,
                array_size,
            } => Const {
                kind: abi::const_kind::ARRAY_NEW_FIXED,
                value: array_type_index as u64,
                value_hi: array_size as u64,
            },
            Operator::RefI31 => leaf(abi::const_kind::REF_I31, 0),
            Operator::AnyConvertExtern => leaf(abi::const_kind::ANY_CONVERT_EXTERN, 0),
            Operator::ExternConvertAny => leaf(abi::const_kind::EXTERN_CONVERT_ANY, 0),
            Operator::End => continue,
            other => {
                return Err(Error::InvalidWasm {
                    message: format!("unsupported constant expression operator {other:?}"),
                    offset: offset as usize,
                })
            }
        };
        prog.push(c);
    }
    // GC operators (n-ary, allocating) only run inside a program.
    let gc_arity = |c: &Const| -> Option<usize> {
        use abi::const_kind as k;
        Some(match c.kind {
            k::STRUCT_NEW => match gc_types.get(c.value as usize) {
                Some(Some(GcType::Struct { fields, .. })) => fields.len(),
                _ => 0,
            },
            k::STRUCT_NEW_DEFAULT => 0,
            k::ARRAY_NEW => 2,
            k::ARRAY_NEW_DEFAULT => 1,
            k::ARRAY_NEW_FIXED => c.value_hi as usize,
            k::REF_I31 | k::ANY_CONVERT_EXTERN | k::EXTERN_CONVERT_ANY => 1,
            _ => return None,
        })
    };
    let has_gc = prog.iter().any(|c| gc_arity(c).is_some());
    if prog.len() == 1 && !has_gc {
        return Ok(prog[0]);
    }
    // Check the program's shape (the validator has type-checked it) and fold it when
    // it reads no global.
    let mut stack: Vec<Option<u64>> = Vec::new();
    let mut depth = 0;
    for c in &prog {
        if let Some(n) = gc_arity(c) {
            if stack.len() < n {
                return Err(Error::InvalidWasm {
                    message: "malformed constant expression".into(),
                    offset: 0,
                });
            }
            stack.truncate(stack.len() - n);
            stack.push(None);
        } else if abi::const_kind::is_binary(c.kind) {
            let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else {
                return Err(Error::InvalidWasm {
                    message: "malformed constant expression".into(),
                    offset: 0,
                });
            };
            stack.push(a.zip(b).map(|(a, b)| abi::const_kind::apply(c.kind, a, b)));
        } else {
            stack.push((c.kind == abi::const_kind::VALUE).then_some(c.value));
        }
        depth = depth.max(stack.len());
    }
    match stack[..] {
        [Some(v)] => Ok(leaf(abi::const_kind::VALUE, v)),
        [None] if depth <= CONST_STACK => {
            programs.push(prog);
            Ok(leaf(abi::const_kind::EXPR, programs.len() as u64 - 1))
        }
        [None] => Err(Error::ImplLimit(format!(
            "a constant expression needs more than {CONST_STACK} operand stack slots"
        ))),
        _ => Err(Error::InvalidWasm {
            message: "malformed constant expression".into(),
            offset: 0,
        }),
    }
}

/// Parses and validates a binary module with the default feature set (bodies are
/// validated during translation).
pub(crate) fn parse(wasm: &[u8]) -> Result<ModuleInfo<'_>> {
    parse_with(wasm, Features::All)
}

/// [`parse`] against the feature set `features`.
pub(crate) fn parse_with(wasm: &[u8], features: Features) -> Result<ModuleInfo<'_>> {
    parse_with_features(wasm, features.wasm_features())
}

/// [`parse`] against wasmparser's feature flags `features` (see [`wasm_features`]).
pub(crate) fn parse_with_features(wasm: &[u8], features: WasmFeatures) -> Result<ModuleInfo<'_>> {
    let mut validator = Validator::new_with_features(features);
    let mut m = ModuleInfo::default();
    // The parser must know the feature set too: it decides encodings such as the
    // reserved zero byte of memory.size/grow (a memory index with multiple memories).
    let mut parser = Parser::new(0);
    parser.set_features(features);
    for payload in parser.parse_all(wasm) {
        let payload = payload?;
        if let wasmparser::ValidPayload::Func(validator, body) = validator.payload(&payload)? {
            m.bodies.push(Body { validator, body });
        }
        match payload {
            Payload::TypeSection(r) => {
                for rec in r {
                    let rec = rec?;
                    let group_start = m.types.len() as u32;
                    let group_len = rec.types().len() as u32;
                    for sub in rec.into_types() {
                        let supertype = match sub.supertype_idxs.first() {
                            Some(i) => Some(i.as_module_index().ok_or_else(|| {
                                Error::Unsupported("a canonicalized supertype index".into())
                            })?),
                            None => None,
                        };
                        m.type_meta.push(crate::types::TypeMeta {
                            group_start,
                            group_len,
                            is_final: sub.is_final,
                            supertype,
                        });
                        if sub.composite_type.shared {
                            return Err(Error::Unsupported("shared composite types".into()));
                        }
                        let gc = match &sub.composite_type.inner {
                            CompositeInnerType::Func(f) => {
                                m.types.push(FuncSig {
                                    params: f.params().to_vec(),
                                    results: f.results().to_vec(),
                                });
                                None
                            }
                            CompositeInnerType::Struct(st) => {
                                m.types.push(FuncSig::default());
                                Some(struct_layout(st.fields.iter().map(gc_field).collect()))
                            }
                            CompositeInnerType::Array(a) => {
                                m.types.push(FuncSig::default());
                                Some(GcType::Array(gc_field(&a.0)))
                            }
                            CompositeInnerType::Cont(_) => {
                                return Err(Error::Unsupported("continuation types".into()))
                            }
                        };
                        m.gc_types.push(gc);
                    }
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp?;
                    let (kind, index) = match imp.ty {
                        TypeRef::Func(t) => {
                            m.funcs.push(t);
                            m.num_imported_funcs += 1;
                            (ImportKind::Func(t), m.funcs.len() - 1)
                        }
                        TypeRef::Table(t) => {
                            check_table_type(&t)?;
                            m.tables.push(Table {
                                ty: t.element_type,
                                elem: ref_code(t.element_type),
                                min: t.initial,
                                max: t.maximum,
                                index64: t.table64,
                                init: Const::default(),
                            });
                            m.num_imported_tables += 1;
                            (ImportKind::Table(t), m.tables.len() - 1)
                        }
                        TypeRef::Memory(t) => {
                            check_memory_type(&t)?;
                            m.memories.push(Memory {
                                imported: true,
                                min: t.initial,
                                max: t.maximum,
                                index64: t.memory64,
                                shared: t.shared,
                            });
                            (ImportKind::Memory(t), m.memories.len() - 1)
                        }
                        TypeRef::Global(t) => {
                            m.globals.push(Global {
                                ty: t.content_type,
                                mutable: t.mutable,
                                init: Const::default(),
                            });
                            m.num_imported_globals += 1;
                            (ImportKind::Global(t), m.globals.len() - 1)
                        }
                        TypeRef::Tag(t) => {
                            m.tags.push(t.func_type_idx);
                            m.num_imported_tags += 1;
                            (ImportKind::Tag(t.func_type_idx), m.tags.len() - 1)
                        }
                        other => return Err(Error::Unsupported(format!("import kind {other:?}"))),
                    };
                    m.imports.push(Import {
                        module: imp.module.to_string(),
                        name: imp.name.to_string(),
                        kind,
                        index: index as u32,
                    });
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    m.funcs.push(t?);
                }
            }
            Payload::TableSection(r) => {
                for t in r {
                    let t = t?;
                    check_table_type(&t.ty)?;
                    let init = match &t.init {
                        wasmparser::TableInit::RefNull => Const {
                            kind: abi::const_kind::REF_NULL,
                            value: 0,
                            value_hi: 0,
                        },
                        wasmparser::TableInit::Expr(e) => {
                            const_expr(e, &m.gc_types, &mut m.programs)?
                        }
                    };
                    m.tables.push(Table {
                        ty: t.ty.element_type,
                        elem: ref_code(t.ty.element_type),
                        min: t.ty.initial,
                        max: t.ty.maximum,
                        index64: t.ty.table64,
                        init,
                    });
                }
            }
            Payload::MemorySection(r) => {
                for t in r {
                    let t = t?;
                    check_memory_type(&t)?;
                    m.memories.push(Memory {
                        imported: false,
                        min: t.initial,
                        max: t.maximum,
                        index64: t.memory64,
                        shared: t.shared,
                    });
                }
            }
            Payload::TagSection(r) => {
                for t in r {
                    m.tags.push(t?.func_type_idx);
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    let g = g?;
                    m.globals.push(Global {
                        ty: g.ty.content_type,
                        mutable: g.ty.mutable,
                        init: const_expr(&g.init_expr, &m.gc_types, &mut m.programs)?,
                    });
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e?;
                    let kind = match e.kind {
                        ExternalKind::Func => abi::extern_kind::FUNC,
                        ExternalKind::Table => abi::extern_kind::TABLE,
                        ExternalKind::Memory => abi::extern_kind::MEMORY,
                        ExternalKind::Global => abi::extern_kind::GLOBAL,
                        ExternalKind::Tag => abi::extern_kind::TAG,
                        other => return Err(Error::Unsupported(format!("export kind {other:?}"))),
                    };
                    m.exports.push(Export {
                        name: e.name.to_string(),
                        kind,
                        index: e.index,
                    });
                }
            }
            Payload::StartSection { func, .. } => m.start = Some(func),
            Payload::ElementSection(r) => {
                for e in r {
                    let e = e?;
                    let (mode, table, offset) = match e.kind {
                        ElementKind::Active {
                            table_index,
                            offset_expr,
                        } => (
                            abi::elem_mode::ACTIVE,
                            table_index.unwrap_or(0),
                            const_expr(&offset_expr, &m.gc_types, &mut m.programs)?,
                        ),
                        ElementKind::Passive => (abi::elem_mode::PASSIVE, 0, Const::default()),
                        ElementKind::Declared => (abi::elem_mode::DECLARATIVE, 0, Const::default()),
                    };
                    let (elem, items) = match e.items {
                        ElementItems::Functions(r) => {
                            let mut items = Vec::new();
                            for f in r {
                                items.push(Const {
                                    kind: abi::const_kind::REF_FUNC,
                                    value: f? as u64,
                                    value_hi: 0,
                                });
                            }
                            (abi::val::FUNCREF, items)
                        }
                        ElementItems::Expressions(ty, r) => {
                            let mut items = Vec::new();
                            for x in r {
                                items.push(const_expr(&x?, &m.gc_types, &mut m.programs)?);
                            }
                            (ref_code(ty), items)
                        }
                    };
                    m.elems.push(ElemSeg {
                        mode,
                        table,
                        offset,
                        elem,
                        items,
                    });
                }
            }
            Payload::DataSection(r) => {
                for d in r {
                    let d = d?;
                    let (memory, offset) = match d.kind {
                        DataKind::Active {
                            memory_index,
                            offset_expr,
                        } => (
                            memory_index,
                            Some(const_expr(&offset_expr, &m.gc_types, &mut m.programs)?),
                        ),
                        DataKind::Passive => (0, None),
                    };
                    m.data.push(DataSeg {
                        memory,
                        offset,
                        bytes: d.data,
                    });
                }
            }
            Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(names) = c.as_known() {
                    // The name section is advisory: a malformed one is ignored, as engines do.
                    for n in names.into_iter().flatten() {
                        match n {
                            Name::Module { name, .. } => m.name = Some(name.to_string()),
                            Name::Function(map) => {
                                for naming in map.into_iter().flatten() {
                                    m.func_names.insert(naming.index, naming.name.to_string());
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // Functions whose address escapes need a funcref and a trampoline.
    let mut escaping = vec![false; m.funcs.len()];
    for e in &m.exports {
        if e.kind == abi::extern_kind::FUNC {
            escaping[e.index as usize] = true;
        }
    }
    for c in m
        .elems
        .iter()
        .flat_map(|e| e.items.iter())
        .chain(m.globals.iter().map(|g| &g.init))
        .chain(m.tables.iter().map(|t| &t.init))
        .chain(m.programs.iter().flatten())
    {
        if c.kind == abi::const_kind::REF_FUNC {
            escaping[c.value as usize] = true;
        }
    }
    if let Some(s) = m.start {
        escaping[s as usize] = true;
    }
    m.escaping = escaping;
    Ok(m)
}
