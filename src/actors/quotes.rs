//! Quotations and who speaks them. Reports and op-eds give a person's
//! views in their own quoted words, often over several sentences that name
//! nobody: `Graham said, “This is going to lead to ISIS’ reemergence. …”`
//! or `“ISIS is not defeated …,” Graham continued.` The clauses inside such
//! a quotation that have no subject of their own get the speaker as
//! subject, so the speaker's stance is read from them
//! ([`crate::positions`]). The author's tone toward the speaker is not
//! affected: it is read from the speaker's mentions, not from this.

use super::lexicon::person;
use super::terms::TermBits;
use super::{ClauseActors, Found};
use crate::document::Document;

/// The longest quotation followed, in tokens (ten sentences or so): a
/// stray or unclosed quotation mark must not make pages one person's words.
const MAX_QUOTE: u32 = 250;

/// How far after a speaker's verb the quotation may open ("Graham spoke on
/// Fox News, “…").
const OPENS_WITHIN: u32 = 8;

/// Gives each quotation whose speaker is named beside it (a single-actor
/// mention in `found`, next to a verb of speech) to that speaker: the
/// subject of every clause that starts inside it and has none.
pub fn attribute(doc: &Document, bits: &TermBits, found: &[Found], out: &mut [Vec<ClauseActors>]) {
    let quoting = Quoting { doc, bits };
    // (open, close, speaker) of each quotation given a speaker.
    let mut given: Vec<(u32, u32, u32)> = Vec::new();
    for f in found.iter().filter(|f| f.actors.len() == 1) {
        let quote = quoting.beside(f.sentence, f.token, f.end_token);
        if let Some((open, close)) = quote {
            give(doc, out, open, close, f.actors[0]);
            given.push((open, close, f.actors[0]));
        }
    }
    follow_on(&quoting, out, &given);
}

/// Whether the name at tokens `[first, end)` of sentence `s` speaks a
/// quotation beside it with a verb of speech (`Churchill responded, “…”`,
/// `“…,” said Eden`): evidence that it names a person, who may be named
/// only there.
pub fn speaks_quotation(doc: &Document, bits: &TermBits, s: u32, first: u32, end: u32) -> bool {
    Quoting { doc, bits }.beside(s, first, end).is_some()
}

/// Per actor, the sentences of the quotations their names speak (a
/// quotation beside a single-actor name and a verb of speech, as
/// [`attribute`] reads them): a person the text quotes at length is
/// discussed at length, however seldom named. Counted into salience.
pub fn quoted_sentences(
    doc: &Document,
    bits: &TermBits,
    found: &[Found],
    actors: usize,
) -> Vec<u32> {
    let quoting = Quoting { doc, bits };
    let mut sentences = vec![0u32; actors];
    for f in found
        .iter()
        .filter(|f| f.actors.len() == 1 && f.kind == super::MentionKind::Name)
    {
        if let Some((open, close)) = quoting.beside(f.sentence, f.token, f.end_token) {
            let spanned = sentence_of(doc, close).saturating_sub(sentence_of(doc, open)) + 1;
            if let Some(n) = sentences.get_mut(f.actors[0] as usize) {
                *n += spanned as u32;
            }
        }
    }
    sentences
}

/// Quotations that stand alone as the next sentence of the same paragraph
/// continue the speaker just heard: `“…,” Graham continued. “This
/// impulsive decision …”`; or, after a sentence about one person that
/// quotes nobody, that person's words: `McGurk also criticized the decision
/// on Twitter. “The statement demonstrates …”`. A quotation stands alone
/// when it opens its sentence and nothing but punctuation follows its
/// close: `“…,” the statement said` has a speaker of its own, if not a
/// person. One follows another, so a speaker's several quotations in a
/// row are all theirs.
fn follow_on(quoting: &Quoting, out: &mut [Vec<ClauseActors>], given: &[(u32, u32, u32)]) {
    let doc = quoting.doc;
    let sentence_of = |token: u32| sentence_of(doc, token);
    // Per sentence: the last quotation given a speaker that closes in it
    // (close token, speaker), and whether one given a speaker opens it.
    // Tables, not a sorted list: no sort instantiated for this (the wasm).
    let mut closes: Vec<Option<(u32, u32)>> = vec![None; doc.sentences.len()];
    let mut opened = vec![false; doc.sentences.len()];
    for &(open, close, speaker) in given {
        if let Some(slot) = closes.get_mut(sentence_of(close)) {
            if slot.is_none_or(|(c, _)| c < close) {
                *slot = Some((close, speaker));
            }
        }
        let s = sentence_of(open);
        if doc.sentences.get(s).is_some_and(|x| x.tokens[0] == open) {
            opened[s] = true;
        }
    }
    for (s, sentence) in doc.sentences.iter().enumerate().skip(1) {
        let before = &doc.sentences[s - 1];
        let open = sentence.tokens[0];
        if before.block != sentence.block || opened[s] || !matches!(quoting.text(open), "“" | "\"")
        {
            continue;
        }
        let speaker = match closes[s - 1] {
            Some((_, speaker)) => Some(speaker),
            // A sentence that quotes nobody, about one person.
            None => out
                .get(s - 1)
                .and_then(|clauses| clauses.first())
                .filter(|c| !c.quoted && !quoting.has_quote(before.tokens))
                .and_then(|c| c.subject),
        };
        let Some(speaker) = speaker else { continue };
        let Some(close) = quoting.closing(open).filter(|&c| quoting.ends_sentence(c)) else {
            continue;
        };
        give(doc, out, open, close, speaker);
        if let Some(slot) = closes.get_mut(sentence_of(close)) {
            *slot = Some((close, speaker));
        }
    }
}

