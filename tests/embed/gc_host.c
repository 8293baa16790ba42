/* gc_host.c: GC objects a C host keeps in its own variables (w2n_gc_root), and
 * collections the host starts (w2n_gc_collect_store), from outside any call and from a
 * host function that wasm frames holding objects called (gc_host.wat). */
#include <stdio.h>

#include "gc_host.h"

static w2n_store* store;
static int host_collections;

static void collect(w2n_instance* caller) {
    (void)caller;
    w2n_gc_collect_store(store);
    host_collections++;
}

int main(void) {
    store = w2n_store_new();
    wasm2native_gc_host_imports im;
    im.host_collect = collect;
    w2n_instance* inst;
    char err[256];
    if (wasm2native_gc_host_instantiate(store, &im, NULL, &inst, err, sizeof err) != W2N_OK) {
        printf("instantiate: %s\n", err);
        return 1;
    }
    /* Two lists of 1000 objects: 1+...+1000 and 1001+...+2000. */
    void *a = NULL, *b = NULL;
    if (w2n_gc_root(store, &a) != 0 || w2n_gc_root(store, &b) != 0) return 1;
    int trap = w2n_gc_host_make(inst, 1, 1000, &a);
    trap |= w2n_gc_host_make(inst, 1001, 1000, &b);
    /* Garbage that collects many times, then a collection from here. */
    trap |= w2n_gc_host_churn(inst);
    w2n_gc_collect_store(store);
    uint64_t before = w2n_gc_collections(store);
    uint32_t sa = 0, sb = 0;
    trap |= w2n_gc_host_sum(inst, a, &sa);
    trap |= w2n_gc_host_sum(inst, b, &sb);
    printf("rooted: trap %d, sums %u %u, collected %s\n", trap, sa, sb,
           before > 1 ? "yes" : "no");
    /* The slot may change: the root follows it. */
    a = b;
    w2n_gc_unroot(store, &b);
    trap = w2n_gc_host_churn(inst);
    w2n_gc_collect_store(store);
    trap |= w2n_gc_host_sum(inst, a, &sa);
    printf("moved root: trap %d, sum %u\n", trap, sa);
    w2n_gc_unroot(store, &a);
    uint32_t v = 0;
    trap = w2n_gc_host_across_host(inst, &v);
    printf("across host collection: trap %d, %u, host collections %d\n", trap, v,
           host_collections);
    w2n_store_delete(store);
    return 0;
}
