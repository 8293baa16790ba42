/* runner.c: the generic spec-test driver of `wasm2native wast`.
 *
 * Linked with the modules of one script (compiled by wasm2native; their descriptors are
 * listed in `w2n_spec_modules` by a small generated C file) and runtime-support. It
 * reads driver commands from the file argv[1] and prints one result line per command:
 *
 *   i CMD SLOT MODULE           instantiate module MODULE into instance slot SLOT
 *   r CMD SLOT xHEXNAME         register instance SLOT under a name (hex-encoded)
 *   c CMD SLOT xHEXNAME N LO:HI.. call a function export with N arguments (hex bits)
 *   g CMD SLOT xHEXNAME         read a global export
 *   t CMD THREAD                the lines up to the next `e` run on a new native thread
 *   e CMD 0                     (end of a thread's lines: reported when it finishes)
 *   w CMD THREAD                wait for (join) thread THREAD
 *
 * Each thread has its own store and registrations; instance slots are global (a
 * thread's `shared` module is a slot of the main thread). Each command's output is
 * gathered and written to stdout in one piece, so lines of concurrent threads do not
 * mix.
 * Results: "CMD ok", "CMD ret N T:LO:HI ..." (T = W2N_VAL_* code) or
 * "CMD err KIND CODE MESSAGE" (KIND: link, inst, trap, driver). argv[2..] are command
 * numbers to skip (commands that crashed a previous run). Lines starting with '#'
 * are output of the spectest print functions.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w2n_host_objects.h"
#include "wasm2native.h"

extern const void* const w2n_spec_modules[];
uint32_t w2n_import_wasi_thread_2Dspawn(w2n_instance* caller, uint32_t start_arg);
extern const unsigned w2n_spec_nmodules;

typedef struct {
    char* name;
    size_t len;
    w2n_instance* inst;
} reg_t;

static _Thread_local w2n_store* store;
static _Thread_local reg_t* regs;
static _Thread_local size_t nregs, cap_regs;

/* Instance slots, in fixed chunks (they never move: other threads read them). */
#define SLOT_CHUNK 1024
#define SLOT_CHUNKS 4096
static w2n_instance** slot_chunks[SLOT_CHUNKS];
static pthread_mutex_t slot_lock = PTHREAD_MUTEX_INITIALIZER;

/* The output of the command being run (flushed to stdout whole by out_end). */
static _Thread_local FILE* tout;
static _Thread_local char* tbuf;
static _Thread_local size_t tlen;
static void out_begin(void) { tout = open_memstream(&tbuf, &tlen); }
static void out_end(void) {
    fclose(tout);
    flockfile(stdout);
    fwrite(tbuf, 1, tlen, stdout);
    fflush(stdout);
    funlockfile(stdout);
    free(tbuf);
    tbuf = NULL;
    tout = NULL;
}
#define printf(...) fprintf(tout, __VA_ARGS__)
#define putchar(c) fputc((c), tout)
static w2n_memory* st_memory;
static w2n_table* st_table;
static w2n_global* st_globals[4];

/* ---- spectest ------------------------------------------------------------------------ */

static void sp_print(w2n_instance* c) { (void)c; printf("# print\n"); }
static void sp_print_i32(w2n_instance* c, uint32_t x) { (void)c; printf("# print_i32 %" PRId32 "\n", (int32_t)x); }
static void sp_print_i64(w2n_instance* c, uint64_t x) { (void)c; printf("# print_i64 %" PRId64 "\n", (int64_t)x); }
static void sp_print_f32(w2n_instance* c, float x) { (void)c; printf("# print_f32 %g\n", (double)x); }
static void sp_print_f64(w2n_instance* c, double x) { (void)c; printf("# print_f64 %g\n", x); }
static void sp_print_i32_f32(w2n_instance* c, uint32_t x, float y) {
    (void)c;
    printf("# print_i32_f32 %" PRId32 " %g\n", (int32_t)x, (double)y);
}
static void sp_print_f64_f64(w2n_instance* c, double x, double y) {
    (void)c;
    printf("# print_f64_f64 %g %g\n", x, y);
}

