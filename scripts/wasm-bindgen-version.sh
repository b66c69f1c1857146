#!/usr/bin/env bash
# Prints the wasm-bindgen version that Cargo.lock pins. The CLI must match it
# exactly, or the generated glue and the wasm disagree at run time.
set -euo pipefail
cd "$(dirname "$0")/.."

# Cargo.lock is the truth; Cargo.toml's `wasm-bindgen = "=X.Y.Z"` pin is the
# fallback for a checkout without a lock file.
version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock 2>/dev/null || true)"
if [ -z "$version" ]; then
  version="$(sed -n 's/^wasm-bindgen = "=\{0,1\}\([0-9.]*\)".*/\1/p' Cargo.toml | head -n 1)"
fi
if [ -z "$version" ]; then
  echo "cannot find the wasm-bindgen version in Cargo.lock or Cargo.toml" >&2
  exit 1
fi
echo "$version"
