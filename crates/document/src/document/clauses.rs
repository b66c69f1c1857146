//! Clauses: a sentence split where it contrasts two sides, or where a
//! subordinate clause that opens it ends.
//!
//! "While Trump builds walls, Musk builds rockets." is two clauses, so that
//! a later stage can tell which clause speaks of whom. The markers and how
//! each splits are data (`data/contrast_markers.txt`):
//! - an opener at the start ("While", "Whereas", "Unlike", "Although")
//!   makes a subordinate clause that ends at the first comma
//!   (`opener-until-comma`), the rest is the main clause (`main-after-opener`);
//! - so does a subordinating word that is no contrast ("When", "Because",
//!   "If"), without a marker (`subordinate-until-comma`): the two sides
//!   may speak of different people ("When Douglas accused him, Lincoln
//!   denied it");
//! - a joiner after a comma or semicolon (", but", ", yet", "; while"), and
//!   "while"/"whereas" anywhere mid-sentence, starts a new clause
//!   (`joiner`); ", but" after a "not" in the same clause corrects rather
//!   than contrasts ("not out of ideology, but calculus") and does not split;
//! - a semicolon separates two clauses (`semicolon`), and so does a colon
//!   before a word (`colon`): "Their records are mixed: Thatcher grew
//!   sceptical …" speaks of Thatcher after it;
//! - a comma before "the other", "the former" or "the latter" starts the
//!   second side of a parallel (`parallel`): "one saw it as a reason to
//!   act, the other as a foundation";
//! - a discourse marker ("on the other hand", "however") is recorded as the
//!   marker of the clause it stands in, without a split; so is a joiner
//!   that opens the sentence ("But because …"), which contrasts with the
//!   sentence before (`contrast-with-previous`).

use super::lexicon::{Cues, Lexicon, MarkerKind};
use super::tokens::TermTable;
use super::{Clause, Token};
use crate::text::ByteSpan;

struct Split {
    /// Index (into the sentence's tokens) of the clause's first token.
    at: usize,
    marker: Option<ByteSpan>,
    rule: &'static str,
}

