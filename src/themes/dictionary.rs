//! A dictionary ready to match: its themes, and every term (theme entries,
//! attitudes, negations, hedges, "shared" words) as a [`Cue`], indexed by
//! its first word so that matching looks up words, never loops over entries.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use serde_json::{json, Map, Value};

use super::format::{self, DictionaryError};
use crate::document::forms::FormMap;
use crate::text::scan;

/// The default dictionary in compact form, compiled by `build.rs` from
/// `data/dictionary.json` and `data/themes/*.json`.
const DEFAULT: &str = include_str!(concat!(env!("OUT_DIR"), "/dictionary.compact"));
/// Its [`format::fingerprint`], computed by `build.rs` too.
const DEFAULT_HASH: &str = include_str!(concat!(env!("OUT_DIR"), "/dictionary.hash"));

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub id: String,
    pub label: String,
    pub color: Option<String>,
    pub cap: Vec<u16>,
    pub description: Option<String>,
    /// The labels of pole −1 and pole +1; `None`: salience only.
    pub poles: Option<[String; 2]>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CueKind {
    /// A theme entry: which theme, its pole (−1, 0, +1), weight and CAP
    /// code; `lean`: for a neutral entry, the pole an attitude word aimed
    /// at it gives ("opposes immigration"), else 0.
    Theme {
        theme: u16,
        pole: i8,
        weight: f32,
        cap: u16,
        lean: i8,
    },
    /// An attitude word: +1 confirms a pole ("champions"), −1 turns it ("mocked").
    Attitude(i8),
    Negation,
    Hedge,
    /// "both", "mutual", "shared": the stance belongs to every actor of the clause.
    Shared,
}

/// A dictionary's word or term: borrowed from the default dictionary's
/// text, which lives as long as the program (no allocation per entry on
/// the way to the first analysis), or owned for a user's dictionary.
pub type Text = Cow<'static, str>;

/// How one word of a term matches a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Stem(Text),
    Exact(Text),
    Prefix(Text),
}

impl Part {
    pub fn matches(&self, lower: &str, stem: &str) -> bool {
        match self {
            Part::Stem(s) => &**s == stem,
            Part::Exact(s) => &**s == lower,
            Part::Prefix(s) => lower.starts_with(&**s),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub kind: CueKind,
    /// The term as the dictionary writes it ("clean energy", "tariff*"),
    /// or its coded words when `coded` (see [`Cue::term`]).
    text: Text,
    coded: bool,
    pub parts: Box<[Part]>,
}

impl Cue {
    /// The term as the dictionary writes it. Spelt out from the coded words
    /// when asked (a match in a report, an export), not for all 7,000
    /// entries on the way to the first analysis: that was a third of the
    /// default dictionary's loading.
    pub fn term(&self) -> Cow<'_, str> {
        if self.coded {
            Cow::Owned(format::decode_written(&self.text))
        } else {
            Cow::Borrowed(&self.text)
        }
    }

    /// Whether the dictionary writes the term with a capital: a proper
    /// name ("Putin"). Coded words are lower case, so only a term written
    /// out can be one; nothing is spelt out to tell.
    pub fn is_proper_name(&self) -> bool {
        !self.coded && self.text.starts_with(char::is_uppercase)
    }
}

/// The cues by first word. Each distinct first word (a stem, an exact
/// form or a prefix) is a list number in its form map; the lists sit end
/// to end in `cues`, list `k` at `cues[offsets[k]..offsets[k + 1]]`: two
/// vectors for the whole index, not a key and a vector per word (10,000
/// allocations on the way to the first analysis).
///
/// A phrase's second word has a list number too (an empty list when no
/// cue starts with it): a document looks each of its terms up once, and
/// a phrase's second word is then checked by number, not by comparing
/// strings. Most phrases fail there: "the" starts twenty of them.
#[derive(Default)]
struct Index {
    stem: FormMap<u32>,
    exact: FormMap<u32>,
    prefix: FormMap<u32>,
    offsets: Vec<u32>,
    cues: Vec<u32>,
    /// Byte lengths of the prefixes, shortest to longest.
    /// u32, not usize: sorted by the same instantiation of the sort code
    /// as the cue lists (one copy less in the wasm).
    prefix_lengths: Vec<u32>,
    /// One bit per pair of first bytes that a prefix starts with, so that
    /// the words no prefix can start (nearly all) skip the lookups by
    /// length; empty when a prefix is shorter than two bytes.
    prefix_heads: Vec<u64>,
    /// Per cue: what its second word must be.
    second: Vec<Second>,
}

/// A cue's second word, as [`Dictionary::second_of`] gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Second {
    /// A one-word cue.
    None,
    /// A stem or an exact form, by its list number.
    Stem(u32),
    Exact(u32),
    /// A prefix: checked on the words themselves.
    Prefix,
}

