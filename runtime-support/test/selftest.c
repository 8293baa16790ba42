/* selftest.c: self-test of runtime-support using hand-built module descriptors and C "functions". */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w2n_host_objects.h"
#include "wasm2native.h"

/* Runtime-internal (runtime-support/src/internal.h). */
int w2n_ref_subtype(const char* a, const char* b);
int w2n_snprintf(char* buf, size_t len, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
uintptr_t w2n_maps_stack_top(int fd, uintptr_t sp, uintptr_t* start, uintptr_t* below);
typedef struct {
    int v;
} w2n_mutex;
void w2n_mutex_lock(w2n_mutex* m);
void w2n_mutex_unlock(w2n_mutex* m);
/* exe_alloc.c (static musl executables link them as malloc & co through --wrap). */
void* __wrap_malloc(size_t n);
void* __wrap_calloc(size_t n, size_t size);
void* __wrap_realloc(void* p, size_t n);
void __wrap_free(void* p);
void* __wrap_aligned_alloc(size_t align, size_t n);
int __wrap_posix_memalign(void** out, size_t align, size_t n);
size_t __wrap_malloc_usable_size(void* p);

static int passed, failed;

#define CHECK(cond)                                                                         \
    do {                                                                                    \
        if (cond) {                                                                         \
            passed++;                                                                       \
        } else {                                                                            \
            failed++;                                                                       \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                 \
        }                                                                                   \
    } while (0)

/* Signature ids (exact encoding, see compiler/src/abi.rs `mod sig`). */
#define SIG_II_I UINT64_C(0x1F111) /* (i32, i32) -> i32 */
#define SIG_I_I UINT64_C(0x1F11)   /* (i32) -> i32 */
#define SIG_V_V UINT64_C(0xF1)     /* () -> () */

/* ---- trampolines ---------------------------------------------------------------- */

/* 1 when every entry of `m`'s table of limits is its size minus the entry's END. */
/* 1 when the byte at `p` can be read (the kernel reads it for write(2): EFAULT when it
 * is not mapped readable, no signal). */
static int readable(const uint8_t* p) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    ssize_t n = write(fds[1], p, 1);
    close(fds[0]);
    close(fds[1]);
    return n == 1;
}

static int limits_match(const w2n_memory* m) {
    for (int64_t end = 1; end <= W2N_MEM_LIMITS; end++)
        if (m->limits[end - 1] != (int64_t)m->size - end) return 0;
    return 1;
}

static void tramp_ii_i(void* code, void* vmctx, w2n_val* v) {
    uint32_t r = ((uint32_t(*)(void*, uint32_t, uint32_t))code)(vmctx, (uint32_t)v[0].lo,
                                                                 (uint32_t)v[1].lo);
    v[0].lo = r;
}
static void tramp_i_i(void* code, void* vmctx, w2n_val* v) {
    v[0].lo = ((uint32_t(*)(void*, uint32_t))code)(vmctx, (uint32_t)v[0].lo);
}
static void tramp_v_v(void* code, void* vmctx, w2n_val* v) {
    (void)v;
    ((void (*)(void*))code)(vmctx);
}

/* ---- "compiled" functions ------------------------------------------------------------ */

enum { OPS_FUNC = 1, START_FUNC = 2, RECURSE_FUNC = 3, CALL_HOST_FUNC = 4, DEEP_FUNC = 5 };

/* func 1: exercises runtime functions; returns a result or traps. */
static uint32_t f_ops(w2n_instance* inst, uint32_t which) {
    switch (which) {
    case 1: return w2n_table_grow(inst, 0, NULL, 3);          /* 4 -> 7: returns 4 */
    case 2: return w2n_table_grow(inst, 0, NULL, 4);          /* 7+4 > max 10: -1 */
    case 3: w2n_table_fill(inst, 0, 5, NULL, 10); return 0;   /* OOB */
    case 4: w2n_table_copy(inst, 0, 0, 0, 6, 2); return 0;    /* 6+2 > 7: OOB */
    case 5: w2n_table_init(inst, 0, 1, 0, 0, 2); return 0;    /* ok */
    case 6: w2n_elem_drop(inst, 1); w2n_table_init(inst, 0, 1, 0, 0, 0); return 1; /* ok */
    case 7: w2n_table_init(inst, 0, 1, 0, 0, 1); return 0;    /* dropped: OOB */
    case 8: w2n_memory_fill(inst, 2 * 65536 - 1, 0, 2); return 0; /* OOB */
    case 9: w2n_memory_init(inst, 1, 100, 0, 3); return 0;   /* ok */
    case 10: w2n_data_drop(inst, 1); w2n_memory_init(inst, 1, 100, 0, 0); return 1; /* ok */
    case 11: w2n_memory_init(inst, 1, 100, 0, 1); return 0;  /* dropped: OOB */
    case 12: w2n_memory_copy_idx(inst, 0, 0, 2 * 65536, 0, 0); return 1; /* at the end, len 0: ok */
    case 13: w2n_memory_copy_idx(inst, 0, 0, 2 * 65536 + 1, 0, 0); return 0; /* OOB */
    case 14: w2n_table_fill(inst, 0, 7, NULL, 0); return 1;  /* at the end, len 0: ok */
    case 15: w2n_table_copy(inst, 0, 0, 8, 0, 0); return 0;  /* past the end: OOB */
    case 16: w2n_memory_copy_idx(inst, 0, 0, 10, 16, 5); return 1; /* ok */
    case 17: w2n_trap(inst, W2N_TRAP_INT_DIV_ZERO);
    default: return 0;
    }
}

/* func 2: start function, sets global 1. */
static void f_start(w2n_instance* inst) { inst->globals[1]->lo = 42; }

/* func 3: recursion with the prologue stack check compiled code performs. */
static uint32_t f_recurse(w2n_instance* inst, uint32_t n) {
    volatile char pad[256];
    if ((uintptr_t)__builtin_frame_address(0) < inst->store->stack_limit)
        w2n_trap(inst, W2N_TRAP_STACK_EXHAUSTED);
    if (n == UINT32_MAX) return 0;
    pad[n % 256] = (char)n;
    return f_recurse(inst, n + 1) + (uint32_t)pad[(n * 7) % 256];
}

/* func 5: recursion without checks: ends in the guard page (signal path). */
__attribute__((noinline)) static uint32_t f_deep(w2n_instance* inst, uint32_t n) {
    volatile char pad[1024];
    if (n == UINT32_MAX) return 0;
    pad[n % 1024] = (char)n;
    return f_deep(inst, n + 1) + (uint32_t)pad[(n * 7) % 1024];
}

/* func 4: calls the imported func 0 the way compiled code does. */
static uint32_t f_call_host(w2n_instance* inst, uint32_t a, uint32_t b) {
    w2n_funcref* f = inst->funcs[0];
    return ((uint32_t(*)(w2n_instance*, uint32_t, uint32_t))f->code)(f->vmctx, a, b);
}

