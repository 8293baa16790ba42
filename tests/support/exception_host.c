/* exception_host.c: host functions for tests/wat/exception_host.wat: a host import
 * that calls back into the guest (w2n_call_export) whose callee throws.
 *   env.call_back (i32 n): calls the export "inner"(n) and, when the exception comes
 *     back to it (no wasm handler further out), prints "host: exception" and the
 *     exception's first value; otherwise "host: returned". */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "wasm2native.h"

void w2n_import_env_call_back(w2n_instance *inst, uint32_t n) {
    w2n_val vals[2];
    memset(vals, 0, sizeof vals);
    vals[0].lo = n;
    int rc = w2n_call_export(inst, "inner", vals);
    w2n_store *s = w2n_instance_store(inst);
    if (rc == W2N_TRAP_EXCEPTION) {
        w2n_val v[1];
        w2n_exn *e = w2n_store_exception(s);
        size_t k = w2n_exn_values(e, v, 1);
        printf("host: exception (%zu value%s, first %u, tag %s)\n", k, k == 1 ? "" : "s",
               (unsigned)v[0].lo, w2n_exn_tag(e) ? "set" : "null");
    } else {
        printf("host: returned %d\n", rc);
    }
    fflush(stdout);
}

/* env.embed (): as an embedder would, instantiates the executable's own module in a
 * fresh store and calls its export "inner"(9) with w2n_call_export: the outermost
 * w2n_call returns W2N_TRAP_EXCEPTION, and the exception's tag is the instance's
 * exported tag "e" (the same record). Prints "embedder: ..." with what it saw. */
extern const w2n_module w2n_main_module;

#include "static_resolve.h"

void w2n_import_env_embed(w2n_instance *caller) {
    (void)caller;
    w2n_store *s = w2n_store_new();
    w2n_instance *inst = NULL;
    char err[256];
    if (w2n_instantiate(s, &w2n_main_module, resolve, NULL, NULL, &inst, err, sizeof err) !=
        W2N_OK) {
        printf("embedder: instantiate failed: %s\n", err);
        w2n_store_delete(s);
        return;
    }
    w2n_val vals[2];
    memset(vals, 0, sizeof vals);
    vals[0].lo = 9;
    int rc = w2n_call_export(inst, "inner", vals);
    w2n_extern tag;
    int has_tag = w2n_instance_export(inst, "e", &tag) && tag.kind == W2N_EXTERN_TAG;
    w2n_exn *e = w2n_store_exception(s);
    w2n_val v[1] = {{0, 0}};
    w2n_exn_values(e, v, 1);
    printf("embedder: rc %s, tag %s, value %u\n",
           rc == W2N_TRAP_EXCEPTION ? "exception" : "other",
           has_tag && w2n_exn_tag(e) == tag.ptr ? "is export e" : "unknown", (unsigned)v[0].lo);
    fflush(stdout);
    w2n_store_delete(s);
}

/* env.cross (): stores the calling instance (store A), instantiates the module in a
 * new store B and calls B's export "via_host", which calls env.to_a, which calls A's
 * export "inner"(11) again: A's exception must not unwind past B's frames to a
 * handler of A further out (B's call state would be left behind), so the innermost
 * w2n_call of A (in to_a) gets it. Prints "cross: ..." and "to_a: ...". */
static w2n_instance *store_a_inst;

void w2n_import_env_to_a(w2n_instance *caller) {
    (void)caller;
    w2n_val vals[2];
    memset(vals, 0, sizeof vals);
    vals[0].lo = 11;
    int rc = w2n_call_export(store_a_inst, "inner", vals);
    printf("to_a: %s\n", rc == W2N_TRAP_EXCEPTION ? "exception" : "other");
    fflush(stdout);
}

void w2n_import_env_cross(w2n_instance *caller) {
    store_a_inst = caller;
    w2n_store *s = w2n_store_new();
    w2n_instance *inst = NULL;
    char err[256];
    if (w2n_instantiate(s, &w2n_main_module, resolve, NULL, NULL, &inst, err, sizeof err) !=
        W2N_OK) {
        printf("cross: instantiate failed: %s\n", err);
        w2n_store_delete(s);
        return;
    }
    w2n_val vals[2];
    memset(vals, 0, sizeof vals);
    int rc = w2n_call_export(inst, "via_host", vals);
    printf("cross: store B returned %d\n", rc);
    /* Store B's call state is intact: another call and a trap in it work. */
    rc = w2n_call_export(inst, "trap", vals);
    printf("cross: store B trap %s\n", rc == W2N_TRAP_UNREACHABLE ? "ok" : "wrong");
    fflush(stdout);
    w2n_store_delete(s);
}
