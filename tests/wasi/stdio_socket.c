// stdio is never a socket, even when the host descriptor is one (here stdin is a Unix
// socket): every sock_* call on it gives ENOTSOCK (57) and cannot shut down or accept on
// the socket the parent holds; fd_read still reads it. As Wasmtime 49 (checked with
// stdin a socketpair end: type UNKNOWN, rights 0x2, ENOTSOCK for sock_recv / sock_send /
// sock_accept / sock_shutdown).
// stdin-socket: data from the socket
// stdout: fdstat0=0 type=0 base=0x2
// stdout: sock_shutdown0=57
// stdout: sock_recv0=57
// stdout: sock_send0=57
// stdout: sock_accept0=57
// stdout: read0=0 data=data from the socket
#include "check.h"

int main(void) {
    __wasi_fdstat_t fs;
    __wasi_errno_t e = __wasi_fd_fdstat_get(0, &fs);
    printf("fdstat0=%d type=%d base=0x%llx\n", e, fs.fs_filetype,
           (unsigned long long)fs.fs_rights_base);
    uint8_t b[64] = {0};
    __wasi_size_t n;
    __wasi_roflags_t rof;
    __wasi_fd_t fd;
    __wasi_iovec_t iv = {b, 4};
    __wasi_ciovec_t cv = {(const uint8_t*)"x", 1};
    E("sock_shutdown0", __wasi_sock_shutdown(0, __WASI_SDFLAGS_RD | __WASI_SDFLAGS_WR));
    E("sock_recv0", __wasi_sock_recv(0, &iv, 1, 0, &n, &rof));
    E("sock_send0", __wasi_sock_send(0, &cv, 1, 0, &n));
    E("sock_accept0", __wasi_sock_accept(0, 0, &fd));
    e = rd(0, (char*)b, 21, &n);
    if (n > 0 && b[n - 1] == '\n') b[n - 1] = 0;
    printf("read0=%d data=%s\n", e, (char*)b);
    return 0;
}
