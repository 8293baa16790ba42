#!/usr/bin/env bash
# Self-test of the wasm2c runner: builds the C programs in this directory to
# wasm32-wasi with clang (Debian's wasi-libc, sysroot /usr unless
# W2N_WASI_SYSROOT is set), turns them into executables with ../build.sh and
# checks their output and exit codes. Builds in a temporary directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/../build.sh"
sysroot="${W2N_WASI_SYSROOT:-/usr}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/wasm2c-test.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
fails=0

wasm() { clang --target=wasm32-wasi --sysroot="$sysroot" -O2 "${@:3}" -o "$tmp/$2.wasm" "$here/$1"; }
exe() { wasm "$1.c" "$1" && "$build" "$tmp/$1.wasm" "$tmp/$1"; }

# check NAME EXPECTED_RC EXPECTED_STDOUT EXPECTED_STDERR_SUBSTRING STDIN -- CMD...
check() {
    local name="$1" rc_want="$2" out_want="$3" err_want="$4" input="$5"
    shift 6
    local rc=0
    printf '%s' "$input" | "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
    if [ "$rc" != "$rc_want" ] || [ "$(cat "$tmp/out")" != "$out_want" ] ||
        { [ -z "$err_want" ] && [ -s "$tmp/err" ]; } ||
        { [ -n "$err_want" ] && ! grep -qF -- "$err_want" "$tmp/err"; }; then
        echo "FAIL $name: rc=$rc (want $rc_want)"
        echo "  stdout: $(cat "$tmp/out")"
        echo "  stderr: $(cat "$tmp/err")"
        fails=$((fails + 1))
    else
        echo "ok   $name"
    fi
}

for p in hello exit0 ret3 exit5 trap big; do exe "$p"; done

check hello 0 $'hello, world\narg 1: a\narg 2: b c' "" "" -- "$tmp/hello" a "b c"
check exit0 0 "" "" "" -- "$tmp/exit0"
check "return 3" 3 "returning 3" "" "" -- "$tmp/ret3"
check "exit(5)" 5 "buffered before exitatexit ran" "" "" -- "$tmp/exit5"
check "trap unreachable" 134 "before trap" "wasm trap: Unreachable" "" -- "$tmp/trap"
check "trap out of bounds" 134 "before trap" "wasm trap: Out-of-bounds" "" -- "$tmp/trap" oob
check "trap div by zero" 134 "before trap" "wasm trap: Integer divide by zero" "" -- "$tmp/trap" div
# Same output as the wasm2native build of big.wasm.
big_out="n=1000 min=0.207869 max=998.420924 median=494.229924 mean=502.625261
0.333333 6.022141e+23 -2.500 0x1.999999999999ap-4
total=38890
clock ok, random ok
stdin bytes=7
env HOME=(unset)"
check "big (malloc, qsort, floats, stdin)" 0 "$big_out" "" "abcdefg" -- "$tmp/big" 1000
"$tmp/big" 1000 </dev/null >"$tmp/file.txt"
if grep -q "stdin bytes=0" "$tmp/file.txt"; then echo "ok   stdout to a regular file"; else
    echo "FAIL stdout to a regular file"; fails=$((fails + 1)); fi

# A module importing what the shim lacks is refused with the list of imports.
printf '#include <stdio.h>\n#include <unistd.h>\nint main(void){FILE*f=fopen("x","r");sleep(1);return f!=0;}\n' >"$tmp/fopen.c"
clang --target=wasm32-wasi --sysroot="$sysroot" -O2 -o "$tmp/fopen.wasm" "$tmp/fopen.c"
check "unknown imports refused" 1 "" "'wasi_snapshot_preview1' 'path_open'" "" -- \
    "$build" "$tmp/fopen.wasm" "$tmp/fopen"

if [ "$fails" -ne 0 ]; then echo "$fails failure(s)"; exit 1; fi
echo "all passed"
