//! The founding essay (`../shared/corpus/essays/musk-trump-seed.txt`): what
//! the actor stage must find in it, case by case, and the hand counts it is
//! checked against. Scoring helpers and matching rules: `tests/actors/score.rs`.

#[path = "actors/score.rs"]
mod score;

use std::collections::BTreeSet;

use score::{Actor, Expectation, Span};

/// Name mentions of Trump, counted by hand, line by line (line numbers of
/// the essay file, 1 = the title). Every whole-word "Trump", including
/// "Donald Trump" (once), the possessive "Trump’s" and the two "Trump–Musk"
/// compounds (lines 21 and 29). Not counted: "Trumpworld" (26), "Trumpism"
/// (27), "Trumpism’s" (28), which are aliases, and the brand in line 20
/// ("anything he can’t brand as Trump or MAGA"), which is neither expected
/// nor an error (line 20 has two "Trump", one counted).
const TRUMP_BY_LINE: &[(usize, usize)] = &[
    (1, 1),
    (3, 1),
    (6, 1),
    (7, 1),
    (13, 1),
    (14, 1),
    (16, 2),
    (17, 3),
    (18, 2),
    (20, 1),
    (21, 1),
    (22, 1),
    (23, 2),
    (26, 1),
    (28, 1),
    (29, 1),
    (30, 1),
    (31, 1),
];
const TRUMP_NAME_MENTIONS: usize = 23;

/// Name mentions of Musk, by line: every whole-word "Musk", including
/// "Elon Musk" (line 3, once), "Musk’s" and the two "Trump–Musk" compounds.
const MUSK_BY_LINE: &[(usize, usize)] = &[
    (1, 1),
    (3, 1),
    (7, 2),
    (13, 1),
    (14, 3),
    (16, 2),
    (17, 1),
    (18, 3),
    (20, 1),
    (21, 1),
    (22, 1),
    (23, 2),
    (26, 1),
    (27, 1),
    (28, 1),
    (29, 1),
    (30, 1),
    (31, 1),
];
const MUSK_NAME_MENTIONS: usize = 25;

/// Where the brand "Trump" is (line 20).
const BRAND: (&str, &str) = ("anything he can’t brand as Trump or MAGA", "Trump");

struct Seed {
    exp: Expectation,
    text: String,
    actors: Vec<Actor>,
    compared: Vec<String>,
}

/// The seed essay and its report from the library.
fn seed() -> Seed {
    seed_with(|_, _, text| score::analyze(text))
}

/// The seed essay and the report `report` makes of it.
fn seed_with(report: impl Fn(&Expectation, &score::Truth, &str) -> serde_json::Value) -> Seed {
    let (exp, text) = score::load("musk-trump-seed").unwrap_or_else(|e| panic!("{e}"));
    let truth = score::resolve(&exp, &text).unwrap_or_else(|e| panic!("{e:?}"));
    let report = report(&exp, &truth, &text);
    let (actors, compared, _) = score::read_actors(&exp, &text, &report);
    Seed {
        exp,
        text,
        actors,
        compared,
    }
}

