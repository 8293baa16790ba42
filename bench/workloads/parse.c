/* parse: string building, tokenizing and parsing.
 * Generates a JSON-like document (records with strings and escapes,
 * integers, fixed-point decimals, booleans, nested arrays and objects) and a
 * CSV table with a hand-written writer, then parses both with a recursive
 * descent parser / field splitter, summing the numbers and hashing keys and
 * string values. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RECORDS 60000
#define CSV_ROWS 150000
#define PASSES 6
#define EXPECTED 0x072547c18ea2f400ull

/* ---------- growable text buffer ---------- */
typedef struct { char *p; size_t len, cap; } buf;
static void put(buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        while (b->len + n + 1 > b->cap) b->cap = b->cap ? b->cap * 2 : 4096;
        b->p = realloc(b->p, b->cap);
        if (!b->p) exit(2);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}
static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }
static void put_int(buf *b, int64_t v) {
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
    put(b, tmp, (size_t)n);
}

static uint64_t rng = 0x510e527fade682d1ull;
static uint32_t next32(void) {
    rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
    return (uint32_t)((rng * 0x2545f4914f6cdd1dull) >> 32);
}

static const char *const names[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta",
                                    "eta", "theta", "iota", "kappa", "lambda", "mu"};

static void gen_string(buf *b) {
    puts_(b, "\"");
    uint32_t parts = 1 + next32() % 3;
    for (uint32_t i = 0; i < parts; i++) {
        if (i) puts_(b, (next32() & 3) == 0 ? "\\\"" : (next32() & 1) ? "\\n" : " ");
        puts_(b, names[next32() % 12]);
    }
    puts_(b, "\"");
}

static void gen_value(buf *b, int depth) {
    uint32_t r = next32() % (depth > 2 ? 5 : 7);
    switch (r) {
    case 0: put_int(b, (int64_t)(next32() % 2000001u) - 1000000); break;
    case 1: { /* fixed-point decimal with up to 3 fraction digits */
        int64_t v = (int64_t)(next32() % 10000000u) - 5000000;
        if (v < 0) { puts_(b, "-"); v = -v; }
        put_int(b, v / 1000);
        puts_(b, ".");
        char frac[4] = {(char)('0' + v / 100 % 10), (char)('0' + v / 10 % 10), (char)('0' + v % 10), 0};
        puts_(b, frac);
        break;
    }
    case 2: gen_string(b); break;
    case 3: puts_(b, next32() & 1 ? "true" : "false"); break;
    case 4: puts_(b, "null"); break;
    case 5: {
        uint32_t n = next32() % 5;
        puts_(b, "[");
        for (uint32_t i = 0; i < n; i++) { if (i) puts_(b, ", "); gen_value(b, depth + 1); }
        puts_(b, "]");
        break;
    }
    default: {
        uint32_t n = 1 + next32() % 4;
        puts_(b, "{");
        for (uint32_t i = 0; i < n; i++) {
            if (i) puts_(b, ", ");
            puts_(b, "\""); puts_(b, names[next32() % 12]); puts_(b, "\": ");
            gen_value(b, depth + 1);
        }
        puts_(b, "}");
    }
    }
}

/* ---------- JSON-ish parser ---------- */
typedef struct {
    const char *s;
    int64_t int_sum, fixed_sum; /* fixed_sum in thousandths */
    uint64_t str_hash, key_hash;
    uint32_t strings, values, max_depth;
    int error;
} parser;

static void ws(parser *p) { while (*p->s == ' ' || *p->s == '\n' || *p->s == '\t' || *p->s == '\r') p->s++; }

static uint64_t parse_string(parser *p) {
    uint64_t h = 1469598103934665603ull;
    if (*p->s != '"') { p->error = 1; return 0; }
    p->s++;
    while (*p->s != '"') {
        char c = *p->s++;
        if (c == 0) { p->error = 1; return 0; }
        if (c == '\\') {
            char e = *p->s++;
            c = e == 'n' ? '\n' : e == 't' ? '\t' : e; /* \" \\ \/ map to themselves */
        }
        h = (h ^ (uint8_t)c) * 1099511628211ull;
    }
    p->s++;
    p->strings++;
    return h;
}

static void parse_value(parser *p, uint32_t depth);

static void parse_number(parser *p) {
    int neg = 0;
    if (*p->s == '-') { neg = 1; p->s++; }
    if (*p->s < '0' || *p->s > '9') { p->error = 1; return; }
    int64_t ip = 0;
    while (*p->s >= '0' && *p->s <= '9') ip = ip * 10 + (*p->s++ - '0');
    if (*p->s == '.') {
        p->s++;
        int64_t frac = 0;
        int digits = 0;
        while (*p->s >= '0' && *p->s <= '9') {
            if (digits < 3) { frac = frac * 10 + (*p->s - '0'); digits++; }
            p->s++;
        }
        while (digits < 3) { frac *= 10; digits++; }
        int64_t v = ip * 1000 + frac;
        p->fixed_sum += neg ? -v : v;
    } else {
        p->int_sum += neg ? -ip : ip;
    }
}

