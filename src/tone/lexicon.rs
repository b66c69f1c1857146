//! The tone stage's word lists, read once from `data/*.txt` (`build.rs`
//! strips their comments and sorts them into `OUT_DIR`), and what each
//! distinct term of a document is for the rules ([`Facts`]), worked out
//! once per term.

use std::sync::OnceLock;

use crate::document::{shape, Term, TokenKind};

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
#[derive(Debug, Clone, Copy, PartialEq)]
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

pub struct Lexicon {
    /// Sorted by word, for binary search.
    vader: crate::document::forms::FormMap<f32>,
    additions: Vec<(&'static str, f32)>,
    modifiers: Vec<(&'static str, &'static str)>,
    /// Our negations, sorted.
    negations: Vec<&'static str>,
}

/// The entries of a prepared data file: `word<TAB>value` per line, sorted.
fn entries(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    data.lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split_once('\t').unwrap_or((l, "")))
}

fn valences(data: &'static str) -> Vec<(&'static str, f32)> {
    entries(data)
        .filter_map(|(w, v)| Some((w, valence(v)?)))
        .collect()
}

/// A valence written as in the data files: an optional sign, digits, and at
/// most one decimal ("-1.9", "0", "2.25" is read as 2.2). Read by hand:
/// `str::parse::<f32>` brings about 20 KB of float parsing into the wasm.
fn valence(s: &str) -> Option<f32> {
    let s = s.trim();
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, s),
    };
    let (whole, tenth) = digits.split_once('.').unwrap_or((digits, "0"));
    let mut tenths: u32 = 0;
    for b in whole.bytes() {
        if !b.is_ascii_digit() || tenths > 1_000_000 {
            return None;
        }
        tenths = tenths * 10 + u32::from(b - b'0') * 10;
    }
    let first = tenth.bytes().next().unwrap_or(b'0');
    if whole.is_empty() || !first.is_ascii_digit() || !tenth.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    tenths = tenths + u32::from(first - b'0');
    Some(sign * tenths as f32 / 10.0)
}

/// The entries of the grouped VADER file: `valence<TAB>word word ...` per
/// line, sorted by word here (the file is grouped by valence, which keeps it
/// a third smaller than a sorted `word<TAB>valence` list).
fn grouped(data: &'static str) -> crate::document::forms::FormMap<f32> {
    let mut out = crate::document::forms::FormMap::with_capacity(6000);
    for line in data.lines() {
        let Some((v, words)) = line.split_once('\t') else {
            continue;
        };
        let Some(v) = valence(v) else {
            continue;
        };
        for w in words.split(' ').filter(|w| !w.is_empty()) {
            out.get_or_insert_with(w, || v);
        }
    }
    out
}

fn find<T: Copy>(list: &[(&'static str, T)], word: &str) -> Option<T> {
    list.binary_search_by(|(w, _)| (*w).cmp(word))
        .ok()
        .map(|k| list[k].1)
}

impl Lexicon {
    fn load() -> Self {
        Self {
            vader: grouped(include_str!(concat!(env!("OUT_DIR"), "/vader_lexicon.txt"))),
            additions: valences(include_str!(concat!(
                env!("OUT_DIR"),
                "/tone_additions.txt"
            ))),
            modifiers: entries(include_str!(concat!(
                env!("OUT_DIR"),
                "/tone_modifiers.txt"
            )))
            .collect(),
            negations: entries(include_str!(concat!(
                env!("OUT_DIR"),
                "/tone_negations.txt"
            )))
            .map(|(w, _)| w)
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
        self.vader.get(lower).copied()
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
        facts.flags |= Facts::WORD;
        if term.shape & shape::ALL_CAPS != 0 {
            facts.flags |= Facts::CAPS;
        } else if term.shape & shape::CAPITAL != 0 {
            facts.flags |= Facts::CAPITAL;
        }
        if term.kind != TokenKind::Word || lower.len() > 40 {
            return facts;
        }
        facts.valence = hundredths(self.word(lower, lookup).unwrap_or(0.0));
        match self.modifier(lower) {
            Some("booster") => facts.degree = 1,
            Some("dampener") => facts.degree = -1,
            Some("negation") => facts.flags |= Facts::NEGATION,
            _ => {}
        }
        if lower.ends_with("n't")
            || (lookup.additions && self.negations.binary_search(&lower).is_ok())
        {
            facts.flags |= Facts::NEGATION;
            facts.degree = 0;
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
