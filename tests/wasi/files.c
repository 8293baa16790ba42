// Regular files through raw WASI calls: path_open oflags/fdflags, fd_write/read,
// fd_seek/tell, fd_pread/pwrite, append, truncate (set_size, O_TRUNC), fd_allocate,
// fd_sync/datasync, fd_advise, fd_fdstat_get/set_flags/set_rights, fd_filestat_get/
// set_times, fd_renumber, fd_close, and their errnos.
// stdin: piped
// stdout: create=0
// stdout: write=0 n=11
// stdout: tell=0 pos=11
// stdout: seek_set=0 pos=0
// stdout: read=0 n=5 hello
// stdout: seek_end=0 pos=6
// stdout: seek_neg=28
// stdout: seek_whence=28
// stdout: pread=0 n=5 world
// stdout: tell_after_pread=6
// stdout: pwrite=0 n=5
// stdout: tell_after_pwrite=6
// stdout: filestat=0 type=4 nlink=1 size=11
// stdout: set_size=0 size=4
// stdout: allocate=0 size=4096
// stdout: sync=0
// stdout: datasync=0
// stdout: advise=0
// stdout: advise_bad=28
// stdout: fdstat=0 type=4 flags=0 write_right=1
// stdout: set_flags_append=0 flags=1
// stdout: append_write=0 size=4097
// stdout: set_flags_sync=58
// stdout: set_rights_drop=0 write_right=0
// stdout: set_rights_add=76
// stdout: set_times=0 atim=1000000000123 mtim=2000000000456
// stdout: set_times_bad=28
// stdout: set_times_now=0 recent=1
// stdout: excl=20
// stdout: missing=44
// stdout: dir_on_file=54
// stdout: file_as_dir=54
// stdout: dir_write=31
// stdout: trunc=0 size=0
// stdout: append_open=0 fdflags=1
// stdout: renumber=0 old=8 new=0
// stdout: renumber_bad=8
// stdout: close=0
// stdout: close_again=8
// stdout: close_unknown=8
// stdout: write_efault=21
// stdout: read_efault=21
// stdout: seek_stdin=70
// stdout: set_size_dir=8
// stdout: read_dir=8
// file: data.txt=HELLO
// file: app.txt=ab
#include "check.h"

static uint64_t size_of(__wasi_fd_t fd) {
    __wasi_filestat_t st;
    if (__wasi_fd_filestat_get(fd, &st)) return (uint64_t)-1;
    return st.size;
}

