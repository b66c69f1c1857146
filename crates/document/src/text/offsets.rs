//! Offsets: bytes inside the core, UTF-16 code units at the edge.
//!
//! The core slices `&str` by byte offsets ([`ByteSpan`]). JavaScript slices
//! strings by UTF-16 code units. Every span in a report is converted exactly
//! once, through one [`Utf16Index`] built per text in a single pass, so that
//! `text.slice(start, end)` in JavaScript gives back the span's text.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the text being analysed.
/// Always on `char` boundaries; never leaves the core.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The text of this span. Spans are made by the core on char boundaries.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// A half-open range `[start, end)` in UTF-16 code units of the input:
/// in JavaScript, `text.slice(start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// Converts byte offsets of one text into UTF-16 offsets.
///
/// Built once per text in one pass. ASCII text (the common case) needs no
/// table at all. Otherwise the index records, at each non-ASCII character,
/// how many more bytes than UTF-16 units the text holds up to there; a
/// conversion is then one binary search, so converting `n` spans costs
/// `O(n log k)` for `k` non-ASCII characters, never `O(prefix)` per span.
#[derive(Debug, Clone)]
pub struct Utf16Index {
    /// `(byte offset just after a non-ASCII char, cumulative surplus)`, sorted.
    surplus_after: Vec<(u32, u32)>,
    text_len: usize,
}

impl Utf16Index {
    pub fn new(text: &str) -> Self {
        let mut surplus_after = Vec::new();
        if !text.is_ascii() {
            let mut surplus = 0u32;
            for (i, c) in text.char_indices() {
                let bytes = c.len_utf8() as u32;
                if bytes > 1 {
                    surplus += bytes - c.len_utf16() as u32;
                    surplus_after.push(((i as u32) + bytes, surplus));
                }
            }
        }
        Self {
            surplus_after,
            text_len: text.len(),
        }
    }

    /// The UTF-16 offset of a byte offset that lies on a char boundary.
    pub fn utf16(&self, byte: usize) -> u32 {
        let byte = byte.min(self.text_len) as u32;
        // Entries whose char ends at or before `byte` contribute.
        let n = self
            .surplus_after
            .partition_point(|&(after, _)| after <= byte);
        let surplus = if n == 0 {
            0
        } else {
            self.surplus_after[n - 1].1
        };
        byte - surplus
    }

    pub fn span(&self, span: ByteSpan) -> Span {
        Span {
            start: self.utf16(span.start),
            end: self.utf16(span.end),
        }
    }

    /// The length of the whole text in UTF-16 code units.
    pub fn len_utf16(&self) -> u32 {
        self.utf16(self.text_len)
    }

    /// A converter for offsets that mostly come in increasing order (the
    /// tokens of a text): it walks the table instead of searching it.
    pub fn cursor(&self) -> Utf16Cursor<'_> {
        Utf16Cursor {
            index: self,
            next: 0,
        }
    }
}

/// See [`Utf16Index::cursor`]. Any order is correct; increasing order is
/// amortised O(1) per offset.
pub struct Utf16Cursor<'a> {
    index: &'a Utf16Index,
    /// Entries before `next` end at or before the last offset converted.
    next: usize,
}

impl Utf16Cursor<'_> {
    pub fn utf16(&mut self, byte: usize) -> u32 {
        let table = &self.index.surplus_after;
        let byte = byte.min(self.index.text_len) as u32;
        let behind = self.next > 0 && table[self.next - 1].0 > byte;
        if behind {
            return self.index.utf16(byte as usize);
        }
        while self.next < table.len() && table[self.next].0 <= byte {
            self.next += 1;
        }
        byte - if self.next == 0 {
            0
        } else {
            table[self.next - 1].1
        }
    }

    pub fn span(&mut self, span: ByteSpan) -> Span {
        Span {
            start: self.utf16(span.start),
            end: self.utf16(span.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn js_len(s: &str) -> u32 {
        s.encode_utf16().count() as u32
    }

    #[test]
    fn ascii_is_identity() {
        let ix = Utf16Index::new("Hello world.");
        assert_eq!(ix.utf16(5), 5);
        assert_eq!(ix.len_utf16(), 12);
    }

    #[test]
    fn cursor_agrees_in_any_order() {
        let text = "a\u{1F600}b e\u{301} 漢字 x";
        let ix = Utf16Index::new(text);
        let mut cursor = ix.cursor();
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for &i in offsets.iter().chain(offsets.iter().rev()) {
            assert_eq!(cursor.utf16(i), ix.utf16(i), "at byte {i}");
        }
    }

    #[test]
    fn every_char_boundary_matches_encode_utf16() {
        let text = "a\u{1F600}b e\u{301} 漢字 שלום\r\n\u{00A0}\u{200B}z";
        let ix = Utf16Index::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(ix.utf16(i), js_len(&text[..i]), "at byte {i}");
        }
    }
}
