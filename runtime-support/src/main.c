/* main.c: main() of executables: instantiate w2n_main_module with WASI, run _start or
 * main (or the `--entry` export), or, in executables of `wasm2native run`'s cache, what
 * run's private leading arguments say. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wasm2native.h"
#include "w2n_host_objects.h"

extern const w2n_module w2n_main_module;
extern char** environ;

/* Defined by the C file `wasm2native build --dir/--env/--entry` generates; absent
 * otherwise. */
extern const w2n_exe_wasi_config w2n_exe_wasi __attribute__((weak));
/* `build --entry NAME`: the export to call instead of _start/main. */
extern const char* const w2n_exe_entry __attribute__((weak));
/* Defined (as 1) only in executables built for `wasm2native run`'s cache: only those
 * read the private arguments below; a `build` executable passes them to the guest. */
extern const int w2n_exe_run_cache __attribute__((weak));

/* What `wasm2native run` passes to a cached executable, before the program's own
 * arguments:
 *   --w2n-run-cache [--dir HOST GUEST]... [--env K[=V]]... [--inherit-env]
 *                   [--argv0 NAME] [--invoke FUNC SIG VALUE...] -- ARGS...
 * SIG is "params:results", one letter per value (i i32, I i64, f f32, F f64, v v128,
 * r funcref, x externref); each VALUE is the raw bits of a parameter in hex. */
#define RUN_CACHE_ARG "--w2n-run-cache"

typedef struct {
    w2n_exe_wasi_config wasi;
    w2n_wasi_preopen* dirs;
    const char** env;
    const char* argv0;
    const char* invoke; /* NULL: _start or main */
    const char* sig;
    char** values;
    int nargs; /* the program's arguments */
    char** args;
} run_args;

static int bad_run_args(const char* why) {
    fprintf(stderr, "error: invalid arguments from wasm2native run: %s\n", why);
    return 0;
}

/* Parses run's private arguments (argv[1] is RUN_CACHE_ARG). Returns 0 on error. */
static int parse_run_args(int argc, char** argv, run_args* r) {
    memset(r, 0, sizeof *r);
    r->dirs = calloc((size_t)argc, sizeof *r->dirs);
    r->env = calloc((size_t)argc, sizeof *r->env);
    if (!r->dirs || !r->env) return bad_run_args("out of memory");
    int i = 2;
    for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
        const char* a = argv[i];
        int left = argc - i - 1;
        if (!strcmp(a, "--dir") && left >= 2) {
            r->dirs[r->wasi.ndirs].host_path = argv[++i];
            r->dirs[r->wasi.ndirs++].guest_path = argv[++i];
        } else if (!strcmp(a, "--env") && left >= 1) {
            r->env[r->wasi.nenv++] = argv[++i];
        } else if (!strcmp(a, "--inherit-env")) {
            r->wasi.inherit_env = 1;
        } else if (!strcmp(a, "--argv0") && left >= 1) {
            r->argv0 = argv[++i];
        } else if (!strcmp(a, "--invoke") && left >= 2) {
            r->invoke = argv[++i];
            r->sig = argv[++i];
            const char* colon = strchr(r->sig, ':');
            int n = colon ? (int)(colon - r->sig) : -1;
            if (n < 0 || n > argc - i - 1) return bad_run_args("--invoke");
            r->values = argv + i + 1;
            i += n;
        } else {
            return bad_run_args(a);
        }
    }
    if (i >= argc) return bad_run_args("missing --");
    r->wasi.dirs = r->dirs;
    r->wasi.env = r->env;
    r->nargs = argc - i - 1;
    r->args = argv + i + 1;
    return 1;
}

/* The guest's environment, like Wasmtime: nothing by default; `--env K=V` sets K,
 * `--env K` passes the executable's K through (when set), `--inherit-env` everything. */
static char** guest_env(const w2n_exe_wasi_config* cfg) {
    size_t n = 0, host = 0;
    if (cfg && cfg->inherit_env)
        while (environ && environ[host]) host++;
    char** env = calloc(host + (cfg ? (size_t)cfg->nenv : 0) + 1, sizeof(char*));
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
            v = malloc(klen + strlen(val) + 2);
            if (!v) continue;
            sprintf(v, "%s=%s", key, val);
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

typedef struct {
    char msg[512];
    w2n_store* store;
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
            snprintf(env->msg, sizeof env->msg,
                     "cannot allocate the imported memory env.memory (%llu pages)",
                     (unsigned long long)d->min);
            return 0;
        }
        m->index64 = d->index64 ? 1 : 0;
        out->kind = W2N_EXTERN_MEMORY;
        out->ptr = m;
        out->min = d->min;
        out->max = d->max;
        return 1;
    }
    snprintf(env->msg, sizeof env->msg,
             "cannot run module: import %.*s.%.*s (%s) is not provided", (int)imp->module_len,
             imp->module, (int)imp->name_len, imp->name, kind_name(imp->kind));
    return 0;
}

