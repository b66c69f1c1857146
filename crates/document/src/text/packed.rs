//! The packed form of the word lists (`build.rs` writes it, the stages
//! read it back once with [`unpack`]): the same lines, made smaller for
//! gzip, which sees sorted English words as little more than their letters.
//!
//! A prepared list is sorted lines of `key` or `key<TAB>value` (see
//! `build.rs`). Packed, it is the keys, front-coded, then the values as a
//! column:
//!
//! ```text
//! <keys> \n [<distinct values, TAB-separated> \n <one value index a line>]
//! ```
//!
//! Each key is written as one control character, U+000B plus the number of
//! characters to take off the end of the key before it, then what to add:
//! `\u{b}abbey\u{d}ot` is "abbey", "abbot". A value index is one character,
//! U+0020 plus the value's position in the table. On the word lists this is
//! 24% smaller than the lines after gzip.
//!
//! This file uses nothing of the crate but its sibling `scan` (the build
//! scripts include both by path, to check that every packed file reads
//! back as written).

/// The first key marker: U+000B (no characters taken off); `\t` and `\n`
/// stay free for the separators.
pub const KEEP: u32 = 0x0B;
/// The first value index: U+0020, the first of the 95 printable ASCII
/// characters.
pub const FIRST_VALUE: u32 = 0x20;

/// The lines of a packed list, as `build.rs` prepared them: `key\n` or
/// `key\tvalue\n` each. A malformed input (never written by `build.rs`)
/// gives what can be read of it.
pub fn unpack(packed: &str) -> String {
    let (keys, column) = packed.split_once('\n').unwrap_or((packed, ""));
    let (table, indices) = column.split_once('\n').unwrap_or(("", ""));
    let values: Vec<&str> = table.split('\t').collect();
    let mut indices = indices.chars();
    let mut out = String::with_capacity(packed.len() * 3);
    let mut key = String::new();
    let mut started = false;
    let mut end_line = |out: &mut String, key: &str| {
        out.push_str(key);
        if !column.is_empty() {
            let index = indices
                .next()
                .map_or(0, |c| (c as u32).wrapping_sub(FIRST_VALUE));
            out.push('\t');
            out.push_str(values.get(index as usize).copied().unwrap_or(""));
        }
        out.push('\n');
    };
    for c in keys.chars() {
        if (KEEP..FIRST_VALUE).contains(&(c as u32)) {
            if started {
                end_line(&mut out, &key);
            }
            started = true;
            for _ in KEEP..c as u32 {
                key.pop();
            }
        } else {
            key.push(c);
        }
    }
    if started {
        end_line(&mut out, &key);
    }
    out
}

/// The `(entry, value)` pairs of an unpacked list's lines (`entry<TAB>value`
/// or `entry`, value ""). Byte splits: `lines()` and `split_once(char)` set
/// up a char search per line, more than these short lines cost (thousands
/// of them on the way to the first analysis).
pub fn entries(data: &str) -> impl Iterator<Item = (&str, &str)> {
    super::scan::split(data, b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| match l.bytes().position(|b| b == b'\t') {
            // A tab is ASCII: both sides are char boundaries.
            Some(i) => (l.get(..i).unwrap_or(l), l.get(i + 1..).unwrap_or("")),
            None => (l, ""),
        })
}

/// A packed list's lines, unpacked on first use and kept: the text of
/// `OUT_DIR/<file>` as `build.rs` prepared it, as a `&'static str`.
#[macro_export]
#[doc(hidden)]
macro_rules! packed_list {
    ($file:literal) => {{
        static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        $crate::text::packed::cached(&TEXT, include_str!(concat!(env!("OUT_DIR"), "/", $file)))
    }};
}

/// `packed` unpacked into `cell` on first use (one function for every
/// list: `get_or_init` is instantiated once).
pub fn cached(cell: &'static std::sync::OnceLock<String>, packed: &str) -> &'static str {
    cell.get_or_init(|| unpack(packed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_values_come_back() {
        // "abbey", "abbot" (2 off), "abbot" again, "ab" (3 off); values
        // "x", "y".
        let packed = "\u{b}abbey\u{d}ot\u{b}\u{e}\nx\ty\n !  ";
        assert_eq!(unpack(packed), "abbey\tx\nabbot\ty\nabbot\tx\nab\tx\n");
        assert_eq!(unpack("\u{b}a\u{b}b\n"), "a\nab\n");
        assert_eq!(unpack(""), "");
    }

    #[test]
    fn entries_split_at_the_first_tab() {
        let lines = "a\tx\n\nb\nc\td\te\né\t\n";
        assert_eq!(
            entries(lines).collect::<Vec<_>>(),
            [("a", "x"), ("b", ""), ("c", "d\te"), ("é", "")]
        );
    }

    #[test]
    fn malformed_input_reads_what_it_can() {
        assert_eq!(unpack("\u{1f}a\n"), "a\n");
        assert_eq!(unpack("\u{b}a\u{b}b\nx\n\u{1}"), "a\t\nab\tx\n");
        assert_eq!(unpack("no marker"), "");
    }
}
