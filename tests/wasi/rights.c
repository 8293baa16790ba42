// Rights are enforced as fd_fdstat_get reports them. fd_fdstat_set_rights drops them
// for real (Wasmtime 49 keeps no rights: it answers ENOTSUP there and lets every call
// through); a missing FD_READ / FD_WRITE gives EBADF (8, Wasmtime's errno on a
// descriptor not open for reading / writing), any other missing right ENOTCAPABLE (76);
// fd_seek by 0 from the current position is a tell (FD_TELL suffices).
// path_open needs PATH_OPEN on the directory, PATH_CREATE_FILE for O_CREAT and
// PATH_FILESTAT_SET_SIZE for O_TRUNC, and the new descriptor gets only the directory's
// inheriting rights. As in Wasmtime (checked with `wasmtime --dir`): a directory opens
// with FD_DATASYNC alone (Wasmtime then answers EBADF to fd_datasync on it; here it
// syncs), and O_DIRECTORY with FD_WRITE fails with EISDIR (31).
// stdout: open_rw=0 base=0xe001ff
// stdout: drop_rw=0 base=0xe001bd
// stdout: read_dropped=8 write_dropped=8 pread_dropped=8 pwrite_dropped=8
// stdout: regain=76
// stdout: seek=0 drop_seek=0 seek_dropped=76 tell_ok=0 seek_cur0_ok=0 pos=1
// stdout: pread_noseek=76
// stdout: drop_all=0
// stdout: tell=76 filestat=76 set_size=76 set_times=76 sync=76 datasync=76
// stdout: advise=76 allocate=76 set_flags=76 readdir_file=54
// stdout: read_only=0 base=0x2 write=8 read=0 data=hello
// stdout: write_only=0 base=0x40 read=8 write=0
// stdout: dir_datasync=0 type=3 base=0x1 datasync=0
// stdout: dir_write=31
// stdout: dir_rw=31
// stdout: dir_write_plain=31
// stdout: d_open=0
// stdout: d_no_open=0 open=76 create=76
// stdout: d_no_create=0 create=76 existing=0
// stdout: d_no_trunc=0 trunc=76 plain=0 content=hello
// stdout: d_no_mkdir=0 mkdir=76 unlink=76 rmdir=76 stat=76 set_times=76
// stdout: d_no_links=0 link_src=76 link_dst=76 rename_src=76 rename_dst=76 symlink=76 readlink=76
// stdout: d_no_readdir=0 readdir=76
// stdout: d_inherit_read=0 child=0 base=0x2 write=8 read=0
// stdout: d_inherit_read_child_dir=0 base=0x0
// stdout: preopen_drop_create=0 create=76 open_existing=0
// file: f.txt=hello
// file: d/y.txt=hello
// absent: d/new.txt
// absent: d/sub
#include "check.h"

#define DIR_NO(r) (RIGHTS_DIR & ~(__wasi_rights_t)(r))

static __wasi_rights_t base_of(__wasi_fd_t fd) {
    __wasi_fdstat_t fs;
    if (__wasi_fd_fdstat_get(fd, &fs)) return ~(__wasi_rights_t)0;
    return fs.fs_rights_base;
}

/* Open the subdirectory "d" with base rights `base` (inheriting: all). */
static __wasi_errno_t opend(__wasi_rights_t base, __wasi_fd_t* d) {
    return __wasi_path_open(SB, 0, "d", __WASI_OFLAGS_DIRECTORY, base, RIGHTS_DIR, 0, d);
}

