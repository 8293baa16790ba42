/* static_resolve.h: the import resolver of the test hosts that instantiate the
 * executable's own module as an embedder would: every function import is bound to the
 * host function the executable was linked with (`static_fn`); anything else is left
 * unresolved (instantiation fails). */
#ifndef W2N_TEST_STATIC_RESOLVE_H
#define W2N_TEST_STATIC_RESOLVE_H

#include "wasm2native.h"

static int resolve(void *env, const w2n_import *imp, w2n_extern *out) {
    (void)env;
    if (imp->kind != W2N_EXTERN_FUNC || !imp->static_fn) return 0;
    out->kind = W2N_EXTERN_FUNC;
    out->host_fn = imp->static_fn;
    out->type = imp->type_id;
    return 1;
}

#endif
