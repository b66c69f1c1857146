//! The report: what `analyze` returns, as plain serde data.
//!
//! camelCase JSON, UTF-16 spans (`text.slice(start, end)` in JavaScript),
//! `u32` offsets, a `schemaVersion`. The JSON Schema of this tree lives beside
//! it in `report/schema.json`; `tests/schema.rs` checks real output against it.
//! Later stages (actors, themes, positions, divergence) add fields here; the
//! names already given are a contract other tools read.

mod build;
mod build_themes;
pub mod json;
pub mod themes;

pub use build::build;
pub use themes::*;

use std::collections::BTreeMap;

use serde::Serialize;

pub use crate::actors::{EntityKind, Gender, MentionKind, Warning};
use crate::document::SmolStr;
pub use crate::document::{BlockKind, TokenKind};
use crate::text::Span;

/// Every stage's output, for [`build`].
pub struct Stages<'a> {
    pub doc: &'a crate::document::Document,
    pub actors: &'a crate::actors::Actors,
    pub dict: &'a crate::themes::Dictionary,
    pub themes: &'a crate::themes::ThemeScores,
    pub positions: &'a crate::positions::Positions,
    pub divergence: &'a crate::divergence::Divergence,
    pub sentence_tone: &'a [f32],
    pub actor_tone: &'a [Option<f32>],
}

/// Bumped whenever a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub schema_version: u32,
    /// Length of the input in UTF-16 code units.
    pub text_length: u32,
    pub document: DocumentReport,
    /// The people the essay discusses, most salient first. The author
    /// (byline, bio) is never one of them.
    pub actors: Vec<ActorReport>,
    /// Ids of the compared actors: the caller's choice, else the two most
    /// named people.
    pub compared: Vec<String>,
    /// Named things that are not people: organisations, places, peoples.
    pub entities: Vec<EntityReport>,
    /// Options that could not be applied, each with its reason.
    pub warnings: Vec<Warning>,
    /// The dictionary's themes, ranked by divergence (then status and
    /// salience), each with every actor's position.
    pub themes: Vec<ThemeReport>,
    /// Per sentence (as `document.sentences`): theme scores with the words
    /// that triggered them, the cues found, the tone.
    pub sentences: Vec<SentenceThemesReport>,
    /// Per paragraph: the themes discussed there.
    pub theme_flow: Vec<FlowReport>,
    /// Every stance as one row: actor, theme, pole, agreement, clause.
    pub statements: Vec<StatementReport>,
    /// Actor id → the author's tone toward them, −1..1.
    pub tone: BTreeMap<String, f64>,
    /// The salience-weighted mean divergence of the themes that have one.
    pub divergence_index: Option<f64>,
    pub dictionary: DictionaryReport,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActorReport {
    /// A slug of the name, unique in the report: "donald-trump".
    pub id: String,
    /// The fullest name the text uses.
    pub name: String,
    /// Every other form the text uses, as written: "Trump", "Trump’s",
    /// "Trumpism", "the MAGA godfather himself".
    pub aliases: Vec<String>,
    /// Always "person" in this version.
    pub kind: &'static str,
    /// From the text's pronouns first, then titles and given names.
    pub gender: Gender,
    /// Share of all actor mentions that are this actor's, in [0, 1]; a
    /// quotation the actor's name speaks (beside a verb of speech) counts
    /// as one mention per sentence it spans.
    pub salience: f64,
    /// Mentions by kind.
    pub counts: MentionCounts,
    /// Why this is a person: "given-name:Donald", "title:Mr.", "person-noun".
    pub evidence: Vec<String>,
    pub mentions: Vec<MentionReport>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MentionCounts {
    pub name: u32,
    pub alias: u32,
    pub pronoun: u32,
    pub reference: u32,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MentionReport {
    pub start: u32,
    pub end: u32,
    pub kind: MentionKind,
    /// The rule that found or resolved it; see "Actors" in the crate docs.
    pub rule: &'static str,
    /// Index into `document.sentences`.
    pub sentence: u32,
    /// Index into that sentence's `clauses`.
    pub clause: u32,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityReport {
    pub name: String,
    pub kind: EntityKind,
    pub mentions: Vec<Span>,
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
    /// Ids of the actors the clause speaks about, in order of mention.
    pub actors: Vec<SmolStr>,
    /// Id of the actor that is the clause's subject, when it can be told.
    pub subject: Option<SmolStr>,
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
    pub lower: SmolStr,
    /// Snowball (Porter2) English stem of `lower`; equal to `lower` for
    /// numbers, punctuation and symbols.
    pub stem: SmolStr,
}