static w2n_memory* st_shared_memory;

static void spectest_init(void) {
    st_memory = w2n_memory_new(store, 1, 2);
    st_shared_memory = w2n_memory_new_shared(store, 1, 2);
    st_table = w2n_table_new(store, W2N_VAL_FUNCREF, 10, 20);
    w2n_val v;
    float f = 666.6f;
    double d = 666.6;
    v.hi = 0;
    v.lo = 666;
    st_globals[0] = w2n_global_new(store, v);
    st_globals[1] = w2n_global_new(store, v);
    uint32_t fb;
    memcpy(&fb, &f, 4);
    v.lo = fb;
    st_globals[2] = w2n_global_new(store, v);
    memcpy(&v.lo, &d, 8);
    st_globals[3] = w2n_global_new(store, v);
}

static int name_is(const w2n_import* imp, const char* s) {
    return imp->name_len == strlen(s) && memcmp(imp->name, s, imp->name_len) == 0;
}

static int spectest(const w2n_import* imp, w2n_extern* out) {
    static const struct {
        const char* name;
        void* fn;
        uint64_t p[2];
        size_t np;
    } funcs[] = {
        {"print", (void*)sp_print, {0, 0}, 0},
        {"print_i32", (void*)sp_print_i32, {W2N_VAL_I32, 0}, 1},
        {"print_i64", (void*)sp_print_i64, {W2N_VAL_I64, 0}, 1},
        {"print_f32", (void*)sp_print_f32, {W2N_VAL_F32, 0}, 1},
        {"print_f64", (void*)sp_print_f64, {W2N_VAL_F64, 0}, 1},
        {"print_i32_f32", (void*)sp_print_i32_f32, {W2N_VAL_I32, W2N_VAL_F32}, 2},
        {"print_f64_f64", (void*)sp_print_f64_f64, {W2N_VAL_F64, W2N_VAL_F64}, 2},
    };
    static const struct {
        const char* name;
        uint64_t type;
    } globals[] = {{"global_i32", W2N_VAL_I32},
                   {"global_i64", W2N_VAL_I64},
                   {"global_f32", W2N_VAL_F32},
                   {"global_f64", W2N_VAL_F64}};
    for (size_t i = 0; i < sizeof funcs / sizeof funcs[0]; i++)
        if (name_is(imp, funcs[i].name)) {
            out->kind = W2N_EXTERN_FUNC;
            out->ptr = NULL;
            out->host_fn = funcs[i].fn;
            out->type = w2n_sig_id(funcs[i].p, funcs[i].np, NULL, 0);
            return 1;
        }
    for (size_t i = 0; i < 4; i++)
        if (name_is(imp, globals[i].name)) {
            out->kind = W2N_EXTERN_GLOBAL;
            out->ptr = st_globals[i];
            out->type = globals[i].type;
            return 1;
        }
    if (name_is(imp, "table")) {
        out->kind = W2N_EXTERN_TABLE;
        out->ptr = st_table;
        out->type = W2N_VAL_FUNCREF;
        out->min = st_table->size;
        out->max = 20;
        return 1;
    }
    if (name_is(imp, "memory")) {
        out->kind = W2N_EXTERN_MEMORY;
        out->ptr = st_memory;
        out->min = st_memory->size / W2N_PAGE_SIZE;
        out->max = 2;
        return 1;
    }
    if (name_is(imp, "shared_memory")) {
        out->kind = W2N_EXTERN_MEMORY;
        out->ptr = st_shared_memory;
        out->min = 1;
        out->max = 2;
        return 1;
    }
    return 0;
}

