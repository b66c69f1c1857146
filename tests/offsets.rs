//! UTF-16 offsets on the texts that break naive offset code: emoji,
//! combining marks, CJK, right-to-left text, CRLF line ends, non-breaking
//! and zero-width spaces. Each sentence must slice back to its own text in
//! JavaScript's units.

use faultline::{analyze, Options};

fn slice(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start as usize..end as usize])
}

fn sentences(text: &str) -> Vec<String> {
    let r = analyze(text, &Options::default());
    r.document
        .sentences
        .iter()
        .map(|s| slice(text, s.start, s.end))
        .collect()
}

#[test]
fn emoji_count_two_units() {
    let t = "🚀 Musk builds rockets. 👩‍💻 Trump builds walls.";
    assert_eq!(
        sentences(t),
        ["🚀 Musk builds rockets.", "👩‍💻 Trump builds walls."]
    );
    let r = analyze(t, &Options::default());
    // "🚀 Musk builds rockets. " is 24 UTF-16 units: the rocket counts two.
    assert_eq!(r.document.sentences[1].start, 24);
    assert_eq!(t[..t.find('👩').unwrap()].encode_utf16().count(), 24);
}

#[test]
fn combining_marks_stay_in_words() {
    let t = "Cafe\u{301} society. Next one.";
    assert_eq!(sentences(t), ["Cafe\u{301} society.", "Next one."]);
    let r = analyze(t, &Options::default());
    let d = &r.document;
    assert_eq!(slice(t, d.tokens.start[0], d.tokens.end[0]), "Cafe\u{301}");
}

#[test]
fn cjk_and_right_to_left() {
    let t = "漢字のテスト. שלום עולם. مرحبا بالعالم.";
    assert_eq!(
        sentences(t),
        ["漢字のテスト.", "שלום עולם.", "مرحبا بالعالم."]
    );
}

#[test]
fn crlf_line_ends() {
    let t = "Title Line Here\r\nFirst paragraph ends.\r\nSecond one ends.\r\n";
    let r = analyze(t, &Options::default());
    let blocks: Vec<String> = r
        .document
        .blocks
        .iter()
        .map(|b| slice(t, b.start, b.end))
        .collect();
    assert_eq!(
        blocks,
        [
            "Title Line Here",
            "First paragraph ends.",
            "Second one ends."
        ]
    );
}

#[test]
fn non_breaking_and_zero_width_spaces() {
    // A zero-width space is a space: it separates sentences, and is trimmed.
    let t = "Mr.\u{00A0}Musk left.\u{200B}Then\u{00A0}he came back. \u{FEFF}Done.";
    assert_eq!(
        sentences(t),
        [
            "Mr.\u{00A0}Musk left.",
            "Then\u{00A0}he came back.",
            "Done."
        ]
    );
    let t2 = "He left.\u{00A0}Then he came back.";
    assert_eq!(sentences(t2), ["He left.", "Then he came back."]);
}
