/* nqueens: deep recursion with backtracking.
 * Counts N-queens solutions for several board sizes with a plain array-based
 * recursive search (column and diagonal occupancy tables, one call per row). */
#include <stdint.h>
#include <stdio.h>

#define MAXN 16
#define EXPECTED 0x20875b7c52a30f03ull

static int cols[MAXN], diag1[2 * MAXN], diag2[2 * MAXN];
static int placement[MAXN];

static uint64_t place(int row, int n, uint64_t *sig) {
    if (row == n) {
        /* fold the placement into a signature so the search order matters */
        uint64_t h = 0;
        for (int r = 0; r < n; r++) h = h * 17 + (uint64_t)placement[r];
        *sig ^= h + (*sig << 6) + (*sig >> 2);
        return 1;
    }
    uint64_t total = 0;
    for (int c = 0; c < n; c++) {
        if (cols[c] || diag1[row + c] || diag2[row - c + n]) continue;
        cols[c] = diag1[row + c] = diag2[row - c + n] = 1;
        placement[row] = c;
        total += place(row + 1, n, sig);
        cols[c] = diag1[row + c] = diag2[row - c + n] = 0;
    }
    return total;
}

int main(void) {
    uint64_t acc = 0;
    for (int n = 4; n <= 13; n++) {
        uint64_t sig = 0;
        uint64_t count = place(0, n, &sig);
        acc = acc * 1000003ull + count;
        acc ^= sig;
    }
    if (acc != EXPECTED) {
        fprintf(stderr, "nqueens: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("nqueens: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
