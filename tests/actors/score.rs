//! Ground truth for the actor stage, and the scoring of a report against it.
//!
//! Shared by `tests/actors_corpus.rs`, `tests/actors_seed.rs` and
//! `examples/actor_scores.rs` (each includes it with `#[path]`). It reads the
//! report only through its JSON contract (`serde_json::to_value` of
//! `faultline::analyze`), so it builds and runs whether or not the actor
//! stage exists: a report without `actors` scores as one with no actors.
//!
//! # The expectation files
//!
//! `tests/actors/expectations/<essay>.json`, one per essay of
//! `../shared/corpus/essays/<essay>.txt`, written by hand from a reading of
//! the essay. Unknown fields are an error (so a typo cannot silently drop a
//! check).
//!
//! ```text
//! {
//!   "file": "plutarch-pericles-fabius.txt",     // the essay, in ../shared/corpus/essays/
//!   "about": "...",                              // optional: what the text is, how it was read
//!   "compared": ["Perikles", "Fabius"],          // keys of the compared people, most salient first
//!   "comparedAlso": [["A", "C"]],                // optional: other sets a reader would also accept
//!   "comparedWhy": "...",                        // why these
//!   "author": ["Plutarch"],                      // forms of the byline/bio author's name ([] if none);
//!                                                //   the author is never an actor
//!   "people": [{                                 // EVERY person named in the text, author excepted
//!       "key": "Perikles",                       // the person's key, used everywhere else in the file
//!       "forms": ["Perikles"],                   // name forms, matched whole-word and case-sensitive
//!       "gender": "male",                        // "male" | "female" | "unknown", from the text
//!       "nameMentions": 19,                      // hand count of name mentions (see below)
//!       "counting": "...",                       // how the count was made: lines, forms, doubts
//!       "aliases": ["Trumpism"],                 // optional: derived forms (whole words) expected as
//!                                                //   mentions of kind `alias` of this person
//!       "skip": [{                               // optional: occurrences of a form that are not a
//!           "form": "Trump",                     //   name mention of this person
//!           "sentence": "brand as Trump or MAGA",//   a unique exact substring of the text
//!           "occurrence": 1,                     //   the Nth whole-word `form` in it (default 1)
//!           "ignore": true,                      //   optional: neither expected nor an error if found
//!           "why": "..."
//!       }]
//!   }],
//!   "notPeople": ["Athenians", "Rome"],          // organisations, places, peoples, works, products:
//!                                                //   no person actor's name/alias mention may overlap
//!                                                //   any whole-word occurrence of them
//!   "ignore": [{"form": "Saturn", "why": "..."}],// optional: names that are neither people nor
//!                                                //   notPeople (a god, a bracketed given name...):
//!                                                //   predictions on them are not scored
//!   "references": [{                             // pronouns and "the one / the other / both / the
//!       "sentence": "a unique exact substring",  //   former ..." cases, at least 8 per essay
//!       "text": "he",                            // the reference itself (a word or a phrase)
//!       "occurrence": 1,                         // the Nth whole-word `text` inside `sentence` (default 1)
//!       "actors": ["Perikles"],                  // whom it refers to; [] = a trap: it refers to no
//!                                                //   person of the list (a city, a group, a generic
//!                                                //   "he", a "one" that is a battle)
//!       "why": "..."
//!   }]
//! }
//! ```
//!
//! Matching rules. A form matches where it occurs as a whole word: the
//! characters before and after it (if any) are not alphanumeric, so "Trump"
//! matches in "Trump’s" and in "Trump–Musk", not in "Trumpism"; the possessive
//! stays a name mention. Name mentions include the title line. The expected
//! name mentions of a person are the occurrences of all its forms, where
//! overlapping occurrences ("Donald Trump" and "Trump") merge into one
//! mention, minus the skips. `nameMentions` must equal that number: the
//! hand count and the file can never silently disagree.
//!
//! # The scores
//!
//! * An actor of the report is matched to the expected person whose forms
//!   appear, as whole words, in the actor's `name` (worth 2) and `aliases`
//!   (1 each); the highest sum wins, ties go to the longer matching form, then
//!   to the earlier person in the file. An actor matching no form is
//!   unmatched (its key reads `?<name>`). Only actors of kind `person` (or
//!   with no kind) count. Two actors may match one person (a split person):
//!   their mentions then all count for that person, but a compared pair of
//!   the two halves is not the expected pair.
//! * Name mentions: the predicted ones are the mentions of kind `name` of
//!   every person actor. One is a true positive when it overlaps an expected
//!   span of its actor's person; predictions overlapping an ignored span are
//!   not scored; every other one is a false positive (an unmatched actor's,
//!   the author's, a wrong person's). Recall: the share of expected spans
//!   overlapped by a predicted name mention of an actor of the right person.
//! * Aliases: an expected alias occurrence is found when a mention of kind
//!   `alias` of an actor of the right person overlaps it (reported, and
//!   asserted for the seed essay only).
//! * References: the actors of a reference are the (keys of the) person
//!   actors having any mention, of any kind, that overlaps its span. A case is
//!   right when that set equals the expected set (so a trap is right when no
//!   actor claims it).
//! * Compared: the keys of the report's `compared` ids, as a set, equal
//!   `compared` or one of `comparedAlso`.
//! * Violations: a notPeople occurrence overlapped by a person actor's
//!   `name`/`alias` mention, or a person actor whose name is a notPeople
//!   string; separately, an author's name taken as an actor or covered by
//!   any person actor's mention.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::Deserialize;
use serde_json::Value;

