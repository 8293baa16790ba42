/* deep_stack.c: host functions for tests/wat/stack_deep_embedder.wat: an embedder
 * whose first w2n_call into a store comes from deep C recursion, on the main thread
 * and on a pthread with a small stack. Each instantiates the executable's own module
 * (w2n_main_module) in a fresh store, calls its export "down" (unbounded recursion)
 * and prints the trap message: the stack limit comes from the thread's real stack
 * bounds, not from wherever the first call happens to be. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "wasm2native.h"

extern const w2n_module w2n_main_module;

#include "static_resolve.h"

/* A fresh store, the module, `down(0)`: the trap code (or -1 when instantiation fails). */
__attribute__((noinline)) static int run_guest(void) {
    w2n_store *s = w2n_store_new();
    w2n_instance *inst = NULL;
    char err[256];
    int rc = w2n_instantiate(s, &w2n_main_module, resolve, NULL, NULL, &inst, err, sizeof err);
    if (rc == W2N_OK) {
        w2n_val vals[2];
        memset(vals, 0, sizeof vals);
        rc = w2n_call_export(inst, "down", vals);
    } else {
        rc = -1;
    }
    w2n_store_delete(s);
    return rc;
}

/* Recurse `n` C frames of about 128 bytes, then run the guest. */
static int deep(int n) {
    volatile char pad[96];
    pad[0] = (char)n;
    if (n == 0) return run_guest();
    int r = deep(n - 1);
    return r + pad[0] - (char)n; /* not a tail call */
}

static void report(const char *who, int rc) {
    char buf[128];
    int n = snprintf(buf, sizeof buf, "%s: %s\n", who, rc < 0 ? "instantiation failed" : w2n_trap_message(rc));
    (void)!write(1, buf, (size_t)n);
}

/* env.deep_main(depth): on the calling (main) thread. */
void w2n_import_env_deep_main(void *inst, uint32_t depth) {
    (void)inst;
    report("main thread", deep((int)depth));
}

static void *thread_main(void *arg) {
    static int rc;
    rc = deep((int)(uintptr_t)arg);
    return &rc;
}

/* env.deep_thread(stack_kb, depth): on a new thread with a `stack_kb` KiB stack. */
void w2n_import_env_deep_thread(void *inst, uint32_t stack_kb, uint32_t depth) {
    (void)inst;
    pthread_attr_t attr;
    pthread_t t;
    void *res = NULL;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)stack_kb * 1024);
    if (pthread_create(&t, &attr, thread_main, (void *)(uintptr_t)depth) != 0) {
        report("small thread", -1);
        return;
    }
    pthread_join(t, &res);
    pthread_attr_destroy(&attr);
    report("small thread", *(int *)res);
}