impl Seed {
    /// The span of the `occurrence`-th whole-word `needle` in the unique `anchor`.
    fn span(&self, anchor: &str, needle: &str, occurrence: usize) -> Span {
        score::locate(&self.text, anchor, needle, occurrence).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The keys of the person actors with a mention over that span.
    fn actors_at(&self, anchor: &str, needle: &str, occurrence: usize) -> BTreeSet<String> {
        score::actors_at(
            &self.exp,
            &self.actors,
            self.span(anchor, needle, occurrence),
        )
    }

    fn actor(&self, key: &str) -> &Actor {
        self.actors
            .iter()
            .find(|a| a.key(&self.exp) == key)
            .unwrap_or_else(|| {
                let all: Vec<String> = self
                    .actors
                    .iter()
                    .map(|a| format!("{} ({})", a.name, a.id))
                    .collect();
                panic!("no person actor for {key}; the report has {all:?}")
            })
    }

    /// The keys of the report's compared actors.
    fn compared_keys(&self) -> BTreeSet<String> {
        self.compared
            .iter()
            .map(|id| {
                self.actors
                    .iter()
                    .find(|a| &a.id == id)
                    .map_or_else(|| format!("?{id}"), |a| a.key(&self.exp))
            })
            .collect()
    }

    /// Every whole-word occurrence of `form` per line (1-based).
    fn count_by_line(&self, form: &str) -> Vec<(usize, usize)> {
        self.text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, score::word_occurrences(l, form).len()))
            .filter(|&(_, n)| n > 0)
            .collect()
    }

    /// The name mentions of `key`'s actor outside the brand, checked to
    /// cover each expected span; returns their number.
    fn name_mentions(&self, key: &str) -> usize {
        let brand = self.span(BRAND.0, BRAND.1, 1);
        let names: Vec<Span> = self
            .actor(key)
            .mentions
            .iter()
            .filter(|m| m.kind == "name" && !score::overlaps(m.span, brand))
            .map(|m| m.span)
            .collect();
        let truth = score::resolve(&self.exp, &self.text).unwrap_or_else(|e| panic!("{e:?}"));
        let expected = &truth.people.iter().find(|p| p.key == key).unwrap().spans;
        let missed: Vec<String> = expected
            .iter()
            .filter(|&&e| !names.iter().any(|&n| score::overlaps(n, e)))
            .map(|&(s, e)| format!("l.{} {:?}", score::line_of(&self.text, s), &self.text[s..e]))
            .collect();
        assert!(missed.is_empty(), "{key}: name mentions missed: {missed:?}");
        names.len()
    }
}

fn set(keys: &[&str]) -> BTreeSet<String> {
    keys.iter().map(|k| k.to_string()).collect()
}

// ---------------------------------------------------------------- now

#[test]
fn hand_counts_match_the_text() {
    let s = seed();
    let brand_line = score::line_of(&s.text, s.span(BRAND.0, BRAND.1, 1).0);
    assert_eq!(brand_line, 20);
    let trump_in_text: Vec<(usize, usize)> = s
        .count_by_line("Trump")
        .into_iter()
        .map(|(l, n)| if l == brand_line { (l, n - 1) } else { (l, n) })
        .collect();
    assert_eq!(trump_in_text, TRUMP_BY_LINE);
    assert_eq!(
        TRUMP_BY_LINE.iter().map(|&(_, n)| n).sum::<usize>(),
        TRUMP_NAME_MENTIONS
    );
    assert_eq!(s.count_by_line("Musk"), MUSK_BY_LINE);
    assert_eq!(
        MUSK_BY_LINE.iter().map(|&(_, n)| n).sum::<usize>(),
        MUSK_NAME_MENTIONS
    );
    // "Donald Trump" and "Elon Musk" are one mention each, not two.
    assert_eq!(s.count_by_line("Donald"), [(3, 1)]);
    assert_eq!(s.count_by_line("Elon"), [(3, 1)]);
    // And the expectation file says the same.
    let people = &s.exp.people;
    assert_eq!(
        people
            .iter()
            .find(|p| p.key == "Trump")
            .unwrap()
            .name_mentions,
        TRUMP_NAME_MENTIONS
    );
    assert_eq!(
        people
            .iter()
            .find(|p| p.key == "Musk")
            .unwrap()
            .name_mentions,
        MUSK_NAME_MENTIONS
    );
}

#[test]
fn gem_musings_the_author_is_not_an_actor() {
    let s = seed();
    let author: Vec<Span> = score::word_occurrences(&s.text, "Gem Musings");
    assert_eq!(author.len(), 2, "the byline and the bio");
    for a in &s.actors {
        assert!(
            score::word_occurrences(&a.name, "Musings").is_empty(),
            "the author is actor {:?}",
            a.name
        );
        for m in &a.mentions {
            assert!(
                !author.iter().any(|&g| score::overlaps(g, m.span)),
                "{:?} has a mention on the author's name",
                a.name
            );
        }
    }
}

