//! Name candidates: capitalised word sequences, with the context that later
//! tells a person's name from an organisation's, a place's or a people's.
//!
//! A candidate is a run of capitalised words inside one sentence
//! ("Donald Trump", "C. Wright Mills", "W.E.B. Du Bois", "Shanghai
//! Gigafactory"), with particles between capitals ("de", "van") and initials
//! ("C.") kept inside. A title before it ("Mr.", "President") is recorded,
//! not made part of the name; a possessive ("Trump’s", "Mills’") ends it.
//! Nothing here decides what the name is: [`super::classify`] weighs the
//! evidence recorded on each candidate across the whole text.

use super::lexicon::{entity, person, reference};
use super::quotes;
use super::terms::{code, flag, lower, word_facts, FxMap, TermBits};
use crate::document::{BlockKind, Document, Term, TokenKind};
use crate::text::chars::{is_hyphen, is_lower, is_upper};
use crate::text::ByteSpan;

#[derive(Debug, Clone)]
pub struct Candidate {
    pub sentence: u32,
    /// The whole mention: title (if any) through the last name word.
    pub span: ByteSpan,
    /// Token index range of the name words (title excluded), `[first, end)`.
    pub tokens: [u32; 2],
    /// Index of the form among the document's distinct forms
    /// ([`Forms`]): the name's words joined by single spaces, possessive
    /// removed ("Donald Trump", "C. Wright Mills").
    pub form_id: u32,
    /// Number of words in `form`.
    pub words: u8,
    /// `person::TITLE*` bits of a title before the name, 0 without one.
    pub title: u32,
    /// The title has a "Vice" or "Deputy" before it, inside the span
    /// ("Vice President Kamala Harris"): another office than the title's.
    pub deputy: bool,
    pub possessive: bool,
    /// The first word of its sentence: capitalised by position, not by name.
    pub sentence_initial: bool,
    /// In a title or heading, where every word may be capitalised.
    pub in_heading: bool,
    /// Every word is an initial or letters in capitals ("MAGA", "AI").
    pub acronym: bool,
    /// First word begins with an initial ("C. Wright Mills", "W.E.B. Du Bois").
    pub initials: bool,
    pub after_the: bool,
    pub after_locative: bool,
    /// After a capitalised word and "of", mid-sentence: "District of
    /// Columbia", "House of Representatives", "Gulf of Mexico". What
    /// follows such a name's "of" is nearly always a place or a body.
    pub after_name_of: bool,
    /// `person::NOUN*` bits of a person noun in an appositive after the
    /// name ("Musk, a South African immigrant") or just before it
    /// ("businessman Michael Bloomberg").
    pub person_noun: u32,
    /// Followed by a verb whose subject is nearly always a person ("said").
    pub person_verb: bool,
    /// A person noun that "his", "her" or "their" opens stands beside the
    /// name, set off by commas ("Truman, his successor,", "his secretary
    /// of state, Cordell Hull,"): it names the person, as a title does.
    pub possessed_noun: bool,
    /// "who", "whom", "whose" follows: only people take them.
    pub who_follows: bool,
    /// After "the wife of", "the son of", "the pupil of": a person's
    /// relation, so a person's name.
    pub kin_of: bool,
    /// Cited as a source: "as Euripides says", "as Keynes wrote".
    pub cited: bool,
    /// The agent of a verb of speech: "we are told by Dionysius", "as
    /// argued by Keynes". As strong as a title: enough for a name used once.
    pub told_by: bool,
    /// Speaks a quotation beside it with a verb of speech ("Churchill
    /// responded, “…”", "“…,” said Eden"): see [`quotes::speaks_quotation`].
    pub quoted_speaker: bool,
    /// Opens a list after a plural person noun and a comma ("the consuls,
    /// Fulvius and Appius"): the list names those people.
    pub listed_after_people: bool,
    /// Only "and", "or", "nor" or a comma stand between this name and the
    /// previous candidate of the sentence ("Kimon and Thucydides").
    pub joined_to_previous: bool,
    /// A capital inside the word ("SolarCity", "EVs"): a product or an
    /// abbreviation, not a person's name (Mc-, Mac-, O'- names aside).
    pub camel: bool,
    /// Capitalised words joined by a hyphen ("Ocasio-Cortez",
    /// "Austria-Hungary", "D-Day"): a surname as often as a place, a day
    /// or a law, so it weighs against a person once per name, not per
    /// mention.
    pub double_barrelled: bool,
    /// In quotation marks ("\"Jim Crow\" insult"), or right after "of"
    /// that follows a person noun ("the dean of Yale", "king of Sparta"):
    /// a term, an institution or a place rather than a person.
    pub not_person_context: bool,
    /// `given::*` bits of the first name word.
    pub first_given: u32,
    /// The first word of several is a place ("Asia Minor").
    pub first_place: bool,
    /// Two words, the second a romanised given name ("Lee Jae-myung",
    /// "Han Dong-hoon"): the family name comes first, and the name is a
    /// person's as surely as one that opens with a known given name.
    pub surname_first: bool,
    /// `person::*` bits of a one-word form ("Speaker", "Senators").
    pub single_person: u32,
    /// `entity::*` bits of the whole form and of its last word.
    pub entity: u32,
    pub head: u32,
    /// The last of several words is a people's or a faith's ("Southern
    /// Baptist").
    pub last_people: bool,
    /// The last of several words is a title or person noun ("Prime
    /// Minister").
    pub last_title: bool,
}

/// A view of one token: its text, lower-case form and kind.
pub(super) struct Tok<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub kind: TokenKind,
    pub span: ByteSpan,
    /// Index into the document's terms.
    pub term: u32,
}

