// fd_write and fd_read with few and many iovecs: the runtime keeps a short list (up to 8)
// on the stack of the call and hands a longer one to a function with room for 128
// (WASI_MAX_IOVS; more may transfer short). Every length must move the right bytes, in
// order, with the right count.
// stdout: write1=0 n=1 write8=0 n=8 write9=0 n=9 write128=0 n=128
// stdout: write200=0 short_ok=1
// stdout: read9=0 n=27 match=1
// stdout: read1=0 n=5 match=1
// stdout: read200=0 short_ok=1 match=1
// stdout: stdout9: abcdefghi
#include "check.h"

static char pattern(int i) { return (char)('a' + i % 26); }

/* Writes `k` one-byte iovecs (pattern from `start`); returns the errno, the count in *n. */
static __wasi_errno_t write_k(__wasi_fd_t fd, int start, int k, __wasi_size_t* n) {
    static char bytes[256];
    static __wasi_ciovec_t v[256];
    for (int i = 0; i < k; i++) {
        bytes[i] = pattern(start + i);
        v[i].buf = (const uint8_t*)&bytes[i];
        v[i].buf_len = 1;
    }
    return __wasi_fd_write(fd, v, (size_t)k, n);
}

/* 1 when buf[0..n) is the pattern from `start`. */
static int matches(const char* buf, int start, int n) {
    for (int i = 0; i < n; i++)
        if (buf[i] != pattern(start + i)) return 0;
    return 1;
}

int main(void) {
    __wasi_fd_t f;
    if (op(SB, "iov.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, RIGHTS_RW, 0, &f)) return 1;
    __wasi_size_t n = 0;
    int at = 0;
    static const int ks[] = {1, 8, 9, 128};
    for (int j = 0; j < 4; j++) {
        __wasi_errno_t e = write_k(f, at, ks[j], &n);
        printf("write%d=%d n=%d%s", ks[j], e, (int)n, j == 3 ? "\n" : " ");
        at += (int)n;
    }
    __wasi_errno_t e = write_k(f, at, 200, &n);
    printf("write200=%d short_ok=%d\n", e, n >= 128 && n <= 200);
    int total = at + (int)n;

    /* Read back: 9 iovecs of 3 bytes, then 1, then 200 of 1 byte. */
    __wasi_filesize_t pos;
    if (__wasi_fd_seek(f, 0, __WASI_WHENCE_SET, &pos)) return 1;
    static char buf[1024];
    static __wasi_iovec_t iv[200];
    for (int i = 0; i < 9; i++) {
        iv[i].buf = (uint8_t*)&buf[3 * i];
        iv[i].buf_len = 3;
    }
    e = __wasi_fd_read(f, iv, 9, &n);
    printf("read9=%d n=%d match=%d\n", e, (int)n, matches(buf, 0, (int)n));
    int got = (int)n;
    iv[0].buf = (uint8_t*)buf;
    iv[0].buf_len = 5;
    e = __wasi_fd_read(f, iv, 1, &n);
    printf("read1=%d n=%d match=%d\n", e, (int)n, matches(buf, got, (int)n));
    got += (int)n;
    for (int i = 0; i < 200; i++) {
        iv[i].buf = (uint8_t*)&buf[i];
        iv[i].buf_len = 1;
    }
    e = __wasi_fd_read(f, iv, 200, &n);
    printf("read200=%d short_ok=%d match=%d\n", e,
           n >= 128 && (int)n <= (total - got < 200 ? total - got : 200), matches(buf, got, (int)n));
    fflush(stdout);

    /* Nine iovecs to stdout. */
    static const char* parts[] = {"stdout9: ", "a", "b", "c", "d", "e", "f", "g", "hi\n"};
    __wasi_ciovec_t ov[9];
    for (int i = 0; i < 9; i++) {
        ov[i].buf = (const uint8_t*)parts[i];
        ov[i].buf_len = strlen(parts[i]);
    }
    if (__wasi_fd_write(1, ov, 9, &n) || n != 19) return 2;
    return 0;
}
