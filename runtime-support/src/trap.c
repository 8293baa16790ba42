/* trap.c: traps and unwinding, w2n_call, the stack limit and the stack-overflow signal handler. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

/* Stack kept free below the limit for runtime and host code (scaled down for small stacks). */
#define W2N_STACK_MARGIN (256u * 1024u)
/* Faults this far below the stack limit are treated as stack exhaustion. */
#define W2N_GUARD_REGION (1024u * 1024u)
/* Size of the per-thread alternate signal stack. */
#define W2N_ALTSTACK_SIZE (64u * 1024u)

static const char* const trap_messages[W2N_TRAP_COUNT] = W2N_TRAP_MESSAGES;

const char* w2n_trap_message(int code) {
    if (code < 0 || code >= W2N_TRAP_COUNT) return "unknown trap";
    return trap_messages[code];
}

/* Store running guest code on this thread (innermost w2n_call), for the signal handler. */
static _Thread_local w2n_store* tls_active_store;

_Noreturn void w2n_trap(w2n_instance* inst, uint32_t code) {
    w2n_store* s = w2n_store_of(inst);
    if (!s->jmp) {
        fprintf(stderr, "wasm trap outside of w2n_call: %s\n", w2n_trap_message((int)code));
        abort();
    }
    s->trap = (int)code;
    longjmp(*s->jmp, 1);
}

_Noreturn void w2n_exit(w2n_instance* inst, int code) {
    w2n_store_of(inst)->exit_code = code;
    w2n_trap(inst, W2N_TRAP_EXIT);
}

_Noreturn void w2n_host_trap(w2n_instance* inst, const char* msg) {
    w2n_store* s = w2n_store_of(inst);
    snprintf(s->host_error, sizeof s->host_error, "%s", msg ? msg : "");
    w2n_trap(inst, W2N_TRAP_HOST);
}

int w2n_store_exit_code(w2n_store* store) { return store->exit_code; }

const char* w2n_store_host_error(w2n_store* store) { return store->host_error; }

/* ---- stack limit ---------------------------------------------------------------- */

static uintptr_t margin_for(uintptr_t size) {
    return size >= 4 * (uintptr_t)W2N_STACK_MARGIN ? W2N_STACK_MARGIN : size / 4;
}

/* The kernel keeps a growing stack this far from the mapping below it. */
#define W2N_KERNEL_STACK_GAP (1024u * 1024u)

/* Top of the main thread's stack mapping (the kernel measures RLIMIT_STACK from it,
 * above the environment and arguments) and the end of the mapping below it, from
 * /proc/self/maps; 0 when unreadable. */
static uintptr_t main_stack_top(uintptr_t sp, uintptr_t* below) {
    FILE* f = fopen("/proc/self/maps", "re");
    if (!f) return 0;
    char line[512];
    unsigned long from, to, prev_end = 0, top = 0;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "%lx-%lx", &from, &to) != 2) continue;
        if (from <= sp && sp < to) {
            top = to;
            break;
        }
        prev_end = to;
        /* A line longer than the buffer: skip its rest. */
        while (!strchr(line, '\n') && fgets(line, sizeof line, f)) {
        }
    }
    fclose(f);
    *below = prev_end;
    return top;
}

/* Lowest usable address [*lo] and top [*hi] of the calling thread's stack, from the
 * thread's real bounds (not from the current stack pointer, so a deep caller or a big
 * environment changes nothing). Returns 0 when they cannot be found. */
static int stack_bounds(uintptr_t* lo, uintptr_t* hi) {
    char here;
    uintptr_t sp = (uintptr_t)&here;
    if ((long)getpid() == syscall(SYS_gettid)) {
        /* The main thread's stack grows on demand up to RLIMIT_STACK below the top of
         * its mapping. (glibc's pthread_getattr_np computes the same from the same
         * file; musl's reports only the part mapped so far.) */
        uintptr_t below = 0, top = main_stack_top(sp, &below);
        if (!top) {
            /* No /proc: the executable's name is the topmost string of the stack,
             * 8 bytes below the end of the mapping. */
            const char* fn = (const char*)getauxval(AT_EXECFN);
            uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
            if (!fn || (uintptr_t)fn < sp) return 0;
            top = ((uintptr_t)fn + strlen(fn) + 1 + sizeof(void*) + page - 1) & ~(page - 1);
        }
        struct rlimit rl;
        uintptr_t size = 8u * 1024u * 1024u;
        if (getrlimit(RLIMIT_STACK, &rl) == 0)
            size = rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > top ? top : (uintptr_t)rl.rlim_cur;
        uintptr_t low = top - size;
        if (below && below + W2N_KERNEL_STACK_GAP > low) low = below + W2N_KERNEL_STACK_GAP;
        if (low >= sp) return 0;
        *lo = low;
        *hi = top;
        return 1;
    }
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    void* addr;
    size_t size;
    int ok = pthread_attr_getstack(&attr, &addr, &size) == 0;
    pthread_attr_destroy(&attr);
    /* glibc and musl both report the stack without its guard pages. */
    if (!ok || (uintptr_t)addr >= sp || sp - (uintptr_t)addr > size) return 0;
    *lo = (uintptr_t)addr;
    *hi = (uintptr_t)addr + size;
    return 1;
}

/* The calling thread's stack limit and bounds, computed once per thread. */
static _Thread_local uintptr_t tls_stack_limit, tls_stack_lo, tls_stack_hi;

/* Lowest address guest code may use on the calling thread: the bottom of the thread's
 * stack plus a margin for runtime and host code. */
