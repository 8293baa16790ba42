/* instance.c: stores, instantiation (linking, initialization, start), exports. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"
#include "w2n_host_objects.h"

/* ---- start-up arena (w2n_calloc) ------------------------------------------------- */

/* ARENA_HOT bytes for w2n_calloc, then ARENA_COLD for w2n_calloc_cold (room for four
 * stores' trap records), in one object so that the cold part follows the other. */
#define ARENA_HOT (32 * 1024)
#define ARENA_COLD (4 * sizeof(w2n_trap_rec))
static char arena[ARENA_HOT + ARENA_COLD] W2N_LARGE_BSS("arena") __attribute__((aligned(64)));
static size_t arena_used, arena_cold_used;

void* w2n_calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / 2 / size) return NULL;
    size_t bytes = n * size;
    bytes = bytes ? (bytes + 15) & ~(size_t)15 : 16;
    /* A write first (a read would map the zero page, then the write fault again). Once
     * a request does not fit, the arena stays used up (the count only grows, by at most
     * its size per call). */
    if (bytes <= ARENA_HOT) {
        size_t at = __atomic_fetch_add(&arena_used, bytes, __ATOMIC_RELAXED);
        if (at + bytes <= ARENA_HOT) return arena + at; /* never handed out: still zero */
    }
    return calloc(n ? n : 1, size ? size : 1);
}

void* w2n_calloc_cold(size_t size) {
    size_t bytes = size ? (size + 15) & ~(size_t)15 : 16;
    if (bytes <= ARENA_COLD) {
        size_t at = __atomic_fetch_add(&arena_cold_used, bytes, __ATOMIC_RELAXED);
        if (at + bytes <= ARENA_COLD) return arena + ARENA_HOT + at;
    }
    return calloc(1, size ? size : 1);
}

static int in_arena(const void* p) {
    return (const char*)p >= arena && (const char*)p < arena + sizeof arena;
}

void w2n_free(void* p) {
    if (!in_arena(p)) free(p);
}

void* w2n_realloc(void* p, size_t old_size, size_t new_size) {
    if (!p) return w2n_calloc(1, new_size);
    if (!in_arena(p)) return realloc(p, new_size);
    void* n = malloc(new_size);
    if (n) memcpy(n, p, old_size < new_size ? old_size : new_size);
    return n;
}

/* ---- w2n_mutex ---------------------------------------------------------------------- */

/* <linux/futex.h> is not in every C library's headers (musl-gcc has no kernel's). */
#define W2N_FUTEX_WAIT_PRIVATE 128 /* FUTEX_WAIT | FUTEX_PRIVATE_FLAG */
#define W2N_FUTEX_WAKE_PRIVATE 129 /* FUTEX_WAKE | FUTEX_PRIVATE_FLAG */

static void futex(int* word, int op, int val) {
    syscall(SYS_futex, word, op, val, NULL, NULL, 0);
}