static void parse_value(parser *p, uint32_t depth) {
    if (depth > p->max_depth) p->max_depth = depth;
    ws(p);
    p->values++;
    char c = *p->s;
    if (c == '{') {
        p->s++; ws(p);
        if (*p->s == '}') { p->s++; return; }
        for (;;) {
            ws(p);
            uint64_t k = parse_string(p);
            p->key_hash = (p->key_hash ^ k) * 0x100000001b3ull + depth;
            ws(p);
            if (*p->s++ != ':') { p->error = 1; return; }
            parse_value(p, depth + 1);
            if (p->error) return;
            ws(p);
            if (*p->s == ',') { p->s++; continue; }
            if (*p->s == '}') { p->s++; return; }
            p->error = 1; return;
        }
    } else if (c == '[') {
        p->s++; ws(p);
        if (*p->s == ']') { p->s++; return; }
        for (;;) {
            parse_value(p, depth + 1);
            if (p->error) return;
            ws(p);
            if (*p->s == ',') { p->s++; continue; }
            if (*p->s == ']') { p->s++; return; }
            p->error = 1; return;
        }
    } else if (c == '"') {
        p->str_hash += parse_string(p);
    } else if (c == 't' && strncmp(p->s, "true", 4) == 0) {
        p->s += 4; p->int_sum += 1;
    } else if (c == 'f' && strncmp(p->s, "false", 5) == 0) {
        p->s += 5;
    } else if (c == 'n' && strncmp(p->s, "null", 4) == 0) {
        p->s += 4;
    } else {
        parse_number(p);
    }
}

/* ---------- CSV ---------- */
static void gen_csv(buf *b) {
    puts_(b, "id,name,qty,price,note\n");
    for (uint32_t i = 0; i < CSV_ROWS; i++) {
        put_int(b, i); puts_(b, ",");
        puts_(b, names[next32() % 12]); puts_(b, ",");
        put_int(b, next32() % 1000); puts_(b, ",");
        put_int(b, next32() % 100000); puts_(b, ".");
        put_int(b, 10 + next32() % 90); puts_(b, ",");
        if (next32() & 1) { puts_(b, "\"quoted, "); puts_(b, names[next32() % 12]); puts_(b, "\""); }
        else puts_(b, names[next32() % 12]);
        puts_(b, "\n");
    }
}

static uint64_t parse_csv(const char *s, uint32_t *rows) {
    uint64_t acc = 0;
    *rows = 0;
    while (*s && *s != '\n') s++; /* header */
    if (*s) s++;
    while (*s) {
        int col = 0;
        for (;;) {
            const char *start = s;
            size_t len;
            if (*s == '"') {
                start = ++s;
                while (*s && *s != '"') s++;
                len = (size_t)(s - start);
                if (*s) s++;
            } else {
                while (*s && *s != ',' && *s != '\n') s++;
                len = (size_t)(s - start);
            }
            if (col == 2) {
                uint64_t q = strtoull(start, NULL, 10);
                acc += q * 7;
            } else if (col == 3) {
                char *end;
                uint64_t whole = strtoull(start, &end, 10);
                uint64_t cents = *end == '.' ? strtoull(end + 1, NULL, 10) : 0;
                acc += whole * 100 + cents;
            } else {
                uint64_t h = 0;
                for (size_t i = 0; i < len; i++) h = h * 31 + (uint8_t)start[i];
                acc ^= h << (col * 3);
            }
            col++;
            if (*s == ',') { s++; continue; }
            if (*s == '\n') s++;
            break;
        }
        (*rows)++;
    }
    return acc;
}

int main(void) {
    buf json = {0}, csv = {0};
    puts_(&json, "[\n");
    for (int i = 0; i < RECORDS; i++) {
        if (i) puts_(&json, ",\n");
        puts_(&json, "{\"id\": "); put_int(&json, i);
        puts_(&json, ", \"name\": "); gen_string(&json);
        puts_(&json, ", \"score\": "); gen_value(&json, 3);
        puts_(&json, ", \"data\": "); gen_value(&json, 0);
        puts_(&json, ", \"tags\": ["); gen_string(&json); puts_(&json, ", "); gen_string(&json);
        puts_(&json, "]}");
    }
    puts_(&json, "\n]\n");
    gen_csv(&csv);

    uint64_t acc = json.len * 31 + csv.len;
    for (int pass = 0; pass < PASSES; pass++) {
        parser p = {json.p, 0, 0, 0, 0, 0, 0, 0, 0};
        parse_value(&p, 0);
        ws(&p);
        if (p.error || *p.s) {
            fprintf(stderr, "parse: WRONG json parse error at offset %lld\n", (long long)(p.s - json.p));
            return 1;
        }
        acc = acc * 1000003ull + (uint64_t)p.int_sum;
        acc = acc * 1000003ull + (uint64_t)p.fixed_sum;
        acc ^= p.str_hash + (p.key_hash << 1);
        acc += ((uint64_t)p.strings << 32) + ((uint64_t)p.values << 8) + p.max_depth;
        uint32_t rows;
        acc = acc * 31 + parse_csv(csv.p, &rows);
        if (rows != CSV_ROWS) {
            fprintf(stderr, "parse: WRONG csv rows %u expected %u\n", rows, (unsigned)CSV_ROWS);
            return 1;
        }
    }
    free(json.p); free(csv.p);
    if (acc != EXPECTED) {
        fprintf(stderr, "parse: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("parse: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
