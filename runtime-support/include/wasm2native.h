/* wasm2native.h: the host/embedder API of the wasm2native runtime (runtime-support).
 *
 * Code compiled by wasm2native is plain native code that follows the binary contract
 * in w2n_abi.h (generated from compiler/src/abi.rs). This header is the hand-written
 * API an embedder (the executable's main(), a test harness, a C/Rust host) uses to
 * create stores, instantiate compiled modules, call their exports, and implement host
 * functions.
 *
 * Threading: a store and everything in it must be used by one thread at a time.
 * Different stores may be used concurrently from different threads. The exception is
 * a shared memory (w2n_memory_new_shared, or a module's `(memory ... shared)`): any
 * number of instances, in stores on different threads, may import and use it at once
 * (memory.grow on it is atomic; it never moves), as long as it outlives them. Its owner
 * store must not be deleted while another thread uses it. memory.atomic.wait/notify
 * work across all threads of the process. A w2n_wasi_ctx may be shared by instances on
 * several threads once wasi-threads has started a thread (the fd table is then locked
 * and fixed in place); before that, one thread at a time. The import
 * `wasi.thread-spawn` (wasi_threads.c) starts a thread with its own store and a new
 * instance of the caller's module bound to the caller's imports.
 *
 * Host functions: a wasm function type `(params) -> (results)` is the C function
 *     ret f(w2n_instance* vmctx, params...)
 * with i32 -> uint32_t, i64 -> uint64_t, f32 -> float, f64 -> double, v128 -> w2n_v128
 * (a 16-byte vector type, passed in vector registers as the C ABI passes it), funcref
 * and externref -> void*. With no result `ret` is void; with one result it is that type;
 * with two or more results `ret` is void and an extra last parameter `w2n_val* results`
 * receives them (one 16-byte slot each). A host function bound to an import receives
 * the *importing* (calling) instance as `vmctx`, so it can reach the caller's memory
 * with w2n_mem() and its embedder data with w2n_instance_host_data().
 * Compiled wasm functions have the same parameters in Cranelift's `tail` calling
 * convention (for tail calls), which C cannot call directly: call them with
 * w2n_call(), whose trampolines convert.
 *
 * `wasm2native compile --header` generates a typed header per module on top of this API
 * (typed imports and instantiation, export wrappers that return trap codes); see
 * "Embedding" in the README. Signals: see "Signals" below.
 */
#ifndef WASM2NATIVE_H
#define WASM2NATIVE_H

#include "w2n_abi.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------------
 * Results
 * ------------------------------------------------------------------------------- */

/* w2n_instantiate succeeded. */
#define W2N_OK 0
/* Linking failed: an import is unknown (resolver returned 0) or has an incompatible
 * type. The error message names the import as "module"."name" and says why; it
 * contains "unknown import" or "incompatible import type". */
#define W2N_ERR_LINK (-1)
/* Instantiation failed after linking: out of memory, or an active data/element
 * segment was out of bounds ("out of bounds memory access" / "out of bounds table
 * access"). */
#define W2N_ERR_INSTANTIATE (-2)
/* The module was compiled for CPU features this processor lacks (see `--cpu`), or for
 * another architecture; nothing was run. The message names the missing features. */
#define W2N_ERR_CPU (-3)

/* The architecture this runtime is built for (a W2N_ARCH_* value; the compiler stores
 * its target's in w2n_module.cpu_arch). */
#if defined(__x86_64__)
#define W2N_HOST_ARCH W2N_ARCH_X86_64
#elif defined(__aarch64__)
#define W2N_HOST_ARCH W2N_ARCH_AARCH64
#elif defined(__riscv) && __riscv_xlen == 64
#define W2N_HOST_ARCH W2N_ARCH_RISCV64
#else
#error "wasm2native: unsupported architecture"
#endif

