/* stack_limit.c: compiled code compares the stack pointer with its instance's copy of
 * the store's stack limit (w2n_instance.stack_limit). Every copy must follow the store:
 * one store, several instances, used from the main thread and from a thread with a
 * smaller (and lower) stack, and an instance made while the store runs (from a host
 * function). A stale copy shows as a call that traps at once (a limit above the
 * thread's stack), a crash (a limit below it: recursion runs into the guard page), or
 * a "limits" line that says 0. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "types_imports.h"

static w2n_store* store;
static wasm2native_types_imports im;
static w2n_instance* insts[8];
static int n_insts;
/* The host's `add` instantiates the module again (the store is running) when set. */
static int nest;

/* 1 when every instance's copy of the limit equals the store's, and it is set. */
static int limits_equal(void) {
    uintptr_t lim = insts[0]->store->stack_limit;
    if (!lim) return 0;
    for (int i = 0; i < n_insts; i++)
        if (insts[i]->stack_limit != lim) return 0;
    return 1;
}

static w2n_instance* instantiate(void) {
    w2n_instance* inst;
    char err[256];
    if (wasm2native_types_instantiate(store, &im, NULL, &inst, err, sizeof err) != W2N_OK) {
        printf("instantiate: %s\n", err);
        return NULL;
    }
    insts[n_insts++] = inst;
    return inst;
}

static float nesting_add(w2n_instance* c, uint32_t a, uint64_t b) {
    (void)c;
    if (nest) {
        nest = 0;
        w2n_instance* inner = instantiate();
        if (!inner) return -1;
        printf("  nested instance: limits %d\n", limits_equal());
        uint32_t x;
        int rc = w2n_types_recurse(inner, 0, &x);
        printf("  nested recurse: %s\n", w2n_trap_message(rc));
    }
    return (float)a + (float)b;
}

/* add (through the host) and recursion to exhaustion on instance `i`. */
static void exercise(const char* where, int i) {
    float f = 0;
    int rc = w2n_types_call_add(insts[i], 1, 2, &f);
    printf("%s %d add: trap %d, %g\n", where, i, rc, (double)f);
    uint32_t x;
    rc = w2n_types_recurse(insts[i], 0, &x);
    printf("%s %d recurse: %s\n", where, i, w2n_trap_message(rc));
}

static uintptr_t main_limit;

static void* thread_main(void* arg) {
    (void)arg;
    exercise("thread", 1);
    printf("thread: limits %d, limit moved %d\n", limits_equal(),
           insts[0]->store->stack_limit != main_limit);
    exercise("thread", 0);
    nest = 1;
    exercise("thread", 1);
    printf("thread: limits %d\n", limits_equal());
    return NULL;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    store = w2n_store_new();
    types_imports(store, &im);
    im.env_add = nesting_add;
    if (!instantiate()) return 1;
    exercise("main", 0);
    printf("main: limits %d\n", limits_equal());
    main_limit = insts[0]->store->stack_limit;
    /* Made after the store ran: its copy is the store's current limit. */
    if (!instantiate()) return 1;
    printf("main: limits %d\n", limits_equal());

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    pthread_t t;
    if (pthread_create(&t, &attr, thread_main, NULL) != 0) {
        printf("pthread_create failed\n");
        return 1;
    }
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);

    /* Back on the main thread: every copy (the instance made on the thread too) is the
     * main thread's limit again. */
    exercise("main", 2);
    printf("main: limits %d, limit back %d\n", limits_equal(),
           insts[0]->store->stack_limit == main_limit);
    nest = 1;
    exercise("main", 1);
    printf("main: limits %d\n", limits_equal());
    w2n_store_delete(store);
    printf("done\n");
    return 0;
}