/* Import env.host_add: a + b, with special modes for a. */
static w2n_instance* host_seen_caller;
static int nested_code;
static uint32_t host_add(w2n_instance* caller, uint32_t a, uint32_t b) {
    host_seen_caller = caller;
    if (a == 999) { /* host -> wasm that traps -> back here, then trap ourselves */
        w2n_val v[2] = {{3, 0}, {0, 0}};
        nested_code = w2n_call(w2n_instance_store(caller), caller->funcs[OPS_FUNC], v);
        w2n_trap(caller, W2N_TRAP_UNREACHABLE);
    }
    if (a == 998) w2n_host_trap(caller, "custom failure");
    if (a == 997) w2n_exit(caller, 7);
    if (a == 996) { /* nested call that succeeds */
        w2n_val v[2] = {{16, 0}, {0, 0}};
        int c = w2n_call(w2n_instance_store(caller), caller->funcs[OPS_FUNC], v);
        return c == 0 ? (uint32_t)v[0].lo + 1000 : 0;
    }
    return a + b;
}

/* ---- module A -------------------------------------------------------------------- */

static const uint64_t a_type_ids[] = {SIG_II_I, SIG_I_I, SIG_V_V};
static const uint64_t a_func_types[] = {0, 1, 2, 1, 0, 1};
static void* const a_func_code[] = {(void*)f_ops, (void*)f_start, (void*)f_recurse,
                                    (void*)f_call_host, (void*)f_deep};
static const w2n_trampoline_fn a_tramps[] = {tramp_ii_i, tramp_i_i, tramp_v_v,
                                             tramp_i_i,  tramp_ii_i, tramp_i_i};
static const w2n_import a_imports[] = {
    {"env", 3, "host_add", 8, W2N_EXTERN_FUNC, 0, SIG_II_I, NULL},
    {"env", 3, "g", 1, W2N_EXTERN_GLOBAL, 0, W2N_VAL_I32, NULL},
};
static const w2n_global_def a_globals[] = {
    {W2N_VAL_I32, 0, {0, 0, 0}, NULL},
    {W2N_VAL_I32, 1, {W2N_CONST_VALUE, 7, 0}, NULL},
    {W2N_VAL_I32, 0, {W2N_CONST_GLOBAL_GET, 0, 0}, NULL},
    {W2N_VAL_FUNCREF, 0, {W2N_CONST_REF_FUNC, OPS_FUNC, 0}, NULL},
};
static const w2n_table_def a_tables[] = {
    {W2N_VAL_FUNCREF, 4, 10, {W2N_CONST_REF_NULL, 0, 0}, NULL, 0},
    {W2N_VAL_EXTERNREF, 2, W2N_NO_MAX, {W2N_CONST_REF_NULL, 0, 0}, NULL, 0},
};
static const w2n_export a_exports[] = {
    {"ops", 3, W2N_EXTERN_FUNC, OPS_FUNC},
    {"mem", 3, W2N_EXTERN_MEMORY, 0},
    {"tab", 3, W2N_EXTERN_TABLE, 0},
    {"g1", 2, W2N_EXTERN_GLOBAL, 1},
    {"g2", 2, W2N_EXTERN_GLOBAL, 2},
    {"recurse", 7, W2N_EXTERN_FUNC, RECURSE_FUNC},
    {"call_host", 9, W2N_EXTERN_FUNC, CALL_HOST_FUNC},
    {"deep", 4, W2N_EXTERN_FUNC, DEEP_FUNC},
};
static w2n_data_seg a_data[] = {
    {1, 0, {W2N_CONST_GLOBAL_GET, 0, 0}, (const uint8_t*)"hello", 5},
    {0, 0, {0, 0, 0}, (const uint8_t*)"xyz", 3},
};
static const w2n_memory_def a_memories[] = {{1, 2, 0, 0}};
static const w2n_const_expr a_items0[] = {{W2N_CONST_REF_FUNC, OPS_FUNC, 0},
                                          {W2N_CONST_REF_NULL, 0, 0}};
static const w2n_const_expr a_items1[] = {{W2N_CONST_REF_FUNC, CALL_HOST_FUNC, 0},
                                          {W2N_CONST_REF_FUNC, RECURSE_FUNC, 0}};
static const w2n_const_expr a_items2[] = {{W2N_CONST_REF_FUNC, START_FUNC, 0}};
static w2n_elem_seg a_elems[] = {
    {W2N_ELEM_ACTIVE, 0, {W2N_CONST_VALUE, 1, 0}, W2N_VAL_FUNCREF, 2, a_items0},
    {W2N_ELEM_PASSIVE, 0, {0, 0, 0}, W2N_VAL_FUNCREF, 2, a_items1},
    {W2N_ELEM_DECLARATIVE, 0, {0, 0, 0}, W2N_VAL_FUNCREF, 1, a_items2},
};

static w2n_module module_a(void) {
    w2n_module m;
    memset(&m, 0, sizeof m);
    m.magic = W2N_INSTANCE_MAGIC;
    m.abi_version = W2N_ABI_VERSION;
    m.cpu_arch = W2N_HOST_ARCH;
    m.name = "a";
    m.num_types = 3;
    m.type_ids = a_type_ids;
    m.num_imports = 2;
    m.imports = a_imports;
    m.num_funcs = 6;
    m.num_imported_funcs = 1;
    m.func_types = a_func_types;
    m.func_code = a_func_code;
    m.func_trampolines = a_tramps;
    m.num_globals = 4;
    m.num_imported_globals = 1;
    m.globals = a_globals;
    m.num_memories = 1;
    m.memories = a_memories;
    m.num_tables = 2;
    m.tables = a_tables;
    m.num_exports = sizeof a_exports / sizeof a_exports[0];
    m.exports = a_exports;
    m.start_func = START_FUNC;
    m.num_data = 2;
    m.data = a_data;
    m.num_elems = 3;
    m.elems = a_elems;
    return m;
}

/* Resolver for module A: env.host_add and env.g (global i32 = 16). */
static w2n_global g_import = {16, 0};
static uint64_t g_import_type = W2N_VAL_I32;
static int resolve_a(void* env, const w2n_import* imp, w2n_extern* out) {
    (void)env;
    if (strcmp(imp->name, "host_add") == 0) {
        out->kind = W2N_EXTERN_FUNC;
        out->host_fn = (void*)host_add;
        out->type = imp->type_id;
        return 1;
    }
    if (strcmp(imp->name, "g") == 0) {
        out->kind = W2N_EXTERN_GLOBAL;
        out->ptr = &g_import;
        out->type = g_import_type;
        return 1;
    }
    return 0;
}

static int call_ops(w2n_store* s, w2n_instance* inst, uint32_t which, uint32_t* result) {
    w2n_val v[2] = {{which, 0}, {0, 0}};
    int code = w2n_call_export(inst, "ops", v);
    if (result) *result = (uint32_t)v[0].lo;
    (void)s;
    return code;
}

/* ---- module B: imports from A ------------------------------------------------------ */

static w2n_instance* exporter;
static int resolve_b(void* env, const w2n_import* imp, w2n_extern* out) {
    (void)env;
    return w2n_instance_export(exporter, imp->name, out);
}

/* A memory made by hand, as an embedder might (resolve_fake). */
static w2n_memory fake_mem;
static int resolve_fake(void* env, const w2n_import* imp, w2n_extern* out) {
    (void)env;
    (void)imp;
    memset(out, 0, sizeof *out);
    out->kind = W2N_EXTERN_MEMORY;
    out->ptr = &fake_mem;
    out->min = 1;
    out->max = 2;
    return 1;
}

