//! What the actor stage asks of every token, answered once per distinct
//! term: a 10 MB text has two million tokens but some forty thousand terms,
//! so word-list searches per term instead of per token cost a fiftieth.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::lexicon::{entity, ActorLexicon};
use crate::document::forms::FxHasher;
use crate::document::lexicon::Lexicon;
use crate::document::{shape, Document, TokenKind};

/// A hash map with the parser's fast hasher, for short string keys.
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Flags of a term; see [`TermBits::flags`].
pub mod flag {
    pub const WORD: u8 = 1;
    /// A word whose first letter is a capital.
    pub const CAPITAL: u8 = 2;
    /// A capitalised word that may start a name: not a function word
    /// ("The", "There’s") and not a hyphenated derived form ("Musk-style").
    pub const NAME_START: u8 = 4;
    /// Ends in ’s, 's or a bare apostrophe ("Mills’").
    pub const POSSESSIVE: u8 = 8;
    /// A function word ("the", "of", "while"), possessive ending aside.
    pub const FUNCTION: u8 = 16;
    /// Letters all in capitals, more than one ("MAGA", "U.S.").
    pub const ALL_CAPS: u8 = 32;
    /// Hyphenated with a lower-case part ("Musk-style").
    pub const DERIVED: u8 = 64;
    /// A word the resolver looks at: a pronoun or pair word, or one that
    /// may open a reference ("the", "this", "these", "those", "one", "all").
    pub const TRIGGER: u8 = 128;
}

/// Words and marks the stage compares tokens with, as one code per term:
/// comparing a code touches a small table the cache holds, where comparing
/// the term's text reaches into the term table for every token.
pub mod code {
    pub const NONE: u8 = 0;
    pub const THE: u8 = 1;
    pub const AND_OR: u8 = 2;
    pub const COMMA: u8 = 3;
    pub const PERIOD: u8 = 4;
    /// ";" or ":".
    pub const SEMICOLON: u8 = 5;
    /// “ ‘
    pub const QUOTE_OPEN: u8 = 6;
    /// ” ’
    pub const QUOTE_CLOSE: u8 = 7;
    /// " ' (either side)
    pub const QUOTE: u8 = 8;
    /// who, whom, whose
    pub const WHO: u8 = 9;
    pub const BORN: u8 = 10;
    /// in, at, near, across, throughout, within, inside, outside
    pub const LOCATIVE: u8 = 11;
    pub const OF: u8 = 12;
    /// a, an, once, then, now, himself, herself: may open an appositive
    pub const OPENS_APPOSITIVE: u8 = 13;
    /// A particle inside a name: de, van, von, bin, …
    pub const PARTICLE: u8 = 14;
    /// himself, herself
    pub const EMPHATIC: u8 = 15;
    /// former, latter, other, one: what may follow "the" in a reference
    pub const FORMER: u8 = 16;
    pub const LATTER: u8 = 17;
    pub const OTHER: u8 = 18;
    pub const ONE: u8 = 19;
    /// our, your, their, my, its, this, these, those, every: a common
    /// noun follows them ("our Nation", "this Earth"), a name seldom
    pub const DETERMINER: u8 = 20;
    /// both, two, three, four, several, many, all: before a capitalised
    /// plural ("both Houses", "the two Roosevelts"), a group, no one person
    pub const QUANTIFIER: u8 = 21;
    /// "as": before a name and a verb of speech, it cites a person ("as
    /// Euripides says")
    pub const AS: u8 = 22;
    pub const BY: u8 = 23;
}

/// Lower-case words that may stand between the capitalised parts of a name.
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "du", "ibn", "la", "le", "van", "von",
];

/// Prepositions after which a bare capitalised name is most often a place
/// ("born in Pretoria", "at Sparta"). "to", "from" and "for" are left out:
/// people follow them as often ("loyal to Trump").
const LOCATIVES: &[&str] = &[
    "across",
    "at",
    "in",
    "inside",
    "near",
    "outside",
    "throughout",
    "within",
];