// ---------------------------------------------------------------- once the stage lands

#[test]
fn trump_and_musk_are_the_compared_pair() {
    check_trump_and_musk_are_the_compared_pair(&seed());
}

fn check_trump_and_musk_are_the_compared_pair(s: &Seed) {
    assert_eq!(
        s.compared_keys(),
        set(&["Trump", "Musk"]),
        "compared ids {:?}",
        s.compared
    );
    assert_eq!(s.compared.len(), 2);
}

#[test]
fn trump_has_exactly_his_name_mentions() {
    check_trump_has_exactly_his_name_mentions(&seed());
}

fn check_trump_has_exactly_his_name_mentions(s: &Seed) {
    assert_eq!(s.name_mentions("Trump"), TRUMP_NAME_MENTIONS);
}

#[test]
fn musk_has_exactly_his_name_mentions() {
    check_musk_has_exactly_his_name_mentions(&seed());
}

fn check_musk_has_exactly_his_name_mentions(s: &Seed) {
    assert_eq!(s.name_mentions("Musk"), MUSK_NAME_MENTIONS);
}

#[test]
fn trumpism_and_trumpworld_are_trumps_aliases() {
    check_trumpism_and_trumpworld_are_trumps_aliases(&seed());
}

fn check_trumpism_and_trumpworld_are_trumps_aliases(s: &Seed) {
    let trump = s.actor("Trump");
    for (anchor, form) in [
        ("Democracy: Trumpism has resulted", "Trumpism"),
        ("Economy: Trumpism’s policy volatility", "Trumpism"),
        ("Musk’s flirtation with Trumpworld", "Trumpworld"),
    ] {
        let span = s.span(anchor, form, 1);
        let m = trump
            .mentions
            .iter()
            .find(|m| score::overlaps(m.span, span));
        let m = m.unwrap_or_else(|| panic!("{form:?} in {anchor:?} is not a mention of Trump"));
        assert_eq!(m.kind, "alias", "{form:?} in {anchor:?}");
        assert_eq!(
            s.actors_at(anchor, form, 1),
            set(&["Trump"]),
            "{form:?} belongs to Trump alone"
        );
    }
}

#[test]
fn the_maga_godfather_himself_is_trump() {
    check_the_maga_godfather_himself_is_trump(&seed());
}

fn check_the_maga_godfather_himself_is_trump(s: &Seed) {
    assert_eq!(
        s.actors_at(
            "possibly reinstate the MAGA godfather himself",
            "the MAGA godfather himself",
            1
        ),
        set(&["Trump"])
    );
}

#[test]
fn he_is_fluent_in_code_is_musk() {
    check_he_is_fluent_in_code_is_musk(&seed());
}

fn check_he_is_fluent_in_code_is_musk(s: &Seed) {
    // "Musk, on the other hand, markets power as progress: robots, networks,
    // neural interfaces. He is fluent in code, not crowds."
    assert_eq!(
        s.actors_at("He is fluent in code, not crowds.", "He", 1),
        set(&["Musk"])
    );
    // And "the other" of "on the other hand" is nobody.
    assert_eq!(
        s.actors_at("Musk, on the other hand, markets power", "the other", 1),
        set(&[])
    );
}

#[test]
fn one_sees_coal_the_other_cobalt() {
    check_one_sees_coal_the_other_cobalt(&seed());
}

fn check_one_sees_coal_the_other_cobalt(s: &Seed) {
    assert_eq!(
        s.actors_at("One sees the future in coal.", "One", 1),
        set(&["Trump"])
    );
    assert_eq!(
        s.actors_at("The other, in cobalt.", "The other", 1),
        set(&["Musk"])
    );
}

#[test]
fn they_both_want_to_be_emperor_is_both_men() {
    check_they_both_want_to_be_emperor_is_both_men(&seed());
}

