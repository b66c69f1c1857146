//! The report's theme part: themes ranked by divergence with each actor's
//! position, per-sentence theme scores and cues, the theme flow, tone, and
//! the statements table. Names are the contract of the themes issue.
//!
//! Ids, entries and pole labels that repeat in every sentence are
//! `SmolStr`: the same theme id or dictionary entry is written thousands
//! of times in a long text's report. A clone of one up to 23 bytes (nearly
//! every id and entry) is a copy of three words; a longer one is shared
//! and counted. Never an allocation per use (JSON is the same).

use crate::document::SmolStr;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::divergence::Status;
use crate::text::Span;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ThemeReport {
    pub id: String,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// The CAP major topics (or subtopics) the theme stands for.
    pub cap: Vec<u16>,
    /// Labels of pole −1 and pole +1; null: salience only.
    pub poles: Option<[String; 2]>,
    /// Share of all theme scores in the text, 0..1.
    pub salience: f64,
    /// Sentences whose score for the theme reaches the threshold.
    pub sentences: u32,
    pub status: Status,
    /// 0 (together) .. 1 (opposite poles); null without two positions.
    pub divergence: Option<f64>,
    /// Actor id → position, for every actor with one (compared or not).
    pub positions: BTreeMap<String, PositionReport>,
    /// Every pair of compared actors that both have a position.
    pub pairs: Vec<PairReport>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PositionReport {
    /// −1 (first pole) .. 1 (second pole).
    pub value: f64,
    /// 0..1: grows with the weight of evidence.
    pub confidence: f64,
    /// The clauses that show it, strongest first.
    pub evidence: Vec<EvidenceReport>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceReport {
    pub start: u32,
    pub end: u32,
    pub sentence: u32,
    /// −1 or 1: where this clause puts the actor.
    pub value: i8,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PairReport {
    pub actors: [String; 2],
    pub divergence: f64,
    pub status: Status,
    /// The strongest evidence clause of each actor, in `actors` order.
    pub evidence: [Span; 2],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceThemesReport {
    pub start: u32,
    pub end: u32,
    /// Themes with an entry here, highest score first.
    pub themes: Vec<SentenceThemeReport>,
    /// The leading theme when its score reaches the threshold (left out
    /// when none: most sentences of a long text have none, and every byte
    /// of the report crosses into JavaScript).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leading: Option<SmolStr>,
    /// Per clause (as in `document.sentences[i].clauses`): theme scores;
    /// left out for a sentence of one clause, whose scores are `themes`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<Vec<ThemeScoreReport>>,
    /// Attitude words, negations, hedges and shared-stance words found
    /// (left out when none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<CueReport>,
    /// The sentence's valence, −1..1.
    pub tone: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceThemeReport {
    pub id: SmolStr,
    pub score: f64,
    pub matches: Vec<MatchReport>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ThemeScoreReport {
    pub id: SmolStr,
    pub score: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchReport {
    pub start: u32,
    pub end: u32,
    /// The dictionary entry as written ("clean energy", "tariff*").
    pub entry: SmolStr,
    /// The entry's pole (−1, 0, 1).
    pub pole: i8,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CueReport {
    pub start: u32,
    pub end: u32,
    /// "against", "for", "negation", "hedge" or "shared".
    pub kind: &'static str,
    pub entry: SmolStr,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FlowReport {
    /// Index into `document.blocks`.
    pub block: u32,
    pub start: u32,
    pub end: u32,
    /// Theme id → its score in the block (themes with none left out).
    pub scores: BTreeMap<String, f64>,
}

/// One row of the statements table: an actor's stance on a theme in one
/// clause, as discourse-network tools code them.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatementReport {
    pub actor: SmolStr,
    pub theme: SmolStr,
    /// The label of the pole the clause's term belongs to.
    pub pole: SmolStr,
    /// +1: the actor stands for that pole; −1: against it.
    pub agreement: i8,
    pub sentence: u32,
    /// The clause.
    pub start: u32,
    pub end: u32,
    /// The pole term and the attitude word that set the agreement.
    pub term: SmolStr,
    pub attitude: Option<SmolStr>,
    pub negated: bool,
    /// Why this actor holds it: "subject", "plural-subject", "shared",
    /// "only-actor", "object-relative", "continued" (after a semicolon).
    pub rule: &'static str,
    pub weight: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DictionaryReport {
    pub name: String,
    pub version: String,
    pub hash: String,
}

/// Three decimals: the report's numbers are read by people, and f32
/// noise ("0.6000000238") says nothing.
pub fn round(x: f32) -> f64 {
    (x as f64 * 1000.0).round() / 1000.0
}
