//! `--jsonl`: one request per line on standard input, one answer per line
//! on standard output, in order, each written as soon as it is ready.
//!
//! Input is read line by line, never whole: a corpus may be larger than
//! memory, and a pipeline should see answers while it still writes
//! requests. A line that cannot be used is answered with an error; it never
//! ends the run.

use std::io::{self, BufRead, Write};

use faultline::{Options, OptionsError};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::args::{read_options, Run};
use crate::ordered;

#[derive(Serialize)]
struct Failure<'a> {
    id: &'a Value,
    error: &'a str,
}

/// Answers every line of standard input, on `run.jobs` threads, in order.
/// The result says whether standard input could be read to its end;
/// errors are the output's.
pub fn run(run: &Run, out: &mut impl Write) -> io::Result<bool> {
    let mut read_to_end = true;
    let lines = next_line(&mut read_to_end);
    ordered::in_order(
        run.jobs,
        lines,
        |line| answer(run, &line),
        |answer| {
            out.write_all(&answer)?;
            out.flush()
        },
    )?;
    Ok(read_to_end)
}

/// The lines of standard input that are not blank, one per call, without
/// a leading byte-order mark. A read error is named on standard error,
/// clears `read_to_end` and ends the lines.
fn next_line(read_to_end: &mut bool) -> impl FnMut() -> Option<Vec<u8>> + Send + '_ {
    let stdin = io::stdin();
    let mut first = true;
    move || loop {
        let mut line = Vec::new();
        match stdin.lock().read_until(b'\n', &mut line) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                crate::complain(&format!(
                    "cannot read standard input: {}",
                    crate::reason(&e)
                ));
                *read_to_end = false;
                return None;
            }
        }
        if std::mem::take(&mut first) && line.starts_with(b"\xEF\xBB\xBF") {
            // Some editors and shells start a UTF-8 file with a byte-order
            // mark, which JSON does not allow.
            line.drain(..3);
        }
        if !line.trim_ascii().is_empty() {
            return Some(line);
        }
    }
}

/// The answer to one line, as the line to write (with its newline).
fn answer(run: &Run, line: &[u8]) -> Vec<u8> {
    let (id, request) = request(run, line);
    let mut out = Vec::new();
    let written = match request {
        Ok((text, options)) => {
            let report = faultline::analyze(&text, &options);
            // `{"id":…,"report":…}`, the report by the crate's own writer
            // (serde_json's text in a third of the time).
            out.extend_from_slice(b"{\"id\":");
            serde_json::to_writer(&mut out, &id).map(|()| {
                out.extend_from_slice(b",\"report\":");
                faultline::report::json::write_utf8(&report, &mut out);
                out.push(b'}');
            })
        }
        Err(error) => failure(&mut out, &id, &error),
    };
    if let Err(e) = written {
        // Writing to memory fails only on a value JSON cannot hold.
        out.clear();
        let _ = failure(
            &mut out,
            &id,
            &format!("the report could not be written as JSON: {e}"),
        );
    }
    out.push(b'\n');
    out
}

/// Writes `{"id":…,"error":…}`, the answer to a line that gets no report.
fn failure(out: &mut Vec<u8>, id: &Value, error: &str) -> serde_json::Result<()> {
    serde_json::to_writer(out, &Failure { id, error })
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
    if let Some(why) = faultline::check_size(&text) {
        return Err(why);
    }
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
