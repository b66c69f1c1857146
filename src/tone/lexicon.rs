//! The tone stage's word lists, read once from `data/*.txt` (`build.rs`
//! strips their comments into `OUT_DIR`) into one map from word to
//! [`Facts`], and what each distinct term of a document is for the rules,
//! worked out once per term.

use std::sync::OnceLock;

use crate::document::forms::FormMap;
use crate::document::{shape, Term, TokenKind};
use crate::text::packed::entries;

/// What the rules need to know about one term, in eight bytes: the stage
/// reads one per token, so their size is most of its time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    /// Lexicon valence in hundredths on VADER's scale (−400..400); 0 when
    /// not a sentiment word.
    pub valence: i16,
    /// Booster (+1) or dampener (−1) degree adverb; 0 otherwise.
    pub degree: i8,
    /// In a punctuation token, the number of "!" (low four bits) and "?"
    /// (high four bits), each at most 15.
    pub marks: u8,
    pub flags: u32,
}

impl Facts {
    /// A word, number or symbol: a position of the rules' word window.
    pub const WORD: u32 = 1;
    /// Written in capitals (more than one letter, none lower-case).
    pub const CAPS: u32 = 1 << 1;
    pub const NEGATION: u32 = 1 << 2;
    pub const BUT: u32 = 1 << 3;
    pub const NO: u32 = 1 << 4;
    pub const LEAST: u32 = 1 << 5;
    /// "at" and "very": "at least", "very least" are not negations.
    pub const AT_VERY: u32 = 1 << 6;
    pub const OR_NOR: u32 = 1 << 7;
    pub const NEVER: u32 = 1 << 8;
    /// "so" and "this": "never so good" is emphasis, not negation.
    pub const SO_THIS: u32 = 1 << 9;
    pub const WITHOUT: u32 = 1 << 10;
    pub const DOUBT: u32 = 1 << 11;
    /// "kind" and "sort": with "of" after them, a dampener.
    pub const KIND_SORT: u32 = 1 << 12;
    pub const OF: u32 = 1 << 13;
    /// A clause boundary for negation scope (comma, semicolon, colon, dash).
    pub const BREAK: u32 = 1 << 14;
    /// Capitalised, not all capitals: with a capitalised neighbour, part of
    /// a name ("United Nations", "Justice Department").
    pub const CAPITAL: u32 = 1 << 15;
    /// Set by the rules on a word that a clause boundary precedes.
    pub const AFTER_BREAK: u32 = 1 << 16;
    /// A booster or dampener ([`Facts::degree`] is not 0).
    pub const DEGREE: u32 = 1 << 17;

    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// A sentiment word: VADER's "in the lexicon".
    pub fn is_sentiment(&self) -> bool {
        self.valence != 0
    }

    /// The valence on VADER's scale.
    pub fn valence(&self) -> f32 {
        f32::from(self.valence) / 100.0
    }

    pub fn bangs(&self) -> u32 {
        u32::from(self.marks & 15)
    }

    pub fn questions(&self) -> u32 {
        u32::from(self.marks >> 4)
    }
}

/// A valence on VADER's scale as [`Facts::valence`] keeps it.
pub fn hundredths(v: f32) -> i16 {
    (v * 100.0).round().clamp(-400.0, 400.0) as i16
}

/// How terms are looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lookup {
    /// Our own entries for opinion writing (`data/tone_additions.txt`,
    /// `data/tone_negations.txt`).
    pub additions: bool,
}

impl Default for Lookup {
    fn default() -> Self {
        Self { additions: true }
    }
}

/// Every listed word with its facts: one hash lookup per term.
pub struct Lexicon {
    words: FormMap<Facts>,
}

