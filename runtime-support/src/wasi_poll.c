/* wasi_poll.c: poll_oneoff and the sock_* functions. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "wasi_internal.h"

#define EV_CLOCK 0
#define EV_FD_READ 1
#define EV_FD_WRITE 2
#define SUBCLOCK_ABSTIME 1
#define EVRW_HANGUP 1

int wasi_clock_of(uint32_t id, clockid_t* out);

static uint64_t now_ns(clockid_t c) {
    struct timespec ts;
    clock_gettime(c, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Layout of a subscription: preview1 has (clock id u32 @16, timeout @24, precision
 * @32, flags @40); wasi_unstable has an extra `identifier` u64 at @16 and everything
 * after shifted by 8 (subscription size 56 instead of 48). */
uint32_t wasi_poll_oneoff(w2n_instance* inst, uint32_t in, uint32_t out, uint32_t nsubs,
                          uint32_t nevents_ptr, int unstable) {
    const uint32_t ssz = unstable ? 56 : 48;
    const uint8_t* subs = w2n_mem(inst, in, (uint64_t)nsubs * ssz);
    uint8_t* evs = w2n_mem(inst, out, (uint64_t)nsubs * 32);
    uint8_t* nev = w2n_mem(inst, nevents_ptr, 4);
    if (!subs || !evs || !nev) return WE_FAULT;
    if (nsubs == 0) return WE_INVAL;
    struct pollfd* pfds = calloc(nsubs, sizeof *pfds);
    int* pidx = calloc(nsubs, sizeof *pidx);
    uint64_t* deadline = calloc(nsubs, sizeof *deadline); /* CLOCK_MONOTONIC ns */
    if (!pfds || !pidx || !deadline) {
        free(pfds);
        free(pidx);
        free(deadline);
        return WE_NOMEM;
    }
    uint32_t nout = 0, npfd = 0;
    uint64_t earliest = UINT64_MAX;
    int have_clock = 0;
    uint64_t mono = now_ns(CLOCK_MONOTONIC);
#define EMIT(sub, type, err, nbytes, flags)                                               \
    do {                                                                                 \
        uint8_t* e_ = evs + 32 * (uint64_t)nout++;                                       \
        memset(e_, 0, 32);                                                               \
        memcpy(e_, (sub), 8);                                                            \
        put16(e_ + 8, (uint16_t)(err));                                                  \
        e_[10] = (uint8_t)(type);                                                        \
        put64(e_ + 16, (nbytes));                                                        \
        put16(e_ + 24, (uint16_t)(flags));                                               \
    } while (0)
    for (uint32_t i = 0; i < nsubs; i++) {
        const uint8_t* s = subs + (uint64_t)i * ssz;
        uint8_t tag = s[8];
        const uint8_t* u = s + 16;
        pidx[i] = -1;
        deadline[i] = UINT64_MAX;
        if (tag == EV_CLOCK) {
            if (unstable) u += 8;
            uint32_t id = get32(u);
            uint64_t timeout = get64(u + 8);
            uint16_t flags = get16(u + 24);
            clockid_t c;
            if (wasi_clock_of(id, &c) != 0) {
                EMIT(s, EV_CLOCK, WE_INVAL, 0, 0);
                continue;
            }
            uint64_t rel;
            if (flags & SUBCLOCK_ABSTIME) {
                uint64_t now = now_ns(c);
                rel = timeout > now ? timeout - now : 0;
            } else {
                rel = timeout;
            }
            deadline[i] = rel > UINT64_MAX - mono ? UINT64_MAX - 1 : mono + rel;
            if (deadline[i] < earliest) earliest = deadline[i];
            have_clock = 1;
        } else if (tag == EV_FD_READ || tag == EV_FD_WRITE) {
            wasi_fd* f = wasi_get_fd(inst, get32(u));
            if (!f) {
                EMIT(s, tag, WE_BADF, 0, 0);
                continue;
            }
            /* A stdio stream polled the other way (stdin for writing, stdout for
             * reading): Wasmtime fails the whole call with EBADF. */
            if (f->stdio && wasi_need(f, tag == EV_FD_READ ? R_FD_READ : R_FD_WRITE)) {
                free(pfds);
                free(pidx);
                free(deadline);
                return WE_BADF;
            }
            if (f->type == FT_REGULAR_FILE) { /* always ready */
                uint64_t nbytes = 0;
                if (tag == EV_FD_READ) {
                    struct stat st;
                    off_t cur = lseek(f->host, 0, SEEK_CUR);
                    if (fstat(f->host, &st) == 0 && cur >= 0 && st.st_size > cur)
                        nbytes = (uint64_t)(st.st_size - cur);
                }
                EMIT(s, tag, 0, nbytes, 0);
                continue;
            }
            if (f->type == FT_DIRECTORY) {
                EMIT(s, tag, WE_BADF, 0, 0);
                continue;
            }
            pfds[npfd].fd = f->host;
            pfds[npfd].events = tag == EV_FD_READ ? POLLIN : POLLOUT;
            pidx[i] = (int)npfd++;
        } else {
            EMIT(s, tag, WE_INVAL, 0, 0);
        }
    }
    uint32_t err = WE_SUCCESS;
    if (nout == 0) {
        for (;;) {
            int timeout_ms = -1;
            if (have_clock) {
                uint64_t now = now_ns(CLOCK_MONOTONIC);
                uint64_t left = earliest > now ? earliest - now : 0;
                struct timespec ts = {(time_t)(left / 1000000000u), (long)(left % 1000000000u)};
                if (npfd == 0) {
                    if (left > 0 && clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, NULL) == EINTR)
                        continue;
                    break;
                }
                timeout_ms = (int)(left / 1000000u) + (left % 1000000u ? 1 : 0);
                if (left / 1000000u > INT32_MAX) timeout_ms = INT32_MAX;
            }
            int r = poll(pfds, npfd, timeout_ms);
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) err = wasi_errno(errno);
            break;
        }
        if (!err) {
            uint64_t now = now_ns(CLOCK_MONOTONIC);
            for (uint32_t i = 0; i < nsubs; i++) {
                const uint8_t* s = subs + (uint64_t)i * ssz;
                uint8_t tag = s[8];
                if (tag == EV_CLOCK && deadline[i] != UINT64_MAX && deadline[i] <= now) {
                    EMIT(s, EV_CLOCK, 0, 0, 0);
                } else if (pidx[i] >= 0 && pfds[pidx[i]].revents) {
                    short re = pfds[pidx[i]].revents;
                    uint64_t nbytes = 0;
                    int avail = 0;
                    if (tag == EV_FD_READ && ioctl(pfds[pidx[i]].fd, FIONREAD, &avail) == 0 &&
                        avail > 0)
                        nbytes = (uint64_t)avail;
                    if (re & POLLNVAL) EMIT(s, tag, WE_BADF, 0, 0);
                    else if (re & POLLERR && !(re & (POLLIN | POLLOUT)))
                        EMIT(s, tag, WE_IO, 0, 0);
                    else EMIT(s, tag, 0, nbytes, (re & POLLHUP) ? EVRW_HANGUP : 0);
                }
            }
        }
    }
