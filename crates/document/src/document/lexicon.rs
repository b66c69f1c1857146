//! The parser's word lists, read once from the data files beside this module
//! (`data/*.txt`; `build.rs` strips their comments into `OUT_DIR`).

use super::forms::FormMap;
use crate::text::case::lower_str;
use crate::text::packed::entries;
use std::sync::OnceLock;

/// How an abbreviation's period behaves; see `data/abbreviations.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    Title,
    Numeric,
    Ambiguous,
    Inner,
}

impl AbbrevClass {
    /// Every class, at the index of its discriminant.
    const ALL: [AbbrevClass; 4] = [Self::Title, Self::Numeric, Self::Ambiguous, Self::Inner];
}

/// How a contrast marker splits a sentence; see `data/contrast_markers.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    Opener,
    Joiner,
    Discourse,
    Subordinate,
}

/// What one token form can be in a clause split, as bits: computed once
/// per distinct form, so splitting a sentence never compares strings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cues(u16);

impl Cues {
    pub const WORD: u16 = 1;
    pub const OPENER: u16 = 2;
    pub const JOINER: u16 = 4;
    /// The first word of at least one discourse marker.
    pub const DISCOURSE_START: u16 = 8;
    pub const COMMA: u16 = 16;
    pub const SEMICOLON: u16 = 32;
    /// "not", "never", "n't" forms: a following ", but" corrects.
    pub const NEGATION: u16 = 64;
    /// "but": the joiner that a negation turns into a correction.
    pub const BUT: u16 = 128;
    /// Opens a sentence with a subordinate clause that is no contrast
    /// ("When", "Because", "If"): it ends at the first comma too.
    pub const SUBORDINATE: u16 = 256;
    /// ":": the clause after it may speak of someone else ("Their
    /// records are mixed: Thatcher grew sceptical …").
    pub const COLON: u16 = 512;

    pub fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

pub struct Lexicon {
    /// Lower-case word → index of its class in [`AbbrevClass::ALL`]. A
    /// hash map: asked for every word before a period, where a binary
    /// search cost ~650 instructions a word. (`u32` values, as the term
    /// table's: one copy of the map's code in the wasm, not one per type.)
    abbreviations: FormMap<u32>,
    /// The longest listed abbreviation, in bytes: longer words skip the map.
    longest_abbreviation: usize,
    function_words: Vec<&'static str>,
    /// The same words, for lookups (the value is unused).
    function_word_set: FormMap<u32>,
    exclamation_names: Vec<&'static str>,
    /// Sorted: web page lines around an article ("Advertisement", "Share").
    web_furniture: Vec<&'static str>,
    /// Each marker as its lower-case words, with its kind.
    pub contrast_markers: Vec<(Vec<&'static str>, MarkerKind)>,
}

impl Lexicon {
    fn load() -> Self {
        let mut abbreviations = FormMap::default();
        let mut longest_abbreviation = 0;
        for (word, section) in entries(crate::packed_list!("abbreviations.txt")) {
            let class = match section {
                "title" => AbbrevClass::Title,
                "numeric" => AbbrevClass::Numeric,
                "inner" => AbbrevClass::Inner,
                _ => AbbrevClass::Ambiguous,
            };
            abbreviations.get_or_insert_with(word, || class as u32);
            longest_abbreviation = longest_abbreviation.max(word.len());
        }
        let function_words: Vec<&'static str> = entries(crate::packed_list!("function_words.txt"))
            .map(|(w, _)| w)
            .collect();
        let mut function_word_set = FormMap::default();
        for w in &function_words {
            function_word_set.get_or_insert_with(w, || 0);
        }
        let exclamation_names = entries(crate::packed_list!("exclamation_names.txt"))
            .map(|(w, _)| w)
            .collect();
        let web_furniture = entries(crate::packed_list!("web_furniture.txt"))
            .map(|(w, _)| w)
            .collect();
        let contrast_markers = entries(crate::packed_list!("contrast_markers.txt"))
            .map(|(phrase, section)| {
                let kind = match section {
                    "opener" => MarkerKind::Opener,
                    "joiner" => MarkerKind::Joiner,
                    "subordinate" => MarkerKind::Subordinate,
                    _ => MarkerKind::Discourse,
                };
                (phrase.split_whitespace().collect(), kind)
            })
            .collect();
        Self {
            abbreviations,
            longest_abbreviation,
            function_word_set,
            function_words,
            exclamation_names,
            web_furniture,
            contrast_markers,
        }
    }

    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    /// Whether a whole line is web page furniture around an article:
    /// listed ("Advertisement", "Share this article"), a reading time ("5
    /// min read") or a breadcrumb ("Opinion | Politics").
    pub fn web_furniture(&self, line: &str) -> bool {
        let line = line.trim().trim_end_matches(':').trim_end();
        if line.is_empty() || line.len() > 40 {
            return false;
        }
        let lower = crate::text::case::lower_str(line);
        if self
            .web_furniture
            .binary_search_by(|w| (*w).cmp(lower.as_str()))
            .is_ok()
        {
            return true;
        }
        let words: Vec<&str> = lower.split_whitespace().collect();
        let reading_time = words.len() <= 4
            && words
                .first()
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
            && matches!(
                words.get(1).copied(),
                Some("min" | "mins" | "minute" | "minutes")
            )
            && words.get(2).copied() == Some("read");
        let breadcrumb = words.len() <= 6
            && words.len() >= 3
            && words.iter().any(|w| matches!(*w, "|" | "›" | "»" | ">"));
        reading_time || breadcrumb
    }

