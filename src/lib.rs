#![doc = include_str!("../README.md")]
//!
//! # Pipeline
//!
//! Data flows one way, one module per stage:
//! text → [`document`] → [`actors`] → (themes → positions → divergence) → [`report`].
//! Every stage works in byte offsets ([`text::ByteSpan`]); [`report::build`]
//! converts every span to UTF-16 once, through one [`text::Utf16Index`].

// The first stage lives in its own crate (crates/document): see its docs.
pub use faultline_document::{document, packed_list, text};

pub mod actors;
pub mod divergence;
pub mod positions;
pub mod report;
pub mod themes;
pub mod tone;

#[cfg(all(target_arch = "wasm32", not(feature = "tools")))]
pub mod wasm;
#[cfg(all(target_arch = "wasm32", feature = "tools"))]
pub mod wasm_tools;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

pub use report::Report;

/// What the caller may choose. Unknown fields are an error, so a typo in an
/// option is reported instead of silently ignored.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// Include the token columns and the term table (on by default). The
    /// page turns them off when it has no use for them: on a book they are
    /// most of the report's size.
    pub tokens: bool,
    /// The actors to compare, by any name the text uses ("Trump",
    /// "Donald Trump"); empty: the two most salient people.
    pub compare: Vec<String>,
    /// Lists of names of one actor: every later name joins the first.
    pub merge: Vec<Vec<String>>,
    /// Actor name → other names the text uses for them ("the Donald").
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Actor name → organisations and products whose mentions count for
    /// them ("Musk" → "Tesla", "SpaceX", "X").
    pub affiliations: BTreeMap<String, Vec<String>>,
    /// Actors to leave out of the report.
    pub exclude: Vec<String>,
    /// A dictionary in Faultline's JSON format (see
    /// `src/themes/data/README.md`) to use instead of the default one;
    /// checked when the options are read, every problem named.
    #[serde(deserialize_with = "read_dictionary")]
    pub dictionary: Option<Arc<themes::Dictionary>>,
    /// The ids of the themes to keep (the page's switches); empty: all.
    pub themes: Vec<String>,
}

fn read_dictionary<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Arc<themes::Dictionary>>, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    if value.is_null() {
        return Ok(None);
    }
    themes::Dictionary::from_json_value(&value)
        .map(|dict| Some(Arc::new(dict)))
        .map_err(serde::de::Error::custom)
}

impl Default for Options {
    fn default() -> Self {
        Self {
            tokens: true,
            compare: Vec::new(),
            merge: Vec::new(),
            aliases: BTreeMap::new(),
            affiliations: BTreeMap::new(),
            exclude: Vec::new(),
            dictionary: None,
            themes: Vec::new(),
        }
    }
}

/// An option that could not be read: names the option and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsError {
    message: String,
}

impl OptionsError {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for OptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid options: {}", self.message)
    }
}

impl std::error::Error for OptionsError {}

