//! The 52 English Golden Rules of sentence boundaries
//! (`../shared/corpus/sbd/golden_rules_en.jsonl`, pragmatic_segmenter, MIT),
//! one test per rule, read from the shared corpus at test time.
//!
//! A rule passes when our sentences, trimmed, equal the expected ones
//! exactly. Rules 40 and 41 expect a newline inside a sentence replaced by a
//! space, which no span of the original text can show: for those two (the
//! `sliceable: false` rules) white space is collapsed on both sides first,
//! as the corpus README prescribes.

mod common;

use serde_json::Value;

fn rule(n: u64) -> Value {
    let data = common::read_corpus("sbd/golden_rules_en.jsonl");
    data.lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("valid JSON line"))
        .find(|r| r["rule"].as_u64() == Some(n))
        .unwrap_or_else(|| panic!("rule {n} missing"))
}

fn check(n: u64) {
    let r = rule(n);
    let text = r["text"].as_str().unwrap();
    let expected: Vec<String> = r["expected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e.as_str().unwrap().trim().to_string())
        .collect();
    let sliceable = r["sliceable"].as_bool().unwrap_or(true);
    let got: Vec<String> = common::sentences(text)
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let (got, expected) = if sliceable {
        (got, expected)
    } else {
        (
            got.iter().map(|s| common::collapse(s)).collect(),
            expected.iter().map(|s| common::collapse(s)).collect(),
        )
    };
    assert_eq!(got, expected, "rule {n} ({}): {text:?}", r["name"]);
}

macro_rules! rules {
    ($($name:ident = $n:expr),* $(,)?) => { $( #[test] fn $name() { check($n); } )* };
}

rules! {
    rule_01 = 1, rule_02 = 2, rule_03 = 3, rule_04 = 4, rule_05 = 5, rule_06 = 6, rule_07 = 7,
    rule_08 = 8, rule_09 = 9, rule_10 = 10, rule_11 = 11, rule_12 = 12, rule_13 = 13, rule_14 = 14,
    rule_15 = 15, rule_16 = 16, rule_17 = 17, rule_18 = 18, rule_19 = 19, rule_20 = 20, rule_21 = 21,
    rule_22 = 22, rule_23 = 23, rule_24 = 24, rule_25 = 25, rule_26 = 26, rule_27 = 27, rule_28 = 28,
    rule_29 = 29, rule_30 = 30, rule_31 = 31, rule_32 = 32, rule_33 = 33, rule_34 = 34, rule_35 = 35,
    rule_36 = 36, rule_37 = 37, rule_38 = 38, rule_39 = 39, rule_40 = 40, rule_41 = 41, rule_42 = 42,
    rule_43 = 43, rule_44 = 44, rule_45 = 45, rule_46 = 46, rule_47 = 47, rule_48 = 48, rule_49 = 49,
    rule_50 = 50, rule_51 = 51, rule_52 = 52,
}

/// Every rule in the file has a test above.
#[test]
fn the_file_has_52_rules() {
    let data = common::read_corpus("sbd/golden_rules_en.jsonl");
    assert_eq!(data.lines().filter(|l| !l.trim().is_empty()).count(), 52);
}