pub(super) fn tok<'a>(text: &'a str, doc: &'a Document, i: usize) -> Option<Tok<'a>> {
    let t = doc.tokens.get(i)?;
    let term = doc.terms.get(t.term as usize)?;
    Some(Tok {
        text: t.span().of(text),
        lower: &term.lower,
        kind: term.kind,
        span: t.span(),
        term: t.term,
    })
}

/// The term of token `i`: its lower-case form and kind. Where only those
/// are asked, this rather than [`tok`], which also slices the text, and
/// slicing checks the char boundary at both ends: on a book the text has
/// long left the cache, and each check waited on memory.
pub(super) fn term_at(doc: &Document, i: usize) -> Option<&Term> {
    let t = doc.tokens.get(i)?;
    doc.terms.get(t.term as usize)
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    /// The name without its possessive ending.
    pub fn bare(&self) -> &str {
        let t = self.text;
        for suffix in ["’s", "'s", "’S", "'S", "’", "'"] {
            if let Some(b) = t.strip_suffix(suffix) {
                if !b.is_empty() {
                    return b;
                }
            }
        }
        t
    }
}

/// Every name candidate of the document, in text order. Blocks that belong
/// to the author (byline, bio) are skipped: the author is never an actor.
pub fn candidates(
    text: &str,
    doc: &Document,
    bits: &TermBits,
    capitals: &[u32],
    forms: &mut Forms,
) -> Vec<Candidate> {
    let term = |i: usize| doc.tokens.get(i).map_or(u32::MAX, |t| t.term);
    let has = |i: usize, f: u8| bits.has(term(i), f);
    // Entity bits per distinct form: most forms recur.
    // Distinct forms, each with what the word lists say of it.
    let mut form_ids: FxMap<String, u32> = FxMap::default();
    let forms = &mut forms.list;
    let mut term_form: Vec<u32> = vec![u32::MAX; doc.terms.len()];
    let mut seq_form: FxMap<[u32; 4], u32> = FxMap::default();
    let mut form_buffer = String::new();
    // At most one candidate per capitalised word: sized once, not grown
    // (and copied) a dozen times on a long text.
    let mut out = Vec::with_capacity(capitals.len());
    let surnames_that_are_words = function_word_surnames(doc, bits, capitals);
    // The next capitalised word: sentences and words without one are
    // skipped, not visited.
    let mut next = 0;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        while capitals.get(next).is_some_and(|&c| c < sentence.tokens[0]) {
            next += 1;
        }
        if capitals.get(next).is_none_or(|&c| c >= sentence.tokens[1]) {
            continue;
        }
        let Some(block) = doc.blocks.get(sentence.block as usize) else {
            continue;
        };
        if matches!(block.kind, BlockKind::Byline | BlockKind::Bio) {
            continue;
        }
        let in_heading = matches!(block.kind, BlockKind::Title | BlockKind::Heading);
        let [first, end] = sentence.tokens;
        let (first, end) = (first as usize, end as usize);
        let first_word = (first..end).find(|&i| has(i, flag::WORD));
        let mut i = first;
        while i < end {
            while capitals.get(next).is_some_and(|&c| (c as usize) < i) {
                next += 1;
            }
            match capitals.get(next) {
                Some(&c) if (c as usize) < end => i = c as usize,
                _ => break,
            }
            // "May" of "Theresa May", alone: a function word by its term.
            let surname_word = || {
                !surnames_that_are_words.is_empty()
                    && surnames_that_are_words.contains(&bare_lower(doc, i))
                    && surname_word_alone(doc, bits, i, first_word)
            };
            if !has(i, flag::NAME_START) && !surname_word() {
                i += 1;
                continue;
            }
            // A title before the name: "Mr.", "President", "Sen.".
            let title_bits = bits.person(term(i)) & person::ANY_TITLE;
            let mut name_start = i;
            let mut title = 0;
            // Not before an organisation's head word: "General Motors",
            // "General Dynamics" are companies, not a general.
            let org_after = |k: usize| {
                term_at(doc, k + 1).is_some_and(|t| word_facts(&t.lower).0 & entity::HEAD != 0)
            };
            if title_bits != 0
                && !has(i, flag::POSSESSIVE)
                && name_word(bits, doc, i + 1, end)
                && !org_after(i)
            {
                title = title_bits;
                name_start = i + 1;
            }
            let (name_end, possessive, initials) = extend(doc, bits, name_start, end);
            if name_end <= name_start {
                i += 1;
                continue;
            }
            // A title inside the run: "House Speaker Nancy Pelosi", "New
            // York Governor Andrew Cuomo": the name starts after it.
            if name_end - name_start > 1 {
                if let Some(k) = (name_start..name_end - 1).rev().find(|&k| {
                    has(k, flag::CAPITAL)
                        && bits.person(term(k)) & person::ANY_TITLE != 0
                        && !org_after(k)
                }) {
                    title = bits.person(term(k)) & person::ANY_TITLE;
                    name_start = k + 1;
                }
            }
            // Words before a given name that a surname follows are a
            // qualifier, not part of the name: "Republican Kevin McCarthy",
            // "United States Joe Biden", "United Nations Nikki Haley".
            if name_end - name_start >= 3 {
                let given = |k: usize| has(k, flag::CAPITAL) && bits.given(term(k)) != 0;
                if !given(name_start) {
                    if let Some(k) = (name_start + 1..name_end - 1).find(|&k| given(k)) {
                        name_start = k;
                    }
                }
            }
            // "Later Stalin told his aides", "Ironically Trump …": a
            // sentence adverb before the name opens the sentence, the name
            // starts after it (and is then not the sentence's first word).
            let mut run_start = i;
            if title == 0
                && Some(name_start) == first_word
                && name_end - name_start >= 2
                && bits.opener(term(name_start))
            {
                name_start += 1;
                run_start = name_start;
            }
            // Lower-case particles before the name mid-sentence belong to
            // its mention ("and von der Leyen flew", "met de Gaulle"), not
            // to its form: the name is still the surname written alone.
            // One particle after a determiner is a word of its own ("a
            // van").
            let mut particles_at = name_start;
            if title == 0 && name_start == run_start {
                let particle = |k: usize| {
                    k >= first && bits.code(term(k)) == code::PARTICLE && !has(k, flag::CAPITAL)
                };
                let mut p = name_start;
                while p > first && name_start - p < 2 && particle(p - 1) {
                    p -= 1;
                }
                let before = p.checked_sub(1).filter(|&b| b >= first);
                let determiner = before.is_some_and(|b| {
                    matches!(bits.code(term(b)), code::THE | code::DETERMINER)
                        || term_at(doc, b).is_some_and(|t| matches!(&*t.lower, "a" | "an"))
                });
                if p < name_start
                    && !before.is_some_and(|b| has(b, flag::CAPITAL))
                    && (name_start - p == 2 || !determiner)
                {
                    particles_at = p;
                }
            }
            // The mention starts at its title, with a "Vice" or "Deputy"
            // before it ("Vice President Kamala Harris", not "President
            // Kamala Harris").
            let deputy = title != 0
                && name_start >= 2
                && name_start - 2 >= i
                && term_at(doc, name_start - 2).is_some_and(|t| super::terms::deputy(&t.lower));
            let at = if title != 0 {
                name_start - 1 - usize::from(deputy)
            } else {
                particles_at
            };
            // The form: once per term for a one-word name (most of them),
            // built and looked up only for longer names.
            let single = name_end - name_start == 1;
            // Longer names by the terms they are made of, up to four tokens.
            let sequence = (!single && name_end - name_start <= 4).then(|| {
                let mut key = [u32::MAX; 4];
                for (k, slot) in (name_start..name_end).zip(key.iter_mut()) {
                    *slot = term(k);
                }
                key
            });
            let cached = if single {
                term_form
                    .get(term(name_start) as usize)
                    .copied()
                    .filter(|&f| f != u32::MAX)
            } else {
                sequence.and_then(|key| seq_form.get(&key).copied())
            };
            let (form_id, words, acronym) = match cached {
                Some(id) => (id, forms[id as usize].words, forms[id as usize].acronym),
                None => {
                    // Built in one buffer kept across names: a form the
                    // map holds already (another spelling's terms, "Trump"
                    // of "Trump's") then costs no allocation.
                    let form = &mut form_buffer;
                    form.clear();
                    let mut words = 0u8;
                    let mut last_word = 0;
                    let mut acronym = true;
                    let mut j = name_start;
                    while j < name_end {
                        let Some(w) = tok(text, doc, j) else { break };
                        if w.is_word() {
                            if words > 0 {
                                form.push(' ');
                            }
                            last_word = form.len();
                            form.push_str(w.bare());
                            let mut len = w.bare().len();
                            let caps = has(j, flag::ALL_CAPS);
                            // An initial is a letter and its period ("C" ".").
                            let mut dotted = false;
                            if j + 1 < name_end
                                && tok(text, doc, j + 1).is_some_and(|p| p.text == ".")
                            {
                                form.push('.');
                                len += 1;
                                j += 1;
                                dotted = true;
                            }
                            // Capitals throughout, or dotted letters ("U.S."):
                            // a two-letter word in lower case ("Xi", "Wu",
                            // "Li") is a name, not an acronym.
                            acronym &= caps || (dotted && len <= 2);
                            words = words.saturating_add(1);
                        }
                        j += 1;
                    }
                    let id = match form_ids.get(form.as_str()) {
                        Some(&id) => id,
                        None => {
                            let facts = form_facts(form, &form[last_word..], words);
                            let id = forms.len() as u32;
                            form_ids.insert(form.clone(), id);
                            forms.push(FormInfo {
                                camel: is_camel(form),
                                camel_part: form.split('-').any(is_camel),
                                form: form.clone(),
                                facts,
                                acronym,
                                words,
                            });
                            id
                        }
                    };
                    if single {
                        if let Some(slot) = term_form.get_mut(term(name_start) as usize) {
                            *slot = id;
                        }
                    } else if let Some(key) = sequence {
                        seq_form.insert(key, id);
                    }
                    (id, words, acronym)
                }
            };
            let info = &forms[form_id as usize];
            let facts = info.facts;
            let camel = words == 1 && info.camel_part;
            let double_barrelled = words == 1 && !camel && info.camel;
            // The context, by term codes: no text is compared here.
            let code = |k: usize| {
                if k >= first && k < end {
                    bits.code(term(k))
                } else {
                    code::NONE
                }
            };
            let prev = if at > first { code(at - 1) } else { code::NONE };
            let prev_is_word = at > first && has(at - 1, flag::WORD);
            let start = doc.tokens.get(at).map_or(0, |t| t.span().start);
            let last = doc.tokens.get(name_end - 1).map_or(start, |t| t.span().end);
            let mut candidate = Candidate {
                sentence: s as u32,
                span: ByteSpan::new(start, last),
                tokens: [name_start as u32, name_end as u32],
                words,
                title,
                deputy,
                possessive,
                sentence_initial: Some(run_start) == first_word,
                in_heading,
                acronym,
                initials,
                after_the: title == 0
                    && (matches!(prev, code::THE | code::DETERMINER)
                        || (prev == code::QUANTIFIER && words == 1 && info.form.ends_with('s'))),
                after_locative: title == 0 && !possessive && prev == code::LOCATIVE,
                after_name_of: title == 0
                    && prev == code::OF
                    && at >= first + 3
                    && has(at - 2, flag::CAPITAL),
                person_noun: if prev_is_word {
                    bits.person(term(at - 1)) & person::ANY_NOUN
                } else {
                    0
                },
                person_verb: false,
                possessed_noun: false,
                who_follows: false,
                kin_of: false,
                cited: false,
                told_by: false,
                quoted_speaker: false,
                listed_after_people: false,
                joined_to_previous: false,
                camel,
                double_barrelled,
                entity: facts.entity,
                head: facts.head,
                last_people: facts.last_people,
                last_title: facts.last_title,
                not_person_context: false,
                first_given: bits.given(term(name_start)),
                first_place: facts.first_place,
                surname_first: facts.surname_first,
                single_person: facts.single_person,
                form_id,
            };
            let opening_quote = matches!(prev, code::QUOTE | code::QUOTE_OPEN);
            let closing_quote = matches!(code(name_end), code::QUOTE | code::QUOTE_CLOSE);
            let noun_before_of = if prev == code::OF && at >= first + 2 {
                bits.person(term(at - 2))
            } else {
                0
            };
            // "the king of Sparta", "the dean of Yale": an office's place or
            // body; but "the wife of Pinarius", "the son of Philip": a
            // person's relation to a person.
            candidate.kin_of = noun_before_of & person::KIN != 0;
            candidate.told_by = title == 0
                && prev == code::BY
                && at >= first + 2
                && bits.person(term(at - 2)) & person::SPEECH != 0;
            // Not a possessive: "the leader of Yoon's own party" is a
            // person's party, not a body's leader.
            let of_person =
                !candidate.kin_of && !possessive && noun_before_of & person::ANY_NOUN != 0;
            candidate.not_person_context = (opening_quote && closing_quote) || of_person;
            // "the consuls, Fulvius and Appius": after a plural person noun.
            if prev == code::COMMA
                && at >= first + 2
                && bits.person(term(at - 2)) & person::ANY_PLURAL != 0
            {
                candidate.person_noun |= person::NOUN;
                candidate.listed_after_people = true;
            }
            // "his secretary of state, Cordell Hull,", "her spokesman, Ray
            // Gordon,": a person noun a possessive opens, then the name
            // set off by commas, names that person.
            // So does one right before the name ("her new chancellor
            // Kwasi Kwarteng").
            if (prev == code::COMMA
                && code(name_end) == code::COMMA
                && possessed_person_noun(doc, bits, first, at - 1))
                || (at > first
                    && !bits.has(term(at - 1), flag::CAPITAL)
                    && possessed_person_noun(doc, bits, first, at))
            {
                candidate.person_noun |= person::NOUN;
                candidate.possessed_noun = true;
            }
            if let Some(previous) = out.last().filter(|p: &&Candidate| p.sentence == s as u32) {
                let gap = previous.tokens[1] as usize..at;
                // After a pair joined by "and", ", and" opens a clause
                // ("Zhengzhou and Shenzhen, and Cook has spent …"), not a
                // third item ("Kimon, Pericles, and Thucydides" is a list).
                let after_pair = previous.joined_to_previous
                    && previous.tokens[0] > 0
                    && tok(text, doc, previous.tokens[0] as usize - 1)
                        .is_some_and(|t| t.lower == "and");
                let clause_and = after_pair
                    && gap.len() == 2
                    && code(gap.start) == code::COMMA
                    && tok(text, doc, gap.start + 1).is_some_and(|t| t.lower == "and");
                candidate.joined_to_previous = !gap.is_empty()
                    && gap.len() <= 2
                    && !clause_and
                    && gap
                        .clone()
                        .all(|k| matches!(code(k), code::AND_OR | code::COMMA));
            }
            if !possessive {
                context_after(doc, bits, name_end, end, &mut candidate);
                // "as Ibykus says": a source cited by name speaks.
                candidate.cited = prev == code::AS && candidate.person_verb;
                candidate.quoted_speaker =
                    quotes::speaks_quotation(doc, bits, s as u32, at as u32, name_end as u32);
            }
            out.push(candidate);
            i = name_end;
        }
    }
    out
}