impl Options {
    /// The option names `analyze` understands, as written in JSON.
    pub const KNOWN: &'static [&'static str] = &[
        "tokens",
        "compare",
        "merge",
        "aliases",
        "affiliations",
        "exclude",
        "dictionary",
        "themes",
    ];

    /// The error for an option of the wrong type.
    pub fn invalid(name: &str, expected: &str) -> OptionsError {
        OptionsError::new(format!("option `{name}` must be {expected}"))
    }

    /// The error for an option name that is not in [`Options::KNOWN`].
    pub fn unknown(name: &str) -> OptionsError {
        OptionsError::new(format!(
            "unknown option `{name}` (known options: {})",
            Self::KNOWN.join(", ")
        ))
    }

    /// The dictionary to score with: the caller's or the default, keeping
    /// only the themes asked for (unknown theme ids become warnings).
    pub fn active_dictionary(
        &self,
        warnings: &mut Vec<actors::Warning>,
    ) -> Arc<themes::Dictionary> {
        let dict = self
            .dictionary
            .clone()
            .unwrap_or_else(themes::Dictionary::default_shared);
        if self.themes.is_empty() {
            return dict;
        }
        for id in self
            .themes
            .iter()
            .filter(|id| dict.theme_index(id).is_none())
        {
            warnings.push(actors::Warning {
                option: "themes",
                message: format!("no theme `{id}` in the dictionary `{}`", dict.name),
            });
        }
        // The page sends the same switches with every keystroke: the last
        // subset is kept (re-indexing thousands of entries each time cost
        // more than the analysis of an essay).
        type Subset = (
            Arc<themes::Dictionary>,
            Vec<String>,
            Arc<themes::Dictionary>,
        );
        thread_local! {
            static LAST: std::cell::RefCell<Option<Subset>> = const { std::cell::RefCell::new(None) };
        }
        let hit = LAST.with(|l| {
            l.borrow()
                .as_ref()
                .filter(|(from, ids, _)| Arc::ptr_eq(from, &dict) && *ids == self.themes)
                .map(|(_, _, only)| only.clone())
        });
        hit.unwrap_or_else(|| {
            let only = Arc::new(dict.only_themes(&self.themes));
            LAST.with(|l| *l.borrow_mut() = Some((dict, self.themes.clone(), only.clone())));
            only
        })
    }

    /// Reads options from JSON, naming any unknown or ill-typed field.
    ///
    /// ```
    /// let err = faultline::Options::from_json(r#"{"tokenz": false}"#).unwrap_err();
    /// assert!(err.to_string().contains("tokenz"));
    /// let err = faultline::Options::from_json(r#"{"compare": "Trump"}"#).unwrap_err();
    /// assert!(err.to_string().contains("compare"));
    /// ```
    pub fn from_json(json: &str) -> Result<Options, OptionsError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| OptionsError::new(e.to_string()))?;
        Self::from_value(&value)
    }

    /// Reads options from a parsed JSON value (an object), naming any
    /// unknown or ill-typed field: serde names an unknown field but not
    /// one of the wrong type, so on an error each field is read alone to
    /// find which.
    pub fn from_value(value: &serde_json::Value) -> Result<Options, OptionsError> {
        let Some(map) = value.as_object() else {
            return Err(OptionsError::new("options must be a JSON object"));
        };
        serde_json::from_value(value.clone()).map_err(|e| {
            for (name, field) in map {
                if !Self::KNOWN.contains(&name.as_str()) {
                    return Self::unknown(name);
                }
                let alone = serde_json::Map::from_iter([(name.clone(), field.clone())]);
                if let Err(e) = serde_json::from_value::<Options>(serde_json::Value::Object(alone))
                {
                    return OptionsError::new(format!("option `{name}`: {e}"));
                }
            }
            OptionsError::new(e.to_string())
        })
    }
}

/// The longest text [`analyze`] reads whole: every offset of a document,
/// and every UTF-16 span of its report, is a `u32`. A longer text cannot
/// reach the browser's 32-bit wasm; the command line refuses it with
/// [`check_size`]'s message.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// Why `text` is too long for [`analyze`], or `None` when it is not.
pub fn check_size(text: &str) -> Option<String> {
    too_long(text.len(), MAX_TEXT_BYTES)
}

fn too_long(bytes: usize, limit: usize) -> Option<String> {
    (bytes > limit).then(|| {
        format!(
            "the text is {bytes} bytes; Faultline reads texts of up to {limit} bytes \
             (4 GiB: its offsets are 32-bit)"
        )
    })
}

/// `text` cut at the last character boundary within `limit` bytes: past
/// it, offsets would wrap around and every span would be wrong.
fn within_limit(text: &str, limit: usize) -> &str {
    &text[..text::chars::floor_boundary(text, limit)]
}

