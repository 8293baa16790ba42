// stdio is a stream whatever the host descriptor is. Here stdout is an append-only log
// file (the harness keeps its first line) and stdin a directory. The append-only-log
// attack must fail: fd_seek + fd_pwrite, fd_filestat_set_size, fd_filestat_set_times and
// fd_fdstat_set_flags clearing APPEND; the directory given as stdin is no preopen.
// Every errno below is Wasmtime 49's (`wasmtime prog.wasm >>log <dir`): fd 0 has
// FD_READ, fds 1-2 FD_WRITE only (0x2 / 0x40, base and inheriting), type UNKNOWN (0)
// when not a terminal, no fdflags (even though the log is O_APPEND); seek, tell and
// positional I/O give ESPIPE (70), every other call on the descriptor EBADF (8);
// fd_filestat_get succeeds with zeros but the type; reading the directory EISDIR (31).
// stdout-log: the first line of the log
// stdin-dir: stdin_dir
// stdout: fdstat0=0 type=0 flags=0 base=0x2 inh=0x2
// stdout: fdstat1=0 type=0 flags=0 base=0x40 inh=0x40
// stdout: fdstat2=0 type=0 flags=0 base=0x40 inh=0x40
// stdout: seek1=70
// stdout: tell1=70
// stdout: pwrite1=70
// stdout: seek0=70
// stdout: pread0=70
// stdout: set_size1=8
// stdout: set_times1=8
// stdout: set_flags1_clear_append=8
// stdout: set_flags1_append=8
// stdout: sync1=8
// stdout: datasync1=8
// stdout: advise1=8
// stdout: allocate1=8
// stdout: filestat1=0 type=0 dev=0 ino=0 size=0 nlink=0 mtim=0
// stdout: filestat0=0 type=0 size=0
// stdout: set_rights1=8
// stdout: read1=8
// stdout: write0=8
// stdout: read0=31
// stdout: readdir0=8
// stdout: path_open0=8
// stdout: path_open0_dot=8
// stdout: path_filestat0=8
// stdout: path_mkdir0=8
// stdout: path_unlink0=8
// stdout: prestat0=8
// stdout: last line, appended
#include "check.h"

static void fdstat(int fd) {
    __wasi_fdstat_t fs;
    __wasi_errno_t e = __wasi_fd_fdstat_get(fd, &fs);
    printf("fdstat%d=%d type=%d flags=%d base=0x%llx inh=0x%llx\n", fd, e, fs.fs_filetype,
           fs.fs_flags, (unsigned long long)fs.fs_rights_base,
           (unsigned long long)fs.fs_rights_inheriting);
    fflush(stdout);
}

int main(void) {
    for (int fd = 0; fd < 3; fd++) fdstat(fd);
    __wasi_filesize_t off;
    __wasi_size_t n;
    __wasi_ciovec_t evil = {(const uint8_t*)"EVIL", 4};
    char b[16];
    __wasi_iovec_t iv = {(uint8_t*)b, sizeof b};
    /* Rewind and overwrite the log. */
    E("seek1", __wasi_fd_seek(1, 0, __WASI_WHENCE_SET, &off));
    E("tell1", __wasi_fd_tell(1, &off));
    E("pwrite1", __wasi_fd_pwrite(1, &evil, 1, 0, &n));
    E("seek0", __wasi_fd_seek(0, 0, __WASI_WHENCE_SET, &off));
    E("pread0", __wasi_fd_pread(0, &iv, 1, 0, &n));
    /* Truncate it, back-date it, make the parent's descriptor non-append. */
    E("set_size1", __wasi_fd_filestat_set_size(1, 0));
    E("set_times1", __wasi_fd_filestat_set_times(1, 0, 0,
                                                 __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM));
    E("set_flags1_clear_append", __wasi_fd_fdstat_set_flags(1, 0));
    E("set_flags1_append", __wasi_fd_fdstat_set_flags(1, __WASI_FDFLAGS_APPEND));
    E("sync1", __wasi_fd_sync(1));
    E("datasync1", __wasi_fd_datasync(1));
    E("advise1", __wasi_fd_advise(1, 0, 0, __WASI_ADVICE_DONTNEED));
    E("allocate1", __wasi_fd_allocate(1, 0, 4096));
    __wasi_filestat_t st;
    memset(&st, 0xAA, sizeof st);
    __wasi_errno_t e = __wasi_fd_filestat_get(1, &st);
    printf("filestat1=%d type=%d dev=%llu ino=%llu size=%llu nlink=%llu mtim=%llu\n", e,
           st.filetype, (unsigned long long)st.dev, (unsigned long long)st.ino,
           (unsigned long long)st.size, (unsigned long long)st.nlink,
           (unsigned long long)st.mtim);
    memset(&st, 0xAA, sizeof st);
    e = __wasi_fd_filestat_get(0, &st);
    printf("filestat0=%d type=%d size=%llu\n", e, st.filetype, (unsigned long long)st.size);
    E("set_rights1", __wasi_fd_fdstat_set_rights(1, __WASI_RIGHTS_FD_WRITE, 0));
    E("read1", __wasi_fd_read(1, &iv, 1, &n));
    E("write0", __wasi_fd_write(0, &evil, 1, &n));
    /* stdin is a directory: readable as nothing, and no preopen. */
    E("read0", __wasi_fd_read(0, &iv, 1, &n));
    uint8_t db[256];
    E("readdir0", __wasi_fd_readdir(0, db, sizeof db, 0, &n));
    __wasi_fd_t fd;
    E("path_open0", __wasi_path_open(0, 0, "inner.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
    E("path_open0_dot", __wasi_path_open(0, 0, ".", __WASI_OFLAGS_DIRECTORY,
                                         __WASI_RIGHTS_FD_READDIR, 0, 0, &fd));
    E("path_filestat0", __wasi_path_filestat_get(0, 0, "inner.txt", &st));
    E("path_mkdir0", __wasi_path_create_directory(0, "newdir"));
    E("path_unlink0", __wasi_path_unlink_file(0, "inner.txt"));
    __wasi_prestat_t ps;
    E("prestat0", __wasi_fd_prestat_get(0, &ps));
    /* Still appended after everything above. */
    puts("last line, appended");
    return 0;
}
