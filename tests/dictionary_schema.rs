//! Dictionaries against their JSON Schema (`src/themes/dictionary.schema.json`):
//! the default dictionary, joined into one document as the page exports it
//! (`dictionary.json` with its theme ids replaced by the theme files, in
//! order); the fixtures under `tests/fixtures/dictionaries/` (`valid-*.json`
//! pass, `invalid-*.json` fail); what the page exports (a loaded dictionary
//! written back); what the LIWC and Lexicoder importers make of the
//! fixtures there; and malformed dictionaries, which must fail.

#[path = "common/schema.rs"]
mod schema_check;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use faultline::themes::import;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../src/themes/dictionary.schema.json");

fn schema_json() -> Value {
    serde_json::from_str(SCHEMA).expect("dictionary.schema.json is JSON")
}

/// The compiled schema, once for all tests.
fn validator() -> &'static schema_check::Compiled {
    static COMPILED: OnceLock<schema_check::Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| schema_check::compile(schema_json(), "dictionary.schema.json"))
}

/// The validation error, if any, in full.
fn errors(dictionary: &Value) -> Option<String> {
    schema_check::errors(validator(), dictionary)
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn data_dir() -> PathBuf {
    root().join("src/themes/data")
}

fn fixtures_dir() -> PathBuf {
    root().join("tests/fixtures/dictionaries")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&read(path))
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The files of a directory, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
}

/// The default dictionary as one document: `dictionary.json` with each id
/// of its `themes` replaced by `themes/<id>.json`.
fn joined_default() -> Value {
    let dir = data_dir();
    let mut dictionary = read_json(&dir.join("dictionary.json"));
    let ids: Vec<String> = dictionary["themes"]
        .as_array()
        .expect("dictionary.json lists its themes")
        .iter()
        .map(|id| id.as_str().expect("a theme id").to_owned())
        .collect();
    let themes: Vec<Value> = ids
        .iter()
        .map(|id| {
            let theme = read_json(&dir.join("themes").join(format!("{id}.json")));
            assert_eq!(theme["id"], json!(id), "themes/{id}.json has id {id}");
            theme
        })
        .collect();
    dictionary["themes"] = Value::Array(themes);
    dictionary
}

#[test]
fn the_schema_is_draft_2020_12_closed_and_described() {
    let schema = schema_json();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(schema["title"].is_string() && schema["$id"].is_string());
    // Every object schema is closed and each of its properties says what it is.
    fn walk(v: &Value, path: &str, objects: &mut usize) {
        let Value::Object(o) = v else { return };
        if o.get("type") == Some(&json!("object")) {
            *objects += 1;
            assert_eq!(
                o.get("additionalProperties"),
                Some(&Value::Bool(false)),
                "{path} is closed"
            );
            let properties = o["properties"].as_object().expect("properties");
            for (name, p) in properties {
                assert!(
                    p["description"].is_string(),
                    "{path}.{name} has a description"
                );
            }
        }
        for (k, x) in o {
            walk(x, &format!("{path}/{k}"), objects);
        }
    }
    let mut objects = 0;
    walk(&schema, "#", &mut objects);
    assert_eq!(objects, 4, "dictionary, attitudes, theme, entry");
    validator();
}