    /// The class of `word` (without its final period), if it is an
    /// abbreviation: listed, or made of single letters joined by periods.
    pub fn abbreviation(&self, word: &str) -> Option<AbbrevClass> {
        if word.is_empty() || word.len() > 16 {
            return None;
        }
        if word.len() <= self.longest_abbreviation {
            let class = self.abbreviations.get(Lowered::new(word).as_str());
            if let Some(&class) = class.and_then(|&c| AbbrevClass::ALL.get(c as usize)) {
                return Some(class);
            }
        }
        is_dotted_letters(word).then_some(AbbrevClass::Ambiguous)
    }

    /// The clause cues of a token form, from its lower-case form.
    pub fn cues(&self, lower: &str, is_word: bool) -> Cues {
        let mut bits = 0;
        let mut set = |bit: u16, on: bool| {
            if on {
                bits |= bit;
            }
        };
        set(Cues::WORD, is_word);
        set(Cues::COMMA, lower == ",");
        set(Cues::SEMICOLON, lower == ";");
        set(Cues::COLON, lower == ":");
        set(
            Cues::NEGATION,
            matches!(lower, "not" | "never") || lower.ends_with("n't"),
        );
        set(Cues::BUT, lower == "but");
        for (words, kind) in &self.contrast_markers {
            let first = words.first().is_some_and(|w| *w == lower);
            match kind {
                MarkerKind::Opener => set(Cues::OPENER, first && words.len() == 1),
                MarkerKind::Joiner => set(Cues::JOINER, first && words.len() == 1),
                MarkerKind::Discourse => set(Cues::DISCOURSE_START, first),
                MarkerKind::Subordinate => set(Cues::SUBORDINATE, first && words.len() == 1),
            }
        }
        Cues(bits)
    }

    /// Every function word (lower-case).
    pub fn function_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.function_words.iter().copied()
    }

    pub fn is_function_word(&self, word: &str) -> bool {
        word.len() <= 16
            && self
                .function_word_set
                .get(Lowered::new(word).as_str())
                .is_some()
    }

    /// Whether the text just before byte `end` of `text` ends with a name
    /// spelled with "!" (the "!" included).
    pub fn ends_with_exclamation_name(&self, text: &str, end: usize) -> bool {
        let before = text.get(..end).unwrap_or("");
        self.exclamation_names.iter().any(|name| {
            before.ends_with(name)
                && before[..before.len() - name.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !crate::text::chars::is_word_char(c))
        })
    }
}

/// "U.S", "a.m", "e.g", "U.S.A": single letters joined by periods.
fn is_dotted_letters(word: &str) -> bool {
    let mut letters = 0;
    let mut expect_letter = true;
    for c in word.chars() {
        if expect_letter && crate::text::chars::is_letter(c) {
            letters += 1;
        } else if !expect_letter && c == '.' {
        } else {
            return false;
        }
        expect_letter = !expect_letter;
    }
    letters >= 2 && !expect_letter
}

/// A lower-cased copy of a short word, on the stack when it is ASCII.
enum Lowered<'a> {
    Ascii([u8; 16], usize, std::marker::PhantomData<&'a ()>),
    Owned(String),
}

impl Lowered<'_> {
    fn new(word: &str) -> Self {
        if word.is_ascii() && word.len() <= 16 {
            let mut buf = [0u8; 16];
            for (b, w) in buf.iter_mut().zip(word.bytes()) {
                *b = w.to_ascii_lowercase();
            }
            Lowered::Ascii(buf, word.len(), std::marker::PhantomData)
        } else {
            Lowered::Owned(lower_str(word))
        }
    }
    fn as_str(&self) -> &str {
        match self {
            // ASCII in, ASCII out: always valid UTF-8.
            Lowered::Ascii(buf, len, _) => std::str::from_utf8(&buf[..*len]).unwrap_or(""),
            Lowered::Owned(s) => s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_sits_at_its_discriminant() {
        for class in AbbrevClass::ALL {
            assert_eq!(AbbrevClass::ALL[class as usize], class);
        }
    }

    #[test]
    fn classes_come_from_the_data_file() {
        let lx = Lexicon::get();
        assert_eq!(lx.abbreviation("Mr"), Some(AbbrevClass::Title));
        assert_eq!(lx.abbreviation("p"), Some(AbbrevClass::Numeric));
        assert_eq!(lx.abbreviation("Co"), Some(AbbrevClass::Ambiguous));
        assert_eq!(lx.abbreviation("U.S"), Some(AbbrevClass::Ambiguous));
        assert_eq!(lx.abbreviation("e.g"), Some(AbbrevClass::Inner));
        assert_eq!(lx.abbreviation("N°"), Some(AbbrevClass::Numeric));
        assert_eq!(lx.abbreviation("world"), None);
    }

    #[test]
    fn dotted_letters() {
        assert!(is_dotted_letters("U.S.A"));
        assert!(!is_dotted_letters("U"));
        assert!(!is_dotted_letters("U.S."));
        assert!(!is_dotted_letters("Jane.Doe"));
    }

    #[test]
    fn exclamation_names_need_a_word_start() {
        let lx = Lexicon::get();
        let t = "She works at Yahoo! in";
        assert!(lx.ends_with_exclamation_name(t, t.find('!').unwrap() + 1));
        let t = "MyYahoo! in";
        assert!(!lx.ends_with_exclamation_name(t, t.find('!').unwrap() + 1));
    }
}
