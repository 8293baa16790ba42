/* vcall: virtual-call-heavy object code.
 * PRNG-generated expression trees whose nodes are "objects" with a vtable
 * (a struct of function pointers: eval, depth, fingerprint); every tree is
 * evaluated against many variable environments, so nearly every step is an
 * indirect call through a vtable. Arithmetic is modulo 2^64. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define NTREES 40
#define MAX_DEPTH 11
#define NENVS 1500
#define NVARS 8
#define EXPECTED 0xa819822a5841573full

typedef struct node node;
typedef struct {
    uint64_t (*eval)(const node *, const uint64_t *env);
    uint32_t (*depth)(const node *);
    uint64_t (*fingerprint)(const node *);
    uint32_t kind;
} vtable;

struct node {
    const vtable *vt;
    node *l, *r, *c;  /* children; c only for select */
    uint64_t value;   /* constant or variable index */
};

static uint64_t ev(const node *n, const uint64_t *env) { return n->vt->eval(n, env); }

static uint64_t const_eval(const node *n, const uint64_t *env) { (void)env; return n->value; }
static uint64_t var_eval(const node *n, const uint64_t *env) { return env[n->value]; }
static uint64_t add_eval(const node *n, const uint64_t *env) { return ev(n->l, env) + ev(n->r, env); }
static uint64_t sub_eval(const node *n, const uint64_t *env) { return ev(n->l, env) - ev(n->r, env); }
static uint64_t mul_eval(const node *n, const uint64_t *env) { return ev(n->l, env) * ev(n->r, env); }
static uint64_t xor_eval(const node *n, const uint64_t *env) { return ev(n->l, env) ^ ev(n->r, env); }
static uint64_t rot_eval(const node *n, const uint64_t *env) {
    uint64_t v = ev(n->l, env);
    unsigned s = (unsigned)(ev(n->r, env) & 63);
    return s ? (v << s) | (v >> (64 - s)) : v;
}
static uint64_t min_eval(const node *n, const uint64_t *env) {
    uint64_t a = ev(n->l, env), b = ev(n->r, env);
    return a < b ? a : b;
}
static uint64_t sel_eval(const node *n, const uint64_t *env) { /* c odd ? l : r */
    return (ev(n->c, env) & 1) ? ev(n->l, env) : ev(n->r, env);
}
static uint64_t neg_eval(const node *n, const uint64_t *env) { return ~ev(n->l, env); }

static uint32_t leaf_depth(const node *n) { (void)n; return 1; }
static uint32_t un_depth(const node *n) { return 1 + n->l->vt->depth(n->l); }
static uint32_t bin_depth(const node *n) {
    uint32_t a = n->l->vt->depth(n->l), b = n->r->vt->depth(n->r);
    return 1 + (a > b ? a : b);
}
static uint32_t sel_depth(const node *n) {
    uint32_t a = bin_depth(n), c = n->c->vt->depth(n->c);
    return a > c + 1 ? a : c + 1;
}

static uint64_t leaf_fp(const node *n) { return n->vt->kind * 0x9e3779b97f4a7c15ull ^ n->value; }
static uint64_t un_fp(const node *n) { return (n->vt->kind + 1) * 0x100000001b3ull + n->l->vt->fingerprint(n->l) * 3; }
static uint64_t bin_fp(const node *n) {
    return ((n->vt->kind + 1) * 0x100000001b3ull) ^ (n->l->vt->fingerprint(n->l) * 5 + n->r->vt->fingerprint(n->r) * 7);
}
static uint64_t sel_fp(const node *n) { return bin_fp(n) + n->c->vt->fingerprint(n->c) * 11; }

static const vtable vt_const = {const_eval, leaf_depth, leaf_fp, 0};
static const vtable vt_var = {var_eval, leaf_depth, leaf_fp, 1};
static const vtable vt_add = {add_eval, bin_depth, bin_fp, 2};
static const vtable vt_sub = {sub_eval, bin_depth, bin_fp, 3};
static const vtable vt_mul = {mul_eval, bin_depth, bin_fp, 4};
static const vtable vt_xor = {xor_eval, bin_depth, bin_fp, 5};
static const vtable vt_rot = {rot_eval, bin_depth, bin_fp, 6};
static const vtable vt_min = {min_eval, bin_depth, bin_fp, 7};
static const vtable vt_sel = {sel_eval, sel_depth, sel_fp, 8};
static const vtable vt_neg = {neg_eval, un_depth, un_fp, 9};
static const vtable *const binops[] = {&vt_add, &vt_sub, &vt_mul, &vt_xor, &vt_rot, &vt_min};

static uint64_t rng = 0xa54ff53a5f1d36f1ull;
static uint32_t next32(void) {
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(rng >> 32);
}

static uint32_t node_count;

static node *build(uint32_t depth) {
    node *n = calloc(1, sizeof *n);
    if (!n) exit(2);
    node_count++;
    uint32_t r = next32();
    if (depth >= MAX_DEPTH || (depth > 3 && r % 100 < 22)) {
        if (r & 0x100) { n->vt = &vt_var; n->value = (r >> 9) % NVARS; }
        else { n->vt = &vt_const; n->value = ((uint64_t)next32() << 32) | next32(); }
        return n;
    }
    uint32_t pick = (r >> 8) % 16;
    if (pick < 12) {
        n->vt = binops[pick % 6];
    } else if (pick < 14) {
        n->vt = &vt_neg;
        n->l = build(depth + 1);
        return n;
    } else {
        n->vt = &vt_sel;
        n->c = build(depth + 1);
    }
    n->l = build(depth + 1);
    n->r = build(depth + 1);
    return n;
}

static void destroy(node *n) {
    if (!n) return;
    destroy(n->l); destroy(n->r); destroy(n->c);
    free(n);
}

int main(void) {
    static uint64_t envs[NENVS][NVARS];
    for (int e = 0; e < NENVS; e++)
        for (int v = 0; v < NVARS; v++) envs[e][v] = ((uint64_t)next32() << 32) | next32();
    uint64_t acc = 0;
    for (int t = 0; t < NTREES; t++) {
        node *root = build(0);
        acc = acc * 31 + root->vt->depth(root);
        acc ^= root->vt->fingerprint(root);
        for (int e = 0; e < NENVS; e++) acc = (acc << 7 | acc >> 57) + ev(root, envs[e]);
        destroy(root);
    }
    acc += node_count;
    if (acc != EXPECTED) {
        fprintf(stderr, "vcall: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("vcall: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
