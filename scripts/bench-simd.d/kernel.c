/* SIMD benchmark kernel for scripts/bench-simd: 8-bit image blending with
 * saturation, a sum of absolute differences and a float saxpy, over buffers that
 * fit in L2. Built twice (with and without -msimd128); both builds must print the
 * same checksum. Clang auto-vectorizes the loops into wasm SIMD with -msimd128. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N (64 * 1024)
#define ROUNDS 600

static uint8_t img_a[N], img_b[N], out[N];
static float xs[N / 4], ys[N / 4];

static void blend(uint8_t* restrict d, const uint8_t* restrict s0, const uint8_t* restrict s1,
                  unsigned alpha) {
    for (int i = 0; i < N; i++) {
        unsigned v = (s0[i] * alpha + s1[i] * (256 - alpha)) >> 8;
        unsigned w = v + (s0[i] >> 2);
        d[i] = w > 255 ? 255 : (uint8_t)w;
    }
}

static uint32_t sad(const uint8_t* restrict p, const uint8_t* restrict q) {
    uint32_t s = 0;
    for (int i = 0; i < N; i++) s += (uint32_t)abs((int)p[i] - (int)q[i]);
    return s;
}

static void saxpy(float* restrict y, const float* restrict x, float a) {
    for (int i = 0; i < N / 4; i++) y[i] = a * x[i] + y[i] * 0.5f;
}

int main(int argc, char** argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : ROUNDS;
    uint32_t seed = 12345;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        img_a[i] = (uint8_t)(seed >> 16);
        img_b[i] = (uint8_t)(seed >> 24);
    }
    for (int i = 0; i < N / 4; i++) {
        xs[i] = (float)(i % 97) * 0.25f;
        ys[i] = (float)(i % 13);
    }
    uint64_t check = 0;
    for (int r = 0; r < rounds; r++) {
        blend(out, img_a, img_b, (unsigned)(r * 7) & 255);
        check += sad(out, img_b);
        saxpy(ys, xs, 1.0f / (float)(r + 1));
        img_a[r % N] ^= out[(r * 31) % N];
    }
    double fsum = 0;
    for (int i = 0; i < N / 4; i++) fsum += ys[i];
    printf("checksum %llu %.3f\n", (unsigned long long)check, fsum);
    return 0;
}
