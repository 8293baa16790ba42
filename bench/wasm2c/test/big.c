/* malloc (memory.grow), qsort, float formatting, stdin, clock, random. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int cmp(const void* a, const void* b) {
    double x = *(const double*)a, y = *(const double*)b;
    return (x > y) - (x < y);
}

int main(int argc, char** argv) {
    size_t n = argc > 1 ? (size_t)atol(argv[1]) : 1000000;
    double* v = malloc(n * sizeof *v);
    if (!v) { fprintf(stderr, "malloc failed\n"); return 1; }
    uint64_t s = 88172645463325252ull;
    for (size_t i = 0; i < n; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        v[i] = (double)(s >> 11) / 9007199254740992.0 * 1000.0;
    }
    qsort(v, n, sizeof *v, cmp);
    double sum = 0;
    for (size_t i = 0; i < n; i++) sum += v[i];
    printf("n=%zu min=%.6f max=%.6f median=%.6f mean=%.6f\n", n, v[0], v[n - 1], v[n / 2],
           sum / (double)n);
    printf("%g %e %.3f %a\n", 1.0 / 3.0, 6.02214076e23, -2.5, 0.1);
    for (size_t i = 1; i < n; i++)
        if (v[i - 1] > v[i]) { puts("NOT SORTED"); return 2; }
    /* many small allocations */
    char** strs = malloc(10000 * sizeof *strs);
    size_t total = 0;
    for (int i = 0; i < 10000; i++) {
        strs[i] = malloc(16 + i % 100);
        snprintf(strs[i], 16, "%d", i);
        total += strlen(strs[i]);
    }
    for (int i = 0; i < 10000; i++) free(strs[i]);
    free(strs);
    printf("total=%zu\n", total);
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0 || ts.tv_sec < 0) { puts("clock failed"); return 3; }
    unsigned char r[32];
    if (getentropy(r, sizeof r) != 0) { puts("getentropy failed"); return 4; }
    printf("clock ok, random ok\n");
    /* stdin: count bytes */
    char buf[4096];
    size_t got = 0, k;
    while ((k = fread(buf, 1, sizeof buf, stdin)) > 0) got += k;
    printf("stdin bytes=%zu\n", got);
    printf("env HOME=%s\n", getenv("HOME") ? getenv("HOME") : "(unset)");
    free(v);
    return 0;
}
