/* wasi.c: WASI preview 1 subset (stdio, args, environ, clocks, random, exit) as host functions. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "wasi.c assumes a little-endian host (guest memory is little-endian)"
#endif

/* WASI errno values. */
enum {
    WE_SUCCESS = 0, WE_2BIG = 1, WE_ACCES = 2, WE_AGAIN = 6, WE_BADF = 8, WE_BUSY = 10,
    WE_EXIST = 20, WE_FAULT = 21, WE_FBIG = 22, WE_INTR = 27, WE_INVAL = 28, WE_IO = 29,
    WE_ISDIR = 31, WE_LOOP = 32, WE_MFILE = 33, WE_NAMETOOLONG = 37, WE_NFILE = 41,
    WE_NODEV = 43, WE_NOENT = 44, WE_NOMEM = 48, WE_NOSPC = 51, WE_NOSYS = 52,
    WE_NOTDIR = 54, WE_NOTEMPTY = 55, WE_NOTSUP = 58, WE_NOTTY = 59, WE_NXIO = 60,
    WE_OVERFLOW = 61, WE_PERM = 63, WE_PIPE = 64, WE_RANGE = 68, WE_ROFS = 69,
    WE_SPIPE = 70, WE_TXTBSY = 74, WE_XDEV = 75
};

/* Host errno -> WASI errno. */
static uint32_t wasi_errno(int e) {
    static const struct { int host; uint16_t wasi; } map[] = {
        {E2BIG, WE_2BIG}, {EACCES, WE_ACCES}, {EAGAIN, WE_AGAIN}, {EBADF, WE_BADF},
        {EBUSY, WE_BUSY}, {EEXIST, WE_EXIST}, {EFAULT, WE_FAULT}, {EFBIG, WE_FBIG},
        {EINTR, WE_INTR}, {EINVAL, WE_INVAL}, {EIO, WE_IO}, {EISDIR, WE_ISDIR},
        {ELOOP, WE_LOOP}, {EMFILE, WE_MFILE}, {ENAMETOOLONG, WE_NAMETOOLONG},
        {ENFILE, WE_NFILE}, {ENODEV, WE_NODEV}, {ENOENT, WE_NOENT}, {ENOMEM, WE_NOMEM},
        {ENOSPC, WE_NOSPC}, {ENOSYS, WE_NOSYS}, {ENOTDIR, WE_NOTDIR},
        {ENOTEMPTY, WE_NOTEMPTY}, {ENOTSUP, WE_NOTSUP}, {ENOTTY, WE_NOTTY},
        {ENXIO, WE_NXIO}, {EOVERFLOW, WE_OVERFLOW}, {EPERM, WE_PERM}, {EPIPE, WE_PIPE},
        {ERANGE, WE_RANGE}, {EROFS, WE_ROFS}, {ESPIPE, WE_SPIPE}, {ETXTBSY, WE_TXTBSY},
        {EXDEV, WE_XDEV},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].host == e) return map[i].wasi;
    return WE_IO;
}

/* WASI file types and rights. */
#define FT_UNKNOWN 0
#define FT_BLOCK_DEVICE 1
#define FT_CHARACTER_DEVICE 2
#define FT_DIRECTORY 3
#define FT_REGULAR_FILE 4
#define FT_SOCKET_STREAM 6
#define FT_SYMBOLIC_LINK 7
#define RIGHTS_ALL UINT64_C(0x3FFFFFFF)
#define RIGHT_FD_SEEK (UINT64_C(1) << 2)
#define RIGHT_FD_TELL (UINT64_C(1) << 5)
#define FDFLAG_APPEND 1
#define FDFLAG_NONBLOCK 4

/* Only the three standard streams exist (no preopens). */
static int is_stdio(uint32_t fd) { return fd <= 2; }

