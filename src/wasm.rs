//! The browser binding: converts types, calls the core, converts back.
//!
//! Dictionary tools (import, compile, export) live in a second module
//! built from the same crate with the `tools` feature (`wasm_tools.rs`),
//! which the page loads only when a user edits or imports a dictionary:
//! JSON parsing and checking, the LIWC and Lexicoder readers and the export
//! would add ~33 KB gzip to every page load.
//!
//! Nothing here knows about text. A branch about essays in this file belongs
//! in the core instead.

use wasm_bindgen::prelude::*;

use std::cell::RefCell;
use std::sync::Arc;

use crate::themes::Dictionary;
use crate::{Options, OptionsError};

/// Installs a panic hook that prints Rust panics to the console, once, when
/// the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// `analyze(text, options?)`: the whole report as a plain object.
///
/// `options` may be `undefined`, `null` or an object; an unknown or ill-typed
/// option throws an `Error` that names it. Text never throws: lone
/// surrogates arrive as U+FFFD, one code unit each, so offsets still match.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    let mut report = crate::analyze(text, &options);
    // The token columns hold millions of numbers on a book: they are copied
    // as typed arrays, one call each, and made plain arrays by the engine.
    let columns = std::mem::take(&mut report.document.tokens);
    // One JSON string and the engine's own parser: a report holds thousands
    // of short strings (terms, rule ids), and building them one by one
    // across the boundary cost ten times more than `JSON.parse`.
    let json = crate::report::json::to_string(&report);
    let value =
        js_sys::JSON::parse(&json).map_err(|_| JsError::new("the report did not parse as JSON"))?;
    let tokens = js_sys::Reflect::get(&value, &"document".into())
        .and_then(|document| js_sys::Reflect::get(&document, &"tokens".into()))
        .map_err(|_| JsError::new("report without document.tokens"))?;
    for (name, column) in [
        ("start", &columns.start),
        ("end", &columns.end),
        ("term", &columns.term),
    ] {
        let array = js_sys::Array::from(&js_sys::Uint32Array::from(column.as_slice()));
        js_sys::Reflect::set(&tokens, &name.into(), &array)
            .map_err(|_| JsError::new("cannot set token column"))?;
    }
    Ok(value)
}

/// `analyzeJson(text, options?)`: the same report as a JSON string.
///
/// For a worker: a string crosses `postMessage` as one copy, where the
/// object of a book-length report (millions of values) took seconds to
/// clone into the page; the page parses it with `JSON.parse`, many times
/// faster than that clone.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: &str, options: JsValue) -> Result<String, JsError> {
    let options = parse_options(options)?;
    Ok(crate::report::json::to_string(&crate::analyze(
        text, &options,
    )))
}

/// `analyzeJsonParts(text, options, sentencesPerPart)`: the report of
/// `analyzeJson` in parts (`report::json::to_parts`): the report with its
/// two per-sentence arrays empty, then pieces of `document.sentences` and
/// `sentences` in turn. For a long text: the page parses a piece at a time
/// and paints between them, where one `JSON.parse` of the whole froze it.
#[wasm_bindgen(js_name = analyzeJsonParts)]
pub fn analyze_json_parts(
    text: &str,
    options: JsValue,
    sentences_per_part: u32,
) -> Result<Vec<String>, JsError> {
    let options = parse_options(options)?;
    Ok(crate::report::json::to_parts(
        crate::analyze(text, &options),
        sentences_per_part as usize,
    ))
}

/// `sentenceCount(text)`: the document stage alone (blocks, sentences,
/// clauses, tokens), answering only how many sentences it found. The
/// browser benchmark times it to measure the parser apart from the later
/// stages and the report's crossing into JavaScript.
#[wasm_bindgen(js_name = sentenceCount)]
pub fn sentence_count(text: &str) -> u32 {
    crate::document::parse(text).sentences.len() as u32
}

/// The engine's version (the crate's), for exports to say what made them.
#[wasm_bindgen(js_name = engineVersion)]
pub fn engine_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The version of the report schema this module produces.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    crate::report::SCHEMA_VERSION
}

