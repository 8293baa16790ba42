/* trap.c: traps and unwinding, w2n_call, the stack limit and the stack-overflow signal handler. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

/* Stack kept free below the limit for runtime and host code (scaled down for small stacks). */
#define W2N_STACK_MARGIN (256u * 1024u)
/* Faults this far below the stack limit are treated as stack exhaustion. */
#define W2N_GUARD_REGION (1024u * 1024u)
/* Size of the per-thread alternate signal stack. */
#define W2N_ALTSTACK_SIZE (64u * 1024u)

static const char* const trap_messages[W2N_TRAP_COUNT] = W2N_TRAP_MESSAGES;

const char* w2n_trap_message(int code) {
    if (code < 0 || code >= W2N_TRAP_COUNT) return "unknown trap";
    return trap_messages[code];
}

/* Store running guest code on this thread (innermost w2n_call), for the signal handler. */
static _Thread_local w2n_store* tls_active_store;
/* This thread's active w2n_calls of every store, innermost first. */
static _Thread_local w2n_call_rec* tls_calls;

/* The calling thread's stack bounds (set with its stack limit, see below). */
static _Thread_local uintptr_t tls_stack_limit, tls_stack_lo, tls_stack_hi;
/* Set by w2n_thread_is_main: no system call to find out. */
static _Thread_local int tls_is_main;

void w2n_thread_is_main(void) { tls_is_main = 1; }

/* ---- backtraces ---------------------------------------------------------------------- */

/* Defined function `f` of `m` whose code holds `pc`, or -1. Functions are laid out in
 * index order, so func_code is sorted: a binary search. */
static int64_t func_at(const w2n_module* m, uintptr_t pc) {
    if (!m->func_info) return -1;
    uint64_t n = m->num_funcs - m->num_imported_funcs, lo = 0, hi = n;
    while (lo < hi) { /* first function starting above pc */
        uint64_t mid = lo + (hi - lo) / 2;
        if ((uintptr_t)m->func_code[mid] <= pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return -1;
    uint64_t f = lo - 1;
    uintptr_t start = (uintptr_t)m->func_code[f];
    return pc - start < m->func_info[f].code_size ? (int64_t)f : -1;
}

/* 1 when `pc` is in an import adapter or trampoline of one of the store's modules:
 * compiled code that is no wasm function (its frame record is compiled code's,
 * recorded as no frame). */
static int in_adapter(w2n_store* s, uintptr_t pc) {
    for (w2n_inst* p = s->instances; p; p = p->next) {
        const w2n_module* m = p->pub.module;
        if (!m->import_adapters || !m->import_adapter_sizes) continue;
        for (uint64_t i = 0; i < m->num_imported_funcs; i++) {
            uintptr_t start = (uintptr_t)m->import_adapters[i];
            if (pc - start < m->import_adapter_sizes[i]) return 1;
        }
    }
    /* Array-call trampolines are compiled code too (a host's w2n_call enters
     * through one). */
    for (w2n_inst* p = s->instances; p; p = p->next) {
        const w2n_module* m = p->pub.module;
        if (!m->trampolines || !m->trampoline_sizes) continue;
        for (uint64_t i = 0; i < m->num_trampolines; i++)
            if (pc - (uintptr_t)m->trampolines[i] < m->trampoline_sizes[i]) return 1;
    }
    return 0;
}

/* The module and defined function whose code holds `pc` among the store's instances. */
static const w2n_module* code_at(w2n_store* s, uintptr_t pc, uint64_t* f) {
    const w2n_module* last = NULL;
    for (w2n_inst* p = s->instances; p; p = p->next) {
        const w2n_module* m = p->pub.module;
        if (m == last) continue;
        last = m;
        int64_t i = func_at(m, pc);
        if (i >= 0) {
            *f = (uint64_t)i;
            return m;
        }
    }
    return NULL;
}

static uint64_t read_uleb(const uint8_t** p, const uint8_t* end) {
    uint64_t v = 0;
    for (int shift = 0; *p < end && shift < 64; shift += 7) {
        uint8_t b = *(*p)++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) break;
    }
    return v;
}

static int64_t read_sleb(const uint8_t** p, const uint8_t* end) {
    uint64_t v = 0;
    int shift = 0;
    uint8_t b = 0;
    while (*p < end && shift < 64) {
        b = *(*p)++;
        v |= (uint64_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80)) break;
    }
    if (shift < 64 && (b & 0x40)) v |= ~UINT64_C(0) << shift;
    return (int64_t)v;
}