/// The bit of `prefix_heads` for a word's first two bytes.
fn head_bit(bytes: &[u8]) -> Option<(usize, u64)> {
    let &[a, b] = bytes.first_chunk::<2>()?;
    let at = (a as usize) << 8 | b as usize;
    Some((at / 64, 1 << (at % 64)))
}

impl Index {
    /// List `k`, empty for a number that is none (`u32::MAX`: a word no
    /// cue has; `k + 1` would overflow a 32-bit `usize`).
    fn list(&self, k: u32) -> &[u32] {
        let k = k as usize;
        let Some(next) = k.checked_add(1) else {
            return &[];
        };
        match (self.offsets.get(k), self.offsets.get(next)) {
            (Some(&a), Some(&b)) => self.cues.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Index({} first words, {} cues)",
            self.offsets.len().saturating_sub(1),
            self.cues.len()
        )
    }
}

#[derive(Debug)]
pub struct Dictionary {
    pub name: String,
    pub version: String,
    pub language: Option<String>,
    pub license: Option<String>,
    pub source: Option<String>,
    /// [`format::fingerprint`] of the compact form.
    pub hash: String,
    pub themes: Vec<Theme>,
    pub cues: Vec<Cue>,
    index: Index,
}

impl Dictionary {
    /// The default dictionary, read once per thread of the program.
    pub fn default_shared() -> Arc<Dictionary> {
        static DEFAULT_DICTIONARY: OnceLock<Arc<Dictionary>> = OnceLock::new();
        DEFAULT_DICTIONARY
            .get_or_init(|| {
                Arc::new(Dictionary::read(
                    DEFAULT,
                    DEFAULT_HASH.into(),
                    &Cow::Borrowed,
                ))
            })
            .clone()
    }

    /// Compiles a dictionary file (our JSON format), naming every problem.
    pub fn from_json_value(file: &Value) -> Result<Dictionary, DictionaryError> {
        let words = format::Words {
            lower: &crate::text::case::lower_str,
            stem: &crate::document::vocabulary::stem,
        };
        let compact = format::compile(file, &words)?;
        Ok(Dictionary::from_compact(&compact))
    }

    /// Reads a dictionary file's text (our JSON format).
    pub fn from_json(text: &str) -> Result<Dictionary, DictionaryError> {
        let value: Value = serde_json::from_str(text).map_err(|e| DictionaryError {
            problems: vec![format!("not valid JSON: {e}")],
        })?;
        Self::from_json_value(&value)
    }

    /// Reads the compact form ([`format::compile`]'s output, which the
    /// browser's dictionary tools module makes). Never panics: lines it
    /// does not understand are skipped, entries of a theme that is not
    /// there are dropped, and text that is not a compact dictionary gives
    /// an error.
    pub fn from_compact_text(compact: &str) -> Result<Dictionary, DictionaryError> {
        if !compact.starts_with(format::HEADER) {
            return Err(DictionaryError {
                problems: vec![
                    "not a compiled dictionary (it must start with `faultline-dictionary 2`)"
                        .into(),
                ],
            });
        }
        let d = Dictionary::from_compact(compact);
        if d.themes.is_empty() {
            return Err(DictionaryError {
                problems: vec!["the compiled dictionary has no theme".into()],
            });
        }
        Ok(d)
    }

    fn from_compact(compact: &str) -> Dictionary {
        let hash = format::fingerprint(compact);
        Dictionary::read(compact, hash, &|s| Cow::Owned(s.to_string()))
    }

