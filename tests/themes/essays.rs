//! Agreement of the theme statuses with a careful reading of each essay
//! (`tests/themes/expectations/*.json`, written by reading the essays, not
//! the output): for the compared pair the expectation names, each of the
//! twelve themes' status. "clear" expectations are the ones a second
//! careful reader would not dispute; "arguable" ones are counted apart.

use std::path::PathBuf;

use faultline::{analyze, Options};
use serde_json::Value;

pub struct EssayAgreement {
    pub essay: String,
    pub clear: (usize, usize),
    pub arguable: (usize, usize),
    /// (theme, expected, got, confidence) for each disagreement.
    pub misses: Vec<(String, String, String, String)>,
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/themes/expectations")
}

pub fn essays_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/essays")
}

pub fn names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .map(|d| {
            d.flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The expectation and the essay's text, or `None` when the corpus is absent.
pub fn load(name: &str) -> Option<(Value, String)> {
    let exp: Value = serde_json::from_str(&std::fs::read_to_string(dir().join(name)).ok()?).ok()?;
    let essay = exp["essay"].as_str()?;
    let text = std::fs::read_to_string(essays_dir().join(essay)).ok()?;
    Some((exp, text))
}

pub fn options(exp: &Value) -> Options {
    Options {
        tokens: false,
        compare: exp["compared"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
        ..Options::default()
    }
}

pub fn status_name(s: faultline::divergence::Status) -> String {
    serde_json::to_value(s)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub fn agreement(name: &str) -> Option<EssayAgreement> {
    let (exp, text) = load(name)?;
    let report = analyze(&text, &options(&exp));
    let mut out = EssayAgreement {
        essay: exp["essay"].as_str().unwrap_or(name).to_string(),
        clear: (0, 0),
        arguable: (0, 0),
        misses: Vec::new(),
    };
    for (id, want) in exp["themes"].as_object()? {
        let expected = want["status"].as_str().unwrap_or("");
        let confidence = want["confidence"].as_str().unwrap_or("clear");
        let got = report
            .themes
            .iter()
            .find(|t| t.id == *id)
            .map(|t| status_name(t.status))
            .unwrap_or_default();
        let tally = if confidence == "clear" {
            &mut out.clear
        } else {
            &mut out.arguable
        };
        tally.1 += 1;
        if got == expected {
            tally.0 += 1;
        } else {
            out.misses.push((
                id.clone(),
                expected.to_string(),
                got,
                confidence.to_string(),
            ));
        }
    }
    Some(out)
}
