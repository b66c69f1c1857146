//! Finding the next interesting byte eight bytes at a time.
//!
//! The parser looks for rare bytes in long runs of ordinary text: line
//! breaks, brackets, sentence punctuation, the lead bytes of curly quotes
//! and bullets. A byte-by-byte loop costs several instructions a byte; a
//! test on a whole 64-bit word ("does any byte of it equal X?") costs about
//! one a byte, in native code and in wasm alike (both have 64-bit integers).

/// `b` in every byte of a word.
pub const fn splat(b: u8) -> u64 {
    (b as u64) * 0x0101_0101_0101_0101
}

const LOW: u64 = splat(0x01);
const HIGH: u64 = splat(0x80);

/// The high bit set in each byte of `w` that equals `b`; a byte above a
/// match may be flagged too, but the lowest flag is always exact, which
/// is all [`find`] reads.
pub const fn equal(w: u64, b: u8) -> u64 {
    let x = w ^ splat(b);
    x.wrapping_sub(LOW) & !x & HIGH
}

/// The high bit set in each byte of `w` below `n` (`n` ≤ 0x80); like
/// [`equal`], a byte above a match may be flagged too, the lowest flag is
/// exact.
pub const fn less_than(w: u64, n: u8) -> u64 {
    w.wrapping_sub(splat(n)) & !w & HIGH
}

/// The high bit set in each byte of `w` whose bits under `mask` are all set
/// (`mask` 0xE0: the lead bytes of three- and four-byte UTF-8 sequences).
pub const fn all_set(w: u64, mask: u8) -> u64 {
    equal(w & splat(mask), mask)
}

/// The high bit set in each byte of `w` that is not an ASCII letter or
/// digit (a byte of a multi-byte character included). Exact in every byte:
/// each test adds at most 0x7F to a 7-bit value, so no carry crosses into
/// the next byte.
pub const fn not_ascii_alnum(w: u64) -> u64 {
    let low7 = w & splat(0x7F);
    let folded = low7 | splat(0x20);
    let letter = folded.wrapping_add(splat(0x80 - b'a')) & !folded.wrapping_add(splat(0x7F - b'z'));
    let digit = low7.wrapping_add(splat(0x80 - b'0')) & !low7.wrapping_add(splat(0x7F - b'9'));
    !((letter | digit) & !w) & HIGH
}

/// The offset of the first byte at or after `from` that `hits` flags (in a
/// word, as [`equal`] does) and `hit` accepts (one byte, for the tail), or
/// `bytes.len()`. `hits` and `hit` must agree: [`check_agree`] checks a
/// pair, and each caller's tests check theirs.
pub fn find(
    bytes: &[u8],
    from: usize,
    hits: impl Fn(u64) -> u64,
    hit: impl Fn(u8) -> bool,
) -> usize {
    let Some(rest) = bytes.get(from..) else {
        return bytes.len();
    };
    let mut words = rest.chunks_exact(8);
    let mut at = from;
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        let flags = hits(w);
        if flags != 0 {
            return at + (flags.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&b| hit(b))
        .map_or(bytes.len(), |i| at + i)
}

/// The pieces of `s` between occurrences of the ASCII byte `sep`, as
/// `str::split(char)` gives them. A plain byte loop: `str::split` sets up a
/// search per piece that costs more than the piece on the short tab- and
/// space-separated fields of the data read at start-up (a third of the
/// default dictionary's start-up went to it).
pub fn split(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            // `sep` is ASCII, so both sides of it are char boundaries.
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Panics unless `find` with `hits` finds what a byte loop with `hit`
/// finds, for every byte value at every position of a word, after every
/// other byte value (a borrow from a lower byte must not hide or fake a
/// match). For the tests of the modules that scan.
#[cfg(test)]
pub fn check_agree(hits: impl Fn(u64) -> u64 + Copy, hit: impl Fn(u8) -> bool + Copy) {
    for b in 0..=255u8 {
        for before in 0..=255u8 {
            for pos in 0..8 {
                let mut buf = [b'a'; 17];
                buf[pos] = before;
                buf[pos + 1] = b;
                let want = buf.iter().position(|&x| hit(x)).unwrap_or(buf.len());
                assert_eq!(
                    find(&buf, 0, hits, hit),
                    want,
                    "{b:#x} after {before:#x} at {pos}"
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_agrees_with_str() {
        for s in [
            "",
            "a",
            "\t",
            "a\tb",
            "a\t\tb\t",
            "\ta",
            "é\tü\t",
            "x\n",
            "x\r\ny\n\nz",
            "\n",
            "\n\n",
            "a\r",
            "one\ntwo\r\n",
        ] {
            assert_eq!(
                split(s, b'\t').collect::<Vec<_>>(),
                s.split('\t').collect::<Vec<_>>(),
                "{s:?}"
            );
            assert_eq!(
                split(s, b'\n').collect::<Vec<_>>(),
                s.split('\n').collect::<Vec<_>>(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn finds_the_first_match_in_words_and_tail() {
        let text = b"abcdefgh(ijklmnop)qr[s]\n";
        let brackets = |w| equal(w, b'(') | equal(w, b')') | equal(w, b'[') | equal(w, b']');
        let is_bracket = |b| matches!(b, b'(' | b')' | b'[' | b']');
        assert_eq!(find(text, 0, brackets, is_bracket), 8);
        assert_eq!(find(text, 9, brackets, is_bracket), 17);
        assert_eq!(find(text, 18, brackets, is_bracket), 20);
        assert_eq!(find(text, 21, brackets, is_bracket), 22);
        assert_eq!(find(text, 23, brackets, is_bracket), text.len());
        assert_eq!(find(text, 99, brackets, is_bracket), text.len());
    }

    #[test]
    fn agrees_with_a_byte_loop_on_every_byte() {
        for needle in [0u8, b'\n', b'(', 0x7F, 0x80, 0xE2, 0xFF] {
            check_agree(move |w| equal(w, needle), move |b| b == needle);
        }
        check_agree(|w| all_set(w, 0xE0), |b| b & 0xE0 == 0xE0);
        check_agree(not_ascii_alnum, |b| !b.is_ascii_alphanumeric());
        for n in [0x01, 0x20, 0x41, 0x80] {
            check_agree(move |w| less_than(w, n), move |b| b < n);
        }
    }
}
