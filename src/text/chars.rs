//! Character classes the parser relies on, in one place.
//!
//! Small, table-free predicates: the standard library's `is_alphanumeric`
//! and `is_whitespace` plus the handful of ranges it does not cover
//! (combining marks, zero-width spaces, typographic quotes and dashes).

/// Whitespace as a reader sees it: Unicode White_Space plus the invisible
/// spaces that pasted web text is full of (zero-width space, word joiner,
/// byte-order mark), which Unicode does not class as white space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
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
    c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
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
    matches!(c, '(' | '[' | '{' | '"' | '\'' | '\u{201C}' | '\u{2018}' | '\u{00AB}' | '\u{2039}' | '\u{201E}' | '*' | '_')
}

/// Marks that close a quotation or parenthetical after a sentence's last
/// punctuation: they stay with the sentence they close.
pub fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}' | '*' | '_')
}

/// Bullets that start a list item, inline or at the start of a line.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '\u{2022}' | '\u{2023}' | '\u{2043}' | '\u{25E6}' | '\u{25AA}' | '\u{25CF}' | '\u{00B7}')
}

/// Sentence-final punctuation other than the period, which needs context.
pub fn is_question_or_exclamation(c: char) -> bool {
    matches!(c, '?' | '!' | '\u{203D}' | '\u{2047}' | '\u{2048}' | '\u{2049}' | '\u{FF01}' | '\u{FF1F}')
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
    fn invisible_spaces_are_spaces() {
        for c in ['\u{00A0}', '\u{200B}', '\u{FEFF}', '\u{3000}', '\t'] {
            assert!(is_space(c), "{c:?}");
        }
        assert!(!is_space('a'));
    }

    #[test]
    fn marks_continue_words() {
        assert!(is_word_char('\u{301}'));
        assert!(is_word_char('漢'));
        assert!(is_word_char('ש'));
        assert!(!is_word_char('.'));
    }
}
