/* cpu.c: checks that the running CPU has the optional features compiled code uses.
 *
 * The compiler records, in every module descriptor, the architecture and the
 * optional features (W2N_CPU_* bits, see w2n_abi.h) its code may execute. Before a
 * module is instantiated the runtime asks the CPU (cpuid on x86_64, the auxiliary
 * vector on aarch64, riscv_hwprobe on riscv64) and refuses cleanly when one is
 * missing, so a binary built with `--cpu x86-64-v3` fails on an older machine with a
 * message naming the feature instead of dying of SIGILL halfway through.
 *
 * Nothing is cached, so detection must be cheap:
 * with glibc on x86_64 it reads what glibc found at start-up (no cpuid at all);
 * with musl it runs one instruction of each feature of the default level (x86-64-v2)
 * under a SIGILL handler, and asks cpuid only the leaves that hold other features. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#if defined(__x86_64__) && defined(__GLIBC__) && __has_include(<sys/platform/x86.h>)
/* glibc (2.33+) ran cpuid at start-up and keeps what it found, with the OS's support
 * for the AVX and AVX-512 state already applied ("active" features): no cpuid here
 * (each one is a VM exit under a hypervisor, tens of microseconds per process). */
#include <sys/platform/x86.h>

static uint64_t host_features(uint64_t want) {
    (void)want;
    uint64_t f = 0;
#define W2N_GLIBC_CPU(glibc, ours)                                                        \
    if (CPU_FEATURE_ACTIVE(glibc)) f |= W2N_CPU_X86_64_##ours;
    W2N_GLIBC_CPU(SSE3, SSE3)
    W2N_GLIBC_CPU(SSSE3, SSSE3)
    W2N_GLIBC_CPU(SSE4_1, SSE41)
    W2N_GLIBC_CPU(SSE4_2, SSE42)
    W2N_GLIBC_CPU(POPCNT, POPCNT)
    W2N_GLIBC_CPU(CMPXCHG16B, CMPXCHG16B)
    W2N_GLIBC_CPU(AVX, AVX)
    W2N_GLIBC_CPU(FMA, FMA)
    W2N_GLIBC_CPU(BMI1, BMI1)
    W2N_GLIBC_CPU(BMI2, BMI2)
    W2N_GLIBC_CPU(AVX2, AVX2)
    W2N_GLIBC_CPU(AVX512F, AVX512F)
    W2N_GLIBC_CPU(AVX512DQ, AVX512DQ)
    W2N_GLIBC_CPU(AVX512VL, AVX512VL)
    W2N_GLIBC_CPU(AVX512_VBMI, AVX512VBMI)
    W2N_GLIBC_CPU(AVX512_VNNI, AVX512VNNI)
    W2N_GLIBC_CPU(AVX512_BITALG, AVX512BITALG)
    W2N_GLIBC_CPU(AVX_VNNI, AVX_VNNI)
    W2N_GLIBC_CPU(LZCNT, LZCNT)
#undef W2N_GLIBC_CPU
    return f;
}
static const char* const feature_names[] = W2N_CPU_X86_64_NAMES;

#elif defined(__x86_64__)
#include <cpuid.h>
#include <setjmp.h>
#include <signal.h>

/* The features of the default level, x86-64-v2: each has an instruction that raises
 * #UD (SIGILL) on a CPU without it. */
#define PROBED                                                                                \
    (W2N_CPU_X86_64_SSE3 | W2N_CPU_X86_64_SSSE3 | W2N_CPU_X86_64_SSE41 |                      \
     W2N_CPU_X86_64_SSE42 | W2N_CPU_X86_64_POPCNT | W2N_CPU_X86_64_CMPXCHG16B)

static w2n_mutex probe_lock = W2N_MUTEX_INIT;
static struct sigaction probe_old;
static _Thread_local sigjmp_buf* probe_jmp;

/* SIGILL while probing: back to probe_ok. Another thread's SIGILL goes to the handler
 * the probe replaced for a moment. */
static void probe_handler(int sig, siginfo_t* info, void* uctx) {
    if (probe_jmp) siglongjmp(*probe_jmp, 1);
    if ((probe_old.sa_flags & SA_SIGINFO) && probe_old.sa_sigaction)
        probe_old.sa_sigaction(sig, info, uctx);
    else if (probe_old.sa_handler != SIG_DFL && probe_old.sa_handler != SIG_IGN)
        probe_old.sa_handler(sig);
    else
        signal(sig, SIG_DFL); /* re-executes and dies of the signal */
}

