//! Imports other dictionary formats (LIWC `.dic`/`.dicx`, Lexicoder
//! `.lcd`/`.lc3`) as salience-only themes in Faultline's own JSON format
//! (`src/themes/data/README.md`, `src/themes/dictionary.schema.json`).
//!
//! Each category becomes one theme: `poles` null, `cap` empty, and one
//! neutral entry group of weight 1 with the category's terms. The id is a
//! slug of the category name, made unique; the label is the name itself.
//!
//! Term syntax. Both formats list exact forms and prefix globs, not stems,
//! so a plain word becomes `=word` (exactly that form) and `word*` stays a
//! prefix glob; a phrase becomes its words separated by single spaces, each
//! mapped the same way ("kind of" → "=kind =of"). Terms are lower-cased
//! (matching is case-insensitive anyway) and curly apostrophes made
//! straight. An entry that cannot be written in our syntax (a parenthesised
//! variant, a wildcard inside a word, a glob without a letter, an emoticon)
//! is skipped, as is a LIWC word whose only codes are conditional
//! (`(02 134)125/464`, `<of>131/125`); the dictionary's `source` says how
//! many entries were skipped and on which lines. Terms beyond the loader's
//! limits (`format::MAX_TERM_WORDS`, `MAX_TERM_CHARS`) are skipped too,
//! and a file of more than `MAX_THEMES` categories is refused, so what an
//! importer returns is a dictionary `format::compile` accepts.
//!
//! Every error names the 1-based line of the input and what is wrong with
//! it. No input makes the importers panic (see the property tests).

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::{json, Map, Value};

use super::format::{MAX_TERM_CHARS, MAX_TERM_WORDS, MAX_THEMES};
use crate::text::case::{lower, lower_str};
use crate::text::chars::{is_apostrophe, is_hyphen, is_word_char};

/// A foreign dictionary format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// LIWC: `.dic` (a `%` header of numbered categories, then one word a
    /// line with its category numbers) or LIWC-22's `.dicx` (CSV).
    Liwc,
    /// Lexicoder: `.lcd` / `.lc3` (`+category` lines, then one entry a line).
    Lexicoder,
}

impl Format {
    /// Imports `text` in this format (see [`from_liwc`], [`from_lexicoder`]).
    pub fn import(self, text: &str, name: &str) -> Result<Value, ImportError> {
        match self {
            Format::Liwc => from_liwc(text, name),
            Format::Lexicoder => from_lexicoder(text, name),
        }
    }
}

/// Why a file could not be imported, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line of the input.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ImportError {}

fn error(line: usize, message: impl Into<String>) -> ImportError {
    ImportError {
        line,
        message: message.into(),
    }
}

/// The version given to imported dictionaries.
const VERSION: &str = "1.0.0";
/// How many skipped lines `source` lists by number.
const LISTED_SKIPS: usize = 10;
/// How much of a line an error message quotes.
const QUOTED_CHARS: usize = 40;

/// Reads a LIWC `.dic` file as a dictionary in Faultline's JSON format (a
/// serde_json::Value with name, version, themes), one salience-only theme
/// per category (poles null, cap [], neutral entries of weight 1).
///
/// Three layouts are read:
/// - the classic one: a header between two lines holding only `%`, each
///   header line a category number and name; then one word a line followed
///   by category numbers (or header names), separated by tabs or spaces.
///   Multi-word entries are phrases; conditional codes are skipped;
/// - without a header: each line a word, a tab, and category names
///   separated by tabs;
/// - LIWC-22's `.dicx` CSV: a `DicTerm` column, then one column a category,
///   a non-empty cell (other than `0`) marking membership.
pub fn from_liwc(text: &str, name: &str) -> Result<Value, ImportError> {
    let lines = numbered_lines(text);
    let Some(&(first_line, first)) = lines.first() else {
        return Err(error(
            1,
            "the file is empty: a LIWC dictionary starts with a header between two lines holding only `%`",
        ));
    };
    let mut skipped = Skipped::default();
    let (categories, kind) = if first == "%" {
        (
            liwc_numbered(&lines, &mut skipped)?,
            "a LIWC dictionary (.dic)",
        )
    } else if dicx_delimiter(first).is_some() {
        (
            liwc_dicx(&lines, &mut skipped)?,
            "a LIWC-22 dictionary (.dicx)",
        )
    } else {
        (
            liwc_named(&lines, first_line, &mut skipped)?,
            "a LIWC dictionary without header (.dic)",
        )
    };
    build(name, "LIWC dictionary", kind, categories, &skipped)
}

/// Reads a Lexicoder dictionary (`.lcd` / `.lc3`) likewise.
///
/// A category starts with a line `+name` (or `+ name`; Lexicoder 3 may add
/// a colour, `+negative#AA0000`, which becomes the theme's colour), and
/// each following non-empty line is an entry: a word, `prefix*` or a
/// phrase. Of a line with a tab or `=` after the entry, only the entry is
/// read; a leading `=` (our exact-form mark) is accepted. A category
/// named twice gathers the entries of both.
pub fn from_lexicoder(text: &str, name: &str) -> Result<Value, ImportError> {
    let lines = numbered_lines(text);
    if lines.is_empty() {
        return Err(error(
            1,
            "the file is empty: a Lexicoder dictionary starts with a `+category` line",
        ));
    }
    let mut skipped = Skipped::default();
    let mut categories: Vec<Category> = Vec::new();
    let mut by_label: HashMap<String, usize> = HashMap::new();
    let mut current: Option<usize> = None;
    for &(n, line) in &lines {
        if let Some(rest) = line.strip_prefix('+') {
            // "+name", "+ name", "++sub" (nesting is flattened).
            let rest = rest.trim_start_matches('+').trim();
            let (label, color) = split_color(rest);
            let label = normalize_space(label);
            if label.is_empty() {
                return Err(error(n, "a `+` line without a category name"));
            }
            let index = *by_label.entry(label.clone()).or_insert_with(|| {
                categories.push(Category::new(
                    label.clone(),
                    format!("Lexicoder category \"{label}\""),
                    n,
                ));
                categories.len() - 1
            });
            if let (Some(color), None) = (color, &categories[index].color) {
                categories[index].color = Some(color);
            }
            current = Some(index);
            continue;
        }
        let Some(index) = current else {
            return Err(error(
                n,
                format!(
                    "{} comes before any category: a Lexicoder dictionary starts with a `+category` line",
                    quote(line)
                ),
            ));
        };
        let entry = line.split('\t').next().unwrap_or("");
        let entry = &entry[..separator_equals(entry).unwrap_or(entry.len())];
        match convert_term(entry) {
            Ok(term) => categories[index].add(term),
            Err(reason) => skipped.add(n, reason),
        }
    }
    // The first line is a category or an error, so there is one.
    if let Some(c) = categories.iter().find(|c| c.terms.is_empty()) {
        return Err(error(
            c.line,
            format!("category \"{}\" has no usable entries", c.label),
        ));
    }
    build(
        name,
        "Lexicoder dictionary",
        "a Lexicoder dictionary",
        categories,
        &skipped,
    )
}

