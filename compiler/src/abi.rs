//! THE contract between compiled code and `runtime-support`.
//!
//! Everything the compiler and the C runtime must agree on lives here and only here:
//! the layout of the instance (vmctx), of the store, memory, table, global and funcref
//! records, of the module descriptor the compiler emits, the trap codes and their
//! messages, the runtime functions compiled code calls, and the symbol-name rules.
//!
//! `runtime-support/include/w2n_abi.h` is generated from this file
//! (`wasm2native abi-header`, or [`c_header`]); a test checks the checked-in copy is
//! current, and the header itself `_Static_assert`s every offset, so the C compiler
//! verifies the layout on every build of the runtime.
//!
//! Every field of every record is 8 bytes wide (or a whole number of 8-byte words),
//! so offsets are simply `8 * word index` and there is no padding to get wrong.

use std::fmt::Write as _;

/// Packing of a `trap_sites` entry: function index, trap code, offset.
pub const TRAP_SITE_FUNC_SHIFT: u32 = 40;
pub const TRAP_SITE_CODE_SHIFT: u32 = 32;
/// Mask of the trap code (after shifting by [`TRAP_SITE_CODE_SHIFT`]).
pub const TRAP_SITE_CODE_MASK: u64 = 0xff;
/// Mask of the byte offset in the function.
pub const TRAP_SITE_OFFSET_MASK: u64 = 0xffff_ffff;

/// The `trap_sites` entry of a trap instruction at byte `offset` of defined function
/// `func` raising trap `code` (`W2N_TRAP_SITE` in the C header).
pub const fn trap_site(func: u64, code: u64, offset: u64) -> u64 {
    (func << TRAP_SITE_FUNC_SHIFT)
        | ((code & TRAP_SITE_CODE_MASK) << TRAP_SITE_CODE_SHIFT)
        | (offset & TRAP_SITE_OFFSET_MASK)
}

/// Magic number stored in the first word of every instance and module descriptor.
pub const INSTANCE_MAGIC: u64 = 0x7761_736d_326e_6174; // "wasm2nat"
/// Bumped on every incompatible change of this file.
pub const ABI_VERSION: u64 = 15;
/// Size of one value slot in argument/result arrays (`w2n_val`): 16 bytes, so a v128 fits.
pub const VAL_SLOT: i32 = 16;
/// Wasm page size.
pub const PAGE_SIZE: u64 = 65536;
/// Implementation limit on the number of pages of a 32-bit memory.
pub const MAX_PAGES: u64 = 65536;
/// Distance from the instance (vmctx) to memory 0's base in a module whose descriptor
/// sets `mem0_offset` (see there): compiled code then reaches memory 0's record (its
/// size) at a constant distance from the base, so one value serves accesses and bounds
/// checks. A multiple of every host page size the runtime supports (64 KiB at most),
/// larger than the instance with its globals and (most often) its arrays.
pub const MEM0_OFFSET: u64 = 65536;
/// In a module with `mem0_offset`, the cells of the defined globals follow the instance
/// (the runtime's private state included) at this offset instead of preceding it, so
/// that the instance, its globals and (most often) its arrays share one page.
pub const MEM0_GLOBALS: u64 = 1024;
/// Bytes kept inaccessible (`PROT_NONE`) right after every linear memory's current size,
/// moved up by every grow, with every reservation that much longer than its maximum:
/// an access below `size + GUARD_BAND` is in bounds or faults, and the runtime turns the
/// fault of a compiled access into the out-of-bounds trap. The bounds-check optimizer
/// relies on it to drop a check that a dominating check of the same base nearly proves
/// (`translate/bounds/checks.rs`, `remove_banded`). One wasm page: a multiple of every
/// host page size the runtime supports (64 KiB at most), larger than the field offsets
/// of C structs (ABI version 14 on).
pub const GUARD_BAND: u64 = 65536;
/// Entries of a memory record's `limits` table: `limits[END - 1] = size - END` for END =
/// 1..=MEM_LIMITS, so that a bounds check `idx > size - END` with such an END compares
/// the index with one word of the record (`compiler/src/translate/bounds/operands.rs`).
/// 64 entries cover 88% of the checks left in the 22 workloads' code (lua 93%, sqlite
/// 85%; 128 would cover 93%, but the instance would no longer fit below `MEM0_GLOBALS`);
/// they cost 512 bytes per memory and 64 stores per size change (bench/profile.md, "A
/// table of limits").
pub const MEM_LIMITS: i32 = 64;
/// Offset in a memory record of `limits[end - 1]` (`size - end`), for `1 <= end <=`
/// [`MEM_LIMITS`]; `None` for any other END.
pub const fn memory_limit_offset(end: u64) -> Option<i32> {
    if end >= 1 && end <= MEM_LIMITS as u64 {
        Some(MEMORY.offset_of("limits") + 8 * (end as i32 - 1))
    } else {
        None
    }
}
/// Words of a `w2n_memory` record (the instance embeds memory 0's).
const MEMORY_WORDS: i32 = 6 + MEM_LIMITS;
/// Operand stack slots the runtime gives a `W2N_CONST_EXPR` program (the compiler
/// rejects deeper programs).
pub const CONST_STACK: u64 = 64;
/// Implementation limit on the number of elements of a table.
pub const MAX_TABLE_ELEMS: u64 = 10_000_000;

/// Architectures, as stored in the descriptor's `cpu_arch`.
pub mod arch {
    pub const X86_64: u64 = 1;
    pub const AARCH64: u64 = 2;
    pub const RISCV64: u64 = 3;
}

/// An optional CPU feature generated code may use, and the bit that records it in
/// the descriptor's `cpu_features`, so the runtime can check the CPU before running
/// any compiled code (instead of dying of SIGILL).
#[derive(Clone, Copy, Debug)]
pub struct CpuFeature {
    /// `arch::*`.
    pub arch: u64,
    /// Bit index in `cpu_features`.
    pub bit: u32,
    /// Cranelift's ISA flag.
    pub flag: &'static str,
    /// Name shown to users (as in /proc/cpuinfo).
    pub name: &'static str,
}

macro_rules! cpu_features {
    ($($arch:ident $bit:literal $flag:literal $name:literal,)*) => {
        &[$(CpuFeature { arch: arch::$arch, bit: $bit, flag: $flag, name: $name },)*]
    };
}

/// Every CPU feature the runtime knows how to detect. A Cranelift flag that is not
/// listed here must never be enabled for generated code (see `target::isa`).
pub const CPU_FEATURES: &[CpuFeature] = cpu_features! {
    X86_64 0 "has_sse3" "sse3",
    X86_64 1 "has_ssse3" "ssse3",
    X86_64 2 "has_sse41" "sse4.1",
    X86_64 3 "has_sse42" "sse4.2",
    X86_64 4 "has_popcnt" "popcnt",
    X86_64 5 "has_cmpxchg16b" "cx16",
    X86_64 6 "has_avx" "avx",
    X86_64 7 "has_avx2" "avx2",
    X86_64 8 "has_fma" "fma",
    X86_64 9 "has_bmi1" "bmi1",
    X86_64 10 "has_bmi2" "bmi2",
    X86_64 11 "has_lzcnt" "lzcnt",
    X86_64 12 "has_avx512f" "avx512f",
    X86_64 13 "has_avx512vl" "avx512vl",
    X86_64 14 "has_avx512dq" "avx512dq",
    X86_64 15 "has_avx512bitalg" "avx512bitalg",
    X86_64 16 "has_avx512vbmi" "avx512vbmi",
    X86_64 17 "has_avx512vnni" "avx512vnni",
    X86_64 18 "has_avx_vnni" "avx_vnni",
    AARCH64 0 "has_lse" "atomics",
    AARCH64 1 "has_fp16" "fphp",
    AARCH64 2 "has_dotprod" "asimddp",
    AARCH64 3 "has_i8mm" "i8mm",
    RISCV64 0 "has_v" "v",
    RISCV64 1 "has_zba" "zba",
    RISCV64 2 "has_zbb" "zbb",
    RISCV64 3 "has_zbc" "zbc",
    RISCV64 4 "has_zbs" "zbs",
    RISCV64 5 "has_zicond" "zicond",
    RISCV64 6 "has_zfa" "zfa",
    RISCV64 7 "has_zvfh" "zvfh",
};

/// One field of a record: its name, C type and width in 8-byte words.
pub struct Field {
    pub name: &'static str,
    pub cty: &'static str,
    pub words: i32,
    pub doc: &'static str,
}

/// A record whose layout is shared by compiler and runtime.
pub struct StructDef {
    pub cname: &'static str,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

impl StructDef {
    /// Byte offset of a field, by name. Panics on an unknown name (a compiler bug).
    pub const fn offset_of(&self, name: &str) -> i32 {
        let mut i = 0;
        let mut off = 0;
        while i < self.fields.len() {
            if const_str_eq(self.fields[i].name, name) {
                return off;
            }
            off += self.fields[i].words * 8;
            i += 1;
        }
        panic!("unknown ABI field");
    }

