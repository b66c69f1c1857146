//! Words that name rather than discuss: people's names with their titles,
//! and news outlets cited as sources. A theme cue wholly inside one counts
//! for no theme ([`crate::themes::score`]): "President" in "President
//! Trump" is a title, not talk of the presidency; "CNN" in "according to
//! CNN" says where the news comes from, not that it is about the press.
//!
//! Computed in the actor stage, which has every mention's tokens and the
//! per-term word facts at hand: no span is searched for again.

use super::lexicon::person;
use super::terms::{flag, TermBits};
use crate::document::Document;

/// `[first, end)` token ranges in text order: the `names` (people's name
/// mentions, titles included, each with its sentence) outside title-case
/// sentences, and those of `things` (organisations' and other names) that
/// the text cites as a source. Both come in text order, and are merged,
/// not sorted (no sort code of its own in the wasm).
pub fn naming(
    doc: &Document,
    bits: &TermBits,
    names: &[(u32, [u32; 2])],
    things: &[[u32; 2]],
) -> Vec<[u32; 2]> {
    let names = in_prose(doc, bits, names);
    let sources = sources(doc, bits, things);
    let mut out = Vec::with_capacity(names.len() + sources.len());
    let (mut a, mut b) = (names.iter().peekable(), sources.iter().peekable());
    while let Some(next) = match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    } {
        out.push(*next);
    }
    out
}

/// The names not in a title-case sentence: there every word is
/// capitalised, and a headline's "Officer Was Justified" names nobody for
/// certain.
fn in_prose(doc: &Document, bits: &TermBits, names: &[(u32, [u32; 2])]) -> Vec<[u32; 2]> {
    // Asked once per sentence with a name (names come in text order):
    // the last sentence asked and its answer.
    let mut asked: Option<(u32, bool)> = None;
    names
        .iter()
        .filter(|&&(s, _)| {
            let title = match asked {
                Some((last, title)) if last == s => title,
                _ => {
                    let title = doc
                        .sentences
                        .get(s as usize)
                        .is_none_or(|sentence| title_case(doc, bits, sentence.tokens));
                    asked = Some((s, title));
                    title
                }
            };
            !title
        })
        .map(|&(_, range)| range)
        .collect()
}

/// Whether the words of `tokens` are capitalised as in a headline: three
/// or more words, every one but the small ones capitalised, and a small
/// one too past the first ("Officer Was Justified In") or every word so
/// ("G.O.P. Whip Steps Forward"). Prose full of names still writes its
/// verbs in lower case ("President Trump met Senator Graham on Monday"):
/// the first such word settles it, most often a few words in.
fn title_case(doc: &Document, bits: &TermBits, [first, end]: [u32; 2]) -> bool {
    let (mut words, mut capitals, mut small_capitals) = (0u32, 0u32, 0u32);
    for t in doc
        .tokens
        .get(first as usize..end as usize)
        .unwrap_or_default()
    {
        let f = bits.flags(t.term);
        if f & flag::WORD == 0 || t.span().len() < 2 {
            continue;
        }
        words += 1;
        let small = f & flag::FUNCTION != 0;
        if f & flag::CAPITAL != 0 {
            capitals += 1;
            small_capitals += u32::from(words > 1 && small);
        } else if !small {
            return false;
        }
    }
    words >= 3 && (small_capitals > 0 || capitals == words)
}

/// The `things` the text cites as its source, with the verb that cites
/// them: "according to (the) CNN", "NBC News reported", "projections by
/// CNN and NPR", "wrote on Twitter", "told CNN". "Musk bought Twitter" is
/// left alone.
fn sources(doc: &Document, bits: &TermBits, things: &[[u32; 2]]) -> Vec<[u32; 2]> {
    let term = |i: u32| doc.tokens.get(i as usize).map_or(u32::MAX, |t| t.term);
    let lower = |i: u32| doc.term_at(i).map_or("", |t| t.lower.as_str());
    let person_at = |i: u32| bits.person(term(i));
    let cites_after = |end: u32| person_at(end) & person::SOURCE_VERB != 0;
    let mut cited: Vec<bool> = things
        .iter()
        .map(|&[first, end]| {
            // "the" before an outlet's name is read past.
            let b = if first > 0 && lower(first - 1) == "the" {
                first - 1
            } else {
                first
            };
            let before = |n: u32| b.checked_sub(n).map_or("", lower);
            let person_before = |n: u32| b.checked_sub(n).map_or(0, person_at);
            (before(2) == "according" && before(1) == "to")
                || cites_after(end)
                || (before(1) == "by" && person_before(2) & person::SOURCE_NOUN != 0)
                || (before(1) == "on" && person_before(2) & person::VERB != 0)
                || before(1) == "told"
        })
        .collect();
    // A list of outlets shares its frame: "CNN and NPR reported",
    // "according to CNN and NPR".
    let joined = |a: [u32; 2], b: [u32; 2]| {
        b[0] >= a[1]
            && b[0] - a[1] <= 3
            && (a[1]..b[0]).all(|i| matches!(lower(i), "and" | "or" | "," | "the"))
    };
    for k in 1..things.len() {
        if joined(things[k - 1], things[k]) && cited[k - 1] {
            cited[k] = true;
        }
    }
    for k in (1..things.len()).rev() {
        if joined(things[k - 1], things[k]) && cited[k] {
            cited[k - 1] = true;
        }
    }
    // With the verb that cites it: "NBC News reported" is no talk of
    // "news reports".
    things
        .iter()
        .zip(cited)
        .filter(|&(_, c)| c)
        .map(|(&[first, end], _)| [first, end + u32::from(cites_after(end))])
        .collect()
}
