//! The command line, parsed by hand: a handful of flags do not justify an
//! argument-parsing dependency, and the build stays small and quick.

use std::ffi::OsString;

use faultline::{Options, OptionsError};
use serde_json::{Map, Value};

pub const HELP: &str = r#"faultline — reads opinion essays: who they discuss, sentence by sentence.

Usage:
  faultline [OPTIONS] FILE...    a JSON report per file
  faultline [OPTIONS] --jsonl    JSON Lines in (standard input), JSON Lines out

FILE is a text file, or - for standard input. One FILE prints its report,
one JSON document. Several FILEs print one line per file, in the order
given (JSON Lines; with --pretty, indented documents one after another):
    {"file": "a.txt", "report": {...}}
Files are read as UTF-8; invalid bytes do not stop the analysis: each bad
sequence is read as one U+FFFD, as a browser's TextDecoder reads it. A
file that cannot be read is named on standard error and the other files
are still reported.

The report is camelCase JSON (schemaVersion, textLength, document, actors,
compared, entities, warnings, themes, sentences, themeFlow, statements,
tone, divergenceIndex, dictionary); every span is [start, end) in UTF-16 code
units of the text, as JavaScript's text.slice(start, end). Its JSON Schema
is src/report/schema.json in the source.

--jsonl reads one JSON object per line from standard input:
    {"id": 7, "text": "While Trump builds walls, Musk builds rockets.", "options": {"compare": ["Musk"]}}
text is required; id is any JSON value (null when absent), echoed back;
options is optional. No other field is allowed, so a misspelt one is
reported: put any metadata in id. For each line, in order, as soon as it
is analysed, it writes one line:
    {"id": 7, "report": {...}}
or, when the line cannot be used (not JSON, no text, a bad option):
    {"id": 7, "error": "invalid options: unknown option `tokenz` (known options: ...)"}
and goes on with the next line. The id is null when the line is not valid
JSON. JSON cannot hold lone surrogates ("\ud800"): such a line is an
error. Blank lines are skipped. Numbers in id come back as the same value,
but integers beyond 64 bits and other numbers as 64-bit floats.

