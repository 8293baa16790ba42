/* wasi_internal.h: private declarations shared by the WASI implementation files
 * (wasi_core.c, wasi_fd.c, wasi_path.c, wasi_poll.c, wasi_unstable.c). */
#ifndef W2N_WASI_INTERNAL_H
#define W2N_WASI_INTERNAL_H

#include <dirent.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>

#include "internal.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the WASI implementation assumes a little-endian host (guest memory is little-endian)"
#endif

/* WASI errno values (wasi_snapshot_preview1 `errno`). */
enum {
    WE_SUCCESS = 0, WE_2BIG = 1, WE_ACCES = 2, WE_ADDRINUSE = 3, WE_ADDRNOTAVAIL = 4,
    WE_AFNOSUPPORT = 5, WE_AGAIN = 6, WE_ALREADY = 7, WE_BADF = 8, WE_BADMSG = 9,
    WE_BUSY = 10, WE_CANCELED = 11, WE_CHILD = 12, WE_CONNABORTED = 13,
    WE_CONNREFUSED = 14, WE_CONNRESET = 15, WE_DEADLK = 16, WE_DESTADDRREQ = 17,
    WE_DOM = 18, WE_DQUOT = 19, WE_EXIST = 20, WE_FAULT = 21, WE_FBIG = 22,
    WE_HOSTUNREACH = 23, WE_IDRM = 24, WE_ILSEQ = 25, WE_INPROGRESS = 26, WE_INTR = 27,
    WE_INVAL = 28, WE_IO = 29, WE_ISCONN = 30, WE_ISDIR = 31, WE_LOOP = 32, WE_MFILE = 33,
    WE_MLINK = 34, WE_MSGSIZE = 35, WE_MULTIHOP = 36, WE_NAMETOOLONG = 37,
    WE_NETDOWN = 38, WE_NETRESET = 39, WE_NETUNREACH = 40, WE_NFILE = 41,
    WE_NOBUFS = 42, WE_NODEV = 43, WE_NOENT = 44, WE_NOEXEC = 45, WE_NOLCK = 46,
    WE_NOLINK = 47, WE_NOMEM = 48, WE_NOMSG = 49, WE_NOPROTOOPT = 50, WE_NOSPC = 51,
    WE_NOSYS = 52, WE_NOTCONN = 53, WE_NOTDIR = 54, WE_NOTEMPTY = 55,
    WE_NOTRECOVERABLE = 56, WE_NOTSOCK = 57, WE_NOTSUP = 58, WE_NOTTY = 59,
    WE_NXIO = 60, WE_OVERFLOW = 61, WE_OWNERDEAD = 62, WE_PERM = 63, WE_PIPE = 64,
    WE_PROTO = 65, WE_PROTONOSUPPORT = 66, WE_PROTOTYPE = 67, WE_RANGE = 68,
    WE_ROFS = 69, WE_SPIPE = 70, WE_SRCH = 71, WE_STALE = 72, WE_TIMEDOUT = 73,
    WE_TXTBSY = 74, WE_XDEV = 75, WE_NOTCAPABLE = 76
};

/* File types. */
#define FT_UNKNOWN 0
#define FT_BLOCK_DEVICE 1
#define FT_CHARACTER_DEVICE 2
#define FT_DIRECTORY 3
#define FT_REGULAR_FILE 4
#define FT_SOCKET_DGRAM 5
#define FT_SOCKET_STREAM 6
#define FT_SYMBOLIC_LINK 7

