//! Lines → blocks: where one block of text ends and the next begins.
//!
//! Texts arrive in three shapes: one paragraph per line (pasted from the
//! web, our corpus), paragraphs separated by blank lines (Markdown, e-mail),
//! and hard-wrapped paragraphs (plain-text books, PDF copies). A line break
//! is a *soft wrap* (the block goes on) when
//! - the text is hard-wrapped and the line is not the short last line of a
//!   paragraph, or
//! - the line before does not end a sentence, the next line goes on in lower
//!   case, and the group of lines it sits in reads as prose: its last line
//!   ends with sentence punctuation. In a group where no line does (a menu,
//!   a list of features), every line stands alone.
//!
//! Markdown headings (`#`, setext underlines) and list items (`-`, `*`, `+`,
//! bullets, `1.`, `1)`) always start a block; thematic breaks (`---`) end
//! one like a blank line.

use crate::text::chars::{
    is_bullet, is_closer, is_line_final_punct, is_lower, is_opener, is_space, trim_space,
    trim_space_end, trim_space_start,
};
use crate::text::scan;
use crate::text::ByteSpan;

/// What Markdown (or typography) says about a block before any guessing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    None,
    /// `#`..`######` or a setext underline; the level.
    Heading(u8),
    /// A line starting with a bullet or a list number.
    ListItem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawBlock {
    /// The content, trimmed; heading markers left out, list markers kept.
    pub span: ByteSpan,
    pub markup: Markup,
    /// How many lines were joined into the block.
    pub lines: u32,
}

#[derive(Debug, Clone, Copy)]
struct Line {
    /// Content without surrounding white space; empty for a blank line.
    content: ByteSpan,
    /// Whether the raw line starts with white space (list continuation).
    indented: bool,
    chars: usize,
}

/// Cuts `text` into blocks, in order, none empty, none overlapping.
pub fn split(text: &str) -> Vec<RawBlock> {
    let lines = lines(text);
    let hard_wrap_width = hard_wrap_width(text, &lines);
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut group_start = 0;
    while group_start < lines.len() {
        // A group: consecutive non-blank lines, not a thematic break.
        if is_separator(text, &lines[group_start]) {
            group_start += 1;
            continue;
        }
        let mut group_end = group_start;
        while group_end < lines.len() && !is_separator(text, &lines[group_end]) {
            group_end += 1;
        }
        split_group(
            text,
            &lines[group_start..group_end],
            hard_wrap_width,
            &mut blocks,
        );
        group_start = group_end;
    }
    blocks
}

fn split_group(text: &str, group: &[Line], hard_wrap: Option<usize>, out: &mut Vec<RawBlock>) {
    let prose = group
        .last()
        .is_some_and(|l| ends_sentence(l.content.of(text)));
    let mut current: Option<RawBlock> = None;
    for (i, line) in group.iter().enumerate() {
        let content = line.content.of(text);
        if let Some(level) = setext_level(content) {
            // An underline turns the one-line block above it into a heading.
            if let Some(block) = current
                .as_mut()
                .filter(|b| b.lines == 1 && b.markup == Markup::None)
            {
                block.markup = Markup::Heading(level);
                continue;
            }
        }
        let (markup, span) = markup(text, line.content);
        let joins = match (&current, markup) {
            (Some(block), Markup::None) => match block.markup {
                Markup::Heading(_) => false,
                Markup::ListItem => line.indented,
                Markup::None => {
                    let before = group[i - 1];
                    is_soft_wrap(text, before, *line, prose, hard_wrap)
                }
            },
            _ => false,
        };
        if joins {
            if let Some(block) = current.as_mut() {
                block.span.end = span.end;
                block.lines += 1;
            }
        } else {
            out.extend(current.take());
            current = Some(RawBlock {
                span,
                markup,
                lines: 1,
            });
        }
    }
    out.extend(current);
}

fn is_soft_wrap(
    text: &str,
    before: Line,
    line: Line,
    prose: bool,
    hard_wrap: Option<usize>,
) -> bool {
    let before_text = before.content.of(text);
    if let Some(width) = hard_wrap {
        // The short last line of a paragraph that ends a sentence ends it.
        return !(before.chars * 10 < width * 6 && ends_sentence(before_text));
    }
    prose && !ends_sentence(before_text) && starts_in_lower_case(line.content.of(text))
}

/// The width a hard-wrapped text is wrapped at, if it is one: most lines
/// that are followed by another line in the same paragraph are nearly as
/// long as the longest, and the longest is a typical wrap width.
fn hard_wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let width = lines.iter().map(|l| l.chars).max()?;
    if !(40..=100).contains(&width) {
        return None;
    }
    let followed: Vec<&Line> = lines
        .windows(2)
        .filter(|w| !w[0].content.is_empty() && !w[1].content.is_empty())
        .map(|w| &w[0])
        .filter(|l| markup(text, l.content).0 == Markup::None)
        .collect();
    let full = followed
        .iter()
        .filter(|l| l.chars * 10 >= width * 7)
        .count();
    (followed.len() >= 3 && full * 10 >= followed.len() * 8).then_some(width)
}

/// Whether a line's wording ends like a sentence: final punctuation, maybe
/// followed by closing quotes or brackets.
pub fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(is_closer)
        .chars()
        .next_back()
        .is_some_and(is_line_final_punct)
}

