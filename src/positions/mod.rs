//! The fourth stage: where each actor stands on each theme, from the clauses
//! the actor stage attributes to them and the cues the theme stage found.
//!
//! A clause gives a stance when it holds a pole term of a theme (a term the
//! dictionary ties to one of the theme's two poles). Its sign is the
//! term's pole, turned by the attitude word before it ("mocked clean
//! energy": against the green pole) and by a negation before that ("did not
//! oppose tariffs"). Without an attitude word, a naming predicate may judge
//! the term ("called tariffs a mistake": against; "a blessing": for). A
//! clause with neither still counts, more weakly: naming a pole term beside
//! an actor ("Trump's tariffs") usually means the actor stands for it. A
//! hedge ("perhaps") halves the weight.
//!
//! Whose stance: the clause's subject; the actors of a plural subject
//! ("both men", "they"); every actor of the clause when it says the stance
//! is shared ("their mutual enemy", "both"); the clause's one actor when it
//! names one. An attitude aimed at "it"/"this" takes the last pole term
//! before it in the sentence: "While Musk thrives on globalism, Trump works
//! against it" puts Trump against globalism.

pub mod tone;
mod verbs;

use crate::actors::Actors;
use crate::document::{BlockKind, Document};
use crate::text::ByteSpan;
use crate::themes::{CueKind, Dictionary, Match, ThemeScores};

/// Weight of a stance read from a pole term without an attitude word.
const BARE_TERM: f32 = 0.6;
/// Words before an attitude or term that a negation may stand in.
const NEGATION_REACH: u32 = 3;
/// Pronouns an attitude can aim at, standing for a pole term said before.
const STAND_INS: &[&str] = &["it", "this", "that", "them", "these", "those"];
/// Tokens after a pole term within which an actor's name and the attitude
/// after it can make "the capital flow Trump loathes".
const RELATIVE_REACH: u32 = 8;

/// Tokens before a stance an accusing verb may stand ("accused his old
/// rival of favoring").
const ACCUSATION_REACH: u32 = 12;

/// The lower-case word at token `i`; `None` for punctuation and numbers.
fn word_at(doc: &Document, i: u32) -> Option<&str> {
    doc.term_at(i)
        .filter(|t| t.kind == crate::document::TokenKind::Word)
        .map(|t| t.lower.as_str())
}

/// Whether a naming verb stands at most two words before token `first`,
/// with only words between ("called the Green New Deal").
fn naming_verb_before(doc: &Document, first: u32) -> bool {
    verb_before(doc, first, verbs::NAMING)
}

/// Whether a verb of the `bits` sections of `stance_verbs.txt` stands at
/// most two words before token `first`, with only words between.
fn verb_before(doc: &Document, first: u32, bits: u32) -> bool {
    let word = |i: u32| word_at(doc, i);
    (first.saturating_sub(3)..first)
        .rev()
        .find(|&k| word(k).is_some_and(|w| verbs::is(w, bits)))
        .is_some_and(|verb| (verb + 1..first).all(|k| word(k).is_some()))
}

/// Quotation marks, and those that may open a quotation.
const QUOTES: &[&str] = &["\"", "“", "”", "‘", "’", "'"];
const OPENING_QUOTES: &[&str] = &["\"", "“", "‘", "'"];

/// Whether the token at `i` is one of `marks`.
fn mark_at(doc: &Document, i: u32, marks: &[&str]) -> bool {
    doc.term_at(i).is_some_and(|t| marks.contains(&&*t.lower))
}

/// Whether the term at token `first` opens a quoted name a naming verb
/// gives someone or something: "called the rioters “fascist fanatics”",
/// "branded his critics “enemies of the people”". The words are the
/// name given, not the namer's cause.
fn quoted_name_given(doc: &Document, first: u32) -> bool {
    let Some(open) = first
        .checked_sub(1)
        .filter(|&q| mark_at(doc, q, OPENING_QUOTES))
    else {
        return false;
    };
    (open.saturating_sub(4)..open)
        .rev()
        .find(|&k| word_at(doc, k).is_some_and(|w| verbs::is(w, verbs::NAMING)))
        .is_some_and(|verb| (verb + 1..open).all(|k| word_at(doc, k).is_some()))
}

/// The judgement a naming predicate passes on the term at tokens `[first,
/// end)`: a naming verb at most two words before it ("called the Green New
/// Deal"), then "a", "an" or "as" after it and up to three words that the
/// tone lexicon rates ("a hoax", "as a costly mistake", "a blessing").
/// Returns the sign (−1 against, +1 for) and the token of the word that
/// decided, the strongest: a word rated −1 or lower, or 1.5 or higher.
fn naming_predicate(doc: &Document, first: u32, end: u32) -> Option<(i8, u32)> {
    let word = |i: u32| word_at(doc, i);
    if !naming_verb_before(doc, first) {
        return None;
    }
    let mut k = end;
    match word(k)? {
        "a" | "an" => k += 1,
        "as" => {
            k += 1;
            if matches!(word(k), Some("a" | "an")) {
                k += 1;
            }
        }
        _ => return None,
    }
    let lexicon = crate::tone::Lexicon::get(crate::tone::Rules::default().lookup);
    let mut best: Option<(f32, u32)> = None;
    for i in k..k + 3 {
        let Some(w) = word(i) else { break };
        if let Some(v) = lexicon.word(w) {
            if best.is_none_or(|(b, _)| v.abs() > b.abs()) {
                best = Some((v, i));
            }
        }
    }
    match best? {
        (v, i) if v <= -1.0 => Some((-1, i)),
        (v, i) if v >= 1.5 => Some((1, i)),
        _ => None,
    }
}

/// Whether the pole term at token `first` names an office, not a stance:
/// a title or person noun, a preposition and perhaps "the" before it ("a
/// former ambassador to the United Nations", "the Secretary of Energy",
/// "minister for climate"). Its holder holds the office, whatever their
/// views; an attitude word before it still gives one ("championed the
/// ambassador to the UN" is not this).
fn office_before(doc: &Document, first: u32) -> bool {
    use crate::actors::lexicon::person;
    let word = |i: u32| doc.term_at(i).map_or("", |t| t.lower.as_str());
    let i = with_the(doc, first);
    if i < 2 || !matches!(word(i - 1), "of" | "to" | "for" | "at") {
        return false;
    }
    let office = word(i - 2);
    crate::actors::terms::word_facts(office.trim_end_matches('.')).1
        & (person::ANY_TITLE | person::ANY_NOUN)
        != 0
}

