/* memory.c: linear memories (reservation, growth, an executable's initial image),
 * memory.* bulk operations (memory 0 and, by index, any memory), w2n_mem / w2n_mem_at. */
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "internal.h"

/* 1 when this kernel maps MAP_STACK mappings without transparent huge pages (Linux
 * 6.7 and later: VM_NOHUGEPAGE). One uname, the first time. */
static int map_stack_is_nohugepage(void) {
    static int known = -1; /* -1: not asked yet */
    int k = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (k >= 0) return k;
    struct utsname u;
    unsigned major = 0, minor = 0;
    if (uname(&u) == 0) {
        const char* r = u.release;
        while (*r >= '0' && *r <= '9') major = major * 10 + (unsigned)(*r++ - '0');
        if (*r == '.') r++;
        while (*r >= '0' && *r <= '9') minor = minor * 10 + (unsigned)(*r++ - '0');
    }
    k = major > 6 || (major == 6 && minor >= 7);
    __atomic_store_n(&known, k, __ATOMIC_RELAXED);
    return k;
}


#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

/* The first reservation starts THP_LEAD bytes below a 2 MiB boundary: no huge page can
 * back those bytes (a transparent huge page needs its whole aligned 2 MiB in one
 * mapping), so while nothing beyond them is accessible (an executable's instance and
 * its memory 0 up to 1.9 MiB), the reservation needs no decision about huge pages
 * (map_stack_is_nohugepage, a `uname`: about 1.5 us of hello world's start-up with
 * static musl, bench/timer.c) until a grow reaches past them (thp_decide).
 *
 * What memory.grow adds past the first 2 MiB boundary after the initial pages may be
 * backed by transparent huge pages (`madvise(MADV_HUGEPAGE)` at the grow that first
 * reaches past it, where the kernel's THP mode is `madvise` or `always`): a program
 * asks for that memory at run time, to use it, and a growing heap of tens of MiB
 * otherwise takes a page fault per 4 KiB and misses the TLB far more often (lz77,
 * 77 MiB: 19,500 page faults -> 2,050, 6.7% less CPU time; bench/profile.md "Huge
 * pages for grown memory"). The initial pages keep 4 KiB pages: a 2 MiB one costs tens
 * of microseconds of zeroing at its first touch, which start-up would pay. Only this
 * reservation, the process's first (an executable's memory 0, or the tail of one in the
 * executable's bss, map_tail): later reservations keep 4 KiB pages throughout. */
#define THP_HUGE (UINT64_C(2) << 20)
#define THP_LEAD (THP_HUGE - UINT64_C(64) * 1024)

/* The first 2 MiB boundary at or after `a`. */
static uintptr_t huge_up(uintptr_t a) {
    return (a + THP_HUGE - 1) & ~(uintptr_t)(THP_HUGE - 1);
}

/* The reservation whose huge-page decision waits (reserve_rw), and the end of the part
 * that stays in 4 KiB pages (the first 2 MiB boundary at or after the initial pages'
 * end); thp_pending is 1 until the decision is made. */
static char* thp_map;
static uint64_t thp_len;
static uintptr_t thp_safe_end;
static int thp_pending;
/* 1 when reserve_rw has already kept huge pages off the reservation (see thp_decide). */
static int thp_kept_off;

/* The decision for a reservation that reserve_rw (or map_tail) left undecided, when
 * a grow has made the bytes up to `end` accessible (the end of a memory in it), before
 * anything touches them: huge pages allowed from thp_safe_end to the reservation's end,
 * and, on a kernel whose MAP_STACK does not already keep them off, kept off below it. */
static void thp_decide(uintptr_t end) {
    uintptr_t m = (uintptr_t)thp_map;
    if (end <= thp_safe_end || end <= m || end - m > thp_len) return;
    if (!__atomic_exchange_n(&thp_pending, 0, __ATOMIC_ACQ_REL)) return;
    if (!thp_kept_off && !map_stack_is_nohugepage())
        (void)madvise(thp_map, (size_t)(thp_safe_end - m), MADV_NOHUGEPAGE);
    (void)madvise((void*)thp_safe_end, (size_t)(m + thp_len - thp_safe_end), MADV_HUGEPAGE);
}

