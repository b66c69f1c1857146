//! The binding, in a real browser (wasm-bindgen-test in headless Chromium):
//! `analyze` returns plain JSON-compatible objects with UTF-16 spans, takes
//! lone surrogates, and throws a real `Error` naming a bad option.
//!
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`

#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
export function lone_surrogate_text() { return 'Before \\uD800 after. And \\uDC00 more.'; }
export function js_slice(text, start, end) { return text.slice(start, end); }
")]
extern "C" {
    /// A JS string with lone surrogates in it.
    fn lone_surrogate_text() -> JsValue;
    /// `text.slice(start, end)`, the JavaScript way.
    fn js_slice(text: &JsValue, start: u32, end: u32) -> String;
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

/// Calls the exported binding; a thrown error comes back as the JS value.
fn call(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    faultline::wasm::analyze(text, options).map_err(JsValue::from)
}

fn analyze_js(text: &JsValue, options: JsValue) -> JsValue {
    // The same TextEncoder conversion a `&str` parameter goes through.
    call(&text.as_string().unwrap_or_default(), options).expect("analyze succeeds")
}

#[wasm_bindgen_test]
fn report_is_plain_json_with_utf16_spans() {
    let text =
        JsValue::from_str("🚀 While Trump builds walls, Musk builds rockets. Then there’s AI.");
    let report = analyze_js(&text, JsValue::UNDEFINED);
    assert_eq!(
        get(&report, "schemaVersion").as_f64(),
        Some(faultline::report::SCHEMA_VERSION as f64)
    );
    // Plain objects and arrays, not Maps: it survives JSON round trips.
    let json = JSON::stringify(&report).unwrap().as_string().unwrap();
    assert!(json.contains("\"sentences\""));
    let document = get(&report, "document");
    assert!(document.is_instance_of::<Object>());
    let sentences: Array = get(&document, "sentences").into();
    assert_eq!(sentences.length(), 2);
    let second = sentences.get(1);
    let start = get(&second, "start").as_f64().unwrap() as u32;
    let end = get(&second, "end").as_f64().unwrap() as u32;
    assert_eq!(js_slice(&text, start, end), "Then there’s AI.");
    let clauses: Array = get(&sentences.get(0), "clauses").into();
    assert_eq!(clauses.length(), 2);
    // Absent values are null, not undefined.
    assert!(get(&document, "byline").is_null());
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets() {
    let text = lone_surrogate_text();
    let report = analyze_js(&text, JsValue::UNDEFINED);
    let length = get(&report, "textLength").as_f64().unwrap() as u32;
    assert_eq!(length, js_sys::JsString::from(text.clone()).length());
}

#[wasm_bindgen_test]
fn sentence_count_is_the_reports_sentence_count() {
    for text in [
        "",
        "One. Two? Three!",
        "Title\n\nBy Someone\n\nMr. Smith went on. He stayed.",
    ] {
        let report = call(text, JsValue::UNDEFINED).expect("analyze succeeds");
        let sentences = Array::from(&get(&get(&report, "document"), "sentences"));
        assert_eq!(
            faultline::wasm::sentence_count(text),
            sentences.length(),
            "{text:?}"
        );
    }
}

#[wasm_bindgen_test]
fn tokens_can_be_left_out() {
    let options = JSON::parse("{\"tokens\": false}").unwrap();
    let report = call("One sentence here.", options).unwrap();
    let tokens = get(&get(&report, "document"), "tokens");
    let starts: Array = get(&tokens, "start").into();
    assert_eq!(starts.length(), 0);
}

#[wasm_bindgen_test]
fn unknown_option_throws_an_error_naming_it() {
    let options = JSON::parse("{\"tokenz\": false}").unwrap();
    let err = call("Text.", options).expect_err("must throw");
    assert!(err.is_instance_of::<js_sys::Error>());
    let message: String = js_sys::Error::from(err).message().into();
    assert!(message.contains("tokenz"), "{message}");
}

#[wasm_bindgen_test]
fn actor_options_cross_from_javascript() {
    let text = "Donald Trump met Elon Musk and Nancy Pelosi. Trump spoke; Musk and Pelosi listened. Later Musk called Tesla.";
    let options = JSON::parse(r#"{"compare": ["Pelosi", "Musk"], "affiliations": {"Musk": ["Tesla"]}, "exclude": ["Nobody"], "merge": [], "aliases": {}}"#).unwrap();
    let report = call(text, options).unwrap();
    let compared: Array = get(&report, "compared").into();
    assert_eq!(compared.get(0).as_string().as_deref(), Some("nancy-pelosi"));
    assert_eq!(compared.get(1).as_string().as_deref(), Some("elon-musk"));
    let warnings: Array = get(&report, "warnings").into();
    assert_eq!(warnings.length(), 1, "exclude names nobody");
    assert_eq!(
        get(&warnings.get(0), "option").as_string().as_deref(),
        Some("exclude")
    );
}

#[wasm_bindgen_test]
fn ill_typed_actor_options_throw_naming_the_option() {
    for (json, name) in [
        (r#"{"compare": "Trump"}"#, "compare"),
        (r#"{"merge": [["a", 1]]}"#, "merge"),
        (r#"{"affiliations": ["Tesla"]}"#, "affiliations"),
    ] {
        let err = call("Text.", JSON::parse(json).unwrap()).expect_err("must throw");
        let message: String = js_sys::Error::from(err).message().into();
        assert!(message.contains(name), "{message}");
    }
    // Not an array at all: the message says what merge takes.
    let err = call("Text.", JSON::parse(r#"{"merge": "Trump"}"#).unwrap()).expect_err("must throw");
    let message: String = js_sys::Error::from(err).message().into();
    assert!(
        message.contains("merge") && message.contains("arrays of names"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn the_json_text_is_the_same_report_as_the_object() {
    // What the page's worker sends: the report as JSON text. Parsed, it
    // must equal the object `analyze` builds, token columns included.
    let text =
        "Donald Trump mocked clean energy. Elon Musk, by contrast, built a car company on it.";
    for options in [
        "{}",
        "{\"tokens\": false}",
        "{\"compare\": [\"Musk\", \"Trump\"]}",
    ] {
        let object = call(text, JSON::parse(options).unwrap()).unwrap();
        let json = faultline::wasm::analyze_json(text, JSON::parse(options).unwrap())
            .map_err(JsValue::from)
            .unwrap();
        let from_text = JSON::parse(&json).unwrap();
        assert_eq!(
            JSON::stringify(&from_text).unwrap().as_string(),
            JSON::stringify(&object).unwrap().as_string(),
            "{options}"
        );
    }
    let bad = faultline::wasm::analyze_json("Text.", JSON::parse("{\"tokenz\": 1}").unwrap());
    assert!(bad.is_err());
}
