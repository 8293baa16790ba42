/*
 * Minimal WASI preview 1 ("wasi_snapshot_preview1") host for modules translated
 * with WABT's wasm2c (1.0.32 instance API). Enough for benchmark programs built
 * with clang --target=wasm32-wasi against wasi-libc: stdio on fds 0-2,
 * argv, an empty environment, clocks, random, proc_exit. No filesystem (no
 * preopens), no sockets, no poll_oneoff.
 *
 * build.sh generates module.c/module.h with `wasm2c -n module`, so imports are
 * declared as
 *   u32 Z_wasi_snapshot_preview1Z_fd_write(struct Z_wasi_snapshot_preview1_instance_t*,
 *                                          u32, u32, u32, u32);
 * Including module.h makes gcc reject any signature mismatch. build.sh derives
 * the list of supported imports from the `WASI_FN(name)` definitions below.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "module.h"
#include "wasi_shim.h"

#define WASI_FN(name) Z_wasi_snapshot_preview1Z_##name

/* WASI errno values. */
enum {
    WE_SUCCESS = 0,
    WE_2BIG = 1,
    WE_ACCES = 2,
    WE_AGAIN = 6,
    WE_BADF = 8,
    WE_FAULT = 21,
    WE_FBIG = 22,
    WE_INTR = 27,
    WE_INVAL = 28,
    WE_IO = 29,
    WE_ISDIR = 31,
    WE_NOMEM = 48,
    WE_NOSPC = 51,
    WE_NOSYS = 52,
    WE_NOTSUP = 58,
    WE_OVERFLOW = 61,
    WE_PERM = 63,
    WE_PIPE = 64,
    WE_SPIPE = 70,
};

/* File types. */
enum {
    FT_UNKNOWN = 0,
    FT_BLOCK_DEVICE = 1,
    FT_CHARACTER_DEVICE = 2,
    FT_DIRECTORY = 3,
    FT_REGULAR_FILE = 4,
    FT_SOCKET_STREAM = 6,
    FT_SYMBOLIC_LINK = 7,
};

/* Rights (only the ones that matter for stdio). */
#define R_FD_DATASYNC (1ull << 0)
#define R_FD_READ (1ull << 1)
#define R_FD_SEEK (1ull << 2)
#define R_FD_FDSTAT_SET_FLAGS (1ull << 3)
#define R_FD_SYNC (1ull << 4)
#define R_FD_TELL (1ull << 5)
#define R_FD_WRITE (1ull << 6)
#define R_FD_ADVISE (1ull << 7)
#define R_FD_ALLOCATE (1ull << 8)
#define R_FD_FILESTAT_GET (1ull << 21)
#define R_FD_FILESTAT_SET_SIZE (1ull << 22)
#define R_FD_FILESTAT_SET_TIMES (1ull << 23)
#define R_POLL_FD_READWRITE (1ull << 27)
#define R_FILE                                                                            \
    (R_FD_DATASYNC | R_FD_READ | R_FD_SEEK | R_FD_FDSTAT_SET_FLAGS | R_FD_SYNC |          \
     R_FD_TELL | R_FD_WRITE | R_FD_ADVISE | R_FD_ALLOCATE | R_FD_FILESTAT_GET |           \
     R_FD_FILESTAT_SET_SIZE | R_FD_FILESTAT_SET_TIMES | R_POLL_FD_READWRITE)

/* fdflags */
#define FDF_APPEND 1
#define FDF_DSYNC 2
#define FDF_NONBLOCK 4
#define FDF_RSYNC 8
#define FDF_SYNC 16

struct Z_wasi_snapshot_preview1_instance_t {
    wasm_rt_memory_t* mem;
};

static struct Z_wasi_snapshot_preview1_instance_t g_wasi;
static int g_argc;
static char** g_argv;
static int g_open[3] = {1, 1, 1};
static uint8_t g_type[3];

struct Z_wasi_snapshot_preview1_instance_t* wasi_shim_init(int argc, char** argv) {
    g_argc = argc;
    g_argv = argv;
    for (int i = 0; i < 3; i++) {
        struct stat st;
        uint8_t t = FT_UNKNOWN; /* FIFOs and failures: unknown, as Wasmtime */
        if (fstat(i, &st) != 0) g_open[i] = 0;
        else if (S_ISREG(st.st_mode)) t = FT_REGULAR_FILE;
        else if (S_ISDIR(st.st_mode)) t = FT_DIRECTORY;
        else if (S_ISCHR(st.st_mode)) t = FT_CHARACTER_DEVICE;
        else if (S_ISBLK(st.st_mode)) t = FT_BLOCK_DEVICE;
        else if (S_ISSOCK(st.st_mode)) t = FT_SOCKET_STREAM;
        g_type[i] = t;
    }
    return &g_wasi;
}