/// Analyses `text`. Never fails and never panics: empty, binary or huge text
/// gives a (possibly empty) report; a text over [`MAX_TEXT_BYTES`] is read
/// up to that length (check first with [`check_size`]).
///
/// ```
/// let text = "While Trump builds walls, Musk builds rockets. 🚀 Done.";
/// let report = faultline::analyze(text, &faultline::Options::default());
/// assert_eq!(report.document.sentences.len(), 2);
/// assert_eq!(report.document.sentences[0].clauses.len(), 2);
/// // Spans are UTF-16 code units: the rocket counts as two.
/// assert_eq!(report.text_length, text.encode_utf16().count() as u32);
/// ```
pub fn analyze(text: &str, options: &Options) -> Report {
    let text = within_limit(text, MAX_TEXT_BYTES);
    let doc = document::parse(text);
    let mut actors = actors::find(text, &doc, options);
    let dict = options.active_dictionary(&mut actors.warnings);
    let themes = themes::score(&doc, &dict, &actors.naming);
    let positions = positions::find(&doc, &actors, &themes, &dict);
    let divergence = divergence::measure(&dict, &themes, &positions, &actors.compared);
    // One scorer for both: each distinct term is looked up once.
    let mut scorer = tone::Scorer::new(&doc);
    let sentence_tone = scorer.sentences();
    let actor_tone = positions::tone::toward_actors(&doc, &actors, &mut scorer);
    let stages = report::Stages {
        doc: &doc,
        actors: &actors,
        dict: &dict,
        themes: &themes,
        positions: &positions,
        divergence: &divergence,
        sentence_tone: &sentence_tone,
        actor_tone: &actor_tone,
    };
    report::build(text, &stages, options)
}

/// talc instead of the default dlmalloc in the browser: as fast, and
/// 2.4 KB smaller gzipped, which the page's size budget needs.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_past_the_limit_is_cut_at_a_character_boundary() {
        // "é" is two bytes: a limit inside it cuts before it.
        assert_eq!(within_limit("abé", 3), "ab");
        assert_eq!(within_limit("abé", 4), "abé");
        assert_eq!(within_limit("🚀", 2), "");
        assert_eq!(within_limit("", 0), "");
    }

    /// The theme ids of each sentence of `text`.
    fn themes(text: &str) -> Vec<Vec<String>> {
        analyze(text, &Options::default())
            .sentences
            .iter()
            .map(|s| s.themes.iter().map(|t| t.id.to_string()).collect())
            .collect()
    }

    #[test]
    fn a_name_and_its_title_are_no_theme() {
        // "President" and "Senator" before a name are titles, not talk of
        // the presidency or the Senate; the same words alone still are.
        assert_eq!(
            themes("President Trump met Senator Lindsey Graham on Monday. The president met a senator."),
            [vec![], vec!["democracy".to_string()]]
        );
        // A title-case headline names nobody for certain: its words count.
        assert_eq!(
            themes("Senator Graham Is Angry At Donald Trump"),
            [vec!["democracy".to_string()]]
        );
    }

    #[test]
    fn an_outlet_cited_as_a_source_is_no_theme() {
        let media = |text: &str| themes(text).concat().contains(&"media".to_string());
        assert!(!media("According to CNN, the senator was angry."));
        assert!(!media("Later, NBC News reported that Warren would quit."));
        // ...also when it opens the sentence, and after the day it names.
        assert!(!media("Reuters reported that Warren would quit."));
        assert!(!media("Yesterday CNN reported that Warren would quit."));
        assert!(!media(
            "Polls closed. Projections by CNN and NPR showed him ahead."
        ));
        assert!(!media(
            "Nikki Haley wrote on Twitter that it was a mistake."
        ));
        // An outlet that is what the sentence is about still counts.
        assert!(media("Musk bought Twitter and fired its moderators."));
        assert!(media("Trump attacked CNN and NPR as fake news."));
    }

    #[test]
    fn a_text_past_the_limit_is_named_with_its_length() {
        assert_eq!(too_long(10, 10), None);
        let message = too_long(11, 10).expect("over the limit");
        assert!(message.contains("11 bytes") && message.contains("up to 10 bytes"));
        assert_eq!(check_size("short"), None);
    }
}