/// A valence written as in the data files: an optional sign, digits, and at
/// most one decimal ("-1.9", "0"; "2.25" is read as 2.2). Read by hand:
/// `str::parse::<f32>` brings about 20 KB of float parsing into the wasm.
fn valence(s: &str) -> Option<f32> {
    let s = s.trim_ascii().as_bytes();
    let (sign, digits) = match s.split_first() {
        Some((b'-', rest)) => (-1.0, rest),
        _ => (1.0, s),
    };
    // Whole digits, then an optional point and digits of which the first
    // counts: a byte loop, no char searches (7,500 valences at start-up).
    let point = digits.iter().position(|&b| b == b'.');
    let (whole, tenth) = match point {
        Some(p) => (&digits[..p], &digits[p + 1..]),
        None => (digits, &b"0"[..]),
    };
    if whole.is_empty()
        || whole.len() > 3
        || !whole.iter().all(u8::is_ascii_digit)
        || !tenth.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let first = tenth.first().copied().unwrap_or(b'0');
    let tenths = whole
        .iter()
        .fold(0u32, |n, &b| n * 10 + u32::from(b - b'0'))
        * 10
        + u32::from(first.wrapping_sub(b'0').min(9));
    Some(sign * tenths as f32 / 10.0)
}

/// The flags of the words the rules name.
const CUES: [(&str, u32); 13] = [
    ("but", Facts::BUT),
    ("no", Facts::NO),
    ("least", Facts::LEAST),
    ("at", Facts::AT_VERY),
    ("very", Facts::AT_VERY),
    ("or", Facts::OR_NOR),
    ("nor", Facts::OR_NOR),
    ("so", Facts::SO_THIS),
    ("this", Facts::SO_THIS),
    ("doubt", Facts::DOUBT),
    ("kind", Facts::KIND_SORT),
    ("sort", Facts::KIND_SORT),
    ("of", Facts::OF),
];

/// The data files as prepared by `build.rs`: `word<TAB>value` lines,
/// sorted, so that the lines of one word are adjacent.
struct Sources {
    /// `word<TAB>valence` (`build.rs` turns the file's lines by valence
    /// into these).
    vader: &'static str,
    /// `word<TAB>valence`.
    additions: &'static str,
    /// `word<TAB>section`.
    modifiers: &'static str,
    negations: &'static str,
}

impl Sources {
    fn read() -> Self {
        Self {
            vader: crate::packed_list!("vader_lexicon.txt"),
            additions: crate::packed_list!("tone_additions.txt"),
            modifiers: crate::packed_list!("tone_modifiers.txt"),
            negations: crate::packed_list!("tone_negations.txt"),
        }
    }
}

/// The facts of `word`, added with none if no list before named it.
fn listed<'m>(words: &'m mut FormMap<Facts>, word: &str) -> Option<&'m mut Facts> {
    words.get_or_insert_with(word, Facts::default);
    words.get_mut(word)
}

/// The first line of each word of a sorted list: the one a lookup of the
/// word would find.
fn first_of_each(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut previous = None;
    entries(data).filter(move |&(word, _)| previous.replace(word) != Some(word))
}

impl Lexicon {
    /// VADER's words first, then what the other lists say of theirs: each
    /// small list visits its own words (a few hundred), instead of every
    /// VADER word asking each list about itself (22,500 lookups on the way
    /// to the first analysis).
    fn load(lookup: Lookup) -> Self {
        let sources = Sources::read();
        let mut words: FormMap<Facts> = FormMap::with_capacity(8000);
        for (word, v) in first_of_each(sources.vader) {
            let valence = hundredths(valence(v).unwrap_or(0.0));
            words.get_or_insert_with(word, || Facts {
                valence,
                ..Facts::default()
            });
        }
        // Ours override VADER's valence (a word they list that VADER does
        // not is listed all the same, without a valence, when they are off).
        for (word, v) in first_of_each(sources.additions) {
            let ours = valence(v).filter(|_| lookup.additions);
            if let (Some(facts), Some(ours)) = (listed(&mut words, word), ours) {
                facts.valence = hundredths(ours);
            }
        }
        for (word, section) in first_of_each(sources.modifiers) {
            if let Some(facts) = listed(&mut words, word) {
                match section {
                    "booster" => facts.degree = 1,
                    "dampener" => facts.degree = -1,
                    "negation" => facts.flags |= Facts::NEGATION,
                    _ => {}
                }
            }
        }
        for (word, _) in first_of_each(sources.negations) {
            if let Some(facts) = listed(&mut words, word).filter(|_| lookup.additions) {
                facts.flags |= Facts::NEGATION;
                facts.degree = 0;
            }
        }
        for (cue, flag) in CUES {
            if let Some(facts) = listed(&mut words, cue) {
                facts.flags |= flag;
            }
        }
        for (word, flag) in [("never", Facts::NEVER), ("without", Facts::WITHOUT)] {
            if let Some(facts) = words.get_mut(word) {
                facts.flags |= flag;
            }
        }
        for facts in words.values_mut() {
            if facts.degree != 0 {
                facts.flags |= Facts::DEGREE;
            }
        }
        Self { words }
    }

