//! The browser's report writer (`faultline::report::json`) writes what
//! serde_json writes, byte for byte once serde's non-ASCII characters are
//! escaped as ours are (`\uXXXX`; ours is ASCII only), and exactly what
//! serde writes in its UTF-8 mode (the command line's): on every essay of
//! the corpus, with options that fill the optional parts, and on texts full
//! of what JSON must escape.

mod common;

use faultline::{analyze, Options};

fn same(label: &str, text: &str, options: &Options) {
    let report = analyze(text, options);
    let serde_utf8 = serde_json::to_string(&report).unwrap();
    // The command line's writer: serde's text exactly.
    let mut utf8 = Vec::new();
    faultline::report::json::write_utf8(&report, &mut utf8);
    assert!(
        utf8 == serde_utf8.as_bytes(),
        "{label}: the UTF-8 writer differs from serde_json"
    );
    let ours = faultline::report::json::to_string(&report);
    let serde = ascii(&serde_utf8);
    assert!(ours.is_ascii(), "{label}: not ASCII");
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

/// serde_json's text with every character past U+007F as `\uXXXX` (a
/// surrogate pair beyond the BMP): serde writes them as they are, and in
/// its output they occur only inside strings.
fn ascii(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            for unit in c.encode_utf16(&mut [0; 2]) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
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

/// The report in parts (`to_parts`, for a page that parses a long report
/// a piece at a time) is the whole report once each piece is appended to
/// its array: sentences split across pieces, a piece longer than the
/// text, and a text with no sentence.
#[test]
fn parts_reassemble_into_the_report() {
    let seed = common::read_corpus("essays/musk-trump-seed.txt");
    for (text, per_part) in [
        (seed.as_str(), 7),
        (seed.as_str(), 10_000),
        ("", 3),
        ("One.", 0),
    ] {
        let report = analyze(text, &Options::default());
        let whole: serde_json::Value =
            serde_json::from_str(&faultline::report::json::to_string(&report)).unwrap();
        let parts = faultline::report::json::to_parts(report, per_part);
        assert_eq!(parts.len() % 2, 1, "the report, then pairs of pieces");
        let mut joined: serde_json::Value = serde_json::from_str(&parts[0]).unwrap();
        assert!(parts.iter().all(|p| p.is_ascii()));
        for pair in parts[1..].chunks(2) {
            let take =
                |json: &str| -> Vec<serde_json::Value> { serde_json::from_str(json).unwrap() };
            let pieces = [take(&pair[0]), take(&pair[1])];
            assert!(pieces[0].len() <= per_part.max(1) && pieces[0].len() == pieces[1].len());
            let [structure, scored] = pieces;
            joined["document"]["sentences"]
                .as_array_mut()
                .unwrap()
                .extend(structure);
            joined["sentences"].as_array_mut().unwrap().extend(scored);
        }
        assert_eq!(joined, whole, "{per_part} sentences a part");
    }
}
