// Copies stdin to stdout (fd_read / fd_write), then reports the byte and line counts
// on stderr.
// stdin: first line
// stdin: second line with more text
// stdin:
// stdin: last
// stdout: first line
// stdout: second line with more text
// stdout:
// stdout: last
// stderr: bytes=44 lines=4
#include <stdio.h>

int main(void) {
    char buf[7]; /* small on purpose: many reads */
    size_t n, total = 0, lines = 0;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
        for (size_t i = 0; i < n; i++) lines += buf[i] == '\n';
        fwrite(buf, 1, n, stdout);
        total += n;
    }
    fflush(stdout);
    fprintf(stderr, "bytes=%zu lines=%zu\n", total, lines);
    return 0;
}