/// The distinct forms of a document's names, numbered in order of first
/// use: candidates carry the number, not the text.
#[derive(Default)]
pub struct Forms {
    list: Vec<FormInfo>,
}

impl Forms {
    /// The text of form `id` ("" for an unknown id).
    pub fn text(&self, id: u32) -> &str {
        self.list.get(id as usize).map_or("", |f| &f.form)
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

struct FormInfo {
    form: String,
    facts: FormFacts,
    acronym: bool,
    words: u8,
    /// [`is_camel`] of the whole form, and of any of its hyphenated parts:
    /// asked of every candidate, answered once per form.
    camel: bool,
    camel_part: bool,
}

/// What the word lists say of a form, computed once per distinct form.
#[derive(Clone, Copy)]
struct FormFacts {
    entity: u32,
    head: u32,
    last_people: bool,
    last_title: bool,
    first_place: bool,
    surname_first: bool,
    single_person: u32,
}

/// Organisation, place and people bits of a whole form, the head-word,
/// people and title bits of its last word when it has several, and what
/// its first word is.
fn form_facts(form: &str, last: &str, words: u8) -> FormFacts {
    let lowered = lower(form);
    let first = lowered.split(' ').next().unwrap_or("");
    let (entity, single_person, _) = word_facts(&lowered);
    let (last_entity, last_person, _) = if words > 1 {
        word_facts(&lower(last))
    } else {
        (0, 0, 0)
    };
    FormFacts {
        entity,
        head: last_entity & (entity::HEAD | entity::PLACE_HEAD),
        last_people: last_entity & entity::PEOPLE != 0,
        last_title: last_person & (person::ANY_TITLE | person::ANY_NOUN) != 0,
        first_place: words > 1 && word_facts(first).0 & (entity::PLACE | entity::PEOPLE) != 0,
        surname_first: words == 2
            && last.starts_with(|c: char| c.is_ascii_uppercase())
            && romanised_given_name(&lower(last)),
        single_person: if words == 1 { single_person } else { 0 },
    }
}

/// Whether the word of term `word` is a surname that is also a function
/// word and a given name, after the word of term `before`, a given name or
/// a title: "Theresa May", "Mrs. May" (not "President I will", "June To").
fn function_word_surname(bits: &TermBits, word: u32, before: u32) -> bool {
    bits.has(word, flag::FUNCTION)
        && bits.given(word) != 0
        && (bits.given(before) != 0 || bits.person(before) & person::ANY_TITLE != 0)
}

/// Surnames that are also function words and given names, as the text
/// writes them after a capitalised given name or title ("Theresa May",
/// "Mrs. May"): lower-case, a few at most. Such a word alone is no name
/// start by its term ("May I add …"); with the full name in the text it
/// may be.
fn function_word_surnames<'d>(
    doc: &'d Document,
    bits: &TermBits,
    capitals: &[u32],
) -> Vec<&'d str> {
    let term = |k: usize| doc.tokens.get(k).map_or(u32::MAX, |t| t.term);
    let mut out = Vec::new();
    for &c in capitals {
        let i = c as usize;
        let before = i.checked_sub(1).map_or(u32::MAX, term);
        if !bits.has(term(i), flag::POSSESSIVE)
            && bits.has(before, flag::CAPITAL)
            && function_word_surname(bits, term(i), before)
        {
            let word = bare_lower(doc, i);
            if !out.contains(&word) {
                out.push(word);
            }
        }
    }
    out
}

