//! The actor stage's word lists (`data/*.txt`, prepared by `build.rs`):
//! given names, titles and person nouns, organisation and place evidence,
//! pronouns. Each list is read once into a table of words with the sections
//! they appear in, as bits; `terms` merges the tables into one hash map, so
//! one lookup answers "what can this word be".

use std::sync::OnceLock;

/// Words of one data file, each with the bit set of its sections.
pub struct Sections {
    /// Sorted by word; a word listed in several sections appears once.
    words: Vec<(&'static str, u32)>,
}

impl Sections {
    /// Reads a prepared file (`entry<TAB>section`, sorted); `names[i]` is
    /// the section whose bit is `1 << i`. Unknown sections are ignored.
    pub(crate) fn parse(data: &'static str, names: &[&str]) -> Self {
        Self::parse_all(&[data], names)
    }

    /// [`Self::parse`] for several files with the same sections, as one
    /// list: each file is sorted, so they are merged, not sorted again (a
    /// sort would be one more instance of the sort code in the wasm).
    fn parse_all(files: &[&'static str], names: &[&str]) -> Self {
        let mut words: Vec<(&'static str, u32)> = Vec::new();
        for data in files {
            let mut file: Vec<(&'static str, u32)> = Vec::new();
            for (word, section) in crate::text::packed::entries(data) {
                let Some(bit) = names.iter().position(|n| *n == section) else {
                    continue;
                };
                match file.last_mut() {
                    Some((w, bits)) if *w == word => *bits |= 1 << bit,
                    _ => file.push((word, 1 << bit)),
                }
            }
            words = merge(words, file);
        }
        Self { words }
    }

    /// Every word with its section bits.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, u32)> + '_ {
        self.words.iter().copied()
    }
}

/// Two lists sorted by word as one, a word in both with both's bits.
fn merge(a: Vec<(&'static str, u32)>, b: Vec<(&'static str, u32)>) -> Vec<(&'static str, u32)> {
    if a.is_empty() {
        return b;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
        if x.0 == y.0 {
            out.push((x.0, x.1 | y.1));
            i += 1;
            j += 1;
        } else if x.0 < y.0 {
            out.push(x);
            i += 1;
        } else {
            out.push(y);
            j += 1;
        }
    }
    out.extend_from_slice(a.get(i..).unwrap_or(&[]));
    out.extend_from_slice(b.get(j..).unwrap_or(&[]));
    out
}

/// Lookups by binary search: the positions stage's short lists and the
/// tests (the actor stage itself reads its words through `terms`' merged
/// map).
impl Sections {
    /// The section bits of `word` (lower-case), 0 when it is not listed.
    pub fn get(&self, word: &str) -> u32 {
        self.words
            .binary_search_by(|(w, _)| (*w).cmp(word))
            .map_or(0, |i| self.words[i].1)
    }

    pub fn has(&self, word: &str, bits: u32) -> bool {
        self.get(word) & bits != 0
    }
}

/// Sections of `given_names.txt`.
pub mod given {
    pub const MALE: u32 = 1;
    pub const FEMALE: u32 = 2;
    pub const EITHER: u32 = 4;
    pub const NAMES: &[&str] = &["male", "female", "either"];
}

/// Sections of `person_words.txt`.
pub mod person {
    pub const TITLE_MALE: u32 = 1;
    pub const TITLE_FEMALE: u32 = 2;
    pub const TITLE: u32 = 4;
    pub const NOUN_MALE: u32 = 8;
    pub const NOUN_FEMALE: u32 = 16;
    pub const NOUN: u32 = 32;
    pub const PLURAL: u32 = 64;
    pub const VERB: u32 = 128;
    /// A relation between two people ("wife", "son", "pupil"): the name
    /// after "the wife of" is a person's.
    pub const KIN: u32 = 256;
    /// A plural noun for a class of people ("senators", "emperors"): the
    /// people discussed only after a number or "both".
    pub const GROUP: u32 = 512;
    /// After an organisation's name, cites it as a source ("CNN reported").
    pub const SOURCE_VERB: u32 = 1024;
    /// Before "by" and an organisation's name ("projections by CNN").
    pub const SOURCE_NOUN: u32 = 2048;
    /// Beside a person's name, opens or closes a quotation ("Graham
    /// said, “…”"): the quoted words are that person's.
    pub const SPEECH: u32 = 4096;
    /// Answers someone ("replies", "retorted"): its subject is not the
    /// person it answers, the one the sentence before spoke of.
    pub const REPLY: u32 = 8192;
    /// The other of a pair to the one a possessive names ("his rival",
    /// "her opponent"): of the compared two, the other.
    pub const RIVAL: u32 = 16384;
    /// Ties its subject to the country, party or company named after it
    /// ("who led Germany", "founded Microsoft"): see `affiliation`.
    pub const LEADS: u32 = 32768;
    pub const ANY_TITLE: u32 = TITLE_MALE | TITLE_FEMALE | TITLE;
    pub const ANY_NOUN: u32 = NOUN_MALE | NOUN_FEMALE | NOUN;
    pub const ANY_PLURAL: u32 = PLURAL | GROUP;
    pub const NAMES: &[&str] = &[
        "title-male",
        "title-female",
        "title",
        "noun-male",
        "noun-female",
        "noun",
        "plural",
        "verb",
        "kin",
        "group",
        "source-verb",
        "source-noun",
        "speech",
        "reply",
        "rival",
        "leads",
    ];
}

/// Sections of `organizations.txt` and `places.txt`.
pub mod entity {
    pub const HEAD: u32 = 1;
    pub const PLACE_HEAD: u32 = 2;
    pub const KNOWN: u32 = 4;
    pub const PLACE: u32 = 8;
    pub const PEOPLE: u32 = 16;
    pub const NOT_NAME: u32 = 32;
    pub const OPENER: u32 = 64;
    /// "demonym place" pairs that no spelling rule finds ("british
    /// britain"): see `affiliation::same`.
    pub const DEMONYM: u32 = 128;
    /// People's words that name a party or a creed's followers
    /// ("Conservative", "Republican"), also in `people`: an affiliation,
    /// but no place ("the Labour leader" is not "the Islington MP").
    pub const PARTY: u32 = 256;
    // "-" holds the bits the other file's sections use.
    pub const ORG_NAMES: &[&str] = &[
        "head",
        "place-head",
        "known",
        "-",
        "-",
        "not-name",
        "opener",
    ];
    pub const PLACE_NAMES: &[&str] = &[
        "-", "-", "-", "place", "people", "-", "-", "demonym", "party",
    ];
}

/// Sections of `references.txt`.
pub mod reference {
    pub const MALE: u32 = 1;
    pub const FEMALE: u32 = 2;
    pub const REFLEXIVE: u32 = 4;
    pub const PLURAL: u32 = 8;
    pub const PAIR: u32 = 16;
    pub const VERB: u32 = 32;
    pub const NAMES: &[&str] = &["male", "female", "reflexive", "plural", "pair", "verb"];
}

pub struct ActorLexicon {
    pub given: Sections,
    pub person: Sections,
    pub organizations: Sections,
    pub places: Sections,
    pub references: Sections,
}

impl ActorLexicon {
    pub fn get() -> &'static ActorLexicon {
        static LEXICON: OnceLock<ActorLexicon> = OnceLock::new();
        LEXICON.get_or_init(|| ActorLexicon {
            // The U.S. Census names and names from elsewhere, one list.
            given: Sections::parse_all(
                &[
                    crate::packed_list!("given_names.txt"),
                    crate::packed_list!("given_names_world.txt"),
                ],
                given::NAMES,
            ),
            person: Sections::parse(crate::packed_list!("person_words.txt"), person::NAMES),
            organizations: Sections::parse(
                crate::packed_list!("organizations.txt"),
                entity::ORG_NAMES,
            ),
            places: Sections::parse(crate::packed_list!("places.txt"), entity::PLACE_NAMES),
            references: Sections::parse(crate::packed_list!("references.txt"), reference::NAMES),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_come_from_the_data_files() {
        let lex = ActorLexicon::get();
        assert!(lex.given.has("donald", given::MALE));
        assert!(lex.given.has("nancy", given::FEMALE));
        // And from the names of elsewhere.
        assert!(lex.given.has("volodymyr", given::MALE));
        assert!(lex.given.has("giorgia", given::FEMALE));
        assert!(lex.person.has("mr", person::TITLE_MALE));
        assert!(lex.person.has("godfather", person::NOUN_MALE));
        assert!(lex.person.has("wife", person::KIN | person::NOUN_FEMALE));
        assert!(lex
            .person
            .has("king", person::TITLE_MALE | person::NOUN_MALE));
        assert!(lex.organizations.has("party", entity::HEAD));
        assert!(lex.organizations.has("tesla", entity::KNOWN));
        assert!(lex.places.has("rome", entity::PLACE));
        assert!(lex.places.has("athenians", entity::PEOPLE));
        assert!(lex
            .references
            .has("himself", reference::MALE | reference::REFLEXIVE));
        assert_eq!(lex.given.get("zzzz"), 0);
    }
}
