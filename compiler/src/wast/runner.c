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
 *
 * Results: "CMD ok", "CMD ret N T:LO:HI ..." (T = W2N_VAL_* code) or
 * "CMD err KIND CODE MESSAGE" (KIND: link, inst, trap, driver). argv[2..] are command
 * numbers to skip (commands that crashed a previous run). Lines starting with '#'
 * are output of the spectest print functions.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w2n_host_objects.h"
#include "wasm2native.h"

extern const void* const w2n_spec_modules[];
extern const unsigned w2n_spec_nmodules;

typedef struct {
    char* name;
    size_t len;
    w2n_instance* inst;
} reg_t;

static w2n_store* store;
static reg_t* regs;
static size_t nregs, cap_regs;
static w2n_instance** slots;
static size_t nslots;
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

static w2n_instance* slot_get(size_t s) { return s < nslots ? slots[s] : NULL; }

static void cmd_inst(unsigned long cmd, size_t slot, unsigned mod) {
    if (slot >= nslots) {
        size_t n = slot * 2 + 16;
        slots = realloc(slots, n * sizeof *slots);
        memset(slots + nslots, 0, (n - nslots) * sizeof *slots);
        nslots = n;
    }
    if (mod >= w2n_spec_nmodules) {
        printf("%lu err driver 0 no such module\n", cmd);
        return;
    }
    char err[512];
    w2n_instance* inst = NULL;
    int rc = w2n_instantiate(store, (const w2n_module*)w2n_spec_modules[mod], resolve, NULL, NULL,
                             &inst, err, sizeof err);
    if (rc == W2N_OK) {
        slots[slot] = inst;
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
    }
    fflush(stdout);
    int code = w2n_call(store, (const w2n_funcref*)x.ptr, vals);
    if (code) {
        print_trap(cmd, code);
    } else {
        printf("%lu ret %zu", cmd, nr);
        for (size_t i = 0; i < nr; i++)
            printf(" %" PRIu64 ":%" PRIx64 ":%" PRIx64, rt[i], vals[i].lo, vals[i].hi);
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
    const w2n_global* g = x.ptr;
    printf("%lu ret 1 %" PRIu64 ":%" PRIx64 ":%" PRIx64 "\n", cmd, x.type & 0xff, g->lo, g->hi);
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

int main(int argc, char** argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s COMMANDS [SKIP...]\n", argv[0]);
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    FILE* f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    store = w2n_store_new();
    spectest_init();
    char* line = NULL;
    size_t cap = 0;
    char* name = NULL;
    size_t name_cap = 0;
    while (getline(&line, &cap, f) > 0) {
        char op = line[0];
        char* p = line + 1;
        unsigned long cmd = strtoul(p, &p, 10);
        int skip = 0;
        for (int i = 2; i < argc; i++)
            if (strtoul(argv[i], NULL, 10) == cmd) skip = 1;
        if (skip) {
            printf("%lu err driver 0 skipped: crashed the driver in a previous run\n", cmd);
            continue;
        }
        size_t slot = strtoul(p, &p, 10);
        if (op == 'i') {
            cmd_inst(cmd, slot, (unsigned)strtoul(p, &p, 10));
            continue;
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
    }
    fclose(f);
    w2n_store_delete(store);
    return 0;
}