/// Guesses the format from a file name and/or content.
///
/// The content decides when it is clear (a first line `%` or `DicTerm,…`:
/// LIWC; `+category`: Lexicoder); otherwise the extension (`.dic`,
/// `.dicx`: LIWC; `.lcd`, `.lc3`: Lexicoder).
pub fn detect(file_name: &str, text: &str) -> Option<Format> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if let Some(first) = text.lines().map(str::trim).find(|l| !l.is_empty()) {
        if first == "%" || dicx_delimiter(first).is_some() {
            return Some(Format::Liwc);
        }
        if first.starts_with('+') {
            return Some(Format::Lexicoder);
        }
    }
    let base = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .trim();
    let extension = base.rsplit_once('.').map(|(_, e)| e)?;
    match lower_str(extension).as_str() {
        "dic" | "dicx" => Some(Format::Liwc),
        "lcd" | "lc3" => Some(Format::Lexicoder),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// LIWC

/// The classic layout: a `%` header of numbered categories, then words.
/// `lines[0]` is the opening `%`.
fn liwc_numbered(
    lines: &[(usize, &str)],
    skipped: &mut Skipped,
) -> Result<Vec<Category>, ImportError> {
    let open = lines[0].0;
    let Some(close) = lines.iter().skip(1).position(|&(_, l)| l == "%") else {
        return Err(error(
            open,
            "the header is not closed: no second line holding only `%`",
        ));
    };
    let header = &lines[1..close + 1];
    let words = &lines[close + 2..];

    let mut categories: Vec<Category> = Vec::new();
    let mut by_number: HashMap<u64, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for &(n, line) in header {
        let (number, label) = match line.find(char::is_whitespace) {
            Some(at) => (&line[..at], line[at..].trim()),
            None => (line, ""),
        };
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error(
                n,
                format!(
                    "expected a category number, then its name; found {}",
                    quote(line)
                ),
            ));
        }
        let Ok(value) = number.parse::<u64>() else {
            return Err(error(
                n,
                format!("category number {} is out of range", quote(number)),
            ));
        };
        if label.is_empty() {
            return Err(error(n, format!("category {value} has no name")));
        }
        if let Some(&other) = by_number.get(&value) {
            return Err(error(
                n,
                format!(
                    "category number {value} is defined twice (first on line {})",
                    categories[other].line
                ),
            ));
        }
        let label = normalize_space(label);
        by_number.insert(value, categories.len());
        by_name.entry(lower_str(&label)).or_insert(categories.len());
        categories.push(Category::new(
            label.clone(),
            format!("LIWC category {value} (\"{label}\")"),
            n,
        ));
    }
    if categories.is_empty() {
        return Err(error(open, "the header defines no category"));
    }

    for &(n, line) in words {
        if line == "%" {
            continue;
        }
        let (word, codes) = split_liwc_line(line);
        let mut found: Vec<usize> = Vec::new();
        let mut conditional = false;
        for token in code_tokens(codes, &mut conditional) {
            let index = if token.bytes().all(|b| b.is_ascii_digit()) {
                let value = token.parse::<u64>().ok();
                match value.and_then(|v| by_number.get(&v)) {
                    Some(&i) => i,
                    None => {
                        return Err(error(
                            n,
                            format!(
                                "unknown category number {} for {} (the header defines {})",
                                quote(token),
                                quote(word),
                                defined_numbers(&by_number)
                            ),
                        ))
                    }
                }
            } else if let Some(&i) = by_name.get(&lower_str(token)) {
                i
            } else if token.contains(['(', ')', '/', '<', '>']) {
                conditional = true;
                continue;
            } else {
                return Err(error(
                    n,
                    format!(
                        "unknown category {} for {}: not a number or a name of the header",
                        quote(token),
                        quote(word)
                    ),
                ));
            };
            if !found.contains(&index) {
                found.push(index);
            }
        }
        if found.is_empty() {
            if conditional {
                skipped.add(n, "conditional codes only");
                continue;
            }
            return Err(error(
                n,
                format!("{} has no category number after it", quote(word)),
            ));
        }
        match convert_term(word) {
            Ok(term) => {
                for &i in &found {
                    categories[i].add(term.clone());
                }
            }
            Err(reason) => skipped.add(n, reason),
        }
    }
    if let Some(c) = categories.iter().find(|c| c.terms.is_empty()) {
        return Err(error(
            c.line,
            format!("category \"{}\" has no usable words", c.label),
        ));
    }
    Ok(categories)
}

/// Splits a word line into the word (or phrase) and its codes: the word
/// ends at the first tab, or before the first later whitespace-separated
/// token that starts a code (a number, `(` and a digit, `<`).
fn split_liwc_line(line: &str) -> (&str, &str) {
    let tab = line.find('\t').unwrap_or(line.len());
    let mut end = tab;
    let mut seen_word = false;
    let mut at = 0;
    while at < tab {
        let rest = &line[at..tab];
        let Some(start) = rest.find(|c: char| !c.is_whitespace()) else {
            break;
        };
        let token_start = at + start;
        let token_len = line[token_start..tab]
            .find(char::is_whitespace)
            .unwrap_or(tab - token_start);
        let token = &line[token_start..token_start + token_len];
        if seen_word && starts_code(token) {
            end = token_start;
            break;
        }
        seen_word = true;
        at = token_start + token_len;
    }
    (line[..end].trim(), line[end..].trim())
}

fn starts_code(token: &str) -> bool {
    let mut chars = token.chars();
    match chars.next() {
        Some('(') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some('<') => true,
        _ => token.bytes().all(|b| b.is_ascii_digit()),
    }
}

/// The code tokens of a word line, without the conditional constructs
/// (`(02 134)125/464`: a parenthesised group and what is glued to it),
/// which set `conditional`.
fn code_tokens<'a>(codes: &'a str, conditional: &mut bool) -> Vec<&'a str> {
    let mut tokens = Vec::new();
    let mut rest = codes;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        if let Some(after) = rest.strip_prefix('(') {
            *conditional = true;
            rest = match after.find(')') {
                Some(close) => {
                    let glued = &after[close + 1..];
                    let end = glued.find(char::is_whitespace).unwrap_or(glued.len());
                    &glued[end..]
                }
                None => "",
            };
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '(')
            .unwrap_or(rest.len());
        if end > 0 {
            tokens.push(&rest[..end]);
        }
        rest = &rest[end..];
    }
    tokens
}