/* The wasm offset of code offset `off` of defined function `f` (addr_map, abi.rs). */
static uint32_t wasm_offset_of(const w2n_func_info* fi, uint64_t off) {
    const uint8_t* p = fi->addr_map;
    const uint8_t* end = p ? p + fi->addr_map_len : p;
    uint64_t code = 0;
    int64_t wasm = (int64_t)fi->wasm_offset, result = wasm;
    while (p && p < end) {
        code += read_uleb(&p, end);
        wasm += read_sleb(&p, end);
        if (code > off) break;
        result = wasm;
    }
    return (uint32_t)result;
}

static void add_frame(w2n_store* s, const w2n_module* m, uint64_t f, uintptr_t pc, int is_return) {
    size_t k = s->num_frames++;
    if (k >= W2N_TRAP_FRAMES_MAX) return;
    const w2n_func_info* fi = &m->func_info[f];
    uint64_t off = pc - (uintptr_t)m->func_code[f];
    /* A return address follows the call: look up the call itself. */
    if (is_return && off > 0) off--;
    uint32_t wasm = wasm_offset_of(fi, off);
    /* Code of a function inlined here: its own frame first, then this one at the call. */
    for (uint64_t i = 0; i < fi->num_inline_frames; i++) {
        const w2n_inline_frame* in = &fi->inline_frames[i];
        if (off < in->code_start) break;
        if (off >= in->code_end) continue;
        uint64_t callee = in->func_index - m->num_imported_funcs;
        s->rec->frames[k].module = m;
        s->rec->frames[k].func_index = (uint32_t)in->func_index;
        s->rec->frames[k].wasm_offset = wasm;
        s->rec->frames[k].func_name = m->func_info[callee].name;
        wasm = (uint32_t)in->call_offset;
        k = s->num_frames++;
        if (k >= W2N_TRAP_FRAMES_MAX) return;
        break;
    }
    s->rec->frames[k].module = m;
    s->rec->frames[k].func_index = (uint32_t)(m->num_imported_funcs + f);
    s->rec->frames[k].wasm_offset = wasm;
    s->rec->frames[k].func_name = fi->name;
}

/* A frame record of C code: {previous fp, return address} at fp on x86_64 and aarch64
 * (as in compiled code); below fp on riscv64 (GCC and clang: fp is the CFA). */
#if defined(__riscv)
#define C_PREV_FP(fp) (((const uintptr_t*)(fp))[-2])
#define C_RET(fp) (((const uintptr_t*)(fp))[-1])
#define C_FP_MAY_REPEAT 1
#else
#define C_FP_MAY_REPEAT 0
#define C_PREV_FP(fp) (((const uintptr_t*)(fp))[0])
#define C_RET(fp) (((const uintptr_t*)(fp))[1])
#endif

/* Walks the frame-pointer chain from `pc` (in the frame of `fp`; `is_return` when pc
 * is a return address) and records the wasm frames. Compiled code's frame record is
 * {previous fp, return address} at fp on every architecture. Every fp must lie within
 * the thread's stack, above the last one and below the outermost w2n_call's frame, so
 * a broken chain ends the walk instead of faulting. */
typedef void (*frame_cb)(void* ctx, const w2n_module* m, uint64_t f, uintptr_t pc, uintptr_t fp);

static void walk_cb(w2n_store* s, uintptr_t pc, uintptr_t fp, int is_return, frame_cb cb,
                    void* ctx) {
    uintptr_t lo = tls_stack_lo, hi = tls_stack_hi;
    if (s->entry_fp && s->entry_fp < hi) hi = s->entry_fp;
    int c_frames = 0, repeated = 0;
    for (;;) {
        if (fp < lo || fp >= hi - 2 * sizeof(uintptr_t) || (fp & (sizeof(uintptr_t) - 1)))
            return;
        uint64_t f;
        const w2n_module* m = code_at(s, pc, &f);
        uintptr_t next_fp, next_pc;
        int compiled = m != NULL;
        if (m && cb) cb(ctx, m, f, pc, fp);
        else if (m) add_frame(s, m, f, pc, is_return);
        else compiled = in_adapter(s, pc);
        if (compiled) {
            next_fp = ((const uintptr_t*)fp)[0];
            next_pc = ((const uintptr_t*)fp)[1];
        } else {
            /* Runtime or host code (or a trampoline) between wasm frames. A host
             * function's own recursion (a stack overflow in C) can put hundreds of
             * thousands of C frames above the wasm caller, so this cap is only a
             * backstop: fp rises strictly (one repeat at most), which bounds the walk
             * by the stack's size. */
            if (++c_frames > (1 << 20)) return;
#if defined(__riscv)
            if (fp < lo + 2 * sizeof(uintptr_t)) return;
#endif
            next_fp = C_PREV_FP(fp);
            next_pc = C_RET(fp);
        }
        /* Strictly upwards, except that a riscv64 C frame's fp (its CFA) may equal its
         * wasm caller's (a frame with nothing below its frame record). */
        if (next_fp < fp || (next_fp == fp && (compiled || !C_FP_MAY_REPEAT || repeated))) return;
        /* One repeat at most: a chain that stays on one fp is broken. */
        repeated = next_fp == fp;
        fp = next_fp;
        pc = next_pc;
        is_return = 1;
    }
}

