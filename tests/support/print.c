/* Output imports for the end-to-end tests in tests/wat/.
 *
 * Each function prints one line on stdout with write(2) (no stdio buffering, so
 * output printed before a trap is never lost):
 *   env.print_i32 (i32)  "%d"                 (signed decimal)
 *   env.print_i64 (i64)  "%lld"               (signed decimal)
 *   env.print_f32 (f32)  "%.9g 0x%08x"        (value, bit pattern)   NaN: "nan"
 *   env.print_f64 (f64)  "%.17g 0x%016llx"    (value, bit pattern)   NaN: "nan"
 * NaNs print without their bits: the sign and payload of a NaN produced by
 * arithmetic are nondeterministic in wasm. Tests that care about NaN bits print
 * them with iNN.reinterpret_fNN + print_iNN.
 *
 * The first parameter is the calling instance (w2n_instance*), unused here. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void emit(const char *buf, int n) {
    while (n > 0) {
        ssize_t w = write(1, buf, (size_t)n);
        if (w <= 0) return;
        buf += w;
        n -= (int)w;
    }
}

void w2n_import_env_print_i32(void *inst, uint32_t v) {
    (void)inst;
    char buf[64];
    emit(buf, snprintf(buf, sizeof buf, "%d\n", (int32_t)v));
}

void w2n_import_env_print_i64(void *inst, uint64_t v) {
    (void)inst;
    char buf[64];
    emit(buf, snprintf(buf, sizeof buf, "%lld\n", (long long)(int64_t)v));
}

void w2n_import_env_print_f32(void *inst, float v) {
    (void)inst;
    char buf[96];
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    if (v != v)
        emit(buf, snprintf(buf, sizeof buf, "nan\n"));
    else
        emit(buf, snprintf(buf, sizeof buf, "%.9g 0x%08x\n", (double)v, bits));
}

void w2n_import_env_print_f64(void *inst, double v) {
    (void)inst;
    char buf[96];
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    if (v != v)
        emit(buf, snprintf(buf, sizeof buf, "nan\n"));
    else
        emit(buf, snprintf(buf, sizeof buf, "%.17g 0x%016llx\n", v, (unsigned long long)bits));
}

/* env."print-i32": the same as print_i32, reached through an escaped symbol name
 * ('-' is byte 0x2D). Used by tests/wat/imports_escaped.wat. */
void w2n_import_env_print_2Di32(void *inst, uint32_t v) {
    w2n_import_env_print_i32(inst, v);
}
