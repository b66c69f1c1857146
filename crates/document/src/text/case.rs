//! Lower case without the standard library's full Unicode case table.
//!
//! `char::to_lowercase` carries a 1,400-entry table: a sixth of the page's
//! whole download. Essays in English need lower case for Latin (with every
//! accent of Latin-1, Latin Extended-A and Latin Extended Additional),
//! Greek, Cyrillic and Armenian names and words; these blocks follow
//! simple offset rules, written out below. Cased letters of other blocks
//! (Latin Extended-B, Georgian, Cherokee, Glagolitic, Deseret, …) keep
//! their case: a documented limit, tested against the standard library on
//! every block this covers.

/// The lower-case form of `c` (a single char; the covered blocks never
/// expand into several).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5A => u + 0x20,
        0x00..=0x7F => u,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // Latin Extended-A: capital at the even code point, except in the
        // two runs that start odd; ĸ and ŉ have no capital.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        // İ lowers to "i̇" (two chars) in Unicode; "i" is the letter readers mean.
        0x130 => 0x69,
        // Greek.
        0x370 | 0x372 | 0x376 => u + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        // Cyrillic.
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u.is_multiple_of(2) => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        // Armenian.
        0x531..=0x556 => u + 0x30,
        // Latin Extended Additional (Vietnamese and others), except the
        // capital sharp s.
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u.is_multiple_of(2) => u + 1,
        // Fullwidth Latin.
        0xFF21..=0xFF3A => u + 0x20,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `s` in lower case, by [`lower`].
pub fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char of the covered blocks lowers as the standard library does.
    #[test]
    fn agrees_with_std_on_covered_blocks() {
        let blocks = [
            0x0..=0x24F_u32,
            0x370..=0x3FF,
            0x400..=0x52F,
            0x530..=0x58F,
            0x1E00..=0x1EFF,
            0xFF00..=0xFF5E,
        ];
        for block in blocks {
            for u in block {
                let Some(c) = char::from_u32(u) else { continue };
                let mut std_lower = c.to_lowercase();
                let (first, rest) = (std_lower.next(), std_lower.next());
                let covered = !(0x180..=0x24F).contains(&u)
                    && !matches!(u, 0x130 | 0x1E9E | 0x3CF | 0x3D8..=0x3FF | 0x37F);
                if covered && rest.is_none() {
                    assert_eq!(Some(lower(c)), first, "U+{u:04X} {c}");
                }
            }
        }
    }

    #[test]
    fn names_with_accents() {
        assert_eq!(
            lower_str("ERDOĞAN Zoë ÉLYSÉE Ωμέγα ПУТИН"),
            "erdoğan zoë élysée ωμέγα путин"
        );
    }
}

/// The base letters of U+00C0..U+017F (Latin-1 Supplement and Latin
/// Extended-A) with their diacritics removed; `_` where there is none.
const LATIN_BASE: &[u8; 192] = b"AAAAAA_CEEEEIIII_NOOOOO__UUUUY__aaaaaa_ceeeeiiii_nooooo__uuuuy_yAaAaAaCcCcCcCcDd__EeEeEeEeEeGgGgGgGgHh__IiIiIiIiI___JjKk_LlLlLl____NnNnNn___OoOoOo__RrRrRrSsSsSsSsTtTt__UuUuUuUuUuUuWwYyYZzZzZz_";

/// Lower case without diacritics, for matching names that the same text
/// spells both ways ("Erdoğan", "Erdogan"). Covers the Latin letters that
/// European names use; other scripts are only lower-cased.
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| {
            let base = (c as u32)
                .checked_sub(0xC0)
                .and_then(|i| LATIN_BASE.get(i as usize))
                .copied();
            match base {
                Some(b) if b != b'_' => lower(b as char),
                _ => lower(c),
            }
        })
        .collect()
}

#[cfg(test)]
mod fold_tests {
    #[test]
    fn diacritics_fold_away() {
        assert_eq!(super::fold("Erdoğan"), "erdogan");
        assert_eq!(super::fold("Éric Zemmour"), "eric zemmour");
        assert_eq!(super::fold("Łódź"), "łodz"); // Ł has no decomposition
        assert_eq!(super::fold("Ælfred"), "ælfred");
    }
}
