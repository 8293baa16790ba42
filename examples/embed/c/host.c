/* host.c: a C program embedding counter.wat through its generated header.
 * Build and run with `make` (see the Makefile and "Embedding" in the README). */
#include <stdio.h>
#include <string.h>

#include "counter.h" /* wasm2native compile counter.wat --header counter.h */

/* The import env.log: the type is checked by the C compiler against counter.h.
 * `caller` is the instance that called it; w2n_mem() checks the range. */
static void host_log(w2n_instance* caller, uint32_t ptr, uint32_t len) {
    const uint8_t* s = w2n_mem(caller, ptr, len);
    if (!s) w2n_host_trap(caller, "log: string out of bounds");
    printf("log from wasm: %.*s\n", (int)len, (const char*)s);
}

int main(void) {
    w2n_store* store = w2n_store_new();
    if (!store) return 1;

    /* Two instances of the module, both importing env.log. */
    wasm2native_counter_imports imports = {0};
    imports.env_log = host_log;
    w2n_instance *a, *b;
    char err[256];
    if (wasm2native_counter_instantiate(store, &imports, NULL, &a, err, sizeof err) != W2N_OK ||
        wasm2native_counter_instantiate(store, &imports, NULL, &b, err, sizeof err) != W2N_OK) {
        fprintf(stderr, "instantiate: %s\n", err);
        return 1;
    }

    /* Typed exports: the result comes back through a pointer, the status is returned. */
    uint64_t total = 0;
    w2n_counter_add(a, 10, &total);
    w2n_counter_add(a, 32, &total);
    printf("a: total = %llu\n", (unsigned long long)total);
    w2n_counter_add(b, 7, &total);
    printf("b: total = %llu\n", (unsigned long long)total);
    /* The exported global, read directly. */
    printf("a: global total = %llu\n", (unsigned long long)*w2n_counter_total(a));

    /* Calls into the host and back. */
    w2n_counter_hello(a);

    /* Memory: each instance has its own; the host reads it in place. */
    w2n_counter_write(a, 100, 'A');
    w2n_counter_write(b, 100, 'B');
    w2n_memory* ma = w2n_counter_memory(a);
    w2n_memory* mb = w2n_counter_memory(b);
    printf("memory[100]: a '%c', b '%c' (%llu bytes each)\n", ma->base[100], mb->base[100],
           (unsigned long long)ma->size);

    /* A trap is an error value: the call returns its code, the host carries on. */
    uint32_t q = 0;
    int trap = w2n_counter_ratio(a, 84, 2, &q);
    printf("ratio(84, 2): trap %d, result %d\n", trap, (int32_t)q);
    trap = w2n_counter_ratio(a, 1, 0, &q);
    if (trap) printf("ratio(1, 0): trapped: %s\n", w2n_trap_message(trap));

    /* The instance is still usable after a trap. */
    w2n_counter_add(a, 1, &total);
    printf("a: total = %llu\n", (unsigned long long)total);

    w2n_store_delete(store);
    return 0;
}
