/* long_host.c: binds long.wat's imports (canonical-string signature ids) through the
 * generated header and calls them. */
#include <stdio.h>

#include "long.h"

static uint32_t sum16(w2n_instance* c, uint32_t a, uint32_t b, uint32_t d, uint32_t e,
                      uint32_t f, uint32_t g, uint32_t h, uint32_t i, uint32_t j, uint32_t k,
                      uint32_t l, uint32_t m, uint32_t n, uint32_t o, uint32_t p) {
    (void)c;
    return a + 2 * b + d + e + f + g + h + i + j + k + l + m + n + o + 100 * p;
}

static uint32_t apply(w2n_instance* c, void* fn, uint32_t x) {
    w2n_val v[1];
    v[0].lo = x;
    v[0].hi = 0;
    int trap = w2n_call(w2n_instance_store(c), (const w2n_funcref*)fn, v);
    return trap ? 0xdead : (uint32_t)v[0].lo;
}

int main(void) {
    w2n_store* store = w2n_store_new();
    wasm2native_long_imports im;
    im.env_sum16 = sum16;
    im.env_apply = apply;
    w2n_instance* inst;
    char err[256];
    if (wasm2native_long_instantiate(store, &im, NULL, &inst, err, sizeof err) != W2N_OK) {
        printf("instantiate: %s\n", err);
        return 1;
    }
    uint32_t r = 0;
    int trap = w2n_long_sum(inst, &r);
    printf("sum: trap %d, %u\n", trap, r);
    trap = w2n_long_apply_inc(inst, 41, &r);
    printf("apply_inc: trap %d, %u\n", trap, r);
    w2n_store_delete(store);
    return 0;
}
