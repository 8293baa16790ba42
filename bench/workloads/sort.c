/* sort: memory-heavy sorting of PRNG data.
 * Quicksort (median-of-three, insertion sort for short runs) of 32-bit keys
 * and a stable top-down mergesort of 64-bit key/value records by key; checks
 * order and stability and folds the sorted data into a checksum. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define QN 2000000u
#define MN 1000000u
#define EXPECTED 0xcd2a4af704a66c0full

static uint64_t rng = 0x853c49e6748fea9bull;
static uint32_t next32(void) { /* PCG-style LCG, top bits */
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(rng >> 32);
}

static void insertion_sort(uint32_t *a, int64_t n) {
    for (int64_t i = 1; i < n; i++) {
        uint32_t v = a[i];
        int64_t j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static void swap32(uint32_t *a, uint32_t *b) { uint32_t t = *a; *a = *b; *b = t; }

static void quicksort(uint32_t *a, int64_t n) {
    while (n > 24) {
        int64_t mid = n / 2;
        if (a[mid] < a[0]) swap32(&a[mid], &a[0]);
        if (a[n - 1] < a[0]) swap32(&a[n - 1], &a[0]);
        if (a[n - 1] < a[mid]) swap32(&a[n - 1], &a[mid]);
        uint32_t pivot = a[mid];
        int64_t i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i >= j) break;
            swap32(&a[i], &a[j]);
            i++; j--;
        }
        /* recurse into the smaller part, loop on the larger */
        int64_t left = j + 1;
        if (left < n - left) { quicksort(a, left); a += left; n -= left; }
        else { quicksort(a + left, n - left); n = left; }
    }
    insertion_sort(a, n);
}

typedef struct { uint32_t key; uint32_t seq; } rec;

static void merge_sort(rec *a, rec *tmp, uint32_t n) {
    if (n < 2) return;
    uint32_t h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    uint32_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = (a[j].key < a[i].key) ? a[j++] : a[i++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    for (k = 0; k < n; k++) a[k] = tmp[k];
}

int main(void) {
    uint64_t acc = 0;
    uint32_t *q = malloc(QN * sizeof *q);
    rec *m = malloc(MN * sizeof *m), *tmp = malloc(MN * sizeof *tmp);
    if (!q || !m || !tmp) return 2;

    for (uint32_t i = 0; i < QN; i++) q[i] = next32();
    quicksort(q, QN);
    for (uint32_t i = 0; i < QN; i++) {
        if (i && q[i - 1] > q[i]) { fprintf(stderr, "sort: WRONG quicksort order at %u\n", i); return 1; }
        acc = acc * 0x100000001b3ull + q[i];
    }
    /* many duplicates: keys in a small range */
    for (uint32_t i = 0; i < QN; i++) q[i] = next32() % 1000u;
    quicksort(q, QN);
    for (uint32_t i = 0; i < QN; i++) acc = acc * 0x100000001b3ull + q[i] * (i | 1u);

    for (uint32_t i = 0; i < MN; i++) { m[i].key = next32() % 50000u; m[i].seq = i; }
    merge_sort(m, tmp, MN);
    for (uint32_t i = 0; i < MN; i++) {
        if (i && (m[i - 1].key > m[i].key || (m[i - 1].key == m[i].key && m[i - 1].seq > m[i].seq))) {
            fprintf(stderr, "sort: WRONG mergesort order/stability at %u\n", i);
            return 1;
        }
        acc = acc * 0x100000001b3ull + ((uint64_t)m[i].key << 20) + m[i].seq;
    }
    free(q); free(m); free(tmp);
    if (acc != EXPECTED) {
        fprintf(stderr, "sort: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("sort: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
