//! The vocabulary: every token form seen so far, with its lower-case form,
//! stem and clause cues, shared by all analyses on this thread.
//!
//! Why: stemming costs about a microsecond a word, and an essay is analysed
//! again on every keystroke. Forms repeat across analyses (the language is
//! the same), so each form is lowered and stemmed once per session, not
//! once per analysis; an analysis then only clones two reference-counted
//! strings per distinct form. The cache forgets everything past
//! [`Vocabulary::LIMIT`] forms, so memory stays bounded on endless input.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};

use super::lexicon::{Cues, Lexicon};
use super::tokens::{FxHasher, ShortForm};
use super::{Term, TokenKind};
use crate::text::case::lower;
use crate::text::chars::is_apostrophe;

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

pub struct Vocabulary {
    short: FastMap<(ShortForm, TokenKind), (Term, Cues)>,
    long: FastMap<(Box<str>, TokenKind), (Term, Cues)>,
    stemmer: Stemmer,
}

thread_local! {
    static VOCABULARY: RefCell<Vocabulary> = RefCell::new(Vocabulary::new());
}

impl Vocabulary {
    /// Forms kept before the cache starts over: a long book has ~50,000.
    pub const LIMIT: usize = 200_000;

    fn new() -> Self {
        Self { short: FastMap::default(), long: FastMap::default(), stemmer: Stemmer::create(Algorithm::English) }
    }

    /// The term and cues of `surface`, read as a token of `kind`.
    pub fn lookup(surface: &str, kind: TokenKind) -> (Term, Cues) {
        VOCABULARY.with(|v| v.borrow_mut().get(surface, kind))
    }

    fn get(&mut self, surface: &str, kind: TokenKind) -> (Term, Cues) {
        let short = ShortForm::new(surface);
        let known = match short {
            Some(key) => self.short.get(&(key, kind)),
            None => self.long.get(&(Box::from(surface), kind)),
        };
        if let Some(found) = known {
            return found.clone();
        }
        if self.short.len() + self.long.len() >= Self::LIMIT {
            self.short.clear();
            self.long.clear();
        }
        let entry = self.make(surface, kind);
        match short {
            Some(key) => self.short.insert((key, kind), entry.clone()),
            None => self.long.insert((Box::from(surface), kind), entry.clone()),
        };
        entry
    }

    fn make(&self, surface: &str, kind: TokenKind) -> (Term, Cues) {
        let lower: String = surface.chars().map(lower).map(|c| if is_apostrophe(c) { '\'' } else { c }).collect();
        let lower: Arc<str> = Arc::from(lower);
        let stem = match kind {
            TokenKind::Word => Arc::from(self.stemmer.stem(&lower).as_ref()),
            _ => lower.clone(),
        };
        let cues = Lexicon::get().cues(&lower, kind == TokenKind::Word);
        (Term { kind, lower, stem }, cues)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_form_same_strings() {
        let (a, _) = Vocabulary::lookup("Policies", TokenKind::Word);
        let (b, _) = Vocabulary::lookup("Policies", TokenKind::Word);
        assert!(Arc::ptr_eq(&a.stem, &b.stem));
        assert_eq!(&*a.stem, "polici");
        assert_eq!(&*a.lower, "policies");
    }
}
