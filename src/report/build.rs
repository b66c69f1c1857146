//! Document (byte spans) → report (UTF-16 spans), in one pass per list.

use super::{BlockReport, BylineReport, ClauseReport, DocumentReport, Report, SentenceReport, TermReport, TokenColumns, SCHEMA_VERSION};
use crate::document::Document;
use crate::text::Utf16Index;
use crate::Options;

pub fn build(text: &str, doc: &Document, options: &Options) -> Report {
    let ix = Utf16Index::new(text);
    let block_span = |b: Option<u32>| b.and_then(|b| doc.blocks.get(b as usize)).map(|b| ix.span(b.span));
    let blocks = doc
        .blocks
        .iter()
        .map(|b| {
            let span = ix.span(b.span);
            BlockReport { kind: b.kind, start: span.start, end: span.end, level: b.level, rule: b.rule }
        })
        .collect();
    let sentences = doc
        .sentences
        .iter()
        .map(|s| {
            let span = ix.span(s.span);
            let clauses = s
                .clauses
                .iter()
                .map(|c| {
                    let span = ix.span(c.span);
                    ClauseReport { start: span.start, end: span.end, marker: c.marker.map(|m| ix.span(m)), rule: c.rule }
                })
                .collect();
            let token_range = if options.tokens { s.tokens } else { [0, 0] };
            SentenceReport { start: span.start, end: span.end, block: s.block, rule: s.rule, clauses, token_range }
        })
        .collect();
    let mut tokens = TokenColumns::default();
    let mut terms = Vec::new();
    if options.tokens {
        tokens.start.reserve(doc.tokens.len());
        tokens.end.reserve(doc.tokens.len());
        tokens.term.reserve(doc.tokens.len());
        let mut cursor = ix.cursor();
        for t in &doc.tokens {
            let span = cursor.span(t.span);
            tokens.start.push(span.start);
            tokens.end.push(span.end);
            tokens.term.push(t.term);
        }
        terms = doc.terms.iter().map(|t| TermReport { kind: t.kind, lower: t.lower.clone(), stem: t.stem.clone() }).collect();
    }
    let byline = doc.byline.and_then(|(b, name)| {
        let span = block_span(Some(b))?;
        Some(BylineReport { start: span.start, end: span.end, name: ix.span(name) })
    });
    Report {
        schema_version: SCHEMA_VERSION,
        text_length: ix.len_utf16(),
        document: DocumentReport {
            title: block_span(doc.title),
            byline,
            bio: block_span(doc.bio),
            blocks,
            sentences,
            tokens,
            terms,
        },
    }
}