    /// Reads a compact dictionary whose fingerprint is `hash`; `keep` makes a piece of its text into
    /// the dictionary's own (borrowed when the text lives for ever).
    /// (`dyn`: one copy of this function in the wasm, not one per caller.)
    fn read<'a>(compact: &'a str, hash: String, keep: &dyn Fn(&'a str) -> Text) -> Dictionary {
        let mut d = Dictionary {
            name: String::new(),
            version: String::new(),
            language: None,
            license: None,
            source: None,
            hash,
            themes: Vec::new(),
            cues: Vec::new(),
            index: Index::default(),
        };
        // What the term lines that follow a header are.
        let mut current: Option<CueKind> = None;
        // Fields of a line, on the stack: this runs once per entry (7,000+
        // in the default) on the way to the first analysis.
        let mut fields = [""; 8];
        // (Its lines end in `\n` alone; an empty line is skipped below.)
        for line in scan::split(compact, b'\n') {
            let mut split = scan::split(line, b'\t');
            let count = fields
                .iter_mut()
                .zip(&mut split)
                .map(|(slot, field)| *slot = field)
                .count();
            if split.next().is_some() {
                continue; // no line of the compact form has more fields
            }
            let f = &fields[..count];
            match f[0] {
                "#meta" if f.len() == 3 => {
                    let v = f[2].to_string();
                    match f[1] {
                        "name" => d.name = v,
                        "version" => d.version = v,
                        "language" => d.language = Some(v),
                        "license" => d.license = Some(v),
                        "source" => d.source = Some(v),
                        _ => {}
                    }
                    continue;
                }
                "#theme" if f.len() == 8 => {
                    d.themes.push(Theme {
                        id: f[1].into(),
                        label: f[2].into(),
                        color: non_empty(f[3]),
                        cap: f[4].split(',').filter_map(|c| c.parse().ok()).collect(),
                        poles: (!f[5].is_empty()).then(|| [f[5].into(), f[6].into()]),
                        description: non_empty(f[7]),
                    });
                    continue;
                }
                "#group" if f.len() == 5 || f.len() == 6 => {
                    current = Some(CueKind::Theme {
                        theme: f[1].parse().unwrap_or(0),
                        pole: f[2].parse().unwrap_or(0),
                        weight: f[3].parse::<u32>().unwrap_or(1000) as f32 / 1000.0,
                        cap: f[4].parse().unwrap_or(0),
                        lean: f.get(5).and_then(|l| l.parse().ok()).unwrap_or(0),
                    });
                    continue;
                }
                "#cues" if f.len() == 2 => {
                    current = match f[1] {
                        "against" => Some(CueKind::Attitude(-1)),
                        "for" => Some(CueKind::Attitude(1)),
                        "negation" => Some(CueKind::Negation),
                        "hedge" => Some(CueKind::Hedge),
                        "shared" => Some(CueKind::Shared),
                        _ => None,
                    };
                    continue;
                }
                header if header.starts_with('#') || header.is_empty() => continue,
                _ => {}
            }
            let Some(kind) = current else { continue };
            let coded = f[0];
            // Sized first: a collected boxed slice is grown, then shrunk
            // (a reallocation per entry).
            let words = || scan::split(coded, b' ').filter(|w| !w.is_empty());
            let mut parts = Vec::with_capacity(words().count());
            parts.extend(words().map(|w| {
                if let Some(exact) = w.strip_prefix('=') {
                    Part::Exact(keep(exact))
                } else if let Some(prefix) = w.strip_suffix('*') {
                    Part::Prefix(keep(prefix))
                } else if let Some(stem_at) = w.bytes().position(|b| b == b'>') {
                    Part::Stem(keep(w.get(stem_at + 1..).unwrap_or("")))
                } else {
                    Part::Stem(keep(scan::split(w, b'|').next().unwrap_or(w)))
                }
            }));
            let parts = parts.into_boxed_slice();
            if parts.is_empty() {
                continue;
            }
            let (text, coded) = match f.get(1) {
                Some(written) => (keep(written), false),
                None => (keep(coded), true),
            };
            d.cues.push(Cue {
                kind,
                text,
                coded,
                parts,
            });
        }
        let themes = d.themes.len();
        d.cues.retain(|c| match c.kind {
            CueKind::Theme { theme, .. } => (theme as usize) < themes,
            _ => true,
        });
        d.build_index();
        d
    }

