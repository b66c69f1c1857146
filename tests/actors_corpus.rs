//! The actor stage against the hand-written ground truth of every essay in
//! `../shared/corpus/essays/` (`tests/actors/expectations/*.json`; the file
//! format and the scoring rules are documented in `tests/actors/score.rs`).
//!
//! Per essay:
//! * `<essay>_expectations_are_consistent`: the expectation file agrees with
//!   its essay (unique sentence substrings, occurrences that exist, hand
//!   counts of name mentions equal to what the forms find). Passes today.
//! * `<essay>_no_place_or_org_is_a_person` and `<essay>_author_is_not_an_actor`:
//!   no violation. Pass today (no actors, no violation) and guard from then on.
//! * `<essay>_compared_pair`, `<essay>_references`, `<essay>_name_mentions`:
//!   the compared actors exactly, and reference accuracy and name-mention
//!   precision and recall at or above the essay's floor (see [`floors`]).
//!
//! The measurement table is `cargo run --quiet --example actor_scores [--details]`.

#[path = "actors/score.rs"]
mod score;

use serde_json::json;

/// The goal for every essay: share of reference cases resolved exactly
/// right, and name-mention precision and recall.
const REFERENCE_ACCURACY_MIN: f64 = 0.75;
const NAME_PRECISION_MIN: f64 = 0.90;
const NAME_RECALL_MIN: f64 = 0.90;

/// `(references, precision, recall)` an essay must keep. The goal above
/// where the stage reaches it; below it, the floor is what the stage
/// measured when the floor was last raised (2026-11-25), rounded down, so a
/// regression fails the test and an improvement should raise the floor.
/// The classical texts name many figures once and without a first name,
/// and call two men "he" in one sentence: that is where the stage is weakest.
fn floors(name: &str) -> (f64, f64, f64) {
    let goal = (REFERENCE_ACCURACY_MIN, NAME_PRECISION_MIN, NAME_RECALL_MIN);
    match name {
        PERICLES => (0.70, NAME_PRECISION_MIN, 0.85),
        NUMA => (0.60, NAME_PRECISION_MIN, 0.80),
        ALCIBIADES => (REFERENCE_ACCURACY_MIN, NAME_PRECISION_MIN, 0.75),
        SYRIA => (0.50, NAME_PRECISION_MIN, NAME_RECALL_MIN),
        DUBOIS_POLITICS => (REFERENCE_ACCURACY_MIN, NAME_PRECISION_MIN, 0.75),
        DUBOIS_ELECTION => (REFERENCE_ACCURACY_MIN, NAME_PRECISION_MIN, 0.80),
        _ => goal,
    }
}

const SEED: &str = "musk-trump-seed";
const PERICLES: &str = "plutarch-pericles-fabius";
const ALCIBIADES: &str = "plutarch-alcibiades-coriolanus";
const NUMA: &str = "plutarch-numa-lycurgus";
const PELOSI: &str = "pelosi-trump-speaker-wikinews";
const SYRIA: &str = "trump-graham-syria-wikinews";
const SUPER_TUESDAY: &str = "warren-bloomberg-super-tuesday-wikinews";
const DUBOIS_POLITICS: &str = "dubois-crisis-politics-1912";
const DUBOIS_ELECTION: &str = "dubois-crisis-election-1912";

const ESSAYS: [&str; 9] = [
    SEED,
    PERICLES,
    ALCIBIADES,
    NUMA,
    PELOSI,
    SYRIA,
    SUPER_TUESDAY,
    DUBOIS_POLITICS,
    DUBOIS_ELECTION,
];

// ---------------------------------------------------------------- checks

fn consistent(name: &str) {
    let (exp, text) = score::load(name).unwrap_or_else(|e| panic!("{e}"));
    if let Err(errors) = score::resolve(&exp, &text) {
        panic!(
            "{name}.json does not agree with {}:\n  {}",
            exp.file,
            errors.join("\n  ")
        );
    }
}

fn compared_pair(name: &str) {
    let (exp, _, _, s) = score::run(name);
    assert!(
        s.compared_ok,
        "{name}: compared {:?}, expected {:?}{}",
        s.compared_got,
        exp.compared,
        if exp.compared_also.is_empty() {
            String::new()
        } else {
            format!(" or one of {:?}", exp.compared_also)
        }
    );
}

fn no_place_or_org_is_a_person(name: &str) {
    let (_, _, _, s) = score::run(name);
    assert!(
        s.not_people_violations.is_empty(),
        "{name}:\n  {}",
        s.not_people_violations.join("\n  ")
    );
}

