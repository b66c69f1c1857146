//! Name candidates → people and other named things.
//!
//! Candidates are grouped by form ("Donald Trump", "Trump"), forms into
//! groups by surname: a one-word form joins the multi-word group whose last
//! word it is ("Trump" → "Donald Trump"), or whose first word it is when
//! only one group starts with it ("Fabius" → "Fabius Maximus"). Each group
//! is then weighed as a whole, so evidence found once ("Donald" is a given
//! name, "Musk, a South African immigrant") counts for every mention.
//!
//! Person evidence: a given name, initials, a title, a person noun in an
//! appositive or before the name, a verb of speech or thought after it, a
//! gendered pronoun soon after it. Other evidence: an organisation or place
//! head word ("Party", "Gigafactory"), a known organisation or place, "the"
//! before the name, a locative preposition before it, capitals throughout.

use super::lexicon::{entity, given, person};
use super::names::{tok, Candidate, Forms};
use super::terms::{flag, plural_ending, word_facts, FxMap, TermBits};
use crate::document::{Document, Term};
use crate::text::case::{fold, lower_str};

/// What a group of forms turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKind {
    Person,
    Organization,
    Place,
    Group,
    Other,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub kind: GroupKind,
    /// Indexes into the candidate list, in text order.
    pub members: Vec<usize>,
    /// The canonical name: the fullest form used.
    pub name: String,
    /// Lower-case key: the surname for people, the form otherwise.
    pub key: String,
    /// The surname as written, for derived forms ("Trump" → "Trumpism").
    pub surname: String,
    /// Why it is (or is not) a person, e.g. "given-name:Donald", "title:Mr.".
    pub evidence: Vec<String>,
    /// Gender the name itself suggests (titles, given names, nouns):
    /// 1 male, 2 female, 0 unknown. The text's pronouns may override it.
    pub gender_prior: u8,
    /// The prior comes from a gendered title the text gives ("Lord
    /// Darnley", "Mrs. Pankhurst"): what the text says, not a name list's
    /// guess, so a stray pronoun after the name does not overturn it.
    pub gender_titled: bool,
    /// Score of person evidence minus other evidence.
    pub score: i32,
    /// Evidence against a person, alone.
    pub other: i32,
}

/// Groups the candidates and classifies each group. Candidates that are not
/// names at all (a capitalised first word of a sentence that the text
/// writes in lower case elsewhere, a title-case heading word) are dropped.
/// Returns the groups and each candidate's group (`usize::MAX` when it was
/// dropped).
pub fn classify(
    text: &str,
    doc: &Document,
    candidates: &[Candidate],
    forms: &Forms,
    bits: &TermBits,
    pronouns: &Pronouns,
    term_counts: &[u32],
) -> (Vec<Group>, Vec<usize>) {
    let form = |c: &Candidate| forms.text(c.form_id);
    // How often the text writes each word in lower case: built only if a
    // one-word form is capitalised mid-sentence, or a sentence opens with
    // a possessive nobody else names.
    let lowercase_uses = std::cell::OnceCell::new();
    let lowercase = || lowercase_uses.get_or_init(|| lowercase_counts(doc, bits, term_counts));
    // Forms seen where capitals mean a name: not first in the sentence and
    // not in a title-case heading.
    // Per form id (see `Candidate::form_id`), not per string: no hashing.
    let form_count = candidates
        .iter()
        .map(|c| c.form_id as usize + 1)
        .max()
        .unwrap_or(0);
    let mut in_body = vec![false; form_count];
    // How often each one-word form is capitalised where capitals mean a
    // name, titles aside.
    let mut in_body_count = vec![0u32; form_count];
    for c in candidates
        .iter()
        .filter(|c| !c.sentence_initial && !c.in_heading)
    {
        in_body[c.form_id as usize] = true;
        if c.words == 1 && c.title == 0 {
            in_body_count[c.form_id as usize] += 1;
        }
    }
    // The first and last words of multi-word names used in the body, or in
    // a heading when they open with a given name ("Donald Trump and Elon
    // Musk" as a title): a sentence may open with the surname alone
    // ("Biden won.").
    // Title case makes every heading word a capital; a given name before
    // another capitalised word still reads as a full name.
    let full_name = |c: &Candidate| c.words > 1 && c.first_given != 0;
    let mut name_parts: FxMap<&str, u32> = FxMap::default();
    for c in candidates
        .iter()
        .filter(|c| c.words > 1 && (!c.in_heading || full_name(c)))
    {
        name_parts.extend(form(c).split(' ').next().map(|w| (w, 0)));
        name_parts.extend(form(c).split(' ').next_back().map(|w| (w, 0)));
        name_parts.extend(inner_words(form(c)).map(|w| (w, 0)));
    }
    // How often the text writes each form in lower case, by form id: asked
    // once per form, not once per mention (a long text's names have
    // thousands; each ask lower-cased the form into a new string).
    let mut lower_uses: Vec<Option<u32>> = vec![None; form_count];
    let mut lowercase_uses_of = |c: &Candidate| -> u32 {
        *lower_uses[c.form_id as usize].get_or_insert_with(|| {
            lowercase()
                .get(lower_str(form(c)).as_str())
                .copied()
                .unwrap_or(0)
        })
    };
    let mut keep = |c: &Candidate| -> bool {
        if in_body[c.form_id as usize] {
            // A word capitalised after a colon, a quotation mark or a
            // parenthesis ("Let", "Thank", "Today" in a transcript) that
            // the text writes in lower case more often still: a common
            // word, not a name, even when it opens a longer one ("First"
            // of "First Lady"). Names are not written in lower case; a
            // name that is also a word ("Rose", "Price") is capitalised
            // more often than the word is used, in a text about its bearer.
            let body = in_body_count[c.form_id as usize];
            let common = c.words == 1 && c.title == 0 && body > 0 && lowercase_uses_of(c) > body;
            return !common;
        }
        if c.in_heading {
            return full_name(c);
        }
        // First word of a sentence: capitalised by position. A name when it
        // has a second capitalised word or a title, or is part of a full
        // name used elsewhere, or is a possessive the text never writes
        // in lower case, or, followed by a lower-case word, is written in
        // capitals throughout ("CNN and NPR reported", "NASA didn't exist":
        // position does not explain the capitals) or is a name the word
        // lists know ("Reuters reported that …"). Not before a capital or
        // a stop: a heading run into the text ("AGRICULTURE The farm
        // economy is sound", "X. Our civil rights").
        c.words > 1
            || c.title != 0
            || ((c.acronym || c.entity & entity::KNOWN != 0)
                && lower_case_word(doc, bits, c.tokens[1] as usize))
            || name_parts.contains_key(form(c))
            || (c.possessive && lowercase_uses_of(c) == 0)
            || opens_as_speaker(c, form(c)) && lowercase_uses_of(c) == 0
            // "Truman, his successor, …": a person noun set beside it.
            || (c.possessed_noun
                && !bits.opener(doc.tokens.get(c.tokens[0] as usize).map_or(u32::MAX, |t| t.term))
                && lowercase_uses_of(c) == 0)
    };

    let mut groups: Vec<Group> = Vec::new();
    // Group indexes as u32 values, like every map of this stage: one map
    // type instead of one per value type keeps the wasm small.
    let mut by_key: FxMap<String, u32> = FxMap::default();
    let mut by_form: Vec<u32> = vec![u32::MAX; form_count];
    // One-word forms used alone: see [`SURNAME`], [`FIRST_WORD`].
    let mut alone = vec![0u8; form_count];
    // First word of multi-word person-like names → their group; `None`
    // when two groups share it ("Nancy Pelosi", "Nancy Reagan").
    // (u32::MAX: shared by several groups.)
    let mut first_words: FxMap<&str, u32> = FxMap::default();
    // Multi-word forms first, so that one-word forms can join them.
    let multi = (0..candidates.len()).filter(|&i| candidates[i].words > 1);
    let single = (0..candidates.len()).filter(|&i| candidates[i].words <= 1);
    let kept: Vec<usize> = multi
        .chain(single)
        .filter(|&i| keep(&candidates[i]))
        .collect();
    // Surnames are not written in capitals: "Open AI", "Chat GPT" are
    // names of things, grouped by their whole form.
    let entity_like = |c: &Candidate, last: &str| {
        c.head != 0
            || c.acronym
            || (last.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !last.chars().any(crate::text::chars::is_lower))
    };
    let (surnames, sharing) = surname_sharers(candidates, &kept, form, &entity_like);
    for &i in &kept {
        let c = &candidates[i];
        if let Some(&g) = by_form.get(c.form_id as usize).filter(|&&g| g != u32::MAX) {
            groups[g as usize].members.push(i);
            continue;
        }
        let words: Vec<&str> = form(c).split(' ').collect();
        let last = words.last().copied().unwrap_or("");
        let entity_like = entity_like(c, last);
        let mut joined_first_word = false;
        let g = if c.words > 1 && !entity_like {
            let first = words.first().copied().unwrap_or("");
            let (family, given) = family_and_given(c, form(c));
            // A second bearer of the surname keeps the full name as key.
            let surname = fold(family);
            let main = surnames
                .get(surname.as_str())
                .and_then(|&k| sharing.get(k as usize).copied().flatten());
            let key = match main {
                Some(main)
                    if (c.first_given != 0 || c.surname_first)
                        && distinct_given_names(main, given) =>
                {
                    format!("{given} {surname}")
                }
                _ => surname,
            };
            let g = match by_key.get(&key) {
                Some(&g) => g as usize,
                None => {
                    groups.push(new_group(key.clone(), family));
                    by_key.insert(key, groups.len() as u32 - 1);
                    groups.len() - 1
                }
            };
            for word in std::iter::once(first).chain(inner_words(form(c))) {
                let entry = first_words.entry(word).or_insert(g as u32);
                if *entry != g as u32 {
                    *entry = u32::MAX;
                }
            }
            g
        } else if c.words == 1 {
            let key = fold(last);
            if let Some(&g) = by_key.get(&key) {
                g as usize
            } else if let Some(&g) = first_words.get(last).filter(|&&g| g != u32::MAX) {
                // The one multi-word name that starts with this word, or
                // holds it inside a name of three words or more.
                joined_first_word = true;
                g as usize
            } else {
                groups.push(new_group(key.clone(), last));
                by_key.insert(key, groups.len() as u32 - 1);
                groups.len() - 1
            }
        } else {
            groups.push(new_group(lower_str(form(c)), form(c)));
            groups.len() - 1
        };
        groups[g].members.push(i);
        by_form[c.form_id as usize] = g as u32;
        if c.words == 1 && fold(form(c)) == groups[g].key {
            alone[c.form_id as usize] = SURNAME;
        } else if joined_first_word {
            alone[c.form_id as usize] = FIRST_WORD;
        }
    }
    // Members in text order, and every group's evidence tallied in one
    // pass over the candidates in order: visiting each group's members
    // in turn would jump about a long text's candidates.
    let mut group_of = vec![usize::MAX; candidates.len()];
    for (g, group) in groups.iter_mut().enumerate() {
        for &m in &group.members {
            group_of[m] = g;
        }
        group.members.clear();
    }
    let mut tallies: Vec<Tally> = (0..groups.len()).map(|_| Tally::new()).collect();
    for (m, &g) in group_of.iter().enumerate() {
        let (Some(group), Some(tally)) = (groups.get_mut(g), tallies.get_mut(g)) else {
            continue;
        };
        group.members.push(m);
        tally.add(
            text,
            doc,
            &candidates[m],
            forms.text(candidates[m].form_id),
            pronouns,
            alone[candidates[m].form_id as usize],
        );
    }
    for (g, tally) in groups.iter_mut().zip(tallies) {
        // Asked only where the weak verdict could apply.
        let common = tally.capitals_may_name()
            && g.members
                .first()
                .is_some_and(|&m| common_noun(doc, &candidates[m], lowercase));
        tally.decide(forms, g, common);
    }
    coordinate(candidates, &group_of, &mut groups);
    (groups, group_of)
}

