//! Tokens: words, numbers, punctuation and symbols, with a term table.
//!
//! - A word is letters, digits and marks, kept whole across an apostrophe
//!   ("Trump’s", "can't", "o'clock"), a hyphen ("self-made"), the periods of
//!   a dotted abbreviation ("U.S.", "a.m.") and the period of a listed
//!   abbreviation ("Mr."). A plural possessive keeps its apostrophe
//!   ("the Musks’ fortune").
//! - A number is digits with inner separators ("1,000", "100.00", "5:30")
//!   and a letter suffix ("5th", "1990s").
//! - Punctuation is one mark or a run of the same mark ("...", "--", "!!");
//!   a symbol is one character with the modifiers and joiners that go with
//!   it (an emoji with its skin tone or ZWJ sequence stays one token).
//!
//! Each distinct surface form becomes one [`Term`] (lower-case form and
//! Snowball stem), computed once per form: a book has a few tens of
//! thousands of forms and millions of tokens.

use super::forms::FormMap;
use super::lexicon::{AbbrevClass, Cues, Lexicon};
use super::vocabulary::Vocabulary;
use super::{Term, Token, TokenKind};
use crate::text::chars::{
    is_apostrophe, is_combining_mark, is_digit, is_hyphen, is_letter, is_space, is_word_char,
    trim_space_start,
};
use crate::text::{scan, ByteSpan};

/// The term table under construction: surface form → term id.
#[derive(Default)]
pub struct TermTable {
    ids: FormMap<u32>,
    terms: Vec<Term>,
    /// What each term can be in a clause split, looked up once per form.
    cues: Vec<Cues>,
}

impl TermTable {
    /// A table sized for about `forms` distinct forms, so it rarely rehashes.
    pub fn with_capacity(forms: usize) -> Self {
        Self {
            ids: FormMap::with_capacity(forms),
            terms: Vec::with_capacity(forms),
            cues: Vec::with_capacity(forms),
        }
    }

    /// The id of the form `text[start..start + surface.len()]`.
    fn id(&mut self, text: &str, surface: &str, start: usize, kind: TokenKind) -> u32 {
        let (terms, cues) = (&mut self.terms, &mut self.cues);
        self.ids.get_or_insert_in(text, surface, start, || {
            let (term, term_cues) = Vocabulary::lookup_in(text, surface, start, kind);
            terms.push(term);
            cues.push(term_cues);
            (terms.len() - 1) as u32
        })
    }

    pub fn get(&self, id: u32) -> Option<&Term> {
        self.terms.get(id as usize)
    }

    pub fn cues(&self, id: u32) -> Cues {
        self.cues.get(id as usize).copied().unwrap_or_default()
    }

    pub fn into_terms(self) -> Vec<Term> {
        self.terms
    }
}

/// Appends the tokens of `text[span]` to `out`.
pub fn tokenize(text: &str, span: ByteSpan, terms: &mut TermTable, out: &mut Vec<Token>) {
    let s = span.of(text);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII first: most essays are mostly ASCII, and a byte test is
        // several times cheaper than decoding a char.
        let (len, kind) = if b < 0x80 {
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            if b.is_ascii_digit() {
                (number_len(s, i), TokenKind::Number)
            } else if b.is_ascii_alphabetic() {
                (word_len(s, i), TokenKind::Word)
            } else if b.is_ascii_punctuation() && !b"$%+<=>^`|~#".contains(&b) {
                (run_len(s, i, b as char), TokenKind::Punct)
            } else {
                (symbol_len(s, i), TokenKind::Symbol)
            }
        } else {
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            if is_space(c) {
                i += c.len_utf8();
                continue;
            }
            if is_word_char(c) {
                (
                    word_len(s, i),
                    if is_digit(c) {
                        TokenKind::Number
                    } else {
                        TokenKind::Word
                    },
                )
            } else if is_general_punctuation(c) {
                (run_len(s, i, c), TokenKind::Punct)
            } else {
                (symbol_len(s, i), TokenKind::Symbol)
            }
        };
        let start = span.start + i;
        let surface = &text[start..start + len];
        let term = terms.id(text, surface, start, kind);
        out.push(Token::new(
            ByteSpan::new(span.start + i, span.start + i + len),
            term,
        ));
        i += len;
    }
}

