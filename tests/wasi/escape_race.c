// Sandbox-escape corpus, races (issue 21): while this program runs, a host thread keeps
// renaming sandbox/d between a real directory (d_dir, holding secret.txt = "inside")
// and an absolute symlink to outside/ (d_lnk, whose secret.txt is the secret), the
// time-of-check-to-time-of-use attack on a path walk. The guest opens, stats, creates
// and reads through d/ thousands of times. What must happen: every open either fails
// (ENOENT, or EPERM/ELOOP/ENOTDIR when it meets the symlink) or reaches d_dir; the
// secret is never read, nothing is created in outside/ (checked after the run), and
// outside/secret.txt is unchanged.
// setup: swap-race
// stdout: escaped_reads=0 bad_errno=0
// stdout: done
#include "check.h"

int main(void) {
    int escaped = 0, bad = 0, inside = 0, failed = 0;
    for (int i = 0; i < 4000; i++) {
        __wasi_fd_t fd;
        __wasi_errno_t e = op(SB, "d/secret.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fd);
        if (e == 0) {
            char buf[16] = {0};
            __wasi_size_t n;
            rd(fd, buf, sizeof buf - 1, &n);
            if (strncmp(buf, "secret", 6) == 0) escaped++;
            if (strncmp(buf, "inside", 6) == 0) inside++;
            __wasi_fd_close(fd);
        } else {
            failed++;
        }
        if (e != 0 && (e != __WASI_ERRNO_NOENT && e != __WASI_ERRNO_PERM && e != __WASI_ERRNO_LOOP &&
            e != __WASI_ERRNO_NOTDIR)) {
            bad++;
        }
        // O_CREAT through the swapping component: must land in d_dir or fail.
        e = op(SB, "d/new.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE, 0, &fd);
        if (e == 0) __wasi_fd_close(fd);
        __wasi_filestat_t st;
        __wasi_path_filestat_get(SB, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "d/secret.txt", &st);
        // A directory opened through d/ and then used: its entries must be d_dir's.
        if (op(SB, "d", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READ, 0, &fd) == 0) {
            __wasi_fd_t inner;
            if (op(fd, "secret.txt", 0, __WASI_RIGHTS_FD_READ, 0, &inner) == 0) {
                char buf[16] = {0};
                __wasi_size_t n;
                rd(inner, buf, sizeof buf - 1, &n);
                if (strncmp(buf, "secret", 6) == 0) escaped++;
                __wasi_fd_close(inner);
            }
            __wasi_fd_close(fd);
        }
    }
    printf("escaped_reads=%d bad_errno=%d\n", escaped, bad);
    // How often each side of the swap is seen depends on timing, so it is not printed
    // (one run: the open reached d_dir 792 times and failed 3208 times of 4000).
    (void)inside;
    (void)failed;
    puts("done");
    return 0;
}
