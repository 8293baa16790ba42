// Clocks, poll_oneoff (relative and absolute clocks, fd_read on a pipe with data,
// fd_write, a regular file, a bad fd, no subscriptions), sched_yield, random_get.
// stdin: ping
// stdout: res_realtime=0 positive=1
// stdout: res_monotonic=0 positive=1
// stdout: res_bad=28
// stdout: time_realtime=0 after_2020=1
// stdout: time_monotonic=0 increasing=1
// stdout: time_process=0
// stdout: time_bad=28
// stdout: time_efault=21
// stdout: poll_clock=0 n=1 userdata=42 error=0 type=0 waited=1
// stdout: poll_abstime=0 n=1 userdata=43 type=0
// stdout: poll_stdin=0 n=1 userdata=7 error=0 type=1 nbytes=5
// stdout: poll_stdout=0 n=1 userdata=8 type=2
// stdout: poll_file=0 n=1 type=1 nbytes=6
// stdout: poll_badfd=0 n=1 error=8
// stdout: poll_none=28
// stdout: sched_yield=0
// stdout: random=0 differ=1 nonzero=1
// stdout: random_empty=0
// stdout: random_efault=21
#include <unistd.h>

#include "check.h"

static __wasi_timestamp_t mono(void) {
    __wasi_timestamp_t t = 0;
    if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t)) return 0;
    return t;
}

int main(void) {
    __wasi_timestamp_t t, t2;
    __wasi_errno_t e;
    e = __wasi_clock_res_get(__WASI_CLOCKID_REALTIME, &t);
    printf("res_realtime=%d positive=%d\n", e, t > 0);
    e = __wasi_clock_res_get(__WASI_CLOCKID_MONOTONIC, &t);
    printf("res_monotonic=%d positive=%d\n", e, t > 0);
    E("res_bad", __wasi_clock_res_get(9, &t));
    e = __wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &t);
    printf("time_realtime=%d after_2020=%d\n", e, t > 1577836800ull * 1000000000ull);
    e = __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t);
    __wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &t2);
    printf("time_monotonic=%d increasing=%d\n", e, t2 >= t);
    E("time_process", __wasi_clock_time_get(__WASI_CLOCKID_PROCESS_CPUTIME_ID, 1, &t));
    E("time_bad", __wasi_clock_time_get(7, 1, &t));
    E("time_efault", __wasi_clock_time_get(0, 1, (__wasi_timestamp_t*)0xFFFFFFFCu));

    __wasi_subscription_t s[2];
    __wasi_event_t ev[2];
    __wasi_size_t n;
    memset(s, 0, sizeof s);
    s[0].userdata = 42;
    s[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    s[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    s[0].u.u.clock.timeout = 20000000; /* 20 ms */
    t = mono();
    e = __wasi_poll_oneoff(s, ev, 1, &n);
    printf("poll_clock=%d n=%lu userdata=%llu error=%d type=%d waited=%d\n", e, (unsigned long)n,
           (unsigned long long)ev[0].userdata, ev[0].error, ev[0].type, mono() - t >= 20000000);
    s[0].userdata = 43;
    s[0].u.u.clock.timeout = mono() + 10000000;
    s[0].u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
    e = __wasi_poll_oneoff(s, ev, 1, &n);
    printf("poll_abstime=%d n=%lu userdata=%llu type=%d\n", e, (unsigned long)n,
           (unsigned long long)ev[0].userdata, ev[0].type);
    /* stdin (a pipe holding "ping\n") and a 10 s timeout: stdin wins. */
    memset(s, 0, sizeof s);
    s[0].userdata = 7;
    s[0].u.tag = __WASI_EVENTTYPE_FD_READ;
    s[0].u.u.fd_read.file_descriptor = 0;
    s[1].userdata = 99;
    s[1].u.tag = __WASI_EVENTTYPE_CLOCK;
    s[1].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    s[1].u.u.clock.timeout = 10000000000ull;
    usleep(50000); /* let the harness write stdin */
    e = __wasi_poll_oneoff(s, ev, 2, &n);
    printf("poll_stdin=%d n=%lu userdata=%llu error=%d type=%d nbytes=%llu\n", e, (unsigned long)n,
           (unsigned long long)ev[0].userdata, ev[0].error, ev[0].type,
           (unsigned long long)ev[0].fd_readwrite.nbytes);
    s[0].userdata = 8;
    s[0].u.tag = __WASI_EVENTTYPE_FD_WRITE;
    s[0].u.u.fd_write.file_descriptor = 1;
    e = __wasi_poll_oneoff(s, ev, 2, &n);
    printf("poll_stdout=%d n=%lu userdata=%llu type=%d\n", e, (unsigned long)n,
           (unsigned long long)ev[0].userdata, ev[0].type);
    make_file("p.txt", "abcdef");
    __wasi_fd_t fd;
    op(SB, "p.txt", 0, __WASI_RIGHTS_FD_READ, 0, &fd);
    s[0].u.tag = __WASI_EVENTTYPE_FD_READ;
    s[0].u.u.fd_read.file_descriptor = fd;
    e = __wasi_poll_oneoff(s, ev, 2, &n);
    printf("poll_file=%d n=%lu type=%d nbytes=%llu\n", e, (unsigned long)n, ev[0].type,
           (unsigned long long)ev[0].fd_readwrite.nbytes);
    s[0].u.u.fd_read.file_descriptor = 99;
    e = __wasi_poll_oneoff(s, ev, 2, &n);
    printf("poll_badfd=%d n=%lu error=%d\n", e, (unsigned long)n, ev[0].error);
    E("poll_none", __wasi_poll_oneoff(s, ev, 0, &n));
    E("sched_yield", __wasi_sched_yield());
    uint8_t a[32], b[32], z[32] = {0};
    e = __wasi_random_get(a, sizeof a);
    __wasi_random_get(b, sizeof b);
    printf("random=%d differ=%d nonzero=%d\n", e, memcmp(a, b, 32) != 0, memcmp(a, z, 32) != 0);
    E("random_empty", __wasi_random_get(a, 0));
    E("random_efault", __wasi_random_get((uint8_t*)0xFFFFFF00u, 1024));
    return 0;
}
