/* wasi_path.c: the path_* functions and the capability sandbox.
 *
 * Every guest path is resolved beneath the directory descriptor it is relative to; it
 * can never name anything outside it:
 *   - absolute paths, `..` components that would climb above the directory, and
 *     symlinks (absolute, or relative climbing above it) fail with EPERM (Wasmtime's
 *     errno for escapes); symlink loops (more than 40 links) with ELOOP;
 *   - resolution uses openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS) when the kernel
 *     has it (Linux >= 5.6), else a component-by-component walk with
 *     openat(O_PATH | O_NOFOLLOW), following symlinks by hand and handling `..` with a
 *     stack of the descriptors walked through (never by looking up ".." on the host).
 *     W2N_WASI_NO_OPENAT2=1 in the environment forces the walk.
 *   - operations act on (parent descriptor, last component) with the *at() calls and
 *     never follow a symlink in the last component (a symlink is resolved by hand and
 *     its target is resolved beneath the directory again), so swapping a component for
 *     a symlink between check and use cannot reach outside.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "wasi_internal.h"

#ifndef SYS_openat2
#define SYS_openat2 437
#endif
#ifndef RESOLVE_NO_MAGICLINKS
#define RESOLVE_NO_MAGICLINKS 0x02
#endif
#ifndef RESOLVE_BENEATH
#define RESOLVE_BENEATH 0x08
#endif

struct w2n_open_how {
    uint64_t flags;
    uint64_t mode;
    uint64_t resolve;
};

#define MAX_LINKS 40
#define MAX_DEPTH 4096

static int g_no_openat2 = -1;

int wasi_no_openat2(void) {
    if (g_no_openat2 < 0) {
        const char* e = getenv("W2N_WASI_NO_OPENAT2");
        g_no_openat2 = e && e[0] && strcmp(e, "0") != 0;
    }
    return g_no_openat2;
}

/* openat2 beneath `root`. Returns fd, or -1 with errno (ENOSYS: not available). */
static int openat2_beneath(int root, const char* path, int flags, mode_t mode) {
    struct w2n_open_how how = {(uint64_t)(flags | O_CLOEXEC), (flags & O_CREAT) ? mode : 0,
                               RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS};
    for (int tries = 0;; tries++) {
        long r = syscall(SYS_openat2, root, path, &how, sizeof how);
        if (r >= 0) return (int)r;
        if ((errno == EAGAIN && tries < 16) || errno == EINTR) continue;
        if (errno == ENOSYS || errno == E2BIG || errno == EPERM) {
            /* EPERM: a seccomp filter refusing the syscall. Check it is not a genuine
             * EPERM by probing with a trivially valid call. */
            if (errno != EPERM) {
                g_no_openat2 = 1;
                return -2;
            }
            struct w2n_open_how probe = {O_PATH | O_CLOEXEC, 0, 0};
            long p = syscall(SYS_openat2, root, ".", &probe, sizeof probe);
            if (p >= 0) {
                close((int)p);
                errno = EPERM;
                return -1;
            }
            g_no_openat2 = 1;
            return -2;
        }
        if (errno == EXDEV) errno = EPERM; /* escape attempt */
        return -1;
    }
}

/* Reads the target of the symlink `name` in `dir` (malloc'd), NULL with errno. */
static char* read_link(int dir, const char* name) {
    char buf[PATH_MAX + 1];
    ssize_t n = readlinkat(dir, name, buf, PATH_MAX);
    if (n < 0) return NULL;
    buf[n] = 0;
    return strdup(buf);
}

static char* concat3(const char* a, const char* b, const char* c) {
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char* s = malloc(la + lb + lc + 1);
    if (!s) return NULL;
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, c, lc + 1);
    return s;
}

/* The component-by-component walk: opens `path` beneath `root` with `flags` (the last
 * component is opened with O_NOFOLLOW; when `follow_last` it is resolved first).
 * Returns fd, or -1 with errno. */
