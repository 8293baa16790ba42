// Sandbox escapes: `..`, absolute paths, symlinks out (relative and absolute, as
// intermediate and last components), symlink loops, trailing slashes, through every
// path_* function; each gets the exact errno (EPERM=63 for escapes, as Wasmtime;
// ELOOP=32 for loops). Also EFAULT/EBADF/ENOTDIR on the directory fd and path pointer.
// setup: abs-symlinks
// stdout: dotdot=63
// stdout: dotdot_nested=63
// stdout: dotdot_back_inside=0
// stdout: absolute=63
// stdout: libc_absolute_other=76
// stdout: libc_dotdot=63
// stdout: symlink_rel_out=0
// stdout: rel_out_component=63
// stdout: rel_out_last=63
// stdout: rel_out_stat_follow=63
// stdout: rel_out_stat_nofollow=0 type=7
// stdout: rel_file_follow=63
// stdout: rel_file_nofollow=32
// stdout: abs_dir_component=63
// stdout: abs_file_follow=63
// stdout: abs_file_nofollow_stat=0 type=7
// stdout: symlink_absolute_target=63
// stdout: loop=32
// stdout: loop_component=32
// stdout: loop_stat=32
// stdout: self_loop=32
// stdout: mkdir_out=63
// stdout: mkdir_via_link=63
// stdout: mkdir_via_abs=63
// stdout: unlink_via_link=63
// stdout: rmdir_out=63
// stdout: rename_out=63
// stdout: rename_in_from_out=63
// stdout: link_out=63
// stdout: symlink_in_out_dir=63
// stdout: set_times_out=63
// stdout: set_times_follow=63
// stdout: readlink_via_link=63
// stdout: filestat_dotdot=63
// stdout: trailing_slash_link=63
// stdout: rmdir_symlink=54
// stdout: inner_link=0 data=inside
// stdout: inner_dotdot=0
// stdout: unlink_link_only=0
// stdout: efault_path=21
// stdout: ebadf_dir=8
// stdout: enotdir_dir=54
// stdout: empty_path=44
// file: f.txt=inside
// absent: rel_out
#include "check.h"

int32_t raw_mkdir(int32_t fd, int32_t path, int32_t len)
    __attribute__((import_module("wasi_snapshot_preview1"), import_name("path_create_directory")));

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static int open_e(const char* p, int follow) {
    __wasi_fd_t fd;
    int e = __wasi_path_open(SB, follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0, p, 0,
                             __WASI_RIGHTS_FD_READ, 0, 0, &fd);
    if (e == 0) __wasi_fd_close(fd);
    return e;
}

int main(void) {
    __wasi_filestat_t st;
    __wasi_errno_t e;
    make_file("f.txt", "inside");
    __wasi_path_create_directory(SB, "a");
    E("dotdot", open_e("../outside/secret.txt", 1));
    E("dotdot_nested", open_e("a/../../outside/secret.txt", 1));
    E("dotdot_back_inside", open_e("a/../f.txt", 1));
    E("absolute", open_e("/etc/passwd", 1));
    errno = 0;
    int lfd = open("/etc/passwd", O_RDONLY);
    E("libc_absolute_other", lfd < 0 ? errno : 0);
    errno = 0;
    lfd = open("/sandbox/../outside/secret.txt", O_RDONLY);
    E("libc_dotdot", lfd < 0 ? errno : 0);
    E("symlink_rel_out", __wasi_path_symlink("../outside", SB, "rel_out"));
    __wasi_path_symlink("../outside/secret.txt", SB, "rel_file");
    E("rel_out_component", open_e("rel_out/secret.txt", 1));
    E("rel_out_last", open_e("rel_out", 1));
    E("rel_out_stat_follow", __wasi_path_filestat_get(SB, 1, "rel_out", &st));
    e = __wasi_path_filestat_get(SB, 0, "rel_out", &st);
    printf("rel_out_stat_nofollow=%d type=%d\n", e, st.filetype);
    E("rel_file_follow", open_e("rel_file", 1));
    E("rel_file_nofollow", open_e("rel_file", 0));
    E("abs_dir_component", open_e("abs_dir/secret.txt", 1));
    E("abs_file_follow", open_e("abs_file", 1));
    e = __wasi_path_filestat_get(SB, 0, "abs_file", &st);
    printf("abs_file_nofollow_stat=%d type=%d\n", e, st.filetype);
    E("symlink_absolute_target", __wasi_path_symlink("/etc/passwd", SB, "abs2"));
    __wasi_path_symlink("loop2", SB, "loop1");
    __wasi_path_symlink("loop1", SB, "loop2");
    __wasi_path_symlink("self", SB, "self");
    E("loop", open_e("loop1", 1));
    E("loop_component", open_e("loop1/x", 1));
    E("loop_stat", __wasi_path_filestat_get(SB, 1, "loop2", &st));
    E("self_loop", open_e("self", 1));
    E("mkdir_out", __wasi_path_create_directory(SB, "../outside/new"));
    E("mkdir_via_link", __wasi_path_create_directory(SB, "rel_out/new"));
    E("mkdir_via_abs", __wasi_path_create_directory(SB, "abs_dir/new"));
    E("unlink_via_link", __wasi_path_unlink_file(SB, "rel_out/secret.txt"));
    E("rmdir_out", __wasi_path_remove_directory(SB, "a/../../outside"));
    E("rename_out", __wasi_path_rename(SB, "f.txt", SB, "../outside/f.txt"));
    E("rename_in_from_out", __wasi_path_rename(SB, "rel_out/secret.txt", SB, "stolen.txt"));
    E("link_out", __wasi_path_link(SB, 0, "rel_out/secret.txt", SB, "hard"));
    E("symlink_in_out_dir", __wasi_path_symlink("x", SB, "rel_out/evil"));
    E("set_times_out", __wasi_path_filestat_set_times(SB, 0, "rel_out/secret.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    E("set_times_follow", __wasi_path_filestat_set_times(SB, 1, "abs_file", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    uint8_t buf[64];
    __wasi_size_t used;
    E("readlink_via_link", __wasi_path_readlink(SB, "rel_out/x", buf, sizeof buf, &used));
    E("filestat_dotdot", __wasi_path_filestat_get(SB, 0, "..", &st));
    E("trailing_slash_link", __wasi_path_filestat_get(SB, 0, "rel_out/", &st));
    E("rmdir_symlink", __wasi_path_remove_directory(SB, "rel_out"));
    __wasi_path_create_directory(SB, "sub");
    __wasi_path_symlink("sub/../f.txt", SB, "inner");
    __wasi_fd_t fd;
    char data[16] = {0};
    e = op(SB, "inner", 0, __WASI_RIGHTS_FD_READ, 0, &fd);
    rd(fd, data, sizeof data - 1, &used);
    printf("inner_link=%d data=%s\n", e, data);
    E("inner_dotdot", open_e("sub/../a/../f.txt", 1));
    E("unlink_link_only", __wasi_path_unlink_file(SB, "rel_out"));
    E("efault_path", raw_mkdir(SB, (int32_t)0xFFFFFF00u, 200));
    E("ebadf_dir", __wasi_path_create_directory(99, "x"));
    E("enotdir_dir", __wasi_path_create_directory(fd, "x"));
    E("empty_path", open_e("", 1));
    return 0;
}