/// Token `i`'s lower-case form without a possessive ending.
fn bare_lower(doc: &Document, i: usize) -> &str {
    let lower = doc.term_at(i as u32).map_or("", |t| &*t.lower);
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower)
}

/// Whether such a surname at token `i` stands alone as a name: inside a
/// sentence, or opening it before a comma, as a possessive or before a
/// lower-case word that is no function word ("May, the vicar's daughter",
/// "May's speech", "May wrote"; not "May I add", "May the best win").
/// Never as a date: before a number, or after a word of time with a
/// comma, a number or the sentence's end after it ("In May 2017", "By
/// May, the polls had turned").
fn surname_word_alone(
    doc: &Document,
    bits: &TermBits,
    i: usize,
    first_word: Option<usize>,
) -> bool {
    let term = |k: usize| doc.tokens.get(k).map_or(u32::MAX, |t| t.term);
    let after = term(i + 1);
    let number = |k: usize| {
        doc.term_at(k as u32)
            .is_some_and(|t| t.lower.starts_with(|c: char| c.is_ascii_digit()))
    };
    let time_word = i > 0
        && doc.term_at(i as u32 - 1).is_some_and(|t| {
            matches!(
                &*t.lower,
                "in" | "by"
                    | "since"
                    | "until"
                    | "till"
                    | "early"
                    | "late"
                    | "last"
                    | "next"
                    | "mid"
                    | "this"
                    | "from"
                    | "through"
                    | "during"
            )
        });
    let number_after = number(i + 1);
    let date_after = number_after
        || bits.code(after) == code::COMMA
        || bits.code(after) == code::PERIOD
        || doc.tokens.get(i + 1).is_none();
    if number_after || (time_word && date_after) {
        return false;
    }
    if first_word != Some(i) {
        return true;
    }
    // An auxiliary the modal never takes ("May was too careful", "May
    // has said"): the person, in a text that gave the name in full.
    let auxiliary = || {
        doc.term_at(i as u32 + 1).is_some_and(|t| {
            matches!(
                &*t.lower,
                "was" | "is" | "has" | "had" | "will" | "would" | "did" | "does" | "never"
            )
        })
    };
    bits.has(term(i), flag::POSSESSIVE)
        || bits.code(after) == code::COMMA
        || (bits.has(after, flag::WORD)
            && !bits.has(after, flag::CAPITAL)
            && (!bits.has(after, flag::FUNCTION) || auxiliary()))
}