static void walk(w2n_store* s, uintptr_t pc, uintptr_t fp, int is_return) {
    walk_cb(s, pc, fp, is_return, NULL, NULL);
}

/* GC roots: every wasm frame from the C frame `fp` (gc.c). */
void w2n_walk_wasm_frames(w2n_store* s, uintptr_t fp, frame_cb cb, void* ctx) {
    walk_cb(s, (uintptr_t)&w2n_walk_wasm_frames, fp, 1, cb, ctx);
}

static void capture_from_c(w2n_store* s);

/* ---- exceptions: the handler search ------------------------------------------------ */

/* The exception-handler call site of defined function `f` of `m` whose return address
 * is at code offset `off`, or NULL (exn_sites is sorted by (func, ret_offset)). */
static const w2n_exn_site* exn_site_at(const w2n_module* m, uint64_t f, uint64_t off) {
    uint64_t lo = 0, hi = m->exn_sites ? m->num_exn_sites : 0;
    while (lo < hi) {
        uint64_t mid = lo + (hi - lo) / 2;
        const w2n_exn_site* e = &m->exn_sites[mid];
        if (e->func < f || (e->func == f && e->ret_offset < off))
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < (m->exn_sites ? m->num_exn_sites : 0) && m->exn_sites[lo].func == f &&
        m->exn_sites[lo].ret_offset == off)
        return &m->exn_sites[lo];
    return NULL;
}

/* Walks the frame-pointer chain from the frame of the caller of `w2n_exn_find_handler`'s
 * caller (`pc`, `fp`: a return address into it and its frame, as the C thrower sees
 * them) like `walk`, and returns 1 with the handler's pc, sp and fp when a compiled
 * frame's call site has one. Frames are bounded by the thread's stack and the
 * outermost w2n_call, as in `walk`. */
int w2n_exn_find_handler(w2n_store* s, uintptr_t pc, uintptr_t fp, uintptr_t* hpc,
                         uintptr_t* hsp, uintptr_t* hfp) {
    uintptr_t lo = tls_stack_lo, hi = tls_stack_hi;
    if (!hi) return 0;
    if (s->entry_fp && s->entry_fp < hi) hi = s->entry_fp;
    /* Never past a w2n_call of another store (its compiled frames are not this store's
     * code, and its call state would not be restored): the exception is uncaught. */
    for (w2n_call_rec* r = tls_calls; r; r = r->thread_prev)
        if (r->store != s) {
            if (r->fp < hi) hi = r->fp;
            break;
        }
    int c_frames = 0, repeated = 0;
    for (;;) {
        if (fp < lo || fp >= hi - 2 * sizeof(uintptr_t) || (fp & (sizeof(uintptr_t) - 1)))
            return 0;
        uint64_t f;
        const w2n_module* m = code_at(s, pc, &f);
        uintptr_t next_fp, next_pc;
        int compiled = m != NULL;
        if (m) {
            uintptr_t start = (uintptr_t)m->func_code[f];
            const w2n_exn_site* e = exn_site_at(m, f, pc - start);
            if (e) {
                *hpc = start + e->handler_offset;
                *hsp = fp - e->sp_offset;
                *hfp = fp;
                return 1;
            }
        } else {
            compiled = in_adapter(s, pc);
        }
        if (compiled) {
            next_fp = ((const uintptr_t*)fp)[0];
            next_pc = ((const uintptr_t*)fp)[1];
        } else {
            if (++c_frames > (1 << 20)) return 0;
#if defined(__riscv)
            if (fp < lo + 2 * sizeof(uintptr_t)) return 0;
#endif
            next_fp = C_PREV_FP(fp);
            next_pc = C_RET(fp);
        }
        if (next_fp < fp || (next_fp == fp && (compiled || !C_FP_MAY_REPEAT || repeated))) return 0;
        repeated = next_fp == fp;
        fp = next_fp;
        pc = next_pc;
    }
}

/* Ends the w2n_calls whose frames lie below `fp` (the handler's frame): an exception
 * unwinds past them to compiled code that called a host function that called them. */
void w2n_exn_unwind_calls(w2n_store* s, uintptr_t fp) {
    while (s->calls && s->calls->fp < fp) {
        w2n_call_rec* r = s->calls;
        s->jmp = r->prev_jmp;
        s->depth--;
        tls_active_store = r->prev_active;
        s->calls = r->prev;
        tls_calls = r->thread_prev;
    }
}

