//! The tone stage: the rules on sentences made for them, robustness on any
//! input, and Pearson r against the human ratings of VADER's ground truth
//! (`../shared/corpus/sentiment/`; skipped with a message when absent).
//!
//! The measurement table is `cargo run --release --example tone_scores
//! [--ablation]`.

mod common;
#[path = "common/stats.rs"]
mod stats;
use stats::pearson;

use faultline::document::parse;
use faultline::tone::{combine, sentence_valences, span_valence, Scorer};

/// The valence of `text` read as one sentence.
fn tone(text: &str) -> f32 {
    let doc = parse(text);
    assert_eq!(doc.sentences.len(), 1, "{text:?} is one sentence");
    sentence_valences(&doc)[0]
}

#[test]
fn sentiment_words_give_the_sign() {
    assert!(tone("The plan is good.") > 0.2);
    assert!(tone("The plan is a disaster.") < -0.2);
    assert_eq!(tone("The plan was announced on Tuesday."), 0.0);
}

#[test]
fn negation_flips() {
    for negated in [
        "The plan is not good.",
        "The plan isn't good.",
        "The plan isn’t good.",
        "The plan is never good.",
        "The plan hardly inspires confidence.",
    ] {
        assert!(tone(negated) < 0.0, "{negated}");
    }
    assert!(tone("The plan is not bad.") > 0.0);
    // Beyond three words, or across a comma, a negation does not reach.
    assert!(tone("Not that it matters much to anyone, the plan is good.") > 0.0);
}

#[test]
fn degree_words_and_emphasis() {
    let good = tone("The plan is good.");
    assert!(tone("The plan is very good.") > good);
    assert!(tone("The plan is slightly good.") < good);
    assert!(tone("The plan is good!") > good);
    assert!(tone("The plan is GOOD and fair.") > tone("The plan is good and fair."));
    let bad = tone("The plan is bad.");
    assert!(tone("The plan is extremely bad.") < bad);
}

#[test]
fn but_weighs_what_follows() {
    assert!(tone("The speech was brilliant, but the policy is a disaster.") < 0.0);
    assert!(tone("The policy is a disaster, but the speech was brilliant.") > 0.0);
}

#[test]
fn names_carry_no_valence() {
    // "Justice" and "Liberty" are sentiment words; in a name they are not.
    assert_eq!(tone("He met the Liberty Bell Committee on Tuesday."), 0.0);
    assert!(tone("He spoke of liberty on Tuesday.") > 0.0);
}

#[test]
fn empty_emoji_and_binary_input_give_zero_without_panic() {
    let doc = parse("");
    assert!(sentence_valences(&doc).is_empty());
    assert_eq!(span_valence(&doc, 0, 0), 0.0);
    assert_eq!(span_valence(&doc, 5, 100), 0.0);

    let doc = parse("🚀🔥 👩‍💻 🎉🎉🎉");
    assert!(sentence_valences(&doc).iter().all(|&v| v == 0.0));

    // Bytes from a fixed xorshift generator, read as lossy UTF-8.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let bytes: Vec<u8> = (0..20_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    let doc = parse(&text);
    let valences = sentence_valences(&doc);
    assert_eq!(valences.len(), doc.sentences.len());
    assert!(valences.iter().all(|v| v.is_finite() && v.abs() <= 1.0));
    let n = doc.tokens.len() as u32;
    for (first, end) in [(0, n), (n, 0), (n / 2, n + 10), (u32::MAX, u32::MAX)] {
        let v = span_valence(&doc, first, end);
        assert!(v.is_finite() && v.abs() <= 1.0);
    }
}

#[test]
fn spans_agree_with_sentences() {
    let text = "The plan is not good. But the people who wrote it are brilliant and \
                honest! Nobody doubts that.";
    let doc = parse(text);
    let valences = sentence_valences(&doc);
    let mut scorer = Scorer::new(&doc);
    for (sentence, &v) in doc.sentences.iter().zip(&valences) {
        let [first, end] = sentence.tokens;
        assert_eq!(span_valence(&doc, first, end), v);
        assert_eq!(scorer.span(first, end), v);
        assert!((-1.0..=1.0).contains(&v));
    }
    assert_eq!(combine(&[]), 0.0);
    assert!((combine(&[valences[0]]) - valences[0]).abs() < 1e-4);
    assert!(combine(&[0.5, 0.5]) > 0.5);
}

/// `(score, rating)` per snippet of a ground-truth file, or `None` when the
/// shared corpus is absent.
fn scores(name: &str) -> Option<Vec<(f64, f64)>> {
    let path = common::corpus(&format!("sentiment/{name}"));
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("skipped: {} not found", path.display());
        return None;
    };
    let pairs = text
        .lines()
        .filter_map(|line| {
            let mut fields = line.trim_start_matches('\u{feff}').splitn(3, '\t');
            let _id = fields.next()?;
            let rating: f64 = fields.next()?.trim().parse().ok()?;
            let doc = parse(fields.next()?.trim_end());
            Some((f64::from(combine(&sentence_valences(&doc))), rating))
        })
        .collect();
    Some(pairs)
}

/// Pearson r against the mean human rating, at or above floors a little
/// under what the stage reached when they were set (NYT 0.575, its held-out
/// even lines 0.559; movies 0.488, Amazon 0.631, tweets 0.844). VADER
/// itself reaches 0.50 on the NYT editorials.
#[test]
fn correlation_with_human_ratings() {
    let Some(nyt) = scores("nytEditorialSnippets_GroundTruth.txt") else {
        return;
    };
    assert_eq!(nyt.len(), 5190);
    let r = pearson(&nyt);
    let held_out: Vec<_> = nyt.iter().copied().skip(1).step_by(2).collect();
    let r_held = pearson(&held_out);
    println!("NYT r = {r:.4}, held-out r = {r_held:.4}");
    assert!(r >= 0.565, "NYT r = {r:.4}");
    assert!(r_held >= 0.55, "NYT held-out r = {r_held:.4}");
    for (name, floor) in [
        ("movieReviewSnippets_GroundTruth.txt", 0.475),
        ("amazonReviewSnippets_GroundTruth.txt", 0.62),
        ("tweets_GroundTruth.txt", 0.83),
    ] {
        let Some(pairs) = scores(name) else { return };
        let r = pearson(&pairs);
        println!("{name}: r = {r:.4}");
        assert!(r >= floor, "{name}: r = {r:.4}");
    }
}
