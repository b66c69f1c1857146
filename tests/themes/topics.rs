//! Topic accuracy of the default dictionary on sentences coded by humans
//! with CAP major topics (`../shared/corpus/topics/cap_topics_dev.jsonl`).
//!
//! A unit's theme is the one with the highest score summed over its
//! sentences, if that reaches the assignment threshold; otherwise the
//! dictionary stays silent. Measures (the issue's):
//! - top-1 accuracy over units with a policy topic (silence is wrong; a
//!   unit's `theme_alt` is also right);
//! - macro-F1 over the twelve themes;
//! - coverage (how often it names a theme on units with a topic) and
//!   precision (right when it names one);
//! - false themes: the share of no-topic units given a theme.
//!
//! To keep from fitting the dictionary to this set, the units are split
//! by a hash of their id: only the "look" half was ever read to find what
//! a theme misses; the "blind" half never was, and its figures are the
//! honest estimate.

use std::path::PathBuf;

use faultline::themes::{score, scores::ASSIGN, Dictionary};

#[allow(dead_code)]
pub struct Unit {
    pub id: String,
    pub text: String,
    pub theme: Option<String>,
    pub alt: Option<String>,
    pub source: String,
}

/// The corpus's theme ids → the dictionary's.
fn ours(id: &str) -> &str {
    match id {
        "economy_jobs" => "economy",
        "climate_energy" => "climate",
        "technology_ai" => "technology",
        "media_speech" => "media",
        "democracy_institutions" => "democracy",
        "rights_culture" => "rights",
        "security_foreign" => "security",
        "crime_justice" => "justice",
        "health_welfare_education" => "welfare",
        "infrastructure_land_agriculture" => "land",
        other => other,
    }
}

pub fn path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/topics/cap_topics_dev.jsonl")
}

/// The units, or `None` when the shared corpus is not beside the repository.
pub fn units() -> Option<Vec<Unit>> {
    let text = std::fs::read_to_string(path()).ok()?;
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let s = |k: &str| {
            v.get(k)
                .and_then(|x| x.as_str())
                .map(|x| ours(x).to_string())
        };
        out.push(Unit {
            id: s("id").unwrap_or_default(),
            text: s("text").unwrap_or_default(),
            theme: s("theme"),
            alt: s("theme_alt"),
            source: s("source").unwrap_or_default(),
        });
    }
    Some(out)
}

/// Whether a unit is in the half that may be read while writing entries.
pub fn in_look_half(id: &str) -> bool {
    let mut h: u32 = 2166136261;
    for b in id.bytes() {
        h = (h ^ b as u32).wrapping_mul(16777619);
    }
    h.is_multiple_of(2)
}

/// The dictionary's answer for one unit.
pub fn predict(dict: &Dictionary, text: &str) -> Option<String> {
    // As `analyze` scores: people's names (and their titles) are no theme.
    let doc = faultline::document::parse(text);
    let actors = faultline::actors::find(text, &doc, &faultline::Options::default());
    let scores = score(&doc, dict, &actors.naming);
    let mut totals = vec![0f32; dict.themes.len()];
    for s in &scores.sentences {
        for &(t, v) in &s.scores {
            totals[t as usize] += v;
        }
    }
    let (best, value) =
        totals.iter().enumerate().fold(
            (0, 0f32),
            |acc, (i, &v)| if v > acc.1 { (i, v) } else { acc },
        );
    (value >= ASSIGN).then(|| dict.themes[best].id.clone())
}

#[derive(Debug, Default, Clone)]
pub struct Figures {
    pub units: usize,
    pub top1: f64,
    pub macro_f1: f64,
    pub coverage: f64,
    pub precision: f64,
    pub null_units: usize,
    pub false_themes: f64,
    /// Per theme: (id, precision, recall, F1, gold units).
    pub per_theme: Vec<(String, f64, f64, f64, usize)>,
}

pub fn measure<'a>(dict: &Dictionary, units: impl Iterator<Item = &'a Unit>) -> Figures {
    let ids: Vec<String> = dict.themes.iter().map(|t| t.id.clone()).collect();
    let n = ids.len();
    let (mut tp, mut fp, mut gold) = (vec![0usize; n], vec![0usize; n], vec![0usize; n]);
    let mut f = Figures::default();
    let (mut right, mut named, mut null_named) = (0usize, 0usize, 0usize);
    for u in units {
        let p = predict(dict, &u.text);
        let Some(theme) = &u.theme else {
            f.null_units += 1;
            null_named += p.is_some() as usize;
            continue;
        };
        f.units += 1;
        let g = ids.iter().position(|i| i == theme);
        if let Some(g) = g {
            gold[g] += 1;
        }
        if let Some(p) = &p {
            named += 1;
            let ok = p == theme || u.alt.as_deref() == Some(p.as_str());
            right += ok as usize;
            if let Some(pi) = ids.iter().position(|i| i == p) {
                // A unit's alternative theme counts as its gold theme when
                // the dictionary names it.
                if ok {
                    tp[pi] += 1;
                    if Some(pi) != g {
                        if let Some(g) = g {
                            gold[g] -= 1;
                        }
                        gold[pi] += 1;
                    }
                } else {
                    fp[pi] += 1;
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    f.top1 = ratio(right, f.units);
    f.coverage = ratio(named, f.units);
    f.precision = ratio(right, named);
    f.false_themes = ratio(null_named, f.null_units);
    let mut sum = 0.0;
    let mut counted = 0;
    for i in 0..n {
        let p = ratio(tp[i], tp[i] + fp[i]);
        let r = ratio(tp[i], gold[i]);
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        if gold[i] > 0 {
            sum += f1;
            counted += 1;
        }
        f.per_theme.push((ids[i].clone(), p, r, f1, gold[i]));
    }
    f.macro_f1 = if counted == 0 {
        0.0
    } else {
        sum / counted as f64
    };
    f
}