/// Surnames that two full names opening with distinct given names
/// (known to the word lists) share ("Yair Lapid" and his father "Tommy
/// Lapid", "Bill" and "Hillary Clinton"): per folded surname, the given
/// name of the bearer named most often (the first named on a tie), who
/// keeps the surname as the group's key and so the surname alone; every
/// other bearer is a person of their own. Surnames with one bearer map
/// to `None`.
///
/// (The map's value type is the stage's usual `u32`, an index into the
/// lists: one more map type would cost the wasm more than the rule.)
fn surname_sharers<'f>(
    candidates: &[Candidate],
    kept: &[usize],
    form: impl Fn(&Candidate) -> &'f str,
    entity_like: &dyn Fn(&Candidate, &str) -> bool,
) -> (FxMap<String, u32>, Vec<Option<&'f str>>) {
    let mut index: FxMap<String, u32> = FxMap::default();
    // Per surname, each given name with its count, in order of first use.
    let mut given: Vec<Vec<(&'f str, u32)>> = Vec::new();
    for &i in kept {
        let c = &candidates[i];
        if c.words < 2 {
            // Multi-word forms come first in `kept`.
            break;
        }
        let f = form(c);
        let last = f.split(' ').next_back().unwrap_or("");
        if entity_like(c, last) || (c.first_given == 0 && !c.surname_first) {
            continue;
        }
        let (family, first) = family_and_given(c, f);
        let next = given.len() as u32;
        let at = *index.entry(fold(family)).or_insert(next) as usize;
        if at == given.len() {
            given.push(Vec::new());
        }
        let names = &mut given[at];
        match names
            .iter_mut()
            .find(|(g, _)| !distinct_given_names(g, first))
        {
            Some((_, n)) => *n += 1,
            None => names.push((first, 1)),
        }
    }
    let main = given
        .iter()
        .map(|names| {
            // The first of the most named.
            let most = names.iter().map(|&(_, n)| n).max()?;
            names
                .iter()
                .find(|&&(_, n)| n == most)
                .filter(|_| names.len() > 1)
                .map(|&(g, _)| g)
        })
        .collect();
    (index, main)
}

/// A multi-word name's family name and its given name: the last word and
/// the first, or, for a name written family name first ("Lee
/// Jae-myung", [`Candidate::surname_first`]), the first and the last.
fn family_and_given<'f>(c: &Candidate, form: &'f str) -> (&'f str, &'f str) {
    let first = form.split(' ').next().unwrap_or("");
    let last = form.split(' ').next_back().unwrap_or("");
    if c.surname_first {
        (first, last)
    } else {
        (last, first)
    }
}

/// Whether two first words of full names with one surname are the given
/// names of two people: both whole words (not initials: "J.D." and "JD"
/// may be one man), and not the same name in two forms, which mostly
/// share their first two letters ("Joe" and "Joseph", "Mike" and
/// "Michael", "Bernie" and "Bernard").
fn distinct_given_names(a: &str, b: &str) -> bool {
    let whole = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() > 2 && !w.contains('.');
    let head = |w: &str| fold(w).chars().take(2).collect::<String>();
    whole(a) && whole(b) && head(a) != head(b)
}

