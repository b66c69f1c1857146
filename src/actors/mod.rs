//! The second stage: document → actors (the people the essay discusses),
//! every mention of each, and which clause speaks of whom.
//!
//! - [`terms`] answers, once per distinct word form, what the word lists
//!   ([`lexicon`], `data/`) say of it, and marks the tokens later passes
//!   visit (a long text is not walked token by token by every pass);
//! - [`names`] finds capitalised name candidates with their context;
//! - [`classify`] groups them by surname and tells people from
//!   organisations, places and peoples on the text's own evidence;
//! - this module turns person groups into actors, adds derived forms
//!   ("Trumpism") and the caller's aliases and affiliations, and picks the
//!   compared actors;
//! - [`references`] resolves pronouns and comparative references;
//! - [`attribution`] gives each clause its actors and its subject;
//! - [`options`] applies the caller's `compare`, `merge`, `aliases`,
//!   `affiliations` and `exclude`, warning about what cannot apply.
//!
//! Spans are byte offsets, like the document's; the report converts them.

pub mod affiliation;
pub mod attribution;
pub mod classify;
pub mod lexicon;
pub mod names;
pub mod naming;
pub mod options;
pub mod quotes;
pub mod references;
pub mod terms;

use crate::document::Document;
use crate::text::case::lower_str;
use crate::text::ByteSpan;
use classify::GroupKind;
pub use options::Warning;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum MentionKind {
    /// The person's name: full, surname, given name, titled, possessive.
    Name,
    /// A derived form ("Trumpism") or an alias or affiliation the caller gave.
    Alias,
    Pronoun,
    /// "the former", "the other", "both men", "the MAGA godfather".
    Reference,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntityKind {
    Organization,
    Place,
    Group,
    Other,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: ByteSpan,
    pub kind: MentionKind,
    pub rule: &'static str,
    pub sentence: u32,
    pub clause: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// Stable within a report: a slug of the canonical name.
    pub id: String,
    pub name: String,
    /// Every other form the text uses for this actor.
    pub aliases: Vec<String>,
    pub gender: Gender,
    /// Share of all actor mentions that are this actor's, in [0, 1].
    pub salience: f64,
    /// Why this is a person: "given-name:Donald", "title:Mr.", …
    pub evidence: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    pub mentions: Vec<ByteSpan>,
}

/// The actors of one clause.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClauseActors {
    /// Indexes into [`Actors::actors`], in order of first mention.
    pub actors: Vec<u32>,
    /// The actor the clause is about, when it can be told.
    pub subject: Option<u32>,
    /// The subject is the speaker of a quotation the clause is in
    /// ([`quotes`]), not named in the clause itself.
    pub quoted: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Actors {
    /// Most salient first.
    pub actors: Vec<Actor>,
    /// Indexes into `actors`.
    pub compared: Vec<u32>,
    pub entities: Vec<Entity>,
    /// Per sentence, per clause.
    pub clauses: Vec<Vec<ClauseActors>>,
    /// Options that could not be applied, each with its reason.
    pub warnings: Vec<Warning>,
    /// `[first, end)` token ranges, in text order, of words that name
    /// rather than discuss ([`naming`]): a theme cue wholly inside one
    /// counts for no theme.
    pub naming: Vec<[u32; 2]>,
}

/// The actors of one mention: one for a name or "he", two or more for
/// "both" or "they". Held inline (no allocation per mention); a mention
/// of more than [`ActorSet::MAX`] actors keeps the first ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActorSet {
    ids: [u32; ActorSet::MAX],
    len: u8,
}

impl ActorSet {
    pub const MAX: usize = 6;

    pub fn one(a: u32) -> Self {
        let mut ids = [0; Self::MAX];
        ids[0] = a;
        Self { ids, len: 1 }
    }
}

impl std::ops::Deref for ActorSet {
    type Target = [u32];
    fn deref(&self) -> &[u32] {
        &self.ids[..self.len as usize]
    }
}