/// Whether "about" governs the term at `first`, perhaps through "the"
/// ("has never said much about tariffs"): negated, with no attitude word
/// and no predicate, the term is what the clause is silent about, no
/// stance against it.
fn topic_of_about(doc: &Document, first: u32) -> bool {
    let i = with_the(doc, first);
    i > 0 && word_at(doc, i - 1) == Some("about")
}

/// The term at `first` with a "the" right before it, if there is one:
/// where the phrase starts.
fn with_the(doc: &Document, first: u32) -> u32 {
    if first > 0 && word_at(doc, first - 1) == Some("the") {
        first - 1
    } else {
        first
    }
}

/// Whether token `i` is a possessive pronoun ("his rival": the rival is
/// not the man "his" stands for).
fn possessive(doc: &Document, i: u32) -> bool {
    doc.term_at(i)
        .is_some_and(|t| matches!(&*t.lower, "his" | "her" | "their" | "its"))
}

/// Whether attitude `a` tightens (a word of amount that reads as less of
/// a flow: "tightened immigration") a term that is itself a control
/// ("border controls", "border security"): there it is more of the
/// control, so the attitude turns. "Tighten immigration rules" keeps its
/// reading (less immigration): the term is the flow the rules control.
fn tightens_a_control(doc: &Document, a: &Match, term: &Match) -> bool {
    const CONTROLS: &[&str] = &[
        "control",
        "controls",
        "rules",
        "rulebook",
        "restrictions",
        "checks",
        "laws",
        "regulations",
        "standards",
        "limits",
        "enforcement",
        "security",
        "sanctions",
        "oversight",
    ];
    word_at(doc, a.first).is_some_and(|w| w.starts_with("tighten"))
        && word_at(doc, term.end.saturating_sub(1)).is_some_and(|w| CONTROLS.contains(&w))
}

/// Whether a mention that ends right before token `term` is a possessive
/// ("Chamberlain's", "his") of someone not among `holders`.
fn owned_by_another(
    doc: &Document,
    mentions: &[(u32, u32, u32)],
    term: u32,
    holders: &[u32],
) -> bool {
    mentions.iter().any(|&(first, end, a)| {
        end == term
            && end > first
            && !holders.contains(&a)
            && (possessive(doc, end - 1) || owner(doc, end - 1))
    })
}

/// Whether token `i` is a name's possessive ("Chamberlain's", "the Musks'":
/// terms write the apostrophe straight).
fn owner(doc: &Document, i: u32) -> bool {
    doc.term_at(i)
        .is_some_and(|t| t.lower.ends_with("'s") || t.lower.ends_with('\''))
}

/// The actor of the last mention before `anchor` that opens a coordinated
/// clause inside this one: after ", and" or ", but", no possessive, and
/// no other mention between it and `anchor` ("Meloni surprised many …,
/// and Ardern, from the far side of the world, backed sanctions").
fn coordinated_subject(doc: &Document, mentions: &[(u32, u32, u32)], anchor: u32) -> Option<u32> {
    let &(first, _, actor) = mentions.iter().rev().find(|m| m.1 <= anchor)?;
    // One person: "…, and both backed …" is a shared stance, read as such.
    let one = mentions.iter().filter(|m| m.0 == first).count() == 1;
    let comma = |i: u32| doc.term_at(i).is_some_and(|t| t.lower == ",");
    (one && first >= 2
        && matches!(word_at(doc, first - 1), Some("and" | "but"))
        && comma(first - 2)
        && !possessive(doc, first)
        && !owner(doc, first))
    .then_some(actor)
}

/// The token of an accusing verb in the clause before `anchor` with "of"
/// or "for" after it, before `anchor`: the stance at `anchor` is then the
/// accused's, not the subject's.
fn accusation_before(doc: &Document, clause: ByteSpan, anchor: u32) -> Option<u32> {
    let lower = |i: u32| {
        doc.tokens
            .get(i as usize)
            .filter(|t| t.span().start >= clause.start)
            .and_then(|_| doc.term_at(i))
            .map(|t| &*t.lower)
    };
    let mut i = anchor;
    let mut of_seen = false;
    let stop = anchor.saturating_sub(ACCUSATION_REACH);
    while i > stop {
        i -= 1;
        let Some(w) = lower(i) else { break };
        if w == "of" || w == "for" {
            of_seen = true;
        } else if verbs::is(w, verbs::ACCUSER) {
            return of_seen.then_some(i);
        }
    }
    None
}

/// Words between an attitude and a neutral term it leans ("opposes mass
/// immigration"), at most; and words that, standing between, show the
/// attitude aims elsewhere ("attacked Biden over immigration").
const LEAN_REACH: u32 = 3;
const LEAN_BREAKS: &[&str] = &[
    "over", "about", "on", "for", "in", "with", "at", "by", "from", "during", "after", "before",
    "because", "while", "as", "and", "or", "but", "across", "through", "into",
];

/// One clause's stance of one actor on one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Stance {
    pub actor: u32,
    pub theme: u16,
    /// The pole of the term (−1 or +1).
    pub pole: i8,
    /// +1: the actor stands for the term's pole; −1: against it.
    pub agreement: i8,
    pub weight: f32,
    pub sentence: u32,
    pub clause: u32,
    pub clause_span: ByteSpan,
    /// The pole term, as token indexes `[first, end)`, and its cue.
    pub term: Match,
    /// The attitude word that set the agreement, if any.
    pub attitude: Option<Match>,
    /// Else the token of the word that judged the term in a naming
    /// predicate ("called tariffs a mistake": "mistake"), if any.
    pub predicate: Option<u32>,
    /// Whether a negation turned it.
    pub negated: bool,
    /// Why these actors: "subject", "quoted" (the speaker of a quotation
    /// the clause is in), "plural-subject", "shared",
    /// "only-actor", "object-relative", "continued" (after a semicolon),
    /// "accused" ("accused Lincoln of favoring").
    pub holder_rule: &'static str,
}

impl Stance {
    /// −1 or +1 on the theme's axis.
    pub fn value(&self) -> f32 {
        (self.pole * self.agreement) as f32
    }
}

