//! The dictionary file (JSON, see `data/README.md` and
//! `dictionary.schema.json`) → its compact form.
//!
//! Shared by `build.rs`, which compiles the default dictionary once, and the
//! crate, which compiles a user's dictionary: both go through the same
//! checks, so the default dictionary can never hold what a user's may not.
//! This file uses nothing of the crate (build.rs includes it by path).
//!
//! The compact form is UTF-8 text, one record a line, every term already
//! lower-cased and stemmed. Header lines start with `#`; the lines after a
//! `#group` or `#cues` header are its terms:
//!
//! ```text
//! faultline-dictionary 2
//! #meta   name|version|language|license|source    <value>
//! #theme  <id> <label> <color> <caps,comma-separated> <pole −1> <pole +1> <description>
//! #group  <theme index> <pole> <weight in thousandths> <cap> [<lean>]
//! #cues   against|for|negation|hedge|shared
//! <coded words> [TAB <the term as written, when the words do not give it back>]
//! ```
//!
//! A coded word is `=form` (exact), `prefix*` (glob), `stem|rest` (a word
//! whose Snowball stem is its beginning: "intellig|ence"), `word>stem`
//! (any other stem: "energy>energi"), or `word` (its own stem). The term
//! as written is the words put back together, so the file is hardly larger
//! than the word lists (gzip sees an English word list), and reading it
//! back needs no JSON parser and no stemmer: the browser splits lines.

use serde_json::Value;

/// Why a dictionary was refused: each problem names where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryError {
    pub problems: Vec<String>,
}

impl std::fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid dictionary: {}", self.problems.join("; "))
    }
}

impl std::error::Error for DictionaryError {}

/// Limits that keep a hostile or mistaken file from costing the page its
/// memory: far above any real dictionary (LIWC-22 has ~12,000 entries).
pub const MAX_THEMES: usize = 256;
pub const MAX_TERMS: usize = 200_000;
pub const MAX_TERM_CHARS: usize = 120;
pub const MAX_TERM_WORDS: usize = 8;
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Problems listed before the rest are only counted.
const MAX_PROBLEMS: usize = 25;

pub const HEADER: &str = "faultline-dictionary 2";

struct Problems {
    list: Vec<String>,
    more: usize,
}

impl Problems {
    fn add(&mut self, at: &str, message: impl std::fmt::Display) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(format!("{at}: {message}"));
        } else {
            self.more += 1;
        }
    }
}

/// How words are normalised: the caller's lower-casing and Snowball
/// English stemmer (the parser's, so entries and tokens always agree).
pub struct Words<'a> {
    pub lower: &'a dyn Fn(&str) -> String,
    pub stem: &'a dyn Fn(&str) -> String,
}