static int resolve(void* env, const w2n_import* imp, w2n_extern* out) {
    (void)env;
    for (size_t i = nregs; i-- > 0;)
        if (regs[i].len == imp->module_len && memcmp(regs[i].name, imp->module, regs[i].len) == 0)
            return w2n_instance_export_n(regs[i].inst, imp->name, imp->name_len, out);
    if (imp->module_len == 8 && memcmp(imp->module, "spectest", 8) == 0) return spectest(imp, out);
    /* wasi-threads' spawn (runtime-support/src/wasi_threads.c), for scripts that test it. */
    if (imp->module_len == 4 && memcmp(imp->module, "wasi", 4) == 0 &&
        name_is(imp, "thread-spawn")) {
        static const uint64_t i32[1] = {W2N_VAL_I32};
        out->kind = W2N_EXTERN_FUNC;
        out->ptr = NULL;
        out->host_fn = (void*)w2n_import_wasi_thread_2Dspawn;
        out->type = w2n_sig_id(i32, 1, i32, 1);
        return 1;
    }
    return 0;
}

/* ---- commands ------------------------------------------------------------------------ */

static size_t unhex(const char* s, char* out) {
    size_t n = 0;
    for (; s[0] && s[1] && s[0] != ' ' && s[0] != '\n'; s += 2) {
        unsigned v;
        if (sscanf(s, "%2x", &v) != 1) break;
        out[n++] = (char)v;
    }
    out[n] = 0;
    return n;
}

static void print_msg(const char* m) {
    for (; *m; m++) putchar(*m == '\n' ? ' ' : *m);
    putchar('\n');
}

static w2n_instance* slot_get(size_t s) {
    if (s / SLOT_CHUNK >= SLOT_CHUNKS) return NULL;
    w2n_instance** c = __atomic_load_n(&slot_chunks[s / SLOT_CHUNK], __ATOMIC_ACQUIRE);
    return c ? c[s % SLOT_CHUNK] : NULL;
}

/* 0, or -1 when `s` is beyond the slot limit or out of memory. */
static int slot_set(size_t s, w2n_instance* inst) {
    if (s / SLOT_CHUNK >= SLOT_CHUNKS) return -1;
    pthread_mutex_lock(&slot_lock);
    w2n_instance** c = slot_chunks[s / SLOT_CHUNK];
    if (!c) {
        c = calloc(SLOT_CHUNK, sizeof *c);
        __atomic_store_n(&slot_chunks[s / SLOT_CHUNK], c, __ATOMIC_RELEASE);
    }
    if (c) c[s % SLOT_CHUNK] = inst;
    pthread_mutex_unlock(&slot_lock);
    return c ? 0 : -1;
}

static void cmd_inst(unsigned long cmd, size_t slot, unsigned mod) {
    if (mod >= w2n_spec_nmodules) {
        printf("%lu err driver 0 no such module\n", cmd);
        return;
    }
    char err[512];
    w2n_instance* inst = NULL;
    int rc = w2n_instantiate(store, (const w2n_module*)w2n_spec_modules[mod], resolve, NULL, NULL,
                             &inst, err, sizeof err);
    if (rc == W2N_OK) {
        if (slot_set(slot, inst) != 0)
            printf("%lu err driver 0 too many instances\n", cmd);
        else
            printf("%lu ok\n", cmd);
        return;
    }
    printf("%lu err %s %d ", cmd, rc == W2N_ERR_LINK ? "link" : rc == W2N_ERR_INSTANTIATE ? "inst" : "trap", rc);
    print_msg(err);
}

static void print_trap(unsigned long cmd, int code) {
    printf("%lu err trap %d %s", cmd, code, w2n_trap_message(code));
    if (code == W2N_TRAP_HOST) printf(": %s", w2n_store_host_error(store));
    putchar('\n');
}

/* A reference result: GC objects get their kind in `hi` (W2N_GC_REF_*; a boxed host
 * value is shown unboxed), host values and null keep hi = 0. */
static void gc_classify(w2n_instance* inst, w2n_val* v) {
    int k = w2n_gc_ref_kind(inst, v->lo);
    if (k == W2N_GC_REF_HOSTBOX) v->lo = w2n_gc_unbox(v->lo);
    if (k != W2N_GC_REF_NULL && k != W2N_GC_REF_HOST) v->hi = (uint64_t)k;
}

