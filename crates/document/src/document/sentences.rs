//! Sentence boundaries inside one block.
//!
//! A rule-based segmenter that looks at each candidate (`.`, `?`, `!`, an
//! ellipsis) in its context: the word before it, the word after it, and the
//! sentence so far. The decisions, each with the rule id reported on the
//! sentence it ends:
//!
//! - `terminal-punctuation`: `.`, `?`, `!` (and runs like `?!`), with any
//!   closing quotes or brackets, then white space, then anything but a
//!   lower-case word. A lower-case word after it means the sentence goes on
//!   ("Yahoo! in the…", "'This is great.' she said").
//! - Abbreviations, by class (`data/abbreviations.txt`): a title ("Mr.")
//!   never ends a sentence; a numeric one ("No.", "p.") not before a number;
//!   an ambiguous one ("Co.", "U.S.", "a.m.") ends it only before a
//!   function word (`abbreviation-then-function-word`: "…& Co. It closed")
//!   or before a title when the sentence so far has a clause
//!   (`abbreviation-then-title`: "…at 6 P.M. Mr. Smith" ends, "At 5 a.m.
//!   Mr. Smith" does not: "At 5 a.m." is only an introductory phrase). A
//!   single capital ("E.", "I.") is an initial unless a function word follows.
//! - `period-without-space`: "world.Today", "1,000.That": a period between
//!   a lower-case letter or digit and a capitalised word, outside web and
//!   e-mail addresses.
//! - Ellipses: three dots (or `…`) are an omission and end a sentence only
//!   before a capitalised word other than "I"; four dots are an omission plus
//!   a period (`ellipsis-then-capital`). A period on the word followed by a
//!   spaced ellipsis and a capital ("compounds. . . . The") ends the sentence
//!   at the period; the ellipsis opens the next (`period-then-ellipsis`).
//! - Parentheses and brackets opened mid-sentence are not searched:
//!   "science (He previously worked … engineer.) at the local University".
//! - `list-item`: inline list markers (see [`super::lists`]).
//! - `end-of-block`: a block (paragraph, heading, line) always ends one.

use super::lexicon::{AbbrevClass, Lexicon};
use super::lists;
use crate::text::chars::{
    ceil_boundary, floor_boundary, is_closer, is_letter, is_lower, is_opener,
    is_question_or_exclamation, is_space, is_upper, is_word_char, trim_space_end, trim_space_start,
};
use crate::text::scan;
use crate::text::ByteSpan;

/// Segments the block `block` of `text` into trimmed sentence spans.
pub fn segment(text: &str, block: ByteSpan) -> Vec<(ByteSpan, &'static str)> {
    let s = block.of(text);
    let mut seg = Segmenter {
        s,
        lx: Lexicon::get(),
        list: lists::find(s),
        start: 0,
        first_content: None,
        content_scanned: 0,
        brackets: None,
        out: Vec::new(),
    };
    seg.run();
    seg.out
        .into_iter()
        .map(|(a, b, rule)| (ByteSpan::new(block.start + a, block.start + b), rule))
        .collect()
}

struct Segmenter<'s> {
    s: &'s str,
    lx: &'static Lexicon,
    list: lists::InlineList,
    /// Start of the current sentence.
    start: usize,
    /// Where the current sentence's first word (not space, not an opener)
    /// is, once found, and how far the search for it has read: each byte
    /// is read once per sentence, whatever the number of candidates.
    first_content: Option<usize>,
    content_scanned: usize,
    /// Matched `(`/`[` pairs of the block, found once when first needed.
    brackets: Option<Vec<(usize, usize)>>,
    out: Vec<(usize, usize, &'static str)>,
}

/// Which bytes can start a candidate; everything else is skipped fast.
/// A table: one load per byte in the skip loop.
static CANDIDATE: [bool; 256] = {
    let mut table = [false; 256];
    // Lead bytes of three- and four-byte characters: the ellipsis, curly
    // quotes, other scripts' stops.
    let mut b = 0xE0;
    while b < 256 {
        table[b] = true;
        b += 1;
    }
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[b'(' as usize] = true;
    table[b'[' as usize] = true;
    table
};