/// A byte span `[start, end)` in the essay.
pub type Span = (usize, usize);

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Expectation {
    pub file: String,
    #[serde(default)]
    pub about: String,
    pub compared: Vec<String>,
    #[serde(default)]
    pub compared_also: Vec<Vec<String>>,
    pub compared_why: String,
    pub author: Vec<String>,
    pub people: Vec<Person>,
    pub not_people: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<Ignore>,
    pub references: Vec<Reference>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    pub key: String,
    pub forms: Vec<String>,
    pub gender: String,
    pub name_mentions: usize,
    pub counting: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub skip: Vec<Skip>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Skip {
    pub form: String,
    pub sentence: String,
    #[serde(default = "one")]
    pub occurrence: usize,
    #[serde(default)]
    pub ignore: bool,
    pub why: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ignore {
    pub form: String,
    pub why: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reference {
    pub sentence: String,
    pub text: String,
    #[serde(default = "one")]
    pub occurrence: usize,
    pub actors: Vec<String>,
    pub why: String,
}

fn one() -> usize {
    1
}

/// The least number of reference cases an expectation file must hold.
pub const MIN_REFERENCES: usize = 8;

// ---------------------------------------------------------------- files

pub fn essays_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/essays")
}

pub fn expectations_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/actors/expectations")
}

/// The essay names (file stems) that have an expectation file, sorted.
pub fn expectation_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(expectations_dir())
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".json"))
                        .map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Reads `<name>.json` and the essay it names.
pub fn load(name: &str) -> Result<(Expectation, String), String> {
    let path = expectations_dir().join(format!("{name}.json"));
    let json = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let exp: Expectation =
        serde_json::from_str(&json).map_err(|e| format!("{}: {e}", path.display()))?;
    let essay = essays_dir().join(&exp.file);
    let text = std::fs::read_to_string(&essay)
        .map_err(|e| format!("cannot read {}: {e}", essay.display()))?;
    Ok((exp, text))
}

// ---------------------------------------------------------------- finding text

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Every whole-word occurrence of `needle` in `hay`, as byte spans. The
/// boundary is checked only on a side where `needle` itself starts or ends
/// with a word character.
pub fn word_occurrences(hay: &str, needle: &str) -> Vec<Span> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let first = needle.chars().next().is_some_and(is_word_char);
    let last = needle.chars().next_back().is_some_and(is_word_char);
    let mut from = 0;
    while let Some(pos) = hay[from..].find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before_ok = !first
            || hay[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !is_word_char(c));
        let after_ok = !last || hay[end..].chars().next().is_none_or(|c| !is_word_char(c));
        if before_ok && after_ok {
            out.push((start, end));
        }
        from = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// The byte offset of `anchor` in `text`, which must occur exactly once.
