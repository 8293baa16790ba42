/* internal.h: private layout of stores and instances shared by the runtime's files. */
#ifndef W2N_INTERNAL_H
#define W2N_INTERNAL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "wasm2native.h"

/* A standalone object owned by a store (w2n_memory_new & co). */
typedef struct w2n_owned {
    struct w2n_owned* next;
    uint64_t kind; /* W2N_EXTERN_MEMORY, W2N_EXTERN_TABLE or W2N_EXTERN_GLOBAL. */
    union {
        w2n_memory memory;
        w2n_table table;
        w2n_global global;
    } u;
} w2n_owned;

/* A w2n_call in progress (innermost first): what ends it when an exception unwinds
 * past its frame. */
typedef struct w2n_call_rec {
    struct w2n_call_rec* prev; /* The store's next outer w2n_call. */
    jmp_buf* prev_jmp;
    struct w2n_store* prev_active;
    uintptr_t fp; /* The w2n_call's frame. */
    struct w2n_call_rec* thread_prev; /* The thread's next outer w2n_call, any store. */
    struct w2n_store* store;
} w2n_call_rec;

/* What a store keeps of its last trap: written only when one happens, so it lives
 * apart from the store (w2n_calloc_cold), and the store's other fields and the rest of
 * an executable's start-up allocations share the start-up arena's first page (1.8 KB
 * between them took one page more). */
typedef struct w2n_trap_rec {
    char host_error[256];                  /* Message of the last w2n_host_trap. */
    w2n_frame frames[W2N_TRAP_FRAMES_MAX]; /* The last trap's innermost frames. */
} w2n_trap_rec;

struct w2n_store {
    w2n_store_abi abi;           /* Must be first: compiled code reads stack_limit. */
    jmp_buf* jmp;                /* Innermost active w2n_call, NULL when none. */
    int trap;                    /* Code of the trap being delivered. */
    int exit_code;               /* Set by w2n_exit. */
    int depth;                   /* Nesting depth of w2n_call. */
    int limit_valid;             /* abi.stack_limit was set by an outermost w2n_call. */
    struct w2n_inst* instances;  /* Every instance, newest first. */
    w2n_owned* owned;            /* Standalone objects. */
    w2n_trap_rec* rec;           /* Message and frames of the last trap (w2n_calloc_cold). */
    uintptr_t entry_fp;          /* Frame of the outermost active w2n_call (backtraces stop there). */
    size_t num_frames;           /* Frames of the last trap's backtrace (may exceed the array). */
    w2n_call_rec* calls;         /* Active w2n_calls, innermost first. */
    w2n_exn* exns;               /* Every exception allocated (freed with the store). */
    w2n_exn* exn;                /* The exception of the last W2N_TRAP_EXCEPTION. */
    struct w2n_gc_heap* gc;      /* GC objects (gc.c), created on first allocation. */
    void (*gc_heap_free)(struct w2n_store*); /* Frees `gc` (set with it). */
};

/* The allocation behind a w2n_instance*: the ABI header, then private state. */
typedef struct w2n_inst {
    w2n_instance pub;            /* Must be first. */
    struct w2n_inst* next;       /* Next instance of the store. */
    w2n_store* store;
    w2n_memory* own_memories;    /* Storage of the defined memories other than memory0. */
    uint64_t num_own_memories;   /* Number of entries of own_memories. */
    uint64_t* mem_decl_max;      /* Declared maximum of each memory (pages) or W2N_NO_MAX. */
    uint64_t* table_decl_max;    /* Declared maximum of each table, or W2N_NO_MAX. */
    w2n_table* own_tables;       /* Storage of the defined tables. */
    uint64_t num_own_tables;     /* Number of entries of own_tables. */
    w2n_global* own_globals;     /* Cells of the defined globals: the start of this allocation. */
    w2n_funcref* own_funcs;      /* Storage of funcrefs (defined functions, host imports). */
    uint8_t* data_dropped;       /* Per data segment: 1 when dropped. */
    uint8_t* elem_dropped;       /* Per element segment: 1 when dropped. */
    w2n_tag* own_tags;           /* Storage of the defined tags. */
    void*** elem_items;          /* GC: per element segment, its items once evaluated (or NULL). */
    void* map;                   /* mem0_offset: the reservation holding this allocation and
                                  * memory 0 (w2n_instance_map), else NULL. */
    uint64_t map_len;            /* Its length. */
} w2n_inst;
W2N_STATIC_ASSERT(sizeof(w2n_inst) <= W2N_MEM0_GLOBALS, "the instance fits before its globals");

