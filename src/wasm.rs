//! The browser binding: converts types, calls the core, converts back.
//!
//! Nothing here knows about text. A branch about essays in this file belongs
//! in the core instead.

use wasm_bindgen::prelude::*;

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
    let report = crate::analyze(text, &options);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&report, &serializer).map_err(into_js_error)
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
    // Through JSON, so that an unknown field is an error: serde-wasm-bindgen
    // reads only the fields it knows and would ignore a misspelt option.
    let json = js_sys::JSON::stringify(&options)
        .map_err(|_| JsError::from(OptionsError::new("options must be a plain object")))?;
    Options::from_json(&String::from(json)).map_err(JsError::from)
}

fn into_js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}