void wasi_shim_set_memory(wasm_rt_memory_t* mem) {
    g_wasi.mem = mem;
}

/* Guest pointer [off, off+len) -> host pointer, or NULL when out of bounds. */
static uint8_t* gmem(struct Z_wasi_snapshot_preview1_instance_t* w, uint32_t off, uint64_t len) {
    if (!w->mem || (uint64_t)off + len > w->mem->size) return NULL;
    return w->mem->data + off;
}

static void put_u32(uint8_t* p, uint32_t v) { memcpy(p, &v, 4); } /* x86_64/aarch64: LE */
static void put_u64(uint8_t* p, uint64_t v) { memcpy(p, &v, 8); }
static uint32_t get_u32(const uint8_t* p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static uint32_t wasi_errno(int e) {
    switch (e) {
        case 0: return WE_SUCCESS;
        case E2BIG: return WE_2BIG;
        case EACCES: return WE_ACCES;
        case EAGAIN: return WE_AGAIN;
        case EBADF: return WE_BADF;
        case EFAULT: return WE_FAULT;
        case EFBIG: return WE_FBIG;
        case EINTR: return WE_INTR;
        case EINVAL: return WE_INVAL;
        case EISDIR: return WE_ISDIR;
        case ENOMEM: return WE_NOMEM;
        case ENOSPC: return WE_NOSPC;
        case ENOSYS: return WE_NOSYS;
        case EOPNOTSUPP: return WE_NOTSUP;
        case EOVERFLOW: return WE_OVERFLOW;
        case EPERM: return WE_PERM;
        case EPIPE: return WE_PIPE;
        case ESPIPE: return WE_SPIPE;
        default: return WE_IO;
    }
}

static int fd_ok(uint32_t fd) { return fd < 3 && g_open[fd]; }

/* Gathers a guest iovec array into host iovecs (capped at IOV_MAX: a short
 * read/write, which WASI allows). Returns a WASI errno. */
#define SHIM_IOV_MAX 1024
static uint32_t gather(struct Z_wasi_snapshot_preview1_instance_t* w, uint32_t iovs, uint32_t n,
                       struct iovec* out, int* nout) {
    if (n > SHIM_IOV_MAX) n = SHIM_IOV_MAX;
    const uint8_t* a = gmem(w, iovs, (uint64_t)n * 8);
    if (!a) return WE_FAULT;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t buf = get_u32(a + 8 * i), len = get_u32(a + 8 * i + 4);
        uint8_t* p = gmem(w, buf, len);
        if (!p) return WE_FAULT;
        out[i].iov_base = p;
        out[i].iov_len = len;
    }
    *nout = (int)n;
    return WE_SUCCESS;
}

u32 WASI_FN(fd_write)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 iovs,
                      u32 iovs_len, u32 nwritten) {
    if (!fd_ok(fd)) return WE_BADF;
    uint8_t* out = gmem(w, nwritten, 4);
    if (!out) return WE_FAULT;
    struct iovec v[SHIM_IOV_MAX];
    int n;
    uint32_t e = gather(w, iovs, iovs_len, v, &n);
    if (e) return e;
    ssize_t r;
    do r = writev((int)fd, v, n);
    while (r < 0 && errno == EINTR);
    if (r < 0) return wasi_errno(errno);
    put_u32(out, (uint32_t)r);
    return WE_SUCCESS;
}

u32 WASI_FN(fd_read)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 iovs,
                     u32 iovs_len, u32 nread) {
    if (!fd_ok(fd)) return WE_BADF;
    uint8_t* out = gmem(w, nread, 4);
    if (!out) return WE_FAULT;
    struct iovec v[SHIM_IOV_MAX];
    int n;
    uint32_t e = gather(w, iovs, iovs_len, v, &n);
    if (e) return e;
    ssize_t r;
    do r = readv((int)fd, v, n);
    while (r < 0 && errno == EINTR);
    if (r < 0) return wasi_errno(errno);
    put_u32(out, (uint32_t)r);
    return WE_SUCCESS;
}

u32 WASI_FN(fd_close)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd) {
    (void)w;
    if (!fd_ok(fd)) return WE_BADF;
    g_open[fd] = 0;
    close((int)fd);
    return WE_SUCCESS;
}