fn parse_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(OptionsError::new("options must be a plain object").into());
    }
    // Names first: a misspelt option must be an error, not silently ignored.
    for key in js_sys::Object::keys(&options.clone().into()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !Options::KNOWN.contains(&key.as_str()) {
            return Err(Options::unknown(&key).into());
        }
    }
    // Read field by field: serde's deserializer would bring float formatting
    // (for its error messages) into the module, a fifth of its size.
    let mut parsed = Options::default();
    let tokens = js_sys::Reflect::get(&options, &"tokens".into()).unwrap_or(JsValue::UNDEFINED);
    if !tokens.is_undefined() {
        parsed.tokens = tokens
            .as_bool()
            .ok_or_else(|| Options::invalid("tokens", "a boolean"))?;
    }
    let field = |name: &str| {
        js_sys::Reflect::get(&options, &name.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    if let Some(v) = field("compare") {
        parsed.compare = strings(&v, "compare")?;
    }
    if let Some(v) = field("exclude") {
        parsed.exclude = strings(&v, "exclude")?;
    }
    if let Some(v) = field("merge") {
        // Checked here: `Array::from` would make a string an array of its
        // characters, and the error would then be about them.
        if !js_sys::Array::is_array(&v) {
            return Err(Options::invalid("merge", "an array of arrays of names").into());
        }
        parsed.merge = js_sys::Array::from(&v)
            .iter()
            .map(|l| strings(&l, "merge"))
            .collect::<Result<_, _>>()?;
    }
    if let Some(v) = field("themes") {
        parsed.themes = strings(&v, "themes")?;
    }
    if let Some(v) = field("dictionary") {
        parsed.dictionary = Some(dictionary(&v)?);
    }
    for name in ["aliases", "affiliations"] {
        let Some(v) = field(name) else { continue };
        if !v.is_object() || js_sys::Array::is_array(&v) {
            return Err(
                Options::invalid(name, "an object of actor name to a list of names").into(),
            );
        }
        let mut map = std::collections::BTreeMap::new();
        for entry in js_sys::Object::entries(&v.into()).iter() {
            let pair = js_sys::Array::from(&entry);
            let key = pair.get(0).as_string().unwrap_or_default();
            map.insert(key, strings(&pair.get(1), name)?);
        }
        if name == "aliases" {
            parsed.aliases = map;
        } else {
            parsed.affiliations = map;
        }
    }
    Ok(parsed)
}

/// The `dictionary` option: a dictionary compiled by the tools module
/// (`faultline_tools.js`, `compileDictionary`), kept while it is the same
/// text: the page sends it with every keystroke's analysis.
fn dictionary(value: &JsValue) -> Result<Arc<Dictionary>, OptionsError> {
    thread_local! {
        static LAST: RefCell<Option<(String, Arc<Dictionary>)>> = const { RefCell::new(None) };
    }
    let compact = value.as_string().ok_or_else(|| {
        Options::invalid(
            "dictionary",
            "a compiled dictionary (the text compileDictionary returns)",
        )
    })?;
    if let Some(hit) = LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(key, _)| *key == compact)
            .map(|(_, d)| d.clone())
    }) {
        return Ok(hit);
    }
    let dict = Arc::new(
        Dictionary::from_compact_text(&compact)
            .map_err(|e| OptionsError::new(format!("option `dictionary`: {e}")))?,
    );
    LAST.with(|l| *l.borrow_mut() = Some((compact, dict.clone())));
    Ok(dict)
}

/// A JavaScript array of strings, or the option's error.
fn strings(value: &JsValue, name: &str) -> Result<Vec<String>, OptionsError> {
    let invalid = || Options::invalid(name, "a list of names (strings)");
    if !js_sys::Array::is_array(value) {
        return Err(invalid());
    }
    js_sys::Array::from(value)
        .iter()
        .map(|v| v.as_string().ok_or_else(invalid))
        .collect()
}