int main(void) {
    __wasi_fd_t fd, fd2;
    __wasi_size_t n;
    __wasi_filesize_t pos;
    char buf[64];
    E("create", op(SB, "data.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, RIGHTS_RW, 0, &fd));
    printf("write=%d n=%u\n", wr(fd, "hello world", &n), n);
    printf("tell=%d pos=%llu\n", __wasi_fd_tell(fd, &pos), (unsigned long long)pos);
    printf("seek_set=%d pos=%llu\n", __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos), (unsigned long long)pos);
    printf("read=%d n=%u %s\n", rd(fd, buf, 5, &n), n, (buf[5] = 0, buf));
    printf("seek_end=%d pos=%llu\n", __wasi_fd_seek(fd, -5, __WASI_WHENCE_END, &pos), (unsigned long long)pos);
    E("seek_neg", __wasi_fd_seek(fd, -100, __WASI_WHENCE_CUR, &pos));
    E("seek_whence", __wasi_fd_seek(fd, 0, 7, &pos));
    __wasi_iovec_t iv = {(uint8_t*)buf, 5};
    memset(buf, 0, sizeof buf);
    printf("pread=%d n=%u %s\n", __wasi_fd_pread(fd, &iv, 1, 6, &n), n, buf);
    __wasi_fd_tell(fd, &pos);
    printf("tell_after_pread=%llu\n", (unsigned long long)pos);
    __wasi_ciovec_t cv = {(const uint8_t*)"HELLO", 5};
    printf("pwrite=%d n=%u\n", __wasi_fd_pwrite(fd, &cv, 1, 0, &n), n);
    __wasi_fd_tell(fd, &pos);
    printf("tell_after_pwrite=%llu\n", (unsigned long long)pos);
    __wasi_filestat_t st;
    __wasi_errno_t e = __wasi_fd_filestat_get(fd, &st);
    printf("filestat=%d type=%d nlink=%llu size=%llu\n", e, st.filetype,
           (unsigned long long)st.nlink, (unsigned long long)st.size);
    e = __wasi_fd_filestat_set_size(fd, 4);
    printf("set_size=%d size=%llu\n", e, (unsigned long long)size_of(fd));
    e = __wasi_fd_allocate(fd, 0, 4096);
    printf("allocate=%d size=%llu\n", e, (unsigned long long)size_of(fd));
    E("sync", __wasi_fd_sync(fd));
    E("datasync", __wasi_fd_datasync(fd));
    E("advise", __wasi_fd_advise(fd, 0, 0, __WASI_ADVICE_SEQUENTIAL));
    E("advise_bad", __wasi_fd_advise(fd, 0, 0, 9));
    __wasi_fdstat_t fs;
    e = __wasi_fd_fdstat_get(fd, &fs);
    printf("fdstat=%d type=%d flags=%d write_right=%d\n", e, fs.fs_filetype, fs.fs_flags,
           (fs.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0);
    e = __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_APPEND);
    __wasi_fd_fdstat_get(fd, &fs);
    printf("set_flags_append=%d flags=%d\n", e, fs.fs_flags);
    e = wr(fd, "X", &n);
    printf("append_write=%d size=%llu\n", e, (unsigned long long)size_of(fd));
    E("set_flags_sync", __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_SYNC));
    e = __wasi_fd_fdstat_set_rights(fd, fs.fs_rights_base & ~__WASI_RIGHTS_FD_WRITE, 0);
    __wasi_fd_fdstat_get(fd, &fs);
    printf("set_rights_drop=%d write_right=%d\n", e, (fs.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0);
    E("set_rights_add", __wasi_fd_fdstat_set_rights(fd, fs.fs_rights_base | __WASI_RIGHTS_FD_WRITE, 0));
    e = __wasi_fd_filestat_set_times(fd, 1000000000123ull, 2000000000456ull,
                                     __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM);
    __wasi_fd_filestat_get(fd, &st);
    printf("set_times=%d atim=%llu mtim=%llu\n", e, (unsigned long long)st.atim,
           (unsigned long long)st.mtim);
    E("set_times_bad", __wasi_fd_filestat_set_times(fd, 0, 0, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW));
    __wasi_timestamp_t now;
    __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &now);
    e = __wasi_fd_filestat_set_times(fd, 0, 0, __WASI_FSTFLAGS_MTIM_NOW);
    __wasi_fd_filestat_get(fd, &st);
    printf("set_times_now=%d recent=%d\n", e, st.mtim + 5000000000ull >= now && st.atim == 1000000000123ull);
    /* data.txt is now "HELL" + zeros + "X"; rewrite it for the host-side check. */
    __wasi_fd_close(fd);
    op(SB, "data.txt", __WASI_OFLAGS_TRUNC, RIGHTS_RW, 0, &fd);
    wr(fd, "HELLO", &n);
    __wasi_fd_close(fd);
    E("excl", op(SB, "data.txt", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, RIGHTS_RW, 0, &fd2));
    E("missing", op(SB, "missing.txt", 0, RIGHTS_RW, 0, &fd2));
    E("dir_on_file", op(SB, "data.txt", __WASI_OFLAGS_DIRECTORY, RIGHTS_DIR, 0, &fd2));
    E("file_as_dir", op(SB, "data.txt/x", 0, RIGHTS_RW, 0, &fd2));
    E("dir_write", op(SB, ".", 0, RIGHTS_RW, 0, &fd2));
    make_file("t.txt", "some content");
    e = op(SB, "t.txt", __WASI_OFLAGS_TRUNC, RIGHTS_RW, 0, &fd);
    printf("trunc=%d size=%llu\n", e, (unsigned long long)size_of(fd));
    __wasi_fd_close(fd);
    make_file("app.txt", "a");
    e = op(SB, "app.txt", 0, RIGHTS_RW, __WASI_FDFLAGS_APPEND, &fd);
    __wasi_fd_fdstat_get(fd, &fs);
    printf("append_open=%d fdflags=%d\n", e, fs.fs_flags);
    __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &pos);
    wr(fd, "b", &n);
    op(SB, "t.txt", 0, RIGHTS_RW, 0, &fd2);
    e = __wasi_fd_renumber(fd, fd2);
    printf("renumber=%d old=%d new=%d\n", e, __wasi_fd_fdstat_get(fd, &fs), __wasi_fd_fdstat_get(fd2, &fs));
    E("renumber_bad", __wasi_fd_renumber(fd2, 1234));
    E("close", __wasi_fd_close(fd2));
    E("close_again", __wasi_fd_close(fd2));
    E("close_unknown", __wasi_fd_close(99));
    E("write_efault", __wasi_fd_write(1, (const __wasi_ciovec_t*)0xFFFFFFF0u, 1, &n));
    __wasi_iovec_t bad = {(uint8_t*)0xFFFFFF00u, 1000};
    E("read_efault", __wasi_fd_read(0, &bad, 1, &n));
    E("seek_stdin", __wasi_fd_seek(0, 0, __WASI_WHENCE_CUR, &pos));
    E("set_size_dir", __wasi_fd_filestat_set_size(SB, 0));
    E("read_dir", rd(SB, buf, 4, &n));
    return 0;
}