/// Per actor and theme: where the actor stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    pub actor: u32,
    pub theme: u16,
    /// In [−1, 1]: the weighted mean of the stances.
    pub value: f32,
    /// In [0, 1): grows with the weight of evidence (1 strong clause: 0.5).
    pub confidence: f32,
    /// Indexes into [`Positions::stances`], strongest first.
    pub evidence: Vec<u32>,
}

#[derive(Debug, Clone, Default)]
pub struct Positions {
    pub stances: Vec<Stance>,
    pub positions: Vec<Position>,
}

impl Positions {
    pub fn get(&self, actor: u32, theme: u16) -> Option<&Position> {
        self.positions
            .iter()
            .find(|p| p.actor == actor && p.theme == theme)
    }
}

/// Reads the stances of every clause and adds them up per actor and theme.
pub fn find(doc: &Document, actors: &Actors, themes: &ThemeScores, dict: &Dictionary) -> Positions {
    let mut out = Positions::default();
    let plural = plural_subjects(actors);
    let by_clause = mention_tokens(doc, actors);
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let Some(clauses) = actors.clauses.get(s).filter(|c| !c.is_empty()) else {
            continue;
        };
        let bio = doc
            .blocks
            .get(sentence.block as usize)
            .is_some_and(|b| matches!(b.kind, BlockKind::Bio | BlockKind::Byline));
        let Some(found) = themes.sentences.get(s).filter(|_| !bio) else {
            continue;
        };
        // The holders and attitude of the clause before, for a clause that
        // goes on after a semicolon without naming anyone ("Musk's fortune
        // rests on decarbonization; Tesla, SolarCity, and the logic of EVs").
        let mut carry: Option<(Vec<u32>, Option<Match>)> = None;
        // The sentence's cues by clause, in one pass: asking each clause
        // which cues are its own cost clauses × cues × clauses, and a
        // run-on "sentence" of a pasted book has thousands of each.
        let mut cues_of: Vec<Vec<Match>> = vec![Vec::new(); sentence.clauses.len()];
        for m in &found.matches {
            let at = doc
                .tokens
                .get(m.first as usize)
                .map_or(0, |t| t.span().start);
            if let Some(list) = cues_of.get_mut(doc.clause_at(s as u32, at) as usize) {
                list.push(*m);
            }
        }
        for (c, clause) in sentence.clauses.iter().enumerate() {
            let Some(who) = clauses.get(c) else { continue };
            let carried = carry.take();
            let cues: Vec<Match> = std::mem::take(&mut cues_of[c]);
            let kind = |m: &Match| dict.cues.get(m.cue as usize).map(|c| c.kind);
            let shared = cues.iter().any(|m| kind(m) == Some(CueKind::Shared));
            // Not an attitude word inside a longer theme phrase ("courts"
            // of "the International Court of Justice").
            let inside_term = |m: &Match| {
                cues.iter().any(|t| {
                    matches!(kind(t), Some(CueKind::Theme { .. }))
                        && t.first <= m.first
                        && m.end <= t.end
                        && t.end - t.first > m.end - m.first
                })
            };
            let has_attitude = cues
                .iter()
                .any(|m| matches!(kind(m), Some(CueKind::Attitude(_))) && !inside_term(m));
            let continued = match carried {
                Some(carried)
                    if matches!(clause.rule, "semicolon" | "colon")
                        && who.actors.is_empty()
                        && !has_attitude =>
                {
                    Some(carried)
                }
                _ => None,
            };
            let plural_here = plural
                .binary_search_by_key(&(s as u32, c as u32), |p| (p.0, p.1))
                .ok()
                .map(|i| &plural[i]);
            let (holders, rule): (Vec<u32>, &'static str) = if let Some((h, _)) = &continued {
                (h.clone(), "continued")
            } else if shared && who.actors.len() >= 2 {
                (who.actors.clone(), "shared")
            } else if let Some(p) = plural_here {
                // "Their split on the rule of law is sharper": the pair
                // stands apart, and who stands where, the clause does not
                // say.
                let [first, end] = doc.token_range(clause.span);
                let split = (first..end)
                    .any(|i| word_at(doc, i).is_some_and(|w| verbs::is(w, verbs::SPLIT)));
                if split {
                    continue;
                }
                (p.2.clone(), "plural-subject")
            } else if let Some(a) = who.subject {
                (vec![a], if who.quoted { "quoted" } else { "subject" })
            } else if who.actors.len() == 1 {
                (who.actors.clone(), "only-actor")
            } else {
                continue;
            };
            // "Neither wants …", "Neither has much time for …": the
            // clause is denied of both, as if "not" stood in it.
            let neither_subject = rule == "plural-subject" && plural_here.is_some_and(|p| p.3);
            let hedged = cues.iter().any(|m| kind(m) == Some(CueKind::Hedge));
            // In text order (see `mention_tokens`).
            let mentions: &[(u32, u32, u32)] = by_clause
                .get(&(s as u32, c as u32))
                .map_or(&[], |v| v.as_slice());
            // Each actor's first mention in the clause.
            let mut firsts: Vec<(u32, u32)> = Vec::new();
            for &(first, _, a) in mentions {
                if !firsts.iter().any(|f| f.0 == a) {
                    firsts.push((a, first));
                }
            }
            // Pole terms, and neutral terms with a lean that an attitude
            // word aims at.
            let aimed_at = |m: &Match| {
                lean_attitude(doc, &cues, &kind, mentions, m).is_some()
                    || possessed_attitude(doc, &cues, &kind, m).is_some()
                    || wanted_done(doc, &cues, &kind, m).is_some()
                    || naming_predicate(doc, m.first, m.end).is_some()
            };
            let mut terms: Vec<Match> = cues
                .iter()
                .filter(|m| match kind(m) {
                    Some(CueKind::Theme { pole, lean, .. }) => {
                        pole != 0 || (lean != 0 && aimed_at(m))
                    }
                    _ => false,
                })
                .copied()
                .collect();
            // An attitude aimed at "it" with no pole term after it in the
            // clause takes the sentence's last pole term before it, or, with
            // none, for "it" and "this", the term of the last stance taken
            // in the sentence before, in the same paragraph ("Warren backed
            // Medicare for All. Klobuchar has never supported it."): what
            // was just argued over, not any term it happened to name.
            for m in cues
                .iter()
                .filter(|m| matches!(kind(m), Some(CueKind::Attitude(_))))
            {
                let aims_at_stand_in = doc
                    .term_at(m.end)
                    .is_some_and(|t| STAND_INS.contains(&&*t.lower));
                if aims_at_stand_in && !terms.iter().any(|t| t.first >= m.end) {
                    // Only when no noun phrase stands before it in the
                    // sentence, past its first word, to be what "it" means
                    // ("Starmer calls the Rwanda scheme a gimmick and would
                    // scrap it").
                    let singular = doc
                        .term_at(m.end)
                        .is_some_and(|t| matches!(&*t.lower, "it" | "this"))
                        && !(sentence.tokens[0] + 1..m.first)
                            .any(|k| matches!(word_at(doc, k), Some("the" | "a" | "an")));
                    let argued_before = || {
                        let p = s.checked_sub(1)? as u32;
                        let same_block = doc
                            .sentences
                            .get(p as usize)
                            .is_some_and(|x| x.block == sentence.block);
                        // Stances are pushed in text order.
                        out.stances
                            .iter()
                            .rev()
                            .take_while(|st| st.sentence >= p)
                            .find(|st| st.sentence == p && same_block)
                            .map(|st| &st.term)
                    };
                    let before = found
                        .matches
                        .iter()
                        .rev()
                        .find(|t| {
                            t.end <= m.first
                                && matches!(kind(t), Some(CueKind::Theme { pole, .. }) if pole != 0)
                        })
                        .or_else(|| singular.then(argued_before).flatten());
                    if let Some(t) = before {
                        terms.push(Match {
                            first: m.end,
                            end: m.end + 1,
                            ..*t
                        });
                    }
                }
            }
            for term in terms {
                let Some(CueKind::Theme {
                    theme,
                    pole,
                    weight,
                    lean,
                    ..
                }) = kind(&term)
                else {
                    continue;
                };
                // A neutral term takes its lean from the attitude aimed at
                // it, and only from that one.
                let leaning = pole == 0;
                let pole = if leaning { lean } else { pole };
                if pole == 0 {
                    continue;
                }
                // "the cross-border capital flow Trump loathes": an actor
                // right before an attitude after the term holds the stance
                // (not for a leaning term: only the attitude before it).
                // Cues are in text order: start at the term's end.
                let after = cues.partition_point(|m| m.first < term.end);
                let relative = (!leaning)
                    .then(|| {
                        cues[after..]
                            .iter()
                            // The mention is at most a few words long and
                            // stands right after the term: only attitudes
                            // that near can be its verb (the rest of a
                            // long clause is not read).
                            .take_while(|m| m.first <= term.end + RELATIVE_REACH)
                            .filter(|m| matches!(kind(m), Some(CueKind::Attitude(_))))
                            .find_map(|a| {
                                // Right after the term, or one word on
                                // ("the flow that Trump loathes"); not
                                // across a comma ("coal plants, though he
                                // rejects …").
                                // Not a possessive before the holder's noun:
                                // "the institutions his rival attacked" is
                                // the rival's stance.
                                let who: Vec<u32> = starting_in(mentions, term.end, term.end + 2)
                                    .iter()
                                    .filter(|&&(first, end, _)| {
                                        !possessive(doc, first)
                                            && end <= a.first
                                            && a.first - end <= 1
                                            && (term.end..first).all(|i| doc.is_word_at(i))
                                    })
                                    .map(|m| m.2)
                                    .collect();
                                (!who.is_empty()).then_some((*a, who))
                            })
                    })
                    .flatten();
                // "the defender of the institutions his rival attacked":
                // the rival's stance through the attitude after the term,
                // and the subject's through the one before it.
                let before_too = relative.is_some()
                    && !leaning
                    && continued.is_none()
                    && last_attitude_before(&cues, &kind, term.first).is_some();
                let readings = if before_too { 2 } else { 1 };
                let possessed = possessed_attitude(doc, &cues, &kind, &term)
                    .or_else(|| wanted_done(doc, &cues, &kind, &term));
                for relative in [relative, None].into_iter().take(readings) {
                    let attitude = match (&relative, &continued) {
                        _ if possessed.is_some() => possessed,
                        _ if leaning => lean_attitude(doc, &cues, &kind, mentions, &term),
                        (Some((a, _)), _) => Some(*a),
                        (None, Some((_, a))) => *a,
                        (None, None) => {
                            let before = last_attitude_before(&cues, &kind, term.first);
                            // A term that opens with its own verb ("cut
                            // corporate taxes", "raise the retirement age")
                            // is a predicate of its own: an attitude before
                            // it governs it only right before it ("opposed
                            // cutting corporate taxes"), not from an earlier
                            // item of a list ("abolished the wealth tax, cut
                            // corporate taxes").
                            let own_verb = cues.iter().any(|c| {
                                c.first == term.first
                                    && c.end <= term.end
                                    && matches!(kind(c), Some(CueKind::Attitude(_)))
                            });
                            let far = |a: &Match| term.first.saturating_sub(a.end) > CHAIN_REACH;
                            match before.map(|a| attitude_reach(doc, a.end, term.first)) {
                                Some(Reach::Reason) => continue,
                                Some(Reach::OtherPredicate) => None,
                                _ if own_verb && before.as_ref().is_some_and(far) => None,
                                _ => before,
                            }
                        }
                    };
                    if attitude.is_none() && office_before(doc, term.first) {
                        continue;
                    }
                    // "called tariffs a mistake": no attitude word, but the
                    // predicate judges the term.
                    let predicate = match attitude {
                        None => naming_predicate(doc, term.first, term.end),
                        Some(_) => None,
                    };
                    // "rather than swallow Joseph Chamberlain's tariffs": a
                    // bare term someone else owns is theirs, named, not what
                    // the subject stands for.
                    if attitude.is_none()
                        && predicate.is_none()
                        && owned_by_another(doc, mentions, term.first, &holders)
                    {
                        continue;
                    }
                    // A term that is named, with no judgement we can read ("called
                    // the green transition an ideological crusade"), is the
                    // naming's object, not what the actor stands for.
                    // Nor is one the actor won or lost ("won a third term").
                    if attitude.is_none()
                        && predicate.is_none()
                        && (leaning
                            || verb_before(doc, term.first, verbs::NAMING | verbs::OUTCOME)
                            || quoted_name_given(doc, term.first))
                    {
                        continue;
                    }
                    let turn = match (attitude.and_then(|a| kind(&a)), predicate) {
                        (Some(CueKind::Attitude(t)), _) => t,
                        (_, Some((sign, _))) => sign,
                        _ => 1,
                    };
                    // An attitude toward an attitude: "rejects a ban on
                    // fracking" is for fracking, "opposed the repeal of
                    // tariffs" for tariffs.
                    let turn = match attitude {
                        Some(a) if relative.is_none() => turn * chained_turn(doc, &cues, &kind, a),
                        _ => turn,
                    };
                    // "promised an asylum stop": the phrase stops the term,
                    // so what is said of the phrase is said against it.
                    let turn = if word_at(doc, term.end).is_some_and(|w| verbs::is(w, verbs::HALT))
                    {
                        -turn
                    } else {
                        turn
                    };
                    // "tightened border controls": tightening a control is
                    // more of it, not less.
                    let turn = match attitude {
                        Some(a) if tightens_a_control(doc, &a, &term) => -turn,
                        _ => turn,
                    };
                    let anchor = attitude.map_or(term.first, |a| a.first);
                    let negated =
                        neither_subject || negated_before(doc, dict, &cues, anchor, clause.span);
                    // "Neither man has said much about tariffs": not
                    // speaking of a term is no stance against it.
                    if negated
                        && attitude.is_none()
                        && predicate.is_none()
                        && topic_of_about(doc, term.first)
                    {
                        continue;
                    }
                    // "Douglas accused his rival of favoring equality": the
                    // stance is the accused's, if the text names them.
                    // An attitude word may be the accused's description itself
                    // ("accused his opponent of planning to raise taxes": no
                    // stance of the accuser's against taxes).
                    let accused_from = match (&relative, &continued) {
                        (None, None) => accusation_before(doc, clause.span, anchor).or_else(|| {
                            attitude
                                .and(accusation_before(doc, clause.span, term.first))
                                .filter(|&verb| verb < anchor)
                        }),
                        _ => None,
                    };
                    let agreement = if negated { -turn } else { turn };
                    let judged = attitude.is_some() || predicate.is_some();
                    let mut w = weight * if judged { 1.0 } else { BARE_TERM };
                    if hedged {
                        w *= 0.5;
                    }
                    // The holder speaks before the verb: "Trump mocked clean
                    // energy", not "the factory depends on the capital flow
                    // Trump …" (subject–verb–object order).
                    let coordinated = coordinated_subject(doc, mentions, anchor);
                    let (holders, rule): (Vec<u32>, &'static str) = match relative {
                        Some((_, who)) => (who, "object-relative"),
                        None if continued.is_some() => (holders.clone(), rule),
                        None if accused_from.is_some() => {
                            let from = accused_from.unwrap_or(anchor);
                            (
                                starting_in(mentions, from + 1, anchor)
                                    .iter()
                                    .filter(|&&(first, end, _)| {
                                        end <= anchor && !possessive(doc, first)
                                    })
                                    .map(|m| m.2)
                                    .collect(),
                                "accused",
                            )
                        }
                        // "…, and Ardern, from the far side of the world,
                        // backed sanctions": a subject coordinated after a
                        // comma holds what follows it.
                        None if coordinated.is_some() => (coordinated.into_iter().collect(), rule),
                        // A quotation's speaker says all of it, named in the
                        // clause or not; so does a subject the clause does
                        // not name ("Meloni's government moved the other
                        // way. It scrapped …").
                        None => (
                            holders
                                .iter()
                                .copied()
                                .filter(|&h| {
                                    rule == "quoted"
                                        || firsts.iter().all(|&(a, _)| a != h)
                                        || firsts.iter().any(|&(a, first)| a == h && first < anchor)
                                })
                                .collect(),
                            rule,
                        ),
                    };
                    for &actor in &holders {
                        out.stances.push(Stance {
                            actor,
                            theme,
                            pole,
                            agreement,
                            weight: w,
                            sentence: s as u32,
                            clause: c as u32,
                            clause_span: clause.span,
                            term,
                            attitude,
                            predicate: predicate.map(|(_, i)| i),
                            negated,
                            holder_rule: rule,
                        });
                    }
                }
            }
            let last_attitude = cues
                .iter()
                .rev()
                .find(|m| matches!(kind(m), Some(CueKind::Attitude(_))))
                .copied()
                .or(continued.and_then(|(_, a)| a));
            carry = Some((holders, last_attitude));
        }
    }
    out.positions = sum_up(&out.stances);
    out
}

