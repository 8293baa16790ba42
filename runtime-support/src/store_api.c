/* store_api.c: w2n_store_new, how a host makes a store, in a file of its own so that
 * what it links comes only with it. A host may run guest code on threads it starts
 * and ends, whose alternate signal stacks trap.c frees with a thread-specific-data
 * destructor: this file makes the linker include pthread_key_create, which trap.c
 * references weakly with musl. An executable makes its store with w2n_store_create
 * (main.c) and links no thread-specific data unless it starts threads (wasi-threads
 * makes their stores here). */
#include <pthread.h>

#include "internal.h"

w2n_store* w2n_store_new(void) {
    static int (*volatile const keys)(pthread_key_t*, void (*)(void*)) = pthread_key_create;
    (void)keys;
    return w2n_store_create();
}
