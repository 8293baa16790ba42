/* setjmp.h for the lua workload, used by both its builds (wasm32-wasi has no setjmp
 * without the exception-handling proposal): Lua's error unwinding becomes "abort". The
 * benchmark script raises no errors, so protected calls cost the same on both builds. */
#ifndef W2N_BENCH_SETJMP_H
#define W2N_BENCH_SETJMP_H
#include <stdlib.h>
typedef int jmp_buf[1];
#define setjmp(b) ((void)(b), 0)
#define longjmp(b, v) ((void)(b), (void)(v), abort())
#endif
