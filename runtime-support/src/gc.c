/* gc.c: Wasm GC objects (structs, arrays, boxes for the any/extern conversions), their
 * canonical run-time types, casts, and a precise non-moving mark-sweep collector.
 *
 * References are object addresses (16-byte aligned) or tagged i31 values ((v<<1)|1);
 * null is 0. An object starts with a header: word 0 is its `w2n_rtt*` (bit 0 is the
 * mark bit during a collection), word 1 holds an array's length in its low 32 bits.
 *
 * Run-time types are interned per process by canonical key (compiler/src/types.rs), so
 * two modules' identical types share one `w2n_rtt`; each has a supertype display
 * (its ancestors by depth, itself last), so a subtype test is one bounds check and one
 * load: `t->depth >= s->depth && t->display[s->depth] == s`, as in Wasmtime.
 *
 * The heap is per store: objects up to GC_SMALL_MAX bytes live in 64 KiB blocks of one
 * size class each (free lists per class, rebuilt by a lazy sweep); bigger ones are
 * allocated one by one. A
 * hash set of the (64 KiB-aligned) blocks and one of the large objects answer "is this an
 * object of ours" (any.convert_extern, and the collector's filter for reference slots
 * that may hold host values or funcrefs). Roots: every global and table element of the
 * store's instances and standalone objects, exception values, and the reference slots
 * of every wasm frame, which the compiler lists per call site (Cranelift user stack
 * maps, `w2n_stack_map`); no stack word is ever guessed to be a reference. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

enum { RTT_STRUCT = 1, RTT_ARRAY = 2, RTT_HOSTBOX = 3, RTT_I31BOX = 4 };

typedef struct w2n_rtt {
    uint64_t kind;
    char* key;
    uint32_t depth;
    uint32_t size; /* struct: object bytes; array: element bytes; boxes: object bytes */
    const struct w2n_rtt** display; /* ancestors by depth, display[depth] == this */
    uint32_t num_refs;
    uint32_t num_fields;
    uint32_t* ref_offsets;
    uint32_t* field_info;
    struct w2n_rtt* next; /* intern hash chain */
} w2n_rtt;

typedef struct {
    uintptr_t rtt; /* | 1 while marked */
    uint32_t len;
    uint32_t pad;
} gc_hdr;

static const w2n_rtt hostbox_rtt = {RTT_HOSTBOX, NULL, 0, 24, NULL, 0, 0, NULL, NULL, NULL};
static const w2n_rtt i31box_rtt = {RTT_I31BOX, NULL, 0, 24, NULL, 0, 0, NULL, NULL, NULL};

/* ---- interning ---------------------------------------------------------------------- */

#define RTT_BUCKETS 4096
static w2n_rtt* rtt_table[RTT_BUCKETS];
static pthread_mutex_t rtt_lock = PTHREAD_MUTEX_INITIALIZER;

static uint64_t hash_str(const char* s) {
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 1099511628211ull;
    return h;
}

static uint32_t* dup_u32(const uint32_t* p, uint64_t n) {
    if (!n || !p) return NULL;
    uint32_t* r = malloc(n * sizeof *r);
    if (r) memcpy(r, p, n * sizeof *r);
    return r;
}

/* The canonical rtt of `d`, whose supertype (if any) is `sup`. NULL when out of memory. */
static const w2n_rtt* intern(const w2n_gc_type_def* d, const w2n_rtt* sup) {
    uint64_t h = hash_str(d->key) % RTT_BUCKETS;
    pthread_mutex_lock(&rtt_lock);
    w2n_rtt* r;
    for (r = rtt_table[h]; r; r = r->next)
        if (!strcmp(r->key, d->key)) break;
    if (!r && (r = calloc(1, sizeof *r))) {
        r->kind = d->kind == W2N_GC_STRUCT ? RTT_STRUCT : RTT_ARRAY;
        r->key = strdup(d->key);
        r->size = (uint32_t)d->size;
        r->num_refs = (uint32_t)d->num_refs;
        r->num_fields = (uint32_t)d->num_fields;
        r->ref_offsets = dup_u32(d->ref_offsets, d->kind == W2N_GC_STRUCT ? d->num_refs : 0);
        r->field_info = dup_u32(d->field_info, d->num_fields);
        r->depth = sup ? sup->depth + 1 : 0;
        r->display = malloc((r->depth + 1) * sizeof *r->display);
        if (!r->key || !r->display) {
            free(r->key);
            free(r->display);
            free(r);
            r = NULL;
        } else {
            for (uint32_t i = 0; i < r->depth; i++) r->display[i] = sup->display[i];
            r->display[r->depth] = r;
            r->next = rtt_table[h];
            rtt_table[h] = r;
        }
    }
    pthread_mutex_unlock(&rtt_lock);
    return r;
}

static int instance_init(w2n_instance* inst) {
    const w2n_module* m = inst->module;
    if (!m->gc_types) return 0;
    const w2n_rtt** t = calloc(m->num_types ? m->num_types : 1, sizeof *t);
    if (!t) return -1;
    for (uint64_t i = 0; i < m->num_types; i++) {
        const w2n_gc_type_def* d = &m->gc_types[i];
        if (d->kind == W2N_GC_FUNC || !d->key) continue;
        const w2n_rtt* sup = d->supertype < i ? t[d->supertype] : NULL;
        if (!(t[i] = intern(d, sup))) {
            free(t);
            return -1;
        }
    }
    inst->gc_types = (const struct w2n_rtt**)t;
    return 0;
}

/* ---- the heap ----------------------------------------------------------------------- */

#define GC_BLOCK (64 * 1024)
#define GC_GRANULE W2N_GC_GRANULE
#define GC_SMALL_MAX W2N_GC_INLINE_MAX /* compiled code allocates these inline too */
#define GC_NCLASS (GC_SMALL_MAX / GC_GRANULE + 1)
#define GC_BLOCK_HDR 32

