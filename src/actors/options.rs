//! The caller's say over actors: which to compare, which to merge or
//! exclude, and extra names (aliases, affiliations) that count for one.
//!
//! Options name actors the way a reader would ("Trump", "Donald Trump",
//! "donald-trump", case-insensitive). An option that cannot apply (an
//! unknown name, a merge of an actor with itself, an empty alias) is
//! skipped with a [`Warning`] that names the option and the reason; it
//! never fails the analysis.

use super::names::tok;
use super::{ActorSet, Draft, Found, MentionKind};
use crate::document::{BlockKind, Document};
use crate::text::case::lower_str;
use crate::text::chars::is_word_char;
use crate::text::ByteSpan;
use crate::Options;

/// An option that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// The option's name as written in JSON: "compare", "merge", …
    pub option: &'static str,
    pub message: String,
}

fn warn(warnings: &mut Vec<Warning>, option: &'static str, message: String) {
    warnings.push(Warning { option, message });
}

/// The draft a name points to: exact canonical name or id first, then any
/// form, then the surname.
fn lookup(name: &str, drafts: &[Draft]) -> Option<usize> {
    let want = lower_str(name.trim());
    if want.is_empty() {
        return None;
    }
    // A draft a merge emptied is no actor any more. (Positions are taken
    // over all drafts: filtering first would shift them.)
    let live = |d: &Draft| !d.members.is_empty() || !d.forms.is_empty();
    let find = |matches: &dyn Fn(&Draft) -> bool| drafts.iter().position(|d| live(d) && matches(d));
    find(&|d| lower_str(&d.name) == want || super::slug(&d.name) == want)
        .or_else(|| find(&|d| d.forms.iter().any(|f| lower_str(f) == want)))
        .or_else(|| find(&|d| lower_str(&d.surname) == want))
}

/// Applies `merge`: every later name of a list joins the first.
pub(super) fn merge(options: &Options, drafts: &mut [Draft], warnings: &mut Vec<Warning>) {
    for list in &options.merge {
        if list.len() < 2 {
            warn(
                warnings,
                "merge",
                format!("a merge needs at least two names, got {}", list.len()),
            );
            continue;
        }
        let Some(into) = lookup(&list[0], drafts) else {
            warn(
                warnings,
                "merge",
                format!("no actor named “{}” in the text", list[0]),
            );
            continue;
        };
        for name in &list[1..] {
            match lookup(name, drafts) {
                None => warn(
                    warnings,
                    "merge",
                    format!("no actor named “{name}” in the text"),
                ),
                Some(from) if from == into => warn(
                    warnings,
                    "merge",
                    format!("“{}” and “{name}” are already one actor", list[0]),
                ),
                Some(from) => {
                    let moved = std::mem::take(&mut drafts[from].members);
                    let forms = std::mem::take(&mut drafts[from].forms);
                    drafts[from].surname.clear();
                    let target = &mut drafts[into];
                    target.members.extend(moved);
                    let mut members: Vec<u32> = target.members.iter().map(|&m| m as u32).collect();
                    super::rank(&mut members, &|m| u64::from(m));
                    target.members = members.into_iter().map(|m| m as usize).collect();
                    for f in forms {
                        if !target.forms.contains(&f) {
                            target.forms.push(f);
                        }
                    }
                }
            }
        }
    }
}

/// The drafts named by `exclude`.
pub(super) fn excluded(
    options: &Options,
    drafts: &[Draft],
    warnings: &mut Vec<Warning>,
) -> Vec<u32> {
    let mut out = Vec::new();
    for name in &options.exclude {
        match lookup(name, drafts) {
            Some(a) => out.push(a as u32),
            None => warn(
                warnings,
                "exclude",
                format!("no actor named “{name}” in the text"),
            ),
        }
    }
    out
}

