// Run through `wasm2native run` (compiled once, cached): args, environment (only what
// --env gives: K=V, K inherited from the executable's environment; nothing else
// leaks), sock_* on non-sockets, proc_raise, proc_exit's code.
// via: run
// build-env: GREETING=hello world
// build-env: W2N_PASS
// build-env: W2N_NOT_SET_ANYWHERE
// env: W2N_PASS=passed-through
// run: one --two -- three
// exit: 42
// stdout: argc=5 argv1=one argv2=--two argv3=--
// stdout: args_sizes=0 args_get=0
// stdout: environ_count=2
// stdout: env GREETING=hello world
// stdout: env W2N_PASS=passed-through
// stdout: leak=(none)
// stdout: environ_efault=21
// stdout: sock_accept_dir=57
// stdout: sock_accept_pipe=57
// stdout: sock_recv_pipe=57
// stdout: sock_send_badf=8
// stdout: sock_shutdown_file=57
// stdout: proc_raise=58
#include <stdlib.h>

#include "check.h"

int32_t raw_proc_raise(int32_t sig)
    __attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")));

int main(int argc, char** argv) {
    printf("argc=%d argv1=%s argv2=%s argv3=%s\n", argc, argv[1], argv[2], argv[3]);
    __wasi_size_t count, size;
    __wasi_errno_t e1 = __wasi_args_sizes_get(&count, &size);
    char* bufs[8];
    char buf[1024];
    __wasi_errno_t e2 = count <= 8 && size <= sizeof buf ? __wasi_args_get((uint8_t**)bufs, (uint8_t*)buf) : 99;
    printf("args_sizes=%d args_get=%d\n", e1, e2);
    __wasi_environ_sizes_get(&count, &size);
    printf("environ_count=%lu\n", (unsigned long)count);
    char* envs[8];
    if (count <= 8 && size <= sizeof buf && __wasi_environ_get((uint8_t**)envs, (uint8_t*)buf) == 0)
        for (unsigned i = 0; i < count; i++) printf("env %s\n", envs[i]);
    printf("leak=%s\n", getenv("W2N_FROM_HOST") ? getenv("W2N_FROM_HOST") : "(none)");
    E("environ_efault", __wasi_environ_get((uint8_t**)0xFFFFFFF0u, (uint8_t*)buf));
    __wasi_fd_t fd;
    __wasi_size_t n;
    __wasi_roflags_t rof;
    uint8_t b[4];
    __wasi_iovec_t iv = {b, 4};
    __wasi_ciovec_t cv = {b, 4};
    E("sock_accept_dir", __wasi_sock_accept(SB, 0, &fd));
    E("sock_accept_pipe", __wasi_sock_accept(0, 0, &fd));
    E("sock_recv_pipe", __wasi_sock_recv(0, &iv, 1, 0, &n, &rof));
    E("sock_send_badf", __wasi_sock_send(99, &cv, 1, 0, &n));
    make_file("s.txt", "x");
    op(SB, "s.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fd);
    E("sock_shutdown_file", __wasi_sock_shutdown(fd, __WASI_SDFLAGS_RD | __WASI_SDFLAGS_WR));
    E("proc_raise", raw_proc_raise(15 /* SIGTERM */));
    fflush(stdout);
    __wasi_proc_exit(42);
}