/// A one-word form that is its group's surname ("Musk" of "Elon Musk").
const SURNAME: u8 = 1;
/// A one-word form that is the first word of its group's one multi-word
/// name ("Xi" of "Xi Jinping", family name first; "Fabius" of "Fabius
/// Maximus"), or an inner word of a longer one (see [`inner_words`]).
const FIRST_WORD: u8 = 2;

/// The inner words of a name of three words or more that may be used
/// alone for it: capitalised, two letters or more, not an initial, and
/// known to the word lists as nothing but a given name ("Lula" of "Luiz
/// Inácio Lula da Silva"; not "da", "J.", nor "Washington" of "George
/// Washington Carver", which alone is a place or another man).
fn inner_words(form: &str) -> impl Iterator<Item = &str> {
    let count = form.split(' ').count();
    form.split(' ')
        .skip(1)
        .take(count.saturating_sub(2))
        .filter(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.contains('.')
                && matches!(word_facts(&lower_str(w)), (0, 0, _))
        })
}

/// A sentence's first word that speaks a quotation, or that a verb
/// of speech or thought follows ("Roosevelt wanted a United Nations."):
/// position alone does not explain it if the text never writes it in
/// lower case. Not a plural ("Critics said", "Officials say"), which
/// names a class: a word in -s after a consonant other than s
/// ("Alkibiades", "Pausanias", "Fabius" are names).
fn opens_as_speaker(c: &Candidate, form: &str) -> bool {
    let plural = form.len() > 3
        && plural_ending(form)
        && !["es", "as", "os"].iter().any(|e| form.ends_with(e));
    c.words == 1 && (c.person_verb || c.quoted_speaker) && c.single_person == 0 && !plural
}

/// Whether token `i` is a word written without capitals.
fn lower_case_word(doc: &Document, bits: &TermBits, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| bits.has(t.term, flag::WORD) && !bits.has(t.term, flag::CAPITAL))
}

fn new_group(key: String, surname: &str) -> Group {
    Group {
        kind: GroupKind::Other,
        members: Vec::new(),
        name: String::new(),
        key,
        surname: surname.to_string(),
        evidence: Vec::new(),
        gender_prior: 0,
        gender_titled: false,
        score: 0,
        other: 0,
    }
}

/// "Kimon and Thucydides", "Myronides and Leokrates": a name joined by
/// "and" to a person's, with nothing against it, is a person's too.
fn coordinate(candidates: &[Candidate], group_of: &[usize], groups: &mut [Group]) {
    // A list of three names or more, two of them people's, is a list of
    // people: "Hoke Smith, Cole Blease, Jim Vardaman and Jeff Davis" takes
    // in a full name the pair rule below leaves alone (a band's name, "Tim
    // Gunn and Grateful Dead", is two; a third name in the list decides).
    let mut start = 0;
    for end in 1..=candidates.len() {
        if end < candidates.len() && candidates[end].joined_to_previous {
            continue;
        }
        let run = start..end;
        start = end;
        if run.len() < 3 {
            continue;
        }
        let people: Vec<usize> = run
            .clone()
            .map(|i| group_of[i])
            .filter(|&g| groups.get(g).is_some_and(|g| g.kind == GroupKind::Person))
            .collect();
        let Some(&first_person) = people.first() else {
            continue;
        };
        // Two people or more, and at least half the list: a few names
        // taken for people in a list of ships or towns decide nothing.
        if people.iter().all(|&g| g == first_person) || people.len() * 2 < run.len() {
            continue;
        }
        let name = groups[first_person].name.clone();
        for i in run {
            let Some(g) = groups.get_mut(group_of[i]) else {
                continue;
            };
            // "Supreme Court Justices, Neil Gorsuch, and Brett Kavanaugh":
            // a plural of a title or person noun heads an appositive, it
            // names nobody.
            let last = lower_str(g.name.rsplit(' ').next().unwrap_or(""));
            let plural_of_person = last
                .strip_suffix('s')
                .is_some_and(|one| word_facts(one).1 & (person::ANY_TITLE | person::ANY_NOUN) != 0);
            if g.kind != GroupKind::Person && g.other == 0 && !plural_of_person {
                g.kind = GroupKind::Person;
                g.evidence.push(format!("listed-with-people:{name}"));
            }
        }
    }
    for _ in 0..2 {
        for (i, c) in candidates.iter().enumerate().skip(1) {
            if !c.joined_to_previous {
                continue;
            }
            let (a, b) = (group_of[i - 1], group_of[i]);
            if a == usize::MAX || b == usize::MAX || a == b {
                continue;
            }
            for (from, to) in [(a, b), (b, a)] {
                // One-word names, or full names with a word used alone:
                // "Tim Gunn and Grateful Dead" joins a band, not a person.
                // Asked last: a big group has thousands of members.
                let single = |g: &Group| {
                    g.members.iter().all(|&m| candidates[m].words == 1)
                        || g.evidence
                            .iter()
                            .any(|e| e == "surname-alone" || e == "first-word-alone")
                };
                if groups[from].kind == GroupKind::Person
                    && groups[to].kind != GroupKind::Person
                    && groups[to].other == 0
                    && single(&groups[to])
                {
                    let name = groups[from].name.clone();
                    let to = &mut groups[to];
                    to.kind = GroupKind::Person;
                    to.evidence.push(format!("coordinated-with:{name}"));
                }
            }
        }
    }
}

/// How many times the text writes each word in lower case (its first
/// letter), by its lower-case form; a word it never writes so is absent.
/// Tokens are counted per term (`per_term`, from `TermBits::marks`), and
/// each distinct form is then looked at once, not once per token.
fn lowercase_counts<'d>(
    doc: &'d Document,
    bits: &TermBits,
    per_term: &[u32],
) -> FxMap<&'d str, u32> {
    let lower_case = |i: usize, t: &Term| {
        bits.has(i as u32, flag::WORD)
            && !bits.has(i as u32, flag::CAPITAL)
            && t.lower.starts_with(crate::text::chars::is_lower)
    };
    // Sized once: grown by doubling, the map was rehashed a dozen times,
    // half the cost of building it.
    let count = (doc.terms.iter().enumerate())
        .filter(|&(i, t)| lower_case(i, t))
        .count();
    let mut out = FxMap::with_capacity_and_hasher(count, Default::default());
    for ((i, t), &n) in doc.terms.iter().enumerate().zip(per_term) {
        if lower_case(i, t) {
            *out.entry(&*t.lower).or_insert(0) += n;
        }
    }
    out
}

/// Whether a capitalised one-word name is a common noun: a policy term of
/// the default theme dictionary used alone ("Medicare", "Agriculture",
/// "Democracy": its single-word entries are the names of topics, not of
/// people), or the plural of a word the text writes in lower case
/// ("Members" beside "member", "Territories" beside "territory"). The
/// default dictionary whatever the options say: who is a person must not
/// change when a reader edits the themes.
fn common_noun<'d>(
    doc: &Document,
    c: &Candidate,
    lowercase: impl FnOnce() -> &'d FxMap<&'d str, u32>,
) -> bool {
    let Some(term) = doc.term_at(c.tokens[0]) else {
        return false;
    };
    if crate::themes::Dictionary::default_shared().names_a_topic(&term.lower, &term.stem) {
        return true;
    }
    let lower = &*term.lower;
    let singulars = [
        lower.strip_suffix("ies").map(|s| format!("{s}y")),
        lower.strip_suffix("es").map(str::to_string),
        lower.strip_suffix('s').map(str::to_string),
    ];
    let uses = lowercase();
    singulars
        .iter()
        .flatten()
        .any(|s| s.len() > 2 && uses.contains_key(s.as_str()))
}

