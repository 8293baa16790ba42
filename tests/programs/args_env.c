// Command-line arguments (args_get) and environment (environ_get).
// run: one two3 --four
// env: W2N_TEST_VAR=hello-env
// stdout: argc=4
// stdout: argv[1]=one
// stdout: argv[2]=two3
// stdout: argv[3]=--four
// stdout: W2N_TEST_VAR=hello-env
// stdout: W2N_UNSET_VAR=(null)
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    const char *v = getenv("W2N_TEST_VAR");
    printf("W2N_TEST_VAR=%s\n", v ? v : "(null)");
    const char *u = getenv("W2N_UNSET_VAR");
    printf("W2N_UNSET_VAR=%s\n", u ? u : "(null)");
    return 0;
}
