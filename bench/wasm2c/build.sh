#!/usr/bin/env bash
# Turns a WASI command module into a native executable with WABT's wasm2c + gcc:
#
#   bench/wasm2c/build.sh IN.wasm OUT_EXE
#
# wasm2c -n module IN.wasm -> module.c/module.h, then gcc -O2 compiles module.c,
# WABT's wasm-rt-impl.c, wasi_shim.c and main.c into OUT_EXE. The wasm2c runtime
# is used in its default configuration (see README.md: on x86_64 with wabt 1.0.32,
# WASM_RT_MEMCHECK_SIGNAL_HANDLER=1, i.e. guard pages + SIGSEGV handler, no
# explicit bounds checks).
#
# Environment:
#   WASM2C          wasm2c binary (default: wasm2c on PATH)
#   CC              C compiler (default: gcc)
#   W2C_CFLAGS      compiler flags (default: -O2)
#   WASM2C_RT_DIR   directory holding wasm-rt-impl.c/.h (default: found from the wabt install)
#   W2C_KEEP=1      keep the temporary build directory (its path is printed)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "error: $*" >&2; exit 1; }

[ $# -eq 2 ] || { echo "usage: $0 IN.wasm OUT_EXE" >&2; exit 2; }
in="$1"
out="$2"
[ -f "$in" ] || die "no such file: $in"

WASM2C="${WASM2C:-wasm2c}"
CC="${CC:-gcc}"
read -r -a cflags <<<"${W2C_CFLAGS:--O2}"
command -v "$WASM2C" >/dev/null || die "wasm2c not found (apt-get install wabt)"
command -v "$CC" >/dev/null || die "C compiler not found: $CC"

# Runtime sources (wasm-rt.h, wasm-rt-impl.c, wasm-rt-impl.h).
rt=""
for d in ${WASM2C_RT_DIR:-} /usr/share/wabt/wasm2c /usr/src/wasm2c /usr/local/share/wabt/wasm2c; do
    if [ -f "$d/wasm-rt-impl.c" ] && [ -f "$d/wasm-rt-impl.h" ]; then rt="$d"; break; fi
done
[ -n "$rt" ] || die "wasm-rt-impl.c not found (set WASM2C_RT_DIR; Debian: dpkg -L wabt)"
inc=(-I "$rt")
[ -f "$rt/wasm-rt.h" ] || inc+=(-I /usr/include)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/wasm2c-build.XXXXXX")"
if [ "${W2C_KEEP:-0}" = 1 ]; then
    echo "build directory: $tmp" >&2
else
    trap 'rm -rf "$tmp"' EXIT
fi

"$WASM2C" -n module "$in" -o "$tmp/module.c" || die "wasm2c failed on $in"
hdr="$tmp/module.h"

# Imports the module needs vs. functions the shim defines.
provided="$(sed -n 's/^[a-z0-9_ ]*WASI_FN(\([a-z0-9_]*\))(.*/\1/p' "$here/wasi_shim.c" | sort -u)"
unknown=()
while IFS= read -r line; do
    mod="$(sed -n "s/^\/\* import: '\([^']*\)' '\([^']*\)' \*\/$/\1/p" <<<"$line")"
    name="$(sed -n "s/^\/\* import: '\([^']*\)' '\([^']*\)' \*\/$/\2/p" <<<"$line")"
    if [ "$mod" != wasi_snapshot_preview1 ] || ! grep -qx -- "$name" <<<"$provided"; then
        unknown+=("'$mod' '$name'")
    fi
done < <(grep "^/\* import: " "$hdr" || true)
if [ ${#unknown[@]} -gt 0 ]; then
    {
        echo "error: $in has imports the wasm2c WASI shim ($here/wasi_shim.c) does not provide:"
        for u in "${unknown[@]}"; do echo "  $u"; done
    } >&2
    exit 1
fi
grep -q '^void Z_moduleZ__start(Z_module_instance_t\*);' "$hdr" ||
    die "$in does not export a function _start: () -> () (not a WASI command)"
grep -q '^wasm_rt_memory_t\* Z_moduleZ_memory(' "$hdr" ||
    die "$in does not export its memory as \"memory\" (needed by the WASI shim)"

# Two jobs at most: the generated module is the big one, the rest is small.
"$CC" "${cflags[@]}" -w "${inc[@]}" -c "$tmp/module.c" -o "$tmp/module.o" &
pid=$!
"$CC" "${cflags[@]}" "${inc[@]}" -I "$tmp" -c "$rt/wasm-rt-impl.c" -o "$tmp/wasm-rt-impl.o"
"$CC" "${cflags[@]}" -Wall "${inc[@]}" -I "$tmp" -I "$here" -c "$here/wasi_shim.c" -o "$tmp/wasi_shim.o"
"$CC" "${cflags[@]}" -Wall "${inc[@]}" -I "$tmp" -I "$here" -c "$here/main.c" -o "$tmp/main.o"
wait "$pid" || die "compiling the wasm2c output of $in failed"
"$CC" "${cflags[@]}" -o "$out" "$tmp/main.o" "$tmp/module.o" "$tmp/wasi_shim.o" \
    "$tmp/wasm-rt-impl.o" -lm
