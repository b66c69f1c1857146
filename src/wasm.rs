//! The browser binding: converts types, calls the core, converts back.
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
    let json = serde_json::to_string(&report).map_err(into_js_error)?;
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
        let lists = js_sys::Array::try_from(v)
            .map_err(|_| Options::invalid("merge", "an array of arrays of names"))?;
        parsed.merge = lists
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

/// The `dictionary` option (an object in our JSON format, or its text),
/// compiled once: the page sends the same dictionary with every keystroke's
/// analysis, so the last one is kept, keyed by its JSON text.
fn dictionary(value: &JsValue) -> Result<Arc<Dictionary>, OptionsError> {
    thread_local! {
        static LAST: RefCell<Option<(String, Arc<Dictionary>)>> = const { RefCell::new(None) };
    }
    // The engine parses JSON text; serde_json's parser (and its float
    // parsing) would cost the wasm ~6 KB.
    let parsed = match value.as_string() {
        Some(text) => js_sys::JSON::parse(&text)
            .map_err(|_| OptionsError::new("option `dictionary`: the text is not JSON"))?,
        None => value.clone(),
    };
    let json = js_sys::JSON::stringify(&parsed)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| Options::invalid("dictionary", "a dictionary object or its JSON text"))?;
    if let Some(hit) = LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(key, _)| *key == json)
            .map(|(_, d)| d.clone())
    }) {
        return Ok(hit);
    }
    let dict = Arc::new(
        Dictionary::from_json_value(&to_value(&parsed))
            .map_err(|e| OptionsError::new(format!("option `dictionary`: {e}")))?,
    );
    LAST.with(|l| *l.borrow_mut() = Some((json, dict.clone())));
    Ok(dict)
}

/// `importDictionary(text, fileName)`: a LIWC `.dic` or Lexicoder
/// `.lcd`/`.lc3` file as a dictionary in our format (an object), or an
/// `Error` naming the line. Our own JSON is checked and returned as is.
#[wasm_bindgen(js_name = importDictionary)]
pub fn import_dictionary(text: &str, file_name: &str) -> Result<JsValue, JsError> {
    use crate::themes::import;
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .split('.')
        .next()
        .filter(|n| !n.is_empty())
        .unwrap_or("imported");
    let value = if file_name.to_ascii_lowercase().ends_with(".json") {
        let parsed = js_sys::JSON::parse(text).map_err(|_| JsError::new("the file is not JSON"))?;
        let dict = Dictionary::from_json_value(&to_value(&parsed)).map_err(into_js_error)?;
        dict.to_json()
    } else {
        match import::detect(file_name, text) {
            Some(import::Format::Liwc) => import::from_liwc(text, name).map_err(into_js_error)?,
            Some(import::Format::Lexicoder) => {
                import::from_lexicoder(text, name).map_err(into_js_error)?
            }
            None => {
                return Err(JsError::new(
                    "not a dictionary this page can read: use our JSON, a LIWC .dic or a Lexicoder .lcd/.lc3 file",
                ))
            }
        }
    };
    // Checked here, so the page shows the problem on import, not later.
    Dictionary::from_json_value(&value).map_err(into_js_error)?;
    js_value(&value)
}

/// `exportDictionary(options?)`: the active dictionary (the default, or
/// the one in `options.dictionary`, with `options.themes` applied) as an
/// object in our JSON format.
#[wasm_bindgen(js_name = exportDictionary)]
pub fn export_dictionary(options: JsValue) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    let dict = options.active_dictionary(&mut Vec::new());
    js_value(&dict.to_json())
}

/// A JavaScript value (from `JSON.parse`) as a serde_json value, read
/// through the engine: no JSON text parsing in the wasm.
fn to_value(v: &JsValue) -> serde_json::Value {
    use serde_json::Value;
    if let Some(s) = v.as_string() {
        return Value::String(s);
    }
    if let Some(b) = v.as_bool() {
        return Value::Bool(b);
    }
    if let Some(f) = v.as_f64() {
        return serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number);
    }
    if js_sys::Array::is_array(v) {
        return Value::Array(js_sys::Array::from(v).iter().map(|x| to_value(&x)).collect());
    }
    if v.is_object() {
        let mut map = serde_json::Map::new();
        for entry in js_sys::Object::entries(&v.clone().into()).iter() {
            let pair = js_sys::Array::from(&entry);
            map.insert(pair.get(0).as_string().unwrap_or_default(), to_value(&pair.get(1)));
        }
        return Value::Object(map);
    }
    Value::Null
}

fn js_value(value: &serde_json::Value) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(into_js_error)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("not JSON"))
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

fn into_js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}