static void cmd_call(unsigned long cmd, w2n_instance* inst, const char* name, size_t len,
                     char* rest) {
    w2n_extern x;
    if (!inst) {
        printf("%lu err driver 0 no instance (its module failed)\n", cmd);
        return;
    }
    if (!w2n_instance_export_n(inst, name, len, &x) || x.kind != W2N_EXTERN_FUNC) {
        printf("%lu err driver 0 no function export\n", cmd);
        return;
    }
    uint64_t pt[64], rt[64];
    size_t np, nr;
    if (w2n_sig_decode(x.type, pt, &np, rt, &nr, 64) != 0 || np > 64 || nr > 64) {
        printf("%lu err driver 0 bad signature\n", cmd);
        return;
    }
    unsigned long nargs = strtoul(rest, &rest, 10);
    if (nargs != np) {
        printf("%lu err driver 0 wrong argument count %lu (expected %zu)\n", cmd, nargs, np);
        return;
    }
    size_t n = (np > nr ? np : nr) + 1;
    w2n_val* vals = calloc(n, sizeof *vals);
    for (size_t i = 0; i < np; i++) {
        vals[i].lo = strtoull(rest, &rest, 16);
        if (*rest == ':') rest++;
        vals[i].hi = strtoull(rest, &rest, 16);
        /* `ref.host N` for an anyref parameter: the host value, boxed (GC). */
        if ((pt[i] == W2N_VAL_EXTERNREF || pt[i] == W2N_VAL_FUNCREF) && vals[i].hi == 0x484f5354) {
            vals[i].lo = w2n_gc_box_host(inst, vals[i].lo);
            vals[i].hi = 0;
        }
    }
    fflush(stdout);
    int code = w2n_call(store, (const w2n_funcref*)x.ptr, vals);
    if (code) {
        print_trap(cmd, code);
    } else {
        printf("%lu ret %zu", cmd, nr);
        for (size_t i = 0; i < nr; i++) {
            if (rt[i] == W2N_VAL_EXTERNREF || rt[i] == W2N_VAL_FUNCREF) gc_classify(inst, &vals[i]);
            printf(" %" PRIu64 ":%" PRIx64 ":%" PRIx64, rt[i], vals[i].lo, vals[i].hi);
        }
        putchar('\n');
    }
    free(vals);
}

static void cmd_get(unsigned long cmd, w2n_instance* inst, const char* name, size_t len) {
    w2n_extern x;
    if (!inst) {
        printf("%lu err driver 0 no instance (its module failed)\n", cmd);
        return;
    }
    if (!w2n_instance_export_n(inst, name, len, &x) || x.kind != W2N_EXTERN_GLOBAL) {
        printf("%lu err driver 0 no global export\n", cmd);
        return;
    }
    w2n_val g = *(const w2n_val*)x.ptr;
    if ((x.type & 0xff) == W2N_VAL_EXTERNREF || (x.type & 0xff) == W2N_VAL_FUNCREF) gc_classify(inst, &g);
    printf("%lu ret 1 %" PRIu64 ":%" PRIx64 ":%" PRIx64 "\n", cmd, x.type & 0xff, g.lo, g.hi);
}

static void cmd_reg(unsigned long cmd, w2n_instance* inst, const char* name, size_t len) {
    if (!inst) {
        printf("%lu err driver 0 no instance (its module failed)\n", cmd);
        return;
    }
    if (nregs == cap_regs) {
        cap_regs = cap_regs * 2 + 8;
        regs = realloc(regs, cap_regs * sizeof *regs);
    }
    regs[nregs].name = malloc(len + 1);
    memcpy(regs[nregs].name, name, len + 1);
    regs[nregs].len = len;
    regs[nregs].inst = inst;
    nregs++;
    printf("%lu ok\n", cmd);
}

static char** skip_argv;
static int skip_argc;

static int skipped(unsigned long cmd) {
    for (int i = 0; i < skip_argc; i++)
        if (strtoul(skip_argv[i], NULL, 10) == cmd) return 1;
    return 0;
}

