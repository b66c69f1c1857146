//! The tone stage's word lists, read once from `data/*.txt` (`build.rs`
//! strips their comments and sorts them into `OUT_DIR`), and what each
//! distinct term of a document is for the rules ([`Facts`]), worked out
//! once per term.

use std::sync::OnceLock;

use crate::document::{shape, Term, TokenKind};

/// What the rules need to know about one term, as plain numbers and bits.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Facts {
    /// Lexicon valence on VADER's scale (−4..4); 0 when not a sentiment word.
    pub valence: f32,
    /// Booster (+1) or dampener (−1) degree adverb; 0 otherwise.
    pub degree: i8,
    /// "!" and "?" in a punctuation token.
    pub bangs: u8,
    pub questions: u8,
    pub flags: u16,
}

impl Facts {
    /// A word, number or symbol: a position of the rules' word window.
    pub const WORD: u16 = 1;
    /// Written in capitals (more than one letter, none lower-case).
    pub const CAPS: u16 = 1 << 1;
    pub const NEGATION: u16 = 1 << 2;
    pub const BUT: u16 = 1 << 3;
    pub const NO: u16 = 1 << 4;
    pub const LEAST: u16 = 1 << 5;
    /// "at" and "very": "at least", "very least" are not negations.
    pub const AT_VERY: u16 = 1 << 6;
    pub const OR_NOR: u16 = 1 << 7;
    pub const NEVER: u16 = 1 << 8;
    /// "so" and "this": "never so good" is emphasis, not negation.
    pub const SO_THIS: u16 = 1 << 9;
    pub const WITHOUT: u16 = 1 << 10;
    pub const DOUBT: u16 = 1 << 11;
    /// "kind" and "sort": with "of" after them, a dampener.
    pub const KIND_SORT: u16 = 1 << 12;
    pub const OF: u16 = 1 << 13;
    /// A clause boundary for negation scope (comma, semicolon, colon, dash).
    pub const BREAK: u16 = 1 << 14;

    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// A sentiment word: VADER's "in the lexicon".
    pub fn is_sentiment(&self) -> bool {
        self.valence != 0.0
    }
}

/// How terms are looked up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lookup {
    /// Our own entries for opinion writing (`data/tone_additions.txt`).
    pub additions: bool,
    /// A form not in the lexicon takes the valence of lexicon words with the
    /// same Snowball stem.
    pub stems: bool,
}

impl Default for Lookup {
    fn default() -> Self {
        Self {
            additions: true,
            stems: true,
        }
    }
}