impl<'a> IntoIterator for &'a ActorSet {
    type Item = &'a u32;
    type IntoIter = std::slice::Iter<'a, u32>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl FromIterator<u32> for ActorSet {
    fn from_iter<I: IntoIterator<Item = u32>>(iter: I) -> Self {
        let mut set = Self::default();
        for a in iter.into_iter().take(Self::MAX) {
            set.ids[set.len as usize] = a;
            set.len += 1;
        }
        set
    }
}

/// A mention while the stage works: it may point to several actors
/// ("both", "they"), indexes into the stage's working actor list.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub span: ByteSpan,
    pub sentence: u32,
    pub clause: u32,
    /// First token and one past the last.
    pub token: u32,
    pub end_token: u32,
    pub actors: ActorSet,
    pub kind: MentionKind,
    pub rule: &'static str,
}

/// Working form of an actor before references and ordering.
struct Draft {
    name: String,
    surname: String,
    forms: Vec<String>,
    evidence: Vec<String>,
    gender_prior: u8,
    /// See [`classify::Group::gender_titled`].
    gender_titled: bool,
    members: Vec<usize>,
}

/// Finds the actors of `doc`. Never panics; a text without people gives
/// an empty list.
pub fn find(text: &str, doc: &Document, options: &crate::Options) -> Actors {
    let bits = terms::TermBits::new(doc);
    let marks = bits.marks(doc);
    let mut forms_table = names::Forms::default();
    let candidates = names::candidates(text, doc, &bits, &marks.capitals, &mut forms_table);
    let pronouns = classify::Pronouns::new(doc, &marks.gendered);
    let (groups, group_of) = classify::classify(
        text,
        doc,
        &candidates,
        &forms_table,
        &bits,
        &pronouns,
        &marks.term_counts,
    );
    let mut warnings = Vec::new();
    let author = author_words(text, doc);

    // Gathered in one pass over the candidates in text order: a person's
    // forms (a draft's), a thing's mention spans (an entity's); neither
    // needs the other's.
    let mut forms: Vec<Vec<String>> = vec![Vec::new(); groups.len()];
    let mut spans: Vec<Vec<ByteSpan>> = vec![Vec::new(); groups.len()];
    let form_count = forms_table.len();
    let mut form_seen = vec![false; form_count];
    // Organisations' and other names: outlets a report may cite.
    let mut things: Vec<[u32; 2]> = Vec::new();
    for (c, &g) in candidates.iter().zip(&group_of) {
        let (Some(group), Some(forms), Some(spans)) =
            (groups.get(g), forms.get_mut(g), spans.get_mut(g))
        else {
            continue;
        };
        if group.kind != GroupKind::Person {
            spans.push(c.span);
            if matches!(group.kind, GroupKind::Organization | GroupKind::Other) {
                things.push([c.span_token(), c.tokens[1]]);
            }
            continue;
        }
        if !std::mem::replace(&mut form_seen[c.form_id as usize], true) {
            forms.push(forms_table.text(c.form_id).to_string());
        }
        // As written differs from the bare form only with a title or a
        // possessive ending ("Trump’s", "President Trump").
        if c.title != 0 || c.possessive {
            let written = c.span.of(text);
            if !forms.iter().any(|f| f == written) {
                forms.push(written.to_string());
            }
        }
    }
    let mut drafts: Vec<Draft> = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    for ((g, forms), mentions) in groups.into_iter().zip(forms).zip(spans) {
        // The name lowered once per group, and only when there is an author.
        let is_author = !author.is_empty() && {
            let name = lower_str(&g.name);
            author.iter().any(|a| *a == g.key || name == *a)
        };
        if is_author {
            continue;
        }
        if g.kind == GroupKind::Person {
            // "William Pitt the Younger": an epithet after the full name is
            // part of the name that tells him from his father.
            let epithet = g
                .members
                .iter()
                .filter_map(|&m| candidates.get(m))
                .filter(|c| c.words > 1)
                .find_map(|c| epithet_after(doc, c.tokens[1]));
            let name = match epithet {
                Some(e) => format!("{} the {e}", g.name),
                None => g.name,
            };
            drafts.push(Draft {
                name,
                surname: g.surname,
                forms,
                evidence: g.evidence,
                gender_prior: g.gender_prior,
                gender_titled: g.gender_titled,
                members: g.members,
            });
        } else {
            let kind = match g.kind {
                GroupKind::Organization => EntityKind::Organization,
                GroupKind::Place => EntityKind::Place,
                GroupKind::Group => EntityKind::Group,
                _ => EntityKind::Other,
            };
            entities.push(Entity {
                name: g.name,
                kind,
                mentions,
            });
        }
    }

    // "Trumpism" used as a name is Trump's derived form, not a person.
    let surnames = Surnames::new(&drafts);
    let derived: Vec<bool> = drafts
        .iter()
        .map(|d| surnames.alias_of(&d.name).is_some())
        .collect();
    let mut keep = derived.iter().map(|d| !d);
    drafts.retain(|_| keep.next().unwrap_or(true));
    options::merge(options, &mut drafts, &mut warnings);
    let excluded = options::excluded(options, &drafts, &mut warnings);

    // Name mentions of each draft, in text order (one pass over the
    // candidates), then derived forms, aliases, affiliations.
    let mut draft_of = vec![u32::MAX; candidates.len()];
    for (a, d) in drafts.iter().enumerate() {
        for &m in &d.members {
            draft_of[m] = a as u32;
        }
    }
    // Whether a one-word form is its draft's surname, decided once per form.
    let mut is_surname: Vec<u8> = vec![0; form_count];
    // A mention per candidate, and room for the derived forms after them.
    let mut found: Vec<Found> = Vec::with_capacity(candidates.len() + candidates.len() / 8);
    for (c, &a) in candidates.iter().zip(&draft_of) {
        let Some(d) = drafts.get(a as usize) else {
            continue;
        };
        let rule = if c.possessive {
            "possessive"
        } else if c.title != 0 {
            "title-and-name"
        } else if c.words > 1 {
            "full-name"
        } else {
            let known = &mut is_surname[c.form_id as usize];
            if *known == 0 {
                *known = if lower_str(forms_table.text(c.form_id)) == lower_str(&d.surname) {
                    1
                } else {
                    2
                };
            }
            if *known == 1 {
                "surname"
            } else {
                "given-name"
            }
        };
        found.push(Found {
            span: c.span,
            sentence: c.sentence,
            clause: 0,
            token: c.span_token(),
            end_token: c.tokens[1],
            actors: ActorSet::one(a),
            kind: MentionKind::Name,
            rule,
        });
    }
    derived_forms(text, doc, &marks.capitals, &drafts, &mut found);
    let affiliated = options::aliases(text, doc, options, &drafts, &mut found, &mut warnings);
    // Affiliations now count for their actor; derived forms ("Trumpism")
    // are the actor's aliases, not things of their own.
    let surnames = Surnames::new(&drafts);
    entities.retain(|e| {
        !affiliated.iter().any(|a| a == &e.name) && surnames.alias_of(&e.name).is_none()
    });
    found.retain(|f| !f.actors.iter().any(|a| excluded.contains(a)));
    let mut by_position: Vec<u32> = (0..found.len() as u32).collect();
    rank(&mut by_position, &|i| {
        let f = &found[i as usize];
        (u64::from(f.token) << 32) | u64::from(u32::MAX - f.end_token)
    });
    let mut found = permute(&found, &by_position);
    found.dedup_by(|b, a| b.token < a.end_token && b.actors == a.actors);

    // Compared: the caller's choice, else the two most named.
    let named = mention_counts(&found, drafts.len());
    let mut by_names: Vec<u32> = (0..drafts.len() as u32)
        .filter(|a| !excluded.contains(a))
        .collect();
    let first = first_tokens(&found, drafts.len());
    rank(&mut by_names, &|a| {
        (u64::from(u32::MAX - named[a as usize]) << 32) | u64::from(first[a as usize])
    });
    let compared = options::compared(options, &drafts, &excluded, &mut warnings)
        .unwrap_or_else(|| by_names.iter().copied().take(2).collect());

    let mut gender = learn_gender(doc, &bits, &drafts, &found);
    let mut titles: Vec<(String, u32)> = Vec::new();
    for (a, d) in drafts.iter().enumerate() {
        for &m in &d.members {
            let c = &candidates[m];
            let title = (c.title != 0)
                .then(|| c.tokens[0].checked_sub(1))
                .flatten()
                .and_then(|t| names::tok(text, doc, t as usize));
            if let Some(t) = title {
                // "Vice President Harris" holds another office than
                // "President Biden": the title keeps the "vice"/"deputy"
                // the name's span holds (`Candidate::deputy`).
                let deputy = c
                    .deputy
                    .then(|| names::tok(text, doc, c.tokens[0] as usize - 2))
                    .flatten()
                    .map(|w| w.lower);
                let title = t.lower.trim_end_matches('.');
                let word = match deputy {
                    Some(d) => format!("{d} {title}"),
                    None => title.to_string(),
                };
                if !titles.iter().any(|(w, b)| *w == word && *b == a as u32) {
                    titles.push((word, a as u32));
                }
            }
        }
    }
    let mut people = references::People {
        gender: gender.clone(),
        compared: compared.clone(),
        first: first.clone(),
        titles,
    };
    // The resolver asks which clause each name is in.
    for f in &mut found {
        f.clause = doc.clause_at(f.sentence, f.span.start);
    }
    let first_pass = references::resolve(text, doc, &bits, &marks.references, &found, &people);
    // A person the names and the opening votes left without a gender may
    // get one from the pronouns just resolved to them ("Le Pen once praised
    // Putin. She has since changed her tone."); with it, the pronouns are
    // resolved once more, so a "she" no longer goes to a man. Only when a
    // reference of the other gender asked about that person: else the
    // second pass would decide everything the same way.
    let learnt = learn_gender_from_pronouns(&bits, doc, &first_pass.found, &mut gender);
    let rerun = learnt
        .iter()
        .any(|&a| gender.get(a).is_some_and(|&g| first_pass.depends_on(a, g)));
    let found = if rerun {
        people.gender = gender.clone();
        references::resolve(text, doc, &bits, &marks.references, &found, &people).found
    } else {
        first_pass.found
    };

    // Order actors by salience (all mentions, and a quotation a name
    // speaks as one mention per sentence of it), compared first among
    // equals.
    let mut counts = mention_counts(&found, drafts.len());
    for (c, q) in counts
        .iter_mut()
        .zip(quotes::quoted_sentences(doc, &bits, &found, drafts.len()))
    {
        *c += q;
    }
    let total: u32 = counts.iter().sum::<u32>().max(1);
    let mut order: Vec<u32> = (0..drafts.len() as u32)
        .filter(|a| !excluded.contains(a) && counts[*a as usize] > 0)
        .collect();
    // Most mentions first; among equals the compared, then the first named.
    rank(&mut order, &|a| {
        let count = u64::from(u32::MAX - counts[a as usize]);
        let not_compared = u64::from(!compared.contains(&a));
        (count << 33) | (not_compared << 32) | u64::from(first[a as usize])
    });
    let mut new_index = vec![u32::MAX; drafts.len()];
    for (n, &a) in order.iter().enumerate() {
        new_index[a as usize] = n as u32;
    }
    let mut ids: Vec<String> = Vec::new();
    let mut actors: Vec<Actor> = order
        .iter()
        .map(|&a| {
            let d = &drafts[a as usize];
            let id = unique_id(&slug(&d.name), &ids);
            ids.push(id.clone());
            let gender = match gender[a as usize] {
                1 => Gender::Male,
                2 => Gender::Female,
                _ => Gender::Unknown,
            };
            Actor {
                id,
                name: d.name.clone(),
                aliases: Vec::new(),
                gender,
                salience: counts[a as usize] as f64 / total as f64,
                evidence: d.evidence.clone(),
                mentions: Vec::new(),
            }
        })
        .collect();
    let mut names: Vec<(u32, [u32; 2])> = Vec::new();
    for f in &found {
        if f.kind == MentionKind::Name
            && f.actors
                .iter()
                .any(|&a| actors.get(new_index[a as usize] as usize).is_some())
        {
            names.push((f.sentence, [f.token, f.end_token]));
        }
        for &a in &f.actors {
            let Some(actor) = actors.get_mut(new_index[a as usize] as usize) else {
                continue;
            };
            actor.mentions.push(Mention {
                span: f.span,
                kind: f.kind,
                rule: f.rule,
                sentence: f.sentence,
                clause: f.clause,
            });
            let named = matches!(f.kind, MentionKind::Name | MentionKind::Alias)
                || f.rule.starts_with("description");
            if named && f.actors.len() == 1 {
                // Compared as written but for case ("Von der Leyen" opening
                // a sentence, "von der Leyen" inside one); a String only
                // for a new alias.
                let shown = f.span.of(text);
                let same = |a: &str| a.eq_ignore_ascii_case(shown);
                // "a former chancellor" says what someone is, not what
                // the text calls them.
                let indefinite = shown
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
                if !indefinite && !same(&actor.name) && !actor.aliases.iter().any(|a| same(a)) {
                    actor.aliases.push(shown.to_string());
                }
            }
        }
    }
    // By default the compared pair is the two most salient, counting every
    // mention now that references are resolved.
    let compared = if options.compare.is_empty() {
        order.iter().copied().take(2).collect()
    } else {
        compared
    };
    let mut compared: Vec<u32> = compared
        .iter()
        .map(|&a| new_index[a as usize])
        .filter(|&a| a != u32::MAX)
        .collect();
    if options.compare.is_empty() {
        rank(&mut compared, &|a| u64::from(a));
    }
    let found_final: Vec<Found> = found
        .into_iter()
        .map(|mut f| {
            f.actors = f
                .actors
                .iter()
                .map(|&a| new_index[a as usize])
                .filter(|&a| a != u32::MAX)
                .collect();
            f
        })
        .collect();
    let clauses = attribution::attribute(doc, &bits, &found_final);
    let mut by_count: Vec<u32> = (0..entities.len() as u32).collect();
    rank(&mut by_count, &|e| {
        u64::from(u32::MAX - entities[e as usize].mentions.len() as u32)
    });
    let entities = permute_owned(entities, &by_count);
    let naming = naming::naming(doc, &bits, &names, &things);
    Actors {
        actors,
        compared,
        entities,
        clauses,
        warnings,
        naming,
    }
}