/* 1 when signature id `id` is (...) -> i32, else 0. */
static int returns_i32(uint64_t id) {
    uint64_t p[1], r[1];
    size_t np, nr;
    return w2n_sig_decode(id, p, &np, r, &nr, 1) == 0 && nr == 1 && r[0] == W2N_VAL_I32;
}

static int report_trap(w2n_store* store, int code) {
    if (code == W2N_TRAP_EXCEPTION) {
        fprintf(stderr, "wasm exception: uncaught\n");
        w2n_store_print_backtrace(store, stderr);
        return 134;
    }
    const char* detail = code == W2N_TRAP_HOST ? w2n_store_host_error(store) : "";
    fprintf(stderr, "wasm trap: %s%s%s\n", w2n_trap_message(code), detail[0] ? ": " : "",
            detail);
    w2n_store_print_backtrace(store, stderr);
    return 134;
}

/* Prints `neg`, the digits `d` (first digit's exponent `exp`) in positional notation. */
static void print_positional(int neg, const char* d, int nd, int exp) {
    while (nd > 1 && d[nd - 1] == '0') nd--;
    char out[400];
    int o = 0;
    if (neg) out[o++] = '-';
    if (exp < 0) {
        out[o++] = '0';
        out[o++] = '.';
        for (int k = 0; k < -exp - 1; k++) out[o++] = '0';
        for (int k = 0; k < nd; k++) out[o++] = d[k];
    } else {
        for (int k = 0; k <= exp || k < nd; k++) {
            if (k == exp + 1) out[o++] = '.';
            out[o++] = k < nd ? d[k] : '0';
        }
    }
    out[o] = 0;
    puts(out);
}

/* 1 when the p digits `d` with exponent `exp` read back as |v|. */
static int reads_back(const char* d, int p, int exp, double v, int is_f32) {
    char buf[64];
    snprintf(buf, sizeof buf, "%c.%.*se%d", d[0], p - 1, d + 1, exp);
    return is_f32 ? strtof(buf, NULL) == (float)v : strtod(buf, NULL) == v;
}

/* Prints a float as Rust's `{}` does (what `wasmtime run --invoke` prints): the
 * fewest digits that read back as the same value, the closest of those to the exact
 * value (a tie goes up), in positional notation; "NaN", "inf", "-inf", "-0". */
static void print_float(double v, int is_f32) {
    if (isnan(v)) {
        puts("NaN");
        return;
    }
    if (isinf(v)) {
        puts(v < 0 ? "-inf" : "inf");
        return;
    }
    int neg = signbit(v) != 0;
    v = fabs(v);
    if (v == 0) {
        puts(neg ? "-0" : "0");
        return;
    }
    /* The exact decimal expansion (a double has at most 767 significant digits). */
    static char exact[900];
    snprintf(exact, sizeof exact, "%.780e", v);
    static char d[800];
    int nd = 0;
    const char* q = exact;
    for (; *q && *q != 'e'; q++)
        if (*q != '.') d[nd++] = *q;
    int exp = atoi(q + 1);
    for (int p = 1; p <= 17; p++) {
        int rest_zero = 1;
        for (int k = p; k < nd && rest_zero; k++) rest_zero = d[k] == '0';
        if (rest_zero) {
            print_positional(neg, d, p, exp);
            return;
        }
        /* Above or below half a unit of the p-th digit (0: exactly half). */
        int half = d[p] > '5' ? 1 : d[p] < '5' ? -1 : 0;
        for (int k = p + 1; k < nd && half == 0; k++)
            if (d[k] != '0') half = 1;
        char up[24];
        int up_exp = exp;
        memcpy(up, d, (size_t)p);
        int k = p - 1;
        while (k >= 0 && up[k] == '9') up[k--] = '0';
        if (k >= 0) {
            up[k]++;
        } else {
            memmove(up + 1, up, (size_t)p - 1);
            up[0] = '1';
            up_exp++;
        }
        int down_ok = reads_back(d, p, exp, v, is_f32);
        int up_ok = reads_back(up, p, up_exp, v, is_f32);
        if (up_ok && (!down_ok || half >= 0)) {
            print_positional(neg, up, p, up_exp);
            return;
        }
        if (down_ok) {
            print_positional(neg, d, p, exp);
            return;
        }
    }
    print_positional(neg, d, 17, exp); /* not reached: 17 digits always read back */
}

/* Prints a u128 in decimal. */
static void print_u128(uint64_t lo, uint64_t hi) {
    unsigned __int128 v = ((unsigned __int128)hi << 64) | lo;
    char buf[48];
    int i = sizeof buf - 1;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v);
    puts(buf + i);
}

/* `run --invoke`: calls export `r->invoke` with r->values and prints each result on
 * its own line, as `wasmtime run --invoke` does. */
