/*
 * Entry point for a WASI command translated by wasm2c (`wasm2c -n module`):
 * instantiates the module with the WASI shim as its only import provider and
 * calls the export `_start`.
 *
 * Exit status: 0 when _start returns, the proc_exit code when the guest calls
 * proc_exit (wasi-libc does so when main returns non-zero or on exit()), and
 * 134 after printing "wasm trap: <reason>" on stderr when the guest traps
 * (the same convention as wasm2native executables).
 */
#include <stdio.h>

#include "module.h"
#include "wasi_shim.h"
#include "wasm-rt-impl.h"

static Z_module_instance_t g_instance;

int main(int argc, char** argv) {
    struct Z_wasi_snapshot_preview1_instance_t* wasi = wasi_shim_init(argc, argv);
    wasm_rt_init();
    Z_module_init_module();
    wasm_rt_trap_t trap = (wasm_rt_trap_t)wasm_rt_impl_try();
    if (trap != WASM_RT_TRAP_NONE) {
        fflush(stdout);
        fprintf(stderr, "wasm trap: %s\n", wasm_rt_strerror(trap));
        return 134;
    }
    /* The export accessor returns the address of the instance's memory field, valid
     * before instantiation (so a start function could already use WASI). */
    wasi_shim_set_memory(Z_moduleZ_memory(&g_instance));
    /* Active-segment initialisation can trap too, hence inside the try. */
    Z_module_instantiate(&g_instance, wasi);
    Z_moduleZ__start(&g_instance);
    return 0;
}