/// The attitude that ends last before token `before` in the clause; of
/// attitudes that overlap there, the longest ("lifted the ban on", not
/// "ban on").
fn last_attitude_before(
    cues: &[Match],
    kind: &impl Fn(&Match) -> Option<CueKind>,
    before: u32,
) -> Option<Match> {
    // Cues are in text order: start from the last that begins before
    // `before` and look back a few, not through a whole run-on clause.
    let upto = cues.partition_point(|m| m.first < before);
    let from = upto.saturating_sub(OVERLAP_LOOKBACK);
    let mut best: Option<Match> = None;
    for (at, m) in cues[from..upto].iter().enumerate().rev() {
        if m.end > before || !matches!(kind(m), Some(CueKind::Attitude(_))) {
            continue;
        }
        // An attitude word inside a theme phrase is that phrase's ("to end
        // birthright citizenship, reserve social housing …": "end" is
        // "end birthright citizenship", not aimed at the housing). Such a
        // phrase starts among the few cues before the attitude or after
        // it, before its end: not a scan of a run-on clause's cues.
        let near = &cues[(from + at).saturating_sub(OVERLAP_LOOKBACK)..upto];
        let inside_term = near.iter().any(|t| {
            matches!(kind(t), Some(CueKind::Theme { .. }))
                && t.first < m.end
                && m.end < t.end
                && t.end <= before
        });
        if inside_term {
            continue;
        }
        if best.is_none_or(|b| (m.end, u32::MAX - m.first) > (b.end, u32::MAX - b.first)) {
            best = Some(*m);
        }
    }
    best
}

