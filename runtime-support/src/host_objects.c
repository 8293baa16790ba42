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

uint64_t w2n_sig_id(const uint64_t* params, size_t nparams, const uint64_t* results,
                    size_t nresults) {
    if (nparams + nresults + 1 > 15) return 0;
    uint64_t id = 1;
    unsigned shift = 4;
    for (size_t i = 0; i < nparams; i++, shift += 4) id |= params[i] << shift;
    id |= UINT64_C(0xF) << shift;
    shift += 4;
    for (size_t i = 0; i < nresults; i++, shift += 4) id |= results[i] << shift;
    return id;
}

int w2n_sig_decode(uint64_t id, uint64_t* params, size_t* nparams, uint64_t* results,
                   size_t* nresults, size_t cap) {
    size_t np = 0, nr = 0;
    if (id == 0) return -1;
    if (id & 1) {
        unsigned shift = 4;
        int in_results = 0;
        for (; shift < 64; shift += 4) {
            uint64_t t = (id >> shift) & 0xF;
            if (t == 0xF && !in_results) {
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
        /* Typed signatures (compiler/src/types.rs) start with 'T' and spell their codes
         * out up to '|'. */
        const char* s = (const char*)(uintptr_t)id;
        if (*s == 'T') s++;
        int in_results = 0;
        for (; *s && *s != '|'; s++) {
            if (*s == ':') {
                in_results = 1;
                continue;
            }
            uint64_t t = (uint64_t)(*s - 'a');
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