/* Delivers an exception no handler catches to the innermost w2n_call. */
_Noreturn void w2n_exn_uncaught(w2n_store* s, struct w2n_exn* exn) {
    if (!s->jmp) {
        w2n_fprintf(stderr, "wasm exception: uncaught (outside of w2n_call)\n");
        abort();
    }
    s->exn = exn;
    s->trap = W2N_TRAP_EXCEPTION;
    capture_from_c(s);
    longjmp(*s->jmp, 1);
}

/* Records the backtrace of a trap raised by C code called (directly or not) by
 * compiled code: the walk starts at this function's own frame. */
__attribute__((noinline)) static void capture_from_c(w2n_store* s) {
    s->num_frames = 0;
    if (!tls_stack_hi) return;
    walk(s, (uintptr_t)&capture_from_c, (uintptr_t)__builtin_frame_address(0), 1);
    /* No tail call: this frame must stay in place while the walk reads it. */
    __asm__ volatile("" ::: "memory");
}

size_t w2n_store_trap_frames(w2n_store* store, w2n_frame* out, size_t max) {
    size_t kept = store->num_frames < W2N_TRAP_FRAMES_MAX ? store->num_frames : W2N_TRAP_FRAMES_MAX;
    for (size_t i = 0; i < kept && i < max; i++) out[i] = store->rec->frames[i];
    return store->num_frames;
}

void w2n_store_print_backtrace(w2n_store* store, void* out) {
    FILE* f = out;
    if (!store->num_frames) return;
    fputs("wasm backtrace:\n", f);
    size_t kept = store->num_frames < W2N_TRAP_FRAMES_MAX ? store->num_frames : W2N_TRAP_FRAMES_MAX;
    for (size_t i = 0; i < kept; i++) {
        const w2n_frame* fr = &store->rec->frames[i];
        char off[24];
        w2n_snprintf(off, sizeof off, "0x%x", (unsigned)fr->wasm_offset);
        const char* mod = fr->module->name && fr->module->name[0] ? fr->module->name : "<unknown>";
        if (fr->func_name)
            w2n_fprintf(f, "  %3zu: %6s - %s!%s\n", i, off, mod, fr->func_name);
        else
            w2n_fprintf(f, "  %3zu: %6s - %s!func[%u]\n", i, off, mod, (unsigned)fr->func_index);
    }
    if (store->num_frames > kept)
        w2n_fprintf(f, "  ... %zu more frames\n", store->num_frames - kept);
}

W2N_NORETURN void w2n_trap(w2n_instance* inst, uint32_t code) {
    w2n_store* s = w2n_store_of(inst);
    if (!s->jmp) {
        w2n_fprintf(stderr, "wasm trap outside of w2n_call: %s\n", w2n_trap_message((int)code));
        abort();
    }
    s->trap = (int)code;
    s->num_frames = 0;
    if (code != W2N_TRAP_EXIT) capture_from_c(s);
    longjmp(*s->jmp, 1);
}

W2N_NORETURN void w2n_exit(w2n_instance* inst, int code) {
    w2n_store_of(inst)->exit_code = code;
    w2n_trap(inst, W2N_TRAP_EXIT);
}

W2N_NORETURN void w2n_host_trap(w2n_instance* inst, const char* msg) {
    w2n_store* s = w2n_store_of(inst);
    w2n_snprintf(s->rec->host_error, sizeof s->rec->host_error, "%s", msg ? msg : "");
    w2n_trap(inst, W2N_TRAP_HOST);
}

int w2n_store_exit_code(w2n_store* store) { return store->exit_code; }

const char* w2n_store_host_error(w2n_store* store) { return store->rec->host_error; }

/* ---- stack limit ---------------------------------------------------------------- */

static uintptr_t margin_for(uintptr_t size) {
    return size >= 4 * (uintptr_t)W2N_STACK_MARGIN ? W2N_STACK_MARGIN : size / 4;
}

/* The kernel keeps a growing stack this far from the mapping below it. */
#define W2N_KERNEL_STACK_GAP (1024u * 1024u)

/* The hexadecimal number at *p; advances *p past it. 0 digits: returns 0, *p unchanged. */
static unsigned long parse_hex(const char** p, int* ok) {
    unsigned long v = 0;
    const char* s = *p;
    for (;; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'a' && *s <= 'f' ? *s - 'a' + 10 : -1;
        if (d < 0) break;
        v = v << 4 | (unsigned long)d;
    }
    *ok = s != *p;
    *p = s;
    return v;
}

/* "from-to ..." of a /proc/self/maps line (sscanf costs ten times more at start-up). */
static int parse_range(const char* line, unsigned long* from, unsigned long* to) {
    int ok1, ok2;
    *from = parse_hex(&line, &ok1);
    if (!ok1 || *line++ != '-') return 0;
    *to = parse_hex(&line, &ok2);
    return ok2;
}

