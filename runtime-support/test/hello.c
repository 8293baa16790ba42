/* hello.c: a hand-built w2n_main_module (WASI command) linked with main.c and wasi.c by run.sh. */
#include <string.h>

#include "wasm2native.h"

uint32_t w2n_import_wasi_snapshot_preview1_fd_write(w2n_instance*, uint32_t, uint32_t, uint32_t,
                                                     uint32_t);
uint32_t w2n_import_wasi_snapshot_preview1_args_sizes_get(w2n_instance*, uint32_t, uint32_t);
uint32_t w2n_import_wasi_snapshot_preview1_args_get(w2n_instance*, uint32_t, uint32_t);
_Noreturn void w2n_import_wasi_snapshot_preview1_proc_exit(w2n_instance*, uint32_t);

#define SIG_IIII_I UINT64_C(0x1F11111)
#define SIG_II_I UINT64_C(0x1F111)
#define SIG_I_V UINT64_C(0xF11)
#define SIG_V_V UINT64_C(0xF1)

typedef uint32_t (*fd_write_fn)(w2n_instance*, uint32_t, uint32_t, uint32_t, uint32_t);
typedef uint32_t (*ii_i_fn)(w2n_instance*, uint32_t, uint32_t);
typedef void (*i_v_fn)(w2n_instance*, uint32_t);

static void put32(uint8_t* p, uint32_t v) { memcpy(p, &v, 4); }
static uint32_t get32(const uint8_t* p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* _start: prints "hello <argv[1]>\n" (memory layout: 0 iovs, 64 scratch, 1024 strings),
 * then proc_exit(argc + 40); a bad pointer to fd_write must give EFAULT (21). */
static void start(w2n_instance* inst) {
    uint8_t* m = inst->memory->base;
    w2n_funcref* fw = inst->funcs[0];
    w2n_funcref* sz = inst->funcs[1];
    w2n_funcref* ag = inst->funcs[2];
    w2n_funcref* ex = inst->funcs[3];
    if (((ii_i_fn)sz->code)(sz->vmctx, 64, 68) != 0) ((i_v_fn)ex->code)(ex->vmctx, 99);
    uint32_t argc = get32(m + 64);
    if (((ii_i_fn)ag->code)(ag->vmctx, 128, 1024) != 0) ((i_v_fn)ex->code)(ex->vmctx, 98);
    if (((fd_write_fn)fw->code)(fw->vmctx, 1, 0xFFFFFFF0u, 1, 72) != 21)
        ((i_v_fn)ex->code)(ex->vmctx, 97);
    memcpy(m + 512, "hello ", 6);
    put32(m + 0, 512);
    put32(m + 4, 6);
    uint32_t arg1 = argc > 1 ? get32(m + 132) : 512;
    put32(m + 8, arg1);
    put32(m + 12, argc > 1 ? (uint32_t)strlen((char*)m + arg1) : 0);
    m[600] = '\n';
    put32(m + 16, 600);
    put32(m + 20, 1);
    if (((fd_write_fn)fw->code)(fw->vmctx, 1, 0, 3, 72) != 0) ((i_v_fn)ex->code)(ex->vmctx, 96);
    ((i_v_fn)ex->code)(ex->vmctx, argc + 40);
}

static void tramp_v_v(void* code, void* vmctx, w2n_val* v) {
    (void)v;
    ((void (*)(void*))code)(vmctx);
}

static const uint64_t type_ids[] = {SIG_IIII_I, SIG_II_I, SIG_I_V, SIG_V_V};
static const uint64_t func_types[] = {0, 1, 1, 2, 3};
static void* const func_code[] = {(void*)start};
static const w2n_trampoline_fn tramps[] = {NULL, NULL, NULL, NULL, tramp_v_v};
static const w2n_import imports[] = {
    {"wasi_snapshot_preview1", 22, "fd_write", 8, W2N_EXTERN_FUNC, 0, SIG_IIII_I,
     (void*)w2n_import_wasi_snapshot_preview1_fd_write},
    {"wasi_snapshot_preview1", 22, "args_sizes_get", 14, W2N_EXTERN_FUNC, 1, SIG_II_I,
     (void*)w2n_import_wasi_snapshot_preview1_args_sizes_get},
    {"wasi_snapshot_preview1", 22, "args_get", 8, W2N_EXTERN_FUNC, 2, SIG_II_I,
     (void*)w2n_import_wasi_snapshot_preview1_args_get},
    {"wasi_snapshot_preview1", 22, "proc_exit", 9, W2N_EXTERN_FUNC, 3, SIG_I_V,
     (void*)w2n_import_wasi_snapshot_preview1_proc_exit},
};
static const w2n_export exports[] = {{"_start", 6, W2N_EXTERN_FUNC, 4}};
static const w2n_memory_def memories[] = {{1, W2N_NO_MAX, 0, 0}};

const w2n_module w2n_main_module = {
    .magic = W2N_INSTANCE_MAGIC,
    .abi_version = W2N_ABI_VERSION,
    .cpu_arch = W2N_HOST_ARCH,
    .name = "hello",
    .num_types = 4,
    .type_ids = type_ids,
    .num_imports = 4,
    .imports = imports,
    .num_funcs = 5,
    .num_imported_funcs = 4,
    .func_types = func_types,
    .func_code = func_code,
    .func_trampolines = tramps,
    .num_memories = 1,
    .memories = memories,
    .num_exports = 1,
    .exports = exports,
    .start_func = W2N_NONE,
};
