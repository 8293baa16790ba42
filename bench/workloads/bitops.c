/* bitops: integer arithmetic and bit twiddling in tight loops.
 * Collatz stopping times for a range of starting values (64-bit arithmetic,
 * data-dependent branches), then SWAR popcount, bit reversal, Gray code,
 * rotates and a xorshift generator over many 64-bit words. */
#include <stdint.h>
#include <stdio.h>

#define COLLATZ_N 1500000u
#define BITS_N 12000000u
#define EXPECTED 0x8a70fb86c32197ebull

static uint32_t collatz_len(uint64_t x) {
    uint32_t steps = 0;
    while (x != 1) {
        x = (x & 1) ? 3 * x + 1 : x >> 1;
        steps++;
    }
    return steps;
}

static uint32_t popcount64(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (uint32_t)((x * 0x0101010101010101ull) >> 56);
}

static uint64_t reverse64(uint64_t x) {
    x = ((x >> 1) & 0x5555555555555555ull) | ((x & 0x5555555555555555ull) << 1);
    x = ((x >> 2) & 0x3333333333333333ull) | ((x & 0x3333333333333333ull) << 2);
    x = ((x >> 4) & 0x0f0f0f0f0f0f0f0full) | ((x & 0x0f0f0f0f0f0f0f0full) << 4);
    x = ((x >> 8) & 0x00ff00ff00ff00ffull) | ((x & 0x00ff00ff00ff00ffull) << 8);
    x = ((x >> 16) & 0x0000ffff0000ffffull) | ((x & 0x0000ffff0000ffffull) << 16);
    return (x >> 32) | (x << 32);
}

static uint64_t rotl(uint64_t x, unsigned r) { return (x << r) | (x >> ((64 - r) & 63)); }

static uint32_t leading_zeros(uint64_t x) {
    uint32_t n = 0;
    if (x == 0) return 64;
    while (!(x & 0x8000000000000000ull)) { x <<= 1; n++; }
    return n;
}

int main(void) {
    uint64_t acc = 0;
    uint32_t best = 0, best_at = 0;
    for (uint32_t i = 1; i <= COLLATZ_N; i++) {
        uint32_t len = collatz_len(i);
        if (len > best) { best = len; best_at = i; }
        acc += len;
    }
    acc = acc * 1000003ull + ((uint64_t)best << 32) + best_at;

    uint64_t s = 0x9e3779b97f4a7c15ull, h = 0;
    for (uint32_t i = 0; i < BITS_N; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        uint64_t g = s ^ (s >> 1);                     /* Gray code */
        uint64_t r = reverse64(g);
        uint32_t pc = popcount64(s);
        uint32_t lz = leading_zeros(s >> (i & 31));
        h = rotl(h ^ r, (pc + lz) & 63) + (uint64_t)pc * 0x100000001b3ull;
        if ((s & 7) == 0) h ^= (uint64_t)(uint32_t)(s >> 32) / ((uint32_t)s | 1u);
    }
    acc ^= h;

    if (acc != EXPECTED) {
        fprintf(stderr, "bitops: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("bitops: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
