/* wasi_threads.c: wasi-threads (`wasi.thread-spawn`): each spawned thread is a pthread
 * with its own store running a new instance of the caller's module, whose imports are
 * bound to what the caller's are (the same shared memory, the same WASI context), and
 * calls its export `wasi_thread_start(tid, arg)`. A trap or `proc_exit` in any thread
 * ends the whole process (exit code 134 after the trap message, or the exit code). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "wasi_internal.h"

/* Thread ids are positive and below 2^29 (the wasi-threads ABI). */
#define MAX_TID 0x1FFFFFFF
/* Native stack of a spawned thread (the guest's own stack lives in linear memory). */
#define THREAD_STACK (8u << 20)

static uint32_t next_tid = 1;
static pthread_mutex_t exit_lock = PTHREAD_MUTEX_INITIALIZER;

typedef struct {
    const w2n_module* module;
    void* host_data;
    w2n_extern* imports; /* One per import of `module`, as bound in the caller. */
    uint32_t tid, arg;
} spawn_args;

/* Ends the process with `code` from any thread (the first caller wins; stdio is
 * flushed, no atexit handler runs while other threads may still be in guest code). */
static _Noreturn void exit_process(int code) {
    pthread_mutex_lock(&exit_lock);
    fflush(stdout);
    fflush(stderr);
    _exit(code);
}

static int resolve_like_parent(void* env, const w2n_import* imp, w2n_extern* out) {
    spawn_args* a = env;
    size_t i = (size_t)(imp - a->module->imports);
    if (i >= a->module->num_imports) return 0;
    *out = a->imports[i];
    return 1;
}

/* The externs `parent`'s imports were bound to; NULL when out of memory or when one
 * cannot be reproduced. */
static w2n_extern* parent_imports(w2n_instance* parent) {
    const w2n_module* m = parent->module;
    w2n_extern* ext = calloc(m->num_imports + 1, sizeof *ext);
    if (!ext) return NULL;
    for (uint64_t i = 0; i < m->num_imports; i++) {
        const w2n_import* imp = &m->imports[i];
        w2n_extern* e = &ext[i];
        e->kind = imp->kind;
        switch (imp->kind) {
        case W2N_EXTERN_FUNC:
            /* A host function is bound again, so it receives the new instance as its
             * caller (a funcref of another module's instance is shared as is). */
            if (imp->static_fn) {
                e->host_fn = imp->static_fn;
                e->type = imp->type_id;
            } else if (parent->funcs[imp->index]->host_fn &&
                       parent->funcs[imp->index]->vmctx == parent) {
                e->host_fn = parent->funcs[imp->index]->host_fn;
                e->type = imp->type_id;
            } else {
                e->ptr = parent->funcs[imp->index];
            }
            break;
        case W2N_EXTERN_MEMORY:
            e->ptr = parent->memories[imp->index];
            e->max = w2n_priv(parent)->mem_decl_max[imp->index];
            break;
        case W2N_EXTERN_TABLE:
            e->ptr = parent->tables[imp->index];
            e->max = w2n_priv(parent)->table_decl_max[imp->index];
            e->type = ((w2n_table*)e->ptr)->elem_type;
            break;
        default:
            e->ptr = parent->globals[imp->index];
            e->type = imp->type_id;
            break;
        }
    }
    return ext;
}

static void* thread_main(void* p) {
    spawn_args* a = p;
    w2n_store* store = w2n_store_new();
    if (!store) {
        fputs("error: out of memory\n", stderr);
        exit_process(1);
    }
    char err[512];
    w2n_instance* inst = NULL;
    int rc = w2n_instantiate(store, a->module, resolve_like_parent, a, a->host_data, &inst,
                             err, sizeof err);
    w2n_extern f;
    if (rc == W2N_OK) {
        if (!w2n_instance_export(inst, "wasi_thread_start", &f) || f.kind != W2N_EXTERN_FUNC) {
            fputs("error: the module exports no `wasi_thread_start` function\n", stderr);
            exit_process(1);
        }
        w2n_val vals[2] = {{a->tid, 0}, {a->arg, 0}};
        rc = w2n_call(store, f.ptr, vals);
    } else if (rc < 0) {
        w2n_fprintf(stderr, "error: thread %u: %s\n", a->tid, err);
        exit_process(1);
    }
    if (rc == W2N_TRAP_EXIT) exit_process(w2n_store_exit_code(store));
    if (rc) {
        pthread_mutex_lock(&exit_lock); /* one message, then the exit */
        const char* detail = rc == W2N_TRAP_HOST ? w2n_store_host_error(store) : "";
        w2n_fprintf(stderr, "wasm trap: %s%s%s\n", w2n_trap_message(rc), detail[0] ? ": " : "",
                detail);
        w2n_store_print_backtrace(store, stderr);
        fflush(stdout);
        fflush(stderr);
        _exit(134);
    }
    free(a->imports);
    free(a);
    w2n_store_delete(store);
    return NULL;
}

/* `wasi.thread-spawn(start_arg) -> tid`: a new thread id (> 0), or a negative value
 * when no thread could be started. */
uint32_t w2n_import_wasi_thread_2Dspawn(w2n_instance* caller, uint32_t start_arg) {
    w2n_wasi_ctx* ctx = wasi_ctx(caller);
    if (ctx && wasi_threads_enable(ctx) != 0) return (uint32_t)-1;
    uint32_t tid = __atomic_fetch_add(&next_tid, 1, __ATOMIC_RELAXED);
    if (tid > MAX_TID) return (uint32_t)-1;
    spawn_args* a = calloc(1, sizeof *a);
    if (!a) return (uint32_t)-1;
    a->module = caller->module;
    a->host_data = caller->host_data;
    a->imports = parent_imports(caller);
    a->tid = tid;
    a->arg = start_arg;
    pthread_attr_t attr;
    pthread_t th;
    int ok = a->imports && pthread_attr_init(&attr) == 0;
    if (ok) {
        pthread_attr_setstacksize(&attr, THREAD_STACK);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        ok = pthread_create(&th, &attr, thread_main, a) == 0;
        pthread_attr_destroy(&attr);
    }
    if (!ok) {
        free(a->imports);
        free(a);
        return (uint32_t)-1;
    }
    return tid;
}
