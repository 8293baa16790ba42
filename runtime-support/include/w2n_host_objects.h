/* w2n_host_objects.h: extra host API for embedders that link instances together (the
 * spec-test driver of `wasm2native wast`, multi-module hosts).
 *
 * Standalone memories, tables and globals are created with w2n_memory_new,
 * w2n_table_new and w2n_global_new (wasm2native.h). This header adds what is needed to
 * bind imports of one instance to exports of another or to host functions:
 * length-aware export lookup (export names may contain NUL bytes) and signature ids
 * of host functions.
 */
#ifndef W2N_HOST_OBJECTS_H
#define W2N_HOST_OBJECTS_H

#include "wasm2native.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Like w2n_instance_export, for a name of `len` bytes that need not be NUL-terminated
 * (and may contain NUL bytes). Returns 1 and fills `*out` when found, 0 otherwise. */
int w2n_instance_export_n(w2n_instance* inst, const char* name, size_t len, w2n_extern* out);

/* Signature id of a function type whose parameter and result lists hold at most 14
 * value types in total (W2N_VAL_* codes); 0 when the signature is too long. This is the
 * id compiled modules use, so it can type host functions bound through w2n_extern. */
uint64_t w2n_sig_id(const uint64_t* params, size_t nparams, const uint64_t* results,
                    size_t nresults);

/* Decode a signature id (exact or canonical-string form) into parameter and result
 * type codes. Writes at most `cap` codes to each array; returns 0, or -1 when the id is
 * not a valid signature id. `*nparams`/`*nresults` receive the full counts. */
int w2n_sig_decode(uint64_t id, uint64_t* params, size_t* nparams, uint64_t* results,
                   size_t* nresults, size_t cap);

#ifdef __cplusplus
}
#endif

#endif /* W2N_HOST_OBJECTS_H */
