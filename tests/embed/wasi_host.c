/* wasi_host.c: a WASI command (examples/hello/hello.wasm) embedded through its
 * generated header: its WASI imports are the runtime's own functions, bound by name
 * with WASM2NATIVE_HELLO_LINKED_IMPORTS, and the instance's WASI context is its
 * host_data. */
#include <stdio.h>

#include "hello.h"

int main(void) {
    w2n_store* store = w2n_store_new();
    wasm2native_hello_imports im = WASM2NATIVE_HELLO_LINKED_IMPORTS;
    char* argv[] = {"hello", "from", "c", NULL};
    w2n_wasi_ctx wasi;
    memset(&wasi, 0, sizeof wasi);
    wasi.argc = 3;
    wasi.argv = argv;
    w2n_instance* inst;
    char err[256];
    if (wasm2native_hello_instantiate(store, &im, &wasi, &inst, err, sizeof err) != W2N_OK) {
        printf("instantiate: %s\n", err);
        return 1;
    }
    fflush(stdout);
    int trap = w2n_hello__start(inst);
    printf("_start: trap %d, exit code %d\n", trap, w2n_store_exit_code(store));
    w2n_wasi_free(&wasi);
    w2n_store_delete(store);
    return 0;
}