fn defined_numbers(by_number: &HashMap<u64, usize>) -> String {
    let mut numbers: Vec<u64> = by_number.keys().copied().collect();
    numbers.sort_unstable();
    let shown: Vec<String> = numbers.iter().take(12).map(u64::to_string).collect();
    let more = if numbers.len() > shown.len() {
        ", …"
    } else {
        ""
    };
    format!("{}{more}", shown.join(", "))
}

/// Without a header: `word<TAB>category name<TAB>category name…`.
fn liwc_named(
    lines: &[(usize, &str)],
    first_line: usize,
    skipped: &mut Skipped,
) -> Result<Vec<Category>, ImportError> {
    let mut categories: Vec<Category> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for &(n, line) in lines {
        if line == "%" {
            return Err(error(
                n,
                "a line holding only `%` must open the header, on the file's first line",
            ));
        }
        let mut fields = line.split('\t');
        let word = fields.next().unwrap_or("").trim();
        let names: Vec<&str> = fields.map(str::trim).filter(|f| !f.is_empty()).collect();
        if names.is_empty() {
            return Err(error(
                n,
                format!(
                    "no header (the file does not start with a line holding only `%`), and no tab-separated category name after {}",
                    quote(line)
                ),
            ));
        }
        if word.is_empty() {
            return Err(error(n, "a line without a word before its categories"));
        }
        if let Some(number) = names.iter().find(|f| f.bytes().all(|b| b.is_ascii_digit())) {
            return Err(error(
                n,
                format!(
                    "category number {} but no header (a line holding only `%` on the first line) defines numbers",
                    quote(number)
                ),
            ));
        }
        let term = match convert_term(word) {
            Ok(term) => term,
            Err(reason) => {
                skipped.add(n, reason);
                continue;
            }
        };
        for name in names {
            let label = normalize_space(name);
            let index = *by_name.entry(lower_str(&label)).or_insert_with(|| {
                categories.push(Category::new(
                    label.clone(),
                    format!("LIWC category \"{label}\""),
                    n,
                ));
                categories.len() - 1
            });
            categories[index].add(term.clone());
        }
    }
    if categories.is_empty() {
        return Err(error(first_line, "no usable entry in the file"));
    }
    Ok(categories)
}

/// The delimiter of a `.dicx` header line (`DicTerm,cat,cat…`), if it is one.
fn dicx_delimiter(first: &str) -> Option<char> {
    let head = first.get(..7)?;
    if !head.eq_ignore_ascii_case("dicterm") {
        return None;
    }
    match first[7..].chars().next() {
        Some(c @ (',' | ';' | '\t')) => Some(c),
        None => Some(','),
        _ => None,
    }
}

/// LIWC-22's CSV: `DicTerm,cat1,cat2…`, then `term,X,,X…`.
fn liwc_dicx(lines: &[(usize, &str)], skipped: &mut Skipped) -> Result<Vec<Category>, ImportError> {
    let (header_line, header) = lines[0];
    let delimiter = dicx_delimiter(header).unwrap_or(',');
    let mut categories: Vec<Category> = Vec::new();
    for (k, name) in csv_fields(header, delimiter)
        .into_iter()
        .enumerate()
        .skip(1)
    {
        let label = normalize_space(&name);
        if label.is_empty() {
            return Err(error(
                header_line,
                format!("column {} has no category name", k + 1),
            ));
        }
        categories.push(Category::new(
            label.clone(),
            format!("LIWC category \"{label}\""),
            header_line,
        ));
    }
    if categories.is_empty() {
        return Err(error(
            header_line,
            "the header has no category column after `DicTerm`",
        ));
    }
    for &(n, line) in &lines[1..] {
        let fields = csv_fields(line, delimiter);
        if fields.len() > categories.len() + 1
            && fields[categories.len() + 1..]
                .iter()
                .any(|f| !f.trim().is_empty())
        {
            return Err(error(
                n,
                format!(
                    "{} columns, but the header names {} categories",
                    fields.len(),
                    categories.len()
                ),
            ));
        }
        let word = fields.first().map(|f| f.trim()).unwrap_or("");
        if word.is_empty() {
            return Err(error(n, "a row without a term in its first column"));
        }
        let members: Vec<usize> = fields
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, cell)| {
                let cell = cell.trim();
                !cell.is_empty() && cell != "0"
            })
            .map(|(k, _)| k - 1)
            .filter(|&k| k < categories.len())
            .collect();
        if members.is_empty() {
            return Err(error(
                n,
                format!("{} is marked in no category column", quote(word)),
            ));
        }
        match convert_term(word) {
            Ok(term) => {
                for k in members {
                    categories[k].add(term.clone());
                }
            }
            Err(reason) => skipped.add(n, reason),
        }
    }
    if let Some(c) = categories.iter().find(|c| c.terms.is_empty()) {
        return Err(error(
            c.line,
            format!("category \"{}\" has no usable words", c.label),
        ));
    }
    Ok(categories)
}

/// The fields of one CSV line: `"` quotes a field, `""` inside it is a quote.
fn csv_fields(line: &str, delimiter: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && field.trim().is_empty() {
            field.clear();
            quoted = true;
        } else if c == delimiter {
            fields.push(std::mem::take(&mut field));
        } else {
            field.push(c);
        }
    }
    fields.push(field);
    fields
}

// ---------------------------------------------------------------------------
// Shared

/// The non-empty lines, trimmed, with their 1-based numbers (a leading
/// byte-order mark dropped).
fn numbered_lines(text: &str) -> Vec<(usize, &str)> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect()
}

/// A category being read.
struct Category {
    label: String,
    description: String,
    color: Option<String>,
    /// Where it was defined, for errors.
    line: usize,
    terms: Vec<String>,
    seen: HashSet<String>,
}

impl Category {
    fn new(label: String, description: String, line: usize) -> Self {
        Category {
            label,
            description,
            color: None,
            line,
            terms: Vec::new(),
            seen: HashSet::new(),
        }
    }

    fn add(&mut self, term: String) {
        if self.seen.insert(term.clone()) {
            self.terms.push(term);
        }
    }
}