impl names::Candidate {
    /// The first token of the mention, title included.
    fn span_token(&self) -> u32 {
        if self.title != 0 {
            self.tokens[0].saturating_sub(1)
        } else {
            self.tokens[0]
        }
    }
}

/// Sorts indexes by a key. Every sort of this stage goes through this one
/// function, a single instantiation of the sort code: each `sort_by_key`
/// with its own closure is another copy of it in the wasm.
pub fn rank(items: &mut [u32], key: &dyn Fn(u32) -> u64) {
    items.sort_unstable_by_key(|&i| (key(i), i));
}

/// Reorders `items` by the index order `order`.
fn permute<T: Clone>(items: &[T], order: &[u32]) -> Vec<T> {
    order
        .iter()
        .filter_map(|&i| items.get(i as usize).cloned())
        .collect()
}

/// Reorders `items` by `order`, a permutation of their indexes, moving
/// each rather than cloning it: an entity holds its forms and mentions, and
/// cloning a long text's thousands of them (then dropping the originals)
/// was 16,000 allocations and frees on 10 MB.
fn permute_owned<T>(items: Vec<T>, order: &[u32]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i as usize)?.take())
        .collect()
}

/// How many mentions each of `actors` actors has.
fn mention_counts(found: &[Found], actors: usize) -> Vec<u32> {
    let mut counts = vec![0u32; actors];
    for f in found {
        for &a in &f.actors {
            if let Some(c) = counts.get_mut(a as usize) {
                *c += 1;
            }
        }
    }
    counts
}

