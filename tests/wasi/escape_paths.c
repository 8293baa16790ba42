// Sandbox-escape corpus, path strings (issue 21): a guest path is a (pointer, length)
// that may hold a NUL byte, which a C string would end at: "f.txt\0../../outside/x"
// checked as one path but used as "f.txt" (or the other way round) is a confusion
// between what is checked and what is opened. What must happen: every path_* call
// given a path or a symlink target with a NUL inside fails with EINVAL (28) and does
// nothing: nothing is opened, created, renamed or removed (checked after the run).
// (Wasmtime 49 prints the same.)
// stdout: open_nul=28 open_nul_dotdot=28 open_nul_end=28
// stdout: mkdir_nul=28 symlink_target_nul=28 symlink_name_nul=28
// stdout: unlink_nul=28 rename_nul=28 stat_nul=28
// stdout: f_intact=1
// stdout: done
// file: f.txt=inside
// absent: d
// absent: l2
// absent: g.txt
#include "check.h"

#define IMP(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(name)))
int32_t raw_path_open(int32_t, int32_t, int32_t, int32_t, int32_t, int64_t, int64_t, int32_t,
                      int32_t) IMP("path_open");
int32_t raw_path_create_directory(int32_t, int32_t, int32_t) IMP("path_create_directory");
int32_t raw_path_symlink(int32_t, int32_t, int32_t, int32_t, int32_t) IMP("path_symlink");
int32_t raw_path_unlink_file(int32_t, int32_t, int32_t) IMP("path_unlink_file");
int32_t raw_path_rename(int32_t, int32_t, int32_t, int32_t, int32_t, int32_t) IMP("path_rename");
int32_t raw_path_filestat_get(int32_t, int32_t, int32_t, int32_t, int32_t) IMP("path_filestat_get");

#define P(x) ((int32_t)(uintptr_t)(x))
/* A literal with NULs inside, and its full length (without the final NUL). */
#define S(lit) P(lit), (int32_t)(sizeof(lit) - 1)
static int32_t ret[4];
static uint8_t stat_buf[64];

int main(void) {
    make_file("f.txt", "inside");
    printf("open_nul=%d ", raw_path_open(SB, 1, S("f.txt\0/../../outside/secret.txt"), 0,
                                         __WASI_RIGHTS_FD_READ, 0, 0, P(&ret[0])));
    printf("open_nul_dotdot=%d ", raw_path_open(SB, 1, S("f.txt\0.."), 0, __WASI_RIGHTS_FD_READ,
                                                0, 0, P(&ret[0])));
    printf("open_nul_end=%d\n", raw_path_open(SB, 1, S("f.txt\0"), 0, __WASI_RIGHTS_FD_READ, 0, 0,
                                              P(&ret[0])));
    printf("mkdir_nul=%d ", raw_path_create_directory(SB, S("d\0x")));
    printf("symlink_target_nul=%d ", raw_path_symlink(S("f.txt\0/x"), SB, S("l2")));
    printf("symlink_name_nul=%d\n", raw_path_symlink(S("f.txt"), SB, S("l2\0x")));
    printf("unlink_nul=%d ", raw_path_unlink_file(SB, S("f.txt\0x")));
    printf("rename_nul=%d ", raw_path_rename(SB, S("f.txt\0x"), SB, S("g.txt")));
    printf("stat_nul=%d\n", raw_path_filestat_get(SB, 0, S("f.txt\0x"), P(stat_buf)));
    char data[16] = {0};
    __wasi_size_t n;
    __wasi_fd_t f;
    int ok = op(SB, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, &f) == 0 &&
             rd(f, data, sizeof data - 1, &n) == 0 && strcmp(data, "inside") == 0;
    printf("f_intact=%d\n", ok);
    puts("done");
    return 0;
}
