/* signals.c: the runtime's signal handling next to a host that handles faults itself.
 *   signals chain    the host installs a SIGSEGV handler first (its own guard page);
 *                    the runtime's handlers, installed by w2n_runtime_init, pass it
 *                    every fault that is not guest code's, again and again;
 *   signals opt-out  w2n_runtime_init(W2N_INIT_NO_SIGNALS): the runtime installs
 *                    nothing; the host's handlers call w2n_handle_signal first;
 *   signals default  no host handler: traps work, and a fault outside wasm code still
 *                    kills the process with SIGSEGV (the default disposition).
 * Guest traps (SIGILL) and stack exhaustion (SIGSEGV) are return codes in every mode. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "types_imports.h"

static int opt_out;
static char* guard;
static sigjmp_buf host_jmp;
static volatile sig_atomic_t host_faults;

static void host_handler(int sig, siginfo_t* info, void* uc) {
    if (opt_out) w2n_handle_signal(sig, info, uc); /* returns only when not guest code's */
    if (sig == SIGSEGV && (char*)info->si_addr == guard) {
        host_faults++;
        siglongjmp(host_jmp, 1);
    }
    signal(sig, SIG_DFL); /* anything else: die of it */
}

/* The host's own fault, outside wasm code: 1 when its handler caught it. */
static int host_fault(void) {
    if (sigsetjmp(host_jmp, 1) == 0) {
        *(volatile char*)guard = 1;
        return 0;
    }
    return 1;
}

static const char* handler_of(int sig) {
    struct sigaction cur;
    sigaction(sig, NULL, &cur);
    if ((cur.sa_flags & SA_SIGINFO) && cur.sa_sigaction == host_handler) return "host";
    if (!(cur.sa_flags & SA_SIGINFO) && cur.sa_handler == SIG_DFL) return "default";
    return "runtime";
}

int main(int argc, char** argv) {
    const char* mode = argc > 1 ? argv[1] : "chain";
    setvbuf(stdout, NULL, _IONBF, 0);
    opt_out = strcmp(mode, "opt-out") == 0;
    int with_host = strcmp(mode, "default") != 0;
    guard = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (guard == MAP_FAILED) return 2;

    if (opt_out) {
        printf("init no-signals: %d\n", w2n_runtime_init(W2N_INIT_NO_SIGNALS));
        /* The host's alternate stack (stack exhaustion is detected on it). */
        stack_t ss;
        memset(&ss, 0, sizeof ss);
        ss.ss_sp = malloc(256 * 1024);
        ss.ss_size = 256 * 1024;
        sigaltstack(&ss, NULL);
    }
    if (with_host) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = host_handler;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGSEGV, &sa, NULL);
        if (opt_out) {
            sigaction(SIGBUS, &sa, NULL);
            sigaction(SIGILL, &sa, NULL);
        }
    }
    if (!opt_out) {
        printf("init: %d\n", w2n_runtime_init(W2N_INIT_DEFAULT));
        printf("init no-signals after: %d\n", w2n_runtime_init(W2N_INIT_NO_SIGNALS));
    }

    w2n_store* store = w2n_store_new();
    wasm2native_types_imports im;
    types_imports(store, &im);
    w2n_instance* inst;
    char err[256];
    if (wasm2native_types_instantiate(store, &im, NULL, &inst, err, sizeof err) != W2N_OK) {
        printf("instantiate: %s\n", err);
        return 1;
    }
    uint32_t x;
    for (int round = 1; round <= 2; round++) {
        if (with_host) printf("host fault %d: caught %d\n", round, host_fault());
        int rc = w2n_types_boom(inst);
        printf("boom %d: %s\n", round, w2n_trap_message(rc));
        rc = w2n_types_recurse(inst, 0, &x);
        printf("recurse %d: %s\n", round, w2n_trap_message(rc));
    }
    printf("host faults seen by the host: %d\n", (int)host_faults);
    printf("SIGSEGV handler: %s, SIGILL handler: %s\n", handler_of(SIGSEGV), handler_of(SIGILL));
    if (!with_host) {
        printf("faulting outside wasm code\n");
        host_fault();
        printf("still alive (wrong)\n");
    }
    w2n_store_delete(store);
    return 0;
}
