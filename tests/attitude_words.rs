//! The default dictionary's attitude words are matched by stem, and a
//! Snowball stem can be shared by words of another meaning: "quite"
//! stems like "quit", "private" like "privatize", "court" like "courts",
//! "lovely" like "loves", "subsided" like "subsidized". Such words must
//! give no attitude (the entries are written as exact forms or prefixes).

use faultline::{analyze, Options};

/// The attitude cues (`for` / `against`) found in `text`, as written.
fn attitudes(text: &str) -> Vec<String> {
    let report = analyze(text, &Options::default());
    let utf16: Vec<u16> = text.encode_utf16().collect();
    report
        .sentences
        .iter()
        .flat_map(|s| &s.cues)
        .filter(|c| c.kind == "for" || c.kind == "against")
        .map(|c| String::from_utf16_lossy(&utf16[c.start as usize..c.end as usize]))
        .collect()
}

#[test]
fn words_that_only_share_a_stem_with_an_attitude_are_none() {
    let text = "The private sector is quite large. The court ruled. \
                It was a lovely celebrity gala, and the storm subsided.";
    assert_eq!(attitudes(text), Vec::<String>::new());
}

#[test]
fn the_attitudes_themselves_still_are() {
    let text = "Smith quit the alliance. Jones privatised the railways. \
                Brown courted voters, loves tariffs and subsidized solar panels.";
    let found = attitudes(text);
    for word in ["quit", "privatised", "loves", "subsidized"] {
        assert!(
            found.iter().any(|f| f.contains(word)),
            "{word} in {found:?}"
        );
    }
}
