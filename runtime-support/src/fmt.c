/* fmt.c: the runtime's own small printf for its messages (w2n_snprintf, w2n_fprintf), so
 * that executables link no vfprintf: musl's is 10.5 KB of code (most of it floating-point
 * formatting the runtime never needs), which made a static hello world a fifth bigger,
 * and a bigger file maps more pages at start-up. It does what the messages use: %s
 * (with a precision, `%.*s`), %d, %i, %u, %x, %c and %%, a width with the `-` and `0`
 * flags, and the l, ll and z length modifiers; the result is the same as printf's for
 * those. Anything else is copied as it is (the format attribute rejects it at compile
 * time). The start-up profile and the collector's statistics use stdio's (floats). */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Where the output goes: a buffer of `cap` bytes (snprintf: truncated, NUL-terminated),
 * or a FILE through a buffer flushed when full and at the end. */
typedef struct {
    char* buf;
    size_t cap;
    size_t n;     /* bytes stored in buf */
    size_t total; /* bytes produced (snprintf's result) */
    FILE* f;
} sink;

static void flush(sink* s) {
    if (s->f && s->n) fwrite(s->buf, 1, s->n, s->f);
    s->n = 0;
}

static void put(sink* s, const char* p, size_t k) {
    s->total += k;
    while (k) {
        if (s->f && s->n == s->cap) flush(s);
        /* A buffer keeps its last byte for the NUL. */
        size_t room = s->f ? s->cap - s->n : (s->n + 1 < s->cap ? s->cap - 1 - s->n : 0);
        if (!room) return;
        size_t c = k < room ? k : room;
        memcpy(s->buf + s->n, p, c);
        s->n += c;
        p += c;
        k -= c;
    }
}

static void pad(sink* s, char c, size_t k) {
    while (k--) put(s, &c, 1);
}

/* `p` (k bytes) in a field of `width`: right-aligned unless `left`. */
static void field(sink* s, const char* p, size_t k, size_t width, int left, char fill) {
    if (!left && k < width) pad(s, fill, width - k);
    put(s, p, k);
    if (left && k < width) pad(s, ' ', width - k);
}

static void format(sink* s, const char* fmt, va_list ap) {
    while (*fmt) {
        const char* lit = strchr(fmt, '%');
        if (!lit) lit = fmt + strlen(fmt);
        put(s, fmt, (size_t)(lit - fmt));
        if (!*lit) break;
        const char* spec = lit++;
        int left = 0, zero = 0;
        for (;; lit++) {
            if (*lit == '-')
                left = 1;
            else if (*lit == '0')
                zero = 1;
            else
                break;
        }
        size_t width = 0;
        while (*lit >= '0' && *lit <= '9') width = width * 10 + (size_t)(*lit++ - '0');
        size_t prec = (size_t)-1;
        if (*lit == '.') {
            lit++;
            if (*lit == '*') {
                int p = va_arg(ap, int);
                prec = p < 0 ? (size_t)-1 : (size_t)p;
                lit++;
            } else {
                prec = 0;
                while (*lit >= '0' && *lit <= '9') prec = prec * 10 + (size_t)(*lit++ - '0');
            }
        }
        int size = 0; /* 0: int, 1: long, 2: long long, 3: size_t */
        if (*lit == 'l') {
            size = 1;
            if (*++lit == 'l') size = 2, lit++;
        } else if (*lit == 'z') {
            size = 3;
            lit++;
        }
        char conv = *lit ? *lit++ : 0;
        char num[24];
        char* end = num + sizeof num;
        char* q = end;
        switch (conv) {
        case '%':
            put(s, "%", 1);
            break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            field(s, &c, 1, width, left, ' ');
            break;
        }
        case 's': {
            const char* str = va_arg(ap, const char*);
            if (!str) str = "(null)";
            size_t k = prec == (size_t)-1 ? strlen(str) : strnlen(str, prec);
            field(s, str, k, width, left, ' ');
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x': {
            unsigned long long v;
            int neg = 0;
            if (conv == 'd' || conv == 'i') {
                long long x = size == 2 ? va_arg(ap, long long)
                              : size == 1 ? va_arg(ap, long)
                              : size == 3 ? (long long)va_arg(ap, size_t)
                                          : va_arg(ap, int);
                neg = x < 0;
                v = neg ? 0ull - (unsigned long long)x : (unsigned long long)x;
            } else {
                v = size == 2 ? va_arg(ap, unsigned long long)
                    : size == 1 ? va_arg(ap, unsigned long)
                    : size == 3 ? va_arg(ap, size_t)
                                : va_arg(ap, unsigned);
            }
            unsigned base = conv == 'x' ? 16 : 10;
            do {
                *--q = "0123456789abcdef"[v % base];
                v /= base;
            } while (v);
            size_t k = (size_t)(end - q);
            if (neg) {
                if (zero && !left) {
                    put(s, "-", 1);
                    field(s, q, k, width ? width - 1 : 0, 0, '0');
                } else {
                    *--q = '-';
                    field(s, q, k + 1, width, left, ' ');
                }
            } else {
                field(s, q, k, width, left, zero && !left ? '0' : ' ');
            }
            break;
        }
        default: /* not supported: copied as written */
            put(s, spec, (size_t)(lit - spec));
        }
        fmt = lit;
    }
}

int w2n_vsnprintf(char* buf, size_t len, const char* fmt, va_list ap) {
    sink s = {buf, len, 0, 0, NULL};
    va_list aq;
    va_copy(aq, ap);
    format(&s, fmt, aq);
    va_end(aq);
    if (len) buf[s.n] = 0;
    return s.total > INT_MAX ? INT_MAX : (int)s.total;
}

int w2n_snprintf(char* buf, size_t len, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = w2n_vsnprintf(buf, len, fmt, ap);
    va_end(ap);
    return n;
}

int w2n_fprintf(FILE* f, const char* fmt, ...) {
    char tmp[256];
    sink s = {tmp, sizeof tmp, 0, 0, f};
    va_list ap;
    va_start(ap, fmt);
    format(&s, fmt, ap);
    va_end(ap);
    flush(&s);
    return s.total > INT_MAX ? INT_MAX : (int)s.total;
}
