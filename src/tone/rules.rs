//! The valence of a run of tokens: VADER's rules (Hutto & Gilbert 2014) over
//! the per-term [`Facts`], with the changes described on [`Rules`].

use super::lexicon::{Facts, Lookup};

/// VADER's empirically derived constants.
const B_INCR: f32 = 0.293;
const C_INCR: f32 = 0.733;
const N_SCALAR: f32 = -0.74;

/// The rules' settings. [`Rules::default`] is what the stage uses;
/// [`Rules::vader`] is VADER as published, and the other values exist to
/// measure what each change is worth (`examples/tone_scores`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    pub lookup: Lookup,
    /// The weight of positive lexicon valences (negative ones weigh 1):
    /// positive words are used more loosely than negative ones ("help",
    /// "support", "best" in neutral reporting), so they say less.
    pub positive_weight: f32,
    /// The valence each negation word ("not", "no", "never", "n't", "lack")
    /// adds of its own: denying is itself a negative move in argument.
    pub negation_valence: f32,
    /// A capitalised word next to another capitalised word, neither of them
    /// first in the span, is part of a name and has no valence ("the United
    /// Nations", "the Justice Department", "the Liberty Bell").
    pub names: bool,
    /// Negations and degree words reach a sentiment word only within its
    /// clause: not across a comma, semicolon, colon or dash.
    pub clause_scope: bool,
    /// Weights of the sentiment before and after a contrastive "but".
    pub but_before: f32,
    pub but_after: f32,
    /// If > 0, the sum of a span's word sentiments is multiplied by
    /// `length_scale / sqrt(words)`, degree words not counted: a long
    /// sentence with one sentiment word reads milder than a short one.
    /// 0: VADER's plain sum.
    pub length_scale: f32,
    /// The normalisation `x / sqrt(x² + alpha)`.
    pub alpha: f32,
    /// VADER's "so"/"this" slip: any "so" or "this" just before a word that
    /// comes three words after a non-sentiment word multiplies it by 1.25
    /// (meant for "never so good", "never this good" only).
    pub vader_so_this: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            lookup: Lookup::default(),
            positive_weight: 0.7,
            negation_valence: -0.6,
            names: true,
            clause_scope: true,
            but_before: 0.5,
            but_after: 1.5,
            length_scale: 3.0,
            alpha: 15.0,
            vader_so_this: false,
        }
    }
}

impl Rules {
    /// VADER as published (vaderSentiment 3.3.2), on our tokens and with
    /// VADER's lexicon only.
    pub fn vader() -> Self {
        Self {
            lookup: Lookup { additions: false },
            positive_weight: 1.0,
            negation_valence: 0.0,
            names: false,
            clause_scope: false,
            but_before: 0.5,
            but_after: 1.5,
            length_scale: 0.0,
            alpha: 15.0,
            vader_so_this: true,
        }
    }

    /// The facts of `term` under these rules.
    pub fn facts(&self, lexicon: &super::Lexicon, term: &crate::document::Term) -> Facts {
        let mut facts = lexicon.facts(term);
        if facts.valence > 0 {
            facts.valence = super::lexicon::hundredths(facts.valence() * self.positive_weight);
        }
        facts
    }

    /// `x / sqrt(x² + alpha)`, in [-1, 1].
    pub fn normalize(&self, sum: f32) -> f32 {
        let n = sum / (sum * sum + self.alpha).sqrt();
        if n.is_finite() {
            n.clamp(-1.0, 1.0)
        } else {
            0.0
        }
    }

    /// The raw valence that [`Rules::normalize`] maps to `n`.
    pub fn denormalize(&self, n: f32) -> f32 {
        let n = if n.is_finite() {
            n.clamp(-0.9999, 0.9999)
        } else {
            0.0
        };
        n * self.alpha.sqrt() / (1.0 - n * n).sqrt()
    }
}

/// The facts flags of a word that moves a span's sum when negations have a
/// valence of their own.
const NEGATES: u32 = Facts::NEGATION | Facts::NO;

