/* host_trap.c: a host function that fails (tests/wat/trap_backtrace_host.wat). */
#include <stdio.h>

#include "wasm2native.h"

/* env.refuse(i32): traps with "refused <n>". */
void w2n_import_env_refuse(w2n_instance *inst, uint32_t n) {
    char msg[64];
    snprintf(msg, sizeof msg, "refused %u", n);
    w2n_host_trap(inst, msg);
}

#include "static_resolve.h"

/* env.show_frames(): the embedder API of backtraces (tests/wat/trap_frames_api.wat).
 * Instantiates the executable's module in a fresh store, calls its export "outer"
 * (which traps), and prints the trap and every frame w2n_store_trap_frames gives. */
void w2n_import_env_show_frames(w2n_instance *caller) {
    (void)caller;
    extern const w2n_module w2n_main_module;
    w2n_store *s = w2n_store_new();
    w2n_instance *inst = NULL;
    char err[256];
    if (w2n_instantiate(s, &w2n_main_module, resolve, NULL, NULL, &inst, err, sizeof err)) {
        printf("instantiate: %s\n", err);
        return;
    }
    w2n_val vals[2] = {{0, 0}, {0, 0}};
    int rc = w2n_call_export(inst, "outer", vals);
    w2n_frame frames[8];
    size_t n = w2n_store_trap_frames(s, frames, 1); /* at most `max` are copied */
    size_t m = w2n_store_trap_frames(s, frames, 8);
    printf("trap: %s, %zu frames\n", w2n_trap_message(rc), n);
    for (size_t i = 0; i < m && i < 8; i++)
        printf("%zu: func %u %s at 0x%x\n", i, frames[i].func_index,
               frames[i].func_name ? frames[i].func_name : "(no name)", frames[i].wasm_offset);
    fflush(stdout);
    w2n_store_delete(s);
}

/* env.c_recursion(n): C recursion without end (tests/wat/trap_backtrace_host_overflow.wat):
 * the stack overflows in host code. */
__attribute__((noinline)) static unsigned recurse(volatile unsigned n) {
    volatile char pad[64];
    pad[0] = (char)n;
    return recurse(n + 1) + pad[0]; /* not a tail call */
}

void w2n_import_env_c_recursion(w2n_instance *inst, uint32_t n) {
    (void)inst;
    (void)recurse(n);
}