    /// Total size in bytes.
    pub const fn size(&self) -> i32 {
        let mut i = 0;
        let mut off = 0;
        while i < self.fields.len() {
            off += self.fields[i].words * 8;
            i += 1;
        }
        off
    }
}

const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

macro_rules! fields {
    ($( $name:literal : $cty:literal $(* $words:expr)? => $doc:literal ),* $(,)?) => {
        &[ $( Field { name: $name, cty: $cty, words: fields!(@w $($words)?), doc: $doc } ),* ]
    };
    (@w) => { 1 };
    (@w $w:expr) => { $w };
}

/// Per-thread-of-execution state shared by every instance of a store.
pub const STORE: StructDef = StructDef {
    cname: "w2n_store_abi",
    doc: "The part of a store that compiled code reads. The runtime's `w2n_store` starts with it.",
    fields: fields! {
        "stack_limit": "uintptr_t" => "Lowest stack address guest code may use on the thread running the store (set by every outermost w2n_call); compiled code reads each instance's copy (w2n_instance.stack_limit), the signal handler this one.",
        "gc_budget": "int64_t" => "GC: bytes compiled code may still allocate inline before the runtime must run (a collection); 0 until the store has a GC heap.",
        "gc_free": "void**" => "GC: the heap's free lists by size class (index: object bytes / W2N_GC_GRANULE, up to W2N_GC_INLINE_MAX bytes). A free slot is zero but for the next slot's address at offset 8. Valid when gc_budget is positive.",
    },
};

/// A linear memory. Its base never moves: the runtime reserves the maximum size up front.
pub const MEMORY: StructDef = StructDef {
    cname: "w2n_memory",
    doc: "A linear memory. `base` never changes after creation (the whole maximum is reserved).",
    fields: fields! {
        "base": "uint8_t*" => "Start of the memory.",
        "size": "uint64_t" => "Current size in bytes (a multiple of the page size).",
        "max_pages": "uint64_t" => "Maximum number of pages (declared maximum or the implementation limit).",
        "reserved": "uint64_t" => "Bytes of address space reserved at `base`.",
        "index64": "uint64_t" => "1 for a 64-bit memory (memory64: i64 addresses), else 0.",
        "shared": "uint64_t" => "1 for a shared memory (threads): `size` is then written atomically under a lock and read with atomic loads by the runtime.",
        "limits": "int64_t" * MEM_LIMITS => "limits[END - 1] == size - END (negative when the memory is smaller than END): compiled code's bounds checks compare an index with it. Written with `size`, before it (w2n_memory_set_size); only the runtime writes either.",
    },
};

/// A table of references.
pub const TABLE: StructDef = StructDef {
    cname: "w2n_table",
    doc: "A table. Elements are `w2n_funcref*` (funcref) or opaque `void*` (externref); NULL is null.",
    fields: fields! {
        "elems": "void**" => "Element array; reallocated by table.grow.",
        "size": "uint64_t" => "Current number of elements.",
        "max": "uint64_t" => "Maximum number of elements.",
        "elem_type": "uint64_t" => "W2N_VAL_FUNCREF or W2N_VAL_EXTERNREF.",
        "ref_type": "const char*" => "Typed element type (canonical string, compiler/src/types.rs; checked by w2n_ref_subtype at link time), or NULL for plain funcref/externref.",
        "index64": "uint64_t" => "1 for a 64-bit table (table64: i64 indices), else 0.",
    },
};

/// A global's storage cell (16 bytes so that v128 fits).
pub const GLOBAL: StructDef = StructDef {
    cname: "w2n_global",
    doc: "Storage of one global. Scalars live in the low bytes of `lo` (little-endian).",
    fields: fields! {
        "lo": "uint64_t" => "Low 8 bytes of the value.",
        "hi": "uint64_t" => "High 8 bytes (v128 only).",
    },
};

/// A function reference: what tables hold, what imports bind to, what `ref.func` yields.
pub const FUNCREF: StructDef = StructDef {
    cname: "w2n_funcref",
    doc: "A function reference. Calling it means `code(vmctx, params...)` in the wasm ABI (Cranelift's `tail` calling convention: call it through `trampoline`, never directly from C).",
    fields: fields! {
        "code": "void*" => "Native code of the function (wasm ABI, see README).",
        "vmctx": "struct w2n_instance*" => "First argument passed to `code`: the callee's instance (for host functions: the importing instance).",
        "type_id": "uint64_t" => "Canonical signature id (see `w2n_sig_*`).",
        "trampoline": "w2n_trampoline_fn" => "Array-call trampoline for the signature (host functions get the importing module's), or NULL.",
        "host_fn": "void*" => "A host function: the C function (C ABI, `host_fn(vmctx, params...)`) that `code`, the importing module's adapter, calls; NULL for wasm functions.",
    },
};

/// The instance (vmctx). Compiled code receives a pointer to it as its first argument.
pub const INSTANCE: StructDef = StructDef {
    cname: "w2n_instance",
    doc: "An instance (vmctx). The runtime's private state follows this header in the same allocation, and the cells of the defined globals precede it (W2N_DEFINED_GLOBAL).",
    fields: fields! {
        "magic": "uint64_t" => "W2N_INSTANCE_MAGIC.",
        "store": "struct w2n_store_abi*" => "The store this instance lives in.",
        "module": "const struct w2n_module*" => "The module descriptor this instance was created from.",
        "memory": "w2n_memory*" => "Memory 0: &memory0, or the imported memory (NULL when the module has no memory).",
        "memories": "w2n_memory**" => "Every memory (imported first), by memory index; memories[0] == memory. Compiled code reaches memories other than 0 through it.",
        "globals": "w2n_global**" => "Every global (imported first), by global index.",
        "tables": "w2n_table**" => "Every table (imported first), by table index.",
        "funcs": "w2n_funcref**" => "Every function (imported first), by function index.",
        "host_data": "void*" => "Embedder's data (the WASI context in executables).",
        "tags": "struct w2n_tag**" => "Every tag (imported first), by tag index: a tag's identity is this pointer (an imported tag is the exporter's).",
        "gc_types": "const struct w2n_rtt**" => "GC: the canonical run-time type of every struct and array type, by type index (NULL for function types; NULL array in a module without GC types).",
        "stack_limit": "uintptr_t" => "The store's `stack_limit`, copied into every instance of the store (by instantiation and by every outermost w2n_call that changes it): every function prologue that makes calls compares the stack pointer with it, one load from the vmctx.",
        "memory0": "w2n_memory" * MEMORY_WORDS => "Storage of memory 0 when the module defines it. Last: the fields before it keep offsets below 128 (one-byte displacements on x86_64) whatever its size.",
    },
};

/// A tag instance (exception handling). Its address is its identity.
pub const TAG: StructDef = StructDef {
    cname: "w2n_tag",
    doc: "A tag instance (exception handling): two tags are the same tag when they are the same record.",
    fields: fields! {
        "type_id": "uint64_t" => "Signature id of the tag's function type (its parameters are the exception's values).",
        "num_params": "uint64_t" => "Number of values an exception of this tag carries.",
    },
};

/// An exception (what an `exnref` points to). The values follow the header, one
/// `W2N_VAL_SLOT` each.
pub const EXN: StructDef = StructDef {
    cname: "w2n_exn",
    doc: "An exception: its tag, then `num_vals` values (one w2n_val each) right after this header. Allocated by the runtime, owned by the store (freed with it).",
    fields: fields! {
        "tag": "struct w2n_tag*" => "The exception's tag.",
        "next": "struct w2n_exn*" => "Next exception the store owns.",
        "num_vals": "uint64_t" => "Number of values that follow.",
        "reserved": "uint64_t" => "Zero; keeps the values 16-byte aligned (v128).",
    },
};

/// A call site inside a `try_table` of compiled code: where the unwinder resumes.
pub const EXN_SITE: StructDef = StructDef {
    cname: "w2n_exn_site",
    doc: "A call site of compiled code with an exception handler (sorted by function, then return offset).",
    fields: fields! {
        "func": "uint64_t" => "Defined function index (like `func_code`).",
        "ret_offset": "uint64_t" => "Offset of the call's return address in the function's code.",
        "handler_offset": "uint64_t" => "Offset of the handler in the function's code: it receives the exception (`w2n_exn*`) in the first payload register.",
        "sp_offset": "uint64_t" => "Frame pointer minus stack pointer at the call: the handler runs with sp = fp - sp_offset.",
    },
};

/// A struct or array type (GC), as the compiler describes it to the runtime.
pub const GC_TYPE_DEF: StructDef = StructDef {
    cname: "w2n_gc_type_def",
    doc: "A defined type for GC: the runtime interns it by its canonical key into a `w2n_rtt` (one per canonical type per process), so casts work across modules.",
    fields: fields! {
        "kind": "uint64_t" => "W2N_GC_FUNC, W2N_GC_STRUCT or W2N_GC_ARRAY.",
        "key": "const char*" => "Canonical key (compiler/src/types.rs), NUL-terminated; NULL for a function type.",
        "supertype": "uint64_t" => "Type index of the declared supertype, or W2N_NONE.",
        "size": "uint64_t" => "Struct: object size in bytes, header included. Array: element size in bytes.",
        "num_refs": "uint64_t" => "Struct: number of entries in `ref_offsets`. Array: 0 when the elements are not traced (numbers, funcrefs), 1 when they are references to GC objects (or null, or i31), 2 when they are externrefs (which may be host values).",
        "ref_offsets": "const uint32_t*" => "Struct: byte offset (from the object's start) of every field the collector traces (any/extern hierarchy), with bit 31 set for an externref field (may be a host value).",
        "num_fields": "uint64_t" => "Struct: number of fields (constant expressions pop this many values).",
        "field_info": "const uint32_t*" => "Struct: per field, offset | (size << 16) | (is_ref << 24) | (is_float << 25). Array: one entry for the element.",
    },
};

/// A safepoint of compiled code: where the collector finds references in a frame.
pub const STACK_MAP: StructDef = StructDef {
    cname: "w2n_stack_map",
    doc: "A call site of compiled code with live GC references in its frame (Cranelift user stack maps).",
    fields: fields! {
        "func": "uint64_t" => "Defined function index (like `func_code`).",
        "ret_offset": "uint64_t" => "Offset of the call's return address in the function's code.",
        "frame_size": "uint64_t" => "Frame pointer minus stack pointer at the call (slots are sp-relative).",
        "num_slots": "uint64_t" => "Number of entries in `slots`.",
        "slots": "const uint32_t*" => "Byte offsets from sp of the 8-byte slots holding live references.",
    },
};

/// Size of a GC object's header: the run-time type (`w2n_rtt*`, bit 0 is the mark
/// bit during a collection), then a word whose low 32 bits are an array's length.
pub const GC_HEADER: i32 = 16;
/// Offset of an array's length (u32) in its object.
pub const GC_ARRAY_LEN: i32 = 8;
/// GC objects' size granule: sizes round up to it, and small objects' size classes
/// (`STORE.gc_free`) are multiples of it.
pub const GC_GRANULE: u32 = 16;
/// Largest object (header included) compiled code allocates inline from the store's
/// free lists (`STORE.gc_free`, `gc_budget`); larger ones always call the runtime.
pub const GC_INLINE_MAX: u32 = 512;
/// Offset of a free slot's link to the next free slot of its size class.
pub const GC_FREE_LINK: i32 = 8;

/// Kinds of `w2n_gc_type_def` (`W2N_GC_*`).
pub mod gc_kind {
    pub const FUNC: u64 = 0;
    pub const STRUCT: u64 = 1;
    pub const ARRAY: u64 = 2;
}

/// Abstract heap types as `ref.test`/`ref.cast` targets (`W2N_HT_*`), and the flag
/// for a nullable target; a concrete target is its type index.
pub mod heap_target {
    pub const ANY: u64 = 1 << 32;
    pub const EQ: u64 = (1 << 32) + 1;
    pub const I31: u64 = (1 << 32) + 2;
    pub const STRUCT: u64 = (1 << 32) + 3;
    pub const ARRAY: u64 = (1 << 32) + 4;
    pub const NONE: u64 = (1 << 32) + 5;
    pub const FUNC: u64 = (1 << 32) + 6;
    pub const NOFUNC: u64 = (1 << 32) + 7;
    pub const EXTERN: u64 = (1 << 32) + 8;
    pub const NOEXTERN: u64 = (1 << 32) + 9;
    pub const NULLABLE: u64 = 1 << 40;
    pub const ALL: &[(&str, u64)] = &[
        ("ANY", ANY),
        ("EQ", EQ),
        ("I31", I31),
        ("STRUCT", STRUCT),
        ("ARRAY", ARRAY),
        ("NONE", NONE),
        ("FUNC", FUNC),
        ("NOFUNC", NOFUNC),
        ("EXTERN", EXTERN),
        ("NOEXTERN", NOEXTERN),
        ("NULLABLE", NULLABLE),
    ];
}

/// Offset from the instance (vmctx) of the cell of defined global `j` (0-based among the
/// module's `n_defined` defined globals): the cells sit just before the instance header,
/// in the same allocation, so compiled code reaches them with one load at a constant
/// offset (`W2N_DEFINED_GLOBAL` in the header is the same formula for the runtime).
/// In a module with `mem0_offset` (`at_vmctx`) they follow it instead, from
/// `MEM0_GLOBALS` on (`W2N_MEM0_DEFINED_GLOBAL`).
pub const fn defined_global_offset(j: u32, n_defined: u32, at_vmctx: bool) -> i32 {
    if at_vmctx {
        MEM0_GLOBALS as i32 + j as i32 * GLOBAL.size()
    } else {
        -((n_defined - j) as i32) * GLOBAL.size()
    }
}

/// Module descriptor: everything the runtime needs to instantiate a module.
pub const MODULE: StructDef = StructDef {
    cname: "w2n_module",
    doc: "Module descriptor emitted by the compiler.",
    fields: fields! {
        "magic": "uint64_t" => "W2N_INSTANCE_MAGIC.",
        "abi_version": "uint64_t" => "W2N_ABI_VERSION.",
        "name": "const char*" => "Module name (from the name section or the file name).",
        "num_types": "uint64_t" => "Number of entries in `type_ids`.",
        "type_ids": "const uint64_t*" => "Canonical signature id of each type index (0 for non-function types).",
        "num_imports": "uint64_t" => "Number of imports.",
        "imports": "const struct w2n_import*" => "Imports, in module order.",
        "num_funcs": "uint64_t" => "Number of functions, imported included.",
        "num_imported_funcs": "uint64_t" => "Number of imported functions.",
        "func_types": "const uint64_t*" => "Type index of every function.",
        "func_code": "void* const*" => "Code of every defined function (indexed from 0 = first defined).",
        "func_trampolines": "w2n_trampoline_fn const*" => "Trampoline of every function (imported included; NULL where unused).",
        "import_adapters": "void* const*" => "Adapter of every imported function (wasm ABI outside; calls the funcref's `host_fn` with the C ABI): the `code` of a host function bound to that import. NULL in a descriptor whose code uses the C ABI throughout (hand-written ones).",
        "import_adapter_sizes": "const uint64_t*" => "Code size of every import adapter (indexed like `import_adapters`), so that a backtrace walks through an adapter's frame as compiled code's; NULL with `import_adapters`.",
        "num_globals": "uint64_t" => "Number of globals, imported included.",
        "num_imported_globals": "uint64_t" => "Number of imported globals.",
        "globals": "const struct w2n_global_def*" => "Every global's type and initializer.",
        "num_memories": "uint64_t" => "Number of memories, imported included.",
        "num_imported_memories": "uint64_t" => "Number of imported memories (they come first).",
        "memories": "const struct w2n_memory_def*" => "Every memory's limits, by memory index.",
        "num_tables": "uint64_t" => "Number of tables, imported included.",
        "num_imported_tables": "uint64_t" => "Number of imported tables.",
        "tables": "const struct w2n_table_def*" => "Every table's type and limits.",
        "num_exports": "uint64_t" => "Number of exports.",
        "exports": "const struct w2n_export*" => "Exports, in module order.",
        "start_func": "uint64_t" => "Start function index, or W2N_NONE.",
        "num_data": "uint64_t" => "Number of data segments.",
        "data": "const struct w2n_data_seg*" => "Data segments.",
        "num_elems": "uint64_t" => "Number of element segments.",
        "elems": "const struct w2n_elem_seg*" => "Element segments.",
        "cpu_arch": "uint64_t" => "Architecture the code was compiled for (W2N_ARCH_*).",
        "cpu_features": "uint64_t" => "Optional CPU features the code uses (W2N_CPU_* bits of `cpu_arch`); instantiation fails cleanly on a CPU that lacks one.",
        "num_trap_sites": "uint64_t" => "Number of entries in `trap_sites`.",
        "trap_sites": "const uint64_t*" => "Every trap instruction of the compiled code (a conditional trap is a branch to an illegal instruction): (defined function index << W2N_TRAP_SITE_FUNC_SHIFT) | (trap code << W2N_TRAP_SITE_CODE_SHIFT) | byte offset in that function. The runtime's SIGILL handler maps the faulting pc to its trap.",
        "func_info": "const struct w2n_func_info*" => "Code size, name and native-to-wasm offset map of every defined function (indexed like `func_code`), for backtraces.",
        "num_tags": "uint64_t" => "Number of tags, imported included.",
        "num_imported_tags": "uint64_t" => "Number of imported tags (they come first).",
        "tag_types": "const uint64_t*" => "Signature id of every tag's type, by tag index.",
        "tag_params": "const uint64_t*" => "Number of values of every tag, by tag index.",
        "num_exn_sites": "uint64_t" => "Number of entries in `exn_sites`.",
        "exn_sites": "const struct w2n_exn_site*" => "Every call site with an exception handler, sorted by (func, ret_offset).",
        "num_trampolines": "uint64_t" => "Number of entries in `trampolines`.",
        "trampolines": "void* const*" => "Code of every distinct array-call trampoline (compiled code: a frame walk reads their frame records as compiled code's, as for import adapters).",
        "trampoline_sizes": "const uint64_t*" => "Code size of every entry of `trampolines`.",
        "gc_types": "const struct w2n_gc_type_def*" => "GC: the struct and array types, one per type index (kind W2N_GC_FUNC for a function type), or NULL in a module without them.",
        "num_stack_maps": "uint64_t" => "GC: number of entries in `stack_maps`.",
        "stack_maps": "const struct w2n_stack_map*" => "GC: every safepoint (call site) of compiled code with live references in its frame, sorted by (func, ret_offset).",
        "gc_hooks": "const struct w2n_gc_hooks*" => "GC: the collector's entry points that instantiation calls (the run-time types, GC operators of constant expressions), i.e. the runtime's `w2n_gc_hooks`; NULL in a module without GC types or GC constant operators. Only this reference links the collector into an executable whose code allocates nothing.",
        "mem0_offset": "uint64_t" => "0, or W2N_MEM0_OFFSET: memory 0 (defined, not shared) must then start exactly that many bytes after the instance, because compiled code reads memory 0's record (`size`) at a constant distance from its base (the runtime places the instance in memory 0's reservation), and the defined globals' cells follow the instance from W2N_MEM0_GLOBALS on (W2N_MEM0_DEFINED_GLOBAL) instead of preceding it.",
    },
};

/// Where a defined function's code is and which wasm instruction each part of it
/// comes from: what a trap backtrace needs.
pub const FUNC_INFO: StructDef = StructDef {
    cname: "w2n_func_info",
    doc: "A defined function's code extent, name and native-to-wasm offset map (backtraces).",
    fields: fields! {
        "code_size": "uint64_t" => "Bytes of code from its `func_code` entry (padding excluded).",
        "frame_offset": "uint64_t" => "Code offset where the prologue has pushed the caller's frame pointer and return address; before it the function has no frame yet (0xffffffff: it never has one, an x86_64 leaf that touches no stack).",
        "wasm_offset": "uint64_t" => "Module-relative offset of the function's body in the wasm binary.",
        "name": "const char*" => "Name from the name section (NUL-terminated), or NULL.",
        "addr_map": "const uint8_t*" => "Native-to-wasm offset map: entries of ULEB128 (code offset minus the previous entry's) then SLEB128 (wasm offset minus the previous entry's; the first is relative to `wasm_offset`). An entry covers the code from its offset to the next entry's; code before the first maps to `wasm_offset`.",
        "addr_map_len": "uint64_t" => "Bytes in `addr_map`.",
        "num_inline_frames": "uint64_t" => "Number of entries in `inline_frames`.",
        "inline_frames": "const struct w2n_inline_frame*" => "Code ranges of the functions inlined into this one, sorted by `code_start` (NULL when none).",
    },
};

/// A code range of a function that holds an inlined copy of another function: the
/// backtrace shows the callee's frame there, then the caller's at the call.
pub const INLINE_FRAME: StructDef = StructDef {
    cname: "w2n_inline_frame",
    doc:
        "A code range of a defined function that is another function inlined into it (backtraces).",
    fields: fields! {
        "code_start": "uint64_t" => "First code offset of the range, in the caller's code.",
        "code_end": "uint64_t" => "Code offset just past the range.",
        "func_index": "uint64_t" => "Index of the inlined function (function index space); the range's `addr_map` offsets are in its body.",
        "call_offset": "uint64_t" => "Module-relative wasm offset of the inlined call in the caller.",
    },
};

/// One import of a module.
pub const IMPORT: StructDef = StructDef {
    cname: "w2n_import",
    doc: "An import.",
    fields: fields! {
        "module": "const char*" => "Module name (NUL-terminated; `module_len` bytes).",
        "module_len": "uint64_t" => "Length of `module` (names may contain NUL).",
        "name": "const char*" => "Field name (NUL-terminated; `name_len` bytes).",
        "name_len": "uint64_t" => "Length of `name`.",
        "kind": "uint64_t" => "W2N_EXTERN_*.",
        "index": "uint64_t" => "Index in its index space (function, table, memory or global index).",
        "type_id": "uint64_t" => "Functions: canonical signature id. Globals: W2N_VAL_* | (mutable << 8).",
        "static_fn": "void*" => "Executables only: the linked C provider `w2n_import_<mod>_<name>`, else NULL.",
    },
};

/// One export of a module.
pub const EXPORT: StructDef = StructDef {
    cname: "w2n_export",
    doc: "An export.",
    fields: fields! {
        "name": "const char*" => "Export name (NUL-terminated; `name_len` bytes).",
        "name_len": "uint64_t" => "Length of `name`.",
        "kind": "uint64_t" => "W2N_EXTERN_*.",
        "index": "uint64_t" => "Index in its index space.",
    },
};

/// A constant expression (initializers and segment offsets).
pub const CONST_EXPR: StructDef = StructDef {
    cname: "w2n_const_expr",
    doc: "A constant expression: `kind` is W2N_CONST_*, `value` the literal bits or an index.",
    fields: fields! {
        "kind": "uint64_t" => "W2N_CONST_* (VALUE, GLOBAL_GET, REF_NULL, REF_FUNC; EXPR for an extended constant expression; the operators only inside an EXPR's program).",
        "value": "uint64_t" => "Low bits of the literal, the global/function index, or an EXPR's number of operations.",
        "value_hi": "uint64_t" => "High bits of a v128 literal, or the address of an EXPR's operations (`const w2n_const_expr*`, postfix order).",
    },
};

/// A global's definition.
pub const GLOBAL_DEF: StructDef = StructDef {
    cname: "w2n_global_def",
    doc: "A global's type and (for defined globals) initializer.",
    fields: fields! {
        "val_type": "uint64_t" => "W2N_VAL_*.",
        "mutable": "uint64_t" => "1 when mutable.",
        "init": "w2n_const_expr" * 3 => "Initializer (defined globals only).",
        "ref_type": "const char*" => "Typed reference type (canonical string, compiler/src/types.rs), or NULL when `val_type` says it all.",
    },
};

/// A table's definition.
pub const TABLE_DEF: StructDef = StructDef {
    cname: "w2n_table_def",
    doc: "A table's type.",
    fields: fields! {
        "elem_type": "uint64_t" => "W2N_VAL_FUNCREF or W2N_VAL_EXTERNREF.",
        "min": "uint64_t" => "Minimum elements.",
        "max": "uint64_t" => "Maximum elements, or W2N_NO_MAX.",
        "init": "w2n_const_expr" * 3 => "Initial value of every element of a defined table (W2N_CONST_REF_NULL, or an initializer expression: typed function references).",
        "ref_type": "const char*" => "Typed element type (canonical string, compiler/src/types.rs), or NULL for plain funcref/externref.",
        "index64": "uint64_t" => "1 for a 64-bit table (table64: i64 indices), else 0.",
    },
};

/// A memory's definition.
pub const MEMORY_DEF: StructDef = StructDef {
    cname: "w2n_memory_def",
    doc: "A memory's type.",
    fields: fields! {
        "min": "uint64_t" => "Minimum pages.",
        "max": "uint64_t" => "Maximum pages, or W2N_NO_MAX.",
        "index64": "uint64_t" => "1 for a 64-bit memory (memory64), else 0.",
        "shared": "uint64_t" => "1 for a shared memory (threads), else 0.",
    },
};

/// A data segment.
pub const DATA_SEG: StructDef = StructDef {
    cname: "w2n_data_seg",
    doc: "A data segment.",
    fields: fields! {
        "active": "uint64_t" => "1 for an active segment (copied at instantiation), 0 for passive.",
        "memory": "uint64_t" => "Memory index (active only).",
        "offset": "w2n_const_expr" * 3 => "Offset expression (active only).",
        "bytes": "const uint8_t*" => "Contents.",
        "len": "uint64_t" => "Length of `bytes`.",
    },
};

/// An element segment.
pub const ELEM_SEG: StructDef = StructDef {
    cname: "w2n_elem_seg",
    doc: "An element segment.",
    fields: fields! {
        "mode": "uint64_t" => "W2N_ELEM_ACTIVE, W2N_ELEM_PASSIVE or W2N_ELEM_DECLARATIVE.",
        "table": "uint64_t" => "Table index (active only).",
        "offset": "w2n_const_expr" * 3 => "Offset expression (active only).",
        "elem_type": "uint64_t" => "W2N_VAL_FUNCREF or W2N_VAL_EXTERNREF.",
        "count": "uint64_t" => "Number of items.",
        "items": "const w2n_const_expr*" => "Item expressions.",
    },
};

/// Field names that are C++ keywords: C++ sees them as `is_<name>` (the header must
/// compile as C++ too).
const CXX_KEYWORDS: &[&str] = &["mutable"];

/// Every record, in the order the header declares them.
pub const ALL_STRUCTS: &[&StructDef] = &[
    &STORE,
    &MEMORY,
    &TABLE,
    &GLOBAL,
    &FUNCREF,
    &TAG,
    &EXN,
    &EXN_SITE,
    &GC_TYPE_DEF,
    &STACK_MAP,
    &INSTANCE,
    &CONST_EXPR,
    &GLOBAL_DEF,
    &TABLE_DEF,
    &MEMORY_DEF,
    &IMPORT,
    &EXPORT,
    &DATA_SEG,
    &ELEM_SEG,
    &INLINE_FRAME,
    &FUNC_INFO,
    &MODULE,
];

/// Value type codes (`W2N_VAL_*`), also the nibbles of signature ids.
pub mod val {
    pub const I32: u64 = 1;
    pub const I64: u64 = 2;
    pub const F32: u64 = 3;
    pub const F64: u64 = 4;
    pub const V128: u64 = 5;
    pub const FUNCREF: u64 = 6;
    pub const EXTERNREF: u64 = 7;

