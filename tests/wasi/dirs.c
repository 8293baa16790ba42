// Directories: path_create_directory, fd_readdir over 320 entries with a small buffer
// (resuming with cookies, restarting at 0), path_remove_directory, path_rename,
// path_unlink_file, path_filestat_get / set_times, fd_prestat_get / dir_name, and the
// libc layer (opendir/readdir/mkdir/rename/unlink/stat). The `..` entry of the preopen
// (the directory above the sandbox) gets the preopen's own inode, never the host's inode
// of what is outside (Wasmtime 49 gives `.` and `..` the same value too).
// stdout: prestat=0 tag=0 len=8
// stdout: dir_name=0 /sandbox
// stdout: dir_name_short=37
// stdout: prestat_stdout=8
// stdout: mkdir=0
// stdout: mkdir_again=20
// stdout: mkdir_parent_missing=44
// stdout: created=320
// stdout: readdir_calls>1=1 entries=322 dot=1 dotdot=1 files=320 sum=51040 types_ok=1
// stdout: restart_ok=1
// stdout: cookie_past_end=0 used=0
// stdout: readdir_file=54
// stdout: stat_dir=0 type=3
// stdout: stat_file=0 type=4 size=3
// stdout: set_times=0 mtim=1234000000000
// stdout: rmdir_notempty=55
// stdout: rmdir_file=54
// stdout: unlink_dir=31
// stdout: rename=0 old=44 new=0
// stdout: rename_over_file=0
// stdout: rename_dir_to_file=54
// stdout: unlink=0 again=44
// stdout: removed_all=0
// stdout: rmdir=0 gone=44
// stdout: libc mkdir=0 rename=0 stat_isdir=1 rmdir=0
// stdout: root_readdir=0 dot_is_self=1 dotdot_is_self=1
// stdout: sub_readdir=0 dot_is_self=1 dotdot_is_self=1
// absent: big
// absent: d2
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

/* Whether the `.` and `..` entries of `dir` carry the inode of `dir` itself. */
static void dot_inodes(const char* label, __wasi_fd_t dir) {
    static uint8_t buf[4096];
    __wasi_size_t used;
    __wasi_filestat_t st;
    __wasi_errno_t e = __wasi_fd_readdir(dir, buf, sizeof buf, 0, &used);
    if (__wasi_fd_filestat_get(dir, &st)) st.ino = (__wasi_inode_t)-1;
    int dot = 0, dotdot = 0;
    for (size_t off = 0; off + sizeof(__wasi_dirent_t) <= used;) {
        __wasi_dirent_t de;
        memcpy(&de, buf + off, sizeof de);
        const char* nm = (const char*)buf + off + sizeof de;
        if (de.d_namlen == 1 && nm[0] == '.') dot = de.d_ino == st.ino;
        if (de.d_namlen == 2 && nm[0] == '.' && nm[1] == '.') dotdot = de.d_ino == st.ino;
        off += sizeof de + de.d_namlen;
    }
    printf("%s_readdir=%d dot_is_self=%d dotdot_is_self=%d\n", label, e, dot, dotdot);
}

