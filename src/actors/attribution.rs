//! Attribution: each clause gets the actors it speaks about and, where it
//! can be told, the one that is its subject.
//!
//! "While Musk thrives on globalism, Trump works against it": clause 1 is
//! Musk's, clause 2 Trump's ("it" is not an actor). The subject is the
//! clause's first single-actor mention that no preposition governs ("In
//! Trump’s circles, Musk was heralded …" → Musk); when every mention is
//! governed and the clause names one actor only, that actor.

use super::lexicon::person;
use super::terms::{code, flag, TermBits};
use super::{ClauseActors, Found};
use crate::document::{Document, TokenKind};

/// Prepositions: a name right after one is not its clause's subject.
pub const PREPOSITIONS: &[&str] = &[
    "about", "after", "against", "among", "at", "before", "behind", "between", "by", "for", "from",
    "in", "into", "like", "of", "on", "over", "than", "to", "toward", "towards", "under", "with",
    "without",
];

/// Whether the mention starting at token `token` follows a preposition
/// (read from the per-term table, which marks the words of
/// [`PREPOSITIONS`]).
pub fn governed(doc: &Document, bits: &TermBits, token: u32) -> bool {
    token > 0
        && doc
            .tokens
            .get(token as usize - 1)
            .is_some_and(|t| bits.preposition(t.term))
}

/// Whether the mention at `token` is set off by a comma after a person
/// noun that a preposition governs: "With his first commissioner, Bill
/// Bratton, he embraced …" (Bratton stands in the phrase, not as the
/// subject; "After the war, Bratton joined" has no person noun there).
fn appositive_in_phrase(doc: &Document, bits: &TermBits, token: u32) -> bool {
    // Past the text's end: a term no table knows, so every test fails.
    let term = |k: u32| doc.tokens.get(k as usize).map_or(u32::MAX, |t| t.term);
    token >= 3
        && bits.code(term(token - 1)) == code::COMMA
        && bits.person(term(token - 2)) & (person::ANY_NOUN | person::ANY_TITLE) != 0
        // Back from the noun over at most five words to the preposition.
        && (token.saturating_sub(7)..token - 2)
            .rev()
            .take_while(|&k| bits.has(term(k), flag::WORD))
            .any(|k| bits.preposition(term(k)))
}

/// Per sentence, per clause: its actors and subject. `found` is in text
/// order, with final actor indexes.
pub fn attribute(doc: &Document, bits: &TermBits, found: &[Found]) -> Vec<Vec<ClauseActors>> {
    // Sentences without a mention keep an empty list (no allocation): most
    // sentences of a long text name nobody.
    let mut out: Vec<Vec<ClauseActors>> = vec![Vec::new(); doc.sentences.len()];
    // The first governed mention of each clause, for clauses that name one
    // actor only: (sentence, clause, actor).
    let mut fallback: Vec<(u32, u32, u32)> = Vec::new();
    for (n, f) in found.iter().enumerate() {
        let Some(clauses) = out.get_mut(f.sentence as usize) else {
            continue;
        };
        if clauses.is_empty() {
            let n = doc
                .sentences
                .get(f.sentence as usize)
                .map_or(0, |s| s.clauses.len());
            clauses.resize(n, ClauseActors::default());
        }
        let Some(clause) = clauses.get_mut(f.clause as usize) else {
            continue;
        };
        for &a in &f.actors {
            if !clause.actors.contains(&a) {
                clause.actors.push(a);
            }
        }
        // "His rival wants more drilling": the possessor of the person
        // named next is not the subject; that person is.
        let possessor_of_next = found.get(n + 1).is_some_and(|next| {
            next.sentence == f.sentence && next.token == f.end_token && next.actors != f.actors
        }) && possessive(doc, bits, f);
        if clause.subject.is_none() && f.actors.len() == 1 && !possessor_of_next {
            if governed(doc, bits, f.token) || appositive_in_phrase(doc, bits, f.token) {
                fallback.push((f.sentence, f.clause, f.actors[0]));
            } else {
                clause.subject = Some(f.actors[0]);
            }
        }
    }
    for (s, c, a) in fallback {
        if let Some(clause) = out.get_mut(s as usize).and_then(|x| x.get_mut(c as usize)) {
            if clause.subject.is_none() && clause.actors.len() == 1 {
                clause.subject = Some(a);
            }
        }
    }
    institution_it(doc, found, &mut out);
    // Quoted words are their speaker's: clauses that name nobody inside a
    // quotation get its speaker as subject.
    super::quotes::attribute(doc, bits, found, &mut out);
    out
}

/// Whether the mention `f` is possessive: "his", "her", "their", or a
/// name in 's.
fn possessive(doc: &Document, bits: &TermBits, f: &Found) -> bool {
    let last = f.end_token.saturating_sub(1) as usize;
    doc.tokens.get(last).is_some_and(|t| {
        bits.has(t.term, super::terms::flag::POSSESSIVE)
            || doc
                .term_at(last as u32)
                .is_some_and(|t| matches!(&*t.lower, "his" | "her" | "their"))
    })
}

/// Nouns for what a person leads and acts through: "Meloni's government
/// moved the other way. It scrapped …" is Meloni's doing.
const INSTITUTIONS: &[&str] = &[
    "government",
    "governments",
    "administration",
    "coalition",
    "cabinet",
    "ministry",
    "regime",
    "party",
];

/// A sentence that opens with "It" and a past tense ("It scrapped the
/// citizens' income") after one whose subject was a person's government
/// ("Meloni's government moved the other way") is that person's.
fn institution_it(doc: &Document, found: &[Found], out: &mut [Vec<ClauseActors>]) {
    let word = |i: u32| {
        doc.term_at(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &*t.lower)
    };
    let owners: Vec<(u32, u32)> = found
        .iter()
        .filter(|f| {
            f.actors.len() == 1
                && f.clause == 0
                && word(f.end_token).is_some_and(|w| INSTITUTIONS.contains(&w))
                && out
                    .get(f.sentence as usize)
                    .and_then(|c| c.first())
                    .is_some_and(|c| c.subject == Some(f.actors[0]))
        })
        .map(|f| (f.sentence + 1, f.actors[0]))
        .collect();
    for (s, a) in owners {
        let Some(sentence) = doc.sentences.get(s as usize) else {
            continue;
        };
        let [first, end] = sentence.tokens;
        let Some(it) = (first..end).find(|&i| word(i).is_some()) else {
            continue;
        };
        let past = word(it + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ed"));
        if word(it) != Some("it") || !past {
            continue;
        }
        let Some(clauses) = out.get_mut(s as usize) else {
            continue;
        };
        if clauses.is_empty() {
            clauses.resize(sentence.clauses.len(), ClauseActors::default());
        }
        if let Some(c) = clauses.first_mut().filter(|c| c.subject.is_none()) {
            c.subject = Some(a);
            if !c.actors.contains(&a) {
                c.actors.push(a);
            }
        }
    }
}
