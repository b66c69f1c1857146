//! The founding essay comes out as `docs/THEMES.md` says a careful reader
//! finds it: climate, trade and immigration diverge (each above 0.6, ranked
//! above every other theme); media and democracy align; technology is
//! one-sided; economy is discussed without positions. Each with an evidence
//! clause a reader would point to.

mod common;

use faultline::report::ThemeReport;
use faultline::{analyze, Options, Report};

fn seed() -> (String, Report) {
    let text = common::read_corpus("essays/musk-trump-seed.txt");
    let report = analyze(&text, &Options::default());
    (text, report)
}

fn theme<'a>(r: &'a Report, id: &str) -> &'a ThemeReport {
    r.themes
        .iter()
        .find(|t| t.id == id)
        .expect("the theme is reported")
}

fn status(t: &ThemeReport) -> String {
    serde_json::to_value(t.status)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

/// The evidence clauses of `actor` on `theme`, as text.
fn evidence(text: &str, r: &Report, id: &str, actor: &str) -> Vec<String> {
    theme(r, id)
        .positions
        .get(actor)
        .map(|p| {
            p.evidence
                .iter()
                .map(|e| common::collapse(&common::slice_utf16(text, e.start, e.end)))
                .collect()
        })
        .unwrap_or_default()
}

fn assert_evidence(text: &str, r: &Report, id: &str, actor: &str, needle: &str) {
    let found = evidence(text, r, id, actor);
    assert!(
        found.iter().any(|c| c.contains(needle)),
        "{id}: {actor}'s evidence has a clause with {needle:?}; it has {found:#?}"
    );
}

#[test]
fn compared_pair_is_trump_and_musk() {
    let (_, r) = seed();
    let mut compared = r.compared.clone();
    compared.sort();
    assert_eq!(compared, ["donald-trump", "elon-musk"]);
}

#[test]
fn climate_trade_and_immigration_diverge_most() {
    let (text, r) = seed();
    for id in ["climate", "trade", "immigration"] {
        let t = theme(&r, id);
        assert_eq!(status(t), "diverge", "{id}: {t:#?}");
        assert!(t.divergence.unwrap() > 0.6, "{id}: {:?}", t.divergence);
    }
    // Ranked above every other theme.
    let top: Vec<&str> = r.themes.iter().take(3).map(|t| t.id.as_str()).collect();
    for id in ["climate", "trade", "immigration"] {
        assert!(top.contains(&id), "{id} in the top three: {top:?}");
    }
    // Trump at the fossil / protectionist / restrictive poles (+1), Musk
    // at the green / open / open poles (−1).
    for id in ["climate", "trade", "immigration"] {
        let t = theme(&r, id);
        assert!(t.positions["donald-trump"].value > 0.0, "{id}: Trump");
        assert!(t.positions["elon-musk"].value < 0.0, "{id}: Musk");
    }
    assert_evidence(
        &text,
        &r,
        "climate",
        "elon-musk",
        "rests on decarbonization",
    );
    assert_evidence(&text, &r, "trade", "donald-trump", "Trump works against it");
    assert_evidence(&text, &r, "trade", "elon-musk", "thrives on globalism");
    assert_evidence(&text, &r, "immigration", "donald-trump", "hardline stance");
}

#[test]
fn media_and_democracy_align_in_hostility() {
    let (text, r) = seed();
    for id in ["media", "democracy"] {
        let t = theme(&r, id);
        assert_eq!(status(t), "align", "{id}: {t:#?}");
        // Together at the anti-institutional pole.
        assert!(t.positions["donald-trump"].value > 0.0, "{id}: Trump");
        assert!(t.positions["elon-musk"].value > 0.0, "{id}: Musk");
    }
    for actor in ["donald-trump", "elon-musk"] {
        assert_evidence(&text, &r, "media", actor, "mainstream media");
        assert_evidence(&text, &r, "democracy", actor, "regulatory state");
    }
}

#[test]
fn technology_is_one_sided_and_economy_has_no_positions() {
    let (text, r) = seed();
    let tech = theme(&r, "technology");
    assert_eq!(status(tech), "oneSided", "{tech:#?}");
    assert!(tech.positions.contains_key("elon-musk"));
    assert!(!tech.positions.contains_key("donald-trump"));
    assert_evidence(
        &text,
        &r,
        "technology",
        "elon-musk",
        "responsible oversight",
    );
    let economy = theme(&r, "economy");
    assert_eq!(status(economy), "noPositions", "{economy:#?}");
    assert!(economy.salience > 0.0);
    // The sentence a reader would point to names the economy.
    let recession = r
        .sentences
        .iter()
        .find(|s| common::slice_utf16(&text, s.start, s.end).contains("recession"))
        .expect("the recession sentence");
    assert!(recession.themes.iter().any(|t| &*t.id == "economy"));
}

#[test]
fn every_statement_points_into_its_sentence() {
    let (text, r) = seed();
    assert!(!r.statements.is_empty());
    for s in &r.statements {
        let sentence = &r.document.sentences[s.sentence as usize];
        assert!(sentence.start <= s.start && s.end <= sentence.end, "{s:?}");
        assert!(!common::slice_utf16(&text, s.start, s.end).trim().is_empty());
    }
    assert!(r.divergence_index.is_some_and(|d| (0.0..=1.0).contains(&d)));
    assert!(r.dictionary.hash.starts_with("fnv1a64:"));
}