/// The first token at which each actor is mentioned (`u32::MAX` if never).
fn first_tokens(found: &[Found], actors: usize) -> Vec<u32> {
    let mut first = vec![u32::MAX; actors];
    for f in found {
        for &a in &f.actors {
            if let Some(slot) = first.get_mut(a as usize) {
                *slot = (*slot).min(f.token);
            }
        }
    }
    first
}

/// The drafts' surnames, for finding derived forms ("Trumpism") without
/// comparing every word with every surname.
struct Surnames<'a> {
    by_name: terms::FxMap<&'a str, u32>,
    /// Full names' initials ("AOC"), u32::MAX where two drafts share them.
    by_initials: terms::FxMap<String, u32>,
}

impl<'a> Surnames<'a> {
    fn new(drafts: &'a [Draft]) -> Self {
        let mut by_name = terms::FxMap::default();
        let mut by_initials = terms::FxMap::default();
        for (i, d) in drafts.iter().enumerate() {
            if !d.surname.is_empty() {
                by_name.entry(d.surname.as_str()).or_insert(i as u32);
            }
            if let Some(initials) = names::initials_of(&d.name) {
                by_initials
                    .entry(initials)
                    .and_modify(|a| *a = u32::MAX)
                    .or_insert(i as u32);
            }
        }
        Self {
            by_name,
            by_initials,
        }
    }