fn is_candidate_byte(b: u8) -> bool {
    CANDIDATE[b as usize]
}

/// [`CANDIDATE`] for the eight bytes of a word.
fn any_candidate(w: u64) -> u64 {
    scan::equal(w, b'.')
        | scan::equal(w, b'?')
        | scan::equal(w, b'!')
        | scan::equal(w, b'(')
        | scan::equal(w, b'[')
        | scan::all_set(w, 0xE0)
}

impl<'s> Segmenter<'s> {
    fn run(&mut self) {
        let s = self.s;
        let bytes = s.as_bytes();
        let mut forced = std::mem::take(&mut self.list.item_starts)
            .into_iter()
            .peekable();
        let mut i = 0;
        while i < bytes.len() {
            if forced.peek() == Some(&i) {
                forced.next();
                self.close(i, "list-item");
                continue;
            }
            // Skip to the next candidate byte or forced start in one tight loop.
            let limit = forced
                .peek()
                .copied()
                .unwrap_or(bytes.len())
                .min(bytes.len());
            i = scan::find(&bytes[..limit], i, any_candidate, is_candidate_byte);
            if i == limit {
                continue;
            }
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                i += 1;
                continue;
            };
            let next = match c {
                '(' | '[' => self.skip_parenthetical(i),
                '.' | '\u{2026}' => self.at_dots(i),
                c if is_question_or_exclamation(c) => self.at_question_or_exclamation(i),
                _ => None,
            };
            i = next.unwrap_or(i + c.len_utf8());
            // A forced start we jumped over (inside a parenthetical) is void.
            while forced.peek().is_some_and(|&f| f < i) {
                forced.next();
            }
        }
        self.close(s.len(), "end-of-block");
    }

    /// Ends the current sentence at `end` (trimmed) and starts the next at
    /// the first non-space byte after it.
    fn close(&mut self, end: usize, rule: &'static str) {
        let text = &self.s[self.start..end];
        let lead = text.len() - trim_space_start(text).len();
        let trimmed = trim_space_end(&text[lead..]);
        if !trimmed.is_empty() {
            let a = self.start + lead;
            self.out.push((a, a + trimmed.len(), rule));
        }
        let rest = &self.s[end..];
        self.start = end + (rest.len() - trim_space_start(rest).len());
        self.first_content = None;
        self.content_scanned = self.start;
    }

    /// Whether the current sentence has a word before byte `i`.
    fn has_content_before(&mut self, i: usize) -> bool {
        if self.first_content.is_none() && self.content_scanned < i {
            let from = self.content_scanned.max(self.start);
            self.first_content = self.s[from..i]
                .find(|c| !is_space(c) && !is_opener(c))
                .map(|p| from + p);
            self.content_scanned = i;
        }
        self.first_content.is_some_and(|c| c < i)
    }

    /// A parenthesis opened after the sentence began: jump past its match.
    fn skip_parenthetical(&mut self, i: usize) -> Option<usize> {
        if !self.has_content_before(i) {
            return None;
        }
        let pairs = self
            .brackets
            .get_or_insert_with(|| matching_brackets(self.s));
        let k = pairs.binary_search_by_key(&i, |&(open, _)| open).ok()?;
        let close = pairs[k].1;
        // "(… a non-breeder.") In either case": a parenthetical that ends
        // like a sentence, followed by a capital, ends the sentence too.
        let inner = self.s[i + 1..close].trim_end_matches(is_closer);
        let end = skip_closers(self.s, close + 1);
        let ellipsis = inner.ends_with("..") || inner.ends_with('\u{2026}');
        let ends_inside =
            self.s[i..].starts_with('(') && inner.ends_with(['.', '?', '!']) && !ellipsis;
        if ends_inside
            && self
                .next_word(end)
                .is_some_and(|n| n.capital && !n.is_pronoun_i())
        {
            self.close(end, "terminal-punctuation");
        }
        Some(end)
    }

    fn at_question_or_exclamation(&mut self, i: usize) -> Option<usize> {
        let s = self.s;
        let run_end = i + s[i..].len()
            - s[i..]
                .trim_start_matches(|c| {
                    is_question_or_exclamation(c) || c == '.' || c == '\u{2026}'
                })
                .len();
        let end = skip_closers(s, run_end);
        let Some(next) = self.next_word(end) else {
            return Some(end);
        };
        if next.lower_case {
            return Some(end);
        }
        let name = run_end == i + 1 && self.lx.ends_with_exclamation_name(s, run_end);
        if name && !next.is_function_word(self.lx) {
            return Some(end);
        }
        self.close(end, "terminal-punctuation");
        Some(self.start.max(end))
    }

    fn at_dots(&mut self, i: usize) -> Option<usize> {
        let s = self.s;
        let run = DotRun::at(s, i);
        if run.dots == 1 {
            return self.at_period(i);
        }
        if s[run.end..].starts_with(is_question_or_exclamation) {
            return Some(run.end);
        }
        let end = skip_closers(s, run.end);
        let Some(next) = self.next_word(end) else {
            return Some(end);
        };
        if !self.has_content_before(i) {
            // An ellipsis that opens a sentence (". . . The practice") is an
            // omission at its start, not its end.
            return Some(end);
        }
        let attached = s[..i].chars().next_back().is_some_and(|c| !is_space(c));
        if run.dots == 4 && run.spaced && attached && s[i + 1..].starts_with(' ') {
            // "compounds. . . . The": the period is the word's; the
            // ellipsis opens the next sentence.
            if next.capital && !next.is_pronoun_i() {
                self.close(i + 1, "period-then-ellipsis");
                return Some(i + 1);
            }
            return Some(end);
        }
        let ends = if run.dots >= 4 {
            next.capital || next.digit
        } else {
            next.capital && !next.is_pronoun_i()
        };
        if ends {
            self.close(end, "ellipsis-then-capital");
        }
        Some(end)
    }

    fn at_period(&mut self, i: usize) -> Option<usize> {
        let s = self.s;
        if self.list.marker_periods.contains(&i) {
            return None;
        }
        let word = word_before(s, self.start, i);
        let after = s[i + 1..].chars().next();
        if after.is_some_and(|c| !is_space(c) && !is_closer(c)) {
            return self.at_period_without_space(i, word);
        }
        let end = skip_closers(s, i + 1);
        let Some(next) = self.next_word(end) else {
            return Some(end);
        };
        let rule = match self.lx.abbreviation(word) {
            Some(AbbrevClass::Title) => None,
            Some(AbbrevClass::Numeric) if next.digit => None,
            Some(AbbrevClass::Ambiguous) => self.after_ambiguous(i, &next),
            Some(AbbrevClass::Inner) => next
                .is_function_word(self.lx)
                .then_some("abbreviation-then-function-word"),
            _ if is_initial(word) => next
                .is_function_word(self.lx)
                .then_some("abbreviation-then-function-word"),
            _ => (!next.lower_case).then_some("terminal-punctuation"),
        };
        if let Some(rule) = rule {
            self.close(end, rule);
        }
        Some(end)
    }

    fn after_ambiguous(&self, i: usize, next: &NextWord) -> Option<&'static str> {
        if !next.capital {
            return None;
        }
        if next.is_function_word(self.lx) {
            return Some("abbreviation-then-function-word");
        }
        let next_is_title =
            next.period_after && self.lx.abbreviation(next.word) == Some(AbbrevClass::Title);
        (next_is_title && self.has_clause(self.start, i)).then_some("abbreviation-then-title")
    }

    /// "world.Today", "1,000.That": no space, but a new sentence.
    fn at_period_without_space(&mut self, i: usize, word: &str) -> Option<usize> {
        let s = self.s;
        let before = s[..i].chars().next_back();
        let mut after = s[i + 1..].chars();
        let (a1, a2) = (after.next(), after.next());
        let joins_sentences = before.is_some_and(|c| is_lower(c) || c.is_ascii_digit())
            && a1.is_some_and(is_upper)
            && a2.is_some_and(is_lower)
            && !looks_like_address(chunk_around(s, i))
            && self.lx.abbreviation(word).is_none();
        if joins_sentences {
            self.close(i + 1, "period-without-space");
            return Some(i + 1);
        }
        None
    }

    /// Whether `s[from..to]` holds a clause: a word that is not a function
    /// word, a number or an abbreviation.
    /// Only the last 400 bytes are read, so a long run of abbreviations stays linear.
    fn has_clause(&self, from: usize, to: usize) -> bool {
        let from = floor_boundary(self.s, from.max(to.saturating_sub(400)));
        self.s[from..to]
            .split(|c: char| is_space(c) || (!is_word_char(c) && c != '.'))
            .map(|w| w.trim_matches('.'))
            .any(|w| {
                w.chars().filter(|&c| is_letter(c)).count() >= 2
                    && !self.lx.is_function_word(w)
                    && self.lx.abbreviation(w).is_none()
            })
    }

    /// The word that follows `end` after white space and opening quotes.
    fn next_word(&self, end: usize) -> Option<NextWord<'s>> {
        let rest = &self.s[end..];
        let trimmed = trim_space_start(rest);
        if trimmed.is_empty() {
            return None;
        }
        if trimmed.len() == rest.len() && end > 0 {
            // Something follows without a space ("Jr.'s", "1.5"): go on.
            return Some(NextWord::lower());
        }
        let word_start = trimmed.trim_start_matches(is_opener);
        let len = word_start
            .find(|c: char| !is_word_char(c) && c != '\'' && c != '\u{2019}')
            .unwrap_or(word_start.len());
        let word = &word_start[..len];
        let first = word_start.chars().next();
        Some(NextWord {
            word,
            capital: first.is_some_and(is_upper),
            lower_case: first.is_some_and(is_lower),
            digit: first.is_some_and(|c| c.is_ascii_digit()),
            period_after: word_start[len..].starts_with('.'),
        })
    }
}