/// The clauses of the sentence `span`, whose tokens are `tokens`.
pub fn split(span: ByteSpan, tokens: &[Token], terms: &TermTable) -> Vec<Clause> {
    let cue = |i: usize| {
        tokens
            .get(i)
            .map(|t| terms.cues(t.term))
            .unwrap_or_default()
    };
    let first_word = (0..tokens.len()).find(|&i| cue(i).has(Cues::WORD));

    let mut splits = vec![Split {
        at: 0,
        marker: None,
        rule: "whole-sentence",
    }];
    let mut subordinate_until_comma = false;
    if let Some(w) = first_word {
        if cue(w).has(Cues::OPENER) {
            splits[0] = Split {
                at: 0,
                marker: Some(tokens[w].span()),
                rule: "opener-until-comma",
            };
            subordinate_until_comma = true;
        } else if cue(w).has(Cues::JOINER) {
            splits[0] = Split {
                at: 0,
                marker: Some(tokens[w].span()),
                rule: "contrast-with-previous",
            };
        } else if cue(w).has(Cues::SUBORDINATE) {
            // No contrast, so no marker; whose clause each side is still
            // differs ("When Douglas accused him of it, Lincoln denied it").
            splits[0].rule = "subordinate-until-comma";
            subordinate_until_comma = true;
        }
    }
    let mut negated = false;
    let mut i = first_word.map_or(0, |w| w + 1);
    while i < tokens.len() {
        let here = cue(i);
        let prev = if i > 0 { cue(i - 1) } else { Cues::default() };
        let current = splits.len() - 1;
        let more_follows = i + 1 < tokens.len();
        // A colon before a quotation introduces the quoted words, which
        // the quotation's own rules give their speaker.
        let colon = here.has(Cues::COLON) && cue(i + 1).has(Cues::WORD);
        if here.has(Cues::SEMICOLON) || colon {
            if more_follows {
                splits.push(Split {
                    at: i + 1,
                    marker: Some(tokens[i].span()),
                    rule: if colon { "colon" } else { "semicolon" },
                });
                negated = false;
                // "…; when Wilson called Roosevelt a showman, he meant
                // it": a subordinate clause may open the second half as
                // it opens a sentence.
                subordinate_until_comma = cue(i + 1).has(Cues::SUBORDINATE)
                    || cue(i + 1).has(Cues::OPENER) && !cue(i + 1).has(Cues::JOINER);
            }
        } else if here.has(Cues::COMMA) && subordinate_until_comma {
            if more_follows {
                splits.push(Split {
                    at: i + 1,
                    marker: None,
                    rule: "main-after-opener",
                });
            }
            subordinate_until_comma = false;
            negated = false;
        } else if here.has(Cues::COMMA) && parallel_at(tokens, terms, i + 1) {
            // "one saw it as a reason to act, the other as a foundation":
            // the second side of a parallel is its own clause.
            if splits[current].at < i {
                splits.push(Split {
                    at: i + 1,
                    marker: None,
                    rule: "parallel",
                });
                negated = false;
            }
        } else if here.has(Cues::NEGATION) {
            negated = true;
        } else if here.has(Cues::JOINER) {
            let after_comma = prev.has(Cues::COMMA) || prev.has(Cues::SEMICOLON);
            // A marker that both opens and joins ("while", "whereas") splits
            // without a comma too, after a word.
            let free_standing = here.has(Cues::OPENER) && prev.has(Cues::WORD);
            let correction = here.has(Cues::BUT) && negated;
            if (after_comma || free_standing)
                && !correction
                && more_follows
                && splits[current].at < i
            {
                splits.push(Split {
                    at: i,
                    marker: Some(tokens[i].span()),
                    rule: "joiner",
                });
                negated = false;
            }
        } else if here.has(Cues::DISCOURSE_START) {
            if let Some(len) = discourse_marker_at(tokens, terms, i) {
                let clause = &mut splits[current];
                if clause.marker.is_none() {
                    let end = tokens[i + len - 1].span().end;
                    clause.marker = Some(ByteSpan::new(tokens[i].span().start, end));
                    if clause.rule == "whole-sentence" {
                        clause.rule = "discourse-marker";
                    }
                }
                i += len;
                continue;
            }
        }
        i += 1;
    }

    // A subordinate opener that no comma closed split nothing: the
    // sentence is one clause ("When Douglas spoke the crowd cheered").
    if splits.len() == 1 && splits[0].rule == "subordinate-until-comma" {
        splits[0].rule = "whole-sentence";
    }
    let mut clauses = Vec::with_capacity(splits.len());
    for (k, split) in splits.iter().enumerate() {
        let last = splits.get(k + 1).map_or(tokens.len(), |next| next.at);
        let start = if k == 0 {
            span.start
        } else {
            tokens[split.at].span().start
        };
        let end = if k + 1 == splits.len() {
            span.end
        } else {
            tokens[last - 1].span().end
        };
        clauses.push(Clause {
            span: ByteSpan::new(start, end.max(start)),
            marker: split.marker,
            rule: split.rule,
        });
    }
    clauses
}

/// Whether "the other", "the former" or "the latter" starts at token `i`.
fn parallel_at(tokens: &[Token], terms: &TermTable, i: usize) -> bool {
    let lower = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| terms.get(t.term))
            .map_or("", |t| &*t.lower)
    };
    lower(i) == "the" && matches!(lower(i + 1), "other" | "former" | "latter")
}

/// The number of tokens of a discourse marker starting at token `i`.
fn discourse_marker_at(tokens: &[Token], terms: &TermTable, i: usize) -> Option<usize> {
    let lower = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| terms.get(t.term))
            .map_or("", |t| &*t.lower)
    };
    Lexicon::get()
        .contrast_markers
        .iter()
        .filter(|(_, k)| *k == MarkerKind::Discourse)
        .find(|(words, _)| words.iter().enumerate().all(|(j, w)| lower(i + j) == *w))
        .map(|(words, _)| words.len())
}

#[cfg(test)]
mod tests {
    use crate::document::parse;

    fn clauses(text: &str) -> Vec<(String, Option<String>, &'static str)> {
        let doc = parse(text);
        doc.sentences[0]
            .clauses
            .iter()
            .map(|c| {
                (
                    c.span.of(text).to_string(),
                    c.marker.map(|m| m.of(text).to_string()),
                    c.rule,
                )
            })
            .collect()
    }

