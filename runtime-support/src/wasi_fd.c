/* wasi_fd.c: the fd_* functions of wasi_snapshot_preview1. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "wasi_internal.h"

#define GET_FD(f, fd)                                                                    \
    wasi_fd* f = wasi_get_fd(inst, fd);                                                  \
    if (!f) return WE_BADF

/* Return the errno when `f` lacks `rights` (see wasi_need). */
#define NEED(f, rights)                                                                  \
    do {                                                                                 \
        uint32_t e_ = wasi_need(f, rights);                                              \
        if (e_) return e_;                                                               \
    } while (0)

#define RETRY(expr)                                                                      \
    ({                                                                                   \
        long r_;                                                                         \
        do r_ = (long)(expr);                                                            \
        while (r_ < 0 && errno == EINTR);                                                \
        r_;                                                                              \
    })

/* fd_write and fd_read with room for `cap` iovecs in `v`. A guest's gather is most
 * often 1 or 2 entries (wasi-libc's stdio), so the exported functions keep
 * WASI_FEW_IOVS on their stack and hand a longer list to a function of its own with
 * WASI_MAX_IOVS: 2 KiB less stack under every write, which start-up's writes reach
 * (hello world's deepest frame; a fresh stack page costs a fault). */
static inline __attribute__((always_inline)) uint32_t fd_write_v(w2n_instance* inst, uint32_t fd,
                                                                 uint32_t iovs, uint32_t iovs_len,
                                                                 uint32_t nwritten,
                                                                 struct iovec* v) {
    GET_FD(f, fd);
    uint8_t* out = w2n_mem(inst, nwritten, 4);
    int n = wasi_gather(inst, iovs, iovs_len, v);
    if (!out || n < 0) return WE_FAULT;
    if (f->type == FT_DIRECTORY) return WE_BADF;
    NEED(f, R_FD_WRITE);
    long r = RETRY(writev(f->host, v, n));
    if (r < 0) return wasi_errno(errno);
    put32(out, (uint32_t)r);
    return WE_SUCCESS;
}

static inline __attribute__((always_inline)) uint32_t fd_read_v(w2n_instance* inst, uint32_t fd,
                                                                uint32_t iovs, uint32_t iovs_len,
                                                                uint32_t nread, struct iovec* v) {
    GET_FD(f, fd);
    uint8_t* out = w2n_mem(inst, nread, 4);
    int n = wasi_gather(inst, iovs, iovs_len, v);
    if (!out || n < 0) return WE_FAULT;
    if (f->type == FT_DIRECTORY) return WE_BADF;
    NEED(f, R_FD_READ);
    long r = RETRY(readv(f->host, v, n));
    if (r < 0) return wasi_errno(errno);
    put32(out, (uint32_t)r);
    return WE_SUCCESS;
}

__attribute__((noinline)) static uint32_t fd_write_many(w2n_instance* inst, uint32_t fd,
                                                        uint32_t iovs, uint32_t iovs_len,
                                                        uint32_t nwritten) {
    struct iovec v[WASI_MAX_IOVS];
    return fd_write_v(inst, fd, iovs, iovs_len, nwritten, v);
}