/// The text's tokens read for quotation marks and verbs of speech.
struct Quoting<'a> {
    doc: &'a Document,
    bits: &'a TermBits,
}

impl Quoting<'_> {
    fn text(&self, i: u32) -> &str {
        self.doc.term_at(i).map_or("", |t| t.lower.as_str())
    }

    fn speech(&self, i: u32) -> bool {
        self.doc
            .tokens
            .get(i as usize)
            .is_some_and(|t| self.bits.person(t.term) & person::SPEECH != 0)
    }

    /// The quotation (open, close) that the name at tokens `[first, end)`
    /// of sentence `s` speaks, by [`Self::opened_after`] or
    /// [`Self::closed_before`].
    fn beside(&self, s: u32, first: u32, end: u32) -> Option<(u32, u32)> {
        self.opened_after(s, end)
            .or_else(|| self.closed_before(s, first, end))
    }

    /// The quotation opened after the speaker (ending at token `end` of
    /// sentence `s`) and a verb of speech in the same sentence: `Graham
    /// said, “…”`, `Graham spoke on Fox News: "…"`.
    fn opened_after(&self, s: u32, end: u32) -> Option<(u32, u32)> {
        let sentence_end = self.doc.sentences.get(s as usize)?.tokens[1];
        // The verb right after the name, or one word later ("Graham later said").
        let verb = (end..end + 2).find(|&i| i < sentence_end && self.speech(i))?;
        let open = (verb + 1..(verb + 1 + OPENS_WITHIN).min(sentence_end))
            .find(|&i| matches!(self.text(i), "“" | "\"" | "”" | "‘" | "’"))?;
        let before = self.text(open - 1);
        let opens = matches!(self.text(open), "“" | "\"")
            && (open == verb + 1 || matches!(before, "," | ":"));
        if !opens {
            return None;
        }
        let close = self.closing(open)?;
        Some((open, close))
    }

    /// The quotation closed just before the speaker (tokens `[first,
    /// end)` of sentence `s`) and a verb of speech: `“…,” Graham said`,
    /// `“…,” said Graham`, `"…", Graham continued`, `“…?” Graham asked`.
    /// Not one that ended the sentence before: `“…tired.” Eden replied
    /// that …` reports Eden's own words.
    fn closed_before(&self, s: u32, first: u32, end: u32) -> Option<(u32, u32)> {
        let before_name = if first > 0 && self.speech(first - 1) {
            first.checked_sub(2)?
        } else if self.speech(end) {
            first.checked_sub(1)?
        } else {
            return None;
        };
        // `,”` or `”,` before the name (and its verb).
        let close = match (
            self.text(before_name),
            before_name.checked_sub(1).map(|i| self.text(i)),
        ) {
            ("”" | "\"", _) => before_name,
            (",", Some("”" | "\"")) => before_name - 1,
            _ => return None,
        };
        let asked = close > 0 && matches!(self.text(close - 1), "?" | "!");
        if sentence_of(self.doc, close) != s as usize && !asked {
            return None;
        }
        let open = self.opening(close)?;
        Some((open, close))
    }

    /// Whether the tokens `[from, to)` hold a quotation mark.
    fn has_quote(&self, [from, to]: [u32; 2]) -> bool {
        (from..to).any(|i| matches!(self.text(i), "“" | "”" | "\""))
    }

    /// Whether no word follows token `close` in its sentence (punctuation,
    /// numbers and symbols may).
    fn ends_sentence(&self, close: u32) -> bool {
        let s = sentence_of(self.doc, close);
        let end = self.doc.sentences.get(s).map_or(close, |s| s.tokens[1]);
        (close + 1..end).all(|i| {
            self.doc
                .term_at(i)
                .is_none_or(|t| t.kind != crate::document::TokenKind::Word)
        })
    }

    /// The mark that closes the quotation opened at `open`: ” after “, the
    /// next " after ".
    /// A second opening “ before it means the first was never closed.
    fn closing(&self, open: u32) -> Option<u32> {
        let curly = self.text(open) == "“";
        let last = (open + MAX_QUOTE).min(self.doc.tokens.len() as u32);
        let i = (open + 1..last).find(|&i| match self.text(i) {
            "”" => curly,
            "“" => curly,
            "\"" => !curly,
            _ => false,
        })?;
        (!curly || self.text(i) == "”").then_some(i)
    }

    /// The mark that opened the quotation closed at `close`.
    /// A closing ” before it means the quotation had ended there.
    fn opening(&self, close: u32) -> Option<u32> {
        let curly = self.text(close) == "”";
        let first = close.saturating_sub(MAX_QUOTE);
        let i = (first..close).rev().find(|&i| match self.text(i) {
            "“" | "”" => curly,
            "\"" => !curly,
            _ => false,
        })?;
        (!curly || self.text(i) == "“").then_some(i)
    }
}

