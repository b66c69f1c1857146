//! The verbs a stance is read through (`data/stance_verbs.txt`): verbs
//! that report someone else's stance ("accused … of") and verbs that name
//! what their object is ("called … a mistake").

use std::sync::OnceLock;

use crate::actors::lexicon::Sections;

/// Reports another's stance when "of" or "for" follows it.
pub const ACCUSER: u32 = 1;
/// Names what its object is: "called tariffs a mistake".
pub const NAMING: u32 = 2;
/// Gains or loses its object: "won a third term".
pub const OUTCOME: u32 = 4;
/// The people of a plural subject disagree: "their split on …".
pub const SPLIT: u32 = 8;
/// Asks someone to act: "urged Congress to expand …".
pub const DIRECTIVE: u32 = 16;
/// Stops or limits the term right before it: "an asylum stop".
pub const HALT: u32 = 32;
const NAMES: &[&str] = &["accuser", "naming", "outcome", "split", "directive", "halt"];

/// Whether the lower-case `word` is listed in a section of `bits`.
pub fn is(word: &str, bits: u32) -> bool {
    static VERBS: OnceLock<Sections> = OnceLock::new();
    VERBS
        .get_or_init(|| Sections::parse(crate::packed_list!("stance_verbs.txt"), NAMES))
        .get(word)
        & bits
        != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_come_from_the_data_file() {
        assert!(is("accused", ACCUSER));
        assert!(!is("accused", NAMING));
        assert!(is("branded", NAMING));
        // Listed in both.
        assert!(is("denounced", ACCUSER) && is("denounced", NAMING));
        assert!(!is("said", ACCUSER | NAMING));
        assert!(is("won", OUTCOME) && !is("won", NAMING));
        assert!(is("urged", DIRECTIVE) && !is("urged", SPLIT));
        assert!(is("freeze", HALT) && !is("freeze", NAMING));
    }
}
