// Symlinks and hard links: path_symlink, path_readlink (truncation), path_link (nlink,
// same inode), following or not (path_open, path_filestat_get), dangling links,
// O_CREAT through a dangling link, errnos.
// stdout: symlink=0
// stdout: symlink_exists=20
// stdout: readlink=0 target.txt
// stdout: readlink_trunc=0 used=4 targ
// stdout: readlink_not_link=28
// stdout: stat_follow=0 type=4 size=4
// stdout: stat_nofollow=0 type=7 size=10
// stdout: open_nofollow=32
// stdout: open_follow=0 data
// stdout: link=0 nlink=2 same_ino=1
// stdout: link_exists=20
// stdout: link_follow=28
// stdout: link_dir=63
// stdout: dangling_follow=44
// stdout: dangling_nofollow_stat=0
// stdout: dangling_creat=0 created=1
// stdout: dir_link=0 inner
// stdout: set_times_nofollow=0
// stdout: unlink_symlink=0 target_still=0
// file: hard.txt=data
// file: created.txt=new
#include "check.h"

int main(void) {
    __wasi_filestat_t st, st2;
    __wasi_errno_t e;
    __wasi_fd_t fd;
    __wasi_size_t used;
    uint8_t buf[64];
    make_file("target.txt", "data");
    E("symlink", __wasi_path_symlink("target.txt", SB, "sl"));
    E("symlink_exists", __wasi_path_symlink("other", SB, "sl"));
    memset(buf, 0, sizeof buf);
    e = __wasi_path_readlink(SB, "sl", buf, sizeof buf, &used);
    printf("readlink=%d %.*s\n", e, (int)used, buf);
    memset(buf, 0, sizeof buf);
    e = __wasi_path_readlink(SB, "sl", buf, 4, &used);
    printf("readlink_trunc=%d used=%lu %.*s\n", e, (unsigned long)used, (int)used, buf);
    E("readlink_not_link", __wasi_path_readlink(SB, "target.txt", buf, sizeof buf, &used));
    e = __wasi_path_filestat_get(SB, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "sl", &st);
    printf("stat_follow=%d type=%d size=%llu\n", e, st.filetype, (unsigned long long)st.size);
    e = __wasi_path_filestat_get(SB, 0, "sl", &st);
    printf("stat_nofollow=%d type=%d size=%llu\n", e, st.filetype, (unsigned long long)st.size);
    E("open_nofollow", __wasi_path_open(SB, 0, "sl", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
    char data[16] = {0};
    e = op(SB, "sl", 0, __WASI_RIGHTS_FD_READ, 0, &fd);
    rd(fd, data, sizeof data - 1, &used);
    __wasi_fd_close(fd);
    printf("open_follow=%d %s\n", e, data);
    e = __wasi_path_link(SB, 0, "target.txt", SB, "hard.txt");
    __wasi_path_filestat_get(SB, 0, "target.txt", &st);
    __wasi_path_filestat_get(SB, 0, "hard.txt", &st2);
    printf("link=%d nlink=%llu same_ino=%d\n", e, (unsigned long long)st.nlink, st.ino == st2.ino);
    E("link_exists", __wasi_path_link(SB, 0, "target.txt", SB, "hard.txt"));
    E("link_follow", __wasi_path_link(SB, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "sl", SB, "hard2.txt"));
    __wasi_path_create_directory(SB, "subdir");
    E("link_dir", __wasi_path_link(SB, 0, "subdir", SB, "subdir2"));
    __wasi_path_symlink("created.txt", SB, "dang");
    E("dangling_follow", op(SB, "dang", 0, __WASI_RIGHTS_FD_READ, 0, &fd));
    E("dangling_nofollow_stat", __wasi_path_filestat_get(SB, 0, "dang", &st));
    e = op(SB, "dang", __WASI_OFLAGS_CREAT, RIGHTS_RW, 0, &fd);
    wr(fd, "new", &used);
    __wasi_fd_close(fd);
    printf("dangling_creat=%d created=%d\n", e, __wasi_path_filestat_get(SB, 0, "created.txt", &st) == 0);
    make_file("subdir/inner.txt", "inner");
    __wasi_path_symlink("subdir", SB, "dl");
    memset(data, 0, sizeof data);
    e = op(SB, "dl/inner.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fd);
    rd(fd, data, sizeof data - 1, &used);
    printf("dir_link=%d %s\n", e, data);
    E("set_times_nofollow", __wasi_path_filestat_set_times(SB, 0, "sl", 0, 5000000000ull, __WASI_FSTFLAGS_MTIM));
    e = __wasi_path_unlink_file(SB, "sl");
    printf("unlink_symlink=%d target_still=%d\n", e, __wasi_path_filestat_get(SB, 0, "target.txt", &st));
    return 0;
}
