// stdio on a terminal (the harness runs this under `script`): the streams are character
// devices without seek or tell rights, which is how wasi-libc's isatty() recognizes a
// terminal, and the guest still cannot re-flag or stat the host terminal. As Wasmtime 49
// (`script -qc "wasmtime prog.wasm" /dev/null`: type CHARACTER_DEVICE (2), rights 0x2 /
// 0x40, no flags, ESPIPE (70) for seek, EBADF (8) for fd_fdstat_set_flags, a zeroed
// filestat but the type).
// stdio: tty
// stdout: fdstat0=0 type=2 flags=0 base=0x2 inh=0x2
// stdout: fdstat1=0 type=2 flags=0 base=0x40 inh=0x40
// stdout: fdstat2=0 type=2 flags=0 base=0x40 inh=0x40
// stdout: isatty=1 1 1
// stdout: seek1=70
// stdout: set_flags0_nonblock=8
// stdout: filestat1=0 type=2 ino=0 size=0
#include <unistd.h>

#include "check.h"

int main(void) {
    __wasi_fdstat_t fs;
    for (int fd = 0; fd < 3; fd++) {
        __wasi_errno_t e = __wasi_fd_fdstat_get(fd, &fs);
        printf("fdstat%d=%d type=%d flags=%d base=0x%llx inh=0x%llx\n", fd, e,
               fs.fs_filetype, fs.fs_flags, (unsigned long long)fs.fs_rights_base,
               (unsigned long long)fs.fs_rights_inheriting);
    }
    printf("isatty=%d %d %d\n", isatty(0), isatty(1), isatty(2));
    __wasi_filesize_t off;
    E("seek1", __wasi_fd_seek(1, 0, __WASI_WHENCE_CUR, &off));
    E("set_flags0_nonblock", __wasi_fd_fdstat_set_flags(0, __WASI_FDFLAGS_NONBLOCK));
    __wasi_filestat_t st;
    memset(&st, 0xAA, sizeof st);
    __wasi_errno_t e = __wasi_fd_filestat_get(1, &st);
    printf("filestat1=%d type=%d ino=%llu size=%llu\n", e, st.filetype,
           (unsigned long long)st.ino, (unsigned long long)st.size);
    return 0;
}