/* The executable's end (the linker defines it; weak: absent, no hint). */
extern char _end[] __attribute__((weak));

/* Where the process's first reservation asks to be (0: anywhere): 64 MiB below a 1 GiB
 * boundary, the first one at least 512 MiB past the executable's end (room for a `brk`
 * heap). Page tables are set up and torn down per 2 MiB (a page of PTEs) and per 1 GiB
 * (a page of PMDs): a reservation that the kernel places below the vDSO starts in a
 * 1 GiB region of its own, which its first write must equip, and at exit the kernel
 * walks the PMD entries of every region it populated, across the part of the
 * reservation in it (all of 1 GiB there). Here the memory's first 64 MiB share a region
 * with the executable (a static one at 0x400000: the same PMD page) and end at its
 * boundary. A static musl C program mapping 4 GiB and writing three pages as hello
 * world's start-up does (the instance, the data at 1024, the stack top) took 3.6 us
 * less (bench/timer.c, 146.5 -> 142.9 us; the program alone 132.8). Only the first
 * reservation (an executable's memory 0): the rest go where the kernel puts them. When
 * the place is taken, MAP_FIXED_NOREPLACE fails (a kernel before 4.17 takes the hint
 * as a hint), reserve_rw tries 1 and 2 GiB higher, then where the kernel puts it. */
static int hint_asked; /* 1 once the first reservation (or the bss region) is placed */

static uintptr_t reservation_hint(uint64_t len) {
    if (!_end || __atomic_exchange_n(&hint_asked, 1, __ATOMIC_RELAXED)) return 0;
    const uint64_t gib = UINT64_C(1) << 30, below = UINT64_C(64) << 20;
    uint64_t h = (((uint64_t)(uintptr_t)_end + (UINT64_C(512) << 20) + below + gib - 1) &
                  ~(gib - 1)) - below - THP_LEAD;
    if (h > UINT64_MAX - len || h != (uintptr_t)h) return 0;
    return (uintptr_t)h;
}

/* A reservation of `len` bytes (a linear memory's, or the instance's and memory 0's
 * with mem0_offset, in both cases W2N_GUARD_BAND bytes longer than the maximum), mapped
 * PROT_NONE, its first `rw` bytes (the instance, the initial pages) then made read-write,
 * or NULL. Every byte from the memory's size to the reservation's end stays inaccessible,
 * and grow makes the pages it adds read-write (`mprotect`): so an access below `size +
 * W2N_GUARD_BAND` (the guard band) is in bounds or faults, which the bounds-check
 * optimizer relies on (compiler/src/translate/bounds/checks.rs, `remove_banded`: a check
 * that a dominating check of the same base nearly proved is dropped and its access marked
 * as trapping) and the signal handler turns into the out-of-bounds trap (trap.c,
 * `w2n_handle_signal`). Every other access is checked explicitly against the size, by
 * compiled code (`heap_addr`, `heap_addr64` in compiler/src/translate/env.rs, bulk
 * operations, atomics) and by the runtime (`in_bounds`, `w2n_mem`, WASI). (From
 * 2026-11 to ABI version 13 the whole reservation was read-write, which saved start-up
 * the `mprotect` that splits the mapping in two, and grow its system call; bench/profile.md
 * "A guard band" has what the band costs.) MAP_NORESERVE: no memory is committed for the
 * reservation (a PROT_NONE mapping is never committed; the `mprotect` commits the
 * read-write part under overcommit mode 2).
 * Transparent huge pages stay off for the reservation, so that where they are
 * "always" on the first touch is still one 4 KiB page (a 2 MiB one costs tens of us of
 * zeroing and 2 MiB of RSS): since Linux 6.7, MAP_STACK does that (VM_NOHUGEPAGE, kept
 * by `mprotect`'s split) at no cost; before, an madvise (about 1.3 us) is needed, and the
 * kernel version tells which. The process's first reservation lets huge pages back what
 * a grow adds past the first 2 MiB boundary after its initial pages (thp_decide). */