static void put32(uint8_t* p, uint32_t v) { memcpy(p, &v, 4); }
static void put64(uint8_t* p, uint64_t v) { memcpy(p, &v, 8); }
static uint32_t get32(const uint8_t* p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static const w2n_wasi_ctx* ctx_of(w2n_instance* inst) {
    return (const w2n_wasi_ctx*)inst->host_data;
}

/* ---- fd_write / fd_read ------------------------------------------------------------ */

#define MAX_IOVS 64

/* Gather the guest iovec array [iovs, iovs+8*n) into host iovecs. Returns the count or
 * -1 on a bad pointer. At most MAX_IOVS are taken (a short transfer is allowed). */
static int gather(w2n_instance* inst, uint32_t iovs, uint32_t n, struct iovec* out) {
    const uint8_t* arr = w2n_mem(inst, iovs, (uint64_t)n * 8);
    if (!arr) return -1;
    int cnt = 0;
    for (uint32_t i = 0; i < n && cnt < MAX_IOVS; i++) {
        uint32_t ptr = get32(arr + 8 * (uint64_t)i), len = get32(arr + 8 * (uint64_t)i + 4);
        uint8_t* buf = w2n_mem(inst, ptr, len);
        if (!buf) return -1;
        out[cnt].iov_base = buf;
        out[cnt].iov_len = len;
        cnt++;
    }
    return cnt;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_write(w2n_instance* inst, uint32_t fd,
                                                     uint32_t iovs, uint32_t iovs_len,
                                                     uint32_t nwritten) {
    uint8_t* out = w2n_mem(inst, nwritten, 4);
    struct iovec v[MAX_IOVS];
    int n = gather(inst, iovs, iovs_len, v);
    if (!out || n < 0) return WE_FAULT;
    if (!is_stdio(fd)) return WE_BADF;
    ssize_t r;
    do r = writev((int)fd, v, n);
    while (r < 0 && errno == EINTR);
    if (r < 0) return wasi_errno(errno);
    put32(out, (uint32_t)r);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_read(w2n_instance* inst, uint32_t fd,
                                                    uint32_t iovs, uint32_t iovs_len,
                                                    uint32_t nread) {
    uint8_t* out = w2n_mem(inst, nread, 4);
    struct iovec v[MAX_IOVS];
    int n = gather(inst, iovs, iovs_len, v);
    if (!out || n < 0) return WE_FAULT;
    if (!is_stdio(fd)) return WE_BADF;
    ssize_t r;
    do r = readv((int)fd, v, n);
    while (r < 0 && errno == EINTR);
    if (r < 0) return wasi_errno(errno);
    put32(out, (uint32_t)r);
    return WE_SUCCESS;
}

/* ---- process ---------------------------------------------------------------------- */

_Noreturn void w2n_import_wasi_snapshot_preview1_proc_exit(w2n_instance* inst, uint32_t code) {
    w2n_exit(inst, (int)code);
}

uint32_t w2n_import_wasi_snapshot_preview1_proc_raise(w2n_instance* inst, uint32_t sig) {
    (void)inst;
    (void)sig;
    return WE_NOSYS;
}

uint32_t w2n_import_wasi_snapshot_preview1_sched_yield(w2n_instance* inst) {
    (void)inst;
    sched_yield();
    return WE_SUCCESS;
}

/* ---- args / environ ------------------------------------------------------------- */

/* Sizes of a string vector: count and total bytes including NULs. */
static int vec_sizes(char* const* v, int count, uint32_t* n, uint64_t* bytes) {
    *n = 0;
    *bytes = 0;
    if (!v) return 0;
    for (int i = 0; count < 0 ? v[i] != NULL : i < count; i++) {
        (*n)++;
        *bytes += strlen(v[i]) + 1;
    }
    return *bytes > UINT32_MAX ? -1 : 0;
}

static uint32_t sizes_get(w2n_instance* inst, char* const* v, int count, uint32_t count_ptr,
                          uint32_t size_ptr) {
    uint8_t* a = w2n_mem(inst, count_ptr, 4);
    uint8_t* b = w2n_mem(inst, size_ptr, 4);
    if (!a || !b) return WE_FAULT;
    uint32_t n;
    uint64_t bytes;
    if (vec_sizes(v, count, &n, &bytes) != 0) return WE_OVERFLOW;
    put32(a, n);
    put32(b, (uint32_t)bytes);
    return WE_SUCCESS;
}

static uint32_t vec_get(w2n_instance* inst, char* const* v, int count, uint32_t ptrs,
                        uint32_t buf) {
    uint32_t n;
    uint64_t bytes;
    if (vec_sizes(v, count, &n, &bytes) != 0) return WE_OVERFLOW;
    uint8_t* p = w2n_mem(inst, ptrs, (uint64_t)n * 4);
    uint8_t* b = w2n_mem(inst, buf, bytes);
    if (!p || !b) return WE_FAULT;
    uint64_t off = 0;
    for (uint32_t i = 0; i < n; i++) {
        size_t len = strlen(v[i]) + 1;
        memcpy(b + off, v[i], len);
        put32(p + 4 * (uint64_t)i, (uint32_t)(buf + off));
        off += len;
    }
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_args_sizes_get(w2n_instance* inst, uint32_t argc_ptr,
                                                           uint32_t size_ptr) {
    const w2n_wasi_ctx* c = ctx_of(inst);
    return sizes_get(inst, c ? c->argv : NULL, c ? c->argc : 0, argc_ptr, size_ptr);
}

uint32_t w2n_import_wasi_snapshot_preview1_args_get(w2n_instance* inst, uint32_t argv,
                                                     uint32_t buf) {
    const w2n_wasi_ctx* c = ctx_of(inst);
    return vec_get(inst, c ? c->argv : NULL, c ? c->argc : 0, argv, buf);
}

uint32_t w2n_import_wasi_snapshot_preview1_environ_sizes_get(w2n_instance* inst,
                                                              uint32_t count_ptr,
                                                              uint32_t size_ptr) {
    const w2n_wasi_ctx* c = ctx_of(inst);
    return sizes_get(inst, c ? c->envp : NULL, -1, count_ptr, size_ptr);
}

uint32_t w2n_import_wasi_snapshot_preview1_environ_get(w2n_instance* inst, uint32_t envp,
                                                        uint32_t buf) {
    const w2n_wasi_ctx* c = ctx_of(inst);
    return vec_get(inst, c ? c->envp : NULL, -1, envp, buf);
}

/* ---- clocks and random ------------------------------------------------------------ */

static int clock_of(uint32_t id, clockid_t* out) {
    switch (id) {
    case 0: *out = CLOCK_REALTIME; return 0;
    case 1: *out = CLOCK_MONOTONIC; return 0;
    case 2: *out = CLOCK_PROCESS_CPUTIME_ID; return 0;
    case 3: *out = CLOCK_THREAD_CPUTIME_ID; return 0;
    default: return -1;
    }
}

uint32_t w2n_import_wasi_snapshot_preview1_clock_time_get(w2n_instance* inst, uint32_t id,
                                                           uint64_t precision, uint32_t out) {
    (void)precision;
    uint8_t* p = w2n_mem(inst, out, 8);
    if (!p) return WE_FAULT;
    clockid_t c;
    struct timespec ts;
    if (clock_of(id, &c) != 0) return WE_INVAL;
    if (clock_gettime(c, &ts) != 0) return wasi_errno(errno);
    put64(p, (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_clock_res_get(w2n_instance* inst, uint32_t id,
                                                          uint32_t out) {
    uint8_t* p = w2n_mem(inst, out, 8);
    if (!p) return WE_FAULT;
    clockid_t c;
    struct timespec ts;
    if (clock_of(id, &c) != 0) return WE_INVAL;
    if (clock_getres(c, &ts) != 0) return wasi_errno(errno);
    put64(p, (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_random_get(w2n_instance* inst, uint32_t buf,
                                                       uint32_t len) {
    uint8_t* p = w2n_mem(inst, buf, len);
    if (!p) return WE_FAULT;
    while (len > 0) {
        ssize_t r = getrandom(p, len, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return wasi_errno(errno);
        }
        p += r;
        len -= (uint32_t)r;
    }
    return WE_SUCCESS;
}

/* ---- file descriptors ------------------------------------------------------------- */

uint32_t w2n_import_wasi_snapshot_preview1_fd_fdstat_get(w2n_instance* inst, uint32_t fd,
                                                          uint32_t out) {
    uint8_t* p = w2n_mem(inst, out, 24);
    if (!p) return WE_FAULT;
    if (!is_stdio(fd)) return WE_BADF;
    struct stat st;
    if (fstat((int)fd, &st) != 0) return wasi_errno(errno);
    int flags = fcntl((int)fd, F_GETFL);
    uint8_t ft = FT_UNKNOWN;
    uint64_t rights = RIGHTS_ALL;
    if (S_ISCHR(st.st_mode)) {
        ft = FT_CHARACTER_DEVICE;
        rights &= ~(RIGHT_FD_SEEK | RIGHT_FD_TELL); /* lets wasi-libc's isatty() work */
    } else if (S_ISREG(st.st_mode)) {
        ft = FT_REGULAR_FILE;
    } else if (S_ISDIR(st.st_mode)) {
        ft = FT_DIRECTORY;
    } else if (S_ISBLK(st.st_mode)) {
        ft = FT_BLOCK_DEVICE;
    } else if (S_ISSOCK(st.st_mode)) {
        ft = FT_SOCKET_STREAM;
    } else if (S_ISLNK(st.st_mode)) {
        ft = FT_SYMBOLIC_LINK;
    }
    uint16_t fdflags = 0;
    if (flags >= 0 && (flags & O_APPEND)) fdflags |= FDFLAG_APPEND;
    if (flags >= 0 && (flags & O_NONBLOCK)) fdflags |= FDFLAG_NONBLOCK;
    memset(p, 0, 24);
    p[0] = ft;
    memcpy(p + 2, &fdflags, 2);
    put64(p + 8, rights);
    put64(p + 16, rights);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_prestat_get(w2n_instance* inst, uint32_t fd,
                                                           uint32_t out) {
    (void)fd;
    if (!w2n_mem(inst, out, 8)) return WE_FAULT;
    return WE_BADF;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_prestat_dir_name(w2n_instance* inst, uint32_t fd,
                                                                uint32_t path, uint32_t len) {
    (void)fd;
    if (!w2n_mem(inst, path, len)) return WE_FAULT;
    return WE_BADF;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_close(w2n_instance* inst, uint32_t fd) {
    (void)inst;
    if (!is_stdio(fd)) return WE_BADF;
    if (close((int)fd) != 0) return wasi_errno(errno);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_seek(w2n_instance* inst, uint32_t fd,
                                                    uint64_t offset, uint32_t whence,
                                                    uint32_t out) {
    uint8_t* p = w2n_mem(inst, out, 8);
    if (!p) return WE_FAULT;
    if (!is_stdio(fd)) return WE_BADF;
    int w;
    switch (whence) {
    case 0: w = SEEK_SET; break;
    case 1: w = SEEK_CUR; break;
    case 2: w = SEEK_END; break;
    default: return WE_INVAL;
    }
    off_t r = lseek((int)fd, (off_t)(int64_t)offset, w);
    if (r < 0) return wasi_errno(errno);
    put64(p, (uint64_t)r);
    return WE_SUCCESS;
}

/* ---- wasi_unstable: same functions where the signature and layouts are identical ---- */

#define W2N_WASI_ALIAS(name, params, args)                                                 \
    uint32_t w2n_import_wasi_unstable_##name params;                                       \
    uint32_t w2n_import_wasi_unstable_##name params {                                      \
        return w2n_import_wasi_snapshot_preview1_##name args;                             \
    }

W2N_WASI_ALIAS(fd_write, (w2n_instance * i, uint32_t a, uint32_t b, uint32_t c, uint32_t d),
               (i, a, b, c, d))
W2N_WASI_ALIAS(fd_read, (w2n_instance * i, uint32_t a, uint32_t b, uint32_t c, uint32_t d),
               (i, a, b, c, d))
W2N_WASI_ALIAS(proc_raise, (w2n_instance * i, uint32_t a), (i, a))
W2N_WASI_ALIAS(sched_yield, (w2n_instance * i), (i))
W2N_WASI_ALIAS(args_sizes_get, (w2n_instance * i, uint32_t a, uint32_t b), (i, a, b))
W2N_WASI_ALIAS(args_get, (w2n_instance * i, uint32_t a, uint32_t b), (i, a, b))
W2N_WASI_ALIAS(environ_sizes_get, (w2n_instance * i, uint32_t a, uint32_t b), (i, a, b))
W2N_WASI_ALIAS(environ_get, (w2n_instance * i, uint32_t a, uint32_t b), (i, a, b))
W2N_WASI_ALIAS(clock_time_get, (w2n_instance * i, uint32_t a, uint64_t b, uint32_t c),
               (i, a, b, c))
W2N_WASI_ALIAS(clock_res_get, (w2n_instance * i, uint32_t a, uint32_t b), (i, a, b))
W2N_WASI_ALIAS(random_get, (w2n_instance * i, uint32_t a, uint32_t b), (i, a, b))
W2N_WASI_ALIAS(fd_fdstat_get, (w2n_instance * i, uint32_t a, uint32_t b), (i, a, b))
W2N_WASI_ALIAS(fd_prestat_get, (w2n_instance * i, uint32_t a, uint32_t b), (i, a, b))
W2N_WASI_ALIAS(fd_prestat_dir_name, (w2n_instance * i, uint32_t a, uint32_t b, uint32_t c),
               (i, a, b, c))
W2N_WASI_ALIAS(fd_close, (w2n_instance * i, uint32_t a), (i, a))

_Noreturn void w2n_import_wasi_unstable_proc_exit(w2n_instance* inst, uint32_t code) {
    w2n_exit(inst, (int)code);
}
