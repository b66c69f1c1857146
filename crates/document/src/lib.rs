//! Faultline's first stage, text → [`document::Document`]: blocks (title,
//! byline, headings, paragraphs, bio), sentences, clauses and tokens with
//! their terms, in byte offsets ([`text::ByteSpan`]) that the report turns
//! into UTF-16 code units ([`text::offsets`]).
//!
//! The `faultline` crate re-exports both modules as `faultline::document`
//! and `faultline::text`; this crate exists so that the browser build can
//! optimise the parser, which runs on every keystroke, for speed and the
//! rest of the wasm for size.

pub mod document;
pub mod text;
