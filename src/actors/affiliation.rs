//! Affiliations: the country, party or company a text ties a person to
//! ("German Chancellor Angela Merkel", "Angela Merkel, who led Germany",
//! "Rahul Gandhi, the Congress leader"), so that a description naming one
//! ("the German leader", "the British prime minister", "the Congress
//! leader", "the German" alone) is the person tied to it.
//!
//! An affiliation is kept as the lower-case words the text wrote
//! ("germany", "new zealand", "tesla"); a description matches it when it
//! writes the same words or the nationality of the same place.

use super::lexicon::{entity, ActorLexicon};
use super::terms::word_facts;

/// Whether two affiliations name the same thing: the same words, or a
/// place and its people's adjective or noun ("germany" / "german",
/// "italy" / "italian", "new zealand" / "new zealander", "britain" /
/// "british").
pub fn same(a: &str, b: &str) -> bool {
    a == b
        || nationality_of(a, b)
        || nationality_of(b, a)
        || acronym_of(a, b)
        || acronym_of(b, a)
        || party_stem(a).is_some_and(|x| party_stem(b) == Some(x))
}

/// A party key without "party", its plural or its adjective's "-ic":
/// "democratic party", "democrats" and "democrat" are one party, as
/// "tories" and "tory" are. `None` for a key that names no listed party.
fn party_stem(key: &str) -> Option<&str> {
    let key = key.strip_suffix(" party").unwrap_or(key);
    if word_facts(key).0 & entity::PARTY == 0 {
        return None;
    }
    if key == "tories" {
        return Some("tory");
    }
    Some(
        key.strip_suffix("ic")
            .or_else(|| key.strip_suffix('s'))
            .unwrap_or(key),
    )
}

/// Whether an affiliation names a country or its people ("germany",
/// "german", "argentine", "new zealand") rather than an organisation
/// ("tesla", "commission", "eff"): a listed place or people, or a word
/// that starts with a listed place's stem (see [`nationality_of`]).
pub fn place_like(key: &str) -> bool {
    let last = key.rsplit(' ').next().unwrap_or(key);
    // A party's people ("conservative") are no country's.
    let place = |w: &str| {
        let facts = word_facts(w).0;
        facts & (entity::PLACE | entity::PEOPLE) != 0 && facts & entity::PARTY == 0
    };
    // "south carolina" is listed whole; "east germany" by its last word.
    place(key)
        || place(last)
        || (4..last.len()).any(|n| {
            last.is_char_boundary(n)
                && ["a", "e", "ia", "y", "o", ""].iter().any(|end| {
                    let mut place = last[..n].to_string();
                    place.push_str(end);
                    place != last && nationality_of(last, &place)
                })
        })
}

/// What an affiliation is, for telling the one person tied to nothing of
/// its kind: 1 a country or its people, 2 a party ("labour",
/// "conservative"), 0 anything else (a company, a body, an unknown name).
pub fn affiliation_kind(key: &str) -> u8 {
    let last = key.rsplit(' ').next().unwrap_or(key);
    if (word_facts(key).0 | word_facts(last).0) & entity::PARTY != 0 || party_stem(key).is_some() {
        2
    } else {
        u8::from(place_like(key))
    }
}

/// Whether `short` is the initials of the words of `long`: "eff" of
/// "economic freedom fighters", "anc" of "african national congress",
/// "cdu" of "christian democratic union" (a party named in full once,
/// then by its letters). Two to five letters, as many words.
fn acronym_of(short: &str, long: &str) -> bool {
    let words = long.split(' ');
    (2..=5).contains(&short.len())
        && long.contains(' ')
        && short.chars().all(|c| c.is_ascii_alphabetic())
        && words.clone().count() == short.len()
        && words.zip(short.chars()).all(|(w, c)| w.starts_with(c))
}

/// Whether `word` is the nationality of `place`: listed as such (the
/// irregular ones, `places.txt`'s `demonym` section, as "word place"), or
/// spelt as the place less its final vowel, and more ("Italy" →
/// "Italian", "China" → "Chinese", "Canada" → "Canadian"). The stem must
/// keep four letters, `place` must be a listed place and `word` none:
/// "Austria" is not "Australian"'s (its stem "austri" does not start it),
/// "Indiana" is no nationality of India, and "Tesla" is nobody's country.
fn nationality_of(word: &str, place: &str) -> bool {
    let mut pair = String::with_capacity(word.len() + place.len() + 1);
    pair.push_str(word);
    pair.push(' ');
    pair.push_str(place);
    if ActorLexicon::get().places.has(&pair, entity::DEMONYM) {
        return true;
    }
    let stem = match place.as_bytes().last() {
        Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'y') => &place[..place.len() - 1],
        _ => place,
    };
    stem.len() >= 4
        && word.starts_with(stem)
        && word != place
        && word_facts(place).0 & entity::PLACE != 0
        && word_facts(word).0 & entity::PLACE == 0
}

#[cfg(test)]
mod tests {
    use super::{affiliation_kind, same};

    /// A party's people are a party, not a country; an unknown name is
    /// neither.
    #[test]
    fn kinds_of_affiliation() {
        assert_eq!(affiliation_kind("germany"), 1);
        assert_eq!(affiliation_kind("german"), 1);
        assert_eq!(affiliation_kind("conservative"), 2);
        assert_eq!(affiliation_kind("ohio republican"), 2);
        assert_eq!(affiliation_kind("labour"), 2);
        assert_eq!(affiliation_kind("tesla"), 0);
        assert!(same("tory", "conservative"));
    }

    #[test]
    fn a_place_and_its_nationality_are_the_same_affiliation() {
        for (a, b) in [
            ("germany", "german"),
            ("italian", "italy"),
            ("new zealand", "new zealander"),
            ("china", "chinese"),
            ("britain", "british"),
            ("briton", "britain"),
            ("france", "french"),
            ("tesla", "tesla"),
            ("eff", "economic freedom fighters"),
            ("african national congress", "anc"),
        ] {
            assert!(same(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn other_places_and_words_are_not() {
        for (a, b) in [
            ("austria", "australian"),
            ("germany", "britain"),
            ("tesla", "teslas"),
            ("congress", "bjp"),
            ("india", "indiana"),
            ("afd", "alternative for germany"),
            ("ef", "economic freedom fighters"),
        ] {
            assert!(!same(a, b), "{a} / {b}");
        }
    }
}
