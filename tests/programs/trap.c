// __builtin_trap() compiles to `unreachable`: the program traps with exit code 134
// after the output written before it.
// exit: 134
// stdout: about to trap
// stderr: wasm trap: unreachable
#include <stdio.h>

int main(void) {
    printf("about to trap\n");
    fflush(stdout);
    __builtin_trap();
    printf("not reached\n");
    return 0;
}