/* Rights. */
#define R_FD_DATASYNC (1ull << 0)
#define R_FD_READ (1ull << 1)
#define R_FD_SEEK (1ull << 2)
#define R_FD_FDSTAT_SET_FLAGS (1ull << 3)
#define R_FD_SYNC (1ull << 4)
#define R_FD_TELL (1ull << 5)
#define R_FD_WRITE (1ull << 6)
#define R_FD_ADVISE (1ull << 7)
#define R_FD_ALLOCATE (1ull << 8)
#define R_PATH_CREATE_DIRECTORY (1ull << 9)
#define R_PATH_CREATE_FILE (1ull << 10)
#define R_PATH_LINK_SOURCE (1ull << 11)
#define R_PATH_LINK_TARGET (1ull << 12)
#define R_PATH_OPEN (1ull << 13)
#define R_FD_READDIR (1ull << 14)
#define R_PATH_READLINK (1ull << 15)
#define R_PATH_RENAME_SOURCE (1ull << 16)
#define R_PATH_RENAME_TARGET (1ull << 17)
#define R_PATH_FILESTAT_GET (1ull << 18)
#define R_PATH_FILESTAT_SET_SIZE (1ull << 19)
#define R_PATH_FILESTAT_SET_TIMES (1ull << 20)
#define R_FD_FILESTAT_GET (1ull << 21)
#define R_FD_FILESTAT_SET_SIZE (1ull << 22)
#define R_FD_FILESTAT_SET_TIMES (1ull << 23)
#define R_PATH_SYMLINK (1ull << 24)
#define R_PATH_REMOVE_DIRECTORY (1ull << 25)
#define R_PATH_UNLINK_FILE (1ull << 26)
#define R_POLL_FD_READWRITE (1ull << 27)
#define R_SOCK_SHUTDOWN (1ull << 28)
#define R_SOCK_ACCEPT (1ull << 29)
#define R_ALL ((1ull << 30) - 1)
/* Rights meaningful for a regular file / a directory. */
#define R_FILE                                                                            \
    (R_FD_DATASYNC | R_FD_READ | R_FD_SEEK | R_FD_FDSTAT_SET_FLAGS | R_FD_SYNC |          \
     R_FD_TELL | R_FD_WRITE | R_FD_ADVISE | R_FD_ALLOCATE | R_FD_FILESTAT_GET |           \
     R_FD_FILESTAT_SET_SIZE | R_FD_FILESTAT_SET_TIMES | R_POLL_FD_READWRITE)
#define R_DIR                                                                             \
    (R_FD_FDSTAT_SET_FLAGS | R_FD_SYNC | R_FD_DATASYNC | R_PATH_CREATE_DIRECTORY |        \
     R_PATH_CREATE_FILE | R_PATH_LINK_SOURCE | R_PATH_LINK_TARGET | R_PATH_OPEN |         \
     R_FD_READDIR | R_PATH_READLINK | R_PATH_RENAME_SOURCE | R_PATH_RENAME_TARGET |       \
     R_PATH_FILESTAT_GET | R_PATH_FILESTAT_SET_SIZE | R_PATH_FILESTAT_SET_TIMES |         \
     R_FD_FILESTAT_GET | R_FD_FILESTAT_SET_TIMES | R_PATH_SYMLINK |                       \
     R_PATH_REMOVE_DIRECTORY | R_PATH_UNLINK_FILE | R_POLL_FD_READWRITE)

/* fdflags. */
#define FDF_APPEND 1
#define FDF_DSYNC 2
#define FDF_NONBLOCK 4
#define FDF_RSYNC 8
#define FDF_SYNC 16

/* The type of a stdio stream nobody asked for yet: whether it is a terminal costs a
 * system call, which start-up does not make for streams the guest never inspects. */
#define FT_STDIO_UNASKED 0xff

/* One guest descriptor. */
typedef struct wasi_fd {
    int used;
    int host;          /* Host descriptor. */
    int owned;         /* Close `host` when the guest descriptor is closed. */
    int stdio;         /* An inherited stdio stream (see set_stdio in wasi_core.c). */
    uint8_t type;      /* FT_*, or FT_STDIO_UNASKED (read it with wasi_fd_type) */
    uint64_t rights_base, rights_inh;
    char* preopen;     /* Guest name of a preopened directory, else NULL. */
    /* fd_readdir snapshot: entries are read when the cookie is 0. */
    struct wasi_dirent* dents;
    uint64_t ndents;
} wasi_fd;

/* The descriptor's FT_* type (a stdio stream's is found out on first use). */
uint8_t wasi_fd_type(wasi_fd* f);

typedef struct wasi_dirent {
    uint64_t ino;
    uint8_t type;
    char* name;
} wasi_dirent;

