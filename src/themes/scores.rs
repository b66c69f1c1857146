//! Theme scores: the weights of a sentence's theme entries, per theme.

use super::dictionary::{CueKind, Dictionary};
use super::matcher::{self, Match, Starts};
use crate::document::{BlockKind, Document};

/// A sentence is about a theme when its entries' weights reach this: one
/// strong or suggestive entry, or two weak ones (see `data/README.md`).
/// Chosen on the look half of the CAP development set (see
/// `tests/themes/topics.rs`): 1.0 left half the coded sentences without a
/// theme; 0.5 names one for two thirds of them at about the same precision.
pub const ASSIGN: f32 = 0.5;

/// A text discusses a theme when one sentence reaches this score (one
/// strong entry, or two suggestive ones), or the theme's scores add up to
/// twice it: a single suggestive word in passing is not a discussion.
pub const DISCUSSED: f32 = 1.0;

#[derive(Debug, Clone, Default)]
pub struct SentenceThemes {
    /// Every cue found (theme entries, attitudes, negations, hedges,
    /// shared words), in text order.
    pub matches: Vec<Match>,
    /// (theme, score) for each theme with an entry here, highest first.
    pub scores: Vec<(u16, f32)>,
    /// The same per clause.
    pub clauses: Vec<Vec<(u16, f32)>>,
}

impl SentenceThemes {
    /// The leading theme, if its score reaches [`ASSIGN`].
    pub fn leading(&self) -> Option<u16> {
        self.scores
            .first()
            .filter(|(_, s)| *s >= ASSIGN)
            .map(|&(t, _)| t)
    }
}

#[derive(Debug, Clone, Default)]
pub struct ThemeScores {
    pub sentences: Vec<SentenceThemes>,
    /// Per theme: the sum of its scores over the text.
    pub totals: Vec<f32>,
    /// Per theme: its share of all theme scores (0..1).
    pub salience: Vec<f32>,
    /// Per theme: the sentences it leads or reaches [`ASSIGN`] in.
    pub sentence_counts: Vec<u32>,
    /// Per theme: the sentences where it reaches [`DISCUSSED`].
    pub strong_counts: Vec<u32>,
    /// Per theme: its highest score in one sentence.
    pub peaks: Vec<f32>,
    /// Per theme: whether a title, heading or list item reaches
    /// [`DISCUSSED`]: the text sets it out as a topic of its own.
    pub headed: Vec<bool>,
    /// Per paragraph-like block (paragraphs, list items, headings), in
    /// order: the block index and each theme's score there.
    pub flow: Vec<(u32, Vec<f32>)>,
}

/// Scores every sentence of `doc` with `dict`. `names`: the token ranges
/// of words that name rather than discuss, in text order
/// ([`crate::actors::Actors::naming`]: people's names with their titles,
/// outlets cited as sources): a cue wholly inside one is part of a name,
/// not a theme ("President" of "President Trump", "Bill" of "Bill Gates",
/// "CNN" of "according to CNN").
pub fn score(doc: &Document, dict: &Dictionary, names: &[[u32; 2]]) -> ThemeScores {
    let n = dict.themes.len();
    let starts = Starts::new(dict, doc);
    let mut out = ThemeScores {
        sentences: Vec::with_capacity(doc.sentences.len()),
        totals: vec![0.0; n],
        salience: vec![0.0; n],
        sentence_counts: vec![0; n],
        strong_counts: vec![0; n],
        peaks: vec![0.0; n],
        headed: vec![false; n],
        flow: Vec::new(),
    };
    let mut found = Vec::new();
    // The first name not wholly before the sentence.
    let mut next_name = 0;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        found.clear();
        let [first, end] = sentence.tokens;
        matcher::find(dict, doc, &starts, first, end, &mut found);
        // "more than a million refugees", "less than a year": a
        // comparison of amounts, not "more" or "fewer" of anything.
        found.retain(|m| {
            !matches!(
                dict.cues.get(m.cue as usize).map(|c| c.kind),
                Some(CueKind::Attitude(_))
            ) || doc.term_at(m.end).is_none_or(|t| t.lower != "than")
        });
        while names.get(next_name).is_some_and(|n| n[1] <= first) {
            next_name += 1;
        }
        let here = names.get(next_name..).unwrap_or_default();
        let here = &here[..here.partition_point(|n| n[0] < end)];
        if !here.is_empty() {
            found.retain(|m| !here.iter().any(|n| n[0] <= m.first && m.end <= n[1]));
        }
        let mut st = SentenceThemes {
            clauses: vec![Vec::new(); sentence.clauses.len()],
            ..SentenceThemes::default()
        };
        let topic = topic_opener(doc, first, end);
        for m in &found {
            let Some(CueKind::Theme { theme, weight, .. }) =
                dict.cues.get(m.cue as usize).map(|c| c.kind)
            else {
                continue;
            };
            // "On climate, Bezos pledged …": the essay names the topic.
            let weight = if topic == Some((m.first, m.end)) {
                weight.max(DISCUSSED)
            } else {
                weight
            };
            add(&mut st.scores, theme, weight);
            let start = doc.tokens[m.first as usize].span().start;
            let clause = doc.clause_at(s as u32, start) as usize;
            if let Some(c) = st.clauses.get_mut(clause) {
                add(c, theme, weight);
            }
        }
        sort(&mut st.scores);
        st.clauses.iter_mut().for_each(|c| sort(c));
        st.matches = found.clone();
        // A bio is about the author, not the essay's subject.
        let kind = doc.blocks.get(sentence.block as usize).map(|b| b.kind);
        let counts = kind.is_some_and(|k| k != BlockKind::Bio && k != BlockKind::Byline);
        let heading = matches!(
            kind,
            Some(BlockKind::Title | BlockKind::Heading | BlockKind::ListItem)
        );
        if counts {
            for &(t, s) in &st.scores {
                out.totals[t as usize] += s;
                if s >= ASSIGN {
                    out.sentence_counts[t as usize] += 1;
                }
                if s >= DISCUSSED {
                    out.strong_counts[t as usize] += 1;
                    out.headed[t as usize] |= heading;
                }
                out.peaks[t as usize] = out.peaks[t as usize].max(s);
            }
            match out.flow.last_mut() {
                Some((b, scores)) if *b == sentence.block => {
                    st.scores.iter().for_each(|&(t, s)| scores[t as usize] += s)
                }
                _ => {
                    let mut scores = vec![0.0; n];
                    st.scores.iter().for_each(|&(t, s)| scores[t as usize] += s);
                    out.flow.push((sentence.block, scores));
                }
            }
        }
        out.sentences.push(st);
    }
    let all: f32 = out.totals.iter().sum();
    if all > 0.0 {
        for (s, t) in out.salience.iter_mut().zip(&out.totals) {
            *s = t / all;
        }
    }
    out
}