/// "SolarCity", "EVs", "iPhone": a capital after the first letter, except
/// in names that are written so (McCarthy, MacArthur, O'Brien, DeSantis).
fn is_camel(word: &str) -> bool {
    let rest = ["Mc", "Mac", "O'", "O’", "De", "Di", "La", "Le", "Van"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    rest.chars().skip(1).any(is_upper) && rest.chars().any(is_lower)
}

/// Whether token `i` (before `end`) can be the first word of a name.
fn name_word(bits: &TermBits, doc: &Document, i: usize, end: usize) -> bool {
    i < end
        && doc
            .tokens
            .get(i)
            .is_some_and(|t| bits.has(t.term, flag::NAME_START))
}

/// The end of the name that starts at `start`: `(end, possessive, initials)`.
fn extend(doc: &Document, bits: &TermBits, start: usize, end: usize) -> (usize, bool, bool) {
    let mut i = start;
    let mut initials = false;
    let mut last_word = start;
    while i < end {
        let Some(t) = doc.tokens.get(i) else { break };
        let f = bits.flags(t.term);
        if f & flag::WORD == 0 {
            break;
        }
        // A romanised given name in a name ("Lee Jae-myung", "Kim
        // Jong-un", "Moon Jae-in") is capitalised with a lower-case part,
        // as "Musk-style" is, but its part is a syllable, not a word.
        let syllables = i > start
            && f & flag::DERIVED != 0
            && doc
                .term_at(i as u32)
                .is_some_and(|t| romanised_given_name(&t.lower));
        let capital = f & flag::CAPITAL != 0 && (f & flag::DERIVED == 0 || syllables);
        // A middle initial that is also a word: "Stephen A. Douglas",
        // "Mary I. Smith" ("A" and "I" are function words).
        let middle_initial = i > start
            && bits.one_char(t.term)
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|p| bits.code(p.term) == code::PERIOD)
            && name_word(bits, doc, i + 2, end);
        // A surname that is also a function word and a given name, right
        // after a given name or a title: "Theresa May", "Mrs. May" (not
        // "President I will", "June To").
        let surname_after_given = i == start + 1
            && doc
                .tokens
                .get(start)
                .is_some_and(|p| function_word_surname(bits, t.term, p.term));
        if capital
            && (i == start
                || middle_initial
                || surname_after_given
                || f & flag::FUNCTION == 0
                || f & flag::POSSESSIVE != 0)
        {
            if f & flag::POSSESSIVE != 0 {
                return (i + 1, true, initials);
            }
            // "C" "." followed by a capitalised word: an initial.
            let single = bits.one_char(t.term);
            let dotted = bits.short_dotted(t.term);
            if single
                && doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|p| bits.code(p.term) == code::PERIOD)
                && name_word(bits, doc, i + 2, end)
            {
                initials |= i == start;
                last_word = i + 2;
                i += 2;
                continue;
            }
            if dotted && i == start && name_word(bits, doc, i + 1, end) {
                initials = true;
            }
            last_word = i + 1;
            i += 1;
        } else if i > start && bits.code(t.term) == code::PARTICLE {
            // One or two particles, then a name word: "Ludwig van
            // Beethoven", "Ursula von der Leyen".
            let particle = |k: usize| {
                doc.tokens
                    .get(k)
                    .is_some_and(|p| bits.code(p.term) == code::PARTICLE)
            };
            let after = if particle(i + 1) { i + 2 } else { i + 1 };
            if !name_word(bits, doc, after, end) {
                break;
            }
            i = after;
        } else {
            break;
        }
    }
    (last_word, false, initials)
}