/* Runs one command line (any but t/e/w), printing its result. */
static void exec_line(char* line) {
    static _Thread_local char* name = NULL;
    static _Thread_local size_t name_cap = 0;
    char op = line[0];
    char* p = line + 1;
    unsigned long cmd = strtoul(p, &p, 10);
    out_begin();
    if (skipped(cmd)) {
        printf("%lu err driver 0 skipped: crashed the driver in a previous run\n", cmd);
        out_end();
        return;
    }
    size_t slot = strtoul(p, &p, 10);
    if (op == 'i') {
        cmd_inst(cmd, slot, (unsigned)strtoul(p, &p, 10));
        out_end();
        return;
    }
    while (*p == ' ') p++;
    if (*p == 'x') p++; /* names are written "x<hex>" so that "" is not empty */
    size_t hexlen = strcspn(p, " \n");
    if (hexlen / 2 + 1 > name_cap) {
        name_cap = hexlen / 2 + 64;
        name = realloc(name, name_cap);
    }
    size_t len = unhex(p, name);
    p += hexlen;
    switch (op) {
    case 'r': cmd_reg(cmd, slot_get(slot), name, len); break;
    case 'c': cmd_call(cmd, slot_get(slot), name, len, p); break;
    case 'g': cmd_get(cmd, slot_get(slot), name, len); break;
    default: printf("%lu err driver 0 bad command\n", cmd);
    }
    out_end();
}

/* A `thread` block: its lines, and the number of its `e` line. */
typedef struct {
    char** lines;
    size_t n;
    unsigned long end_cmd;
} thread_job;

static void* thread_main(void* arg) {
    thread_job* j = arg;
    store = w2n_store_new();
    for (size_t i = 0; i < j->n; i++) exec_line(j->lines[i]);
    out_begin();
    printf("%lu ok\n", j->end_cmd);
    out_end();
    return NULL;
}

static void print_line(unsigned long cmd, const char* what) {
    out_begin();
    printf("%lu %s\n", cmd, what);
    out_end();
}

int main(int argc, char** argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s COMMANDS [SKIP...]\n", argv[0]);
        return 2;
    }
    skip_argv = argv + 2;
    skip_argc = argc - 2;
    FILE* f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    store = w2n_store_new();
    spectest_init();
    pthread_t* threads = NULL;
    char* started = NULL;
    size_t nthreads = 0;
    char* line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        char op = line[0];
        char* p = line + 1;
        unsigned long cmd = strtoul(p, &p, 10);
        if (op == 't') {
            size_t t = strtoul(p, &p, 10);
            thread_job* j = calloc(1, sizeof *j);
            char* l = NULL;
            size_t lcap = 0;
            while (getline(&l, &lcap, f) > 0 && l[0] != 'e') {
                j->lines = realloc(j->lines, (j->n + 1) * sizeof *j->lines);
                j->lines[j->n++] = strdup(l);
            }
            j->end_cmd = l ? strtoul(l + 1, NULL, 10) : 0;
            free(l);
            if (t >= nthreads) {
                threads = realloc(threads, (t + 1) * sizeof *threads);
                started = realloc(started, t + 1);
                memset(started + nthreads, 0, t + 1 - nthreads);
                nthreads = t + 1;
            }
            if (skipped(cmd)) {
                print_line(cmd, "err driver 0 skipped: crashed the driver in a previous run");
                continue;
            }
            pthread_attr_t attr;
            pthread_attr_init(&attr);
            pthread_attr_setstacksize(&attr, 8u << 20);
            started[t] = pthread_create(&threads[t], &attr, thread_main, j) == 0;
            pthread_attr_destroy(&attr);
            print_line(cmd, started[t] ? "ok" : "err driver 0 cannot start a thread");
            continue;
        }
        if (op == 'w') {
            size_t t = strtoul(p, &p, 10);
            if (skipped(cmd) || t >= nthreads || !started[t]) {
                print_line(cmd, "err driver 0 no such thread (or skipped)");
                continue;
            }
            pthread_join(threads[t], NULL);
            started[t] = 0;
            print_line(cmd, "ok");
            continue;
        }
        exec_line(line);
    }
    fclose(f);
    return 0;
}
