/* hashtable: memory-heavy hashing.
 * An open-addressing (linear probing, backward-shift deletion) hash table
 * from 64-bit keys to 32-bit values that grows by rehashing, driven by a
 * PRNG mix of inserts, lookups and deletes; then an FNV-1a and a 64-bit
 * multiply-rotate hash over a large generated buffer. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OPS 4000000u
#define KEYSPACE 1500000u
#define BUF_SIZE (8u << 20)
#define EXPECTED 0x3b4c568c1be32df9ull

typedef struct {
    uint64_t *keys; /* 0 = empty */
    uint32_t *vals;
    uint32_t cap, len; /* cap is a power of two */
} table;

static uint64_t mix(uint64_t k) {
    k ^= k >> 33; k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ull;
    return k ^ (k >> 33);
}

static void t_init(table *t, uint32_t cap) {
    t->cap = cap; t->len = 0;
    t->keys = calloc(cap, sizeof *t->keys);
    t->vals = calloc(cap, sizeof *t->vals);
    if (!t->keys || !t->vals) exit(2);
}

static void t_put(table *t, uint64_t k, uint32_t v);

static void t_grow(table *t) {
    table n;
    t_init(&n, t->cap * 2);
    for (uint32_t i = 0; i < t->cap; i++)
        if (t->keys[i]) t_put(&n, t->keys[i], t->vals[i]);
    free(t->keys); free(t->vals);
    *t = n;
}

static void t_put(table *t, uint64_t k, uint32_t v) {
    if ((uint64_t)(t->len + 1) * 4 > (uint64_t)t->cap * 3) t_grow(t);
    uint32_t mask = t->cap - 1, i = (uint32_t)mix(k) & mask;
    while (t->keys[i]) {
        if (t->keys[i] == k) { t->vals[i] = v; return; }
        i = (i + 1) & mask;
    }
    t->keys[i] = k; t->vals[i] = v; t->len++;
}

static int t_get(const table *t, uint64_t k, uint32_t *v) {
    uint32_t mask = t->cap - 1, i = (uint32_t)mix(k) & mask;
    while (t->keys[i]) {
        if (t->keys[i] == k) { *v = t->vals[i]; return 1; }
        i = (i + 1) & mask;
    }
    return 0;
}

static int t_del(table *t, uint64_t k) {
    uint32_t mask = t->cap - 1, i = (uint32_t)mix(k) & mask;
    while (t->keys[i] != k) {
        if (!t->keys[i]) return 0;
        i = (i + 1) & mask;
    }
    /* backward-shift deletion keeps probe sequences intact without tombstones */
    uint32_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (!t->keys[j]) break;
        uint32_t home = (uint32_t)mix(t->keys[j]) & mask;
        /* move j into the hole at i unless its home lies cyclically in (i, j] */
        if ((j > i && (home <= i || home > j)) || (j < i && (home <= i && home > j))) {
            t->keys[i] = t->keys[j]; t->vals[i] = t->vals[j];
            i = j;
        }
    }
    t->keys[i] = 0; t->len--;
    return 1;
}

static uint64_t rng = 0x6a09e667f3bcc909ull;
static uint64_t next64(void) {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

int main(void) {
    table t;
    t_init(&t, 1024);
    uint64_t acc = 0, hits = 0, dels = 0;
    for (uint32_t op = 0; op < OPS; op++) {
        uint64_t r = next64();
        uint64_t key = ((r >> 8) % KEYSPACE + 1) * 0x9e3779b97f4a7c15ull; /* never 0 */
        uint32_t v;
        switch (r & 3) {
        case 0: case 1: t_put(&t, key, (uint32_t)(r >> 32)); break;
        case 2: if (t_get(&t, key, &v)) { hits++; acc += v; } break;
        default: dels += (uint64_t)t_del(&t, key); break;
        }
    }
    /* final scan: the sum does not depend on the layout */
    uint64_t sum = 0;
    for (uint32_t i = 0; i < t.cap; i++)
        if (t.keys[i]) sum += mix(t.keys[i]) ^ t.vals[i];
    acc = acc * 1000003ull + hits * 31 + dels + ((uint64_t)t.len << 40) + sum;
    free(t.keys); free(t.vals);

    uint8_t *buf = malloc(BUF_SIZE);
    if (!buf) return 2;
    for (uint32_t i = 0; i < BUF_SIZE; i += 8) {
        uint64_t r = next64();
        memcpy(buf + i, &r, 8);
    }
    uint64_t fnv = 1469598103934665603ull;
    for (uint32_t i = 0; i < BUF_SIZE; i++) fnv = (fnv ^ buf[i]) * 1099511628211ull;
    uint64_t h2 = 0;
    for (int round = 0; round < 8; round++) {
        for (uint32_t i = 0; i < BUF_SIZE; i += 8) {
            uint64_t w;
            memcpy(&w, buf + i, 8);
            h2 = ((h2 ^ (w * 0x87c37b91114253d5ull)) << 27 | (h2 ^ (w * 0x87c37b91114253d5ull)) >> 37) * 5 + 0x52dce729 + (uint64_t)round;
        }
    }
    free(buf);
    acc ^= fnv + (h2 << 1);
    if (acc != EXPECTED) {
        fprintf(stderr, "hashtable: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("hashtable: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