static w2n_memory_def b_memory; /* module_b's memory (read when instantiating) */
static w2n_module module_b(const w2n_import* imports, uint64_t n, uint64_t nfuncs,
                           uint64_t has_mem, uint64_t mem_min, uint64_t mem_max) {
    w2n_module m;
    memset(&m, 0, sizeof m);
    m.magic = W2N_INSTANCE_MAGIC;
    m.abi_version = W2N_ABI_VERSION;
    m.cpu_arch = W2N_HOST_ARCH;
    m.name = "b";
    m.num_imports = n;
    m.imports = imports;
    m.num_funcs = nfuncs;
    m.num_imported_funcs = nfuncs;
    m.func_types = a_func_types;
    b_memory.min = mem_min;
    b_memory.max = mem_max;
    m.num_memories = has_mem;
    m.num_imported_memories = has_mem && n > 0;
    m.memories = &b_memory;
    m.start_func = W2N_NONE;
    return m;
}

/* ---- module C: several memories (memory 0 imported from A, 1 and 2 defined) ------ */

/* C's only function: the memory runtime functions with a memory index. */
static uint32_t f_mops(w2n_instance* inst, uint32_t which) {
    switch (which) {
    case 1: return w2n_memory_grow_idx(inst, 1, 1);                 /* 1 -> 2: returns 1 */
    case 2: return w2n_memory_grow_idx(inst, 1, 2);                 /* 2+2 > max 3: -1 */
    case 3: w2n_memory_copy_idx(inst, 0, 1, 200, 8, 5); return 1;   /* mem 1 -> mem 0 */
    case 4: w2n_memory_copy_idx(inst, 1, 0, 2 * 65536 - 2, 0, 3); return 0; /* dst OOB */
    case 5: w2n_memory_fill_idx(inst, 2, 0, 'z', 1); return 1;      /* ok */
    case 6: w2n_memory_fill_idx(inst, 2, 2 * 65536 - 1, 0, 2); return 0; /* OOB */
    case 7: w2n_memory_init_idx(inst, 1, 2, 100, 0, 3); return 1;   /* passive seg 2 */
    case 8: return w2n_memory_grow_idx(inst, 0, 0);                 /* A's memory: 2 */
    case 9: w2n_memory_copy_idx(inst, 2, 2, 1, 0, 3); return 1;     /* overlapping, mem 2 */
    case 10: w2n_memory_copy_idx(inst, 0, 1, 0, 3 * 65536, 1); return 0; /* src OOB */
    case 11: return w2n_memory_grow_idx(inst, 2, 1);                /* 2 -> 3 (no max) */
    default: return 0;
    }
}

static const uint64_t c_type_ids[] = {SIG_I_I};
static const uint64_t c_func_types[] = {0};
static void* const c_func_code[] = {(void*)f_mops};
static const w2n_trampoline_fn c_tramps[] = {tramp_i_i};
static const w2n_import c_imports[] = {{"a", 1, "mem", 3, W2N_EXTERN_MEMORY, 0, 0, NULL}};
static const w2n_memory_def c_memories[] = {{1, 2, 0, 0}, {1, 3, 0, 0}, {2, W2N_NO_MAX, 0, 0}};
static const w2n_export c_exports[] = {
    {"mops", 4, W2N_EXTERN_FUNC, 0},
    {"m1", 2, W2N_EXTERN_MEMORY, 1},
    {"m2", 2, W2N_EXTERN_MEMORY, 2},
};
static const w2n_data_seg c_data[] = {
    {1, 1, {W2N_CONST_VALUE, 8, 0}, (const uint8_t*)"multi", 5},
    {1, 2, {W2N_CONST_VALUE, 0, 0}, (const uint8_t*)"two", 3},
    {0, 0, {0, 0, 0}, (const uint8_t*)"pas", 3},
};

static w2n_module module_c(void) {
    w2n_module m;
    memset(&m, 0, sizeof m);
    m.magic = W2N_INSTANCE_MAGIC;
    m.abi_version = W2N_ABI_VERSION;
    m.cpu_arch = W2N_HOST_ARCH;
    m.name = "c";
    m.num_types = 1;
    m.type_ids = c_type_ids;
    m.num_imports = 1;
    m.imports = c_imports;
    m.num_funcs = 1;
    m.func_types = c_func_types;
    m.func_code = c_func_code;
    m.func_trampolines = c_tramps;
    m.num_memories = 3;
    m.num_imported_memories = 1;
    m.memories = c_memories;
    m.num_exports = 3;
    m.exports = c_exports;
    m.start_func = W2N_NONE;
    m.num_data = 3;
    m.data = c_data;
    return m;
}

static int call_mops(w2n_instance* inst, uint32_t which, uint32_t* result) {
    w2n_val v[2] = {{which, 0}, {0, 0}};
    int code = w2n_call_export(inst, "mops", v);
    if (result) *result = (uint32_t)v[0].lo;
    return code;
}

/* ---- stack exhaustion on a thread (guard-page signal path) ----------------------- */

struct thread_arg {
    w2n_store* store;
    w2n_instance* inst;
    int code_deep, code_recurse;
};
static void* thread_main(void* p) {
    struct thread_arg* a = p;
    w2n_val v[2] = {{0, 0}, {0, 0}};
    a->code_recurse = w2n_call_export(a->inst, "recurse", v);
    v[0].lo = 0;
    a->code_deep = w2n_call_export(a->inst, "deep", v);
    return NULL;
}

/* fmt.c's w2n_snprintf gives what snprintf gives (text, truncation, NUL, result) for the
 * conversions the runtime's messages use. */
#define FMT_SAME(len, ...)                                                                  \
    do {                                                                                    \
        char a_[64], b_[64];                                                                \
        volatile size_t n_ = (len); /* truncation is tested: no compile-time warning */     \
        memset(a_, 'X', sizeof a_);                                                         \
        memset(b_, 'X', sizeof b_);                                                         \
        int x_ = snprintf(a_, n_, __VA_ARGS__), y_ = w2n_snprintf(b_, n_, __VA_ARGS__);     \
        CHECK(x_ == y_ && memcmp(a_, b_, sizeof a_) == 0);                                  \
    } while (0)

static void test_fmt(void) {
    FMT_SAME(64, "plain %% text");
    FMT_SAME(64, "%s=%s|%.*s.%.*s", "key", "val", 3, "abcdef", 2, "xyz");
    FMT_SAME(64, "%llu %u %x", (unsigned long long)UINT64_MAX, 0u, 0xdeadbeefu);
    FMT_SAME(64, "%d %i %d %ld %lld", -5, 2147483647, (int)-2147483647 - 1, -1L, -9LL);
    FMT_SAME(64, "  %3zu: %6s - %s!func[%u]", (size_t)7, "0x1f", "m", 3u);
    FMT_SAME(64, "%-6s|%06d|%-4d|%04x|%c|%5c|%5s", "ab", -42, 7, 0xau, 'q', 'z', "abcdefg");
    FMT_SAME(64, "%.0s|%.10s|%zu|%lu|%lx", "abc", "abc", (size_t)0, 2UL, 255UL);
    FMT_SAME(5, "truncated %s", "longer");
    FMT_SAME(1, "x%s", "y");
    FMT_SAME(0, "abc%d", 5);
}