    /// The lexicon for `lookup`, loaded on first use.
    pub fn get(lookup: Lookup) -> &'static Lexicon {
        static WITH: OnceLock<Lexicon> = OnceLock::new();
        static WITHOUT: OnceLock<Lexicon> = OnceLock::new();
        let cell = if lookup.additions { &WITH } else { &WITHOUT };
        cell.get_or_init(|| Lexicon::load(lookup))
    }

    /// The valence of a lower-case form on VADER's scale, if listed.
    pub fn word(&self, lower: &str) -> Option<f32> {
        self.words
            .get(lower)
            .filter(|f| f.is_sentiment())
            .map(Facts::valence)
    }

    /// What `term` is for the rules.
    pub fn facts(&self, term: &Term) -> Facts {
        let lower: &str = &term.lower;
        if term.kind == TokenKind::Punct {
            let mut facts = Facts::default();
            let (mut bangs, mut questions) = (0u8, 0u8);
            for c in lower.chars() {
                match c {
                    '!' => bangs = bangs.saturating_add(1),
                    '?' => questions = questions.saturating_add(1),
                    ',' | ';' | ':' | '-' | '\u{2013}' | '\u{2014}' => facts.flags |= Facts::BREAK,
                    _ => {}
                }
            }
            facts.marks = bangs.min(15) | questions.min(15) << 4;
            return facts;
        }
        let mut facts = match term.kind {
            TokenKind::Word => self.words.get(lower).copied().unwrap_or_default(),
            _ => Facts::default(),
        };
        facts.flags |= Facts::WORD;
        if term.shape & shape::ALL_CAPS != 0 {
            facts.flags |= Facts::CAPS;
        } else if term.shape & shape::CAPITAL != 0 {
            facts.flags |= Facts::CAPITAL;
        }
        if term.kind == TokenKind::Word && lower.ends_with("n't") {
            facts.flags |= Facts::NEGATION;
            facts.flags &= !Facts::DEGREE;
            facts.degree = 0;
        }
        facts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valences_read_by_hand() {
        assert_eq!(valence("-1.9"), Some(-1.9));
        assert_eq!(valence("0"), Some(0.0));
        assert_eq!(valence("3.25"), Some(3.2));
        assert_eq!(valence("12"), Some(12.0));
        assert_eq!(valence(""), None);
        assert_eq!(valence("x1"), None);
        assert_eq!(valence("1.x"), None);
        assert_eq!(valence("99999999"), None);
    }

    #[test]
    fn listed_words() {
        let ours = Lexicon::get(Lookup::default());
        let vader = Lexicon::get(Lookup { additions: false });
        assert_eq!(vader.word("good"), Some(1.9));
        // Ours override VADER's: "party" is a political party here.
        assert_eq!(vader.word("party"), Some(1.7));
        assert_eq!(ours.word("party"), None);
        assert_eq!(ours.word("corrupt"), Some(-2.6));
        assert_eq!(vader.word("corrupt"), None);
        assert!(ours
            .words
            .get("hardly")
            .is_some_and(|f| f.has(Facts::NEGATION)));
        assert_eq!(vader.words.get("hardly").map(|f| f.degree), Some(-1));
        assert!(ours
            .words
            .get("very")
            .is_some_and(|f| f.degree == 1 && f.has(Facts::AT_VERY)));
    }
}
