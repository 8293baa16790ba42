/* exception.c: exceptions (throw, throw_ref), their objects, and resuming at a handler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Jumps to a handler of compiled code: sp and fp restored, the exception in the first
 * payload register of Cranelift's exception ABI (rax / x0 / a0), the second zeroed.
 * Every register is clobbered at a `try_call`, so nothing else needs restoring. */
_Noreturn void w2n_exn_resume(uintptr_t pc, uintptr_t sp, uintptr_t fp, w2n_exn* exn);

#if defined(__x86_64__)
__asm__(".text\n"
        ".globl w2n_exn_resume\n"
        ".hidden w2n_exn_resume\n"
        ".type w2n_exn_resume,@function\n"
        "w2n_exn_resume:\n"
        "  mov %rsi, %rsp\n"
        "  mov %rdx, %rbp\n"
        "  mov %rcx, %rax\n"
        "  xor %edx, %edx\n"
        "  jmp *%rdi\n"
        ".size w2n_exn_resume, .-w2n_exn_resume\n");
#elif defined(__aarch64__)
__asm__(".text\n"
        ".globl w2n_exn_resume\n"
        ".hidden w2n_exn_resume\n"
        ".type w2n_exn_resume,%function\n"
        "w2n_exn_resume:\n"
        "  mov sp, x1\n"
        "  mov x29, x2\n"
        "  mov x16, x0\n"
        "  mov x0, x3\n"
        "  mov x1, xzr\n"
        "  br x16\n"
        ".size w2n_exn_resume, .-w2n_exn_resume\n");
#elif defined(__riscv) && __riscv_xlen == 64
__asm__(".text\n"
        ".globl w2n_exn_resume\n"
        ".hidden w2n_exn_resume\n"
        ".type w2n_exn_resume,@function\n"
        "w2n_exn_resume:\n"
        "  mv sp, a1\n"
        "  mv s0, a2\n"
        "  mv t0, a0\n"
        "  mv a0, a3\n"
        "  li a1, 0\n"
        "  jr t0\n"
        ".size w2n_exn_resume, .-w2n_exn_resume\n");
#else
#error "w2n_exn_resume: unsupported architecture"
#endif

/* Unwinds to the nearest handler of `exn`, or to the innermost w2n_call. Must run in
 * its own frame (never inlined into or tail-called from compiled code's callee). */
__attribute__((noinline)) static _Noreturn void unwind(w2n_store* s, w2n_exn* exn) {
    uintptr_t pc, sp, fp;
    if (w2n_exn_find_handler(s, (uintptr_t)&unwind, (uintptr_t)__builtin_frame_address(0), &pc,
                             &sp, &fp)) {
        w2n_exn_unwind_calls(s, fp);
        w2n_exn_resume(pc, sp, fp, exn);
    }
    w2n_exn_uncaught(s, exn);
}

/* A new exception of `tag` with `n` values copied from `vals` (or zeros), owned by the
 * store; NULL when out of memory. */
static w2n_exn* exn_new(w2n_store* s, w2n_tag* tag, uint64_t n, const w2n_val* vals) {
    if (n > (SIZE_MAX - sizeof(w2n_exn)) / sizeof(w2n_val)) return NULL;
    /* malloc's alignment (16 on every 64-bit target) keeps v128 values aligned. */
    w2n_exn* e = malloc(sizeof(w2n_exn) + (size_t)n * sizeof(w2n_val));
    if (!e) return NULL;
    e->tag = tag;
    e->num_vals = n;
    e->reserved = 0;
    w2n_val* out = (w2n_val*)(void*)(e + 1);
    if (n && vals)
        memcpy(out, vals, (size_t)n * sizeof(w2n_val));
    else if (n)
        memset(out, 0, (size_t)n * sizeof(w2n_val));
    e->next = s->exns;
    s->exns = e;
    return e;
}

void w2n_throw(w2n_instance* inst, uint32_t tag, void* vals) {
    w2n_store* s = w2n_store_of(inst);
    const w2n_module* m = inst->module;
    if (tag >= m->num_tags) w2n_trap(inst, W2N_TRAP_UNREACHABLE); /* not a validated module */
    w2n_tag* t = inst->tags[tag];
    w2n_exn* e = exn_new(s, t, t->num_params, vals);
    if (!e) w2n_host_trap(inst, "out of memory allocating an exception");
    unwind(s, e);
}

void w2n_throw_ref(w2n_instance* inst, void* exn) {
    if (!exn) w2n_trap(inst, W2N_TRAP_NULL_REFERENCE);
    unwind(w2n_store_of(inst), (w2n_exn*)exn);
}

void w2n_exn_free_all(w2n_store* s) {
    for (w2n_exn* e = s->exns; e;) {
        w2n_exn* next = e->next;
        free(e);
        e = next;
    }
    s->exns = NULL;
    s->exn = NULL;
}

/* ---- embedder API ------------------------------------------------------------------- */

w2n_exn* w2n_store_exception(w2n_store* store) { return store->exn; }

w2n_tag* w2n_exn_tag(const w2n_exn* exn) { return exn ? exn->tag : NULL; }

size_t w2n_exn_values(const w2n_exn* exn, w2n_val* out, size_t max) {
    if (!exn) return 0;
    const w2n_val* v = (const w2n_val*)(const void*)(exn + 1);
    for (size_t i = 0; i < exn->num_vals && i < max; i++) out[i] = v[i];
    return (size_t)exn->num_vals;
}

w2n_exn* w2n_exn_new(w2n_store* store, w2n_tag* tag, const w2n_val* vals) {
    if (!store || !tag) return NULL;
    return exn_new(store, tag, tag->num_params, vals);
}