/// The drafts named by `compare`, in the caller's order; `None` when the
/// caller chose none (or none of the names is an actor).
pub(super) fn compared(
    options: &Options,
    drafts: &[Draft],
    excluded: &[u32],
    warnings: &mut Vec<Warning>,
) -> Option<Vec<u32>> {
    if options.compare.is_empty() {
        return None;
    }
    let mut out: Vec<u32> = Vec::new();
    for name in &options.compare {
        match lookup(name, drafts) {
            Some(a) if excluded.contains(&(a as u32)) => {
                warn(warnings, "compare", format!("“{name}” is also excluded"))
            }
            Some(a) if out.contains(&(a as u32)) => {
                warn(warnings, "compare", format!("“{name}” is listed twice"))
            }
            Some(a) => out.push(a as u32),
            None => warn(
                warnings,
                "compare",
                format!("no actor named “{name}” in the text"),
            ),
        }
    }
    if out.is_empty() {
        warn(
            warnings,
            "compare",
            "none of the names is an actor of the text; comparing the most salient".to_string(),
        );
        return None;
    }
    Some(out)
}

/// Adds the mentions of `aliases` and `affiliations`; returns the names
/// that now belong to an actor (so they leave the entity list).
pub(super) fn aliases(
    text: &str,
    doc: &Document,
    options: &Options,
    drafts: &[Draft],
    found: &mut Vec<Found>,
    warnings: &mut Vec<Warning>,
) -> Vec<String> {
    let mut claimed = Vec::new();
    for (option, map, rule) in [
        ("aliases", &options.aliases, "alias"),
        ("affiliations", &options.affiliations, "affiliation"),
    ] {
        for (name, list) in map {
            let Some(a) = lookup(name, drafts) else {
                warn(
                    warnings,
                    option,
                    format!("no actor named “{name}” in the text"),
                );
                continue;
            };
            for alias in list {
                let alias = alias.trim();
                if alias.is_empty() {
                    warn(
                        warnings,
                        option,
                        format!("an empty name for “{name}” was ignored"),
                    );
                    continue;
                }
                let before = found.len();
                for (start, _) in text.match_indices(alias) {
                    let end = start + alias.len();
                    if !whole_word(text, start, end) {
                        continue;
                    }
                    if let Some(f) = located(text, doc, start, end) {
                        found.push(Found {
                            actors: ActorSet::one(a as u32),
                            kind: MentionKind::Alias,
                            rule,
                            ..f
                        });
                    }
                }
                if found.len() == before {
                    warn(
                        warnings,
                        option,
                        format!("“{alias}” does not occur in the text"),
                    );
                }
                claimed.push(alias.to_string());
            }
        }
    }
    claimed
}

fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char)
        && !after.is_some_and(|c| is_word_char(c) && c != '\'' && c != '’')
}

/// A mention for the byte range `[start, end)` when it begins and ends on
/// token boundaries outside the author's blocks.
fn located(text: &str, doc: &Document, start: usize, end: usize) -> Option<Found> {
    let [first, end_token] = doc.token_range(ByteSpan { start, end });
    let (first, last) = (first as usize, (end_token as usize).checked_sub(1)?);
    let t = doc.tokens.get(first)?;
    if t.span().start != start || last < first || tok(text, doc, last)?.span.end < end {
        return None;
    }
    let s = doc
        .sentences
        .partition_point(|s| s.tokens[1] as usize <= first);
    let sentence = doc.sentences.get(s)?;
    let block = doc.blocks.get(sentence.block as usize)?;
    if matches!(block.kind, BlockKind::Byline | BlockKind::Bio) {
        return None;
    }
    let span_end = tok(text, doc, last)?.span.end;
    Some(Found {
        span: crate::text::ByteSpan::new(start, span_end),
        sentence: s as u32,
        clause: 0,
        token: first as u32,
        end_token: last as u32 + 1,
        actors: ActorSet::default(),
        kind: MentionKind::Alias,
        rule: "alias",
    })
}