typedef struct gc_block {
    struct gc_block* next;
    struct gc_block* next_unswept; /* on its class's list of blocks still to sweep */
    uint32_t obj_size;
    uint32_t count;
    uint64_t pad;
} gc_block;

typedef struct gc_large {
    struct gc_large* next;
    size_t size;
} gc_large; /* 16 bytes: the object follows, 16-byte aligned */

/* A set of addresses: open addressing, linear probing, deletion by backward shift. */
typedef struct {
    uintptr_t* slots; /* 0 = empty */
    size_t cap, n;    /* cap is a power of two */
} ptrset;

static size_t ptr_hash(uintptr_t p, size_t cap) {
    return (size_t)((p >> 4) * 0x9E3779B97F4A7C15ull >> 17) & (cap - 1);
}

static int set_has(const ptrset* s, uintptr_t p) {
    if (!s->cap) return 0;
    for (size_t i = ptr_hash(p, s->cap);; i = (i + 1) & (s->cap - 1)) {
        if (s->slots[i] == p) return 1;
        if (!s->slots[i]) return 0;
    }
}

static int set_add(ptrset* s, uintptr_t p) {
    if (2 * (s->n + 1) > s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 64;
        uintptr_t* slots = calloc(cap, sizeof *slots);
        if (!slots) return -1;
        for (size_t k = 0; k < s->cap; k++) {
            uintptr_t q = s->slots[k];
            if (!q) continue;
            size_t i = ptr_hash(q, cap);
            while (slots[i]) i = (i + 1) & (cap - 1);
            slots[i] = q;
        }
        free(s->slots);
        s->slots = slots;
        s->cap = cap;
    }
    size_t i = ptr_hash(p, s->cap);
    while (s->slots[i]) i = (i + 1) & (s->cap - 1);
    s->slots[i] = p;
    s->n++;
    return 0;
}

static void set_del(ptrset* s, uintptr_t p) {
    if (!s->cap) return;
    size_t i = ptr_hash(p, s->cap);
    while (s->slots[i] != p) {
        if (!s->slots[i]) return;
        i = (i + 1) & (s->cap - 1);
    }
    s->slots[i] = 0;
    s->n--;
    /* Move later entries of the run back into the hole when their home allows. */
    for (size_t j = (i + 1) & (s->cap - 1); s->slots[j]; j = (j + 1) & (s->cap - 1)) {
        size_t home = ptr_hash(s->slots[j], s->cap);
        if (((j - home) & (s->cap - 1)) >= ((j - i) & (s->cap - 1))) {
            s->slots[i] = s->slots[j];
            s->slots[j] = 0;
            i = j;
        }
    }
}

/* The small objects' free lists are `free`, which the store's `abi.gc_free` points to
 * so that compiled code allocates from them inline (translate/gc.rs): a free slot is
 * all zero but for its link to the next free slot at W2N_GC_FREE_LINK (inside the
 * header, so even a 16-byte object holds it), and taking one is a pop plus storing
 * the header. The bytes allocated since the last collection are counted down in
 * `abi.gc_budget`, which compiled code decrements too: when it would go negative, it
 * calls the runtime instead, which collects. */
struct w2n_gc_heap {
    void* free[GC_NCLASS];
    gc_block* unswept[GC_NCLASS]; /* blocks not swept since the last marking */
    gc_block* blocks;
    gc_large* large;
    ptrset block_set;   /* addresses of the blocks (GC_BLOCK-aligned) */
    ptrset large_set;   /* addresses of the large objects */
    size_t heap_bytes;  /* bytes in blocks and large objects */
    size_t threshold;   /* collect after allocating that much (the budget's start) */
    size_t limit;       /* most bytes the heap may hold */
    uintptr_t* stack;   /* mark stack */
    size_t sp, cap;
    uint64_t collections;
    size_t last_live;
    void*** roots; /* host roots (w2n_gc_root): slots read at every collection */
    size_t num_roots, cap_roots;
};

static void heap_free(w2n_store* s);

/* The store's heap, made on first use; NULL when out of memory. */
static w2n_gc_heap* store_heap(w2n_store* s) {
    if (!s->gc && (s->gc = calloc(1, sizeof *s->gc))) {
        const char* lim = getenv("W2N_GC_HEAP_MAX");
        s->gc->limit = lim ? (size_t)strtoull(lim, NULL, 0) : (size_t)1 << 30;
        s->gc->threshold = 4u << 20;
        s->abi.gc_free = s->gc->free;
        s->gc_heap_free = heap_free;
        s->abi.gc_budget = (int64_t)s->gc->threshold;
    }
    return s->gc;
}

static w2n_gc_heap* heap_of(w2n_instance* inst) {
    w2n_gc_heap* h = store_heap(w2n_store_of(inst));
    if (!h) w2n_trap(inst, W2N_TRAP_GC_OOM);
    return h;
}

static void heap_free(w2n_store* s) {
    w2n_gc_heap* h = s->gc;
    if (!h) return;
    for (gc_block* b = h->blocks; b;) {
        gc_block* n = b->next;
        free(b);
        b = n;
    }
    for (gc_large* l = h->large; l;) {
        gc_large* n = l->next;
        free(l);
        l = n;
    }
    free(h->block_set.slots);
    free(h->large_set.slots);
    free(h->stack);
    free(h->roots);
    free(h);
    s->gc = NULL;
    s->abi.gc_budget = 0;
    s->abi.gc_free = NULL;
}

/* 1 when `p` is the address of an allocated object of this heap: a slot of one of its
 * blocks (found by masking: blocks are GC_BLOCK-aligned) holding an object, or a
 * large object. */
