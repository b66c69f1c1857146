//! Character classes the parser relies on, in one place.
//!
//! Small, table-free predicates. The standard library's Unicode tables for
//! letters, digits and case are exact but large (kilobytes of the page's
//! download); what the parser needs is coarser and written out here:
//! - a word character is anything that is not white space, punctuation or
//!   a symbol (the punctuation and symbol blocks are listed), so letters of
//!   every script count, as do their marks;
//! - case comes from [`super::case::lower`]: a letter is upper case when
//!   lowering changes it, lower case when it is a cased letter that
//!   lowering keeps. Scripts without case (CJK, Arabic, Hebrew) are neither,
//!   as in Unicode.

/// Whitespace as a reader sees it: Unicode White_Space plus the invisible
/// spaces that pasted web text is full of (zero-width space, word joiner,
/// byte-order mark), which Unicode does not class as white space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// `s` without the white space ([`is_space`]) it starts with. A byte loop
/// where the text is ASCII: `trim_start_matches(is_space)` runs a char
/// searcher, several calls a character in the size-optimised wasm, and the
/// segmenter trims every sentence.
pub fn trim_space_start(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            i += 1;
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if is_space(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    s.get(i..).unwrap_or("")
}

/// `s` without the white space it ends with; see [`trim_space_start`].
pub fn trim_space_end(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut end = s.len();
    while end > 0 {
        let b = bytes.get(end - 1).copied().unwrap_or(0);
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            end -= 1;
        } else {
            match s.get(..end).and_then(|r| r.chars().next_back()) {
                Some(c) if is_space(c) => end -= c.len_utf8(),
                _ => break,
            }
        }
    }
    s.get(..end).unwrap_or("")
}

/// `s` without white space at either end.
pub fn trim_space(s: &str) -> &str {
    trim_space_end(trim_space_start(s))
}

/// The ASCII bytes that are Unicode White_Space: tab to carriage return
/// (vertical tab included, which `u8::is_ascii_whitespace` leaves out) and
/// the space.
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// The last character boundary of `s` at or before byte `i` (at most
/// `s.len()`): where a byte offset may cut the text.
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The first character boundary of `s` at or after byte `i` (at most
/// `s.len()`).
pub fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Combining marks in the blocks where they occur in running text (Latin
/// diacritics, Hebrew and Arabic points, Indic vowel signs, variation
/// selectors). A mark continues the word it follows.
pub fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}' | '\u{0981}'..='\u{0983}'
        | '\u{09BC}'..='\u{09D7}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
        | '\u{302A}'..='\u{302F}' | '\u{3099}'..='\u{309A}' | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}' | '\u{E0100}'..='\u{E01EF}')
}

/// A character that can be part of a word: letters, digits, marks, and the
/// zero-width joiners that some scripts need inside words.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c, '\u{200C}' | '\u{200D}') || !(is_space(c) || is_non_word_symbol(c))
}

/// Non-ASCII punctuation, symbols, emoji, controls and private use: the
/// blocks (or the parts of blocks) that hold no letters or digits.
fn is_non_word_symbol(c: char) -> bool {
    matches!(c,
        '\u{80}'..='\u{A9}' | '\u{AB}'..='\u{B1}' | '\u{B4}' | '\u{B6}'..='\u{B8}' | '\u{BB}' | '\u{BF}'
        | '\u{D7}' | '\u{F7}' | '\u{2C2}'..='\u{2C5}' | '\u{2D2}'..='\u{2DF}' | '\u{37E}' | '\u{387}'
        | '\u{55A}'..='\u{55F}' | '\u{589}'..='\u{58A}' | '\u{5BE}' | '\u{5C0}' | '\u{5C3}' | '\u{5C6}'
        | '\u{5F3}'..='\u{5F4}' | '\u{600}'..='\u{60F}' | '\u{61B}'..='\u{61F}' | '\u{66A}'..='\u{66D}'
        | '\u{6D4}' | '\u{964}'..='\u{965}' | '\u{970}' | '\u{E3F}' | '\u{E4F}' | '\u{E5A}'..='\u{E5B}'
        | '\u{104A}'..='\u{104F}' | '\u{10FB}' | '\u{1360}'..='\u{1368}' | '\u{166D}'..='\u{166E}'
        | '\u{16EB}'..='\u{16ED}' | '\u{17D4}'..='\u{17DA}' | '\u{1800}'..='\u{180A}'
        | '\u{2000}'..='\u{206F}' | '\u{20A0}'..='\u{20CF}' | '\u{2190}'..='\u{2BFF}'
        | '\u{2E00}'..='\u{2E7F}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{3030}'
        | '\u{303D}'..='\u{303F}' | '\u{30FB}' | '\u{E000}'..='\u{F8FF}' | '\u{FD3E}'..='\u{FD3F}'
        | '\u{FE10}'..='\u{FE19}' | '\u{FE30}'..='\u{FE6F}' | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}'
        | '\u{FFE0}'..='\u{FFFF}' | '\u{1F000}'..='\u{1FBFF}' | '\u{E0000}'..='\u{E007F}'
        | '\u{F0000}'..='\u{10FFFF}')
}

