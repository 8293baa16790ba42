/* lua: the Lua 5.4.7 interpreter (crate lua-src 547.0.0's C sources, which scripts/bench
 * fetches from crates.io and compiles together with this file) running an embedded
 * script: recursive calls, closures, tables as arrays and hashes, metatables (objects),
 * table.sort with a Lua comparator, string building, string.format, pattern matching
 * (gsub/gmatch), iterators
 * and the garbage collector. No coroutines: a yield from C unwinds with longjmp, which
 * wasm32-wasi lacks (lua/setjmp.h). The script returns a checksum.
 * Deterministic: the string-hash seed is fixed (luai_makeseed) and math.randomseed(42).
 * Build: see scripts/bench (LUA_SRCS = the sources minus lua.c, luac.c, linit.c and the
 * io/os/package/debug libraries, -I lua for the setjmp.h shim). */
#include <stdio.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

#define EXPECTED 0xa8538c83ull

static const char *script =
    "math.randomseed(42)\n"
    "local acc = 0\n"
    "local function mix(x) acc = (acc * 31 + x) % 4294967291 end\n"
    /* calls */
    "local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end\n"
    "mix(fib(25))\n"
    /* objects with metatables */
    "local Vec = {} Vec.__index = Vec\n"
    "function Vec.new(x, y) return setmetatable({x = x, y = y}, Vec) end\n"
    "function Vec.__add(a, b) return Vec.new(a.x + b.x, a.y + b.y) end\n"
    "function Vec:dot(o) return self.x * o.x + self.y * o.y end\n"
    "local s = Vec.new(0, 0)\n"
    "for i = 1, 200000 do s = s + Vec.new(i % 7, i % 11) end\n"
    "mix(s:dot(Vec.new(3, 5)))\n"
    /* arrays and sort with a Lua comparator */
    "local t = {}\n"
    "for i = 1, 100000 do t[i] = math.random(1, 1000000) end\n"
    "table.sort(t, function(a, b) return a > b end)\n"
    "for i = 1, #t, 97 do mix(t[i]) end\n"
    /* hash tables with string keys; summed, so the traversal order does not matter */
    "local h = {}\n"
    "for i = 1, 100000 do local k = 'k' .. (i % 5003) h[k] = (h[k] or 0) + i end\n"
    "local hs = 0 for k, v in pairs(h) do hs = hs + v * #k end\n"
    "mix(hs % 1000000007)\n"
    /* strings: format, concat, patterns */
    "local parts = {}\n"
    "for i = 1, 30000 do parts[#parts + 1] = string.format('%d:%s:%.3f', i, 'x' .. i % 13, i / 7) end\n"
    "local big = table.concat(parts, ',')\n"
    "mix(#big)\n"
    "local n = 0 for a, b in big:gmatch('(%d+):x(%d+)') do n = n + a % 17 + b end\n"
    "mix(n)\n"
    "local r, c = big:gsub('x(%d)', function(d) return d .. d end)\n"
    "mix(#r) mix(c)\n"
    "mix(#(big:upper():rep(2)))\n"
    /* closures and iterators */
    "local function gen(n) local i = 0 return function() i = i + 1 if i <= n then return i * i end end end\n"
    "local cs = 0 for v in gen(300000) do cs = (cs + v) % 1000000007 end\n"
    "mix(cs)\n"
    "local fs = {} for i = 1, 100000 do fs[i] = function(x) return x + i end end\n"
    "local fsum = 0 for i = 1, #fs do fsum = fs[i](fsum) % 1000000007 end\n"
    "mix(fsum)\n"
    "collectgarbage() mix(math.floor(collectgarbage('count') > 0 and 1 or 0))\n"
    "return acc\n";

/* Built with -Dfopen=w2n_bench_fopen -Dfreopen=w2n_bench_freopen (both builds): Lua's
 * loadfile opens no file here, and the module imports no `path_open` (which the wasm2c
 * runner's minimal WASI host lacks). */
FILE *w2n_bench_fopen(const char *path, const char *mode) {
    (void)path, (void)mode;
    return NULL;
}
FILE *w2n_bench_freopen(const char *path, const char *mode, FILE *f) {
    (void)path, (void)mode, (void)f;
    return NULL;
}

int main(void) {
    lua_State *L = luaL_newstate();
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},       {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_TABLIBNAME, luaopen_table}, {LUA_STRLIBNAME, luaopen_string},
        {LUA_MATHLIBNAME, luaopen_math}, {LUA_UTF8LIBNAME, luaopen_utf8},
        {NULL, NULL}};
    for (const luaL_Reg *l = libs; l->func; l++) {
        luaL_requiref(L, l->name, l->func, 1);
        lua_pop(L, 1);
    }
    if (luaL_loadstring(L, script) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
        fprintf(stderr, "lua: WRONG error %s\n", lua_tostring(L, -1));
        return 1;
    }
    unsigned long long got = (unsigned long long)lua_tointeger(L, -1);
    lua_close(L);
    if (got != EXPECTED) {
        fprintf(stderr, "lua: WRONG got %016llx expected %016llx\n", got, EXPECTED);
        return 1;
    }
    printf("lua: ok %016llx\n", got);
    return 0;
}