    #[test]
    fn while_opener_splits_at_the_comma() {
        let c = clauses("While Trump builds walls, Musk builds rockets.");
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].0, "While Trump builds walls,");
        assert_eq!(c[0].1.as_deref(), Some("While"));
        assert_eq!(c[1].0, "Musk builds rockets.");
    }

    /// A subordinate opener that is no contrast splits at its comma too,
    /// without a marker; with no comma the sentence stays whole.
    #[test]
    fn subordinate_opener_splits_at_the_comma() {
        let c = clauses("When Douglas accused him of it, Lincoln denied it.");
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].0, "When Douglas accused him of it,");
        assert_eq!(
            (c[0].1.as_deref(), c[0].2),
            (None, "subordinate-until-comma")
        );
        assert_eq!(
            (c[1].0.as_str(), c[1].2),
            ("Lincoln denied it.", "main-after-opener")
        );
        let c = clauses("When Douglas spoke the crowd cheered.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].2, "whole-sentence");
        // Not mid-sentence: "Lincoln denied it when Douglas accused him."
        assert_eq!(
            clauses("Lincoln denied it when Douglas accused him, twice.").len(),
            1
        );
    }

    /// After a semicolon, a subordinate clause opens the second half as
    /// it would a sentence, and ends at its comma.
    #[test]
    fn a_subordinate_clause_after_a_semicolon_ends_at_its_comma() {
        let c = clauses(
            "When Roosevelt called Wilson a schoolmaster, he meant it as an insult; when Wilson called Roosevelt a showman, he meant it as a diagnosis.",
        );
        let rules: Vec<_> = c.iter().map(|c| c.2).collect();
        assert_eq!(
            rules,
            [
                "subordinate-until-comma",
                "main-after-opener",
                "semicolon",
                "main-after-opener"
            ]
        );
        assert_eq!(c[3].0, "he meant it as a diagnosis.");
        // A semicolon before an ordinary clause: no comma splits it.
        let c = clauses("Trump spoke; Musk, smiling, listened.");
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn joiners_and_semicolons() {
        let c = clauses("Their aesthetics may overlap in arrogance, but their philosophies are planetary opposites.");
        assert_eq!(c[1].0, "but their philosophies are planetary opposites.");
        let c = clauses(
            "Trump wants to be the only voice in the room; Musk wants to own the only platform.",
        );
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].1.as_deref(), Some(";"));
        let c = clauses("Musk wants to be a sovereign global actor while Trump wants to be Nero.");
        assert_eq!(c[1].0, "while Trump wants to be Nero.");
    }

    /// A colon before a word opens a clause that may speak of someone
    /// else; before a quotation it does not split (the quotation's
    /// speaker is found by its own rules).
    #[test]
    fn a_colon_before_a_word_splits() {
        let c = clauses("Their records are mixed: Thatcher grew sceptical, and Merkel did not.");
        assert_eq!(c.len(), 2);
        assert_eq!(
            (c[1].0.as_str(), c[1].1.as_deref(), c[1].2),
            (
                "Thatcher grew sceptical, and Merkel did not.",
                Some(":"),
                "colon"
            )
        );
        assert_eq!(clauses("Merkel said: \"We can do this.\"").len(), 1);
    }

    #[test]
    fn the_other_after_a_comma_opens_a_clause() {
        let c = clauses("One saw it as a duty, the other as a burden.");
        assert_eq!(c.len(), 2);
        assert_eq!(
            (c[1].0.as_str(), c[1].2),
            ("the other as a burden.", "parallel")
        );
        assert_eq!(clauses("She met the other candidates.").len(), 1);
    }

    #[test]
    fn not_but_is_a_correction() {
        assert_eq!(
            clauses("Musk courted the right, not out of ideology, but calculus.").len(),
            1
        );
    }

    #[test]
    fn discourse_markers_do_not_split() {
        let c = clauses("Musk, on the other hand, markets power as progress.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].1.as_deref(), Some("on the other hand"));
        assert_eq!(c[0].2, "discourse-marker");
    }
}