/* ---- exe_alloc.c, w2n_mutex, the /proc/self/maps reader -------------------------- */

static int filled_with(const unsigned char* p, size_t n, unsigned char v) {
    for (size_t i = 0; i < n; i++)
        if (p[i] != v) return 0;
    return 1;
}

static void test_exe_alloc(void) {
    /* Every size class and the mapped sizes beyond: usable, aligned, apart. */
    static const size_t sizes[] = {0, 1, 15, 16, 17, 100, 4096, 65535, 65536, 65537, 300000};
    enum { N = sizeof sizes / sizeof sizes[0] };
    unsigned char* p[N];
    for (int i = 0; i < N; i++) {
        p[i] = __wrap_malloc(sizes[i]);
        CHECK(p[i] != NULL && (uintptr_t)p[i] % 16 == 0);
        CHECK(__wrap_malloc_usable_size(p[i]) >= sizes[i]);
        memset(p[i], 0x40 + i, sizes[i]);
    }
    for (int i = 0; i < N; i++) CHECK(filled_with(p[i], sizes[i], (unsigned char)(0x40 + i)));
    /* A freed block is reused for its class, and calloc zeroes a reused block. */
    __wrap_free(p[5]);
    unsigned char* q = __wrap_calloc(10, 10);
    CHECK(q == p[5] && filled_with(q, 100, 0));
    __wrap_free(p[7]);
    q = __wrap_calloc(1, 65535);
    CHECK(q == p[7] && filled_with(q, 65535, 0));
    /* realloc keeps the contents, in place while it fits and moved beyond. */
    unsigned char* r = __wrap_realloc(p[6], 4000);
    CHECK(r == p[6] && filled_with(r, 4000, 0x46));
    r = __wrap_realloc(r, 200000);
    CHECK(r != NULL && filled_with(r, 4096, 0x46));
    r = __wrap_realloc(r, 400000);
    CHECK(r != NULL && filled_with(r, 4096, 0x46));
    __wrap_free(r);
    CHECK(__wrap_realloc(NULL, 5) != NULL);
    /* Aligned blocks, small and mapped, freed and reallocated through their pointer. */
    for (size_t al = 32; al <= 65536; al *= 8) {
        unsigned char* a = __wrap_aligned_alloc(al, 100);
        CHECK(a != NULL && (uintptr_t)a % al == 0 && __wrap_malloc_usable_size(a) >= 100);
        memset(a, 0x5a, 100);
        a = __wrap_realloc(a, 70000);
        CHECK(a != NULL && filled_with(a, 100, 0x5a));
        __wrap_free(a);
        void* b = NULL;
        CHECK(__wrap_posix_memalign(&b, al, 65536) == 0 && (uintptr_t)b % al == 0);
        __wrap_free(b);
    }
    CHECK(__wrap_aligned_alloc(24, 8) == NULL && errno == EINVAL);
    CHECK(__wrap_calloc(SIZE_MAX / 2, 4) == NULL && errno == ENOMEM);
    CHECK(__wrap_malloc(SIZE_MAX - 8) == NULL && errno == ENOMEM);
    for (int i = 0; i < N; i++)
        if (i < 5 || i > 7) __wrap_free(p[i]);
    __wrap_free(NULL);
}

enum { LOCK_THREADS = 4, LOCK_ROUNDS = 50000 };
static w2n_mutex test_lock;
static long locked_count;

static void* lock_worker(void* arg) {
    (void)arg;
    for (int i = 0; i < LOCK_ROUNDS; i++) {
        w2n_mutex_lock(&test_lock);
        long v = locked_count; /* not atomic: the lock makes it exact */
        /* A window for another thread (which must then wait for the lock). */
        if (i % 256 == 0) sched_yield();
        locked_count = v + 1;
        w2n_mutex_unlock(&test_lock);
        /* The allocator's own lock, with blocks handed between sizes. */
        if (i % 64 == 0) {
            void* p = __wrap_malloc((size_t)(i % 5000));
            void* q = __wrap_calloc(3, 7);
            CHECK(p && q);
            __wrap_free(p);
            __wrap_free(q);
        }
    }
    return NULL;
}

static void test_mutex(void) {
    pthread_t t[LOCK_THREADS];
    for (int i = 0; i < LOCK_THREADS; i++)
        CHECK(pthread_create(&t[i], NULL, lock_worker, NULL) == 0);
    for (int i = 0; i < LOCK_THREADS; i++) pthread_join(t[i], NULL);
    CHECK(locked_count == (long)LOCK_THREADS * LOCK_ROUNDS);
    CHECK(test_lock.v == 0);
}

/* w2n_maps_stack_top on a made-up /proc/self/maps: lines longer than its buffer, the
 * stack's line found, the end of the mapping below it, nothing found. */
static void test_maps_reader(void) {
    char path[] = "/tmp/w2n-maps-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    unlink(path);
    char line[2048];
    /* Lines of 400, 509, 510, 511 and 1500 characters: they end before, at and after
     * the reader's 511 bytes. The rest of a longer line, here starting with a range
     * ("7000-8000") just after those 511 bytes, must not be read as a line of its own. */
    static const int lens[] = {400, 509, 510, 511, 1500};
    unsigned long at = 0x10000;
    for (int k = 0; k < 5; k++) {
        int n = snprintf(line, sizeof line, "%lx-%lx r--p 00000000 08:01 1234 /", at, at + 0x1000);
        int name = lens[k] - n;
        for (int i = 0; i < name; i++) line[n + i] = 'a';
        if (k == 4) memcpy(line + 511, "7000-8000 ", 10);
        line[n + name] = '\n';
        CHECK(write(fd, line, (size_t)(n + name + 1)) == n + name + 1);
        at += 0x2000;
    }
    const char* tail = "20000-21000 rw-p 00000000 00:00 0\n"
                       "7ffd0000-7ffe1000 rw-p 00000000 00:00 0 [stack]\n"
                       "7ffe2000-7ffe3000 r-xp 00000000 00:00 0 [vdso]\n";
    CHECK(write(fd, tail, strlen(tail)) == (ssize_t)strlen(tail));
    uintptr_t start = 1, below = 1;
    lseek(fd, 0, SEEK_SET);
    CHECK(w2n_maps_stack_top(fd, 0x7ffe0000, &start, &below) == 0x7ffe1000);
    CHECK(start == 0x7ffd0000 && below == 0x21000);
    /* In the third mapping (whose line ends at the reader's buffer's end). */
    lseek(fd, 0, SEEK_SET);
    CHECK(w2n_maps_stack_top(fd, 0x14800, &start, &below) == 0x15000);
    CHECK(start == 0x14000 && below == 0x13000);
    /* 0x7800 is only in the range inside the long name: not a mapping. */
    start = below = 1;
    lseek(fd, 0, SEEK_SET);
    CHECK(w2n_maps_stack_top(fd, 0x7800, &start, &below) == 0);
    CHECK(start == 1 && below == 0x7ffe3000);
    close(fd);
}

