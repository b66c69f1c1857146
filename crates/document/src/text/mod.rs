//! Text primitives shared by every stage: offsets and character classes.

pub mod case;
pub mod chars;
pub mod offsets;
pub mod packed;
pub mod scan;

pub use offsets::{ByteSpan, Span, Utf16Index};