static uint32_t do_seek(u32 fd, int64_t off, int whence, uint8_t* out) {
    if (!fd_ok(fd)) return WE_BADF;
    /* Terminals are advertised without seek/tell rights (what makes isatty() true). */
    if (g_type[fd] == FT_CHARACTER_DEVICE || g_type[fd] == FT_UNKNOWN ||
        g_type[fd] == FT_SOCKET_STREAM)
        return WE_SPIPE;
    off_t r = lseek((int)fd, (off_t)off, whence);
    if (r < 0) return wasi_errno(errno);
    put_u64(out, (uint64_t)r);
    return WE_SUCCESS;
}

u32 WASI_FN(fd_seek)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u64 offset,
                     u32 whence, u32 newoffset) {
    if (!fd_ok(fd)) return WE_BADF;
    uint8_t* out = gmem(w, newoffset, 8);
    if (!out) return WE_FAULT;
    int wh;
    switch (whence & 0xff) { /* whence is a u8 */
        case 0: wh = SEEK_SET; break;
        case 1: wh = SEEK_CUR; break;
        case 2: wh = SEEK_END; break;
        default: return WE_INVAL;
    }
    return do_seek(fd, (int64_t)offset, wh, out);
}

u32 WASI_FN(fd_tell)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 offset) {
    if (!fd_ok(fd)) return WE_BADF;
    uint8_t* out = gmem(w, offset, 8);
    if (!out) return WE_FAULT;
    return do_seek(fd, 0, SEEK_CUR, out);
}

u32 WASI_FN(fd_fdstat_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 buf) {
    if (!fd_ok(fd)) return WE_BADF;
    uint8_t* p = gmem(w, buf, 24);
    if (!p) return WE_FAULT;
    uint16_t flags = 0;
    int fl = fcntl((int)fd, F_GETFL);
    if (fl >= 0) {
        if (fl & O_APPEND) flags |= FDF_APPEND;
        if (fl & O_NONBLOCK) flags |= FDF_NONBLOCK;
    }
    uint64_t rights = R_FILE;
    if (g_type[fd] != FT_REGULAR_FILE && g_type[fd] != FT_BLOCK_DEVICE)
        rights &= ~(R_FD_SEEK | R_FD_TELL);
    memset(p, 0, 24);
    p[0] = g_type[fd];
    memcpy(p + 2, &flags, 2);
    put_u64(p + 8, rights);
    put_u64(p + 16, rights);
    return WE_SUCCESS;
}

u32 WASI_FN(fd_fdstat_set_flags)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd,
                                 u32 flags) {
    (void)w;
    if (!fd_ok(fd)) return WE_BADF;
    if (flags & ~(u32)(FDF_APPEND | FDF_DSYNC | FDF_NONBLOCK | FDF_RSYNC | FDF_SYNC))
        return WE_INVAL;
    if (flags & (FDF_DSYNC | FDF_RSYNC | FDF_SYNC)) return WE_NOTSUP;
    int fl = fcntl((int)fd, F_GETFL);
    if (fl < 0) return wasi_errno(errno);
    fl &= ~(O_APPEND | O_NONBLOCK);
    if (flags & FDF_APPEND) fl |= O_APPEND;
    if (flags & FDF_NONBLOCK) fl |= O_NONBLOCK;
    if (fcntl((int)fd, F_SETFL, fl) != 0) return wasi_errno(errno);
    return WE_SUCCESS;
}

u32 WASI_FN(fd_filestat_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 buf) {
    if (!fd_ok(fd)) return WE_BADF;
    uint8_t* p = gmem(w, buf, 64);
    if (!p) return WE_FAULT;
    struct stat st;
    if (fstat((int)fd, &st) != 0) return wasi_errno(errno);
    memset(p, 0, 64);
    put_u64(p + 0, (uint64_t)st.st_dev);
    put_u64(p + 8, (uint64_t)st.st_ino);
    p[16] = g_type[fd];
    put_u64(p + 24, (uint64_t)st.st_nlink);
    put_u64(p + 32, (uint64_t)st.st_size);
    put_u64(p + 40, (uint64_t)st.st_atim.tv_sec * 1000000000ull + (uint64_t)st.st_atim.tv_nsec);
    put_u64(p + 48, (uint64_t)st.st_mtim.tv_sec * 1000000000ull + (uint64_t)st.st_mtim.tv_nsec);
    put_u64(p + 56, (uint64_t)st.st_ctim.tv_sec * 1000000000ull + (uint64_t)st.st_ctim.tv_nsec);
    return WE_SUCCESS;
}

