/* wasi_core.c: WASI context and fd table, errno mapping, args/environ, clocks, random,
 * proc_exit/proc_raise, sched_yield. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "wasi_internal.h"

/* ---- errno ------------------------------------------------------------------------ */

uint32_t wasi_errno(int e) {
    switch (e) {
    case 0: return WE_SUCCESS;
    case E2BIG: return WE_2BIG;
    case EACCES: return WE_ACCES;
    case EADDRINUSE: return WE_ADDRINUSE;
    case EADDRNOTAVAIL: return WE_ADDRNOTAVAIL;
    case EAFNOSUPPORT: return WE_AFNOSUPPORT;
    case EAGAIN: return WE_AGAIN;
    case EALREADY: return WE_ALREADY;
    case EBADF: return WE_BADF;
    case EBADMSG: return WE_BADMSG;
    case EBUSY: return WE_BUSY;
    case ECANCELED: return WE_CANCELED;
    case ECHILD: return WE_CHILD;
    case ECONNABORTED: return WE_CONNABORTED;
    case ECONNREFUSED: return WE_CONNREFUSED;
    case ECONNRESET: return WE_CONNRESET;
    case EDEADLK: return WE_DEADLK;
    case EDESTADDRREQ: return WE_DESTADDRREQ;
    case EDOM: return WE_DOM;
    case EDQUOT: return WE_DQUOT;
    case EEXIST: return WE_EXIST;
    case EFAULT: return WE_FAULT;
    case EFBIG: return WE_FBIG;
    case EHOSTUNREACH: return WE_HOSTUNREACH;
    case EIDRM: return WE_IDRM;
    case EILSEQ: return WE_ILSEQ;
    case EINPROGRESS: return WE_INPROGRESS;
    case EINTR: return WE_INTR;
    case EINVAL: return WE_INVAL;
    case EIO: return WE_IO;
    case EISCONN: return WE_ISCONN;
    case EISDIR: return WE_ISDIR;
    case ELOOP: return WE_LOOP;
    case EMFILE: return WE_MFILE;
    case EMLINK: return WE_MLINK;
    case EMSGSIZE: return WE_MSGSIZE;
    case EMULTIHOP: return WE_MULTIHOP;
    case ENAMETOOLONG: return WE_NAMETOOLONG;
    case ENETDOWN: return WE_NETDOWN;
    case ENETRESET: return WE_NETRESET;
    case ENETUNREACH: return WE_NETUNREACH;
    case ENFILE: return WE_NFILE;
    case ENOBUFS: return WE_NOBUFS;
    case ENODEV: return WE_NODEV;
    case ENOENT: return WE_NOENT;
    case ENOEXEC: return WE_NOEXEC;
    case ENOLCK: return WE_NOLCK;
    case ENOLINK: return WE_NOLINK;
    case ENOMEM: return WE_NOMEM;
    case ENOMSG: return WE_NOMSG;
    case ENOPROTOOPT: return WE_NOPROTOOPT;
    case ENOSPC: return WE_NOSPC;
    case ENOSYS: return WE_NOSYS;
    case ENOTCONN: return WE_NOTCONN;
    case ENOTDIR: return WE_NOTDIR;
    case ENOTEMPTY: return WE_NOTEMPTY;
    case ENOTRECOVERABLE: return WE_NOTRECOVERABLE;
    case ENOTSOCK: return WE_NOTSOCK;
    case EOPNOTSUPP: return WE_NOTSUP; /* == ENOTSUP on Linux */
    case ENOTTY: return WE_NOTTY;
    case ENXIO: return WE_NXIO;
    case EOVERFLOW: return WE_OVERFLOW;
    case EOWNERDEAD: return WE_OWNERDEAD;
    case EPERM: return WE_PERM;
    case EPIPE: return WE_PIPE;
    case EPROTO: return WE_PROTO;
    case EPROTONOSUPPORT: return WE_PROTONOSUPPORT;
    case EPROTOTYPE: return WE_PROTOTYPE;
    case ERANGE: return WE_RANGE;
    case EROFS: return WE_ROFS;
    case ESPIPE: return WE_SPIPE;
    case ESRCH: return WE_SRCH;
    case ESTALE: return WE_STALE;
    case ETIMEDOUT: return WE_TIMEDOUT;
    case ETXTBSY: return WE_TXTBSY;
    case EXDEV: return WE_XDEV;
    default: return WE_IO;
    }
}

