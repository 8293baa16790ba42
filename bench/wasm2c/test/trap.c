#include <stdio.h>
#include <stdlib.h>
int main(int argc, char** argv) {
    puts("before trap");
    fflush(stdout);
    if (argc > 1 && argv[1][0] == 'o') {
        volatile int* p = (int*)0xfffffff0u; /* beyond linear memory */
        return *p;
    }
    if (argc > 1 && argv[1][0] == 'd') {
        volatile int z = 0;
        return 10 / z;
    }
    __builtin_trap();
}
