//! Finds a dictionary's cues in a document's sentences.
//!
//! The multi-pattern search is a word-level trie walk: each distinct term
//! of the document is looked up once in the dictionary's first-word index
//! (stem, exact form, and every prefix length the dictionary has), which
//! gives the cues that can start at a token of that term; a phrase then
//! checks its next words against the following word tokens. No loop over
//! entries, and no per-token string hashing: a 10 MB text has ~60,000
//! distinct terms and 2 million tokens.
//!
//! Why not the `aho-corasick` crate over stem strings: it would need the
//! sentence's stems joined into a string (an allocation per sentence), its
//! automaton built at start-up, and ~40 KB of wasm; the index here is a
//! few hash maps the dictionary already has.

use super::dictionary::{CueKind, Dictionary, Part, Second};
use crate::document::{Document, TokenKind};

/// One cue found: `[first, end)` are token indexes into `Document::tokens`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub cue: u32,
    pub first: u32,
    pub end: u32,
}

/// Per distinct term of a document, the cues that can start at it, and
/// its list numbers, which say whether it is a cue's second word
/// ([`Dictionary::second_of`]).
pub struct Starts {
    offsets: Vec<u32>,
    cues: Vec<u32>,
    second: Vec<[u32; 2]>,
    /// Whether each term is a word or a number: the search skips the
    /// punctuation between a cue's words. A byte per term stays in the
    /// cache on a book, where the terms themselves (56 bytes each) do not.
    word: Vec<bool>,
}

/// Marks a cue in a term's list that the term matches whole, all its
/// words at once: a hyphenated compound whose parts spell a phrase
/// ("clean-energy" is "clean energy"). Cue numbers never reach it.
const WHOLE: u32 = 1 << 31;

impl Starts {
    pub fn new(dict: &Dictionary, doc: &Document) -> Starts {
        let mut offsets = Vec::with_capacity(doc.terms.len() + 1);
        let mut second = Vec::with_capacity(doc.terms.len());
        let mut word = Vec::with_capacity(doc.terms.len());
        let mut cues = Vec::new();
        offsets.push(0);
        for term in &doc.terms {
            let is_word = matches!(term.kind, TokenKind::Word | TokenKind::Number);
            if is_word {
                let before = cues.len();
                second.push(dict.starts(&term.lower, &term.stem, &mut cues));
                // A compound the dictionary lists as written
                // ("most-favored-nation") is matched as written, once.
                if term.kind == TokenKind::Word && cues.len() == before && term.lower.contains('-')
                {
                    compound_cues(dict, &term.lower, &mut cues);
                }
            } else {
                second.push([u32::MAX; 2]);
            }
            word.push(is_word);
            offsets.push(cues.len() as u32);
        }
        Starts {
            offsets,
            cues,
            second,
            word,
        }
    }

    /// The first word token at or after `at` and before `end` (`end` if none).
    fn next_word(&self, doc: &Document, mut at: u32, end: u32) -> u32 {
        while at < end {
            let term = doc.tokens.get(at as usize).map_or(u32::MAX, |t| t.term);
            if self.word.get(term as usize).copied().unwrap_or(false) {
                break;
            }
            at += 1;
        }
        at
    }

    fn of(&self, term: u32) -> &[u32] {
        let t = term as usize;
        match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&a), Some(&b)) => self.cues.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The cues of more than one word whose words are the parts of the
/// hyphenated `lower`, each part as the cue's word would match it alone:
/// "clean-energy provisions" is about clean energy, "anti-immigration"
/// is not two words any cue has. Pushed in cue order, marked [`WHOLE`].
fn compound_cues(dict: &Dictionary, lower: &str, out: &mut Vec<u32>) {
    let n = lower.split('-').count();
    let Some(head) = lower.split('-').next() else {
        return;
    };
    if n < 2 || lower.split('-').any(str::is_empty) {
        return;
    }
    // The first part's cues of as many words first: most compounds
    // ("well-known", "so-called") start none, and stemming the other
    // parts is then skipped (a book has thousands of compounds).
    let mut first = Vec::new();
    dict.starts(head, &crate::document::vocabulary::stem(head), &mut first);
    first.retain(|&c| {
        dict.cues
            .get(c as usize)
            .is_some_and(|cue| cue.parts.len() == n)
    });
    if first.is_empty() {
        return;
    }
    // The head matched through `starts`; the other parts are stemmed now.
    let parts: Vec<(&str, String)> = lower
        .split('-')
        .skip(1)
        .map(|p| (p, crate::document::vocabulary::stem(p)))
        .collect();
    for c in first {
        let Some(cue) = dict.cues.get(c as usize) else {
            continue;
        };
        let whole = cue
            .parts
            .iter()
            .skip(1)
            .zip(&parts)
            .all(|(part, (lower, stem))| part.matches(lower, stem));
        if whole {
            out.push(c | WHOLE);
        }
    }
}