    /// Every value type code with its C name (`W2N_VAL_<name>`) and the C type a value
    /// of it has in host functions and the typed per-module headers.
    pub const ALL: &[(u64, &str, &str)] = &[
        (I32, "I32", "uint32_t"),
        (I64, "I64", "uint64_t"),
        (F32, "F32", "float"),
        (F64, "F64", "double"),
        (V128, "V128", "w2n_v128"),
        (FUNCREF, "FUNCREF", "void*"),
        (EXTERNREF, "EXTERNREF", "void*"),
    ];

    /// `W2N_VAL_<name>` of a code.
    pub fn c_name(code: u64) -> &'static str {
        ALL.iter().find(|v| v.0 == code).map_or("?", |v| v.1)
    }

    /// The C type of a value of type `code` (references of any type are `void*`).
    pub fn c_type(code: u64) -> &'static str {
        ALL.iter().find(|v| v.0 == code).map_or("void*", |v| v.2)
    }
}

/// Extern kinds (`W2N_EXTERN_*`).
pub mod extern_kind {
    pub const FUNC: u64 = 0;
    pub const TABLE: u64 = 1;
    pub const MEMORY: u64 = 2;
    pub const GLOBAL: u64 = 3;
    pub const TAG: u64 = 4;
}

/// Constant-expression kinds (`W2N_CONST_*`). The first four are leaves; `EXPR` is an
/// extended constant expression: `value` operations in postfix order at `value_hi`
/// (leaves push, the binary operators pop two values and push their result).
pub mod const_kind {
    pub const VALUE: u64 = 0;
    pub const GLOBAL_GET: u64 = 1;
    pub const REF_NULL: u64 = 2;
    pub const REF_FUNC: u64 = 3;
    pub const I32_ADD: u64 = 4;
    pub const I32_SUB: u64 = 5;
    pub const I32_MUL: u64 = 6;
    pub const I64_ADD: u64 = 7;
    pub const I64_SUB: u64 = 8;
    pub const I64_MUL: u64 = 9;
    pub const EXPR: u64 = 10;
    /// GC operators, only inside an EXPR's program: `value` is the type index;
    /// ARRAY_NEW_FIXED's `value_hi` is the number of elements.
    pub const STRUCT_NEW: u64 = 11;
    pub const STRUCT_NEW_DEFAULT: u64 = 12;
    pub const ARRAY_NEW: u64 = 13;
    pub const ARRAY_NEW_DEFAULT: u64 = 14;
    pub const ARRAY_NEW_FIXED: u64 = 15;
    pub const REF_I31: u64 = 16;
    pub const ANY_CONVERT_EXTERN: u64 = 17;
    pub const EXTERN_CONVERT_ANY: u64 = 18;