/// Reused buffers for scoring spans.
#[derive(Default)]
pub struct Buffers {
    /// The span's words, with [`Facts::AFTER_BREAK`] set.
    words: Vec<Facts>,
}

/// The raw (unnormalised) valence of the tokens whose facts `facts` yields,
/// on VADER's scale: the sum of the word sentiments plus the emphasis of
/// "!" and "?".
pub fn raw_valence(
    facts: impl Iterator<Item = Facts>,
    rules: &Rules,
    buffers: &mut Buffers,
) -> f32 {
    let words = &mut buffers.words;
    words.clear();
    let (mut bangs, mut questions) = (0u32, 0u32);
    // Every flag of the span's words, so that the rules below run only on
    // spans that need them: most sentences have no capitals, no "but".
    let (mut all, mut sentiment, mut capitals) = (0, false, 0usize);
    let mut pending_break = 0;
    for mut f in facts {
        if f.has(Facts::WORD) {
            all |= f.flags;
            sentiment |= f.is_sentiment();
            capitals += usize::from(f.has(Facts::CAPITAL));
            f.flags |= pending_break;
            words.push(f);
            pending_break = 0;
        } else if f.flags | u32::from(f.marks) != 0 {
            bangs += f.bangs();
            questions += f.questions();
            if f.has(Facts::BREAK) {
                pending_break = Facts::AFTER_BREAK;
            }
        }
    }
    let negates = rules.negation_valence != 0.0 && all & NEGATES != 0;
    if !sentiment && !negates {
        return 0.0;
    }
    // A name needs two capitalised words after the first (which every
    // sentence capitalises).
    let first_capital = words.first().is_some_and(|w| w.has(Facts::CAPITAL));
    if rules.names && capitals - usize::from(first_capital) >= 2 {
        unname(words);
    }
    let caps = if all & Facts::CAPS != 0 {
        words.iter().filter(|w| w.has(Facts::CAPS)).count()
    } else {
        0
    };
    let but = if all & Facts::BUT != 0 {
        words.iter().position(|w| w.has(Facts::BUT))
    } else {
        None
    };
    let cap_diff = caps > 0 && caps < words.len();
    let mut sum = 0.0;
    for (i, f) in words.iter().enumerate() {
        if f.is_sentiment() {
            let weight = match but {
                Some(b) if i < b => rules.but_before,
                Some(b) if i > b => rules.but_after,
                _ => 1.0,
            };
            sum += weight * word_sentiment(words, i, cap_diff, rules);
        }
        if negates && f.flags & NEGATES != 0 {
            sum += rules.negation_valence;
        }
    }
    if rules.length_scale > 0.0 {
        // Degree words belong to the sentiment they modify: "extremely bad"
        // is one phrase, and is not diluted by its adverb.
        let degrees = if all & Facts::DEGREE != 0 {
            words.iter().filter(|w| w.degree != 0).count()
        } else {
            0
        };
        sum *= rules.length_scale / ((words.len() - degrees).max(1) as f32).sqrt();
    }
    let emphasis = 0.292 * bangs.min(4) as f32
        + match questions {
            0 | 1 => 0.0,
            2 | 3 => 0.18 * questions as f32,
            _ => 0.96,
        };
    if sum > 0.0 {
        sum += emphasis;
    } else if sum < 0.0 {
        sum -= emphasis;
    }
    sum
}

/// Takes the valence from the words of names: a capitalised word, not the
/// first, with a capitalised neighbour (not the first word either).
fn unname(words: &mut [Facts]) {
    let capital = |w: &Facts| w.has(Facts::CAPITAL);
    let mut previous = false;
    for k in 1..words.len() {
        let this = capital(&words[k]);
        let next = words.get(k + 1).is_some_and(capital);
        if this && (previous || next) {
            words[k].valence = 0;
        }
        previous = this;
    }
}

