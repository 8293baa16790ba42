/* Host functions for tests/wat/imports.wat: the import ABI beyond print_*.
 * Compiled by `wasm2native build --link`, which puts runtime-support/include on the
 * include path (so this file also checks that "wasm2native.h" is found). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "wasm2native.h"

/* env.add: (i32, i64) -> f32 — the README's example. */
float w2n_import_env_add(w2n_instance *inst, uint32_t a, uint64_t b) {
    (void)inst;
    return (float)((int64_t)(int32_t)a + (int64_t)b);
}

/* env.divmod: (i64, i64) -> (i64, i64): two results go through `results`. */
void w2n_import_env_divmod(w2n_instance *inst, uint64_t a, uint64_t b, w2n_val *results) {
    (void)inst;
    results[0].lo = a / b;
    results[1].lo = a % b;
}

/* env.triple: (f64) -> (i32, f64, f32) */
void w2n_import_env_triple(w2n_instance *inst, double x, w2n_val *results) {
    (void)inst;
    float f = (float)(x * 2);
    double d = x / 4;
    results[0].lo = (uint32_t)(int32_t)x;
    memcpy(&results[1].lo, &d, sizeof d);
    results[2].lo = 0;
    memcpy(&results[2].lo, &f, sizeof f);
}

/* env.weigh: 12 mixed parameters (more than fit in registers) -> f64;
 * each parameter gets a distinct weight, so any mix-up shows. */
double w2n_import_env_weigh(w2n_instance *inst, uint32_t a, uint64_t b, float c, double d,
                            uint32_t e, uint64_t f, float g, double h, uint32_t i, uint64_t j,
                            float k, double l) {
    (void)inst;
    return (double)(int32_t)a * 1 + (double)(int64_t)b * 2 + c * 4.0 + d * 8 +
           (double)(int32_t)e * 16 + (double)(int64_t)f * 32 + g * 64.0 + h * 128 +
           (double)(int32_t)i * 256 + (double)(int64_t)j * 512 + k * 1024.0 + l * 2048;
}

/* env.print_str: (ptr, len) — reads the caller's memory through w2n_mem. */
void w2n_import_env_print_str(w2n_instance *inst, uint32_t ptr, uint32_t len) {
    uint8_t *p = w2n_mem(inst, ptr, len);
    if (!p) {
        static const char msg[] = "<out of bounds>\n";
        (void)!write(1, msg, sizeof msg - 1);
        return;
    }
    (void)!write(1, p, len);
    (void)!write(1, "\n", 1);
}

/* env.poke: (ptr, value) — the host writes the caller's memory. */
void w2n_import_env_poke(w2n_instance *inst, uint32_t ptr, uint32_t value) {
    uint8_t *p = w2n_mem(inst, ptr, 4);
    if (p) memcpy(p, &value, 4);
}

/* env.callback: (funcref-table index) -> i32: calls back into the guest through the
 * exported function "double" (re-entrancy). */
uint32_t w2n_import_env_callback(w2n_instance *inst, uint32_t x) {
    w2n_val vals[1];
    memset(vals, 0, sizeof vals);
    vals[0].lo = x;
    if (w2n_call_export(inst, "double", vals) != 0) return 0xdead;
    return (uint32_t)vals[0].lo;
}