    /// Every kind, with its C name.
    pub const ALL: &[(&str, u64)] = &[
        ("VALUE", VALUE),
        ("GLOBAL_GET", GLOBAL_GET),
        ("REF_NULL", REF_NULL),
        ("REF_FUNC", REF_FUNC),
        ("I32_ADD", I32_ADD),
        ("I32_SUB", I32_SUB),
        ("I32_MUL", I32_MUL),
        ("I64_ADD", I64_ADD),
        ("I64_SUB", I64_SUB),
        ("I64_MUL", I64_MUL),
        ("EXPR", EXPR),
        ("STRUCT_NEW", STRUCT_NEW),
        ("STRUCT_NEW_DEFAULT", STRUCT_NEW_DEFAULT),
        ("ARRAY_NEW", ARRAY_NEW),
        ("ARRAY_NEW_DEFAULT", ARRAY_NEW_DEFAULT),
        ("ARRAY_NEW_FIXED", ARRAY_NEW_FIXED),
        ("REF_I31", REF_I31),
        ("ANY_CONVERT_EXTERN", ANY_CONVERT_EXTERN),
        ("EXTERN_CONVERT_ANY", EXTERN_CONVERT_ANY),
    ];

    /// Whether `kind` is one of the binary operators.
    pub fn is_binary(kind: u64) -> bool {
        (I32_ADD..=I64_MUL).contains(&kind)
    }