/* ---- context and fd table --------------------------------------------------------- */

uint8_t wasi_filetype(mode_t m) {
    if (S_ISREG(m)) return FT_REGULAR_FILE;
    if (S_ISDIR(m)) return FT_DIRECTORY;
    if (S_ISCHR(m)) return FT_CHARACTER_DEVICE;
    if (S_ISBLK(m)) return FT_BLOCK_DEVICE;
    if (S_ISLNK(m)) return FT_SYMBOLIC_LINK;
    if (S_ISSOCK(m)) return FT_SOCKET_STREAM;
    return FT_UNKNOWN; /* FIFOs, as Wasmtime */
}

static int grow(struct w2n_wasi_state* s, uint32_t need) {
    if (need <= s->cap) return 0;
    if (s->fixed) return -1;
    uint32_t cap = s->cap ? s->cap : 8;
    while (cap < need) cap *= 2;
    wasi_fd* n = w2n_realloc(s->fds, (size_t)s->cap * sizeof *n, (size_t)cap * sizeof *n);
    if (!n) return -1;
    memset(n + s->cap, 0, (size_t)(cap - s->cap) * sizeof *n);
    s->fds = n;
    s->cap = cap;
    return 0;
}

/* The slot is reserved (`used`) under the lock, so two threads never get the same one. */
int wasi_alloc_fd(w2n_wasi_ctx* ctx, uint32_t* out) {
    struct w2n_wasi_state* s = ctx->state;
    w2n_mutex_lock(&s->lock);
    uint32_t i = 3;
    while (i < s->cap && s->fds[i].used) i++;
    if ((i >= s->cap && grow(s, i + 1) != 0) || i >= (1u << 30)) {
        w2n_mutex_unlock(&s->lock);
        return -1;
    }
    memset(&s->fds[i], 0, sizeof s->fds[i]);
    s->fds[i].used = 1;
    *out = i;
    w2n_mutex_unlock(&s->lock);
    return 0;
}

int wasi_threads_enable(w2n_wasi_ctx* ctx) {
    struct w2n_wasi_state* s = ctx->state;
    if (!s) return 0;
    w2n_mutex_lock(&s->lock);
    int rc = 0;
    if (!s->fixed) {
        rc = grow(s, WASI_THREADS_FDS);
        if (rc == 0) s->fixed = 1;
    }
    w2n_mutex_unlock(&s->lock);
    return rc;
}

void wasi_lock(w2n_wasi_ctx* ctx) {
    if (ctx && ctx->state) w2n_mutex_lock(&ctx->state->lock);
}

void wasi_unlock(w2n_wasi_ctx* ctx) {
    if (ctx && ctx->state) w2n_mutex_unlock(&ctx->state->lock);
}

void wasi_free_dents(wasi_fd* f) {
    for (uint64_t i = 0; i < f->ndents; i++) free(f->dents[i].name);
    free(f->dents);
    f->dents = NULL;
    f->ndents = 0;
}

void wasi_release_fd(wasi_fd* f) {
    if (!f->used) return;
    if (f->owned) close(f->host);
    free(f->preopen);
    wasi_free_dents(f);
    memset(f, 0, sizeof *f);
}

/* fds 0-2: the host's stdio as streams with exactly Wasmtime's (49) rights and
 * behaviour, whatever the host descriptor is (file, append-only file, directory, pipe,
 * terminal): fd 0 has FD_READ, fds 1-2 FD_WRITE (base and inheriting: 0x2 / 0x40); the
 * type is CHARACTER_DEVICE for a terminal and UNKNOWN otherwise; fd_fdstat_get reports
 * no flags; fd_filestat_get reports zeros but the type; seek, tell and positional I/O
 * fail with ESPIPE; every other call that would act on the host descriptor (flags,
 * sizes, times, sync, advise, allocate, readdir, path_*, set_rights) fails with EBADF.
 * So a guest can only read or write the stream, never rewind, truncate or re-flag the
 * descriptor its parent holds, nor open files inside a directory given as stdin. */
static void set_stdio(wasi_fd* f, int host) {
    memset(f, 0, sizeof *f);
    f->used = 1;
    f->host = host;
    f->owned = 0;
    f->stdio = 1;
    f->type = FT_STDIO_UNASKED; /* wasi_fd_type: a terminal or unknown */
    f->rights_base = host == 0 ? R_FD_READ : R_FD_WRITE;
    f->rights_inh = f->rights_base;
}

