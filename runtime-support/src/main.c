/* main.c: main() of executables: instantiate w2n_main_module with WASI and run _start
 * or main (or the `--entry` export). Executables of `wasm2native run`'s cache hand
 * run's private leading arguments to run_cache.c, which only they link. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exe.h"
#include "w2n_host_objects.h"

extern const w2n_module w2n_main_module;
extern char** environ;

/* Defined by the C file `wasm2native build --dir/--env/--entry` generates; absent
 * otherwise. */
extern const w2n_exe_wasi_config w2n_exe_wasi __attribute__((weak));
/* `build --entry NAME`: the export to call instead of _start/main. */
extern const char* const w2n_exe_entry __attribute__((weak));
/* Defined (as w2n_run_cache_main) only in executables built for `wasm2native run`'s
 * cache: only those read run's private arguments (a `build` executable passes them to
 * the guest), and only they link run_cache.c (a weak reference does not pull it out
 * of the archive). */
extern int (*const w2n_exe_run_cache)(int, char**) __attribute__((weak));

/* The guest's environment, like Wasmtime: nothing by default; `--env K=V` sets K,
 * `--env K` passes the executable's K through (when set), `--inherit-env` everything.
 * Not inlined: its key buffer is not on the stack under the guest. */
__attribute__((noinline)) static char** guest_env(const w2n_exe_wasi_config* cfg) {
    size_t n = 0, host = 0;
    if (cfg && cfg->inherit_env)
        while (environ && environ[host]) host++;
    char** env = w2n_calloc(host + (cfg ? (size_t)cfg->nenv : 0) + 1, sizeof(char*));
    if (!env) return NULL;
    for (size_t i = 0; i < host; i++) env[n++] = environ[i];
    for (int i = 0; cfg && i < cfg->nenv; i++) {
        const char* e = cfg->env[i];
        const char* eq = strchr(e, '=');
        size_t klen = eq ? (size_t)(eq - e) : strlen(e);
        char* v = NULL;
        if (!eq) {
            char key[256];
            if (klen >= sizeof key) continue;
            memcpy(key, e, klen);
            key[klen] = 0;
            const char* val = getenv(key);
            if (!val) continue;
            size_t vlen = klen + strlen(val) + 2;
            v = malloc(vlen);
            if (!v) continue;
            w2n_snprintf(v, vlen, "%s=%s", key, val);
        } else {
            v = (char*)e;
        }
        size_t j = 0; /* a later definition replaces an earlier one */
        while (j < n && !(strncmp(env[j], v, klen + 1) == 0)) j++;
        env[j] = v;
        if (j == n) n++;
    }
    env[n] = NULL;
    return env;
}

/* What resolve() could not provide (its message is written after w2n_instantiate
 * returns, into the one buffer w2n_exe_run keeps for every error). */
typedef struct {
    w2n_store* store;
    const w2n_import* failed; /* NULL when every import was provided */
    int no_memory;            /* `failed` is env.memory, which could not be allocated */
} resolve_env;

static const char* kind_name(uint64_t kind) {
    switch (kind) {
    case W2N_EXTERN_FUNC: return "function";
    case W2N_EXTERN_TABLE: return "table";
    case W2N_EXTERN_MEMORY: return "memory";
    default: return "global";
    }
}

/* Functions bind to the C provider linked into the executable. A memory import
 * `env.memory` (how wasi-threads programs get their shared memory) is created here
 * with the import's limits (shared when it is declared shared). Nothing else exists. */
static int resolve(void* envp, const w2n_import* imp, w2n_extern* out) {
    resolve_env* env = envp;
    if (imp->kind == W2N_EXTERN_FUNC && imp->static_fn) {
        out->kind = W2N_EXTERN_FUNC;
        out->host_fn = imp->static_fn;
        out->type = imp->type_id;
        return 1;
    }
    if (imp->kind == W2N_EXTERN_MEMORY && imp->module_len == 3 &&
        memcmp(imp->module, "env", 3) == 0 && imp->name_len == 6 &&
        memcmp(imp->name, "memory", 6) == 0 && imp->index < w2n_main_module.num_memories) {
        const w2n_memory_def* d = &w2n_main_module.memories[imp->index];
        w2n_memory* m = d->shared ? w2n_memory_new_shared(env->store, d->min, d->max)
                                  : w2n_memory_new(env->store, d->min, d->max);
        if (!m) {
            env->failed = imp;
            env->no_memory = 1;
            return 0;
        }
        m->index64 = d->index64 ? 1 : 0;
        out->kind = W2N_EXTERN_MEMORY;
        out->ptr = m;
        out->min = d->min;
        out->max = d->max;
        return 1;
    }
    env->failed = imp;
    return 0;
}

/* The message of resolve()'s failure. */
static void resolve_error(const resolve_env* env, char* err, size_t err_len) {
    const w2n_import* imp = env->failed;
    if (env->no_memory)
        w2n_snprintf(err, err_len, "cannot allocate the imported memory env.memory (%llu pages)",
                 (unsigned long long)w2n_main_module.memories[imp->index].min);
    else
        w2n_snprintf(err, err_len, "cannot run module: import %.*s.%.*s (%s) is not provided",
                 (int)imp->module_len, imp->module, (int)imp->name_len, imp->name,
                 kind_name(imp->kind));
}

/* 1 when signature id `id` is (...) -> i32, else 0. */
static int returns_i32(uint64_t id) {
    uint64_t p[1], r[1];
    size_t np, nr;
    return w2n_sig_decode(id, p, &np, r, &nr, 1) == 0 && nr == 1 && r[0] == W2N_VAL_I32;
}