/// The words and marks that have a [`code`], with it.
const CODES: &[(&[&str], u8)] = &[
    (&["the"], code::THE),
    (&["and", "or", "nor"], code::AND_OR),
    (&[","], code::COMMA),
    (&["."], code::PERIOD),
    (&[";", ":"], code::SEMICOLON),
    (&["“", "‘"], code::QUOTE_OPEN),
    (&["”", "’"], code::QUOTE_CLOSE),
    (&["\"", "'"], code::QUOTE),
    (&["who", "whom", "whose"], code::WHO),
    (&["born"], code::BORN),
    (&["as"], code::AS),
    (&["by"], code::BY),
    (&["of"], code::OF),
    (&["himself", "herself"], code::EMPHATIC),
    (&["former"], code::FORMER),
    (&["latter"], code::LATTER),
    (&["other"], code::OTHER),
    (&["one"], code::ONE),
    (&["a", "an", "once", "then", "now"], code::OPENS_APPOSITIVE),
    (
        &[
            "our", "your", "their", "my", "its", "this", "these", "those", "every",
        ],
        code::DETERMINER,
    ),
    (
        &["both", "two", "three", "four", "several", "many", "all"],
        code::QUANTIFIER,
    ),
    (LOCATIVES, code::LOCATIVE),
    (PARTICLES, code::PARTICLE),
];

/// The [`code`] of a lower-case word or mark. A scan of the table: words
/// get theirs from the word facts' one hash lookup ([`facts`]); only
/// punctuation, a few marks per document, comes here.
fn code_of(lower: &str) -> u8 {
    CODES
        .iter()
        .find(|(words, _)| words.contains(&lower))
        .map_or(code::NONE, |&(_, c)| c)
}

#[derive(Clone, Copy, Default)]
struct Bits {
    flags: u8,
    code: u8,
    reference: u8,
    given: u8,
    person: u16,
    /// A preposition: a name after it is not its clause's subject.
    preposition: bool,
    /// Looks like a plural common noun ("actors", "logics"): lower-case,
    /// over three letters, in -s but not -ss, -us, -is, not a function word.
    plural_like: bool,
    /// May stand before such a noun as its modifier ("elite actors"): a
    /// word not in -s or -ly and not "he", "she", "it", "who", "that",
    /// "which".
    modifier_like: bool,
    /// One character: an initial when a period follows ("C. Wright").
    one_char: bool,
    /// Holds a period and is short: initials or an abbreviation ("W.E.B.",
    /// "U.S."). By the lower-case form, so the text is not read again.
    short_dotted: bool,
    /// A sentence adverb that may open a sentence right before a name
    /// ("Later Stalin", "Ironically Trump"): listed as an `opener`, or a
    /// word in -ly that is not a given name ("Kelly", "Emily" are).
    opener: bool,
}

/// The tokens later passes look at, in text order: the rest of a long text
/// is skipped, not visited token by token by each pass.
#[derive(Default)]
pub struct Marks {
    /// Capitalised words: names start among them, derived forms too.
    pub capitals: Vec<u32>,
    /// Pronouns, pair words and the words that may open a reference
    /// ("the", "this", "these", "those", "one", "all").
    pub references: Vec<u32>,
    /// He, him, his, himself, she, her, hers, herself.
    pub gendered: Vec<u32>,
    /// How many tokens each term has, by term index: counted in this pass,
    /// which reads every token's term anyway, rather than in a pass of its
    /// own over a book's two million tokens (see `classify`'s lower-case
    /// counts).
    pub term_counts: Vec<u32>,
}

pub struct TermBits {
    bits: Vec<Bits>,
    /// The flags alone, one byte per term: the table every per-token test
    /// reads, small enough to stay in the cache on a book.
    flags: Vec<u8>,
    /// Which of [`Marks`]' lists each term's tokens go to (`MARK_*`).
    marks: Vec<u8>,
}

const MARK_CAPITAL: u8 = 1;
const MARK_REFERENCE: u8 = 2;
const MARK_GENDERED: u8 = 4;

/// What the word lists say of one lower-case word.
#[derive(Clone, Copy, Default)]
struct Facts {
    function: bool,
    reference: u8,
    given: u8,
    person: u16,
    /// `entity::*` bits (organisation and place lists).
    entity: u16,
    /// Its [`code`].
    code: u8,
    /// One of [`super::attribution::PREPOSITIONS`].
    preposition: bool,
}