/* With wasi-threads, several threads use one context: `lock` serializes the changes
 * of the table (allocating, closing and renumbering descriptors), and once a thread has
 * been spawned the table is `fixed` (it was grown to WASI_THREADS_FDS entries and never
 * moves again), so calls that only look a descriptor up (and may block in the host, as
 * fd_read or poll_oneoff) need no lock. */
struct w2n_wasi_state {
    wasi_fd* fds;
    uint32_t cap;
    int fixed;
    w2n_mutex lock;
};

#define WASI_THREADS_FDS 1024
/* Makes `ctx` ready for use by several threads (see w2n_wasi_state); 0 or -1 (no
 * memory). */
int wasi_threads_enable(w2n_wasi_ctx* ctx);
void wasi_lock(w2n_wasi_ctx* ctx);
void wasi_unlock(w2n_wasi_ctx* ctx);

/* wasi_core.c */
uint32_t wasi_errno(int host_errno);
/* The context of `inst`, initialized; NULL when host_data is NULL (no WASI context:
 * there are no descriptors, so every fd_* / path_* call answers EBADF). */
w2n_wasi_ctx* wasi_ctx(w2n_instance* inst);
/* The descriptor `fd` of `inst`, or NULL (EBADF). */
wasi_fd* wasi_get_fd(w2n_instance* inst, uint32_t fd);
/* Whether `f` may do an operation needing the rights `need`: WE_SUCCESS, or the errno
 * to return. A stdio stream answers as Wasmtime's: ESPIPE when `need` has FD_SEEK or
 * FD_TELL, EBADF for anything else it lacks. Other descriptors: EBADF when FD_READ or
 * FD_WRITE is missing (Wasmtime's errno on a descriptor not open for it), ENOTCAPABLE
 * for any other missing right. */
uint32_t wasi_need(const wasi_fd* f, uint64_t need);
/* A new descriptor number (lowest free >= 3); -1 when out of memory. */
int wasi_alloc_fd(w2n_wasi_ctx* ctx, uint32_t* out);
/* Release the resources of a descriptor (closes host fd when owned). */
void wasi_release_fd(wasi_fd* f);
void wasi_free_dents(wasi_fd* f);
uint8_t wasi_filetype(mode_t mode);
/* Write a preview1 filestat (64 bytes) or a wasi_unstable one (56 bytes). */
void wasi_put_filestat(uint8_t* p, const struct stat* st, int unstable);

/* Gather guest iovecs; returns count or -1 on a bad pointer. */
#define WASI_MAX_IOVS 128
/* What fd_write and fd_read keep on their own stack (longer lists: see wasi_fd.c). */
#define WASI_FEW_IOVS 8
int wasi_gather(w2n_instance* inst, uint32_t iovs, uint32_t n, struct iovec* out);

static inline void put16(uint8_t* p, uint16_t v) { memcpy(p, &v, 2); }
static inline void put32(uint8_t* p, uint32_t v) { memcpy(p, &v, 4); }
static inline void put64(uint8_t* p, uint64_t v) { memcpy(p, &v, 8); }
static inline uint16_t get16(const uint8_t* p) { uint16_t v; memcpy(&v, p, 2); return v; }
static inline uint32_t get32(const uint8_t* p) { uint32_t v; memcpy(&v, p, 4); return v; }
static inline uint64_t get64(const uint8_t* p) { uint64_t v; memcpy(&v, p, 8); return v; }

/* wasi_path.c */
/* 1 when openat2 is disabled (W2N_WASI_NO_OPENAT2=1 or the kernel lacks it). */
int wasi_no_openat2(void);

int wasi_clock_of(uint32_t id, clockid_t* out);
/* fstflags -> timespec[2] (UTIME_OMIT/UTIME_NOW); -1 on an invalid combination. */
int wasi_times(uint64_t atim, uint64_t mtim, uint32_t fst_flags, struct timespec ts[2]);

/* Public functions used across files. */
uint32_t w2n_import_wasi_snapshot_preview1_fd_filestat_get(w2n_instance* inst, uint32_t fd,
                                                            uint32_t out);

#endif /* W2N_WASI_INTERNAL_H */