    fn build_index(&mut self) {
        let index = &mut self.index;
        // Numbers lists in order of first sight. (One closure for both
        // loops: one copy of the map's insertion code in the wasm.)
        let mut lists = 0u32;
        let mut new_list = || {
            lists += 1;
            lists - 1
        };
        let mut list_of = Vec::with_capacity(self.cues.len());
        let mut heads = vec![0u64; 1024];
        for cue in &self.cues {
            let (map, key) = match &cue.parts[0] {
                Part::Stem(s) => (&mut index.stem, s),
                Part::Exact(s) => (&mut index.exact, s),
                Part::Prefix(s) => {
                    match head_bit(s.as_bytes()) {
                        Some((at, bit)) if !heads.is_empty() => heads[at] |= bit,
                        _ => heads = Vec::new(),
                    }
                    let len = s.len() as u32;
                    if !index.prefix_lengths.contains(&len) {
                        index.prefix_lengths.push(len);
                    }
                    (&mut index.prefix, s)
                }
            };
            list_of.push(map.get_or_insert_with(key, &mut new_list));
        }
        index.second = Vec::with_capacity(self.cues.len());
        for cue in &self.cues {
            let second = match cue.parts.get(1) {
                None => Second::None,
                Some(Part::Prefix(_)) => Second::Prefix,
                Some(Part::Stem(s)) => {
                    Second::Stem(index.stem.get_or_insert_with(s, &mut new_list))
                }
                Some(Part::Exact(s)) => {
                    Second::Exact(index.exact.get_or_insert_with(s, &mut new_list))
                }
            };
            index.second.push(second);
        }
        index.prefix_lengths.sort_unstable();
        index.prefix_heads = heads;
        // Each list's length, where each starts, then each cue in its
        // list, in cue order.
        let mut counts = vec![0u32; lists as usize];
        for &k in &list_of {
            if let Some(n) = counts.get_mut(k as usize) {
                *n += 1;
            }
        }
        index.offsets = Vec::with_capacity(counts.len() + 1);
        let mut at = 0;
        index.offsets.push(0);
        for &n in &counts {
            at += n;
            index.offsets.push(at);
        }
        let mut next: Vec<u32> = index.offsets.clone();
        index.cues = vec![0; self.cues.len()];
        for (i, &k) in list_of.iter().enumerate() {
            if let Some(slot) = next.get_mut(k as usize) {
                if let Some(c) = index.cues.get_mut(*slot as usize) {
                    *c = i as u32;
                }
                *slot += 1;
            }
        }
    }

    /// Whether a word (its lower-case form and stem) is, alone, one of the
    /// dictionary's theme entries naming a thing: a topic ("medicare",
    /// "tariffs"). Entries written with a capital are proper names
    /// ("Putin", "Assad"): they count for their theme but name people.
    pub fn names_a_topic(&self, lower: &str, stem: &str) -> bool {
        let mut cues = Vec::new();
        self.starts(lower, stem, &mut cues);
        cues.iter().any(|&c| {
            self.cues.get(c as usize).is_some_and(|cue| {
                cue.parts.len() == 1
                    && matches!(cue.kind, CueKind::Theme { .. })
                    && !cue.is_proper_name()
            })
        })
    }

    /// What cue `c`'s second word must be.
    pub fn second_of(&self, c: u32) -> Second {
        self.index
            .second
            .get(c as usize)
            .copied()
            .unwrap_or(Second::Prefix)
    }

    /// Every cue whose first word matches a word of this lower-case form
    /// and stem, in cue order. Returns the word's list numbers by stem and
    /// by exact form (`u32::MAX`: none), which say whether it is a cue's
    /// second word ([`Self::second_of`]).
    pub fn starts(&self, lower: &str, stem: &str, out: &mut Vec<u32>) -> [u32; 2] {
        let first = out.len();
        let ix = &self.index;
        let by_stem = ix.stem.get(stem).copied().unwrap_or(u32::MAX);
        let by_form = ix.exact.get(lower).copied().unwrap_or(u32::MAX);
        out.extend_from_slice(ix.list(by_stem));
        out.extend_from_slice(ix.list(by_form));
        let may_prefix = ix.prefix_heads.is_empty()
            || head_bit(lower.as_bytes())
                .is_some_and(|(at, bit)| ix.prefix_heads.get(at).is_some_and(|h| h & bit != 0));
        for n in ix
            .prefix_lengths
            .iter()
            .filter(|_| may_prefix)
            .map(|&n| n as usize)
        {
            if n > lower.len() {
                break;
            }
            if let Some(&k) = lower.get(..n).and_then(|p| ix.prefix.get(p)) {
                out.extend_from_slice(ix.list(k));
            }
        }
        out[first..].sort_unstable();
        // A cue can arrive twice only if it is listed twice; once is enough.
        let mut seen = first;
        for i in first..out.len() {
            if i == first || out[i] != out[seen - 1] {
                out[seen] = out[i];
                seen += 1;
            }
        }
        out.truncate(seen);
        [by_stem, by_form]
    }

