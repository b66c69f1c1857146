#!/usr/bin/env bash
# Builds the page's wasm into www/pkg and copies the sample essay beside it.
# rustc → wasm-bindgen (JS glue) → wasm-opt (size). No wasm-pack: it
# downloads binaries at run time and fails offline.
set -euo pipefail
cd "$(dirname "$0")/.."

out=www/pkg
cargo build --quiet --profile wasm --target wasm32-unknown-unknown --lib
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/wasm/faultline.wasm
# The dictionary tools module (import, check, compile, export): the same
# crate with the `tools` feature, in its own target directory so the two
# builds do not overwrite each other. Loaded by the page on demand only.
cargo build --quiet --profile wasm --target wasm32-unknown-unknown --lib \
  --features tools --target-dir target/tools
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name faultline_tools \
  target/tools/wasm32-unknown-unknown/wasm/faultline.wasm

# wasm-opt from npm's binaryen (see install-build-tools.sh for why). Current
# rustc emits these post-MVP features; binaryen must be told, since `strip`
# in the release profile removes the section that would announce them.
# -Os: on this module 0.3% smaller than -Oz after gzip (-O3 0.4% bigger);
# --zero-filled-memory (the module makes its own memory, so it starts
# zeroed) and --low-memory-unused (Rust puts the stack's far end at
# address 0, which only an overflow could reach): 0.5% more.
# --one-caller-inline-max-function-size 10: binaryen inlines every
# function that has one caller by default, which made `analyze` one 76 KB
# function and the parser one of 26 KB. Chromium compiles such a function
# slowly when it tiers it up, in the background but on the same two cores,
# while the first analyses run: kept apart, the first analysis after
# `init` took 100–114 ms instead of 152–164 (the second 10–11 ms instead of
# 26), and the module is 10.7 KB smaller in gzip (gzip finds more repeats
# in code that is not inlined), for ~5% on warm calls (README, Size).
node_modules/.bin/wasm-opt -Os --one-caller-inline-max-function-size 10 --zero-filled-memory --low-memory-unused \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --strip-debug --strip-producers \
  "$out/faultline_bg.wasm" -o "$out/faultline_bg.wasm"
node_modules/.bin/wasm-opt -Os --one-caller-inline-max-function-size 10 --zero-filled-memory --low-memory-unused \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --strip-debug --strip-producers \
  "$out/faultline_tools_bg.wasm" -o "$out/faultline_tools_bg.wasm"

scripts/copy-sample.sh
