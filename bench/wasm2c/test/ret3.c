#include <stdio.h>
int main(void) {
    puts("returning 3");
    return 3;
}
