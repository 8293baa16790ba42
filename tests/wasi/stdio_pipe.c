// stdio as pipes (the harness's): the same stream rights and errnos as Wasmtime 49
// (`echo ... | wasmtime prog.wasm | cat`): type UNKNOWN (0), FD_READ / FD_WRITE only,
// no fdflags; O_NONBLOCK cannot be set on the parent's stdin (EBADF, 8); seek ESPIPE
// (70); reading and writing work, and wasi-libc's isatty() says no; poll_oneoff fails
// with EBADF (the whole call, as Wasmtime) when stdin is polled for writing or stdout
// for reading (each along with a 1 ms clock, so that nothing can hang).
// stdin: hello from the pipe
// stdout: fdstat0=0 type=0 flags=0 base=0x2 inh=0x2
// stdout: fdstat1=0 type=0 flags=0 base=0x40 inh=0x40
// stdout: set_flags0_nonblock=8
// stdout: set_flags1_nonblock=8
// stdout: fdstat0_after=0 flags=0
// stdout: seek0=70
// stdout: tell0=70
// stdout: read0=0 data=hello from the pipe
// stdout: isatty0=0 isatty1=0
// stdout: poll_stdin_write=8
// stdout: poll_stdout_read=8
// stdout: poll_stdout_write=0 first=7 type=2 error=0
#include <unistd.h>

#include "check.h"

/* poll_oneoff on `fd` (for writing when `write`) and a 1 ms clock; prints the result
 * and the first event. */
static void poll_fd(const char* label, __wasi_fd_t fd, int write) {
    __wasi_subscription_t s[2];
    memset(s, 0, sizeof s);
    s[0].userdata = 7;
    s[0].u.tag = write ? __WASI_EVENTTYPE_FD_WRITE : __WASI_EVENTTYPE_FD_READ;
    s[0].u.u.fd_read.file_descriptor = fd;
    s[1].userdata = 8;
    s[1].u.tag = __WASI_EVENTTYPE_CLOCK;
    s[1].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    s[1].u.u.clock.timeout = 1000000;
    __wasi_event_t ev[2];
    memset(ev, 0, sizeof ev);
    __wasi_size_t n = 0;
    __wasi_errno_t e = __wasi_poll_oneoff(s, ev, 2, &n);
    if (e) printf("%s=%d\n", label, e);
    else printf("%s=%d first=%llu type=%d error=%d\n", label, e,
                (unsigned long long)ev[0].userdata, ev[0].type, ev[0].error);
}

int main(void) {
    __wasi_fdstat_t fs;
    for (int fd = 0; fd < 2; fd++) {
        __wasi_errno_t e = __wasi_fd_fdstat_get(fd, &fs);
        printf("fdstat%d=%d type=%d flags=%d base=0x%llx inh=0x%llx\n", fd, e,
               fs.fs_filetype, fs.fs_flags, (unsigned long long)fs.fs_rights_base,
               (unsigned long long)fs.fs_rights_inheriting);
    }
    E("set_flags0_nonblock", __wasi_fd_fdstat_set_flags(0, __WASI_FDFLAGS_NONBLOCK));
    E("set_flags1_nonblock", __wasi_fd_fdstat_set_flags(1, __WASI_FDFLAGS_NONBLOCK));
    __wasi_errno_t e = __wasi_fd_fdstat_get(0, &fs);
    printf("fdstat0_after=%d flags=%d\n", e, fs.fs_flags);
    __wasi_filesize_t off;
    E("seek0", __wasi_fd_seek(0, 0, __WASI_WHENCE_CUR, &off));
    E("tell0", __wasi_fd_tell(0, &off));
    char b[64] = {0};
    __wasi_size_t n;
    e = rd(0, b, sizeof b - 1, &n);
    if (n > 0 && b[n - 1] == '\n') b[n - 1] = 0;
    printf("read0=%d data=%s\n", e, b);
    printf("isatty0=%d isatty1=%d\n", isatty(0), isatty(1));
    fflush(stdout);
    poll_fd("poll_stdin_write", 0, 1);
    poll_fd("poll_stdout_read", 1, 0);
    poll_fd("poll_stdout_write", 1, 1);
    return 0;
}