/// Words that, standing between an attitude and a pole term, make the
/// term the cause or the setting of the act rather than its object:
/// "withheld billions from Hungary over judicial independence", "attacked
/// Biden over the Green New Deal". What the actor thinks of the term is
/// not said.
const REASON_BREAKS: &[&str] = &[
    "over", "because", "despite", "amid", "during", "after", "before", "while", "since",
];

/// Words that join two predicates when a verb follows them ("mocked the
/// ban and called the transition …").
const COORDINATORS: &[&str] = &["and", "but", "or", "yet", "then"];

/// How an attitude before a pole term bears on it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reach {
    /// The term is the attitude's object, or part of it.
    Object,
    /// A new predicate starts between them ("and called …"): the term is
    /// that predicate's, and the attitude says nothing of it.
    OtherPredicate,
    /// The term is the act's cause or setting (see [`REASON_BREAKS`]).
    Reason,
}

/// How the attitude ending at token `from` bears on the pole term at token
/// `to` (`from <= to`).
fn attitude_reach(doc: &Document, from: u32, to: u32) -> Reach {
    let word = |i: u32| word_at(doc, i);
    let last = from.checked_sub(1).and_then(word);
    // "raised in the low-tariff faith of the South", "raised on free
    // markets": an upbringing, the setting of a life, not a raise.
    if matches!(last, Some("raised" | "bred" | "born"))
        && matches!(word(from), Some("in" | "on" | "by"))
    {
        return Reach::Reason;
    }
    // "shielding young people from deportation", "protect workers from
    // imports": what comes after "from" is what the act is against, not
    // its object; no stance is read on it.
    let shields = last.is_some_and(|w| w.starts_with("shield") || w.starts_with("protect"));
    if shields && (from..to).any(|i| word(i) == Some("from")) {
        return Reach::Reason;
    }
    // "an end to child labour, and insurance against sickness": a
    // noun's complement ends with its list item; the next item after ",
    // and" is not what it ends.
    let prepositional = matches!(last, Some("to" | "on" | "of" | "against" | "into" | "from"));
    for i in from..to {
        if prepositional
            && i > from
            && doc.term_at(i).is_some_and(|t| t.lower == ",")
            && matches!(word(i + 1), Some("and" | "or"))
        {
            return Reach::OtherPredicate;
        }
        // "led Finland out of non-alignment and into NATO": "and" with
        // another preposition opens a complement of its own.
        if prepositional
            && i > from
            && matches!(word(i), Some("and" | "or" | "but"))
            && matches!(
                word(i + 1),
                Some("into" | "to" | "toward" | "towards" | "onto" | "in" | "on" | "for" | "with")
            )
        {
            return Reach::OtherPredicate;
        }
        // "even as she has watered down some of its rules, she insists
        // the net-zero target is untouchable": a subject pronoun after a
        // comma opens the main clause, whose verb the term is under.
        if i > from
            && doc.term_at(i).is_some_and(|t| t.lower == ",")
            && word(i + 1).is_some_and(|w| matches!(w, "he" | "she" | "they" | "we" | "i"))
            && verb_follows(doc, i + 2, to)
        {
            return Reach::OtherPredicate;
        }
        let Some(w) = word(i) else { continue };
        if REASON_BREAKS.contains(&w) {
            return Reach::Reason;
        }
        if COORDINATORS.contains(&w) && verb_follows(doc, i + 1, to) {
            return Reach::OtherPredicate;
        }
        // A list of infinitives: "promises to cut VAT on energy, to
        // nationalise the motorways" does not cut the nationalising.
        if w == "to" && i > from && doc.term_at(i - 1).is_some_and(|t| t.lower == ",") {
            return Reach::OtherPredicate;
        }
        // "Vallas, who has the backing of the police union, said his rival
        // would defund the police": a verb of speech after a comma, or
        // before "that", reports words that are not the attitude's object.
        if i > from && reports_speech(doc, i) {
            return Reach::OtherPredicate;
        }
    }
    Reach::Object
}

