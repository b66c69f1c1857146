//! Real reports against their JSON Schema (`src/report/schema.json`), and
//! the invariants a schema cannot express: ids that point to actors, spans
//! inside the text, indexes inside their lists.
//!
//! Every object in the schema is closed, so a field added to the report
//! without a schema update fails here; the negative tests show that the
//! validator does reject.

mod common;

#[path = "common/schema.rs"]
mod schema_check;

use std::collections::HashSet;
use std::sync::OnceLock;

use faultline::Options;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../src/report/schema.json");

fn schema_json() -> Value {
    serde_json::from_str(SCHEMA).expect("schema.json is JSON")
}

/// The compiled schema, once for all tests.
fn validator() -> &'static schema_check::Compiled {
    static COMPILED: OnceLock<schema_check::Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| schema_check::compile(schema_json(), "schema.json"))
}

/// The validation error, if any, in full.
fn errors(report: &Value) -> Option<String> {
    schema_check::errors(validator(), report)
}

fn report(text: &str, options: &Options) -> Value {
    serde_json::to_value(faultline::analyze(text, options)).expect("a report serialises")
}

/// Valid against the schema, and every invariant holds.
fn check(label: &str, text: &str, options: &Options) -> Value {
    let r = report(text, options);
    if let Some(e) = errors(&r) {
        panic!("{label}: the report does not match schema.json:\n{e}");
    }
    invariants(label, text, &r);
    r
}

fn u(v: &Value) -> u64 {
    v.as_u64().expect("a non-negative integer")
}

fn list(v: &Value) -> &Vec<Value> {
    v.as_array().expect("an array")
}

/// What the schema cannot say.
fn invariants(label: &str, text: &str, r: &Value) {
    let len = u(&r["textLength"]);
    assert_eq!(
        len,
        text.encode_utf16().count() as u64,
        "{label}: textLength"
    );

    // Every object with a start and an end is a span inside the text.
    fn spans(label: &str, v: &Value, len: u64, path: &str) {
        match v {
            Value::Object(o) => {
                if let (Some(Value::Number(s)), Some(Value::Number(e))) =
                    (o.get("start"), o.get("end"))
                {
                    let (s, e) = (s.as_u64().unwrap(), e.as_u64().unwrap());
                    assert!(
                        s <= e && e <= len,
                        "{label}: span {path} = [{s}, {e}) in a text of {len}"
                    );
                }
                for (k, x) in o {
                    spans(label, x, len, &format!("{path}.{k}"));
                }
            }
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, x)| spans(label, x, len, &format!("{path}[{i}]"))),
            _ => {}
        }
    }
    spans(label, r, len, "report");

    let d = &r["document"];
    let blocks = list(&d["blocks"]);
    let sentences = list(&d["sentences"]);
    let terms = list(&d["terms"]);
    let (starts, ends, term) = (
        list(&d["tokens"]["start"]),
        list(&d["tokens"]["end"]),
        list(&d["tokens"]["term"]),
    );
    assert!(
        starts.len() == ends.len() && ends.len() == term.len(),
        "{label}: token columns of equal length"
    );
    for i in 0..starts.len() {
        assert!(
            u(&starts[i]) <= u(&ends[i]) && u(&ends[i]) <= len,
            "{label}: token {i} in the text"
        );
        assert!(
            (u(&term[i]) as usize) < terms.len(),
            "{label}: token {i}'s term in document.terms"
        );
    }

    let ids: Vec<&str> = list(&r["actors"])
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    let id_set: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(
        id_set.len(),
        ids.len(),
        "{label}: actor ids are unique: {ids:?}"
    );
    for c in list(&r["compared"]) {
        assert!(
            id_set.contains(c.as_str().unwrap()),
            "{label}: compared {c} is an actor's id"
        );
    }

    for (n, s) in sentences.iter().enumerate() {
        assert!(
            (u(&s["block"]) as usize) < blocks.len(),
            "{label}: sentence {n}'s block exists"
        );
        let range = list(&s["tokenRange"]);
        assert!(
            u(&range[0]) <= u(&range[1]) && u(&range[1]) as usize <= starts.len(),
            "{label}: sentence {n}'s tokenRange"
        );
        for (k, c) in list(&s["clauses"]).iter().enumerate() {
            assert!(
                u(&s["start"]) <= u(&c["start"]) && u(&c["end"]) <= u(&s["end"]),
                "{label}: clause {n}.{k} inside its sentence"
            );
            let actors: Vec<&str> = list(&c["actors"])
                .iter()
                .map(|a| a.as_str().unwrap())
                .collect();
            for a in &actors {
                assert!(
                    id_set.contains(a),
                    "{label}: clause {n}.{k}'s actor {a} is an actor's id"
                );
            }
            if let Some(subject) = c["subject"].as_str() {
                assert!(
                    id_set.contains(subject),
                    "{label}: clause {n}.{k}'s subject {subject} is an actor's id"
                );
                assert!(
                    actors.contains(&subject),
                    "{label}: clause {n}.{k}'s subject {subject} is one of its actors"
                );
            }
        }
    }

    // Lists the schema describes as in text order are.
    let in_order = |what: &str, items: &[Value]| {
        let starts: Vec<u64> = items.iter().map(|x| u(&x["start"])).collect();
        assert!(
            starts.windows(2).all(|w| w[0] <= w[1]),
            "{label}: {what} in text order: {starts:?}"
        );
    };
    in_order("blocks", blocks);
    in_order("sentences", sentences);
    for e in list(&r["entities"]) {
        in_order(
            &format!("entity {}'s mentions", e["name"]),
            list(&e["mentions"]),
        );
    }

    for a in list(&r["actors"]) {
        let id = a["id"].as_str().unwrap();
        let mentions = list(&a["mentions"]);
        in_order(&format!("{id}'s mentions"), mentions);
        let counts = &a["counts"];
        let total: u64 = ["name", "alias", "pronoun", "reference"]
            .iter()
            .map(|k| u(&counts[k]))
            .sum();
        assert_eq!(
            total,
            mentions.len() as u64,
            "{label}: {id}'s counts add up to its mentions"
        );
        for m in mentions {
            let kind = m["kind"].as_str().unwrap();
            assert!(u(&counts[kind]) > 0, "{label}: {id}'s counts.{kind}");
            let s = &sentences[u(&m["sentence"]) as usize];
            let clauses = list(&s["clauses"]);
            assert!(
                (u(&m["clause"]) as usize) < clauses.len(),
                "{label}: {id}'s mention {m} names a clause of its sentence"
            );
            assert!(
                u(&s["start"]) <= u(&m["start"]) && u(&m["end"]) <= u(&s["end"]),
                "{label}: {id}'s mention {m} inside its sentence"
            );
        }
    }
}