fn is_general_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{FF01}'..='\u{FF0F}')
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// Length of the run of word characters at `i`: ASCII letters and digits
/// eight bytes at a time, other characters one by one.
fn word_chars_len(s: &str, i: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = i;
    loop {
        j = scan::find(bytes, j, scan::not_ascii_alnum, |b| {
            !b.is_ascii_alphanumeric()
        });
        match bytes.get(j) {
            Some(&b) if b >= 0x80 => match s.get(j..).and_then(|r| r.chars().next()) {
                Some(c) if is_word_char(c) => j += c.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    j - i
}

fn word_len(s: &str, start: usize) -> usize {
    let mut end = start + word_chars_len(s, start);
    let bytes = s.as_bytes();
    // The common case, a plain word followed by a space or a comma, is
    // settled by one byte.
    if bytes.get(end).is_none_or(|&b| b == b' ' || b == b',') {
        return end - start;
    }
    // Dotted abbreviations: "U.S.", "a.m.", "e.g.".
    if end - start == char_at(s, start).map_or(0, char::len_utf8) {
        let mut j = end;
        while s[j..].starts_with('.') && char_at(s, j + 1).is_some_and(is_letter) {
            let after = j + 1 + word_chars_len(s, j + 1);
            if after - (j + 1) != char_at(s, j + 1).map_or(0, char::len_utf8) {
                break;
            }
            j = after;
        }
        if j > end {
            return j + usize::from(s[j..].starts_with('.')) - start;
        }
    }
    while let Some(c) = char_at(s, end) {
        let joined =
            joiner_at(s, end).is_some() && !(is_hyphen(c) && dash_before(s, end + c.len_utf8()));
        if !joined {
            // "the Musks’ fortune": a plural possessive keeps its apostrophe.
            let plural_possessive = is_apostrophe(c)
                && s[..end].ends_with('s')
                && char_at(s, end + c.len_utf8()).is_none_or(is_space);
            if plural_possessive {
                end += c.len_utf8();
            }
            break;
        }
        end += c.len_utf8();
        end += word_chars_len(s, end);
    }
    // "Mr.", "Co.": a listed abbreviation keeps its period; a numeric one
    // only before a number ("No. 5", but "I said no.").
    if s[end..].starts_with('.') {
        let keeps = match Lexicon::get().abbreviation(&s[start..end]) {
            Some(AbbrevClass::Numeric) => {
                trim_space_start(&s[end + 1..]).starts_with(|c: char| c.is_ascii_digit())
            }
            Some(_) => true,
            None => false,
        };
        end += usize::from(keeps);
    }
    end - start
}

/// The apostrophe or hyphen at `at` when a word character follows it: it
/// joins what is before and after into one word ("can't", "self-made").
fn joiner_at(s: &str, at: usize) -> Option<char> {
    char_at(s, at).filter(|&c| {
        (is_apostrophe(c) || is_hyphen(c))
            && char_at(s, at + c.len_utf8()).is_some_and(is_word_char)
    })
}

/// Words that end a hyphenated word only when the hyphen was a dash:
/// conjunctions, articles, subject pronouns.
const AFTER_DASH: [&str; 12] = [
    "and", "but", "nor", "the", "a", "an", "that", "which", "we", "he", "she", "they",
];

/// Whether the word at `at`, after a hyphen, shows the hyphen to be a
/// dash typed as one: one of [`AFTER_DASH`], ending the hyphenated word
/// ("Clem Zablocki-and I remember", "the United States-the greatest").
/// Compounds go on after such a word ("three-and-a-half", "rock-and-roll");
/// a compound that ends in a small word ends in a preposition or particle
/// ("hands-on", "follow-up").
fn dash_before(s: &str, at: usize) -> bool {
    let end = at + word_chars_len(s, at);
    let word = s.get(at..end).unwrap_or("");
    joiner_at(s, end).is_none() && AFTER_DASH.contains(&word)
}

fn number_len(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_digit() {
            end += 1;
        } else if matches!(b, b'.' | b',' | b':')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
        {
            end += 2;
        } else {
            break;
        }
    }
    // "5th", "1990s".
    end + word_chars_len(s, end) - start
}

fn run_len(s: &str, start: usize, c: char) -> usize {
    let rest = s.get(start..).unwrap_or("");
    if c.is_ascii() {
        // Most punctuation is ASCII and alone: a byte loop, not a searcher.
        return rest.bytes().take_while(|&b| b == c as u8).count();
    }
    rest.len() - rest.trim_start_matches(c).len()
}

/// One symbol with its modifiers: variation selectors, skin tones, keycaps,
/// and ZWJ sequences.
fn symbol_len(s: &str, start: usize) -> usize {
    let mut chars = s[start..].char_indices().peekable();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let mut end = first.len_utf8();
    while let Some(&(j, c)) = chars.peek() {
        if is_combining_mark(c)
            || matches!(c, '\u{1F3FB}'..='\u{1F3FF}' | '\u{20E3}' | '\u{E0020}'..='\u{E007F}')
        {
            end = j + c.len_utf8();
            chars.next();
        } else if c == '\u{200D}' {
            chars.next();
            match chars.next() {
                Some((k, joined)) => end = k + joined.len_utf8(),
                None => {
                    end = j + c.len_utf8();
                    break;
                }
            }
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<(&str, TokenKind, String, String)> {
        let mut table = TermTable::default();
        let mut out = Vec::new();
        tokenize(s, ByteSpan::new(0, s.len()), &mut table, &mut out);
        out.iter()
            .map(|t| {
                let term = table.get(t.term).unwrap().clone();
                (
                    t.span().of(s),
                    term.kind,
                    term.lower.to_string(),
                    term.stem.to_string(),
                )
            })
            .collect()
    }

    fn surfaces(s: &str) -> Vec<&str> {
        tokens(s).into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn possessives_contractions_hyphens() {
        assert_eq!(
            surfaces("Trump’s self-made base can't."),
            ["Trump’s", "self-made", "base", "can't", "."]
        );
        let t = tokens("Trump’s");
        assert_eq!(t[0].2, "trump's");
        assert_eq!(t[0].3, "trump");
        assert_eq!(surfaces("the Musks’ fortune"), ["the", "Musks’", "fortune"]);
    }

    #[test]
    fn a_hyphen_before_a_last_conjunction_is_a_dash() {
        assert_eq!(
            surfaces("Clem Zablocki-and I remember"),
            ["Clem", "Zablocki", "-", "and", "I", "remember"]
        );
        assert_eq!(surfaces("States-the best"), ["States", "-", "the", "best"]);
        // Compounds that go on, or end in a particle, stay whole.
        assert_eq!(
            surfaces("three-and-a-half rock-and-roll hands-on follow-up"),
            ["three-and-a-half", "rock-and-roll", "hands-on", "follow-up"]
        );
    }

    #[test]
    fn abbreviations_and_numbers() {
        assert_eq!(
            surfaces("Mr. Smith paid $1,000.50 in the U.S. at 5 a.m."),
            ["Mr.", "Smith", "paid", "$", "1,000.50", "in", "the", "U.S.", "at", "5", "a.m."]
        );
        assert_eq!(tokens("5th")[0].1, TokenKind::Number);
    }

    #[test]
    fn stems() {
        let t = tokens("Decarbonization policies");
        assert_eq!(t[0].3, "decarbon");
        assert_eq!(t[1].3, "polici");
    }

    #[test]
    fn emoji_sequences_stay_whole() {
        assert_eq!(surfaces("hi 👋🏽 👩‍💻!"), ["hi", "👋🏽", "👩‍💻", "!"]);
    }

    #[test]
    fn runs_of_punctuation() {
        assert_eq!(
            surfaces("Wait... what?!"),
            ["Wait", "...", "what", "?", "!"]
        );
    }

    #[test]
    fn same_form_same_term() {
        let mut table = TermTable::default();
        let mut out = Vec::new();
        let s = "the cat and the hat";
        tokenize(s, ByteSpan::new(0, s.len()), &mut table, &mut out);
        assert_eq!(out[0].term, out[3].term);
    }
}
