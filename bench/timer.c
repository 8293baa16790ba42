/* timer.c: runs several commands interleaved and reports each run's wall time,
 * peak RSS and CPU time, with the least overhead a measuring process can add (posix_spawn +
 * wait4, no shell, child output to /dev/null).
 *
 *   timer ROUNDS CMD1 [ARGS...] -- CMD2 [ARGS...] -- ...
 *
 * Round r runs CMD1, CMD2, ... once each, in a rotated order (so none always runs
 * first, right after another command warmed or polluted the caches). Output: one
 * line per run, "CMD_INDEX WALL_NS MAXRSS_KB EXIT_STATUS CPU_NS"
 * (CPU: the child's user + system time from wait4, all its threads), for scripts/bench to
 * summarize. A command that fails (non-zero exit or signal) is reported as such;
 * the caller decides what that means.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char** environ;

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char** argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: timer ROUNDS CMD [ARGS...] [-- CMD [ARGS...]]...\n");
        return 2;
    }
    int rounds = atoi(argv[1]);
    char*** cmds = calloc((size_t)argc, sizeof *cmds);
    int ncmds = 0;
    cmds[ncmds++] = &argv[2];
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            argv[i] = NULL;
            if (i + 1 < argc) cmds[ncmds++] = &argv[i + 1];
        }
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < ncmds; k++) {
            int c = (k + r) % ncmds;
            pid_t pid;
            long long t0 = now_ns();
            if (posix_spawn(&pid, cmds[c][0], &fa, NULL, cmds[c], environ) != 0) {
                perror(cmds[c][0]);
                return 1;
            }
            int status;
            struct rusage ru;
            if (wait4(pid, &status, 0, &ru) < 0) {
                perror("wait4");
                return 1;
            }
            long long t1 = now_ns();
            int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            long long cpu = ((long long)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000LL +
                            ((long long)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000LL;
            printf("%d %lld %ld %d %lld\n", c, t1 - t0, ru.ru_maxrss, code, cpu);
        }
    }
    return 0;
}
