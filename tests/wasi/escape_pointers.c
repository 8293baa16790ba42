// Sandbox-escape corpus, guest pointers (issue 21): every WASI call that takes a guest
// pointer or (pointer, length) is given one past the end of memory (BAD), one that
// straddles the end (END: the last 2 bytes, with a longer length), huge lengths and
// counts, and iovecs whose buffers are out of bounds. What must happen: EFAULT (21) and
// nothing read or written outside the guest memory, the runtime does not crash, and
// a call that failed leaves no descriptor behind. A (pointer, length) ending exactly
// at the end of memory is valid (random_get_last_2); one that ends a single byte past
// it is not (the over_1 line: a check off by one byte). The environment holds K=V
// (build-env), so environ_get has bytes to write. (Wasmtime 49 traps on such
// pointers instead of returning EFAULT; both keep the sandbox.)
// stdout: args_sizes_get=21 args_get=21 environ_sizes_get=21 environ_get=21
// stdout: clock_time_get=21 clock_res_get=21
// stdout: fd_write_iovs=21 fd_write_buf=21 fd_write_straddle=21 fd_write_count=21 fd_write_nret=21
// stdout: fd_read_buf=21 fd_read_straddle=21 fd_pread_buf=21 fd_pwrite_buf=21
// stdout: fd_seek_ret=21 fd_tell_ret=21 fd_fdstat_get=21 fd_filestat_get=21
// stdout: fd_prestat_get=21 fd_prestat_dir_name=21 fd_prestat_dir_name_len=21
// stdout: fd_readdir_buf=21 fd_readdir_len=21
// stdout: path_open_path=21 path_open_len=21 path_open_fdret=21 next_fd_unchanged=1
// stdout: path_filestat_get=21 path_readlink_buf=21 path_readlink_path=21
// stdout: path_symlink_old=21 path_rename_new=21 path_link_new=21 path_unlink_len=21 path_rmdir_path=21 path_mkdir_straddle=21 path_set_times_path=21
// stdout: args_get_buf=21 environ_get_buf=21
// stdout: poll_oneoff_in=21 poll_oneoff_out=21 poll_oneoff_count=21
// stdout: random_get=21 random_get_straddle=21 random_get_len=21 random_get_last_2=0
// stdout: over_1 random_get=21 fd_write=21 fd_read=21 iovs=21 path_open=21 environ_sizes_get=21
// stdout: file_untouched=1
// stdout: done
// build-env: K=V
// file: f.txt=inside
#include "check.h"

#define IMP(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(name)))
int32_t raw_args_sizes_get(int32_t, int32_t) IMP("args_sizes_get");
int32_t raw_args_get(int32_t, int32_t) IMP("args_get");
int32_t raw_environ_sizes_get(int32_t, int32_t) IMP("environ_sizes_get");
int32_t raw_environ_get(int32_t, int32_t) IMP("environ_get");
int32_t raw_clock_time_get(int32_t, int64_t, int32_t) IMP("clock_time_get");
int32_t raw_clock_res_get(int32_t, int32_t) IMP("clock_res_get");
int32_t raw_fd_write(int32_t, int32_t, int32_t, int32_t) IMP("fd_write");
int32_t raw_fd_read(int32_t, int32_t, int32_t, int32_t) IMP("fd_read");
int32_t raw_fd_pread(int32_t, int32_t, int32_t, int64_t, int32_t) IMP("fd_pread");
int32_t raw_fd_pwrite(int32_t, int32_t, int32_t, int64_t, int32_t) IMP("fd_pwrite");
int32_t raw_fd_seek(int32_t, int64_t, int32_t, int32_t) IMP("fd_seek");
int32_t raw_fd_tell(int32_t, int32_t) IMP("fd_tell");
int32_t raw_fd_fdstat_get(int32_t, int32_t) IMP("fd_fdstat_get");
int32_t raw_fd_filestat_get(int32_t, int32_t) IMP("fd_filestat_get");
int32_t raw_fd_prestat_get(int32_t, int32_t) IMP("fd_prestat_get");
int32_t raw_fd_prestat_dir_name(int32_t, int32_t, int32_t) IMP("fd_prestat_dir_name");
int32_t raw_fd_readdir(int32_t, int32_t, int32_t, int64_t, int32_t) IMP("fd_readdir");
int32_t raw_path_open(int32_t, int32_t, int32_t, int32_t, int32_t, int64_t, int64_t, int32_t,
                      int32_t) IMP("path_open");
