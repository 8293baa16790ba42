/* atomics.c: memory.atomic.wait32/wait64/notify (threads): futex-style wait queues keyed
 * by host address, one FIFO list under one lock, each waiter with its own condition. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <time.h>

#include "internal.h"

typedef struct waiter {
    struct waiter* next;
    uintptr_t addr;      /* Host address waited on. */
    int woken;           /* Set by notify (under `lock`). */
    pthread_cond_t cond; /* Signalled by notify; uses CLOCK_MONOTONIC. */
} waiter;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static waiter* head; /* Oldest first: notify wakes in arrival order. */
static waiter* tail;

static void unlink_waiter(waiter* w) {
    waiter** pp = &head;
    waiter* prev = NULL;
    while (*pp && *pp != w) {
        prev = *pp;
        pp = &(*pp)->next;
    }
    if (!*pp) return;
    *pp = w->next;
    if (tail == w) tail = prev;
}

/* Waits on `p` while `equal` (computed under the lock by the caller's comparison).
 * Returns 0 (woken), 1 (not equal) or 2 (timed out). */
static uint32_t wait_on(void* p, int equal, int64_t timeout_ns) {
    if (!equal) {
        pthread_mutex_unlock(&lock);
        return 1;
    }
    waiter w = {NULL, (uintptr_t)p, 0, PTHREAD_COND_INITIALIZER};
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&w.cond, &ca);
    pthread_condattr_destroy(&ca);
    if (tail)
        tail->next = &w;
    else
        head = &w;
    tail = &w;
    struct timespec deadline;
    if (timeout_ns >= 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        int64_t s = timeout_ns / 1000000000, ns = timeout_ns % 1000000000;
        deadline.tv_sec += (time_t)s;
        deadline.tv_nsec += (long)ns;
        if (deadline.tv_nsec >= 1000000000) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000;
        }
    }
    uint32_t r = 0;
    while (!w.woken) {
        if (timeout_ns < 0) {
            pthread_cond_wait(&w.cond, &lock);
        } else if (pthread_cond_timedwait(&w.cond, &lock, &deadline) == ETIMEDOUT && !w.woken) {
            unlink_waiter(&w);
            r = 2;
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    pthread_cond_destroy(&w.cond);
    return r;
}

uint32_t w2n_atomic_wait32(w2n_instance* inst, void* p, uint32_t expected, uint64_t timeout) {
    (void)inst;
    pthread_mutex_lock(&lock);
    int eq = __atomic_load_n((uint32_t*)p, __ATOMIC_SEQ_CST) == expected;
    return wait_on(p, eq, (int64_t)timeout);
}

uint32_t w2n_atomic_wait64(w2n_instance* inst, void* p, uint64_t expected, uint64_t timeout) {
    (void)inst;
    pthread_mutex_lock(&lock);
    int eq = __atomic_load_n((uint64_t*)p, __ATOMIC_SEQ_CST) == expected;
    return wait_on(p, eq, (int64_t)timeout);
}

uint32_t w2n_atomic_notify(w2n_instance* inst, void* p, uint32_t count) {
    (void)inst;
    uint32_t n = 0;
    pthread_mutex_lock(&lock);
    waiter* prev = NULL;
    for (waiter* w = head; w && n < count;) {
        waiter* next = w->next;
        if (w->addr == (uintptr_t)p) {
            if (prev)
                prev->next = next;
            else
                head = next;
            if (tail == w) tail = prev;
            w->woken = 1;
            pthread_cond_signal(&w->cond);
            n++;
        } else {
            prev = w;
        }
        w = next;
    }
    pthread_mutex_unlock(&lock);
    return n;
}