/// Whether token `i` is a verb of speech after a comma or before "that".
fn reports_speech(doc: &Document, i: u32) -> bool {
    use crate::actors::lexicon::person;
    let Some(w) = word_at(doc, i) else {
        return false;
    };
    let comma_before = i > 0 && doc.term_at(i - 1).is_some_and(|t| t.lower == ",");
    crate::actors::terms::word_facts(w).1 & person::SPEECH != 0
        && (comma_before || word_at(doc, i + 1) == Some("that"))
}

/// Whether a verb stands at token `at`, perhaps after an auxiliary or an
/// adverb ("and called", "and has since called", "but later backed"),
/// before token `end` ("and is introducing", "and will scrap"). A verb is a word the lists give as one (speech,
/// naming, accusing, the past tenses of `references.txt`), or a word in
/// "-ed": after "and", in essay prose, mostly a past tense; or one in
/// "-ing" before a determiner ("and granting new licences"). A subject
/// pronoun starts a predicate too ("…, and he warned that …").
fn verb_follows(doc: &Document, at: u32, end: u32) -> bool {
    use crate::actors::lexicon::{person, reference, ActorLexicon};
    if word_at(doc, at).is_some_and(|w| matches!(w, "he" | "she" | "they" | "we" | "i")) {
        return true;
    }
    for i in at..end.min(at + 3) {
        let Some(w) = word_at(doc, i) else {
            return false;
        };
        let listed = verbs::is(w, verbs::NAMING | verbs::ACCUSER)
            || crate::actors::terms::word_facts(w).1 & (person::VERB | person::SPEECH) != 0
            || ActorLexicon::get().references.has(w, reference::VERB);
        if listed || (w.len() > 4 && w.ends_with("ed")) {
            return true;
        }
        // A participle with its object after it: "delaying the ban … and
        // granting new licences" (not "and growing inequality").
        if w.len() > 5
            && w.ends_with("ing")
            && word_at(doc, i + 1).is_some_and(|n| {
                matches!(
                    n,
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "this"
                        | "these"
                        | "those"
                        | "it"
                        | "them"
                        | "new"
                        | "more"
                        | "further"
                )
            })
        {
            return true;
        }
        let auxiliary = AUXILIARIES.contains(&w)
            || matches!(w, "also" | "then" | "since" | "later")
            || w.ends_with("ly");
        if !auxiliary {
            return false;
        }
    }
    false
}

