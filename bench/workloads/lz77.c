/* lz77: byte-oriented compression round trip (memory-heavy, branchy).
 * Generates compressible pseudo-text from a PRNG-driven word list, compresses
 * it with a hash-chain LZ77 coder (literal runs and length/distance matches in
 * a 64 KiB window), decompresses, verifies the round trip, and checksums the
 * compressed stream. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INPUT_SIZE (12u << 20)
#define WINDOW 65535u
#define HASH_BITS 15
#define MAX_CHAIN 32
#define MIN_MATCH 4
#define MAX_MATCH 258
#define EXPECTED 0x3920099da50588f6ull

static uint64_t rng = 0x3c6ef372fe94f82bull;
static uint32_t next32(void) {
    rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
    return (uint32_t)((rng * 0x2545f4914f6cdd1dull) >> 32);
}

static const char *const words[] = {
    "the", "of", "and", "compiler", "wasm", "native", "module", "function", "table",
    "memory", "stack", "value", "branch", "loop", "block", "import", "export",
    "instance", "runtime", "cranelift", "object", "linker", "section", "global",
    "trap", "bounds", "check", "page", "grow", "call", "indirect", "signature"};
#define NWORDS (sizeof words / sizeof words[0])

static uint32_t gen_input(uint8_t *out, uint32_t size) {
    uint32_t n = 0;
    while (n < size) {
        uint32_t r = next32();
        const char *w;
        char num[12];
        if ((r & 15) == 0) { /* an incompressible-ish number now and then */
            uint32_t v = next32() % 100000u, k = 0;
            char tmp[12];
            do { tmp[k++] = (char)('0' + v % 10); v /= 10; } while (v);
            for (uint32_t i = 0; i < k; i++) num[i] = tmp[k - 1 - i];
            num[k] = 0;
            w = num;
        } else {
            /* skewed word choice: low indices far more frequent */
            uint32_t idx = (r >> 4) % NWORDS;
            idx = idx * ((r >> 12) % NWORDS) / NWORDS;
            w = words[idx];
        }
        size_t len = strlen(w);
        for (size_t i = 0; i < len && n < size; i++) out[n++] = (uint8_t)w[i];
        if (n < size) out[n++] = (r >> 20) % 11 == 0 ? '\n' : ' ';
    }
    return n;
}

static uint32_t hash4(const uint8_t *p) {
    uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* Stream format: a token byte T.
 *   T < 128: T+1 literal bytes follow.
 *   T >= 128: match of length (T - 128) + MIN_MATCH (extended by a following
 *   byte when T == 255), then a 16-bit little-endian distance. */
static uint32_t compress(const uint8_t *in, uint32_t n, uint8_t *out, int32_t *head, int32_t *prev) {
    uint32_t o = 0, lit_start = 0, i = 0;
    for (uint32_t k = 0; k < (1u << HASH_BITS); k++) head[k] = -1;
    while (i < n) {
        uint32_t best_len = 0, best_dist = 0;
        if (i + MIN_MATCH <= n) {
            uint32_t h = hash4(in + i);
            int32_t cand = head[h];
            uint32_t limit = n - i < MAX_MATCH ? n - i : MAX_MATCH;
            for (int chain = 0; cand >= 0 && chain < MAX_CHAIN; chain++) {
                uint32_t dist = i - (uint32_t)cand;
                if (dist > WINDOW) break;
                if (in[cand + best_len] == in[i + best_len]) {
                    uint32_t l = 0;
                    while (l < limit && in[cand + l] == in[i + l]) l++;
                    if (l > best_len) { best_len = l; best_dist = dist; if (l == limit) break; }
                }
                cand = prev[cand];
            }
            prev[i] = head[h];
            head[h] = (int32_t)i;
        }
        if (best_len >= MIN_MATCH) {
            while (lit_start < i) { /* flush pending literals */
                uint32_t run = i - lit_start > 128 ? 128 : i - lit_start;
                out[o++] = (uint8_t)(run - 1);
                memcpy(out + o, in + lit_start, run);
                o += run; lit_start += run;
            }
            uint32_t code = best_len - MIN_MATCH;
            if (code < 127) out[o++] = (uint8_t)(128 + code);
            else { out[o++] = 255; out[o++] = (uint8_t)(code - 127); }
            out[o++] = (uint8_t)best_dist; out[o++] = (uint8_t)(best_dist >> 8);
            /* insert the skipped positions into the hash chains */
            for (uint32_t k = 1; k < best_len && i + k + MIN_MATCH <= n; k++) {
                uint32_t h = hash4(in + i + k);
                prev[i + k] = head[h];
                head[h] = (int32_t)(i + k);
            }
            i += best_len;
            lit_start = i;
        } else {
            i++;
        }
    }
    while (lit_start < n) {
        uint32_t run = n - lit_start > 128 ? 128 : n - lit_start;
        out[o++] = (uint8_t)(run - 1);
        memcpy(out + o, in + lit_start, run);
        o += run; lit_start += run;
    }
    return o;
}

static uint32_t decompress(const uint8_t *in, uint32_t n, uint8_t *out, uint32_t cap) {
    uint32_t i = 0, o = 0;
    while (i < n) {
        uint32_t t = in[i++];
        if (t < 128) {
            uint32_t run = t + 1;
            if (o + run > cap || i + run > n) return 0xffffffffu;
            memcpy(out + o, in + i, run);
            i += run; o += run;
        } else {
            uint32_t len = t - 128;
            if (t == 255) len = 127 + in[i++];
            len += MIN_MATCH;
            uint32_t dist = (uint32_t)in[i] | (uint32_t)in[i + 1] << 8;
            i += 2;
            if (dist == 0 || dist > o || o + len > cap) return 0xffffffffu;
            const uint8_t *src = out + o - dist; /* may overlap: copy bytewise */
            for (uint32_t k = 0; k < len; k++) out[o + k] = src[k];
            o += len;
        }
    }
    return o;
}

int main(void) {
    uint8_t *in = malloc(INPUT_SIZE), *comp = malloc(INPUT_SIZE + INPUT_SIZE / 64 + 16),
            *back = malloc(INPUT_SIZE);
    int32_t *head = malloc(sizeof(int32_t) << HASH_BITS), *prev = malloc(sizeof(int32_t) * INPUT_SIZE);
    if (!in || !comp || !back || !head || !prev) return 2;
    uint32_t n = gen_input(in, INPUT_SIZE);
    uint32_t clen = compress(in, n, comp, head, prev);
    uint32_t dlen = decompress(comp, clen, back, INPUT_SIZE);
    if (dlen != n || memcmp(in, back, n) != 0) {
        fprintf(stderr, "lz77: WRONG round trip (%u bytes in, %u compressed, %u out)\n", n, clen, dlen);
        return 1;
    }
    uint64_t h = 1469598103934665603ull;
    for (uint32_t i = 0; i < clen; i++) h = (h ^ comp[i]) * 1099511628211ull;
    uint64_t acc = ((uint64_t)clen << 32) ^ h;
    free(in); free(comp); free(back); free(head); free(prev);
    if (acc != EXPECTED) {
        fprintf(stderr, "lz77: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("lz77: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