/* No preopened directories: wasi-libc's preopen scan stops at the first EBADF. */
u32 WASI_FN(fd_prestat_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd, u32 buf) {
    (void)w, (void)fd, (void)buf;
    return WE_BADF;
}

u32 WASI_FN(fd_prestat_dir_name)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 fd,
                                 u32 path, u32 len) {
    (void)w, (void)fd, (void)path, (void)len;
    return WE_BADF;
}

u32 WASI_FN(args_sizes_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 argc_out,
                            u32 size_out) {
    uint8_t* a = gmem(w, argc_out, 4);
    uint8_t* b = gmem(w, size_out, 4);
    if (!a || !b) return WE_FAULT;
    uint64_t size = 0;
    for (int i = 0; i < g_argc; i++) size += strlen(g_argv[i]) + 1;
    if (size > UINT32_MAX) return WE_OVERFLOW;
    put_u32(a, (uint32_t)g_argc);
    put_u32(b, (uint32_t)size);
    return WE_SUCCESS;
}

u32 WASI_FN(args_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 argv, u32 buf) {
    uint8_t* ptrs = gmem(w, argv, (uint64_t)g_argc * 4);
    if (!ptrs) return WE_FAULT;
    uint32_t off = buf;
    for (int i = 0; i < g_argc; i++) {
        size_t n = strlen(g_argv[i]) + 1;
        uint8_t* dst = gmem(w, off, n);
        if (!dst) return WE_FAULT;
        memcpy(dst, g_argv[i], n);
        put_u32(ptrs + 4 * i, off);
        off += (uint32_t)n;
    }
    return WE_SUCCESS;
}

/* The guest environment is empty (as wasm2native's default). */
u32 WASI_FN(environ_sizes_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 count_out,
                               u32 size_out) {
    uint8_t* a = gmem(w, count_out, 4);
    uint8_t* b = gmem(w, size_out, 4);
    if (!a || !b) return WE_FAULT;
    put_u32(a, 0);
    put_u32(b, 0);
    return WE_SUCCESS;
}

u32 WASI_FN(environ_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 environ, u32 buf) {
    (void)w, (void)environ, (void)buf;
    return WE_SUCCESS;
}

static int host_clock(u32 id, clockid_t* out) {
    switch (id) {
        case 0: *out = CLOCK_REALTIME; return 1;
        case 1: *out = CLOCK_MONOTONIC; return 1;
        case 2: *out = CLOCK_PROCESS_CPUTIME_ID; return 1;
        case 3: *out = CLOCK_THREAD_CPUTIME_ID; return 1;
        default: return 0;
    }
}

u32 WASI_FN(clock_time_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 id,
                            u64 precision, u32 time_out) {
    (void)precision;
    uint8_t* p = gmem(w, time_out, 8);
    if (!p) return WE_FAULT;
    clockid_t c;
    if (!host_clock(id, &c)) return WE_INVAL;
    struct timespec ts;
    if (clock_gettime(c, &ts) != 0) return wasi_errno(errno);
    put_u64(p, (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec);
    return WE_SUCCESS;
}

u32 WASI_FN(clock_res_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 id,
                           u32 res_out) {
    uint8_t* p = gmem(w, res_out, 8);
    if (!p) return WE_FAULT;
    clockid_t c;
    if (!host_clock(id, &c)) return WE_INVAL;
    struct timespec ts;
    if (clock_getres(c, &ts) != 0) return wasi_errno(errno);
    put_u64(p, (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec);
    return WE_SUCCESS;
}

u32 WASI_FN(random_get)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 buf, u32 len) {
    uint8_t* p = gmem(w, buf, len);
    if (!p) return WE_FAULT;
    while (len > 0) {
        ssize_t r = getrandom(p, len, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return wasi_errno(errno);
        }
        p += r;
        len -= (u32)r;
    }
    return WE_SUCCESS;
}

u32 WASI_FN(sched_yield)(struct Z_wasi_snapshot_preview1_instance_t* w) {
    (void)w;
    return WE_SUCCESS;
}

void WASI_FN(proc_exit)(struct Z_wasi_snapshot_preview1_instance_t* w, u32 code) {
    (void)w;
    /* The shim does no buffering of its own: nothing to flush. */
    exit((int)code);
}
