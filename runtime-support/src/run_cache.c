/* run_cache.c: main() of the executables `wasm2native run` caches: what run's private
 * leading arguments say (WASI settings, the guest's argv, `--invoke` with its
 * parameters), then the module runs as in main.c. Only these executables link this
 * file (the C file run generates references w2n_run_cache_main); `build` executables
 * do not carry it. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exe.h"

/* What `wasm2native run` passes to a cached executable, before the program's own
 * arguments:
 *   --w2n-run-cache [--dir HOST GUEST]... [--env K[=V]]... [--inherit-env]
 *                   [--argv0 NAME] [--invoke FUNC SIG VALUE...] -- ARGS...
 * SIG is "params:results", one letter per value (i i32, I i64, f f32, F f64, v v128,
 * r funcref, x externref); each VALUE is the raw bits of a parameter in hex. */

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

/* Parses run's private arguments (argv[1] is W2N_RUN_CACHE_ARG). Returns 0 on error. */
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
static int invoke(w2n_store* store, w2n_instance* inst, const void* arg) {
    const run_args* r = arg;
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
    if (rc) return w2n_exe_report_trap(store, rc);
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

int w2n_run_cache_main(int argc, char** argv) {
    run_args run;
    if (!parse_run_args(argc, argv, &run)) return 1;
    /* The guest's argv: argv0, then the program's arguments. */
    char** gargv = calloc((size_t)run.nargs + 2, sizeof(char*));
    if (!gargv) {
        fputs("error: out of memory\n", stderr);
        return 1;
    }
    gargv[0] = (char*)(run.argv0 ? run.argv0 : argv[0]);
    for (int i = 0; i < run.nargs; i++) gargv[i + 1] = run.args[i];
    return w2n_exe_run(run.nargs + 1, gargv, &run.wasi, run.invoke ? invoke : NULL, &run);
}
