#include <stdio.h>
#include <stdlib.h>
static void at(void) { puts("atexit ran"); }
int main(void) {
    atexit(at);
    printf("buffered before exit");  /* no newline: must be flushed by exit() */
    exit(5);
}