/// The sentiment of word `i`, VADER's `sentiment_valence`.
fn word_sentiment(w: &[Facts], i: usize, cap_diff: bool, rules: &Rules) -> f32 {
    let f = w[i];
    let at = |k: usize| w[k];
    if f.degree != 0 {
        return 0.0;
    }
    if f.has(Facts::KIND_SORT) && w.get(i + 1).is_some_and(|n| n.has(Facts::OF)) {
        return 0.0;
    }
    if !f.is_sentiment() {
        return 0.0;
    }
    let base = f.valence();
    let mut v = base;
    // "no" before a sentiment word negates it instead of counting itself.
    if f.has(Facts::NO) && w.get(i + 1).is_some_and(|n| n.is_sentiment()) {
        v = 0.0;
    }
    if (i > 0 && at(i - 1).has(Facts::NO))
        || (i > 1 && at(i - 2).has(Facts::NO))
        || (i > 2 && at(i - 3).has(Facts::NO) && at(i - 1).has(Facts::OR_NOR))
    {
        v = base * N_SCALAR;
    }
    if f.has(Facts::CAPS) && cap_diff {
        v += if v > 0.0 { C_INCR } else { -C_INCR };
    }
    for s in 0..3 {
        if i <= s {
            break;
        }
        if rules.clause_scope && w[i - s].has(Facts::AFTER_BREAK) {
            break;
        }
        let p = at(i - s - 1);
        // A sentiment word before is no modifier, unless it is a negation
        // ("lack", "failed": only ours are both).
        if p.is_sentiment() && !p.has(Facts::NEGATION) {
            continue;
        }
        let mut scalar = 0.0;
        if p.degree != 0 {
            scalar = B_INCR * f32::from(p.degree);
            if v < 0.0 {
                scalar = -scalar;
            }
            if p.has(Facts::CAPS) && cap_diff {
                scalar += if v > 0.0 { C_INCR } else { -C_INCR };
            }
        }
        scalar *= [1.0, 0.95, 0.9][s];
        v += scalar;
        v = negation(v, w, s, i, rules);
        if s == 2 {
            // "kind of", "sort of" before the word: a dampener.
            let kind_of = |a: usize| at(a).has(Facts::KIND_SORT) && at(a + 1).has(Facts::OF);
            if kind_of(i - 3) || kind_of(i - 2) {
                v += if v < 0.0 { B_INCR } else { -B_INCR };
            }
        }
    }
    // "least" before the word negates it, except in "at least", "very least".
    let least = i > 0 && !at(i - 1).is_sentiment() && at(i - 1).has(Facts::LEAST);
    if least && (i == 1 || !at(i - 2).has(Facts::AT_VERY)) {
        v *= N_SCALAR;
    }
    v
}

/// VADER's `_negation_check` for the word `s + 1` places before `i`.
fn negation(v: f32, w: &[Facts], s: usize, i: usize, rules: &Rules) -> f32 {
    let at = |k: usize| w[k];
    match s {
        0 => {
            if at(i - 1).has(Facts::NEGATION) {
                return v * N_SCALAR;
            }
        }
        1 => {
            if at(i - 2).has(Facts::NEVER) && at(i - 1).has(Facts::SO_THIS) {
                return v * 1.25;
            }
            if at(i - 2).has(Facts::WITHOUT) && at(i - 1).has(Facts::DOUBT) {
                return v;
            }
            if at(i - 2).has(Facts::NEGATION) {
                return v * N_SCALAR;
            }
        }
        _ => {
            let never_so = at(i - 3).has(Facts::NEVER) && at(i - 2).has(Facts::SO_THIS);
            if never_so || (rules.vader_so_this && at(i - 1).has(Facts::SO_THIS)) {
                return v * 1.25;
            }
            if at(i - 3).has(Facts::WITHOUT)
                && (at(i - 2).has(Facts::DOUBT) || at(i - 1).has(Facts::DOUBT))
            {
                return v;
            }
            if at(i - 3).has(Facts::NEGATION) {
                return v * N_SCALAR;
            }
        }
    }
    v
}