/// The kinds of person evidence a group can record.
const EVIDENCE: &[&str] = &[
    "given-name",
    "initials",
    "title",
    "person-noun",
    "person-verb",
    "relative-who",
    "kin-of",
    "cited",
    "quoted-speaker",
    "listed-after-people",
    "pronoun-follows",
    "capitalised-name",
];

/// A group's evidence, added up candidate by candidate.
struct Tally {
    person: i32,
    other: i32,
    male: i32,
    female: i32,
    org: i32,
    place: i32,
    people: i32,
    /// What a word's shape alone says for a people ("Lebanese",
    /// "Athenians"), kept apart: a surname of that shape ("Anthony
    /// Albanese") is a person's when a given name goes before it.
    demonym: i32,
    /// What the word lists' known outlets and companies say of a surname
    /// used alone ("Fox", "Bloomberg"), kept apart for the same reason: a
    /// surname the text writes after a given name ("Charles James Fox")
    /// is that person's, not the outlet's.
    known_surname: i32,
    /// The same for a surname the lists know as a month or a word that
    /// is never a name alone ("Theresa May" … "May").
    not_name_surname: i32,
    /// A full form opens with a given name ("Anthony Albanese").
    given_name: bool,
    /// A one-word form used alone stands mid-sentence at least once: a
    /// capital only a sentence's start gives ("Social questions …") is
    /// no name used alone.
    alone_mid: bool,
    /// One entry per kind of evidence ("given-name:Donald"), the first
    /// seen: formatted only then, since a name may have thousands of
    /// mentions. `noted` has a bit per kind of [`EVIDENCE`].
    evidence: Vec<String>,
    noted: u16,
    pronoun_hits: i32,
    last_sentence: u32,
    full: bool,
    /// A one-word form of the group is its surname (`SURNAME`) or the
    /// first word of its full name (`FIRST_WORD`), used alone.
    alone: u8,
    single: bool,
    /// The genders gendered titles gave (bit 1 male, bit 2 female).
    titled: u8,
    /// A form is double-barrelled ([`Candidate::double_barrelled`]).
    double_barrelled: bool,
    mid_sentence: u32,
    members: u32,
    /// (form id, words, mentions) of each form used.
    forms: Vec<(u32, u8, u32)>,
}

impl Tally {
    fn new() -> Self {
        Self {
            person: 0,
            other: 0,
            male: 0,
            female: 0,
            org: 0,
            place: 0,
            people: 0,
            demonym: 0,
            known_surname: 0,
            not_name_surname: 0,
            given_name: false,
            alone_mid: false,
            evidence: Vec::new(),
            noted: 0,
            pronoun_hits: 0,
            last_sentence: u32::MAX,
            full: false,
            alone: 0,
            single: true,
            titled: 0,
            double_barrelled: false,
            mid_sentence: 0,
            members: 0,
            forms: Vec::new(),
        }
    }

    fn note(&mut self, kind: &'static str, detail: &str) {
        let bit = 1u16 << EVIDENCE.iter().position(|k| *k == kind).unwrap_or(15);
        if self.noted & bit == 0 {
            self.noted |= bit;
            self.evidence.push(if detail.is_empty() {
                kind.to_string()
            } else {
                format!("{kind}:{detail}")
            });
        }
    }

    /// Adds one candidate's evidence; `alone` when its form is the group's
    /// surname or first word used alone (`SURNAME`, `FIRST_WORD`).
    fn add(
        &mut self,
        text: &str,
        doc: &Document,
        c: &Candidate,
        form: &str,
        pronouns: &Pronouns,
        alone: u8,
    ) {
        self.members += 1;
        self.full |= c.words > 1;
        self.alone |= alone;
        let mid_sentence = !c.sentence_initial && !c.in_heading;
        self.alone_mid |= alone != 0 && mid_sentence;
        self.single &= c.words == 1;
        if mid_sentence {
            self.mid_sentence += 1;
        }
        match self.forms.iter_mut().find(|f| f.0 == c.form_id) {
            Some(f) => f.2 += 1,
            None => self.forms.push((c.form_id, c.words, 1)),
        }
        if c.words > 1 && !c.acronym && c.head == 0 {
            let first = form.split(' ').next().unwrap_or("");
            let bits = c.first_given;
            if bits != 0 {
                self.person += 3;
                self.given_name = true;
                if bits & given::MALE != 0 {
                    self.male += 1;
                }
                if bits & given::FEMALE != 0 {
                    self.female += 1;
                }
                self.note("given-name", first);
            }
            // A romanised given name after the family name ("Han
            // Dong-hoon"): as telling as a known given name before one.
            if c.surname_first {
                self.person += 3;
                self.given_name = true;
                self.note("given-name", family_and_given(c, form).1);
            }
            if c.initials {
                self.person += 3;
                self.note("initials", first);
            }
            // "Asia Minor", "Northern Syria": a place's name with a word after.
            if c.first_place {
                self.place += 2;
            }
        }
        if c.title != 0 {
            self.person += 3;
            if c.title & person::TITLE_MALE != 0 {
                self.male += 2;
                self.titled |= 1;
            }
            if c.title & person::TITLE_FEMALE != 0 {
                self.female += 2;
                self.titled |= 2;
            }
            if self.noted & 4 == 0 {
                let t = tok(text, doc, c.tokens[0] as usize - 1)
                    .map(|t| t.text)
                    .unwrap_or("");
                self.note("title", t);
            }
        }
        if c.person_noun != 0 {
            // "emperor", "woman": a gendered noun is all but certain.
            self.person += if c.person_noun & (person::NOUN_MALE | person::NOUN_FEMALE) != 0 {
                3
            } else {
                2
            };
            if c.person_noun & person::NOUN_MALE != 0 {
                self.male += 1;
            }
            if c.person_noun & person::NOUN_FEMALE != 0 {
                self.female += 1;
            }
            self.note("person-noun", "");
        }
        // Clues around the name, each with its weight: "Trump said",
        // "Thucydides, who", "the wife of Pinarius", "as Euripides says".
        for (found, weight, kind) in [
            (c.person_verb, 1, "person-verb"),
            (c.who_follows, 3, "relative-who"),
            (c.kin_of, 3, "kin-of"),
            (c.cited, 2, "cited"),
            (c.told_by, 3, "cited"),
            (c.quoted_speaker, 3, "quoted-speaker"),
            (c.listed_after_people, 1, "listed-after-people"),
            (c.possessed_noun, 1, "possessed-noun"),
        ] {
            if found {
                self.person += weight;
                self.note(kind, "");
            }
        }
        if c.camel {
            self.other += 3;
        }
        self.double_barrelled |= c.double_barrelled;
        if c.not_person_context {
            self.other += 5;
        }
        if c.words == 1 {
            // A title or person noun alone ("Speaker", "Senators"), a month,
            // or an organisation's head word alone ("Senate", "House").
            if c.single_person & (person::ANY_TITLE | person::ANY_NOUN | person::ANY_PLURAL) != 0 {
                self.other += 4;
            } else if c.entity & entity::NOT_NAME != 0 {
                if alone & SURNAME != 0 {
                    self.not_name_surname += 4;
                } else {
                    self.other += 4;
                }
            }
            if c.entity & entity::HEAD != 0 {
                self.org += 4;
            }
            // "Campanian", "Athenians", "Lebanese": peoples and their adjectives.
            let demonym = ["ian", "ians", "ans", "ese"]
                .iter()
                .any(|s| form.ends_with(s))
                && c.first_given == 0;
            if demonym {
                self.demonym += 3;
            }
        }
        // "a Southern Baptist who taught Sunday school": a people's or
        // faith's word last, after a first word that is no given name
        // ("Jack White", "Conrad Black" stay people's names).
        // "the Prime Minister", "the King's First Minister": an office's
        // name, its last word a title or person noun, is no one's name.
        if c.first_given == 0 && c.entity & entity::PEOPLE == 0 {
            if c.last_people {
                self.people += 4;
            }
            if c.last_title {
                self.other += 4;
            }
        }
        // Counted up to the cap only: a name with thousands of mentions
        // needs two pronouns, not a look after each mention.
        if self.pronoun_hits < 2 && c.sentence != self.last_sentence && pronouns.follow(c) {
            self.pronoun_hits += 1;
        }
        self.last_sentence = c.sentence;
        if c.acronym {
            self.other += 4;
        }
        if c.entity & entity::KNOWN != 0 && alone & SURNAME != 0 {
            self.known_surname += 4;
        } else if c.entity & entity::KNOWN != 0 || c.head & entity::HEAD != 0 {
            self.org += 4;
        }
        if c.entity & entity::PLACE != 0 || c.head & entity::PLACE_HEAD != 0 {
            self.place += 4;
        }
        if c.entity & entity::PEOPLE != 0 {
            self.people += 4;
        }
        if c.after_the {
            self.other += 2;
            if form.ends_with('s') {
                self.people += 2;
            }
        }
        // A place ("District of Columbia") or a body ("House of
        // Representatives"): which, the name's own evidence says.
        if c.after_name_of {
            self.other += 2;
        }
        // "in Rome", but not "in July": a month after "in" is a time.
        if c.after_locative && c.entity & entity::NOT_NAME == 0 {
            self.place += 2;
        }
    }