int main(void) {
    char err[256];
    test_fmt();
    test_exe_alloc();
    test_mutex();
    test_maps_reader();
    w2n_store* s = w2n_store_new();
    CHECK(s != NULL);
    w2n_module ma = module_a();
    w2n_instance* inst = NULL;
    /* Code for a CPU feature nobody has (bit 63), or another architecture: refused
     * before anything runs, with the reason. */
    ma.cpu_features = UINT64_C(1) << 63;
    int rc = w2n_instantiate(s, &ma, resolve_a, NULL, NULL, &inst, err, sizeof err);
    CHECK(rc == W2N_ERR_CPU && inst == NULL && strstr(err, "lacks: unknown (rebuild"));
    ma.cpu_features = 0;
    ma.cpu_arch = W2N_HOST_ARCH % 3 + 1;
    rc = w2n_instantiate(s, &ma, resolve_a, NULL, NULL, &inst, err, sizeof err);
    CHECK(rc == W2N_ERR_CPU && strstr(err, "another architecture"));
    ma.cpu_arch = W2N_HOST_ARCH;
    rc = w2n_instantiate(s, &ma, resolve_a, NULL, (void*)&passed, &inst, err, sizeof err);
    CHECK(rc == W2N_OK);
    if (rc != W2N_OK) {
        fprintf(stderr, "instantiate: %s\n", err);
        return 1;
    }
    CHECK(w2n_instance_host_data(inst) == (void*)&passed);
    /* start ran, globals evaluated */
    w2n_extern x;
    CHECK(w2n_instance_export(inst, "g1", &x) && ((w2n_global*)x.ptr)->lo == 42);
    CHECK(x.type == (W2N_VAL_I32 | 1u << 8));
    CHECK(w2n_instance_export(inst, "g2", &x) && ((w2n_global*)x.ptr)->lo == 16);
    CHECK(inst->globals[3]->lo == (uint64_t)(uintptr_t)inst->funcs[OPS_FUNC]);
    CHECK(inst->globals[0] == &g_import);
    /* Defined globals live just before the instance, where compiled code reads them. */
    for (int j = 0; j < 3; j++) CHECK(inst->globals[1 + j] == W2N_DEFINED_GLOBAL(inst, 3, j));
    CHECK((w2n_global*)(void*)inst - inst->globals[1] == 3);
    CHECK(!w2n_instance_export(inst, "nope", &x));
    /* data and elem segments */
    CHECK(memcmp(w2n_mem(inst, 16, 5), "hello", 5) == 0);
    CHECK(inst->tables[0]->size == 4 && inst->tables[1]->size == 2);
    CHECK(inst->tables[0]->elems[1] == inst->funcs[OPS_FUNC]);
    CHECK(inst->tables[0]->elems[2] == NULL && inst->tables[0]->elems[0] == NULL);
    CHECK(inst->funcs[0]->code == (void*)host_add && inst->funcs[0]->vmctx == inst);
    CHECK(inst->funcs[0]->trampoline == tramp_ii_i && inst->funcs[0]->type_id == SIG_II_I);
    CHECK(inst->funcs[OPS_FUNC]->type_id == SIG_I_I && inst->funcs[OPS_FUNC]->vmctx == inst);
    /* memory: min 1, max 2 */
    CHECK(inst->memory == &inst->memory0 && inst->memory->size == 65536);
    CHECK(limits_match(inst->memory) && inst->memory->limits[0] == 65535);
    CHECK(inst->memory->max_pages == 2 &&
          inst->memory->reserved == 2 * 65536 + W2N_GUARD_BAND);
    uint8_t* base = inst->memory->base;
    /* The guard band: the bytes after the size are inaccessible, those below it not. */
    CHECK(readable(base + 65536 - 1) && !readable(base + 65536) &&
          !readable(base + 65536 + W2N_GUARD_BAND - 1));
    CHECK(w2n_memory_grow(inst, 0) == 1);
    CHECK(w2n_memory_grow(inst, 2) == UINT64_MAX);
    CHECK(limits_match(inst->memory) && inst->memory->size == 65536);
    CHECK(w2n_memory_grow(inst, 1) == 1);
    CHECK(w2n_memory_grow(inst, 1) == UINT64_MAX);
    CHECK(w2n_memory_grow(inst, 0) == 2 && inst->memory->base == base);
    base[2 * 65536 - 1] = 1; /* new page is writable */
    /* The band moved up with the size (at the maximum now). */
    CHECK(readable(base + 65536) && !readable(base + 2 * 65536) &&
          !readable(base + 2 * 65536 + W2N_GUARD_BAND - 1));
    CHECK(w2n_mem(inst, 0, 2 * 65536) == base);
    CHECK(w2n_mem(inst, 1, 2 * 65536) == NULL);
    CHECK(w2n_mem(inst, 2 * 65536, 0) == base + 2 * 65536);
    CHECK(w2n_mem(inst, 2 * 65536 + 1, 0) == NULL);
    CHECK(w2n_mem(inst, UINT64_MAX, 2) == NULL);
    CHECK(w2n_mem(inst, 2, UINT64_MAX) == NULL);
    CHECK(w2n_instance_export(inst, "mem", &x) && x.min == 2 && x.max == 2);
    /* runtime functions through w2n_call */
    uint32_t r = 0;
    CHECK(call_ops(s, inst, 1, &r) == 0 && r == 4 && inst->tables[0]->size == 7);
    CHECK(inst->tables[0]->elems[1] == inst->funcs[OPS_FUNC] && inst->tables[0]->elems[6] == NULL);
    CHECK(call_ops(s, inst, 2, &r) == 0 && r == UINT32_MAX && inst->tables[0]->size == 7);
    CHECK(call_ops(s, inst, 3, NULL) == W2N_TRAP_TABLE_OOB);
    CHECK(call_ops(s, inst, 4, NULL) == W2N_TRAP_TABLE_OOB);
    CHECK(call_ops(s, inst, 5, NULL) == 0);
    CHECK(inst->tables[0]->elems[0] == inst->funcs[CALL_HOST_FUNC]);
    CHECK(inst->tables[0]->elems[1] == inst->funcs[RECURSE_FUNC]);
    CHECK(call_ops(s, inst, 6, &r) == 0 && r == 1);
    CHECK(call_ops(s, inst, 7, NULL) == W2N_TRAP_TABLE_OOB);
    CHECK(call_ops(s, inst, 8, NULL) == W2N_TRAP_MEMORY_OOB);
    CHECK(call_ops(s, inst, 9, NULL) == 0 && memcmp(base + 100, "xyz", 3) == 0);
    CHECK(call_ops(s, inst, 10, &r) == 0 && r == 1);
    CHECK(call_ops(s, inst, 11, NULL) == W2N_TRAP_MEMORY_OOB);
    CHECK(call_ops(s, inst, 12, &r) == 0 && r == 1);
    CHECK(call_ops(s, inst, 13, NULL) == W2N_TRAP_MEMORY_OOB);
    CHECK(call_ops(s, inst, 14, &r) == 0 && r == 1);
    CHECK(call_ops(s, inst, 15, NULL) == W2N_TRAP_TABLE_OOB);
    CHECK(call_ops(s, inst, 16, &r) == 0 && memcmp(base + 10, "hello", 5) == 0);
    CHECK(call_ops(s, inst, 17, NULL) == W2N_TRAP_INT_DIV_ZERO);
    CHECK(w2n_call_export(inst, "mem", NULL) == -1);
    CHECK(w2n_call(s, NULL, NULL) == W2N_TRAP_INDIRECT_NULL);
    /* host functions, nesting, exit, host traps */
    w2n_val v[2] = {{2, 0}, {3, 0}};
    CHECK(w2n_call_export(inst, "call_host", v) == 0 && v[0].lo == 5);
    CHECK(host_seen_caller == inst);
    v[0].lo = 999;
    CHECK(w2n_call_export(inst, "call_host", v) == W2N_TRAP_UNREACHABLE);
    CHECK(nested_code == W2N_TRAP_TABLE_OOB);
    v[0].lo = 998;
    CHECK(w2n_call_export(inst, "call_host", v) == W2N_TRAP_HOST);
    CHECK(strcmp(w2n_store_host_error(s), "custom failure") == 0);
    {
        /* Every store has a trap record of its own (the first four from the start-up
         * arena's cold end, then from calloc). */
        w2n_store* more[6];
        w2n_funcref bare;
        memset(&bare, 0, sizeof bare);
        bare.type_id = SIG_II_I; /* no trampoline: a host error, with no instance */
        for (int i = 0; i < 6; i++) {
            more[i] = w2n_store_new();
            CHECK(more[i] && w2n_store_host_error(more[i])[0] == 0);
        }
        for (int i = 0; i < 6; i += 5) {
            w2n_val bv[2] = {{1, 0}, {2, 0}};
            CHECK(w2n_call(more[i], &bare, bv) == W2N_TRAP_HOST);
            CHECK(strstr(w2n_store_host_error(more[i]), "no trampoline") != NULL);
        }
        for (int i = 1; i < 5; i++) CHECK(w2n_store_host_error(more[i])[0] == 0);
        CHECK(strcmp(w2n_store_host_error(s), "custom failure") == 0);
        for (int i = 0; i < 6; i++) w2n_store_delete(more[i]);
    }
    v[0].lo = 997;
    CHECK(w2n_call_export(inst, "call_host", v) == W2N_TRAP_EXIT && w2n_store_exit_code(s) == 7);
    v[0].lo = 996;
    CHECK(w2n_call_export(inst, "call_host", v) == 0 && v[0].lo == 1001);
    v[0].lo = 1, v[1].lo = 1;
    CHECK(w2n_call(s, inst->funcs[0], v) == 0 && v[0].lo == 2); /* host fn via trampoline */
    /* stack exhaustion via the prologue check, then normal calls still work */
    v[0].lo = 0;
    CHECK(w2n_call_export(inst, "recurse", v) == W2N_TRAP_STACK_EXHAUSTED);
    CHECK(call_ops(s, inst, 1, &r) == 0 && r == 7);
    /* guard page on a thread with a 1 MiB stack */
    {
        pthread_attr_t attr;
        pthread_t th;
        struct thread_arg a = {s, inst, -1, -1};
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 1024 * 1024);
        CHECK(pthread_create(&th, &attr, thread_main, &a) == 0);
        pthread_join(th, NULL);
        pthread_attr_destroy(&attr);
        CHECK(a.code_recurse == W2N_TRAP_STACK_EXHAUSTED);
        CHECK(a.code_deep == W2N_TRAP_STACK_EXHAUSTED);
    }
    CHECK(call_ops(s, inst, 1, &r) == 0 && r == UINT32_MAX); /* main thread again; table full */
    /* trap messages */
    CHECK(strcmp(w2n_trap_message(W2N_TRAP_MEMORY_OOB), "out of bounds memory access") == 0);
    CHECK(strcmp(w2n_trap_message(W2N_TRAP_STACK_EXHAUSTED), "call stack exhausted") == 0);
    CHECK(strcmp(w2n_trap_message(99), "unknown trap") == 0);
    /* signature ids */
    {
        char s1[] = "bbbbbbbbbbbbbbbb:b", s2[] = "bbbbbbbbbbbbbbbb:b", s3[] = "bbbbbbbbbbbbbbbb:c";
        CHECK(w2n_sig_eq(SIG_I_I, SIG_I_I) == 1);
        CHECK(w2n_sig_eq(SIG_I_I, SIG_II_I) == 0);
        CHECK(w2n_sig_eq((uint64_t)(uintptr_t)s1, (uint64_t)(uintptr_t)s2) == 1);
        CHECK(w2n_sig_eq((uint64_t)(uintptr_t)s1, (uint64_t)(uintptr_t)s3) == 0);
        CHECK(w2n_sig_eq((uint64_t)(uintptr_t)s1, SIG_I_I) == 0);
        CHECK(w2n_sig_eq(SIG_I_I, (uint64_t)(uintptr_t)s1) == 0);
        /* Typed signatures (compiler/src/types.rs): one segment per declared supertype;
         * a subtype matches where its supertype is expected, not the reverse. */
        char sup[] = "Tb:b|[o(b:b)]@0", sub[] = "Tb:b|[f<[o(b:b)]@0(b:b)]@0\nTb:b|[o(b:b)]@0";
        char other[] = "Tb:b|[f(b:b)f(:)]@0";
        CHECK(w2n_sig_eq((uint64_t)(uintptr_t)sub, (uint64_t)(uintptr_t)sup) == 1);
        CHECK(w2n_sig_eq((uint64_t)(uintptr_t)sup, (uint64_t)(uintptr_t)sub) == 0);
        CHECK(w2n_sig_eq((uint64_t)(uintptr_t)other, (uint64_t)(uintptr_t)sup) == 0);
        uint64_t tp[4], tr[4];
        size_t tnp, tnr;
        CHECK(w2n_sig_decode((uint64_t)(uintptr_t)sub, tp, &tnp, tr, &tnr, 4) == 0 && tnp == 1 &&
              tnr == 1 && tp[0] == W2N_VAL_I32 && tr[0] == W2N_VAL_I32);
    }
    /* reference type matching at link time (types.rs strings) */
    {
        const char* f_sub = "RN{[f<[o(b:b)]@0(b:b)]@0\n[o(b:b)]@0}";
        const char* f_sup = "Rn{[o(b:b)]@0}";
        CHECK(w2n_ref_subtype(f_sub, f_sup) == 1);
        CHECK(w2n_ref_subtype(f_sup, f_sub) == 0);
        CHECK(w2n_ref_subtype(f_sub, "RnF") == 1);
        CHECK(w2n_ref_subtype(f_sub, "RnE") == 0);
        CHECK(w2n_ref_subtype("RnF", "RNF") == 0); /* nullable is not below non-null */
        CHECK(w2n_ref_subtype("Rnf", f_sup) == 1); /* nofunc is below every function type */
        CHECK(w2n_ref_subtype("Rne", "RnE") == 1);
        CHECK(w2n_ref_subtype("RnO", "RnQ") == 1 && w2n_ref_subtype("RnQ", "RnO") == 0);
    }
    /* link errors */
    {
        w2n_instance* bad = (w2n_instance*)1;
        g_import_type = W2N_VAL_I32 | 1u << 8; /* mutable: incompatible */
        rc = w2n_instantiate(s, &ma, resolve_a, NULL, NULL, &bad, err, sizeof err);
        CHECK(rc == W2N_ERR_LINK && bad == NULL && strstr(err, "incompatible import type"));
        CHECK(strstr(err, "\"env\".\"g\"") != NULL);
        g_import_type = W2N_VAL_I32;
        rc = w2n_instantiate(s, &ma, NULL, NULL, NULL, &bad, err, sizeof err);
        CHECK(rc == W2N_ERR_LINK && strstr(err, "unknown import \"env\".\"host_add\""));
    }
    /* segment bounds errors: W2N_ERR_INSTANTIATE, earlier segments stay applied */
    {
        w2n_instance* bad = (w2n_instance*)1;
        w2n_module mb = ma;
        w2n_data_seg d[2] = {a_data[0], a_data[0]};
        d[1].offset.kind = W2N_CONST_VALUE;
        d[1].offset.value = 65536 - 4; /* 5 bytes: one past the end */
        mb.data = d;
        rc = w2n_instantiate(s, &mb, resolve_a, NULL, NULL, &bad, err, sizeof err);
        CHECK(rc == W2N_ERR_INSTANTIATE && bad == NULL);
        CHECK(strcmp(err, "out of bounds memory access") == 0);
        w2n_elem_seg e[1] = {a_elems[0]};
        e[0].offset.value = 3; /* 3 + 2 > 4 */
        mb = ma;
        mb.elems = e;
        mb.num_elems = 1;
        rc = w2n_instantiate(s, &mb, resolve_a, NULL, NULL, &bad, err, sizeof err);
        CHECK(rc == W2N_ERR_INSTANTIATE && strcmp(err, "out of bounds table access") == 0);
        d[1].offset.value = 65536 - 5; /* exactly at the end: fine */
        mb = ma;
        mb.data = d;
        rc = w2n_instantiate(s, &mb, resolve_a, NULL, NULL, &bad, err, sizeof err);
        CHECK(rc == W2N_OK && bad != NULL);
    }
    /* start function trap */
    {
        w2n_module mb = ma;
        w2n_instance* bad = (w2n_instance*)1;
        mb.start_func = CALL_HOST_FUNC; /* wrong arity is fine for a test: args are junk */
        mb.func_trampolines = NULL;     /* no trampoline and not [] -> []: host error */
        rc = w2n_instantiate(s, &mb, resolve_a, NULL, NULL, &bad, err, sizeof err);
        CHECK(rc == W2N_TRAP_HOST && bad == NULL);
    }
    /* module B: imports A's function, memory, table and global */
    {
        exporter = inst;
        w2n_import bi[] = {
            {"a", 1, "call_host", 9, W2N_EXTERN_FUNC, 0, SIG_II_I, NULL},
            {"a", 1, "mem", 3, W2N_EXTERN_MEMORY, 0, 0, NULL},
        };
        w2n_module mb = module_b(bi, 2, 1, 1, 1, 2);
        w2n_instance* b = NULL;
        rc = w2n_instantiate(s, &mb, resolve_b, NULL, NULL, &b, err, sizeof err);
        CHECK(rc == W2N_OK && b != NULL);
        if (b) {
            CHECK(b->funcs[0] == inst->funcs[CALL_HOST_FUNC]); /* exporter's funcref reused */
            CHECK(b->memory == inst->memory);
            CHECK(w2n_memory_grow(b, 0) == 2);
        }
        mb = module_b(bi, 2, 1, 1, 1, 1); /* import max 1 < exporter max 2 */
        rc = w2n_instantiate(s, &mb, resolve_b, NULL, NULL, &b, err, sizeof err);
        CHECK(rc == W2N_ERR_LINK && strstr(err, "incompatible import type"));
        mb = module_b(bi, 2, 1, 1, 3, W2N_NO_MAX); /* import min 3 > current 2 */
        rc = w2n_instantiate(s, &mb, resolve_b, NULL, NULL, &b, err, sizeof err);
        CHECK(rc == W2N_ERR_LINK);
        /* A memory made by hand (no guard band after its size) is refused. */
        fake_mem = *inst->memory;
        fake_mem.reserved = 2 * 65536; /* its maximum, no band */
        mb = module_b(bi + 1, 1, 0, 1, 1, 2);
        rc = w2n_instantiate(s, &mb, resolve_fake, NULL, NULL, &b, err, sizeof err);
        CHECK(rc == W2N_ERR_LINK && strstr(err, "guard band"));
        fake_mem.reserved = 2 * 65536 + W2N_GUARD_BAND; /* as the runtime makes it */
        rc = w2n_instantiate(s, &mb, resolve_fake, NULL, NULL, &b, err, sizeof err);
        CHECK(rc == W2N_OK);
        bi[0].type_id = SIG_I_I; /* wrong signature */
        mb = module_b(bi, 1, 1, 0, 0, 0);
        rc = w2n_instantiate(s, &mb, resolve_b, NULL, NULL, &b, err, sizeof err);
        CHECK(rc == W2N_ERR_LINK && strstr(err, "signature"));
        w2n_import ti[] = {{"a", 1, "tab", 3, W2N_EXTERN_TABLE, 0, 0, NULL}};
        w2n_table_def td[] = {{W2N_VAL_FUNCREF, 10, 10, {W2N_CONST_REF_NULL, 0, 0}, NULL, 0}};
        mb = module_b(ti, 1, 0, 0, 0, 0);
        mb.num_tables = mb.num_imported_tables = 1;
        mb.tables = td;
        rc = w2n_instantiate(s, &mb, resolve_b, NULL, NULL, &b, err, sizeof err);
        CHECK(rc == W2N_OK && b && b->tables[0] == inst->tables[0]);
        td[0].elem_type = W2N_VAL_EXTERNREF;
        rc = w2n_instantiate(s, &mb, resolve_b, NULL, NULL, &b, err, sizeof err);
        CHECK(rc == W2N_ERR_LINK);
    }
    /* module C: three memories, the memory runtime functions by index, exports of
     * memories other than 0, and module D importing them */
    {
        exporter = inst;
        w2n_module mc = module_c();
        w2n_instance* c = NULL;
        rc = w2n_instantiate(s, &mc, resolve_b, NULL, NULL, &c, err, sizeof err);
        CHECK(rc == W2N_OK && c != NULL);
        if (rc != W2N_OK) fprintf(stderr, "instantiate C: %s\n", err);
        if (c) {
            /* memory 0 is A's (compiled code's fast path), 1 and 2 are C's own */
            CHECK(c->memory == inst->memory && c->memories[0] == inst->memory);
            CHECK(c->memories[1] != NULL && c->memories[2] != NULL);
            CHECK(c->memories[1] != c->memories[2] && c->memories[1] != c->memory);
            CHECK(w2n_instance_memory(c, 0) == c->memory);
            CHECK(w2n_instance_memory(c, 2) == c->memories[2]);
            CHECK(w2n_instance_memory(c, 3) == NULL);
            CHECK(c->memories[1]->size == 65536 && c->memories[1]->max_pages == 3);
            CHECK(c->memories[2]->size == 2 * 65536);
            CHECK(limits_match(c->memories[1]) && limits_match(c->memories[2]));
            CHECK(c->memories[2]->max_pages == W2N_MAX_PAGES);
            /* active segments went to their memories */
            CHECK(w2n_mem_at(c, 1, 8, 5) && memcmp(w2n_mem_at(c, 1, 8, 5), "multi", 5) == 0);
            CHECK(w2n_mem_at(c, 2, 0, 3) && memcmp(w2n_mem_at(c, 2, 0, 3), "two", 3) == 0);
            CHECK(w2n_mem_at(c, 0, 16, 5) == w2n_mem(inst, 16, 5));
            CHECK(w2n_mem_at(c, 1, 65536, 0) != NULL && w2n_mem_at(c, 1, 65536, 1) == NULL);
            CHECK(w2n_mem_at(c, 3, 0, 0) == NULL);
            CHECK(w2n_instance_export(c, "m1", &x) && x.kind == W2N_EXTERN_MEMORY);
            CHECK(x.ptr == c->memories[1] && x.min == 1 && x.max == 3);
            CHECK(w2n_instance_export(c, "m2", &x) && x.ptr == c->memories[2]);
            CHECK(x.min == 2 && x.max == W2N_NO_MAX);
            /* runtime functions by memory index */
            uint32_t r = 0;
            CHECK(call_mops(c, 1, &r) == 0 && r == 1 && c->memories[1]->size == 2 * 65536);
            CHECK(limits_match(c->memories[1]));
            CHECK(call_mops(c, 2, &r) == 0 && r == UINT32_MAX);
            CHECK(call_mops(c, 3, &r) == 0 && memcmp(w2n_mem(inst, 200, 5), "multi", 5) == 0);
            CHECK(call_mops(c, 4, NULL) == W2N_TRAP_MEMORY_OOB);
            CHECK(call_mops(c, 5, &r) == 0 && *w2n_mem_at(c, 2, 0, 1) == 'z');
            CHECK(call_mops(c, 6, NULL) == W2N_TRAP_MEMORY_OOB);
            CHECK(call_mops(c, 7, &r) == 0 && memcmp(w2n_mem_at(c, 1, 100, 3), "pas", 3) == 0);
            CHECK(call_mops(c, 8, &r) == 0 && r == 2);
            CHECK(call_mops(c, 9, &r) == 0 && memcmp(w2n_mem_at(c, 2, 0, 4), "zzwo", 4) == 0);
            CHECK(call_mops(c, 10, NULL) == W2N_TRAP_MEMORY_OOB);
            CHECK(call_mops(c, 11, &r) == 0 && r == 2 && c->memories[2]->size == 3 * 65536);
            CHECK(limits_match(c->memories[2]));
            CHECK(w2n_memory_grow(c, 0) == 2); /* memory 0 entry points: A's memory */

            /* module D imports C's memory 2 as its memory 0 and C's memory 1 as its 1 */
            exporter = c;
            w2n_import di[] = {
                {"c", 1, "m2", 2, W2N_EXTERN_MEMORY, 0, 0, NULL},
                {"c", 1, "m1", 2, W2N_EXTERN_MEMORY, 1, 0, NULL},
            };
            w2n_memory_def dm[] = {{3, W2N_NO_MAX, 0, 0}, {2, 3, 0, 0}};
            w2n_data_seg dd[] = {{1, 1, {W2N_CONST_VALUE, 2 * 65536 - 2, 0},
                                  (const uint8_t*)"ok", 2}};
            w2n_module md = module_b(di, 2, 0, 0, 0, 0);
            md.num_memories = md.num_imported_memories = 2;
            md.memories = dm;
            md.num_data = 1;
            md.data = dd;
            w2n_instance* d = NULL;
            rc = w2n_instantiate(s, &md, resolve_b, NULL, NULL, &d, err, sizeof err);
            CHECK(rc == W2N_OK && d != NULL);
            if (d) {
                CHECK(d->memory == c->memories[2] && d->memories[0] == c->memories[2]);
                CHECK(d->memories[1] == c->memories[1]);
                CHECK(memcmp(w2n_mem_at(c, 1, 2 * 65536 - 2, 2), "ok", 2) == 0);
                CHECK(w2n_mem(d, 0, 3) == w2n_mem_at(c, 2, 0, 3));
            }
            dm[1].max = 2; /* import max 2 < exporter's max 3 */
            rc = w2n_instantiate(s, &md, resolve_b, NULL, NULL, &d, err, sizeof err);
            CHECK(rc == W2N_ERR_LINK && strstr(err, "\"c\".\"m1\"") != NULL);
            dm[1].max = 3;
            dd[0].offset.value = 2 * 65536 - 1; /* one byte past the end of memory 1 */
            rc = w2n_instantiate(s, &md, resolve_b, NULL, NULL, &d, err, sizeof err);
            CHECK(rc == W2N_ERR_INSTANTIATE && strcmp(err, "out of bounds memory access") == 0);
            di[1].index = 2; /* not an imported memory's index */
            rc = w2n_instantiate(s, &md, resolve_b, NULL, NULL, &d, err, sizeof err);
            CHECK(rc == W2N_ERR_LINK);
        }
    }
    /* zero-size memory, and a module without memory */
    {
        w2n_module mz = module_b(NULL, 0, 0, 1, 0, 0);
        w2n_instance* z = NULL;
        rc = w2n_instantiate(s, &mz, NULL, NULL, NULL, &z, err, sizeof err);
        CHECK(rc == W2N_OK && z != NULL);
        if (z) {
            CHECK(w2n_mem(z, 0, 0) != NULL && w2n_mem(z, 0, 1) == NULL);
            CHECK(w2n_memory_grow(z, 1) == UINT64_MAX && w2n_memory_grow(z, 0) == 0);
            /* A memory of 0 pages: every limit negative. */
            CHECK(limits_match(z->memory) && z->memory->limits[W2N_MEM_LIMITS - 1] == -W2N_MEM_LIMITS);
        }
        mz = module_b(NULL, 0, 0, 0, 0, 0);
        rc = w2n_instantiate(s, &mz, NULL, NULL, NULL, &z, err, sizeof err);
        CHECK(rc == W2N_OK && z && w2n_mem(z, 0, 0) == NULL);
        w2n_memory* m = w2n_memory_new(s, 0, W2N_NO_MAX);
        CHECK(m && m->reserved == (uint64_t)W2N_MAX_PAGES * W2N_PAGE_SIZE + W2N_GUARD_BAND &&
              m->size == 0 && !readable(m->base));

        CHECK(m && limits_match(m) && m->limits[0] == -1);
        w2n_table* t = w2n_table_new(s, W2N_VAL_EXTERNREF, 3, W2N_NO_MAX);
        CHECK(t && t->size == 3 && t->max == W2N_MAX_TABLE_ELEMS);
        w2n_val gv = {5, 0};
        w2n_global* g = w2n_global_new(s, gv);
        CHECK(g && g->lo == 5);
    }
    w2n_store_delete(s);
    printf("selftest: %d passed, %d failed\n", passed, failed);
    return failed != 0;
}
