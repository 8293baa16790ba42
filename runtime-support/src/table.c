/* table.c: tables (creation, growth), table.* bulk operations, elem.drop, w2n_sig_eq,
 * w2n_ref_subtype. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int w2n_table_create(w2n_table* t, uint64_t elem_type, uint64_t min, uint64_t max) {
    memset(t, 0, sizeof *t);
    if (max == W2N_NO_MAX || max > W2N_MAX_TABLE_ELEMS) max = W2N_MAX_TABLE_ELEMS;
    if (min > max) return -1;
    t->elem_type = elem_type;
    t->max = max;
    if (min) {
        t->elems = w2n_calloc((size_t)min, sizeof(void*));
        if (!t->elems) return -1;
    }
    t->size = min;
    return 0;
}

void w2n_table_destroy(w2n_table* t) {
    w2n_free(t->elems);
    memset(t, 0, sizeof *t);
}

static int in_bounds(uint64_t off, uint64_t len, uint64_t size) {
    return off <= size && len <= size - off;
}

static w2n_table* table_at(w2n_instance* inst, uint32_t idx) {
    if (idx >= inst->module->num_tables) w2n_trap(inst, W2N_TRAP_TABLE_OOB); /* invalid wasm */
    return inst->tables[idx];
}

void* w2n_elem_item(w2n_instance* inst, const w2n_elem_seg* seg, uint64_t i) {
    /* GC: a segment whose items allocate is evaluated once (its objects keep their
     * identity across array.new_elem/table.init). */
    /* gc_types is set only by the hooks of a module that has them. */
    if (inst->gc_types && seg->items[i].kind == W2N_CONST_EXPR)
        return inst->module->gc_hooks->elem_item(inst, seg, i);
    w2n_global v;
    w2n_eval_const(inst, &seg->items[i], &v);
    return (void*)(uintptr_t)v.lo;
}

uint32_t w2n_table_grow(w2n_instance* inst, uint32_t idx, void* init, uint32_t delta) {
    w2n_table* t = table_at(inst, idx);
    uint64_t old = t->size;
    if (delta == 0) return (uint32_t)old;
    if (delta > t->max - old) return UINT32_MAX;
    uint64_t n = old + delta;
    if (n > SIZE_MAX / sizeof(void*)) return UINT32_MAX;
    void** e = w2n_realloc(t->elems, (size_t)old * sizeof(void*), (size_t)n * sizeof(void*));
    if (!e) return UINT32_MAX;
    for (uint64_t i = old; i < n; i++) e[i] = init;
    t->elems = e;
    t->size = n;
    return (uint32_t)old;
}

void w2n_table_fill(w2n_instance* inst, uint32_t idx, uint32_t dst, void* value, uint32_t len) {
    w2n_table* t = table_at(inst, idx);
    if (!in_bounds(dst, len, t->size)) w2n_trap(inst, W2N_TRAP_TABLE_OOB);
    for (uint32_t i = 0; i < len; i++) t->elems[(uint64_t)dst + i] = value;
}

void w2n_table_copy(w2n_instance* inst, uint32_t dst_idx, uint32_t src_idx, uint32_t dst,
                    uint32_t src, uint32_t len) {
    w2n_table* d = table_at(inst, dst_idx);
    w2n_table* s = table_at(inst, src_idx);
    if (!in_bounds(dst, len, d->size) || !in_bounds(src, len, s->size))
        w2n_trap(inst, W2N_TRAP_TABLE_OOB);
    if (len) memmove(d->elems + dst, s->elems + src, (size_t)len * sizeof(void*));
}

void w2n_table_init(w2n_instance* inst, uint32_t idx, uint32_t seg, uint32_t dst, uint32_t src,
                    uint32_t len) {
    w2n_table* t = table_at(inst, idx);
    if (seg >= inst->module->num_elems) w2n_trap(inst, W2N_TRAP_TABLE_OOB); /* invalid wasm */
    const w2n_elem_seg* e = &inst->module->elems[seg];
    uint64_t seg_len = w2n_priv(inst)->elem_dropped[seg] ? 0 : e->count;
    if (!in_bounds(src, len, seg_len) || !in_bounds(dst, len, t->size))
        w2n_trap(inst, W2N_TRAP_TABLE_OOB);
    for (uint32_t i = 0; i < len; i++)
        t->elems[(uint64_t)dst + i] = w2n_elem_item(inst, e, (uint64_t)src + i);
}

void w2n_elem_drop(w2n_instance* inst, uint32_t seg) {
    if (seg < inst->module->num_elems) w2n_priv(inst)->elem_dropped[seg] = 1;
}

