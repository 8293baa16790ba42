// The classic: printf through wasi-libc (fd_write).
// stdout: hello 42
#include <stdio.h>

int main(void) {
    printf("hello %d\n", 42);
    return 0;
}