Options:
  --options JSON  analysis options, a JSON object: tokens (true), compare,
                  merge, aliases, affiliations, exclude (see the README).
                  With --jsonl, defaults that a line's own options override
                  option by option.
  --statements    instead of reports, one CSV table of every stance found
                  (actor, theme, pole, agreement, sentence): the statements
                  discourse-network tools import; several FILEs, one table
  --dictionary FILE  score with this dictionary instead of the default: our
                  JSON, a LIWC .dic or a Lexicoder .lcd/.lc3 file (the
                  last two as salience-only themes)
  --themes IDS    keep only these themes (comma-separated ids)
  --export-dictionary  print the active dictionary as JSON and stop
  --no-tokens     the same as --options '{"tokens": false}': no token
                  columns and terms, which are most of a report's size
  --jobs N        analyse up to N files or --jsonl lines at once, on N
                  threads (default: the machine's cores, at most 8); the
                  answers still come in input order, each as soon as it
                  and those before it are ready. 1: one after the other
  --compact       each report on one line (the default)
  --pretty        indented JSON (not with --jsonl)
  -h, --help      this help
  -V, --version   the version and the report's schema version
  --              every later argument is a FILE

Exit status: 0 when every input was read (a --jsonl line answered with an
error counts as read); 1 when a file or standard input cannot be read or
the output cannot be written; 2 for unusable arguments.

Examples:
  faultline essay.txt > essay.json
  faultline --pretty --no-tokens essay.txt
  faultline --options '{"compare": ["Trump", "Musk"], "aliases": {"Trump": ["the Donald"]}}' essay.txt
  pandoc -t plain essay.html | faultline -
  faultline --no-tokens essays/*.txt > reports.jsonl
  faultline --statements essays/*.txt > statements.csv
  jq -c '{id: .url, text: .body}' articles.jsonl | faultline --jsonl --no-tokens
"#;

pub enum Command {
    Help,
    Version,
    /// Print the active dictionary (default or `--dictionary`) as JSON.
    ExportDictionary(Run),
    Files(Run, Vec<OsString>),
    Jsonl(Run),
}

/// What every mode shares.
pub struct Run {
    pub pretty: bool,
    /// Print the statements table (CSV) instead of reports.
    pub statements: bool,
    /// The command line's options, as JSON: `--jsonl` merges each line's
    /// options over them.
    pub json: Map<String, Value>,
    /// The same, read.
    pub options: Options,
    /// How many inputs are analysed at once (`--jobs`).
    pub jobs: usize,
}

/// The most threads `--jobs` may ask for: beyond the cores, more threads
/// only hold more texts in memory.
const MAX_JOBS: usize = 256;

/// The machine's cores, at most 8: the default of `--jobs`.
fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// Reads the arguments after the program name. The error is the message
/// for standard error, without the "faultline: " prefix.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args.into_iter();
    let mut pretty = false;
    let mut statements = false;
    let mut export = false;
    let mut json = Map::new();
    let mut jsonl = false;
    let mut files = Vec::new();
    let mut only_files = false;
    let mut jobs = default_jobs();
    while let Some(arg) = args.next() {
        // A file name need not be UTF-8; a flag always is.
        let flag = match arg.to_str() {
            Some(s) if !only_files && s.starts_with('-') && s != "-" => s.to_owned(),
            _ => {
                files.push(arg);
                continue;
            }
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--jsonl" => jsonl = true,
            "--compact" => pretty = false,
            "--pretty" => pretty = true,
            "--statements" => statements = true,
            "--export-dictionary" => export = true,
            "--dictionary" => {
                let file = args.next().ok_or("--dictionary needs a FILE")?;
                json.insert("dictionary".into(), read_dictionary(&file)?);
            }
            "--themes" => {
                let list = args.next().ok_or("--themes needs a list of theme ids")?;
                let list = list.to_str().ok_or("--themes: not UTF-8")?;
                json.insert(
                    "themes".into(),
                    list.split(',')
                        .map(|t| Value::String(t.trim().to_string()))
                        .filter(|t| t.as_str() != Some(""))
                        .collect(),
                );
            }
            "--no-tokens" => {
                json.insert("tokens".into(), Value::Bool(false));
            }
            "--" => only_files = true,
            "--jobs" | "-j" => {
                let n = args.next().ok_or("--jobs needs a number")?;
                jobs = n
                    .to_str()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| (1..=MAX_JOBS).contains(n))
                    .ok_or_else(|| {
                        format!(
                            "--jobs needs a whole number from 1 to {MAX_JOBS}, not '{}'",
                            n.to_string_lossy()
                        )
                    })?;
            }
            "--options" => {
                let text = args.next().ok_or("--options needs a JSON object")?;
                let text = text.to_str().ok_or("--options: the JSON is not UTF-8")?;
                add_options(&mut json, text)?;
            }
            _ => match flag.strip_prefix("--options=") {
                Some(text) => add_options(&mut json, text)?,
                None => return Err(format!("unknown option '{flag}'")),
            },
        }
    }
    // Each --options was checked alone; together they are valid too, as
    // options do not depend on each other.
    let options = read_options(&json).map_err(|e| e.to_string())?;
    let run = Run {
        pretty,
        statements,
        json,
        options,
        jobs,
    };
    if export {
        return Ok(Command::ExportDictionary(run));
    }
    if statements && jsonl {
        return Err("--statements reads files: give FILEs, not --jsonl".into());
    }
    if jsonl {
        if !files.is_empty() {
            return Err("--jsonl reads standard input only: give no FILE with it".into());
        }
        if run.pretty {
            return Err("--pretty cannot be used with --jsonl: each answer is one line".into());
        }
        return Ok(Command::Jsonl(run));
    }
    if files.is_empty() {
        return Err("no input: give a FILE (- for standard input), or --jsonl".into());
    }
    Ok(Command::Files(run, files))
}

/// Adds `--options JSON` to the options so far (later keys win), checked
/// now so a bad option stops the run before any input is read.
fn add_options(options: &mut Map<String, Value>, json: &str) -> Result<(), String> {
    let value: Value = serde_json::from_str(json)
        .map_err(|e| OptionsError::new(format!("--options is not JSON: {e}")).to_string())?;
    let Value::Object(map) = value else {
        return Err(OptionsError::new("--options must be a JSON object").to_string());
    };
    read_options(&map).map_err(|e| e.to_string())?;
    options.extend(map);
    Ok(())
}

/// A dictionary file: our JSON, or a LIWC `.dic` / Lexicoder `.lcd`,
/// `.lc3` word list imported as salience-only themes.
fn read_dictionary(file: &OsString) -> Result<Value, String> {
    let name = file.to_string_lossy();
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read '{name}': {e}"))?;
    let text = String::from_utf8_lossy(&bytes);
    use faultline::themes::import;
    let stem = std::path::Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "imported".into());
    if name.to_ascii_lowercase().ends_with(".json") {
        return serde_json::from_str(&text).map_err(|e| format!("'{name}' is not JSON: {e}"));
    }
    match import::detect(&name, &text) {
        Some(import::Format::Liwc) => import::from_liwc(&text, &stem),
        Some(import::Format::Lexicoder) => import::from_lexicoder(&text, &stem),
        None => {
            return Err(format!(
                "'{name}': not a dictionary (our JSON, LIWC .dic, Lexicoder .lcd/.lc3)"
            ))
        }
    }
    .map_err(|e| format!("'{name}': {e}"))
}

/// The options of a JSON object: the core's reading, which names any
/// unknown or ill-typed option.
pub fn read_options(map: &Map<String, Value>) -> Result<Options, OptionsError> {
    Options::from_value(&Value::Object(map.clone()))
}