fn author_is_not_an_actor(name: &str) {
    let (_, _, _, s) = score::run(name);
    assert!(
        s.author_violations.is_empty(),
        "{name}:\n  {}",
        s.author_violations.join("\n  ")
    );
}

fn references(name: &str) {
    let (_, _, _, s) = score::run(name);
    let (min, _, _) = floors(name);
    let wrong: Vec<String> = s
        .references
        .iter()
        .filter(|r| !r.right())
        .map(|r| format!("{}: expected {:?}, got {:?}", r.label, r.expected, r.got))
        .collect();
    assert!(
        s.reference_accuracy() >= min,
        "{name}: {}/{} references right ({:.1}% < {:.1}%); wrong:\n  {}",
        s.references_right(),
        s.references.len(),
        100.0 * s.reference_accuracy(),
        100.0 * min,
        wrong.join("\n  ")
    );
}

fn name_mentions(name: &str) {
    let (_, _, _, s) = score::run(name);
    let (_, precision_min, recall_min) = floors(name);
    let precision = s.precision().unwrap_or(0.0);
    assert!(
        precision >= precision_min && s.recall() >= recall_min,
        "{name}: name-mention precision {:.1}% ({}/{}), recall {:.1}% ({}/{}); missed:\n  {}\nfalse:\n  {}",
        100.0 * precision,
        s.true_names,
        s.predicted_names,
        100.0 * s.recall(),
        s.found_names,
        s.expected_names,
        s.missed.join("\n  "),
        s.extra.join("\n  ")
    );
}

// ---------------------------------------------------------------- the corpus

#[test]
fn every_essay_has_an_expectation_file() {
    let mut essays: Vec<String> = std::fs::read_dir(score::essays_dir())
        .expect("the essays folder")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".txt"))
                .map(str::to_string)
        })
        .collect();
    essays.sort();
    assert_eq!(
        score::expectation_names(),
        essays,
        "one expectation file per essay, named after it"
    );
    let mut listed: Vec<String> = ESSAYS.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(listed, essays, "ESSAYS in this file lists every essay");
}

#[test]
fn every_expectation_names_its_own_essay() {
    for name in ESSAYS {
        let (exp, _) = score::load(name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(exp.file, format!("{name}.txt"));
    }
}

#[test]
fn seed_expectations_are_consistent() {
    consistent(SEED)
}
#[test]
fn seed_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(SEED)
}
#[test]
fn seed_author_is_not_an_actor() {
    author_is_not_an_actor(SEED)
}
#[test]
fn seed_compared_pair() {
    compared_pair(SEED)
}
#[test]
fn seed_references() {
    references(SEED)
}
#[test]
fn seed_name_mentions() {
    name_mentions(SEED)
}

#[test]
fn pericles_fabius_expectations_are_consistent() {
    consistent(PERICLES)
}
#[test]
fn pericles_fabius_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(PERICLES)
}
#[test]
fn pericles_fabius_author_is_not_an_actor() {
    author_is_not_an_actor(PERICLES)
}
#[test]
fn pericles_fabius_compared_pair() {
    compared_pair(PERICLES)
}
#[test]
fn pericles_fabius_references() {
    references(PERICLES)
}
#[test]
fn pericles_fabius_name_mentions() {
    name_mentions(PERICLES)
}

#[test]
fn alcibiades_coriolanus_expectations_are_consistent() {
    consistent(ALCIBIADES)
}
#[test]
fn alcibiades_coriolanus_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(ALCIBIADES)
}
#[test]
fn alcibiades_coriolanus_author_is_not_an_actor() {
    author_is_not_an_actor(ALCIBIADES)
}
#[test]
fn alcibiades_coriolanus_compared_pair() {
    compared_pair(ALCIBIADES)
}
#[test]
fn alcibiades_coriolanus_references() {
    references(ALCIBIADES)
}
#[test]
fn alcibiades_coriolanus_name_mentions() {
    name_mentions(ALCIBIADES)
}

#[test]
fn numa_lycurgus_expectations_are_consistent() {
    consistent(NUMA)
}
#[test]
fn numa_lycurgus_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(NUMA)
}
#[test]
fn numa_lycurgus_author_is_not_an_actor() {
    author_is_not_an_actor(NUMA)
}
#[test]
fn numa_lycurgus_compared_pair() {
    compared_pair(NUMA)
}
#[test]
fn numa_lycurgus_references() {
    references(NUMA)
}
#[test]
fn numa_lycurgus_name_mentions() {
    name_mentions(NUMA)
}

