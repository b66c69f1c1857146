// Shrinks PNGs in place with Pillow (python3-pil): a palette of at most
// `colors` colours (alpha kept) and zlib's best effort. Flat drawings and
// page screenshots lose nothing visible and two thirds of their bytes.
// Returns [[path, bytes]] after the rewrite.

import { execFileSync } from 'node:child_process';

const PYTHON = `
import os, sys
from PIL import Image
colors = int(sys.argv[1])
for path in sys.argv[2:]:
    image = Image.open(path)
    image.load()
    # Fast octree: it keeps an alpha channel, and the few saturated pixels
    # of the actor colours (median cut turns Okabe-Ito orange to tan).
    if image.mode != 'RGBA' or image.getextrema()[3][0] == 255:
        image = image.convert('RGB')
    small = image.quantize(colors, method=Image.Quantize.FASTOCTREE)
    small.save(path, optimize=True)
    print(path, os.path.getsize(path))
`;

export function optimizePngs(paths, { colors = 128 } = {}) {
  const out = execFileSync('python3', ['-c', PYTHON, String(colors), ...paths], { encoding: 'utf8' });
  return out.trim().split('\n').map((line) => {
    const at = line.lastIndexOf(' ');
    return [line.slice(0, at), Number(line.slice(at + 1))];
  });
}
