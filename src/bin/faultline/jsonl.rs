//! `--jsonl`: one request per line on standard input, one answer per line
//! on standard output, in order, each written as soon as it is ready.
//!
//! Input is read line by line, never whole: a corpus may be larger than
//! memory, and a pipeline should see answers while it still writes
//! requests. A line that cannot be used is answered with an error; it never
//! ends the run.

use std::io::{self, BufRead, Write};

use faultline::{Options, OptionsError, Report};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::args::{read_options, Run};

#[derive(Serialize)]
struct Answer<'a> {
    id: &'a Value,
    report: &'a Report,
}

#[derive(Serialize)]
struct Failure<'a> {
    id: &'a Value,
    error: &'a str,
}

/// Answers every line of standard input. The result says whether standard
/// input could be read to its end; errors are the output's.
pub fn run(run: &Run, out: &mut impl Write) -> io::Result<bool> {
    let mut input = io::stdin().lock();
    let mut line = Vec::new();
    let mut first = true;
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => return Ok(true),
            Ok(_) => {}
            Err(e) => {
                crate::complain(&format!(
                    "cannot read standard input: {}",
                    crate::reason(&e)
                ));
                return Ok(false);
            }
        }
        let mut bytes = line.as_slice();
        if std::mem::take(&mut first) {
            // Some editors and shells start a UTF-8 file with a byte-order
            // mark, which JSON does not allow.
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        if bytes.trim_ascii().is_empty() {
            continue;
        }
        let (id, request) = request(run, bytes);
        match request {
            Ok((text, options)) => {
                let report = faultline::analyze(&text, &options);
                serde_json::to_writer(
                    &mut *out,
                    &Answer {
                        id: &id,
                        report: &report,
                    },
                )?;
            }
            Err(error) => serde_json::to_writer(
                &mut *out,
                &Failure {
                    id: &id,
                    error: &error,
                },
            )?,
        }
        out.write_all(b"\n")?;
        out.flush()?;
    }
}

/// The id of a line (null when it cannot be read) and its text and
/// options, or the error that answers it.
fn request(run: &Run, line: &[u8]) -> (Value, Result<(String, Options), String>) {
    let value: Value = match serde_json::from_slice(line) {
        Ok(value) => value,
        Err(e) => return (id_only(line), Err(not_json(&e))),
    };
    let Value::Object(mut fields) = value else {
        return (
            Value::Null,
            Err("a line must be a JSON object with a `text` field".into()),
        );
    };
    let id = fields.remove("id").unwrap_or(Value::Null);
    (id, text_and_options(run, fields))
}

fn text_and_options(
    run: &Run,
    mut fields: Map<String, Value>,
) -> Result<(String, Options), String> {
    // Strict, as the options are: a misspelt "optoins" must not be ignored.
    if let Some(name) = fields
        .keys()
        .find(|k| !matches!(k.as_str(), "text" | "options"))
    {
        return Err(format!(
            "unknown field `{name}` (a line has `id`, `text` and `options`)"
        ));
    }
    let text = match fields.remove("text") {
        Some(Value::String(text)) => text,
        Some(_) => return Err("`text` must be a string".into()),
        None => return Err("missing field `text`".into()),
    };
    let options = match fields.remove("options") {
        None | Some(Value::Null) => run.options.clone(),
        Some(Value::Object(own)) => {
            let mut all = run.json.clone();
            all.extend(own);
            read_options(&all).map_err(|e| e.to_string())?
        }
        Some(_) => return Err(OptionsError::new("`options` must be a JSON object").to_string()),
    };
    Ok((text, options))
}

/// serde_json's message for a lone surrogate ("unexpected end of hex
/// escape") does not say what is wrong with the text: this does.
fn not_json(e: &serde_json::Error) -> String {
    let message = e.to_string();
    if message.contains("surrogate") || message.contains("hex escape") {
        format!("invalid JSON: {message} (JSON text cannot hold a lone surrogate such as \\ud800)")
    } else {
        format!("invalid JSON: {message}")
    }
}

/// The id of a line that is not valid JSON, when the id itself is: serde
/// skips the other fields without decoding their escapes, so a lone
/// surrogate in the text (which a `String` cannot hold) leaves the id
/// readable. Null otherwise.
fn id_only(line: &[u8]) -> Value {
    #[derive(Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Value,
    }
    serde_json::from_slice::<IdOnly>(line).map_or(Value::Null, |l| l.id)
}