#[test]
fn pelosi_trump_expectations_are_consistent() {
    consistent(PELOSI)
}
#[test]
fn pelosi_trump_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(PELOSI)
}
#[test]
fn pelosi_trump_author_is_not_an_actor() {
    author_is_not_an_actor(PELOSI)
}
#[test]
fn pelosi_trump_compared_pair() {
    compared_pair(PELOSI)
}
#[test]
fn pelosi_trump_references() {
    references(PELOSI)
}
#[test]
fn pelosi_trump_name_mentions() {
    name_mentions(PELOSI)
}

#[test]
fn trump_graham_syria_expectations_are_consistent() {
    consistent(SYRIA)
}
#[test]
fn trump_graham_syria_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(SYRIA)
}
#[test]
fn trump_graham_syria_author_is_not_an_actor() {
    author_is_not_an_actor(SYRIA)
}
#[test]
fn trump_graham_syria_compared_pair() {
    compared_pair(SYRIA)
}
#[test]
fn trump_graham_syria_references() {
    references(SYRIA)
}
#[test]
fn trump_graham_syria_name_mentions() {
    name_mentions(SYRIA)
}

#[test]
fn warren_bloomberg_expectations_are_consistent() {
    consistent(SUPER_TUESDAY)
}
#[test]
fn warren_bloomberg_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(SUPER_TUESDAY)
}
#[test]
fn warren_bloomberg_author_is_not_an_actor() {
    author_is_not_an_actor(SUPER_TUESDAY)
}
#[test]
fn warren_bloomberg_compared_pair() {
    compared_pair(SUPER_TUESDAY)
}
#[test]
fn warren_bloomberg_references() {
    references(SUPER_TUESDAY)
}
#[test]
fn warren_bloomberg_name_mentions() {
    name_mentions(SUPER_TUESDAY)
}

#[test]
fn dubois_politics_expectations_are_consistent() {
    consistent(DUBOIS_POLITICS)
}
#[test]
fn dubois_politics_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(DUBOIS_POLITICS)
}
#[test]
fn dubois_politics_author_is_not_an_actor() {
    author_is_not_an_actor(DUBOIS_POLITICS)
}
#[test]
fn dubois_politics_compared_pair() {
    compared_pair(DUBOIS_POLITICS)
}
#[test]
fn dubois_politics_references() {
    references(DUBOIS_POLITICS)
}
#[test]
fn dubois_politics_name_mentions() {
    name_mentions(DUBOIS_POLITICS)
}

#[test]
fn dubois_election_expectations_are_consistent() {
    consistent(DUBOIS_ELECTION)
}
#[test]
fn dubois_election_no_place_or_org_is_a_person() {
    no_place_or_org_is_a_person(DUBOIS_ELECTION)
}
#[test]
fn dubois_election_author_is_not_an_actor() {
    author_is_not_an_actor(DUBOIS_ELECTION)
}
#[test]
fn dubois_election_compared_pair() {
    compared_pair(DUBOIS_ELECTION)
}
#[test]
fn dubois_election_references() {
    references(DUBOIS_ELECTION)
}
#[test]
fn dubois_election_name_mentions() {
    name_mentions(DUBOIS_ELECTION)
}

// ---------------------------------------------------------------- the harness itself