/* Top of the main thread's stack mapping (the kernel measures RLIMIT_STACK from it,
 * above the environment and arguments), its start and the end of the mapping below
 * it, from /proc/self/maps; 0 when unreadable. */
__attribute__((noinline)) /* its line buffer stays out of w2n_call's frame */
static uintptr_t main_stack_top(uintptr_t sp, uintptr_t* start, uintptr_t* below) {
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    uintptr_t top = w2n_maps_stack_top(fd, sp, start, below);
    close(fd);
    return top;
}

/* Read with read(), not stdio: fopen and fgets would link 2 KB of musl's stdio into
 * every executable for this fallback (README "Start-up"). */
uintptr_t w2n_maps_stack_top(int fd, uintptr_t sp, uintptr_t* start, uintptr_t* below) {
    char buf[512];
    size_t len = 0;
    int skip = 0; /* in the rest of a line longer than the buffer */
    unsigned long from, to, prev_end = 0, top = 0;
    for (;;) {
        ssize_t n = read(fd, buf + len, sizeof buf - 1 - len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        len += (size_t)n;
        size_t at = 0; /* start of the first line not yet handled */
        for (size_t i = 0; i < len; i++) {
            /* A line ends at its newline, or where a full buffer ends (its start holds
             * the range; the rest is skipped up to the next newline). */
            int full = buf[i] != '\n' && i + 1 == sizeof buf - 1 && at == 0;
            if (buf[i] != '\n' && !full) continue;
            buf[i] = 0;
            if (!skip && parse_range(buf + at, &from, &to)) {
                if (from <= sp && sp < to) {
                    top = to;
                    *start = from;
                    goto done;
                }
                prev_end = to;
            }
            skip = full;
            at = i + 1;
        }
        len -= at;
        memmove(buf, buf + at, len);
    }
done:
    *below = prev_end;
    return top;
}

/* Lowest usable address [*lo] and top [*hi] of the calling thread's stack, from the
 * thread's real bounds (not from the current stack pointer, so a deep caller or a big
 * environment changes nothing). Returns 0 when they cannot be found. */
static int stack_bounds(uintptr_t* lo, uintptr_t* hi) {
    char here;
    uintptr_t sp = (uintptr_t)&here;
    if (tls_is_main || (long)getpid() == syscall(SYS_gettid)) {
        /* The main thread's stack grows on demand up to RLIMIT_STACK below the top of
         * its mapping (glibc's pthread_getattr_np computes the same from
         * /proc/self/maps; musl's reports only the part mapped so far). */
        struct rlimit rl;
        /* Without a limit, guest code gets 8 MiB (as with the usual default). */
        uintptr_t size = 8u * 1024u * 1024u;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
            size = (uintptr_t)rl.rlim_cur;
        /* The executable's name is the topmost string of the stack, 8 bytes below the
         * end of the mapping (also under qemu-user): no file to read at start-up. */
        /* (getauxval, not sysconf: musl's sysconf is 1 KB of tables.) */
        uintptr_t page = (uintptr_t)getauxval(AT_PAGESZ), top = 0, floor = 0;
        if (!page) page = 4096;
        const char* fn = (const char*)getauxval(AT_EXECFN);
        if (fn && (uintptr_t)fn > sp) {
            top = (uintptr_t)fn + strlen(fn) + 1 + sizeof(void*);
            if (top & (page - 1)) top = 0;
        }
        if (!top) {
            uintptr_t start = 0, below = 0;
            top = main_stack_top(sp, &start, &below);
            if (!top) return 0;
            /* A stack that grows on demand stops a gap above the mapping below it;
             * one mapped whole above a guard mapping (qemu-user's) ends at its start. */
            floor = below == start ? start : below ? below + W2N_KERNEL_STACK_GAP : 0;
        }
        if (size > top) size = top;
        uintptr_t low = top - size;
        if (floor > low) low = floor;
        if (low >= sp) return 0;
        *lo = low;
        *hi = top;
        return 1;
    }
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    void* addr;
    size_t size;
    int ok = pthread_attr_getstack(&attr, &addr, &size) == 0;
    pthread_attr_destroy(&attr);
    /* glibc and musl both report the stack without its guard pages. */
    if (!ok || (uintptr_t)addr >= sp || sp - (uintptr_t)addr > size) return 0;
    *lo = (uintptr_t)addr;
    *hi = (uintptr_t)addr + size;
    return 1;
}


/* Lowest address guest code may use on the calling thread: the bottom of the thread's
 * stack plus a margin for runtime and host code. */
static uintptr_t thread_stack_limit(void) {
    if (tls_stack_limit) return tls_stack_limit;
    uintptr_t lo, hi;
    if (stack_bounds(&lo, &hi)) {
        tls_stack_lo = lo;
        tls_stack_hi = hi;
        tls_stack_limit = lo + margin_for(hi - lo);
    } else {
        /* Unknown stack: assume the smallest common default below here (musl threads:
         * 128 KiB). */
        char here;
        uintptr_t sp = (uintptr_t)&here;
        tls_stack_hi = sp + 4096;
        tls_stack_lo = sp > 128 * 1024 ? sp - 128 * 1024 : 0;
        tls_stack_limit = sp > 96 * 1024 ? sp - 96 * 1024 : 1;
    }
    return tls_stack_limit;
}

/* ---- stack-overflow signal handler ------------------------------------------------ */

static struct sigaction old_segv, old_bus, old_ill;
static w2n_mutex signals_lock = W2N_MUTEX_INIT;
/* 1 once the handlers are installed; 1 in signals_off after W2N_INIT_NO_SIGNALS. */
static int signals_on, signals_off;
/* 1 while a thread uses static_altstack (below). Defined here, next to the variables
 * set-up touches anyway, not next to the stack: one page fault less at start-up. */
static int static_altstack_taken;
static pthread_key_t altstack_key;
static int altstack_key_ok;
/* With musl, pthread_key_create is referenced weakly, so that an executable that starts
 * no thread links no thread-specific data: its 2 KiB of variables (the keys and the
 * first thread's values) would cost start-up a page fault. w2n_store_new (store_api.c:
 * hosts, wasi-threads) links it. The first thread's alternate stack is static and needs
 * no destructor; without keys all the same, another thread's is freed when its
 * outermost w2n_call returns (tls_transient_altstack) and set up again by the next. */
#if defined(__GLIBC__)
#define W2N_HAVE_KEYS 1
#else
#pragma weak pthread_key_create
#define W2N_HAVE_KEYS (pthread_key_create != NULL)
#endif
static _Thread_local int tls_thread_ready;
/* A thread's allocated alternate stack when there is no key to free it at the
 * thread's exit: w2n_call frees it when the thread's outermost call returns. */
static _Thread_local void* tls_transient_altstack;

/* A fault that is not guest code's: hand it to the handler that was installed before
 * ours (the embedder's), as if ours were not there. */
static void chain(int sig, siginfo_t* info, void* uctx) {
    struct sigaction* old = sig == SIGSEGV ? &old_segv : sig == SIGBUS ? &old_bus : &old_ill;
    if ((old->sa_flags & SA_SIGINFO) && old->sa_sigaction) {
        old->sa_sigaction(sig, info, uctx);
        return;
    }
    if (old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN) {
        old->sa_handler(sig);
        return;
    }
    /* Default (or ignored, which a fault cannot be): the process dies of the signal. A
     * genuine fault re-faults on return and reaches the default disposition; a signal
     * sent by kill() must be raised again. */
    signal(sig, SIG_DFL);
    if (info->si_code <= 0) raise(sig);
}

/* The trap whose instruction is at `pc` in the code of one of the store's instances
 * (compiled code traps with an illegal instruction; the descriptor lists every one), or
 * 0 when `pc` is not a trap site. Only runs when a trap happens: a linear scan. */
static int trap_at(w2n_store* s, uintptr_t pc) {
    for (w2n_inst* p = s->instances; p; p = p->next) {
        const w2n_module* m = p->pub.module;
        uint64_t ndef = m->num_funcs - m->num_imported_funcs;
        for (uint64_t i = 0; i < m->num_trap_sites; i++) {
            uint64_t site = m->trap_sites[i];
            uint64_t f = W2N_TRAP_SITE_FUNC(site);
            if (f < ndef && (uintptr_t)m->func_code[f] + W2N_TRAP_SITE_OFFSET(site) == pc)
                return W2N_TRAP_SITE_CODE(site);
        }
    }
    return 0;
}

/* Registers of the interrupted code. */
typedef struct {
    uintptr_t pc, fp, sp, lr;
} regs;

static regs regs_of(void* uctx) {
    ucontext_t* uc = uctx;
    regs r;
#if defined(__x86_64__)
    r.pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    r.fp = (uintptr_t)uc->uc_mcontext.gregs[REG_RBP];
    r.sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    r.lr = 0;
#elif defined(__aarch64__)
    r.pc = (uintptr_t)uc->uc_mcontext.pc;
    r.fp = (uintptr_t)uc->uc_mcontext.regs[29];
    r.sp = (uintptr_t)uc->uc_mcontext.sp;
    r.lr = (uintptr_t)uc->uc_mcontext.regs[30];
#else /* riscv64: __gregs[0] is pc, then x1 (ra), x2 (sp), ..., x8 (s0, the fp) */
    r.pc = (uintptr_t)uc->uc_mcontext.__gregs[0];
    r.fp = (uintptr_t)uc->uc_mcontext.__gregs[8];
    r.sp = (uintptr_t)uc->uc_mcontext.__gregs[2];
    r.lr = (uintptr_t)uc->uc_mcontext.__gregs[1];
#endif
    return r;
}

/* Records the backtrace of a fault in the interrupted context. */
static void capture_from_signal(w2n_store* s, void* uctx) {
    s->num_frames = 0;
    if (!tls_stack_hi) return;
    regs r = regs_of(uctx);
    uint64_t f;
    const w2n_module* m = code_at(s, r.pc, &f);
    if (m && r.pc - (uintptr_t)m->func_code[f] < m->func_info[f].frame_offset) {
        /* Faulted in the prologue (a stack overflow) before the function's frame
         * record exists, or anywhere in an x86_64 leaf that never sets one up
         * (frame_offset 0xffffffff): fp is still the caller's, and the return address
         * is at sp (x86_64) or in the link register. */
        add_frame(s, m, f, r.pc, 0);
#if defined(__x86_64__)
        if (r.sp < tls_stack_lo || r.sp >= tls_stack_hi) return;
        uintptr_t ret = *(const uintptr_t*)r.sp;
#else
        uintptr_t ret = r.lr;
#endif
        walk(s, ret, r.fp, 1);
        return;
    }
    walk(s, r.pc, r.fp, 0);
}

/* 1 when `a` lies in the reservation (guard band included) of a memory of one of the
 * store's instances (an imported one too: a shared memory). */
static int in_a_reservation(w2n_store* s, uintptr_t a) {
    for (w2n_inst* p = s->instances; p; p = p->next) {
        const w2n_instance* inst = &p->pub;
        for (uint64_t i = 0; i < inst->module->num_memories; i++) {
            const w2n_memory* m = inst->memories[i];
            if (m && m->reserved && a >= (uintptr_t)m->base && a - (uintptr_t)m->base < m->reserved)
                return 1;
        }
    }
    return 0;
}

int w2n_handle_signal(int sig, void* infop, void* uctx) {
    siginfo_t* info = infop;
    w2n_store* s = tls_active_store;
    if (sig == SIGILL) {
        /* si_addr is the address of the illegal instruction. */
        int code = s && s->jmp ? trap_at(s, (uintptr_t)info->si_addr) : 0;
        if (code) {
            s->trap = code;
            capture_from_signal(s, uctx);
            longjmp(*s->jmp, 1);
        }
        return 0;
    }
    if ((sig == SIGSEGV || sig == SIGBUS) && s && s->jmp) {
        uintptr_t a = (uintptr_t)info->si_addr;
        uintptr_t lim = s->abi.stack_limit;
        if (s->limit_valid && a < lim && lim - a <= W2N_GUARD_REGION) {
            s->trap = W2N_TRAP_STACK_EXHAUSTED;
            capture_from_signal(s, uctx);
            longjmp(*s->jmp, 1);
        }
        /* A compiled access whose bounds check the optimizer dropped (its flags carry the
         * out-of-bounds trap code, so it is a trap site) faulting in the guard band of a
         * memory (memory.c, reserve_rw): the check's trap. Anywhere else in a memory's
         * reservation counts too: a shared memory grown by another thread since the
         * fault has its band higher now. */
        if (in_a_reservation(s, a) && trap_at(s, regs_of(uctx).pc) == W2N_TRAP_MEMORY_OOB) {
            s->trap = W2N_TRAP_MEMORY_OOB;
            capture_from_signal(s, uctx);
            longjmp(*s->jmp, 1);
        }
    }
    return 0;
}

_Thread_local sigjmp_buf* w2n_sigill_probe;

static void fault_handler(int sig, siginfo_t* info, void* uctx) {
    if (sig == SIGILL && w2n_sigill_probe) siglongjmp(*w2n_sigill_probe, 1);
    if (!w2n_handle_signal(sig, info, uctx)) chain(sig, info, uctx);
}

int w2n_signals_installed(void) { return __atomic_load_n(&signals_on, __ATOMIC_ACQUIRE); }

/* The first thread to set up (an executable's main thread) takes this one: no
 * allocation at start-up, and its pages are only touched by a signal. */
static char static_altstack[W2N_ALTSTACK_SIZE] W2N_LARGE_BSS("altstack")
    __attribute__((aligned(16)));

static void free_altstack(void* p) {
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, NULL);
    if (p == static_altstack)
        __atomic_store_n(&static_altstack_taken, 0, __ATOMIC_RELEASE);
    else
        free(p);
}