struct NextWord<'s> {
    word: &'s str,
    capital: bool,
    lower_case: bool,
    digit: bool,
    /// The word is followed by a period ("Mr.").
    period_after: bool,
}

impl NextWord<'_> {
    fn lower() -> Self {
        NextWord {
            word: "",
            capital: false,
            lower_case: true,
            digit: false,
            period_after: false,
        }
    }
    fn is_function_word(&self, lx: &Lexicon) -> bool {
        self.capital && lx.is_function_word(self.word)
    }
    fn is_pronoun_i(&self) -> bool {
        self.word == "I" || self.word.starts_with("I'") || self.word.starts_with("I\u{2019}")
    }
}

/// A run of dots starting at `i`: `...`, `....`, `. . .`, `…`, `….`.
struct DotRun {
    dots: usize,
    /// Single spaces between the dots (". . .").
    spaced: bool,
    end: usize,
}

impl DotRun {
    fn at(s: &str, i: usize) -> Self {
        let bytes = s.as_bytes();
        let (mut dots, mut spaced, mut j) = (0, false, i);
        loop {
            if bytes.get(j) == Some(&b'.') {
                dots += 1;
                j += 1;
            } else if s[j..].starts_with('\u{2026}') {
                dots += 3;
                j += 3;
            } else if dots > 0 && bytes.get(j) == Some(&b' ') && bytes.get(j + 1) == Some(&b'.') {
                spaced = true;
                j += 1;
            } else {
                break;
            }
        }
        DotRun {
            dots,
            spaced,
            end: j,
        }
    }
}

