/* w2n_abi.h: GENERATED from compiler/src/abi.rs by `wasm2native abi-header`.
 * Do not edit; a test checks this file is current. It is the whole binary contract
 * between code compiled by wasm2native and runtime-support. */
#ifndef W2N_ABI_H
#define W2N_ABI_H

#include <stddef.h>
#include <stdint.h>

/* C11 and C++ alike: the headers compile as either. */
#ifdef __cplusplus
#define W2N_STATIC_ASSERT(cond, msg) static_assert(cond, msg)
#define W2N_NORETURN [[noreturn]]
extern "C" {
#else
#define W2N_STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)
#define W2N_NORETURN _Noreturn
#endif

#define W2N_INSTANCE_MAGIC UINT64_C(0x7761736d326e6174)
#define W2N_ABI_VERSION 15
#define W2N_PAGE_SIZE 65536
#define W2N_MAX_PAGES 65536
#define W2N_MAX_TABLE_ELEMS 10000000
#define W2N_CONST_STACK 64
#define W2N_MEM0_OFFSET 65536
#define W2N_MEM0_GLOBALS 1024
#define W2N_MEM_LIMITS 64
#define W2N_GUARD_BAND 65536
#define W2N_NONE UINT64_MAX
#define W2N_NO_MAX UINT64_MAX
#define W2N_VAL_SLOT 16
/* Cell of defined global j of n: just before the instance, in its allocation. */
#define W2N_DEFINED_GLOBAL(inst, n, j) ((w2n_global*)(void*)(inst) - ((n) - (j)))
/* The same with mem0_offset: W2N_MEM0_GLOBALS bytes after the instance. */
#define W2N_MEM0_DEFINED_GLOBAL(inst, j) \
    ((w2n_global*)(void*)((char*)(inst) + W2N_MEM0_GLOBALS) + (j))

/* trap_sites entries: (function << FUNC_SHIFT) | (code << CODE_SHIFT) | offset. */
#define W2N_TRAP_SITE_FUNC_SHIFT 40
#define W2N_TRAP_SITE_CODE_SHIFT 32
#define W2N_TRAP_SITE_CODE_MASK UINT64_C(0xff)
#define W2N_TRAP_SITE_OFFSET_MASK UINT64_C(0xffffffff)
#define W2N_TRAP_SITE(func, code, offset) \
    (((uint64_t)(func) << W2N_TRAP_SITE_FUNC_SHIFT) | \
     (((uint64_t)(code) & W2N_TRAP_SITE_CODE_MASK) << W2N_TRAP_SITE_CODE_SHIFT) | \
     ((uint64_t)(offset) & W2N_TRAP_SITE_OFFSET_MASK))
#define W2N_TRAP_SITE_FUNC(site) ((uint64_t)(site) >> W2N_TRAP_SITE_FUNC_SHIFT)
#define W2N_TRAP_SITE_CODE(site) \
    ((int)(((uint64_t)(site) >> W2N_TRAP_SITE_CODE_SHIFT) & W2N_TRAP_SITE_CODE_MASK))
#define W2N_TRAP_SITE_OFFSET(site) ((uint64_t)(site) & W2N_TRAP_SITE_OFFSET_MASK)
W2N_STATIC_ASSERT(W2N_TRAP_SITE(3, 7, 0x1234) == UINT64_C(0x30700001234), "ABI: trap-site encoding");

/* Value types (also the nibbles of signature ids), and their C types. */
#define W2N_VAL_I32 1 /* uint32_t */
#define W2N_VAL_I64 2 /* uint64_t */
#define W2N_VAL_F32 3 /* float */
#define W2N_VAL_F64 4 /* double */
#define W2N_VAL_V128 5 /* w2n_v128 */
#define W2N_VAL_FUNCREF 6 /* void* */
#define W2N_VAL_EXTERNREF 7 /* void* */
/* v128: a 16-byte vector, passed in vector registers as the C ABI passes it (what
 * compiled code passes to host functions); lane 0 is the lowest-addressed byte. */
typedef uint8_t w2n_v128 __attribute__((vector_size(16)));

/* Signature ids (see w2n_sig_eq). An exact id: bit 0 set (W2N_SIG_EXACT), then one
 * W2N_SIG_BITS-bit nibble per type from bit 4 up: the parameter types, W2N_SIG_SEP,
 * the result types (at most W2N_SIG_MAX_TYPES types in all). A longer signature's id
 * is the address of its canonical string (bit 0 clear): one letter
 * W2N_SIG_LETTER_BASE + type per parameter, W2N_SIG_RESULTS_MARK, one per result
 * (typed signatures: W2N_SIG_TYPED_PREFIX first, and W2N_SIG_TYPED_END after; one
 * such segment per type of the supertype chain, W2N_SIG_SUPERTYPE_SEP between). */
#define W2N_SIG_EXACT 1
#define W2N_SIG_BITS 4
#define W2N_SIG_SEP 0xF
#define W2N_SIG_NIBBLE_MASK 0xF
#define W2N_SIG_MAX_TYPES 14
#define W2N_SIG_LETTER_BASE 'a'
#define W2N_SIG_RESULTS_MARK ':'
#define W2N_SIG_TYPED_PREFIX 'T'
#define W2N_SIG_TYPED_END '|'
#define W2N_SIG_SUPERTYPE_SEP '\n'
/* Nibble `i` (0 = the first type) of an exact id holding type code `t`. */
#define W2N_SIG_TYPE(i, t) ((uint64_t)(t) << (W2N_SIG_BITS * ((i) + 1)))
/* Type code at nibble `i` of exact id `id`. */
#define W2N_SIG_TYPE_AT(id, i) (((id) >> (W2N_SIG_BITS * ((i) + 1))) & W2N_SIG_NIBBLE_MASK)
/* [] -> [] */
#define W2N_SIG_VOID_VOID (W2N_SIG_EXACT | W2N_SIG_TYPE(0, W2N_SIG_SEP))
W2N_STATIC_ASSERT((W2N_SIG_EXACT | W2N_SIG_TYPE(0, W2N_SIG_SEP)) == UINT64_C(0xf1), "ABI: signature encoding");
W2N_STATIC_ASSERT((W2N_SIG_EXACT | W2N_SIG_TYPE(0, W2N_VAL_I32) | W2N_SIG_TYPE(1, W2N_VAL_I64) | W2N_SIG_TYPE(2, W2N_SIG_SEP) | W2N_SIG_TYPE(3, W2N_VAL_F32)) == UINT64_C(0x3f211), "ABI: signature encoding");
W2N_STATIC_ASSERT((W2N_SIG_EXACT | W2N_SIG_TYPE(0, W2N_VAL_V128) | W2N_SIG_TYPE(1, W2N_VAL_V128) | W2N_SIG_TYPE(2, W2N_SIG_SEP) | W2N_SIG_TYPE(3, W2N_VAL_V128)) == UINT64_C(0x5f551), "ABI: signature encoding");
W2N_STATIC_ASSERT((W2N_SIG_EXACT | W2N_SIG_TYPE(0, W2N_VAL_F64) | W2N_SIG_TYPE(1, W2N_SIG_SEP) | W2N_SIG_TYPE(2, W2N_VAL_I32) | W2N_SIG_TYPE(3, W2N_VAL_F64) | W2N_SIG_TYPE(4, W2N_VAL_F32)) == UINT64_C(0x341f41), "ABI: signature encoding");
W2N_STATIC_ASSERT((W2N_SIG_EXACT | W2N_SIG_TYPE(0, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(1, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(2, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(3, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(4, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(5, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(6, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(7, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(8, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(9, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(10, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(11, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(12, W2N_VAL_EXTERNREF) | W2N_SIG_TYPE(13, W2N_SIG_SEP) | W2N_SIG_TYPE(14, W2N_VAL_FUNCREF)) == UINT64_C(0x6f77777777777771), "ABI: signature encoding");

#define W2N_EXTERN_FUNC 0
#define W2N_EXTERN_TABLE 1
#define W2N_EXTERN_MEMORY 2
#define W2N_EXTERN_GLOBAL 3
#define W2N_EXTERN_TAG 4
#define W2N_CONST_VALUE 0
#define W2N_CONST_GLOBAL_GET 1
#define W2N_CONST_REF_NULL 2
#define W2N_CONST_REF_FUNC 3
#define W2N_CONST_I32_ADD 4
#define W2N_CONST_I32_SUB 5
#define W2N_CONST_I32_MUL 6
#define W2N_CONST_I64_ADD 7
#define W2N_CONST_I64_SUB 8
#define W2N_CONST_I64_MUL 9
#define W2N_CONST_EXPR 10
#define W2N_CONST_STRUCT_NEW 11
#define W2N_CONST_STRUCT_NEW_DEFAULT 12
#define W2N_CONST_ARRAY_NEW 13
#define W2N_CONST_ARRAY_NEW_DEFAULT 14
#define W2N_CONST_ARRAY_NEW_FIXED 15
#define W2N_CONST_REF_I31 16
#define W2N_CONST_ANY_CONVERT_EXTERN 17
#define W2N_CONST_EXTERN_CONVERT_ANY 18
#define W2N_GC_FUNC 0
#define W2N_GC_STRUCT 1
#define W2N_GC_ARRAY 2
#define W2N_GC_HEADER 16
#define W2N_GC_ARRAY_LEN 8
#define W2N_GC_GRANULE 16
#define W2N_GC_INLINE_MAX 512
#define W2N_GC_FREE_LINK 8
#define W2N_HT_ANY UINT64_C(4294967296)
#define W2N_HT_EQ UINT64_C(4294967297)
#define W2N_HT_I31 UINT64_C(4294967298)
#define W2N_HT_STRUCT UINT64_C(4294967299)
#define W2N_HT_ARRAY UINT64_C(4294967300)
#define W2N_HT_NONE UINT64_C(4294967301)
#define W2N_HT_FUNC UINT64_C(4294967302)
#define W2N_HT_NOFUNC UINT64_C(4294967303)
#define W2N_HT_EXTERN UINT64_C(4294967304)
#define W2N_HT_NOEXTERN UINT64_C(4294967305)
#define W2N_HT_NULLABLE UINT64_C(1099511627776)
#define W2N_ELEM_ACTIVE 0
#define W2N_ELEM_PASSIVE 1
#define W2N_ELEM_DECLARATIVE 2

/* Architectures (w2n_module.cpu_arch) and CPU feature bits (cpu_features). */
#define W2N_ARCH_X86_64 1
#define W2N_ARCH_AARCH64 2
#define W2N_ARCH_RISCV64 3
#define W2N_CPU_X86_64_SSE3 (UINT64_C(1) << 0)
#define W2N_CPU_X86_64_SSSE3 (UINT64_C(1) << 1)
#define W2N_CPU_X86_64_SSE41 (UINT64_C(1) << 2)
#define W2N_CPU_X86_64_SSE42 (UINT64_C(1) << 3)
#define W2N_CPU_X86_64_POPCNT (UINT64_C(1) << 4)
#define W2N_CPU_X86_64_CMPXCHG16B (UINT64_C(1) << 5)
#define W2N_CPU_X86_64_AVX (UINT64_C(1) << 6)
#define W2N_CPU_X86_64_AVX2 (UINT64_C(1) << 7)
#define W2N_CPU_X86_64_FMA (UINT64_C(1) << 8)
#define W2N_CPU_X86_64_BMI1 (UINT64_C(1) << 9)
#define W2N_CPU_X86_64_BMI2 (UINT64_C(1) << 10)
#define W2N_CPU_X86_64_LZCNT (UINT64_C(1) << 11)
#define W2N_CPU_X86_64_AVX512F (UINT64_C(1) << 12)
#define W2N_CPU_X86_64_AVX512VL (UINT64_C(1) << 13)
#define W2N_CPU_X86_64_AVX512DQ (UINT64_C(1) << 14)
#define W2N_CPU_X86_64_AVX512BITALG (UINT64_C(1) << 15)
#define W2N_CPU_X86_64_AVX512VBMI (UINT64_C(1) << 16)
#define W2N_CPU_X86_64_AVX512VNNI (UINT64_C(1) << 17)
#define W2N_CPU_X86_64_AVX_VNNI (UINT64_C(1) << 18)
#define W2N_CPU_AARCH64_LSE (UINT64_C(1) << 0)
#define W2N_CPU_AARCH64_FP16 (UINT64_C(1) << 1)
#define W2N_CPU_AARCH64_DOTPROD (UINT64_C(1) << 2)
#define W2N_CPU_AARCH64_I8MM (UINT64_C(1) << 3)
#define W2N_CPU_RISCV64_V (UINT64_C(1) << 0)
#define W2N_CPU_RISCV64_ZBA (UINT64_C(1) << 1)
#define W2N_CPU_RISCV64_ZBB (UINT64_C(1) << 2)
#define W2N_CPU_RISCV64_ZBC (UINT64_C(1) << 3)
#define W2N_CPU_RISCV64_ZBS (UINT64_C(1) << 4)
#define W2N_CPU_RISCV64_ZICOND (UINT64_C(1) << 5)
#define W2N_CPU_RISCV64_ZFA (UINT64_C(1) << 6)
#define W2N_CPU_RISCV64_ZVFH (UINT64_C(1) << 7)
/* Names of the X86_64 feature bits, by bit. */
#define W2N_CPU_X86_64_NAMES { "sse3", "ssse3", "sse4.1", "sse4.2", "popcnt", "cx16", "avx", "avx2", "fma", "bmi1", "bmi2", "lzcnt", "avx512f", "avx512vl", "avx512dq", "avx512bitalg", "avx512vbmi", "avx512vnni", "avx_vnni" }
/* Names of the AARCH64 feature bits, by bit. */
#define W2N_CPU_AARCH64_NAMES { "atomics", "fphp", "asimddp", "i8mm" }
/* Names of the RISCV64 feature bits, by bit. */
#define W2N_CPU_RISCV64_NAMES { "v", "zba", "zbb", "zbc", "zbs", "zicond", "zfa", "zvfh" }

/* Trap codes; W2N_TRAP_NONE (0) means no trap. */
#define W2N_TRAP_NONE 0
#define W2N_TRAP_UNREACHABLE 1
#define W2N_TRAP_MEMORY_OOB 2
#define W2N_TRAP_TABLE_OOB 3
#define W2N_TRAP_INDIRECT_NULL 4
#define W2N_TRAP_BAD_SIGNATURE 5
#define W2N_TRAP_INT_DIV_ZERO 6
#define W2N_TRAP_INT_OVERFLOW 7
#define W2N_TRAP_BAD_CONVERSION 8
#define W2N_TRAP_STACK_EXHAUSTED 9
#define W2N_TRAP_UNDEFINED_ELEMENT 10
#define W2N_TRAP_NULL_REFERENCE 11
#define W2N_TRAP_EXIT 12
#define W2N_TRAP_HOST 13
#define W2N_TRAP_NULL_FUNC_REF 14
#define W2N_TRAP_EXCEPTION 15
#define W2N_TRAP_UNALIGNED_ATOMIC 16
#define W2N_TRAP_EXPECTED_SHARED 17
#define W2N_TRAP_NULL_STRUCT 20
#define W2N_TRAP_NULL_ARRAY 21
#define W2N_TRAP_NULL_I31 22
#define W2N_TRAP_CAST_FAILURE 23
#define W2N_TRAP_ARRAY_OOB 24
#define W2N_TRAP_GC_OOM 25
#define W2N_TRAP_COUNT 26
/* Message of each trap code, indexed by code. */
#define W2N_TRAP_MESSAGES { "no trap", "unreachable", "out of bounds memory access", "out of bounds table access", "uninitialized element", "indirect call type mismatch", "integer divide by zero", "integer overflow", "invalid conversion to integer", "call stack exhausted", "undefined element", "null reference", "exit", "host error", "null function reference", "uncaught exception", "unaligned atomic", "expected shared memory", "unknown trap", "unknown trap", "null structure reference", "null array reference", "null i31 reference", "cast failure", "out of bounds array access", "GC heap out of memory" }

/* One argument/result slot of a trampoline call: 16 bytes, scalars in the low bytes. */
typedef struct w2n_val { uint64_t lo, hi; } w2n_val;

/* Array-call trampoline: calls `code(vmctx, args...)` reading the arguments from
 * `vals[0..nparams]` and writing the results to `vals[0..nresults]`. */
typedef void (*w2n_trampoline_fn)(void* code, void* vmctx, w2n_val* vals);

struct w2n_store_abi;
struct w2n_memory;
struct w2n_table;
struct w2n_global;
struct w2n_funcref;
struct w2n_tag;
struct w2n_exn;
struct w2n_exn_site;
struct w2n_gc_type_def;
struct w2n_stack_map;
struct w2n_instance;
struct w2n_const_expr;
struct w2n_global_def;
struct w2n_table_def;
struct w2n_memory_def;
struct w2n_import;
struct w2n_export;
struct w2n_data_seg;
struct w2n_elem_seg;
struct w2n_inline_frame;
struct w2n_func_info;
struct w2n_module;

/* `mutable` is a C++ keyword: the field is `is_mutable` in C++. */
#ifdef __cplusplus
#define W2N_CXX_FIELD_mutable is_mutable
#else
#define W2N_CXX_FIELD_mutable mutable
#endif

/* The part of a store that compiled code reads. The runtime's `w2n_store` starts with it. */
typedef struct w2n_store_abi {
    uintptr_t stack_limit; /* Lowest stack address guest code may use on the thread running the store (set by every outermost w2n_call); compiled code reads each instance's copy (w2n_instance.stack_limit), the signal handler this one. */
    int64_t gc_budget; /* GC: bytes compiled code may still allocate inline before the runtime must run (a collection); 0 until the store has a GC heap. */
    void** gc_free; /* GC: the heap's free lists by size class (index: object bytes / W2N_GC_GRANULE, up to W2N_GC_INLINE_MAX bytes). A free slot is zero but for the next slot's address at offset 8. Valid when gc_budget is positive. */
} w2n_store_abi;

/* A linear memory. `base` never changes after creation (the whole maximum is reserved). */
typedef struct w2n_memory {
    uint8_t* base; /* Start of the memory. */
    uint64_t size; /* Current size in bytes (a multiple of the page size). */
    uint64_t max_pages; /* Maximum number of pages (declared maximum or the implementation limit). */
    uint64_t reserved; /* Bytes of address space reserved at `base`. */
    uint64_t index64; /* 1 for a 64-bit memory (memory64: i64 addresses), else 0. */
    uint64_t shared; /* 1 for a shared memory (threads): `size` is then written atomically under a lock and read with atomic loads by the runtime. */
    int64_t limits[64]; /* limits[END - 1] == size - END (negative when the memory is smaller than END): compiled code's bounds checks compare an index with it. Written with `size`, before it (w2n_memory_set_size); only the runtime writes either. */
} w2n_memory;

/* A table. Elements are `w2n_funcref*` (funcref) or opaque `void*` (externref); NULL is null. */
typedef struct w2n_table {
    void** elems; /* Element array; reallocated by table.grow. */
    uint64_t size; /* Current number of elements. */
    uint64_t max; /* Maximum number of elements. */
    uint64_t elem_type; /* W2N_VAL_FUNCREF or W2N_VAL_EXTERNREF. */
    const char* ref_type; /* Typed element type (canonical string, compiler/src/types.rs; checked by w2n_ref_subtype at link time), or NULL for plain funcref/externref. */
    uint64_t index64; /* 1 for a 64-bit table (table64: i64 indices), else 0. */
} w2n_table;

/* Storage of one global. Scalars live in the low bytes of `lo` (little-endian). */
typedef struct w2n_global {
    uint64_t lo; /* Low 8 bytes of the value. */
    uint64_t hi; /* High 8 bytes (v128 only). */
} w2n_global;

/* A function reference. Calling it means `code(vmctx, params...)` in the wasm ABI (Cranelift's `tail` calling convention: call it through `trampoline`, never directly from C). */
typedef struct w2n_funcref {
    void* code; /* Native code of the function (wasm ABI, see README). */
    struct w2n_instance* vmctx; /* First argument passed to `code`: the callee's instance (for host functions: the importing instance). */
    uint64_t type_id; /* Canonical signature id (see `w2n_sig_*`). */
    w2n_trampoline_fn trampoline; /* Array-call trampoline for the signature (host functions get the importing module's), or NULL. */
    void* host_fn; /* A host function: the C function (C ABI, `host_fn(vmctx, params...)`) that `code`, the importing module's adapter, calls; NULL for wasm functions. */
} w2n_funcref;

/* A tag instance (exception handling): two tags are the same tag when they are the same record. */
typedef struct w2n_tag {
    uint64_t type_id; /* Signature id of the tag's function type (its parameters are the exception's values). */
    uint64_t num_params; /* Number of values an exception of this tag carries. */
} w2n_tag;

/* An exception: its tag, then `num_vals` values (one w2n_val each) right after this header. Allocated by the runtime, owned by the store (freed with it). */
typedef struct w2n_exn {
    struct w2n_tag* tag; /* The exception's tag. */
    struct w2n_exn* next; /* Next exception the store owns. */
    uint64_t num_vals; /* Number of values that follow. */
    uint64_t reserved; /* Zero; keeps the values 16-byte aligned (v128). */
} w2n_exn;

/* A call site of compiled code with an exception handler (sorted by function, then return offset). */
typedef struct w2n_exn_site {
    uint64_t func; /* Defined function index (like `func_code`). */
    uint64_t ret_offset; /* Offset of the call's return address in the function's code. */
    uint64_t handler_offset; /* Offset of the handler in the function's code: it receives the exception (`w2n_exn*`) in the first payload register. */
    uint64_t sp_offset; /* Frame pointer minus stack pointer at the call: the handler runs with sp = fp - sp_offset. */
} w2n_exn_site;

/* A defined type for GC: the runtime interns it by its canonical key into a `w2n_rtt` (one per canonical type per process), so casts work across modules. */
typedef struct w2n_gc_type_def {
    uint64_t kind; /* W2N_GC_FUNC, W2N_GC_STRUCT or W2N_GC_ARRAY. */
    const char* key; /* Canonical key (compiler/src/types.rs), NUL-terminated; NULL for a function type. */
    uint64_t supertype; /* Type index of the declared supertype, or W2N_NONE. */
    uint64_t size; /* Struct: object size in bytes, header included. Array: element size in bytes. */
    uint64_t num_refs; /* Struct: number of entries in `ref_offsets`. Array: 0 when the elements are not traced (numbers, funcrefs), 1 when they are references to GC objects (or null, or i31), 2 when they are externrefs (which may be host values). */
    const uint32_t* ref_offsets; /* Struct: byte offset (from the object's start) of every field the collector traces (any/extern hierarchy), with bit 31 set for an externref field (may be a host value). */
    uint64_t num_fields; /* Struct: number of fields (constant expressions pop this many values). */
    const uint32_t* field_info; /* Struct: per field, offset | (size << 16) | (is_ref << 24) | (is_float << 25). Array: one entry for the element. */
} w2n_gc_type_def;

/* A call site of compiled code with live GC references in its frame (Cranelift user stack maps). */
typedef struct w2n_stack_map {
    uint64_t func; /* Defined function index (like `func_code`). */
    uint64_t ret_offset; /* Offset of the call's return address in the function's code. */
    uint64_t frame_size; /* Frame pointer minus stack pointer at the call (slots are sp-relative). */
    uint64_t num_slots; /* Number of entries in `slots`. */
    const uint32_t* slots; /* Byte offsets from sp of the 8-byte slots holding live references. */
} w2n_stack_map;

/* An instance (vmctx). The runtime's private state follows this header in the same allocation, and the cells of the defined globals precede it (W2N_DEFINED_GLOBAL). */
typedef struct w2n_instance {
    uint64_t magic; /* W2N_INSTANCE_MAGIC. */
    struct w2n_store_abi* store; /* The store this instance lives in. */
    const struct w2n_module* module; /* The module descriptor this instance was created from. */
    w2n_memory* memory; /* Memory 0: &memory0, or the imported memory (NULL when the module has no memory). */
    w2n_memory** memories; /* Every memory (imported first), by memory index; memories[0] == memory. Compiled code reaches memories other than 0 through it. */
    w2n_global** globals; /* Every global (imported first), by global index. */
    w2n_table** tables; /* Every table (imported first), by table index. */
    w2n_funcref** funcs; /* Every function (imported first), by function index. */
    void* host_data; /* Embedder's data (the WASI context in executables). */
    struct w2n_tag** tags; /* Every tag (imported first), by tag index: a tag's identity is this pointer (an imported tag is the exporter's). */
    const struct w2n_rtt** gc_types; /* GC: the canonical run-time type of every struct and array type, by type index (NULL for function types; NULL array in a module without GC types). */
    uintptr_t stack_limit; /* The store's `stack_limit`, copied into every instance of the store (by instantiation and by every outermost w2n_call that changes it): every function prologue that makes calls compares the stack pointer with it, one load from the vmctx. */
    w2n_memory memory0; /* Storage of memory 0 when the module defines it. Last: the fields before it keep offsets below 128 (one-byte displacements on x86_64) whatever its size. */
} w2n_instance;

/* A constant expression: `kind` is W2N_CONST_*, `value` the literal bits or an index. */
typedef struct w2n_const_expr {
    uint64_t kind; /* W2N_CONST_* (VALUE, GLOBAL_GET, REF_NULL, REF_FUNC; EXPR for an extended constant expression; the operators only inside an EXPR's program). */
    uint64_t value; /* Low bits of the literal, the global/function index, or an EXPR's number of operations. */
    uint64_t value_hi; /* High bits of a v128 literal, or the address of an EXPR's operations (`const w2n_const_expr*`, postfix order). */
} w2n_const_expr;

/* A global's type and (for defined globals) initializer. */
typedef struct w2n_global_def {
    uint64_t val_type; /* W2N_VAL_*. */
#ifdef __cplusplus
    uint64_t is_mutable; /* 1 when mutable. */
#else
    uint64_t mutable;
#endif
    w2n_const_expr init; /* Initializer (defined globals only). */
    const char* ref_type; /* Typed reference type (canonical string, compiler/src/types.rs), or NULL when `val_type` says it all. */
} w2n_global_def;

/* A table's type. */
typedef struct w2n_table_def {
    uint64_t elem_type; /* W2N_VAL_FUNCREF or W2N_VAL_EXTERNREF. */
    uint64_t min; /* Minimum elements. */
    uint64_t max; /* Maximum elements, or W2N_NO_MAX. */
    w2n_const_expr init; /* Initial value of every element of a defined table (W2N_CONST_REF_NULL, or an initializer expression: typed function references). */
    const char* ref_type; /* Typed element type (canonical string, compiler/src/types.rs), or NULL for plain funcref/externref. */
    uint64_t index64; /* 1 for a 64-bit table (table64: i64 indices), else 0. */
} w2n_table_def;

/* A memory's type. */
typedef struct w2n_memory_def {
    uint64_t min; /* Minimum pages. */
    uint64_t max; /* Maximum pages, or W2N_NO_MAX. */
    uint64_t index64; /* 1 for a 64-bit memory (memory64), else 0. */
    uint64_t shared; /* 1 for a shared memory (threads), else 0. */
} w2n_memory_def;

/* An import. */
typedef struct w2n_import {
    const char* module; /* Module name (NUL-terminated; `module_len` bytes). */
    uint64_t module_len; /* Length of `module` (names may contain NUL). */
    const char* name; /* Field name (NUL-terminated; `name_len` bytes). */
    uint64_t name_len; /* Length of `name`. */
    uint64_t kind; /* W2N_EXTERN_*. */
    uint64_t index; /* Index in its index space (function, table, memory or global index). */
    uint64_t type_id; /* Functions: canonical signature id. Globals: W2N_VAL_* | (mutable << 8). */
    void* static_fn; /* Executables only: the linked C provider `w2n_import_<mod>_<name>`, else NULL. */
} w2n_import;

/* An export. */
typedef struct w2n_export {
    const char* name; /* Export name (NUL-terminated; `name_len` bytes). */
    uint64_t name_len; /* Length of `name`. */
    uint64_t kind; /* W2N_EXTERN_*. */
    uint64_t index; /* Index in its index space. */
} w2n_export;

/* A data segment. */
typedef struct w2n_data_seg {
    uint64_t active; /* 1 for an active segment (copied at instantiation), 0 for passive. */
    uint64_t memory; /* Memory index (active only). */
    w2n_const_expr offset; /* Offset expression (active only). */
    const uint8_t* bytes; /* Contents. */
    uint64_t len; /* Length of `bytes`. */
} w2n_data_seg;

/* An element segment. */
typedef struct w2n_elem_seg {
    uint64_t mode; /* W2N_ELEM_ACTIVE, W2N_ELEM_PASSIVE or W2N_ELEM_DECLARATIVE. */
    uint64_t table; /* Table index (active only). */
    w2n_const_expr offset; /* Offset expression (active only). */
    uint64_t elem_type; /* W2N_VAL_FUNCREF or W2N_VAL_EXTERNREF. */
    uint64_t count; /* Number of items. */
    const w2n_const_expr* items; /* Item expressions. */
} w2n_elem_seg;

/* A code range of a defined function that is another function inlined into it (backtraces). */
typedef struct w2n_inline_frame {
    uint64_t code_start; /* First code offset of the range, in the caller's code. */
    uint64_t code_end; /* Code offset just past the range. */
    uint64_t func_index; /* Index of the inlined function (function index space); the range's `addr_map` offsets are in its body. */
    uint64_t call_offset; /* Module-relative wasm offset of the inlined call in the caller. */
} w2n_inline_frame;

/* A defined function's code extent, name and native-to-wasm offset map (backtraces). */
typedef struct w2n_func_info {
    uint64_t code_size; /* Bytes of code from its `func_code` entry (padding excluded). */
    uint64_t frame_offset; /* Code offset where the prologue has pushed the caller's frame pointer and return address; before it the function has no frame yet (0xffffffff: it never has one, an x86_64 leaf that touches no stack). */
    uint64_t wasm_offset; /* Module-relative offset of the function's body in the wasm binary. */
    const char* name; /* Name from the name section (NUL-terminated), or NULL. */
    const uint8_t* addr_map; /* Native-to-wasm offset map: entries of ULEB128 (code offset minus the previous entry's) then SLEB128 (wasm offset minus the previous entry's; the first is relative to `wasm_offset`). An entry covers the code from its offset to the next entry's; code before the first maps to `wasm_offset`. */
    uint64_t addr_map_len; /* Bytes in `addr_map`. */
    uint64_t num_inline_frames; /* Number of entries in `inline_frames`. */
    const struct w2n_inline_frame* inline_frames; /* Code ranges of the functions inlined into this one, sorted by `code_start` (NULL when none). */
} w2n_func_info;

/* Module descriptor emitted by the compiler. */
typedef struct w2n_module {
    uint64_t magic; /* W2N_INSTANCE_MAGIC. */
    uint64_t abi_version; /* W2N_ABI_VERSION. */
    const char* name; /* Module name (from the name section or the file name). */
    uint64_t num_types; /* Number of entries in `type_ids`. */
    const uint64_t* type_ids; /* Canonical signature id of each type index (0 for non-function types). */
    uint64_t num_imports; /* Number of imports. */
    const struct w2n_import* imports; /* Imports, in module order. */
    uint64_t num_funcs; /* Number of functions, imported included. */
    uint64_t num_imported_funcs; /* Number of imported functions. */
    const uint64_t* func_types; /* Type index of every function. */
    void* const* func_code; /* Code of every defined function (indexed from 0 = first defined). */
    w2n_trampoline_fn const* func_trampolines; /* Trampoline of every function (imported included; NULL where unused). */
    void* const* import_adapters; /* Adapter of every imported function (wasm ABI outside; calls the funcref's `host_fn` with the C ABI): the `code` of a host function bound to that import. NULL in a descriptor whose code uses the C ABI throughout (hand-written ones). */
    const uint64_t* import_adapter_sizes; /* Code size of every import adapter (indexed like `import_adapters`), so that a backtrace walks through an adapter's frame as compiled code's; NULL with `import_adapters`. */
    uint64_t num_globals; /* Number of globals, imported included. */
    uint64_t num_imported_globals; /* Number of imported globals. */
    const struct w2n_global_def* globals; /* Every global's type and initializer. */
    uint64_t num_memories; /* Number of memories, imported included. */
    uint64_t num_imported_memories; /* Number of imported memories (they come first). */
    const struct w2n_memory_def* memories; /* Every memory's limits, by memory index. */
    uint64_t num_tables; /* Number of tables, imported included. */
    uint64_t num_imported_tables; /* Number of imported tables. */
    const struct w2n_table_def* tables; /* Every table's type and limits. */
    uint64_t num_exports; /* Number of exports. */
    const struct w2n_export* exports; /* Exports, in module order. */
    uint64_t start_func; /* Start function index, or W2N_NONE. */
    uint64_t num_data; /* Number of data segments. */
    const struct w2n_data_seg* data; /* Data segments. */
    uint64_t num_elems; /* Number of element segments. */
    const struct w2n_elem_seg* elems; /* Element segments. */
    uint64_t cpu_arch; /* Architecture the code was compiled for (W2N_ARCH_*). */
    uint64_t cpu_features; /* Optional CPU features the code uses (W2N_CPU_* bits of `cpu_arch`); instantiation fails cleanly on a CPU that lacks one. */
    uint64_t num_trap_sites; /* Number of entries in `trap_sites`. */
    const uint64_t* trap_sites; /* Every trap instruction of the compiled code (a conditional trap is a branch to an illegal instruction): (defined function index << W2N_TRAP_SITE_FUNC_SHIFT) | (trap code << W2N_TRAP_SITE_CODE_SHIFT) | byte offset in that function. The runtime's SIGILL handler maps the faulting pc to its trap. */
    const struct w2n_func_info* func_info; /* Code size, name and native-to-wasm offset map of every defined function (indexed like `func_code`), for backtraces. */
    uint64_t num_tags; /* Number of tags, imported included. */
    uint64_t num_imported_tags; /* Number of imported tags (they come first). */
    const uint64_t* tag_types; /* Signature id of every tag's type, by tag index. */
    const uint64_t* tag_params; /* Number of values of every tag, by tag index. */
    uint64_t num_exn_sites; /* Number of entries in `exn_sites`. */
    const struct w2n_exn_site* exn_sites; /* Every call site with an exception handler, sorted by (func, ret_offset). */
    uint64_t num_trampolines; /* Number of entries in `trampolines`. */
    void* const* trampolines; /* Code of every distinct array-call trampoline (compiled code: a frame walk reads their frame records as compiled code's, as for import adapters). */
    const uint64_t* trampoline_sizes; /* Code size of every entry of `trampolines`. */
    const struct w2n_gc_type_def* gc_types; /* GC: the struct and array types, one per type index (kind W2N_GC_FUNC for a function type), or NULL in a module without them. */
    uint64_t num_stack_maps; /* GC: number of entries in `stack_maps`. */
    const struct w2n_stack_map* stack_maps; /* GC: every safepoint (call site) of compiled code with live references in its frame, sorted by (func, ret_offset). */
    const struct w2n_gc_hooks* gc_hooks; /* GC: the collector's entry points that instantiation calls (the run-time types, GC operators of constant expressions), i.e. the runtime's `w2n_gc_hooks`; NULL in a module without GC types or GC constant operators. Only this reference links the collector into an executable whose code allocates nothing. */
    uint64_t mem0_offset; /* 0, or W2N_MEM0_OFFSET: memory 0 (defined, not shared) must then start exactly that many bytes after the instance, because compiled code reads memory 0's record (`size`) at a constant distance from its base (the runtime places the instance in memory 0's reservation), and the defined globals' cells follow the instance from W2N_MEM0_GLOBALS on (W2N_MEM0_DEFINED_GLOBAL) instead of preceding it. */
} w2n_module;

/* Offsets and sizes (bytes) of every field: W2N_OFF_<record>_<field>, W2N_SIZEOF_<record>.
 * The compiler uses exactly these; the checks below hold them to the C layout. */
#define W2N_OFF_STORE_ABI_STACK_LIMIT 0
#define W2N_OFF_STORE_ABI_GC_BUDGET 8
#define W2N_OFF_STORE_ABI_GC_FREE 16
#define W2N_SIZEOF_STORE_ABI 24
#define W2N_OFF_MEMORY_BASE 0
#define W2N_OFF_MEMORY_SIZE 8
#define W2N_OFF_MEMORY_MAX_PAGES 16
#define W2N_OFF_MEMORY_RESERVED 24
#define W2N_OFF_MEMORY_INDEX64 32
#define W2N_OFF_MEMORY_SHARED 40
#define W2N_OFF_MEMORY_LIMITS 48
#define W2N_SIZEOF_MEMORY 560
#define W2N_OFF_TABLE_ELEMS 0
#define W2N_OFF_TABLE_SIZE 8
#define W2N_OFF_TABLE_MAX 16
#define W2N_OFF_TABLE_ELEM_TYPE 24
#define W2N_OFF_TABLE_REF_TYPE 32
#define W2N_OFF_TABLE_INDEX64 40
#define W2N_SIZEOF_TABLE 48
#define W2N_OFF_GLOBAL_LO 0
#define W2N_OFF_GLOBAL_HI 8
#define W2N_SIZEOF_GLOBAL 16
#define W2N_OFF_FUNCREF_CODE 0
#define W2N_OFF_FUNCREF_VMCTX 8
#define W2N_OFF_FUNCREF_TYPE_ID 16
#define W2N_OFF_FUNCREF_TRAMPOLINE 24
#define W2N_OFF_FUNCREF_HOST_FN 32
#define W2N_SIZEOF_FUNCREF 40
#define W2N_OFF_TAG_TYPE_ID 0
#define W2N_OFF_TAG_NUM_PARAMS 8
#define W2N_SIZEOF_TAG 16
#define W2N_OFF_EXN_TAG 0
#define W2N_OFF_EXN_NEXT 8
#define W2N_OFF_EXN_NUM_VALS 16
#define W2N_OFF_EXN_RESERVED 24
#define W2N_SIZEOF_EXN 32
#define W2N_OFF_EXN_SITE_FUNC 0
#define W2N_OFF_EXN_SITE_RET_OFFSET 8
#define W2N_OFF_EXN_SITE_HANDLER_OFFSET 16
#define W2N_OFF_EXN_SITE_SP_OFFSET 24
#define W2N_SIZEOF_EXN_SITE 32
#define W2N_OFF_GC_TYPE_DEF_KIND 0
#define W2N_OFF_GC_TYPE_DEF_KEY 8
#define W2N_OFF_GC_TYPE_DEF_SUPERTYPE 16
#define W2N_OFF_GC_TYPE_DEF_SIZE 24
#define W2N_OFF_GC_TYPE_DEF_NUM_REFS 32
#define W2N_OFF_GC_TYPE_DEF_REF_OFFSETS 40
#define W2N_OFF_GC_TYPE_DEF_NUM_FIELDS 48
#define W2N_OFF_GC_TYPE_DEF_FIELD_INFO 56
#define W2N_SIZEOF_GC_TYPE_DEF 64
#define W2N_OFF_STACK_MAP_FUNC 0
#define W2N_OFF_STACK_MAP_RET_OFFSET 8
#define W2N_OFF_STACK_MAP_FRAME_SIZE 16
#define W2N_OFF_STACK_MAP_NUM_SLOTS 24
#define W2N_OFF_STACK_MAP_SLOTS 32
#define W2N_SIZEOF_STACK_MAP 40
#define W2N_OFF_INSTANCE_MAGIC 0
#define W2N_OFF_INSTANCE_STORE 8
#define W2N_OFF_INSTANCE_MODULE 16
#define W2N_OFF_INSTANCE_MEMORY 24
#define W2N_OFF_INSTANCE_MEMORIES 32
#define W2N_OFF_INSTANCE_GLOBALS 40
#define W2N_OFF_INSTANCE_TABLES 48
#define W2N_OFF_INSTANCE_FUNCS 56
#define W2N_OFF_INSTANCE_HOST_DATA 64
#define W2N_OFF_INSTANCE_TAGS 72
#define W2N_OFF_INSTANCE_GC_TYPES 80
#define W2N_OFF_INSTANCE_STACK_LIMIT 88
#define W2N_OFF_INSTANCE_MEMORY0 96
#define W2N_SIZEOF_INSTANCE 656
#define W2N_OFF_CONST_EXPR_KIND 0
#define W2N_OFF_CONST_EXPR_VALUE 8
#define W2N_OFF_CONST_EXPR_VALUE_HI 16
#define W2N_SIZEOF_CONST_EXPR 24
#define W2N_OFF_GLOBAL_DEF_VAL_TYPE 0
#define W2N_OFF_GLOBAL_DEF_MUTABLE 8
#define W2N_OFF_GLOBAL_DEF_INIT 16
#define W2N_OFF_GLOBAL_DEF_REF_TYPE 40
#define W2N_SIZEOF_GLOBAL_DEF 48
#define W2N_OFF_TABLE_DEF_ELEM_TYPE 0
#define W2N_OFF_TABLE_DEF_MIN 8
#define W2N_OFF_TABLE_DEF_MAX 16
#define W2N_OFF_TABLE_DEF_INIT 24
#define W2N_OFF_TABLE_DEF_REF_TYPE 48
#define W2N_OFF_TABLE_DEF_INDEX64 56
#define W2N_SIZEOF_TABLE_DEF 64
#define W2N_OFF_MEMORY_DEF_MIN 0
#define W2N_OFF_MEMORY_DEF_MAX 8
#define W2N_OFF_MEMORY_DEF_INDEX64 16
#define W2N_OFF_MEMORY_DEF_SHARED 24
#define W2N_SIZEOF_MEMORY_DEF 32
#define W2N_OFF_IMPORT_MODULE 0
#define W2N_OFF_IMPORT_MODULE_LEN 8
#define W2N_OFF_IMPORT_NAME 16
#define W2N_OFF_IMPORT_NAME_LEN 24
#define W2N_OFF_IMPORT_KIND 32
#define W2N_OFF_IMPORT_INDEX 40
#define W2N_OFF_IMPORT_TYPE_ID 48
#define W2N_OFF_IMPORT_STATIC_FN 56
#define W2N_SIZEOF_IMPORT 64
#define W2N_OFF_EXPORT_NAME 0
#define W2N_OFF_EXPORT_NAME_LEN 8
#define W2N_OFF_EXPORT_KIND 16
#define W2N_OFF_EXPORT_INDEX 24
#define W2N_SIZEOF_EXPORT 32
#define W2N_OFF_DATA_SEG_ACTIVE 0
#define W2N_OFF_DATA_SEG_MEMORY 8
#define W2N_OFF_DATA_SEG_OFFSET 16
#define W2N_OFF_DATA_SEG_BYTES 40
#define W2N_OFF_DATA_SEG_LEN 48
#define W2N_SIZEOF_DATA_SEG 56
#define W2N_OFF_ELEM_SEG_MODE 0
#define W2N_OFF_ELEM_SEG_TABLE 8
#define W2N_OFF_ELEM_SEG_OFFSET 16
#define W2N_OFF_ELEM_SEG_ELEM_TYPE 40
#define W2N_OFF_ELEM_SEG_COUNT 48
#define W2N_OFF_ELEM_SEG_ITEMS 56
#define W2N_SIZEOF_ELEM_SEG 64
#define W2N_OFF_INLINE_FRAME_CODE_START 0
#define W2N_OFF_INLINE_FRAME_CODE_END 8
#define W2N_OFF_INLINE_FRAME_FUNC_INDEX 16
#define W2N_OFF_INLINE_FRAME_CALL_OFFSET 24
#define W2N_SIZEOF_INLINE_FRAME 32
#define W2N_OFF_FUNC_INFO_CODE_SIZE 0
#define W2N_OFF_FUNC_INFO_FRAME_OFFSET 8
#define W2N_OFF_FUNC_INFO_WASM_OFFSET 16
#define W2N_OFF_FUNC_INFO_NAME 24
#define W2N_OFF_FUNC_INFO_ADDR_MAP 32
#define W2N_OFF_FUNC_INFO_ADDR_MAP_LEN 40
#define W2N_OFF_FUNC_INFO_NUM_INLINE_FRAMES 48
#define W2N_OFF_FUNC_INFO_INLINE_FRAMES 56
#define W2N_SIZEOF_FUNC_INFO 64
#define W2N_OFF_MODULE_MAGIC 0
#define W2N_OFF_MODULE_ABI_VERSION 8
#define W2N_OFF_MODULE_NAME 16
#define W2N_OFF_MODULE_NUM_TYPES 24
#define W2N_OFF_MODULE_TYPE_IDS 32
#define W2N_OFF_MODULE_NUM_IMPORTS 40
#define W2N_OFF_MODULE_IMPORTS 48
#define W2N_OFF_MODULE_NUM_FUNCS 56
#define W2N_OFF_MODULE_NUM_IMPORTED_FUNCS 64
#define W2N_OFF_MODULE_FUNC_TYPES 72
#define W2N_OFF_MODULE_FUNC_CODE 80
#define W2N_OFF_MODULE_FUNC_TRAMPOLINES 88
#define W2N_OFF_MODULE_IMPORT_ADAPTERS 96
#define W2N_OFF_MODULE_IMPORT_ADAPTER_SIZES 104
#define W2N_OFF_MODULE_NUM_GLOBALS 112
#define W2N_OFF_MODULE_NUM_IMPORTED_GLOBALS 120
#define W2N_OFF_MODULE_GLOBALS 128
#define W2N_OFF_MODULE_NUM_MEMORIES 136
#define W2N_OFF_MODULE_NUM_IMPORTED_MEMORIES 144
#define W2N_OFF_MODULE_MEMORIES 152
#define W2N_OFF_MODULE_NUM_TABLES 160
#define W2N_OFF_MODULE_NUM_IMPORTED_TABLES 168
#define W2N_OFF_MODULE_TABLES 176
#define W2N_OFF_MODULE_NUM_EXPORTS 184
#define W2N_OFF_MODULE_EXPORTS 192
#define W2N_OFF_MODULE_START_FUNC 200
#define W2N_OFF_MODULE_NUM_DATA 208
#define W2N_OFF_MODULE_DATA 216
#define W2N_OFF_MODULE_NUM_ELEMS 224
#define W2N_OFF_MODULE_ELEMS 232
#define W2N_OFF_MODULE_CPU_ARCH 240
#define W2N_OFF_MODULE_CPU_FEATURES 248
#define W2N_OFF_MODULE_NUM_TRAP_SITES 256
#define W2N_OFF_MODULE_TRAP_SITES 264
#define W2N_OFF_MODULE_FUNC_INFO 272
#define W2N_OFF_MODULE_NUM_TAGS 280
#define W2N_OFF_MODULE_NUM_IMPORTED_TAGS 288
#define W2N_OFF_MODULE_TAG_TYPES 296
#define W2N_OFF_MODULE_TAG_PARAMS 304
#define W2N_OFF_MODULE_NUM_EXN_SITES 312
#define W2N_OFF_MODULE_EXN_SITES 320
#define W2N_OFF_MODULE_NUM_TRAMPOLINES 328
#define W2N_OFF_MODULE_TRAMPOLINES 336
#define W2N_OFF_MODULE_TRAMPOLINE_SIZES 344
#define W2N_OFF_MODULE_GC_TYPES 352
#define W2N_OFF_MODULE_NUM_STACK_MAPS 360
#define W2N_OFF_MODULE_STACK_MAPS 368
#define W2N_OFF_MODULE_GC_HOOKS 376
#define W2N_OFF_MODULE_MEM0_OFFSET 384
#define W2N_SIZEOF_MODULE 392

/* Layout checks. */
W2N_STATIC_ASSERT(offsetof(w2n_store_abi, stack_limit) == W2N_OFF_STORE_ABI_STACK_LIMIT, "ABI: w2n_store_abi.stack_limit");
W2N_STATIC_ASSERT(offsetof(w2n_store_abi, gc_budget) == W2N_OFF_STORE_ABI_GC_BUDGET, "ABI: w2n_store_abi.gc_budget");
W2N_STATIC_ASSERT(offsetof(w2n_store_abi, gc_free) == W2N_OFF_STORE_ABI_GC_FREE, "ABI: w2n_store_abi.gc_free");
W2N_STATIC_ASSERT(sizeof(w2n_store_abi) == W2N_SIZEOF_STORE_ABI, "ABI: sizeof w2n_store_abi");
W2N_STATIC_ASSERT(offsetof(w2n_memory, base) == W2N_OFF_MEMORY_BASE, "ABI: w2n_memory.base");
W2N_STATIC_ASSERT(offsetof(w2n_memory, size) == W2N_OFF_MEMORY_SIZE, "ABI: w2n_memory.size");
W2N_STATIC_ASSERT(offsetof(w2n_memory, max_pages) == W2N_OFF_MEMORY_MAX_PAGES, "ABI: w2n_memory.max_pages");
W2N_STATIC_ASSERT(offsetof(w2n_memory, reserved) == W2N_OFF_MEMORY_RESERVED, "ABI: w2n_memory.reserved");
W2N_STATIC_ASSERT(offsetof(w2n_memory, index64) == W2N_OFF_MEMORY_INDEX64, "ABI: w2n_memory.index64");
W2N_STATIC_ASSERT(offsetof(w2n_memory, shared) == W2N_OFF_MEMORY_SHARED, "ABI: w2n_memory.shared");
W2N_STATIC_ASSERT(offsetof(w2n_memory, limits) == W2N_OFF_MEMORY_LIMITS, "ABI: w2n_memory.limits");
W2N_STATIC_ASSERT(sizeof(w2n_memory) == W2N_SIZEOF_MEMORY, "ABI: sizeof w2n_memory");
W2N_STATIC_ASSERT(offsetof(w2n_table, elems) == W2N_OFF_TABLE_ELEMS, "ABI: w2n_table.elems");
W2N_STATIC_ASSERT(offsetof(w2n_table, size) == W2N_OFF_TABLE_SIZE, "ABI: w2n_table.size");
W2N_STATIC_ASSERT(offsetof(w2n_table, max) == W2N_OFF_TABLE_MAX, "ABI: w2n_table.max");
W2N_STATIC_ASSERT(offsetof(w2n_table, elem_type) == W2N_OFF_TABLE_ELEM_TYPE, "ABI: w2n_table.elem_type");
W2N_STATIC_ASSERT(offsetof(w2n_table, ref_type) == W2N_OFF_TABLE_REF_TYPE, "ABI: w2n_table.ref_type");
W2N_STATIC_ASSERT(offsetof(w2n_table, index64) == W2N_OFF_TABLE_INDEX64, "ABI: w2n_table.index64");
W2N_STATIC_ASSERT(sizeof(w2n_table) == W2N_SIZEOF_TABLE, "ABI: sizeof w2n_table");
W2N_STATIC_ASSERT(offsetof(w2n_global, lo) == W2N_OFF_GLOBAL_LO, "ABI: w2n_global.lo");
W2N_STATIC_ASSERT(offsetof(w2n_global, hi) == W2N_OFF_GLOBAL_HI, "ABI: w2n_global.hi");
W2N_STATIC_ASSERT(sizeof(w2n_global) == W2N_SIZEOF_GLOBAL, "ABI: sizeof w2n_global");
W2N_STATIC_ASSERT(offsetof(w2n_funcref, code) == W2N_OFF_FUNCREF_CODE, "ABI: w2n_funcref.code");
W2N_STATIC_ASSERT(offsetof(w2n_funcref, vmctx) == W2N_OFF_FUNCREF_VMCTX, "ABI: w2n_funcref.vmctx");
W2N_STATIC_ASSERT(offsetof(w2n_funcref, type_id) == W2N_OFF_FUNCREF_TYPE_ID, "ABI: w2n_funcref.type_id");
W2N_STATIC_ASSERT(offsetof(w2n_funcref, trampoline) == W2N_OFF_FUNCREF_TRAMPOLINE, "ABI: w2n_funcref.trampoline");
W2N_STATIC_ASSERT(offsetof(w2n_funcref, host_fn) == W2N_OFF_FUNCREF_HOST_FN, "ABI: w2n_funcref.host_fn");
W2N_STATIC_ASSERT(sizeof(w2n_funcref) == W2N_SIZEOF_FUNCREF, "ABI: sizeof w2n_funcref");
W2N_STATIC_ASSERT(offsetof(w2n_tag, type_id) == W2N_OFF_TAG_TYPE_ID, "ABI: w2n_tag.type_id");
W2N_STATIC_ASSERT(offsetof(w2n_tag, num_params) == W2N_OFF_TAG_NUM_PARAMS, "ABI: w2n_tag.num_params");
W2N_STATIC_ASSERT(sizeof(w2n_tag) == W2N_SIZEOF_TAG, "ABI: sizeof w2n_tag");
W2N_STATIC_ASSERT(offsetof(w2n_exn, tag) == W2N_OFF_EXN_TAG, "ABI: w2n_exn.tag");
W2N_STATIC_ASSERT(offsetof(w2n_exn, next) == W2N_OFF_EXN_NEXT, "ABI: w2n_exn.next");
W2N_STATIC_ASSERT(offsetof(w2n_exn, num_vals) == W2N_OFF_EXN_NUM_VALS, "ABI: w2n_exn.num_vals");
W2N_STATIC_ASSERT(offsetof(w2n_exn, reserved) == W2N_OFF_EXN_RESERVED, "ABI: w2n_exn.reserved");
W2N_STATIC_ASSERT(sizeof(w2n_exn) == W2N_SIZEOF_EXN, "ABI: sizeof w2n_exn");
W2N_STATIC_ASSERT(offsetof(w2n_exn_site, func) == W2N_OFF_EXN_SITE_FUNC, "ABI: w2n_exn_site.func");
W2N_STATIC_ASSERT(offsetof(w2n_exn_site, ret_offset) == W2N_OFF_EXN_SITE_RET_OFFSET, "ABI: w2n_exn_site.ret_offset");
W2N_STATIC_ASSERT(offsetof(w2n_exn_site, handler_offset) == W2N_OFF_EXN_SITE_HANDLER_OFFSET, "ABI: w2n_exn_site.handler_offset");
W2N_STATIC_ASSERT(offsetof(w2n_exn_site, sp_offset) == W2N_OFF_EXN_SITE_SP_OFFSET, "ABI: w2n_exn_site.sp_offset");
W2N_STATIC_ASSERT(sizeof(w2n_exn_site) == W2N_SIZEOF_EXN_SITE, "ABI: sizeof w2n_exn_site");
W2N_STATIC_ASSERT(offsetof(w2n_gc_type_def, kind) == W2N_OFF_GC_TYPE_DEF_KIND, "ABI: w2n_gc_type_def.kind");
W2N_STATIC_ASSERT(offsetof(w2n_gc_type_def, key) == W2N_OFF_GC_TYPE_DEF_KEY, "ABI: w2n_gc_type_def.key");
W2N_STATIC_ASSERT(offsetof(w2n_gc_type_def, supertype) == W2N_OFF_GC_TYPE_DEF_SUPERTYPE, "ABI: w2n_gc_type_def.supertype");
W2N_STATIC_ASSERT(offsetof(w2n_gc_type_def, size) == W2N_OFF_GC_TYPE_DEF_SIZE, "ABI: w2n_gc_type_def.size");
W2N_STATIC_ASSERT(offsetof(w2n_gc_type_def, num_refs) == W2N_OFF_GC_TYPE_DEF_NUM_REFS, "ABI: w2n_gc_type_def.num_refs");
W2N_STATIC_ASSERT(offsetof(w2n_gc_type_def, ref_offsets) == W2N_OFF_GC_TYPE_DEF_REF_OFFSETS, "ABI: w2n_gc_type_def.ref_offsets");
W2N_STATIC_ASSERT(offsetof(w2n_gc_type_def, num_fields) == W2N_OFF_GC_TYPE_DEF_NUM_FIELDS, "ABI: w2n_gc_type_def.num_fields");
W2N_STATIC_ASSERT(offsetof(w2n_gc_type_def, field_info) == W2N_OFF_GC_TYPE_DEF_FIELD_INFO, "ABI: w2n_gc_type_def.field_info");
W2N_STATIC_ASSERT(sizeof(w2n_gc_type_def) == W2N_SIZEOF_GC_TYPE_DEF, "ABI: sizeof w2n_gc_type_def");
W2N_STATIC_ASSERT(offsetof(w2n_stack_map, func) == W2N_OFF_STACK_MAP_FUNC, "ABI: w2n_stack_map.func");
W2N_STATIC_ASSERT(offsetof(w2n_stack_map, ret_offset) == W2N_OFF_STACK_MAP_RET_OFFSET, "ABI: w2n_stack_map.ret_offset");
W2N_STATIC_ASSERT(offsetof(w2n_stack_map, frame_size) == W2N_OFF_STACK_MAP_FRAME_SIZE, "ABI: w2n_stack_map.frame_size");
W2N_STATIC_ASSERT(offsetof(w2n_stack_map, num_slots) == W2N_OFF_STACK_MAP_NUM_SLOTS, "ABI: w2n_stack_map.num_slots");
W2N_STATIC_ASSERT(offsetof(w2n_stack_map, slots) == W2N_OFF_STACK_MAP_SLOTS, "ABI: w2n_stack_map.slots");
W2N_STATIC_ASSERT(sizeof(w2n_stack_map) == W2N_SIZEOF_STACK_MAP, "ABI: sizeof w2n_stack_map");
W2N_STATIC_ASSERT(offsetof(w2n_instance, magic) == W2N_OFF_INSTANCE_MAGIC, "ABI: w2n_instance.magic");
W2N_STATIC_ASSERT(offsetof(w2n_instance, store) == W2N_OFF_INSTANCE_STORE, "ABI: w2n_instance.store");
W2N_STATIC_ASSERT(offsetof(w2n_instance, module) == W2N_OFF_INSTANCE_MODULE, "ABI: w2n_instance.module");
W2N_STATIC_ASSERT(offsetof(w2n_instance, memory) == W2N_OFF_INSTANCE_MEMORY, "ABI: w2n_instance.memory");
W2N_STATIC_ASSERT(offsetof(w2n_instance, memories) == W2N_OFF_INSTANCE_MEMORIES, "ABI: w2n_instance.memories");
W2N_STATIC_ASSERT(offsetof(w2n_instance, globals) == W2N_OFF_INSTANCE_GLOBALS, "ABI: w2n_instance.globals");
W2N_STATIC_ASSERT(offsetof(w2n_instance, tables) == W2N_OFF_INSTANCE_TABLES, "ABI: w2n_instance.tables");
W2N_STATIC_ASSERT(offsetof(w2n_instance, funcs) == W2N_OFF_INSTANCE_FUNCS, "ABI: w2n_instance.funcs");
W2N_STATIC_ASSERT(offsetof(w2n_instance, host_data) == W2N_OFF_INSTANCE_HOST_DATA, "ABI: w2n_instance.host_data");
W2N_STATIC_ASSERT(offsetof(w2n_instance, tags) == W2N_OFF_INSTANCE_TAGS, "ABI: w2n_instance.tags");
W2N_STATIC_ASSERT(offsetof(w2n_instance, gc_types) == W2N_OFF_INSTANCE_GC_TYPES, "ABI: w2n_instance.gc_types");
W2N_STATIC_ASSERT(offsetof(w2n_instance, stack_limit) == W2N_OFF_INSTANCE_STACK_LIMIT, "ABI: w2n_instance.stack_limit");
W2N_STATIC_ASSERT(offsetof(w2n_instance, memory0) == W2N_OFF_INSTANCE_MEMORY0, "ABI: w2n_instance.memory0");
W2N_STATIC_ASSERT(sizeof(w2n_instance) == W2N_SIZEOF_INSTANCE, "ABI: sizeof w2n_instance");
W2N_STATIC_ASSERT(offsetof(w2n_const_expr, kind) == W2N_OFF_CONST_EXPR_KIND, "ABI: w2n_const_expr.kind");
W2N_STATIC_ASSERT(offsetof(w2n_const_expr, value) == W2N_OFF_CONST_EXPR_VALUE, "ABI: w2n_const_expr.value");
W2N_STATIC_ASSERT(offsetof(w2n_const_expr, value_hi) == W2N_OFF_CONST_EXPR_VALUE_HI, "ABI: w2n_const_expr.value_hi");
W2N_STATIC_ASSERT(sizeof(w2n_const_expr) == W2N_SIZEOF_CONST_EXPR, "ABI: sizeof w2n_const_expr");
W2N_STATIC_ASSERT(offsetof(w2n_global_def, val_type) == W2N_OFF_GLOBAL_DEF_VAL_TYPE, "ABI: w2n_global_def.val_type");
W2N_STATIC_ASSERT(offsetof(w2n_global_def, W2N_CXX_FIELD_mutable) == W2N_OFF_GLOBAL_DEF_MUTABLE, "ABI: w2n_global_def.mutable");
W2N_STATIC_ASSERT(offsetof(w2n_global_def, init) == W2N_OFF_GLOBAL_DEF_INIT, "ABI: w2n_global_def.init");
W2N_STATIC_ASSERT(offsetof(w2n_global_def, ref_type) == W2N_OFF_GLOBAL_DEF_REF_TYPE, "ABI: w2n_global_def.ref_type");
W2N_STATIC_ASSERT(sizeof(w2n_global_def) == W2N_SIZEOF_GLOBAL_DEF, "ABI: sizeof w2n_global_def");
W2N_STATIC_ASSERT(offsetof(w2n_table_def, elem_type) == W2N_OFF_TABLE_DEF_ELEM_TYPE, "ABI: w2n_table_def.elem_type");
W2N_STATIC_ASSERT(offsetof(w2n_table_def, min) == W2N_OFF_TABLE_DEF_MIN, "ABI: w2n_table_def.min");
W2N_STATIC_ASSERT(offsetof(w2n_table_def, max) == W2N_OFF_TABLE_DEF_MAX, "ABI: w2n_table_def.max");
W2N_STATIC_ASSERT(offsetof(w2n_table_def, init) == W2N_OFF_TABLE_DEF_INIT, "ABI: w2n_table_def.init");
W2N_STATIC_ASSERT(offsetof(w2n_table_def, ref_type) == W2N_OFF_TABLE_DEF_REF_TYPE, "ABI: w2n_table_def.ref_type");
W2N_STATIC_ASSERT(offsetof(w2n_table_def, index64) == W2N_OFF_TABLE_DEF_INDEX64, "ABI: w2n_table_def.index64");
W2N_STATIC_ASSERT(sizeof(w2n_table_def) == W2N_SIZEOF_TABLE_DEF, "ABI: sizeof w2n_table_def");
W2N_STATIC_ASSERT(offsetof(w2n_memory_def, min) == W2N_OFF_MEMORY_DEF_MIN, "ABI: w2n_memory_def.min");
W2N_STATIC_ASSERT(offsetof(w2n_memory_def, max) == W2N_OFF_MEMORY_DEF_MAX, "ABI: w2n_memory_def.max");
W2N_STATIC_ASSERT(offsetof(w2n_memory_def, index64) == W2N_OFF_MEMORY_DEF_INDEX64, "ABI: w2n_memory_def.index64");
W2N_STATIC_ASSERT(offsetof(w2n_memory_def, shared) == W2N_OFF_MEMORY_DEF_SHARED, "ABI: w2n_memory_def.shared");
W2N_STATIC_ASSERT(sizeof(w2n_memory_def) == W2N_SIZEOF_MEMORY_DEF, "ABI: sizeof w2n_memory_def");
W2N_STATIC_ASSERT(offsetof(w2n_import, module) == W2N_OFF_IMPORT_MODULE, "ABI: w2n_import.module");
W2N_STATIC_ASSERT(offsetof(w2n_import, module_len) == W2N_OFF_IMPORT_MODULE_LEN, "ABI: w2n_import.module_len");
W2N_STATIC_ASSERT(offsetof(w2n_import, name) == W2N_OFF_IMPORT_NAME, "ABI: w2n_import.name");
W2N_STATIC_ASSERT(offsetof(w2n_import, name_len) == W2N_OFF_IMPORT_NAME_LEN, "ABI: w2n_import.name_len");
W2N_STATIC_ASSERT(offsetof(w2n_import, kind) == W2N_OFF_IMPORT_KIND, "ABI: w2n_import.kind");
W2N_STATIC_ASSERT(offsetof(w2n_import, index) == W2N_OFF_IMPORT_INDEX, "ABI: w2n_import.index");
W2N_STATIC_ASSERT(offsetof(w2n_import, type_id) == W2N_OFF_IMPORT_TYPE_ID, "ABI: w2n_import.type_id");
W2N_STATIC_ASSERT(offsetof(w2n_import, static_fn) == W2N_OFF_IMPORT_STATIC_FN, "ABI: w2n_import.static_fn");
W2N_STATIC_ASSERT(sizeof(w2n_import) == W2N_SIZEOF_IMPORT, "ABI: sizeof w2n_import");
W2N_STATIC_ASSERT(offsetof(w2n_export, name) == W2N_OFF_EXPORT_NAME, "ABI: w2n_export.name");
W2N_STATIC_ASSERT(offsetof(w2n_export, name_len) == W2N_OFF_EXPORT_NAME_LEN, "ABI: w2n_export.name_len");
W2N_STATIC_ASSERT(offsetof(w2n_export, kind) == W2N_OFF_EXPORT_KIND, "ABI: w2n_export.kind");
W2N_STATIC_ASSERT(offsetof(w2n_export, index) == W2N_OFF_EXPORT_INDEX, "ABI: w2n_export.index");
W2N_STATIC_ASSERT(sizeof(w2n_export) == W2N_SIZEOF_EXPORT, "ABI: sizeof w2n_export");
W2N_STATIC_ASSERT(offsetof(w2n_data_seg, active) == W2N_OFF_DATA_SEG_ACTIVE, "ABI: w2n_data_seg.active");
W2N_STATIC_ASSERT(offsetof(w2n_data_seg, memory) == W2N_OFF_DATA_SEG_MEMORY, "ABI: w2n_data_seg.memory");
W2N_STATIC_ASSERT(offsetof(w2n_data_seg, offset) == W2N_OFF_DATA_SEG_OFFSET, "ABI: w2n_data_seg.offset");
W2N_STATIC_ASSERT(offsetof(w2n_data_seg, bytes) == W2N_OFF_DATA_SEG_BYTES, "ABI: w2n_data_seg.bytes");
W2N_STATIC_ASSERT(offsetof(w2n_data_seg, len) == W2N_OFF_DATA_SEG_LEN, "ABI: w2n_data_seg.len");
W2N_STATIC_ASSERT(sizeof(w2n_data_seg) == W2N_SIZEOF_DATA_SEG, "ABI: sizeof w2n_data_seg");
W2N_STATIC_ASSERT(offsetof(w2n_elem_seg, mode) == W2N_OFF_ELEM_SEG_MODE, "ABI: w2n_elem_seg.mode");
W2N_STATIC_ASSERT(offsetof(w2n_elem_seg, table) == W2N_OFF_ELEM_SEG_TABLE, "ABI: w2n_elem_seg.table");
W2N_STATIC_ASSERT(offsetof(w2n_elem_seg, offset) == W2N_OFF_ELEM_SEG_OFFSET, "ABI: w2n_elem_seg.offset");
W2N_STATIC_ASSERT(offsetof(w2n_elem_seg, elem_type) == W2N_OFF_ELEM_SEG_ELEM_TYPE, "ABI: w2n_elem_seg.elem_type");
W2N_STATIC_ASSERT(offsetof(w2n_elem_seg, count) == W2N_OFF_ELEM_SEG_COUNT, "ABI: w2n_elem_seg.count");
W2N_STATIC_ASSERT(offsetof(w2n_elem_seg, items) == W2N_OFF_ELEM_SEG_ITEMS, "ABI: w2n_elem_seg.items");
W2N_STATIC_ASSERT(sizeof(w2n_elem_seg) == W2N_SIZEOF_ELEM_SEG, "ABI: sizeof w2n_elem_seg");
W2N_STATIC_ASSERT(offsetof(w2n_inline_frame, code_start) == W2N_OFF_INLINE_FRAME_CODE_START, "ABI: w2n_inline_frame.code_start");
W2N_STATIC_ASSERT(offsetof(w2n_inline_frame, code_end) == W2N_OFF_INLINE_FRAME_CODE_END, "ABI: w2n_inline_frame.code_end");
W2N_STATIC_ASSERT(offsetof(w2n_inline_frame, func_index) == W2N_OFF_INLINE_FRAME_FUNC_INDEX, "ABI: w2n_inline_frame.func_index");
W2N_STATIC_ASSERT(offsetof(w2n_inline_frame, call_offset) == W2N_OFF_INLINE_FRAME_CALL_OFFSET, "ABI: w2n_inline_frame.call_offset");
W2N_STATIC_ASSERT(sizeof(w2n_inline_frame) == W2N_SIZEOF_INLINE_FRAME, "ABI: sizeof w2n_inline_frame");
W2N_STATIC_ASSERT(offsetof(w2n_func_info, code_size) == W2N_OFF_FUNC_INFO_CODE_SIZE, "ABI: w2n_func_info.code_size");
W2N_STATIC_ASSERT(offsetof(w2n_func_info, frame_offset) == W2N_OFF_FUNC_INFO_FRAME_OFFSET, "ABI: w2n_func_info.frame_offset");
W2N_STATIC_ASSERT(offsetof(w2n_func_info, wasm_offset) == W2N_OFF_FUNC_INFO_WASM_OFFSET, "ABI: w2n_func_info.wasm_offset");
W2N_STATIC_ASSERT(offsetof(w2n_func_info, name) == W2N_OFF_FUNC_INFO_NAME, "ABI: w2n_func_info.name");
W2N_STATIC_ASSERT(offsetof(w2n_func_info, addr_map) == W2N_OFF_FUNC_INFO_ADDR_MAP, "ABI: w2n_func_info.addr_map");
W2N_STATIC_ASSERT(offsetof(w2n_func_info, addr_map_len) == W2N_OFF_FUNC_INFO_ADDR_MAP_LEN, "ABI: w2n_func_info.addr_map_len");
W2N_STATIC_ASSERT(offsetof(w2n_func_info, num_inline_frames) == W2N_OFF_FUNC_INFO_NUM_INLINE_FRAMES, "ABI: w2n_func_info.num_inline_frames");
W2N_STATIC_ASSERT(offsetof(w2n_func_info, inline_frames) == W2N_OFF_FUNC_INFO_INLINE_FRAMES, "ABI: w2n_func_info.inline_frames");
W2N_STATIC_ASSERT(sizeof(w2n_func_info) == W2N_SIZEOF_FUNC_INFO, "ABI: sizeof w2n_func_info");
W2N_STATIC_ASSERT(offsetof(w2n_module, magic) == W2N_OFF_MODULE_MAGIC, "ABI: w2n_module.magic");
W2N_STATIC_ASSERT(offsetof(w2n_module, abi_version) == W2N_OFF_MODULE_ABI_VERSION, "ABI: w2n_module.abi_version");
W2N_STATIC_ASSERT(offsetof(w2n_module, name) == W2N_OFF_MODULE_NAME, "ABI: w2n_module.name");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_types) == W2N_OFF_MODULE_NUM_TYPES, "ABI: w2n_module.num_types");
W2N_STATIC_ASSERT(offsetof(w2n_module, type_ids) == W2N_OFF_MODULE_TYPE_IDS, "ABI: w2n_module.type_ids");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_imports) == W2N_OFF_MODULE_NUM_IMPORTS, "ABI: w2n_module.num_imports");
W2N_STATIC_ASSERT(offsetof(w2n_module, imports) == W2N_OFF_MODULE_IMPORTS, "ABI: w2n_module.imports");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_funcs) == W2N_OFF_MODULE_NUM_FUNCS, "ABI: w2n_module.num_funcs");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_imported_funcs) == W2N_OFF_MODULE_NUM_IMPORTED_FUNCS, "ABI: w2n_module.num_imported_funcs");
W2N_STATIC_ASSERT(offsetof(w2n_module, func_types) == W2N_OFF_MODULE_FUNC_TYPES, "ABI: w2n_module.func_types");
W2N_STATIC_ASSERT(offsetof(w2n_module, func_code) == W2N_OFF_MODULE_FUNC_CODE, "ABI: w2n_module.func_code");
W2N_STATIC_ASSERT(offsetof(w2n_module, func_trampolines) == W2N_OFF_MODULE_FUNC_TRAMPOLINES, "ABI: w2n_module.func_trampolines");
W2N_STATIC_ASSERT(offsetof(w2n_module, import_adapters) == W2N_OFF_MODULE_IMPORT_ADAPTERS, "ABI: w2n_module.import_adapters");
W2N_STATIC_ASSERT(offsetof(w2n_module, import_adapter_sizes) == W2N_OFF_MODULE_IMPORT_ADAPTER_SIZES, "ABI: w2n_module.import_adapter_sizes");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_globals) == W2N_OFF_MODULE_NUM_GLOBALS, "ABI: w2n_module.num_globals");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_imported_globals) == W2N_OFF_MODULE_NUM_IMPORTED_GLOBALS, "ABI: w2n_module.num_imported_globals");
W2N_STATIC_ASSERT(offsetof(w2n_module, globals) == W2N_OFF_MODULE_GLOBALS, "ABI: w2n_module.globals");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_memories) == W2N_OFF_MODULE_NUM_MEMORIES, "ABI: w2n_module.num_memories");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_imported_memories) == W2N_OFF_MODULE_NUM_IMPORTED_MEMORIES, "ABI: w2n_module.num_imported_memories");
W2N_STATIC_ASSERT(offsetof(w2n_module, memories) == W2N_OFF_MODULE_MEMORIES, "ABI: w2n_module.memories");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_tables) == W2N_OFF_MODULE_NUM_TABLES, "ABI: w2n_module.num_tables");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_imported_tables) == W2N_OFF_MODULE_NUM_IMPORTED_TABLES, "ABI: w2n_module.num_imported_tables");
W2N_STATIC_ASSERT(offsetof(w2n_module, tables) == W2N_OFF_MODULE_TABLES, "ABI: w2n_module.tables");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_exports) == W2N_OFF_MODULE_NUM_EXPORTS, "ABI: w2n_module.num_exports");
W2N_STATIC_ASSERT(offsetof(w2n_module, exports) == W2N_OFF_MODULE_EXPORTS, "ABI: w2n_module.exports");
W2N_STATIC_ASSERT(offsetof(w2n_module, start_func) == W2N_OFF_MODULE_START_FUNC, "ABI: w2n_module.start_func");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_data) == W2N_OFF_MODULE_NUM_DATA, "ABI: w2n_module.num_data");
W2N_STATIC_ASSERT(offsetof(w2n_module, data) == W2N_OFF_MODULE_DATA, "ABI: w2n_module.data");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_elems) == W2N_OFF_MODULE_NUM_ELEMS, "ABI: w2n_module.num_elems");
W2N_STATIC_ASSERT(offsetof(w2n_module, elems) == W2N_OFF_MODULE_ELEMS, "ABI: w2n_module.elems");
W2N_STATIC_ASSERT(offsetof(w2n_module, cpu_arch) == W2N_OFF_MODULE_CPU_ARCH, "ABI: w2n_module.cpu_arch");
W2N_STATIC_ASSERT(offsetof(w2n_module, cpu_features) == W2N_OFF_MODULE_CPU_FEATURES, "ABI: w2n_module.cpu_features");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_trap_sites) == W2N_OFF_MODULE_NUM_TRAP_SITES, "ABI: w2n_module.num_trap_sites");
W2N_STATIC_ASSERT(offsetof(w2n_module, trap_sites) == W2N_OFF_MODULE_TRAP_SITES, "ABI: w2n_module.trap_sites");
W2N_STATIC_ASSERT(offsetof(w2n_module, func_info) == W2N_OFF_MODULE_FUNC_INFO, "ABI: w2n_module.func_info");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_tags) == W2N_OFF_MODULE_NUM_TAGS, "ABI: w2n_module.num_tags");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_imported_tags) == W2N_OFF_MODULE_NUM_IMPORTED_TAGS, "ABI: w2n_module.num_imported_tags");
W2N_STATIC_ASSERT(offsetof(w2n_module, tag_types) == W2N_OFF_MODULE_TAG_TYPES, "ABI: w2n_module.tag_types");
W2N_STATIC_ASSERT(offsetof(w2n_module, tag_params) == W2N_OFF_MODULE_TAG_PARAMS, "ABI: w2n_module.tag_params");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_exn_sites) == W2N_OFF_MODULE_NUM_EXN_SITES, "ABI: w2n_module.num_exn_sites");
W2N_STATIC_ASSERT(offsetof(w2n_module, exn_sites) == W2N_OFF_MODULE_EXN_SITES, "ABI: w2n_module.exn_sites");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_trampolines) == W2N_OFF_MODULE_NUM_TRAMPOLINES, "ABI: w2n_module.num_trampolines");
W2N_STATIC_ASSERT(offsetof(w2n_module, trampolines) == W2N_OFF_MODULE_TRAMPOLINES, "ABI: w2n_module.trampolines");
W2N_STATIC_ASSERT(offsetof(w2n_module, trampoline_sizes) == W2N_OFF_MODULE_TRAMPOLINE_SIZES, "ABI: w2n_module.trampoline_sizes");
W2N_STATIC_ASSERT(offsetof(w2n_module, gc_types) == W2N_OFF_MODULE_GC_TYPES, "ABI: w2n_module.gc_types");
W2N_STATIC_ASSERT(offsetof(w2n_module, num_stack_maps) == W2N_OFF_MODULE_NUM_STACK_MAPS, "ABI: w2n_module.num_stack_maps");
W2N_STATIC_ASSERT(offsetof(w2n_module, stack_maps) == W2N_OFF_MODULE_STACK_MAPS, "ABI: w2n_module.stack_maps");
W2N_STATIC_ASSERT(offsetof(w2n_module, gc_hooks) == W2N_OFF_MODULE_GC_HOOKS, "ABI: w2n_module.gc_hooks");
W2N_STATIC_ASSERT(offsetof(w2n_module, mem0_offset) == W2N_OFF_MODULE_MEM0_OFFSET, "ABI: w2n_module.mem0_offset");
W2N_STATIC_ASSERT(sizeof(w2n_module) == W2N_SIZEOF_MODULE, "ABI: sizeof w2n_module");