    /// The draft a word names other than by name: a derived form
    /// ("Trumpism") or the initials of its full name ("AOC"), with the
    /// rule that says which.
    fn alias_of(&self, word: &str) -> Option<(usize, &'static str)> {
        if let Some(d) = self.derived(word) {
            return Some((d, "derived-form"));
        }
        let d = *self.by_initials.get(names::as_initials(word)?)?;
        (d != u32::MAX).then_some((d as usize, "initials"))
    }

    /// The draft whose surname `word` is derived from.
    fn derived(&self, word: &str) -> Option<usize> {
        // Surnames of three characters or more (`names::derived_from`),
        // followed by what may begin a derived form: tested before the
        // prefix is hashed, which most positions of most words fail.
        word.char_indices().skip(3).take(40).find_map(|(i, c)| {
            if !names::may_follow_surname(c) {
                return None;
            }
            let prefix = &word[..i];
            let d = *self.by_name.get(prefix)? as usize;
            names::derived_from(word, prefix).then_some(d)
        })
    }
}

/// The author's name words, lower-case, from the byline and the bio's
/// opening: the author is never an actor of the essay.
fn author_words(text: &str, doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((_, name)) = doc.byline {
        let name = name.of(text);
        out.push(lower_str(name));
        out.extend(name.split_whitespace().map(lower_str));
    }
    out
}