/* ---------------------------------------------------------------------------------
 * Signals
 *
 * Compiled code traps by executing an illegal instruction (SIGILL; the module lists
 * every such trap site), detects call-stack exhaustion by faulting on the guard
 * region below the stack limit (SIGSEGV, or SIGBUS on some systems), and some of its
 * memory accesses whose bounds check the compiler dropped fault in the guard band
 * (W2N_GUARD_BAND bytes, PROT_NONE) after a linear memory's size (SIGSEGV; the pc is a
 * trap site and the address in a memory of the store). The runtime turns
 * these into trap codes that w2n_call returns, with process-wide handlers for SIGSEGV,
 * SIGBUS and SIGILL (SA_SIGINFO | SA_ONSTACK | SA_NODEFER) and a 64 KiB alternate signal
 * stack per thread that runs guest code (unless the thread already has one).
 *
 * When: at w2n_runtime_init(W2N_INIT_DEFAULT), or else lazily at the first outermost
 * w2n_call (instantiating a module with a start function calls it) of the process
 * (the alternate stack: of each thread). No other signal is involved.
 *
 * Chaining: a fault that is not guest code's (the pc is no trap site of a store running
 * on this thread, or a SIGSEGV's address is in none of its memories; the address is not
 * below the stack limit of a running w2n_call) goes
 * to the handler that was installed before the runtime's, as if the runtime's were not
 * there: its sa_sigaction or sa_handler is called (without its sa_mask or flags); with
 * SIG_DFL or SIG_IGN the default disposition is restored and the fault kills the process
 * as it would have. So install your own handlers *before* the runtime installs its own
 * (before w2n_runtime_init or the first call). A handler installed later replaces the
 * runtime's: it must then pass faults to w2n_handle_signal itself, as below.
 *
 * Opting out: a host that manages these signals itself calls
 * w2n_runtime_init(W2N_INIT_NO_SIGNALS) before anything else; the runtime then installs
 * no handler and no alternate stack, and the host's handlers for SIGSEGV, SIGBUS and
 * SIGILL must call w2n_handle_signal first (on an alternate stack, or stack exhaustion
 * cannot be caught).
 * ------------------------------------------------------------------------------- */

/* w2n_runtime_init flags. */
#define W2N_INIT_DEFAULT 0
/* Install no signal handler and no alternate stack (see above). */
#define W2N_INIT_NO_SIGNALS 1

/* Sets up the runtime: installs the signal handlers now (W2N_INIT_DEFAULT) or never
 * (W2N_INIT_NO_SIGNALS). Optional: without it the handlers are installed by the first
 * w2n_call. Returns 0, or -1 when the request contradicts what was done already
 * (W2N_INIT_NO_SIGNALS after the handlers were installed, or the reverse). Thread-safe. */
int w2n_runtime_init(unsigned flags);

/* For hosts that handle SIGSEGV, SIGBUS and SIGILL themselves: call it first from the
 * handler (installed with SA_SIGINFO), passing the handler's arguments (`info` is the
 * siginfo_t*, `ucontext` the third argument). When the signal is guest code's trap it does
 * not return: it unwinds to the innermost w2n_call, which returns the trap code.
 * Otherwise it returns 0 and the signal is the host's. Async-signal-safe. */
int w2n_handle_signal(int sig, void* info, void* ucontext);

/* ---------------------------------------------------------------------------------
 * Stores
 * ------------------------------------------------------------------------------- */

/* A store: owns instances and standalone memories/tables/globals, and holds the
 * execution state (trap unwinding target, stack limit) of the thread running guest
 * code in it. Its first member is the w2n_store_abi compiled code reads, so a
 * w2n_store* may be used wherever compiled code expects a w2n_store_abi*. */
typedef struct w2n_store w2n_store;

/* Create an empty store. Returns NULL when out of memory. */
w2n_store* w2n_store_new(void);

/* Delete a store and everything created in it (instances, their memories, tables,
 * globals and funcrefs, and standalone objects). Must not be called while guest code
 * of this store is running. NULL is ignored. */
void w2n_store_delete(w2n_store* store);

/* The exit code passed to proc_exit / w2n_exit; valid after a call returned
 * W2N_TRAP_EXIT. */
int w2n_store_exit_code(w2n_store* store);

/* Details of the last W2N_TRAP_HOST trap (the message given to w2n_host_trap), or ""
 * when none. Valid until the next trap in this store. */
const char* w2n_store_host_error(w2n_store* store);

/* ---------------------------------------------------------------------------------
 * Externals: what an import binds to and what an export yields
 * ------------------------------------------------------------------------------- */

