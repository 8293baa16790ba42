/* Interface between main.c and wasi_shim.c (see wasi_shim.c). */
#ifndef WASI_SHIM_H_
#define WASI_SHIM_H_

#include "wasm-rt.h"

struct Z_wasi_snapshot_preview1_instance_t;

/* Records argv for args_get and inspects fds 0-2; returns the WASI "instance"
 * to pass to Z_module_instantiate. */
struct Z_wasi_snapshot_preview1_instance_t* wasi_shim_init(int argc, char** argv);

/* The guest memory that WASI pointers refer to (the module's exported memory). */
void wasi_shim_set_memory(wasm_rt_memory_t* mem);

#endif