/// Entries left out, for `source`.
#[derive(Default)]
struct Skipped {
    count: usize,
    listed: Vec<(usize, &'static str)>,
}

impl Skipped {
    fn add(&mut self, line: usize, reason: &'static str) {
        self.count += 1;
        if self.listed.len() < LISTED_SKIPS {
            self.listed.push((line, reason));
        }
    }
}

/// The dictionary in our format.
fn build(
    name: &str,
    default_name: &str,
    kind: &str,
    categories: Vec<Category>,
    skipped: &Skipped,
) -> Result<Value, ImportError> {
    if let Some(c) = categories.get(MAX_THEMES) {
        return Err(error(
            c.line,
            format!(
                "category \"{}\" is one too many: a dictionary holds at most {MAX_THEMES} themes",
                c.label
            ),
        ));
    }
    let name = normalize_space(name);
    let name = if name.is_empty() {
        default_name.to_owned()
    } else {
        name
    };
    let mut source = format!("Imported from {kind}");
    if skipped.count > 0 {
        let lines: Vec<String> = skipped
            .listed
            .iter()
            .map(|(line, reason)| format!("{line} ({reason})"))
            .collect();
        let more = skipped.count - skipped.listed.len();
        source.push_str(&format!(
            "; {} {} skipped, on lines {}{}",
            skipped.count,
            if skipped.count == 1 {
                "entry"
            } else {
                "entries"
            },
            lines.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
    }
    let mut ids: HashSet<String> = HashSet::new();
    let themes: Vec<Value> = categories
        .into_iter()
        .map(|c| {
            let id = unique_id(&slug(&c.label), &mut ids);
            let mut theme = Map::new();
            theme.insert("id".into(), json!(id));
            theme.insert("label".into(), json!(c.label));
            if let Some(color) = c.color {
                theme.insert("color".into(), json!(color));
            }
            theme.insert("cap".into(), json!([]));
            theme.insert("description".into(), json!(c.description));
            theme.insert("poles".into(), Value::Null);
            theme.insert(
                "entries".into(),
                json!([{ "pole": 0, "weight": 1, "terms": c.terms }]),
            );
            Value::Object(theme)
        })
        .collect();
    Ok(json!({
        "name": name,
        "version": VERSION,
        "source": source,
        "themes": themes,
    }))
}

/// A foreign entry in our term syntax, or why it cannot be written in it.
fn convert_term(raw: &str) -> Result<String, &'static str> {
    let mut words: Vec<String> = Vec::new();
    for word in raw.split_whitespace() {
        if word.contains(['(', ')', '[', ']', '{', '}']) {
            return Err(if word.chars().any(is_word_char) {
                "parenthesised variant"
            } else {
                "not a word (punctuation or symbols)"
            });
        }
        // "=word": our own exact-form mark, which plain words get anyway.
        let word = word.strip_prefix('=').unwrap_or(word);
        let body = word.trim_end_matches('*');
        let glob = body.len() < word.len();
        if body.contains('*') {
            return Err("wildcard inside a word");
        }
        let mut out = String::with_capacity(body.len() + 1);
        if !glob {
            out.push('=');
        }
        // Counted as the dictionary loader sees words (`format::pattern`
        // trims what is not alphanumeric).
        let (mut word_chars, mut letters) = (0, 0);
        for c in body.chars() {
            if is_word_char(c) {
                word_chars += usize::from(c.is_alphanumeric());
                letters += usize::from(c.is_alphabetic());
                out.push(lower(c));
            } else if is_apostrophe(c) {
                out.push('\'');
            } else if is_hyphen(c) || c == '.' {
                out.push(c);
            } else {
                return Err("not a word (punctuation or symbols)");
            }
        }
        if word_chars == 0 {
            return Err("not a word (punctuation or symbols)");
        }
        if glob {
            if letters == 0 {
                return Err("a prefix glob without a letter");
            }
            out.push('*');
        }
        words.push(out);
    }
    if words.is_empty() {
        return Err("empty entry");
    }
    if words.len() > MAX_TERM_WORDS {
        return Err("a phrase of too many words");
    }
    let term = words.join(" ");
    if term.chars().count() > MAX_TERM_CHARS {
        return Err("too long for a term");
    }
    Ok(term)
}

/// Where a `=` separates an entry from what follows it ("well done =
/// congratulations", "word=2"): a `=` followed by white space or the end,
/// or glued to the end of a word. A `=` opening a word ("=white") is our
/// exact-form mark, not a separator.
fn separator_equals(entry: &str) -> Option<usize> {
    let mut previous: Option<char> = None;
    for (at, c) in entry.char_indices() {
        if c == '=' {
            let next = entry[at + 1..].chars().next();
            let glued_after_word = previous.is_some_and(|p| !p.is_whitespace() && p != '=');
            if next.is_none_or(char::is_whitespace) || glued_after_word {
                return Some(at);
            }
        }
        previous = Some(c);
    }
    None
}

/// A Lexicoder category name and its `#rrggbb` colour, if it has one.
fn split_color(rest: &str) -> (&str, Option<String>) {
    if let Some(at) = rest.rfind('#') {
        let hex = rest[at + 1..].trim();
        if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return (
                rest[..at].trim(),
                Some(format!("#{}", hex.to_ascii_uppercase())),
            );
        }
    }
    (rest, None)
}

/// Runs of white space made one space, ends trimmed.
fn normalize_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Up to [`QUOTED_CHARS`] characters of `s`, quoted.
fn quote(s: &str) -> String {
    let mut out: String = s.chars().take(QUOTED_CHARS).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    format!("\"{out}\"")
}

/// The longest an id may be (`^[a-z][a-z0-9_-]{0,39}$`).
const ID_MAX: usize = 40;

/// A theme id from a category name: lower-case ASCII letters, digits, `_`
/// and `-` (accented Latin letters lose their accents, anything else
/// separates), starting with a letter, at most 40 characters.
fn slug(label: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in label.chars().map(lower) {
        let mapped: Option<&str> = match c {
            'a'..='z' | '0'..='9' | '_' => None,
            _ => Some(fold(c)),
        };
        match mapped {
            None => {
                if gap && !out.is_empty() {
                    out.push('-');
                }
                gap = false;
                out.push(c);
            }
            Some("") => gap = true,
            Some(ascii) => {
                if gap && !out.is_empty() {
                    out.push('-');
                }
                gap = false;
                out.push_str(ascii);
            }
        }
    }
    let out = out.trim_start_matches(|c: char| !c.is_ascii_lowercase() && !c.is_ascii_digit());
    let mut id = if out.is_empty() {
        "category".to_owned()
    } else if out.starts_with(|c: char| c.is_ascii_lowercase()) {
        out.to_owned()
    } else {
        format!("c-{out}")
    };
    id.truncate(ID_MAX);
    while id.len() > 1 && id.ends_with(['-', '_']) {
        id.pop();
    }
    id
}

/// The ASCII letters for an accented Latin letter; "" for anything else.
fn fold(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => "",
    }
}

