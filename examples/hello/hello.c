/* A small WASI program: greets, then lists its command-line arguments.
 * Rebuild hello.wasm with ./build.sh; run it natively with
 *   wasm2native build examples/hello/hello.wasm -o target/hello && target/hello a b c */
#include <stdio.h>

int main(int argc, char **argv) {
    printf("Hello from WebAssembly, compiled ahead of time to native code!\n");
    if (argc <= 1) {
        printf("(no arguments; try: %s one two three)\n", argc > 0 ? argv[0] : "hello");
    }
    for (int i = 1; i < argc; i++) {
        printf("arg %d: %s\n", i, argv[i]);
    }
    return 0;
}