    /// Whether capitals alone may make the group a person (the weak
    /// `capitalised-name` verdict of [`Self::decide`], which also asks
    /// that nothing else count for or against one): a single word,
    /// capitalised mid-sentence more than once, with no evidence of
    /// another kind of name.
    fn capitals_may_name(&self) -> bool {
        self.single && self.mid_sentence >= 2 && self.other == 0
    }

    /// Weighs the evidence: sets the group's kind, score, gender prior,
    /// canonical name and evidence list. `common`: the group's one word
    /// is a common noun ([`common_noun`]), never a name by default.
    fn decide(mut self, forms: &Forms, g: &mut Group, common: bool) {
        if !(self.given_name && self.alone & SURNAME != 0) {
            self.people += self.demonym;
            self.org += self.known_surname;
            self.other += self.not_name_surname;
        }
        let mut person_score = self.person;
        if self.pronoun_hits > 0 {
            person_score += self.pronoun_hits.min(2);
            self.note("pronoun-follows", "");
        }
        // "Elon Musk" … "Musk": a full name whose surname the text then
        // uses alone is how essays and news name people, not bands or
        // companies.
        if self.full && self.alone & SURNAME != 0 {
            person_score += 1;
            self.note("surname-alone", "");
        }
        // "Xi Jinping" … "Xi": the same habit with the family name first,
        // or a given name used alone ("Fabius Maximus" … "Fabius").
        if self.full && self.alone == FIRST_WORD && self.alone_mid {
            person_score += 1;
            self.note("first-word-alone", "");
        }
        let other = self.other
            + self.org.max(self.place).max(self.people)
            + if self.double_barrelled { 3 } else { 0 };
        // A capitalised word used mid-sentence more than once, with nothing
        // against it and nothing for it, is most often a person in an
        // essay about people ("Hannibal", "Kimon"); a weak verdict, named
        // as such. Not for a common noun that a speech or an old text
        // capitalises ("Medicare", "Members").
        if person_score < 2 && other == 0 && self.capitals_may_name() && !common {
            person_score = 2;
            self.note("capitalised-name", "");
        }
        g.other = other;
        g.score = person_score - other;
        let named_once_only = self.members == 1 && person_score < 3;
        let (org, place, people) = (self.org, self.place, self.people);
        g.kind = if person_score >= 2 && g.score > 0 && !named_once_only {
            GroupKind::Person
        } else if org >= place.max(people) && org > 0 {
            GroupKind::Organization
        } else if place >= people && place > 0 {
            GroupKind::Place
        } else if people > 0 {
            GroupKind::Group
        } else {
            GroupKind::Other
        };
        // A person named once with strong evidence (a given name and
        // surname) is still a person: "Anthony Downs".
        if named_once_only && person_score >= 3 && g.score > 0 {
            g.kind = GroupKind::Person;
        }
        g.gender_prior = match self.male.cmp(&self.female) {
            std::cmp::Ordering::Greater => 1,
            std::cmp::Ordering::Less => 2,
            std::cmp::Ordering::Equal => 0,
        };
        // Only when nothing in the group says otherwise: "Bob Dole" and
        // "Mrs. Dole" are two people one group may hold.
        g.gender_titled =
            g.gender_prior != 0 && self.titled == g.gender_prior && self.male.min(self.female) == 0;
        // The canonical name: the form with the most words, then the most
        // used, then the first in byte order.
        let mut best: Option<(u32, u8, u32)> = None;
        for f in self.forms {
            let better = best.is_none_or(|b| (f.1, f.2) > (b.1, b.2));
            if better {
                best = Some(f);
            }
        }
        g.name = best
            .map(|b| forms.text(b.0).to_string())
            .unwrap_or_default();
        g.evidence = self.evidence;
    }
}

/// Where gendered pronouns stand, per sentence: the last one's token, and
/// whether one is among the first three tokens. Built once from the marked
/// pronouns, so asking about a candidate costs two lookups.
pub struct Pronouns {
    last: Vec<u32>,
    opens: Vec<bool>,
}

impl Pronouns {
    pub fn new(doc: &Document, gendered: &[u32]) -> Self {
        let mut last = vec![u32::MAX; doc.sentences.len()];
        let mut opens = vec![false; doc.sentences.len()];
        let mut s = 0;
        for &i in gendered {
            while doc.sentences.get(s).is_some_and(|x| x.tokens[1] <= i) {
                s += 1;
            }
            let Some(sentence) = doc.sentences.get(s) else {
                break;
            };
            last[s] = i;
            opens[s] |= i < sentence.tokens[0] + 3;
        }
        Self { last, opens }
    }

