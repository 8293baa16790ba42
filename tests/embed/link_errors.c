/* link_errors.c: binds types.wat's imports through the untyped API (w2n_instantiate
 * with a resolver), as embedders that do not use the generated header do, and prints
 * what the runtime says about host functions of the wrong signature. */
#include <stdio.h>
#include <string.h>

#include "types_imports.h"
#include "w2n_host_objects.h"

/* What the resolver binds env.add with: 0 right, 1 swapped parameters, 2 no signature
 * id, 3 the funcref of an export of the wrong type. */
static int mode;
static w2n_instance* other;

static int resolve(void* env, const w2n_import* imp, w2n_extern* out) {
    if (imp->kind == W2N_EXTERN_FUNC && imp->name_len == 3 && memcmp(imp->name, "add", 3) == 0) {
        static const uint64_t right[2] = {W2N_VAL_I32, W2N_VAL_I64};
        static const uint64_t swapped[2] = {W2N_VAL_I64, W2N_VAL_I32};
        static const uint64_t f32[1] = {W2N_VAL_F32};
        out->kind = W2N_EXTERN_FUNC;
        if (mode == 3) return w2n_instance_export(other, "two", out);
        out->host_fn = (void*)ti_add;
        out->type = mode == 0 ? w2n_sig_id(right, 2, f32, 1)
                    : mode == 1 ? w2n_sig_id(swapped, 2, f32, 1)
                                : 0;
        return 1;
    }
    return wasm2native_types_resolve(env, imp, out);
}

int main(void) {
    w2n_store* store = w2n_store_new();
    wasm2native_types_imports im;
    types_imports(store, &im);
    char err[512];
    w2n_instance* inst;
    if (wasm2native_types_instantiate(store, &im, NULL, &other, err, sizeof err) != W2N_OK) {
        printf("typed: %s\n", err);
        return 1;
    }
    for (mode = 0; mode < 4; mode++) {
        int rc = w2n_instantiate(store, &w2n_module_types, resolve, &im, NULL, &inst, err,
                                 sizeof err);
        printf("mode %d: %d %s\n", mode, rc, rc == W2N_OK ? "ok" : err);
    }
    /* Signature ids: the generated macros agree with w2n_sig_id. */
    static const uint64_t p[2] = {W2N_VAL_I32, W2N_VAL_I64};
    static const uint64_t r[1] = {W2N_VAL_F32};
    printf("sig ids agree: %d\n",
           w2n_sig_id(p, 2, r, 1) == (W2N_SIG_EXACT | W2N_SIG_TYPE(0, W2N_VAL_I32) |
                                      W2N_SIG_TYPE(1, W2N_VAL_I64) |
                                      W2N_SIG_TYPE(2, W2N_SIG_SEP) |
                                      W2N_SIG_TYPE(3, W2N_VAL_F32)));
    w2n_store_delete(store);
    return 0;
}