/// "Trumpism", "Trumpworld", "Musk-style": words that begin with an
/// actor's surname are that actor's aliases.
fn derived_forms(
    text: &str,
    doc: &Document,
    capitals: &[u32],
    drafts: &[Draft],
    found: &mut Vec<Found>,
) {
    if drafts.is_empty() {
        return;
    }
    let surnames = Surnames::new(drafts);
    // Decided once per term: u32::MAX not yet, u32::MAX - 1 not derived.
    let mut derived = vec![u32::MAX; doc.terms.len()];
    let mut rule_of = vec!["derived-form"; doc.terms.len()];
    let mut s = 0;
    for &i in capitals {
        let Some(t) = doc.tokens.get(i as usize) else {
            continue;
        };
        let Some(slot) = derived.get_mut(t.term as usize) else {
            continue;
        };
        if *slot == u32::MAX {
            let alias = surnames.alias_of(t.span().of(text));
            *slot = alias.map_or(u32::MAX - 1, |(a, _)| a as u32);
            if let (Some((_, rule)), Some(r)) = (alias, rule_of.get_mut(t.term as usize)) {
                *r = rule;
            }
        }
        if *slot >= u32::MAX - 1 {
            continue;
        }
        while doc.sentences.get(s).is_some_and(|x| x.tokens[1] <= i) {
            s += 1;
        }
        found.push(Found {
            span: t.span(),
            sentence: s as u32,
            clause: 0,
            token: i,
            end_token: i + 1,
            actors: ActorSet::one(*slot),
            kind: MentionKind::Alias,
            rule: rule_of
                .get(t.term as usize)
                .copied()
                .unwrap_or("derived-form"),
        });
    }
}

