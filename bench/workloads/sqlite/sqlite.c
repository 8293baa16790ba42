/* sqlite: SQLite 3 (libsqlite3-sys 0.35.0's bundled amalgamation sqlite3.c, which
 * scripts/bench fetches from crates.io and compiles together with this file) on an
 * in-memory database: bulk inserts through a prepared statement in transactions, an
 * index build, point lookups, range scans, GROUP BY aggregates, a join with ORDER BY,
 * LIKE, UPDATE and DELETE. The checksum covers every query's results.
 * Both builds use the same configuration: SQLITE_OS_OTHER with the minimal VFS below
 * (no files: a fixed clock and a deterministic "random" source), single-threaded.
 * Build flags: see SQLITE_FLAGS in scripts/bench. */
#include <stdio.h>
#include <string.h>

#include "sqlite3.h"

#define EXPECTED 0xcdaf3ee103cd0ee5ull

/* ---- a VFS that opens nothing: enough for ":memory:" databases ---- */
static int vfs_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out) {
    (void)v, (void)name, (void)flags, (void)out;
    f->pMethods = NULL;
    return SQLITE_CANTOPEN;
}
static int vfs_delete(sqlite3_vfs *v, const char *name, int sync) {
    (void)v, (void)name, (void)sync;
    return SQLITE_OK;
}
static int vfs_access(sqlite3_vfs *v, const char *name, int flags, int *out) {
    (void)v, (void)name, (void)flags;
    *out = 0;
    return SQLITE_OK;
}
static int vfs_fullpath(sqlite3_vfs *v, const char *name, int n, char *out) {
    (void)v;
    snprintf(out, (size_t)n, "%s", name);
    return SQLITE_OK;
}
static unsigned long long vfs_seed = 0x9e3779b97f4a7c15ull;
static int vfs_random(sqlite3_vfs *v, int n, char *out) {
    (void)v;
    for (int i = 0; i < n; i++) {
        vfs_seed = vfs_seed * 6364136223846793005ull + 1442695040888963407ull;
        out[i] = (char)(vfs_seed >> 56);
    }
    return n;
}
static int vfs_sleep(sqlite3_vfs *v, int us) {
    (void)v;
    return us;
}
static int vfs_time(sqlite3_vfs *v, double *out) {
    (void)v;
    *out = 2461000.5; /* a fixed Julian day */
    return SQLITE_OK;
}
static int vfs_error(sqlite3_vfs *v, int n, char *out) {
    (void)v;
    if (n > 0) out[0] = 0;
    return 0;
}
static sqlite3_vfs vfs = {
    1, 0, 512, NULL, "bench", NULL, vfs_open, vfs_delete, vfs_access, vfs_fullpath,
    NULL, NULL, NULL, NULL, vfs_random, vfs_sleep, vfs_time, vfs_error,
};
int sqlite3_os_init(void) { return sqlite3_vfs_register(&vfs, 1); }
int sqlite3_os_end(void) { return SQLITE_OK; }

/* ---- the workload ---- */
static sqlite3 *db;
static unsigned long long acc;

static void mix(unsigned long long x) { acc = (acc ^ x) * 0x100000001b3ull; }

static void fail(const char *what) {
    fprintf(stderr, "sqlite: WRONG %s: %s\n", what, sqlite3_errmsg(db));
    _Exit(1);
}

static void exec(const char *sql) {
    char *err = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "sqlite: WRONG %s: %s\n", sql, err);
        _Exit(1);
    }
}

/* Runs a query, mixing every column of every row into the checksum; returns the rows. */
static int query(const char *sql) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) fail(sql);
    int rows = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        rows++;
        for (int c = 0; c < sqlite3_column_count(st); c++) {
            switch (sqlite3_column_type(st, c)) {
            case SQLITE_INTEGER: mix((unsigned long long)sqlite3_column_int64(st, c)); break;
            case SQLITE_FLOAT: mix((unsigned long long)(sqlite3_column_double(st, c) * 1000)); break;
            case SQLITE_TEXT: mix((unsigned long long)sqlite3_column_bytes(st, c) * 131 +
                                  sqlite3_column_text(st, c)[0]); break;
            default: mix(7);
            }
        }
    }
    if (rc != SQLITE_DONE) fail(sql);
    sqlite3_finalize(st);
    mix((unsigned long long)rows);
    return rows;
}

