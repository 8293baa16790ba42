/* alloc: allocation churn and linked structures.
 * (1) A slot table driven by a PRNG: malloc, realloc and free of many sizes
 *     (mostly small, some medium, a few large), each block stamped and
 *     verified before it is freed.
 * (2) Binary trees: repeatedly build, walk and free perfect trees of several
 *     depths, plus one long-lived tree kept across the whole run.
 * (3) A singly linked list rebuilt in place with insertions and deletions. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 8192
#define CHURN_OPS 3000000u
#define EXPECTED 0x717dd7adebec76f2ull

static uint64_t rng = 0x1f83d9abfb41bd6bull;
static uint32_t next32(void) {
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(rng >> 32);
}

/* ---------- (1) slot churn ---------- */
typedef struct { uint8_t *p; uint32_t size; uint32_t tag; } slot;

static uint32_t pick_size(void) {
    uint32_t r = next32() % 1000;
    if (r < 700) return 8 + next32() % 120;      /* small */
    if (r < 970) return 128 + next32() % 1920;   /* medium */
    if (r < 998) return 2048 + next32() % 14336; /* large */
    return 65536 + next32() % 196608;            /* huge */
}

static void stamp(slot *s) {
    s->p[0] = (uint8_t)s->tag;
    s->p[s->size - 1] = (uint8_t)(s->tag >> 8);
    s->p[s->size / 2] = (uint8_t)(s->tag >> 16);
}

static int check(const slot *s) {
    return s->p[0] == (uint8_t)s->tag && s->p[s->size - 1] == (uint8_t)(s->tag >> 8) &&
           s->p[s->size / 2] == (uint8_t)(s->tag >> 16);
}

static uint64_t churn(void) {
    slot *slots = calloc(SLOTS, sizeof *slots);
    if (!slots) exit(2);
    uint64_t acc = 0, live_bytes = 0, peak = 0;
    for (uint32_t op = 0; op < CHURN_OPS; op++) {
        slot *s = &slots[next32() % SLOTS];
        uint32_t action = next32() % 16;
        if (s->p && action < 2) { /* grow or shrink in place or by moving */
            if (!check(s)) { fprintf(stderr, "alloc: WRONG block corrupted before realloc\n"); exit(1); }
            uint32_t nsize = pick_size();
            uint8_t keep = s->p[0];
            uint8_t *np = realloc(s->p, nsize);
            if (!np) exit(2);
            if (np[0] != keep) { fprintf(stderr, "alloc: WRONG realloc lost data\n"); exit(1); }
            live_bytes = live_bytes - s->size + nsize;
            s->p = np; s->size = nsize; s->tag = next32();
            stamp(s);
        } else if (s->p) {
            if (!check(s)) { fprintf(stderr, "alloc: WRONG block corrupted\n"); exit(1); }
            acc += s->p[s->size / 2] + (uint64_t)s->size * 3;
            live_bytes -= s->size;
            free(s->p);
            s->p = NULL;
        } else {
            s->size = pick_size();
            s->tag = next32();
            s->p = malloc(s->size);
            if (!s->p) exit(2);
            if (action < 4) memset(s->p, (int)(s->tag & 0xff), s->size);
            stamp(s);
            live_bytes += s->size;
            if (live_bytes > peak) peak = live_bytes;
        }
    }
    for (uint32_t i = 0; i < SLOTS; i++) free(slots[i].p);
    free(slots);
    return acc * 31 + peak;
}

/* ---------- (2) binary trees ---------- */
typedef struct tree { struct tree *l, *r; uint32_t item; } tree;

static tree *make_tree(uint32_t item, uint32_t depth) {
    tree *t = malloc(sizeof *t);
    if (!t) exit(2);
    t->item = item;
    if (depth > 0) {
        t->l = make_tree(2 * item, depth - 1);
        t->r = make_tree(2 * item + 1, depth - 1);
    } else {
        t->l = t->r = NULL;
    }
    return t;
}

static uint64_t walk(const tree *t) {
    if (!t->l) return t->item;
    return t->item + walk(t->l) * 3 - walk(t->r);
}

static void free_tree(tree *t) {
    if (t->l) { free_tree(t->l); free_tree(t->r); }
    free(t);
}

static uint64_t trees(void) {
    uint64_t acc = 0;
    tree *keeper = make_tree(1, 18);
    for (uint32_t depth = 4; depth <= 16; depth += 2) {
        uint32_t iters = 1u << (18 - depth);
        for (uint32_t i = 0; i < iters; i++) {
            tree *t = make_tree(i, depth);
            acc += walk(t);
            free_tree(t);
        }
        acc = acc * 31 + depth;
    }
    acc ^= walk(keeper);
    free_tree(keeper);
    return acc;
}

/* ---------- (3) linked list ---------- */
typedef struct cell { struct cell *next; uint32_t v; } cell;

static uint64_t list(void) {
    cell *head = NULL;
    uint32_t len = 0;
    uint64_t acc = 0;
    for (uint32_t op = 0; op < 20000; op++) {
        uint32_t r = next32();
        uint32_t pos = len ? r % (len + 1) : 0;
        cell **pp = &head;
        for (uint32_t i = 0; i < pos && *pp; i++) pp = &(*pp)->next;
        if ((r >> 28) < 9 || !*pp) { /* insert */
            cell *c = malloc(sizeof *c);
            if (!c) exit(2);
            c->v = r; c->next = *pp; *pp = c; len++;
        } else { /* delete */
            cell *c = *pp;
            acc += c->v;
            *pp = c->next; free(c); len--;
        }
    }
    uint32_t i = 0;
    while (head) {
        cell *c = head;
        acc = acc * 3 + c->v + i++;
        head = c->next;
        free(c);
    }
    return acc + len;
}

int main(void) {
    uint64_t acc = churn();
    acc = acc * 1000003ull + trees();
    acc = acc * 1000003ull + list();
    if (acc != EXPECTED) {
        fprintf(stderr, "alloc: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("alloc: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