#undef EMIT
    free(pfds);
    free(pidx);
    free(deadline);
    if (err) return err;
    put32(nev, nout);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_poll_oneoff(w2n_instance* inst, uint32_t in,
                                                        uint32_t out, uint32_t nsubs,
                                                        uint32_t nevents) {
    return wasi_poll_oneoff(inst, in, out, nsubs, nevents, 0);
}

/* ---- sockets: only descriptors that are host sockets ------------------------------
 * stdio is never one, whatever the host descriptor is (as Wasmtime 49: ENOTSOCK), so
 * that a guest cannot shut down or accept on a socket its parent holds. */

static uint32_t sock_fd(w2n_instance* inst, uint32_t fd, int* host) {
    wasi_fd* f = wasi_get_fd(inst, fd);
    if (!f) return WE_BADF;
    if (f->stdio) return WE_NOTSOCK;
    struct stat st;
    if (fstat(f->host, &st) != 0) return wasi_errno(errno);
    if (!S_ISSOCK(st.st_mode)) return WE_NOTSOCK;
    *host = f->host;
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_sock_accept(w2n_instance* inst, uint32_t fd,
                                                        uint32_t flags, uint32_t out) {
    int h;
    uint32_t e = sock_fd(inst, fd, &h);
    if (e) return e;
    uint8_t* o = w2n_mem(inst, out, 4);
    if (!o) return WE_FAULT;
    if (flags & ~(uint32_t)FDF_NONBLOCK) return WE_INVAL;
    int c = accept4(h, NULL, NULL, SOCK_CLOEXEC | ((flags & FDF_NONBLOCK) ? SOCK_NONBLOCK : 0));
    if (c < 0) return wasi_errno(errno);
    w2n_wasi_ctx* ctx = wasi_ctx(inst);
    uint32_t n;
    if (wasi_alloc_fd(ctx, &n) != 0) {
        close(c);
        return WE_NFILE;
    }
    wasi_fd* f = &ctx->state->fds[n];
    f->used = 1;
    f->host = c;
    f->owned = 1;
    f->type = FT_SOCKET_STREAM;
    f->rights_base = R_FD_READ | R_FD_WRITE | R_FD_FDSTAT_SET_FLAGS | R_FD_FILESTAT_GET |
                     R_POLL_FD_READWRITE | R_SOCK_SHUTDOWN;
    f->rights_inh = 0;
    put32(o, n);
    return WE_SUCCESS;
}

#define RIFLAGS_PEEK 1
#define RIFLAGS_WAITALL 2
#define ROFLAGS_DATA_TRUNCATED 1

uint32_t w2n_import_wasi_snapshot_preview1_sock_recv(w2n_instance* inst, uint32_t fd,
                                                      uint32_t iovs, uint32_t iovs_len,
                                                      uint32_t ri_flags, uint32_t ro_len,
                                                      uint32_t ro_flags) {
    int h;
    uint32_t e = sock_fd(inst, fd, &h);
    if (e) return e;
    struct iovec v[WASI_MAX_IOVS];
    int n = wasi_gather(inst, iovs, iovs_len, v);
    uint8_t* ol = w2n_mem(inst, ro_len, 4);
    uint8_t* of = w2n_mem(inst, ro_flags, 2);
    if (n < 0 || !ol || !of) return WE_FAULT;
    if (ri_flags & ~3u) return WE_INVAL;
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = v;
    m.msg_iovlen = (size_t)n;
    int fl = ((ri_flags & RIFLAGS_PEEK) ? MSG_PEEK : 0) | ((ri_flags & RIFLAGS_WAITALL) ? MSG_WAITALL : 0);
    ssize_t r;
    do r = recvmsg(h, &m, fl);
    while (r < 0 && errno == EINTR);
    if (r < 0) return wasi_errno(errno);
    put32(ol, (uint32_t)r);
    put16(of, (m.msg_flags & MSG_TRUNC) ? ROFLAGS_DATA_TRUNCATED : 0);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_sock_send(w2n_instance* inst, uint32_t fd,
                                                      uint32_t iovs, uint32_t iovs_len,
                                                      uint32_t si_flags, uint32_t so_len) {
    int h;
    uint32_t e = sock_fd(inst, fd, &h);
    if (e) return e;
    struct iovec v[WASI_MAX_IOVS];
    int n = wasi_gather(inst, iovs, iovs_len, v);
    uint8_t* ol = w2n_mem(inst, so_len, 4);
    if (n < 0 || !ol) return WE_FAULT;
    if (si_flags != 0) return WE_INVAL;
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = v;
    m.msg_iovlen = (size_t)n;
    ssize_t r;
    do r = sendmsg(h, &m, MSG_NOSIGNAL);
    while (r < 0 && errno == EINTR);
    if (r < 0) return wasi_errno(errno);
    put32(ol, (uint32_t)r);
    return WE_SUCCESS;
}

uint32_t w2n_import_wasi_snapshot_preview1_sock_shutdown(w2n_instance* inst, uint32_t fd,
                                                          uint32_t how) {
    int h;
    uint32_t e = sock_fd(inst, fd, &h);
    if (e) return e;
    int hw;
    switch (how) {
    case 1: hw = SHUT_RD; break;
    case 2: hw = SHUT_WR; break;
    case 3: hw = SHUT_RDWR; break;
    default: return WE_INVAL;
    }
    if (shutdown(h, hw) != 0) return wasi_errno(errno);
    return WE_SUCCESS;
}
