/* main.c: main() of executables: instantiate w2n_main_module with WASI, run _start or main. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wasm2native.h"

extern const w2n_module w2n_main_module;
extern char** environ;

/* Defined by the C file `wasm2native build --dir/--env` generates; absent otherwise. */
extern const w2n_exe_wasi_config w2n_exe_wasi __attribute__((weak));

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
} resolve_env;

static const char* kind_name(uint64_t kind) {
    switch (kind) {
    case W2N_EXTERN_FUNC: return "function";
    case W2N_EXTERN_TABLE: return "table";
    case W2N_EXTERN_MEMORY: return "memory";
    default: return "global";
    }
}

/* Functions bind to the C provider linked into the executable; nothing else exists. */
static int resolve(void* envp, const w2n_import* imp, w2n_extern* out) {
    resolve_env* env = envp;
    if (imp->kind == W2N_EXTERN_FUNC && imp->static_fn) {
        out->kind = W2N_EXTERN_FUNC;
        out->host_fn = imp->static_fn;
        out->type = imp->type_id;
        return 1;
    }
    snprintf(env->msg, sizeof env->msg,
             "cannot run module: import %.*s.%.*s (%s) is not provided", (int)imp->module_len,
             imp->module, (int)imp->name_len, imp->name, kind_name(imp->kind));
    return 0;
}

/* 1 when signature id `id` is (...) -> i32, else 0. */
static int returns_i32(uint64_t id) {
    if (id == 0) return 0;
    if (!(id & 1)) { /* canonical string: param letters ':' result letters; i32 = 'b' */
        const char* c = strchr((const char*)(uintptr_t)id, ':');
        return c && strcmp(c, ":b") == 0;
    }
    int shift = 4;
    while (shift < 64 && ((id >> shift) & 0xF) != 0xF) shift += 4;
    shift += 4;
    if (shift >= 64 || ((id >> shift) & 0xF) != W2N_VAL_I32) return 0;
    shift += 4;
    return shift >= 64 || ((id >> shift) & 0xF) == 0;
}

static int report_trap(w2n_store* store, int code) {
    const char* detail = code == W2N_TRAP_HOST ? w2n_store_host_error(store) : "";
    fprintf(stderr, "wasm trap: %s%s%s\n", w2n_trap_message(code), detail[0] ? ": " : "",
            detail);
    w2n_store_print_backtrace(store, stderr);
    return 134;
}

int main(int argc, char** argv) {
    w2n_store* store = w2n_store_new();
    if (!store) {
        fputs("wasm2native: out of memory\n", stderr);
        return 1;
    }
    const w2n_exe_wasi_config* cfg = &w2n_exe_wasi ? &w2n_exe_wasi : NULL;
    w2n_wasi_ctx wasi = {argc, argv, guest_env(cfg), cfg ? cfg->ndirs : 0,
                         cfg ? cfg->dirs : NULL, NULL};
    char werr[512];
    if (!wasi.envp || w2n_wasi_init(&wasi, werr, sizeof werr) != 0) {
        fprintf(stderr, "wasm2native: %s\n", wasi.envp ? werr : "out of memory");
        return 1;
    }
    resolve_env env;
    env.msg[0] = 0;
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
        fprintf(stderr, "wasm2native: %s\n", rc == W2N_ERR_LINK && env.msg[0] ? env.msg : err);
        return 1;
    }
    w2n_extern f;
    const char* entry = NULL;
    if (w2n_instance_export(inst, "_start", &f) && f.kind == W2N_EXTERN_FUNC)
        entry = "_start";
    else if (w2n_instance_export(inst, "main", &f) && f.kind == W2N_EXTERN_FUNC)
        entry = "main";
    if (!entry) return 0;
    /* Parameters (e.g. main(argc, argv)) are passed as zeros. */
    size_t nvals = 16;
    if (f.type && !(f.type & 1)) nvals += strlen((const char*)(uintptr_t)f.type);
    w2n_val* vals = calloc(nvals, sizeof(w2n_val));
    if (!vals) return 1;
    rc = w2n_call(store, f.ptr, vals);
    if (rc == W2N_TRAP_EXIT) return w2n_store_exit_code(store);
    if (rc) return report_trap(store, rc);
    if (entry[0] == 'm' && returns_i32(f.type)) return (int)(uint32_t)vals[0].lo;
    return 0;
}