int main(void) {
    __wasi_fd_t fd, fd2, d;
    __wasi_size_t n;
    __wasi_filesize_t off;
    __wasi_filestat_t st;
    char b[16];
    __wasi_iovec_t iv = {(uint8_t*)b, 5};
    __wasi_ciovec_t cv = {(const uint8_t*)"x", 1};
    make_file("f.txt", "hello");

    /* Dropping FD_READ / FD_WRITE. */
    __wasi_errno_t e = op(SB, "f.txt", 0, RIGHTS_RW, 0, &fd);
    printf("open_rw=%d base=0x%llx\n", e, (unsigned long long)base_of(fd));
    e = __wasi_fd_fdstat_set_rights(fd, RIGHTS_RW & ~(__WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE), 0);
    printf("drop_rw=%d base=0x%llx\n", e, (unsigned long long)base_of(fd));
    printf("read_dropped=%d write_dropped=%d pread_dropped=%d pwrite_dropped=%d\n",
           rd(fd, b, 5, &n), wr(fd, "x", &n), __wasi_fd_pread(fd, &iv, 1, 0, &n),
           __wasi_fd_pwrite(fd, &cv, 1, 0, &n));
    E("regain", __wasi_fd_fdstat_set_rights(fd, RIGHTS_RW, 0));
    __wasi_fd_close(fd);

    /* Dropping FD_SEEK keeps FD_TELL. */
    op(SB, "f.txt", 0, RIGHTS_RW, 0, &fd);
    printf("seek=%d ", __wasi_fd_seek(fd, 1, __WASI_WHENCE_SET, &off));
    printf("drop_seek=%d ", __wasi_fd_fdstat_set_rights(fd, RIGHTS_RW & ~__WASI_RIGHTS_FD_SEEK, 0));
    printf("seek_dropped=%d ", __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &off));
    printf("tell_ok=%d ", __wasi_fd_tell(fd, &off));
    /* lseek(fd, 0, SEEK_CUR) (wasi-libc's ftell) needs only FD_TELL. */
    off = 99;
    printf("seek_cur0_ok=%d pos=%llu\n", __wasi_fd_seek(fd, 0, __WASI_WHENCE_CUR, &off),
           (unsigned long long)off);
    E("pread_noseek", __wasi_fd_pread(fd, &iv, 1, 0, &n));
    /* Dropping everything. */
    E("drop_all", __wasi_fd_fdstat_set_rights(fd, 0, 0));
    printf("tell=%d filestat=%d set_size=%d set_times=%d sync=%d datasync=%d\n",
           __wasi_fd_tell(fd, &off), __wasi_fd_filestat_get(fd, &st),
           __wasi_fd_filestat_set_size(fd, 0),
           __wasi_fd_filestat_set_times(fd, 0, 0, __WASI_FSTFLAGS_MTIM),
           __wasi_fd_sync(fd), __wasi_fd_datasync(fd));
    printf("advise=%d allocate=%d set_flags=%d readdir_file=%d\n",
           __wasi_fd_advise(fd, 0, 0, __WASI_ADVICE_NORMAL), __wasi_fd_allocate(fd, 0, 1),
           __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_APPEND),
           __wasi_fd_readdir(fd, (uint8_t*)b, sizeof b, 0, &n));
    __wasi_fd_close(fd);

    /* Read-only and write-only descriptors. */
    e = op(SB, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fd);
    printf("read_only=%d base=0x%llx write=%d ", e, (unsigned long long)base_of(fd),
           wr(fd, "x", &n));
    e = rd(fd, b, 5, &n);
    printf("read=%d data=%.5s\n", e, b);
    __wasi_fd_close(fd);
    e = op(SB, "f.txt", 0, __WASI_RIGHTS_FD_WRITE, 0, &fd);
    printf("write_only=%d base=0x%llx read=%d ", e, (unsigned long long)base_of(fd),
           rd(fd, b, 5, &n));
    printf("write=%d\n", __wasi_fd_pwrite(fd, &cv, 1, 0, &n) == 76 ? wr(fd, "h", &n) : -1);
    __wasi_fd_close(fd);

    /* Directories: FD_DATASYNC alone opens it; FD_WRITE cannot. */
    __wasi_path_create_directory(SB, "d");
    e = op(SB, "d", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_DATASYNC, 0, &d);
    __wasi_fdstat_t fs;
    __wasi_fd_fdstat_get(d, &fs);
    printf("dir_datasync=%d type=%d base=0x%llx datasync=%d\n", e, fs.fs_filetype,
           (unsigned long long)fs.fs_rights_base, __wasi_fd_datasync(d));
    __wasi_fd_close(d);
    E("dir_write", op(SB, "d", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_WRITE, 0, &d));
    E("dir_rw", op(SB, "d", __WASI_OFLAGS_DIRECTORY, RIGHTS_RW, 0, &d));
    E("dir_write_plain", op(SB, "d", 0, __WASI_RIGHTS_FD_WRITE, 0, &d));
    E("d_open", opend(RIGHTS_DIR & ~__WASI_RIGHTS_FD_WRITE, &d));
    make_file("d/y.txt", "hello");
    __wasi_fd_close(d);

    /* path_open and the directory's base rights. */
    e = opend(DIR_NO(__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_PATH_OPEN), &d);
    printf("d_no_open=%d open=%d create=%d\n", e, op(d, "y.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fd),
           op(d, "new.txt", __WASI_OFLAGS_CREAT, RIGHTS_RW, 0, &fd));
    __wasi_fd_close(d);
    e = opend(DIR_NO(__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_PATH_CREATE_FILE), &d);
    printf("d_no_create=%d create=%d ", e, op(d, "new.txt", __WASI_OFLAGS_CREAT, RIGHTS_RW, 0, &fd));
    printf("existing=%d\n", op(d, "y.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fd));
    __wasi_fd_close(fd);
    __wasi_fd_close(d);
    e = opend(DIR_NO(__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_PATH_FILESTAT_SET_SIZE), &d);
    printf("d_no_trunc=%d trunc=%d ", e, op(d, "y.txt", __WASI_OFLAGS_TRUNC, RIGHTS_RW, 0, &fd));
    printf("plain=%d ", op(d, "y.txt", 0, RIGHTS_RW, 0, &fd));
    memset(b, 0, sizeof b);
    rd(fd, b, 5, &n);
    printf("content=%.5s\n", b);
    __wasi_fd_close(fd);
    __wasi_fd_close(d);

    /* The other path_* calls and their rights. */
    e = opend(DIR_NO(__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_PATH_CREATE_DIRECTORY |
                     __WASI_RIGHTS_PATH_UNLINK_FILE | __WASI_RIGHTS_PATH_REMOVE_DIRECTORY |
                     __WASI_RIGHTS_PATH_FILESTAT_GET | __WASI_RIGHTS_PATH_FILESTAT_SET_TIMES),
              &d);
    printf("d_no_mkdir=%d mkdir=%d unlink=%d rmdir=%d stat=%d set_times=%d\n", e,
           __wasi_path_create_directory(d, "sub"), __wasi_path_unlink_file(d, "y.txt"),
           __wasi_path_remove_directory(d, "."), __wasi_path_filestat_get(d, 0, "y.txt", &st),
           __wasi_path_filestat_set_times(d, 0, "y.txt", 0, 0, __WASI_FSTFLAGS_MTIM));
    __wasi_fd_close(d);
    e = opend(DIR_NO(__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_PATH_LINK_SOURCE |
                     __WASI_RIGHTS_PATH_LINK_TARGET | __WASI_RIGHTS_PATH_RENAME_SOURCE |
                     __WASI_RIGHTS_PATH_RENAME_TARGET | __WASI_RIGHTS_PATH_SYMLINK |
                     __WASI_RIGHTS_PATH_READLINK),
              &d);
    __wasi_path_symlink("y.txt", SB, "d/ln");
    printf("d_no_links=%d link_src=%d link_dst=%d rename_src=%d rename_dst=%d symlink=%d "
           "readlink=%d\n",
           e, __wasi_path_link(d, 0, "y.txt", SB, "l1"), __wasi_path_link(SB, 0, "f.txt", d, "l2"),
           __wasi_path_rename(d, "y.txt", SB, "r1"), __wasi_path_rename(SB, "f.txt", d, "r2"),
           __wasi_path_symlink("y.txt", d, "s1"),
           __wasi_path_readlink(d, "ln", (uint8_t*)b, sizeof b, &n));
    __wasi_path_unlink_file(SB, "d/ln");
    __wasi_fd_close(d);
    e = opend(DIR_NO(__WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_READDIR), &d);
    printf("d_no_readdir=%d readdir=%d\n", e, __wasi_fd_readdir(d, (uint8_t*)b, sizeof b, 0, &n));
    __wasi_fd_close(d);

    /* Inheriting rights: what a directory can hand down. */
    e = __wasi_path_open(SB, 0, "d", __WASI_OFLAGS_DIRECTORY, RIGHTS_DIR & ~__WASI_RIGHTS_FD_WRITE,
                         __WASI_RIGHTS_FD_READ, 0, &d);
    __wasi_errno_t e2 = __wasi_path_open(d, 0, "y.txt", 0, RIGHTS_RW, RIGHTS_RW, 0, &fd);
    printf("d_inherit_read=%d child=%d base=0x%llx write=%d ", e, e2,
           (unsigned long long)base_of(fd), wr(fd, "x", &n));
    printf("read=%d\n", rd(fd, b, 5, &n));
    __wasi_fd_close(fd);
    e = __wasi_path_open(d, 0, ".", __WASI_OFLAGS_DIRECTORY, RIGHTS_DIR & ~__WASI_RIGHTS_FD_WRITE,
                         RIGHTS_DIR, 0, &fd2);
    printf("d_inherit_read_child_dir=%d base=0x%llx\n", e, (unsigned long long)base_of(fd2));
    __wasi_fd_close(fd2);
    __wasi_fd_close(d);

    /* The preopen itself can drop rights too. */
    e = __wasi_fd_fdstat_set_rights(SB, base_of(SB) & ~__WASI_RIGHTS_PATH_CREATE_FILE,
                                    RIGHTS_RW);
    printf("preopen_drop_create=%d create=%d ", e,
           op(SB, "d/new.txt", __WASI_OFLAGS_CREAT, RIGHTS_RW, 0, &fd));
    printf("open_existing=%d\n", op(SB, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fd));
    return 0;
}