#[test]
fn the_default_dictionary_matches() {
    let dictionary = joined_default();
    if let Some(e) = errors(&dictionary) {
        panic!("the joined default dictionary does not match dictionary.schema.json:\n{e}");
    }
    // What the schema cannot say: ids are unique, and every theme file is listed.
    let ids: Vec<&str> = dictionary["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "theme ids are unique: {ids:?}");
    for path in files(&data_dir().join("themes")) {
        let stem = path.file_stem().unwrap().to_str().unwrap();
        assert!(
            unique.contains(stem),
            "{} is not listed in dictionary.json's themes",
            path.display()
        );
    }
}

#[test]
fn the_fixture_dictionaries() {
    let (mut valid, mut invalid) = (0, 0);
    for path in files(&fixtures_dir()) {
        let name = path.file_name().unwrap().to_str().unwrap();
        if name.ends_with(".json") && name.starts_with("valid-") {
            if let Some(e) = errors(&read_json(&path)) {
                panic!("{name} should match the schema:\n{e}");
            }
            valid += 1;
        } else if name.ends_with(".json") && name.starts_with("invalid-") {
            assert!(
                errors(&read_json(&path)).is_some(),
                "{name} passed validation"
            );
            invalid += 1;
        }
    }
    assert!(
        valid >= 1 && invalid >= 4,
        "{valid} valid, {invalid} invalid"
    );
}

/// What the page exports (the loaded dictionary written back as JSON)
/// matches: the default, and a loaded fixture.
#[test]
fn exported_dictionaries_match() {
    let exported = faultline::themes::Dictionary::default_shared().to_json();
    if let Some(e) = errors(&exported) {
        panic!("the exported default dictionary does not match the schema:\n{e}");
    }
    let loaded = faultline::themes::Dictionary::from_json_value(&full())
        .unwrap_or_else(|e| panic!("valid-minimal.json does not load: {e}"));
    if let Some(e) = errors(&loaded.to_json()) {
        panic!("valid-minimal.json, loaded and exported, does not match the schema:\n{e}");
    }
}

/// Every LIWC and Lexicoder fixture is detected, imported, and matches;
/// the dictionary loader takes it.
#[test]
fn imported_dictionaries_match() {
    let mut imported = 0;
    for path in files(&fixtures_dir()) {
        let name = path.file_name().unwrap().to_str().unwrap();
        if name.ends_with(".json") {
            continue;
        }
        let text = read(&path);
        let format = import::detect(name, &text)
            .unwrap_or_else(|| panic!("{name}: the format is not detected"));
        let dictionary = format
            .import(&text, name)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Some(e) = errors(&dictionary) {
            panic!("{name}, imported, does not match the schema:\n{e}\n{dictionary:#}");
        }
        if let Err(e) = faultline::themes::Dictionary::from_json_value(&dictionary) {
            panic!("{name}, imported, does not load: {e}");
        }
        imported += 1;
    }
    assert!(imported >= 6, "{imported} foreign dictionaries imported");
    // Errors name their line.
    let e = import::from_liwc("%\n1\ta\n%\nword\t9\n", "x").unwrap_err();
    assert!(e.to_string().starts_with("line 4: "), "{e}");
}

/// A small dictionary that uses every optional field.
fn full() -> Value {
    read_json(&fixtures_dir().join("valid-minimal.json"))
}

type Change = fn(&mut Value);

/// Dictionaries that must pass, made from the full one.
#[test]
fn allowed_variations_pass() {
    let changes: &[(&str, Change)] = &[
        ("no optional top-level field", |d| {
            let o = d.as_object_mut().unwrap();
            for k in ["$schema", "language", "attitudes", "negations", "hedges"] {
                o.remove(k);
            }
        }),
        ("license and source", |d| {
            d["license"] = json!("CC-BY-4.0");
            d["source"] = json!("Hand-written")
        }),
        ("shared words", |d| d["shared"] = json!(["both", "mutual*"])),
        ("attitudes with one side", |d| {
            d["attitudes"] = json!({"for": ["backs"]})
        }),
        ("a lower-case colour", |d| {
            d["themes"][0]["color"] = json!("#a1b2c3")
        }),
        ("no colour, no description", |d| {
            let t = d["themes"][0].as_object_mut().unwrap();
            t.remove("color");
            t.remove("description");
        }),
        ("an entry with terms only", |d| {
            d["themes"][0]["entries"] = json!([{"terms": ["x"]}])
        }),
        ("no entries yet", |d| d["themes"][0]["entries"] = json!([])),
        (
            "weights at the edges",
            |d| {
                d["themes"][0]["entries"] =
                    json!([{"weight": 10, "terms": ["x"]}, {"weight": 0.001, "terms": ["y"]}])
            },
        ),
        ("a 40-character id with _ and -", |d| {
            d["themes"][0]["id"] = json!(format!("a_b-{}", "c".repeat(36)))
        }),
        ("a one-letter id", |d| d["themes"][0]["id"] = json!("x")),
        ("neutral entries in a theme without poles", |d| {
            d["themes"][1]["entries"] = json!([{"pole": 0, "terms": ["x"]}, {"terms": ["y"]}])
        }),
    ];
    assert!(errors(&full()).is_none());
    for (what, change) in changes {
        let mut d = full();
        change(&mut d);
        if let Some(e) = errors(&d) {
            panic!("{what} failed validation:\n{e}");
        }
    }
}

/// The schema is not vacuous: each of these changes must be rejected, both
/// to a small dictionary using every field and to the default dictionary.
#[test]
fn malformed_dictionaries_fail() {
    let changes: &[(&str, Change)] = &[
        ("a missing name", |d| {
            d.as_object_mut().unwrap().remove("name");
        }),
        ("an empty name", |d| d["name"] = json!("")),
        ("a missing version", |d| {
            d.as_object_mut().unwrap().remove("version");
        }),
        ("missing themes", |d| {
            d.as_object_mut().unwrap().remove("themes");
        }),
        ("no theme", |d| d["themes"] = json!([])),
        ("theme ids instead of themes", |d| {
            d["themes"] = json!(["economy"])
        }),
        ("an extra top-level field", |d| d["author"] = json!("me")),
        ("an extra field in attitudes", |d| {
            d["attitudes"] = json!({"against": [], "for": [], "neutral": []})
        }),
        ("negations that are not a list", |d| {
            d["negations"] = json!("not")
        }),
        ("an empty hedge", |d| d["hedges"] = json!([""])),
        ("shared words that are not a list", |d| {
            d["shared"] = json!("both")
        }),
        ("pole 2", |d| {
            d["themes"][0]["entries"] = json!([{"pole": 2, "terms": ["x"]}])
        }),
        ("pole 0.5", |d| {
            d["themes"][0]["entries"] = json!([{"pole": 0.5, "terms": ["x"]}])
        }),
        ("empty terms", |d| {
            d["themes"][0]["entries"] = json!([{"pole": 0, "terms": []}])
        }),
        ("an empty term", |d| {
            d["themes"][0]["entries"] = json!([{"terms": [""]}])
        }),
        ("a blank term", |d| {
            d["themes"][0]["entries"] = json!([{"terms": ["  "]}])
        }),
        ("a number as a term", |d| {
            d["themes"][0]["entries"] = json!([{"terms": [7]}])
        }),
        ("an entry without terms", |d| {
            d["themes"][0]["entries"] = json!([{"weight": 1}])
        }),
        ("weight 0", |d| {
            d["themes"][0]["entries"] = json!([{"weight": 0, "terms": ["x"]}])
        }),
        ("a negative weight", |d| {
            d["themes"][0]["entries"] = json!([{"weight": -1, "terms": ["x"]}])
        }),
        ("weight above 10", |d| {
            d["themes"][0]["entries"] = json!([{"weight": 10.5, "terms": ["x"]}])
        }),
        ("a fractional CAP code in an entry", |d| {
            d["themes"][0]["entries"] = json!([{"cap": 7.5, "terms": ["x"]}])
        }),
        ("an extra field in an entry", |d| {
            d["themes"][0]["entries"] = json!([{"terms": ["x"], "stem": false}])
        }),
        ("a bad id: capitals and a space", |d| {
            d["themes"][0]["id"] = json!("Housing Policy")
        }),
        ("a bad id: a leading digit", |d| {
            d["themes"][0]["id"] = json!("1housing")
        }),
        ("a bad id: empty", |d| d["themes"][0]["id"] = json!("")),
        ("a bad id: 41 characters", |d| {
            d["themes"][0]["id"] = json!("a".repeat(41))
        }),
        ("a bad id: a number", |d| d["themes"][0]["id"] = json!(7)),
        ("a theme without id", |d| {
            d["themes"][0].as_object_mut().unwrap().remove("id");
        }),
        ("a theme without label", |d| {
            d["themes"][0].as_object_mut().unwrap().remove("label");
        }),
        ("a theme without cap", |d| {
            d["themes"][0].as_object_mut().unwrap().remove("cap");
        }),
        ("a theme without poles", |d| {
            d["themes"][0].as_object_mut().unwrap().remove("poles");
        }),
        ("a theme without entries", |d| {
            d["themes"][0].as_object_mut().unwrap().remove("entries");
        }),
        ("an extra field in a theme", |d| {
            d["themes"][0]["icon"] = json!("house")
        }),
        ("a colour by name", |d| {
            d["themes"][0]["color"] = json!("red")
        }),
        ("a three-digit colour", |d| {
            d["themes"][0]["color"] = json!("#abc")
        }),
        ("a CAP code as a string", |d| {
            d["themes"][0]["cap"] = json!(["7"])
        }),
        ("CAP code 0", |d| d["themes"][0]["cap"] = json!([0])),
        ("three poles", |d| {
            d["themes"][0]["poles"] = json!(["a", "b", "c"])
        }),
        ("one pole", |d| d["themes"][0]["poles"] = json!(["a"])),
        ("poles as a string", |d| {
            d["themes"][0]["poles"] = json!("a / b")
        }),
        ("a pole term in a theme without poles", |d| {
            d["themes"][0]["poles"] = json!(null);
            d["themes"][0]["entries"] = json!([{"pole": 1, "terms": ["x"]}])
        }),
    ];
    for (label, base) in [
        ("the full fixture", full()),
        ("the default", joined_default()),
    ] {
        for (what, change) in changes {
            let mut bad = base.clone();
            change(&mut bad);
            assert!(errors(&bad).is_some(), "{label}: {what} passed validation");
        }
    }
}