static void* reserve_rw(uint64_t len, uint64_t rw) {
    void* p = MAP_FAILED;
    uintptr_t hint = reservation_hint(len);
    /* Taken (EEXIST): the same place 1 GiB higher, twice at most. On x86_64 the kernel
     * starts the `brk` heap anywhere in the 1 GiB after the executable's end, so a
     * static glibc executable's heap lands on the first place in about 0.7% of runs
     * (2 of 300, strace; tests/memory_grow.rs' huge-page test failed on it once). */
    for (int tries = 0; hint && tries < 3; tries++) {
        p = mmap((void*)hint, (size_t)len, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK | MAP_FIXED_NOREPLACE,
                 -1, 0);
        if (p != MAP_FAILED || errno != EEXIST || hint > UINTPTR_MAX - len - ((uintptr_t)2 << 30))
            break;
        hint += (uintptr_t)1 << 30;
    }
    if (p == MAP_FAILED)
        p = mmap(NULL, (size_t)len, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (p == MAP_FAILED) return NULL;
    if (rw && mprotect(p, (size_t)rw, PROT_READ | PROT_WRITE) != 0) {
        munmap(p, (size_t)len);
        return NULL;
    }
    /* The first 2 MiB boundary at or after the initial pages' end. */
    uintptr_t safe = huge_up((uintptr_t)p + (uintptr_t)rw);
    uintptr_t boundary = huge_up((uintptr_t)p);
    int first = hint && (uintptr_t)p == hint;
    /* Another reservation, or initial pages past the first boundary: 4 KiB pages now. */
    int now = !first || rw > boundary - (uintptr_t)p;
    if (now && !map_stack_is_nohugepage())
        (void)madvise(p, (size_t)len, MADV_NOHUGEPAGE);
    if (first && safe - (uintptr_t)p < len) {
        thp_kept_off = now;
        thp_map = p; /* decided at the grow past `safe`, if any */
        thp_len = len;
        thp_safe_end = safe;
        __atomic_store_n(&thp_pending, 1, __ATOMIC_RELEASE);
    }
    return p;
}

/* An executable's instance and memory 0 in its own bss (static musl on x86_64, from
 * `wasm2native build`: compiler/src/lib.rs, `mem0_region_object`): from the first page
 * boundary in `w2n_main_mem0`, W2N_MEM0_OFFSET bytes for the instance then memory 0's
 * initial `w2n_main_mem0_pages` pages (the symbol has a 4 KiB page more), zero, after
 * every other variable of the executable (the last of its `.lbss`). The executable is
 * linked a little below a 1 GiB boundary (`-Ttext-segment`), so that the region shares
 * the executable's pages of PTEs and PMDs, and the rest of the memory's reservation
 * (its tail), mapped right after the bss by the first grow (map_tail), spans little of
 * that GiB (see reservation_hint). What that saves at start-up against a reservation of
 * its own: the `mmap`, a mapping to set up and tear down, its `anon_vma` and a page of
 * PTEs (static musl hello world 2.6% faster, bench/timer.c; README "Start-up"). The bss
 * is committed like any (the build keeps the region small: no transparent huge page can
 * back a bss under 2 MiB); nothing else asks for the addresses after it: the kernel
 * places mappings top-down from far above, and a static musl executable links no `brk`
 * user (its allocations go to exe_alloc.c's `mmap`s; valgrind, which keeps them for the
 * client's `brk`, gets no region). When the tail cannot be mapped there, memory.grow
 * fails (returns -1). Mapping the tail at instantiation instead, so that a taken place
 * could fall back to a reservation of its own, cost 2.4 of the 3.9 us saved.
 * The guard band (see reserve_rw): the symbol has W2N_GUARD_BAND bytes more after the
 * initial pages, and region_claim makes them, up to the bss's end, PROT_NONE (one
 * `mprotect`, which splits the bss mapping); the addresses after the bss stay unmapped
 * until the first grow maps the tail there, PROT_NONE (the band is never beyond the bss
 * before that grow). */
extern char w2n_main_mem0[] __attribute__((weak));
extern const unsigned long long w2n_main_mem0_pages __attribute__((weak));
static int region_taken;
static char* region; /* its page-aligned start, once taken */
/* The rest of the region's memory's reservation: [region_tail, + region_tail_len), the
 * pages from the initial size to the maximum and the guard band after them, mapped by
 * the grow that first needs it (region_tail_pending is 1 until then), except for its
 * start up to the end of the executable's bss (the guard band after the initial pages, and the part of
 * the region's last page that its page alignment leaves unused: PROT_NONE since
 * region_claim): region_map is where that mapping starts. */
static char* region_tail;
static char* region_map;
static uint64_t region_tail_len;
static int region_tail_pending;

/* 1 under valgrind, which keeps the addresses after the executable's bss for the
 * client's `brk` (the tail could not be mapped there): its documented client request
 * RUNNING_ON_VALGRIND (valgrind.h), which natively is a few instructions that change
 * nothing and return 0. */
static int on_valgrind(void) {
#if defined(__x86_64__)
    volatile unsigned long req[6] = {0x1001, 0, 0, 0, 0, 0};
    unsigned long r = 0;
    __asm__ volatile("rolq $3, %%rdi; rolq $13, %%rdi\n\t"
                     "rolq $61, %%rdi; rolq $51, %%rdi\n\t"
                     "xchgq %%rbx, %%rbx"
                     : "=d"(r)
                     : "a"(&req[0]), "0"(r)
                     : "cc", "memory");
    return r != 0;
#else
    return 0;
#endif
}

/* The region for the executable's instance and memory 0 of `min_pages` (at most
 * `max_pages`), once per process, or NULL. */
static char* region_claim(uint64_t min_pages, uint64_t max_pages, uint64_t page) {
    if (!w2n_main_mem0 || !&w2n_main_mem0_pages || w2n_main_mem0_pages != min_pages ||
        page > 4096 || on_valgrind() || __atomic_exchange_n(&region_taken, 1, __ATOMIC_ACQ_REL))
        return NULL;
    char* start = (char*)(((uintptr_t)w2n_main_mem0 + page - 1) & ~(uintptr_t)(page - 1));
    char* tail = start + W2N_MEM0_OFFSET + min_pages * W2N_PAGE_SIZE;
    uintptr_t bss_end = ((uintptr_t)_end + page - 1) & ~(uintptr_t)(page - 1);
    /* The band: in the bss, up to its end (the symbol holds it). */
    if (bss_end < (uintptr_t)tail || bss_end - (uintptr_t)tail < W2N_GUARD_BAND ||
        mprotect(tail, (size_t)(bss_end - (uintptr_t)tail), PROT_NONE) != 0)
        return NULL;
    region = start;
    /* Later reservations go where the kernel puts them: the place reservation_hint would
     * ask for may be where the tail goes. */
    __atomic_store_n(&hint_asked, 1, __ATOMIC_RELAXED);
    region_tail = tail;
    region_tail_len = (max_pages - min_pages) * W2N_PAGE_SIZE + W2N_GUARD_BAND;
    region_map = (char*)bss_end;
    __atomic_store_n(&region_tail_pending, region_map < region_tail + region_tail_len,
                     __ATOMIC_RELEASE);
    return region;
}

/* Maps the region's tail (a grow is about to reach into it): PROT_NONE as reserve_rw
 * maps a reservation (grow then makes its pages read-write), its huge-page decision
 * deferred like the first reservation's (no huge page can back the bytes below the next
 * 2 MiB boundary). 0, or -1 when the place is taken. */
static int map_tail(void) {
    void* want = region_map;
    size_t len = (size_t)(region_tail + region_tail_len - region_map);
    void* p = mmap(want, len, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK | MAP_FIXED_NOREPLACE,
                   -1, 0);
    if (p != want) {
        /* Before Linux 4.17 the address is only a hint. */
        if (p != MAP_FAILED) munmap(p, len);
        return -1;
    }
    if (!__atomic_load_n(&thp_pending, __ATOMIC_ACQUIRE)) {
        thp_kept_off = 0;
        thp_map = p;
        thp_len = len;
        thp_safe_end = huge_up((uintptr_t)p);
        __atomic_store_n(&thp_pending, 1, __ATOMIC_RELEASE);
    } else if (!map_stack_is_nohugepage()) {
        (void)madvise(p, len, MADV_NOHUGEPAGE);
    }
    __atomic_store_n(&region_tail_pending, 0, __ATOMIC_RELEASE);
    return 0;
}

/* Sets `mem`'s size to `size` bytes: first its table of limits (limits[END - 1] = size -
 * END, which compiled code's bounds checks compare an index with), then `size` (a release
 * store). Every write of a memory's size goes through here. Memories only grow, so a
 * thread of a shared memory that reads an entry or the size while another grows it sees
 * the old or the new value, each a size the memory had: a check against it is
 * conservative, never unsafe (as with `size` alone, see `shared_grow_lock`). */
static void set_size(w2n_memory* mem, uint64_t size) {
    for (int64_t end = 1; end <= W2N_MEM_LIMITS; end++)
        __atomic_store_n(&mem->limits[end - 1], (int64_t)size - end, __ATOMIC_RELAXED);
    __atomic_store_n(&mem->size, size, __ATOMIC_RELEASE);
}

int w2n_memory_create(w2n_memory* mem, uint64_t min_pages, uint64_t max_pages) {
    memset(mem, 0, sizeof *mem);
    set_size(mem, 0);
    if (max_pages > W2N_MAX_PAGES) max_pages = W2N_MAX_PAGES;
    if (min_pages > max_pages) return -1;
    uint64_t reserve = max_pages * W2N_PAGE_SIZE + W2N_GUARD_BAND;
    if (reserve > (uint64_t)SIZE_MAX) return -1;
    if (max_pages == 0) {
        /* Nothing to reserve: a non-NULL base that is never dereferenced (size 0 and
         * max 0 mean every access is out of bounds), so w2n_mem(ptr=0, len=0) works. */
        static uint8_t empty_base[1];
        mem->base = empty_base;
        mem->max_pages = 0;
        return 0;
    }
    uint64_t size = min_pages * W2N_PAGE_SIZE;
    void* p = reserve_rw(reserve, size);
    if (!p) return -1;
    mem->base = p;
    set_size(mem, size);
    mem->max_pages = max_pages;
    mem->reserved = reserve;
    return 0;
}

/* The instance and memory 0 in one reservation (a descriptor with mem0_offset, see
 * w2n_abi.h): `lead` bytes before the instance (arrays that did not fit after it), the
 * instance and `after` more bytes (its globals and arrays), then memory 0's reservation
 * (`max_pages`, capped) W2N_MEM0_OFFSET bytes after the instance, its first `min_pages`
 * accessible, and W2N_GUARD_BAND bytes after the maximum. `reserve_rw` makes the first
 * part read-write in one `mprotect`, the pages between the end of the instance's part and
 * the memory included: they are never touched (no memory is committed for them), and
 * keeping them inaccessible would cost a second `mprotect` at every start-up, for no access
 * of compiled code can reach below the memory's base. Returns the instance's address (zero-filled) and sets *map and
 * *map_len (for munmap), or NULL. */
char* w2n_instance_map(uint64_t lead, uint64_t after, uint64_t min_pages, uint64_t max_pages,
                       int main_module, void** map, uint64_t* map_len) {
    uint64_t page = (uint64_t)getauxval(AT_PAGESZ);
    if (!page) page = 4096;
    uint64_t head = (lead + page - 1) & ~(page - 1);
    uint64_t body = (after + page - 1) & ~(page - 1);
    if (W2N_MEM0_OFFSET % page != 0 || body > W2N_MEM0_OFFSET) return NULL;
    if (max_pages > W2N_MAX_PAGES) max_pages = W2N_MAX_PAGES;
    if (min_pages > max_pages) return NULL;
    if (main_module && !head) {
        char* r = region_claim(min_pages, max_pages, page);
        if (r) {
            *map = r;
            *map_len = 0; /* the region: nothing to unmap (w2n_instance_unmap) */
            return r;
        }
    }
    uint64_t len = head + W2N_MEM0_OFFSET + max_pages * W2N_PAGE_SIZE + W2N_GUARD_BAND;
    if (len > (uint64_t)SIZE_MAX / 2) return NULL;
    uint64_t rw = head + (min_pages ? W2N_MEM0_OFFSET + min_pages * W2N_PAGE_SIZE : body);
    char* p = reserve_rw(len, rw);
    if (!p) return NULL;
    *map = p;
    *map_len = len;
    return p + head;
}

void w2n_instance_unmap(void* map, uint64_t map_len) {
    if (map_len) {
        munmap(map, (size_t)map_len);
    } else if (map == (void*)region && region_tail_len) {
        /* The region stays taken (its pages are no longer zero); its tail goes, if mapped. */
        if (!__atomic_load_n(&region_tail_pending, __ATOMIC_ACQUIRE) &&
            region_map < region_tail + region_tail_len)
            munmap(region_map, (size_t)(region_tail + region_tail_len - region_map));
        __atomic_store_n(&region_tail_pending, 0, __ATOMIC_RELEASE);
        region_tail_len = 0;
    }
}

/* Memory 0 in the instance's reservation (w2n_instance_map, which made its first
 * `min_pages` accessible): `base` is W2N_MEM0_OFFSET bytes after the instance. The record
 * has `reserved` for grow; w2n_memory_destroy must not see it (the instance's munmap
 * releases it). */
int w2n_memory_create_at(w2n_memory* mem, uint8_t* base, uint64_t min_pages,
                         uint64_t max_pages) {
    memset(mem, 0, sizeof *mem);
    if (max_pages > W2N_MAX_PAGES) max_pages = W2N_MAX_PAGES;
    if (min_pages > max_pages) return -1;
    mem->base = base;
    set_size(mem, min_pages * W2N_PAGE_SIZE);
    mem->max_pages = max_pages;
    mem->reserved = max_pages * W2N_PAGE_SIZE + W2N_GUARD_BAND;
    return 0;
}

/* Where the executable's file holds the byte at address `addr`. */
typedef struct {
    uintptr_t addr;
    uint64_t offset;
    int found;
} file_offset;

static int find_offset(struct dl_phdr_info* info, size_t size, void* data) {
    (void)size;
    file_offset* f = data;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr)* ph = &info->dlpi_phdr[i];
        uintptr_t start = info->dlpi_addr + ph->p_vaddr;
        if (ph->p_type == PT_LOAD && f->addr >= start && f->addr - start < ph->p_filesz) {
            f->offset = ph->p_offset + (f->addr - start);
            f->found = 1;
        }
    }
    return f->found;
}

