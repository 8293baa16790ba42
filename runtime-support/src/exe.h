/* exe.h: what main.c (every executable) and run_cache.c (executables of `wasm2native
 * run`'s cache only) share. */
#ifndef W2N_EXE_H
#define W2N_EXE_H

#include "internal.h"

/* The first argument of a run-cache executable started by `wasm2native run`. */
#define W2N_RUN_CACHE_ARG "--w2n-run-cache"

/* What an executable does once the module is instantiated instead of calling its entry
 * (run --invoke): returns the exit code. */
typedef int (*w2n_exe_after_fn)(w2n_store* store, w2n_instance* inst, const void* arg);

/* Instantiates w2n_main_module with WASI (the guest's argv `gargv`, settings `cfg`),
 * then calls `after` (when not NULL) or the entry point. Returns the exit code. */
int w2n_exe_run(int gargc, char** gargv, const w2n_exe_wasi_config* cfg,
                w2n_exe_after_fn after, const void* after_arg);

/* Prints a trap and its backtrace; returns the exit code (134). */
int w2n_exe_report_trap(w2n_store* store, int code);

/* run_cache.c: main() of a run-cache executable started with W2N_RUN_CACHE_ARG. */
int w2n_run_cache_main(int argc, char** argv);

#endif