void w2n_mutex_lock(w2n_mutex* m) {
    int c = 0;
    if (__atomic_compare_exchange_n(&m->v, &c, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return;
    /* Contended: mark it (2) and sleep until the holder's unlock wakes us. */
    if (c != 2) c = __atomic_exchange_n(&m->v, 2, __ATOMIC_ACQUIRE);
    while (c != 0) {
        futex(&m->v, W2N_FUTEX_WAIT_PRIVATE, 2);
        c = __atomic_exchange_n(&m->v, 2, __ATOMIC_ACQUIRE);
    }
}

void w2n_mutex_unlock(w2n_mutex* m) {
    if (__atomic_exchange_n(&m->v, 0, __ATOMIC_RELEASE) == 2)
        futex(&m->v, W2N_FUTEX_WAKE_PRIVATE, 1);
}

/* ---- stores ------------------------------------------------------------------------- */

w2n_store* w2n_store_create(void) {
    w2n_store* s = w2n_calloc(1, sizeof *s);
    if (!s) return NULL;
    s->rec = w2n_calloc_cold(sizeof *s->rec);
    if (!s->rec) {
        w2n_free(s);
        return NULL;
    }
    return s;
}

static void inst_free(w2n_inst* p) {
    /* Records never created (imported memories) are zero: destroying them is a no-op.
     * Memory 0 in the instance's reservation goes with it (below). */
    if (!p->map) w2n_memory_destroy(&p->pub.memory0);
    if (p->own_memories)
        for (uint64_t i = 0; i < p->num_own_memories; i++) w2n_memory_destroy(&p->own_memories[i]);
    if (p->own_tables)
        for (uint64_t i = 0; i < p->num_own_tables; i++) w2n_table_destroy(&p->own_tables[i]);
    free((void*)p->pub.gc_types);
    if (p->elem_items)
        for (uint64_t i = 0; i < p->pub.module->num_elems; i++) free(p->elem_items[i]);
    free(p->elem_items);
    /* The start of the instance's one allocation (its arrays included), or the
     * reservation that holds it and memory 0. */
    if (p->map) w2n_instance_unmap(p->map, p->map_len);
    else w2n_free(p->own_globals);
}

void w2n_store_delete(w2n_store* store) {
    if (!store) return;
    for (w2n_inst* p = store->instances; p;) {
        w2n_inst* next = p->next;
        inst_free(p);
        p = next;
    }
    for (w2n_owned* o = store->owned; o;) {
        w2n_owned* next = o->next;
        if (o->kind == W2N_EXTERN_MEMORY) w2n_memory_destroy(&o->u.memory);
        if (o->kind == W2N_EXTERN_TABLE) w2n_table_destroy(&o->u.table);
        free(o);
        o = next;
    }
    w2n_exn_free_all(store);
    if (store->gc) store->gc_heap_free(store);
    w2n_free(store->rec);
    w2n_free(store);
}

/* ---- start-up profile (W2N_STARTUP_PROFILE builds only) ---------------------------- */

#ifdef W2N_STARTUP_PROFILE
#include <time.h>

static struct {
    const char* part;
    uint64_t ns;
} profile[32];
static int profile_len;
static uint64_t profile_last;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void profile_print(void) {
    uint64_t total = 0;
    for (int i = 0; i < profile_len; i++) {
        fprintf(stderr, "w2n start-up: %-28s %8.2f us\n", profile[i].part, profile[i].ns / 1e3);
        total += profile[i].ns;
    }
    fprintf(stderr, "w2n start-up: %-28s %8.2f us\n", "total before the entry", total / 1e3);
}

void w2n_profile_mark(const char* part) {
    uint64_t t = now_ns();
    if (!profile_last) {
        /* The first mark starts the clock (main's first statement). */
        atexit(profile_print);
        profile_last = now_ns();
        return;
    }
    /* A part marked twice (the signal set-up, done again by w2n_call) adds up. */
    int i = 0;
    while (i < profile_len && strcmp(profile[i].part, part) != 0) i++;
    if (i < 32) {
        if (i == profile_len) profile[profile_len++].part = part;
        profile[i].ns += t - profile_last;
    }
    profile_last = now_ns(); /* the mark's own cost is not counted */
}
#endif

/* ---- helpers ------------------------------------------------------------------------ */

static int fail(char* err, size_t err_len, int code, const char* fmt, ...) {
    if (err && err_len) {
        va_list ap;
        va_start(ap, fmt);
        w2n_vsnprintf(err, err_len, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* Places an array of `n` elements of `size` bytes at the end of an allocation of
 * *total bytes (16-byte aligned): returns its offset and grows *total; clears *ok on
 * overflow. */
static uint64_t place(uint64_t* total, uint64_t n, size_t size, int* ok) {
    uint64_t at = (*total + 15) & ~(uint64_t)15;
    if (n > (UINT64_MAX / 4) / size || at > UINT64_MAX / 4) *ok = 0;
    else *total = at + n * size;
    return at;
}

static int in_bounds(uint64_t off, uint64_t len, uint64_t size) {
    return off <= size && len <= size - off;
}

static const char* kind_name(uint64_t kind) {
    switch (kind) {
    case W2N_EXTERN_FUNC: return "function";
    case W2N_EXTERN_TABLE: return "table";
    case W2N_EXTERN_MEMORY: return "memory";
    case W2N_EXTERN_GLOBAL: return "global";
    case W2N_EXTERN_TAG: return "tag";
    default: return "unknown kind";
    }
}

static w2n_trampoline_fn tramp_of(const w2n_module* m, uint64_t func) {
    return m->func_trampolines ? m->func_trampolines[func] : NULL;
}

/* A leaf of a constant expression (VALUE, GLOBAL_GET, REF_FUNC, REF_NULL). */
static void eval_leaf(w2n_instance* inst, const w2n_const_expr* e, w2n_global* out) {
    out->lo = 0;
    out->hi = 0;
    switch (e->kind) {
    case W2N_CONST_VALUE:
        out->lo = e->value;
        out->hi = e->value_hi;
        break;
    case W2N_CONST_GLOBAL_GET:
        if (e->value < inst->module->num_globals && inst->globals[e->value])
            *out = *inst->globals[e->value];
        break;
    case W2N_CONST_REF_FUNC:
        if (e->value < inst->module->num_funcs)
            out->lo = (uint64_t)(uintptr_t)inst->funcs[e->value];
        break;
    default: /* W2N_CONST_REF_NULL */
        break;
    }
}

/* An extended constant expression: `n` operations in postfix order. The compiler
 * checked the program (depth <= W2N_CONST_STACK, every operator has two operands);
 * a malformed one still cannot write outside the stack. i32 values are kept
 * zero-extended. */
static void eval_program(w2n_instance* inst, const w2n_const_expr* ops, uint64_t n,
                         w2n_global* out) {
    uint64_t stack[W2N_CONST_STACK];
    uint64_t sp = 0;
    out->lo = 0;
    out->hi = 0;
    for (uint64_t i = 0; i < n; i++) {
        const w2n_const_expr* e = &ops[i];
        if (e->kind >= W2N_CONST_I32_ADD && e->kind <= W2N_CONST_I64_MUL) {
            if (sp < 2) return;
            uint64_t b = stack[--sp], a = stack[sp - 1], r;
            switch (e->kind) {
            case W2N_CONST_I32_ADD: r = (uint32_t)(a + b); break;
            case W2N_CONST_I32_SUB: r = (uint32_t)(a - b); break;
            case W2N_CONST_I32_MUL: r = (uint32_t)((uint32_t)a * (uint32_t)b); break;
            case W2N_CONST_I64_ADD: r = a + b; break;
            case W2N_CONST_I64_SUB: r = a - b; break;
            default: r = a * b; break;
            }
            stack[sp - 1] = r;
        } else if (e->kind >= W2N_CONST_STRUCT_NEW && e->kind <= W2N_CONST_EXTERN_CONVERT_ANY) {
            /* The compiler sets gc_hooks in a module with GC constant operators. */
            if (!inst->module->gc_hooks) return;
            inst->module->gc_hooks->const_op(inst, e, stack, &sp);
        } else {
            if (sp == W2N_CONST_STACK || e->kind == W2N_CONST_EXPR) return;
            w2n_global v;
            eval_leaf(inst, e, &v);
            stack[sp++] = v.lo;
        }
    }
    if (sp == 1) out->lo = stack[0];
}

void w2n_eval_const(w2n_instance* inst, const w2n_const_expr* e, w2n_global* out) {
    if (e->kind == W2N_CONST_EXPR)
        eval_program(inst, (const w2n_const_expr*)(uintptr_t)e->value_hi, e->value, out);
    else
        eval_leaf(inst, e, out);
}

/* Check limits of an imported table/memory: current size `cur` and declared max `max`
 * of the provider against the import's `imin`/`imax`. NULL when compatible. */
static const char* limits_error(uint64_t cur, uint64_t max, uint64_t imin, uint64_t imax) {
    if (cur < imin) return "size smaller than the import's minimum";
    if (imax != W2N_NO_MAX && (max == W2N_NO_MAX || max > imax))
        return "maximum larger than the import's maximum";
    return NULL;
}

/* The canonical string of a plain reference type code (types.rs), NULL for others. */
static const char* plain_ref(uint64_t code) {
    return code == W2N_VAL_FUNCREF ? "RnF" : code == W2N_VAL_EXTERNREF ? "RnE" : NULL;
}

/* Appends the wasm text form of signature id `id` ("(i32, i64) -> (f32)") to buf. */
static void sig_text(uint64_t id, char* buf, size_t len) {
    static const char* const names[] = {"?", "i32", "i64", "f32", "f64", "v128", "funcref", "externref"};
    uint64_t t[2][W2N_SIG_MAX_TYPES];
    size_t n[2];
    if (w2n_sig_decode(id, t[0], &n[0], t[1], &n[1], W2N_SIG_MAX_TYPES) != 0) {
        w2n_snprintf(buf, len, "(no signature)");
        return;
    }
    size_t at = 0;
    for (int k = 0; k < 2; k++) {
        at += (size_t)w2n_snprintf(buf + at, at < len ? len - at : 0, "%s(", k ? " -> " : "");
        for (size_t i = 0; i < n[k]; i++) {
            const char* nm = i >= W2N_SIG_MAX_TYPES ? "..."
                             : t[k][i] < sizeof names / sizeof names[0] ? names[t[k][i]] : "ref";
            at += (size_t)w2n_snprintf(buf + at, at < len ? len - at : 0, "%s%s", i ? ", " : "", nm);
        }
        at += (size_t)w2n_snprintf(buf + at, at < len ? len - at : 0, ")");
    }
}

/* "function signature mismatch: ..." naming both signatures, in `why`. */
/* What bind_import returns for a function signature mismatch (with the signature given
 * in *got): bind_checked's error path words it (sig_mismatch), so that the buffers for
 * that are not on the stack of every import's binding. */
static const char sig_mismatch_marker[] = "function signature mismatch";

static const char* sig_mismatch(uint64_t want, uint64_t got, char* why, size_t len) {
    char a[128], b[128];
    sig_text(want, a, sizeof a);
    sig_text(got, b, sizeof b);
    w2n_snprintf(why, len, "function signature mismatch: the import is %s, the function given is %s", a,
             b);
    return why;
}

/* Bind import `imp` to `ext` in `p`. Returns NULL or why the types are incompatible (a
 * constant; sig_mismatch_marker with the function's signature in *got). */
static const char* bind_import(w2n_inst* p, const w2n_import* imp, const w2n_extern* ext,
                               uint64_t* got) {
    w2n_instance* inst = &p->pub;
    const w2n_module* m = inst->module;
    if (ext->kind != imp->kind) return "wrong kind of external";
    switch (imp->kind) {
    case W2N_EXTERN_FUNC: {
        if (imp->index >= m->num_imported_funcs) return "bad function index in module";
        if (ext->ptr) {
            w2n_funcref* fr = ext->ptr;
            if (!w2n_sig_eq(fr->type_id, imp->type_id)) {
                *got = fr->type_id;
                return sig_mismatch_marker;
            }
            inst->funcs[imp->index] = fr;
        } else if (ext->host_fn) {
            /* The runtime cannot see a C function's type: the embedder states it. */
            if (!ext->type)
                return "host function given without its signature id (w2n_extern.type is 0; "
                       "set it with w2n_sig_id(), or instantiate through the module's "
                       "generated header)";
            if (!w2n_sig_eq(ext->type, imp->type_id)) {
                *got = ext->type;
                return sig_mismatch_marker;
            }
            w2n_funcref* fr = &p->own_funcs[imp->index];
            /* Compiled code calls funcrefs with the wasm ABI: through the module's
             * adapter, which calls host_fn with the C ABI. */
            fr->code = m->import_adapters ? m->import_adapters[imp->index] : ext->host_fn;
            fr->host_fn = ext->host_fn;
            fr->vmctx = inst;
            fr->type_id = imp->type_id;
            fr->trampoline = tramp_of(m, imp->index);
            inst->funcs[imp->index] = fr;
        } else {
            return "no function provided";
        }
        return NULL;
    }
    case W2N_EXTERN_GLOBAL:
        if (imp->index >= m->num_imported_globals) return "bad global index in module";
        if (!ext->ptr) return "no global provided";
        if (ext->ref_type || m->globals[imp->index].ref_type) {
            /* Typed references: the same mutability, and a subtype (immutable) or the
             * same type (mutable). */
            const char* a = ext->ref_type ? ext->ref_type : plain_ref(ext->type & 0xff);
            const char* b = m->globals[imp->index].ref_type;
            if (!b) b = plain_ref(imp->type_id & 0xff);
            if (!a || !b || (ext->type >> 8) != (imp->type_id >> 8))
                return "global type or mutability mismatch";
            if ((imp->type_id >> 8) ? strcmp(a, b) != 0 : !w2n_ref_subtype(a, b))
                return "global type mismatch";
        } else if (ext->type != imp->type_id) {
            return "global type or mutability mismatch";
        }
        inst->globals[imp->index] = ext->ptr;
        return NULL;
    case W2N_EXTERN_TABLE: {
        if (imp->index >= m->num_imported_tables) return "bad table index in module";
        w2n_table* t = ext->ptr;
        if (!t) return "no table provided";
        const w2n_table_def* d = &m->tables[imp->index];
        uint64_t et = ext->type ? ext->type : t->elem_type;
        if (et != d->elem_type || t->elem_type != d->elem_type) return "element type mismatch";
        const char* ta = ext->ref_type ? ext->ref_type : t->ref_type;
        if ((ta || d->ref_type) && (!ta || !d->ref_type || strcmp(ta, d->ref_type) != 0))
            return "element type mismatch";
        if (t->index64 != d->index64) return "index type (i32/i64) mismatch";
        const char* why = limits_error(t->size, ext->max, d->min, d->max);
        if (why) return why;
        inst->tables[imp->index] = t;
        p->table_decl_max[imp->index] = ext->max;
        return NULL;
    }
    case W2N_EXTERN_MEMORY: {
        w2n_memory* mem = ext->ptr;
        if (imp->index >= m->num_imported_memories) return "bad memory index in module";
        if (!mem) return "no memory provided";
        const w2n_memory_def* d = &m->memories[imp->index];
        if (mem->index64 != d->index64) return "index type (i32/i64) mismatch";
        if (!mem->shared != !d->shared) return "shared/unshared memory mismatch";
        /* Compiled code may leave an access to fault in the guard band after the size
         * (memory.c, reserve_rw): only a memory the runtime made has one. */
        if (mem->max_pages && (mem->reserved < W2N_GUARD_BAND ||
                               (mem->reserved - W2N_GUARD_BAND) / W2N_PAGE_SIZE < mem->max_pages))
            return "memory has no guard band (not made by w2n_memory_new or an instance)";
        /* Another thread may be growing a shared memory: an atomic read. */
        uint64_t pages = __atomic_load_n(&mem->size, __ATOMIC_ACQUIRE) / W2N_PAGE_SIZE;
        const char* why = limits_error(pages, ext->max, d->min, d->max);
        if (why) return why;
        inst->memories[imp->index] = mem;
        p->mem_decl_max[imp->index] = ext->max;
        return NULL;
    }
    case W2N_EXTERN_TAG: {
        if (imp->index >= m->num_imported_tags) return "bad tag index in module";
        w2n_tag* t = ext->ptr;
        if (!t) return "no tag provided";
        if (!w2n_sig_eq(t->type_id, imp->type_id)) return "tag type mismatch";
        inst->tags[imp->index] = t;
        return NULL;
    }
    default:
        return "unknown import kind";
    }
}

/* An executable's module and the initial image of its memory 0, when `wasm2native build`
 * laid one out (lib.rs, memory_image: every active data segment at a constant offset
 * in memory 0, within its initial size): the bytes from address w2n_main_image_start (a
 * multiple of 4096) on; absent (NULL) in other programs. The descriptor then leaves out
 * the active segments' bytes. */
extern const w2n_module w2n_main_module __attribute__((weak));
extern const uint8_t w2n_main_image[] __attribute__((weak));
extern const uint64_t w2n_main_image_start __attribute__((weak));
extern const uint64_t w2n_main_image_len __attribute__((weak));

/* Apply active segments, drop active/declarative ones. Returns 0 or a trap code. */
static int init_segments(w2n_inst* p) {
    w2n_instance* inst = &p->pub;
    const w2n_module* m = inst->module;
    for (uint64_t j = 0; j < m->num_elems; j++) {
        const w2n_elem_seg* s = &m->elems[j];
        if (s->mode == W2N_ELEM_ACTIVE) {
            if (s->table >= m->num_tables) return W2N_TRAP_TABLE_OOB;
            w2n_table* t = inst->tables[s->table];
            w2n_global off;
            w2n_eval_const(inst, &s->offset, &off);
            /* A 64-bit table (table64) has an i64 offset. */
            uint64_t o = m->tables[s->table].index64 ? off.lo : (uint32_t)off.lo;
            if (!in_bounds(o, s->count, t->size)) return W2N_TRAP_TABLE_OOB;
            for (uint64_t k = 0; k < s->count; k++) t->elems[o + k] = w2n_elem_item(inst, s, k);
        }
        if (s->mode != W2N_ELEM_PASSIVE) p->elem_dropped[j] = 1;
    }
    if (m == &w2n_main_module && w2n_main_image && &w2n_main_image_len &&
        &w2n_main_image_start && m->num_memories > m->num_imported_memories &&
        m->num_imported_memories == 0) {
        /* The image is every active segment applied: none can trap. */
        if (w2n_memory_init_image(inst->memories[0], w2n_main_image, w2n_main_image_start,
                                  w2n_main_image_len) < 0)
            return W2N_TRAP_MEMORY_OOB;
        for (uint64_t j = 0; j < m->num_data; j++)
            if (m->data[j].active) p->data_dropped[j] = 1;
        return 0;
    }
    for (uint64_t j = 0; j < m->num_data; j++) {
        const w2n_data_seg* s = &m->data[j];
        if (!s->active) continue;
        w2n_memory* mem = s->memory < m->num_memories ? inst->memories[s->memory] : NULL;
        w2n_global off;
        w2n_eval_const(inst, &s->offset, &off);
        /* An i64 offset for a 64-bit memory, else an i32 one. */
        uint64_t o = mem && mem->index64 ? off.lo : (uint32_t)off.lo;
        if (!mem || !in_bounds(o, s->len, __atomic_load_n(&mem->size, __ATOMIC_ACQUIRE)))
            return W2N_TRAP_MEMORY_OOB;
        if (s->len) memcpy(mem->base + o, s->bytes, (size_t)s->len);
        p->data_dropped[j] = 1;
    }
    return 0;
}

/* ---- instantiation ------------------------------------------------------------------ */

/* The message of bind_import's answer `why` for `imp`. Not inlined: its buffers are not
 * on the stack unless an import does not match. */
__attribute__((noinline, cold)) static int import_type_error(const w2n_import* imp,
                                                             const char* why, uint64_t got,
                                                             char* err, size_t err_len) {
    char detail[512];
    if (why == sig_mismatch_marker) why = sig_mismatch(imp->type_id, got, detail, sizeof detail);
    fail(err, err_len, 0, "incompatible import type for \"%.*s\".\"%.*s\" (%s): %s",
         (int)imp->module_len, imp->module, (int)imp->name_len, imp->name,
         kind_name(imp->kind), why);
    return -1;
}

/* bind_import, with the error message when the types do not match: 0 or -1. */
static int bind_checked(w2n_inst* p, const w2n_import* imp, const w2n_extern* ext, char* err,
                        size_t err_len) {
    uint64_t got = 0;
    const char* why = bind_import(p, imp, ext, &got);
    if (!why) return 0;
    return import_type_error(imp, why, got, err, err_len);
}

int w2n_instantiate(w2n_store* store, const w2n_module* m, w2n_resolver resolver, void* env,
                    void* host_data, w2n_instance** out, char* err, size_t err_len) {
    if (out) *out = NULL;
    if (err && err_len) err[0] = 0;
    if (!store || !m || m->magic != W2N_INSTANCE_MAGIC || m->abi_version != W2N_ABI_VERSION)
        return fail(err, err_len, W2N_ERR_INSTANTIATE,
                    "module descriptor is invalid or of another ABI version");
    if (w2n_cpu_check(m, err, err_len) != 0) return W2N_ERR_CPU;
    W2N_PROFILE("CPU feature check");
    /* mem0_offset: compiled code finds memory 0 (defined, not shared) W2N_MEM0_OFFSET
     * bytes after the instance, so the instance lives in memory 0's reservation. */
    int at_vmctx = m->mem0_offset != 0;
    if (at_vmctx && (m->mem0_offset != W2N_MEM0_OFFSET || m->num_imported_memories != 0 ||
                     m->num_memories == 0 || m->memories[0].shared))
        return fail(err, err_len, W2N_ERR_INSTANTIATE,
                    "module descriptor has an invalid mem0_offset");
    uint64_t n_def_tables = m->num_tables - m->num_imported_tables;
    uint64_t n_def_globals = m->num_globals - m->num_imported_globals;
    uint64_t n_def_memories = m->num_memories - m->num_imported_memories;
    /* One allocation (at start-up each new malloc size class costs the C library fresh
     * pages): the defined globals' cells, then the instance (compiled code reaches a
     * defined global at a constant offset before it, W2N_DEFINED_GLOBAL), then the
     * instance's arrays. With mem0_offset, the start of memory 0's reservation
     * (w2n_instance_map): the instance, its globals at W2N_MEM0_GLOBALS after it, then
     * the arrays, all before memory 0 W2N_MEM0_OFFSET bytes after the instance (one
     * page for most modules); arrays that do not fit there precede the instance. */
    uint64_t g_bytes = n_def_globals * sizeof(w2n_global);
    uint64_t start = at_vmctx ? W2N_MEM0_GLOBALS + g_bytes : g_bytes + sizeof(w2n_inst);
    if (start > W2N_MEM0_OFFSET && at_vmctx)
        return fail(err, err_len, W2N_ERR_INSTANTIATE,
                    "module descriptor has an invalid mem0_offset");
    uint64_t size = start;
    int ok = 1;
    uint64_t o_globals = place(&size, m->num_globals, sizeof(w2n_global*), &ok);
    uint64_t o_tables = place(&size, m->num_tables, sizeof(w2n_table*), &ok);
    uint64_t o_funcs = place(&size, m->num_funcs, sizeof(w2n_funcref*), &ok);
    uint64_t o_own_tables = place(&size, n_def_tables, sizeof(w2n_table), &ok);
    uint64_t o_own_funcs = place(&size, m->num_funcs, sizeof(w2n_funcref), &ok);
    uint64_t o_memories = place(&size, m->num_memories, sizeof(w2n_memory*), &ok);
    uint64_t o_own_memories = place(&size, n_def_memories, sizeof(w2n_memory), &ok);
    uint64_t o_mem_max = place(&size, m->num_memories, sizeof(uint64_t), &ok);
    uint64_t o_table_max = place(&size, m->num_tables, sizeof(uint64_t), &ok);
    uint64_t o_data_dropped = place(&size, m->num_data, 1, &ok);
    uint64_t o_elem_dropped = place(&size, m->num_elems, 1, &ok);
    uint64_t o_tags = place(&size, m->num_tags, sizeof(w2n_tag*), &ok);
    uint64_t o_own_tags = place(&size, m->num_tags - m->num_imported_tags, sizeof(w2n_tag), &ok);
    /* The instance is at `base + o_inst`, array offsets are from `arrays`. */
    char* base = NULL;
    char* arrays = NULL;
    uint64_t o_inst = g_bytes;
    void* map = NULL;
    uint64_t map_len = 0;
    if (ok && size <= SIZE_MAX / 2 && at_vmctx) {
        const w2n_memory_def* d0 = &m->memories[0];
        uint64_t max = d0->max == W2N_NO_MAX ? W2N_MAX_PAGES : d0->max;
        int fits = size <= W2N_MEM0_OFFSET;
        uint64_t lead = fits ? 0 : (size - start + 15) & ~(uint64_t)15;
        base = w2n_instance_map(lead, fits ? size : start, d0->min, max,
                                m == &w2n_main_module, &map, &map_len);
        o_inst = 0;
        if (!base)
            return fail(err, err_len, W2N_ERR_INSTANTIATE,
                        "cannot allocate memory 0 of %llu pages (max %llu)",
                        (unsigned long long)d0->min, (unsigned long long)max);
        arrays = fits ? base : base - lead - start;
    } else if (ok && size <= SIZE_MAX) {
        base = arrays = w2n_calloc(1, (size_t)size);
    }
    if (!base) return fail(err, err_len, W2N_ERR_INSTANTIATE, "out of memory");
    w2n_inst* p = (w2n_inst*)(void*)(base + o_inst);
    p->own_globals = at_vmctx ? W2N_MEM0_DEFINED_GLOBAL(p, 0) : (w2n_global*)(void*)base;
    p->map = map;
    p->map_len = map_len;
    w2n_instance* inst = &p->pub;
    inst->magic = W2N_INSTANCE_MAGIC;
    inst->store = &store->abi;
    /* The store's current limit (outermost_entry keeps every instance's copy equal to
     * it): a store already running, that instantiates from a host function, has no
     * other outermost w2n_call to set it. */
    inst->stack_limit = store->abi.stack_limit;
    inst->module = m;
    inst->host_data = host_data;
    p->store = store;
    inst->globals = (w2n_global**)(void*)(arrays + o_globals);
    inst->tables = (w2n_table**)(void*)(arrays + o_tables);
    inst->funcs = (w2n_funcref**)(void*)(arrays + o_funcs);
    p->own_tables = (w2n_table*)(void*)(arrays + o_own_tables);
    p->num_own_tables = n_def_tables;
    p->own_funcs = (w2n_funcref*)(void*)(arrays + o_own_funcs);
    inst->memories = (w2n_memory**)(void*)(arrays + o_memories);
    p->own_memories = (w2n_memory*)(void*)(arrays + o_own_memories);
    p->num_own_memories = n_def_memories;
    p->mem_decl_max = (uint64_t*)(void*)(arrays + o_mem_max);
    p->table_decl_max = (uint64_t*)(void*)(arrays + o_table_max);
    p->data_dropped = (uint8_t*)(arrays + o_data_dropped);
    p->elem_dropped = (uint8_t*)(arrays + o_elem_dropped);
    inst->tags = (w2n_tag**)(void*)(arrays + o_tags);
    p->own_tags = (w2n_tag*)(void*)(arrays + o_own_tags);
    W2N_PROFILE("instance allocation");

    /* 1. Resolve and check imports. */
    for (uint64_t i = 0; i < m->num_imports; i++) {
        const w2n_import* imp = &m->imports[i];
        w2n_extern ext;
        memset(&ext, 0, sizeof ext);
        ext.max = W2N_NO_MAX;
        int mlen = (int)imp->module_len, nlen = (int)imp->name_len;
        if (!resolver || !resolver(env, imp, &ext)) {
            inst_free(p);
            return fail(err, err_len, W2N_ERR_LINK, "unknown import \"%.*s\".\"%.*s\" (%s)", mlen,
                        imp->module, nlen, imp->name, kind_name(imp->kind));
        }
        if (bind_checked(p, imp, &ext, err, err_len) != 0) {
            inst_free(p);
            return W2N_ERR_LINK;
        }
    }
    for (uint64_t i = 0; i < m->num_imported_funcs; i++)
        if (!inst->funcs[i]) goto missing;
    for (uint64_t i = 0; i < m->num_imported_globals; i++)
        if (!inst->globals[i]) goto missing;
    for (uint64_t i = 0; i < m->num_imported_tables; i++)
        if (!inst->tables[i]) goto missing;
    for (uint64_t i = 0; i < m->num_imported_memories; i++)
        if (!inst->memories[i]) goto missing;
    for (uint64_t i = 0; i < m->num_imported_tags; i++)
        if (!inst->tags[i]) goto missing;
    /* Defined tags: a new identity per instance. */
    for (uint64_t i = m->num_imported_tags; i < m->num_tags; i++) {
        w2n_tag* t = &p->own_tags[i - m->num_imported_tags];
        t->type_id = m->tag_types[i];
        t->num_params = m->tag_params[i];
        inst->tags[i] = t;
    }
    W2N_PROFILE("imports");

    /* 2. Memories, tables, functions, globals. A defined memory 0 lives in the instance
     * (memory0: compiled code reaches it without a load); the others in own_memories. */
    for (uint64_t i = m->num_imported_memories; i < m->num_memories; i++) {
        const w2n_memory_def* d = &m->memories[i];
        w2n_memory* mem = i == 0 ? &inst->memory0 : &p->own_memories[i - m->num_imported_memories];
        uint64_t max = d->max == W2N_NO_MAX ? W2N_MAX_PAGES : d->max;
        int r = i == 0 && at_vmctx
                    ? w2n_memory_create_at(mem, (uint8_t*)inst + W2N_MEM0_OFFSET, d->min, max)
                    : w2n_memory_create(mem, d->min, max);
        if (r != 0) {
            inst_free(p);
            return fail(err, err_len, W2N_ERR_INSTANTIATE,
                        "cannot allocate memory %llu of %llu pages (max %llu)",
                        (unsigned long long)i, (unsigned long long)d->min,
                        (unsigned long long)max);
        }
        mem->index64 = d->index64 ? 1 : 0;
        mem->shared = d->shared ? 1 : 0;
        inst->memories[i] = mem;
        p->mem_decl_max[i] = d->max;
    }
    inst->memory = m->num_memories ? inst->memories[0] : NULL;
    W2N_PROFILE("memory reservation");
    for (uint64_t i = m->num_imported_tables; i < m->num_tables; i++) {
        const w2n_table_def* d = &m->tables[i];
        w2n_table* t = &p->own_tables[i - m->num_imported_tables];
        if (w2n_table_create(t, d->elem_type, d->min, d->max) != 0) {
            inst_free(p);
            return fail(err, err_len, W2N_ERR_INSTANTIATE, "cannot allocate table %llu",
                        (unsigned long long)i);
        }
        t->ref_type = d->ref_type;
        t->index64 = d->index64;
        inst->tables[i] = t;
        p->table_decl_max[i] = d->max;
    }
    for (uint64_t i = m->num_imported_funcs; i < m->num_funcs; i++) {
        w2n_funcref* fr = &p->own_funcs[i];
        fr->code = m->func_code[i - m->num_imported_funcs];
        fr->vmctx = inst;
        fr->type_id = m->type_ids[m->func_types[i]];
        fr->trampoline = tramp_of(m, i);
        inst->funcs[i] = fr;
    }
    if (m->gc_hooks && m->gc_hooks->instance_init(inst) != 0) {
        inst_free(p);
        return fail(err, err_len, W2N_ERR_INSTANTIATE, "out of memory");
    }
    for (uint64_t i = m->num_imported_globals; i < m->num_globals; i++) {
        uint64_t j = i - m->num_imported_globals;
        w2n_global* g = at_vmctx ? W2N_MEM0_DEFINED_GLOBAL(inst, j)
                                 : W2N_DEFINED_GLOBAL(inst, n_def_globals, j);
        w2n_eval_const(inst, &m->globals[i].init, g);
        inst->globals[i] = g;
    }

    /* Table initializer expressions (typed function references), after the globals
     * they may read. */
    for (uint64_t i = m->num_imported_tables; i < m->num_tables; i++) {
        const w2n_const_expr* e = &m->tables[i].init;
        if (e->kind == W2N_CONST_REF_NULL || (e->kind == W2N_CONST_VALUE && e->value == 0))
            continue;
        w2n_global v;
        w2n_eval_const(inst, e, &v);
        w2n_table* t = inst->tables[i];
        for (uint64_t k = 0; k < t->size; k++) t->elems[k] = (void*)(uintptr_t)v.lo;
    }

    W2N_PROFILE("tables, functions, globals");

    /* From here on the instance may be referenced from imported tables: keep it. */
    p->next = store->instances;
    store->instances = p;

    /* 3. Segments. */
    int code = init_segments(p);
    if (code)
        return fail(err, err_len, W2N_ERR_INSTANTIATE, "%s", w2n_trap_message(code));
    W2N_PROFILE("data and element segments");

    /* 4. Start function. */
    if (m->start_func != W2N_NONE) {
        w2n_val vals[4];
        memset(vals, 0, sizeof vals);
        code = m->start_func < m->num_funcs ? w2n_call(store, inst->funcs[m->start_func], vals)
                                            : W2N_TRAP_UNDEFINED_ELEMENT;
        if (code) {
            if (code == W2N_TRAP_HOST && store->rec->host_error[0])
                return fail(err, err_len, code, "%s: %s", w2n_trap_message(code),
                            store->rec->host_error);
            return fail(err, err_len, code, "%s", w2n_trap_message(code));
        }
    }
    if (out) *out = inst;
    return W2N_OK;

missing:
    inst_free(p);
    return fail(err, err_len, W2N_ERR_LINK, "module descriptor has an import left unbound");
}

/* ---- exports ------------------------------------------------------------------------ */

static const w2n_export* find_export(const w2n_module* m, const char* name) {
    size_t len = strlen(name);
    for (uint64_t i = 0; i < m->num_exports; i++) {
        const w2n_export* e = &m->exports[i];
        if (e->name_len == len && memcmp(e->name, name, len) == 0) return e;
    }
    return NULL;
}

int w2n_instance_export(w2n_instance* inst, const char* name, w2n_extern* out) {
    /* One lookup: the by-length form (names may contain NUL) in host_objects.c. */
    return w2n_instance_export_n(inst, name, strlen(name), out);
}

int w2n_call_export(w2n_instance* inst, const char* name, w2n_val* vals) {
    const w2n_export* e = find_export(inst->module, name);
    if (!e || e->kind != W2N_EXTERN_FUNC) return -1;
    return w2n_call(w2n_store_of(inst), inst->funcs[e->index], vals);
}

void* w2n_instance_host_data(w2n_instance* inst) { return inst->host_data; }

w2n_store* w2n_instance_store(w2n_instance* inst) { return w2n_store_of(inst); }