/* Runtime functions called by compiled code. */
/* Raise trap `code` (a W2N_TRAP_*); never returns. */
W2N_NORETURN void w2n_trap(struct w2n_instance*, uint32_t);
/* memory.grow on memory 0: old size in pages, or -1 (UINT64_MAX). Addresses and lengths of every memory function are 64 bits wide (zero-extended for a 32-bit memory). */
uint64_t w2n_memory_grow(struct w2n_instance*, uint64_t);
/* memory.fill(dst, value, len) on memory 0; traps when out of bounds. */
void w2n_memory_fill(struct w2n_instance*, uint64_t, uint32_t, uint64_t);
/* memory.init(segment, dst, src, len) into memory 0. */
void w2n_memory_init(struct w2n_instance*, uint32_t, uint64_t, uint32_t, uint32_t);
/* memory.grow(mem, delta) on any memory: old size in pages, or -1 (UINT64_MAX). */
uint64_t w2n_memory_grow_idx(struct w2n_instance*, uint32_t, uint64_t);
/* memory.fill(mem, dst, value, len) on any memory. */
void w2n_memory_fill_idx(struct w2n_instance*, uint32_t, uint64_t, uint32_t, uint64_t);
/* memmove(dst, src, len) for a memory.copy whose bounds compiled code has checked (copies of more than 16 bytes; smaller ones are inline). */
void w2n_memmove(void*, void*, uint64_t);
/* memory.copy(dst_mem, src_mem, dst, src, len) between two different memories (a copy within one memory is inline). */
void w2n_memory_copy_idx(struct w2n_instance*, uint32_t, uint32_t, uint64_t, uint64_t, uint64_t);
/* memory.init(mem, segment, dst, src, len) into any memory. */
void w2n_memory_init_idx(struct w2n_instance*, uint32_t, uint32_t, uint64_t, uint32_t, uint32_t);
/* data.drop(segment). */
void w2n_data_drop(struct w2n_instance*, uint32_t);
/* table.grow(table, init, delta): old size or -1. */
uint32_t w2n_table_grow(struct w2n_instance*, uint32_t, void*, uint32_t);
/* table.fill(table, dst, value, len). */
void w2n_table_fill(struct w2n_instance*, uint32_t, uint32_t, void*, uint32_t);
/* table.copy(dst_table, src_table, dst, src, len). */
void w2n_table_copy(struct w2n_instance*, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);
/* table.init(table, segment, dst, src, len). */
void w2n_table_init(struct w2n_instance*, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);
/* elem.drop(segment). */
void w2n_elem_drop(struct w2n_instance*, uint32_t);
/* throw tag(values): allocates the exception (values: `W2N_VAL_SLOT` each) and unwinds to the nearest handler; never returns. */
void w2n_throw(struct w2n_instance*, uint32_t, void*);
/* throw_ref: rethrows an exception (traps on null); never returns. */
void w2n_throw_ref(struct w2n_instance*, void*);
/* 1 when two signature ids denote the same signature (slow path of call_indirect). */
uint32_t w2n_sig_eq(uint64_t, uint64_t);
/* memory.atomic.wait32 on a shared memory at host address `p` (checked by compiled code): 0 woken, 1 not equal, 2 timed out (a negative timeout in ns waits forever). */
uint32_t w2n_atomic_wait32(struct w2n_instance*, void*, uint32_t, uint64_t);
/* memory.atomic.wait64 at host address `p`: as w2n_atomic_wait32. */
uint32_t w2n_atomic_wait64(struct w2n_instance*, void*, uint64_t, uint64_t);
/* GC: a new struct of type index `type`, every field zero (compiled code stores the fields). */
void* w2n_gc_struct_new(struct w2n_instance*, uint32_t);
/* GC: array.new(type, len, value): every element is the value (`lo`, `hi`: its bits). */
void* w2n_gc_array_new(struct w2n_instance*, uint32_t, uint32_t, uint64_t, uint64_t);
/* GC: array.new_data(type, segment, offset, len). */
void* w2n_gc_array_new_data(struct w2n_instance*, uint32_t, uint32_t, uint32_t, uint32_t);
/* GC: array.new_elem(type, segment, offset, len). */
void* w2n_gc_array_new_elem(struct w2n_instance*, uint32_t, uint32_t, uint32_t, uint32_t);
/* GC: array.fill(array, offset, value lo, value hi, len). */
void w2n_gc_array_fill(struct w2n_instance*, void*, uint32_t, uint64_t, uint64_t, uint32_t);
/* GC: array.copy(dst, dst_offset, src, src_offset, len). */
void w2n_gc_array_copy(struct w2n_instance*, void*, uint32_t, void*, uint32_t, uint32_t);
/* GC: array.init_data(segment, array, dst, src, len). */
void w2n_gc_array_init_data(struct w2n_instance*, uint32_t, void*, uint32_t, uint32_t, uint32_t);
/* GC: array.init_elem(segment, array, dst, src, len). */
void w2n_gc_array_init_elem(struct w2n_instance*, uint32_t, void*, uint32_t, uint32_t, uint32_t);
/* GC: 1 when reference `r` is of heap type `target` (a type index or W2N_HT_*, | W2N_HT_NULLABLE). */
uint32_t w2n_gc_ref_test(struct w2n_instance*, void*, uint64_t);
/* GC: any.convert_extern. */
void* w2n_gc_any_convert_extern(struct w2n_instance*, void*);
/* GC: extern.convert_any. */
void* w2n_gc_extern_convert_any(struct w2n_instance*, void*);
/* memory.atomic.notify(p, count) on a shared memory: wakes up to `count` waiters on host address `p`; returns how many. */
uint32_t w2n_atomic_notify(struct w2n_instance*, void*, uint32_t);

#ifdef __cplusplus
}
#endif

#endif /* W2N_ABI_H */
