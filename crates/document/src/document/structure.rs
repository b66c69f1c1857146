//! Names each block: title, byline, dateline, heading, paragraph, list item
//! or author bio.
//!
//! Markdown markup decides where it is present. Otherwise the shape of the
//! block decides, and only in a text that has prose (a block that ends like
//! a sentence): a list of short lines has no headings.
//! - title: the first block, one line, not ending like a sentence (a "?" or
//!   "!" headline is fine), followed by more text;
//! - byline: near the top (before any prose, or after one short standfirst),
//!   "By Name" / "Written by Name";
//! - dateline: near the top, a short line naming a month or weekday;
//! - heading: one short line (≤ 12 words) without final punctuation,
//!   starting with a capital or digit, followed by prose;
//! - bio: the last block, opened by the byline's name or "About the author".

use super::blocks::{ends_sentence, Markup, RawBlock};
use super::{Block, BlockKind, Document};
use crate::text::chars::{is_closer, is_letter, is_opener, is_space, is_upper, trim_space_end};
use crate::text::ByteSpan;

const MONTHS_AND_DAYS: [&str; 19] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The longest standfirst (the summary under a headline) that a byline or
/// dateline may follow: two or three short sentences.
const STANDFIRST_BYTES: usize = 300;

/// Abbreviated months, as datelines write them ("Nov. 12, 2026").
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

pub fn classify(text: &str, raw: Vec<RawBlock>) -> Document {
    let prose: Vec<bool> = raw.iter().map(|b| is_prose(b.span.of(text))).collect();
    // Lines a web page puts around an article, pasted with it.
    let lexicon = super::lexicon::Lexicon::get();
    let furniture: Vec<bool> = raw
        .iter()
        .map(|b| b.markup == Markup::None && b.lines == 1 && lexicon.web_furniture(b.span.of(text)))
        .collect();
    // The first block that is not furniture opens the text.
    let first = furniture.iter().position(|&f| !f).unwrap_or(0);
    let has_prose = raw
        .iter()
        .zip(&prose)
        .any(|(b, &p)| b.markup == Markup::None && p);
    let mut doc = Document::default();
    let n = raw.len();
    for (i, block) in raw.iter().enumerate() {
        let s = block.span.of(text);
        let next_is_prose = raw
            .get(i + 1)
            .is_some_and(|b| prose[i + 1] || b.markup == Markup::ListItem);
        // Before the first paragraph of prose, or after one short one (a
        // standfirst under the headline: "Jerome Powell wants patience.
        // Janet Yellen wants relief."), and not far down: a page pasted
        // whole puts its furniture and headline lines above.
        let mut prose_before = doc
            .blocks
            .iter()
            .zip(&raw)
            .zip(&prose)
            .filter(|((b, _), &p)| b.kind == BlockKind::Paragraph && p);
        let near_top = i < 12
            && match (prose_before.next(), prose_before.next()) {
                (None, _) => true,
                (Some(((_, r), _)), None) => r.span.len() <= STANDFIRST_BYTES,
                _ => false,
            };
        let plain_line = block.markup == Markup::None && block.lines == 1;
        let (kind, level, rule) = match block.markup {
            _ if furniture[i] => (BlockKind::Paragraph, 0, "web-furniture"),
            Markup::Heading(level) if i == first => {
                (BlockKind::Title, level, "markdown-heading-first")
            }
            Markup::Heading(level) => (BlockKind::Heading, level, "markdown-heading"),
            Markup::ListItem => (BlockKind::ListItem, 0, "list-marker"),
            Markup::None if i == first && plain_line && has_prose && n > 1 && is_headline(s) => {
                (BlockKind::Title, 1, "first-line-headline")
            }
            Markup::None
                if near_top && plain_line && doc.byline.is_none() && byline_name(s).is_some() =>
            {
                (BlockKind::Byline, 0, "by-name")
            }
            Markup::None if near_top && plain_line && is_dateline(s) => {
                (BlockKind::Dateline, 0, "date-line")
            }
            Markup::None if i + 1 == n && n >= 3 && is_bio(text, block.span, &doc) => {
                (BlockKind::Bio, 0, "author-opens-last-paragraph")
            }
            Markup::None
                if i > 0 && plain_line && has_prose && next_is_prose && is_heading_line(s) =>
            {
                (BlockKind::Heading, 2, "short-unpunctuated-line")
            }
            Markup::None => (BlockKind::Paragraph, 0, "paragraph"),
        };
        let index = doc.blocks.len() as u32;
        match kind {
            BlockKind::Title => doc.title = Some(index),
            BlockKind::Byline => {
                let name = byline_name(s)
                    .map(|(a, b)| ByteSpan::new(block.span.start + a, block.span.start + b));
                doc.byline = name.map(|name| (index, name));
            }
            BlockKind::Bio => doc.bio = Some(index),
            _ => {}
        }
        doc.blocks.push(Block {
            kind,
            span: block.span,
            level,
            rule,
        });
    }
    retitle_before_byline(text, &raw, &mut doc);
    doc
}

