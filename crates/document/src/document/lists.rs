//! Inline lists: "1.) The first item 2.) The second item" is two sentences
//! though no punctuation ends the first.
//!
//! A block that starts with a list marker (`1.`, `1)`, `1.)`, `a.`, `a)`)
//! is searched for the next markers of the same style with the next value
//! (2, 3, … or b, c, …), each after a space; every one starts a sentence.
//! Requiring the block to start with the first marker and the values to
//! follow in order keeps "in 2. The …" prose safe. Bullets (•, ⁃, …) after a
//! space start an item wherever they stand.
//! The periods inside markers never end a sentence.

use crate::text::chars::{is_bullet, is_space, trim_space_start};
use crate::text::scan;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct InlineList {
    /// Byte offsets (relative to the block) where an item starts, after 0.
    pub item_starts: Vec<usize>,
    /// Byte offsets of the periods that belong to markers.
    pub marker_periods: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Dot,
    Paren,
    DotParen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    /// 1, 2, … for numbers; 'a' = 1, 'b' = 2, … for letters.
    value: u32,
    letter: bool,
    style: Style,
    /// Offset of the period, if the style has one.
    period: Option<usize>,
}

/// Finds inline list items in a block's text.
pub fn find(s: &str) -> InlineList {
    let mut list = InlineList::default();
    let bytes = s.as_bytes();
    // Bullets anywhere after a space; a numbered marker may follow them.
    // Every bullet is encoded with a lead byte 0xC2 or 0xE2: look only
    // there, eight bytes at a time.
    let lead = |b| b == 0xC2 || b == 0xE2;
    let leads = |w| scan::equal(w, 0xC2) | scan::equal(w, 0xE2);
    let mut next = scan::find(bytes, 0, leads, lead);
    while next < bytes.len() {
        let i = next;
        next = scan::find(bytes, i + 1, leads, lead);
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if is_bullet(c) {
            let after_space = s[..i].chars().next_back().is_some_and(is_space);
            if after_space {
                list.item_starts.push(i);
            }
            if i == 0 || after_space {
                let rest = i + c.len_utf8();
                let skip = s[rest..].len() - trim_space_start(&s[rest..]).len();
                if let Some(m) = marker_at(s, rest + skip) {
                    list.marker_periods.extend(m.period);
                }
            }
        }
    }
    let numbered_from = list.item_starts.len();
    // Numbered or lettered markers, when the block opens with one.
    if let Some(first) = marker_at(s, 0) {
        list.marker_periods.extend(first.period);
        let mut expected = first.value + 1;
        let mut i = 1;
        while i < bytes.len() {
            if is_space(bytes[i - 1] as char) && bytes[i - 1].is_ascii() {
                if let Some(m) = marker_at(s, i).filter(|m| {
                    m.value == expected && m.letter == first.letter && m.style == first.style
                }) {
                    list.item_starts.push(i);
                    list.marker_periods.extend(m.period);
                    expected += 1;
                }
            }
            i += 1;
        }
    }
    // Bullets were found first, numbered markers after: merge the two
    // increasing runs (a sort would double the size of this module's code
    // in the wasm).
    let numbered = list
        .item_starts
        .split_off(numbered_from.min(list.item_starts.len()));
    list.item_starts = merge_unique(&list.item_starts, &numbered);
    list
}

/// The union of two increasing lists, increasing, without repeats.
fn merge_unique(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x <= y => {
                i += 1;
                j += usize::from(x == y);
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (None, None) => break,
        };
        out.push(next);
    }
    out
}

/// A marker starting at byte `i`: digits or one letter, then `.`, `)` or
/// `.)`, then a space.
fn marker_at(s: &str, i: usize) -> Option<Marker> {
    let rest = s.get(i..)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (value, letter, len) = if (1..=3).contains(&digits) {
        (rest[..digits].parse().ok()?, false, digits)
    } else {
        let c = *rest.as_bytes().first()?;
        if !c.is_ascii_alphabetic() {
            return None;
        }
        (u32::from(c.to_ascii_lowercase() - b'a' + 1), true, 1)
    };
    let tail = &rest[len..];
    let (style, marker_len) = if tail.starts_with(".)") {
        (Style::DotParen, 2)
    } else if tail.starts_with(')') {
        (Style::Paren, 1)
    } else if tail.starts_with('.') {
        (Style::Dot, 1)
    } else {
        return None;
    };
    if !tail[marker_len..].starts_with(|c: char| is_space(c)) {
        return None;
    }
    let period = (style != Style::Paren).then_some(i + len);
    Some(Marker {
        value,
        letter,
        style,
        period,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_items_in_order() {
        let s = "1.) The first item 2.) The second item";
        let l = find(s);
        assert_eq!(l.item_starts, [s.find("2.)").unwrap()]);
        assert_eq!(l.marker_periods, [1, s.find("2.)").unwrap() + 1]);
    }

    #[test]
    fn prose_numbers_are_not_items() {
        assert_eq!(find("In 2. The second").item_starts, Vec::<usize>::new());
        assert_eq!(
            find("1. One thing 3. skipped").item_starts,
            Vec::<usize>::new()
        );
    }

    #[test]
    fn lettered_and_bulleted() {
        assert_eq!(
            find("a. The first b. The second c. The third")
                .item_starts
                .len(),
            2
        );
        assert_eq!(
            find("• 9. The first item • 10. The second item")
                .item_starts
                .len(),
            1
        );
    }
}
