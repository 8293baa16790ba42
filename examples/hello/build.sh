#!/usr/bin/env bash
# Rebuilds hello.wasm from hello.c with clang and wasi-libc
# (Debian: apt-get install clang lld wasi-libc libclang-rt-dev-wasm32).
set -euo pipefail
cd "$(dirname "$0")"
SYSROOT="${WASI_SYSROOT:-/usr}"
clang --target=wasm32-wasi --sysroot="$SYSROOT" -O2 -s -o hello.wasm hello.c
echo "built $(pwd)/hello.wasm ($(wc -c < hello.wasm) bytes)"
