//! The founding essay (`../shared/corpus/essays/musk-trump-seed.txt`): its
//! structure, found exactly. Each line of that file is one block.

mod common;

use common::slice_utf16;
use faultline::report::BlockKind;

fn seed() -> (String, faultline::Report) {
    let text = common::read_corpus("essays/musk-trump-seed.txt");
    let report = faultline::analyze(&text, &faultline::Options::default());
    (text, report)
}

/// The text of every block of `kind`, in order.
fn blocks_of_kind(text: &str, r: &faultline::Report, kind: BlockKind) -> Vec<String> {
    r.document
        .blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| slice_utf16(text, b.start, b.end))
        .collect()
}

#[test]
fn title_byline_and_bio() {
    let (text, r) = seed();
    let d = &r.document;
    let title = d.title.expect("a title");
    assert_eq!(
        slice_utf16(&text, title.start, title.end),
        "Why Musk, the conqueror of Twitter, and Trump, the Colonizer of the Republican Party, Came To Blows"
    );
    let byline = d.byline.as_ref().expect("a byline");
    assert_eq!(
        slice_utf16(&text, byline.start, byline.end),
        "By Gem Musings"
    );
    assert_eq!(
        slice_utf16(&text, byline.name.start, byline.name.end),
        "Gem Musings"
    );
    let bio = d.bio.expect("a bio");
    let bio_text = slice_utf16(&text, bio.start, bio.end);
    assert!(
        bio_text.starts_with("Gem Musings is a seasoned International Relations"),
        "{bio_text}"
    );
    assert!(bio_text.ends_with("policy analysis."), "{bio_text}");
}

#[test]
fn two_section_headings() {
    let (text, r) = seed();
    let headings = blocks_of_kind(&text, &r, BlockKind::Heading);
    assert_eq!(headings, ["Why They Aligned", "Consequences"]);
}

#[test]
fn thirty_body_paragraphs_one_per_line() {
    let (text, r) = seed();
    let paragraphs = blocks_of_kind(&text, &r, BlockKind::Paragraph);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // Lines 3.. up to the bio are the body; headings are two of them.
    let body: Vec<&str> = lines[2..lines.len() - 1]
        .iter()
        .copied()
        .filter(|l| *l != "Why They Aligned" && *l != "Consequences")
        .collect();
    assert_eq!(paragraphs.len(), 30);
    assert_eq!(paragraphs, body);
    assert!(paragraphs.iter().any(|p| p == "Then there’s AI."));
}

#[test]
fn blocks_in_order() {
    let (_, r) = seed();
    let kinds: Vec<BlockKind> = r.document.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds.len(), 35);
    assert_eq!(kinds[0], BlockKind::Title);
    assert_eq!(kinds[1], BlockKind::Byline);
    assert_eq!(kinds[34], BlockKind::Bio);
}

#[test]
fn sentences_of_the_seed() {
    let (text, r) = seed();
    let sentences: Vec<String> = r
        .document
        .sentences
        .iter()
        .map(|s| slice_utf16(&text, s.start, s.end))
        .collect();
    // Abbreviations and initials do not split.
    assert!(sentences
        .iter()
        .any(|s| s.contains("testified before the U.S. Senate on AI risks.")));
    assert!(sentences
        .iter()
        .any(|s| s == "But the deeper reading is C. Wright Mills’ Power Elite model."));
    // "Then there’s AI." is one sentence of its own.
    assert!(sentences.iter().any(|s| s == "Then there’s AI."));
    // Every sentence lies inside its block.
    for s in &r.document.sentences {
        let b = &r.document.blocks[s.block as usize];
        assert!(b.start <= s.start && s.end <= b.end);
    }
}

#[test]
fn contrast_clauses() {
    let (text, r) = seed();
    let s = r
        .document
        .sentences
        .iter()
        .find(|s| {
            slice_utf16(&text, s.start, s.end) == "While Trump builds walls, Musk builds rockets."
        })
        .expect("the walls and rockets sentence");
    let clauses: Vec<String> = s
        .clauses
        .iter()
        .map(|c| slice_utf16(&text, c.start, c.end))
        .collect();
    assert_eq!(
        clauses,
        ["While Trump builds walls,", "Musk builds rockets."]
    );
}