pub fn find_unique(text: &str, anchor: &str) -> Result<usize, String> {
    if anchor.is_empty() {
        return Err("empty sentence substring".into());
    }
    let mut hits = Vec::new();
    let mut from = 0;
    while let Some(pos) = text[from..].find(anchor) {
        hits.push(from + pos);
        from += pos + anchor.chars().next().map_or(1, char::len_utf8);
    }
    match hits.len() {
        1 => Ok(hits[0]),
        0 => Err(format!("sentence substring not found: {anchor:?}")),
        n => Err(format!(
            "sentence substring found {n} times, must be unique: {anchor:?}"
        )),
    }
}

/// The byte span of the `occurrence`-th (1-based) whole-word `needle` inside
/// the unique `anchor`.
pub fn locate(text: &str, anchor: &str, needle: &str, occurrence: usize) -> Result<Span, String> {
    let at = find_unique(text, anchor)?;
    let hits = word_occurrences(anchor, needle);
    if occurrence == 0 {
        return Err(format!(
            "occurrence is 1-based, got 0 for {needle:?} in {anchor:?}"
        ));
    }
    hits.get(occurrence - 1)
        .map(|&(s, e)| (at + s, at + e))
        .ok_or_else(|| {
            format!(
                "{needle:?} occurs {} time(s) as a word in {anchor:?}, not {occurrence}",
                hits.len()
            )
        })
}

pub fn overlaps(a: Span, b: Span) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Line (1-based) of a byte offset, for messages.
pub fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// Overlapping spans merged, sorted.
fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
    let mut out: Vec<Span> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(last) if s.0 < last.1 => last.1 = last.1.max(s.1),
            _ => out.push(s),
        }
    }
    out
}

// ---------------------------------------------------------------- the truth

#[derive(Debug, Clone)]
pub struct PersonTruth {
    pub key: String,
    pub gender: String,
    /// The expected name mentions, merged, sorted, skips removed.
    pub spans: Vec<Span>,
    /// The expected alias mentions (derived forms), sorted.
    pub alias_spans: Vec<Span>,
}

#[derive(Debug, Clone)]
pub struct ReferenceTruth {
    pub span: Span,
    pub actors: BTreeSet<String>,
    /// `"he" in "... he undertook ..."` for messages.
    pub label: String,
}

/// An expectation resolved against its essay: every span it stands for.
#[derive(Debug, Clone)]
pub struct Truth {
    pub people: Vec<PersonTruth>,
    pub ignored: Vec<Span>,
    pub author: Vec<(String, Span)>,
    pub not_people: Vec<(String, Span)>,
    pub references: Vec<ReferenceTruth>,
}

fn short(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() <= 60 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(59).collect::<String>())
    }
}

