/* link_errors.c: binds types.wat's imports through the untyped API (w2n_instantiate
 * with a resolver), as embedders that do not use the generated header do, and prints
 * what the runtime says about host functions of the wrong signature. */
#include <stdio.h>
#include <string.h>

#include "types.h"
#include "w2n_host_objects.h"

static float add(w2n_instance* caller, uint32_t a, uint64_t b) {
    (void)caller;
    return (float)a + (float)b;
}

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
        out->host_fn = (void*)add;
        out->type = mode == 0 ? w2n_sig_id(right, 2, f32, 1)
                    : mode == 1 ? w2n_sig_id(swapped, 2, f32, 1)
                                : 0;
        return 1;
    }
    return wasm2native_types_resolve(env, imp, out);
}

static float unused_add(w2n_instance* c, uint32_t a, uint64_t b) { return add(c, a, b); }
static w2n_v128 vadd(w2n_instance* c, w2n_v128 a, w2n_v128 b) { (void)c; return a + b; }
static void divmod(w2n_instance* c, uint64_t a, uint64_t b, w2n_val* r) {
    (void)c; r[0].lo = a / b; r[1].lo = a % b;
}
static double odd(w2n_instance* c, void* r, double x) { (void)c; (void)r; return x; }

int main(void) {
    w2n_store* store = w2n_store_new();
    wasm2native_types_imports im;
    memset(&im, 0, sizeof im);
    im.env_add = unused_add;
    im.env_vadd = vadd;
    im.env_divmod = divmod;
    im.i_0odd_a_2Eb = odd;
    im.env_mem = w2n_memory_new(store, 1, 4);
    w2n_val zero;
    memset(&zero, 0, sizeof zero);
    im.env_g = w2n_global_new(store, zero);
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
