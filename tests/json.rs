//! The browser's report writer (`faultline::report::json`) writes what
//! serde_json writes, byte for byte: on every essay of the corpus, with
//! options that fill the optional parts, and on texts full of what JSON
//! must escape.

mod common;

use faultline::{analyze, Options};

fn same(label: &str, text: &str, options: &Options) {
    let report = analyze(text, options);
    let ours = faultline::report::json::to_string(&report);
    let serde = serde_json::to_string(&report).unwrap();
    if ours != serde {
        let at = ours
            .bytes()
            .zip(serde.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(ours.len().min(serde.len()));
        let from = at.saturating_sub(80);
        panic!(
            "{label}: differs at byte {at}:\n ours: {}\nserde: {}",
            ours.get(from..(at + 80).min(ours.len())).unwrap_or(""),
            serde.get(from..(at + 80).min(serde.len())).unwrap_or("")
        );
    }
}

fn options(json: &str) -> Options {
    serde_json::from_str(json).unwrap()
}

#[test]
fn every_essay_of_the_corpus() {
    for path in common::essays() {
        let text = std::fs::read_to_string(&path).unwrap();
        same(&path.display().to_string(), &text, &Options::default());
    }
}

#[test]
fn options_warnings_and_escapes() {
    let seed = common::read_corpus("essays/musk-trump-seed.txt");
    for json in [
        r#"{"compare": ["Trump", "Musk"], "aliases": {"Trump": ["the Donald"]}}"#,
        r#"{"exclude": ["Musk"], "merge": [["Trump", "Musk"]], "affiliations": {"Trump": ["Republicans"]}}"#,
        r#"{"compare": ["Nobody \"quoted\"\n"], "themes": ["climate", "nope"], "tokens": false}"#,
    ] {
        same(json, &seed, &options(json));
    }
    for text in [
        "",
        "\"Quoted\" \\ back\\slash.\tTab.\u{1}\u{8}\u{c}\r\n\u{7f} Control.",
        "Trump said \"no\".\n\nMusk said \u{2028}yes\u{2029}. 🚀 é",
        "a\u{0}b. c",
    ] {
        same(&format!("{text:?}"), text, &Options::default());
    }
}