fn seed() -> String {
    common::read_corpus("essays/musk-trump-seed.txt")
}

#[test]
fn the_schema_is_draft_2020_12_and_describes_every_property() {
    let schema = schema_json();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(schema["title"].is_string() && schema["$id"].is_string());
    assert_eq!(
        schema["properties"]["schemaVersion"]["const"],
        faultline::report::SCHEMA_VERSION
    );
    // Every property, and every object, says what it is; every object is closed.
    fn walk(v: &Value, path: &str) {
        let Value::Object(o) = v else { return };
        if let Some(Value::Object(properties)) = o.get("properties") {
            assert_eq!(
                o.get("additionalProperties"),
                Some(&Value::Bool(false)),
                "{path} is closed"
            );
            for (name, p) in properties {
                assert!(
                    p["description"].is_string(),
                    "{path}.{name} has a description"
                );
            }
        }
        for (k, x) in o {
            walk(x, &format!("{path}/{k}"));
        }
    }
    walk(&schema, "#");
    validator();
}

#[test]
fn the_founding_essay() {
    let r = check("seed", &seed(), &Options::default());
    // The parts that make the test meaningful are there, not empty.
    assert!(!list(&r["actors"]).is_empty() && list(&r["compared"]).len() == 2);
    assert!(!list(&r["entities"]).is_empty() && !list(&r["document"]["terms"]).is_empty());
    assert!(list(&r["document"]["sentences"])
        .iter()
        .any(|s| list(&s["clauses"]).len() > 1));
}

#[test]
fn every_essay_of_the_corpus() {
    for path in common::essays() {
        let text = std::fs::read_to_string(&path).unwrap();
        check(&path.display().to_string(), &text, &Options::default());
    }
}

#[test]
fn empty_emoji_cjk_and_right_to_left_texts() {
    let r = check("empty", "", &Options::default());
    assert_eq!(r["textLength"], 0);
    check("emoji", "🚀🎉👩‍👩‍👧 🇫🇷\n\n✨", &Options::default());
    check(
        "cjk",
        "你好，世界。これは日本語の文です。한국어 문장입니다.",
        &Options::default(),
    );
    check("rtl", "مرحبا بالعالم. שלום עולם.", &Options::default());
    check(
        "binary",
        "\u{0}\u{1}\u{FFFD}\u{7F}..\r\n\t#",
        &Options::default(),
    );
}

#[test]
fn every_stance_rule_the_positions_stage_names() {
    // Each holder rule, so a new one cannot leave the schema's enum behind.
    let text = "Donald Trump and Elon Musk met in May. Trump spoke first; Musk listened. \
                Trump mocked clean energy. Both men attacked the mainstream media. \
                Musk accused Trump of favoring tariffs. They both loathe regulation. \
                Musk's fortune rests on decarbonization; Tesla and the logic of EVs. \
                The capital flow Trump loathes built Musk. \
                Musk said, “I am not against tariffs. Tariffs protect American jobs.”";
    let r = check("stance rules", text, &Options::default());
    let rules: std::collections::BTreeSet<&str> = list(&r["statements"])
        .iter()
        .filter_map(|s| s["rule"].as_str())
        .collect();
    for rule in ["subject", "accused", "shared", "continued", "quoted"] {
        assert!(rules.contains(rule), "{rule} not among {rules:?}");
    }
}