/// Every `(` or `[` with the offset of the `)` or `]` that closes it, in
/// one pass with a stack, in the order of the openers. A closer of the
/// other kind on top of the stack, or none within 2,000 bytes, leaves an
/// opener unmatched.
fn matching_brackets(s: &str) -> Vec<(usize, usize)> {
    // (offset, bracket) of the open ones; `opened` keeps every opener in
    // order with its close, filled in when found.
    let mut stack: Vec<(usize, u8, usize)> = Vec::new();
    let mut opened: Vec<(usize, Option<usize>)> = Vec::new();
    let bytes = s.as_bytes();
    let mut i = scan::find(bytes, 0, any_bracket, is_bracket);
    while let Some(&b) = bytes.get(i) {
        match b {
            b'(' | b'[' => {
                stack.push((i, b, opened.len()));
                opened.push((i, None));
            }
            b')' | b']' => {
                let opener = if b == b')' { b'(' } else { b'[' };
                if stack.last().is_some_and(|&(_, o, _)| o == opener) {
                    if let Some((open, _, k)) = stack.pop() {
                        if i - open <= 2000 {
                            opened[k].1 = Some(i);
                        }
                    }
                }
            }
            _ => {}
        }
        i = scan::find(bytes, i + 1, any_bracket, is_bracket);
    }
    opened
        .into_iter()
        .filter_map(|(open, close)| Some((open, close?)))
        .collect()
}