typedef struct w2n_extern {
    /* W2N_EXTERN_FUNC, W2N_EXTERN_TABLE, W2N_EXTERN_MEMORY, W2N_EXTERN_GLOBAL or
     * W2N_EXTERN_TAG. */
    uint64_t kind;
    /* FUNC: w2n_funcref* (or NULL when host_fn is set); TABLE: w2n_table*;
     * MEMORY: w2n_memory*; GLOBAL: w2n_global*; TAG: w2n_tag* (type: unused). */
    void* ptr;
    /* FUNC only: a C function with the C ABI (first argument = the calling
     * w2n_instance*; compiled code reaches it through the importing module's adapter,
     * see w2n_funcref.host_fn). Used when `ptr` is NULL. */
    void* host_fn;
    /* FUNC: signature id (see w2n_sig_eq, w2n_sig_id, W2N_SIG_*); required for a host_fn
     * (0 is a link error: the runtime cannot see a C function's type);
     * GLOBAL: W2N_VAL_* | (mutable << 8);
     * TABLE: element type (W2N_VAL_FUNCREF or W2N_VAL_EXTERNREF); MEMORY: unused. */
    uint64_t type;
    /* TABLE/MEMORY: current size (elements / pages). */
    uint64_t min;
    /* TABLE/MEMORY: declared maximum (elements / pages), or W2N_NO_MAX. */
    uint64_t max;
    /* GLOBAL/TABLE of a typed reference type (Wasm 3.0): its canonical type string
     * (compiler/src/types.rs), checked with subtyping at link time; NULL otherwise. */
    const char* ref_type;
} w2n_extern;

/* Import resolver called by w2n_instantiate once per import, in module order. Fill
 * `*out` and return 1 when `imp` is provided, return 0 when it is unknown. `env` is the
 * pointer given to w2n_instantiate. Type compatibility is checked by the runtime. */
typedef int (*w2n_resolver)(void* env, const w2n_import* imp, w2n_extern* out);

/* ---------------------------------------------------------------------------------
 * Instances
 * ------------------------------------------------------------------------------- */

/* Instantiate `module` in `store`, following the spec's order: resolve and type-check
 * every import with `resolver` (may be NULL when there are no imports), create the
 * memories, tables and globals, build the funcrefs, evaluate global initializers, apply
 * the active element segments then the active data segments in order, drop active and
 * declarative segments, then run the start function.
 *
 * `module` must stay valid as long as the store (compiled modules are static data).
 * `host_data` is stored in the instance (see w2n_instance_host_data; executables pass
 * a w2n_wasi_ctx*). On success `*out` receives the instance (owned by the store).
 *
 * Returns W2N_OK, W2N_ERR_LINK, W2N_ERR_INSTANTIATE, W2N_ERR_CPU, or a positive trap code
 * (W2N_TRAP_*) when the start function trapped. On failure `*out` is set to NULL and
 * a NUL-terminated message is written to `err` (if `err_len` > 0); for a trap the
 * message is the trap message. Segments applied before a failure stay applied to
 * imported memories/tables (Wasm 2.0 semantics). */
int w2n_instantiate(w2n_store* store, const w2n_module* module, w2n_resolver resolver,
                    void* env, void* host_data, w2n_instance** out, char* err,
                    size_t err_len);

/* Look up export `name` (NUL-terminated) of `inst`. Returns 1 and fills `*out` when
 * found, 0 otherwise. FUNC exports yield the instance's funcref (in `ptr`) and its
 * signature id; MEMORY/TABLE exports their current size and declared maximum. */
int w2n_instance_export(w2n_instance* inst, const char* name, w2n_extern* out);

/* The `host_data` pointer given to w2n_instantiate. */
void* w2n_instance_host_data(w2n_instance* inst);

/* The store `inst` lives in. */
w2n_store* w2n_instance_store(w2n_instance* inst);

/* ---------------------------------------------------------------------------------
 * Calling guest code
 * ------------------------------------------------------------------------------- */