/// `base`, or `base-2`, `base-3`… (shortened to fit) if it is taken.
fn unique_id(base: &str, used: &mut HashSet<String>) -> String {
    if used.insert(base.to_owned()) {
        return base.to_owned();
    }
    let mut n = 2usize;
    loop {
        let suffix = format!("-{n}");
        let keep = ID_MAX.saturating_sub(suffix.len()).min(base.len());
        let candidate = format!("{}{suffix}", &base[..keep]);
        if used.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> &'static str {
        match name {
            "sample.dic" => include_str!("../../tests/fixtures/dictionaries/sample.dic"),
            "spaces.dic" => include_str!("../../tests/fixtures/dictionaries/spaces.dic"),
            "named.dic" => include_str!("../../tests/fixtures/dictionaries/named.dic"),
            "sample.dicx" => include_str!("../../tests/fixtures/dictionaries/sample.dicx"),
            "sample.lcd" => include_str!("../../tests/fixtures/dictionaries/sample.lcd"),
            "sample.lc3" => include_str!("../../tests/fixtures/dictionaries/sample.lc3"),
            _ => panic!("no fixture {name}"),
        }
    }

    /// What every imported dictionary satisfies (the schema's rules that
    /// matter here, plus unique ids and our term syntax).
    pub(super) fn check_output(v: &Value) {
        // The dictionary loader takes it (its stemmer left out).
        if let Err(e) = crate::themes::format::compile(
            v,
            &crate::themes::format::Words {
                lower: &|w: &str| w.to_lowercase(),
                stem: &|w: &str| w.to_owned(),
            },
        ) {
            panic!("the loader refuses an import: {e}\n{v:#}");
        }
        assert!(v["name"].as_str().is_some_and(|s| !s.is_empty()), "{v}");
        assert_eq!(v["version"], VERSION);
        assert!(v["source"].is_string());
        let themes = v["themes"].as_array().expect("themes");
        assert!(!themes.is_empty());
        let mut ids = HashSet::new();
        for t in themes {
            let id = t["id"].as_str().expect("id");
            let bytes = id.as_bytes();
            assert!(
                !bytes.is_empty()
                    && bytes.len() <= ID_MAX
                    && bytes[0].is_ascii_lowercase()
                    && bytes.iter().all(|b| b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || *b == b'_'
                        || *b == b'-'),
                "bad id {id:?}"
            );
            assert!(ids.insert(id.to_owned()), "duplicate id {id}");
            assert!(t["label"].as_str().is_some_and(|s| !s.is_empty()));
            assert_eq!(t["cap"], json!([]));
            assert!(t["poles"].is_null());
            let entries = t["entries"].as_array().expect("entries");
            assert_eq!(entries.len(), 1);
            assert_eq!(entries[0]["pole"], 0);
            assert_eq!(entries[0]["weight"], 1);
            let terms = entries[0]["terms"].as_array().expect("terms");
            assert!(!terms.is_empty(), "theme {id} without terms");
            for term in terms {
                let term = term.as_str().expect("a string");
                assert!(!term.is_empty());
                for word in term.split(' ') {
                    let exact = word.strip_prefix('=');
                    let prefix = word.strip_suffix('*');
                    assert!(
                        exact.is_some() != prefix.is_some(),
                        "{term:?}: each word is =word or prefix*"
                    );
                    let body = exact.or(prefix).unwrap();
                    assert!(
                        !body.is_empty() && !body.contains(['*', '=', ' ']),
                        "{term:?}"
                    );
                    assert!(body.chars().any(char::is_alphanumeric), "{term:?}");
                    if prefix.is_some() {
                        assert!(
                            body.chars().any(char::is_alphabetic),
                            "{term:?}: glob needs a letter"
                        );
                    }
                }
            }
        }
    }

    fn themes(v: &Value) -> Vec<(String, String, Vec<String>)> {
        v["themes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["id"].as_str().unwrap().to_owned(),
                    t["label"].as_str().unwrap().to_owned(),
                    t["entries"][0]["terms"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|s| s.as_str().unwrap().to_owned())
                        .collect(),
                )
            })
            .collect()
    }

    fn terms_of<'a>(t: &'a [(String, String, Vec<String>)], id: &str) -> &'a [String] {
        &t.iter()
            .find(|(i, _, _)| i == id)
            .unwrap_or_else(|| panic!("no theme {id}"))
            .2
    }

    fn liwc_err(text: &str) -> ImportError {
        from_liwc(text, "t").expect_err("an error")
    }

    fn lexicoder_err(text: &str) -> ImportError {
        from_lexicoder(text, "t").expect_err("an error")
    }

    // --- LIWC: typical files -------------------------------------------

    #[test]
    fn liwc_classic_file() {
        let v = from_liwc(fixture("sample.dic"), "Sample").unwrap();
        check_output(&v);
        assert_eq!(v["name"], "Sample");
        let t = themes(&v);
        let ids: Vec<&str> = t.iter().map(|(i, _, _)| i.as_str()).collect();
        assert_eq!(
            ids,
            [
                "economy",
                "health-care",
                "c-2nd-wave",
                "migration",
                "economy-2"
            ]
        );
        assert_eq!(t[1].1, "Health Care");
        assert_eq!(
            terms_of(&t, "economy"),
            ["tax*", "=budget", "=minimum =wage", "=jobs", "=inflation"]
        );
        assert_eq!(
            terms_of(&t, "health-care"),
            ["=minimum =wage", "hospital*", "=nurse", "=jobs"]
        );
        // Leading zeros and a header name as a code.
        assert_eq!(terms_of(&t, "c-2nd-wave"), ["=inflation", "=vaccine"]);
        // The second "Economy" is its own category (another number).
        assert_eq!(terms_of(&t, "economy-2"), ["=vaccine", "border*"]);
        let source = v["source"].as_str().unwrap();
        assert!(
            source.contains("3 entries skipped")
                && source.contains("(conditional codes only)")
                && source.contains("(parenthesised variant)")
                && source.contains("(a prefix glob without a letter)"),
            "{source}"
        );
        let theme = &v["themes"][0];
        assert_eq!(theme["description"], "LIWC category 1 (\"Economy\")");
        assert!(theme.get("color").is_none());
    }

    #[test]
    fn liwc_space_separated_with_phrases() {
        let v = from_liwc(fixture("spaces.dic"), "Spaces").unwrap();
        check_output(&v);
        let t = themes(&v);
        assert_eq!(
            terms_of(&t, "left"),
            ["=public =ownership", "union*", "=welfare =state"]
        );
        assert_eq!(
            terms_of(&t, "right"),
            ["=free =market", "deregulat*", "=welfare =state"]
        );
    }

    #[test]
    fn liwc_without_header_reads_category_names() {
        let v = from_liwc(fixture("named.dic"), "Named").unwrap();
        check_output(&v);
        let t = themes(&v);
        let labels: Vec<&str> = t.iter().map(|(_, l, _)| l.as_str()).collect();
        assert_eq!(labels, ["Energy", "Green Policy", "Énergie fossile"]);
        assert_eq!(t[2].0, "energie-fossile");
        assert_eq!(terms_of(&t, "energy"), ["solar*", "=wind =farm", "coal*"]);
        assert_eq!(terms_of(&t, "green-policy"), ["solar*", "=carbon =tax"]);
        assert!(v["source"].as_str().unwrap().contains("without header"));
    }

    #[test]
    fn liwc_22_dicx() {
        let v = from_liwc(fixture("sample.dicx"), "Dicx").unwrap();
        check_output(&v);
        let t = themes(&v);
        assert_eq!(terms_of(&t, "security"), ["=army", "=nato", "missile*"]);
        assert_eq!(
            terms_of(&t, "diplomacy"),
            ["=nato", "=peace =talks", "=treaty"]
        );
        assert!(v["source"].as_str().unwrap().contains(".dicx"));
    }

    #[test]
    fn liwc_crlf_bom_and_blank_lines() {
        let text = "\u{FEFF}%\r\n1\tA\r\n\r\n2 B\r\n%\r\nx*\t1 2\r\n\r\ny\t2\r\n";
        let v = from_liwc(text, "").unwrap();
        check_output(&v);
        assert_eq!(v["name"], "LIWC dictionary");
        let t = themes(&v);
        assert_eq!(terms_of(&t, "a"), ["x*"]);
        assert_eq!(terms_of(&t, "b"), ["x*", "=y"]);
    }

    #[test]
    fn liwc_terms_are_lower_cased_deduplicated_and_apostrophes_straight() {
        let text = "%\n1 A\n%\nDon’t\t1\ndon't\t1\nHELLO*\t1\nhello**\t1\n";
        let t = themes(&from_liwc(text, "t").unwrap());
        assert_eq!(terms_of(&t, "a"), ["=don't", "hello*"]);
    }

    // --- LIWC: errors ------------------------------------------------------

    #[test]
    fn liwc_empty_file() {
        assert_eq!(liwc_err("").line, 1);
        assert_eq!(liwc_err("  \n\n").line, 1);
        assert!(liwc_err("").message.contains("empty"));
    }

    #[test]
    fn liwc_header_not_closed() {
        let e = liwc_err("\n%\n1\tA\nword\t1\n");
        assert_eq!(e.line, 2);
        assert!(e.message.contains("not closed"), "{e}");
    }

    #[test]
    fn liwc_no_category_in_header() {
        let e = liwc_err("%\n%\nword\t1\n");
        assert_eq!(
            (e.line, e.message.as_str()),
            (1, "the header defines no category")
        );
    }

    #[test]
    fn liwc_bad_header_line() {
        let e = liwc_err("%\n1\tA\nposemo\n%\nword\t1\n");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("expected a category number"), "{e}");
        let e = liwc_err("%\n1\tA\n2\n%\nword\t1\n");
        assert_eq!((e.line, e.message.as_str()), (3, "category 2 has no name"));
        let e = liwc_err("%\n99999999999999999999999 A\n%\nword\t1\n");
        assert!(e.line == 2 && e.message.contains("out of range"), "{e}");
    }

    #[test]
    fn liwc_category_number_defined_twice() {
        let e = liwc_err("%\n1\tA\n01\tB\n%\nword\t1\n");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("defined twice (first on line 2)"), "{e}");
    }

    #[test]
    fn liwc_unknown_category_number() {
        let e = liwc_err("%\n1\tA\n2\tB\n%\nword\t1\nother\t1 7\n");
        assert_eq!(e.line, 6);
        assert!(
            e.message.contains("unknown category number \"7\"")
                && e.message.contains("\"other\"")
                && e.message.contains("defines 1, 2"),
            "{e}"
        );
        assert_eq!(
            e.to_string(),
            format!("line 6: {}", e.message),
            "Display is line N: message"
        );
    }

    #[test]
    fn liwc_unknown_category_name() {
        let e = liwc_err("%\n1\tA\n%\nword\tB\n");
        assert_eq!(e.line, 4);
        assert!(e.message.contains("unknown category \"B\""), "{e}");
    }

    #[test]
    fn liwc_word_without_category() {
        let e = liwc_err("%\n1\tA\n%\nword\t1\nlonely\n");
        assert_eq!(e.line, 5);
        assert!(e.message.contains("\"lonely\" has no category"), "{e}");
    }

    #[test]
    fn liwc_empty_category() {
        let e = liwc_err("%\n1\tA\n2\tB\n%\nword\t1\n");
        assert_eq!(e.line, 3);
        assert!(e.message.contains("\"B\" has no usable words"), "{e}");
        // Words that were all skipped leave it empty too.
        let e = liwc_err("%\n1\tA\n2\tB\n%\nword\t1\n(maybe) so\t2\n");
        assert_eq!(e.line, 3);
    }

    #[test]
    fn liwc_no_header_and_no_tab() {
        let e = liwc_err("just some text\nmore text\n");
        assert_eq!(e.line, 1);
        assert!(e.message.starts_with("no header"), "{e}");
        let e = liwc_err("word\tA\nstray %\n");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn liwc_without_header_rejects_numbers_and_late_percent() {
        let e = liwc_err("word\tA\nother\t3\n");
        assert_eq!(e.line, 2);
        assert!(e.message.contains("category number \"3\""), "{e}");
        let e = liwc_err("word\tA\n%\n");
        assert_eq!(e.line, 2);
        assert!(e.message.contains("must open the header"), "{e}");
        let e = liwc_err("\tA\n");
        assert_eq!(e.line, 1);
    }

    #[test]
    fn dicx_errors() {
        let e = liwc_err("DicTerm,A,,B\nx,X,,X\n");
        assert_eq!(e.line, 1);
        assert!(e.message.contains("column 3 has no category name"), "{e}");
        let e = liwc_err("DicTerm\nx\n");
        assert!(
            e.line == 1 && e.message.contains("no category column"),
            "{e}"
        );
        let e = liwc_err("DicTerm,A\nx,X\ny,,X\n");
        assert!(e.line == 3 && e.message.contains("3 columns"), "{e}");
        let e = liwc_err("DicTerm,A\nx,X\ny,0\n");
        assert!(
            e.line == 3 && e.message.contains("no category column"),
            "{e}"
        );
        let e = liwc_err("DicTerm,A\n,X\n");
        assert!(e.line == 2 && e.message.contains("without a term"), "{e}");
        let e = liwc_err("DicTerm,A,B\nx,X\n");
        assert!(
            e.line == 1 && e.message.contains("\"B\" has no usable words"),
            "{e}"
        );
    }

    // --- Lexicoder ------------------------------------------------------------

    #[test]
    fn lexicoder_lcd() {
        let v = from_lexicoder(fixture("sample.lcd"), "Tone").unwrap();
        check_output(&v);
        let t = themes(&v);
        let ids: Vec<&str> = t.iter().map(|(i, _, _)| i.as_str()).collect();
        assert_eq!(ids, ["negative", "positive", "neg-positive"]);
        assert_eq!(
            terms_of(&t, "negative"),
            ["abandon*", "=a =hoax", "=at =odds", "=shambles", "sham*"]
        );
        assert_eq!(
            terms_of(&t, "neg-positive"),
            ["=not =good", "=hardly =fair"]
        );
        assert_eq!(
            v["themes"][0]["description"],
            "Lexicoder category \"negative\""
        );
    }

    #[test]
    fn lexicoder_lc3_colours_tabs_equals_and_repeats() {
        let v = from_lexicoder(fixture("sample.lc3"), "Lc3").unwrap();
        check_output(&v);
        let t = themes(&v);
        let ids: Vec<&str> = t.iter().map(|(i, _, _)| i.as_str()).collect();
        assert_eq!(ids, ["attack", "praise", "policy-talk"]);
        assert_eq!(v["themes"][0]["color"], "#AA0000");
        assert_eq!(v["themes"][1]["color"], "#00AA33");
        assert!(v["themes"][2].get("color").is_none());
        // "+attack" again later adds to the first.
        assert_eq!(
            terms_of(&t, "attack"),
            ["smear*", "=cut =to pieces*", "=liar", "=slander"]
        );
        assert_eq!(terms_of(&t, "praise"), ["=applaud", "=well =done", "laud*"]);
        assert_eq!(terms_of(&t, "policy-talk"), ["=white =paper", "=bill"]);
        let source = v["source"].as_str().unwrap();
        assert!(source.contains("1 entry skipped"), "{source}");
    }

    #[test]
    fn lexicoder_empty_file() {
        let e = lexicoder_err("\n \n");
        assert_eq!(e.line, 1);
        assert!(e.message.contains("empty"), "{e}");
    }

    #[test]
    fn lexicoder_entry_before_any_category() {
        let e = lexicoder_err("\nabandon*\n+negative\nbad\n");
        assert_eq!(e.line, 2);
        assert!(e.message.contains("before any category"), "{e}");
    }

    #[test]
    fn lexicoder_category_without_name() {
        let e = lexicoder_err("+negative\nbad\n+ \ngood\n");
        assert_eq!(
            (e.line, e.message.as_str()),
            (3, "a `+` line without a category name")
        );
        assert_eq!(lexicoder_err("+#AA0000\nbad\n").line, 1);
    }

    #[test]
    fn lexicoder_empty_category() {
        let e = lexicoder_err("+negative\nbad\n+positive\n\n+neutral\nso-so\n");
        assert_eq!(e.line, 3);
        assert!(
            e.message.contains("\"positive\" has no usable entries"),
            "{e}"
        );
        // Only unusable entries.
        let e = lexicoder_err("+negative\n:-(\n");
        assert_eq!(e.line, 1);
    }

    // --- Terms, ids, detection ------------------------------------------

    #[test]
    fn term_mapping() {
        assert_eq!(convert_term("word").unwrap(), "=word");
        assert_eq!(convert_term("Word*").unwrap(), "word*");
        assert_eq!(convert_term("  kind   of  ").unwrap(), "=kind =of");
        assert_eq!(convert_term("border wall*").unwrap(), "=border wall*");
        assert_eq!(convert_term("u.s.").unwrap(), "=u.s.");
        assert_eq!(convert_term("self-made").unwrap(), "=self-made");
        assert_eq!(convert_term("1990s").unwrap(), "=1990s");
        assert_eq!(convert_term("Ärger*").unwrap(), "ärger*");
        assert_eq!(
            convert_term("(i) like").unwrap_err(),
            "parenthesised variant"
        );
        assert_eq!(convert_term("a*b").unwrap_err(), "wildcard inside a word");
        assert_eq!(
            convert_term("*").unwrap_err(),
            "not a word (punctuation or symbols)"
        );
        assert_eq!(
            convert_term("42*").unwrap_err(),
            "a prefix glob without a letter"
        );
        assert_eq!(
            convert_term(":)").unwrap_err(),
            "not a word (punctuation or symbols)"
        );
        assert_eq!(convert_term("=exact =words").unwrap(), "=exact =words");
        assert_eq!(
            convert_term("==x").unwrap_err(),
            "not a word (punctuation or symbols)"
        );
        assert_eq!(
            convert_term(":-/").unwrap_err(),
            "not a word (punctuation or symbols)"
        );
        assert_eq!(
            convert_term("a=b").unwrap_err(),
            "not a word (punctuation or symbols)"
        );
        assert_eq!(convert_term("").unwrap_err(), "empty entry");
        // A lone combining mark is no word to the loader.
        assert_eq!(
            convert_term("\u{301}").unwrap_err(),
            "not a word (punctuation or symbols)"
        );
        // The loader's limits.
        let eight = "a b c d e f g h";
        assert_eq!(
            convert_term(eight).unwrap().split(' ').count(),
            MAX_TERM_WORDS
        );
        assert_eq!(
            convert_term(&format!("{eight} i")).unwrap_err(),
            "a phrase of too many words"
        );
        assert!(convert_term(&"x".repeat(MAX_TERM_CHARS - 1)).is_ok());
        assert_eq!(
            convert_term(&"x".repeat(MAX_TERM_CHARS)).unwrap_err(),
            "too long for a term"
        );
    }

    #[test]
    fn slugs_and_unique_ids() {
        assert_eq!(slug("Positive Emotion"), "positive-emotion");
        assert_eq!(slug("  posemo  "), "posemo");
        assert_eq!(slug("Health & Care!"), "health-care");
        assert_eq!(slug("snake_case"), "snake_case");
        assert_eq!(slug("2nd person"), "c-2nd-person");
        assert_eq!(slug("_x"), "x");
        assert_eq!(slug("Énergie fossile"), "energie-fossile");
        assert_eq!(slug("Straße"), "strasse");
        assert_eq!(slug("新闻"), "category");
        assert_eq!(slug("!!!"), "category");
        let long = slug(&"long ".repeat(20));
        assert!(long.len() == ID_MAX - 1 && long.ends_with('g'), "{long}");
        assert_eq!(slug(&"x".repeat(50)).len(), ID_MAX);
        let mut used = HashSet::new();
        assert_eq!(unique_id("a", &mut used), "a");
        assert_eq!(unique_id("a", &mut used), "a-2");
        assert_eq!(unique_id("a", &mut used), "a-3");
        let long = "x".repeat(ID_MAX);
        assert_eq!(unique_id(&long, &mut used), long);
        let second = unique_id(&long, &mut used);
        assert!(second.len() == ID_MAX && second.ends_with("-2"), "{second}");
    }

    #[test]
    fn detection() {
        assert_eq!(detect("x.txt", "%\n1 a\n%\n"), Some(Format::Liwc));
        assert_eq!(detect("", "\u{FEFF}\n  %  \n"), Some(Format::Liwc));
        assert_eq!(detect("x", "DicTerm,A,B\n"), Some(Format::Liwc));
        assert_eq!(detect("x", "+negative\nbad\n"), Some(Format::Lexicoder));
        // Content wins over a misleading extension.
        assert_eq!(
            detect("tone.dic", "+negative\nbad\n"),
            Some(Format::Lexicoder)
        );
        assert_eq!(detect("liwc.lc3", "%\n1 a\n%\n"), Some(Format::Liwc));
        // Otherwise the extension, in any case, after any directory.
        assert_eq!(detect("C:\\dicts\\My.DIC", "word\tA\n"), Some(Format::Liwc));
        assert_eq!(detect("a/b.dicx", ""), Some(Format::Liwc));
        assert_eq!(detect("tone.LCD", "bad\n"), Some(Format::Lexicoder));
        assert_eq!(detect("tone.lc3", ""), Some(Format::Lexicoder));
        assert_eq!(detect("notes.txt", "hello\n"), None);
        assert_eq!(detect("", ""), None);
        assert_eq!(detect("dic", ""), None);
        for name in ["sample.dic", "spaces.dic", "named.dic", "sample.dicx"] {
            assert_eq!(detect(name, fixture(name)), Some(Format::Liwc), "{name}");
        }
        for name in ["sample.lcd", "sample.lc3"] {
            assert_eq!(
                detect(name, fixture(name)),
                Some(Format::Lexicoder),
                "{name}"
            );
        }
    }

    #[test]
    fn format_import_dispatches() {
        let v = Format::Lexicoder.import("+a\nb\n", "").unwrap();
        assert_eq!(v["name"], "Lexicoder dictionary");
        assert!(Format::Liwc.import("+a\nb\n", "x").is_err());
    }

    #[test]
    fn too_many_categories() {
        let mut text = String::new();
        for k in 0..=MAX_THEMES {
            text.push_str(&format!("+c{k}\nword\n"));
        }
        let e = lexicoder_err(&text);
        assert_eq!(e.line, 2 * MAX_THEMES + 1);
        assert!(e.message.contains("at most 256 themes"), "{e}");
        // One fewer is fine.
        let fewer: String = text
            .lines()
            .take(2 * MAX_THEMES)
            .map(|l| format!("{l}\n"))
            .collect();
        check_output(&from_lexicoder(&fewer, "t").unwrap());
    }

    #[test]
    fn many_skips_are_summarised() {
        let mut text = String::from("%\n1 A\n%\nok\t1\n");
        for _ in 0..15 {
            text.push_str("(x) y\t1\n");
        }
        let v = from_liwc(&text, "t").unwrap();
        let source = v["source"].as_str().unwrap();
        assert!(
            source.contains("15 entries skipped, on lines 5 (parenthesised variant)")
                && source.ends_with("and 5 more"),
            "{source}"
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::check_output;
    use super::*;
    use proptest::prelude::*;

    /// Lines made of the characters both formats give meaning to.
    fn dictionary_like() -> impl Strategy<Value = String> {
        proptest::collection::vec("[%+#=*()/<>\t ,;\"a-cA-C0-3é’-]{0,14}", 0..14)
            .prop_map(|lines| lines.join("\n"))
    }

    fn check(result: Result<Value, ImportError>) {
        match result {
            Ok(v) => check_output(&v),
            Err(e) => {
                assert!(e.line >= 1 && !e.message.is_empty());
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 1000,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn arbitrary_text_never_panics(text in any::<String>(), name in any::<String>()) {
            check(from_liwc(&text, &name));
            check(from_lexicoder(&text, &name));
            let _ = detect(&name, &text);
        }

        #[test]
        fn dictionary_like_text_never_panics(text in dictionary_like()) {
            check(from_liwc(&text, "p"));
            check(from_liwc(&format!("%\n1 a\n2 b\n%\n{text}"), "p"));
            check(from_liwc(&format!("DicTerm,a,b\n{text}"), "p"));
            check(from_lexicoder(&text, "p"));
            check(from_lexicoder(&format!("+a\n{text}"), "p"));
            let _ = detect("x.dic", &text);
        }

        #[test]
        fn well_formed_files_import(
            words in proptest::collection::vec(
                ("[a-zé’'-]{1,6}\\*{0,2}( [a-z]{1,5}\\*?){0,2}",
                 "(1|02|a|B)([\t ](1|2|a|\\(1 2\\)2/1|<of>1/2)){0,3}"),
                0..12,
            ),
            colour in "(#[0-9a-fA-F]{6})?",
        ) {
            let mut liwc = String::from("%\n1\ta\n2 b\n%\nx\t1\ny\t2\n");
            let mut lexicoder = format!("+a{colour}\nx\n+ b\ny\n+a\n");
            for (word, codes) in &words {
                liwc.push_str(&format!("{word}\t{codes}\n"));
                lexicoder.push_str(&format!("{word}\n"));
            }
            let v = from_liwc(&liwc, "p").map_err(|e| e.to_string());
            prop_assert!(v.is_ok(), "{:?}\n{}", v, liwc);
            check_output(&v.unwrap());
            let v = from_lexicoder(&lexicoder, "p").map_err(|e| e.to_string());
            prop_assert!(v.is_ok(), "{:?}\n{}", v, lexicoder);
            let v = v.unwrap();
            check_output(&v);
            prop_assert_eq!(v["themes"].as_array().unwrap().len(), 2);
        }

        #[test]
        fn error_lines_are_inside_the_text(text in dictionary_like()) {
            let lines = text.lines().count().max(1);
            for result in [from_liwc(&text, "p"), from_lexicoder(&text, "p")] {
                if let Err(e) = result {
                    prop_assert!(e.line <= lines, "{e} in {lines} lines");
                }
            }
        }
    }
}
