/* w2n_cxxeh.c: a minimal C++ exception runtime for clang -fwasm-exceptions (wasm32),
 * linked into tests/programs/*.cpp: what libc++abi's exception support and the wasm
 * part of libunwind provide (Debian's wasm32 libc++abi is built without exceptions).
 * Exceptions are matched by exact type or by catch (...); no nested or foreign
 * exceptions. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The C++ exception tag (index 0 for __builtin_wasm_throw), defined weakly by every
 * object compiled with -fwasm-exceptions. */
struct lpad_context {
    uintptr_t lpad_index;
    uintptr_t lsda;
    uintptr_t selector;
};
struct lpad_context __wasm_lpad_context;

/* Before the thrown object: its type and destructor. */
struct hdr {
    const void *tinfo;
    void (*dtor)(void *);
    int handlers;
    int pad;
};
#define HDR_SIZE 16

static struct hdr *caught[64];
static int ncaught;

void *__cxa_allocate_exception(size_t size) {
    char *p = calloc(1, HDR_SIZE + size);
    if (!p) abort();
    return p + HDR_SIZE;
}

void __cxa_free_exception(void *obj) { free((char *)obj - HDR_SIZE); }

__attribute__((noreturn)) void __cxa_throw(void *obj, void *tinfo, void (*dtor)(void *)) {
    struct hdr *h = (struct hdr *)((char *)obj - HDR_SIZE);
    h->tinfo = tinfo;
    h->dtor = dtor;
    __builtin_wasm_throw(0, h);
}

void *__cxa_begin_catch(void *exn) {
    struct hdr *h = exn;
    h->handlers++;
    if (ncaught < 64) caught[ncaught++] = h;
    return (char *)h + HDR_SIZE;
}

void __cxa_end_catch(void) {
    if (!ncaught) return;
    struct hdr *h = caught[--ncaught];
    if (--h->handlers == 0) {
        if (h->dtor) h->dtor((char *)h + HDR_SIZE);
        free(h);
    }
}

__attribute__((noreturn)) void __cxa_rethrow(void) {
    if (!ncaught) abort();
    struct hdr *h = caught[ncaught - 1];
    /* The catch clause ends as the exception leaves it; the handler count keeps the
     * object alive for the next one. */
    ncaught--;
    h->handlers--;
    __builtin_wasm_throw(0, h);
}

static uintptr_t uleb(const uint8_t **p) {
    uintptr_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        v |= (uintptr_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

static intptr_t sleb(const uint8_t **p) {
    intptr_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        v |= (intptr_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    if (shift < (int)(8 * sizeof v) && (b & 0x40)) v |= -((intptr_t)1 << shift);
    return v;
}

/* 4-byte encoded values only (absptr, udata4, sdata4: what wasm32 uses). */
static uintptr_t read_enc(const uint8_t **p, uint8_t enc) {
    (void)enc;
    uint32_t v;
    memcpy(&v, *p, 4);
    *p += 4;
    return v;
}

enum { URC_HANDLER_FOUND = 6, URC_CONTINUE_UNWIND = 8 };

/* Called by a landing pad with catch clauses: sets the selector of the first clause of
 * call site lpad_index that matches the exception's type. */
int _Unwind_CallPersonality(void *exn) {
    struct hdr *h = exn;
    __wasm_lpad_context.selector = 0;
    const uint8_t *p = (const uint8_t *)__wasm_lpad_context.lsda;
    if (!p) return URC_CONTINUE_UNWIND;
    uint8_t lp_enc = *p++;
    if (lp_enc != 0xff) read_enc(&p, lp_enc);
    uint8_t tt_enc = *p++;
    const uint8_t *class_info = NULL;
    if (tt_enc != 0xff) {
        uintptr_t off = uleb(&p);
        class_info = p + off;
    }
    p++; /* call-site encoding */
    uintptr_t cs_len = uleb(&p);
    const uint8_t *actions = p + cs_len;
    uintptr_t index = __wasm_lpad_context.lpad_index;
    for (uintptr_t i = 0; p < actions; i++) {
        uleb(&p); /* landing pad */
        uintptr_t action = uleb(&p);
        if (i != index) continue;
        if (action == 0) return URC_CONTINUE_UNWIND;
        const uint8_t *a = actions + (action - 1);
        for (;;) {
            intptr_t filter = sleb(&a);
            if (filter > 0 && class_info) {
                const uint8_t *t = class_info - filter * 4;
                uintptr_t type = read_enc(&t, tt_enc);
                if (type == 0 || (const void *)type == h->tinfo) {
                    __wasm_lpad_context.selector = (uintptr_t)filter;
                    return URC_HANDLER_FOUND;
                }
            }
            const uint8_t *tmp = a;
            intptr_t next = sleb(&tmp);
            if (next == 0) break;
            a += next;
        }
        return URC_CONTINUE_UNWIND;
    }
    return URC_CONTINUE_UNWIND;
}