/* Call `func` through its array-call trampoline: arguments are read from
 * vals[0..nparams] and results written to vals[0..nresults] (scalars in the low bytes
 * of each 16-byte slot; `vals` must have max(nparams, nresults) slots). A function of
 * type [] -> [] without a trampoline is called directly.
 *
 * Returns 0, or the code of the trap that stopped execution (W2N_TRAP_EXIT for
 * proc_exit, see w2n_store_exit_code; W2N_TRAP_HOST for w2n_host_trap, see
 * w2n_store_host_error). Returns W2N_TRAP_INDIRECT_NULL for a NULL `func` and
 * W2N_TRAP_HOST when `func` has no trampoline. Calls nest: a host function called by
 * guest code may call w2n_call again; a trap unwinds to the innermost w2n_call only.
 * Every outermost call sets the store's stack limit from the calling thread's real
 * stack bounds (whatever the depth of the caller), keeping 256 KiB (a quarter of a
 * smaller stack) free for host code: guest recursion traps with
 * W2N_TRAP_STACK_EXHAUSTED, on any thread. */
int w2n_call(w2n_store* store, const w2n_funcref* func, w2n_val* vals);

/* Exceptions. A wasm exception that no wasm handler catches ends the innermost
 * w2n_call, which returns W2N_TRAP_EXCEPTION; w2n_store_exception then gives it (until
 * the next one). An exception thrown by wasm code called back by a host function
 * unwinds through that host function's frames (no C cleanup runs, as with a trap's
 * longjmp) when a wasm handler further out catches it. Exceptions and tags are owned
 * by the store; a tag's identity is its address (w2n_instance_export gives a tag
 * export's w2n_tag* in `ptr`). */
w2n_exn* w2n_store_exception(w2n_store* store);
/* The tag of an exception (NULL for NULL). */
w2n_tag* w2n_exn_tag(const w2n_exn* exn);
/* Copies up to `max` of the exception's values to `out`; returns how many it has. */
size_t w2n_exn_values(const w2n_exn* exn, w2n_val* out, size_t max);
/* A new exception of `tag` with the tag's number of values from `vals` (NULL: zeros),
 * owned by `store` (e.g. to pass as an exnref); NULL when out of memory. */
w2n_exn* w2n_exn_new(w2n_store* store, w2n_tag* tag, const w2n_val* vals);

/* GC (Wasm GC objects live in the store, outside linear memory). What an anyref or
 * externref value `v` is (the instance names the store): */
#define W2N_GC_REF_NULL 0
#define W2N_GC_REF_I31 1     /* an i31ref: (value << 1) | 1 */
#define W2N_GC_REF_STRUCT 2
#define W2N_GC_REF_ARRAY 3
#define W2N_GC_REF_HOSTBOX 4 /* a host value made an anyref (any.convert_extern) */
#define W2N_GC_REF_I31BOX 5  /* an i31 made an externref (extern.convert_any) */
#define W2N_GC_REF_HOST 6    /* not a GC object: a host value */
int w2n_gc_ref_kind(w2n_instance* inst, uint64_t v);
/* A host value as an anyref (what any.convert_extern makes of it); never collects,
 * so a host may make several before a call. Objects a host holds in its own variables
 * are no roots unless rooted (w2n_gc_root): an unrooted one stays valid only until the
 * next call into wasm that allocates (or w2n_gc_collect_store). */
uint64_t w2n_gc_box_host(w2n_instance* inst, uint64_t v);
/* Host roots: until w2n_gc_unroot(store, slot), every collection of `store` reads the
 * anyref or externref in `*slot` (the typed headers' `void*`; a w2n_val's `lo` cast to
 * a pointer) and keeps the object it names alive; null, an i31 or a host value there
 * is left alone. The slot may change in between; the collector never moves objects,
 * so it never rewrites it. Returns 0, or -1 when out of memory. */
int w2n_gc_root(w2n_store* store, void** slot);
/* Ends the root `slot` (the latest one when it was rooted more than once). */
void w2n_gc_unroot(w2n_store* store, void** slot);
/* Collects now. From a host function called by wasm, the wasm frames' references are
 * roots as at any allocation; outside calls, the store's globals, tables, exceptions
 * and the host roots are. */
void w2n_gc_collect_store(w2n_store* store);
/* The host value inside a W2N_GC_REF_HOSTBOX reference. */
uint64_t w2n_gc_unbox(uint64_t v);
/* Number of collections the store's heap has run. */
uint64_t w2n_gc_collections(w2n_store* store);

/* Call the function export `name` of `inst` with w2n_call. Returns -1 when there is no
 * function export of that name. */
int w2n_call_export(w2n_instance* inst, const char* name, w2n_val* vals);