/// The epithet of "Pitt the Younger", "Cato the Elder", "Alexander the
/// Great" after a name that ends before token `end`: "the", then one of
/// the three words, and no capitalised word after it ("Hoover the Great
/// Depression" is no epithet).
fn epithet_after(doc: &Document, end: u32) -> Option<&'static str> {
    use crate::document::shape::CAPITAL;
    let capital = |i: u32| doc.term_at(i).is_some_and(|t| t.shape & CAPITAL != 0);
    if doc.term_at(end).is_none_or(|t| t.lower != "the") || capital(end) || capital(end + 2) {
        return None;
    }
    let word = doc.term_at(end + 1).filter(|_| capital(end + 1))?;
    [
        ("younger", "Younger"),
        ("elder", "Elder"),
        ("great", "Great"),
    ]
    .into_iter()
    .find(|(lower, _)| word.lower == *lower)
    .map(|(_, written)| written)
}

/// Gender from the text first: a gendered pronoun that follows the only
/// actor named in its sentence, or opens the next sentence, votes for that
/// actor. Titles, nouns and given names decide only when the text is silent.
fn learn_gender(
    doc: &Document,
    bits: &terms::TermBits,
    drafts: &[Draft],
    found: &[Found],
) -> Vec<u8> {
    let mut votes = vec![(0u32, 0u32); drafts.len()];
    // `found` is in text order: the mentions of a sentence are a run.
    let runs: Vec<&[Found]> = found.chunk_by(|a, b| a.sentence == b.sentence).collect();
    for (r, mentions) in runs.iter().enumerate() {
        let Some(first) = mentions.first() else {
            continue;
        };
        let a = first.actors.first().copied().unwrap_or(u32::MAX);
        // Only sentences that name one actor and no other.
        if a == u32::MAX || mentions.iter().any(|f| f.actors.iter().any(|&b| b != a)) {
            continue;
        }
        let s = first.sentence;
        let last = mentions.iter().map(|f| f.end_token).max().unwrap_or(0);
        let Some(sentence) = doc.sentences.get(s as usize) else {
            continue;
        };
        if in_opening_phrase(doc, bits, sentence.tokens[0], first.token) {
            continue;
        }
        let next_named = runs
            .get(r + 1)
            .and_then(|m| m.first())
            .is_some_and(|f| f.sentence == s + 1);
        let next = doc
            .sentences
            .get(s as usize + 1)
            .filter(|_| !next_named)
            .map_or(0..0, |n| n.tokens[0]..n.tokens[1].min(n.tokens[0] + 4));
        // A pronoun the sentence gives someone else before the name ("In
        // October he blocked an endorsement of Kamala Harris and defended
        // it in his pages") or in the name's appositive ("Andrew Ferguson,
        // her successor, …"): that gender is another person's here, and
        // the pronouns of it after the name most likely theirs too.
        let term_at = |i: u32| doc.tokens.get(i as usize).map_or(u32::MAX, |t| t.term);
        let mut elsewhere =
            (sentence.tokens[0]..first.token).fold(0, |m, i| m | bits.reference(term_at(i)));
        for f in mentions.iter() {
            if bits.code(term_at(f.end_token)) == terms::code::COMMA {
                elsewhere |= bits.reference(term_at(f.end_token + 1));
            }
        }
        let gendered = lexicon::reference::MALE | lexicon::reference::FEMALE;
        for i in (last..sentence.tokens[1]).chain(next) {
            let Some(t) = doc.tokens.get(i as usize) else {
                continue;
            };
            if let Some(v) = votes.get_mut(a as usize) {
                vote(v, bits.reference(t.term) & !(elsewhere & gendered));
            }
        }
    }
    drafts
        .iter()
        .zip(votes)
        .map(|(d, (m, f))| {
            // A gendered title weighs two pronouns.
            let title = |g: u8| {
                if d.gender_titled && d.gender_prior == g {
                    2
                } else {
                    0
                }
            };
            (m + title(1), f + title(2), d)
        })
        .map(|(m, f, d)| match (m, f) {
            (m, f) if m > f => 1,
            (m, f) if f > m => 2,
            _ => d.gender_prior,
        })
        .collect()
}