pub struct Lexicon {
    /// Sorted by word, for binary search.
    vader: Vec<(&'static str, f32)>,
    additions: Vec<(&'static str, f32)>,
    modifiers: Vec<(&'static str, &'static str)>,
}

/// The entries of a prepared data file: `word<TAB>value` per line, sorted.
fn entries(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    data.lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split_once('\t').unwrap_or((l, "")))
}

fn valences(data: &'static str) -> Vec<(&'static str, f32)> {
    entries(data)
        .filter_map(|(w, v)| Some((w, v.trim().parse::<f32>().ok()?)))
        .collect()
}

fn find<T: Copy>(list: &[(&'static str, T)], word: &str) -> Option<T> {
    list.binary_search_by(|(w, _)| (*w).cmp(word))
        .ok()
        .map(|k| list[k].1)
}

impl Lexicon {
    fn load() -> Self {
        Self {
            vader: valences(include_str!(concat!(env!("OUT_DIR"), "/vader_lexicon.txt"))),
            additions: valences(include_str!(concat!(
                env!("OUT_DIR"),
                "/tone_additions.txt"
            ))),
            modifiers: entries(include_str!(concat!(
                env!("OUT_DIR"),
                "/tone_modifiers.txt"
            )))
            .collect(),
        }
    }

    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    /// The valence of a lower-case form: ours, then VADER's.
    pub fn word(&self, lower: &str, lookup: Lookup) -> Option<f32> {
        if lookup.additions {
            if let Some(v) = find(&self.additions, lower) {
                return Some(v);
            }
        }
        find(&self.vader, lower)
    }

    /// The valence of the lexicon words whose stem is `stem` (their mean).
    pub fn stem(&self, stem: &str, lookup: Lookup) -> Option<f32> {
        let stems = if lookup.additions {
            Stems::get(self, true)
        } else {
            Stems::get(self, false)
        };
        find_owned(stems, stem)
    }

    /// The section of a modifier word (`booster`, `dampener`, `negation`).
    pub fn modifier(&self, lower: &str) -> Option<&'static str> {
        find(&self.modifiers, lower)
    }

    /// What `term` is for the rules.
    pub fn facts(&self, term: &Term, lookup: Lookup) -> Facts {
        let mut facts = Facts::default();
        let lower: &str = &term.lower;
        if term.kind == TokenKind::Punct {
            for c in lower.chars() {
                match c {
                    '!' => facts.bangs = facts.bangs.saturating_add(1),
                    '?' => facts.questions = facts.questions.saturating_add(1),
                    ',' | ';' | ':' | '-' | '\u{2013}' | '\u{2014}' => {
                        facts.flags |= Facts::BREAK
                    }
                    _ => {}
                }
            }
            return facts;
        }
        facts.flags |= Facts::WORD;
        if term.shape & shape::ALL_CAPS != 0 {
            facts.flags |= Facts::CAPS;
        }
        if term.kind != TokenKind::Word || lower.len() > 40 {
            return facts;
        }
        facts.valence = match self.word(lower, lookup) {
            Some(v) => v,
            None if lookup.stems => self.stem(&term.stem, lookup).unwrap_or(0.0),
            None => 0.0,
        };
        match self.modifier(lower) {
            Some("booster") => facts.degree = 1,
            Some("dampener") => facts.degree = -1,
            Some("negation") => facts.flags |= Facts::NEGATION,
            _ => {}
        }
        if lower.ends_with("n't") {
            facts.flags |= Facts::NEGATION;
        }
        facts.flags |= match lower {
            "but" => Facts::BUT,
            "no" => Facts::NO,
            "least" => Facts::LEAST,
            "at" | "very" => Facts::AT_VERY,
            "or" | "nor" => Facts::OR_NOR,
            "so" | "this" => Facts::SO_THIS,
            "doubt" => Facts::DOUBT,
            "kind" | "sort" => Facts::KIND_SORT,
            "of" => Facts::OF,
            _ => 0,
        };
        if lower == "never" {
            facts.flags |= Facts::NEVER;
        }
        if lower == "without" {
            facts.flags |= Facts::WITHOUT;
        }
        facts
    }
}

fn find_owned(list: &[(Box<str>, f32)], word: &str) -> Option<f32> {
    list.binary_search_by(|(w, _)| (**w).cmp(word))
        .ok()
        .map(|k| list[k].1)
}

/// The lexicon by Snowball stem: built on first use (stemming every entry
/// takes a few milliseconds), sorted for binary search.
struct Stems;

impl Stems {
    fn get(lexicon: &Lexicon, additions: bool) -> &'static [(Box<str>, f32)] {
        static WITH: OnceLock<Vec<(Box<str>, f32)>> = OnceLock::new();
        static WITHOUT: OnceLock<Vec<(Box<str>, f32)>> = OnceLock::new();
        let cell = if additions { &WITH } else { &WITHOUT };
        cell.get_or_init(|| Self::build(lexicon, additions))
    }

    fn build(lexicon: &Lexicon, additions: bool) -> Vec<(Box<str>, f32)> {
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let mut all: Vec<(Box<str>, f32)> = Vec::with_capacity(lexicon.vader.len());
        // Each word once, ours first; a zero entry of ours only keeps a word
        // from taking its stem's valence, so it adds nothing here.
        let ours: &[(&'static str, f32)] = if additions { &lexicon.additions } else { &[] };
        for &(word, v) in ours.iter().filter(|e| e.1 != 0.0) {
            all.push((Box::from(stemmer.stem(word).as_ref()), v));
        }
        for &(word, v) in &lexicon.vader {
            if find(ours, word).is_none() {
                all.push((Box::from(stemmer.stem(word).as_ref()), v));
            }
        }
        all.sort_by(|a, b| a.0.cmp(&b.0));
        // The mean valence of each stem's words.
        let mut out: Vec<(Box<str>, f32)> = Vec::with_capacity(all.len());
        let mut count = 0u32;
        for (stem, v) in all {
            match out.last_mut() {
                Some((s, sum)) if *s == stem => {
                    *sum += v;
                    count += 1;
                }
                _ => {
                    if let Some(last) = out.last_mut() {
                        last.1 /= count.max(1) as f32;
                    }
                    out.push((stem, v));
                    count = 1;
                }
            }
        }
        if let Some(last) = out.last_mut() {
            last.1 /= count.max(1) as f32;
        }
        out
    }
}