/// Auxiliaries a verb may follow ("and is introducing", "taxes would
/// fall").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would",
];

/// Cues looked at before a term for its attitude: enough for the
/// attitudes that end at the same word and overlap ("lifted the ban on",
/// "ban on") and the few words of any phrase between.
const OVERLAP_LOOKBACK: usize = 8;

/// Words between two attitudes that chain ("rejects a ban on"), at most.
const CHAIN_REACH: u32 = 2;

/// The sign the attitudes before `a` give it: an attitude ending at most
/// [`CHAIN_REACH`] words before it, with only words between, turns it when
/// it is against (and so on, twice at most).
fn chained_turn(
    doc: &Document,
    cues: &[Match],
    kind: &impl Fn(&Match) -> Option<CueKind>,
    mut a: Match,
) -> i8 {
    let mut turn = 1;
    for _ in 0..2 {
        let Some(before) = last_attitude_before(cues, kind, a.first) else {
            break;
        };
        // Only words between, and no "and"/"or": "distrusted them and
        // warned against demagogues" is two acts, not one turned.
        // Quotation marks around the later one do not part them: "banned
        // the “promotion” of homosexuality".
        let near = a.first - before.end <= CHAIN_REACH
            && (before.end..a.first).all(|i| {
                doc.is_word_at(i) && !word_at(doc, i).is_some_and(|w| COORDINATORS.contains(&w))
                    || mark_at(doc, i, QUOTES)
            });
        // "ended the year promising …": a participle after the object of
        // the attitude before is another act, not that attitude's object
        // ("opposed cutting taxes" chains; "rejects a ban on" too).
        let adjunct =
            before.end < a.first && word_at(doc, a.first).is_some_and(|w| w.ends_with("ing"));
        if !near || adjunct {
            break;
        }
        if let Some(CueKind::Attitude(t)) = kind(&before) {
            turn *= t;
        }
        a = before;
    }
    turn
}

/// The attitude a participle right after the term gives it when a verb
/// of wanting stands before it: "wants the minimum wage raised", "wanted
/// taxes cut", "wants the programme scrapped". Only "the", "a" or "its",
/// "their" between the verb and the term.
fn wanted_done(
    doc: &Document,
    cues: &[Match],
    kind: &impl Fn(&Match) -> Option<CueKind>,
    term: &Match,
) -> Option<Match> {
    let mut k = term.first.checked_sub(1)?;
    if matches!(
        word_at(doc, k),
        Some("the" | "a" | "an" | "its" | "their" | "his" | "her")
    ) {
        k = k.checked_sub(1)?;
    }
    if !matches!(
        word_at(doc, k),
        Some("want" | "wants" | "wanted" | "wanting")
    ) {
        return None;
    }
    let from = cues.partition_point(|c| c.first < term.end);
    cues[from..]
        .iter()
        .take_while(|c| c.first == term.end)
        .find(|c| {
            matches!(kind(c), Some(CueKind::Attitude(_)))
                && c.end == c.first + 1
                && word_at(doc, c.first).is_some_and(|w| w.ends_with("ed") || w == "cut")
        })
        .copied()
}

/// An attitude noun the term possesses: "one of Kyiv's staunchest
/// champions", "the press's fiercest critic" is for Kyiv, against the
/// press. At most one word between (an adjective).
fn possessed_attitude(
    doc: &Document,
    cues: &[Match],
    kind: &impl Fn(&Match) -> Option<CueKind>,
    term: &Match,
) -> Option<Match> {
    let last = doc.term_at(term.end.checked_sub(1)?)?;
    // (Terms are lower-cased with a straight apostrophe: "Kyiv’s" is
    // "kyiv's".)
    if !last.lower.ends_with("'s") {
        return None;
    }
    let from = cues.partition_point(|c| c.first < term.end);
    cues[from..]
        .iter()
        .take_while(|c| c.first <= term.end + 1)
        .find(|c| {
            matches!(kind(c), Some(CueKind::Attitude(_)))
                && (term.end..c.first).all(|i| doc.is_word_at(i))
        })
        .copied()
}

/// "what she calls", "what Trump called" between tokens `from` and `to`:
/// the tokens `[what, after the verb)`, when there.
fn naming_between(doc: &Document, from: u32, to: u32) -> Option<(u32, u32)> {
    let what = (from..to).find(|&i| word_at(doc, i) == Some("what"))?;
    (what + 2..(what + 4).min(to))
        .find(|&i| {
            matches!(
                word_at(doc, i),
                Some("calls" | "called" | "call" | "dubs" | "dubbed")
            )
        })
        .map(|verb| (what, verb + 1))
}

/// The attitude word aimed at the neutral term `m`: the last one before it
/// in the clause, at most [`LEAN_REACH`] words before, with no actor's
/// mention and none of [`LEAN_BREAKS`] between ("opposes mass immigration",
/// "railed against the mainstream media"; not "attacked Biden over
/// immigration").
fn lean_attitude(
    doc: &Document,
    cues: &[Match],
    kind: &impl Fn(&Match) -> Option<CueKind>,
    mentions: &[(u32, u32, u32)],
    m: &Match,
) -> Option<Match> {
    let a = &last_attitude_before(cues, kind, m.first)?;
    // "at war with what she calls the fake news media": the naming
    // between is transparent, the attitude aims at what is named.
    let naming = naming_between(doc, a.end, m.first);
    let skipped = naming.map_or(0, |(from, to)| to - from);
    if m.first - a.end - skipped > LEAN_REACH {
        return None;
    }
    let outside = |i: u32| naming.is_none_or(|(from, to)| i < from || i >= to);
    let breaks = (a.end..m.first).any(|i| {
        outside(i)
            && doc
                .term_at(i)
                .is_some_and(|t| LEAN_BREAKS.contains(&&*t.lower))
    });
    // "promising that taxes would fall": after "that", a term its own
    // verb follows is the subject of what was promised, not its object.
    let subject_of_that = (a.end..m.first).any(|i| word_at(doc, i) == Some("that"))
        && word_at(doc, m.end).is_some_and(|w| {
            AUXILIARIES.contains(&w)
                || matches!(w, "should" | "could" | "must" | "can" | "might" | "may")
        });
    let breaks = breaks || subject_of_that;
    let named = starting_in(mentions, a.end, m.first)
        .iter()
        .any(|&(first, _, _)| outside(first));
    // "urged Congress to expand work visas": the one asked to act.
    let addressed = a.end > 0
        && word_at(doc, a.end - 1).is_some_and(|w| verbs::is(w, verbs::DIRECTIVE))
        && word_at(doc, m.end) == Some("to");
    (!breaks && !named && !addressed).then_some(*a)
}

