/* sieve: integer loops over a large byte array.
 * Sieve of Eratosthenes up to ~20 million, several rounds with slightly
 * different limits; folds the prime count, the prime sum and an FNV hash of
 * the prime gaps into one checksum. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIMIT 20000000u
#define ROUNDS 4
#define EXPECTED 0x7e3f27fadfab5c46ull

static uint64_t sieve(uint8_t *comp, uint32_t n) {
    memset(comp, 0, (size_t)n + 1);
    comp[0] = comp[1] = 1;
    for (uint32_t i = 2; (uint64_t)i * i <= n; i++) {
        if (comp[i]) continue;
        for (uint32_t j = i * i; j <= n; j += i) comp[j] = 1;
    }
    uint64_t count = 0, sum = 0, h = 1469598103934665603ull;
    uint32_t last = 2;
    for (uint32_t i = 2; i <= n; i++) {
        if (!comp[i]) {
            count++;
            sum += i;
            h = (h ^ (uint64_t)(i - last)) * 1099511628211ull;
            last = i;
        }
    }
    return (count * 1000003ull) ^ sum ^ h;
}

int main(void) {
    uint8_t *comp = malloc((size_t)LIMIT + 1);
    if (!comp) return 2;
    uint64_t acc = 0;
    for (uint32_t r = 0; r < ROUNDS; r++) {
        acc = acc * 31 + sieve(comp, LIMIT - r * 7919u);
    }
    free(comp);
    if (acc != EXPECTED) {
        fprintf(stderr, "sieve: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("sieve: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
