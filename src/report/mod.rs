//! The report: what `analyze` returns, as plain serde data.
//!
//! camelCase JSON, UTF-16 spans (`text.slice(start, end)` in JavaScript),
//! `u32` offsets, a `schemaVersion`. The JSON Schema of this tree lives beside
//! it in `report/schema.json`; `tests/schema.rs` checks real output against it.
//! Later stages (actors, themes, positions, divergence) add fields here; the
//! names already given are a contract other tools read.

mod build;

pub use build::build;

use std::sync::Arc;

use serde::Serialize;

pub use crate::document::{BlockKind, TokenKind};
use crate::text::Span;

/// Bumped whenever a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub schema_version: u32,
    /// Length of the input in UTF-16 code units.
    pub text_length: u32,
    pub document: DocumentReport,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentReport {
    /// The headline, when the first line reads as one.
    pub title: Option<Span>,
    pub byline: Option<BylineReport>,
    /// A closing note about the author ("Gem Musings is a …").
    pub bio: Option<Span>,
    /// Every block of the text in order: title, byline, dateline, headings,
    /// paragraphs, list items, bio.
    pub blocks: Vec<BlockReport>,
    pub sentences: Vec<SentenceReport>,
    /// Columns, not objects: a book has millions of tokens and columns cross
    /// to JavaScript (and JSON) several times faster than objects.
    pub tokens: TokenColumns,
    /// The distinct token forms; `tokens.term[i]` indexes this list.
    pub terms: Vec<TermReport>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BylineReport {
    pub start: u32,
    pub end: u32,
    /// The author's name inside the byline, without "By".
    pub name: Span,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockReport {
    pub kind: BlockKind,
    pub start: u32,
    pub end: u32,
    /// Heading level (1 for a title, 2 for a section heading, or the number
    /// of `#` in Markdown); 0 for blocks that are not headings.
    pub level: u8,
    /// Why the block got its kind; see `rules` in the crate docs.
    pub rule: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceReport {
    pub start: u32,
    pub end: u32,
    /// Index into `blocks`.
    pub block: u32,
    /// What ended the sentence.
    pub rule: &'static str,
    /// At least one clause; more when the sentence contrasts two sides.
    pub clauses: Vec<ClauseReport>,
    /// `[first, end)` indexes into the token columns.
    pub token_range: [u32; 2],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClauseReport {
    pub start: u32,
    pub end: u32,
    /// The contrast marker that opens or separates this clause, if any.
    pub marker: Option<Span>,
    pub rule: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenColumns {
    pub start: Vec<u32>,
    pub end: Vec<u32>,
    pub term: Vec<u32>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TermReport {
    pub kind: TokenKind,
    /// Lower-cased, with curly apostrophes made straight.
    pub lower: Arc<str>,
    /// Snowball (Porter2) English stem of `lower`; equal to `lower` for
    /// numbers, punctuation and symbols.
    pub stem: Arc<str>,
}