/* Message of trap `code` (W2N_TRAP_MESSAGES), "unknown trap" when out of range. */
const char* w2n_trap_message(int code);

/* One frame of a trap's wasm backtrace. */
typedef struct w2n_frame {
    const w2n_module* module; /* The module of the function. */
    uint32_t func_index;      /* Function index in the module (imported functions count). */
    uint32_t wasm_offset;     /* Module-relative byte offset of the wasm instruction (for a
                                 caller: of its call), as `wasm-objdump -d` shows it. */
    const char* func_name;    /* Name from the name section (NUL-terminated), or NULL. */
} w2n_frame;

/* How many frames of a backtrace a store keeps (the innermost ones). */
#define W2N_TRAP_FRAMES_MAX 64

/* The wasm backtrace of the last trap of `store` (not W2N_TRAP_EXIT), innermost
 * frame first, as Wasmtime reports it: compiled functions only (host functions have no
 * wasm frame; the first frame of a host trap is the wasm function that called the host
 * function). Copies up to `max` frames to `out` and returns the total number of frames
 * (more than W2N_TRAP_FRAMES_MAX are counted, not kept). Valid until the next trap.
 *
 * Frames are found by walking frame pointers from the trap: compiled code always keeps
 * them; for a trap raised in C code (w2n_host_trap, runtime functions) the C functions
 * between the trap and the wasm caller must keep them too (`build` compiles the runtime
 * and `--link` files with -fno-omit-frame-pointer; embedders should do the same for
 * their host functions, or the backtrace may lose its innermost frames). */
size_t w2n_store_trap_frames(w2n_store* store, w2n_frame* out, size_t max);

/* Writes the backtrace of the last trap as Wasmtime prints it ("wasm backtrace:" then
 * one line per frame: index, wasm offset, module!function, with `func[N]` for a
 * function without a name) to `out` (a FILE*). Writes nothing when there is none. */
void w2n_store_print_backtrace(w2n_store* store, void* out);

/* ---------------------------------------------------------------------------------
 * For host functions
 * ------------------------------------------------------------------------------- */

/* End the guest program (WASI proc_exit): records `code` and unwinds to the innermost
 * w2n_call, which returns W2N_TRAP_EXIT. */
W2N_NORETURN void w2n_exit(w2n_instance* inst, int code);

/* Fail the current host function: records `msg` (copied, truncated to 255 bytes) and
 * unwinds to the innermost w2n_call, which returns W2N_TRAP_HOST. */
W2N_NORETURN void w2n_host_trap(w2n_instance* inst, const char* msg);

/* Host view of the guest range [ptr, ptr+len) of `inst`'s memory 0 (the one WASI uses).
 * Returns the native address of guest address `ptr`, or NULL when the range is out of bounds (computed
 * without overflow) or the instance has no memory. Memory bases never move, so the
 * pointer stays valid while the memory's owner lives (growth never invalidates it). */
uint8_t* w2n_mem(w2n_instance* inst, uint64_t ptr, uint64_t len);

/* Like w2n_mem, for memory `index` of `inst` (multiple memories; index 0 is memory 0).
 * NULL when there is no such memory or the range is out of bounds. */
uint8_t* w2n_mem_at(w2n_instance* inst, uint64_t index, uint64_t ptr, uint64_t len);

/* Memory `index` of `inst` (imported memories first, as in the module), or NULL when
 * out of range. The module has inst->module->num_memories memories; memory 0 is also
 * inst->memory. Its `size` is the current size in bytes. */
w2n_memory* w2n_instance_memory(w2n_instance* inst, uint64_t index);

/* 1 when two signature ids denote the same signature (also in w2n_abi.h). */
/* uint32_t w2n_sig_eq(uint64_t a, uint64_t b); */

/* ---------------------------------------------------------------------------------
 * Standalone objects (for embedders that provide memories, tables or globals to
 * imports, e.g. the spec tests' "spectest" module). Owned by the store.
 * ------------------------------------------------------------------------------- */

/* A new memory of `min` pages, growable to `max` pages (W2N_NO_MAX: the implementation
 * limit). Returns NULL when the limits are invalid or on failure. A memory import takes
 * only a memory from here, w2n_memory_new_shared or an instance's export: compiled code
 * relies on the guard band the runtime keeps after its size (a w2n_memory made by hand
 * is refused at instantiation). */