fn any_bracket(w: u64) -> u64 {
    scan::equal(w, b'(') | scan::equal(w, b')') | scan::equal(w, b'[') | scan::equal(w, b']')
}

fn is_bracket(b: u8) -> bool {
    matches!(b, b'(' | b')' | b'[' | b']')
}

fn skip_closers(s: &str, i: usize) -> usize {
    i + s[i..].len() - s[i..].trim_start_matches(is_closer).len()
}

/// The word ending just before byte `i`: back to white space, an opener or
/// the sentence start,
/// keeping inner periods ("U.S", "a.m", "Jane.Doe@example.com").
fn word_before(s: &str, sentence_start: usize, i: usize) -> &str {
    let before = &s[floor_boundary(s, i.saturating_sub(64)).max(sentence_start)..i];
    let start = before
        .rfind(|c: char| is_space(c) || is_opener(c))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// The run of non-space text around byte `i`, at most 256 bytes each way.
fn chunk_around(s: &str, i: usize) -> &str {
    let from = floor_boundary(s, i.saturating_sub(256));
    let to = ceil_boundary(s, (i + 256).min(s.len()));
    let start = s[from..i].rfind(is_space).map_or(from, |p| from + p + 1);
    let end = s[i..to].find(is_space).map_or(to, |p| i + p);
    s.get(start..end).unwrap_or("")
}

/// Web and e-mail addresses keep their periods.
fn looks_like_address(chunk: &str) -> bool {
    chunk.contains('@') || chunk.contains("://") || chunk.starts_with("www.") || chunk.contains('/')
}

/// A single capital letter: an initial ("C. Wright Mills") or "I".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(is_upper) && chars.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_scans_agree_with_their_byte_tests() {
        crate::text::scan::check_agree(any_candidate, is_candidate_byte);
        crate::text::scan::check_agree(any_bracket, is_bracket);
    }

    fn sentences(text: &str) -> Vec<&str> {
        segment(text, ByteSpan::new(0, text.len()))
            .into_iter()
            .map(|(s, _)| s.of(text))
            .collect()
    }

    #[test]
    fn contrast_sentence() {
        assert_eq!(
            sentences("While Trump builds walls, Musk builds rockets. Done."),
            ["While Trump builds walls, Musk builds rockets.", "Done."]
        );
    }

    #[test]
    fn initials_and_titles() {
        assert_eq!(
            sentences("But the deeper reading is C. Wright Mills’ Power Elite model. Next."),
            [
                "But the deeper reading is C. Wright Mills’ Power Elite model.",
                "Next."
            ]
        );
        assert_eq!(
            sentences("Mr. Musk met Dr. Who."),
            ["Mr. Musk met Dr. Who."]
        );
    }

    #[test]
    fn unbalanced_parenthesis_is_harmless() {
        assert_eq!(
            sentences("He said (this. Then that."),
            ["He said (this.", "Then that."]
        );
    }

    #[test]
    fn quotes_and_ellipses() {
        assert_eq!(
            sentences("He said “no.” Then left… Later."),
            ["He said “no.”", "Then left…", "Later."]
        );
    }
}