static int is_object(const w2n_gc_heap* h, uintptr_t p) {
    if (!h || !p || (p & (GC_GRANULE - 1))) return 0;
    uintptr_t base = p & ~(uintptr_t)(GC_BLOCK - 1);
    if (set_has(&h->block_set, base)) {
        const gc_block* b = (const gc_block*)base;
        uintptr_t off = p - base - GC_BLOCK_HDR;
        if (off >= (uintptr_t)b->count * b->obj_size || off % b->obj_size) return 0;
        return ((const gc_hdr*)p)->rtt != 0;
    }
    return set_has(&h->large_set, p);
}

static int new_block(w2n_gc_heap* h, size_t cls) {
    gc_block* b = aligned_alloc(GC_BLOCK, GC_BLOCK);
    if (!b) return -1;
    memset(b, 0, GC_BLOCK);
    b->obj_size = (uint32_t)(cls * GC_GRANULE);
    b->count = (GC_BLOCK - GC_BLOCK_HDR) / b->obj_size;
    uintptr_t start = (uintptr_t)b + GC_BLOCK_HDR;
    if (set_add(&h->block_set, (uintptr_t)b) != 0) {
        free(b);
        return -1;
    }
    b->next = h->blocks;
    h->blocks = b;
    h->heap_bytes += GC_BLOCK;
    /* Thread the slots onto the free list, lowest address first. */
    for (uint32_t i = b->count; i-- > 0;) {
        uint8_t* o = (uint8_t*)(start + (uintptr_t)i * b->obj_size);
        *(void**)(o + W2N_GC_FREE_LINK) = h->free[cls];
        h->free[cls] = o;
    }
    return 0;
}

void w2n_gc_collect(w2n_instance* inst);

/* Zeroes a dead small object: stores for the common sizes, no memset call. */
static inline void zero_slot(void* o, uint32_t size) {
    uint64_t* w = o;
    switch (size) {
    case 16: w[0] = w[1] = 0; return;
    case 32: w[0] = w[1] = w[2] = w[3] = 0; return;
    case 48: w[0] = w[1] = w[2] = w[3] = w[4] = w[5] = 0; return;
    case 64: w[0] = w[1] = w[2] = w[3] = w[4] = w[5] = w[6] = w[7] = 0; return;
    default: memset(o, 0, size);
    }
}

/* Frees a block's unmarked objects onto its class's free list and clears the marks. */
static void sweep_block(w2n_gc_heap* h, gc_block* b) {
    size_t cls = b->obj_size / GC_GRANULE;
    uintptr_t start = (uintptr_t)b + GC_BLOCK_HDR;
    for (uint32_t i = b->count; i-- > 0;) {
        gc_hdr* o = (gc_hdr*)(start + (uintptr_t)i * b->obj_size);
        if (o->rtt & 1) {
            o->rtt &= ~(uintptr_t)1;
            continue;
        }
        if (o->rtt) zero_slot(o, b->obj_size); /* dead; a free slot is zero already */
        *(void**)((uint8_t*)o + W2N_GC_FREE_LINK) = h->free[cls];
        h->free[cls] = o;
    }
}

/* A zeroed object of `size` bytes (header included) with run-time type `rtt`. With
 * `may_collect`, a collection may run first (only when no object the caller made is
 * held in C locals). Traps when the heap cannot hold it. */
static gc_hdr* gc_alloc(w2n_instance* inst, const w2n_rtt* rtt, uint64_t size, int may_collect) {
    w2n_gc_heap* h = heap_of(inst);
    w2n_store_abi* a = &w2n_store_of(inst)->abi;
    if (size > h->limit) w2n_trap(inst, W2N_TRAP_GC_OOM);
    size = (size + GC_GRANULE - 1) & ~(uint64_t)(GC_GRANULE - 1);
    if (may_collect && ((int64_t)size > a->gc_budget || h->heap_bytes + size > h->limit))
        w2n_gc_collect(inst);
    gc_hdr* o;
    if (size <= GC_SMALL_MAX) {
        size_t cls = size / GC_GRANULE;
        while (!h->free[cls] && h->unswept[cls]) {
            gc_block* b = h->unswept[cls];
            h->unswept[cls] = b->next_unswept;
            sweep_block(h, b);
        }
        if (!h->free[cls]) {
            if (h->heap_bytes + GC_BLOCK > h->limit || new_block(h, cls) != 0)
                w2n_trap(inst, W2N_TRAP_GC_OOM);
        }
        o = h->free[cls];
        h->free[cls] = *(void**)((uint8_t*)o + W2N_GC_FREE_LINK);
        *(void**)((uint8_t*)o + W2N_GC_FREE_LINK) = NULL;
    } else {
        if (h->heap_bytes + size > h->limit) w2n_trap(inst, W2N_TRAP_GC_OOM);
        gc_large* l = aligned_alloc(GC_GRANULE, sizeof(gc_large) + size);
        if (!l) w2n_trap(inst, W2N_TRAP_GC_OOM);
        o = (gc_hdr*)(l + 1);
        if (set_add(&h->large_set, (uintptr_t)o) != 0) {
            free(l);
            w2n_trap(inst, W2N_TRAP_GC_OOM);
        }
        l->size = size;
        l->next = h->large;
        h->large = l;
        h->heap_bytes += size;
        memset(o, 0, size);
    }
    o->rtt = (uintptr_t)rtt;
    a->gc_budget -= (int64_t)size;
    return o;
}

/* ---- collection --------------------------------------------------------------------- */

static inline void mark_trusted(w2n_gc_heap* h, uintptr_t p);

/* A value that may be a reference to one of this heap's objects (roots, externref
 * fields): only an address the heap knows is followed. */
static void mark_push(w2n_gc_heap* h, uintptr_t p) {
    if (is_object(h, p)) mark_trusted(h, p);
}

