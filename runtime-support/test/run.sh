#!/bin/sh
# run.sh: build runtime-support with ${CC:-cc} (warnings are errors) and run the self-test.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rs=$(dirname "$here")
cc=${CC:-cc}
run=${RUN:-}   # e.g. RUN=qemu-aarch64 CC="aarch64-linux-gnu-gcc -static"
out=${OUT:-$(mktemp -d)}
flags="-std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -I$rs/include"
objs=
for f in "$rs"/src/*.c; do
    o="$out/$(basename "$f" .c).o"
    $cc $flags -c "$f" -o "$o"
    # main.c needs the compiled module (w2n_main_module), run_cache.c main.c; they are
    # only compiled here.
    case "$(basename "$f")" in main.c | run_cache.c) ;; *) objs="$objs $o" ;; esac
done
$cc $flags -pthread "$here/selftest.c" $objs -o "$out/selftest"
$run "$out/selftest"

# main.c + wasi.c end to end with a hand-built WASI command (test/hello.c).
$cc $flags -pthread "$here/hello.c" "$out"/*.o -o "$out/hello"
set +e
msg=$($run "$out/hello" world)
status=$?
set -e
if [ "$msg" = "hello world" ] && [ "$status" = 42 ]; then
    echo "hello: ok"
else
    echo "hello: FAILED (output '$msg', status $status)"
    exit 1
fi

# Instances without a WASI context share no WASI state (test/wasi_noctx.c).
objs_nomain=
for o in "$out"/*.o; do
    case "$(basename "$o")" in main.o | run_cache.o) ;; *) objs_nomain="$objs_nomain $o" ;; esac
done
$cc $flags -pthread "$here/wasi_noctx.c" $objs_nomain -o "$out/wasi_noctx"
$run "$out/wasi_noctx"