    /// The binary operator `kind` applied to `a` and `b` (i32 operands and results are
    /// zero-extended to 64 bits), as the runtime computes it.
    pub fn apply(kind: u64, a: u64, b: u64) -> u64 {
        let r = match kind {
            I32_ADD | I64_ADD => a.wrapping_add(b),
            I32_SUB | I64_SUB => a.wrapping_sub(b),
            _ => a.wrapping_mul(b),
        };
        if kind <= I32_MUL {
            r as u32 as u64
        } else {
            r
        }
    }
}

/// Element-segment modes (`W2N_ELEM_*`).
pub mod elem_mode {
    pub const ACTIVE: u64 = 0;
    pub const PASSIVE: u64 = 1;
    pub const DECLARATIVE: u64 = 2;
}

/// "No value" marker for optional indices and maxima.
pub const NONE: u64 = u64::MAX;

/// Why guest execution stopped. The message is what executables print after `wasm trap: `
/// and what the spec tests' `assert_trap` messages start with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Trap {
    Unreachable = 1,
    MemoryOutOfBounds = 2,
    TableOutOfBounds = 3,
    IndirectCallToNull = 4,
    BadSignature = 5,
    IntegerDivisionByZero = 6,
    IntegerOverflow = 7,
    BadConversionToInteger = 8,
    StackOverflow = 9,
    UndefinedElement = 10,
    NullReference = 11,
    /// Not a trap: `proc_exit` unwinding to the host.
    Exit = 12,
    /// A host function reported an error.
    Host = 13,
    /// `call_ref`/`return_call_ref` of a null reference.
    NullFunctionReference = 14,
    /// Not a trap: an exception no handler caught (`w2n_store_exception` has it).
    Exception = 15,
    /// An atomic access whose effective address is not a multiple of its size.
    UnalignedAtomic = 16,
    /// `memory.atomic.wait32/64` on a memory that is not shared.
    ExpectedSharedMemory = 17,
    /// GC: struct.get/set of a null reference.
    NullStructRef = 20,
    /// GC: an array instruction on a null reference.
    NullArrayRef = 21,
    /// GC: i31.get_s/u of a null reference.
    NullI31Ref = 22,
    /// GC: ref.cast of a value not of the target type.
    CastFailure = 23,
    /// GC: an array index or range out of bounds.
    ArrayOutOfBounds = 24,
    /// GC: an allocation that does not fit even after a collection.
    GcOutOfMemory = 25,
}

impl Trap {
    pub const ALL: &'static [Trap] = &[
        Trap::Unreachable,
        Trap::MemoryOutOfBounds,
        Trap::TableOutOfBounds,
        Trap::IndirectCallToNull,
        Trap::BadSignature,
        Trap::IntegerDivisionByZero,
        Trap::IntegerOverflow,
        Trap::BadConversionToInteger,
        Trap::StackOverflow,
        Trap::UndefinedElement,
        Trap::NullReference,
        Trap::Exit,
        Trap::Host,
        Trap::NullFunctionReference,
        Trap::Exception,
        Trap::UnalignedAtomic,
        Trap::ExpectedSharedMemory,
        Trap::NullStructRef,
        Trap::NullArrayRef,
        Trap::NullI31Ref,
        Trap::CastFailure,
        Trap::ArrayOutOfBounds,
        Trap::GcOutOfMemory,
    ];

    pub fn c_name(self) -> &'static str {
        match self {
            Trap::Unreachable => "UNREACHABLE",
            Trap::MemoryOutOfBounds => "MEMORY_OOB",
            Trap::TableOutOfBounds => "TABLE_OOB",
            Trap::IndirectCallToNull => "INDIRECT_NULL",
            Trap::BadSignature => "BAD_SIGNATURE",
            Trap::IntegerDivisionByZero => "INT_DIV_ZERO",
            Trap::IntegerOverflow => "INT_OVERFLOW",
            Trap::BadConversionToInteger => "BAD_CONVERSION",
            Trap::StackOverflow => "STACK_EXHAUSTED",
            Trap::UndefinedElement => "UNDEFINED_ELEMENT",
            Trap::NullReference => "NULL_REFERENCE",
            Trap::Exit => "EXIT",
            Trap::Host => "HOST",
            Trap::NullFunctionReference => "NULL_FUNC_REF",
            Trap::Exception => "EXCEPTION",
            Trap::UnalignedAtomic => "UNALIGNED_ATOMIC",
            Trap::ExpectedSharedMemory => "EXPECTED_SHARED",
            Trap::NullStructRef => "NULL_STRUCT",
            Trap::NullArrayRef => "NULL_ARRAY",
            Trap::NullI31Ref => "NULL_I31",
            Trap::CastFailure => "CAST_FAILURE",
            Trap::ArrayOutOfBounds => "ARRAY_OOB",
            Trap::GcOutOfMemory => "GC_OOM",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            Trap::Unreachable => "unreachable",
            Trap::MemoryOutOfBounds => "out of bounds memory access",
            Trap::TableOutOfBounds => "out of bounds table access",
            Trap::IndirectCallToNull => "uninitialized element",
            Trap::BadSignature => "indirect call type mismatch",
            Trap::IntegerDivisionByZero => "integer divide by zero",
            Trap::IntegerOverflow => "integer overflow",
            Trap::BadConversionToInteger => "invalid conversion to integer",
            Trap::StackOverflow => "call stack exhausted",
            Trap::UndefinedElement => "undefined element",
            Trap::NullReference => "null reference",
            Trap::Exit => "exit",
            Trap::Host => "host error",
            Trap::NullFunctionReference => "null function reference",
            Trap::Exception => "uncaught exception",
            Trap::UnalignedAtomic => "unaligned atomic",
            Trap::ExpectedSharedMemory => "expected shared memory",
            Trap::NullStructRef => "null structure reference",
            Trap::NullArrayRef => "null array reference",
            Trap::NullI31Ref => "null i31 reference",
            Trap::CastFailure => "cast failure",
            Trap::ArrayOutOfBounds => "out of bounds array access",
            Trap::GcOutOfMemory => "GC heap out of memory",
        }
    }
}

/// Argument/return types of runtime functions, as both Cranelift and C see them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RtTy {
    /// `struct w2n_instance*` (the caller's vmctx).
    Vmctx,
    I32,
    I64,
    Ptr,
}

/// A function in runtime-support that compiled code calls.
pub struct RuntimeFn {
    pub symbol: &'static str,
    pub params: &'static [RtTy],
    pub ret: Option<RtTy>,
    pub doc: &'static str,
}

macro_rules! runtime_fns {
    ($( $id:ident = $sym:literal ( $($p:ident),* ) $(-> $r:ident)? : $doc:literal; )*) => {
        /// The runtime functions compiled code may call.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Rt { $($id),* }
        impl Rt {
            pub const ALL: &'static [Rt] = &[$(Rt::$id),*];
            pub fn def(self) -> RuntimeFn {
                match self {
                    $(Rt::$id => RuntimeFn {
                        symbol: $sym,
                        params: &[$(RtTy::$p),*],
                        ret: runtime_fns!(@ret $($r)?),
                        doc: $doc,
                    }),*
                }
            }
        }
    };
    (@ret) => { None };
    (@ret $r:ident) => { Some(RtTy::$r) };
}

