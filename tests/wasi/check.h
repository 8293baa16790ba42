/* Shared helpers of the tests/wasi C programs: raw WASI calls (wasi/api.h returns the
 * exact WASI errno, with no libc translation) and printing. fd 3 is the preopen
 * "/sandbox" (the harness passes --dir sandbox::/sandbox). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

#define SB 3
#define E(label, expr) printf("%s=%d\n", (label), (int)(expr))
#define RIGHTS_RW                                                                    \
    (__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK |        \
     __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_FILESTAT_GET |                         \
     __WASI_RIGHTS_FD_FILESTAT_SET_SIZE | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES |      \
     __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_ADVISE | __WASI_RIGHTS_FD_SYNC |   \
     __WASI_RIGHTS_FD_DATASYNC | __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS)
#define RIGHTS_DIR ((__wasi_rights_t)0x3FFFFFFF)

/* path_open relative to `dir`; returns the errno, the fd in *fd. */
static __wasi_errno_t op(__wasi_fd_t dir, const char* path, __wasi_oflags_t oflags,
                         __wasi_rights_t rights, __wasi_fdflags_t fdflags, __wasi_fd_t* fd) {
    *fd = (__wasi_fd_t)-1;
    return __wasi_path_open(dir, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, path, oflags, rights,
                            RIGHTS_DIR, fdflags, fd);
}

static __wasi_errno_t wr(__wasi_fd_t fd, const char* s, __wasi_size_t* n) {
    __wasi_ciovec_t v = {(const uint8_t*)s, strlen(s)};
    return __wasi_fd_write(fd, &v, 1, n);
}

static __wasi_errno_t rd(__wasi_fd_t fd, char* buf, size_t len, __wasi_size_t* n) {
    __wasi_iovec_t v = {(uint8_t*)buf, len};
    __wasi_errno_t e = __wasi_fd_read(fd, &v, 1, n);
    if (e == 0 && *n < len) buf[*n] = 0;
    return e;
}

/* Create `path` in the sandbox with `content`. */
static void make_file(const char* path, const char* content) {
    __wasi_fd_t fd;
    __wasi_size_t n;
    if (op(SB, path, __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC, RIGHTS_RW, 0, &fd) ||
        wr(fd, content, &n) || __wasi_fd_close(fd))
        printf("make_file %s failed\n", path);
}