/// Whether the name at `token` is the object of a preposition in the
/// phrase that opens its sentence ("As labour minister under Fernando de
/// la Rúa in 2001 she carried out …", "Under Obama, he …"): the pronoun
/// after such a phrase is the main clause's subject, most often someone
/// else, so it says nothing of the name's gender. An opening "after" or
/// "before" is passed over too, though it may start a clause ("After Trump
/// lost, he …"): a vote lost costs less than a wrong one.
fn in_opening_phrase(doc: &Document, bits: &terms::TermBits, start: u32, token: u32) -> bool {
    let term = |i: u32| doc.tokens.get(i as usize).map_or(u32::MAX, |t| t.term);
    let opens = bits.preposition(term(start)) || bits.code(term(start)) == terms::code::AS;
    opens
        && token > start
        && attribution::governed(doc, bits, token)
        && (start..token).all(|i| bits.code(term(i)) != terms::code::COMMA)
}

/// Counts a pronoun's `reference::*` bits as a (male, female) vote.
fn vote(v: &mut (u32, u32), reference_bits: u32) {
    use lexicon::reference;
    if reference_bits & reference::MALE != 0 {
        v.0 += 1;
    } else if reference_bits & reference::FEMALE != 0 {
        v.1 += 1;
    }
}

/// Sets the gender of each actor that has none from the gendered pronouns
/// resolved to them alone: at least two, all of one gender. Returns
/// the actors whose gender it set.
fn learn_gender_from_pronouns(
    bits: &terms::TermBits,
    doc: &Document,
    found: &[Found],
    gender: &mut [u8],
) -> Vec<usize> {
    let mut votes = vec![(0u32, 0u32); gender.len()];
    for f in found.iter().filter(|f| f.kind == MentionKind::Pronoun) {
        let [a] = &*f.actors else { continue };
        let Some(t) = doc.tokens.get(f.token as usize) else {
            continue;
        };
        if let Some(v) = votes.get_mut(*a as usize) {
            vote(v, bits.reference(t.term));
        }
    }
    let mut learnt = Vec::new();
    for (a, (g, (m, f))) in gender.iter_mut().zip(votes).enumerate() {
        if *g != 0 {
            continue;
        }
        *g = match (m, f) {
            (m, 0) if m >= 2 => 1,
            (0, f) if f >= 2 => 2,
            _ => continue,
        };
        learnt.push(a);
    }
    learnt
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in lower_str(name).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("actor");
    }
    out
}

fn unique_id(base: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t == base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .unwrap_or_default()
}
