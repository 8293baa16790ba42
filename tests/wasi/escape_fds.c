// Sandbox-escape corpus, descriptors (issue 21): the executable is started with host
// descriptors 5-8 open (outside/secret.txt for reading and for appending, outside/,
// sandbox/): descriptors of the runtime's own process, which a guest could try to
// use by number. What must happen: the guest's descriptor table holds only 0-3
// (stdin, stdout, stderr, the preopen); 5-8 and every other number, small or huge, are
// EBADF (8) for every call, as a file, a directory or a renumber target; descriptors
// the guest opens are numbered in its own table, and none of them reads the secret.
// setup: inherit-fds
// stdout: open=0,1,2,3
// stdout: fd5 read=8 write=8 fdstat=8 seek=8 close=8 open_at=8 readdir=8 renumber_from=8 renumber_to=8
// stdout: fd6 read=8 write=8 fdstat=8 seek=8 close=8 open_at=8 readdir=8 renumber_from=8 renumber_to=8
// stdout: fd7 read=8 write=8 fdstat=8 seek=8 close=8 open_at=8 readdir=8 renumber_from=8 renumber_to=8
// stdout: fd8 read=8 write=8 fdstat=8 seek=8 close=8 open_at=8 readdir=8 renumber_from=8 renumber_to=8
// stdout: fd1024=8 fd65535=8 fd2147483647=8 fd4294967295=8
// stdout: opened=40 all_new=1 secret_read=0
// stdout: open_after_close=0,1,2,3
#include "check.h"

static int is_open(__wasi_fd_t fd) {
    __wasi_fdstat_t st;
    return __wasi_fd_fdstat_get(fd, &st) == 0;
}

static void scan(const char* label) {
    printf("%s=", label);
    int first = 1;
    for (__wasi_fd_t fd = 0; fd < 200; fd++) {
        if (is_open(fd)) {
            printf(first ? "%u" : ",%u", fd);
            first = 0;
        }
    }
    printf("\n");
}

int main(void) {
    scan("open");
    for (__wasi_fd_t fd = 5; fd <= 8; fd++) {
        char buf[32] = {0};
        __wasi_size_t n;
        __wasi_fdstat_t st;
        __wasi_filesize_t pos;
        __wasi_fd_t out;
        printf("fd%u read=%d ", fd, rd(fd, buf, sizeof buf - 1, &n));
        printf("write=%d ", wr(fd, "pwned\n", &n));
        printf("fdstat=%d ", __wasi_fd_fdstat_get(fd, &st));
        printf("seek=%d ", __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos));
        printf("close=%d ", __wasi_fd_close(fd));
        printf("open_at=%d ", op(fd, "secret.txt", 0, __WASI_RIGHTS_FD_READ, 0, &out));
        uint8_t dents[256];
        printf("readdir=%d ", __wasi_fd_readdir(fd, dents, sizeof dents, 0, &n));
        printf("renumber_from=%d ", __wasi_fd_renumber(fd, 1));
        printf("renumber_to=%d\n", __wasi_fd_renumber(1, fd));
    }
    __wasi_fdstat_t st;
    __wasi_fd_t big[] = {1024, 65535, 0x7fffffff, 0xffffffff};
    for (int i = 0; i < 4; i++)
        printf(i ? " fd%u=%d" : "fd%u=%d", big[i], __wasi_fd_fdstat_get(big[i], &st));
    printf("\n");
    make_file("f.txt", "inside");
    __wasi_fd_t fds[40];
    int opened = 0, all_new = 1, secret = 0;
    for (int i = 0; i < 40; i++) {
        if (op(SB, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fds[i]) != 0) continue;
        opened++;
        if (fds[i] <= 3) all_new = 0;
        char buf[16] = {0};
        __wasi_size_t n;
        rd(fds[i], buf, sizeof buf - 1, &n);
        if (strncmp(buf, "secret", 6) == 0) secret = 1;
    }
    printf("opened=%d all_new=%d secret_read=%d\n", opened, all_new, secret);
    for (int i = 0; i < 40; i++) __wasi_fd_close(fds[i]);
    scan("open_after_close");
    return 0;
}
