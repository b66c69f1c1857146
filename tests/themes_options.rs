//! Custom dictionaries and theme switches through `Options`: our JSON
//! (every problem named), LIWC and Lexicoder imports as salience-only
//! themes, export, the hash in every report, and no panic on any input.

mod common;

use faultline::themes::{import, Dictionary};
use faultline::{analyze, Options};
use proptest::prelude::*;
use serde_json::json;

const TEXT: &str =
    "Donald Trump raised tariffs on steel. Mary Barra praised free trade and cheap imports.";

fn tiny() -> serde_json::Value {
    json!({
        "name": "tiny", "version": "0.1",
        "themes": [{
            "id": "trade", "label": "Trade", "cap": [18], "poles": ["open", "closed"],
            "entries": [
                {"pole": 1, "terms": ["tariff"]},
                {"pole": -1, "terms": ["free trade", "=imports"]}
            ]
        }],
        "attitudes": {"against": ["opposed"], "for": ["praised"]}
    })
}

/// The statements of `pair` then `text`, each as `view` sees it.
fn statements_after<T>(
    pair: &str,
    text: &str,
    view: impl Fn(&faultline::report::StatementReport) -> T,
) -> Vec<T> {
    analyze(&format!("{pair}{text}"), &Options::default())
        .statements
        .iter()
        .map(view)
        .collect()
}

/// A statement as (actor, theme, pole, agreement).
fn stance(s: &faultline::report::StatementReport) -> (String, String, String, i8) {
    (
        s.actor.to_string(),
        s.theme.to_string(),
        s.pole.to_string(),
        s.agreement,
    )
}

/// Two people named and each the subject once, before the sentence a
/// test reads.
const BLOOMBERG_SANDERS: &str =
    "Michael Bloomberg and Bernie Sanders met. Bloomberg spoke; Sanders listened. ";
const ORBAN_VON_DER_LEYEN: &str =
    "Viktor Orbán and Ursula von der Leyen differ. Orbán spoke; von der Leyen listened. ";

/// The terms of the default analysis's statements on `text`.
fn terms_of(text: &str) -> Vec<String> {
    analyze(text, &Options::default())
        .statements
        .iter()
        .map(|s| s.term.to_string())
        .collect()
}

/// The default analysis's position of `actor` on `theme` in `text`.
fn position(text: &str, actor: &str, theme: &str) -> Option<f64> {
    let r = analyze(text, &Options::default());
    let t = r.themes.iter().find(|t| t.id == theme).unwrap();
    t.positions.get(actor).map(|p| p.value)
}

