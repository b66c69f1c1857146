//! Affiliations in the resolver: what the text ties each person to (a
//! country, party or company), learnt as names are read, and the one
//! compared person a description naming it means ("the German leader",
//! "the Apple boss", "The Briton wanted …"). How two affiliations match
//! (a place and its nationality) is `actors::affiliation`.

use super::Resolver;
use crate::actors::lexicon::{entity, person};
use crate::actors::terms::{flag, word_facts};
use crate::actors::MentionKind;

/// Words for what a politician is elected to or runs in, after the place
/// that names it ("a Georgia seat", "a New York primary", "a Vermont
/// district").
const SEATS: [&str; 7] = [
    "seat",
    "district",
    "primary",
    "constituency",
    "riding",
    "electorate",
    "caucus",
];

impl Resolver<'_> {
    /// Learns what the name at tokens `first..end_token` (actor `a`) is
    /// tied to, from the words around it:
    /// - before it, with a title or person noun between or as a
    ///   possessive: "German Chancellor Angela Merkel", "Tesla chief Elon
    ///   Musk", "Germany's Angela Merkel";
    /// - in a definite appositive, or after "from" in an indefinite one:
    ///   "Rahul Gandhi, the Congress leader", "Merkel, a physicist from
    ///   East Germany";
    /// - after a verb of leading, or a possessive before an office:
    ///   "Angela Merkel, who led Germany", "Gates founded Microsoft",
    ///   "Meloni became Italy's first female prime minister".
    pub(super) fn learn_ties(&mut self, first: u32, end_token: u32, a: u32, end: u32) {
        let office = |r: &Self, k: u32| {
            r.person(k) & (person::ANY_TITLE | person::ANY_NOUN) != 0
                || crate::actors::terms::deputy(r.lower(k))
                || matches!(r.lower(k), "prime" | "foreign" | "first" | "co")
        };
        // Before the name: up to two office words, then the affiliation.
        let mut k = first;
        while k > self.bounds.0 && first - k < 2 && office(self, k - 1) {
            k -= 1;
        }
        let possessive_before =
            k > self.bounds.0 && self.bits.has(self.term(k - 1), flag::POSSESSIVE);
        if k < first || possessive_before {
            if let Some(key) = self.affiliation_before(k) {
                self.tie(key, a);
            }
        }
        // "Apple, under Cook, has taken …": the organisation it heads.
        if first >= 2 && self.lower(first - 1) == "under" && self.raw(first - 2) == "," {
            if let Some(key) = self.affiliation_before(first - 2) {
                self.tie(key, a);
            }
        }
        // "Von der Leyen's Commission", "Musk's Tesla": an organisation
        // the name possesses is theirs ("Trump's America", "Biden's China
        // policy" tie no one to a country).
        if end_token > first && self.bits.has(self.term(end_token - 1), flag::POSSESSIVE) {
            if let Some((key, _)) = self
                .affiliation_after(end_token)
                .filter(|(key, _)| !crate::actors::affiliation::place_like(key))
            {
                self.tie(key, a);
            }
        }
        // After it: an appositive, or "who" and a verb of leading.
        let mut k = end_token;
        // "One is a Vermont senator who …" says what an appositive would.
        if (self.raw(k) == "," || self.indefinite_predicate(k)) && self.appositive_opens(k + 1) {
            let mut j = k + 1;
            let stop = end.min(k + 12);
            while j < stop && self.bits.has(self.term(j), flag::WORD) {
                let w = self.lower(j);
                if w == "who" {
                    // "Petro, the former guerrilla who became Colombia's
                    // first leftist head of state": on to the verb.
                    break;
                }
                // "a physicist from East Germany", "co-leader of the
                // Alternative for Germany".
                if matches!(w, "from" | "of") {
                    if let Some(key) = self.affiliation_of(j - 1) {
                        self.tie(key, a);
                    }
                    return;
                }
                if let Some((key, next)) = self.affiliation_after(j) {
                    // "Denmark's Social Democratic prime minister", "the
                    // Congress leader", "the genial Ohio Republican": a
                    // run before an office, or a people's word ending the
                    // appositive.
                    let last = self.lower(next - 1);
                    let people = word_facts(last).0 & entity::PEOPLE != 0
                        && !self.bits.has(self.term(next), flag::WORD)
                        || matches!(self.lower(next), "from" | "who" | "whose");
                    if office(self, next)
                        || (next..(next + 3).min(end)).any(|o| office(self, o))
                        || people
                    {
                        self.tie(key, a);
                    }
                    j = next;
                    continue;
                }
                j += 1;
            }
            if self.lower(j) != "who" {
                return;
            }
            k = j;
        }
        if self.raw(k) == "," {
            k += 1;
        }
        if self.lower(k) == "who" {
            k += 1;
        }
        let leads = self.person(k) & person::LEADS != 0;
        if leads || matches!(self.lower(k), "became" | "becomes" | "was" | "is") {
            let from = if self.lower(k + 1) == "the" {
                k + 2
            } else {
                k + 1
            };
            if let Some((key, next)) = self.affiliation_after(from) {
                // "became Italy's first female prime minister"; a verb of
                // leading needs no office after it ("who led Germany").
                let possessive = self.bits.has(self.term(next - 1), flag::POSSESSIVE);
                let office_after =
                    possessive && (next..(next + 4).min(end)).any(|j| office(self, j));
                if leads || office_after {
                    self.tie(key, a);
                    return;
                }
            }
        }
        // "who rode notoriety into a deep-red Georgia seat", "who won a
        // New York primary": a place before the seat someone holds or ran
        // for is theirs, anywhere in the relative clause.
        // (`k` is past "who" by now: the relative clause starts there.)
        if k > end_token && self.lower(k - 1) == "who" {
            let mut j = k;
            while j < end.min(k + 14) && self.bits.has(self.term(j), flag::WORD) {
                if SEATS.contains(&self.lower(j)) {
                    if let Some(key) = self
                        .affiliation_before(j)
                        .filter(|key| crate::actors::affiliation::place_like(key))
                    {
                        self.tie(key, a);
                    }
                    return;
                }
                j += 1;
            }
        }
    }

    /// Whether an appositive after a name's comma starts at token `k`: a
    /// determiner, an office ("co-leader of …") or a capitalised
    /// possessive ("Denmark's Social Democratic prime minister").
    pub(super) fn appositive_opens(&self, k: u32) -> bool {
        matches!(self.lower(k), "the" | "a" | "an")
            || self.person(k) & (person::ANY_TITLE | person::ANY_NOUN) != 0
            || self.capitalised_word(k) && self.bits.has(self.term(k), flag::POSSESSIVE)
    }

    /// The capitalised words that end right before token `k` ("German" of
    /// "German Chancellor", "New Zealand's"), as one lower-case key.
    pub(super) fn affiliation_before(&self, k: u32) -> Option<String> {
        let mut start = k;
        while start > self.bounds.0 && k - start < 3 && self.affiliation_word(start - 1) {
            start -= 1;
        }
        (start < k).then(|| self.affiliation_key(start, k))
    }

    /// The capitalised words from token `k` on ("Germany", "East
    /// Germany", "Italy's"), as one key, with the token after them.
    pub(super) fn affiliation_after(&self, k: u32) -> Option<(String, u32)> {
        let mut end = k;
        while end < self.bounds.1 && end - k < 3 && self.affiliation_word(end) {
            let possessive = self.bits.has(self.term(end), flag::POSSESSIVE);
            end += 1;
            if possessive {
                break;
            }
        }
        (end > k).then(|| (self.affiliation_key(k, end), end))
    }

    /// A word an affiliation is written with: capitalised, no function
    /// word, no title or noun for a person ("Chancellor" is the office,
    /// not the country).
    pub(super) fn affiliation_word(&self, k: u32) -> bool {
        self.capitalised_word(k)
            && self.person(k) & (person::ANY_TITLE | person::ANY_NOUN) == 0
            && !self
                .found
                .iter()
                .rev()
                .take(4)
                .any(|f| f.token <= k && k < f.end_token)
    }

    /// Tokens `a..b` as a lower-case key, a possessive's "'s" left out:
    /// "East Germany's" → "east germany". Only the last word is kept when
    /// it is a listed place (so "East Germany" meets "German").
    pub(super) fn affiliation_key(&self, a: u32, b: u32) -> String {
        let bare = |k: u32| {
            let w = self.lower(k);
            w.strip_suffix("'s").unwrap_or(w)
        };
        let last = bare(b - 1);
        if b - a > 1 && word_facts(last).0 & entity::PLACE != 0 {
            return last.to_string();
        }
        let mut key = String::new();
        for k in a..b {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(bare(k));
        }
        key
    }

    /// The affiliation a description writes between its "the" and its
    /// head (tokens `a..b`): its run of capitalised words ("German" of
    /// "the German chancellor", "New Zealand" of "the New Zealand prime
    /// minister").
    pub(super) fn affiliation_between(&self, a: u32, b: u32) -> Option<String> {
        let start = (a..b).find(|&k| self.affiliation_word(k))?;
        let end = (start..b).find(|&k| !self.affiliation_word(k)).unwrap_or(b);
        Some(self.affiliation_key(start, end))
    }

    /// The affiliation written after a description's head `k` with "of"
    /// or "from": "the leader of the Economic Freedom Fighters", "the
    /// chancellor of Germany", "the senator from Massachusetts".
    pub(super) fn affiliation_of(&self, k: u32) -> Option<String> {
        if !matches!(self.lower(k + 1), "of" | "from") {
            return None;
        }
        let at = if self.lower(k + 2) == "the" {
            k + 3
        } else {
            k + 2
        };
        self.affiliation_after(at).map(|(key, _)| key)
    }

    /// Tokens `i..=last` are a description of `a` by its affiliation:
    /// learnt (its `noun` goes on meaning `a`) and pushed. Returns the
    /// token after it.
    pub(super) fn affiliated(
        &mut self,
        noun: String,
        a: u32,
        s: u32,
        i: u32,
        last: u32,
        qual: &str,
    ) -> u32 {
        self.learn_description(noun, a, s, true, qual);
        self.push(
            s,
            i,
            last,
            vec![a],
            MentionKind::Reference,
            "description-affiliation",
        );
        last + 1
    }

    /// Ties `key` to `a`, and its last word too when that is a people's
    /// word ("ohio republican" is also "republican": "the Republican").
    pub(super) fn tie(&mut self, key: String, a: u32) {
        if let Some((_, last)) = key.rsplit_once(' ') {
            if word_facts(last).0 & entity::PEOPLE != 0 {
                let last = last.to_string();
                if !self.ties.iter().any(|(k, b)| *k == last && *b == a) {
                    self.ties.push((last, a));
                }
            }
        }
        if !self.ties.iter().any(|(k, b)| *k == key && *b == a) {
            self.ties.push((key, a));
        }
    }

    /// The one person the text tied to `key` (or to the same place), if
    /// exactly one, and one of the compared: a text names many people in
    /// passing with their country ("Mr. Cushing, the American minister to
    /// China"), and its "the American" is seldom one of them.
    pub(super) fn tied(&self, key: &str) -> Option<u32> {
        // Most ties of a long text are of people named in passing, and only
        // a compared person can answer: without a tie of theirs, nothing
        // is compared.
        if !self
            .ties
            .iter()
            .any(|(_, a)| self.people.compared.contains(a))
        {
            return None;
        }
        let mut who = self
            .ties
            .iter()
            .filter(|(k, _)| crate::actors::affiliation::same(k, key))
            .map(|&(_, a)| a);
        let Some(a) = who.next() else {
            return self.the_untied_one(key);
        };
        (who.all(|b| b == a) && self.people.compared.contains(&a)).then_some(a)
    }

    /// With no one tied to `key`: the one compared person tied to nothing
    /// of its kind (a country, or an organisation), when every other is
    /// tied to another of that kind. "The Argentine" in an essay that
    /// tied Petro to Colombia and Milei to nothing is Milei; "the Tesla
    /// chief" beside a Gates tied to Microsoft is Musk.
    fn the_untied_one(&self, key: &str) -> Option<u32> {
        use crate::actors::affiliation::affiliation_kind;
        // Only between two: a third person the essay describes by country
        // ("the Russian president") is as likely as the untied one of more.
        if self.people.compared.len() != 2 {
            return None;
        }
        let kind = affiliation_kind(key);
        let mut untied = None;
        for &c in &self.people.compared {
            let tied_so = self
                .ties
                .iter()
                .any(|(k, a)| *a == c && affiliation_kind(k) == kind);
            if !tied_so {
                if untied.is_some() {
                    return None;
                }
                untied = Some(c);
            }
        }
        untied
    }
}