w2n_memory* w2n_memory_new(w2n_store* store, uint64_t min, uint64_t max);

/* A new shared memory (threads: `(memory min max shared)`), which only imports declared
 * `shared` accept. `max` is required (not W2N_NO_MAX). It may be used by instances
 * running on other threads (each thread with its own store): its growth is atomic, and
 * it must outlive them all (it belongs to `store`). */
w2n_memory* w2n_memory_new_shared(w2n_store* store, uint64_t min, uint64_t max);

/* A new table of `min` null elements of `elem_type` (W2N_VAL_FUNCREF/EXTERNREF),
 * growable to `max` (W2N_NO_MAX: the implementation limit). NULL on failure. */
w2n_table* w2n_table_new(w2n_store* store, uint64_t elem_type, uint64_t min, uint64_t max);

/* A new global holding `value` (scalars in the low bytes). NULL on failure. The type
 * is only recorded by the embedder in the w2n_extern it binds. */
w2n_global* w2n_global_new(w2n_store* store, w2n_val value);

/* ---------------------------------------------------------------------------------
 * WASI (preview 1, runtime-support/src/wasi_*.c)
 * ------------------------------------------------------------------------------- */

/* A preopened directory: the host directory `host_path` appears to the guest as a
 * preopen named `guest_path` (fds 3, 4, ... in order). */
typedef struct w2n_wasi_preopen {
    const char* host_path;
    const char* guest_path;
} w2n_wasi_preopen;

/* The WASI context of an instance: pass a pointer to it as `host_data`. The WASI host
 * functions (`w2n_import_wasi_snapshot_preview1_<name>` and the `wasi_unstable`
 * aliases) read it through w2n_instance_host_data. Give each instance its own context:
 * it owns the instance's fd table. Fields after `envp` may be left zero.
 *
 * An instance with a NULL host_data has no WASI context and no WASI state (none is
 * shared between instances): it has no descriptors at all, not even stdio, so every
 * fd_*, path_*, sock_* call and every fd subscription of poll_oneoff answers EBADF;
 * args_* and environ_* report none; clocks, random_get, sched_yield, proc_exit and
 * proc_raise (ENOTSUP) behave as with a context.
 *
 * Descriptors 0-2 are the host's stdio as streams with Wasmtime's rights: FD_READ (fd 0)
 * or FD_WRITE (fds 1-2) only, so the guest can read or write them (and poll them) but
 * not seek, truncate, re-flag or stat the host descriptor, nor open paths beneath it.
 * Every call checks the rights fd_fdstat_get reports (fd_fdstat_set_rights drops them). */
typedef struct w2n_wasi_ctx {
    int argc;    /* Number of program arguments. */
    char** argv; /* Program arguments (argv[0] is the program name). */
    char** envp; /* NULL-terminated "NAME=value" strings, or NULL for none. */
    int npreopens;                     /* Number of preopened directories. */
    const w2n_wasi_preopen* preopens;  /* The preopened directories. */
    struct w2n_wasi_state* state;      /* Private: the fd table (see w2n_wasi_init). */
} w2n_wasi_ctx;

/* Open the preopened directories and set up the fd table (0-2: the host's stdio,
 * 3...: the preopens). Returns 0, or -1 with a message in `err` when a preopen cannot
 * be opened. Called lazily by the first WASI call when the embedder did not. */
int w2n_wasi_init(w2n_wasi_ctx* ctx, char* err, size_t err_len);

/* Close every descriptor of the context's fd table (not the host's stdio). */
void w2n_wasi_free(w2n_wasi_ctx* ctx);

/* Configuration baked into an executable by `wasm2native build --dir/--env` (a
 * generated C file defines the symbol `w2n_exe_wasi`; main.c declares it weak). */
typedef struct w2n_exe_wasi_config {
    int ndirs;
    const w2n_wasi_preopen* dirs;
    int nenv;
    /* "K=V" sets K; "K" (no '=') copies K from the executable's environment, if set. */
    const char* const* env;
    int inherit_env; /* 1: the guest also sees the whole environment of the executable. */
} w2n_exe_wasi_config;

#ifdef __cplusplus
}
#endif

#endif /* WASM2NATIVE_H */