__attribute__((noinline)) static uint32_t fd_read_many(w2n_instance* inst, uint32_t fd,
                                                       uint32_t iovs, uint32_t iovs_len,
                                                       uint32_t nread) {
    struct iovec v[WASI_MAX_IOVS];
    return fd_read_v(inst, fd, iovs, iovs_len, nread, v);
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_write(w2n_instance* inst, uint32_t fd,
                                                     uint32_t iovs, uint32_t iovs_len,
                                                     uint32_t nwritten) {
    if (iovs_len > WASI_FEW_IOVS) return fd_write_many(inst, fd, iovs, iovs_len, nwritten);
    struct iovec v[WASI_FEW_IOVS];
    return fd_write_v(inst, fd, iovs, iovs_len, nwritten, v);
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_read(w2n_instance* inst, uint32_t fd,
                                                    uint32_t iovs, uint32_t iovs_len,
                                                    uint32_t nread) {
    if (iovs_len > WASI_FEW_IOVS) return fd_read_many(inst, fd, iovs, iovs_len, nread);
    struct iovec v[WASI_FEW_IOVS];
    return fd_read_v(inst, fd, iovs, iovs_len, nread, v);
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_pwrite(w2n_instance* inst, uint32_t fd,
                                                      uint32_t iovs, uint32_t iovs_len,
                                                      uint64_t offset, uint32_t nwritten) {
    GET_FD(f, fd);
    uint8_t* out = w2n_mem(inst, nwritten, 4);
    struct iovec v[WASI_MAX_IOVS];
    int n = wasi_gather(inst, iovs, iovs_len, v);
    if (!out || n < 0) return WE_FAULT;
    if (f->type == FT_DIRECTORY) return WE_BADF;
    NEED(f, R_FD_WRITE | R_FD_SEEK);
    if (offset > INT64_MAX) return WE_INVAL;
    long r = RETRY(pwritev(f->host, v, n, (off_t)offset));
    if (r < 0) return wasi_errno(errno);
    put32(out, (uint32_t)r);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_pread(w2n_instance* inst, uint32_t fd,
                                                     uint32_t iovs, uint32_t iovs_len,
                                                     uint64_t offset, uint32_t nread) {
    GET_FD(f, fd);
    uint8_t* out = w2n_mem(inst, nread, 4);
    struct iovec v[WASI_MAX_IOVS];
    int n = wasi_gather(inst, iovs, iovs_len, v);
    if (!out || n < 0) return WE_FAULT;
    if (f->type == FT_DIRECTORY) return WE_BADF;
    NEED(f, R_FD_READ | R_FD_SEEK);
    if (offset > INT64_MAX) return WE_INVAL;
    long r = RETRY(preadv(f->host, v, n, (off_t)offset));
    if (r < 0) return wasi_errno(errno);
    put32(out, (uint32_t)r);
    return WE_SUCCESS;
}

/* whence is preview1's (SET=0, CUR=1, END=2); wasi_unstable maps its own first. */
static uint32_t seek(w2n_instance* inst, uint32_t fd, uint64_t offset, uint32_t whence,
                     uint32_t out, uint64_t need) {
    GET_FD(f, fd);
    uint8_t* p = w2n_mem(inst, out, 8);
    if (!p) return WE_FAULT;
    int w;
    switch (whence) {
    case 0: w = SEEK_SET; break;
    case 1: w = SEEK_CUR; break;
    case 2: w = SEEK_END; break;
    default: return WE_INVAL;
    }
    if (f->type == FT_DIRECTORY) return WE_BADF;
    NEED(f, need);
    off_t r = lseek(f->host, (off_t)(int64_t)offset, w);
    if (r < 0) return wasi_errno(errno);
    put64(p, (uint64_t)r);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_seek(w2n_instance* inst, uint32_t fd,
                                                    uint64_t offset, uint32_t whence,
                                                    uint32_t out) {
    /* Reading the position back (offset 0 from the current one) is a tell. */
    uint64_t need = offset == 0 && whence == 1 ? R_FD_TELL : R_FD_SEEK;
    return seek(inst, fd, offset, whence, out, need);
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_tell(w2n_instance* inst, uint32_t fd,
                                                    uint32_t out) {
    return seek(inst, fd, 0, 1, out, R_FD_TELL);
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_close(w2n_instance* inst, uint32_t fd) {
    wasi_lock(wasi_ctx(inst));
    wasi_fd* f = wasi_get_fd(inst, fd);
    if (f) wasi_release_fd(f);
    wasi_unlock(wasi_ctx(inst));
    return f ? WE_SUCCESS : WE_BADF;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_renumber(w2n_instance* inst, uint32_t from,
                                                        uint32_t to) {
    wasi_lock(wasi_ctx(inst));
    wasi_fd* f = wasi_get_fd(inst, from);
    wasi_fd* t = wasi_get_fd(inst, to);
    if (f && t && f != t) {
        wasi_release_fd(t);
        *t = *f;
        memset(f, 0, sizeof *f);
    }
    wasi_unlock(wasi_ctx(inst));
    return f && t ? WE_SUCCESS : WE_BADF;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_sync(w2n_instance* inst, uint32_t fd) {
    GET_FD(f, fd);
    NEED(f, R_FD_SYNC);
    if (fsync(f->host) != 0) return wasi_errno(errno);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_datasync(w2n_instance* inst, uint32_t fd) {
    GET_FD(f, fd);
    NEED(f, R_FD_DATASYNC);
    if (fdatasync(f->host) != 0) return wasi_errno(errno);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_advise(w2n_instance* inst, uint32_t fd,
                                                      uint64_t offset, uint64_t len,
                                                      uint32_t advice) {
    GET_FD(f, fd);
    static const int map[] = {POSIX_FADV_NORMAL,   POSIX_FADV_SEQUENTIAL, POSIX_FADV_RANDOM,
                              POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED,   POSIX_FADV_NOREUSE};
    if (advice > 5) return WE_INVAL;
    if (f->type == FT_DIRECTORY) return WE_BADF;
    NEED(f, R_FD_ADVISE);
    if (offset > INT64_MAX || len > INT64_MAX) return WE_INVAL;
    int r = posix_fadvise(f->host, (off_t)offset, (off_t)len, map[advice]);
    return r ? wasi_errno(r) : WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_allocate(w2n_instance* inst, uint32_t fd,
                                                        uint64_t offset, uint64_t len) {
    GET_FD(f, fd);
    if (f->type == FT_DIRECTORY) return WE_BADF;
    NEED(f, R_FD_ALLOCATE);
    if (offset > INT64_MAX || len > INT64_MAX || offset + len > INT64_MAX) return WE_INVAL;
    int r = posix_fallocate(f->host, (off_t)offset, (off_t)len);
    return r ? wasi_errno(r) : WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_fdstat_get(w2n_instance* inst, uint32_t fd,
                                                          uint32_t out) {
    GET_FD(f, fd);
    uint8_t* p = w2n_mem(inst, out, 24);
    if (!p) return WE_FAULT;
    int fl = f->stdio ? -1 : fcntl(f->host, F_GETFL); /* stdio: no flags, as Wasmtime */
    uint16_t flags = 0;
    if (fl >= 0) {
        if (fl & O_APPEND) flags |= FDF_APPEND;
        if (fl & O_NONBLOCK) flags |= FDF_NONBLOCK;
        if ((fl & O_SYNC) == O_SYNC) flags |= FDF_SYNC;
        else if (fl & O_DSYNC) flags |= FDF_DSYNC;
    }
    memset(p, 0, 24);
    p[0] = wasi_fd_type(f);
    put16(p + 2, flags);
    put64(p + 8, f->rights_base);
    put64(p + 16, f->rights_inh);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_fdstat_set_flags(w2n_instance* inst,
                                                                uint32_t fd, uint32_t flags) {
    GET_FD(f, fd);
    NEED(f, R_FD_FDSTAT_SET_FLAGS);
    if (flags & ~(uint32_t)(FDF_APPEND | FDF_DSYNC | FDF_NONBLOCK | FDF_RSYNC | FDF_SYNC))
        return WE_INVAL;
    /* Synchronized-I/O flags cannot be changed on an open descriptor (Linux ignores
     * them in F_SETFL); Wasmtime also refuses them. */
    if (flags & (FDF_DSYNC | FDF_RSYNC | FDF_SYNC)) return WE_NOTSUP;
    int fl = fcntl(f->host, F_GETFL);
    if (fl < 0) return wasi_errno(errno);
    fl &= ~(O_APPEND | O_NONBLOCK);
    if (flags & FDF_APPEND) fl |= O_APPEND;
    if (flags & FDF_NONBLOCK) fl |= O_NONBLOCK;
    if (fcntl(f->host, F_SETFL, fl) != 0) return wasi_errno(errno);
    return WE_SUCCESS;
}

/* Rights can only be dropped, never gained; every call then checks them (wasi_need).
 * Wasmtime 49 answers ENOTSUP here (it keeps no rights); stdio answers EBADF as it
 * does there (its rights are fixed). */
uint32_t w2n_import_wasi_snapshot_preview1_fd_fdstat_set_rights(w2n_instance* inst,
                                                                 uint32_t fd, uint64_t base,
                                                                 uint64_t inheriting) {
    GET_FD(f, fd);
    if (f->stdio) return WE_BADF;
    if ((base & ~f->rights_base) || (inheriting & ~f->rights_inh)) return WE_NOTCAPABLE;
    f->rights_base = base;
    f->rights_inh = inheriting;
    return WE_SUCCESS;
}

static uint32_t filestat_get(w2n_instance* inst, uint32_t fd, uint32_t out, int unstable) {
    GET_FD(f, fd);
    uint8_t* p = w2n_mem(inst, out, unstable ? 56 : 64);
    if (!p) return WE_FAULT;
    if (f->stdio) { /* as Wasmtime: nothing about the host descriptor but the type */
        memset(p, 0, unstable ? 56 : 64);
        p[16] = wasi_fd_type(f);
        return WE_SUCCESS;
    }
    NEED(f, R_FD_FILESTAT_GET);
    struct stat st;
    if (fstat(f->host, &st) != 0) return wasi_errno(errno);
    wasi_put_filestat(p, &st, unstable);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_filestat_get(w2n_instance* inst, uint32_t fd,
                                                            uint32_t out) {
    return filestat_get(inst, fd, out, 0);
}

uint32_t w2n_import_wasi_unstable_fd_filestat_get(w2n_instance* inst, uint32_t fd,
                                                   uint32_t out);
uint32_t w2n_import_wasi_unstable_fd_filestat_get(w2n_instance* inst, uint32_t fd,
                                                   uint32_t out) {
    return filestat_get(inst, fd, out, 1);
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_filestat_set_size(w2n_instance* inst,
                                                                 uint32_t fd, uint64_t size) {
    GET_FD(f, fd);
    if (f->type == FT_DIRECTORY) return WE_BADF;
    NEED(f, R_FD_FILESTAT_SET_SIZE);
    if (size > INT64_MAX) return WE_INVAL;
    if (ftruncate(f->host, (off_t)size) != 0) return wasi_errno(errno);
    return WE_SUCCESS;
}

/* fstflags -> timespec[2] for utimensat/futimens; -1 on an invalid combination. */
int wasi_times(uint64_t atim, uint64_t mtim, uint32_t fl, struct timespec ts[2]) {
    if (fl & ~15u) return -1;
    if ((fl & 1) && (fl & 2)) return -1;
    if ((fl & 4) && (fl & 8)) return -1;
    ts[0].tv_sec = (time_t)(atim / 1000000000u);
    ts[0].tv_nsec = (long)(atim % 1000000000u);
    ts[1].tv_sec = (time_t)(mtim / 1000000000u);
    ts[1].tv_nsec = (long)(mtim % 1000000000u);
    if (fl & 2) ts[0].tv_nsec = UTIME_NOW;
    else if (!(fl & 1)) ts[0].tv_nsec = UTIME_OMIT;
    if (fl & 8) ts[1].tv_nsec = UTIME_NOW;
    else if (!(fl & 4)) ts[1].tv_nsec = UTIME_OMIT;
    return 0;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_filestat_set_times(w2n_instance* inst,
                                                                  uint32_t fd, uint64_t atim,
                                                                  uint64_t mtim,
                                                                  uint32_t fst_flags) {
    GET_FD(f, fd);
    NEED(f, R_FD_FILESTAT_SET_TIMES);
    struct timespec ts[2];
    if (wasi_times(atim, mtim, fst_flags, ts) != 0) return WE_INVAL;
    if (futimens(f->host, ts) != 0) return wasi_errno(errno);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_prestat_get(w2n_instance* inst, uint32_t fd,
                                                           uint32_t out) {
    GET_FD(f, fd);
    if (!f->preopen) return WE_BADF;
    uint8_t* p = w2n_mem(inst, out, 8);
    if (!p) return WE_FAULT;
    memset(p, 0, 8);
    put32(p + 4, (uint32_t)strlen(f->preopen));
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_prestat_dir_name(w2n_instance* inst, uint32_t fd,
                                                                uint32_t path, uint32_t len) {
    GET_FD(f, fd);
    if (!f->preopen) return WE_BADF;
    uint8_t* p = w2n_mem(inst, path, len);
    if (!p) return WE_FAULT;
    size_t n = strlen(f->preopen);
    if (len < n) return WE_NAMETOOLONG;
    memcpy(p, f->preopen, n);
    return WE_SUCCESS;
}

/* ---- fd_readdir ------------------------------------------------------------------- */

static uint8_t dt_type(unsigned char t) {
    switch (t) {
    case DT_BLK: return FT_BLOCK_DEVICE;
    case DT_CHR: return FT_CHARACTER_DEVICE;
    case DT_DIR: return FT_DIRECTORY;
    case DT_REG: return FT_REGULAR_FILE;
    case DT_LNK: return FT_SYMBOLIC_LINK;
    case DT_SOCK: return FT_SOCKET_STREAM;
    default: return FT_UNKNOWN;
    }
}

/* Read the whole directory into f->dents (a snapshot; cookies index into it). The `..`
 * entry gets the directory's own inode, as `.` (so does Wasmtime): the directory above
 * a preopen is outside the sandbox and its inode is not the guest's to see. */
static uint32_t snapshot(wasi_fd* f) {
    wasi_free_dents(f);
    int d = openat(f->host, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (d < 0) return wasi_errno(errno);
    struct stat self;
    if (fstat(d, &self) != 0) {
        int e = errno;
        close(d);
        return wasi_errno(e);
    }
    DIR* dir = fdopendir(d);
    if (!dir) {
        int e = errno;
        close(d);
        return wasi_errno(e);
    }
    uint64_t cap = 0;
    struct dirent* e;
    errno = 0;
    while ((e = readdir(dir)) != NULL) {
        if (f->ndents == cap) {
            cap = cap ? cap * 2 : 64;
            wasi_dirent* n = realloc(f->dents, cap * sizeof *n);
            if (!n) break;
            f->dents = n;
        }
        wasi_dirent* o = &f->dents[f->ndents];
        o->ino = strcmp(e->d_name, "..") == 0 ? (uint64_t)self.st_ino : e->d_ino;
        o->type = dt_type(e->d_type);
        if (e->d_type == DT_UNKNOWN) {
            struct stat st;
            if (fstatat(dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
                o->type = wasi_filetype(st.st_mode);
        }
        o->name = strdup(e->d_name);
        if (!o->name) break;
        f->ndents++;
        errno = 0;
    }
    int err = errno;
    closedir(dir);
    if (err) {
        wasi_free_dents(f);
        return wasi_errno(err);
    }
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_fd_readdir(w2n_instance* inst, uint32_t fd,
                                                       uint32_t buf, uint32_t buf_len,
                                                       uint64_t cookie, uint32_t bufused) {
    GET_FD(f, fd);
    uint8_t* b = w2n_mem(inst, buf, buf_len);
    uint8_t* used = w2n_mem(inst, bufused, 4);
    if (!b || !used) return WE_FAULT;
    if (f->stdio) return WE_BADF;
    if (f->type != FT_DIRECTORY) return WE_NOTDIR;
    NEED(f, R_FD_READDIR);
    if (cookie == 0 || !f->dents) {
        uint32_t r = snapshot(f);
        if (r) return r;
    }
    uint64_t pos = 0;
    for (uint64_t i = cookie; i < f->ndents && pos < buf_len; i++) {
        const wasi_dirent* e = &f->dents[i];
        size_t nl = strlen(e->name);
        uint8_t hdr[24];
        put64(hdr, i + 1);
        put64(hdr + 8, e->ino);
        put32(hdr + 16, (uint32_t)nl);
        memset(hdr + 20, 0, 4);
        hdr[20] = e->type;
        uint64_t n = buf_len - pos < 24 ? buf_len - pos : 24;
        memcpy(b + pos, hdr, n);
        pos += n;
        n = buf_len - pos < nl ? buf_len - pos : nl;
        memcpy(b + pos, e->name, n);
        pos += n;
    }
    put32(used, (uint32_t)pos);
    return WE_SUCCESS;
}
