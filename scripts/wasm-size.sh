#!/usr/bin/env bash
# Quick size check while working: release wasm after wasm-bindgen and wasm-opt -Oz,
# raw and gzip -9 bytes. (make bench measures the real dist/.)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CANDOR_TOOLS_ROOT:-$HOME/.cargo}/bin:$PATH"
out=$(mktemp -d)
cargo build --quiet --release --target wasm32-unknown-unknown
wasm-bindgen --target web --out-dir "$out" target/wasm32-unknown-unknown/release/candor.wasm
wasm-opt -Oz "$out/candor_bg.wasm" -o "$out/opt.wasm"
printf 'wasm: %d bytes raw, %d bytes gzip -9\n' "$(wc -c <"$out/opt.wasm")" "$(gzip -9c "$out/opt.wasm" | wc -c)"
rm -rf "$out"