/// Every word of the lists in one hash map, built once: one lookup per
/// term instead of a binary search per list.
fn facts() -> &'static (FxMap<&'static str, u32>, Vec<Facts>) {
    static FACTS: OnceLock<(FxMap<&'static str, u32>, Vec<Facts>)> = OnceLock::new();
    FACTS.get_or_init(|| {
        let lex = ActorLexicon::get();
        let words = Lexicon::get();
        // Number every word first, then fill in its facts. (The map holds
        // indexes, not facts: one map value type for the whole stage keeps
        // the wasm small.)
        let mut index: FxMap<&'static str, u32> = FxMap::default();
        let listed = [
            &lex.references,
            &lex.given,
            &lex.person,
            &lex.organizations,
            &lex.places,
        ];
        let coded = CODES.iter().flat_map(|(words, _)| words.iter().copied());
        let prepositions = super::attribution::PREPOSITIONS.iter().copied();
        let all = listed
            .iter()
            .flat_map(|l| l.entries().map(|(w, _)| w))
            .chain(words.function_words())
            .chain(coded)
            .chain(prepositions);
        for word in all {
            let next = index.len() as u32;
            index.entry(word).or_insert(next);
        }
        let mut facts = vec![Facts::default(); index.len()];
        let at = |word: &str| index.get(word).map(|&i| i as usize);
        for (w, b) in lex.references.entries() {
            if let Some(i) = at(w) {
                facts[i].reference = b as u8;
            }
        }
        for (w, b) in lex.given.entries() {
            if let Some(i) = at(w) {
                facts[i].given = b as u8;
            }
        }
        for (w, b) in lex.person.entries() {
            if let Some(i) = at(w) {
                facts[i].person = b as u16;
            }
        }
        for w in words.function_words() {
            if let Some(i) = at(w) {
                facts[i].function = true;
            }
        }
        for (w, b) in lex.organizations.entries().chain(lex.places.entries()) {
            if let Some(i) = at(w) {
                facts[i].entity |= b as u16;
            }
        }
        // The first table entry wins, as in `code_of`.
        for &(words, c) in CODES.iter().rev() {
            for w in words {
                if let Some(i) = at(w) {
                    facts[i].code = c;
                }
            }
        }
        for w in super::attribution::PREPOSITIONS {
            if let Some(i) = at(w) {
                facts[i].preposition = true;
            }
        }
        (index, facts)
    })
}

/// What the word lists say of a lower-case word or phrase: (`entity::*`
/// bits, `person::*` bits, `given::*` bits). One hash lookup.
pub fn word_facts(word: &str) -> (u32, u32, u32) {
    let (index, facts) = facts();
    index
        .get(word)
        .and_then(|&i| facts.get(i as usize))
        .map_or((0, 0, 0), |f| {
            (f.entity as u32, f.person as u32, f.given as u32)
        })
}

impl TermBits {
    pub fn new(doc: &Document) -> Self {
        let (index, facts) = facts();
        let of = |w: &str| {
            index
                .get(w)
                .and_then(|&i| facts.get(i as usize))
                .copied()
                .unwrap_or_default()
        };
        let bits = doc
            .terms
            .iter()
            .map(|t| {
                if t.kind != TokenKind::Word {
                    return Bits {
                        code: code_of(&t.lower),
                        ..Bits::default()
                    };
                }
                let lower = &*t.lower;
                // Looked for once, by byte: most words have no apostrophe,
                // and `rsplit_once` set up a searcher for every term of
                // every document (a tenth of the stage on an essay).
                let apostrophe = lower.bytes().rposition(|b| b == b'\'');
                let possessive =
                    lower.ends_with("'s") || (lower.ends_with('\'') && lower.len() > 2);
                let bare = if possessive {
                    lower.trim_end_matches("'s").trim_end_matches('\'')
                } else {
                    lower
                };
                let word = of(lower);
                let mut flags = flag::WORD;
                if possessive {
                    flags |= flag::POSSESSIVE;
                }
                // "I've", "we're", "I'd": a function word's contraction is
                // one too, never a name however it is capitalised.
                let contracted = apostrophe
                    .and_then(|k| lower.get(..k).zip(lower.get(k + 1..)))
                    .filter(|(_, end)| matches!(*end, "m" | "ve" | "d" | "ll" | "re"))
                    .is_some_and(|(base, _)| of(base).function);
                if word.function || (possessive && of(bare).function) || contracted {
                    flags |= flag::FUNCTION;
                }
                if matches!(
                    lower,
                    "the" | "this" | "these" | "those" | "one" | "two" | "all" | "who" | "whose"
                ) {
                    flags |= flag::TRIGGER;
                }
                let capital = t.shape & shape::CAPITAL != 0;
                let mut given = 0;
                if capital {
                    flags |= flag::CAPITAL;
                    if t.shape & shape::LOWER_PART != 0 {
                        flags |= flag::DERIVED;
                    } else if flags & flag::FUNCTION == 0 {
                        flags |= flag::NAME_START;
                    }
                    if t.shape & shape::ALL_CAPS != 0 {
                        flags |= flag::ALL_CAPS;
                    }
                    given = if possessive {
                        of(bare).given
                    } else {
                        word.given
                    };
                }
                // "Mr." as "mr"; "men's" as "men".
                let person = if lower.ends_with('.') {
                    of(lower.trim_end_matches('.')).person
                } else if possessive {
                    of(bare).person
                } else {
                    word.person
                };
                // A creed capitalised is a party's follower ("the tousled
                // Conservative", "the Progressive leader"): read as a tie
                // to the party, not as a plain person noun ("the Brooklyn
                // progressive").
                let person = if capital && word.entity & entity::PEOPLE as u16 != 0 {
                    person & !(super::lexicon::person::ANY_NOUN as u16)
                } else {
                    person
                };
                Bits {
                    flags,
                    code: word.code,
                    reference: word.reference,
                    given,
                    person,
                    preposition: word.preposition,
                    plural_like: !capital
                        && lower.len() > 3
                        && plural_ending(lower)
                        && apostrophe.is_none()
                        && flags & flag::FUNCTION == 0,
                    modifier_like: !lower.ends_with('s')
                        && !lower.ends_with("ly")
                        && !matches!(lower, "he" | "she" | "it" | "who" | "that" | "which"),
                    one_char: t.shape & shape::ONE_CHAR != 0,
                    short_dotted: lower.len() <= 6 && lower.bytes().any(|b| b == b'.'),
                    opener: word.entity & entity::OPENER as u16 != 0
                        || (lower.len() > 4 && lower.ends_with("ly") && word.given == 0),
                }
            })
            .collect::<Vec<Bits>>();
        // Each term's flags and, from them, which marks its tokens get.
        let (flags, marks) = bits
            .iter()
            .map(|b| {
                let mut f = b.flags;
                // A verb listed there only tells what follows a reference.
                if b.reference & !(super::lexicon::reference::VERB as u8) != 0 {
                    f |= flag::TRIGGER;
                }
                let gendered = b.reference as u32
                    & (super::lexicon::reference::MALE | super::lexicon::reference::FEMALE)
                    != 0;
                let mut m = 0;
                if f & flag::CAPITAL != 0 {
                    m |= MARK_CAPITAL;
                }
                if f & flag::TRIGGER != 0 {
                    m |= MARK_REFERENCE;
                    if gendered {
                        m |= MARK_GENDERED;
                    }
                }
                (f, m)
            })
            .unzip();
        Self { bits, flags, marks }
    }

    /// One pass over the tokens: where the later passes need to look.
    pub fn marks(&self, doc: &Document) -> Marks {
        let mut marks = Marks {
            term_counts: vec![0; self.marks.len()],
            ..Marks::default()
        };
        // Without a branch per token: each token is written to a buffer
        // and kept by advancing a count when it has any mark; then the few
        // kept (one in five) are written to all three lists' buffers the
        // same way. Capitals and references come at random, one token in
        // ten, and a branch on them was mispredicted ~400,000 times on a
        // book; writing every token to three buffers cost 30 instructions
        // a token.
        // A power of two: `& (CHUNK - 1)` keeps an index in bounds with no
        // check (a count never exceeds its chunk's length anyway).
        const CHUNK: usize = 512;
        let mut kept = [(0u32, 0u8); CHUNK];
        let mut buffers = [[0u32; CHUNK]; 3];
        for (c, chunk) in doc.tokens.chunks(CHUNK).enumerate() {
            let mut n = 0;
            for (k, t) in chunk.iter().enumerate() {
                if let Some(count) = marks.term_counts.get_mut(t.term as usize) {
                    *count += 1;
                }
                let m = self.marks.get(t.term as usize).copied().unwrap_or(0);
                kept[n & (CHUNK - 1)] = ((c * CHUNK + k) as u32, m);
                n += usize::from(m != 0);
            }
            let mut counts = [0usize; 3];
            for &(i, m) in kept.iter().take(n) {
                for (list, (buffer, count)) in buffers.iter_mut().zip(&mut counts).enumerate() {
                    buffer[*count & (CHUNK - 1)] = i;
                    *count += usize::from(m >> list & 1);
                }
            }
            let [capitals, references, gendered] = &buffers;
            marks
                .capitals
                .extend_from_slice(capitals.get(..counts[0]).unwrap_or_default());
            marks
                .references
                .extend_from_slice(references.get(..counts[1]).unwrap_or_default());
            marks
                .gendered
                .extend_from_slice(gendered.get(..counts[2]).unwrap_or_default());
        }
        marks
    }

    fn get(&self, term: u32) -> Bits {
        self.bits.get(term as usize).copied().unwrap_or_default()
    }

    /// The term's [`code`].
    pub fn code(&self, term: u32) -> u8 {
        self.get(term).code
    }

    pub fn preposition(&self, term: u32) -> bool {
        self.get(term).preposition
    }

    /// See `Bits::plural_like`.
    pub fn plural_like(&self, term: u32) -> bool {
        self.get(term).plural_like
    }

    /// See `Bits::modifier_like`.
    pub fn modifier_like(&self, term: u32) -> bool {
        self.get(term).modifier_like
    }

    /// See `Bits::one_char`.
    pub fn one_char(&self, term: u32) -> bool {
        self.get(term).one_char
    }

    /// See `Bits::opener`.
    pub fn opener(&self, term: u32) -> bool {
        self.get(term).opener
    }

    /// See `Bits::short_dotted`.
    pub fn short_dotted(&self, term: u32) -> bool {
        self.get(term).short_dotted
    }

    pub fn flags(&self, term: u32) -> u8 {
        self.flags.get(term as usize).copied().unwrap_or(0)
    }

    pub fn has(&self, term: u32, flag: u8) -> bool {
        self.flags(term) & flag != 0
    }

    /// `reference::*` bits of the lower-case form.
    pub fn reference(&self, term: u32) -> u32 {
        self.get(term).reference as u32
    }

    /// `given::*` bits of a capitalised word, possessive removed.
    pub fn given(&self, term: u32) -> u32 {
        self.get(term).given as u32
    }

    /// `person::*` bits of the lower-case form, final period removed.
    pub fn person(&self, term: u32) -> u32 {
        self.get(term).person as u32
    }

    pub fn function(&self, term: u32) -> bool {
        self.has(term, flag::FUNCTION)
    }
}

/// A word that makes a title another office: "Vice President", "Deputy
/// Minister" (lower-case).
pub fn deputy(word: &str) -> bool {
    matches!(word, "vice" | "deputy")
}

/// Ends like an English plural: in -s, but not -ss, -us or -is ("actors",
/// "Kurds"; not "class", "Fabius", "Crisis").
pub fn plural_ending(word: &str) -> bool {
    word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
}

/// Lower case of a short name without allocating when it is ASCII lower
/// already; most words of a name are not.
pub fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes()
        .all(|b| b.is_ascii_lowercase() || !b.is_ascii_alphabetic() && b < 0x80)
    {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(crate::text::case::lower_str(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunked, branch-free collection gives what a plain filter of
    /// the tokens gives, across chunk boundaries too.
    #[test]
    fn marks_are_the_tokens_a_filter_finds() {
        let sentence = "The President said he and Mrs. Pelosi met them; she left. ";
        let text = sentence.repeat(120);
        let doc = crate::document::parse(&text);
        assert!(doc.tokens.len() > 3 * 512);
        let bits = TermBits::new(&doc);
        let marks = bits.marks(&doc);
        let filter = |keep: &dyn Fn(u32) -> bool| -> Vec<u32> {
            (0..doc.tokens.len() as u32)
                .filter(|&i| keep(doc.tokens[i as usize].term))
                .collect()
        };
        let gendered =
            super::super::lexicon::reference::MALE | super::super::lexicon::reference::FEMALE;
        assert_eq!(marks.capitals, filter(&|t| bits.has(t, flag::CAPITAL)));
        assert_eq!(marks.references, filter(&|t| bits.has(t, flag::TRIGGER)));
        assert_eq!(
            marks.gendered,
            filter(&|t| bits.has(t, flag::TRIGGER) && bits.reference(t) & gendered != 0)
        );
        assert_eq!(marks.gendered.len(), 2 * 120);
        let mut counts = vec![0u32; doc.terms.len()];
        for t in &doc.tokens {
            counts[t.term as usize] += 1;
        }
        assert_eq!(marks.term_counts, counts);
    }
}
