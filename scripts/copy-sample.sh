#!/usr/bin/env bash
# Copies the founding essay into www/samples for the "Load sample essay"
# button. It stays in the shared corpus (../shared beside the repository);
# the copy is generated and ignored by git.
set -euo pipefail
cd "$(dirname "$0")/.."

source_file=../shared/corpus/essays/musk-trump-seed.txt
if [ ! -f "$source_file" ]; then
  echo "missing $source_file: the shared corpus must sit beside the repository" >&2
  exit 1
fi
# install, not cp: the corpus is read-only and the copy must stay writable.
install -D -m 0644 "$source_file" www/samples/musk-trump-seed.txt