/// A page pasted whole opens with its furniture ("Skip to main content"),
/// so the first line is not its title: the headline is the line right
/// before the byline. When that line reads as a headline and is not the
/// title yet, it becomes the title and the first line a paragraph.
fn retitle_before_byline(text: &str, raw: &[RawBlock], doc: &mut Document) {
    let Some((byline, _)) = doc.byline else {
        return;
    };
    let Some(before) = (byline as usize).checked_sub(1) else {
        return;
    };
    if doc.title == Some(before as u32) {
        return;
    }
    let Some(block) = raw.get(before) else { return };
    let plain_line = block.markup == Markup::None && block.lines == 1;
    let is_paragraph = doc
        .blocks
        .get(before)
        .is_some_and(|b| b.kind == BlockKind::Paragraph || b.kind == BlockKind::Heading);
    if !plain_line || !is_paragraph || !is_headline(block.span.of(text)) {
        return;
    }
    if let Some(old) = doc.title.and_then(|t| doc.blocks.get_mut(t as usize)) {
        old.kind = BlockKind::Paragraph;
        old.level = 0;
        old.rule = "paragraph";
    }
    let b = &mut doc.blocks[before];
    b.kind = BlockKind::Title;
    b.level = 1;
    b.rule = "line-before-byline";
    doc.title = Some(before as u32);
}

/// The number of words in `s`, counted up to `cap + 1`: every question
/// asked here is "at most n" or "at least n", and paragraphs are long.
fn words(s: &str, cap: usize) -> usize {
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    // Bytes, not chars: a char iterator costs several calls a character in
    // the size-optimised wasm, and this runs on every block.
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b < 0x80 {
            (b.is_ascii_whitespace(), 1)
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (is_space(c), c.len_utf8()),
                None => break,
            }
        };
        if !space && !in_word {
            count += 1;
            if count > cap {
                break;
            }
        }
        in_word = !space;
        i += len;
    }
    count
}

/// A block that reads as running prose: ends like a sentence, more than a few words.
fn is_prose(s: &str) -> bool {
    ends_sentence(s) && words(s, 4) >= 4
}

fn starts_with_capital_or_digit(s: &str) -> bool {
    s.trim_start_matches(is_opener)
        .chars()
        .next()
        .is_some_and(|c| is_upper(c) || c.is_ascii_digit())
}

fn last_char(s: &str) -> Option<char> {
    s.trim_end_matches(is_closer).chars().next_back()
}

fn is_headline(s: &str) -> bool {
    let ends_plainly = !ends_sentence(s) || matches!(last_char(s), Some('?' | '!'));
    ends_plainly && !s.ends_with(',') && words(s, 30) <= 30 && starts_with_capital_or_digit(s)
}

fn is_heading_line(s: &str) -> bool {
    !ends_sentence(s)
        && !matches!(last_char(s), Some(',' | '-' | '\u{2013}' | '\u{2014}'))
        && words(s, 12) <= 12
        && s.chars().count() <= 100
        && starts_with_capital_or_digit(s)
}

/// Markdown emphasis around a whole line ("*By Jane Roe*", "__About the
/// author__"): the line inside it, and the byte offset where that starts.
fn unemphasised(s: &str) -> (usize, &str) {
    let marker = |c: char| c == '*' || c == '_';
    let inner = s.trim_start_matches(marker);
    let lead = s.len() - inner.len();
    if lead == 0 || lead > 3 {
        return (0, s);
    }
    (lead, inner.trim_end_matches(marker))
}

/// The byte range of the name in "By Name[, Role]", relative to `s`
/// (emphasis markers around the line are not part of it).
fn byline_name(s: &str) -> Option<(usize, usize)> {
    let (lead, s) = unemphasised(s);
    let lower = s.get(..11).unwrap_or(s).to_ascii_lowercase();
    let prefix = ["written by ", "by "]
        .into_iter()
        .find(|p| lower.starts_with(p))?
        .len();
    let rest = &s[prefix..];
    if words(s, 12) > 12 || !rest.starts_with(is_upper) {
        return None;
    }
    let name_len = rest
        .find([',', '|', '\u{2014}', '\u{2013}', '('])
        .unwrap_or(rest.len());
    let name = trim_space_end(&rest[..name_len]);
    Some((lead + prefix, lead + prefix + name.len()))
}

fn is_dateline(s: &str) -> bool {
    if words(s, 8) > 8 || ends_sentence(s) && !s.ends_with('.') {
        return false;
    }
    let lower = crate::text::case::lower_str(s);
    let names_date = lower
        .split(|c: char| !is_letter(c))
        .any(|w| MONTHS_AND_DAYS.contains(&w) || MONTH_ABBREVIATIONS.contains(&w));
    names_date && s.chars().any(|c| c.is_ascii_digit())
}

