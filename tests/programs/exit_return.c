// The value returned from main is the exit code (proc_exit).
// exit: 3
// stdout: returning 3
#include <stdio.h>

int main(void) {
    printf("returning 3\n");
    return 3;
}