/* Installs the handlers (once; signals_lock held). */
static void install_handlers(void) {
    if (signals_on || signals_off) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &old_segv);
    sigaction(SIGBUS, &sa, &old_bus);
    sigaction(SIGILL, &sa, &old_ill);
    altstack_key_ok = W2N_HAVE_KEYS && pthread_key_create(&altstack_key, free_altstack) == 0;
    __atomic_store_n(&signals_on, 1, __ATOMIC_RELEASE);
}

int w2n_runtime_init(unsigned flags) {
    int rc = 0;
    w2n_mutex_lock(&signals_lock);
    if (flags & W2N_INIT_NO_SIGNALS) {
        if (signals_on)
            rc = -1;
        else
            signals_off = 1;
    } else if (signals_off) {
        rc = -1;
    } else {
        install_handlers();
    }
    w2n_mutex_unlock(&signals_lock);
    return rc;
}

void w2n_thread_setup(void) {
    if (tls_thread_ready) return;
    tls_thread_ready = 1;
    w2n_mutex_lock(&signals_lock);
    install_handlers();
    int off = signals_off;
    w2n_mutex_unlock(&signals_lock);
    /* A host that handles the signals itself provides the alternate stack too. */
    if (off) return;
    stack_t old;
    /* An executable's main thread has none (nothing ran before main). */
    if (!tls_is_main && sigaltstack(NULL, &old) == 0 && !(old.ss_flags & SS_DISABLE))
        return; /* the host's own */
    void* mem = __atomic_exchange_n(&static_altstack_taken, 1, __ATOMIC_ACQ_REL)
                    ? malloc(W2N_ALTSTACK_SIZE)
                    : static_altstack;
    if (!mem) return;
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = mem;
    ss.ss_size = W2N_ALTSTACK_SIZE;
    if (sigaltstack(&ss, NULL) != 0) {
        free_altstack(mem);
        return;
    }
    if (altstack_key_ok)
        pthread_setspecific(altstack_key, mem);
    else if (mem != static_altstack)
        tls_transient_altstack = mem;
}