int w2n_exe_report_trap(w2n_store* store, int code) {
    if (code == W2N_TRAP_EXCEPTION) {
        w2n_fprintf(stderr, "wasm exception: uncaught\n");
        w2n_store_print_backtrace(store, stderr);
        return 134;
    }
    const char* detail = code == W2N_TRAP_HOST ? w2n_store_host_error(store) : "";
    w2n_fprintf(stderr, "wasm trap: %s%s%s\n", w2n_trap_message(code), detail[0] ? ": " : "",
            detail);
    w2n_store_print_backtrace(store, stderr);
    return 134;
}

/* w2n_exe_run's set-up after the store: WASI, the signal handlers, the instance.
 * Returns 0 with *instp set, or 1 with the process's exit code in *code. Not
 * inlined: its error buffer is off the stack by the time the guest runs, whose deepest
 * frames (a write) reach the less far down the smaller the frames under them are (each
 * fresh stack page costs a fault). */
__attribute__((noinline)) static int exe_start(w2n_store* store, w2n_wasi_ctx* wasi,
                                               w2n_instance** instp, int* code) {
    char err[512]; /* one buffer for every error message */
    if (!wasi->envp || w2n_wasi_init(wasi, err, sizeof err) != 0) {
        w2n_fprintf(stderr, "error: %s\n", wasi->envp ? err : "out of memory");
        *code = 1;
        return 1;
    }
    W2N_PROFILE("store, WASI set-up");
    /* The signal handlers before instantiation, which the first w2n_call would install
     * anyway: the CPU check's probe (musl) then runs under them, with no handler of its
     * own to install and remove. */
    w2n_thread_is_main();
    w2n_thread_setup();
    W2N_PROFILE("signal handlers, altstack");
    resolve_env env = {store, NULL, 0};
    w2n_instance* inst = NULL;
    int rc = w2n_instantiate(store, &w2n_main_module, resolve, &env, wasi, &inst, err,
                             sizeof err);
    if (rc == W2N_TRAP_EXIT) {
        *code = w2n_store_exit_code(store);
    } else if (rc > 0) {
        *code = w2n_exe_report_trap(store, rc);
    } else if (rc == W2N_ERR_INSTANTIATE) {
        /* A segment that does not fit traps (Wasm 2.0 semantics). */
        w2n_fprintf(stderr, "wasm trap: %s\n", err);
        *code = 134;
    } else if (rc != W2N_OK) {
        if (rc == W2N_ERR_LINK && env.failed) resolve_error(&env, err, sizeof err);
        w2n_fprintf(stderr, "error: %s\n", err);
        *code = 1;
    } else {
        *instp = inst;
        return 0;
    }
    return 1;
}

int w2n_exe_run(int gargc, char** gargv, const w2n_exe_wasi_config* cfg,
                w2n_exe_after_fn after, const void* after_arg) {
    /* The store first: the first of the start-up arena's blocks (with the environment
     * first, exit 0 and hello world started 0.5% slower, bench/timer.c). */
    w2n_store* store = w2n_store_create(); /* not w2n_store_new: see store_api.c */
    if (!store) {
        fputs("error: out of memory\n", stderr);
        return 1;
    }
    const char* entry_name = &w2n_exe_entry ? w2n_exe_entry : NULL;
    /* The guest's WASI state (the instance's host data: it lives as long as this frame). */
    w2n_wasi_ctx wasi = {gargc, gargv, guest_env(cfg), cfg ? cfg->ndirs : 0,
                         cfg ? cfg->dirs : NULL, NULL};
    w2n_instance* inst = NULL;
    int rc;
    if (exe_start(store, &wasi, &inst, &rc)) return rc;
    if (after) return after(store, inst, after_arg);
    w2n_extern f;
    const char* entry = NULL;
    if (entry_name) {
        if (w2n_instance_export(inst, entry_name, &f) && f.kind == W2N_EXTERN_FUNC)
            entry = entry_name;
    } else if (w2n_instance_export(inst, "_start", &f) && f.kind == W2N_EXTERN_FUNC) {
        entry = "_start";
    } else if (w2n_instance_export(inst, "main", &f) && f.kind == W2N_EXTERN_FUNC) {
        entry = "main";
    }
    if (!entry) {
        /* `build` refuses such modules; only a run-cache executable gets here. */
        w2n_fprintf(stderr, "error: the module exports no `%s` function\n",
                entry_name ? entry_name : "_start` or `main");
        return 1;
    }
    W2N_PROFILE("entry lookup");
    /* Parameters (e.g. main(argc, argv)) are passed as zeros. */
    size_t nvals = 16;
    if (f.type && !(f.type & W2N_SIG_EXACT)) nvals += strlen((const char*)(uintptr_t)f.type);
    w2n_val* vals = w2n_calloc(nvals, sizeof(w2n_val));
    if (!vals) return 1;
    rc = w2n_call(store, f.ptr, vals);
    if (rc == W2N_TRAP_EXIT) return w2n_store_exit_code(store);
    if (rc) return w2n_exe_report_trap(store, rc);
    /* An i32 result of main (or of the --entry function) is the exit code. */
    if (strcmp(entry, "_start") != 0 && returns_i32(f.type)) return (int)(uint32_t)vals[0].lo;
    return 0;
}

int main(int argc, char** argv) {
    W2N_PROFILE("main");
    if (&w2n_exe_run_cache && argc > 1 && strcmp(argv[1], W2N_RUN_CACHE_ARG) == 0)
        return w2n_exe_run_cache(argc, argv);
    return w2n_exe_run(argc, argv, &w2n_exe_wasi ? &w2n_exe_wasi : NULL, NULL, NULL);
}