/// Checks the expectation against its essay and resolves its spans. Every
/// problem found is returned, not just the first.
pub fn resolve(exp: &Expectation, text: &str) -> Result<Truth, Vec<String>> {
    let mut errors = Vec::new();
    let keys: Vec<&str> = exp.people.iter().map(|p| p.key.as_str()).collect();
    let known = |k: &str| keys.contains(&k);

    for (i, k) in keys.iter().enumerate() {
        if keys[..i].contains(k) {
            errors.push(format!("person key {k:?} is given twice"));
        }
    }

    // compared
    if exp.compared.len() < 2 {
        errors.push(format!(
            "compared must name at least two people, has {:?}",
            exp.compared
        ));
    }
    for set in std::iter::once(&exp.compared).chain(exp.compared_also.iter()) {
        for k in set {
            if !known(k) {
                errors.push(format!("compared names {k:?}, which is not a person key"));
            }
        }
        let distinct: BTreeSet<&String> = set.iter().collect();
        if distinct.len() != set.len() {
            errors.push(format!("compared set {set:?} repeats a key"));
        }
    }
    if exp.compared_why.trim().is_empty() {
        errors.push("comparedWhy is empty".into());
    }

    // ignored names
    let mut ignored = Vec::new();
    for ig in &exp.ignore {
        let hits = word_occurrences(text, &ig.form);
        if hits.is_empty() {
            errors.push(format!("ignore form {:?} does not occur", ig.form));
        }
        if ig.why.trim().is_empty() {
            errors.push(format!("ignore form {:?} has no why", ig.form));
        }
        ignored.extend(hits);
    }

    // people
    let mut people = Vec::new();
    for p in &exp.people {
        if p.forms.is_empty() {
            errors.push(format!("{}: no forms", p.key));
        }
        if !["male", "female", "unknown"].contains(&p.gender.as_str()) {
            errors.push(format!(
                "{}: gender {:?} is not male, female or unknown",
                p.key, p.gender
            ));
        }
        if p.counting.trim().is_empty() {
            errors.push(format!("{}: counting note is empty", p.key));
        }
        let mut all = Vec::new();
        for f in &p.forms {
            let hits = word_occurrences(text, f);
            if hits.is_empty() {
                errors.push(format!("{}: form {f:?} does not occur as a word", p.key));
            }
            all.extend(hits);
        }
        let mut spans = merge(all);
        for s in &p.skip {
            if !p.forms.contains(&s.form) {
                errors.push(format!(
                    "{}: skip form {:?} is not one of its forms",
                    p.key, s.form
                ));
            }
            if s.why.trim().is_empty() {
                errors.push(format!("{}: skip of {:?} has no why", p.key, s.form));
            }
            match locate(text, &s.sentence, &s.form, s.occurrence) {
                Ok(at) => match spans.iter().position(|&m| m.0 <= at.0 && at.1 <= m.1) {
                    Some(i) => {
                        let removed = spans.remove(i);
                        if s.ignore {
                            ignored.push(removed);
                        }
                    }
                    None => errors.push(format!(
                        "{}: skip {:?} in {:?} is skipped twice",
                        p.key, s.form, s.sentence
                    )),
                },
                Err(e) => errors.push(format!("{}: skip: {e}", p.key)),
            }
        }
        if spans.len() != p.name_mentions {
            let lines: Vec<String> = spans
                .iter()
                .map(|&(a, b)| format!("l.{} {:?}", line_of(text, a), &text[a..b]))
                .collect();
            errors.push(format!(
                "{}: nameMentions says {}, the text has {} (forms {:?} minus skips): {}",
                p.key,
                p.name_mentions,
                spans.len(),
                p.forms,
                lines.join(", ")
            ));
        }
        let mut alias_spans = Vec::new();
        for a in &p.aliases {
            let hits = word_occurrences(text, a);
            if hits.is_empty() {
                errors.push(format!("{}: alias {a:?} does not occur as a word", p.key));
            }
            alias_spans.extend(hits);
        }
        let alias_spans = merge(alias_spans);
        people.push(PersonTruth {
            key: p.key.clone(),
            gender: p.gender.clone(),
            spans,
            alias_spans,
        });
    }
    for (i, a) in people.iter().enumerate() {
        for b in &people[i + 1..] {
            for &sa in &a.spans {
                if let Some(&sb) = b.spans.iter().find(|&&sb| overlaps(sa, sb)) {
                    errors.push(format!(
                        "{} and {} both claim l.{} {:?} / {:?}: skip it for one of them",
                        a.key,
                        b.key,
                        line_of(text, sa.0),
                        &text[sa.0..sa.1],
                        &text[sb.0..sb.1]
                    ));
                }
            }
        }
    }
    let claimed = |s: Span| {
        people
            .iter()
            .find(|p| p.spans.iter().any(|&q| overlaps(q, s)))
            .map(|p| p.key.clone())
    };

    // author
    let mut author = Vec::new();
    for f in &exp.author {
        let hits = word_occurrences(text, f);
        if hits.is_empty() {
            errors.push(format!("author form {f:?} does not occur"));
        }
        for h in hits {
            if let Some(k) = claimed(h) {
                errors.push(format!(
                    "author {f:?} at l.{} is also a name mention of {k}",
                    line_of(text, h.0)
                ));
            }
            author.push((f.clone(), h));
        }
    }

    // not people
    let mut not_people = Vec::new();
    for (i, n) in exp.not_people.iter().enumerate() {
        if exp.not_people[..i].contains(n) {
            errors.push(format!("notPeople {n:?} is listed twice"));
        }
        let hits = word_occurrences(text, n);
        if hits.is_empty() {
            errors.push(format!("notPeople {n:?} does not occur as a word"));
        }
        for h in hits {
            if let Some(k) = claimed(h) {
                errors.push(format!(
                    "notPeople {n:?} at l.{} overlaps a name mention of {k}",
                    line_of(text, h.0)
                ));
            }
            not_people.push((n.clone(), h));
        }
    }

    // references
    if exp.references.len() < MIN_REFERENCES {
        errors.push(format!(
            "{} reference cases, at least {MIN_REFERENCES} wanted",
            exp.references.len()
        ));
    }
    let mut references: Vec<ReferenceTruth> = Vec::new();
    for r in &exp.references {
        for k in &r.actors {
            if !known(k) {
                errors.push(format!(
                    "reference {:?} in {:?} names {k:?}, not a person key",
                    r.text, r.sentence
                ));
            }
        }
        if r.why.trim().is_empty() {
            errors.push(format!(
                "reference {:?} in {:?} has no why",
                r.text, r.sentence
            ));
        }
        match locate(text, &r.sentence, &r.text, r.occurrence) {
            Ok(span) => {
                if let Some(prev) = references.iter().find(|q| q.span == span) {
                    errors.push(format!("reference {} is given twice", prev.label));
                }
                let label = if r.occurrence == 1 {
                    format!("{:?} in {:?}", r.text, short(&r.sentence))
                } else {
                    format!("{:?} #{} in {:?}", r.text, r.occurrence, short(&r.sentence))
                };
                references.push(ReferenceTruth {
                    span,
                    actors: r.actors.iter().cloned().collect(),
                    label,
                });
            }
            Err(e) => errors.push(format!("reference: {e}")),
        }
    }

    if errors.is_empty() {
        Ok(Truth {
            people,
            ignored,
            author,
            not_people,
            references,
        })
    } else {
        Err(errors)
    }
}