/// The words a sentence opens by naming as its topic, as tokens
/// `(first, end)`: "On climate, …", "On the economy, …", "As for trade,
/// …". Comparative essays set out each topic so; a term there is the
/// sentence's subject matter, however weak it is alone ("climate" may be
/// a business climate elsewhere).
fn topic_opener(doc: &Document, first: u32, end: u32) -> Option<(u32, u32)> {
    let word = |i: u32| {
        doc.term_at(i)
            .filter(|t| t.kind == crate::document::TokenKind::Word)
            .map(|t| t.lower.as_str())
    };
    let mut at = match (word(first), word(first + 1)) {
        (Some("on" | "regarding"), _) => first + 1,
        (Some("as"), Some("for")) => first + 2,
        _ => return None,
    };
    if word(at) == Some("the") {
        at += 1;
    }
    // One to three words, then the comma.
    let comma = (at + 1..(at + 4).min(end)).find(|&i| {
        doc.term_at(i)
            .is_some_and(|t| t.kind == crate::document::TokenKind::Punct && &*t.lower == ",")
    })?;
    (at..comma)
        .all(|i| word(i).is_some())
        .then_some((at, comma))
}

fn add(scores: &mut Vec<(u16, f32)>, theme: u16, weight: f32) {
    match scores.iter_mut().find(|(t, _)| *t == theme) {
        Some((_, s)) => *s += weight,
        None => scores.push((theme, weight)),
    }
}

/// Highest first; ties in dictionary order, so the output is stable.
fn sort(scores: &mut [(u16, f32)]) {
    matcher::insertion_sort(scores, |&(theme, score)| {
        // Thousandths are finer than any weight; higher first.
        let score = (score.max(0.0) * 1000.0) as u64;
        ((u32::MAX as u64 - score.min(u32::MAX as u64)) << 16) | theme as u64
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::parse;

    fn themes_of(text: &str) -> Vec<Vec<(String, f32)>> {
        let dict = Dictionary::default_shared();
        let doc = parse(text);
        score(&doc, &dict, &[])
            .sentences
            .iter()
            .map(|s| {
                s.scores
                    .iter()
                    .map(|&(t, v)| (dict.themes[t as usize].id.clone(), v))
                    .collect()
            })
            .collect()
    }

    /// A topic the sentence opens by naming counts as discussed there.
    #[test]
    fn a_topic_opener_names_the_sentences_subject() {
        let score_of = |text: &str, id: &str| {
            themes_of(text)[0]
                .iter()
                .find(|(t, _)| t == id)
                .map_or(0.0, |x| x.1)
        };
        let alone = score_of("Bezos pledged money for the climate.", "climate");
        let opener = score_of("On climate, Bezos pledged money.", "climate");
        assert!(alone < DISCUSSED && opener >= DISCUSSED, "{alone} {opener}");
        assert!(score_of("On the economy, they agree.", "economy") >= DISCUSSED);
        // Not a topic named in passing inside the sentence.
        assert!(score_of("They spoke on climate, then left.", "climate") < DISCUSSED);
    }

    #[test]
    fn empty_and_odd_input_score_nothing() {
        assert!(themes_of("").is_empty());
        for text in ["\u{0}\u{1}\u{fffd}", "🚀🚀", "   \n\n  ", "a"] {
            let _ = themes_of(text);
        }
    }
}
