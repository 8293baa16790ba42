/* recursion: call-heavy naive recursion.
 * Doubly recursive Fibonacci, the Takeuchi function and Ackermann(3, n)
 * (recursion several thousand frames deep). */
#include <stdint.h>
#include <stdio.h>

#define EXPECTED 0x414c5ba9c792a8dbull

static uint32_t fib(uint32_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int32_t tak(int32_t x, int32_t y, int32_t z) {
    if (y >= x) return z;
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}

static uint32_t ack(uint32_t m, uint32_t n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

int main(void) {
    uint64_t acc = 0;
    for (uint32_t n = 24; n <= 36; n += 3) acc = acc * 31 + fib(n);
    for (int32_t i = 0; i < 4; i++) acc = acc * 31 + (uint64_t)(uint32_t)tak(22 + i, 14, 7 - i);
    for (uint32_t n = 6; n <= 10; n++) acc = acc * 31 + ack(3, n);
    if (acc != EXPECTED) {
        fprintf(stderr, "recursion: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("recursion: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