// ---------------------------------------------------------------- the report

#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Span,
    pub kind: String,
    pub rule: String,
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub gender: String,
    pub mentions: Vec<Mention>,
    /// The expected person this actor stands for (an index into
    /// `Expectation::people`), by [`match_actor`].
    pub person: Option<usize>,
}

impl Actor {
    /// The person key, or `?<name>` when the actor matches no one.
    pub fn key(&self, exp: &Expectation) -> String {
        match self.person {
            Some(i) => exp.people[i].key.clone(),
            None => format!(
                "?{}",
                if self.name.is_empty() {
                    &self.id
                } else {
                    &self.name
                }
            ),
        }
    }
}

/// UTF-16 offset → byte offset, for every offset `0..=len16`; an offset inside
/// a surrogate pair maps to the start of its character.
pub struct Utf16Map(Vec<usize>);

impl Utf16Map {
    pub fn new(text: &str) -> Self {
        let mut map = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            for _ in 0..c.len_utf16() {
                map.push(i);
            }
        }
        map.push(text.len());
        Utf16Map(map)
    }

    /// `None` when the offset is past the end of the text.
    pub fn byte(&self, unit: u64) -> Option<usize> {
        usize::try_from(unit)
            .ok()
            .and_then(|u| self.0.get(u).copied())
    }
}