/// The last block is an author bio when the byline's author opens it
/// ("Gem Musings is a …") or it says so ("About the author").
fn is_bio(text: &str, span: ByteSpan, doc: &Document) -> bool {
    let (_, s) = unemphasised(span.of(text));
    let lower_start = s.get(..16).unwrap_or("").to_ascii_lowercase();
    if lower_start.starts_with("about the author") || lower_start.starts_with("the author ") {
        return true;
    }
    let Some((_, name)) = doc.byline else {
        return false;
    };
    let name = name.of(text);
    let surname = name.split(is_space).next_back().unwrap_or(name);
    [name, surname].into_iter().any(|n| {
        n.len() >= 2
            && s.starts_with(n)
            && s[n.len()..].starts_with(|c: char| is_space(c) || c == ',')
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::blocks;

    fn kinds(text: &str) -> Vec<BlockKind> {
        classify(text, blocks::split(text))
            .blocks
            .iter()
            .map(|b| b.kind)
            .collect()
    }

    #[test]
    fn essay_shape() {
        use BlockKind::*;
        let t = "A Headline About Things\nBy Jane Roe\nFirst paragraph is here.\nA Section\nMore text follows here.\nJane Roe is a writer.";
        assert_eq!(
            kinds(t),
            [Title, Byline, Paragraph, Heading, Paragraph, Bio]
        );
    }

    /// A short standfirst under the headline may come before the byline
    /// and dateline; a second paragraph of prose ends the top.
    #[test]
    fn a_byline_after_a_standfirst() {
        use BlockKind::*;
        let t = "A Headline About Things\n\nPowell wants patience. Yellen wants relief.\n\n\
                 By Jane Roe\n\nUpdated Jan. 12, 2024\n\nFirst paragraph is here, and long.\n\n\
                 Jane Roe is a writer.\n";
        assert_eq!(
            kinds(t),
            [Title, Paragraph, Byline, Dateline, Paragraph, Bio]
        );
        let t = "A Headline About Things\n\nPowell wants patience. Yellen wants relief.\n\n\
                 A second paragraph of prose is here.\n\nBy Jane Roe\n\nMore text follows.\n";
        assert!(!kinds(t).contains(&Byline));
    }

    #[test]
    fn a_byline_and_bio_in_markdown_emphasis() {
        use BlockKind::*;
        let t = "# A Headline About Things\n\n*By Jane Roe*\n\nFirst paragraph is here, and long.\n\n## A Section\n\nMore text follows here.\n\n_Jane Roe is a writer._\n";
        let doc = classify(t, blocks::split(t));
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [Title, Byline, Paragraph, Heading, Paragraph, Bio]);
        let (_, name) = doc.byline.unwrap();
        assert_eq!(name.of(t), "Jane Roe");
    }

    #[test]
    fn a_web_page_pasted_whole() {
        use BlockKind::*;
        let t = "Skip to main content\nOpinion | Politics\nShare\n\nThe Senator and the Governor Agree\n\nBy Dana Reyes\nNov. 12, 2026\n5 min read\n\nAdvertisement\n\nSenator Maria Cantwell spoke first, and at length.\n\nAdvertisement\n\nYet on trade they sound alike, both of them.\n\nDana Reyes is a columnist.\n";
        let doc = classify(t, blocks::split(t));
        let found: Vec<(BlockKind, &str)> = doc.blocks.iter().map(|b| (b.kind, b.rule)).collect();
        let furniture = (Paragraph, "web-furniture");
        assert_eq!(
            found,
            [
                furniture,
                furniture,
                furniture,
                (Title, "first-line-headline"),
                (Byline, "by-name"),
                (Dateline, "date-line"),
                furniture,
                furniture,
                (Paragraph, "paragraph"),
                furniture,
                (Paragraph, "paragraph"),
                (Bio, "author-opens-last-paragraph"),
            ]
        );
        // Without a byline, the first line that is not furniture is the title.
        let t = "Skip to main content\nThe Senator and the Governor Agree\nSenator Maria Cantwell spoke first, and at length.\n";
        assert_eq!(kinds(t)[1], Title);
        // Furniture not listed above the headline: the line before the
        // byline is the title.
        let t = "Opinion\nThe Senator and the Governor Agree\nBy Dana Reyes\nSenator Maria Cantwell spoke first, and at length.\n";
        let doc = classify(t, blocks::split(t));
        assert_eq!(doc.blocks[1].kind, Title);
        assert_eq!(doc.blocks[1].rule, "line-before-byline");
        assert_eq!(doc.blocks[0].kind, Paragraph);
    }

    #[test]
    fn no_prose_no_headings() {
        assert!(kinds("features\ncontact manager\nevents, activities")
            .iter()
            .all(|k| *k == BlockKind::Paragraph));
    }

    #[test]
    fn dateline() {
        assert_eq!(
            kinds("Big News Today\nFriday, January 4, 2019\nSomething happened in the city.")[1],
            BlockKind::Dateline
        );
    }

    #[test]
    fn byline_name_stops_at_role() {
        let s = "By Jane Doe, Staff Writer";
        let (a, b) = byline_name(s).unwrap();
        assert_eq!(&s[a..b], "Jane Doe");
    }
}