uint8_t wasi_fd_type(wasi_fd* f) {
    if (f->type == FT_STDIO_UNASKED)
        f->type = isatty(f->host) ? FT_CHARACTER_DEVICE : FT_UNKNOWN;
    return f->type;
}

uint32_t wasi_need(const wasi_fd* f, uint64_t need) {
    uint64_t missing = need & ~f->rights_base;
    if (!missing) return WE_SUCCESS;
    if (f->stdio) return (need & (R_FD_SEEK | R_FD_TELL)) ? WE_SPIPE : WE_BADF;
    if (missing & (R_FD_READ | R_FD_WRITE)) return WE_BADF;
    return WE_NOTCAPABLE;
}

/* The reason a --dir could not be opened. With musl, the usual errors by name, not
 * strerror, whose table (2.2 KB) would take room in a small program's first 64 KiB
 * window of code and read-only data (README "Start-up"). glibc's static executables
 * span many windows anyway, and leaving strerror out of them moved glibc's own
 * start-up data into one window more (exit 0: one page fault more, 0.9% slower). */
static const char* open_error_text(int e, char* buf, size_t len) {
#ifdef __GLIBC__
    (void)buf;
    (void)len;
    return strerror(e);
#else
    switch (e) {
    case ENOENT: return "No such file or directory";
    case ENOTDIR: return "Not a directory";
    case EACCES: return "Permission denied";
    case EPERM: return "Operation not permitted";
    case ELOOP: return "Too many levels of symbolic links";
    case ENAMETOOLONG: return "File name too long";
    case EMFILE: return "Too many open files";
    case ENFILE: return "Too many open files in system";
    case ENOMEM: return "Cannot allocate memory";
    case EIO: return "Input/output error";
    default: w2n_snprintf(buf, len, "errno %d", e); return buf;
    }
#endif
}

int w2n_wasi_init(w2n_wasi_ctx* ctx, char* err, size_t err_len) {
    if (ctx->state) return 0;
    struct w2n_wasi_state* s = w2n_calloc(1, sizeof *s); /* zero: `lock` unlocked */
    if (!s || grow(s, 3 + (uint32_t)(ctx->npreopens > 0 ? ctx->npreopens : 0)) != 0) {
        if (s) w2n_free(s);
        if (err_len) w2n_snprintf(err, err_len, "out of memory");
        return -1;
    }
    for (int i = 0; i < 3; i++) set_stdio(&s->fds[i], i);
    ctx->state = s;
    int rc = 0;
    for (int i = 0; i < ctx->npreopens; i++) {
        const w2n_wasi_preopen* p = &ctx->preopens[i];
        int fd = open(p->host_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) {
            char e[16];
            if (rc == 0 && err_len)
                w2n_snprintf(err, err_len, "cannot open directory %s (--dir): %s", p->host_path,
                             open_error_text(errno, e, sizeof e));
            rc = -1;
            continue;
        }
        uint32_t n;
        if (wasi_alloc_fd(ctx, &n) != 0) {
            close(fd);
            rc = -1;
            continue;
        }
        wasi_fd* f = &s->fds[n];
        f->used = 1;
        f->host = fd;
        f->owned = 1;
        f->type = FT_DIRECTORY;
        f->rights_base = R_DIR;
        f->rights_inh = R_DIR | R_FILE;
        f->preopen = strdup(p->guest_path ? p->guest_path : p->host_path);
    }
    return rc;
}

void w2n_wasi_free(w2n_wasi_ctx* ctx) {
    struct w2n_wasi_state* s = ctx->state;
    if (!s) return;
    for (uint32_t i = 0; i < s->cap; i++) wasi_release_fd(&s->fds[i]);
    w2n_free(s->fds);
    w2n_free(s);
    ctx->state = NULL;
}

w2n_wasi_ctx* wasi_ctx(w2n_instance* inst) {
    w2n_wasi_ctx* c = (w2n_wasi_ctx*)inst->host_data;
    if (c && !c->state) w2n_wasi_init(c, NULL, 0);
    return c;
}

wasi_fd* wasi_get_fd(w2n_instance* inst, uint32_t fd) {
    w2n_wasi_ctx* c = wasi_ctx(inst);
    if (!c || !c->state || fd >= c->state->cap || !c->state->fds[fd].used) return NULL;
    return &c->state->fds[fd];
}