fn str_of(v: &Value, field: &str) -> String {
    v.get(field)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

/// The person actors of a report (kind `person`, or no kind), their
/// mentions in byte spans, each matched to an expected person; and the
/// report's `compared` ids. A report without `actors` has none. Mentions
/// with missing or out-of-range offsets are dropped and counted in the
/// third value.
pub fn read_actors(
    exp: &Expectation,
    text: &str,
    report: &Value,
) -> (Vec<Actor>, Vec<String>, usize) {
    let map = Utf16Map::new(text);
    let mut bad = 0;
    let mut actors = Vec::new();
    for a in report
        .get("actors")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        let kind = a.get("kind").and_then(Value::as_str).unwrap_or("person");
        if kind != "person" {
            continue;
        }
        let mut mentions = Vec::new();
        for m in a
            .get("mentions")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            let start = m
                .get("start")
                .and_then(Value::as_u64)
                .and_then(|u| map.byte(u));
            let end = m
                .get("end")
                .and_then(Value::as_u64)
                .and_then(|u| map.byte(u));
            match (start, end) {
                (Some(s), Some(e)) if s <= e => mentions.push(Mention {
                    span: (s, e),
                    kind: str_of(m, "kind"),
                    rule: str_of(m, "rule"),
                }),
                _ => bad += 1,
            }
        }
        let aliases = a
            .get("aliases")
            .and_then(Value::as_array)
            .map(|v| {
                v.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let mut actor = Actor {
            id: str_of(a, "id"),
            name: str_of(a, "name"),
            aliases,
            gender: str_of(a, "gender"),
            mentions,
            person: None,
        };
        actor.person = match_actor(exp, &actor.name, &actor.aliases);
        actors.push(actor);
    }
    let compared = report
        .get("compared")
        .and_then(Value::as_array)
        .map(|v| {
            v.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    (actors, compared, bad)
}

/// The expected person an actor named `name`, also seen as `aliases`,
/// stands for; see the module docs for the rule.
pub fn match_actor(exp: &Expectation, name: &str, aliases: &[String]) -> Option<usize> {
    let mut best: Option<(usize, usize, usize)> = None; // (score, longest form, person)
    for (i, p) in exp.people.iter().enumerate() {
        let mut score = 0;
        let mut longest = 0;
        let mut look = |s: &str, weight: usize| {
            let mut hit = false;
            for f in &p.forms {
                if !word_occurrences(s, f).is_empty() {
                    hit = true;
                    longest = longest.max(f.len());
                }
            }
            if hit {
                score += weight;
            }
        };
        look(name, 2);
        for a in aliases {
            look(a, 1);
        }
        if score > 0 && best.is_none_or(|(s, l, _)| (score, longest) > (s, l)) {
            best = Some((score, longest, i));
        }
    }
    best.map(|(_, _, i)| i)
}

// ---------------------------------------------------------------- scores

#[derive(Debug, Clone)]
pub struct ReferenceOutcome {
    pub label: String,
    pub expected: BTreeSet<String>,
    pub got: BTreeSet<String>,
}

impl ReferenceOutcome {
    pub fn right(&self) -> bool {
        self.expected == self.got
    }
    pub fn trap(&self) -> bool {
        self.expected.is_empty()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Whether the report had an `actors` field at all.
    pub has_actors_field: bool,
    pub person_actors: usize,
    /// Expected name mentions, and those found (overlapped by a name mention
    /// of the right person).
    pub expected_names: usize,
    pub found_names: usize,
    /// Scored predicted name mentions (ignored ones left out), and the right ones.
    pub predicted_names: usize,
    pub true_names: usize,
    /// Expected alias mentions (derived forms), and those found.
    pub expected_aliases: usize,
    pub found_aliases: usize,
    pub references: Vec<ReferenceOutcome>,
    pub compared_ok: bool,
    /// The keys of the report's compared actors, in its order.
    pub compared_got: Vec<String>,
    pub not_people_violations: Vec<String>,
    pub author_violations: Vec<String>,
    /// Expected people matched by at least one actor, of all.
    pub people_found: usize,
    pub people_total: usize,
    /// Matched actors whose gender is the expected one, of matched actors.
    pub gender_right: usize,
    pub gender_checked: usize,
    /// Mentions the report gave with offsets outside the text.
    pub bad_spans: usize,
    /// For `--details`: expected name mentions not found, and false positives.
    pub missed: Vec<String>,
    pub extra: Vec<String>,
    /// For `--details`: expected people no actor matched, and matched
    /// actors whose gender is not the expected one.
    pub missed_people: Vec<String>,
    pub wrong_genders: Vec<String>,
}

impl Score {
    /// `None` when the report predicted no name mention.
    pub fn precision(&self) -> Option<f64> {
        (self.predicted_names > 0).then(|| self.true_names as f64 / self.predicted_names as f64)
    }
    pub fn recall(&self) -> f64 {
        if self.expected_names == 0 {
            1.0
        } else {
            self.found_names as f64 / self.expected_names as f64
        }
    }
    pub fn references_right(&self) -> usize {
        self.references.iter().filter(|r| r.right()).count()
    }
    pub fn reference_accuracy(&self) -> f64 {
        if self.references.is_empty() {
            1.0
        } else {
            self.references_right() as f64 / self.references.len() as f64
        }
    }
    pub fn traps(&self) -> usize {
        self.references.iter().filter(|r| r.trap()).count()
    }
    pub fn traps_right(&self) -> usize {
        self.references
            .iter()
            .filter(|r| r.trap() && r.right())
            .count()
    }
}

/// The keys of the person actors with a mention overlapping `span`.
pub fn actors_at(exp: &Expectation, actors: &[Actor], span: Span) -> BTreeSet<String> {
    actors
        .iter()
        .filter(|a| a.mentions.iter().any(|m| overlaps(m.span, span)))
        .map(|a| a.key(exp))
        .collect()
}

pub fn score(exp: &Expectation, truth: &Truth, text: &str, report: &Value) -> Score {
    let (actors, compared, bad_spans) = read_actors(exp, text, report);
    let mut s = Score {
        has_actors_field: report.get("actors").is_some(),
        person_actors: actors.len(),
        bad_spans,
        people_total: exp.people.len(),
        ..Score::default()
    };
    let at = |span: Span| format!("l.{} {:?}", line_of(text, span.0), &text[span.0..span.1]);

    // name mentions
    for (i, p) in truth.people.iter().enumerate() {
        for &e in &p.spans {
            s.expected_names += 1;
            let found = actors.iter().filter(|a| a.person == Some(i)).any(|a| {
                a.mentions
                    .iter()
                    .any(|m| m.kind == "name" && overlaps(m.span, e))
            });
            if found {
                s.found_names += 1;
            } else {
                s.missed.push(format!("{}: {}", p.key, at(e)));
            }
        }
    }
    for (i, p) in truth.people.iter().enumerate() {
        for &e in &p.alias_spans {
            s.expected_aliases += 1;
            let found = actors.iter().filter(|a| a.person == Some(i)).any(|a| {
                a.mentions
                    .iter()
                    .any(|m| m.kind == "alias" && overlaps(m.span, e))
            });
            if found {
                s.found_aliases += 1;
            } else {
                s.missed.push(format!("{} (alias): {}", p.key, at(e)));
            }
        }
    }
    for a in &actors {
        for m in a.mentions.iter().filter(|m| m.kind == "name") {
            if truth.ignored.iter().any(|&ig| overlaps(ig, m.span)) {
                continue;
            }
            s.predicted_names += 1;
            let right = a
                .person
                .is_some_and(|i| truth.people[i].spans.iter().any(|&e| overlaps(e, m.span)));
            if right {
                s.true_names += 1;
            } else {
                s.extra.push(format!(
                    "{} ({}): {} [{}]",
                    a.key(exp),
                    a.id,
                    at(m.span),
                    m.rule
                ));
            }
        }
    }

    // references
    for r in &truth.references {
        s.references.push(ReferenceOutcome {
            label: r.label.clone(),
            expected: r.actors.clone(),
            got: actors_at(exp, &actors, r.span),
        });
    }

    // compared
    s.compared_got = compared
        .iter()
        .map(|id| {
            actors
                .iter()
                .find(|a| &a.id == id)
                .map_or_else(|| format!("?{id}"), |a| a.key(exp))
        })
        .collect();
    let got: BTreeSet<&String> = s.compared_got.iter().collect();
    s.compared_ok = std::iter::once(&exp.compared)
        .chain(exp.compared_also.iter())
        .any(|set| set.iter().collect::<BTreeSet<_>>() == got && got.len() == s.compared_got.len());

    // violations
    for a in &actors {
        if exp.not_people.contains(&a.name) {
            s.not_people_violations
                .push(format!("actor {:?} ({}) is a notPeople name", a.name, a.id));
        }
        for m in a
            .mentions
            .iter()
            .filter(|m| m.kind == "name" || m.kind == "alias")
        {
            for (n, span) in &truth.not_people {
                if overlaps(*span, m.span) {
                    s.not_people_violations.push(format!(
                        "{n:?} covered by {} mention {} of actor {:?} [{}]",
                        m.kind,
                        at(m.span),
                        a.name,
                        m.rule
                    ));
                }
            }
        }
        for f in &exp.author {
            if !word_occurrences(&a.name, f).is_empty()
                || a.aliases
                    .iter()
                    .any(|al| !word_occurrences(al, f).is_empty())
            {
                s.author_violations
                    .push(format!("the author {f:?} is actor {:?} ({})", a.name, a.id));
            }
        }
        for m in &a.mentions {
            for (f, span) in &truth.author {
                if overlaps(*span, m.span) {
                    s.author_violations.push(format!(
                        "the author {f:?} is covered by mention {} of {:?}",
                        at(m.span),
                        a.name
                    ));
                }
            }
        }
    }

    // people and gender
    for i in 0..exp.people.len() {
        if actors.iter().any(|a| a.person == Some(i)) {
            s.people_found += 1;
        } else {
            s.missed_people.push(exp.people[i].key.clone());
        }
    }
    for a in &actors {
        if let Some(i) = a.person {
            s.gender_checked += 1;
            if a.gender == exp.people[i].gender {
                s.gender_right += 1;
            } else {
                s.wrong_genders.push(format!(
                    "{}: expected {}, got {}",
                    exp.people[i].key, exp.people[i].gender, a.gender
                ));
            }
        }
    }
    s
}

/// Loads `<name>.json`, resolves it (panicking with every problem if it is
/// inconsistent), analyses the essay and scores the report.
pub fn run(name: &str) -> (Expectation, Truth, String, Score) {
    let (exp, text) = load(name).unwrap_or_else(|e| panic!("{e}"));
    let truth = resolve(&exp, &text).unwrap_or_else(|errors| {
        panic!(
            "{name}.json does not agree with {}:\n  {}",
            exp.file,
            errors.join("\n  ")
        )
    });
    let report = analyze(&text);
    let score = score(&exp, &truth, &text, &report);
    (exp, truth, text, score)
}

/// The report of `text` with default options, as JSON.
pub fn analyze(text: &str) -> Value {
    serde_json::to_value(faultline::analyze(text, &faultline::Options::default()))
        .unwrap_or(Value::Null)
}

fn utf16_at(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

fn id_of(key: &str) -> String {
    key.to_lowercase().replace(' ', "-")
}

/// The report a perfect actor stage would give, built from the truth: one
/// actor per person (id = key lower-cased, spaces as dashes; name = its
/// first form, aliases = the other forms and the derived ones), with every
/// expected name and alias mention and every reference case that names it;
/// `compared` = the expected compared keys. For testing the harness.
pub fn perfect_report(exp: &Expectation, truth: &Truth, text: &str) -> Value {
    let mention = |(s, e): Span, kind: &str| serde_json::json!({"start": utf16_at(text, s), "end": utf16_at(text, e), "kind": kind, "rule": "truth", "sentence": 0});
    let actors: Vec<Value> = exp
        .people
        .iter()
        .zip(&truth.people)
        .map(|(p, t)| {
            let mut mentions: Vec<Value> = t.spans.iter().map(|&s| mention(s, "name")).collect();
            mentions.extend(t.alias_spans.iter().map(|&s| mention(s, "alias")));
            mentions.extend(
                truth
                    .references
                    .iter()
                    .filter(|r| r.actors.contains(&p.key))
                    .map(|r| mention(r.span, "reference")),
            );
            let aliases: Vec<&String> = p.forms[1..].iter().chain(&p.aliases).collect();
            serde_json::json!({
                "id": id_of(&p.key),
                "name": p.forms[0],
                "aliases": aliases,
                "kind": "person",
                "gender": p.gender,
                "salience": 0.5,
                "mentions": mentions,
            })
        })
        .collect();
    let compared: Vec<String> = exp.compared.iter().map(|k| id_of(k)).collect();
    serde_json::json!({"actors": actors, "compared": compared, "entities": []})
}