/* One instruction of each PROBED feature. */
static void run_probe(void) {
    uint64_t cell[2] __attribute__((aligned(16))) = {0, 0};
    uint64_t a = 0, b = 0, c = 0, d = 0;
    __asm__ volatile("haddps %%xmm0, %%xmm0\n\t"    /* SSE3 */
                     "pshufb %%xmm0, %%xmm0\n\t"    /* SSSE3 */
                     "pminsd %%xmm0, %%xmm0\n\t"    /* SSE4.1 */
                     "pcmpgtq %%xmm0, %%xmm0\n\t"   /* SSE4.2 */
                     "popcnt %%rcx, %%rcx\n\t"      /* POPCNT */
                     "lock cmpxchg16b %0\n\t"       /* CMPXCHG16B */
                     : "+m"(cell), "+a"(a), "+b"(b), "+c"(c), "+d"(d)
                     :
                     : "xmm0", "cc", "memory");
}

/* 1 when one instruction of each PROBED feature runs, instead of a cpuid, which under
 * a hypervisor is a VM exit (4-8 us measured on a cloud VM, more than the rest of the
 * runtime's set-up). Under the runtime's own signal handler when it is installed (an
 * executable installs it first): no system call at all; otherwise under a temporary
 * SIGILL handler (two sigaction calls). */
static int probe_ok(void) {
    volatile int ok = 0;
    sigjmp_buf buf;
    if (w2n_signals_installed()) {
        if (sigsetjmp(buf, 0) == 0) {
            w2n_sigill_probe = &buf;
            run_probe();
            ok = 1;
        }
        w2n_sigill_probe = NULL;
        return ok;
    }
    w2n_mutex_lock(&probe_lock);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = probe_handler;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER; /* not blocked after the siglongjmp */
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGILL, &sa, &probe_old) == 0) {
        if (sigsetjmp(buf, 0) == 0) {
            probe_jmp = &buf;
            run_probe();
            ok = 1;
        }
        probe_jmp = NULL;
        sigaction(SIGILL, &probe_old, NULL);
    }
    w2n_mutex_unlock(&probe_lock);
    return ok;
}