/* ---- w2n_call --------------------------------------------------------------------- */

/* Every outermost entry (the store may move between threads): the thread's signal
 * handlers and stack limit. Not inlined: its frame (the stack bounds' query) is then
 * not under the guest's, whose deepest frames touch the fewer stack pages the smaller
 * the frames under them are. */
__attribute__((noinline)) static void outermost_entry(w2n_store* store) {
    w2n_thread_setup();
    W2N_PROFILE("signal handlers, altstack");
    uintptr_t lim = thread_stack_limit();
    /* Compiled code reads each instance's copy of the limit (w2n_instance.stack_limit,
     * equal to the store's: instantiation copies it). Only a new thread changes it. */
    if (store->abi.stack_limit != lim) {
        store->abi.stack_limit = lim;
        for (w2n_inst* p = store->instances; p; p = p->next) p->pub.stack_limit = lim;
    }
    W2N_PROFILE("stack limit");
    store->limit_valid = 1;
}

int w2n_call(w2n_store* store, const w2n_funcref* func, w2n_val* vals) {
    if (!func) {
        store->num_frames = 0;
        return W2N_TRAP_INDIRECT_NULL;
    }
    w2n_trampoline_fn tramp = func->trampoline;
    if (!tramp && func->type_id != W2N_SIG_VOID_VOID) {
        w2n_snprintf(store->rec->host_error, sizeof store->rec->host_error,
                 "function has no trampoline and cannot be called from the host");
        store->num_frames = 0;
        return W2N_TRAP_HOST;
    }
    if (store->depth == 0) {
        outermost_entry(store);
        store->entry_fp = (uintptr_t)__builtin_frame_address(0);
    }
    jmp_buf buf;
    jmp_buf* prev = store->jmp;
    w2n_store* prev_active = tls_active_store;
    /* What an exception that unwinds past this call must restore (w2n_exn_unwind_calls). */
    w2n_call_rec rec = {store->calls, prev,     prev_active, (uintptr_t)__builtin_frame_address(0),
                        tls_calls,   store};
    store->calls = &rec;
    tls_calls = &rec;
    store->depth++;
    store->jmp = &buf;
    tls_active_store = store;
    int code = 0;
    if (setjmp(buf) == 0) {
        if (tramp)
            tramp(func->code, func->vmctx, vals);
        else
            ((void (*)(w2n_instance*))func->code)(func->vmctx);
    } else {
        code = store->trap;
        if (code == 0) code = W2N_TRAP_HOST;
    }
    store->calls = rec.prev;
    tls_calls = rec.thread_prev;
    if (!tls_calls && tls_transient_altstack) {
        /* The thread's outermost call is over: no key would free its stack at exit. */
        free_altstack(tls_transient_altstack);
        tls_transient_altstack = NULL;
        tls_thread_ready = 0;
    }
    store->jmp = prev;
    store->depth--;
    tls_active_store = prev_active;
    return code;
}
