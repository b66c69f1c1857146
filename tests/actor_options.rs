//! The actor options (`compare`, `merge`, `aliases`, `affiliations`,
//! `exclude`): each does what it says on the founding essay, and no
//! combination of names, however wrong, makes `analyze` fail or panic;
//! an option that cannot apply is skipped with a warning naming it.

mod common;

use std::collections::BTreeMap;

use faultline::{analyze, Options, Report};
use proptest::prelude::*;

fn seed() -> String {
    common::read_corpus("essays/musk-trump-seed.txt")
}

fn actor<'r>(r: &'r Report, name: &str) -> Option<&'r faultline::report::ActorReport> {
    r.actors.iter().find(|a| a.name.contains(name))
}

fn warned(r: &Report, option: &str, needle: &str) -> bool {
    r.warnings
        .iter()
        .any(|w| w.option == option && w.message.contains(needle))
}

#[test]
fn compare_chooses_and_orders_the_compared_actors() {
    let text = seed();
    let options = Options {
        compare: vec!["Musk".into(), "Nero".into(), "Trump".into()],
        ..Default::default()
    };
    let r = analyze(&text, &options);
    assert_eq!(r.compared, ["elon-musk", "nero", "donald-trump"]);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn unknown_names_are_warned_and_ignored() {
    let text = seed();
    let options = Options {
        compare: vec!["Obama".into()],
        exclude: vec!["Lincoln".into()],
        ..Default::default()
    };
    let r = analyze(&text, &options);
    assert_eq!(
        r.compared,
        ["donald-trump", "elon-musk"],
        "falls back to the most salient"
    );
    assert!(warned(&r, "compare", "Obama"));
    assert!(warned(&r, "exclude", "Lincoln"));
}

#[test]
fn merge_joins_and_refuses_to_join_an_actor_with_itself() {
    let text = seed();
    let options = Options {
        merge: vec![
            vec!["Trump".into(), "Nero".into()],
            vec!["Musk".into(), "Elon Musk".into()],
            vec!["Musk".into()],
        ],
        ..Default::default()
    };
    let r = analyze(&text, &options);
    assert!(actor(&r, "Nero").is_none(), "Nero joined Trump");
    let trump = actor(&r, "Trump").expect("Trump");
    assert!(
        trump.aliases.iter().any(|a| a == "Nero"),
        "{:?}",
        trump.aliases
    );
    assert!(warned(&r, "merge", "already one actor"));
    assert!(warned(&r, "merge", "at least two names"));
}

#[test]
fn affiliations_count_for_their_actor_and_leave_the_entities() {
    let text = seed();
    let plain = analyze(&text, &Options::default());
    let mut affiliations = BTreeMap::new();
    affiliations.insert(
        "Musk".to_string(),
        vec!["Tesla".to_string(), "SpaceX".to_string(), " ".to_string()],
    );
    let r = analyze(
        &text,
        &Options {
            affiliations,
            ..Default::default()
        },
    );
    let before = actor(&plain, "Musk").unwrap().counts.alias;
    let after = actor(&r, "Musk").unwrap();
    assert_eq!(after.counts.alias, before + 3, "Tesla is named three times");
    assert!(after.mentions.iter().any(|m| m.rule == "affiliation"));
    assert!(!r.entities.iter().any(|e| e.name == "Tesla"));
    assert!(
        warned(&r, "affiliations", "SpaceX"),
        "SpaceX does not occur"
    );
    assert!(warned(&r, "affiliations", "empty"));
}

#[test]
fn aliases_add_mentions_and_exclude_removes_an_actor() {
    let text = seed();
    let mut aliases = BTreeMap::new();
    aliases.insert(
        "Trump".to_string(),
        vec!["the Colonizer of the Republican Party".to_string()],
    );
    let r = analyze(
        &text,
        &Options {
            aliases,
            exclude: vec!["Nero".into()],
            ..Default::default()
        },
    );
    assert!(actor(&r, "Trump")
        .unwrap()
        .mentions
        .iter()
        .any(|m| m.rule == "alias"));
    assert!(actor(&r, "Nero").is_none());
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn the_author_is_never_an_actor_even_when_named() {
    let text = seed();
    let r = analyze(
        &text,
        &Options {
            compare: vec!["Gem Musings".into()],
            ..Default::default()
        },
    );
    assert!(actor(&r, "Gem").is_none());
    assert!(warned(&r, "compare", "Gem Musings"));
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Trump".to_string()),
        Just("Musk".to_string()),
        Just("Donald Trump".to_string()),
        Just("elon-musk".to_string()),
        Just("nero".to_string()),
        Just("Tesla".to_string()),
        Just("X".to_string()),
        Just("".to_string()),
        Just(" ".to_string()),
        Just("\u{FFFD}".to_string()),
        ".{0,12}",
    ]
}

fn options() -> impl Strategy<Value = Options> {
    let list = || prop::collection::vec(name(), 0..4);
    (
        list(),
        prop::collection::vec(list(), 0..3),
        prop::collection::btree_map(name(), list(), 0..3),
        prop::collection::btree_map(name(), list(), 0..3),
        list(),
    )
        .prop_map(|(compare, merge, aliases, affiliations, exclude)| Options {
            tokens: false,
            compare,
            merge,
            aliases,
            affiliations,
            exclude,
            ..Options::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_options_give_a_report_whose_ids_hold(options in options()) {
        let text = seed();
        let r = analyze(&text, &options);
        let ids: Vec<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
        for id in &r.compared {
            prop_assert!(ids.contains(&id.as_str()));
        }
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        prop_assert_eq!(unique.len(), ids.len(), "actor ids are unique");
        for w in &r.warnings {
            prop_assert!(!w.message.is_empty());
        }
    }
}

#[test]
fn names_are_found_after_a_merge_emptied_an_earlier_actor() {
    // The merge leaves Donald Trump's working entry empty; a name looked
    // up afterwards must still find its own actor, not an emptied one.
    let text = seed();
    let options = Options {
        merge: vec![vec!["Nero".into(), "Donald Trump".into()]],
        compare: vec!["Nero".into(), "Elon Musk".into()],
        ..Default::default()
    };
    let r = analyze(&text, &options);
    assert_eq!(r.compared.len(), 2, "{:?} {:?}", r.compared, r.warnings);
    assert!(
        r.compared.iter().any(|id| id == "elon-musk"),
        "{:?}",
        r.compared
    );
}