int main(void) {
    __wasi_prestat_t ps;
    __wasi_errno_t e = __wasi_fd_prestat_get(SB, &ps);
    printf("prestat=%d tag=%d len=%lu\n", e, ps.tag, (unsigned long)ps.u.dir.pr_name_len);
    char name[32] = {0};
    e = __wasi_fd_prestat_dir_name(SB, (uint8_t*)name, sizeof name);
    printf("dir_name=%d %s\n", e, name);
    E("dir_name_short", __wasi_fd_prestat_dir_name(SB, (uint8_t*)name, 3));
    E("prestat_stdout", __wasi_fd_prestat_get(1, &ps));
    E("mkdir", __wasi_path_create_directory(SB, "big"));
    E("mkdir_again", __wasi_path_create_directory(SB, "big"));
    E("mkdir_parent_missing", __wasi_path_create_directory(SB, "nope/sub"));
    int created = 0;
    for (int i = 0; i < 320; i++) {
        char p[64];
        snprintf(p, sizeof p, "big/entry-with-a-longish-name-%03d", i);
        if (i % 10 == 0) {
            created += __wasi_path_create_directory(SB, p) == 0;
        } else {
            make_file(p, "");
            created++;
        }
    }
    E("created", created);
    __wasi_fd_t d;
    /* Without FD_WRITE: a directory cannot be opened for writing (EISDIR, as Wasmtime). */
    op(SB, "big", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, &d);
    /* A 200-byte buffer holds 3 entries: read with cookies until a short buffer. */
    static uint8_t buf[200];
    __wasi_dircookie_t cookie = 0;
    int calls = 0, entries = 0, dot = 0, dotdot = 0, files = 0, sum = 0, types_ok = 1;
    for (;;) {
        __wasi_size_t used;
        if (__wasi_fd_readdir(d, buf, sizeof buf, cookie, &used)) break;
        calls++;
        size_t off = 0;
        int complete = 0;
        while (off + sizeof(__wasi_dirent_t) <= used) {
            __wasi_dirent_t de;
            memcpy(&de, buf + off, sizeof de);
            if (off + sizeof de + de.d_namlen > used) break; /* truncated: re-read */
            char nm[128] = {0};
            memcpy(nm, buf + off + sizeof de, de.d_namlen);
            entries++;
            if (!strcmp(nm, ".")) dot++;
            else if (!strcmp(nm, "..")) dotdot++;
            else {
                int idx = atoi(nm + strlen("entry-with-a-longish-name-"));
                files++;
                sum += idx;
                int want = idx % 10 == 0 ? __WASI_FILETYPE_DIRECTORY : __WASI_FILETYPE_REGULAR_FILE;
                if (de.d_type != want) types_ok = 0;
            }
            cookie = de.d_next;
            off += sizeof de + de.d_namlen;
            complete++;
        }
        if (used < sizeof buf) break;
        if (complete == 0) { printf("buffer too small\n"); break; }
    }
    printf("readdir_calls>1=%d entries=%d dot=%d dotdot=%d files=%d sum=%d types_ok=%d\n",
           calls > 1, entries, dot, dotdot, files, sum, types_ok);
    /* Restarting at cookie 0 gives the first entry again. */
    __wasi_size_t used1, used2;
    static uint8_t b1[200], b2[200];
    __wasi_fd_readdir(d, b1, sizeof b1, 0, &used1);
    __wasi_fd_readdir(d, b2, sizeof b2, 0, &used2);
    printf("restart_ok=%d\n", used1 == used2 && memcmp(b1, b2, used1) == 0);
    e = __wasi_fd_readdir(d, b1, sizeof b1, 100000, &used1);
    printf("cookie_past_end=%d used=%lu\n", e, (unsigned long)used1);
    __wasi_fd_t f;
    make_file("f.txt", "abc");
    op(SB, "f.txt", 0, RIGHTS_RW, 0, &f);
    E("readdir_file", __wasi_fd_readdir(f, b1, sizeof b1, 0, &used1));
    __wasi_filestat_t st;
    e = __wasi_path_filestat_get(SB, 0, "big", &st);
    printf("stat_dir=%d type=%d\n", e, st.filetype);
    e = __wasi_path_filestat_get(SB, 0, "f.txt", &st);
    printf("stat_file=%d type=%d size=%llu\n", e, st.filetype, (unsigned long long)st.size);
    e = __wasi_path_filestat_set_times(SB, 0, "f.txt", 0, 1234000000000ull, __WASI_FSTFLAGS_MTIM);
    __wasi_path_filestat_get(SB, 0, "f.txt", &st);
    printf("set_times=%d mtim=%llu\n", e, (unsigned long long)st.mtim);
    E("rmdir_notempty", __wasi_path_remove_directory(SB, "big"));
    E("rmdir_file", __wasi_path_remove_directory(SB, "f.txt"));
    E("unlink_dir", __wasi_path_unlink_file(SB, "big/entry-with-a-longish-name-000"));
    e = __wasi_path_rename(SB, "f.txt", SB, "g.txt");
    printf("rename=%d old=%d new=%d\n", e, __wasi_path_filestat_get(SB, 0, "f.txt", &st),
           __wasi_path_filestat_get(SB, 0, "g.txt", &st));
    make_file("h.txt", "h");
    E("rename_over_file", __wasi_path_rename(SB, "g.txt", SB, "h.txt"));
    __wasi_path_create_directory(SB, "d2");
    E("rename_dir_to_file", __wasi_path_rename(SB, "d2", SB, "h.txt"));
    e = __wasi_path_unlink_file(SB, "h.txt");
    printf("unlink=%d again=%d\n", e, __wasi_path_unlink_file(SB, "h.txt"));
    int bad = 0;
    for (int i = 0; i < 320; i++) {
        char p[64];
        snprintf(p, sizeof p, "big/entry-with-a-longish-name-%03d", i);
        bad += (i % 10 == 0 ? __wasi_path_remove_directory(SB, p) : __wasi_path_unlink_file(SB, p)) != 0;
    }
    E("removed_all", bad);
    e = __wasi_path_remove_directory(SB, "big");
    printf("rmdir=%d gone=%d\n", e, __wasi_path_filestat_get(SB, 0, "big", &st));
    __wasi_path_remove_directory(SB, "d2");
    struct stat s;
    int m = mkdir("/sandbox/libc_dir", 0755);
    int r = rename("/sandbox/libc_dir", "/sandbox/libc_dir2");
    int isdir = stat("/sandbox/libc_dir2", &s) == 0 && S_ISDIR(s.st_mode);
    printf("libc mkdir=%d rename=%d stat_isdir=%d rmdir=%d\n", m, r, isdir, rmdir("/sandbox/libc_dir2"));
    __wasi_path_create_directory(SB, "sub");
    dot_inodes("root", SB);
    op(SB, "sub", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_FD_FILESTAT_GET, 0, &d);
    dot_inodes("sub", d);
    __wasi_path_remove_directory(SB, "sub");
    return 0;
}
