// exit() from a nested call ends the program at once with that code; stdio is flushed.
// exit: 7
// stdout: before exit
#include <stdio.h>
#include <stdlib.h>

static void leave(int code) {
    printf("before exit\n");
    exit(code);
}

int main(void) {
    leave(7);
    printf("after exit\n");
    return 0;
}