#[test]
fn without_tokens() {
    let r = check(
        "seed, tokens: false",
        &seed(),
        &Options::from_json(r#"{"tokens": false}"#).unwrap(),
    );
    assert!(
        list(&r["document"]["terms"]).is_empty()
            && list(&r["document"]["tokens"]["start"]).is_empty()
    );
}

#[test]
fn actor_options_and_their_warnings() {
    let options = Options::from_json(
        r#"{"compare": ["Nobody"], "merge": [["Trump"], ["Musk", "Nobody"]], "exclude": ["Nobody"],
            "aliases": {"Nobody": ["x"], "Trump": ["the Donald", ""]}, "affiliations": {"Musk": ["Tesla", "SpaceX"]}}"#,
    )
    .unwrap();
    let r = check("seed, options with warnings", &seed(), &options);
    let warned: HashSet<&str> = list(&r["warnings"])
        .iter()
        .map(|w| w["option"].as_str().unwrap())
        .collect();
    for option in ["compare", "merge", "exclude", "aliases"] {
        assert!(
            warned.contains(option),
            "a warning for {option}: {}",
            r["warnings"]
        );
    }
    let chosen =
        Options::from_json(r#"{"compare": ["Musk", "Trump"], "exclude": ["Carlson"]}"#).unwrap();
    let r = check("seed, compare and exclude", &seed(), &chosen);
    assert_eq!(r["compared"], json!(["elon-musk", "donald-trump"]));
}

/// The schema is not vacuous: each of these changes to a real report must
/// be rejected.
#[test]
fn wrong_reports_fail() {
    let good = report(&seed(), &Options::default());
    assert!(errors(&good).is_none());
    type Change = fn(&mut Value);
    let changes: &[(&str, Change)] = &[
        ("an extra top-level field", |r| r["topics"] = json!([])),
        ("an extra field in a mention", |r| {
            r["actors"][0]["mentions"][0]["confidence"] = json!(1)
        }),
        ("an extra field in a clause", |r| {
            r["document"]["sentences"][0]["clauses"][0]["stance"] = json!(null)
        }),
        ("a string for a number", |r| r["textLength"] = json!("5695")),
        ("a negative offset", |r| {
            r["document"]["sentences"][0]["start"] = json!(-1)
        }),
        ("a fractional offset", |r| {
            r["document"]["blocks"][0]["end"] = json!(1.5)
        }),
        ("salience above 1", |r| {
            r["actors"][0]["salience"] = json!(1.5)
        }),
        ("an unknown mention kind", |r| {
            r["actors"][0]["mentions"][0]["kind"] = json!("nickname")
        }),
        ("an unknown block kind", |r| {
            r["document"]["blocks"][0]["kind"] = json!("footnote")
        }),
        ("a missing field", |r| {
            r["document"].as_object_mut().unwrap().remove("bio");
        }),
        ("null where a list is due", |r| r["compared"] = json!(null)),
        ("a sentence without clauses", |r| {
            r["document"]["sentences"][0]["clauses"] = json!([])
        }),
        ("a three-item token range", |r| {
            r["document"]["sentences"][0]["tokenRange"] = json!([0, 1, 2])
        }),
        ("another schema version", |r| r["schemaVersion"] = json!(2)),
        ("a theme status outside the five", |r| {
            r["themes"][0]["status"] = json!("split")
        }),
        ("a divergence above 1", |r| {
            r["themes"][0]["divergence"] = json!(1.5)
        }),
        ("a sentence without tone", |r| {
            r["sentences"][0].as_object_mut().unwrap().remove("tone");
        }),
        ("a statement agreement of 0", |r| {
            r["statements"] = json!([{"actor": "a", "theme": "trade", "pole": "x", "agreement": 0,
                "sentence": 0, "start": 0, "end": 1, "term": "t", "attitude": null,
                "negated": false, "rule": "subject", "weight": 1}])
        }),
        ("a dictionary without a hash", |r| {
            r["dictionary"].as_object_mut().unwrap().remove("hash");
        }),
        ("a kind other than person", |r| {
            r["actors"][0]["kind"] = json!("organization")
        }),
        ("a warning for an unknown option", |r| {
            r["warnings"] = json!([{"option": "tokenz", "message": "?"}])
        }),
    ];
    for (what, change) in changes {
        let mut bad = good.clone();
        change(&mut bad);
        assert!(errors(&bad).is_some(), "{what} passed validation");
    }
}