int32_t raw_path_filestat_get(int32_t, int32_t, int32_t, int32_t, int32_t) IMP("path_filestat_get");
int32_t raw_path_readlink(int32_t, int32_t, int32_t, int32_t, int32_t, int32_t) IMP("path_readlink");
int32_t raw_path_symlink(int32_t, int32_t, int32_t, int32_t, int32_t) IMP("path_symlink");
int32_t raw_path_rename(int32_t, int32_t, int32_t, int32_t, int32_t, int32_t) IMP("path_rename");
int32_t raw_path_link(int32_t, int32_t, int32_t, int32_t, int32_t, int32_t, int32_t) IMP("path_link");
int32_t raw_path_unlink_file(int32_t, int32_t, int32_t) IMP("path_unlink_file");
int32_t raw_path_remove_directory(int32_t, int32_t, int32_t) IMP("path_remove_directory");
int32_t raw_path_create_directory(int32_t, int32_t, int32_t) IMP("path_create_directory");
int32_t raw_path_filestat_set_times(int32_t, int32_t, int32_t, int32_t, int64_t, int64_t,
                                    int32_t) IMP("path_filestat_set_times");
int32_t raw_poll_oneoff(int32_t, int32_t, int32_t, int32_t) IMP("poll_oneoff");
int32_t raw_random_get(int32_t, int32_t) IMP("random_get");

#define P(x) ((int32_t)(uintptr_t)(x))
static uint8_t scratch[256];
static int32_t ret[4];