    /// The theme index of an id.
    pub fn theme_index(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }

    /// The dictionary as a file of our JSON format: what the page exports
    /// and a user edits. Compiling it again gives the same hash.
    pub fn to_json(&self) -> Value {
        let mut root = Map::new();
        root.insert("name".into(), json!(self.name));
        root.insert("version".into(), json!(self.version));
        for (key, value) in [
            ("language", &self.language),
            ("license", &self.license),
            ("source", &self.source),
        ] {
            if let Some(v) = value {
                root.insert(key.into(), json!(v));
            }
        }
        let mut themes: Vec<Value> = Vec::new();
        for (t, theme) in self.themes.iter().enumerate() {
            let mut groups: Vec<Value> = Vec::new();
            let mut current: Option<(i8, f32, u16, i8)> = None;
            for cue in &self.cues {
                let CueKind::Theme {
                    theme: ct,
                    pole,
                    weight,
                    cap,
                    lean,
                } = cue.kind
                else {
                    continue;
                };
                if ct as usize != t {
                    continue;
                }
                if current != Some((pole, weight, cap, lean)) {
                    let mut g = Map::new();
                    if cap != 0 {
                        g.insert("cap".into(), json!(cap));
                    }
                    g.insert("pole".into(), json!(pole));
                    if lean != 0 {
                        g.insert("lean".into(), json!(lean));
                    }
                    g.insert("weight".into(), json!(weight));
                    g.insert("terms".into(), json!([]));
                    groups.push(Value::Object(g));
                    current = Some((pole, weight, cap, lean));
                }
                if let Some(Value::Array(terms)) =
                    groups.last_mut().and_then(|g| g.get_mut("terms"))
                {
                    terms.push(json!(cue.term()));
                }
            }
            let mut obj = Map::new();
            obj.insert("id".into(), json!(theme.id));
            obj.insert("label".into(), json!(theme.label));
            if let Some(c) = &theme.color {
                obj.insert("color".into(), json!(c));
            }
            obj.insert("cap".into(), json!(theme.cap));
            if let Some(d) = &theme.description {
                obj.insert("description".into(), json!(d));
            }
            obj.insert("poles".into(), json!(theme.poles));
            obj.insert("entries".into(), Value::Array(groups));
            themes.push(Value::Object(obj));
        }
        root.insert("themes".into(), Value::Array(themes));
        let list = |want: fn(&CueKind) -> bool| -> Value {
            Value::Array(
                self.cues
                    .iter()
                    .filter(|c| want(&c.kind))
                    .map(|c| json!(c.term()))
                    .collect(),
            )
        };
        root.insert(
            "attitudes".into(),
            json!({
                "against": list(|k| *k == CueKind::Attitude(-1)),
                "for": list(|k| *k == CueKind::Attitude(1)),
            }),
        );
        root.insert("negations".into(), list(|k| *k == CueKind::Negation));
        root.insert("hedges".into(), list(|k| *k == CueKind::Hedge));
        root.insert("shared".into(), list(|k| *k == CueKind::Shared));
        Value::Object(root)
    }

    /// Keeps only the themes whose ids are listed (the page's switches);
    /// ids it does not have are left for the caller to warn about.
    pub fn only_themes(&self, ids: &[String]) -> Dictionary {
        let keep: Vec<usize> = (0..self.themes.len())
            .filter(|&t| ids.iter().any(|id| *id == self.themes[t].id))
            .collect();
        let mut d = Dictionary {
            name: self.name.clone(),
            version: self.version.clone(),
            language: self.language.clone(),
            license: self.license.clone(),
            source: self.source.clone(),
            hash: self.hash.clone(),
            themes: keep.iter().map(|&t| self.themes[t].clone()).collect(),
            cues: Vec::new(),
            index: Index::default(),
        };
        for cue in &self.cues {
            let mut cue = cue.clone();
            if let CueKind::Theme { theme, .. } = &mut cue.kind {
                match keep.iter().position(|&t| t == *theme as usize) {
                    Some(new) => *theme = new as u16,
                    None => continue,
                }
            }
            d.cues.push(cue);
        }
        d.build_index();
        d
    }
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_fingerprint_from_the_build_is_the_texts() {
        assert_eq!(
            Dictionary::default_shared().hash,
            format::fingerprint(DEFAULT)
        );
        assert!(DEFAULT_HASH.starts_with("fnv1a64:"));
    }