/// A word character that is not a digit.
pub fn is_letter(c: char) -> bool {
    is_word_char(c) && !is_digit(c) && !is_combining_mark(c)
}

/// Decimal digits: ASCII, Arabic-Indic, Devanagari, fullwidth.
pub fn is_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '\u{660}'..='\u{669}' | '\u{6F0}'..='\u{6F9}' | '\u{966}'..='\u{96F}' | '\u{FF10}'..='\u{FF19}')
}

/// Upper case (or title case) in the scripts [`super::case::lower`] knows.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    super::case::lower(c) != c
}

/// Lower case in the scripts [`super::case::lower`] knows: a cased letter
/// that lowering leaves as it is.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    let cased_block = matches!(c, '\u{AA}' | '\u{B5}' | '\u{BA}' | '\u{DF}'..='\u{24F}' | '\u{370}'..='\u{3FF}' | '\u{400}'..='\u{52F}' | '\u{561}'..='\u{587}' | '\u{1E00}'..='\u{1EFF}' | '\u{FF41}'..='\u{FF5A}');
    cased_block && c != '\u{F7}' && super::case::lower(c) == c && is_word_char(c)
}

/// Straight and typographic apostrophes ("Trump's", "Trump’s", "ʼ").
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Hyphens that join the parts of a compound word ("self-made").
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Marks that open a quotation or parenthetical before a sentence's first word.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '\u{201C}'
            | '\u{2018}'
            | '\u{00AB}'
            | '\u{2039}'
            | '\u{201E}'
            | '*'
            | '_'
    )
}

/// Marks that close a quotation or parenthetical after a sentence's last
/// punctuation: they stay with the sentence they close.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '\u{201D}'
            | '\u{2019}'
            | '\u{00BB}'
            | '\u{203A}'
            | '*'
            | '_'
    )
}

/// Bullets that start a list item, inline or at the start of a line.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}' | '\u{2023}' | '\u{2043}' | '\u{25E6}' | '\u{25AA}' | '\u{25CF}' | '\u{00B7}'
    )
}

/// Sentence-final punctuation other than the period, which needs context.
pub fn is_question_or_exclamation(c: char) -> bool {
    matches!(
        c,
        '?' | '!' | '\u{203D}' | '\u{2047}' | '\u{2048}' | '\u{2049}' | '\u{FF01}' | '\u{FF1F}'
    )
}

/// Characters that end the wording of a line that reads as a finished
/// sentence, after any closing quotes and brackets are stripped.
pub fn is_line_final_punct(c: char) -> bool {
    matches!(c, '.' | '\u{2026}' | ':' | ';') || is_question_or_exclamation(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_trims_agree_with_the_char_trims() {
        let spaces = [
            " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2003}", "\u{200B}",
            "\u{3000}", "\u{FEFF}",
        ];
        let words = ["", "a", "é", "日本", "a b", "\u{1F}", "x\u{2060}"];
        for a in spaces {
            for b in spaces {
                for w in words {
                    let s = format!("{a}{b}{w}{b}{a}");
                    assert_eq!(
                        trim_space_start(&s),
                        s.trim_start_matches(is_space),
                        "{s:?}"
                    );
                    assert_eq!(trim_space_end(&s), s.trim_end_matches(is_space), "{s:?}");
                    assert_eq!(trim_space(&s), s.trim_matches(is_space), "{s:?}");
                }
            }
        }
        for b in 0..=0x7Fu8 {
            assert_eq!(is_ascii_space(b), is_space(b as char), "{b:#x}");
        }
    }

    #[test]
    fn invisible_spaces_are_spaces() {
        for c in ['\u{00A0}', '\u{200B}', '\u{FEFF}', '\u{3000}', '\t'] {
            assert!(is_space(c), "{c:?}");
        }
        assert!(!is_space('a'));
    }

    /// Agreement with the standard library's tables where it matters: the
    /// Latin, Greek and Cyrillic letters of English essays.
    #[test]
    fn case_agrees_with_std_on_latin_greek_cyrillic() {
        for u in (0x41..=0x24F_u32).chain(0x391..=0x3C9).chain(0x400..=0x4FF) {
            let Some(c) = char::from_u32(u) else { continue };
            if !c.is_alphabetic() || (0x180..=0x24F).contains(&u) {
                continue;
            }
            assert_eq!(is_upper(c), c.is_uppercase(), "upper U+{u:04X}");
            assert_eq!(is_lower(c), c.is_lowercase(), "lower U+{u:04X}");
        }
    }

    #[test]
    fn letters_of_every_script_are_word_chars() {
        for c in [
            'é', 'ß', 'ğ', 'Ω', 'ж', 'ש', 'م', '漢', 'ア', '한', 'क', 'ก', '٣',
        ] {
            assert!(is_word_char(c), "{c}");
        }
        for c in [
            '—', '“', '”', '…', '€', '©', '→', '😀', '、', '。', '\u{FFFD}', '×',
        ] {
            assert!(!is_word_char(c), "{c}");
        }
    }

    #[test]
    fn marks_continue_words() {
        assert!(is_word_char('\u{301}'));
        assert!(is_word_char('漢'));
        assert!(is_word_char('ש'));
        assert!(!is_word_char('.'));
    }
}
