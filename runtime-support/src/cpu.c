/* cpu.c: checks that the running CPU has the optional features compiled code uses.
 *
 * The compiler records, in every module descriptor, the architecture and the
 * optional features (W2N_CPU_* bits, see w2n_abi.h) its code may execute. Before a
 * module is instantiated the runtime asks the CPU (cpuid on x86_64, the auxiliary
 * vector on aarch64, riscv_hwprobe on riscv64) and refuses cleanly when one is
 * missing, so a binary built with `--cpu x86-64-v3` fails on an older machine with a
 * message naming the feature instead of dying of SIGILL halfway through.
 *
 * Nothing is cached: detection is a handful of instructions per instantiation and
 * the runtime keeps no global mutable state. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>

static uint64_t xgetbv0(void) {
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

static uint64_t host_features(void) {
    unsigned a, b, c, d;
    uint64_t f = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (c & (1u << 0)) f |= W2N_CPU_X86_64_SSE3;
    if (c & (1u << 9)) f |= W2N_CPU_X86_64_SSSE3;
    if (c & (1u << 19)) f |= W2N_CPU_X86_64_SSE41;
    if (c & (1u << 20)) f |= W2N_CPU_X86_64_SSE42;
    if (c & (1u << 23)) f |= W2N_CPU_X86_64_POPCNT;
    if (c & (1u << 13)) f |= W2N_CPU_X86_64_CMPXCHG16B;
    /* AVX state must be enabled by the OS (XCR0 bits 1 and 2), AVX-512 state too
     * (bits 5-7), or the instructions fault even though cpuid lists them. */
    uint64_t xcr0 = (c & (1u << 27)) ? xgetbv0() : 0;
    int os_avx = (xcr0 & 0x6) == 0x6;
    int os_avx512 = os_avx && (xcr0 & 0xe0) == 0xe0;
    if (os_avx && (c & (1u << 28))) f |= W2N_CPU_X86_64_AVX;
    if (os_avx && (c & (1u << 12))) f |= W2N_CPU_X86_64_FMA;
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
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
        if (max_sub >= 1 && __get_cpuid_count(7, 1, &a, &b, &c, &d) && os_avx &&
            (a & (1u << 4)))
            f |= W2N_CPU_X86_64_AVX_VNNI;
    }
    if (__get_cpuid(0x80000001u, &a, &b, &c, &d) && (c & (1u << 5))) f |= W2N_CPU_X86_64_LZCNT;
    return f;
}
static const char* const feature_names[] = W2N_CPU_X86_64_NAMES;

#elif defined(__aarch64__)
#include <sys/auxv.h>

static uint64_t host_features(void) {
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

static uint64_t host_features(void) {
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
        snprintf(err, err_len, "module was compiled for another architecture (%llu)",
                 (unsigned long long)m->cpu_arch);
        return -1;
    }
    if (!m->cpu_features) return 0;
    uint64_t missing = m->cpu_features & ~host_features();
    if (!missing) return 0;
    size_t n = (size_t)snprintf(err, err_len,
                                "this program was compiled for CPU features this processor "
                                "lacks:");
    const size_t count = sizeof feature_names / sizeof feature_names[0];
    for (size_t i = 0; i < 64 && n < err_len; i++) {
        if (!(missing & (UINT64_C(1) << i))) continue;
        n += (size_t)snprintf(err + n, err_len - n, "%s %s", n && err[n - 1] != ':' ? "," : "",
                              i < count ? feature_names[i] : "unknown");
    }
    if (n < err_len)
        snprintf(err + n, err_len - n, " (rebuild with a lower --cpu, e.g. --cpu baseline)");
    return -1;
}