static int invoke(w2n_store* store, w2n_instance* inst, const run_args* r) {
    w2n_extern f;
    if (!w2n_instance_export(inst, r->invoke, &f) || f.kind != W2N_EXTERN_FUNC) {
        fprintf(stderr, "error: the module has no function export named `%s`\n", r->invoke);
        return 1;
    }
    const char* results = strchr(r->sig, ':') + 1;
    size_t np = (size_t)(results - 1 - r->sig), nr = strlen(results);
    w2n_val* vals = calloc((np > nr ? np : nr) + 1, sizeof(w2n_val));
    if (!vals) {
        fputs("error: out of memory\n", stderr);
        return 1;
    }
    for (size_t i = 0; i < np; i++) vals[i].lo = strtoull(r->values[i], NULL, 16);
    int rc = w2n_call(store, f.ptr, vals);
    if (rc == W2N_TRAP_EXIT) return w2n_store_exit_code(store);
    if (rc) return report_trap(store, rc);
    for (size_t i = 0; i < nr; i++) {
        uint64_t lo = vals[i].lo;
        switch (results[i]) {
        case 'i': printf("%" PRId32 "\n", (int32_t)(uint32_t)lo); break;
        case 'I': printf("%" PRId64 "\n", (int64_t)lo); break;
        case 'f': {
            float x;
            uint32_t bits = (uint32_t)lo;
            memcpy(&x, &bits, sizeof x);
            print_float(x, 1);
            break;
        }
        case 'F': {
            double x;
            memcpy(&x, &lo, sizeof x);
            print_float(x, 0);
            break;
        }
        case 'v': print_u128(lo, vals[i].hi); break;
        case 'r': puts(lo ? "<funcref>" : "<null funcref>"); break;
        default: puts(lo ? "<externref>" : "<null externref>"); break;
        }
    }
    fflush(stdout);
    return 0;
}

int main(int argc, char** argv) {
    w2n_store* store = w2n_store_new();
    if (!store) {
        fputs("error: out of memory\n", stderr);
        return 1;
    }
    const w2n_exe_wasi_config* cfg = &w2n_exe_wasi ? &w2n_exe_wasi : NULL;
    const char* entry_name = &w2n_exe_entry ? w2n_exe_entry : NULL;
    run_args run;
    int from_run = &w2n_exe_run_cache && w2n_exe_run_cache && argc > 1 &&
                   strcmp(argv[1], RUN_CACHE_ARG) == 0;
    int gargc = argc;
    char** gargv = argv;
    if (from_run) {
        if (!parse_run_args(argc, argv, &run)) return 1;
        cfg = &run.wasi;
        /* The guest's argv: argv0, then the program's arguments. */
        gargv = calloc((size_t)run.nargs + 2, sizeof(char*));
        if (!gargv) {
            fputs("error: out of memory\n", stderr);
            return 1;
        }
        gargv[0] = (char*)(run.argv0 ? run.argv0 : argv[0]);
        for (int i = 0; i < run.nargs; i++) gargv[i + 1] = run.args[i];
        gargc = run.nargs + 1;
    }
    w2n_wasi_ctx wasi = {gargc, gargv, guest_env(cfg), cfg ? cfg->ndirs : 0,
                         cfg ? cfg->dirs : NULL, NULL};
    char werr[512];
    if (!wasi.envp || w2n_wasi_init(&wasi, werr, sizeof werr) != 0) {
        fprintf(stderr, "error: %s\n", wasi.envp ? werr : "out of memory");
        return 1;
    }
    resolve_env env;
    env.msg[0] = 0;
    env.store = store;
    char err[512];
    w2n_instance* inst = NULL;
    int rc = w2n_instantiate(store, &w2n_main_module, resolve, &env, &wasi, &inst, err,
                             sizeof err);
    if (rc == W2N_TRAP_EXIT) return w2n_store_exit_code(store);
    if (rc > 0) return report_trap(store, rc);
    if (rc == W2N_ERR_INSTANTIATE) {
        /* A segment that does not fit traps (Wasm 2.0 semantics). */
        fprintf(stderr, "wasm trap: %s\n", err);
        return 134;
    }
    if (rc != W2N_OK) {
        fprintf(stderr, "error: %s\n", rc == W2N_ERR_LINK && env.msg[0] ? env.msg : err);
        return 1;
    }
    if (from_run && run.invoke) return invoke(store, inst, &run);
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
        fprintf(stderr, "error: the module exports no `%s` function\n",
                entry_name ? entry_name : "_start` or `main");
        return 1;
    }
    /* Parameters (e.g. main(argc, argv)) are passed as zeros. */
    size_t nvals = 16;
    if (f.type && !(f.type & W2N_SIG_EXACT)) nvals += strlen((const char*)(uintptr_t)f.type);
    w2n_val* vals = calloc(nvals, sizeof(w2n_val));
    if (!vals) return 1;
    rc = w2n_call(store, f.ptr, vals);
    if (rc == W2N_TRAP_EXIT) return w2n_store_exit_code(store);
    if (rc) return report_trap(store, rc);
    /* An i32 result of main (or of the --entry function) is the exit code. */
    if (strcmp(entry, "_start") != 0 && returns_i32(f.type)) return (int)(uint32_t)vals[0].lo;
    return 0;
}