static inline w2n_inst* w2n_priv(w2n_instance* inst) { return (w2n_inst*)inst; }
static inline w2n_store* w2n_store_of(w2n_instance* inst) { return (w2n_store*)inst->store; }

/* fmt.c: printf for the runtime's messages without the C library's vfprintf (%s, %.*s,
 * %d, %i, %u, %x, %c, %%; width, `-` and `0`; l, ll, z): the same results. */
int w2n_vsnprintf(char* buf, size_t len, const char* fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
int w2n_snprintf(char* buf, size_t len, const char* fmt, ...)
    __attribute__((format(printf, 3, 4)));
int w2n_fprintf(FILE* f, const char* fmt, ...) __attribute__((format(printf, 2, 3)));

/* memory.c */
/* Reserve address space for `max_pages` pages and make `min_pages` accessible.
 * Returns 0 on success, -1 on failure. */
/* 0 when this CPU can run `m`'s code; otherwise -1 with the reason in `err`. */
int w2n_cpu_check(const w2n_module* m, char* err, size_t err_len);

/* Big zero-initialized static arrays (the start-up arena, the alternate signal stack)
 * are placed after every other variable (GCC on x86_64: the linker's .lbss, after
 * .bss), so that the small variables start-up touches, the C library's included, share
 * fewer pages: each first touch is a page fault. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define W2N_LARGE_BSS(name) __attribute__((section(".lbss.w2n_" name)))
#else
#define W2N_LARGE_BSS(name)
#endif

/* Zeroed memory for what usually lives as long as the process (an executable's store,
 * instance, WASI state, tables): from a static arena while it lasts, so that a
 * start-up calls no malloc (musl's first one costs about 15 us: brk, mmaps and their
 * page faults), then calloc. Released with w2n_free (a no-op in the arena), grown
 * with w2n_realloc (which copies out of the arena). */
void* w2n_calloc(size_t n, size_t size);
/* The same for memory that is rarely written (a store's trap record): from the end of
 * the arena, away from w2n_calloc's, so that it takes no place among what start-up
 * writes; released with w2n_free. */
void* w2n_calloc_cold(size_t size);
void w2n_free(void* p);
void* w2n_realloc(void* p, size_t old_size, size_t new_size);

/* trap.c: the main thread's stack mapping from /proc/self/maps read from `fd` (the
 * fallback when the stack's top is not found otherwise): its top (0 when no mapping
 * holds `sp`), its start (*start) and the end of the mapping below it (*below). */
uintptr_t w2n_maps_stack_top(int fd, uintptr_t sp, uintptr_t* start, uintptr_t* below);

/* A lock of the runtime's own (a futex word: 0 free, 1 held, 2 held with waiters), for
 * the locks start-up takes: the C library's mutexes (musl's lock, unlock and trylock
 * with their timed and robust paths) are 2.4 KB of code that a small program's start-up
 * would otherwise bring into a second 64 KiB window of the file (README "Start-up").
 * Not recursive; zero-initialized (W2N_MUTEX_INIT) is unlocked. */
typedef struct {
    int v;
} w2n_mutex;
#define W2N_MUTEX_INIT {0}
void w2n_mutex_lock(w2n_mutex* m);
void w2n_mutex_unlock(w2n_mutex* m);

/* w2n_store_new without what it links (store_api.c): an executable's store. */
w2n_store* w2n_store_create(void);

/* Fills `mem` (fresh, all zeros) from address `start` on with the `len` bytes at `image`,
 * the executable's initial memory image (page-aligned in its file, zero-padded to a whole
 * page): mapped copy-on-write from /proc/self/exe over the reservation (returns 1) or,
 * when that cannot be done, copied (returns 0). -1 when the memory is too small or the
 * range could not be restored after a failed mapping. */
int w2n_memory_init_image(w2n_memory* mem, const uint8_t* image, uint64_t start,
                          uint64_t len);

/* Start-up profile (a runtime built with -DW2N_STARTUP_PROFILE, e.g.
 * `CFLAGS=-DW2N_STARTUP_PROFILE wasm2native build ...`): w2n_profile_mark(part) records
 * the time since the previous mark as the cost of `part`; the parts are printed to
 * stderr at exit. Compiled out otherwise. */
#ifdef W2N_STARTUP_PROFILE
void w2n_profile_mark(const char* part);
#define W2N_PROFILE(part) w2n_profile_mark(part)
#else
#define W2N_PROFILE(part) ((void)0)
#endif

int w2n_memory_create(w2n_memory* mem, uint64_t min_pages, uint64_t max_pages);
/* `main_module`: the executable's w2n_main_module, which may take the region the build
 * laid out in the executable's bss (memory.c, `w2n_main_mem0`; *map_len is then 0). */
char* w2n_instance_map(uint64_t lead, uint64_t after, uint64_t min_pages, uint64_t max_pages,
                       int main_module, void** map, uint64_t* map_len);
/* Releases what w2n_instance_map returned. */
void w2n_instance_unmap(void* map, uint64_t map_len);
int w2n_memory_create_at(w2n_memory* mem, uint8_t* base, uint64_t min_pages,
                         uint64_t max_pages);
/* Release a memory's reservation; a zeroed record (never created) is ignored. */
void w2n_memory_destroy(w2n_memory* mem);

/* table.c */
int w2n_table_create(w2n_table* t, uint64_t elem_type, uint64_t min, uint64_t max);
/* 1 when reference type `a` matches `b` (canonical strings, compiler/src/types.rs). */
int w2n_ref_subtype(const char* a, const char* b);
void w2n_table_destroy(w2n_table* t);
/* Evaluate item `i` of element segment `seg` for `inst` to a table element. */
void* w2n_elem_item(w2n_instance* inst, const w2n_elem_seg* seg, uint64_t i);

/* instance.c */
/* Evaluate a constant expression into a global cell. */
void w2n_eval_const(w2n_instance* inst, const w2n_const_expr* e, w2n_global* out);

/* trap.c */
/* Prepare the calling thread for running guest code (signal handler, alt stack). */
void w2n_thread_setup(void);
/* Tells the runtime that the calling thread is the process's first (an executable's
 * main): its stack bounds are then found without asking the kernel which thread it is. */
void w2n_thread_is_main(void);
/* 1 once the runtime's SIGSEGV/SIGBUS/SIGILL handler is installed. While a thread's
 * w2n_sigill_probe is set, a SIGILL on that thread longjmps to it (cpu.c's probe of
 * the CPU's features runs under the handler instead of installing one of its own). */
int w2n_signals_installed(void);
extern _Thread_local sigjmp_buf* w2n_sigill_probe;
/* Exceptions: the handler for a throw from the C frame `fp` whose return address into
 * its caller is `pc` (1 when found), ending the w2n_calls below a handler's frame, and
 * delivering an uncaught exception to the innermost w2n_call. */
int w2n_exn_find_handler(w2n_store* s, uintptr_t pc, uintptr_t fp, uintptr_t* hpc,
                         uintptr_t* hsp, uintptr_t* hfp);
void w2n_exn_unwind_calls(w2n_store* s, uintptr_t fp);
_Noreturn void w2n_exn_uncaught(w2n_store* s, w2n_exn* exn);

/* gc.c. The rest of the runtime reaches the collector through two pointers only, the
 * descriptor's gc_hooks (instantiation) and the store's gc_heap_free (set with its
 * heap), so that an executable whose module has no GC types links none of it: with
 * --gc-sections, nothing references its code or its tables. */
typedef struct w2n_gc_heap w2n_gc_heap;
struct w2n_gc_hooks {
    /* The instance's run-time types (gc_types) from the descriptor: 0, or -1 when out
     * of memory. */
    int (*instance_init)(w2n_instance* inst);
    /* Item `i` of a segment whose items allocate: evaluated once per instance. */
    void* (*elem_item)(w2n_instance* inst, const w2n_elem_seg* seg, uint64_t i);
    /* A GC operator of a constant expression on the evaluation stack. */
    void (*const_op)(w2n_instance* inst, const w2n_const_expr* e, uint64_t* stack,
                     uint64_t* sp);
};
/* What a descriptor's gc_hooks points to (the compiler's abi::symbols::GC_HOOKS). */
extern const struct w2n_gc_hooks w2n_gc_hooks;

/* trap.c: calls `cb` for every wasm frame of the store's active calls from the C frame
 * `fp` outwards (`pc` is the return address into the frame's function). */
void w2n_walk_wasm_frames(w2n_store* s, uintptr_t fp,
                          void (*cb)(void* ctx, const w2n_module* m, uint64_t f, uintptr_t pc,
                                     uintptr_t fp),
                          void* ctx);

/* exception.c */
/* Free every exception of the store. */
void w2n_exn_free_all(w2n_store* s);

#endif /* W2N_INTERNAL_H */