/* Length of the first segment of a canonical signature string. */
static size_t seg_len(const char* s) {
    const char* nl = strchr(s, W2N_SIG_SUPERTYPE_SEP);
    return nl ? (size_t)(nl - s) : strlen(s);
}

/* 1 when a function of signature id `a` may be used where `b` is expected: the same
 * signature, or (typed strings, compiler/src/types.rs) `a` declares `b` among its
 * supertypes: one of a's '\n'-separated segments is b's first segment. */
uint32_t w2n_sig_eq(uint64_t a, uint64_t b) {
    if (a == b) return 1;
    if ((a & W2N_SIG_EXACT) || (b & W2N_SIG_EXACT) || a == 0 || b == 0) return 0;
    const char* sa = (const char*)(uintptr_t)a;
    const char* sb = (const char*)(uintptr_t)b;
    size_t lb = seg_len(sb);
    for (;;) {
        size_t la = seg_len(sa);
        if (la == lb && memcmp(sa, sb, lb) == 0) return 1;
        if (sa[la] != W2N_SIG_SUPERTYPE_SEP) return 0;
        sa += la + 1;
    }
}

/* End of the balanced token starting at `s` ('[' ... ']' or '{' ... '}'), or NULL. */
static const char* close_of(const char* s) {
    int depth = 0;
    for (; *s; s++) {
        if (*s == '[' || *s == '{') depth++;
        if ((*s == ']' || *s == '}') && --depth == 0) return s + 1;
    }
    return NULL;
}

/* Heap type `a` is a subtype of `b`: abstract letters, or `{chain}` (a concrete
 * function type) on one side only (types.rs). */
static int heap_subtype(const char* a, const char* b) {
    char hb = *b == '{' ? 'C' : *b; /* C: a concrete (function) type */
    char ha = *a == '{' ? 'C' : *a;
    switch (ha) {
    case 'f': return hb == 'F' || hb == 'C';           /* nofunc */
    case 'C': return hb == 'F';                        /* function types */
    case 'e': return hb == 'E';                        /* noextern */
    case 'x': return hb == 'X';                        /* noexn */
    case 'O': return hb == 'A' || hb == 'Q' || hb == 'I' || hb == 'S' || hb == 'Y';
    case 'I': case 'S': case 'Y': return hb == 'Q' || hb == 'A';
    case 'Q': return hb == 'A';
    default: return 0;
    }
}

/* Length of one key of a `{chain}`: `[...]@N`. */
static size_t key_len(const char* k) {
    const char* e = close_of(k);
    if (!e) return 0;
    while (*e == '@' || (*e >= '0' && *e <= '9')) e++;
    return (size_t)(e - k);
}

int w2n_ref_subtype(const char* a, const char* b) {
    if (strcmp(a, b) == 0) return 1;
    if (a[0] != 'R' || b[0] != 'R') return 0;
    if (a[1] == 'n' && b[1] != 'n') return 0; /* nullable is not below non-nullable */
    const char* ha = a + 2;
    const char* hb = b + 2;
    if (*ha == '{' && *hb == '{') {
        /* b's own (first) key must be one of a's chain. */
        const char* kb = hb + 1;
        size_t lkb = key_len(kb);
        for (const char* k = ha + 1; *k == '[';) {
            size_t lk = key_len(k);
            if (!lk) return 0;
            if (lk == lkb && memcmp(k, kb, lk) == 0) return 1;
            if (k[lk] != '\n') return 0;
            k += lk + 1;
        }
        return 0;
    }
    if (strcmp(ha, hb) == 0) return 1;
    return heap_subtype(ha, hb);
}

w2n_table* w2n_table_new(w2n_store* store, uint64_t elem_type, uint64_t min, uint64_t max) {
    if (max != W2N_NO_MAX && max < min) return NULL;
    w2n_owned* o = calloc(1, sizeof *o);
    if (!o) return NULL;
    if (w2n_table_create(&o->u.table, elem_type, min, max) != 0) {
        free(o);
        return NULL;
    }
    o->kind = W2N_EXTERN_TABLE;
    o->next = store->owned;
    store->owned = o;
    return &o->u.table;
}

w2n_global* w2n_global_new(w2n_store* store, w2n_val value) {
    w2n_owned* o = calloc(1, sizeof *o);
    if (!o) return NULL;
    o->kind = W2N_EXTERN_GLOBAL;
    o->u.global.lo = value.lo;
    o->u.global.hi = value.hi;
    o->next = store->owned;
    store->owned = o;
    return &o->u.global;
}
