/* typed_host.c: drives types.wat through its generated header (types.h), as C11 and,
 * compiled with a C++ compiler, as C++. Prints one line per check (tests/embed.rs
 * compares them). Host functions are defined by name and bound with
 * WASM2NATIVE_TYPES_LINKED_IMPORTS: their definitions are checked against the header's
 * prototypes. */
#include <stdio.h>
#include <string.h>

#include "types.h"

float w2n_import_env_add(w2n_instance* caller, uint32_t a, uint64_t b) {
    (void)caller;
    return (float)(int32_t)a + (float)(int64_t)b;
}

w2n_v128 w2n_import_env_vadd(w2n_instance* caller, w2n_v128 a, w2n_v128 b) {
    (void)caller;
    return a + b;
}

void w2n_import_env_divmod(w2n_instance* caller, uint64_t a, uint64_t b, w2n_val* results) {
    if (b == 0) w2n_host_trap(caller, "divmod by zero");
    results[0].lo = a / b;
    results[1].lo = a % b;
}

double w2n_import_0odd_a_2Eb(w2n_instance* caller, void* ref, double x) {
    (void)caller;
    return ref ? x * 2 : -x;
}

static void show_v128(const char* what, int trap, w2n_v128 v) {
    printf("%s: trap %d, lanes", what, trap);
    for (int i = 0; i < 16; i++) printf(" %d", v[i]);
    printf("\n");
}

int main(void) {
    w2n_store* store = w2n_store_new();
    wasm2native_types_imports im = WASM2NATIVE_TYPES_LINKED_IMPORTS;
    im.env_mem = w2n_memory_new(store, 1, 4);
    w2n_val gv;
    gv.lo = 41;
    gv.hi = 0;
    im.env_g = w2n_global_new(store, gv);
    w2n_instance *inst, *inst2;
    char err[256];
    int rc = wasm2native_types_instantiate(store, &im, NULL, &inst, err, sizeof err);
    if (rc != W2N_OK) {
        printf("instantiate: %d %s\n", rc, err);
        return 1;
    }
    /* A missing import is a link error, not a crash. */
    wasm2native_types_imports partial = im;
    partial.env_vadd = NULL;
    rc = wasm2native_types_instantiate(store, &partial, NULL, &inst2, err, sizeof err);
    printf("missing import: %d %s\n", rc, err);

    float f = 0;
    rc = w2n_types_call_add(inst, (uint32_t)-2, 40, &f);
    printf("call_add: trap %d, %g\n", rc, (double)f);

    w2n_v128 a, b, r;
    for (int i = 0; i < 16; i++) {
        a[i] = (uint8_t)i;
        b[i] = (uint8_t)(i < 4 ? 3 : 0);
    }
    rc = w2n_types_vmul(inst, a, b, &r);
    show_v128("vmul", rc, r);
    rc = w2n_types_host_vadd(inst, a, a, &r);
    show_v128("host_vadd", rc, r);

    uint64_t q = 0, m = 0;
    rc = w2n_types_host_divmod(inst, 47, 5, &q, &m);
    printf("host_divmod: trap %d, %llu %llu\n", rc, (unsigned long long)q, (unsigned long long)m);
    rc = w2n_types_host_divmod(inst, 47, 0, &q, NULL);
    printf("host_divmod by 0: trap %d (%s: %s)\n", rc, w2n_trap_message(rc),
           w2n_store_host_error(store));

    uint32_t x = 0;
    double d = 0;
    rc = w2n_types_two(inst, &x, &d);
    printf("two: trap %d, %u %g\n", rc, x, d);

    rc = w2n_types_bump_g(inst, &x);
    printf("bump_g: trap %d, %u (host cell %llu)\n", rc, x, (unsigned long long)im.env_g->lo);

    rc = w2n_types_odd(inst, &x, 1.25, &d);
    printf("odd: trap %d, %g\n", rc, d);
    rc = w2n_types_odd(inst, NULL, 1.25, &d);
    printf("odd null: trap %d, %g\n", rc, d);

    im.env_mem->base[9] = 99;
    rc = w2n_types_peek(inst, 9, &x);
    printf("peek: trap %d, %u (memory export is the import: %d)\n", rc, x,
           w2n_types_memory(inst) == im.env_mem);
    rc = w2n_types_peek(inst, 4 * 65536, &x);
    printf("peek out of bounds: trap %d (%s)\n", rc, w2n_trap_message(rc));

    *w2n_types_counter(inst) += 10;
    printf("counter: %llu, table size %llu\n", (unsigned long long)*w2n_types_counter(inst),
           (unsigned long long)w2n_types_tab(inst)->size);

    rc = w2n_types_boom(inst);
    printf("boom: trap %d (%s)\n", rc, w2n_trap_message(rc));
    rc = w2n_types_recurse(inst, 0, &x);
    printf("recurse: trap %d (%s)\n", rc, w2n_trap_message(rc));
    rc = w2n_types_a_2Db(inst, 1, 2, &f);
    printf("a-b: trap %d, %g\n", rc, (double)f);
    rc = w2n_types_instantiate(inst, 3, 4, &f);
    printf("instantiate export: trap %d, %g\n", rc, (double)f);

    w2n_store_delete(store);
    printf("done\n");
    return 0;
}