static uint64_t xgetbv0(void) {
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

/* Features of leaf 7 (sub-leaf 0 and 1) and of leaf 0x80000001. */
#define LEAF7                                                                                 \
    (W2N_CPU_X86_64_BMI1 | W2N_CPU_X86_64_BMI2 | W2N_CPU_X86_64_AVX2 |                        \
     W2N_CPU_X86_64_AVX512F | W2N_CPU_X86_64_AVX512DQ | W2N_CPU_X86_64_AVX512VL |             \
     W2N_CPU_X86_64_AVX512VBMI | W2N_CPU_X86_64_AVX512VNNI | W2N_CPU_X86_64_AVX512BITALG |    \
     W2N_CPU_X86_64_AVX_VNNI)
#define EXT_LEAF W2N_CPU_X86_64_LZCNT

/* The default level's features are probed by running their instructions; otherwise
 * (or when a probe faults, to name what is missing) the CPU is asked only the cpuid
 * leaves that hold a feature in `want`. Leaf 1 exists on every x86_64 CPU; the others
 * are checked against the highest leaf first. */
static uint64_t host_features(uint64_t want) {
    if (!(want & ~PROBED) && probe_ok()) return PROBED;
    unsigned a, b, c, d;
    uint64_t f = 0;
    __cpuid(1, a, b, c, d);
    if (c & (1u << 0)) f |= W2N_CPU_X86_64_SSE3;
    if (c & (1u << 9)) f |= W2N_CPU_X86_64_SSSE3;
    if (c & (1u << 19)) f |= W2N_CPU_X86_64_SSE41;
    if (c & (1u << 20)) f |= W2N_CPU_X86_64_SSE42;
    if (c & (1u << 23)) f |= W2N_CPU_X86_64_POPCNT;
    if (c & (1u << 13)) f |= W2N_CPU_X86_64_CMPXCHG16B;
    /* AVX state must be enabled by the OS (XCR0 bits 1 and 2), AVX-512 state too
     * (bits 5-7), or the instructions fault even though cpuid lists them. */
    int need_os = (want & ~(f | W2N_CPU_X86_64_CMPXCHG16B | EXT_LEAF)) != 0;
    uint64_t xcr0 = need_os && (c & (1u << 27)) ? xgetbv0() : 0;
    int os_avx = (xcr0 & 0x6) == 0x6;
    int os_avx512 = os_avx && (xcr0 & 0xe0) == 0xe0;
    if (os_avx && (c & (1u << 28))) f |= W2N_CPU_X86_64_AVX;
    if (os_avx && (c & (1u << 12))) f |= W2N_CPU_X86_64_FMA;
    if ((want & LEAF7) && __get_cpuid_count(7, 0, &a, &b, &c, &d)) {
        unsigned max_sub = a;
        if (b & (1u << 3)) f |= W2N_CPU_X86_64_BMI1;
        if (b & (1u << 8)) f |= W2N_CPU_X86_64_BMI2;
        if (os_avx && (b & (1u << 5))) f |= W2N_CPU_X86_64_AVX2;
        if (os_avx512) {
            if (b & (1u << 16)) f |= W2N_CPU_X86_64_AVX512F;
            if (b & (1u << 17)) f |= W2N_CPU_X86_64_AVX512DQ;
            if (b & (1u << 31)) f |= W2N_CPU_X86_64_AVX512VL;
            if (c & (1u << 1)) f |= W2N_CPU_X86_64_AVX512VBMI;
            if (c & (1u << 11)) f |= W2N_CPU_X86_64_AVX512VNNI;
            if (c & (1u << 12)) f |= W2N_CPU_X86_64_AVX512BITALG;
        }
        if ((want & W2N_CPU_X86_64_AVX_VNNI) && max_sub >= 1 &&
            __get_cpuid_count(7, 1, &a, &b, &c, &d) && os_avx && (a & (1u << 4)))
            f |= W2N_CPU_X86_64_AVX_VNNI;
    }
    if ((want & EXT_LEAF) && __get_cpuid(0x80000001u, &a, &b, &c, &d) && (c & (1u << 5)))
        f |= W2N_CPU_X86_64_LZCNT;
    return f;
}
static const char* const feature_names[] = W2N_CPU_X86_64_NAMES;

#elif defined(__aarch64__)
#include <sys/auxv.h>

static uint64_t host_features(uint64_t want) {
    (void)want;
    unsigned long hw = getauxval(AT_HWCAP), hw2 = getauxval(AT_HWCAP2);
    uint64_t f = 0;
    if (hw & (1ul << 8)) f |= W2N_CPU_AARCH64_LSE;                       /* HWCAP_ATOMICS */
    if ((hw & (3ul << 9)) == (3ul << 9)) f |= W2N_CPU_AARCH64_FP16;      /* FPHP, ASIMDHP */
    if (hw & (1ul << 20)) f |= W2N_CPU_AARCH64_DOTPROD;                  /* HWCAP_ASIMDDP */
    if (hw2 & (1ul << 13)) f |= W2N_CPU_AARCH64_I8MM;                    /* HWCAP2_I8MM */
    return f;
}
static const char* const feature_names[] = W2N_CPU_AARCH64_NAMES;

#elif defined(__riscv) && __riscv_xlen == 64
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>

static uint64_t host_features(uint64_t want) {
    (void)want;
    uint64_t f = 0;
    /* riscv_hwprobe (Linux 6.4+): key 4 = RISCV_HWPROBE_KEY_IMA_EXT_0. */
    struct {
        int64_t key;
        uint64_t value;
    } pair = {4, 0};
    if (syscall(258, &pair, 1, 0, (void*)0, 0) == 0 && pair.key == 4) {
        uint64_t v = pair.value;
        if (v & (1ull << 2)) f |= W2N_CPU_RISCV64_V;
        if (v & (1ull << 3)) f |= W2N_CPU_RISCV64_ZBA;
        if (v & (1ull << 4)) f |= W2N_CPU_RISCV64_ZBB;
        if (v & (1ull << 5)) f |= W2N_CPU_RISCV64_ZBS;
        if (v & (1ull << 7)) f |= W2N_CPU_RISCV64_ZBC;
        if (v & (1ull << 30)) f |= W2N_CPU_RISCV64_ZVFH;
        if (v & (1ull << 32)) f |= W2N_CPU_RISCV64_ZFA;
        if (v & (1ull << 35)) f |= W2N_CPU_RISCV64_ZICOND;
    } else if (getauxval(AT_HWCAP) & (1ul << ('V' - 'A'))) {
        f |= W2N_CPU_RISCV64_V; /* older kernels: single-letter extensions only */
    }
    return f;
}
static const char* const feature_names[] = W2N_CPU_RISCV64_NAMES;

#endif

int w2n_cpu_check(const w2n_module* m, char* err, size_t err_len) {
    if (m->cpu_arch != W2N_HOST_ARCH) {
        w2n_snprintf(err, err_len, "module was compiled for another architecture (%llu)",
                 (unsigned long long)m->cpu_arch);
        return -1;
    }
    if (!m->cpu_features) return 0;
    uint64_t missing = m->cpu_features & ~host_features(m->cpu_features);
    if (!missing) return 0;
    size_t n = (size_t)w2n_snprintf(err, err_len,
                                "this program was compiled for CPU features this processor "
                                "lacks:");
    const size_t count = sizeof feature_names / sizeof feature_names[0];
    for (size_t i = 0; i < 64 && n < err_len; i++) {
        if (!(missing & (UINT64_C(1) << i))) continue;
        n += (size_t)w2n_snprintf(err + n, err_len - n, "%s %s", n && err[n - 1] != ':' ? "," : "",
                              i < count ? feature_names[i] : "unknown");
    }
    if (n < err_len)
        w2n_snprintf(err + n, err_len - n, " (rebuild with a lower --cpu, e.g. --cpu baseline)");
    return -1;
}