runtime_fns! {
    Trap = "w2n_trap"(Vmctx, I32): "Raise trap `code` (a W2N_TRAP_*); never returns.";
    MemoryGrow = "w2n_memory_grow"(Vmctx, I64) -> I64: "memory.grow on memory 0: old size in pages, or -1 (UINT64_MAX). Addresses and lengths of every memory function are 64 bits wide (zero-extended for a 32-bit memory).";
    MemoryFill = "w2n_memory_fill"(Vmctx, I64, I32, I64): "memory.fill(dst, value, len) on memory 0; traps when out of bounds.";
    MemoryInit = "w2n_memory_init"(Vmctx, I32, I64, I32, I32): "memory.init(segment, dst, src, len) into memory 0.";
    MemoryGrowIdx = "w2n_memory_grow_idx"(Vmctx, I32, I64) -> I64: "memory.grow(mem, delta) on any memory: old size in pages, or -1 (UINT64_MAX).";
    MemoryFillIdx = "w2n_memory_fill_idx"(Vmctx, I32, I64, I32, I64): "memory.fill(mem, dst, value, len) on any memory.";
    Memmove = "w2n_memmove"(Ptr, Ptr, I64): "memmove(dst, src, len) for a memory.copy whose bounds compiled code has checked (copies of more than 16 bytes; smaller ones are inline).";
    MemoryCopyIdx = "w2n_memory_copy_idx"(Vmctx, I32, I32, I64, I64, I64): "memory.copy(dst_mem, src_mem, dst, src, len) between two different memories (a copy within one memory is inline).";
    MemoryInitIdx = "w2n_memory_init_idx"(Vmctx, I32, I32, I64, I32, I32): "memory.init(mem, segment, dst, src, len) into any memory.";
    DataDrop = "w2n_data_drop"(Vmctx, I32): "data.drop(segment).";
    TableGrow = "w2n_table_grow"(Vmctx, I32, Ptr, I32) -> I32: "table.grow(table, init, delta): old size or -1.";
    TableFill = "w2n_table_fill"(Vmctx, I32, I32, Ptr, I32): "table.fill(table, dst, value, len).";
    TableCopy = "w2n_table_copy"(Vmctx, I32, I32, I32, I32, I32): "table.copy(dst_table, src_table, dst, src, len).";
    TableInit = "w2n_table_init"(Vmctx, I32, I32, I32, I32, I32): "table.init(table, segment, dst, src, len).";
    ElemDrop = "w2n_elem_drop"(Vmctx, I32): "elem.drop(segment).";
    Throw = "w2n_throw"(Vmctx, I32, Ptr): "throw tag(values): allocates the exception (values: `W2N_VAL_SLOT` each) and unwinds to the nearest handler; never returns.";
    ThrowRef = "w2n_throw_ref"(Vmctx, Ptr): "throw_ref: rethrows an exception (traps on null); never returns.";
    SigEq = "w2n_sig_eq"(I64, I64) -> I32: "1 when two signature ids denote the same signature (slow path of call_indirect).";
    AtomicWait32 = "w2n_atomic_wait32"(Vmctx, Ptr, I32, I64) -> I32: "memory.atomic.wait32 on a shared memory at host address `p` (checked by compiled code): 0 woken, 1 not equal, 2 timed out (a negative timeout in ns waits forever).";
    AtomicWait64 = "w2n_atomic_wait64"(Vmctx, Ptr, I64, I64) -> I32: "memory.atomic.wait64 at host address `p`: as w2n_atomic_wait32.";
    GcStructNew = "w2n_gc_struct_new"(Vmctx, I32) -> Ptr: "GC: a new struct of type index `type`, every field zero (compiled code stores the fields).";
    GcArrayNew = "w2n_gc_array_new"(Vmctx, I32, I32, I64, I64) -> Ptr: "GC: array.new(type, len, value): every element is the value (`lo`, `hi`: its bits).";
    GcArrayNewData = "w2n_gc_array_new_data"(Vmctx, I32, I32, I32, I32) -> Ptr: "GC: array.new_data(type, segment, offset, len).";
    GcArrayNewElem = "w2n_gc_array_new_elem"(Vmctx, I32, I32, I32, I32) -> Ptr: "GC: array.new_elem(type, segment, offset, len).";
    GcArrayFill = "w2n_gc_array_fill"(Vmctx, Ptr, I32, I64, I64, I32): "GC: array.fill(array, offset, value lo, value hi, len).";
    GcArrayCopy = "w2n_gc_array_copy"(Vmctx, Ptr, I32, Ptr, I32, I32): "GC: array.copy(dst, dst_offset, src, src_offset, len).";
    GcArrayInitData = "w2n_gc_array_init_data"(Vmctx, I32, Ptr, I32, I32, I32): "GC: array.init_data(segment, array, dst, src, len).";
    GcArrayInitElem = "w2n_gc_array_init_elem"(Vmctx, I32, Ptr, I32, I32, I32): "GC: array.init_elem(segment, array, dst, src, len).";
    GcRefTest = "w2n_gc_ref_test"(Vmctx, Ptr, I64) -> I32: "GC: 1 when reference `r` is of heap type `target` (a type index or W2N_HT_*, | W2N_HT_NULLABLE).";
    GcAnyConvertExtern = "w2n_gc_any_convert_extern"(Vmctx, Ptr) -> Ptr: "GC: any.convert_extern.";
    GcExternConvertAny = "w2n_gc_extern_convert_any"(Vmctx, Ptr) -> Ptr: "GC: extern.convert_any.";
    AtomicNotify = "w2n_atomic_notify"(Vmctx, Ptr, I32) -> I32: "memory.atomic.notify(p, count) on a shared memory: wakes up to `count` waiters on host address `p`; returns how many.";
}

/// Signature ids.
///
/// A signature whose parameter and result lists hold at most 15 value types in total is
/// encoded exactly in 64 bits: bit 0 is 1, then 4-bit nibbles from bit 4 upwards hold
/// the parameter types (`W2N_VAL_*`), a 0xF separator, then the result types. Larger
/// signatures are identified by the address of a canonical string in the module's
/// read-only data (bit 0 is then 0); two such ids are compared with `w2n_sig_eq`.
pub mod sig {
    /// Bit 0 of an exact id (a canonical string's address has it clear).
    pub const EXACT: u64 = 1;
    /// Bits per value type (one nibble).
    pub const BITS: u32 = 4;
    /// The nibble between the parameter and the result types.
    pub const SEP: u64 = 0xF;
    /// Most parameter and result types an exact id holds (15 nibbles minus the separator).
    pub const MAX_TYPES: usize = 14;
    /// Letter of value type `t` in a canonical string: `LETTER_BASE + t`.
    pub const LETTER_BASE: u8 = b'a';
    /// Separates the parameter letters from the result letters of a canonical string.
    pub const RESULTS_MARK: u8 = b':';
    /// First byte of a typed signature's string (compiler/src/types.rs).
    pub const TYPED_PREFIX: u8 = b'T';
    /// Ends the signature part of a typed signature's string (the type key follows).
    pub const TYPED_END: u8 = b'|';
    /// Separates the segments of a typed signature's string (one per type of its
    /// supertype chain; `w2n_sig_eq` accepts a subtype).
    pub const SUPERTYPE_SEP: u8 = b'\n';

    /// Exact encoding, or `None` when the signature is too long.
    pub fn encode(params: &[u64], results: &[u64]) -> Option<u64> {
        if params.len() + results.len() > MAX_TYPES {
            return None;
        }
        let mut id = EXACT;
        let mut shift = BITS;
        for &p in params {
            id |= p << shift;
            shift += BITS;
        }
        id |= SEP << shift;
        shift += BITS;
        for &r in results {
            id |= r << shift;
            shift += BITS;
        }
        Some(id)
    }

    /// Canonical string of a long signature: one letter per type, ':' between params and results.
    pub fn canonical_string(params: &[u64], results: &[u64]) -> String {
        let letter = |t: &u64| (LETTER_BASE + *t as u8) as char;
        let mut s: String = params.iter().map(letter).collect();
        s.push(RESULTS_MARK as char);
        s.extend(results.iter().map(letter));
        s
    }

    /// The C expression (`W2N_SIG_*` macros) of the exact id of a signature, for the
    /// header's checks and the per-module headers.
    pub fn c_expr(params: &[u64], results: &[u64]) -> String {
        let name = |t: u64| super::val::c_name(t);
        let mut parts = vec!["W2N_SIG_EXACT".to_string()];
        for (i, p) in params.iter().enumerate() {
            parts.push(format!("W2N_SIG_TYPE({i}, W2N_VAL_{})", name(*p)));
        }
        parts.push(format!("W2N_SIG_TYPE({}, W2N_SIG_SEP)", params.len()));
        for (i, r) in results.iter().enumerate() {
            parts.push(format!(
                "W2N_SIG_TYPE({}, W2N_VAL_{})",
                params.len() + 1 + i,
                name(*r)
            ));
        }
        format!("({})", parts.join(" | "))
    }
}

/// Symbol names.
pub mod symbols {
    /// C symbol a host function for import `module.name` must have in executables.
    ///
    /// `w2n_import_` + module + `_` + name, where bytes outside `[A-Za-z0-9_]` are
    /// written as `_XX` (two upper-case hex digits).
    pub fn import(module: &str, name: &str) -> String {
        let mut s = String::from("w2n_import_");
        escape_into(&mut s, module);
        s.push('_');
        escape_into(&mut s, name);
        s
    }

    /// Identifier-safe form of a name.
    pub fn escape_into(out: &mut String, name: &str) {
        use std::fmt::Write as _;
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() || b == b'_' {
                out.push(b as char);
            } else {
                let _ = write!(out, "_{b:02X}");
            }
        }
    }

    /// Symbol of the module descriptor an executable's `main` instantiates.
    pub const MAIN_MODULE: &str = "w2n_main_module";
    /// An executable's initial image of memory 0 (`w2n_main_image`, page-aligned), the
    /// address in memory 0 where it goes (`w2n_main_image_start`, u64) and its length in
    /// bytes (`w2n_main_image_len`, u64): see runtime-support/src/instance.c.
    pub const MAIN_IMAGE: &str = "w2n_main_image";
    pub const MAIN_IMAGE_START: &str = "w2n_main_image_start";
    pub const MAIN_IMAGE_LEN: &str = "w2n_main_image_len";
    /// The runtime's GC entry points (`w2n_module.gc_hooks`).
    pub const GC_HOOKS: &str = "w2n_gc_hooks";
}