void wasi_put_filestat(uint8_t* p, const struct stat* st, int unstable) {
    uint64_t at = (uint64_t)st->st_atim.tv_sec * 1000000000u + (uint64_t)st->st_atim.tv_nsec;
    uint64_t mt = (uint64_t)st->st_mtim.tv_sec * 1000000000u + (uint64_t)st->st_mtim.tv_nsec;
    uint64_t ct = (uint64_t)st->st_ctim.tv_sec * 1000000000u + (uint64_t)st->st_ctim.tv_nsec;
    memset(p, 0, unstable ? 56 : 64);
    put64(p, (uint64_t)st->st_dev);
    put64(p + 8, (uint64_t)st->st_ino);
    p[16] = wasi_filetype(st->st_mode);
    if (unstable) {
        put32(p + 20, (uint32_t)st->st_nlink);
        put64(p + 24, (uint64_t)st->st_size);
        put64(p + 32, at);
        put64(p + 40, mt);
        put64(p + 48, ct);
    } else {
        put64(p + 24, (uint64_t)st->st_nlink);
        put64(p + 32, (uint64_t)st->st_size);
        put64(p + 40, at);
        put64(p + 48, mt);
        put64(p + 56, ct);
    }
}

int wasi_gather(w2n_instance* inst, uint32_t iovs, uint32_t n, struct iovec* out) {
    const uint8_t* arr = w2n_mem(inst, iovs, (uint64_t)n * 8);
    if (!arr) return -1;
    int cnt = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t ptr = get32(arr + 8 * (uint64_t)i), len = get32(arr + 8 * (uint64_t)i + 4);
        uint8_t* buf = w2n_mem(inst, ptr, len);
        if (!buf) return -1;
        if (cnt < WASI_MAX_IOVS) { /* more is allowed to transfer short */
            out[cnt].iov_base = buf;
            out[cnt].iov_len = len;
            cnt++;
        }
    }
    return cnt;
}

/* ---- process ---------------------------------------------------------------------- */

_Noreturn void w2n_import_wasi_snapshot_preview1_proc_exit(w2n_instance* inst, uint32_t code) {
    w2n_exit(inst, (int)code);
}

/* Like Wasmtime: raising signals is not supported. */
uint32_t w2n_import_wasi_snapshot_preview1_proc_raise(w2n_instance* inst, uint32_t sig) {
    (void)inst;
    (void)sig;
    return WE_NOTSUP;
}

uint32_t w2n_import_wasi_snapshot_preview1_sched_yield(w2n_instance* inst) {
    (void)inst;
    sched_yield();
    return WE_SUCCESS;
}

/* ---- args / environ --------------------------------------------------------------- */

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
    const w2n_wasi_ctx* c = wasi_ctx(inst);
    if (!c) return sizes_get(inst, NULL, 0, argc_ptr, size_ptr);
    return sizes_get(inst, c->argv, c->argv ? c->argc : 0, argc_ptr, size_ptr);
}

uint32_t w2n_import_wasi_snapshot_preview1_args_get(w2n_instance* inst, uint32_t argv,
                                                     uint32_t buf) {
    const w2n_wasi_ctx* c = wasi_ctx(inst);
    if (!c) return vec_get(inst, NULL, 0, argv, buf);
    return vec_get(inst, c->argv, c->argv ? c->argc : 0, argv, buf);
}

uint32_t w2n_import_wasi_snapshot_preview1_environ_sizes_get(w2n_instance* inst,
                                                              uint32_t count_ptr,
                                                              uint32_t size_ptr) {
    const w2n_wasi_ctx* c = wasi_ctx(inst);
    return sizes_get(inst, c ? c->envp : NULL, -1, count_ptr, size_ptr);
}

uint32_t w2n_import_wasi_snapshot_preview1_environ_get(w2n_instance* inst, uint32_t envp,
                                                        uint32_t buf) {
    const w2n_wasi_ctx* c = wasi_ctx(inst);
    return vec_get(inst, c ? c->envp : NULL, -1, envp, buf);
}

/* ---- clocks and random ------------------------------------------------------------ */

int wasi_clock_of(uint32_t id, clockid_t* out) {
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
    if (wasi_clock_of(id, &c) != 0) return WE_INVAL;
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
    if (wasi_clock_of(id, &c) != 0) return WE_INVAL;
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
