/* host_objects.c: length-aware export lookup and signature ids for hosts that link
 * several instances together (see w2n_host_objects.h). */
#include <string.h>

#include "internal.h"
#include "w2n_host_objects.h"

int w2n_instance_export_n(w2n_instance* inst, const char* name, size_t len, w2n_extern* out) {
    const w2n_module* m = inst->module;
    for (uint64_t i = 0; i < m->num_exports; i++) {
        const w2n_export* e = &m->exports[i];
        if (e->name_len != len || (len && memcmp(e->name, name, len) != 0)) continue;
        w2n_extern x;
        memset(&x, 0, sizeof x);
        x.kind = e->kind;
        x.max = W2N_NO_MAX;
        switch (e->kind) {
        case W2N_EXTERN_FUNC:
            x.ptr = inst->funcs[e->index];
            x.type = inst->funcs[e->index]->type_id;
            break;
        case W2N_EXTERN_TABLE: {
            w2n_table* t = inst->tables[e->index];
            x.ptr = t;
            x.type = t->elem_type;
            x.ref_type = t->ref_type;
            x.min = t->size;
            x.max = w2n_priv(inst)->table_decl_max[e->index];
            break;
        }
        case W2N_EXTERN_MEMORY: {
            if (e->index >= m->num_memories) return 0;
            w2n_memory* mem = inst->memories[e->index];
            x.ptr = mem;
            x.min = mem->size / W2N_PAGE_SIZE;
            x.max = w2n_priv(inst)->mem_decl_max[e->index];
            break;
        }
        case W2N_EXTERN_GLOBAL:
            x.ptr = inst->globals[e->index];
            x.type = m->globals[e->index].val_type | (m->globals[e->index].mutable << 8);
            x.ref_type = m->globals[e->index].ref_type;
            break;
        case W2N_EXTERN_TAG:
            if (e->index >= m->num_tags) return 0;
            x.ptr = inst->tags[e->index];
            x.type = inst->tags[e->index]->type_id;
            break;
        default:
            return 0;
        }
        if (out) *out = x;
        return 1;
    }
    return 0;
}

/* The encoding is abi.rs's (`sig`), through the W2N_SIG_* macros of w2n_abi.h. */
uint64_t w2n_sig_id(const uint64_t* params, size_t nparams, const uint64_t* results,
                    size_t nresults) {
    if (nparams + nresults > W2N_SIG_MAX_TYPES) return 0;
    uint64_t id = W2N_SIG_EXACT;
    size_t k = 0;
    for (size_t i = 0; i < nparams; i++) id |= W2N_SIG_TYPE(k++, params[i]);
    id |= W2N_SIG_TYPE(k++, W2N_SIG_SEP);
    for (size_t i = 0; i < nresults; i++) id |= W2N_SIG_TYPE(k++, results[i]);
    return id;
}

int w2n_sig_decode(uint64_t id, uint64_t* params, size_t* nparams, uint64_t* results,
                   size_t* nresults, size_t cap) {
    size_t np = 0, nr = 0;
    if (id == 0) return -1;
    if (id & W2N_SIG_EXACT) {
        int in_results = 0;
        for (unsigned k = 0; W2N_SIG_BITS * (k + 1) < 64; k++) {
            uint64_t t = W2N_SIG_TYPE_AT(id, k);
            if (t == W2N_SIG_SEP && !in_results) {
                in_results = 1;
                continue;
            }
            if (t == 0) break;
            if (!in_results) {
                if (np < cap) params[np] = t;
                np++;
            } else {
                if (nr < cap) results[nr] = t;
                nr++;
            }
        }
        if (!in_results) return -1;
    } else {
        /* Typed signatures (compiler/src/types.rs) start with W2N_SIG_TYPED_PREFIX and
         * spell their codes out up to W2N_SIG_TYPED_END. */
        const char* s = (const char*)(uintptr_t)id;
        if (*s == W2N_SIG_TYPED_PREFIX) s++;
        int in_results = 0;
        for (; *s && *s != W2N_SIG_TYPED_END; s++) {
            if (*s == W2N_SIG_RESULTS_MARK) {
                in_results = 1;
                continue;
            }
            uint64_t t = (uint64_t)(*s - W2N_SIG_LETTER_BASE);
            if (!in_results) {
                if (np < cap) params[np] = t;
                np++;
            } else {
                if (nr < cap) results[nr] = t;
                nr++;
            }
        }
    }
    *nparams = np;
    *nresults = nr;
    return 0;
}
