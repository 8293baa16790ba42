/* wasi_noctx.c: instances without a WASI context share no state (run by run.sh).
 *
 * Two instances instantiated with a NULL host_data have no WASI descriptors at all: one
 * closing fd 1 gets EBADF and cannot affect the other (there used to be one static
 * context, with the host's stdio, shared by every such instance: the first fd_close(1)
 * succeeded and broke the other's stdout). An instance with its own context keeps its
 * stdio whatever the others do. */
#include <stdio.h>
#include <string.h>

#include "wasm2native.h"

uint32_t w2n_import_wasi_snapshot_preview1_fd_write(w2n_instance*, uint32_t, uint32_t, uint32_t,
                                                     uint32_t);
uint32_t w2n_import_wasi_snapshot_preview1_fd_close(w2n_instance*, uint32_t);
uint32_t w2n_import_wasi_snapshot_preview1_fd_fdstat_get(w2n_instance*, uint32_t, uint32_t);
uint32_t w2n_import_wasi_snapshot_preview1_fd_prestat_get(w2n_instance*, uint32_t, uint32_t);
uint32_t w2n_import_wasi_snapshot_preview1_path_open(w2n_instance*, uint32_t, uint32_t,
                                                      uint32_t, uint32_t, uint32_t, uint64_t,
                                                      uint64_t, uint32_t, uint32_t);
uint32_t w2n_import_wasi_snapshot_preview1_args_sizes_get(w2n_instance*, uint32_t, uint32_t);
uint32_t w2n_import_wasi_snapshot_preview1_environ_sizes_get(w2n_instance*, uint32_t,
                                                              uint32_t);

static const w2n_memory_def memories[] = {{1, W2N_NO_MAX, 0, 0}};
static const w2n_module module = {
    .magic = W2N_INSTANCE_MAGIC,
    .abi_version = W2N_ABI_VERSION,
    .cpu_arch = W2N_HOST_ARCH,
    .name = "wasi_noctx",
    .num_memories = 1,
    .memories = memories,
    .start_func = W2N_NONE,
};

static int failed;
#define CHECK(c)                                                                          \
    do {                                                                                  \
        if (!(c)) {                                                                       \
            fprintf(stderr, "wasi_noctx: %s:%d: %s\n", __FILE__, __LINE__, #c);           \
            failed++;                                                                     \
        }                                                                                 \
    } while (0)

/* fd_write(fd, "") with the iovec at 0 and the count at 16: the errno. */
static uint32_t write_empty(w2n_instance* inst, uint32_t fd) {
    uint8_t* m = w2n_mem(inst, 0, 8);
    memset(m, 0, 8);
    return w2n_import_wasi_snapshot_preview1_fd_write(inst, fd, 0, 1, 16);
}

int main(void) {
    char err[256];
    w2n_store* s = w2n_store_new();
    w2n_instance *a = NULL, *b = NULL, *c = NULL;
    char* argv[] = {"c", NULL};
    w2n_wasi_ctx ctx = {1, argv, NULL, 0, NULL, NULL};
    if (!s || w2n_instantiate(s, &module, NULL, NULL, NULL, &a, err, sizeof err) != W2N_OK ||
        w2n_instantiate(s, &module, NULL, NULL, NULL, &b, err, sizeof err) != W2N_OK ||
        w2n_instantiate(s, &module, NULL, NULL, &ctx, &c, err, sizeof err) != W2N_OK) {
        fprintf(stderr, "wasi_noctx: instantiate: %s\n", err);
        return 1;
    }
    /* No context: no descriptors (EBADF = 8), no arguments, no environment. */
    CHECK(w2n_import_wasi_snapshot_preview1_fd_close(a, 1) == 8);
    CHECK(w2n_import_wasi_snapshot_preview1_fd_fdstat_get(a, 0, 64) == 8);
    CHECK(write_empty(a, 1) == 8);
    CHECK(w2n_import_wasi_snapshot_preview1_fd_prestat_get(a, 3, 64) == 8);
    CHECK(w2n_import_wasi_snapshot_preview1_path_open(a, 3, 0, 64, 1, 0, 2, 2, 0, 72) == 8);
    uint8_t* m = w2n_mem(a, 64, 8);
    memset(m, 0xFF, 8);
    CHECK(w2n_import_wasi_snapshot_preview1_args_sizes_get(a, 64, 68) == 0);
    CHECK(m[0] == 0 && m[4] == 0);
    memset(m, 0xFF, 8);
    CHECK(w2n_import_wasi_snapshot_preview1_environ_sizes_get(a, 64, 68) == 0);
    CHECK(m[0] == 0 && m[4] == 0);
    /* The other context-less instance is no different, and nothing A did reached it. */
    CHECK(w2n_import_wasi_snapshot_preview1_fd_close(b, 1) == 8);
    CHECK(write_empty(b, 2) == 8);
    /* An instance with its own context has its stdio, whatever A and B did. */
    CHECK(w2n_import_wasi_snapshot_preview1_fd_fdstat_get(c, 1, 64) == 0);
    CHECK(write_empty(c, 1) == 0);
    CHECK(w2n_import_wasi_snapshot_preview1_fd_close(c, 1) == 0);
    CHECK(write_empty(c, 1) == 8);
    CHECK(w2n_import_wasi_snapshot_preview1_fd_fdstat_get(c, 2, 64) == 0);
    CHECK(w2n_import_wasi_snapshot_preview1_args_sizes_get(c, 64, 68) == 0);
    CHECK(w2n_mem(c, 64, 1)[0] == 1);
    w2n_store_delete(s);
    w2n_wasi_free(&ctx);
    printf("wasi_noctx: %s\n", failed ? "FAILED" : "ok");
    return failed != 0;
}
