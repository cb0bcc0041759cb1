#!/usr/bin/env bash
# Quick size check while working: each module's release wasm after wasm-bindgen
# and wasm-opt -Os --converge (as index.html, tools.html and coach.html ask Trunk for), raw and gzip -9 bytes. (make bench measures the real dist/.)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${CANDOR_TOOLS_ROOT:-$HOME/.cargo}/bin:$PATH"
out=$(mktemp -d)
cargo build --quiet --release --target wasm32-unknown-unknown --bins
for module in candor tools coach; do
  wasm-bindgen --target web --out-dir "$out" "target/wasm32-unknown-unknown/release/$module.wasm"
  wasm-opt -Os --converge "$out/${module}_bg.wasm" -o "$out/$module.opt.wasm"
  printf '%s wasm: %d bytes raw, %d bytes gzip -9\n' "$module" "$(wc -c <"$out/$module.opt.wasm")" "$(gzip -9c "$out/$module.opt.wasm" | wc -c)"
done
rm -rf "$out"