fn check_they_both_want_to_be_emperor_is_both_men(s: &Seed) {
    assert_eq!(
        s.actors_at("They both want to be emperor.", "They", 1),
        set(&["Trump", "Musk"])
    );
    assert_eq!(
        s.actors_at("They both want to be emperor.", "both", 1),
        set(&["Trump", "Musk"])
    );
}

#[test]
fn downs_mills_and_nero_are_people_not_compared() {
    check_downs_mills_and_nero_are_people_not_compared(&seed());
}

fn check_downs_mills_and_nero_are_people_not_compared(s: &Seed) {
    let compared = s.compared_keys();
    for (key, anchor, form) in [
        (
            "Anthony Downs",
            "Political theorists like Anthony Downs",
            "Anthony Downs",
        ),
        (
            "C. Wright Mills",
            "C. Wright Mills’ Power Elite model",
            "Mills",
        ),
        ("Nero", "Trump wants to be Nero", "Nero"),
    ] {
        let actor = s.actor(key);
        let span = s.span(anchor, form, 1);
        assert!(
            actor
                .mentions
                .iter()
                .any(|m| m.kind == "name" && score::overlaps(m.span, span)),
            "{key} has no name mention on {form:?}"
        );
        assert!(!compared.contains(key), "{key} is compared: {compared:?}");
    }
}

// ---------------------------------------------------------------- the checks themselves

/// Every check above passes on the report a perfect stage would give (built
/// from the expectation file), so a failure later is the stage's, not the
/// test's.
#[test]
fn every_check_passes_on_a_perfect_report() {
    let s = seed_with(score::perfect_report);
    check_trump_and_musk_are_the_compared_pair(&s);
    check_trump_has_exactly_his_name_mentions(&s);
    check_musk_has_exactly_his_name_mentions(&s);
    check_trumpism_and_trumpworld_are_trumps_aliases(&s);
    check_the_maga_godfather_himself_is_trump(&s);
    check_he_is_fluent_in_code_is_musk(&s);
    check_one_sees_coal_the_other_cobalt(&s);
    check_they_both_want_to_be_emperor_is_both_men(&s);
    check_downs_mills_and_nero_are_people_not_compared(&s);
}

/// And fails on a report that has no actors (today's report, or an empty one).
#[test]
fn the_checks_fail_without_actors() {
    let s = seed_with(|_, _, _| serde_json::json!({}));
    assert!(
        std::panic::catch_unwind(|| check_trump_and_musk_are_the_compared_pair(&s)).is_err(),
        "trump_and_musk_are_the_compared_pair"
    );
    assert!(
        std::panic::catch_unwind(|| check_trump_has_exactly_his_name_mentions(&s)).is_err(),
        "trump_has_exactly_his_name_mentions"
    );
    assert!(
        std::panic::catch_unwind(|| check_musk_has_exactly_his_name_mentions(&s)).is_err(),
        "musk_has_exactly_his_name_mentions"
    );
    assert!(
        std::panic::catch_unwind(|| check_trumpism_and_trumpworld_are_trumps_aliases(&s)).is_err(),
        "trumpism_and_trumpworld_are_trumps_aliases"
    );
    assert!(
        std::panic::catch_unwind(|| check_the_maga_godfather_himself_is_trump(&s)).is_err(),
        "the_maga_godfather_himself_is_trump"
    );
    assert!(
        std::panic::catch_unwind(|| check_he_is_fluent_in_code_is_musk(&s)).is_err(),
        "he_is_fluent_in_code_is_musk"
    );
    assert!(
        std::panic::catch_unwind(|| check_one_sees_coal_the_other_cobalt(&s)).is_err(),
        "one_sees_coal_the_other_cobalt"
    );
    assert!(
        std::panic::catch_unwind(|| check_they_both_want_to_be_emperor_is_both_men(&s)).is_err(),
        "they_both_want_to_be_emperor_is_both_men"
    );
    assert!(
        std::panic::catch_unwind(|| check_downs_mills_and_nero_are_people_not_compared(&s))
            .is_err(),
        "downs_mills_and_nero_are_people_not_compared"
    );
}