/* A reference the compiler's types vouch for (any hierarchy: null, an i31 or one of
 * this store's objects), pushed without the lookup. */
static void grow_mark_stack(w2n_gc_heap* h) {
    size_t c = h->cap ? 2 * h->cap : 1024;
    uintptr_t* s = realloc(h->stack, c * sizeof *s);
    if (!s) abort(); /* cannot finish marking: freeing live objects would be worse */
    h->stack = s;
    h->cap = c;
}

/* Inlined into the marking loop: one test and one store per edge in the common case. */
static inline __attribute__((always_inline)) void mark_trusted(w2n_gc_heap* h, uintptr_t p) {
    if (!p || (p & 1)) return;
    gc_hdr* o = (gc_hdr*)p;
    if (o->rtt & 1) return;
    o->rtt |= 1;
    if (__builtin_expect(h->sp == h->cap, 0)) grow_mark_stack(h);
    h->stack[h->sp++] = p;
}

static void mark_children(w2n_gc_heap* h, uintptr_t p) {
    const gc_hdr* o = (const gc_hdr*)p;
    const w2n_rtt* t = (const w2n_rtt*)(o->rtt & ~(uintptr_t)1);
    if (t->kind == RTT_STRUCT) {
        for (uint32_t i = 0; i < t->num_refs; i++) {
            uint32_t off = t->ref_offsets[i];
            uintptr_t v = *(const uintptr_t*)(p + (off & 0x7fffffffu));
            if (off >> 31)
                mark_push(h, v); /* an externref: may be a host value */
            else
                mark_trusted(h, v);
        }
    } else if (t->kind == RTT_ARRAY && t->num_refs) {
        const uintptr_t* e = (const uintptr_t*)(p + W2N_GC_HEADER);
        if (t->num_refs == 1)
            for (uint32_t i = 0; i < o->len; i++) mark_trusted(h, e[i]);
        else
            for (uint32_t i = 0; i < o->len; i++) mark_push(h, e[i]);
    }
}

static void mark_value(void* ctx, uint64_t v) { mark_push(ctx, (uintptr_t)v); }

/* The store's roots outside the stack: globals, tables, exceptions, standalone
 * objects (walks every instance; imported ones are seen from their exporters too). */
static void mark_store_roots(w2n_store* s, w2n_gc_heap* h) {
    for (w2n_inst* p = s->instances; p; p = p->next) {
        const w2n_module* m = p->pub.module;
        for (uint64_t i = 0; i < m->num_globals; i++)
            if (p->pub.globals[i]) mark_value(h, p->pub.globals[i]->lo);
        for (uint64_t i = 0; i < m->num_tables; i++) {
            /* Every table: typed references to structs have the FUNCREF code too;
             * is_object filters out funcrefs and host values. */
            const w2n_table* t = p->pub.tables[i];
            for (uint64_t k = 0; t && k < t->size; k++) mark_value(h, (uintptr_t)t->elems[k]);
        }
    }
    for (w2n_inst* p = s->instances; p; p = p->next)
        for (uint64_t i = 0; p->elem_items && i < p->pub.module->num_elems; i++)
            for (uint64_t k = 0; p->elem_items[i] && k < p->pub.module->elems[i].count; k++)
                mark_value(h, (uintptr_t)p->elem_items[i][k]);
    for (w2n_owned* o = s->owned; o; o = o->next) {
        if (o->kind == W2N_EXTERN_GLOBAL) mark_value(h, o->u.global.lo);
        if (o->kind == W2N_EXTERN_TABLE)
            for (uint64_t k = 0; k < o->u.table.size; k++)
                mark_value(h, (uintptr_t)o->u.table.elems[k]);
    }
    for (w2n_exn* e = s->exns; e; e = e->next) {
        const w2n_val* v = (const w2n_val*)(e + 1);
        for (uint64_t i = 0; i < e->num_vals; i++) mark_value(h, v[i].lo);
    }
    for (size_t i = 0; i < h->num_roots; i++) mark_value(h, (uintptr_t)*h->roots[i]);
}

/* A wasm frame found by the stack walk: mark the slots its call site's stack map lists. */
static void mark_frame(void* ctx, const w2n_module* m, uint64_t f, uintptr_t pc, uintptr_t fp) {
    w2n_gc_heap* h = ctx;
    if (!m->stack_maps || !m->num_stack_maps) return;
    uint64_t off = pc - (uintptr_t)m->func_code[f];
    uint64_t lo = 0, hi = m->num_stack_maps;
    while (lo < hi) {
        uint64_t mid = lo + (hi - lo) / 2;
        const w2n_stack_map* e = &m->stack_maps[mid];
        if (e->func < f || (e->func == f && e->ret_offset < off))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == m->num_stack_maps) return;
    const w2n_stack_map* e = &m->stack_maps[lo];
    if (e->func != f || e->ret_offset != off) return;
    uintptr_t sp = fp - e->frame_size;
    for (uint64_t i = 0; i < e->num_slots; i++) mark_value(h, *(const uint64_t*)(sp + e->slots[i]));
}

/* Sweeping is lazy for blocks: after marking, every block goes on its class's
 * unswept list and the allocator sweeps one when its class's free list runs dry, so
 * the sweep's work is spread over the allocations that follow (shorter pauses, and
 * a block is touched just before it is reused). Large objects are swept at once. */
static void sweep(w2n_gc_heap* h) {
    memset(h->free, 0, sizeof h->free);
    memset(h->unswept, 0, sizeof h->unswept);
    for (gc_block* b = h->blocks; b; b = b->next) {
        size_t cls = b->obj_size / GC_GRANULE;
        b->next_unswept = h->unswept[cls];
        h->unswept[cls] = b;
    }
    for (gc_large** lp = &h->large; *lp;) {
        gc_large* l = *lp;
        gc_hdr* o = (gc_hdr*)(l + 1);
        if (o->rtt & 1) {
            o->rtt &= ~(uintptr_t)1;
            lp = &l->next;
            continue;
        }
        *lp = l->next;
        set_del(&h->large_set, (uintptr_t)o);
        h->heap_bytes -= l->size;
        free(l);
    }
}