/// Compiles a dictionary file into the compact form.
pub fn compile(file: &Value, words: &Words) -> Result<String, DictionaryError> {
    let mut p = Problems {
        list: Vec::new(),
        more: 0,
    };
    let mut out = String::from(HEADER);
    out.push('\n');
    let Some(root) = file.as_object() else {
        return Err(DictionaryError {
            problems: vec!["the dictionary must be a JSON object".into()],
        });
    };
    const KNOWN: &[&str] = &[
        "$schema",
        "name",
        "version",
        "language",
        "license",
        "source",
        "themes",
        "attitudes",
        "negations",
        "hedges",
        "shared",
    ];
    for key in root.keys() {
        if !KNOWN.contains(&key.as_str()) {
            p.add(
                "dictionary",
                format!("unknown field `{key}` (known: {})", KNOWN[1..].join(", ")),
            );
        }
    }
    for (key, required) in [
        ("name", true),
        ("version", true),
        ("language", false),
        ("license", false),
        ("source", false),
    ] {
        match root.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                out.push_str(&format!("#meta\t{key}\t{}\n", clean(s)))
            }
            None if !required => {}
            _ => p.add(key, "must be a non-empty string"),
        }
    }
    let themes = match root.get("themes") {
        Some(Value::Array(t)) if !t.is_empty() && t.len() <= MAX_THEMES => t.as_slice(),
        Some(Value::Array(t)) if t.is_empty() => {
            p.add("themes", "needs at least one theme");
            &[]
        }
        Some(Value::Array(_)) => {
            p.add("themes", format!("at most {MAX_THEMES} themes"));
            &[]
        }
        _ => {
            p.add("themes", "must be an array of themes");
            &[]
        }
    };
    let mut ids: Vec<String> = Vec::new();
    let mut terms = 0usize;
    let mut entries = String::new();
    let mut group_header = String::new();
    // (theme, what the term matches) → (pole, lean, where): a term listed
    // twice ("airport", "airports": one stem) would count twice; the
    // first one is kept. Listed twice with another pole or lean, only the
    // first would ever count: an error, named.
    let mut seen: std::collections::HashMap<(usize, String), (i64, i64, String)> =
        std::collections::HashMap::new();
    for (t, theme) in themes.iter().enumerate() {
        let id = theme.get("id").and_then(Value::as_str).unwrap_or("");
        let at = if id.is_empty() {
            format!("themes[{t}]")
        } else {
            format!("themes[{t}] ({id})")
        };
        let Some(obj) = theme.as_object() else {
            p.add(&at, "must be an object");
            continue;
        };
        for key in obj.keys() {
            if ![
                "id",
                "label",
                "color",
                "cap",
                "description",
                "poles",
                "entries",
            ]
            .contains(&key.as_str())
            {
                p.add(&at, format!("unknown field `{key}`"));
            }
        }
        if !valid_id(id) {
            p.add(
                &at,
                "`id` must be 1–40 characters: a lower-case letter, then letters, digits, `_` or `-`",
            );
        } else if ids.iter().any(|i| i == id) {
            p.add(&at, format!("the id `{id}` is used twice"));
        }
        ids.push(id.to_string());
        let label = match obj.get("label") {
            Some(Value::String(s)) if !s.trim().is_empty() => clean(s),
            _ => {
                p.add(&at, "`label` must be a non-empty string");
                String::new()
            }
        };
        let color = match obj.get("color") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) if valid_color(s) => s.to_ascii_lowercase(),
            Some(_) => {
                p.add(&at, "`color` must be written #rrggbb");
                String::new()
            }
        };
        let mut caps = Vec::new();
        match obj.get("cap") {
            None | Some(Value::Null) => {}
            Some(Value::Array(list)) => {
                for c in list {
                    match cap_code(c) {
                        Some(c) => caps.push(c.to_string()),
                        None => p.add(&at, "`cap` codes must be integers from 1 to 9999"),
                    }
                }
            }
            Some(_) => p.add(&at, "`cap` must be an array of CAP codes"),
        }
        let description = match obj.get("description") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => clean(s),
            Some(_) => {
                p.add(&at, "`description` must be a string");
                String::new()
            }
        };
        let poles = match obj.get("poles") {
            None | Some(Value::Null) => None,
            Some(Value::Array(pair))
                if pair.len() == 2
                    && pair
                        .iter()
                        .all(|x| x.as_str().is_some_and(|s| !s.trim().is_empty())) =>
            {
                Some([
                    clean(pair[0].as_str().unwrap_or_default()),
                    clean(pair[1].as_str().unwrap_or_default()),
                ])
            }
            Some(_) => {
                p.add(&at, "`poles` must be null or two non-empty labels");
                None
            }
        };
        let [minus, plus] = poles.clone().unwrap_or_default();
        out.push_str(&format!(
            "#theme\t{id}\t{label}\t{color}\t{}\t{minus}\t{plus}\t{description}\n",
            caps.join(",")
        ));
        let groups = match obj.get("entries") {
            Some(Value::Array(g)) => g.as_slice(),
            None => &[],
            Some(_) => {
                p.add(&at, "`entries` must be an array of entry groups");
                &[]
            }
        };
        for (g, group) in groups.iter().enumerate() {
            let at = format!("{at} entries[{g}]");
            let Some(gobj) = group.as_object() else {
                p.add(&at, "must be an object with `terms`");
                continue;
            };
            for key in gobj.keys() {
                if !["cap", "pole", "lean", "weight", "terms"].contains(&key.as_str()) {
                    p.add(&at, format!("unknown field `{key}`"));
                }
            }
            let cap = match gobj.get("cap") {
                None | Some(Value::Null) => 0,
                Some(c) => cap_code(c).unwrap_or_else(|| {
                    p.add(&at, "`cap` must be an integer from 1 to 9999");
                    0
                }),
            };
            // −1, 0 or 1 (absent: 0), or the problem named.
            let mut sign = |name: &str| match gobj.get(name) {
                None | Some(Value::Null) => 0,
                Some(v) => match v.as_f64() {
                    Some(x) if x == 0.0 || x == 1.0 || x == -1.0 => x as i8,
                    _ => {
                        p.add(&at, format!("`{name}` must be -1, 0 or 1"));
                        0
                    }
                },
            };
            let (pole, lean) = (sign("pole"), sign("lean"));
            if pole != 0 && poles.is_none() {
                p.add(
                    &at,
                    "has a `pole` but the theme has no `poles` (salience only)",
                );
            }
            // `lean`: a neutral term's pole when an attitude word aims at
            // it: "opposes immigration" is restrictive, "attacked the
            // media" anti-mainstream, while "immigration" alone takes no
            // side.
            if lean != 0 && (pole != 0 || poles.is_none()) {
                p.add(
                    &at,
                    "has a `lean` but is not neutral (`pole` 0) in a theme with `poles`",
                );
            }
            let weight = match gobj.get("weight") {
                None | Some(Value::Null) => 1000,
                Some(v) => match v.as_f64() {
                    // Thousandths, an integer: formatting and parsing
                    // floats would cost the wasm ~20 KB of code.
                    Some(w) if w > 0.0 && w <= 10.0 => ((w * 1000.0).round() as u32).max(1),
                    _ => {
                        p.add(&at, "`weight` must be a number above 0 and at most 10");
                        1000
                    }
                },
            };
            let list = match gobj.get("terms") {
                Some(Value::Array(list)) if !list.is_empty() => list.as_slice(),
                _ => {
                    p.add(&at, "`terms` must be a non-empty array of strings");
                    &[]
                }
            };
            for (i, term) in list.iter().enumerate() {
                terms += 1;
                if terms == MAX_TERMS + 1 {
                    p.add(&at, format!("more than {MAX_TERMS} terms in all"));
                }
                if terms > MAX_TERMS {
                    break;
                }
                match term.as_str().map(|s| pattern(s, words)) {
                    Some(Ok(coded)) => {
                        match seen.entry((t, matched(&coded))) {
                            std::collections::hash_map::Entry::Occupied(first) => {
                                let (p0, l0, where0) = first.get();
                                if (*p0, *l0) != (pole as i64, lean as i64) {
                                    p.add(
                                        &format!("{at} terms[{i}] {term}"),
                                        format!(
                                            "matches what {where0} matches, with another pole or lean: list it once"
                                        ),
                                    );
                                }
                                continue;
                            }
                            std::collections::hash_map::Entry::Vacant(slot) => {
                                slot.insert((pole as i64, lean as i64, format!("{at} terms[{i}]")));
                            }
                        }
                        let header = if lean == 0 {
                            format!("#group\t{t}\t{pole}\t{weight}\t{cap}\n")
                        } else {
                            format!("#group\t{t}\t{pole}\t{weight}\t{cap}\t{lean}\n")
                        };
                        if group_header != header {
                            entries.push_str(&header);
                            group_header = header;
                        }
                        push_term(&mut entries, &coded, term.as_str().unwrap_or_default());
                    }
                    Some(Err(why)) => p.add(&format!("{at} terms[{i}] {term}"), why),
                    None => p.add(&format!("{at} terms[{i}] {term}"), "must be a string"),
                }
            }
        }
    }
    out.push_str(&entries);
    let lists: [(&str, Option<&Value>); 5] = [
        (
            "against",
            root.get("attitudes").and_then(|a| a.get("against")),
        ),
        ("for", root.get("attitudes").and_then(|a| a.get("for"))),
        ("negation", root.get("negations")),
        ("hedge", root.get("hedges")),
        ("shared", root.get("shared")),
    ];
    if let Some(a) = root.get("attitudes") {
        match a.as_object() {
            Some(o) => {
                for key in o.keys() {
                    if key != "against" && key != "for" {
                        p.add(
                            "attitudes",
                            format!("unknown field `{key}` (known: against, for)"),
                        );
                    }
                }
            }
            None => p.add("attitudes", "must be an object with `against` and `for`"),
        }
    }
    for (kind, list) in lists {
        let name = match kind {
            "against" | "for" => format!("attitudes.{kind}"),
            "negation" => "negations".into(),
            "hedge" => "hedges".into(),
            _ => "shared".into(),
        };
        let items = match list {
            None | Some(Value::Null) => continue,
            Some(Value::Array(items)) => items,
            Some(_) => {
                p.add(&name, "must be an array of strings");
                continue;
            }
        };
        if !items.is_empty() {
            out.push_str(&format!("#cues\t{kind}\n"));
        }
        for (i, term) in items.iter().enumerate() {
            terms += 1;
            if terms > MAX_TERMS {
                p.add(&name, format!("more than {MAX_TERMS} terms in all"));
                break;
            }
            match term.as_str().map(|s| pattern(s, words)) {
                Some(Ok(coded)) => push_term(&mut out, &coded, term.as_str().unwrap_or_default()),
                Some(Err(why)) => p.add(&format!("{name}[{i}] {term}"), why),
                None => p.add(&format!("{name}[{i}]"), "must be a string"),
            }
        }
    }
    if p.list.is_empty() {
        Ok(out)
    } else {
        if p.more > 0 {
            p.list.push(format!("and {} more problems", p.more));
        }
        Err(DictionaryError { problems: p.list })
    }
}