/// Whether a lower-cased hyphenated word is a romanised given name: two
/// parts of one to five ASCII letters, the second not one of the words
/// English compounds a name with ("Trump-era", "Musk-led", "Biden-style").
fn romanised_given_name(lower: &str) -> bool {
    const COMPOUNDED: [&str; 14] = [
        "era", "led", "run", "style", "like", "type", "made", "born", "owned", "based", "backed",
        "wing", "free", "wide",
    ];
    // "Jae-in's": the possessive's mark is no part of the name.
    let lower = lower.strip_suffix("'s").unwrap_or(lower);
    let mut parts = lower.split('-');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let syllable =
        |p: &str| (1..=5).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_lowercase());
    syllable(a) && syllable(b) && !COMPOUNDED.contains(&b)
}

/// Whether the words before token `comma` (a comma, or the name itself)
/// are a person noun that "his", "her" or "their" opens, perhaps with two
/// words between and an "of" phrase after ("his secretary of state", "her
/// longtime spokesman", "her own home secretary").
fn possessed_person_noun(doc: &Document, bits: &TermBits, first: usize, comma: usize) -> bool {
    let term = |k: usize| doc.tokens.get(k).map_or(u32::MAX, |t| t.term);
    let noun = |k: usize| k >= first && bits.person(term(k)) & person::ANY_NOUN != 0;
    let Some(mut k) = comma.checked_sub(1) else {
        return false;
    };
    if !noun(k) && k >= first + 2 && bits.code(term(k - 1)) == code::OF {
        k -= 2;
    }
    if !noun(k) {
        return false;
    }
    // "his successor", "her old mentor", "her own home secretary".
    (1..=3).any(|back| {
        k >= first + back
            && term_at(doc, k - back).is_some_and(|t| matches!(&*t.lower, "his" | "her" | "their"))
    })
}

/// Records what follows the name: an appositive with a person noun
/// ("Donald Trump, a Manhattan real estate baron"), "born", "who", or a
/// verb of speech or thought ("Trump said").
fn context_after(doc: &Document, bits: &TermBits, at: usize, end: usize, c: &mut Candidate) {
    let term = |k: usize| doc.tokens.get(k).map_or(u32::MAX, |t| t.term);
    if at >= end {
        return;
    }
    let next = term(at);
    if bits.has(next, flag::WORD) {
        c.person_verb = bits.person(next) & person::VERB != 0;
        c.who_follows = bits.code(next) == code::WHO;
        // "Aristotle the philosopher,": an epithet without a comma, the
        // noun phrase closed by punctuation (else "gave Rome the generals
        // it wanted" would make Rome a person).
        let closed = at + 2 >= end || !bits.has(term(at + 2), flag::WORD);
        if bits.code(next) == code::THE && at + 1 < end && closed {
            c.person_noun |= bits.person(term(at + 1)) & person::ANY_NOUN;
        }
        return;
    }
    let mark = bits.code(next);
    if mark == code::COMMA {
        c.who_follows = at + 1 < end && bits.code(term(at + 1)) == code::WHO;
    }
    // A comma, or the semicolon or colon of a looser apposition ("Trump
    // wants to be Nero; the undisputed emperor of Rome").
    if !matches!(mark, code::COMMA | code::SEMICOLON) {
        return;
    }
    // An appositive: up to six words before the next punctuation.
    let mut possessive = false;
    let name_at = c.tokens[0] as usize;
    let determined = c.after_the
        || (name_at >= 2
            && bits.has(term(name_at - 1), flag::WORD)
            && !bits.has(term(name_at - 1), flag::CAPITAL)
            && matches!(bits.code(term(name_at - 2)), code::THE | code::DETERMINER));
    for k in at + 1..(at + 8).min(end) {
        let w = term(k);
        if !bits.has(w, flag::WORD) {
            break;
        }
        let found = bits.person(w);
        if k == at + 1 && bits.code(w) == code::BORN {
            c.person_noun |= person::NOUN;
            break;
        }
        if found & person::ANY_NOUN != 0 {
            c.person_noun |= found & person::ANY_NOUN;
            // Closed by punctuation: "Truman, his successor, …".
            c.possessed_noun |= possessive && !bits.has(term(k + 1), flag::WORD);
            break;
        }
        // A pronoun or a lower-case word that cannot open a noun phrase:
        // this is not an appositive.
        // "Truman, his successor,": a possessive opens one too, unless
        // the name is a noun that "the" opened ("the brave Abolitionist,
        // his father").
        let pronoun = bits.reference(w) & (reference::MALE | reference::FEMALE) != 0;
        let opens = matches!(
            bits.code(w),
            code::THE | code::OPENS_APPOSITIVE | code::EMPHATIC
        ) || (!determined && (bits.code(w) == code::DETERMINER || pronoun));
        possessive |= k == at + 1 && !determined && (pronoun || bits.code(w) == code::DETERMINER);
        if k == at + 1 && !opens && bits.function(w) {
            break;
        }
    }
}

