#!/usr/bin/env bash
# Copies the page's sample essays (www/samples.js lists them, with their
# credits) from the shared corpus into www/samples. They stay in the shared
# corpus (../shared beside the repository); the copies are generated and
# ignored by git.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=../shared/corpus/essays
for name in $(grep -o "file: '[^']*'" www/samples.js | cut -d"'" -f2); do
  if [ ! -f "$corpus/$name" ]; then
    echo "missing $corpus/$name: the shared corpus must sit beside the repository" >&2
    exit 1
  fi
  # install, not cp: the corpus is read-only and the copies must stay writable.
  install -D -m 0644 "$corpus/$name" "www/samples/$name"
done
