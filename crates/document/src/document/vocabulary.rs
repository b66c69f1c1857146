//! The vocabulary: every token form seen so far, with its lower-case form,
//! stem and clause cues, shared by all analyses on this thread.
//!
//! Why: stemming costs about a microsecond a word, and an essay is analysed
//! again on every keystroke. Forms repeat across analyses (the language is
//! the same), so each form is lowered and stemmed once per session, not
//! once per analysis; an analysis then only copies two short strings per
//! distinct form (`SmolStr`: inline up to 23 bytes, shared beyond). They
//! were reference-counted (`Arc<str>`): each copy then touched two
//! counters elsewhere in memory, a cache miss and an atomic add each, and
//! the command line ran 10% slower on the State of the Union lines for
//! the same instructions. The cache forgets everything past
//! [`Vocabulary::LIMIT`] forms, so memory stays bounded on endless input.

use smol_str::SmolStr;
use std::cell::RefCell;

use rust_stemmers::{Algorithm, Stemmer};

use super::forms::FormMap;
use super::lexicon::{Cues, Lexicon};
use super::{Term, TokenKind};
use crate::text::case::lower;
use crate::text::chars::{is_apostrophe, is_hyphen, is_lower, is_upper};

pub struct Vocabulary {
    forms: FormMap<(Term, Cues)>,
    stemmer: Stemmer,
}

thread_local! {
    static VOCABULARY: RefCell<Vocabulary> = RefCell::new(Vocabulary::new());
}

/// The Snowball English stem of a lower-case word, from the stemmer the
/// tokens get: a dictionary entry and a token always agree.
pub fn stem(word: &str) -> String {
    VOCABULARY.with(|v| v.borrow().stemmer.stem(word).into_owned())
}

impl Vocabulary {
    /// Forms kept before the cache starts over: a long book has ~50,000.
    pub const LIMIT: usize = 200_000;

    fn new() -> Self {
        Self {
            forms: FormMap::default(),
            stemmer: Stemmer::create(Algorithm::English),
        }
    }

    /// The term and cues of the form `surface`, found at
    /// `text[start..start + surface.len()]` (its key is read from the text
    /// in whole words), read as a token of `kind`.
    pub fn lookup_in(text: &str, surface: &str, start: usize, kind: TokenKind) -> (Term, Cues) {
        VOCABULARY.with(|v| v.borrow_mut().get(text, surface, start, kind))
    }

    fn get(&mut self, text: &str, surface: &str, start: usize, kind: TokenKind) -> (Term, Cues) {
        // The tokenizer reads a form's kind from the form itself, so a form
        // has one kind; another caller's other reading is made, not kept.
        match self.forms.get_in(text, surface, start) {
            Some(found) if found.0.kind == kind => return found.clone(),
            Some(_) => return self.make(surface, kind),
            None => {}
        }
        if self.forms.len() >= Self::LIMIT {
            self.forms.clear();
        }
        let entry = self.make(surface, kind);
        self.forms.get_or_insert_with(surface, || entry.clone());
        entry
    }

    fn make(&self, surface: &str, kind: TokenKind) -> (Term, Cues) {
        let lower: String = surface
            .chars()
            .map(lower)
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .collect();
        let lower = SmolStr::from(lower);
        let stem = match kind {
            TokenKind::Word => SmolStr::from(self.stemmer.stem(&lower).as_ref()),
            _ => lower.clone(),
        };
        let cues = Lexicon::get().cues(&lower, kind == TokenKind::Word);
        (
            Term {
                kind,
                lower,
                stem,
                shape: shape_of(surface),
            },
            cues,
        )
    }
}

/// The [`super::shape`] bits of a surface form.
fn shape_of(surface: &str) -> u8 {
    use super::shape;
    let mut bits = 0;
    if surface.chars().next().is_some_and(is_upper) {
        bits |= shape::CAPITAL;
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        if letters > 1 && !surface.chars().any(is_lower) {
            bits |= shape::ALL_CAPS;
        }
    }
    if surface
        .split(is_hyphen)
        .skip(1)
        .any(|p| !p.chars().next().is_some_and(is_upper))
    {
        bits |= shape::LOWER_PART;
    }
    let mut chars = surface.chars();
    if chars.next().is_some() && chars.next().is_none() {
        bits |= shape::ONE_CHAR;
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_form_same_strings() {
        let (a, _) = Vocabulary::lookup_in("Policies", "Policies", 0, TokenKind::Word);
        let (b, _) = Vocabulary::lookup_in("Policies", "Policies", 0, TokenKind::Word);
        assert_eq!(a.stem, b.stem);
        assert_eq!(&*a.stem, "polici");
        assert_eq!(&*a.lower, "policies");
    }

    #[test]
    fn shapes() {
        use crate::document::shape;
        assert_eq!(shape_of("C"), shape::CAPITAL | shape::ONE_CHAR);
        assert_eq!(shape_of("é"), shape::ONE_CHAR);
        assert_eq!(shape_of("Cy"), shape::CAPITAL);
        assert_eq!(shape_of("MAGA"), shape::CAPITAL | shape::ALL_CAPS);
        assert_eq!(shape_of("Musk-style"), shape::CAPITAL | shape::LOWER_PART);
        assert_eq!(shape_of(""), 0);
    }
}