static int walk_open(int root, const char* path, int flags, mode_t mode, int follow_last) {
    if (path[0] == '/') {
        errno = EPERM;
        return -1;
    }
    if (path[0] == 0) {
        errno = ENOENT;
        return -1;
    }
    int* stack = malloc(sizeof(int) * MAX_DEPTH);
    char* rest = strdup(path);
    if (!stack || !rest) {
        free(stack);
        free(rest);
        errno = ENOMEM;
        return -1;
    }
    int depth = 0, links = 0, result = -1, err = 0;
    stack[0] = root;
    size_t pos = 0;
    for (;;) {
        while (rest[pos] == '/') pos++;
        size_t start = pos;
        while (rest[pos] && rest[pos] != '/') pos++;
        size_t len = pos - start;
        int had_slash = rest[pos] == '/';
        size_t after = pos;
        while (rest[after] == '/') after++;
        int is_last = rest[after] == 0;
        char comp[NAME_MAX + 2];
        if (len == 0) { /* only slashes left: the current directory is the target */
            memcpy(comp, ".", 2);
        } else {
            if (len > NAME_MAX) {
                err = ENAMETOOLONG;
                break;
            }
            memcpy(comp, rest + start, len);
            comp[len] = 0;
        }
        if (strcmp(comp, "..") == 0) {
            if (depth == 0) {
                err = EPERM;
                break;
            }
            close(stack[depth--]);
            if (!is_last) continue;
            memcpy(comp, ".", 2);
        }
        int cur = stack[depth];
        if (strcmp(comp, ".") == 0) {
            if (!is_last) continue;
            result = openat(cur, ".", flags | O_CLOEXEC, mode);
            if (result < 0) err = errno;
            break;
        }
        if (!is_last) {
            int fd = openat(cur, comp, O_PATH | O_NOFOLLOW | O_CLOEXEC);
            if (fd < 0) {
                err = errno;
                break;
            }
            struct stat st;
            if (fstat(fd, &st) != 0) {
                err = errno;
                close(fd);
                break;
            }
            if (S_ISLNK(st.st_mode)) {
                char* target = read_link(fd, "");
                close(fd);
                if (!target) {
                    err = errno;
                    break;
                }
                if (++links > MAX_LINKS) err = ELOOP;
                else if (target[0] == '/') err = EPERM;
                else if (target[0] == 0) err = ENOENT;
                if (err) {
                    free(target);
                    break;
                }
                char* n = concat3(target, "/", rest + after);
                free(target);
                free(rest);
                rest = n;
                pos = 0;
                if (!rest) {
                    err = ENOMEM;
                    break;
                }
                continue;
            }
            if (!S_ISDIR(st.st_mode)) {
                err = ENOTDIR;
                close(fd);
                break;
            }
            if (depth + 1 >= MAX_DEPTH) {
                err = ENAMETOOLONG;
                close(fd);
                break;
            }
            stack[++depth] = fd;
            continue;
        }
        /* The last component. */
        if (follow_last || had_slash) {
            struct stat st;
            if (fstatat(cur, comp, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
                char* target = read_link(cur, comp);
                if (!target) {
                    err = errno;
                    break;
                }
                if (++links > MAX_LINKS) err = ELOOP;
                else if (target[0] == '/') err = EPERM;
                else if (target[0] == 0) err = ENOENT;
                if (err) {
                    free(target);
                    break;
                }
                char* n = concat3(target, had_slash ? "/" : "", "");
                free(target);
                free(rest);
                rest = n;
                pos = 0;
                if (!rest) {
                    err = ENOMEM;
                    break;
                }
                continue;
            }
        }
        result = openat(cur, comp, flags | O_NOFOLLOW | O_CLOEXEC | (had_slash ? O_DIRECTORY : 0),
                        mode);
        if (result < 0) err = errno;
        break;
    }
    while (depth > 0) close(stack[depth--]);
    free(stack);
    free(rest);
    if (result < 0) errno = err ? err : EIO;
    return result;
}

/* Opens `path` beneath `root` with `flags`; the last component is followed when
 * `follow_last`. Returns fd, or -1 with errno. */
static int open_beneath(int root, const char* path, int flags, mode_t mode, int follow_last) {
    if (!wasi_no_openat2()) {
        int fd = openat2_beneath(root, path, flags | (follow_last ? 0 : O_NOFOLLOW), mode);
        if (fd != -2) return fd;
    }
    return walk_open(root, path, flags, mode, follow_last);
}

/* A resolved path: the directory holding the last component, and that component. */
typedef struct {
    int dir;
    char* last;
    int had_slash; /* the path ended with '/': the target must be a directory */
} resolved;

static void resolved_free(resolved* r) {
    if (r->dir >= 0) close(r->dir);
    free(r->last);
    r->dir = -1;
    r->last = NULL;
}

/* Resolves `path` beneath `root` to (parent directory, last component). With
 * `follow_last`, a symlink in the last component is followed (its target resolved
 * beneath `root` again). Returns a WASI errno. */
static uint32_t resolve(int root, const char* path, int follow_last, resolved* out) {
    out->dir = -1;
    out->last = NULL;
    out->had_slash = 0;
    if (path[0] == 0) return WE_NOENT;
    if (path[0] == '/') return WE_PERM;
    char* p = strdup(path);
    if (!p) return WE_NOMEM;
    int links = 0;
    for (;;) {
        size_t n = strlen(p);
        int slash = 0;
        while (n > 1 && p[n - 1] == '/') {
            p[--n] = 0;
            slash = 1;
        }
        if (p[0] == '/') { /* a symlink target */
            free(p);
            return WE_PERM;
        }
        char* cut = strrchr(p, '/');
        const char* last = cut ? cut + 1 : p;
        char* dirpart;
        if (strcmp(last, ".") == 0 || strcmp(last, "..") == 0) {
            dirpart = strdup(p);
            last = ".";
        } else if (cut) {
            dirpart = strndup(p, (size_t)(cut - p) + 1);
        } else {
            dirpart = strdup(".");
        }
        if (!dirpart) {
            free(p);
            return WE_NOMEM;
        }
        int d = open_beneath(root, dirpart, O_PATH | O_DIRECTORY, 0, 1);
        if (d < 0) {
            uint32_t e = wasi_errno(errno);
            free(dirpart);
            free(p);
            return e;
        }
        if (follow_last || slash) {
            struct stat st;
            if (fstatat(d, last, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
                char* target = read_link(d, last);
                close(d);
                uint32_t e = 0;
                if (!target) e = wasi_errno(errno);
                else if (++links > MAX_LINKS) e = WE_LOOP;
                else if (target[0] == '/') e = WE_PERM;
                else if (target[0] == 0) e = WE_NOENT;
                char* np = e ? NULL : concat3(dirpart, "/", target);
                free(target);
                free(dirpart);
                free(p);
                if (e) return e;
                if (!np) return WE_NOMEM;
                if (slash) {
                    p = concat3(np, "/", "");
                    free(np);
                    if (!p) return WE_NOMEM;
                } else {
                    p = np;
                }
                continue;
            }
        }
        out->dir = d;
        out->last = strdup(last);
        out->had_slash = slash;
        free(dirpart);
        free(p);
        if (!out->last) {
            resolved_free(out);
            return WE_NOMEM;
        }
        return WE_SUCCESS;
    }
}

/* The guest path [ptr, ptr+len) as a NUL-terminated string (malloc'd). */
static uint32_t guest_path(w2n_instance* inst, uint32_t ptr, uint32_t len, char** out) {
    const uint8_t* p = w2n_mem(inst, ptr, len);
    if (!p) return WE_FAULT;
    if (memchr(p, 0, len)) return WE_INVAL; /* interior NUL */
    char* s = malloc((size_t)len + 1);
    if (!s) return WE_NOMEM;
    memcpy(s, p, len);
    s[len] = 0;
    *out = s;
    return WE_SUCCESS;
}

/* The directory descriptor of a path_* call: EBADF for a stdio stream (whatever the
 * host descriptor is, as Wasmtime: a directory given as stdin is no preopen), ENOTDIR
 * for anything else not a directory, ENOTCAPABLE when it lacks the rights `need`. */
static uint32_t dir_check(const wasi_fd* f, uint64_t need) {
    if (f->stdio) return WE_BADF;
    if (f->type != FT_DIRECTORY) return WE_NOTDIR;
    return wasi_need(f, need);
}

/* Common prologue: directory fd (holding the rights `need`) + guest path + resolution. */
static uint32_t prep(w2n_instance* inst, uint32_t fd, uint32_t ptr, uint32_t len, int follow,
                     uint64_t need, resolved* r) {
    r->dir = -1;
    r->last = NULL;
    wasi_fd* f = wasi_get_fd(inst, fd);
    if (!f) return WE_BADF;
    char* path;
    uint32_t e = guest_path(inst, ptr, len, &path);
    if (e) return e;
    e = dir_check(f, need);
    if (e) {
        free(path);
        return e;
    }
    e = resolve(f->host, path, follow, r);
    free(path);
    return e;
}

#define LOOKUP_FOLLOW 1

uint32_t w2n_import_wasi_snapshot_preview1_path_create_directory(w2n_instance* inst,
                                                                  uint32_t fd, uint32_t path,
                                                                  uint32_t len) {
    resolved r;
    uint32_t e = prep(inst, fd, path, len, 0, R_PATH_CREATE_DIRECTORY, &r);
    if (e) return e;
    if (mkdirat(r.dir, r.last, 0777) != 0) e = wasi_errno(errno);
    resolved_free(&r);
    return e;
}

uint32_t w2n_import_wasi_snapshot_preview1_path_remove_directory(w2n_instance* inst,
                                                                  uint32_t fd, uint32_t path,
                                                                  uint32_t len) {
    resolved r;
    uint32_t e = prep(inst, fd, path, len, 0, R_PATH_REMOVE_DIRECTORY, &r);
    if (e) return e;
    if (unlinkat(r.dir, r.last, AT_REMOVEDIR) != 0) e = wasi_errno(errno);
    resolved_free(&r);
    return e;
}

uint32_t w2n_import_wasi_snapshot_preview1_path_unlink_file(w2n_instance* inst, uint32_t fd,
                                                             uint32_t path, uint32_t len) {
    resolved r;
    uint32_t e = prep(inst, fd, path, len, 0, R_PATH_UNLINK_FILE, &r);
    if (e) return e;
    struct stat st;
    if (r.had_slash && fstatat(r.dir, r.last, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
        !S_ISDIR(st.st_mode))
        e = WE_NOTDIR;
    else if (unlinkat(r.dir, r.last, 0) != 0)
        e = wasi_errno(errno);
    resolved_free(&r);
    return e;
}

static uint32_t path_filestat(w2n_instance* inst, uint32_t fd, uint32_t flags, uint32_t path,
                              uint32_t len, uint32_t out, int unstable) {
    resolved r;
    uint32_t e = prep(inst, fd, path, len, (flags & LOOKUP_FOLLOW) != 0, R_PATH_FILESTAT_GET, &r);
    if (e) return e;
    uint8_t* p = w2n_mem(inst, out, unstable ? 56 : 64);
    struct stat st;
    if (!p) e = WE_FAULT;
    else if (fstatat(r.dir, r.last, &st, AT_SYMLINK_NOFOLLOW) != 0) e = wasi_errno(errno);
    else if (r.had_slash && !S_ISDIR(st.st_mode)) e = WE_NOTDIR;
    else wasi_put_filestat(p, &st, unstable);
    resolved_free(&r);
    return e;
}

uint32_t w2n_import_wasi_snapshot_preview1_path_filestat_get(w2n_instance* inst, uint32_t fd,
                                                              uint32_t flags, uint32_t path,
                                                              uint32_t len, uint32_t out) {
    return path_filestat(inst, fd, flags, path, len, out, 0);
}

uint32_t w2n_import_wasi_unstable_path_filestat_get(w2n_instance* inst, uint32_t fd,
                                                     uint32_t flags, uint32_t path,
                                                     uint32_t len, uint32_t out);
uint32_t w2n_import_wasi_unstable_path_filestat_get(w2n_instance* inst, uint32_t fd,
                                                     uint32_t flags, uint32_t path,
                                                     uint32_t len, uint32_t out) {
    return path_filestat(inst, fd, flags, path, len, out, 1);
}

int wasi_times(uint64_t atim, uint64_t mtim, uint32_t fl, struct timespec ts[2]);

uint32_t w2n_import_wasi_snapshot_preview1_path_filestat_set_times(
    w2n_instance* inst, uint32_t fd, uint32_t flags, uint32_t path, uint32_t len,
    uint64_t atim, uint64_t mtim, uint32_t fst_flags) {
    struct timespec ts[2];
    resolved r;
    uint32_t e =
        prep(inst, fd, path, len, (flags & LOOKUP_FOLLOW) != 0, R_PATH_FILESTAT_SET_TIMES, &r);
    if (e) return e;
    if (wasi_times(atim, mtim, fst_flags, ts) != 0) e = WE_INVAL;
    else if (utimensat(r.dir, r.last, ts, AT_SYMLINK_NOFOLLOW) != 0) e = wasi_errno(errno);
    resolved_free(&r);
    return e;
}

/* Following a symlink in the source is refused (EINVAL), as Wasmtime does. */
uint32_t w2n_import_wasi_snapshot_preview1_path_link(w2n_instance* inst, uint32_t old_fd,
                                                      uint32_t old_flags, uint32_t old_path,
                                                      uint32_t old_len, uint32_t new_fd,
                                                      uint32_t new_path, uint32_t new_len) {
    resolved a, b;
    uint32_t e = prep(inst, old_fd, old_path, old_len, 0, R_PATH_LINK_SOURCE, &a);
    if (e) return e;
    e = prep(inst, new_fd, new_path, new_len, 0, R_PATH_LINK_TARGET, &b);
    if (e) {
        resolved_free(&a);
        return e;
    }
    if (old_flags & LOOKUP_FOLLOW) e = WE_INVAL;
    else if (a.had_slash || b.had_slash) e = WE_NOENT;
    else if (linkat(a.dir, a.last, b.dir, b.last, 0) != 0) e = wasi_errno(errno);
    resolved_free(&a);
    resolved_free(&b);
    return e;
}

uint32_t w2n_import_wasi_snapshot_preview1_path_rename(w2n_instance* inst, uint32_t old_fd,
                                                        uint32_t old_path, uint32_t old_len,
                                                        uint32_t new_fd, uint32_t new_path,
                                                        uint32_t new_len) {
    resolved a, b;
    uint32_t e = prep(inst, old_fd, old_path, old_len, 0, R_PATH_RENAME_SOURCE, &a);
    if (e) return e;
    e = prep(inst, new_fd, new_path, new_len, 0, R_PATH_RENAME_TARGET, &b);
    if (e) {
        resolved_free(&a);
        return e;
    }
    struct stat st;
    if ((a.had_slash || b.had_slash) && fstatat(a.dir, a.last, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
        !S_ISDIR(st.st_mode))
        e = WE_NOTDIR;
    else if (renameat(a.dir, a.last, b.dir, b.last) != 0)
        e = wasi_errno(errno);
    resolved_free(&a);
    resolved_free(&b);
    return e;
}

/* An absolute symlink target is refused with EPERM (it could only ever point outside). */
uint32_t w2n_import_wasi_snapshot_preview1_path_symlink(w2n_instance* inst, uint32_t old_path,
                                                         uint32_t old_len, uint32_t fd,
                                                         uint32_t new_path, uint32_t new_len) {
    char* target;
    uint32_t e = guest_path(inst, old_path, old_len, &target);
    if (e) return e;
    resolved r;
    e = prep(inst, fd, new_path, new_len, 0, R_PATH_SYMLINK, &r);
    if (e) {
        free(target);
        return e;
    }
    if (target[0] == '/') e = WE_PERM;
    else if (r.had_slash) e = WE_NOENT;
    else if (symlinkat(target, r.dir, r.last) != 0) e = wasi_errno(errno);
    free(target);
    resolved_free(&r);
    return e;
}

uint32_t w2n_import_wasi_snapshot_preview1_path_readlink(w2n_instance* inst, uint32_t fd,
                                                          uint32_t path, uint32_t len,
                                                          uint32_t buf, uint32_t buf_len,
                                                          uint32_t bufused) {
    resolved r;
    uint32_t e = prep(inst, fd, path, len, 0, R_PATH_READLINK, &r);
    if (e) return e;
    uint8_t* b = w2n_mem(inst, buf, buf_len);
    uint8_t* used = w2n_mem(inst, bufused, 4);
    char tmp[PATH_MAX];
    ssize_t n;
    if (!b || !used) e = WE_FAULT;
    else if ((n = readlinkat(r.dir, r.last, tmp, sizeof tmp)) < 0) e = wasi_errno(errno);
    else {
        size_t c = (size_t)n < buf_len ? (size_t)n : buf_len;
        memcpy(b, tmp, c);
        put32(used, (uint32_t)c);
    }
    resolved_free(&r);
    return e;
}

#define O_CREAT_W 1
#define O_DIRECTORY_W 2
#define O_EXCL_W 4
#define O_TRUNC_W 8

uint32_t w2n_import_wasi_snapshot_preview1_path_open(w2n_instance* inst, uint32_t fd,
                                                      uint32_t dirflags, uint32_t path,
                                                      uint32_t len, uint32_t oflags,
                                                      uint64_t rights_base,
                                                      uint64_t rights_inh, uint32_t fdflags,
                                                      uint32_t out) {
    wasi_fd* dir = wasi_get_fd(inst, fd);
    if (!dir) return WE_BADF;
    char* p;
    uint32_t e = guest_path(inst, path, len, &p);
    if (e) return e;
    uint8_t* o = w2n_mem(inst, out, 4);
    uint64_t need = R_PATH_OPEN | ((oflags & O_CREAT_W) ? R_PATH_CREATE_FILE : 0) |
                    ((oflags & O_TRUNC_W) ? R_PATH_FILESTAT_SET_SIZE : 0);
    e = o ? dir_check(dir, need) : WE_FAULT;
    if (e == 0 && ((oflags & ~15u) || (fdflags & ~31u))) e = WE_INVAL;
    if (e == 0 && (oflags & O_DIRECTORY_W) && (oflags & (O_CREAT_W | O_TRUNC_W))) e = WE_INVAL;
    if (e) {
        free(p);
        return e;
    }
    /* The new descriptor gets the rights asked for that the directory may hand down
     * (its inheriting rights), only those meaningful for what was opened. The host
     * descriptor is opened for writing exactly when FD_WRITE is among them (as Wasmtime:
     * so a directory opens with FD_DATASYNC alone, and O_DIRECTORY with FD_WRITE fails
     * with EISDIR). */
    rights_base &= dir->rights_inh;
    rights_inh &= dir->rights_inh;
    int rd = (rights_base & (R_FD_READ | R_FD_READDIR)) != 0;
    int wr = (rights_base & R_FD_WRITE) != 0;
    int flags = O_NOCTTY;
    flags |= (rd && wr) ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
    if (oflags & O_CREAT_W) flags |= O_CREAT;
    if (oflags & O_DIRECTORY_W) flags |= O_DIRECTORY;
    if (oflags & O_EXCL_W) flags |= O_EXCL;
    if (oflags & O_TRUNC_W) flags |= O_TRUNC;
    if (fdflags & FDF_APPEND) flags |= O_APPEND;
    if (fdflags & FDF_DSYNC) flags |= O_DSYNC;
    if (fdflags & FDF_SYNC) flags |= O_SYNC;
    if (fdflags & FDF_RSYNC) flags |= O_RSYNC;
    if (fdflags & FDF_NONBLOCK) flags |= O_NONBLOCK;
    if (p[0] == 0) {
        free(p);
        return WE_NOENT;
    }
    int h = open_beneath(dir->host, p, flags, 0666, (dirflags & LOOKUP_FOLLOW) != 0);
    free(p);
    if (h < 0) return wasi_errno(errno);
    struct stat st;
    if (fstat(h, &st) != 0) {
        e = wasi_errno(errno);
        close(h);
        return e;
    }
    w2n_wasi_ctx* c = wasi_ctx(inst);
    uint32_t n;
    if (wasi_alloc_fd(c, &n) != 0) {
        close(h);
        return WE_NFILE;
    }
    wasi_fd* f = &c->state->fds[n];
    f->used = 1;
    f->host = h;
    f->owned = 1;
    f->type = wasi_filetype(st.st_mode);
    uint64_t mask = S_ISDIR(st.st_mode) ? R_DIR : R_FILE;
    f->rights_base = rights_base & mask;
    f->rights_inh = rights_inh & (R_DIR | R_FILE);
    put32(o, n);
    return WE_SUCCESS;
}