/// Asserts that each case's sentence, after `pair`, gives exactly one
/// position on its theme, the one wanted; lists every case that does not.
fn assert_only_positions(pair: &str, cases: &[(&str, &str, f64)]) {
    let mut wrong = Vec::new();
    for &(text, theme, want) in cases {
        let r = analyze(&format!("{pair}{text}"), &Options::default());
        let t = r.themes.iter().find(|t| t.id == theme).unwrap();
        let got: Vec<f64> = t.positions.values().map(|p| p.value).collect();
        if got != [want] {
            wrong.push(format!("{text} {theme}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The error `Options` gives for the dictionary `dict`, which must be refused.
fn dictionary_error(dict: serde_json::Value) -> String {
    Options::from_value(&json!({ "dictionary": dict }))
        .unwrap_err()
        .to_string()
}

#[test]
fn a_custom_dictionary_replaces_the_default() {
    let options = Options::from_value(&json!({ "dictionary": tiny() })).unwrap();
    let r = analyze(TEXT, &options);
    assert_eq!(r.dictionary.name, "tiny");
    assert_eq!(r.themes.len(), 1);
    let trade = &r.themes[0];
    assert_eq!(trade.id, "trade");
    assert_eq!(serde_json::to_value(trade.status).unwrap(), "diverge");
    assert!(trade.positions["donald-trump"].value > 0.0);
    assert!(trade.positions["mary-barra"].value < 0.0);
    // Another dictionary, another hash.
    let default = analyze(TEXT, &Options::default());
    assert_ne!(default.dictionary.hash, r.dictionary.hash);
    assert_eq!(default.dictionary.hash, Dictionary::default_shared().hash);
}

#[test]
fn a_bad_dictionary_names_each_problem() {
    let mut bad = tiny();
    bad["themes"][0]["entries"][1]["terms"][0] = json!("");
    bad["themes"][0]["entries"][0]["pole"] = json!(3);
    let err = dictionary_error(bad);
    assert!(err.contains("dictionary"), "{err}");
    assert!(
        err.contains("themes[0] (trade) entries[1] terms[0]"),
        "{err}"
    );
    assert!(
        err.contains("themes[0] (trade) entries[0]: `pole` must be -1, 0 or 1"),
        "{err}"
    );
    for junk in [
        json!(null),
        json!([]),
        json!("text"),
        json!({"name": "x"}),
        json!({"name": "x", "version": "1", "themes": [{}]}),
    ] {
        if junk.is_null() {
            // null means "the default".
            assert!(Options::from_value(&json!({ "dictionary": junk })).is_ok());
        } else {
            assert!(Options::from_value(&json!({ "dictionary": junk })).is_err());
        }
    }
}

#[test]
fn a_lean_gives_a_neutral_term_a_pole_only_when_an_attitude_aims_at_it() {
    let mut dict = tiny();
    dict["themes"][0]["entries"]
        .as_array_mut()
        .unwrap()
        .push(json!({"pole": 0, "lean": -1, "terms": ["trade"]}));
    let options = Options::from_value(&json!({ "dictionary": dict.clone() })).unwrap();
    let text = "Ann Lee praised trade with Asia. Bob Ray opposed trade in all its forms. \
                Ann Lee spoke about trade; Bob Ray opposed Ann Lee over trade. \
                Ann Lee and Bob Ray met again.";
    let r = analyze(text, &options);
    let trade = &r.themes[0];
    // "praised trade" → open; "opposed trade" → closed.
    assert_eq!(trade.positions["ann-lee"].value, -1.0, "{:?}", r.statements);
    assert_eq!(trade.positions["bob-ray"].value, 1.0, "{:?}", r.statements);
    // "spoke about trade" has no attitude, and "opposed Ann Lee over
    // trade" aims at a person: neither is a stance.
    assert_eq!(r.statements.len(), 2, "{:?}", r.statements);
    // The neutral match keeps pole 0 in the sentence's theme matches.
    let m = &r.sentences[0].themes[0].matches;
    assert!(
        m.iter().any(|m| &*m.entry == "trade" && m.pole == 0),
        "{m:?}"
    );
    // Exported and compiled again: the same dictionary, lean included.
    let compiled = Dictionary::from_json_value(&dict).unwrap();
    let again = Dictionary::from_json_value(&compiled.to_json()).unwrap();
    assert_eq!(compiled.hash, again.hash);
    assert!(compiled.to_json().to_string().contains("\"lean\":-1"));
}

#[test]
fn a_lean_on_a_pole_term_or_an_axis_less_theme_is_refused() {
    let mut dict = tiny();
    dict["themes"][0]["entries"][0]["lean"] = json!(1);
    let err = dictionary_error(dict);
    assert!(
        err.contains("themes[0] (trade) entries[0]: has a `lean` but is not neutral"),
        "{err}"
    );
    let mut dict = tiny();
    dict["themes"][0]["poles"] = json!(null);
    dict["themes"][0]["entries"] = json!([{"lean": 1, "terms": ["trade"]}]);
    assert!(Options::from_value(&json!({ "dictionary": dict })).is_err());
    let mut dict = tiny();
    dict["themes"][0]["entries"][1]["lean"] = json!(2);
    dict["themes"][0]["entries"][1]["pole"] = json!(0);
    let err = dictionary_error(dict);
    assert!(err.contains("`lean` must be -1, 0 or 1"), "{err}");
}

#[test]
fn a_huge_malformed_dictionary_is_refused_quickly_and_without_panic() {
    let terms: Vec<String> = (0..300_000).map(|i| format!("w{i}")).collect();
    let huge = json!({"name": "h", "version": "1", "themes": [
        {"id": "a", "label": "A", "entries": [{"terms": terms}]}
    ]});
    let err = Dictionary::from_json_value(&huge).unwrap_err().to_string();
    assert!(err.contains("more than 200000 terms"), "{err:.300}");
    assert!(Dictionary::from_json(&"[".repeat(100_000)).is_err());
    assert!(Dictionary::from_json("\u{0}\u{1}binary").is_err());
}

#[test]
fn theme_switches_keep_the_chosen_themes_and_warn_about_unknown_ones() {
    let options = Options::from_value(&json!({"themes": ["trade", "climate", "weather"]})).unwrap();
    let r = analyze(TEXT, &options);
    let ids: Vec<&str> = r.themes.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert!(ids.contains(&"trade") && ids.contains(&"climate"));
    assert!(r
        .warnings
        .iter()
        .any(|w| w.option == "themes" && w.message.contains("weather")));
}

#[test]
fn the_default_dictionary_exports_and_imports_unchanged() {
    let d = Dictionary::default_shared();
    let exported = d.to_json();
    assert_eq!(exported["themes"].as_array().unwrap().len(), 12);
    let again = Dictionary::from_json_value(&exported).unwrap();
    assert_eq!(again.hash, d.hash);
    assert_eq!(again.cues.len(), d.cues.len());
}

#[test]
fn liwc_and_lexicoder_lists_become_salience_only_themes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dictionaries");
    for (file, format, text) in [
        (
            "sample.dic",
            import::Format::Liwc,
            "The budget and the minimum wage, taxes and inflation.",
        ),
        (
            "sample.lcd",
            import::Format::Lexicoder,
            "A splendid plan, they said; a sham, we said.",
        ),
    ] {
        let list = std::fs::read_to_string(dir.join(file)).unwrap();
        assert_eq!(import::detect(file, &list), Some(format));
        let value = format.import(&list, "sample").unwrap();
        let options = Options::from_value(&json!({ "dictionary": value })).unwrap();
        let r = analyze(text, &options);
        assert!(r.themes.iter().all(|t| t.poles.is_none()), "{file}");
        assert!(
            r.sentences[0].themes.iter().any(|t| !t.matches.is_empty()),
            "{file}: a listed word is found"
        );
        assert!(r.themes.iter().all(|t| t.divergence.is_none()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any JSON text as a dictionary: an error or a dictionary, never a panic.
    #[test]
    fn any_dictionary_text_is_answered(text in ".{0,200}") {
        let _ = Dictionary::from_json(&text);
    }

    /// Any terms in a well-formed file: compiled or refused, never a panic,
    /// and a compiled one analyses any text.
    #[test]
    fn any_terms_compile_or_are_refused(terms in prop::collection::vec(".{0,30}", 1..8), text in ".{0,200}") {
        let file = json!({"name": "p", "version": "1", "themes": [
            {"id": "p", "label": "P", "poles": ["a", "b"], "entries": [{"pole": 1, "terms": terms}]}
        ], "negations": ["not"]});
        if let Ok(options) = Options::from_value(&json!({ "dictionary": file })) {
            let _ = analyze(&text, &options);
        }
    }
}

#[test]
fn the_default_dictionary_leans_topic_nouns_an_attitude_aims_at() {
    let text = "Prime Minister Giorgia Meloni and Marine Le Pen lead the European right. \
                Meloni said she governs for Italy; Le Pen said she leads France's opposition. \
                Both women oppose mass immigration. \
                Meloni attacked Le Pen over immigration, and Le Pen answered.";
    let r = analyze(text, &Options::default());
    let immigration = r.themes.iter().find(|t| t.id == "immigration").unwrap();
    assert_eq!(
        serde_json::to_value(immigration.status).unwrap(),
        "align",
        "{:?}",
        r.statements
    );
    for actor in ["giorgia-meloni", "marine-le-pen"] {
        assert_eq!(immigration.positions[actor].value, 1.0, "{actor}");
    }
    // "attacked Le Pen over immigration" is no stance on immigration.
    assert_eq!(
        r.statements
            .iter()
            .filter(|s| &*s.theme == "immigration")
            .count(),
        2,
        "{:?}",
        r.statements
    );
}

#[test]
fn attitudes_toward_attitudes_chain_and_the_longest_overlap_counts() {
    let pair = BLOOMBERG_SANDERS;
    // "rejects a ban on fracking": against a ban, so for fracking.
    let text = format!("{pair}Bloomberg rejects a ban on fracking.");
    assert_eq!(position(&text, "michael-bloomberg", "climate"), Some(1.0));
    // "supports a ban on fracking": against fracking.
    let text = format!("{pair}Sanders supports a ban on fracking.");
    assert_eq!(position(&text, "bernie-sanders", "climate"), Some(-1.0));
    // "lifted the ban on" is one attitude (for), not "ban on" inside it.
    let text = format!("{pair}Bloomberg lifted the ban on fracking.");
    assert_eq!(position(&text, "michael-bloomberg", "climate"), Some(1.0));
    // Two acts joined by "and" do not chain: "resisted them and opposed
    // fracking" is against fracking.
    let text = format!("{pair}Sanders resisted them and opposed fracking.");
    assert_eq!(position(&text, "bernie-sanders", "climate"), Some(-1.0));
    // An actor after the term holds it only right after it ("the coal
    // plants Bloomberg loathes"), not across a comma.
    let text =
        format!("{pair}Sanders spent millions fighting coal plants, though he rejects nothing.");
    assert_eq!(position(&text, "bernie-sanders", "climate"), Some(-1.0));
}

#[test]
fn an_accusation_gives_the_stance_to_the_accused() {
    let r = analyze(
        "Abraham Lincoln and Stephen Douglas debated. Douglas spoke; Lincoln answered. \
         Douglas accused Lincoln of favoring racial equality. \
         Douglas accused his rival of favoring open borders.",
        &Options::default(),
    );
    let holders: Vec<(&str, &str)> = r.statements.iter().map(|s| (&*s.actor, s.rule)).collect();
    // The named accused holds the first; "his rival" names nobody, so the
    // second is nobody's (least of all Douglas's).
    assert!(
        holders.contains(&("abraham-lincoln", "accused")),
        "{holders:?}"
    );
    assert!(
        !holders.iter().any(|h| h.0 == "stephen-douglas"),
        "{holders:?}"
    );
}

#[test]
fn an_office_named_beside_a_holder_is_no_stance() {
    let pair = "Kamala Harris and Nikki Haley met. Harris spoke; Haley listened. ";
    // "ambassador to the United Nations": her office, not her view.
    let text = format!("{pair}Haley, a former ambassador to the United Nations, spoke.");
    assert!(terms_of(&text).is_empty(), "{:?}", terms_of(&text));
    // The same words as what she stands for, or with an attitude, are one.
    let text = format!("{pair}Haley praised the United Nations.");
    assert_eq!(terms_of(&text), ["united nations"]);
    let text = format!("{pair}Harris has stressed alliances and diplomacy.");
    assert!(!terms_of(&text).is_empty());
}

#[test]
fn a_term_listed_twice_with_another_pole_is_named() {
    // "tariffs" matches what "tariff" does (one stem): at another pole only
    // the first would ever count.
    let mut bad = tiny();
    bad["themes"][0]["entries"][1]["terms"][1] = json!("tariffs");
    let err = dictionary_error(bad);
    assert!(
        err.contains("themes[0] (trade) entries[1] terms[1] \"tariffs\": matches what themes[0] (trade) entries[0] terms[0] matches"),
        "{err}"
    );
    // Twice at the same pole is harmless: counted once.
    let mut twice = tiny();
    twice["themes"][0]["entries"][0]["terms"] = json!(["tariff", "tariffs"]);
    assert!(Options::from_value(&json!({ "dictionary": twice })).is_ok());
}

#[test]
fn a_naming_predicate_judges_the_term() {
    let pair = "Donald Trump and Elon Musk met. Trump spoke; Musk listened. ";
    let stance = |text: &str| -> Vec<(String, i8, Option<String>)> {
        analyze(text, &Options::default())
            .statements
            .iter()
            .map(|s| {
                (
                    s.actor.to_string(),
                    s.agreement,
                    s.attitude.as_ref().map(|a| a.to_string()),
                )
            })
            .collect()
    };
    // Against what it calls a mistake, for what it calls a blessing.
    assert_eq!(
        stance(&format!("{pair}Musk calls tariffs a mistake.")),
        [("elon-musk".to_string(), -1, Some("mistake".to_string()))]
    );
    assert_eq!(
        stance(&format!(
            "{pair}Trump dismissed the tariffs as a costly disaster."
        )),
        [(
            "donald-trump".to_string(),
            -1,
            Some("dismissed".to_string())
        )]
    );
    assert_eq!(
        stance(&format!("{pair}Trump calls tariffs a blessing.")),
        [("donald-trump".to_string(), 1, Some("blessing".to_string()))]
    );
    // A word the lexicon does not rate strongly ("a joke", +1.2) is no
    // judgement we can read, and a term the actor only names is not one
    // they stand for: no stance (it used to count, weakly, as "for").
    let joke = analyze(
        &format!("{pair}Trump calls tariffs a joke."),
        &Options::default(),
    );
    assert_eq!(joke.statements.len(), 0);
    // Named in a predicate of its own after "and": the attitude of the
    // first ("mocked the ban on") says nothing of it.
    assert_eq!(
        stance(&format!(
            "{pair}Trump mocked the ban on coal and called tariffs an ideological crusade."
        )),
        [("donald-trump".to_string(), 1, Some("bans on".to_string()))]
    );
}

#[test]
fn an_attitude_does_not_reach_a_term_that_is_its_cause() {
    let pair = "Donald Trump and Elon Musk disagree. ";
    let statements = |text: &str| analyze(&format!("{pair}{text}"), &Options::default()).statements;
    // "over": the tariffs are why he attacked Musk; his view of them is
    // not said.
    assert!(statements("Trump attacked Musk over tariffs.").is_empty());
    // The attitude's object: a stance.
    let s = statements("Trump attacked tariffs.");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].agreement, -1);
}

#[test]
fn ai_governance_words_and_weakening_verbs_set_technology_stances() {
    let pair = "Sam Altman and Demis Hassabis met. Altman spoke; Hassabis listened. ";
    let stances = |text: &str| -> Vec<(String, String, i8)> {
        statements_after(pair, text, |s| {
            (s.theme == "technology")
                .then(|| (s.actor.to_string(), s.pole.to_string(), s.agreement))
        })
        .into_iter()
        .flatten()
        .collect()
    };
    let precaution = "precaution / oversight".to_string();
    let acceleration = "acceleration / light touch".to_string();
    // Weakening a rule is being against it.
    assert_eq!(
        stances("Altman lobbied officials to water down the AI Act."),
        [("sam-altman".to_string(), precaution.clone(), -1)]
    );
    // Audits and licences of AI are oversight.
    assert_eq!(
        stances("Hassabis supports audits of AI."),
        [("demis-hassabis".to_string(), precaution.clone(), 1)]
    );
    // A warning about a race is a stance against it; "and he" starts a
    // predicate of its own, out of reach of "supports".
    assert_eq!(
        stances("Hassabis supports new labs, and he warned that an AI arms race could end badly."),
        [("demis-hassabis".to_string(), acceleration, -1)]
    );
}

#[test]
fn it_in_the_next_sentence_takes_the_stance_argued_just_before() {
    let pair = "Elizabeth Warren and Amy Klobuchar met. Warren spoke; Klobuchar listened. ";
    let stances = |text: &str| {
        statements_after(pair, text, |s| {
            (s.actor.to_string(), s.term.to_string(), s.agreement)
        })
    };
    // "it" is the Medicare for All that Warren backed.
    let s = stances("Warren backed Medicare for All. Klobuchar has never supported it.");
    assert!(
        s.contains(&("amy-klobuchar".into(), "medicare for all".into(), -1)),
        "{s:?}"
    );
    // Not when the sentence names something else "it" can be.
    let s = stances(
        "Warren backed Medicare for All. Klobuchar calls the plan a mess and would scrap it.",
    );
    assert!(!s.iter().any(|x| x.0 == "amy-klobuchar"), "{s:?}");
    // Not from the previous paragraph.
    let s = stances("Warren backed Medicare for All.\n\nKlobuchar has never supported it.");
    assert!(!s.iter().any(|x| x.0 == "amy-klobuchar"), "{s:?}");
    // A price on carbon is the green pole.
    let s = stances("Klobuchar promised to put a price on carbon.");
    assert_eq!(s, [("amy-klobuchar".into(), "price on carbon".into(), 1)]);
}

#[test]
fn neither_denies_the_clause_of_both() {
    let pair = "Javier Milei and Luiz Lula met. Milei spoke; Lula listened. ";
    let r = analyze(
        &format!("{pair}Neither has much time for Washington's tariffs."),
        &Options::default(),
    );
    let agreements: Vec<(&str, i8, bool)> = r
        .statements
        .iter()
        .map(|s| (&*s.actor, s.agreement, s.negated))
        .collect();
    assert_eq!(agreements.len(), 2, "{agreements:?}");
    assert!(
        agreements.iter().all(|a| a.1 == -1 && a.2),
        "{agreements:?}"
    );
    // A "neither" already within reach of the term is one negation, not two.
    let r = analyze(
        &format!("{pair}Neither wants a trade war."),
        &Options::default(),
    );
    assert!(
        r.statements.iter().all(|s| s.agreement == -1),
        "{:?}",
        r.statements
    );
}

#[test]
fn privatising_public_media_and_rejecting_national_preference_are_stances() {
    let pair = "Emmanuel Macron and Nikki Haley met. Macron spoke; Haley listened. ";
    let stances = |text: &str| statements_after(pair, text, stance);
    // To privatise public television is to be against the public press.
    let s = stances("Haley wants to privatise public television.");
    assert!(
        s.contains(&(
            "nikki-haley".into(),
            "media".into(),
            "institutional press and moderation".into(),
            -1
        )),
        "{s:?}"
    );
    // "national preference" is the restrictive pole; rejecting it is not.
    let s = stances("Macron rejects national preference as a betrayal.");
    assert_eq!(
        s,
        [(
            "emmanuel-macron".into(),
            "immigration".into(),
            "restrictive".into(),
            -1
        )]
    );
    // Cash transfers expand public provision; "dismantle" alone is no
    // stance on institutions ("dismantle wind farms").
    let s = stances("Haley proposed cash transfers to poor families.");
    assert!(s.iter().any(|x| x.1 == "welfare" && x.3 == 1), "{s:?}");
    let s = stances("Haley has campaigned to dismantle wind farms.");
    assert!(!s.iter().any(|x| x.1 == "democracy"), "{s:?}");
}

#[test]
fn an_accused_description_is_no_stance_of_the_accuser() {
    let pair = "Rishi Sunak and Keir Starmer met. Sunak spoke; Starmer listened. ";
    let stances = |text: &str| statements_after(pair, text, stance);
    // "opponent of" is the accused, not an attitude of Sunak's.
    let s = stances("Sunak accused his opponent of planning to raise taxes.");
    assert!(!s.iter().any(|x| x.0 == "rishi-sunak"), "{s:?}");
    // Rowing back on green commitments is against the green pole;
    // offshore processing of asylum seekers is restrictive.
    let s = stances("Sunak has rowed back on several green commitments.");
    assert_eq!(
        s,
        [(
            "rishi-sunak".into(),
            "climate".into(),
            "green transition".into(),
            -1
        )]
    );
    let s = stances("Sunak defended offshore processing of asylum claims.");
    assert!(
        s.contains(&(
            "rishi-sunak".into(),
            "immigration".into(),
            "restrictive".into(),
            1
        )),
        "{s:?}"
    );
}

#[test]
fn an_attitude_does_not_reach_past_a_participle_with_its_own_object() {
    let pair = "Rishi Sunak and Keir Starmer met. Sunak spoke; Starmer listened. ";
    let s = statements_after(
        pair,
        "Sunak has rowed back on green commitments, delaying the ban on new petrol cars \
         and granting new oil and gas licences.",
        |s| (s.term.to_string(), s.agreement),
    );
    assert!(s.contains(&("oil and gas licences".into(), 1)), "{s:?}");
    assert!(s.contains(&("green commitments".into(), -1)), "{s:?}");
    // "and replacing it with": the participle takes "it" as its object.
    let s = statements_after(
        pair,
        "Sunak is ending the fact-checking program and replacing it with community notes.",
        |s| (s.term.to_string(), s.agreement),
    );
    assert!(s.contains(&("community notes".into(), 1)), "{s:?}");
}

#[test]
fn firing_ending_and_dropping_are_against() {
    let pair = "Mark Zuckerberg and Elon Musk met. Zuckerberg spoke; Musk listened. ";
    let stances = |text: &str| {
        statements_after(pair, text, |s| {
            (s.actor.to_string(), s.theme.to_string(), s.agreement)
        })
    };
    for (text, theme) in [
        ("Musk has fired most of the content moderators.", "media"),
        ("Zuckerberg is ending the fact-checking program.", "media"),
        ("Zuckerberg dropped the diversity programs.", "rights"),
    ] {
        let s = stances(text);
        assert!(s.iter().any(|x| x.1 == theme && x.2 == -1), "{text}: {s:?}");
        assert!(!s.iter().any(|x| x.2 == 1), "{text}: {s:?}");
    }
}

#[test]
fn suing_and_taking_control_are_against() {
    let pair =
        "Giorgia Meloni and Ursula von der Leyen met. Meloni spoke; von der Leyen listened. ";
    for text in [
        "Meloni has taken control of the public broadcaster.",
        "Meloni sued the public broadcaster.",
    ] {
        let s = statements_after(pair, text, stance);
        assert!(
            s.iter().any(|x| x.1 == "media" && x.3 == -1),
            "{text}: {s:?}"
        );
        assert!(!s.iter().any(|x| x.3 == 1), "{text}: {s:?}");
    }
}

#[test]
fn an_attitude_does_not_reach_past_a_verb_of_speech() {
    let pair = "Paul Vallas and Brandon Johnson met. Vallas spoke; Johnson listened. ";
    let s = statements_after(
        pair,
        "Vallas, who has the backing of the union, said Johnson would defund the police.",
        |s| (s.term.to_string(), s.attitude.clone()),
    );
    let defund = s.iter().find(|x| x.0 == "defund the police");
    assert!(defund.is_some_and(|x| x.1.is_none()), "{s:?}");
}

#[test]
fn battery_plants_and_more_visas_take_sides() {
    let pair = "Mary Barra and Lisa Su run companies. Barra spoke; Su listened. ";
    for (text, theme, pole) in [
        (
            "Barra poured billions into battery plants.",
            "climate",
            "green transition",
        ),
        (
            "Su has lobbied for more visas for engineers.",
            "immigration",
            "open / inclusive",
        ),
    ] {
        let s = statements_after(pair, text, stance);
        assert!(
            s.iter().any(|x| x.1 == theme && x.2 == pole && x.3 == 1),
            "{text}: {s:?}"
        );
    }
}

#[test]
fn a_split_of_a_plural_subject_is_no_shared_stance() {
    let pair =
        "Giorgia Meloni and Ursula von der Leyen met. Meloni spoke; von der Leyen listened. ";
    let s = statements_after(pair, "Their split on the rule of law is sharper.", stance);
    assert!(s.is_empty(), "{s:?}");
    // A quarrel or a feud over a term is the same: a topic, no stance.
    for text in [
        "Their quarrel over law and order is older.",
        "Their feud over the rule of law is older.",
    ] {
        let s = statements_after(pair, text, stance);
        assert!(s.is_empty(), "{text}: {s:?}");
    }
    // Without the split word, the plural subject holds it.
    let s = statements_after(pair, "Their defence of the rule of law is sharper.", stance);
    assert!(s.iter().any(|x| x.1 == "democracy"), "{s:?}");
}

/// A name set off by commas after a person noun in an opening phrase
/// ("With his first commissioner, Bill Bratton,") is no subject: the
/// pronoun after the phrase is.
#[test]
fn an_appositive_in_an_opening_phrase_is_not_the_subject() {
    let pair = "Rudy Giuliani and Bill de Blasio ran one city. Giuliani spoke first. ";
    let text = "With his first commissioner, Bill Bratton, he embraced broken windows policing.";
    let s = statements_after(pair, text, stance);
    assert!(
        s.iter().any(|x| x.0 == "rudy-giuliani" && x.1 == "justice"),
        "{s:?}"
    );
    assert!(s.iter().all(|x| x.0 != "bill-bratton"), "{s:?}");
}

#[test]
fn what_an_actor_won_is_no_stance() {
    let pair = "Narendra Modi and Rahul Gandhi met. Modi spoke; Gandhi listened. ";
    let s = statements_after(pair, "Modi won a third term in June.", |s| {
        s.term.to_string()
    });
    assert!(s.is_empty(), "{s:?}");
    // An attitude still reads.
    let s = statements_after(pair, "Modi won support for tariffs.", |s| {
        s.term.to_string()
    });
    assert!(s.iter().any(|t| t == "tariff"), "{s:?}");
}

#[test]
fn the_one_a_directive_asks_to_act_is_no_stance() {
    let pair = "Bernie Sanders and Jamie Dimon met. Sanders spoke; Dimon listened. ";
    let s = statements_after(
        pair,
        "Dimon has urged Congress to expand work visas.",
        stance,
    );
    assert!(!s.iter().any(|x| x.1 == "democracy"), "{s:?}");
    assert!(
        s.iter()
            .any(|x| x.1 == "immigration" && x.2 == "open / inclusive" && x.3 == 1),
        "{s:?}"
    );
    // Without "to", the attitude is aimed at it.
    let s = statements_after(pair, "Dimon has urged Congress.", stance);
    assert!(s.iter().any(|x| x.1 == "democracy"), "{s:?}");
}

#[test]
fn a_hyphenated_compound_is_the_phrase_its_parts_spell() {
    let pair =
        "Alexandria Ocasio-Cortez and Joe Manchin met. Manchin spoke; Ocasio-Cortez listened. ";
    let s = statements_after(pair, "Manchin killed its clean-energy provisions.", |s| {
        (s.term.to_string(), s.pole.to_string(), s.agreement)
    });
    assert_eq!(
        s,
        [(
            "clean energy".to_string(),
            "green transition".to_string(),
            -1
        )]
    );
    // A compound the dictionary writes with its hyphens matches once.
    let r = analyze(
        "Trade with most-favored-nation status grew.",
        &Options::default(),
    );
    let matches: Vec<&str> = r.sentences[0]
        .themes
        .iter()
        .flat_map(|t| t.matches.iter().map(|m| m.entry.as_ref()))
        .collect();
    assert_eq!(
        matches.iter().filter(|m| m.contains("favored")).count(),
        1,
        "{matches:?}"
    );
}

#[test]
fn abolishing_ice_and_championing_the_single_market_take_sides() {
    let pair = "Ilhan Omar and Margaret Thatcher met. Thatcher spoke; Omar listened. ";
    for (text, theme, pole) in [
        (
            "Omar wants to abolish ICE.",
            "immigration",
            "open / inclusive",
        ),
        (
            "Thatcher championed the single market.",
            "trade",
            "open / global",
        ),
    ] {
        let s = statements_after(pair, text, stance);
        assert!(
            s.iter().any(|x| x.1 == theme && x.2 == pole && x.3 == 1),
            "{text}: {s:?}"
        );
    }
}

#[test]
fn the_subject_and_a_relative_holder_each_take_their_attitude() {
    let pair = "Luiz Inácio Lula da Silva and Jair Bolsonaro met. Lula spoke; Bolsonaro listened. ";
    let s = statements_after(
        pair,
        "Lula has presented himself as the defender of the institutions his rival attacked.",
        |s| (s.actor.to_string(), s.agreement),
    );
    assert!(
        s.contains(&("luiz-inácio-lula-da-silva".into(), 1))
            && s.contains(&("jair-bolsonaro".into(), -1))
            && s.len() == 2,
        "{s:?}"
    );
}

#[test]
fn ending_deforestation_and_doubting_voting_machines_take_sides() {
    let pair = "Luiz Inácio Lula da Silva and Jair Bolsonaro met. Lula spoke; Bolsonaro listened. ";
    for (text, theme, pole, agreement) in [
        (
            "Lula has promised to end illegal deforestation.",
            "climate",
            "fossil-first / sceptic",
            -1,
        ),
        (
            "Bolsonaro spent months casting doubt on electronic voting machines.",
            "democracy",
            "institutionalist",
            -1,
        ),
    ] {
        let s = statements_after(pair, text, stance);
        assert!(
            s.iter()
                .any(|x| x.1 == theme && x.2 == pole && x.3 == agreement),
            "{text}: {s:?}"
        );
    }
    // "end" inside a phrase of the dictionary is that phrase's, not aimed
    // at what follows.
    let s = statements_after(
        pair,
        "Bolsonaro would hold a referendum to end birthright citizenship, reserve social housing for nationals and expel foreigners.",
        |s| (s.term.to_string(), s.attitude.clone()),
    );
    assert!(
        s.iter().all(|x| x.0 != "social housing" || x.1.is_none()),
        "{s:?}"
    );
}

/// A clause after a colon speaks of the one it names: a plural subject
/// before the colon does not hold it, nor does an attitude before it
/// reach across ("set out to roll back the state: she privatised …").
#[test]
fn a_colon_ends_the_clause_before_it() {
    let pair = "Margaret Thatcher and Angela Merkel met. Thatcher spoke; Merkel listened. ";
    let s = statements_after(
        pair,
        "Their records differ: Thatcher grew hostile to the welfare state.",
        stance,
    );
    assert!(
        s.iter().all(|x| x.0 == "margaret-thatcher") && !s.is_empty(),
        "{s:?}"
    );
    let s = statements_after(
        pair,
        "Thatcher set out to roll back the state: she privatised British Telecom.",
        stance,
    );
    assert!(
        s.contains(&(
            "margaret-thatcher".into(),
            "economy".into(),
            "market-led".into(),
            1
        )),
        "{s:?}"
    );
}

/// Stances a blind set of op-eds showed missing or turned: a pejorative
/// under an attitude against it is its user's side; an infinitive after
/// a comma is a predicate of its own; sweeping away and doubling take
/// sides.
#[test]
fn pejoratives_infinitive_lists_and_sweeping_verbs_take_the_right_side() {
    let pair = "Margaret Thatcher and Angela Merkel met. Thatcher spoke; Merkel listened. ";
    let has = |text: &str, want: (&str, &str, i8)| {
        let s = statements_after(pair, text, stance);
        assert!(
            s.iter().any(|x| (x.0.as_str(), x.2.as_str(), x.3) == want),
            "{text}: {s:?}"
        );
    };
    has(
        "Thatcher grew sceptical of climate alarmism.",
        ("margaret-thatcher", "green transition", -1),
    );
    has(
        "Merkel promised to cut taxes on energy, to nationalise the railways.",
        ("angela-merkel", "state-led", 1),
    );
    has(
        "Thatcher swept away hundreds of tariffs.",
        ("margaret-thatcher", "protectionist / national", -1),
    );
    has(
        "Merkel doubled the refugee quota.",
        ("angela-merkel", "open / inclusive", 1),
    );
    has(
        "Thatcher broke the power of the trade unions.",
        ("margaret-thatcher", "state-led", -1),
    );
}

/// "It" with a past tense after a sentence about a person's government
/// is that government's doing, and so the person's stance; an "It" that
/// opens no such sentence is no one's.
#[test]
fn it_after_a_persons_government_is_theirs() {
    let pair = "Margaret Thatcher and Angela Merkel met. Thatcher spoke; Merkel listened. ";
    let s = statements_after(
        pair,
        "Merkel's government moved the other way. It scrapped the wealth tax.",
        stance,
    );
    assert!(
        s.contains(&(
            "angela-merkel".into(),
            "economy".into(),
            "state-led".into(),
            -1
        )),
        "{s:?}"
    );
    let s = statements_after(
        pair,
        "Merkel moved the other way. It scrapped the wealth tax.",
        stance,
    );
    assert!(s.is_empty(), "{s:?}");
}

/// A subject coordinated after ", and" inside one clause holds what
/// follows it, not the clause's first subject.
#[test]
fn a_subject_after_comma_and_holds_what_follows() {
    let pair = "Jacinda Ardern and Giorgia Meloni met. Meloni spoke; Ardern listened. ";
    let s = statements_after(
        pair,
        "Meloni surprised many on the right, and Ardern, from the far side of the world, \
         backed coordinated sanctions.",
        stance,
    );
    assert_eq!(
        s,
        [(
            "jacinda-ardern".to_string(),
            "security".to_string(),
            "internationalist / multilateral".to_string(),
            1
        )]
    );
}

/// "both" after an opening phrase and its comma is the pair, and their
/// shared stance is each one's; the correlative "both … and" is not.
#[test]
fn both_after_an_opening_phrase_is_the_pair() {
    let pair = "Jacinda Ardern and Giorgia Meloni met. Meloni spoke; Ardern listened. ";
    let s = statements_after(
        pair,
        "On the war in Ukraine, both stood firmly with Kyiv.",
        |s| s.actor.to_string(),
    );
    assert!(
        s.contains(&"jacinda-ardern".to_string()) && s.contains(&"giorgia-meloni".to_string()),
        "{s:?}"
    );
    let s = statements_after(
        pair,
        "In short, both at home and abroad, tariffs rose.",
        |s| s.actor.to_string(),
    );
    assert!(s.is_empty(), "{s:?}");
}

/// Taxes lean state-led (abolishing one is market-led), cutting the
/// corporate tax is market-led, retirement at 60 expands provision and
/// removing extremist content is moderation.
#[test]
fn taxes_retirement_and_content_removal_take_sides() {
    let pair = "Narendra Modi and Rahul Gandhi met. Modi spoke; Gandhi listened. ";
    let has = |text: &str, want: (&str, &str, i8)| {
        let s = statements_after(pair, text, stance);
        assert!(
            s.iter().any(|x| (x.0.as_str(), x.2.as_str(), x.3) == want),
            "{text}: {s:?}"
        );
    };
    has(
        "Gandhi dreamed of abolishing the income tax.",
        ("rahul-gandhi", "state-led", -1),
    );
    has(
        "Modi cut the corporate tax rate to 22 percent.",
        ("narendra-modi", "market-led", 1),
    );
    has(
        "Gandhi would return to retirement at 60.",
        ("rahul-gandhi", "expand public provision", 1),
    );
    has(
        "Modi pressed platforms to remove extremist content.",
        ("narendra-modi", "institutional press and moderation", 1),
    );
}

/// A clause after a colon that names no one goes on with the subject
/// before it, even when an attitude word hides inside one of its theme
/// phrases ("courts" of "the International Court of Justice").
#[test]
fn an_attitude_inside_a_theme_phrase_does_not_stop_a_colon_clause() {
    let pair = "Cyril Ramaphosa and Julius Malema met. Malema spoke; Ramaphosa listened. ";
    let s = statements_after(
        pair,
        "Abroad, Ramaphosa has cast his country as a bridge: it took Israel to the \
         International Court of Justice.",
        stance,
    );
    assert!(
        s.contains(&(
            "cyril-ramaphosa".into(),
            "security".into(),
            "internationalist / multilateral".into(),
            1
        )),
        "{s:?}"
    );
}

/// An attitude in a subordinate clause does not reach past a subject
/// pronoun that opens the main clause: "even as she has watered down some
/// rules, she insists the net-zero target is untouchable" is for net zero.
#[test]
fn an_attitude_stops_at_the_main_clauses_subject() {
    let pair = "Ursula von der Leyen and Viktor Orbán met. Von der Leyen spoke; Orbán listened. ";
    let text =
        "Even as she has watered down some rules, she insists the net-zero target is untouchable.";
    let got = statements_after(pair, text, stance);
    assert!(
        got.iter().all(|s| s.3 == 1) && got.iter().any(|s| s.1 == "climate"),
        "for net zero, never against: {got:?}"
    );
    // The attitude still reaches a term it governs.
    let text = "Orbán has watered down the net-zero target.";
    let got = statements_after(pair, text, stance);
    assert!(got.iter().any(|s| s.1 == "climate" && s.3 == -1), "{got:?}");
}

/// Topic nouns whose support has one direction lean that way when an
/// attitude aims at them: public services (expand), private capital and a
/// debt brake (market-led), journalists (the institutional press), trade
/// blocs (open), export controls (national), mandatory sentences (law and
/// order).
#[test]
fn more_topic_nouns_lean_when_an_attitude_aims_at_them() {
    let pair = "Keir Starmer and Rishi Sunak met. Starmer spoke; Sunak listened. ";
    let cases = [
        ("Starmer expanded child care.", "welfare", -1.0),
        ("Sunak welcomed private investment.", "economy", -1.0),
        ("Sunak defended the debt brake.", "economy", -1.0),
        ("Sunak mocked journalists.", "media", 1.0),
        ("Starmer championed the USMCA.", "trade", -1.0),
        ("Sunak backed export controls.", "trade", 1.0),
        ("Sunak promised mandatory sentences.", "justice", 1.0),
        ("Sunak defended Britain's borders.", "immigration", 1.0),
    ];
    for (text, theme, want) in cases {
        let r = analyze(&format!("{pair}{text}"), &Options::default());
        let t = r.themes.iter().find(|t| t.id == theme).unwrap();
        let got: Vec<f64> = t.positions.values().map(|p| p.value).collect();
        assert_eq!(got, [want], "{text}: {:?}", r.statements);
    }
}

/// Words of amount and direction are attitudes toward the term they
/// govern ("cut the refugee quota", "more newcomers, not fewer",
/// "tightened asylum rules"); "more than" compares amounts and is none.
#[test]
fn words_of_amount_are_attitudes_but_not_before_than() {
    let pair = "Sanna Marin and Mette Frederiksen met. Marin spoke; Frederiksen listened. ";
    let value = |text: &str, actor: &str| {
        let r = analyze(&format!("{pair}{text}"), &Options::default());
        let t = r.themes.iter().find(|t| t.id == "immigration").unwrap();
        t.positions.get(actor).map(|p| p.value)
    };
    assert_eq!(
        value("Marin wants more newcomers.", "sanna-marin"),
        Some(-1.0)
    );
    assert_eq!(
        value("Frederiksen cut immigration sharply.", "mette-frederiksen"),
        Some(1.0)
    );
    assert_eq!(
        value("Frederiksen tightened asylum rules.", "mette-frederiksen"),
        Some(1.0)
    );
    let r = analyze(
        &format!("{pair}More than a million refugees arrived, and Marin spoke."),
        &Options::default(),
    );
    assert!(
        r.sentences
            .iter()
            .flat_map(|s| &s.cues)
            .all(|c| c.kind != "for"),
        "\"More than\" is no attitude"
    );
}

/// "and" with an auxiliary and a verb starts another predicate: "pledged
/// a cut in emissions and is introducing a carbon tax" does not cut the
/// carbon tax.
#[test]
fn and_with_an_auxiliary_starts_another_predicate() {
    let pair = "Sanna Marin and Mette Frederiksen met. Marin spoke; Frederiksen listened. ";
    let text = "Frederiksen has pledged a cut in emissions and is introducing a carbon tax.";
    let r = analyze(&format!("{pair}{text}"), &Options::default());
    let climate = r.themes.iter().find(|t| t.id == "climate").unwrap();
    assert_eq!(
        climate.positions.get("mette-frederiksen").map(|p| p.value),
        Some(-1.0),
        "{:?}",
        r.statements
    );
}

/// "treat", "regard", "view", "describe" and "portray" name what their
/// object is, like "call": "treat the press as an enemy" is against it.
#[test]
fn treating_something_as_an_enemy_is_against_it() {
    let pair = "Javier Milei and Gustavo Petro met. Milei spoke; Petro listened. ";
    let text = "Milei treats the press as an enemy.";
    let r = analyze(&format!("{pair}{text}"), &Options::default());
    let media = r.themes.iter().find(|t| t.id == "media").unwrap();
    assert_eq!(
        media.positions.get("javier-milei").map(|p| p.value),
        Some(1.0),
        "{:?}",
        r.statements
    );
}

/// The possessor of the person named next is not the clause's subject:
/// "His rival wants more drilling" is the rival's stance.
#[test]
fn a_possessor_of_the_next_person_is_not_the_subject() {
    let pair = "Javier Milei and Gustavo Petro met. Milei spoke; Petro listened. ";
    let text = "Petro has promised to stop oil exploration. His rival wants more drilling.";
    let got = statements_after(pair, text, stance);
    assert!(
        got.iter()
            .any(|s| s.0 == "javier-milei" && s.1 == "climate" && s.3 == 1),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|s| s.0 == "gustavo-petro"
            && s.1 == "climate"
            && s.3 == 1
            && s.2.starts_with("fossil")),
        "{got:?}"
    );
}

/// A list of predicates: "abolished most of the wealth tax, cut corporate
/// taxes" is two acts. No "tax cut" across the comma, and the first verb
/// does not govern a term that opens with its own ("cut corporate taxes").
#[test]
fn a_list_of_predicates_is_read_item_by_item() {
    let pair = "Emmanuel Macron and Marine Le Pen met. Macron spoke; Le Pen listened. ";
    let text =
        "Macron abolished most of the wealth tax, cut corporate taxes and loosened labour law.";
    let got = statements_after(pair, text, |s| (s.term.to_string(), s.agreement));
    assert!(got.iter().all(|(term, _)| term != "tax cut"), "{got:?}");
    let r = analyze(&format!("{pair}{text}"), &Options::default());
    let economy = r.themes.iter().find(|t| t.id == "economy").unwrap();
    assert_eq!(
        economy.positions.get("emmanuel-macron").map(|p| p.value),
        Some(-1.0),
        "{:?}",
        r.statements
    );
}

#[test]
fn words_of_amount_aim_at_the_numbers_and_budgets_they_change() {
    let pair = BLOOMBERG_SANDERS;
    // Halving or capping migration is restrictive; raising its numbers open.
    let text = format!("{pair}Bloomberg set about halving net migration.");
    assert_eq!(
        position(&text, "michael-bloomberg", "immigration"),
        Some(1.0)
    );
    let text = format!("{pair}Sanders capped international student numbers.");
    assert_eq!(position(&text, "bernie-sanders", "immigration"), Some(1.0));
    // Taxes and government spending: raising them is state-led, cutting
    // them market-led.
    let text = format!("{pair}Sanders would raise taxes on the rich.");
    assert_eq!(position(&text, "bernie-sanders", "economy"), Some(1.0));
    let text = format!("{pair}Bloomberg vowed to slash government spending.");
    assert_eq!(position(&text, "michael-bloomberg", "economy"), Some(-1.0));
    // So do the named taxes: "cut employee National Insurance".
    let text = format!("{pair}Bloomberg cut employee National Insurance twice.");
    assert_eq!(position(&text, "michael-bloomberg", "economy"), Some(-1.0));
    // Spending alone leans too; defence spending is security's, no
    // economic stance.
    let text = format!("{pair}Bloomberg promised to slash spending in Washington.");
    assert_eq!(position(&text, "michael-bloomberg", "economy"), Some(-1.0));
    let text = format!("{pair}Sanders boosted defence spending.");
    assert_eq!(position(&text, "bernie-sanders", "economy"), None);
    // Weakening an environmental agency is no green stance.
    let text = format!("{pair}Bloomberg weakened the environmental agency.");
    assert_eq!(position(&text, "michael-bloomberg", "climate"), Some(1.0));
}

#[test]
fn a_promise_that_a_term_will_change_is_no_attitude_toward_it() {
    let pair = BLOOMBERG_SANDERS;
    // "promising that taxes would fall" does not promise taxes.
    let text = format!("{pair}Bloomberg ended the year promising that taxes would fall.");
    assert_eq!(position(&text, "michael-bloomberg", "economy"), None);
    let text = format!("{pair}Bloomberg ended the year promising higher taxes.");
    assert_eq!(position(&text, "michael-bloomberg", "economy"), Some(1.0));
    // Mocking reporters and bypassing the press is against the
    // institutional press.
    let text = format!("{pair}Sanders mocked reporters and bypassed the press.");
    assert_eq!(position(&text, "bernie-sanders", "media"), Some(1.0));
}

#[test]
fn attitudes_chain_before_a_leaning_term_too() {
    let pair = ORBAN_VON_DER_LEYEN;
    // Banning the "promotion" of homosexuality is against it, quotation
    // marks or not: traditionalist.
    let text = format!("{pair}Orbán's government banned the \"promotion\" of homosexuality.");
    assert_eq!(position(&text, "viktor-orbán", "rights"), Some(1.0));
    // Opposing cuts to taxes is for taxes: state-led.
    let text = format!("{pair}Von der Leyen opposed cutting taxes.");
    assert_eq!(
        position(&text, "ursula-von-der-leyen", "economy"),
        Some(1.0)
    );
}

#[test]
fn an_attitude_noun_a_term_possesses_is_aimed_at_it() {
    let pair = ORBAN_VON_DER_LEYEN;
    // "one of Kyiv's staunchest champions": for Kyiv, internationalist.
    let text = format!("{pair}Von der Leyen has become one of Kyiv's staunchest champions.");
    assert_eq!(
        position(&text, "ursula-von-der-leyen", "security"),
        Some(-1.0)
    );
    // Without the possessive, "Kyiv" and "champions" are not joined.
    let text = format!("{pair}Von der Leyen visited Kyiv with champions of the sport.");
    assert_eq!(position(&text, "ursula-von-der-leyen", "security"), None);
}

#[test]
fn a_quoted_name_given_to_others_is_not_the_namers_cause() {
    let pair =
        "Jair Bolsonaro and Luiz Inácio Lula da Silva differ. Lula spoke; Bolsonaro listened. ";
    // The rioters are called fascists; Lula's cause is not fascism.
    let text = format!("{pair}Lula called the rioters \"fascist fanatics\".");
    assert!(terms_of(&text).is_empty(), "{:?}", terms_of(&text));
    // A third term one serves is no cause; one sought is.
    let text = format!("{pair}Lula spent his third term abroad.");
    assert!(terms_of(&text).is_empty(), "{:?}", terms_of(&text));
    let text = format!("{pair}Bolsonaro pushed for a third term.");
    assert_eq!(terms_of(&text), ["third term"]);
}

/// Public services by their names (a national health service, its
/// hospitals and nurses), the free movement of people, the courts and
/// parliaments, licence-funded broadcasting: each has a side its support
/// takes. Getting "off" fossil fuels is green though the fuel is a
/// fossil-first term; a border "sealed" after its noun is as restrictive
/// as one sealed before it; being "at war with" something is against it;
/// "no rise in" a tax is against the tax.
#[test]
fn services_movement_courts_and_broadcasting_lean_and_word_order_counts() {
    let pair = "Keir Starmer and Rishi Sunak met. Starmer spoke; Sunak listened. ";
    let cases = [
        ("Starmer promised more nurses.", "welfare", -1.0),
        ("Sunak vowed to pour money into the NHS.", "welfare", -1.0),
        ("Starmer defended the health service.", "welfare", -1.0),
        ("Sunak promised free prescriptions.", "welfare", -1.0),
        (
            "Sunak promised an end to free movement.",
            "immigration",
            1.0,
        ),
        ("Starmer backed freedom of movement.", "immigration", -1.0),
        ("Starmer wants the border sealed.", "immigration", 1.0),
        ("Sunak is at war with the fake news media.", "media", 1.0),
        ("Starmer defended the licence fee.", "media", -1.0),
        ("Sunak wants the country off fossil fuels.", "climate", -1.0),
        ("Starmer defended the judges.", "democracy", -1.0),
        ("Sunak suspended Parliament.", "democracy", 1.0),
        ("Sunak promised no rise in income tax.", "economy", -1.0),
    ];
    assert_only_positions(pair, &cases);
}

/// Private prisons lean to law and order, undocumented people to an open
/// border, diesel and petrol cars to fossil fuels, and names for climate
/// concern its opponents use to its side: each is judged by the attitude
/// aimed at it. Gathering power into one's own hands is anti-institutional;
/// universal health insurance is expansion; regularising migrants (a weak
/// word alone) is open.
#[test]
fn prisons_the_undocumented_cars_and_power_take_sides() {
    let pair = "Keir Starmer and Rishi Sunak met. Starmer spoke; Sunak listened. ";
    let cases = [
        ("Starmer vowed to abolish private prisons.", "justice", -1.0),
        (
            "Sunak cracked down on undocumented workers.",
            "immigration",
            1.0,
        ),
        ("Sunak defended diesel cars.", "climate", 1.0),
        ("Sunak ridiculed climate fanaticism.", "climate", 1.0),
        (
            "Sunak spent a decade gathering power into his own hands.",
            "democracy",
            1.0,
        ),
        (
            "Starmer promised universal health insurance.",
            "welfare",
            -1.0,
        ),
        (
            "Starmer would regularise undocumented migrants.",
            "immigration",
            -1.0,
        ),
    ];
    assert_only_positions(pair, &cases);
}

/// A noun's complement ("an end to child labour") ends with its list
/// item: the item after ", and" is not what the attitude ends. Being
/// "raised in" a faith is an upbringing, not a raise.
#[test]
fn a_prepositional_attitude_ends_with_its_list_item_and_an_upbringing_is_none() {
    let pair = "Keir Starmer and Rishi Sunak met. Starmer spoke; Sunak listened. ";
    let text = format!(
        "{pair}Starmer promised a minimum wage, an end to child labour, and insurance against sickness."
    );
    assert_eq!(position(&text, "keir-starmer", "welfare"), Some(-1.0));
    let text = format!("{pair}Sunak, raised in the low-tariff faith of the South, spoke.");
    assert_ne!(position(&text, "rishi-sunak", "trade"), Some(1.0));
    // A verb's objects still share it.
    let text = format!("{pair}Sunak opposed tariffs and quotas.");
    assert_eq!(position(&text, "rishi-sunak", "trade"), Some(-1.0));
}

/// "at war with what she calls the fake news media": the naming between
/// an attitude and a leaning term is transparent.
#[test]
fn an_attitude_reaches_through_what_someone_calls_a_thing() {
    let pair = "Keir Starmer and Rishi Sunak met. Starmer spoke; Sunak listened. ";
    let text =
        format!("{pair}Sunak has spent years at war with what he calls the fake news media.");
    assert_eq!(position(&text, "rishi-sunak", "media"), Some(1.0));
    let text =
        format!("{pair}Starmer defended what Sunak called the nanny state's health service.");
    assert_eq!(position(&text, "keir-starmer", "welfare"), Some(-1.0));
}

/// "wants the minimum wage raised", "wanted taxes cut": a participle
/// after the term is the attitude a verb of wanting asks for.
#[test]
fn a_term_wanted_done_takes_the_participles_side() {
    let pair = "Keir Starmer and Rishi Sunak met. Starmer spoke; Sunak listened. ";
    let text = format!("{pair}Starmer wants the minimum wage raised to fifteen pounds.");
    assert_eq!(position(&text, "keir-starmer", "economy"), Some(1.0));
    let text = format!("{pair}Sunak wanted taxes cut.");
    assert_eq!(position(&text, "rishi-sunak", "economy"), Some(-1.0));
    // Shielding something protects it.
    let text = format!("{pair}Sunak vowed to shield police officers from prosecution.");
    assert_eq!(position(&text, "rishi-sunak", "justice"), Some(1.0));
    // What it is shielded from is not its object.
    let text = format!("{pair}Starmer announced a scheme shielding young people from deportation.");
    assert_ne!(position(&text, "keir-starmer", "immigration"), Some(1.0));
    // Without a verb of wanting the participle says nothing of a stance.
    let text = format!("{pair}Sunak saw the minimum wage raised by others.");
    assert_eq!(position(&text, "rishi-sunak", "economy"), None);
}

/// "the prime minister" is an office, no sign of foreign affairs: an
/// essay about a prime minister is not about security for saying so.
#[test]
fn a_prime_minister_is_no_foreign_affairs() {
    let r = analyze(
        "The prime minister spoke. The prime minister listened. The prime minister left.",
        &Options::default(),
    );
    let scored: Vec<&str> = r
        .sentences
        .iter()
        .flat_map(|s| s.themes.iter().map(|t| t.id.as_ref()))
        .collect();
    assert!(!scored.contains(&"security"), "{scored:?}");
}

/// Wanting a term is an attitude for it ("wants a legal minimum wage");
/// "out of" and "exit from" are against what follows, up to an "and"
/// that opens a complement of its own ("out of non-alignment and into
/// NATO").
#[test]
fn wanting_leaving_and_a_second_complement() {
    let pair = "Keir Starmer and Rishi Sunak met. Starmer spoke; Sunak listened. ";
    let cases = [
        ("Starmer wants a legal minimum wage.", "economy", 1.0),
        // Security's pole -1 is the internationalist one.
        ("Sunak wants Britain out of NATO.", "security", 1.0),
        ("Starmer promised an exit from coal.", "climate", -1.0),
        (
            "Sunak led Britain out of decades of neutrality and into NATO.",
            "security",
            -1.0,
        ),
    ];
    assert_only_positions(pair, &cases);
}

/// A noun that stops or limits the term right after it ("an asylum
/// stop", "an immigration freeze") turns what is said of the phrase
/// against the term.
#[test]
fn a_stop_after_a_term_turns_the_stance() {
    let pair = "Mark Rutte and Geert Wilders differ. Rutte spoke; Wilders listened. ";
    for text in [
        "Wilders promised an \"asylum stop\".",
        "Wilders called for an immigration freeze.",
    ] {
        let s = statements_after(pair, text, stance);
        assert!(
            s.iter()
                .any(|x| x.1 == "immigration" && x.2 == "open / inclusive" && x.3 == -1),
            "{text}: {s:?}"
        );
        assert!(!s.iter().any(|x| x.3 == 1), "{text}: {s:?}");
    }
}

/// The slave trade is a question of rights, not of trade: a speech
/// against it is no stance against open trade.
#[test]
fn the_slave_trade_is_a_question_of_rights() {
    let pair = "William Pitt and Charles Fox differ. Pitt spoke; Fox listened. ";
    let s = statements_after(pair, "Pitt gave a speech against the slave trade.", stance);
    assert!(
        s.iter()
            .any(|x| x.1 == "rights" && x.2 == "traditionalist" && x.3 == -1),
        "{s:?}"
    );
    assert!(!s.iter().any(|x| x.1 == "trade"), "{s:?}");
}

/// A term "about" governs in a negated clause, with no attitude word, is
/// what the clause is silent about: no stance against it ("Neither man
/// has said much about tariffs").
#[test]
fn a_term_after_about_is_a_topic() {
    let pair = "Pete Buttigieg and Vivek Ramaswamy differ. Buttigieg spoke; Ramaswamy listened. ";
    for text in [
        "Neither man has said much about tariffs worth quoting.",
        "Buttigieg has said nothing about tariffs.",
    ] {
        let s = statements_after(pair, text, stance);
        assert!(s.is_empty(), "{text}: {s:?}");
    }
    // An attitude word still reads.
    let s = statements_after(
        pair,
        "Buttigieg is worried about tariffs and opposes tariffs.",
        stance,
    );
    assert!(s.iter().any(|x| x.1 == "trade"), "{s:?}");
}

/// ... but a predicate after the term still judges it.
#[test]
fn a_term_after_about_with_a_predicate_is_judged() {
    let pair = "Mark Carney and Pierre Poilievre differ. Carney spoke; Poilievre listened. ";
    let s = statements_after(
        pair,
        "He still talks about net zero as an economic opportunity rather than a burden.",
        stance,
    );
    assert!(s.iter().any(|x| x.1 == "climate"), "{s:?}");
}

/// A bare term someone else owns ("rather than swallow Joseph
/// Chamberlain's tariffs", "took over his rival's tariffs") is named as
/// theirs: no stance of the subject's on it. The subject's own term still
/// counts, and so does one an attitude judges ("attacked Chamberlain's
/// tariffs").
#[test]
fn a_term_another_person_owns_is_no_stance_of_the_subject() {
    let pair = "Winston Churchill and Clement Attlee differ. Churchill spoke; Attlee listened. ";
    let s = statements_after(
        pair,
        "Churchill crossed the floor rather than swallow Joseph Chamberlain's tariffs.",
        stance,
    );
    assert!(
        !s.iter()
            .any(|x| x.0 == "winston-churchill" && x.1 == "trade"),
        "{s:?}"
    );
    let s = statements_after(
        pair,
        "Churchill attacked Joseph Chamberlain's tariffs.",
        stance,
    );
    assert!(
        s.iter().any(|x| x.0 == "winston-churchill"
            && x.1 == "trade"
            && x.2 == "protectionist / national"
            && x.3 == -1),
        "{s:?}"
    );
    let s = statements_after(pair, "Churchill stayed a free trader at heart.", stance);
    assert!(
        s.iter()
            .any(|x| x.0 == "winston-churchill" && x.1 == "trade" && x.3 == 1),
        "{s:?}"
    );
}

/// Creating or introducing a programme of public provision is for it
/// (the programmes lean to the expanding pole: a department of education,
/// a child allowance), abolishing it against; a climate investment is the
/// green pole's.
#[test]
fn introducing_a_programme_and_investing_in_the_climate() {
    let pair = "Jimmy Carter and Ronald Reagan differ. Carter spoke; Reagan listened. ";
    let cases = [
        (
            "Carter created a Department of Education in 1979.",
            "welfare",
            -1.0,
        ),
        (
            "Reagan campaigned on abolishing the Department of Education.",
            "welfare",
            1.0,
        ),
        (
            "Carter introduced a monthly child allowance.",
            "welfare",
            -1.0,
        ),
        (
            "Reagan demanded deeper cuts to student aid.",
            "welfare",
            1.0,
        ),
        (
            "Carter pushed through the largest climate investment in history.",
            "climate",
            -1.0,
        ),
    ];
    assert_only_positions(pair, &cases);
}

/// Tightening a control is more of it ("tightened border controls" is
/// restrictive); tightening a flow, or the rules on one, is less of the
/// flow ("tightened immigration", "tighten immigration rules" are
/// restrictive too, against the open pole).
#[test]
fn tightening_a_control_is_more_of_it() {
    let pair = "Rishi Sunak and Keir Starmer differ. Sunak spoke; Starmer listened. ";
    let cases = [
        ("Sunak tightened border controls.", "immigration", 1.0),
        ("Sunak tightened immigration.", "immigration", 1.0),
        (
            "Sunak wants to tighten immigration rules.",
            "immigration",
            1.0,
        ),
    ];
    assert_only_positions(pair, &cases);
}