    fn tiny() -> Value {
        json!({
            "name": "tiny", "version": "1",
            "themes": [
                {"id": "trade", "label": "Trade", "cap": [18], "poles": ["open", "closed"],
                 "entries": [
                    {"cap": 18, "pole": 1, "weight": 1, "terms": ["tariff", "trade war"]},
                    {"cap": 18, "terms": ["export*", "=wto"]}
                 ]}
            ],
            "attitudes": {"against": ["mocked"], "for": ["champions"]},
            "negations": ["not"], "hedges": ["perhaps"], "shared": ["both"]
        })
    }

    #[test]
    fn compiles_stems_and_indexes() {
        let d = Dictionary::from_json_value(&tiny()).unwrap();
        assert_eq!(d.themes.len(), 1);
        assert_eq!(d.cues.len(), 9);
        let mut out = Vec::new();
        d.starts(
            "tariffs",
            &crate::document::vocabulary::stem("tariffs"),
            &mut out,
        );
        assert_eq!(out.len(), 1);
        out.clear();
        d.starts("exporters", "export", &mut out);
        assert_eq!(out.len(), 1, "prefix glob");
        out.clear();
        d.starts("wtos", "wto", &mut out);
        assert!(out.is_empty(), "exact form only");
    }

    #[test]
    fn export_round_trips_with_the_same_hash() {
        let d = Dictionary::from_json_value(&tiny()).unwrap();
        let again = Dictionary::from_json_value(&d.to_json()).unwrap();
        assert_eq!(d.hash, again.hash);
        let default = Dictionary::default_shared();
        let again = Dictionary::from_json_value(&default.to_json()).unwrap();
        assert_eq!(default.hash, again.hash);
        assert_eq!(default.themes.len(), 12);
    }

    #[test]
    fn every_problem_names_its_place() {
        let bad = json!({
            "name": "x", "version": "1",
            "themes": [
                {"id": "Bad Id", "label": "", "poles": ["a"], "entries": [
                    {"pole": 2, "weight": -1, "terms": ["ok", "", "mid*dle", 3]}
                ]}
            ],
            "extra": true
        });
        let err = Dictionary::from_json_value(&bad).unwrap_err().to_string();
        for needle in [
            "unknown field `extra`",
            "`id` must be",
            "`label`",
            "`poles`",
            "`pole` must be",
            "`weight` must be",
            "terms[1]",
            "terms[2]",
            "terms[3]",
        ] {
            assert!(err.contains(needle), "{needle} missing from {err}");
        }
        assert!(Dictionary::from_json("{").is_err());
        assert!(Dictionary::from_json("[]").is_err());
        assert!(Dictionary::from_json("null").is_err());
    }

    #[test]
    fn abbreviations_keep_their_period_and_repeats_count_once() {
        let file = json!({"name": "t", "version": "1", "themes": [{"id": "s", "label": "S",
            "entries": [{"terms": ["=u.n.", "airport", "airports", "drill, baby, drill"]}]}]});
        let d = Dictionary::from_json_value(&file).unwrap();
        assert_eq!(d.cues.len(), 3, "airports is airport again");
        assert_eq!(d.cues[0].parts[0], Part::Exact("u.n.".into()));
        assert_eq!(d.cues[2].parts.len(), 3);
        let doc = crate::document::parse("The U.N. met at the airport.");
        let found = crate::themes::score(&doc, &d, &[]);
        assert_eq!(found.sentences[0].matches.len(), 2);
    }

    #[test]
    fn keeps_only_the_chosen_themes() {
        let d = Dictionary::default_shared();
        let only = d.only_themes(&["climate".into(), "nope".into()]);
        assert_eq!(only.themes.len(), 1);
        assert_eq!(only.theme_index("climate"), Some(0));
        assert!(only.cues.iter().all(|c| match c.kind {
            CueKind::Theme { theme, .. } => theme == 0,
            _ => true,
        }));
    }
}