/* Finishes the previous cycle's lazy sweep: marks must be clear before marking. */
static void finish_sweep(w2n_gc_heap* h) {
    for (size_t c = 0; c < GC_NCLASS; c++)
        while (h->unswept[c]) {
            gc_block* b = h->unswept[c];
            h->unswept[c] = b->next_unswept;
            sweep_block(h, b);
        }
}

/* Bytes an object takes in the heap. */
static size_t obj_bytes(const gc_hdr* o) {
    const w2n_rtt* t = (const w2n_rtt*)(o->rtt & ~(uintptr_t)1);
    size_t n = t->kind == RTT_ARRAY ? (size_t)o->len * t->size + W2N_GC_HEADER : t->size;
    return (n + GC_GRANULE - 1) & ~(size_t)(GC_GRANULE - 1);
}

/* ---- statistics (W2N_GC_STATS=1) ---------------------------------------------------- */

/* Pause times of every collection in the process (all stores), printed at exit. */
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static int stats_on = -1;
static uint64_t* stats_pauses; /* nanoseconds */
static size_t stats_n, stats_cap;
static size_t stats_peak_heap;
static uint64_t stats_cpu; /* CPU time of the collecting threads in collections */

static uint64_t clock_ns(clockid_t c) {
    struct timespec t;
    clock_gettime(c, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static int cmp_u64(const void* a, const void* b) {
    uint64_t x = *(const uint64_t*)a, y = *(const uint64_t*)b;
    return x < y ? -1 : x > y;
}

static void stats_print(void) {
    pthread_mutex_lock(&stats_lock);
    uint64_t total = 0;
    for (size_t i = 0; i < stats_n; i++) total += stats_pauses[i];
    if (stats_n) qsort(stats_pauses, stats_n, sizeof *stats_pauses, cmp_u64);
    double ms = 1e-6;
    double p99 = stats_n ? (double)stats_pauses[(stats_n * 99 + 99) / 100 - 1] * ms : 0;
    fprintf(stderr,
            "w2n gc: %zu collections, pause mean %.3f ms, p99 %.3f ms, max %.3f ms, total "
            "%.3f ms (CPU %.3f ms); peak heap %.1f MiB\n",
            stats_n, stats_n ? (double)total * ms / (double)stats_n : 0.0, p99,
            stats_n ? (double)stats_pauses[stats_n - 1] * ms : 0.0, (double)total * ms,
            (double)stats_cpu * ms,
            (double)stats_peak_heap / (1024.0 * 1024.0));
    pthread_mutex_unlock(&stats_lock);
}

static int stats_enabled(void) {
    if (stats_on < 0) {
        pthread_mutex_lock(&stats_lock);
        if (stats_on < 0) {
            const char* e = getenv("W2N_GC_STATS");
            int on = e && *e && strcmp(e, "0") != 0;
            if (on) atexit(stats_print);
            stats_on = on;
        }
        pthread_mutex_unlock(&stats_lock);
    }
    return stats_on;
}

static void stats_add(uint64_t pause, uint64_t cpu, size_t heap_bytes) {
    pthread_mutex_lock(&stats_lock);
    if (stats_n == stats_cap) {
        size_t c = stats_cap ? 2 * stats_cap : 256;
        uint64_t* p = realloc(stats_pauses, c * sizeof *p);
        if (!p) {
            pthread_mutex_unlock(&stats_lock);
            return;
        }
        stats_pauses = p;
        stats_cap = c;
    }
    stats_pauses[stats_n++] = pause;
    stats_cpu += cpu;
    if (heap_bytes > stats_peak_heap) stats_peak_heap = heap_bytes;
    pthread_mutex_unlock(&stats_lock);
}

static void collect(w2n_store* s, w2n_gc_heap* h) {
    int stats = stats_enabled();
    uint64_t t0 = stats ? clock_ns(CLOCK_MONOTONIC) : 0;
    uint64_t c0 = stats ? clock_ns(CLOCK_THREAD_CPUTIME_ID) : 0;
    size_t heap_before = h->heap_bytes;
    finish_sweep(h);
    h->sp = 0;
    h->last_live = 0;
    mark_store_roots(s, h);
    w2n_walk_wasm_frames(s, (uintptr_t)__builtin_frame_address(0), mark_frame, h);
    while (h->sp) {
        uintptr_t p = h->stack[--h->sp];
        h->last_live += obj_bytes((const gc_hdr*)p);
        mark_children(h, p);
    }
    sweep(h);
    h->collections++;
    /* Next collection after allocating as much as is live now, and at least 4 MiB:
     * the heap stays within about twice the live data, and the marking work per
     * allocated byte is bounded (at most one byte marked per byte allocated). */
    h->threshold = h->last_live > (4u << 20) ? h->last_live : (4u << 20);
    s->abi.gc_budget = (int64_t)h->threshold;
    if (stats)
        stats_add(clock_ns(CLOCK_MONOTONIC) - t0, clock_ns(CLOCK_THREAD_CPUTIME_ID) - c0,
                  heap_before);
}

void w2n_gc_collect(w2n_instance* inst) { collect(w2n_store_of(inst), heap_of(inst)); }

/* ---- the host's API ----------------------------------------------------------------- */

int w2n_gc_root(w2n_store* s, void** slot) {
    w2n_gc_heap* h = store_heap(s);
    if (!h) return -1;
    if (h->num_roots == h->cap_roots) {
        size_t c = h->cap_roots ? 2 * h->cap_roots : 16;
        void*** r = realloc(h->roots, c * sizeof *r);
        if (!r) return -1;
        h->roots = r;
        h->cap_roots = c;
    }
    h->roots[h->num_roots++] = slot;
    return 0;
}

void w2n_gc_unroot(w2n_store* s, void** slot) {
    w2n_gc_heap* h = s->gc;
    /* Newest first: roots usually end in the reverse order of their start. */
    for (size_t i = h ? h->num_roots : 0; i-- > 0;)
        if (h->roots[i] == slot) {
            memmove(&h->roots[i], &h->roots[i + 1], (h->num_roots - i - 1) * sizeof *h->roots);
            h->num_roots--;
            return;
        }
}

void w2n_gc_collect_store(w2n_store* s) {
    if (s->gc) collect(s, s->gc);
}

uint64_t w2n_gc_collections(w2n_store* s) { return s->gc ? s->gc->collections : 0; }

/* ---- objects ------------------------------------------------------------------------ */

static const w2n_rtt* rtt_of(w2n_instance* inst, uint32_t type) {
    const w2n_rtt* t = inst->gc_types ? (const w2n_rtt*)inst->gc_types[type] : NULL;
    if (!t) w2n_trap(inst, W2N_TRAP_UNREACHABLE); /* invalid: the compiler checked */
    return t;
}

void* w2n_gc_struct_new(w2n_instance* inst, uint32_t type) {
    const w2n_rtt* t = rtt_of(inst, type);
    return gc_alloc(inst, t, t->size, 1);
}

static void store_elem(uint8_t* p, uint32_t size, uint64_t lo, uint64_t hi) {
    switch (size) {
    case 1: *p = (uint8_t)lo; break;
    case 2: memcpy(p, &lo, 2); break;
    case 4: memcpy(p, &lo, 4); break;
    case 8: memcpy(p, &lo, 8); break;
    default:
        memcpy(p, &lo, 8);
        memcpy(p + 8, &hi, 8);
        break;
    }
}

static gc_hdr* array_alloc(w2n_instance* inst, const w2n_rtt* t, uint32_t len, int may_collect) {
    uint64_t bytes = (uint64_t)len * t->size + W2N_GC_HEADER;
    gc_hdr* o = gc_alloc(inst, t, bytes, may_collect);
    o->len = len;
    return o;
}

void* w2n_gc_array_new(w2n_instance* inst, uint32_t type, uint32_t len, uint64_t lo, uint64_t hi) {
    const w2n_rtt* t = rtt_of(inst, type);
    gc_hdr* o = array_alloc(inst, t, len, 1);
    if (lo || hi) {
        uint8_t* e = (uint8_t*)o + W2N_GC_HEADER;
        for (uint32_t i = 0; i < len; i++) store_elem(e + (uint64_t)i * t->size, t->size, lo, hi);
    }
    return o;
}

static int in_bounds(uint64_t off, uint64_t len, uint64_t size) {
    return off <= size && len <= size - off;
}

static const w2n_data_seg* data_seg(w2n_instance* inst, uint32_t seg, uint64_t* len) {
    const w2n_data_seg* d = &inst->module->data[seg];
    *len = w2n_priv(inst)->data_dropped[seg] ? 0 : d->len;
    return d;
}

void* w2n_gc_array_new_data(w2n_instance* inst, uint32_t type, uint32_t seg, uint32_t off,
                            uint32_t len) {
    const w2n_rtt* t = rtt_of(inst, type);
    uint64_t seg_len;
    const w2n_data_seg* d = data_seg(inst, seg, &seg_len);
    if (!in_bounds(off, (uint64_t)len * t->size, seg_len)) w2n_trap(inst, W2N_TRAP_MEMORY_OOB);
    gc_hdr* o = array_alloc(inst, t, len, 1);
    if (len) memcpy((uint8_t*)o + W2N_GC_HEADER, d->bytes + off, (size_t)len * t->size);
    return o;
}

static uint64_t elem_len(w2n_instance* inst, uint32_t seg) {
    return w2n_priv(inst)->elem_dropped[seg] ? 0 : inst->module->elems[seg].count;
}

/* Element items are evaluated with collection off: the array is only in a C local. */
void* w2n_gc_array_new_elem(w2n_instance* inst, uint32_t type, uint32_t seg, uint32_t off,
                            uint32_t len) {
    const w2n_rtt* t = rtt_of(inst, type);
    if (!in_bounds(off, len, elem_len(inst, seg))) w2n_trap(inst, W2N_TRAP_TABLE_OOB);
    gc_hdr* o = array_alloc(inst, t, len, 1);
    void** e = (void**)((uint8_t*)o + W2N_GC_HEADER);
    for (uint32_t i = 0; i < len; i++)
        e[i] = w2n_elem_item(inst, &inst->module->elems[seg], (uint64_t)off + i);
    return o;
}

static const w2n_rtt* array_rtt(w2n_instance* inst, void* arr) {
    if (!arr) w2n_trap(inst, W2N_TRAP_NULL_ARRAY);
    return (const w2n_rtt*)(((gc_hdr*)arr)->rtt & ~(uintptr_t)1);
}

void w2n_gc_array_fill(w2n_instance* inst, void* arr, uint32_t off, uint64_t lo, uint64_t hi,
                       uint32_t n) {
    const w2n_rtt* t = array_rtt(inst, arr);
    gc_hdr* o = arr;
    if (!in_bounds(off, n, o->len)) w2n_trap(inst, W2N_TRAP_ARRAY_OOB);
    uint8_t* e = (uint8_t*)o + W2N_GC_HEADER;
    for (uint32_t i = 0; i < n; i++)
        store_elem(e + ((uint64_t)off + i) * t->size, t->size, lo, hi);
}

void w2n_gc_array_copy(w2n_instance* inst, void* dst, uint32_t doff, void* src, uint32_t soff,
                       uint32_t n) {
    const w2n_rtt* td = array_rtt(inst, dst);
    array_rtt(inst, src);
    gc_hdr *d = dst, *s = src;
    if (!in_bounds(doff, n, d->len) || !in_bounds(soff, n, s->len))
        w2n_trap(inst, W2N_TRAP_ARRAY_OOB);
    memmove((uint8_t*)d + W2N_GC_HEADER + (uint64_t)doff * td->size,
            (uint8_t*)s + W2N_GC_HEADER + (uint64_t)soff * td->size, (size_t)n * td->size);
}

void w2n_gc_array_init_data(w2n_instance* inst, uint32_t seg, void* arr, uint32_t doff,
                            uint32_t soff, uint32_t n) {
    const w2n_rtt* t = array_rtt(inst, arr);
    gc_hdr* o = arr;
    uint64_t seg_len;
    const w2n_data_seg* d = data_seg(inst, seg, &seg_len);
    if (!in_bounds(doff, n, o->len)) w2n_trap(inst, W2N_TRAP_ARRAY_OOB);
    if (!in_bounds(soff, (uint64_t)n * t->size, seg_len)) w2n_trap(inst, W2N_TRAP_MEMORY_OOB);
    if (n)
        memcpy((uint8_t*)o + W2N_GC_HEADER + (uint64_t)doff * t->size, d->bytes + soff,
               (size_t)n * t->size);
}

void w2n_gc_array_init_elem(w2n_instance* inst, uint32_t seg, void* arr, uint32_t doff,
                            uint32_t soff, uint32_t n) {
    array_rtt(inst, arr);
    gc_hdr* o = arr;
    if (!in_bounds(doff, n, o->len)) w2n_trap(inst, W2N_TRAP_ARRAY_OOB);
    if (!in_bounds(soff, n, elem_len(inst, seg))) w2n_trap(inst, W2N_TRAP_TABLE_OOB);
    void** e = (void**)((uint8_t*)o + W2N_GC_HEADER);
    for (uint32_t i = 0; i < n; i++)
        e[(uint64_t)doff + i] = w2n_elem_item(inst, &inst->module->elems[seg], (uint64_t)soff + i);
}

/* ---- casts and conversions ---------------------------------------------------------- */

/* An object's run-time type (bit 0 is the mark bit: a live object keeps it until its
 * block is swept, see `sweep`). */
static const w2n_rtt* obj_rtt(uintptr_t r) {
    return (const w2n_rtt*)(((const gc_hdr*)r)->rtt & ~(uintptr_t)1);
}

uint32_t w2n_gc_ref_test(w2n_instance* inst, void* ref, uint64_t target) {
    uintptr_t r = (uintptr_t)ref;
    if (!r) return (target & W2N_HT_NULLABLE) ? 1 : 0;
    target &= ~W2N_HT_NULLABLE;
    switch (target) {
    case W2N_HT_ANY:
    case W2N_HT_FUNC:
    case W2N_HT_EXTERN: return 1;
    case W2N_HT_NONE:
    case W2N_HT_NOFUNC:
    case W2N_HT_NOEXTERN: return 0;
    case W2N_HT_I31: return r & 1;
    default: break;
    }
    if (r & 1) return target == W2N_HT_EQ;
    uint64_t kind = obj_rtt(r)->kind;
    if (target == W2N_HT_EQ) return kind == RTT_STRUCT || kind == RTT_ARRAY;
    if (target == W2N_HT_STRUCT) return kind == RTT_STRUCT;
    if (target == W2N_HT_ARRAY) return kind == RTT_ARRAY;
    const w2n_module* m = inst->module;
    if (target >= m->num_types) return 0;
    const w2n_rtt* want = inst->gc_types ? (const w2n_rtt*)inst->gc_types[target] : NULL;
    if (!want) /* a function type: the funcref's signature */
        return w2n_sig_eq(((const w2n_funcref*)ref)->type_id, m->type_ids[target]);
    const w2n_rtt* t = obj_rtt(r);
    if (t->kind != RTT_STRUCT && t->kind != RTT_ARRAY) return 0;
    return t->depth >= want->depth && t->display[want->depth] == want;
}

/* extern -> any: an internalized reference comes back as itself (or, boxed i31, as the
 * i31); a host value is boxed. */
static void* any_convert_extern(w2n_instance* inst, void* ref, int may_collect) {
    uintptr_t r = (uintptr_t)ref;
    if (!r) return NULL;
    w2n_gc_heap* h = w2n_store_of(inst)->gc;
    if (is_object(h, r)) {
        const gc_hdr* o = ref;
        if (obj_rtt(r)->kind == RTT_I31BOX) return (void*)((const uintptr_t*)(o + 1))[0];
        return ref;
    }
    gc_hdr* o = gc_alloc(inst, &hostbox_rtt, hostbox_rtt.size, may_collect);
    ((uintptr_t*)(o + 1))[0] = r;
    return o;
}

void* w2n_gc_any_convert_extern(w2n_instance* inst, void* ref) {
    return any_convert_extern(inst, ref, 1);
}

/* For hosts: never collects, since the host's earlier results are no roots. */
uint64_t w2n_gc_box_host(w2n_instance* inst, uint64_t v) {
    return (uint64_t)(uintptr_t)any_convert_extern(inst, (void*)(uintptr_t)v, 0);
}

/* any -> extern: a boxed host value is unboxed; an i31 is boxed (host values may be
 * odd, so an i31 cannot travel as itself); objects travel as themselves. */
static void* extern_convert_any(w2n_instance* inst, void* ref, int may_collect) {
    uintptr_t r = (uintptr_t)ref;
    if (!r) return NULL;
    if (r & 1) {
        gc_hdr* o = gc_alloc(inst, &i31box_rtt, i31box_rtt.size, may_collect);
        ((uintptr_t*)(o + 1))[0] = r;
        return o;
    }
    if (obj_rtt(r)->kind == RTT_HOSTBOX) return (void*)((const uintptr_t*)((const gc_hdr*)ref + 1))[0];
    return ref;
}

void* w2n_gc_extern_convert_any(w2n_instance* inst, void* ref) {
    return extern_convert_any(inst, ref, 1);
}

/* What an anyref/externref value is, for hosts and the wast runner: W2N_GC_REF_*. */
int w2n_gc_ref_kind(w2n_instance* inst, uint64_t v) {
    if (!v) return W2N_GC_REF_NULL;
    if (v & 1) return W2N_GC_REF_I31;
    w2n_gc_heap* h = w2n_store_of(inst)->gc;
    if (!is_object(h, (uintptr_t)v)) return W2N_GC_REF_HOST;
    switch (obj_rtt((uintptr_t)v)->kind) {
    case RTT_STRUCT: return W2N_GC_REF_STRUCT;
    case RTT_ARRAY: return W2N_GC_REF_ARRAY;
    case RTT_HOSTBOX: return W2N_GC_REF_HOSTBOX;
    default: return W2N_GC_REF_I31BOX;
    }
}

/* The host value in a boxed host reference (W2N_GC_REF_HOSTBOX). */
uint64_t w2n_gc_unbox(uint64_t v) { return ((const uint64_t*)(uintptr_t)v)[2]; }

static void* elem_item(w2n_instance* inst, const w2n_elem_seg* seg, uint64_t i) {
    w2n_inst* p = w2n_priv(inst);
    const w2n_module* m = inst->module;
    uint64_t k = (uint64_t)(seg - m->elems);
    if (!p->elem_items && !(p->elem_items = calloc(m->num_elems, sizeof *p->elem_items)))
        w2n_trap(inst, W2N_TRAP_GC_OOM);
    if (!p->elem_items[k]) {
        void** items = calloc(seg->count ? seg->count : 1, sizeof *items);
        if (!items) w2n_trap(inst, W2N_TRAP_GC_OOM);
        for (uint64_t j = 0; j < seg->count; j++) {
            w2n_global v;
            w2n_eval_const(inst, &seg->items[j], &v);
            items[j] = (void*)(uintptr_t)v.lo;
        }
        p->elem_items[k] = items;
    }
    return p->elem_items[k][i];
}

/* ---- constant expressions ----------------------------------------------------------- */

/* A GC operator of a constant expression: pops its operands from `stack` (depth `*sp`)
 * and pushes the result. Collection is off (the operands are only on this stack). */
static void const_op(w2n_instance* inst, const w2n_const_expr* e, uint64_t* stack, uint64_t* sp) {
    uint64_t n = *sp;
    uint64_t r = 0;
    switch (e->kind) {
    case W2N_CONST_STRUCT_NEW:
    case W2N_CONST_STRUCT_NEW_DEFAULT: {
        const w2n_rtt* t = rtt_of(inst, (uint32_t)e->value);
        gc_hdr* o = gc_alloc(inst, t, t->size, 0);
        if (e->kind == W2N_CONST_STRUCT_NEW) {
            if (n < t->num_fields) return;
            n -= t->num_fields;
            for (uint32_t i = 0; i < t->num_fields; i++) {
                uint32_t fi = t->field_info[i];
                store_elem((uint8_t*)o + (fi & 0xffff), (fi >> 16) & 0xff, stack[n + i], 0);
            }
        }
        r = (uintptr_t)o;
        break;
    }
    case W2N_CONST_ARRAY_NEW:
    case W2N_CONST_ARRAY_NEW_DEFAULT: {
        const w2n_rtt* t = rtt_of(inst, (uint32_t)e->value);
        uint64_t len, v = 0;
        if (e->kind == W2N_CONST_ARRAY_NEW) {
            if (n < 2) return;
            v = stack[n - 2];
            len = stack[n - 1];
            n -= 2;
        } else {
            if (n < 1) return;
            len = stack[--n];
        }
        gc_hdr* o = array_alloc(inst, t, (uint32_t)len, 0);
        for (uint32_t i = 0; i < (uint32_t)len; i++)
            store_elem((uint8_t*)o + W2N_GC_HEADER + (uint64_t)i * t->size, t->size, v, 0);
        r = (uintptr_t)o;
        break;
    }
    case W2N_CONST_ARRAY_NEW_FIXED: {
        const w2n_rtt* t = rtt_of(inst, (uint32_t)e->value);
        uint64_t len = e->value_hi;
        if (n < len) return;
        n -= len;
        gc_hdr* o = array_alloc(inst, t, (uint32_t)len, 0);
        for (uint64_t i = 0; i < len; i++)
            store_elem((uint8_t*)o + W2N_GC_HEADER + i * t->size, t->size, stack[n + i], 0);
        r = (uintptr_t)o;
        break;
    }
    case W2N_CONST_REF_I31:
        if (n < 1) return;
        r = ((uint64_t)((uint32_t)stack[--n] << 1)) | 1;
        break;
    case W2N_CONST_ANY_CONVERT_EXTERN:
        if (n < 1) return;
        r = (uintptr_t)any_convert_extern(inst, (void*)(uintptr_t)stack[--n], 0);
        break;
    case W2N_CONST_EXTERN_CONVERT_ANY:
        if (n < 1) return;
        r = (uintptr_t)extern_convert_any(inst, (void*)(uintptr_t)stack[--n], 0);
        break;
    default: return;
    }
    stack[n++] = r;
    *sp = n;
}

const struct w2n_gc_hooks w2n_gc_hooks = {instance_init, elem_item, const_op};
