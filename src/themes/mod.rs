//! The third stage: document → theme scores per sentence and clause, from a
//! [`Dictionary`] (the default one, compiled at build time, or the user's).
//!
//! - [`format`] checks a dictionary file and compiles it (also run by
//!   `build.rs` for the default dictionary); [`dictionary`] reads the
//!   compiled form and indexes it; [`import`] reads LIWC and Lexicoder files.
//! - [`matcher`] finds the dictionary's cues in each sentence.
//! - [`scores`] adds them up: per sentence and clause, per paragraph (the
//!   theme flow) and for the whole text (salience).

pub mod dictionary;
pub mod format;
pub mod import;
pub mod matcher;
pub mod scores;

pub use dictionary::{CueKind, Dictionary};
pub use format::DictionaryError;
pub use matcher::Match;
pub use scores::{score, SentenceThemes, ThemeScores};
