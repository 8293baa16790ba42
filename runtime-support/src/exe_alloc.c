/* exe_alloc.c: the C allocator of static musl executables.
 *
 * `wasm2native build` links a static musl executable with `--wrap` for malloc, calloc,
 * realloc, free, aligned_alloc, posix_memalign, memalign and malloc_usable_size, so
 * that every call of those in the executable (the runtime's, the C library's own, such
 * as strdup's or fopen's, and those of objects linked with the module) comes here, and
 * musl's allocator (mallocng, 8 KB of code) is not linked at all: the executable's
 * code and read-only data then fit one 64 KiB fault-around window for small modules
 * (README "Start-up"). Nothing else references these functions: embedders and other
 * targets keep their C library's allocator.
 *
 * What the runtime allocates is small and few (its structures live from start-up to
 * exit; WASI names and directory entries, exceptions and collector blocks come and go),
 * so the allocator is simple: power-of-two size classes from 16 bytes to 64 KiB, each
 * with a free list, carved from 256 KiB chunks and never returned to the system; a
 * bigger block is a mapping of its own, unmapped when freed. One lock (a spin on
 * sched_yield) serializes it: wasi-threads programs allocate from several threads.
 *
 * Every block has a 16-byte header before the pointer: `info` is the size class of a
 * small block, ALIGNED for a pointer aligned inside another block (`off` back to it),
 * and otherwise the length of the block's mapping (`off` from the mapping's start to
 * the pointer). Pointers are 16-byte aligned. */
#include <errno.h>
#include <sched.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#define A_CLASSES 13 /* 16 << 0 .. 16 << 12 (64 KiB) */
#define A_SMALL_MAX ((size_t)16 << (A_CLASSES - 1))
#define A_HDR 16
#define A_CHUNK ((size_t)256 * 1024)
#define A_PAGE ((size_t)4096)
#define A_ALIGNED ((size_t)A_CLASSES)

typedef struct {
    size_t info;
    size_t off;
} a_hdr;

static void* a_free_list[A_CLASSES];
static char *a_bump, *a_end;
static int a_lock_word;

static void a_lock(void) {
    while (__atomic_exchange_n(&a_lock_word, 1, __ATOMIC_ACQUIRE)) sched_yield();
}

static void a_unlock(void) {
    __atomic_store_n(&a_lock_word, 0, __ATOMIC_RELEASE);
}

static a_hdr* hdr_of(void* p) {
    return (a_hdr*)((char*)p - A_HDR);
}

/* The block's own pointer (not the aligned one inside it). */
static void* a_base(void* p) {
    a_hdr* h = hdr_of(p);
    return h->info == A_ALIGNED ? (char*)p - h->off : p;
}

static size_t a_usable(void* p) {
    void* b = a_base(p);
    a_hdr* h = hdr_of(b);
    size_t size = h->info < A_CLASSES ? (size_t)16 << h->info : h->info - h->off;
    return size - (size_t)((char*)p - (char*)b);
}

static void* a_large(size_t n) {
    if (n > SIZE_MAX - A_HDR - A_PAGE) return NULL;
    size_t len = (n + A_HDR + A_PAGE - 1) & ~(A_PAGE - 1);
    char* m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return NULL;
    a_hdr* h = (a_hdr*)m;
    h->info = len;
    h->off = A_HDR;
    return m + A_HDR;
}

void* __wrap_malloc(size_t n) {
    if (n > A_SMALL_MAX) {
        void* p = a_large(n);
        if (!p) errno = ENOMEM;
        return p;
    }
    unsigned c = 0;
    while (((size_t)16 << c) < n) c++;
    size_t block = A_HDR + ((size_t)16 << c);
    a_lock();
    char* b = a_free_list[c];
    if (b) {
        a_free_list[c] = *(void**)b;
    } else {
        if ((size_t)(a_end - a_bump) < block) {
            char* m = mmap(NULL, A_CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                           -1, 0);
            if (m == MAP_FAILED) {
                a_unlock();
                errno = ENOMEM;
                return NULL;
            }
            a_bump = m;
            a_end = m + A_CHUNK;
        }
        b = a_bump + A_HDR;
        a_bump += block;
        hdr_of(b)->info = c;
    }
    a_unlock();
    return b;
}

void __wrap_free(void* p) {
    if (!p) return;
    p = a_base(p);
    a_hdr* h = hdr_of(p);
    if (h->info >= A_CLASSES) {
        munmap((char*)p - h->off, h->info);
        return;
    }
    a_lock();
    *(void**)p = a_free_list[h->info];
    a_free_list[h->info] = p;
    a_unlock();
}

void* __wrap_calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) {
        errno = ENOMEM;
        return NULL;
    }
    size_t bytes = n * size;
    void* p = __wrap_malloc(bytes);
    /* A mapping of its own is fresh (zero); a small block may have been used. */
    if (p && bytes <= A_SMALL_MAX) memset(p, 0, bytes);
    return p;
}

void* __wrap_realloc(void* p, size_t n) {
    if (!p) return __wrap_malloc(n);
    size_t have = a_usable(p);
    if (n <= have) return p;
    void* q = __wrap_malloc(n);
    if (q) {
        memcpy(q, p, have);
        __wrap_free(p);
    }
    return q;
}

void* __wrap_aligned_alloc(size_t align, size_t n) {
    if (!align || (align & (align - 1))) {
        errno = EINVAL;
        return NULL;
    }
    if (align <= A_HDR) return __wrap_malloc(n);
    if (n > SIZE_MAX - align) {
        errno = ENOMEM;
        return NULL;
    }
    char* b = __wrap_malloc(n + align - A_HDR);
    if (!b) return NULL;
    char* p = (char*)(((uintptr_t)b + align - 1) & ~(uintptr_t)(align - 1));
    if (p != b) { /* p - b >= 16: room for p's header inside b's block */
        hdr_of(p)->info = A_ALIGNED;
        hdr_of(p)->off = (size_t)(p - b);
    }
    return p;
}

int __wrap_posix_memalign(void** out, size_t align, size_t n) {
    if (align < sizeof(void*) || (align & (align - 1))) return EINVAL;
    void* p = __wrap_aligned_alloc(align, n);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}

void* __wrap_memalign(size_t align, size_t n) {
    return __wrap_aligned_alloc(align, n);
}

size_t __wrap_malloc_usable_size(void* p) {
    return p ? a_usable(p) : 0;
}