int main(void) {
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) fail("open");
    exec("CREATE TABLE customer(id INTEGER PRIMARY KEY, name TEXT, city TEXT, score REAL);"
         "CREATE TABLE orders(id INTEGER PRIMARY KEY, cust INTEGER, item TEXT, qty INTEGER,"
         " price REAL);");
    static const char *cities[] = {"Oslo", "Lima", "Pune", "Kyiv", "Nice", "Graz", "Cork", "Baku"};
    static const char *items[] = {"apple", "pear", "plum", "fig", "kiwi", "lime", "date", "yam"};
    unsigned long long r = 12345;
#define NEXT() (r = r * 6364136223846793005ull + 1442695040888963407ull, r >> 33)
    sqlite3_stmt *ins;
    exec("BEGIN");
    if (sqlite3_prepare_v2(db, "INSERT INTO customer VALUES(?,?,?,?)", -1, &ins, NULL)) fail("prep");
    char buf[64];
    for (int i = 1; i <= 20000; i++) {
        snprintf(buf, sizeof buf, "customer-%llu", NEXT() % 100000);
        sqlite3_bind_int(ins, 1, i);
        sqlite3_bind_text(ins, 2, buf, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 3, cities[NEXT() % 8], -1, SQLITE_STATIC);
        sqlite3_bind_double(ins, 4, (double)(NEXT() % 10000) / 100.0);
        if (sqlite3_step(ins) != SQLITE_DONE) fail("insert customer");
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    if (sqlite3_prepare_v2(db, "INSERT INTO orders(cust,item,qty,price) VALUES(?,?,?,?)", -1, &ins,
                           NULL))
        fail("prep");
    for (int i = 1; i <= 120000; i++) {
        sqlite3_bind_int(ins, 1, (int)(NEXT() % 20000) + 1);
        sqlite3_bind_text(ins, 2, items[NEXT() % 8], -1, SQLITE_STATIC);
        sqlite3_bind_int(ins, 3, (int)(NEXT() % 20) + 1);
        sqlite3_bind_double(ins, 4, (double)(NEXT() % 5000) / 100.0);
        if (sqlite3_step(ins) != SQLITE_DONE) fail("insert order");
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    exec("COMMIT");
    exec("CREATE INDEX orders_cust ON orders(cust); CREATE INDEX customer_city ON customer(city)");

    query("SELECT city, count(*), sum(score), max(name) FROM customer GROUP BY city ORDER BY city");
    query("SELECT item, count(*), sum(qty * price), avg(qty) FROM orders GROUP BY item ORDER BY 3");
    for (int i = 0; i < 4000; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT sum(qty), count(*) FROM orders WHERE cust = %d",
                 (int)(NEXT() % 20000) + 1);
        query(sql);
    }
    query("SELECT c.city, o.item, sum(o.qty) AS q FROM orders o JOIN customer c ON c.id = o.cust"
          " WHERE c.score > 50 GROUP BY c.city, o.item ORDER BY q DESC, c.city, o.item");
    query("SELECT name, score FROM customer WHERE name LIKE '%77%' ORDER BY score DESC, id LIMIT 50");
    query("SELECT id, cust FROM orders WHERE price BETWEEN 10 AND 10.5 ORDER BY cust, id");
    exec("UPDATE orders SET qty = qty + 1 WHERE item IN ('fig', 'kiwi')");
    exec("DELETE FROM orders WHERE qty > 18");
    query("SELECT count(*), sum(qty), total(price) FROM orders");
    query("SELECT cust, count(*) AS n FROM orders GROUP BY cust HAVING n > 9 ORDER BY n DESC, cust");
    sqlite3_close(db);
    if (acc != EXPECTED) {
        fprintf(stderr, "sqlite: WRONG got %016llx expected %016llx\n", acc, EXPECTED);
        return 1;
    }
    printf("sqlite: ok %016llx\n", acc);
    return 0;
}