fn starts_in_lower_case(line: &str) -> bool {
    line.trim_start_matches(is_opener)
        .chars()
        .next()
        .is_some_and(is_lower)
}

fn is_separator(text: &str, line: &Line) -> bool {
    let content = line.content.of(text);
    content.is_empty() || is_thematic_break(content)
}

/// `---`, `***`, `___` (three or more, spaces allowed).
fn is_thematic_break(content: &str) -> bool {
    let mut marks = content.chars().filter(|c| !is_space(*c));
    let Some(first) = marks.next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_') && marks.clone().count() >= 2 && marks.all(|c| c == first)
}

/// `===` or `---` under a line: a setext heading of level 1 or 2.
fn setext_level(content: &str) -> Option<u8> {
    let first = content.chars().next()?;
    let level = match first {
        '=' => 1,
        '-' => 2,
        _ => return None,
    };
    (content.len() >= 2 && content.chars().all(|c| c == first)).then_some(level)
}

/// Markdown markup of a line and the span of its content.
fn markup(text: &str, content: ByteSpan) -> (Markup, ByteSpan) {
    let s = content.of(text);
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && s[hashes..].starts_with(|c: char| is_space(c)) {
        let inner = s[hashes..].trim_end_matches('#');
        let inner_trimmed = trim_space(inner);
        if !inner_trimmed.is_empty() {
            let offset = content.start + hashes + (inner.len() - trim_space_start(inner).len());
            return (
                Markup::Heading(hashes as u8),
                ByteSpan::new(offset, offset + inner_trimmed.len()),
            );
        }
    }
    if starts_list_item(s) {
        return (Markup::ListItem, content);
    }
    (Markup::None, content)
}

/// "- x", "* x", "+ x", "• x", "1. x", "1) x", "1.) x".
fn starts_list_item(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some('-' | '*' | '+') => chars.next().is_some_and(is_space),
        Some(c) if is_bullet(c) => true,
        Some(c) if c.is_ascii_digit() => {
            let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
            let digits = s.len() - rest.len();
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            let rest = rest.strip_prefix(')').unwrap_or(rest);
            digits <= 3 && rest.len() < s.len() - digits && rest.starts_with(|c: char| is_space(c))
        }
        _ => false,
    }
}

/// Splits at `\n`, `\r\n` and lone `\r`; trims each line.
fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    loop {
        let i = scan::find(
            bytes,
            start,
            |w| scan::equal(w, b'\n') | scan::equal(w, b'\r'),
            |b| b == b'\n' || b == b'\r',
        );
        lines.push(line(text, start, i));
        if i == bytes.len() {
            return lines;
        }
        start = i + if bytes[i..].starts_with(b"\r\n") {
            2
        } else {
            1
        };
    }
}

fn line(text: &str, start: usize, end: usize) -> Line {
    let raw = &text[start..end];
    let trimmed_start = trim_space_start(raw);
    let content = trim_space_end(trimmed_start);
    let offset = start + (raw.len() - trimmed_start.len());
    Line {
        content: ByteSpan::new(offset, offset + content.len()),
        indented: trimmed_start.len() < raw.len(),
        // Only lines up to 100 characters matter to hard-wrap detection;
        // counting the characters of a long paragraph would read it twice.
        chars: if content.len() > 400 {
            content.len()
        } else {
            content.chars().count()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|b| b.span.of(text)).collect()
    }

    #[test]
    fn one_paragraph_per_line() {
        assert_eq!(
            texts("Title\nFirst para.\nSecond para."),
            ["Title", "First para.", "Second para."]
        );
    }

    #[test]
    fn soft_wrap_in_prose_joins() {
        assert_eq!(
            texts("It was a cold \nnight in the city."),
            ["It was a cold \nnight in the city."]
        );
    }

    #[test]
    fn lines_without_sentences_stay_apart() {
        assert_eq!(
            texts("features\ncontact manager\nevents, activities\n"),
            ["features", "contact manager", "events, activities"]
        );
    }

    #[test]
    fn markdown_headings_and_lists() {
        let t = "# Title\n\nSome text here.\n\n## Part\n- one\n- two\n  goes on\n";
        let b = split(t);
        assert_eq!(b[0].markup, Markup::Heading(1));
        assert_eq!(b[0].span.of(t), "Title");
        assert_eq!(b[2].markup, Markup::Heading(2));
        assert_eq!(b[3].markup, Markup::ListItem);
        assert_eq!(b[4].span.of(t), "- two\n  goes on");
    }

    #[test]
    fn setext_and_breaks() {
        let t = "Heading\n=======\nText.\n\n---\n\nMore.";
        let b = split(t);
        assert_eq!(b[0].markup, Markup::Heading(1));
        assert_eq!(texts(t), ["Heading", "Text.", "More."]);
    }

    #[test]
    fn crlf_and_lone_cr() {
        assert_eq!(texts("One.\r\nTwo.\rThree."), ["One.", "Two.", "Three."]);
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let line = "word ".repeat(14);
        let para = format!("{l}\n{l}\n{l}\nend.", l = line.trim());
        let t = format!("{para}\n\n{para}");
        assert_eq!(split(&t).len(), 2);
    }
}
