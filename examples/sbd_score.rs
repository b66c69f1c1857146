//! Scores the sentence segmenter on the corpus's sentence-boundary sets and
//! prints, per set, how many cases match exactly (strict) and with white
//! space collapsed. The golden rules are asserted in `tests/golden_rules.rs`;
//! the silver sets are only reported: their expected splits are other
//! tools' outputs.
//!
//! `cargo run --release --example sbd_score [--failures]`

use std::path::PathBuf;

fn utf16_slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start as usize..end as usize])
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    let show_failures = std::env::args().any(|a| a == "--failures");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/sbd");
    for set in [
        "golden_rules_en.jsonl",
        "extended_en.jsonl",
        "nyt_editorials_silver_en.jsonl",
    ] {
        let Ok(data) = std::fs::read_to_string(dir.join(set)) else {
            eprintln!("{set}: not found");
            continue;
        };
        let (mut cases, mut strict, mut collapsed) = (0, 0, 0);
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(case) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let text = case["text"].as_str().unwrap_or("");
            let expected: Vec<String> = case["expected"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|e| e.as_str())
                        .map(|e| e.trim().to_string())
                        .filter(|e| !e.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            let report = faultline::analyze(
                text,
                &faultline::Options {
                    tokens: false,
                    ..Default::default()
                },
            );
            let got: Vec<String> = report
                .document
                .sentences
                .iter()
                .map(|s| utf16_slice(text, s.start, s.end).trim().to_string())
                .collect();
            cases += 1;
            if got == expected {
                strict += 1;
            }
            let c = |v: &[String]| v.iter().map(|s| collapse(s)).collect::<Vec<_>>();
            if c(&got) == c(&expected) {
                collapsed += 1;
            } else if show_failures {
                println!(
                    "--- {}\n  got:      {:?}\n  expected: {:?}",
                    case["id"], got, expected
                );
            }
        }
        println!("{set}: {strict}/{cases} exact, {collapsed}/{cases} with white space collapsed");
    }
}
