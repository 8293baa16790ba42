/* types_imports.h: plain host functions for every import of types.wat, for the test
 * hosts that only need an instance (link_errors.c, signals.c). */
#ifndef TYPES_IMPORTS_H
#define TYPES_IMPORTS_H

#include <string.h>

#include "types.h"

static float ti_add(w2n_instance* c, uint32_t a, uint64_t b) {
    (void)c;
    return (float)a + (float)b;
}
static w2n_v128 ti_vadd(w2n_instance* c, w2n_v128 a, w2n_v128 b) {
    (void)c;
    return a + b;
}
static void ti_divmod(w2n_instance* c, uint64_t a, uint64_t b, w2n_val* r) {
    (void)c;
    r[0].lo = a / b;
    r[1].lo = a % b;
}
static double ti_odd(w2n_instance* c, void* r, double x) {
    (void)c;
    (void)r;
    return x;
}

/* Every import of types.wat, the memory and the global new in `store`. */
static void types_imports(w2n_store* store, wasm2native_types_imports* im) {
    memset(im, 0, sizeof *im);
    im->env_add = ti_add;
    im->env_vadd = ti_vadd;
    im->env_divmod = ti_divmod;
    im->i_0odd_a_2Eb = ti_odd;
    im->env_mem = w2n_memory_new(store, 1, 4);
    w2n_val zero;
    memset(&zero, 0, sizeof zero);
    im->env_g = w2n_global_new(store, zero);
}

#endif
