#!/usr/bin/env bash
# Installs what building the page needs, when missing: the wasm32 target,
# wasm-bindgen-cli at the exact Cargo.lock version, Node.js, and
# node_modules as package-lock.json pins them (wasm-opt comes from there).
# Quiet when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is missing: install Rust with rustup first" >&2
  exit 1
fi

if command -v rustup >/dev/null 2>&1; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
  fi
fi

# A CLI of another version builds glue that does not match the wasm, so an
# existing wasm-bindgen of the wrong version is replaced, not accepted.
want="$(scripts/wasm-bindgen-version.sh)"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes" >&2
  # Not --locked: the CLI's own lock file fails to build with this toolchain.
  cargo install --quiet --force wasm-bindgen-cli --version "$want"
fi

scripts/ensure-apt.sh node nodejs
scripts/ensure-apt.sh npm npm

# wasm-opt is npm's binaryen, not Debian's: bookworm's binaryen 108 writes
# the export of wasm-bindgen's externref table as the function table, and
# the page then fails to start. The npm build is pinned by package-lock.json.
# npm writes node_modules/.package-lock.json on every install; when it is
# older than package-lock.json, the dependencies changed since.
if [ ! -f node_modules/.package-lock.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