/// The endings that make a word of a name ("Trumpism", "Trumpian",
/// "Reaganomics", "Obamacare", "Trumpworld"), each also with what follows
/// it ("Trumpists", "Bidenomics'"). Any other ending is another word that
/// happens to start like the name: "Hunting" is not Hunt's, nor "United"
/// "Un"'s. English derivational suffixes, and the few words English
/// compounds with a politician's name.
const DERIVED_ENDINGS: [&str; 22] = [
    "ism",
    "ist",
    "ite",
    "ian",
    "ean",
    "esque",
    "ish",
    "ize",
    "ise",
    "ify",
    "ification",
    "ology",
    "phobe",
    "phobia",
    "phile",
    "mania",
    "world",
    "verse",
    "nomics",
    "omics",
    "care",
    "gate",
];

/// Whether a word (a token's text) is a derived form of `surname`:
/// "Trumpism", "Trumpworld", "Trumpian", "Musk-style". A surname of one or
/// two letters ("B" of "Plan B", "Un" of "Kim Jong Un") derives nothing:
/// too many words begin with it.
/// Whether `c` may come right after a surname in a derived form: a hyphen
/// or the first letter of a [`DERIVED_ENDINGS`] ending.
pub fn may_follow_surname(c: char) -> bool {
    is_hyphen(c) || DERIVED_ENDINGS.iter().any(|e| e.starts_with(c))
}

/// The initials of a full name, upper-case, a letter for each word and
/// each hyphenated part ("Alexandria Ocasio-Cortez" → "AOC", "John F.
/// Kennedy" → "JFK"), when there are three to five: two letters are too
/// often something else's.
pub fn initials_of(name: &str) -> Option<String> {
    let mut out = String::new();
    for part in name.split(|c: char| c.is_whitespace() || is_hyphen(c)) {
        let c = part.chars().next()?;
        if !c.is_ascii_uppercase() {
            return None;
        }
        out.push(c);
    }
    (3..=5).contains(&out.len()).then_some(out)
}

/// A word that may be a name's initials ("AOC", "FDR's"): three to five
/// capital letters, a possessive ending apart.
pub fn as_initials(word: &str) -> Option<&str> {
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word);
    ((3..=5).contains(&bare.len()) && bare.bytes().all(|b| b.is_ascii_uppercase())).then_some(bare)
}

