//! Themes, positions, divergence and tone (byte spans, indexes) → the
//! report's theme part (UTF-16 spans, ids).

use crate::document::SmolStr;
use std::cell::OnceCell;
use std::collections::BTreeMap;

use super::themes::{
    round, CueReport, DictionaryReport, EvidenceReport, FlowReport, MatchReport, PairReport,
    PositionReport, SentenceThemeReport, SentenceThemesReport, StatementReport, ThemeReport,
    ThemeScoreReport,
};
use super::Stages;
use crate::text::{ByteSpan, Span, Utf16Index};
use crate::themes::CueKind;

pub struct ThemePart {
    pub themes: Vec<ThemeReport>,
    pub sentences: Vec<SentenceThemesReport>,
    pub flow: Vec<FlowReport>,
    pub statements: Vec<StatementReport>,
    pub tone: BTreeMap<String, f64>,
    pub divergence_index: Option<f64>,
    pub dictionary: DictionaryReport,
}

/// `actor_ids`: each actor's id, made once per report by the caller.
pub fn build(ix: &Utf16Index, st: &Stages, actor_ids: &[SmolStr]) -> ThemePart {
    let (doc, dict) = (st.doc, st.dict);
    // Each theme id, pole label and entry made once per report, then shared.
    let theme_ids: Vec<SmolStr> = dict.themes.iter().map(|t| t.id.as_str().into()).collect();
    let pole_labels: Vec<Option<[SmolStr; 2]>> = dict
        .themes
        .iter()
        .map(|t| {
            t.poles
                .as_ref()
                .map(|[a, b]| [a.as_str().into(), b.as_str().into()])
        })
        .collect();
    // A cue spells its entry out on demand (the dictionary keeps coded
    // words): once per cue the report names, not once per match.
    let entries: Vec<OnceCell<SmolStr>> = (0..dict.cues.len()).map(|_| OnceCell::new()).collect();
    let entry = |cue: u32| -> SmolStr {
        match (entries.get(cue as usize), dict.cues.get(cue as usize)) {
            (Some(cell), Some(c)) => cell.get_or_init(|| c.term().into()).clone(),
            _ => SmolStr::default(),
        }
    };
    let actor_id = |a: u32| actor_ids.get(a as usize).cloned().unwrap_or_default();
    let theme_id = |t: u16| theme_ids.get(t as usize).cloned().unwrap_or_default();
    let token_span = |first: u32, end: u32| {
        let a = doc.tokens.get(first as usize).map_or(0, |t| t.span().start);
        let b = end
            .checked_sub(1)
            .and_then(|e| doc.tokens.get(e as usize))
            .map_or(a, |t| t.span().end);
        ix.span(ByteSpan {
            start: a,
            end: b.max(a),
        })
    };
    let stances = &st.positions.stances;
    let themes = st
        .divergence
        .themes
        .iter()
        .map(|td| {
            let t = td.theme as usize;
            let def = &dict.themes[t];
            let positions = st
                .positions
                .positions
                .iter()
                .filter(|p| p.theme == td.theme)
                .map(|p| {
                    let evidence = p
                        .evidence
                        .iter()
                        .filter_map(|&i| stances.get(i as usize))
                        .map(|s| {
                            let span = ix.span(s.clause_span);
                            EvidenceReport {
                                start: span.start,
                                end: span.end,
                                sentence: s.sentence,
                                value: s.pole * s.agreement,
                            }
                        })
                        .collect();
                    (
                        actor_id(p.actor).to_string(),
                        PositionReport {
                            value: round(p.value),
                            confidence: round(p.confidence),
                            evidence,
                        },
                    )
                });
            let positions = id_map(positions);
            let strongest = |a: u32| -> Span {
                st.positions
                    .get(a, td.theme)
                    .and_then(|p| p.evidence.first())
                    .and_then(|&i| stances.get(i as usize))
                    .map(|s| ix.span(s.clause_span))
                    .unwrap_or(Span { start: 0, end: 0 })
            };
            ThemeReport {
                id: def.id.clone(),
                label: def.label.clone(),
                color: def.color.clone(),
                cap: def.cap.clone(),
                poles: def.poles.clone(),
                salience: round(st.themes.salience.get(t).copied().unwrap_or(0.0)),
                sentences: st.themes.sentence_counts.get(t).copied().unwrap_or(0),
                status: td.status,
                divergence: td.divergence.map(round),
                positions,
                pairs: td
                    .pairs
                    .iter()
                    .map(|p| PairReport {
                        actors: [
                            actor_id(p.actors[0]).to_string(),
                            actor_id(p.actors[1]).to_string(),
                        ],
                        divergence: round(p.divergence),
                        status: p.status,
                        evidence: [strongest(p.actors[0]), strongest(p.actors[1])],
                    })
                    .collect(),
            }
        })
        .collect();
    let sentences = doc
        .sentences
        .iter()
        .zip(&st.themes.sentences)
        .enumerate()
        .map(|(i, (s, found))| {
            let span = ix.span(s.span);
            let mut by_theme: Vec<SentenceThemeReport> = found
                .scores
                .iter()
                .map(|&(t, score)| SentenceThemeReport {
                    id: theme_id(t),
                    score: round(score),
                    matches: Vec::new(),
                })
                .collect();
            let mut cues = Vec::new();
            for m in &found.matches {
                let Some(cue) = dict.cues.get(m.cue as usize) else {
                    continue;
                };
                let span = token_span(m.first, m.end);
                let kind = match cue.kind {
                    CueKind::Theme { theme, pole, .. } => {
                        let id = theme_id(theme);
                        if let Some(r) = by_theme.iter_mut().find(|r| r.id == id) {
                            r.matches.push(MatchReport {
                                start: span.start,
                                end: span.end,
                                entry: entry(m.cue),
                                pole,
                            });
                        }
                        continue;
                    }
                    CueKind::Attitude(a) if a < 0 => "against",
                    CueKind::Attitude(_) => "for",
                    CueKind::Negation => "negation",
                    CueKind::Hedge => "hedge",
                    CueKind::Shared => "shared",
                };
                cues.push(CueReport {
                    start: span.start,
                    end: span.end,
                    kind,
                    entry: entry(m.cue),
                });
            }
            SentenceThemesReport {
                start: span.start,
                end: span.end,
                leading: found.leading().map(theme_id),
                themes: std::mem::take(&mut by_theme),
                clauses: if found.clauses.len() < 2 {
                    Vec::new()
                } else {
                    found
                        .clauses
                        .iter()
                        .map(|c| {
                            c.iter()
                                .map(|&(t, score)| ThemeScoreReport {
                                    id: theme_id(t),
                                    score: round(score),
                                })
                                .collect()
                        })
                        .collect()
                },
                cues,
                tone: round(st.sentence_tone.get(i).copied().unwrap_or(0.0)),
            }
        })
        .collect();
    let flow = st
        .themes
        .flow
        .iter()
        .filter_map(|(b, scores)| {
            let block = doc.blocks.get(*b as usize)?;
            let span = ix.span(block.span);
            Some(FlowReport {
                block: *b,
                start: span.start,
                end: span.end,
                scores: id_map(
                    scores
                        .iter()
                        .enumerate()
                        .filter(|(_, &s)| s > 0.0)
                        .map(|(t, &s)| (theme_id(t as u16).to_string(), round(s))),
                ),
            })
        })
        .collect();
    let statements = stances
        .iter()
        .map(|s| {
            let span = ix.span(s.clause_span);
            let cue_term = |m: &crate::themes::Match| entry(m.cue);
            StatementReport {
                actor: actor_id(s.actor),
                theme: theme_id(s.theme),
                pole: pole_labels
                    .get(s.theme as usize)
                    .and_then(Option::as_ref)
                    .map(|p| p[if s.pole < 0 { 0 } else { 1 }].clone())
                    .unwrap_or_default(),
                agreement: s.agreement,
                sentence: s.sentence,
                start: span.start,
                end: span.end,
                term: cue_term(&s.term),
                // The attitude word's entry, else the word of a naming
                // predicate ("called tariffs a mistake": "mistake").
                attitude: s.attitude.as_ref().map(cue_term).or_else(|| {
                    s.predicate
                        .and_then(|i| doc.term_at(i))
                        .map(|t| t.lower.clone())
                }),
                negated: s.negated,
                rule: s.holder_rule,
                weight: round(s.weight),
            }
        })
        .collect();
    let tone = id_map(
        st.actor_tone
            .iter()
            .enumerate()
            .filter_map(|(a, t)| Some((actor_id(a as u32).to_string(), round((*t)?)))),
    );
    ThemePart {
        themes,
        sentences,
        flow,
        statements,
        tone,
        divergence_index: st.divergence.index.map(round),
        dictionary: DictionaryReport {
            name: dict.name.clone(),
            version: dict.version.clone(),
            hash: dict.hash.clone(),
        },
    }
}

/// A map of the report by id, entry by entry: `collect` would sort the
/// entries first, with a stable sort the wasm then holds once for each
/// value type (~9 KB with the bulk builder), for maps of a few entries.
/// The same map either way: a later entry with the same id replaces an
/// earlier one.
fn id_map<V>(entries: impl Iterator<Item = (String, V)>) -> BTreeMap<String, V> {
    let mut map = BTreeMap::new();
    for (id, value) in entries {
        map.insert(id, value);
    }
    map
}