/// The mentions (in text order) whose first token is in `[lo, hi)`.
fn starting_in(mentions: &[(u32, u32, u32)], lo: u32, hi: u32) -> &[(u32, u32, u32)] {
    let a = mentions.partition_point(|m| m.0 < lo);
    let b = mentions.partition_point(|m| m.0 < hi).max(a);
    &mentions[a..b]
}

/// Whether a negation stands within [`NEGATION_REACH`] words before
/// `token`, inside the clause: a dictionary negation, or any "-n't" form.
fn negated_before(
    doc: &Document,
    dict: &Dictionary,
    cues: &[Match],
    token: u32,
    clause: ByteSpan,
) -> bool {
    let from = token.saturating_sub(NEGATION_REACH);
    // Cues are in text order: only those starting in [from, token).
    let (lo, hi) = (
        cues.partition_point(|m| m.first < from),
        cues.partition_point(|m| m.first < token),
    );
    let listed = cues[lo..hi.max(lo)]
        .iter()
        .any(|m| dict.cues.get(m.cue as usize).map(|c| c.kind) == Some(CueKind::Negation));
    listed
        || (from..token).any(|i| {
            doc.tokens.get(i as usize).is_some_and(|t| {
                t.span().start >= clause.start
                    && doc
                        .terms
                        .get(t.term as usize)
                        .is_some_and(|term| term.lower.ends_with("n't"))
            })
        })
}

/// (sentence, clause) → each mention there as (first token, end token, actor).
type ClauseMentions = std::collections::HashMap<(u32, u32), Vec<(u32, u32, u32)>>;

/// Every mention, by clause, in token indexes, in text order.
fn mention_tokens(doc: &Document, actors: &Actors) -> ClauseMentions {
    let mut out = ClauseMentions::new();
    for (a, actor) in actors.actors.iter().enumerate() {
        for m in &actor.mentions {
            // "Poilievre, who spent two years promising …": the relative
            // pronoun restates the name just before it; the name already
            // holds the clause's stances.
            if m.rule == "relative" {
                continue;
            }
            let [first, end] = doc.token_range(m.span);
            out.entry((m.sentence, m.clause))
                .or_default()
                .push((first, end, a as u32));
        }
    }
    // Through the crate's one sort (`rank`): another instantiation would
    // be more code in the wasm.
    for list in out.values_mut() {
        let mut order: Vec<u32> = (0..list.len() as u32).collect();
        crate::actors::rank(&mut order, &|i| {
            let (first, end, _) = list[i as usize];
            (u64::from(first) << 32) | u64::from(end)
        });
        *list = order.iter().map(|&i| list[i as usize]).collect();
    }
    out
}

/// In (sentence, clause) order, one per clause (for binary search):
/// (sentence, clause, actors, is "neither") of each clause whose first
/// mention stands for two or more actors ("Both men", "They", "Neither").
fn plural_subjects(actors: &Actors) -> Vec<(u32, u32, Vec<u32>, bool)> {
    // (sentence, clause, start) → actors, for every mention; and whether
    // the mention is "neither".
    let mut all: Vec<(u32, u32, usize, u32)> = Vec::new();
    let mut neither: Vec<(u32, usize)> = Vec::new();
    for (a, actor) in actors.actors.iter().enumerate() {
        for m in &actor.mentions {
            all.push((m.sentence, m.clause, m.span.start, a as u32));
            if m.rule == "neither" {
                neither.push((m.sentence, m.span.start));
            }
        }
    }
    let mut order: Vec<u32> = (0..all.len() as u32).collect();
    crate::actors::rank(&mut order, &|i| {
        let (s, _, start, _) = all[i as usize];
        ((s as u64) << 32) | start as u64
    });
    let all: Vec<(u32, u32, usize, u32)> = order.iter().map(|&i| all[i as usize]).collect();
    let mut out: Vec<(u32, u32, Vec<u32>, bool)> = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let (s, c, start, _) = all[i];
        let mut j = i;
        while j < all.len() && all[j].0 == s && all[j].1 == c && all[j].2 == start {
            j += 1;
        }
        if j - i >= 2 {
            let is_neither = neither.contains(&(s, start));
            out.push((s, c, all[i..j].iter().map(|x| x.3).collect(), is_neither));
        }
        // Only the clause's first mention can be its plural subject.
        while j < all.len() && all[j].0 == s && all[j].1 == c {
            j += 1;
        }
        i = j;
    }
    out
}

/// Per (actor, theme): the weighted mean of its stances.
fn sum_up(stances: &[Stance]) -> Vec<Position> {
    let mut order: Vec<u32> = (0..stances.len() as u32).collect();
    crate::actors::rank(&mut order, &|i| {
        let s = &stances[i as usize];
        ((s.actor as u64) << 16) | s.theme as u64
    });
    order
        .chunk_by(|&a, &b| {
            let (a, b) = (&stances[a as usize], &stances[b as usize]);
            (a.actor, a.theme) == (b.actor, b.theme)
        })
        .map(|group| {
            let first = &stances[group[0] as usize];
            let total: f32 = group.iter().map(|&i| stances[i as usize].weight).sum();
            let sum: f32 = group
                .iter()
                .map(|&i| stances[i as usize].weight * stances[i as usize].value())
                .sum();
            let mut evidence = group.to_vec();
            // Strongest first (thousandths of weight), then in text order.
            crate::actors::rank(&mut evidence, &|i| {
                u32::MAX as u64 - (stances[i as usize].weight.max(0.0) * 1000.0) as u64
            });
            Position {
                actor: first.actor,
                theme: first.theme,
                value: if total > 0.0 {
                    (sum / total).clamp(-1.0, 1.0)
                } else {
                    0.0
                },
                confidence: total / (total + 1.0),
                evidence,
            }
        })
        .collect()
}