static uintptr_t thread_stack_limit(void) {
    if (tls_stack_limit) return tls_stack_limit;
    uintptr_t lo, hi;
    if (stack_bounds(&lo, &hi)) {
        tls_stack_lo = lo;
        tls_stack_hi = hi;
        tls_stack_limit = lo + margin_for(hi - lo);
    } else {
        /* Unknown stack: assume the smallest common default below here (musl threads:
         * 128 KiB). */
        char here;
        uintptr_t sp = (uintptr_t)&here;
        tls_stack_hi = sp + 4096;
        tls_stack_lo = sp > 128 * 1024 ? sp - 128 * 1024 : 0;
        tls_stack_limit = sp > 96 * 1024 ? sp - 96 * 1024 : 1;
    }
    return tls_stack_limit;
}

/* ---- stack-overflow signal handler ------------------------------------------------ */

static struct sigaction old_segv, old_bus, old_ill;
static pthread_once_t handler_once = PTHREAD_ONCE_INIT;
static pthread_key_t altstack_key;
static _Thread_local int tls_thread_ready;

static void restore_and_reraise(int sig, siginfo_t* info) {
    sigaction(sig, sig == SIGSEGV ? &old_segv : sig == SIGBUS ? &old_bus : &old_ill, NULL);
    /* A genuine fault re-faults on return and reaches the old disposition; a signal sent
     * by kill() must be raised again. */
    if (info->si_code <= 0) raise(sig);
}

/* The trap whose instruction is at `pc` in the code of one of the store's instances
 * (compiled code traps with an illegal instruction; the descriptor lists every one), or
 * 0 when `pc` is not a trap site. Only runs when a trap happens: a linear scan. */
static int trap_at(w2n_store* s, uintptr_t pc) {
    for (w2n_inst* p = s->instances; p; p = p->next) {
        const w2n_module* m = p->pub.module;
        uint64_t ndef = m->num_funcs - m->num_imported_funcs;
        for (uint64_t i = 0; i < m->num_trap_sites; i++) {
            uint64_t site = m->trap_sites[i];
            uint64_t f = site >> W2N_TRAP_SITE_FUNC_SHIFT;
            uint64_t off = site & 0xffffffffu;
            if (f < ndef && (uintptr_t)m->func_code[f] + off == pc)
                return (int)((site >> W2N_TRAP_SITE_CODE_SHIFT) & 0xff);
        }
    }
    return 0;
}

static void fault_handler(int sig, siginfo_t* info, void* uctx) {
    (void)uctx;
    w2n_store* s = tls_active_store;
    if (sig == SIGILL) {
        /* si_addr is the address of the illegal instruction. */
        int code = s && s->jmp ? trap_at(s, (uintptr_t)info->si_addr) : 0;
        if (code) {
            s->trap = code;
            longjmp(*s->jmp, 1);
        }
        restore_and_reraise(sig, info);
        return;
    }
    if (s && s->jmp && s->limit_valid) {
        uintptr_t a = (uintptr_t)info->si_addr;
        uintptr_t lim = s->abi.stack_limit;
        if (a < lim && lim - a <= W2N_GUARD_REGION) {
            s->trap = W2N_TRAP_STACK_EXHAUSTED;
            longjmp(*s->jmp, 1);
        }
    }
    restore_and_reraise(sig, info);
}

static void free_altstack(void* p) {
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, NULL);
    free(p);
}

static void install_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &old_segv);
    sigaction(SIGBUS, &sa, &old_bus);
    sigaction(SIGILL, &sa, &old_ill);
    pthread_key_create(&altstack_key, free_altstack);
}

void w2n_thread_setup(void) {
    if (tls_thread_ready) return;
    tls_thread_ready = 1;
    pthread_once(&handler_once, install_handler);
    stack_t old;
    if (sigaltstack(NULL, &old) == 0 && !(old.ss_flags & SS_DISABLE)) return; /* host's own */
    void* mem = malloc(W2N_ALTSTACK_SIZE);
    if (!mem) return;
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = mem;
    ss.ss_size = W2N_ALTSTACK_SIZE;
    if (sigaltstack(&ss, NULL) != 0) {
        free(mem);
        return;
    }
    pthread_setspecific(altstack_key, mem);
}

/* ---- w2n_call --------------------------------------------------------------------- */

/* Signature id of [] -> []. */
#define W2N_SIG_VOID_VOID UINT64_C(0xF1)

int w2n_call(w2n_store* store, const w2n_funcref* func, w2n_val* vals) {
    if (!func) return W2N_TRAP_INDIRECT_NULL;
    w2n_trampoline_fn tramp = func->trampoline;
    if (!tramp && func->type_id != W2N_SIG_VOID_VOID) {
        snprintf(store->host_error, sizeof store->host_error,
                 "function has no trampoline and cannot be called from the host");
        return W2N_TRAP_HOST;
    }
    if (store->depth == 0) {
        /* Every outermost entry: the store may move between threads. */
        w2n_thread_setup();
        store->abi.stack_limit = thread_stack_limit();
        store->limit_valid = 1;
    }
    jmp_buf buf;
    jmp_buf* prev = store->jmp;
    w2n_store* prev_active = tls_active_store;
    store->depth++;
    store->jmp = &buf;
    tls_active_store = store;
    int code = 0;
    if (setjmp(buf) == 0) {
        if (tramp)
            tramp(func->code, func->vmctx, vals);
        else
            ((void (*)(w2n_instance*))func->code)(func->vmctx);
    } else {
        code = store->trap;
        if (code == 0) code = W2N_TRAP_HOST;
    }
    store->jmp = prev;
    store->depth--;
    tls_active_store = prev_active;
    return code;
}