int w2n_memory_init_image(w2n_memory* mem, const uint8_t* image, uint64_t start,
                          uint64_t len) {
    size_t page = (size_t)getauxval(AT_PAGESZ);
    if (!page) page = 4096;
    uint64_t maplen = (len + page - 1) & ~(uint64_t)(page - 1);
    if (start > mem->size || len > mem->size - start) return -1;
    uint8_t* at = mem->base + start;
    if (maplen <= mem->size - start && ((uintptr_t)image & (page - 1)) == 0 &&
        (start & (page - 1)) == 0) {
        file_offset f = {(uintptr_t)image, 0, 0};
        dl_iterate_phdr(find_offset, &f);
        /* The linker placed the image at a page boundary of the file (on a system with
         * larger pages than that, it is copied). */
        int fd = f.found && f.offset % page == 0 ? open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
                                                 : -1;
        if (fd >= 0) {
            void* p = mmap(at, (size_t)maplen, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_FIXED, fd, (off_t)f.offset);
            close(fd);
            if (p == at) return 1;
            /* A failed MAP_FIXED may have unmapped the range: zero pages anew. */
            if (mmap(at, (size_t)maplen, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != at)
                return -1;
        }
    }
    memcpy(at, image, (size_t)len);
    return 0;
}

void w2n_memory_destroy(w2n_memory* mem) {
    if (mem->reserved) munmap(mem->base, (size_t)mem->reserved);
    memset(mem, 0, sizeof *mem);
    set_size(mem, 0);
}

/* Serializes the growth of shared memories (threads). A shared memory never moves (its
 * maximum is reserved at creation, like every memory's), so growing is an mprotect of
 * the next pages (which moves the guard band up) then a release store of the new size:
 * a thread that reads the new size
 * (compiled code's plain aligned 64-bit load, single-copy atomic on every target; the
 * runtime's acquire loads) finds the pages accessible. Other threads may keep using an
 * older, smaller size for a while: their checks are then conservative, never unsafe. */
static w2n_mutex shared_grow_lock = W2N_MUTEX_INIT;

/* The current size in bytes of `m` (an atomic load: another thread may be growing a
 * shared memory). */
static uint64_t size_of(const w2n_memory* m) {
    return __atomic_load_n(&m->size, __ATOMIC_ACQUIRE);
}

static uint64_t grow_locked(w2n_memory* mem, uint64_t delta);

/* Grow `mem` by `delta` pages: old size in pages or -1 (UINT64_MAX; compiled code
 * truncates it to 32 bits for a 32-bit memory). Atomic with respect to other threads
 * for a shared memory. */
static uint64_t grow(w2n_memory* mem, uint64_t delta) {
    if (!mem->shared) return grow_locked(mem, delta);
    w2n_mutex_lock(&shared_grow_lock);
    uint64_t r = grow_locked(mem, delta);
    w2n_mutex_unlock(&shared_grow_lock);
    return r;
}

static uint64_t grow_locked(w2n_memory* mem, uint64_t delta) {
    uint64_t old = mem->size / W2N_PAGE_SIZE;
    if (delta == 0) return old;
    if (delta > mem->max_pages - old) return UINT64_MAX;
    uint64_t bytes = delta * W2N_PAGE_SIZE;
    if (mem->reserved < W2N_GUARD_BAND || mem->size + bytes > mem->reserved - W2N_GUARD_BAND)
        return UINT64_MAX;
    if (__atomic_load_n(&region_tail_pending, __ATOMIC_ACQUIRE) &&
        mem->base == (uint8_t*)region + W2N_MEM0_OFFSET && map_tail() != 0)
        return UINT64_MAX;
    /* The pages it adds: the band moves up with the size (reserve_rw). */
    if (mprotect(mem->base + mem->size, (size_t)bytes, PROT_READ | PROT_WRITE) != 0)
        return UINT64_MAX;
    if (__atomic_load_n(&thp_pending, __ATOMIC_ACQUIRE))
        thp_decide((uintptr_t)(mem->base + mem->size + bytes));
    set_size(mem, mem->size + bytes);
    return old;
}

/* Memory `idx` of `inst`, or NULL (not valid wasm; compiled code never asks). */
static w2n_memory* mem_at(w2n_instance* inst, uint64_t idx) {
    return idx < inst->module->num_memories ? inst->memories[idx] : NULL;
}

/* 1 when [off, off+len) lies within a region of `size` bytes (no overflow). */
static int in_bounds(uint64_t off, uint64_t len, uint64_t size) {
    return off <= size && len <= size - off;
}

/* Addresses and lengths are 64 bits wide (memory64); a 32-bit memory's are zero-extended
 * by compiled code. */
static void fill(w2n_instance* inst, w2n_memory* m, uint64_t dst, uint32_t value, uint64_t len) {
    if (!m || !in_bounds(dst, len, size_of(m))) w2n_trap(inst, W2N_TRAP_MEMORY_OOB);
    if (len) memset(m->base + dst, (int)(uint8_t)value, (size_t)len);
}

/* memmove: the ranges may overlap when both are in the same memory. */
static void copy(w2n_instance* inst, w2n_memory* dm, w2n_memory* sm, uint64_t dst, uint64_t src,
                 uint64_t len) {
    if (!dm || !sm || !in_bounds(dst, len, size_of(dm)) || !in_bounds(src, len, size_of(sm)))
        w2n_trap(inst, W2N_TRAP_MEMORY_OOB);
    if (len) memmove(dm->base + dst, sm->base + src, (size_t)len);
}

static void init(w2n_instance* inst, w2n_memory* m, uint32_t seg, uint64_t dst, uint32_t src,
                 uint32_t len) {
    const w2n_module* mod = inst->module;
    if (seg >= mod->num_data) w2n_trap(inst, W2N_TRAP_MEMORY_OOB); /* not valid wasm */
    const w2n_data_seg* d = &mod->data[seg];
    uint64_t seg_len = w2n_priv(inst)->data_dropped[seg] ? 0 : d->len;
    if (!m || !in_bounds(src, len, seg_len) || !in_bounds(dst, len, size_of(m)))
        w2n_trap(inst, W2N_TRAP_MEMORY_OOB);
    if (len) memcpy(m->base + dst, d->bytes + src, len);
}

/* Memory 0: inst->memory, exactly as with a single memory. */
uint64_t w2n_memory_grow(w2n_instance* inst, uint64_t delta) {
    if (!inst->memory) return UINT64_MAX;
    return grow(inst->memory, delta);
}

void w2n_memory_fill(w2n_instance* inst, uint64_t dst, uint32_t value, uint64_t len) {
    fill(inst, inst->memory, dst, value, len);
}

/* The call behind an inline memory.copy of more than 16 bytes (bounds checked by the
 * caller). */
void w2n_memmove(void* dst, void* src, uint64_t len) {
    memmove(dst, src, (size_t)len);
}

void w2n_memory_init(w2n_instance* inst, uint32_t seg, uint64_t dst, uint32_t src,
                     uint32_t len) {
    init(inst, inst->memory, seg, dst, src, len);
}

/* Any memory, by index (multiple memories). */
uint64_t w2n_memory_grow_idx(w2n_instance* inst, uint32_t mem, uint64_t delta) {
    w2n_memory* m = mem_at(inst, mem);
    return m ? grow(m, delta) : UINT64_MAX;
}

void w2n_memory_fill_idx(w2n_instance* inst, uint32_t mem, uint64_t dst, uint32_t value,
                         uint64_t len) {
    fill(inst, mem_at(inst, mem), dst, value, len);
}

void w2n_memory_copy_idx(w2n_instance* inst, uint32_t dst_mem, uint32_t src_mem, uint64_t dst,
                         uint64_t src, uint64_t len) {
    copy(inst, mem_at(inst, dst_mem), mem_at(inst, src_mem), dst, src, len);
}

void w2n_memory_init_idx(w2n_instance* inst, uint32_t mem, uint32_t seg, uint64_t dst,
                         uint32_t src, uint32_t len) {
    init(inst, mem_at(inst, mem), seg, dst, src, len);
}

void w2n_data_drop(w2n_instance* inst, uint32_t seg) {
    if (seg < inst->module->num_data) w2n_priv(inst)->data_dropped[seg] = 1;
}

uint8_t* w2n_mem(w2n_instance* inst, uint64_t ptr, uint64_t len) {
    w2n_memory* m = inst ? inst->memory : NULL;
    if (!m || !in_bounds(ptr, len, size_of(m))) return NULL;
    return m->base + ptr;
}

w2n_memory* w2n_instance_memory(w2n_instance* inst, uint64_t index) {
    return inst ? mem_at(inst, index) : NULL;
}

uint8_t* w2n_mem_at(w2n_instance* inst, uint64_t index, uint64_t ptr, uint64_t len) {
    w2n_memory* m = w2n_instance_memory(inst, index);
    if (!m || !in_bounds(ptr, len, size_of(m))) return NULL;
    return m->base + ptr;
}

w2n_memory* w2n_memory_new(w2n_store* store, uint64_t min, uint64_t max) {
    if (max != W2N_NO_MAX && (max < min || max > W2N_MAX_PAGES)) return NULL;
    if (min > W2N_MAX_PAGES) return NULL;
    w2n_owned* o = calloc(1, sizeof *o);
    if (!o) return NULL;
    if (w2n_memory_create(&o->u.memory, min, max == W2N_NO_MAX ? W2N_MAX_PAGES : max) != 0) {
        free(o);
        return NULL;
    }
    o->kind = W2N_EXTERN_MEMORY;
    o->next = store->owned;
    store->owned = o;
    return &o->u.memory;
}

w2n_memory* w2n_memory_new_shared(w2n_store* store, uint64_t min, uint64_t max) {
    if (max == W2N_NO_MAX) return NULL;
    w2n_memory* m = w2n_memory_new(store, min, max);
    if (m) m->shared = 1;
    return m;
}