pub fn derived_from(word: &str, surname: &str) -> bool {
    if surname.chars().count() < 3 {
        return false;
    }
    let Some(rest) = word.strip_prefix(surname) else {
        return false;
    };
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if is_hyphen(c) => chars.next().is_some_and(is_lower),
        // The endings hold no apostrophe: a possessive after one
        // ("Trumpism’s") does not change the answer.
        Some(c) if is_lower(c) => DERIVED_ENDINGS.iter().any(|e| rest.starts_with(e)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The candidates of `text` and the table of their forms.
    fn run(text: &str) -> (Vec<Candidate>, Forms) {
        let doc = crate::document::parse(text);
        let bits = TermBits::new(&doc);
        let mut table = Forms::default();
        let c = candidates(text, &doc, &bits, &bits.marks(&doc).capitals, &mut table);
        (c, table)
    }

    fn forms(text: &str) -> Vec<String> {
        let (c, table) = run(text);
        c.iter()
            .map(|c| table.text(c.form_id).to_string())
            .collect()
    }

    #[test]
    fn names_with_initials_particles_and_possessives() {
        assert_eq!(
            forms("We read C. Wright Mills’ Power Elite model."),
            ["C. Wright Mills", "Power Elite"]
        );
        assert_eq!(
            forms("We read W.E.B. Du Bois and Ludwig van Beethoven today."),
            ["W.E.B. Du Bois", "Ludwig van Beethoven"]
        );
        // Two particles ("Leyen" alone had been the name).
        assert_eq!(
            forms("Then Ursula von der Leyen spoke."),
            ["Ursula von der Leyen"]
        );
        // Particles before a name mid-sentence are part of its mention, not
        // of its form; one after a determiner is a word of its own.
        let text = "Meloni signed, and von der Leyen flew to meet de Gaulle in a van Trump drove.";
        let (c, _) = run(text);
        let spans: Vec<&str> = c.iter().map(|c| c.span.of(text)).collect();
        assert_eq!(spans, ["Meloni", "von der Leyen", "de Gaulle", "Trump"]);
        assert_eq!(forms(text), ["Meloni", "Leyen", "Gaulle", "Trump"]);
        assert_eq!(
            forms("It was celebrated by Trump’s base and Mr. Musk."),
            ["Trump", "Musk"]
        );
        assert_eq!(
            forms("The bill passed, and Republican Kevin McCarthy spoke."),
            ["Kevin McCarthy"]
        );
        // A middle initial that is also a word ("A", "I").
        assert_eq!(
            forms("Abraham Lincoln and Stephen A. Douglas argued."),
            ["Abraham Lincoln", "Stephen A. Douglas"]
        );
    }

    /// A romanised given name with a hyphen continues a name ("Lee
    /// Jae-myung", "Kim Jong-un"); a word English compounds a name with
    /// does not ("Elon Musk-style", "the Trump-era rules").
    #[test]
    fn a_hyphenated_romanised_given_name_continues_the_name() {
        assert_eq!(
            forms("Then Lee Jae-myung met Kim Jong-un and Moon Jae-in."),
            ["Lee Jae-myung", "Kim Jong-un", "Moon Jae-in"]
        );
        assert_eq!(forms("He fought Moon Jae-in's plan."), ["Moon Jae-in"]);
        let joined = forms("Critics saw Elon Musk-style bravado in the Trump-era rules.");
        assert!(joined.iter().all(|f| !f.contains('-')), "{joined:?}");
    }

    /// An adverb that opens the sentence is not a name's first word, listed
    /// ("Later") or in -ly; a given name in -ly still is ("Kelly").
    #[test]
    fn a_sentence_adverb_before_a_name_is_not_part_of_it() {
        assert_eq!(
            forms("Later Stalin told his aides. Afterwards Roosevelt smiled."),
            ["Stalin", "Roosevelt"]
        );
        let (c, _) = run("Ironically Trump agreed.");
        assert_eq!(c.len(), 1);
        assert!(!c[0].sentence_initial);
        assert_eq!(forms("Ironically Trump agreed."), ["Trump"]);
        assert_eq!(forms("Kelly Loeffler agreed."), ["Kelly Loeffler"]);
        // Not a sentence's first word: "Later" is then part of the run.
        assert_eq!(
            forms("We met Stalin Later Roosevelt."),
            ["Stalin Later Roosevelt"]
        );
    }

    /// ", and" after a pair joined by "and" opens a clause, so the name
    /// after it is not a third item of the pair's list; a list of three
    /// ("A, B, and C") stays joined.
    #[test]
    fn a_clause_after_a_pair_is_not_joined_to_it() {
        let (c, _) = run("It runs through Zhengzhou and Shenzhen, and Cook has spent years there.");
        let joined: Vec<bool> = c.iter().map(|c| c.joined_to_previous).collect();
        assert_eq!(joined, [false, true, false]);
        let (c, _) = run("Then Kimon, Pericles, and Thucydides spoke.");
        let joined: Vec<bool> = c.iter().map(|c| c.joined_to_previous).collect();
        assert_eq!(joined, [false, true, true]);
    }

    #[test]
    fn titles_are_recorded_not_named() {
        let text = "Yesterday President Trump met Mrs. Pelosi and House Speaker Nancy Pelosi.";
        let (c, table) = run(text);
        let forms: Vec<&str> = c.iter().map(|c| table.text(c.form_id)).collect();
        assert_eq!(forms, ["Trump", "Pelosi", "Nancy Pelosi"]);
        assert_ne!(c[0].title, 0);
        assert_eq!(c[0].span.of(text), "President Trump");
        assert_ne!(c[1].title & person::TITLE_FEMALE, 0);
        assert_eq!(c[2].span.of(text), "Speaker Nancy Pelosi");
        // "Vice" belongs to the title it opens.
        let text = "Then Vice President Kamala Harris spoke.";
        let (c, _) = run(text);
        assert_eq!(c[0].span.of(text), "Vice President Kamala Harris");
    }

    #[test]
    fn appositives_and_derived_forms() {
        let text = "Then Donald Trump, a Manhattan real estate baron, spoke.";
        let (c, table) = run(text);
        let trump = c
            .iter()
            .find(|c| table.text(c.form_id) == "Donald Trump")
            .unwrap();
        assert_ne!(trump.person_noun, 0);
        // An epithet without a comma, closed by punctuation; not a noun
        // phrase that goes on.
        let text = "Antipater wrote of Aristotle the philosopher, and Sparta sent Rome the generals it wanted.";
        let (c, table) = run(text);
        let noun = |name: &str| {
            c.iter()
                .find(|c| table.text(c.form_id) == name)
                .unwrap()
                .person_noun
        };
        assert_ne!(noun("Aristotle"), 0);
        assert_eq!(noun("Rome"), 0);
        assert!(derived_from("Trumpism", "Trump"));
        assert!(derived_from("Trumpworld’s", "Trump"));
        assert!(derived_from("Musk-style", "Musk"));
        assert!(!derived_from("Trump’s", "Trump"));
        assert!(!derived_from("Trumps", "Trump"));
        assert!(derived_from("Trumpian", "Trump"));
        assert!(derived_from("Reaganomics", "Reagan"));
        assert!(derived_from("Obamacare’s", "Obama"));
        assert!(derived_from("Thatcherites", "Thatcher"));
        // Words that only begin like a name.
        assert!(!derived_from("Hunting", "Hunt"));
        assert!(!derived_from("Gorelick", "Gore"));
        assert!(!derived_from("Greenland", "Green"));
        // One- and two-letter surnames derive nothing.
        assert!(!derived_from("United", "Un"));
        assert_eq!(
            initials_of("Alexandria Ocasio-Cortez").as_deref(),
            Some("AOC")
        );
        assert_eq!(initials_of("John F. Kennedy").as_deref(), Some("JFK"));
        assert_eq!(initials_of("Elon Musk"), None);
        assert_eq!(as_initials("MTG\u{2019}s"), Some("MTG"));
        assert_eq!(as_initials("Nato"), None);
        assert!(!derived_from("Because", "B"));
        assert!(!derived_from("Unism", "Un"));
    }
}
