/* matmul: dense double-precision matrix multiply (memory and FP throughput).
 * C = A * B for square matrices of small integers stored as doubles, with a
 * cache-blocked i-k-j loop; every product and partial sum is an exact
 * integer, so the result is bit-exact on every target (FMA or not). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 512
#define BLOCK 64
#define REPS 2
#define EXPECTED 0xa9cc236241f7864bull

static uint64_t rng = 0xbb67ae8584caa73bull;
static double small_int(void) { /* integer in [-8, 8] */
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (double)((int32_t)((rng >> 33) % 17u) - 8);
}

static void matmul(const double *a, const double *b, double *c) {
    memset(c, 0, sizeof(double) * N * N);
    for (int ii = 0; ii < N; ii += BLOCK)
        for (int kk = 0; kk < N; kk += BLOCK)
            for (int jj = 0; jj < N; jj += BLOCK)
                for (int i = ii; i < ii + BLOCK && i < N; i++)
                    for (int k = kk; k < kk + BLOCK && k < N; k++) {
                        double aik = a[i * N + k];
                        const double *brow = &b[k * N];
                        double *crow = &c[i * N];
                        for (int j = jj; j < jj + BLOCK && j < N; j++) crow[j] += aik * brow[j];
                    }
}

int main(void) {
    double *a = malloc(sizeof(double) * N * N), *b = malloc(sizeof(double) * N * N),
           *c = malloc(sizeof(double) * N * N);
    if (!a || !b || !c) return 2;
    for (int i = 0; i < N * N; i++) a[i] = small_int();
    for (int i = 0; i < N * N; i++) b[i] = small_int();
    uint64_t acc = 0;
    for (int r = 0; r < REPS; r++) {
        matmul(a, b, c);
        for (int i = 0; i < N * N; i++) {
            acc = acc * 0x100000001b3ull + (uint64_t)(int64_t)c[i];
        }
        /* feed the result back in (reduced to small integers) for the next rep */
        for (int i = 0; i < N * N; i++) a[i] = (double)((int64_t)c[i] % 9);
    }
    free(a); free(b); free(c);
    if (acc != EXPECTED) {
        fprintf(stderr, "matmul: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("matmul: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