/// The generated C header (`runtime-support/include/w2n_abi.h`).
pub fn c_header() -> String {
    let mut h = String::new();
    h.push_str(
        "/* w2n_abi.h: GENERATED from compiler/src/abi.rs by `wasm2native abi-header`.\n \
         * Do not edit; a test checks this file is current. It is the whole binary contract\n \
         * between code compiled by wasm2native and runtime-support. */\n\
         #ifndef W2N_ABI_H\n#define W2N_ABI_H\n\n#include <stddef.h>\n#include <stdint.h>\n\n\
         /* C11 and C++ alike: the headers compile as either. */\n\
         #ifdef __cplusplus\n\
         #define W2N_STATIC_ASSERT(cond, msg) static_assert(cond, msg)\n\
         #define W2N_NORETURN [[noreturn]]\n\
         extern \"C\" {\n\
         #else\n\
         #define W2N_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)\n\
         #define W2N_NORETURN _Noreturn\n\
         #endif\n\n",
    );
    let _ = writeln!(
        h,
        "#define W2N_INSTANCE_MAGIC UINT64_C(0x{INSTANCE_MAGIC:x})"
    );
    let _ = writeln!(h, "#define W2N_ABI_VERSION {ABI_VERSION}");
    let _ = writeln!(h, "#define W2N_PAGE_SIZE {PAGE_SIZE}");
    let _ = writeln!(h, "#define W2N_MAX_PAGES {MAX_PAGES}");
    let _ = writeln!(h, "#define W2N_MAX_TABLE_ELEMS {MAX_TABLE_ELEMS}");
    let _ = writeln!(h, "#define W2N_CONST_STACK {CONST_STACK}");
    let _ = writeln!(h, "#define W2N_MEM0_OFFSET {MEM0_OFFSET}");
    let _ = writeln!(h, "#define W2N_MEM0_GLOBALS {MEM0_GLOBALS}");
    let _ = writeln!(h, "#define W2N_MEM_LIMITS {MEM_LIMITS}");
    let _ = writeln!(h, "#define W2N_GUARD_BAND {GUARD_BAND}");
    let _ = writeln!(h, "#define W2N_NONE UINT64_MAX");
    let _ = writeln!(h, "#define W2N_NO_MAX UINT64_MAX");
    let _ = writeln!(h, "#define W2N_VAL_SLOT {VAL_SLOT}");
    let _ = writeln!(
        h,
        "/* Cell of defined global j of n: just before the instance, in its allocation. */\n\
         #define W2N_DEFINED_GLOBAL(inst, n, j) ((w2n_global*)(void*)(inst) - ((n) - (j)))\n\
         /* The same with mem0_offset: W2N_MEM0_GLOBALS bytes after the instance. */\n\
         #define W2N_MEM0_DEFINED_GLOBAL(inst, j) \\\n    \
         ((w2n_global*)(void*)((char*)(inst) + W2N_MEM0_GLOBALS) + (j))"
    );
    h.push_str(
        "\n/* trap_sites entries: (function << FUNC_SHIFT) | (code << CODE_SHIFT) | offset. */\n",
    );
    let _ = writeln!(h, "#define W2N_TRAP_SITE_FUNC_SHIFT {TRAP_SITE_FUNC_SHIFT}");
    let _ = writeln!(h, "#define W2N_TRAP_SITE_CODE_SHIFT {TRAP_SITE_CODE_SHIFT}");
    let _ = writeln!(
        h,
        "#define W2N_TRAP_SITE_CODE_MASK UINT64_C(0x{TRAP_SITE_CODE_MASK:x})"
    );
    let _ = writeln!(
        h,
        "#define W2N_TRAP_SITE_OFFSET_MASK UINT64_C(0x{TRAP_SITE_OFFSET_MASK:x})"
    );
    h.push_str(
        "#define W2N_TRAP_SITE(func, code, offset) \\\n    \
         (((uint64_t)(func) << W2N_TRAP_SITE_FUNC_SHIFT) | \\\n     \
         (((uint64_t)(code) & W2N_TRAP_SITE_CODE_MASK) << W2N_TRAP_SITE_CODE_SHIFT) | \\\n     \
         ((uint64_t)(offset) & W2N_TRAP_SITE_OFFSET_MASK))\n\
         #define W2N_TRAP_SITE_FUNC(site) ((uint64_t)(site) >> W2N_TRAP_SITE_FUNC_SHIFT)\n\
         #define W2N_TRAP_SITE_CODE(site) \\\n    \
         ((int)(((uint64_t)(site) >> W2N_TRAP_SITE_CODE_SHIFT) & W2N_TRAP_SITE_CODE_MASK))\n\
         #define W2N_TRAP_SITE_OFFSET(site) ((uint64_t)(site) & W2N_TRAP_SITE_OFFSET_MASK)\n",
    );
    let _ = writeln!(
        h,
        "W2N_STATIC_ASSERT(W2N_TRAP_SITE(3, 7, 0x1234) == UINT64_C(0x{:x}), \"ABI: trap-site encoding\");\n",
        trap_site(3, 7, 0x1234)
    );
    h.push_str("/* Value types (also the nibbles of signature ids), and their C types. */\n");
    for (v, n, cty) in val::ALL {
        let _ = writeln!(h, "#define W2N_VAL_{n} {v} /* {cty} */");
    }
    h.push_str(
        "/* v128: a 16-byte vector, passed in vector registers as the C ABI passes it (what\n \
         * compiled code passes to host functions); lane 0 is the lowest-addressed byte. */\n\
         typedef uint8_t w2n_v128 __attribute__((vector_size(16)));\n\n",
    );
    h.push_str(
        "/* Signature ids (see w2n_sig_eq). An exact id: bit 0 set (W2N_SIG_EXACT), then one\n \
         * W2N_SIG_BITS-bit nibble per type from bit 4 up: the parameter types, W2N_SIG_SEP,\n \
         * the result types (at most W2N_SIG_MAX_TYPES types in all). A longer signature's id\n \
         * is the address of its canonical string (bit 0 clear): one letter\n \
         * W2N_SIG_LETTER_BASE + type per parameter, W2N_SIG_RESULTS_MARK, one per result\n \
         * (typed signatures: W2N_SIG_TYPED_PREFIX first, and W2N_SIG_TYPED_END after; one\n \
         * such segment per type of the supertype chain, W2N_SIG_SUPERTYPE_SEP between). */\n",
    );
    let _ = writeln!(h, "#define W2N_SIG_EXACT {}", sig::EXACT);
    let _ = writeln!(h, "#define W2N_SIG_BITS {}", sig::BITS);
    let _ = writeln!(h, "#define W2N_SIG_SEP 0x{:X}", sig::SEP);
    let _ = writeln!(
        h,
        "#define W2N_SIG_NIBBLE_MASK 0x{:X}",
        (1u64 << sig::BITS) - 1
    );
    let _ = writeln!(h, "#define W2N_SIG_MAX_TYPES {}", sig::MAX_TYPES);
    let _ = writeln!(
        h,
        "#define W2N_SIG_LETTER_BASE '{}'",
        sig::LETTER_BASE as char
    );
    let _ = writeln!(
        h,
        "#define W2N_SIG_RESULTS_MARK '{}'",
        sig::RESULTS_MARK as char
    );
    let _ = writeln!(
        h,
        "#define W2N_SIG_TYPED_PREFIX '{}'",
        sig::TYPED_PREFIX as char
    );
    let _ = writeln!(h, "#define W2N_SIG_TYPED_END '{}'", sig::TYPED_END as char);
    let _ = writeln!(h, "#define W2N_SIG_SUPERTYPE_SEP '\\n'");
    const _: () = assert!(sig::SUPERTYPE_SEP == b'\n', "W2N_SIG_SUPERTYPE_SEP");
    h.push_str(
        "/* Nibble `i` (0 = the first type) of an exact id holding type code `t`. */\n\
         #define W2N_SIG_TYPE(i, t) ((uint64_t)(t) << (W2N_SIG_BITS * ((i) + 1)))\n\
         /* Type code at nibble `i` of exact id `id`. */\n\
         #define W2N_SIG_TYPE_AT(id, i) (((id) >> (W2N_SIG_BITS * ((i) + 1))) & W2N_SIG_NIBBLE_MASK)\n",
    );
    let _ = writeln!(
        h,
        "/* [] -> [] */\n#define W2N_SIG_VOID_VOID {}",
        sig::c_expr(&[], &[])
    );
    for (p, r) in [
        (&[][..], &[][..]),
        (&[val::I32, val::I64][..], &[val::F32][..]),
        (&[val::V128, val::V128][..], &[val::V128][..]),
        (&[val::F64][..], &[val::I32, val::F64, val::F32][..]),
        (&[val::EXTERNREF; 13][..], &[val::FUNCREF][..]),
    ] {
        let _ = writeln!(
            h,
            "W2N_STATIC_ASSERT({} == UINT64_C(0x{:x}), \"ABI: signature encoding\");",
            sig::c_expr(p, r),
            sig::encode(p, r).expect("short signature")
        );
    }
    h.push('\n');
    for (n, v) in [
        ("FUNC", extern_kind::FUNC),
        ("TABLE", extern_kind::TABLE),
        ("MEMORY", extern_kind::MEMORY),
        ("GLOBAL", extern_kind::GLOBAL),
        ("TAG", extern_kind::TAG),
    ] {
        let _ = writeln!(h, "#define W2N_EXTERN_{n} {v}");
    }
    for (n, v) in const_kind::ALL {
        let _ = writeln!(h, "#define W2N_CONST_{n} {v}");
    }
    for (n, v) in [
        ("FUNC", gc_kind::FUNC),
        ("STRUCT", gc_kind::STRUCT),
        ("ARRAY", gc_kind::ARRAY),
    ] {
        let _ = writeln!(h, "#define W2N_GC_{n} {v}");
    }
    let _ = writeln!(h, "#define W2N_GC_HEADER {GC_HEADER}");
    let _ = writeln!(h, "#define W2N_GC_ARRAY_LEN {GC_ARRAY_LEN}");
    let _ = writeln!(h, "#define W2N_GC_GRANULE {GC_GRANULE}");
    let _ = writeln!(h, "#define W2N_GC_INLINE_MAX {GC_INLINE_MAX}");
    let _ = writeln!(h, "#define W2N_GC_FREE_LINK {GC_FREE_LINK}");
    for (n, v) in heap_target::ALL {
        let _ = writeln!(h, "#define W2N_HT_{n} UINT64_C({v})");
    }
    for (n, v) in [
        ("ACTIVE", elem_mode::ACTIVE),
        ("PASSIVE", elem_mode::PASSIVE),
        ("DECLARATIVE", elem_mode::DECLARATIVE),
    ] {
        let _ = writeln!(h, "#define W2N_ELEM_{n} {v}");
    }
    h.push_str(
        "\n/* Architectures (w2n_module.cpu_arch) and CPU feature bits (cpu_features). */\n",
    );
    for (n, v) in [
        ("X86_64", arch::X86_64),
        ("AARCH64", arch::AARCH64),
        ("RISCV64", arch::RISCV64),
    ] {
        let _ = writeln!(h, "#define W2N_ARCH_{n} {v}");
    }
    for f in CPU_FEATURES {
        let arch = match f.arch {
            arch::X86_64 => "X86_64",
            arch::AARCH64 => "AARCH64",
            _ => "RISCV64",
        };
        let _ = writeln!(
            h,
            "#define W2N_CPU_{arch}_{} (UINT64_C(1) << {})",
            f.flag.trim_start_matches("has_").to_ascii_uppercase(),
            f.bit
        );
    }
    for (n, a) in [
        ("X86_64", arch::X86_64),
        ("AARCH64", arch::AARCH64),
        ("RISCV64", arch::RISCV64),
    ] {
        let _ = write!(
            h,
            "/* Names of the {n} feature bits, by bit. */\n#define W2N_CPU_{n}_NAMES {{"
        );
        let mut feats: Vec<_> = CPU_FEATURES.iter().filter(|f| f.arch == a).collect();
        feats.sort_by_key(|f| f.bit);
        for (i, f) in feats.iter().enumerate() {
            assert_eq!(f.bit as usize, i, "CPU feature bits are dense");
            let _ = write!(h, "{} \"{}\"", if i == 0 { "" } else { "," }, f.name);
        }
        h.push_str(" }\n");
    }
    h.push_str("\n/* Trap codes; W2N_TRAP_NONE (0) means no trap. */\n#define W2N_TRAP_NONE 0\n");
    for t in Trap::ALL {
        let _ = writeln!(h, "#define W2N_TRAP_{} {}", t.c_name(), *t as u32);
    }
    let count = Trap::ALL.iter().map(|t| *t as u32).max().unwrap_or(0) + 1;
    let _ = writeln!(h, "#define W2N_TRAP_COUNT {count}");
    h.push_str("/* Message of each trap code, indexed by code. */\n#define W2N_TRAP_MESSAGES { \"no trap\"");
    for code in 1..count {
        let msg = Trap::ALL
            .iter()
            .find(|t| **t as u32 == code)
            .map_or("unknown trap", |t| t.message());
        let _ = write!(h, ", \"{msg}\"");
    }
    h.push_str(" }\n\n");
    h.push_str(
        "/* One argument/result slot of a trampoline call: 16 bytes, scalars in the low bytes. */\n\
         typedef struct w2n_val { uint64_t lo, hi; } w2n_val;\n\n\
         /* Array-call trampoline: calls `code(vmctx, args...)` reading the arguments from\n \
         * `vals[0..nparams]` and writing the results to `vals[0..nresults]`. */\n\
         typedef void (*w2n_trampoline_fn)(void* code, void* vmctx, w2n_val* vals);\n\n",
    );
    for s in ALL_STRUCTS {
        let _ = writeln!(h, "struct {};", s.cname);
    }
    h.push('\n');
    for k in CXX_KEYWORDS {
        let _ = writeln!(
            h,
            "/* `{k}` is a C++ keyword: the field is `is_{k}` in C++. */\n\
             #ifdef __cplusplus\n#define W2N_CXX_FIELD_{k} is_{k}\n#else\n#define W2N_CXX_FIELD_{k} {k}\n#endif"
        );
    }
    h.push('\n');
    for s in ALL_STRUCTS {
        let _ = writeln!(h, "/* {} */\ntypedef struct {} {{", s.doc, s.cname);
        for f in s.fields {
            let decl = if f.words > 1 && !f.cty.starts_with("w2n_") {
                format!("{} {}[{}]", f.cty, f.name, f.words)
            } else {
                format!("{} {}", f.cty, f.name)
            };
            if CXX_KEYWORDS.contains(&f.name) {
                // A C++ keyword: C++ sees the field as `is_<name>`.
                let _ = writeln!(
                    h,
                    "#ifdef __cplusplus\n    {} is_{}; /* {} */\n#else",
                    f.cty, f.name, f.doc
                );
                let _ = writeln!(h, "    {decl};\n#endif");
                continue;
            }
            let _ = writeln!(h, "    {decl}; /* {} */", f.doc);
        }
        let _ = writeln!(h, "}} {};\n", s.cname);
    }
    h.push_str(
        "/* Offsets and sizes (bytes) of every field: W2N_OFF_<record>_<field>, W2N_SIZEOF_<record>.\n \
         * The compiler uses exactly these; the checks below hold them to the C layout. */\n",
    );
    for s in ALL_STRUCTS {
        let rec = s.cname.trim_start_matches("w2n_").to_ascii_uppercase();
        for f in s.fields {
            let _ = writeln!(
                h,
                "#define W2N_OFF_{rec}_{} {}",
                f.name.to_ascii_uppercase(),
                s.offset_of(f.name)
            );
        }
        let _ = writeln!(h, "#define W2N_SIZEOF_{rec} {}", s.size());
    }
    h.push_str("\n/* Layout checks. */\n");
    for s in ALL_STRUCTS {
        let rec = s.cname.trim_start_matches("w2n_").to_ascii_uppercase();
        for f in s.fields {
            let field = if CXX_KEYWORDS.contains(&f.name) {
                // The field's C++ name, see the record.
                format!("W2N_CXX_FIELD_{}", f.name)
            } else {
                f.name.to_string()
            };
            let _ = writeln!(
                h,
                "W2N_STATIC_ASSERT(offsetof({}, {field}) == W2N_OFF_{rec}_{}, \"ABI: {}.{}\");",
                s.cname,
                f.name.to_ascii_uppercase(),
                s.cname,
                f.name
            );
        }
        let _ = writeln!(
            h,
            "W2N_STATIC_ASSERT(sizeof({}) == W2N_SIZEOF_{rec}, \"ABI: sizeof {}\");",
            s.cname, s.cname
        );
    }
    h.push_str("\n/* Runtime functions called by compiled code. */\n");
    for f in Rt::ALL.iter().map(|r| r.def()) {
        let cty = |t: &RtTy| match t {
            RtTy::Vmctx => "struct w2n_instance*",
            RtTy::I32 => "uint32_t",
            RtTy::I64 => "uint64_t",
            RtTy::Ptr => "void*",
        };
        let params: Vec<_> = f.params.iter().map(cty).collect();
        let noreturn = if f.symbol == "w2n_trap" {
            "W2N_NORETURN "
        } else {
            ""
        };
        let _ = writeln!(
            h,
            "/* {} */\n{}{} {}({});",
            f.doc,
            noreturn,
            f.ret.as_ref().map_or("void", cty),
            f.symbol,
            params.join(", ")
        );
    }
    h.push_str("\n#ifdef __cplusplus\n}\n#endif\n\n#endif /* W2N_ABI_H */\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_word_multiples() {
        assert_eq!(INSTANCE.offset_of("magic"), 0);
        assert_eq!(INSTANCE.offset_of("memory"), 24);
        assert_eq!(INSTANCE.offset_of("memories"), 32);
        // memory0 last (its doc), the others within one-byte displacements.
        // The prologue's stack check reads the limit with a one-byte displacement.
        assert_eq!(INSTANCE.offset_of("stack_limit"), 88);
        assert_eq!(INSTANCE.offset_of("memory0"), 96);
        assert_eq!(INSTANCE.size(), 96 + MEMORY.size());
        assert_eq!(FUNCREF.size(), 40);
        // memory0 is a whole record (its `words` are written out by hand).
        assert_eq!(MEMORY.size(), MEMORY_WORDS * 8);
        assert_eq!(memory_limit_offset(1), Some(MEMORY.offset_of("limits")));
        assert_eq!(
            memory_limit_offset(MEM_LIMITS as u64),
            Some(MEMORY.size() - 8)
        );
        assert_eq!(memory_limit_offset(0), None);
        assert_eq!(memory_limit_offset(MEM_LIMITS as u64 + 1), None);
    }

    #[test]
    fn signature_encoding_is_injective_on_small_cases() {
        let tys = [val::I32, val::I64, val::F32, val::F64, val::FUNCREF];
        let mut seen = std::collections::HashSet::new();
        for a in 0..tys.len() + 1 {
            for b in 0..tys.len() + 1 {
                let params: Vec<u64> = tys[..a].to_vec();
                let results: Vec<u64> = tys[..b].to_vec();
                assert!(seen.insert(sig::encode(&params, &results).unwrap()));
            }
        }
        assert_eq!(sig::encode(&[val::I32; 15], &[]), None);
    }

    #[test]
    fn import_symbols() {
        assert_eq!(
            symbols::import("wasi_snapshot_preview1", "fd_write"),
            "w2n_import_wasi_snapshot_preview1_fd_write"
        );
        assert_eq!(symbols::import("env", "a.b"), "w2n_import_env_a_2Eb");
    }
}