/// Appends the cues found in tokens `[first, end)` to `out`, in text order.
/// Of theme entries that overlap, the longest wins ("social security" over
/// "security"); attitudes, negations, hedges and shared words are all kept.
pub fn find(
    dict: &Dictionary,
    doc: &Document,
    starts: &Starts,
    first: u32,
    end: u32,
    out: &mut Vec<Match>,
) {
    let from = out.len();
    let end = end.min(doc.tokens.len() as u32);
    for i in first..end {
        let token = doc.tokens[i as usize];
        let cues = starts.of(token.term);
        if cues.is_empty() {
            continue;
        }
        // The next word token and its numbers as a second word, found once
        // for all the cues that start here.
        let next = starts.next_word(doc, i + 1, end);
        let [stem, exact] = doc
            .tokens
            .get(next as usize)
            .filter(|_| next < end)
            .and_then(|t| starts.second.get(t.term as usize))
            .copied()
            .unwrap_or([u32::MAX; 2]);
        // A comma, semicolon or colon between two words parts them: "the
        // wealth tax, cut corporate taxes" has no "tax cut". A chant of
        // three or more words keeps its commas ("drill, baby, drill").
        let parted = (i + 1..next.min(end)).any(|k| {
            doc.term_at(k)
                .is_some_and(|t| matches!(&*t.lower, "," | ";" | ":"))
        });
        for &c in cues {
            if c & WHOLE != 0 {
                out.push(Match {
                    cue: c & !WHOLE,
                    first: i,
                    end: i + 1,
                });
                continue;
            }
            let fits = match dict.second_of(c) {
                Second::None => {
                    out.push(Match {
                        cue: c,
                        first: i,
                        end: i + 1,
                    });
                    continue;
                }
                Second::Stem(n) => n == stem,
                Second::Exact(n) => n == exact,
                Second::Prefix => true,
            };
            if !fits
                || parted
                    && dict
                        .cues
                        .get(c as usize)
                        .is_some_and(|q| q.parts.len() == 2)
            {
                continue;
            }
            if let Some(at) = dict
                .cues
                .get(c as usize)
                .and_then(|cue| rest_matches(doc, starts, &cue.parts, next, end))
            {
                out.push(Match {
                    cue: c,
                    first: i,
                    end: at,
                });
            }
        }
    }
    longest_theme_matches(dict, &mut out[from..]);
    let mut keep = from;
    for i in from..out.len() {
        if out[i].cue != u32::MAX {
            out[keep] = out[i];
            keep += 1;
        }
    }
    out.truncate(keep);
}

/// Where a cue's parts after the first end, checked word by word from
/// token `at` (the word after the first); `None` if one does not match.
fn rest_matches(
    doc: &Document,
    starts: &Starts,
    parts: &[Part],
    mut at: u32,
    end: u32,
) -> Option<u32> {
    for part in parts.iter().skip(1) {
        at = starts.next_word(doc, at, end);
        let term = doc
            .tokens
            .get(at as usize)
            .filter(|_| at < end)
            .and_then(|t| doc.terms.get(t.term as usize))?;
        if !part.matches(&term.lower, &term.stem) {
            return None;
        }
        at += 1;
    }
    Some(at)
}

/// Sorts `found` into text order (longer first at one start) and marks
/// (cue = MAX) every theme match inside a longer theme match. The sort
/// only reorders the matches of one start (at most the cues of one word)
/// and the marking is one sweep, so a run-on "sentence" of a pasted book
/// costs time in proportion to its matches, not their square.
fn longest_theme_matches(dict: &Dictionary, found: &mut [Match]) {
    // Most sentences have no cue or one: nothing to order or to cover.
    if found.len() < 2 {
        return;
    }
    // Already in order of start (the search goes token by token); only the
    // few cues of one start need ordering, longest first.
    insertion_sort(found, |m| {
        ((m.first as u64) << 32) | (u32::MAX - m.end) as u64
    });
    let mut max_end = 0u32;
    let mut first_at_max = u32::MAX;
    for m in found.iter_mut() {
        let theme = matches!(
            dict.cues.get(m.cue as usize).map(|c| c.kind),
            Some(CueKind::Theme { .. })
        );
        if !theme {
            continue;
        }
        if max_end > m.end || (max_end == m.end && first_at_max < m.first) {
            m.cue = u32::MAX;
        } else if m.end > max_end {
            max_end = m.end;
            first_at_max = m.first;
        }
    }
}

/// A stable sort by key, in place, without allocating: for the few items
/// of one sentence (its themes, its matches, already in order of start),
/// where a general sort's two buffers cost more than the sorting.
pub(super) fn insertion_sort<T: Copy>(items: &mut [T], key: impl Fn(&T) -> u64) {
    for i in 1..items.len() {
        let item = items[i];
        let k = key(&item);
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > k {
            items[j] = items[j - 1];
            j -= 1;
        }
        items[j] = item;
    }
}
