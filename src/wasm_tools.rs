//! The dictionary tools module for the browser (`--features tools`): reads
//! a user's dictionary (our JSON, LIWC `.dic`, Lexicoder `.lcd`/`.lc3`),
//! checks and compiles it for the core module's `dictionary` option, and
//! exports a compiled dictionary as our JSON. Loaded on demand, so the
//! page's first load carries none of it. Converts types only.

use wasm_bindgen::prelude::*;

use crate::themes::{format, import, Dictionary};

/// `compileDictionary(dictionary)`: a dictionary in our JSON format (an
/// object, or its JSON text) → the compiled text the core's `analyze`
/// takes as `options.dictionary`. An `Error` lists every problem, each
/// named by where it is ("themes[2] (climate) entries[0] terms[3] …").
#[wasm_bindgen(js_name = compileDictionary)]
pub fn compile_dictionary(dictionary: JsValue) -> Result<String, JsError> {
    let value = js_object(&dictionary)?;
    let words = format::Words {
        lower: &crate::text::case::lower_str,
        stem: &crate::document::vocabulary::stem,
    };
    format::compile(&value, &words).map_err(into_js_error)
}

/// `importDictionary(text, fileName)`: a LIWC `.dic` or Lexicoder
/// `.lcd`/`.lc3` file as a dictionary in our format (an object), or an
/// `Error` naming the line. Our own JSON is checked and returned as is.
#[wasm_bindgen(js_name = importDictionary)]
pub fn import_dictionary(text: &str, file_name: &str) -> Result<JsValue, JsError> {
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
        to_value(&parsed)
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

/// `exportDictionary(compiled?)`: a compiled dictionary (or, without one,
/// the default) as an object in our JSON format, for the user to save and
/// edit. Compiling it again gives the same hash.
#[wasm_bindgen(js_name = exportDictionary)]
pub fn export_dictionary(compiled: Option<String>) -> Result<JsValue, JsError> {
    let dict = match compiled {
        Some(text) => Dictionary::from_compact_text(&text).map_err(into_js_error)?,
        None => return js_value(&Dictionary::default_shared().to_json()),
    };
    js_value(&dict.to_json())
}

/// An object, or JSON text, as a serde_json value.
fn js_object(value: &JsValue) -> Result<serde_json::Value, JsError> {
    match value.as_string() {
        Some(text) => js_sys::JSON::parse(&text)
            .map(|v| to_value(&v))
            .map_err(|_| JsError::new("the dictionary is not JSON")),
        None => Ok(to_value(value)),
    }
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
        // JavaScript has one number type; a whole number must come back as
        // an integer, or integer fields (CAP codes) read as missing.
        if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
            return Value::Number(serde_json::Number::from(f as i64));
        }
        return serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number);
    }
    if js_sys::Array::is_array(v) {
        return Value::Array(
            js_sys::Array::from(v)
                .iter()
                .map(|x| to_value(&x))
                .collect(),
        );
    }
    if v.is_object() {
        let mut map = serde_json::Map::new();
        for entry in js_sys::Object::entries(&v.clone().into()).iter() {
            let pair = js_sys::Array::from(&entry);
            map.insert(
                pair.get(0).as_string().unwrap_or_default(),
                to_value(&pair.get(1)),
            );
        }
        return Value::Object(map);
    }
    Value::Null
}

fn js_value(value: &serde_json::Value) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value).map_err(into_js_error)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("not JSON"))
}

fn into_js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}
