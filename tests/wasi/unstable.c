// The `wasi_unstable` module: its fd_seek whence numbering (CUR=0, END=1, SET=2), its
// 56-byte filestat (u32 nlink), its poll_oneoff subscription layout, and a plain alias
// (fd_write).
// stdout: seek_set=0 pos=2
// stdout: seek_cur=0 pos=3
// stdout: seek_end=0 pos=9
// stdout: filestat=0 type=4 nlink=1 size=10
// stdout: path_filestat=0 size=10
// stdout: poll=0 n=1 userdata=5 type=0
// stdout: written by wasi_unstable.fd_write
#include "check.h"

#define U(name) __attribute__((import_module("wasi_unstable"), import_name(#name)))
int32_t u_fd_seek(int32_t fd, int64_t off, int32_t whence, int32_t out) U(fd_seek);
int32_t u_fd_filestat_get(int32_t fd, int32_t out) U(fd_filestat_get);
int32_t u_path_filestat_get(int32_t fd, int32_t flags, int32_t path, int32_t len, int32_t out) U(path_filestat_get);
int32_t u_poll_oneoff(int32_t in, int32_t out, int32_t n, int32_t nout) U(poll_oneoff);
int32_t u_fd_write(int32_t fd, int32_t iovs, int32_t n, int32_t nw) U(fd_write);

int main(void) {
    __wasi_fd_t fd;
    make_file("u.txt", "0123456789");
    op(SB, "u.txt", 0, RIGHTS_RW, 0, &fd);
    uint64_t pos = 0;
    int e = u_fd_seek(fd, 2, 2, (int32_t)&pos);
    printf("seek_set=%d pos=%llu\n", e, (unsigned long long)pos);
    e = u_fd_seek(fd, 1, 0, (int32_t)&pos);
    printf("seek_cur=%d pos=%llu\n", e, (unsigned long long)pos);
    e = u_fd_seek(fd, -1, 1, (int32_t)&pos);
    printf("seek_end=%d pos=%llu\n", e, (unsigned long long)pos);
    uint8_t st[56];
    e = u_fd_filestat_get(fd, (int32_t)st);
    uint32_t nlink;
    uint64_t size;
    memcpy(&nlink, st + 20, 4);
    memcpy(&size, st + 24, 8);
    printf("filestat=%d type=%d nlink=%u size=%llu\n", e, st[16], nlink, (unsigned long long)size);
    e = u_path_filestat_get(SB, 0, (int32_t) "u.txt", 5, (int32_t)st);
    memcpy(&size, st + 24, 8);
    printf("path_filestat=%d size=%llu\n", e, (unsigned long long)size);
    uint8_t sub[56] = {0}, ev[32] = {0};
    uint64_t ud = 5, timeout = 1000000;
    memcpy(sub, &ud, 8);          /* userdata */
    sub[8] = 0;                   /* clock */
    uint32_t clock = 1;           /* monotonic, after the u64 identifier at 16 */
    memcpy(sub + 24, &clock, 4);
    memcpy(sub + 32, &timeout, 8);
    uint32_t n = 0;
    e = u_poll_oneoff((int32_t)sub, (int32_t)ev, 1, (int32_t)&n);
    memcpy(&ud, ev, 8);
    printf("poll=%d n=%u userdata=%llu type=%d\n", e, n, (unsigned long long)ud, ev[10]);
    fflush(stdout);
    const char* msg = "written by wasi_unstable.fd_write\n";
    __wasi_ciovec_t v = {(const uint8_t*)msg, strlen(msg)};
    uint32_t nw;
    u_fd_write(1, (int32_t)&v, 1, (int32_t)&nw);
    return 0;
}
