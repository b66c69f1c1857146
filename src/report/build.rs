//! Document (byte spans) → report (UTF-16 spans), in one pass per list.

use super::{
    ActorReport, BlockReport, BylineReport, ClauseReport, DocumentReport, EntityReport,
    MentionCounts, MentionReport, Report, SentenceReport, Stages, TermReport, TokenColumns,
    SCHEMA_VERSION,
};
use crate::actors::MentionKind;
use crate::document::SmolStr;
use crate::text::Utf16Index;
use crate::Options;

pub fn build(text: &str, stages: &Stages, options: &Options) -> Report {
    let (doc, actors) = (stages.doc, stages.actors);
    let ix = Utf16Index::new(text);
    // Each actor's id made once, for both parts of the report: a long
    // text's clauses and statements name it thousands of times, and a
    // clone of a `SmolStr` is a copy or a count, not an allocation.
    let ids: Vec<SmolStr> = actors.actors.iter().map(|a| a.id.as_str().into()).collect();
    let part = super::build_themes::build(&ix, stages, &ids);
    let id = |a: u32| ids.get(a as usize).cloned().unwrap_or_else(|| "".into());
    let block_span = |b: Option<u32>| {
        b.and_then(|b| doc.blocks.get(b as usize))
            .map(|b| ix.span(b.span))
    };
    let blocks = doc
        .blocks
        .iter()
        .map(|b| {
            let span = ix.span(b.span);
            BlockReport {
                kind: b.kind,
                start: span.start,
                end: span.end,
                level: b.level,
                rule: b.rule,
            }
        })
        .collect();
    let sentences = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let span = ix.span(s.span);
            let attributed = actors.clauses.get(n);
            let clauses = s
                .clauses
                .iter()
                .enumerate()
                .map(|(k, c)| {
                    let span = ix.span(c.span);
                    let who = attributed.and_then(|a| a.get(k));
                    ClauseReport {
                        start: span.start,
                        end: span.end,
                        marker: c.marker.map(|m| ix.span(m)),
                        rule: c.rule,
                        actors: who
                            .map(|w| w.actors.iter().map(|&a| id(a)).collect())
                            .unwrap_or_default(),
                        subject: who.and_then(|w| w.subject).map(id),
                    }
                })
                .collect();
            let token_range = if options.tokens { s.tokens } else { [0, 0] };
            SentenceReport {
                start: span.start,
                end: span.end,
                block: s.block,
                rule: s.rule,
                clauses,
                token_range,
            }
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
            let span = cursor.span(t.span());
            tokens.start.push(span.start);
            tokens.end.push(span.end);
            tokens.term.push(t.term);
        }
        terms = doc
            .terms
            .iter()
            .map(|t| TermReport {
                kind: t.kind,
                lower: t.lower.clone(),
                stem: t.stem.clone(),
            })
            .collect();
    }
    let byline = doc.byline.and_then(|(b, name)| {
        let span = block_span(Some(b))?;
        Some(BylineReport {
            start: span.start,
            end: span.end,
            name: ix.span(name),
        })
    });
    let actor_reports = actors
        .actors
        .iter()
        .map(|a| {
            let mut counts = MentionCounts::default();
            let mentions = a
                .mentions
                .iter()
                .map(|m| {
                    match m.kind {
                        MentionKind::Name => counts.name += 1,
                        MentionKind::Alias => counts.alias += 1,
                        MentionKind::Pronoun => counts.pronoun += 1,
                        MentionKind::Reference => counts.reference += 1,
                    }
                    let span = ix.span(m.span);
                    MentionReport {
                        start: span.start,
                        end: span.end,
                        kind: m.kind,
                        rule: m.rule,
                        sentence: m.sentence,
                        clause: m.clause,
                    }
                })
                .collect();
            ActorReport {
                id: a.id.clone(),
                name: a.name.clone(),
                aliases: a.aliases.clone(),
                kind: "person",
                gender: a.gender,
                salience: a.salience,
                counts,
                evidence: a.evidence.clone(),
                mentions,
            }
        })
        .collect();
    let entities = actors
        .entities
        .iter()
        .map(|e| EntityReport {
            name: e.name.clone(),
            kind: e.kind,
            mentions: e.mentions.iter().map(|&m| ix.span(m)).collect(),
        })
        .collect();
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
        actors: actor_reports,
        compared: actors.compared.iter().map(|&a| id(a).to_string()).collect(),
        entities,
        warnings: actors.warnings.clone(),
        themes: part.themes,
        sentences: part.sentences,
        theme_flow: part.flow,
        statements: part.statements,
        tone: part.tone,
        divergence_index: part.divergence_index,
        dictionary: part.dictionary,
    }
}
