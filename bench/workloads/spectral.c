/* spectral: double-precision floating point with divisions, vector loops.
 * Estimates the largest singular value of the infinite matrix
 * a(i,j) = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to N x N, by power
 * iteration on A^T A. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 2400
#define ITERS 10
#define EXPECTED 1.2742241524776239

static double a(uint32_t i, uint32_t j) {
    return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_av(const double *v, double *out) {
    for (uint32_t i = 0; i < N; i++) {
        double s = 0.0;
        for (uint32_t j = 0; j < N; j++) s += a(i, j) * v[j];
        out[i] = s;
    }
}

static void mul_atv(const double *v, double *out) {
    for (uint32_t i = 0; i < N; i++) {
        double s = 0.0;
        for (uint32_t j = 0; j < N; j++) s += a(j, i) * v[j];
        out[i] = s;
    }
}

static void mul_atav(const double *v, double *out, double *tmp) {
    mul_av(v, tmp);
    mul_atv(tmp, out);
}

int main(void) {
    double *u = malloc(N * sizeof *u), *v = malloc(N * sizeof *v), *t = malloc(N * sizeof *t);
    if (!u || !v || !t) return 2;
    for (uint32_t i = 0; i < N; i++) u[i] = 1.0;
    for (int k = 0; k < ITERS; k++) {
        mul_atav(u, v, t);
        mul_atav(v, u, t);
    }
    double vbv = 0.0, vv = 0.0;
    for (uint32_t i = 0; i < N; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    double norm = sqrt(vbv / vv);
    free(u); free(v); free(t);
    if (fabs(norm - EXPECTED) > 1e-12) {
        fprintf(stderr, "spectral: WRONG got %.12f expected %.12f\n", norm, EXPECTED);
        return 1;
    }
    printf("spectral: ok %.9f\n", norm);
    return 0;
}