    /// Whether a gendered singular pronoun follows the candidate in its
    /// sentence or begins the next one: weak evidence of a person.
    fn follow(&self, c: &Candidate) -> bool {
        let s = c.sentence as usize;
        let after = self
            .last
            .get(s)
            .is_some_and(|&l| l != u32::MAX && l >= c.tokens[1]);
        after || self.opens.get(s + 1).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn people(text: &str) -> Vec<String> {
        let r = analyze(text, &Options::default());
        let mut names: Vec<String> = r
            .actors
            .iter()
            .filter(|a| a.kind == "person")
            .map(|a| a.name.clone())
            .collect();
        names.sort();
        names
    }

    /// A public programme named bare is no person, though a pronoun may
    /// follow it; a capital only a sentence's start gives to its first
    /// word is no name used alone.
    /// Two full names with one surname and two given names are two
    /// people; the surname alone is the one named more often. One given
    /// name in two forms, or initials, is one person.
    #[test]
    fn two_given_names_before_one_surname_are_two_people() {
        let text =
            "Hillary Clinton spoke first. Bill Clinton listened. Hillary Clinton won the vote. \
                    Clinton thanked her staff.";
        assert_eq!(people(text), ["Bill Clinton", "Hillary Clinton"]);
        let r = analyze(text, &Options::default());
        let hillary = r
            .actors
            .iter()
            .find(|a| a.name == "Hillary Clinton")
            .unwrap();
        assert_eq!(
            hillary
                .mentions
                .iter()
                .filter(|m| m.kind == crate::actors::MentionKind::Name)
                .count(),
            3
        );
        let text = "Joe Biden spoke first. Joseph Biden won the vote. Biden thanked his staff.";
        assert_eq!(people(text), ["Joe Biden"]);
        let text = "J.D. Vance spoke first. James Vance listened. Vance thanked his staff.";
        assert_eq!(people(text).len(), 1, "{:?}", people(text));
    }

    #[test]
    fn a_programme_and_a_sentence_opening_word_are_no_person() {
        let text = "Elizabeth Warren spoke. Warren wants to expand Social Security benefits \
                    and pay for child care with her wealth tax. Social questions follow; \
                    Warren said Social Security would stay, and she smiled.";
        assert_eq!(people(text), ["Elizabeth Warren"]);
    }

    /// A surname shaped like a people's adjective ("-ese") is a person's
    /// when the text writes it after a given name and then alone; the
    /// adjective alone stays a people.
    #[test]
    fn a_demonym_shaped_surname_after_a_given_name_is_a_person() {
        let text = "Anthony Albanese leads Labor. Albanese insists on renewables, \
                    and Albanese's government spends more. Albanese talks slowly.";
        assert_eq!(people(text), ["Anthony Albanese"]);
        let text = "The Lebanese protested. Beirut was calm, but the Lebanese waited. \
                    Lebanese banks closed.";
        assert!(people(text).is_empty(), "{:?}", people(text));
    }

    /// A surname that the word lists know as an outlet or a month is a
    /// person's when the text writes it after given names and then alone;
    /// the outlet alone stays an organisation.
    #[test]
    fn a_surname_listed_as_something_else_after_a_given_name_is_a_person() {
        let text = "Charles James Fox opposed the war. Fox spoke for hours, and Fox's \
                    friends cheered him. Later Fox resigned.";
        assert_eq!(people(text), ["Charles James Fox"]);
        let text = "The anchors left. Fox reported the story first, and Fox gained viewers. \
                    Critics said Fox lied.";
        assert!(people(text).is_empty(), "{:?}", people(text));
        // A month and modal as a surname, without a title: alone inside a
        // sentence, opening one before a comma or a verb, as a possessive;
        // not in a date, nor as the modal.
        let text = "Theresa May lasted three years. May, the vicar's daughter, arrived in \
                    2016. May's speech promised much, and May expelled diplomats. In May \
                    2017 she called an election. By May, the polls had turned. May wrote \
                    the target into law. May I add that she tried. May was too careful; \
                    May has said so. May be it was luck.";
        assert_eq!(people(text), ["Theresa May"]);
        let r = analyze(text, &Options::default());
        let names = r.actors[0]
            .mentions
            .iter()
            .filter(|m| m.kind == crate::actors::MentionKind::Name)
            .count();
        // Five, then "May was" and "May has" (the modal takes no
        // auxiliary); not "May be".
        assert_eq!(names, 7);
    }

    /// A name whose last word is a people's or a faith's, after a first
    /// word that is no given name, is a group ("a Southern Baptist who
    /// taught Sunday school"); with a given name first it is a person
    /// ("Jack White"). One whose last word is a title is an office.
    #[test]
    fn a_church_member_is_no_person_but_a_given_name_makes_one() {
        let text = "Jimmy Carter was devout, a Southern Baptist who taught Sunday school \
                    into his nineties. Jack White, who sang, met him; White smiled.";
        assert_eq!(people(text), ["Jack White", "Jimmy Carter"]);
        // An office's name is no one's: its last word a title.
        let text = "Clement Attlee let Bevan build it; the Prime Minister counted it among \
                    his works, and he said so. Churchill was not the King's First Minister \
                    to lose it. The Prime Minister said he was tired.";
        assert_eq!(people(text), ["Clement Attlee"]);
    }

    /// "the Younger", "the Elder", "the Great" after a full name belong
    /// to it; "the Great Depression" does not.
    #[test]
    fn an_epithet_after_a_full_name_is_part_of_the_name() {
        let text = "William Pitt the Younger faced Charles James Fox. Pitt spoke first; \
                    Fox answered him.";
        assert_eq!(
            people(text),
            ["Charles James Fox", "William Pitt the Younger"]
        );
        let text = "Under Herbert Hoover the Great Depression deepened. Hoover waited.";
        assert_eq!(people(text), ["Herbert Hoover"]);
    }

    /// A given name either sex bears, by country, is a given name.
    #[test]
    fn a_given_name_of_either_sex_is_a_given_name() {
        let text = "Nicola Sturgeon pressed on. Sturgeon went to court.";
        assert_eq!(people(text), ["Nicola Sturgeon"]);
    }

    /// A seat of government that stands for the government is no person,
    /// though it refuses and consents as people do.
    #[test]
    fn a_seat_of_government_is_no_person() {
        let text = "Alex Salmond pressed on. After Westminster refused a referendum, he \
                    went to court. He wanted talks without Westminster's consent.";
        assert_eq!(people(text), ["Alex Salmond"]);
    }

    /// A surname that is also a modal and a given name is a surname after
    /// a given name or a title; a pronoun after a title is not.
    #[test]
    fn a_modal_surname_after_a_given_name_or_title_is_a_name() {
        let text = "Angela Merkel and Theresa May governed. Ms. Merkel waited. Mrs. May lasted three years.";
        assert_eq!(people(text), ["Angela Merkel", "Theresa May"]);
        let text = "When I became President I was amazed. This June I will meet them.";
        assert!(people(text).is_empty(), "{:?}", people(text));
    }

    /// A double-barrelled surname is a person's on the text's evidence; a
    /// hyphenated empire or day with a "she" after it is not.
    #[test]
    fn a_double_barrelled_name_weighs_once() {
        let text = "Alexandria Ocasio-Cortez and Joe Manchin differ. Ocasio-Cortez, who represents the Bronx, made her name early. Manchin did not. Ocasio-Cortez won.";
        assert_eq!(people(text), ["Alexandria Ocasio-Cortez", "Joe Manchin"]);
        let text = "We declared war on Austria-Hungary. She had built up for herself an empire. Austria-Hungary is not her own mistress. On D-Day they landed. D-Day was June 6.";
        assert!(people(text).is_empty(), "{:?}", people(text));
    }

    /// A name once after a person noun that a possessive opens, set off
    /// by commas or right after it, is a person's, given name known or
    /// not.
    #[test]
    fn a_name_after_a_possessed_person_noun_is_a_person() {
        let text = "Liz Truss governed briefly. Her budget, delivered by her new chancellor \
                    Kwasi Kwarteng, cut taxes. Truss clashed with her own home \
                    secretary, Suella Braverman, over visas.";
        assert_eq!(
            people(text),
            ["Kwasi Kwarteng", "Liz Truss", "Suella Braverman"]
        );
    }

    /// A list opened by a plural person noun and a comma names those
    /// people, each mentioned once; a list after a plural of things, or a
    /// body the lists know, does not.
    #[test]
    fn a_list_after_a_plural_person_noun_names_people() {
        let text = "Capua itself was recovered by the consuls, Fulvius and Appius. \
                    The reforms passed the chambers, Congress and the courts.";
        assert_eq!(people(text), ["Appius", "Fulvius"]);
        let text = "Capua itself was recovered in the seasons, Fulvius and Appius.";
        assert!(people(text).is_empty());
    }

    /// A person noun that "his", "her" or "their" opens, set beside a name
    /// by commas, names a person mentioned once, even opening a sentence;
    /// not a noun "the" opened, nor a plural list.
    #[test]
    fn a_possessed_person_noun_beside_a_name_names_a_person() {
        let text = "Roosevelt let his secretary of state, Cordell Hull, negotiate. \
                    Truman, his successor, invited him. Lopez, their leader, was captured.";
        assert_eq!(people(text), ["Cordell Hull", "Lopez", "Truman"]);
        let text = "Mr. Taft refused to follow the brave Abolitionist, his father, in this.";
        assert_eq!(people(text), ["Taft"]);
    }

    /// A title before an organisation's head word is part of its name:
    /// "General Motors" is a company, not a general called Motors.
    #[test]
    fn a_title_before_an_organisations_head_word_is_its_name() {
        let text = "Mary Barra joined General Motors at eighteen. Barra later ran General Motors.";
        assert_eq!(people(text), ["Mary Barra"]);
        assert!(entities(text).contains(&"General Motors".to_string()));
    }

    /// The names of the report's entities (organisations, places, other).
    fn entities(text: &str) -> Vec<String> {
        let r = analyze(text, &Options::default());
        let mut names: Vec<String> = r.entities.iter().map(|e| e.name.clone()).collect();
        names.sort();
        names
    }

    /// Capitals throughout, or a name the lists know, open a sentence as a
    /// name when a lower-case word follows; a heading run into the text
    /// does not, nor does the day a sentence opens with.
    #[test]
    fn a_sentence_may_open_with_an_outlet() {
        assert_eq!(
            entities("Reuters reported that the count was close. NASA didn't exist."),
            ["NASA", "Reuters"]
        );
        assert_eq!(
            entities("AGRICULTURE The farm economy is sound. X. Our rights matter."),
            Vec::<String>::new()
        );
        assert_eq!(entities("Yesterday CNN said the race was close."), ["CNN"]);
    }

    /// "in Rome" is a place, "in July" a time.
    #[test]
    fn a_month_after_in_is_no_place() {
        let r = analyze(
            "They met in Rome in July, and in Rome again in May.",
            &Options::default(),
        );
        let kind = |name: &str| r.entities.iter().find(|e| e.name == name).map(|e| e.kind);
        assert_eq!(kind("Rome"), Some(crate::report::EntityKind::Place));
        assert_eq!(kind("July"), Some(crate::report::EntityKind::Other));
    }

    /// A name that speaks a quotation with a verb of speech is a person's,
    /// named once or opening its sentence; a quotation that ended the
    /// sentence before is not the next name's.
    #[test]
    fn a_name_that_speaks_a_quotation_is_a_person() {
        let text = "Premier Stalin wanted a buffer in Poland. \
                    Then Churchill responded, \"We shall never accept it.\" He was alone.";
        assert_eq!(people(text), ["Churchill", "Stalin"]);
        let r = analyze(text, &Options::default());
        let churchill = r.actors.iter().find(|a| a.name == "Churchill").unwrap();
        let he = churchill.mentions.last().unwrap();
        // ASCII: UTF-16 offsets are byte offsets.
        assert_eq!(&text[he.start as usize..he.end as usize], "He");
        assert_eq!(people("“We shall see,” said Eden."), ["Eden"]);
        // "…tired." closes the sentence before: Eden reports, and is named
        // once with a verb alone, which is not enough.
        let text = "Stalin told his aides, \"The English are tired.\" Eden replied that Britain would not bend.";
        assert!(!people(text).contains(&"Eden".to_string()));
    }

    /// A person the text quotes at length is discussed at length, however
    /// seldom named: the quotation's sentences count toward salience.
    #[test]
    fn a_person_quoted_at_length_is_compared() {
        let text = "Donald Trump spoke with Recep Erdogan. Trump agreed with Erdogan. \
                    Trump and Erdogan met. Lindsey Graham said, \"This is a disaster. \
                    It betrays our allies. It helps our enemies.\" Trump left.";
        let r = analyze(text, &Options::default());
        let compared: Vec<&str> = r
            .compared
            .iter()
            .map(|id| r.actors.iter().find(|a| &a.id == id).unwrap().name.as_str())
            .collect();
        assert_eq!(compared, ["Donald Trump", "Lindsey Graham"]);
    }

    /// The agent of a verb of speech is a person, named once too; the
    /// agent of another verb is not on that alone.
    #[test]
    fn the_agent_of_a_verb_of_speech_is_a_person() {
        let text = "Marcius, we are told by Dionysius, produced a quarrel. \
                    The bill was sponsored by Smith.";
        assert_eq!(people(text), ["Dionysius"]);
    }

    /// A surname that only ever opens sentences is a name when a verb of
    /// speech or thought follows and the text never writes it in lower
    /// case; a plural there names a class.
    #[test]
    fn a_speaker_who_only_opens_sentences_is_found() {
        let text = "Roosevelt wanted a United Nations. Roosevelt smiled and said nothing. \
                    Roosevelt, for his part, wrote to Congress.";
        assert_eq!(people(text), ["Roosevelt"]);
        let text = "Critics said the plan was weak. Critics said he would fail.";
        assert!(people(text).is_empty());
    }

    #[test]
    fn a_full_name_in_the_title_vouches_for_a_surname_that_opens_sentences() {
        let text = "Donald Trump and Elon Musk: a test\n\n\
                    Trump said little about tariffs, while Musk praised clean energy.\n\n\
                    Trump spoke again, while Musk stayed silent.\n";
        assert_eq!(people(text), ["Donald Trump", "Musk"]);
    }

    #[test]
    fn a_relation_a_citation_and_a_nor_list_name_people() {
        // Each named once, with nothing but the one clue: "the wife of",
        // "as … says", and "nor" beside a name already a person's.
        let text = "The city\n\n\
                    In those days the wife of Pinarius quarrelled with everyone. \
                    The women were bold, as Ibykus says. \
                    Yet Aristeides was just, and the people loved Aristeides. \
                    Neither Metellus, nor Aristeides, nor Epameinondas would court them. \
                    The dean of Yale and the king of Sparta stayed away.\n";
        let found = people(text);
        for name in [
            "Pinarius",
            "Ibykus",
            "Aristeides",
            "Metellus",
            "Epameinondas",
        ] {
            assert!(found.iter().any(|n| n == name), "{name} in {found:?}");
        }
        for name in ["Yale", "Sparta"] {
            assert!(!found.iter().any(|n| n == name), "{name} in {found:?}");
        }
    }

    #[test]
    fn a_list_mostly_of_people_names_people() {
        let found =
            people("On the stage stood Hoke Tolliver, Mary Carter, John Ames and Jane Brill.\n");
        assert!(found.iter().any(|n| n == "Hoke Tolliver"), "{found:?}");
        // A plural title heading an appositive names nobody.
        let found = people(
            "We confirmed two new Supreme Court Justices, Neil Gorsuch, and Brett Kavanaugh.\n",
        );
        assert!(!found.iter().any(|n| n.contains("Justices")), "{found:?}");
        // Two names taken for people do not make a list of ships people.
        let found = people(
            "The gunboats Yorktown, Concord, Bennington, Machias, Castine and Petrel sailed.\n",
        );
        assert!(!found.iter().any(|n| n == "Yorktown"), "{found:?}");
    }

    #[test]
    fn an_inner_name_used_alone_is_the_long_names_bearer() {
        // "Lula" is the third word of the full name.
        let text = "Javier Milei and Luiz Inácio Lula da Silva disagree. Milei cut spending. \
                    Lula, back in Brasília, raised the minimum wage.";
        assert_eq!(people(text), ["Javier Milei", "Luiz Inácio Lula da Silva"]);
        let r = analyze(text, &Options::default());
        let lula = r
            .actors
            .iter()
            .find(|a| a.name.starts_with("Luiz"))
            .unwrap();
        assert_eq!(lula.counts.name, 2);
        // Not a word the lists know as a place: "Washington" alone is not
        // George Washington Carver.
        let text = "George Washington Carver studied peanuts. Carver taught in Alabama. \
                    Washington sent troops. Carver stayed.";
        let r = analyze(text, &Options::default());
        let carver = r
            .actors
            .iter()
            .find(|a| a.name == "George Washington Carver")
            .unwrap();
        assert_eq!(carver.counts.name, 3);
    }

    #[test]
    fn a_family_name_first_used_alone_is_a_person() {
        // "Xi" is two letters in lower case after the capital: a name, not
        // an acronym; used alone after "Xi Jinping" it is the same man.
        let text = "Xi Jinping and Vladimir Putin met in Moscow. Xi wants trade; \
                    Putin wants a partner. While Putin wages war, Xi courts investors.";
        assert_eq!(people(text), ["Vladimir Putin", "Xi Jinping"]);
        let r = analyze(text, &Options::default());
        let xi = r.actors.iter().find(|a| a.name == "Xi Jinping").unwrap();
        assert_eq!(xi.counts.name, 3);
        assert!(
            xi.evidence.iter().any(|e| e == "first-word-alone"),
            "{:?}",
            xi.evidence
        );
    }

    /// A name with a romanised given name after the family name is a
    /// person's, and its family name alone is that person ("Lee" of "Lee
    /// Jae-myung"); two such names with one family name and two given
    /// names are two people. A possessive after "of" that follows a
    /// person noun is the person's, not a body's ("the leader of Yoon's
    /// party").
    #[test]
    fn a_family_name_before_a_romanised_given_name_is_the_surname() {
        let text =
            "Lee Jae-myung met Yoon Suk Yeol. Then Lee spoke. Yoon listened as he always does. \
                    Han Dong-hoon, leader of Yoon's party, said nothing. Kim Keon-hee \
                    and Kim Moon-soo stayed away.";
        assert_eq!(
            people(text),
            [
                "Han Dong-hoon",
                "Kim Keon-hee",
                "Kim Moon-soo",
                "Lee Jae-myung",
                "Yoon Suk Yeol"
            ]
        );
        let r = analyze(text, &Options::default());
        let count = |name: &str| {
            r.actors
                .iter()
                .find(|a| a.name == name)
                .unwrap()
                .counts
                .name
        };
        assert_eq!((count("Lee Jae-myung"), count("Yoon Suk Yeol")), (2, 3));
    }

    #[test]
    fn given_names_from_outside_the_census_list_name_people() {
        // Each named once, with nothing but the given name to go on.
        let text = "Leaders met. Narendra Modi courts both sides, while Giorgia Meloni \
                    backs Kyiv and Olaf Scholz hesitated.";
        assert_eq!(
            people(text),
            ["Giorgia Meloni", "Narendra Modi", "Olaf Scholz"]
        );
    }

    #[test]
    fn a_title_case_heading_alone_names_nobody() {
        // "Green Energy" opens no sentence as a name; the heading's words
        // carry no given name, so nothing joins them.
        let text = "Green Energy Rising\n\nGreen energy is cheap now. Rising costs hurt.\n";
        assert!(people(text).is_empty(), "{:?}", people(text));
    }

    /// Every name and entity the report lists, whatever its kind.
    fn named(text: &str) -> Vec<String> {
        let r = analyze(text, &Options::default());
        let mut names: Vec<String> = r.actors.iter().map(|a| a.name.clone()).collect();
        names.extend(r.entities.iter().map(|e| e.name.clone()));
        names
    }

    #[test]
    fn a_word_capitalised_by_position_is_no_name() {
        // A transcript: "Thank", "Let" and "Today" capitalised after a
        // parenthesis, a colon or a quotation mark, and in lower case more
        // often; "I've" and "We're" are pronouns; "Two" a number.
        let text = "Thank you. (Applause.) Thank you. We thank our troops, and we thank \
                    their families. I said: \"Let us work.\" We let them down before; \
                    we will not let them down again, and we let nobody wait. \
                    Today, I've signed it. Tonight, I'm proud: We're ready. \
                    Nobody knows today what tomorrow brings, but today we act. \
                    Senator Joe Manchin voted. Manchin said Manchin's plan stands. \
                    Since World War Two, wages rose. Two million jobs came back.";
        let names = named(text);
        for word in [
            "Thank",
            "Let",
            "Today",
            "I've",
            "I'm",
            "We're",
            "Tonight I'm",
            "Two",
        ] {
            assert!(
                !names.iter().any(|n| n == word),
                "{word} taken for a name: {names:?}"
            );
        }
        assert_eq!(people(text), ["Joe Manchin"]);
    }

    #[test]
    fn organisations_op_eds_name_bare_are_no_people() {
        // "Al" is a given name; "Al Qaeda" still names no person.
        let text = "Joe Biden and Benjamin Netanyahu disagree. Netanyahu vowed to destroy \
                    Hamas, while Biden urged restraint. Hezbollah fired rockets; Hezbollah \
                    answers to Tehran. Al Qaeda still operates, and the Kremlin watched.";
        assert_eq!(people(text), ["Benjamin Netanyahu", "Joe Biden"]);
        let r = analyze(text, &Options::default());
        for name in ["Hamas", "Hezbollah", "Al Qaeda", "Kremlin"] {
            let e = r.entities.iter().find(|e| e.name == name);
            assert!(
                e.is_some_and(|e| e.kind == crate::report::EntityKind::Organization),
                "{name}: {e:?}"
            );
        }
    }

    #[test]
    fn common_nouns_a_speech_capitalises_are_no_people() {
        // A speech: programmes and capitalised plurals used alone, a place
        // after a name's "of", a noun after "our" and "this", a plural
        // after "both" and "two", with nothing for or against a person,
        // beside two people properly named. A name the dictionary writes
        // with a capital stays a name ("Assad", as the news reports write
        // him), and so does a word that is neither.
        let text = "Nancy Pelosi spoke first. We will protect Medicare and Medicaid. \
                    Cuts to Medicare and Medicaid hurt seniors, and Agriculture suffers \
                    when Agriculture is ignored. I thank Members of both Houses; \
                    each member of this body works hard, and Members know it. \
                    Bob Dole answered her. Dole said the programs cost too much. \
                    Troops entered Syria, and Assad fled; the army of Assad \
                    retreated. Officials met Kimon, and Kimon agreed. Funds for the \
                    District of Columbia grew, and the District of Columbia thrived. \
                    Dole knows this Nation, and our Nation knows him. He thanked \
                    both Houses, and the two Houses thanked him.";
        let people = people(text);
        for word in [
            "Medicare",
            "Medicaid",
            "Agriculture",
            "Members",
            "Columbia",
            "Nation",
            "Houses",
        ] {
            assert!(
                !people.iter().any(|n| n == word),
                "{word} taken for a person: {people:?}"
            );
        }
        for name in ["Nancy Pelosi", "Bob Dole", "Assad", "Kimon"] {
            assert!(
                people.iter().any(|n| n == name),
                "{name} missed: {people:?}"
            );
        }
    }
}