/// Writes a term line: its coded words, and the term as written when the
/// words do not give it back.
fn push_term(out: &mut String, coded: &str, written: &str) {
    let written = clean(written);
    out.push_str(coded);
    if decode_written(coded) != written {
        out.push('\t');
        out.push_str(&written);
    }
    out.push('\n');
}

/// What coded words match, whatever their written forms: two terms with
/// the same key are the same entry.
fn matched(coded: &str) -> String {
    coded
        .split(' ')
        .map(|w| {
            if w.starts_with('=') || w.ends_with('*') {
                w
            } else if let Some((_, stem)) = w.split_once('>') {
                stem
            } else {
                w.split('|').next().unwrap_or(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The term as written that coded words stand for.
pub fn decode_written(coded: &str) -> String {
    let mut out = String::with_capacity(coded.len());
    // Split by a char array, not a char: `split(char)` sets up a search
    // per piece that costs more than these short words, and this runs for
    // most of the default dictionary's 7,000 entries on the way to the
    // first analysis. (This file is also the build script's: no `crate::`.)
    for (i, word) in coded.split([' ']).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if word.starts_with('=') || word.ends_with('*') {
            out.push_str(word);
        } else if let Some(stem_at) = word.bytes().position(|b| b == b'>') {
            out.push_str(word.get(..stem_at).unwrap_or(word));
        } else {
            out.extend(word.split(['|']));
        }
    }
    out
}

/// A term → its coded words (see the module's documentation).
pub fn pattern(term: &str, words: &Words) -> Result<String, String> {
    if term.chars().count() > MAX_TERM_CHARS {
        return Err(format!("longer than {MAX_TERM_CHARS} characters"));
    }
    let mut parts: Vec<String> = Vec::new();
    for word in term.split_whitespace() {
        let exact = word.starts_with('=');
        let word = word.trim_start_matches('=');
        let glob = word.ends_with('*');
        let word = word.trim_end_matches('*');
        // Punctuation around a word is not part of it ("drill, baby, drill"):
        // the matcher skips punctuation tokens. (ASCII punctuation only:
        // Unicode's tables would cost the wasm more than they give.)
        let start = word.len()
            - word
                .trim_start_matches(|c: char| c.is_ascii_punctuation())
                .len();
        let mut end = word
            .trim_end_matches(|c: char| c.is_ascii_punctuation())
            .len();
        // An abbreviation keeps its last period, as its token does ("U.N.").
        if end > start && word[end..].starts_with('.') && word[start..end].contains('.') {
            end += 1;
        }
        let trimmed = word.get(start..end.max(start)).unwrap_or("");
        let core = (words.lower)(trimmed).replace('\u{2019}', "'");
        if core.contains('*') {
            return Err("`*` may only end a word".into());
        }
        if core.contains(['|', '>', '=']) {
            return Err("a word may not contain `|`, `>` or `=`".into());
        }
        if core.is_empty() {
            if glob || exact {
                return Err("`*` or `=` needs a word".into());
            }
            continue;
        }
        parts.push(if glob {
            format!("{core}*")
        } else if exact {
            format!("={core}")
        } else {
            let stem = (words.stem)(&core);
            if stem.is_empty() || stem == core {
                core
            } else if let Some(rest) = core.strip_prefix(stem.as_str()) {
                format!("{stem}|{rest}")
            } else {
                format!("{core}>{stem}")
            }
        });
    }
    if parts.is_empty() {
        return Err("has no word".into());
    }
    if parts.len() > MAX_TERM_WORDS {
        return Err(format!("more than {MAX_TERM_WORDS} words"));
    }
    Ok(parts.join(" "))
}

fn valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 40
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_' || *c == b'-')
}

fn valid_color(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|c| c.is_ascii_hexdigit())
}

fn cap_code(v: &Value) -> Option<u16> {
    v.as_u64()
        .filter(|c| (1..=9999).contains(c))
        .map(|c| c as u16)
}

/// A string as one field of a line: no tabs or line breaks, bounded.
fn clean(s: &str) -> String {
    s.chars()
        .take(MAX_TEXT_CHARS)
        .map(|c| if c < ' ' || c == '\u{7f}' { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

/// FNV-1a, 64 bits: the dictionary's fingerprint in every report. Not a
/// security hash; it tells two dictionaries apart.
pub fn fingerprint(compact: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in compact.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{h:016x}")
}