fn utf16_at(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

#[test]
fn a_perfect_report_scores_full_marks_on_every_essay() {
    for name in ESSAYS {
        let (exp, text) = score::load(name).unwrap();
        let truth = score::resolve(&exp, &text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let s = score::score(
            &exp,
            &truth,
            &text,
            &score::perfect_report(&exp, &truth, &text),
        );
        assert_eq!(s.precision(), Some(1.0), "{name}: false {:?}", s.extra);
        assert_eq!(s.recall(), 1.0, "{name}: missed {:?}", s.missed);
        assert_eq!(
            s.found_aliases, s.expected_aliases,
            "{name}: missed {:?}",
            s.missed
        );
        let wrong: Vec<_> = s
            .references
            .iter()
            .filter(|r| !r.right())
            .map(|r| (&r.label, &r.expected, &r.got))
            .collect();
        assert!(wrong.is_empty(), "{name}: {wrong:?}");
        assert!(s.compared_ok, "{name}: {:?}", s.compared_got);
        assert!(
            s.not_people_violations.is_empty(),
            "{name}: {:?}",
            s.not_people_violations
        );
        assert!(
            s.author_violations.is_empty(),
            "{name}: {:?}",
            s.author_violations
        );
        assert_eq!(
            (s.people_found, s.gender_right),
            (exp.people.len(), exp.people.len()),
            "{name}"
        );
    }
}

#[test]
fn todays_report_scores_without_panicking() {
    for name in ESSAYS {
        let (_, _, _, s) = score::run(name);
        assert!(
            s.expected_names > 0 && s.references.len() >= score::MIN_REFERENCES,
            "{name}"
        );
    }
}

#[test]
fn mistakes_are_counted() {
    // The seed essay with a report that gets things wrong in known ways.
    let (exp, text) = score::load(SEED).unwrap();
    let truth = score::resolve(&exp, &text).unwrap();
    let span = |anchor: &str, needle: &str| {
        let (s, e) = score::locate(&text, anchor, needle, 1).unwrap();
        json!({"start": utf16_at(&text, s), "end": utf16_at(&text, e), "kind": "name", "rule": "test", "sentence": 0})
    };
    let report = json!({
        "actors": [
            // One right Trump mention; "Tesla" taken for a Trump name (false, and a notPeople violation).
            {"id": "trump", "name": "Donald Trump", "aliases": ["Trump’s"], "kind": "person", "gender": "male",
             "mentions": [span("Trump is power as performance", "Trump"), span("Tesla, SolarCity", "Tesla")]},
            // Musk's pronoun given to Tesla the person; the author as an actor.
            {"id": "tesla", "name": "Tesla", "aliases": [], "kind": "person", "gender": "unknown",
             "mentions": [{"start": utf16_at(&text, score::locate(&text, "He is fluent in code", "He", 1).unwrap().0),
                           "end": utf16_at(&text, score::locate(&text, "He is fluent in code", "He", 1).unwrap().1),
                           "kind": "pronoun", "rule": "test", "sentence": 0}]},
            {"id": "gem", "name": "Gem Musings", "aliases": [], "kind": "person", "gender": "unknown", "mentions": []},
            // Organisations are not scored.
            {"id": "x", "name": "Musk", "aliases": [], "kind": "organization", "mentions": [span("Musk courted the right", "Musk")]}
        ],
        "compared": ["trump", "tesla"]
    });
    let s = score::score(&exp, &truth, &text, &report);
    assert_eq!((s.true_names, s.predicted_names), (1, 2));
    assert_eq!(s.found_names, 1);
    assert_eq!(s.expected_names, 23 + 25 + 3);
    assert!(!s.compared_ok);
    assert_eq!(s.compared_got, ["Trump", "?Tesla"]);
    assert_eq!(
        s.not_people_violations.len(),
        2,
        "{:?}",
        s.not_people_violations
    ); // the mention and the actor's name
    assert_eq!(s.author_violations.len(), 1, "{:?}", s.author_violations);
    let he = s
        .references
        .iter()
        .find(|r| r.label.contains("He is fluent"))
        .unwrap();
    assert_eq!(he.got.iter().collect::<Vec<_>>(), ["?Tesla"]);
    assert!(!he.right());
    assert_eq!(s.people_found, 1);
    assert_eq!((s.gender_right, s.gender_checked), (1, 1));
}

#[test]
fn a_wrong_hand_count_or_anchor_is_reported() {
    let (mut exp, text) = score::load(SEED).unwrap();
    exp.people[0].name_mentions += 1;
    exp.references[0].sentence = "Both".into(); // not unique
    exp.references[1].occurrence = 9;
    exp.not_people.push("Atlantis".into());
    let errors = score::resolve(&exp, &text).unwrap_err();
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(
        errors[0].contains("nameMentions says 24, the text has 23"),
        "{}",
        errors[0]
    );
}

#[test]
fn whole_words_only() {
    let t = "Trumpism, Trump’s, Trump–Musk, Trumpworld, Trump's and TRUMP; antiTrump";
    assert_eq!(score::word_occurrences(t, "Trump").len(), 3);
    assert_eq!(
        score::word_occurrences("Lykurgus' made him", "Lykurgus").len(),
        1
    );
    assert_eq!(
        score::word_occurrences("Dionysius and Dion", "Dion").len(),
        1
    );
    assert_eq!(score::word_occurrences("they both, both", "both").len(), 2);
    assert_eq!(
        score::word_occurrences("Erdoğan", "Erdoğan"),
        [(0, "Erdoğan".len())]
    );
    assert_eq!(
        score::word_occurrences("C. Wright Mills’ model", "C. Wright Mills").len(),
        1
    );
}

#[test]
fn utf16_offsets_map_to_bytes() {
    let text = "a🚀é—b";
    let map = score::Utf16Map::new(text);
    // a=1 unit, 🚀=2, é=1, —=1, b=1
    assert_eq!(map.byte(0), Some(0));
    assert_eq!(map.byte(1), Some(1));
    assert_eq!(map.byte(3), Some(5));
    assert_eq!(map.byte(4), Some(7));
    assert_eq!(map.byte(6), Some(text.len()));
    assert_eq!(map.byte(7), None);
}
