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
