/* Start-up benchmark: prints one line through stdio. */
#include <stdio.h>

int main(void) {
    puts("hello, world");
    return 0;
}
