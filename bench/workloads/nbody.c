/* nbody: double-precision floating point (mul/add/div/sqrt).
 * A gravitational N-body simulation of a small PRNG-generated cluster with a
 * symplectic (kick-drift) integrator; checks the total energy before and
 * after, and a rounded checksum of the final positions. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#define NBODY 12
#define STEPS 600000
#define DT 0.0002
#define EXPECTED_E0 (-0.84976416329931492)
#define EXPECTED_E1 (-0.84976206630606854)
#define EXPECTED_POS 0xd59da47027d90e38ull

typedef struct {
    double x, y, z, vx, vy, vz, m;
} body;

static body bodies[NBODY];
static uint64_t rng = 0x2545f4914f6cdd1dull;

/* uniform in [-1, 1) from the top 53 bits of a xorshift64* output */
static double frand(void) {
    rng ^= rng >> 12; rng ^= rng << 25; rng ^= rng >> 27;
    uint64_t r = rng * 0x2545f4914f6cdd1dull;
    return (double)(r >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

static void init(void) {
    /* a heavy central star and light planets on roughly circular orbits,
     * with PRNG-chosen radii, phases and small inclinations */
    double px = 0, py = 0, pz = 0, mt = 0;
    bodies[0] = (body){0, 0, 0, 0, 0, 0, 1000.0};
    for (int i = 1; i < NBODY; i++) {
        body *b = &bodies[i];
        double r = 1.0 + 0.8 * i + 0.1 * frand();
        double c = frand(), s = sqrt(1.0 - c * c); /* cos, sin of the phase */
        if (frand() < 0.0) s = -s;
        double v = sqrt(1000.0 / r) * (1.0 + 0.005 * frand());
        b->x = r * c; b->y = r * s; b->z = 0.02 * r * frand();
        b->vx = -v * s; b->vy = v * c; b->vz = 0.01 * v * frand();
        b->m = 0.0002 + 0.001 * (frand() + 1.0);
    }
    for (int i = 0; i < NBODY; i++) {
        body *b = &bodies[i];
        px += b->vx * b->m; py += b->vy * b->m; pz += b->vz * b->m; mt += b->m;
    }
    /* zero total momentum */
    for (int i = 0; i < NBODY; i++) {
        bodies[i].vx -= px / mt; bodies[i].vy -= py / mt; bodies[i].vz -= pz / mt;
    }
}

static double energy(void) {
    double e = 0.0;
    for (int i = 0; i < NBODY; i++) {
        body *a = &bodies[i];
        e += 0.5 * a->m * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
        for (int j = i + 1; j < NBODY; j++) {
            body *b = &bodies[j];
            double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
            e -= a->m * b->m / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(double dt) {
    for (int i = 0; i < NBODY; i++) {
        body *a = &bodies[i];
        for (int j = i + 1; j < NBODY; j++) {
            body *b = &bodies[j];
            double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double ma = a->m * mag, mb = b->m * mag;
            a->vx -= dx * mb; a->vy -= dy * mb; a->vz -= dz * mb;
            b->vx += dx * ma; b->vy += dy * ma; b->vz += dz * ma;
        }
    }
    for (int i = 0; i < NBODY; i++) {
        body *a = &bodies[i];
        a->x += dt * a->vx; a->y += dt * a->vy; a->z += dt * a->vz;
    }
}

static int close_to(double got, double want) {
    return fabs(got - want) <= 1e-9 * (fabs(want) + 1.0);
}

int main(void) {
    init();
    double e0 = energy();
    for (int s = 0; s < STEPS; s++) advance(DT);
    double e1 = energy();
    /* positions rounded to 1e-3: insensitive to last-bit differences such as
     * fused multiply-add on a native build */
    uint64_t pos = 0;
    for (int i = 0; i < NBODY; i++) {
        pos = pos * 31 + (uint64_t)(int64_t)floor(bodies[i].x * 1000.0 + 0.5);
        pos = pos * 31 + (uint64_t)(int64_t)floor(bodies[i].y * 1000.0 + 0.5);
        pos = pos * 31 + (uint64_t)(int64_t)floor(bodies[i].z * 1000.0 + 0.5);
    }
    if (!close_to(e0, EXPECTED_E0) || !close_to(e1, EXPECTED_E1) || pos != EXPECTED_POS) {
        fprintf(stderr, "nbody: WRONG got %.9f %.9f %016llx expected %.9f %.9f %016llx\n",
                e0, e1, (unsigned long long)pos, EXPECTED_E0, EXPECTED_E1,
                (unsigned long long)EXPECTED_POS);
        return 1;
    }
    printf("nbody: ok %.9f %.9f %016llx\n", e0, e1, (unsigned long long)pos);
    return 0;
}