int main(void) {
    const int32_t BAD = (int32_t)0xFFFFFF00u;
    const int32_t END = (int32_t)(__builtin_wasm_memory_size(0) * 65536u - 2);
    const int32_t HUGE = 0x7FFFFFF0;
    make_file("f.txt", "inside");
    make_file("g.txt", "g");
    __wasi_path_symlink("f.txt", SB, "lnk");
    __wasi_fd_t f;
    op(SB, "g.txt", 0, RIGHTS_RW, 0, &f);

    printf("args_sizes_get=%d ", raw_args_sizes_get(BAD, P(&ret[0])));
    printf("args_get=%d ", raw_args_get(BAD, BAD));
    printf("environ_sizes_get=%d ", raw_environ_sizes_get(P(&ret[0]), END));
    printf("environ_get=%d\n", raw_environ_get(BAD, BAD));
    printf("clock_time_get=%d ", raw_clock_time_get(0, 1, BAD));
    printf("clock_res_get=%d\n", raw_clock_res_get(0, END));

    int32_t iov[2] = {P("xy\n"), 3};
    int32_t bad_iov[2] = {BAD, 10};
    int32_t str_iov[2] = {END, 8};
    printf("fd_write_iovs=%d ", raw_fd_write(1, BAD, 1, P(&ret[0])));
    printf("fd_write_buf=%d ", raw_fd_write(1, P(bad_iov), 1, P(&ret[0])));
    printf("fd_write_straddle=%d ", raw_fd_write(1, P(str_iov), 1, P(&ret[0])));
    printf("fd_write_count=%d ", raw_fd_write(1, P(iov), 0x20000000, P(&ret[0])));
    printf("fd_write_nret=%d\n", raw_fd_write(f, P(iov), 1, BAD));
    printf("fd_read_buf=%d ", raw_fd_read(f, P(bad_iov), 1, P(&ret[0])));
    printf("fd_read_straddle=%d ", raw_fd_read(f, P(str_iov), 1, P(&ret[0])));
    printf("fd_pread_buf=%d ", raw_fd_pread(f, P(bad_iov), 1, 0, P(&ret[0])));
    printf("fd_pwrite_buf=%d\n", raw_fd_pwrite(f, P(bad_iov), 1, 0, P(&ret[0])));
    printf("fd_seek_ret=%d ", raw_fd_seek(f, 0, 0, BAD));
    printf("fd_tell_ret=%d ", raw_fd_tell(f, END));
    printf("fd_fdstat_get=%d ", raw_fd_fdstat_get(1, BAD));
    printf("fd_filestat_get=%d\n", raw_fd_filestat_get(f, END));
    printf("fd_prestat_get=%d ", raw_fd_prestat_get(SB, BAD));
    printf("fd_prestat_dir_name=%d ", raw_fd_prestat_dir_name(SB, BAD, 8));
    printf("fd_prestat_dir_name_len=%d\n", raw_fd_prestat_dir_name(SB, END, 8));
    printf("fd_readdir_buf=%d ", raw_fd_readdir(SB, BAD, 100, 0, P(&ret[0])));
    printf("fd_readdir_len=%d\n", raw_fd_readdir(SB, P(scratch), HUGE, 0, P(&ret[0])));

    // A failed path_open must not leave a descriptor open: the next open gets the
    // same number as before the attempts.
    __wasi_fd_t before, after;
    op(SB, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, &before);
    __wasi_fd_close(before);
    printf("path_open_path=%d ", raw_path_open(SB, 1, BAD, 5, 0, __WASI_RIGHTS_FD_READ, 0, 0, P(&ret[0])));
    printf("path_open_len=%d ", raw_path_open(SB, 1, P("f.txt"), HUGE, 0, __WASI_RIGHTS_FD_READ, 0, 0, P(&ret[0])));
    printf("path_open_fdret=%d ", raw_path_open(SB, 1, P("f.txt"), 5, 0, __WASI_RIGHTS_FD_READ, 0, 0, BAD));
    op(SB, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, &after);
    printf("next_fd_unchanged=%d\n", before == after);
    __wasi_fd_close(after);

    printf("path_filestat_get=%d ", raw_path_filestat_get(SB, 0, P("f.txt"), 5, BAD));
    printf("path_readlink_buf=%d ", raw_path_readlink(SB, P("lnk"), 3, BAD, 16, P(&ret[0])));
    printf("path_readlink_path=%d\n", raw_path_readlink(SB, END, 8, P(scratch), 16, P(&ret[0])));
    printf("path_symlink_old=%d ", raw_path_symlink(BAD, 4, SB, P("new"), 3));
    printf("path_rename_new=%d ", raw_path_rename(SB, P("g.txt"), 5, SB, BAD, 4));
    printf("path_link_new=%d ", raw_path_link(SB, 0, P("g.txt"), 5, SB, END, 8));
    printf("path_unlink_len=%d ", raw_path_unlink_file(SB, P("g.txt"), HUGE));
    printf("path_rmdir_path=%d ", raw_path_remove_directory(SB, BAD, 3));
    printf("path_mkdir_straddle=%d ", raw_path_create_directory(SB, END, 4));
    printf("path_set_times_path=%d\n", raw_path_filestat_set_times(SB, 0, BAD, 5, 0, 0, 0));
    // Valid pointer arrays whose strings buffer is out of bounds.
    int32_t argv[8], envp[8];
    printf("args_get_buf=%d environ_get_buf=%d\n", raw_args_get(P(argv), BAD),
           raw_environ_get(P(envp), END));
    printf("poll_oneoff_in=%d ", raw_poll_oneoff(BAD, P(scratch), 1, P(&ret[0])));
    printf("poll_oneoff_out=%d ", raw_poll_oneoff(P(scratch), BAD, 1, P(&ret[0])));
    printf("poll_oneoff_count=%d\n", raw_poll_oneoff(P(scratch), P(scratch), 0x10000000, P(&ret[0])));
    printf("random_get=%d ", raw_random_get(BAD, 16));
    printf("random_get_straddle=%d ", raw_random_get(END, 16));
    printf("random_get_len=%d ", raw_random_get(P(scratch), HUGE));
    printf("random_get_last_2=%d\n", raw_random_get(END, 2));
    // One byte past the end: (END, 3) ends at the memory's size + 1; so does an iovec
    // array at size - 7 and a 4-byte result at size - 3.
    int32_t over_iov[2] = {END, 3};
    printf("over_1 random_get=%d ", raw_random_get(END, 3));
    printf("fd_write=%d ", raw_fd_write(1, P(over_iov), 1, P(&ret[0])));
    printf("fd_read=%d ", raw_fd_read(f, P(over_iov), 1, P(&ret[0])));
    printf("iovs=%d ", raw_fd_write(1, END - 5, 1, P(&ret[0])));
    printf("path_open=%d ", raw_path_open(SB, 1, END, 3, 0, __WASI_RIGHTS_FD_READ, 0, 0, P(&ret[0])));
    printf("environ_sizes_get=%d\n", raw_environ_sizes_get(P(&ret[0]), END - 1));

    char data[16] = {0};
    __wasi_size_t n;
    op(SB, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, &f);
    rd(f, data, sizeof data - 1, &n);
    printf("file_untouched=%d\n", strcmp(data, "inside") == 0);
    puts("done");
    return 0;
}
