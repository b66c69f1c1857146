#!/usr/bin/env python3
"""Raw and gzip size of a .wasm's code and data sections: where the bytes
are, when the size budget is in question. `scripts/wasm-sections.py FILE`."""
import gzip
import sys


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


b = open(sys.argv[1], "rb").read()
print(f"total {len(b)} B, gzip {len(gzip.compress(b, 9))} B")
i = 8
names = {10: "code", 11: "data"}
while i < len(b):
    sid = b[i]
    n, i = leb(b, i + 1)
    if sid in names:
        print(f"{names[sid]:>5} {n} B, gzip {len(gzip.compress(b[i:i + n], 9))} B")
    i += n