/// The sentence that holds token `token` (`doc.sentences.len()` past the
/// last).
fn sentence_of(doc: &Document, token: u32) -> usize {
    doc.sentences.partition_point(|s| s.tokens[1] <= token)
}

/// Makes `speaker` the subject of every clause that starts inside the
/// quotation `[open, close]` (tokens) and has none.
fn give(doc: &Document, out: &mut [Vec<ClauseActors>], open: u32, close: u32, speaker: u32) {
    let (Some(open_at), Some(close_at)) = (
        doc.tokens.get(open as usize),
        doc.tokens.get(close as usize),
    ) else {
        return;
    };
    let (from, to) = (open_at.span().start, close_at.span().start);
    let first = sentence_of(doc, open);
    for (s, sentence) in doc.sentences.iter().enumerate().skip(first) {
        if sentence.tokens[0] > close {
            break;
        }
        let Some(clauses) = out.get_mut(s) else {
            break;
        };
        for (c, clause) in sentence.clauses.iter().enumerate() {
            if clause.span.start < from || clause.span.start >= to {
                continue;
            }
            if clauses.is_empty() {
                clauses.resize(sentence.clauses.len(), ClauseActors::default());
            }
            let Some(who) = clauses.get_mut(c) else {
                continue;
            };
            if who.subject.is_none() {
                who.subject = Some(speaker);
                who.quoted = true;
                if !who.actors.contains(&speaker) {
                    who.actors.push(speaker);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    /// Each sentence's clause subjects, by actor id ("-" for none).
    fn subjects(text: &str) -> Vec<String> {
        let r = analyze(text, &Options::default());
        r.document
            .sentences
            .iter()
            .map(|s| {
                s.clauses
                    .iter()
                    .map(|c| c.subject.as_deref().unwrap_or("-").to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect()
    }

    const PAIR: &str = "Donald Trump and Lindsey Graham disagreed on Syria. ";

    #[test]
    fn a_quotation_after_its_speaker_is_the_speakers() {
        let text = format!(
            "{PAIR}Graham said, “This is a mistake. We abandoned our allies.” The vote came later."
        );
        assert_eq!(subjects(&text)[2], "lindsey-graham");
        assert_eq!(subjects(&text)[3], "-", "the quotation ends at its mark");
    }

    #[test]
    fn a_quotation_before_its_speaker_is_the_speakers() {
        let text =
            format!("{PAIR}\"We won. The caliphate is gone\", Trump continued. Nobody answered.");
        let s = subjects(&text);
        assert_eq!(s[1], "donald-trump");
        assert_eq!(s[3], "-");
    }

    #[test]
    fn a_quotation_standing_alone_next_continues_the_speaker() {
        // After a quotation given to Graham, the next sentence's quotation.
        let text = format!(
            "{PAIR}“We abandoned them,” Graham said. “It is a mistake. Iran wins.” The vote came later."
        );
        let s = subjects(&text);
        assert_eq!(s[2..5], ["lindsey-graham", "lindsey-graham", "-"], "{s:?}");
        // After a sentence about one person that quotes nobody.
        let text = format!("{PAIR}Graham criticized the decision on Twitter. “It is a mistake.”");
        assert_eq!(subjects(&text)[2], "lindsey-graham");
    }

    #[test]
    fn a_quotation_with_its_own_speaker_or_paragraph_is_not_continued() {
        // A speaker of its own, if not a person: not the previous one's.
        let text = format!("{PAIR}Graham criticized the decision. “We leave,” the statement said.");
        assert_eq!(subjects(&text)[2], "-");
        // Another paragraph.
        let text = format!("{PAIR}“We abandoned them,” Graham said.\n\n“It is a mistake.”");
        assert_eq!(subjects(&text)[2], "-");
        // Not at the start of its sentence.
        let text = format!("{PAIR}“We abandoned them,” Graham said. The sign read “Welcome home.”");
        assert_eq!(subjects(&text)[2], "-");
    }

    #[test]
    fn quotations_without_a_speaker_or_a_close_are_nobodys() {
        // Quoted words no speaker is named beside.
        let text = format!("{PAIR}The sign read “Welcome home. Stay a while.” Everyone cheered.");
        let nobody = |s: &String| s.split(',').all(|x| x == "-");
        assert!(
            subjects(&text).iter().skip(1).all(nobody),
            "{:?}",
            subjects(&text)
        );
        // A quotation never closed: its speaker's words cannot be told apart.
        let text = format!("{PAIR}Graham said, “This is a mistake. Nobody closed it. Ever.");
        assert_eq!(subjects(&text)[2..], ["-", "-"]);
    }
}
