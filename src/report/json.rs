//! The report as compact JSON, written by hand for the browser module: the
//! same text as `serde_json::to_string` but for characters past U+007F,
//! written as `\uXXXX` escapes so the text is ASCII (`tests/json.rs`
//! compares them), without serde's serializer, which cost the wasm ~8 KB of
//! gzip.
//!
//! The command line writes its compact reports with it too, in UTF-8
//! ([`write_utf8`]: serde_json's text, byte for byte, in about a third of
//! the time); `--pretty` and the tests still go through serde (the schema
//! check); the derives cost the wasm nothing while nothing there calls them.

use std::collections::BTreeMap;

use super::*;
use crate::divergence::Status;
use crate::text::scan;

/// `report` as JSON, as `serde_json::to_string` writes it, in ASCII.
pub fn to_string(report: &Report) -> String {
    // Every byte written is ASCII (strings are escaped past U+007F).
    ascii(report)
}

/// `report` as the JSON of [`to_string`] in parts, for a page that parses
/// a long report a part at a time (one `JSON.parse` of a 10 MB text's 36
/// MB report held the page's thread for half a second): the report with
/// `document.sentences` and `sentences` empty, then those two arrays
/// `per_part` sentences at a time, a piece of each in turn:
/// `[report, document.sentences[..n], sentences[..n], document.sentences[n..2n], …]`.
/// The page appends each piece to its array.
pub fn to_parts(mut report: Report, per_part: usize) -> Vec<String> {
    let per_part = per_part.max(1);
    let structure = std::mem::take(&mut report.document.sentences);
    let scored = std::mem::take(&mut report.sentences);
    let mut parts = vec![to_string(&report)];
    // The two arrays have a member per sentence each; a shorter one
    // (never written) would give empty pieces, not a lost sentence.
    let piece =
        |all_len: usize, from: usize| from.min(all_len)..from.saturating_add(per_part).min(all_len);
    for from in (0..structure.len().max(scored.len())).step_by(per_part) {
        parts.push(ascii(&structure[piece(structure.len(), from)]));
        parts.push(ascii(&scored[piece(scored.len(), from)]));
    }
    parts
}

/// `value` as ASCII JSON, as [`to_string`] writes a report.
fn ascii<T: Json + ?Sized>(value: &T) -> String {
    let mut out = Out::ascii(Vec::with_capacity(1 << 16));
    value.write(&mut out);
    String::from_utf8(out.bytes).unwrap_or_default()
}

/// Appends `report` to `bytes` as `serde_json::to_writer` writes it: UTF-8,
/// only what JSON requires escaped. For the command line, whose readers
/// (files, pipes, `jq`) take UTF-8 as it is.
pub fn write_utf8(report: &Report, bytes: &mut Vec<u8>) {
    // Room for the whole report at once, by the sizes reports have: 11–19
    // bytes a character of text with tokens, 5–12 without (the corpus
    // essays and the State of the Union lines). A buffer grown by doubling
    // copied 12 MB of a 1 MB text's report again; at 4 a character without
    // tokens, every 100 KB line's report was still copied once.
    let per_char = if report.document.tokens.start.is_empty() {
        6
    } else {
        13
    };
    bytes.reserve(report.text_length as usize * per_char + 4096);
    let mut out = Out {
        bytes: std::mem::take(bytes),
        high: 0,
    };
    report.write(&mut out);
    *bytes = out.bytes;
}

/// Bytes, not a `String`: pushing a `char` to a `String` encodes it as
/// UTF-8 each time, and the writer pushes a few bytes at a time.
struct Out {
    bytes: Vec<u8>,
    /// The bytes of characters past U+007F in strings are escaped where
    /// this is 0x80 (ASCII output) and copied where it is 0 (UTF-8).
    high: u8,
}

impl Out {
    fn ascii(bytes: Vec<u8>) -> Self {
        Out { bytes, high: 0x80 }
    }

    fn raw(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    /// The comma before an object's member, but its first.
    fn comma(&mut self) {
        if self.bytes.last() != Some(&b'{') {
            self.byte(b',');
        }
    }

    /// `,"name":`. Names are the report's own field names: ASCII, nothing
    /// to escape.
    fn key(&mut self, name: &str) {
        self.comma();
        self.byte(b'"');
        self.raw(name);
        self.raw("\":");
    }

    fn field<T: Json + ?Sized>(&mut self, name: &str, value: &T) {
        self.key(name);
        value.write(self);
    }

    /// `{`, the fields `f` writes, `}`.
    fn object(&mut self, f: impl FnOnce(&mut Self)) {
        self.byte(b'{');
        f(self);
        self.byte(b'}');
    }

    /// A JSON string, ASCII only: every character past U+007F is written
    /// as `\uXXXX` (two for one beyond the BMP). The browser decodes the
    /// report's UTF-8 into a JavaScript string; one accented letter or
    /// curly quote anywhere makes that string two bytes a character and its
    /// decoding ~25× slower (0.29 ms against 0.012 ms for the founding
    /// essay's 70 KB report), and `JSON.parse` slower too.
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.byte(b'"');
        let mut rest = s;
        // The bytes to escape found eight at a time: most of a report's
        // strings are plain words.
        loop {
            let high = self.high;
            let i = scan::find(
                rest.as_bytes(),
                0,
                |w| escaped_in_word(w, high),
                |b| is_escaped(b, high),
            );
            if i == rest.len() {
                break;
            }
            self.raw(&rest[..i]);
            let b = rest.as_bytes()[i];
            let mut skip = 1;
            match b {
                b'"' => self.raw("\\\""),
                b'\\' => self.raw("\\\\"),
                b'\n' => self.raw("\\n"),
                b'\r' => self.raw("\\r"),
                b'\t' => self.raw("\\t"),
                0x08 => self.raw("\\b"),
                0x0C => self.raw("\\f"),
                0x80.. => {
                    // `i` is at a character's first byte: the bytes before it
                    // were ASCII.
                    let c = rest[i..].chars().next().unwrap_or('\u{fffd}');
                    skip = c.len_utf8();
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        self.raw("\\u");
                        for shift in [12, 8, 4, 0] {
                            self.byte(HEX[usize::from((*unit >> shift) & 15)]);
                        }
                    }
                }
                _ => {
                    self.raw("\\u00");
                    self.byte(HEX[usize::from(b >> 4)]);
                    self.byte(HEX[usize::from(b & 15)]);
                }
            }
            rest = &rest[i + skip..];
        }
        self.raw(rest);
        self.byte(b'"');
    }

    fn integer(&mut self, n: i64) {
        if n < 0 {
            self.byte(b'-');
        }
        match u32::try_from(n.unsigned_abs()) {
            Ok(n) => self.unsigned(n),
            // No report number is this large; written all the same.
            Err(_) => {
                let mut digits = [0u8; 20];
                let mut i = digits.len();
                let mut n = n.unsigned_abs();
                loop {
                    i -= 1;
                    digits[i] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                self.bytes.extend_from_slice(&digits[i..]);
            }
        }
    }

    /// Most of a report's bytes are offsets: their digits are written two
    /// at a time, one division for each pair, in 32-bit arithmetic.
    fn unsigned(&mut self, mut n: u32) {
        let mut digits = [0u8; 10];
        let mut i = digits.len();
        while n >= 100 {
            let pair = (n % 100) as usize * 2;
            n /= 100;
            i -= 2;
            digits[i..i + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
        }
        if n >= 10 {
            let pair = n as usize * 2;
            i -= 2;
            digits[i..i + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
        } else {
            i -= 1;
            digits[i] = b'0' + n as u8;
        }
        self.bytes.extend_from_slice(&digits[i..]);
    }
}

/// "00", "01", … "99", end to end.
const DIGIT_PAIRS: [u8; 200] = {
    let mut pairs = [0u8; 200];
    let mut k = 0;
    while k < 100 {
        pairs[2 * k] = b'0' + (k / 10) as u8;
        pairs[2 * k + 1] = b'0' + (k % 10) as u8;
        k += 1;
    }
    pairs
};

/// The bytes [`Out::string`] escapes: controls, `"`, `\\` and, with
/// `high` 0x80, every byte of a character past U+007F.
fn is_escaped(b: u8, high: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\' || b & high != 0
}

/// [`is_escaped`] for the eight bytes of a word.
fn escaped_in_word(w: u64, high: u8) -> u64 {
    scan::less_than(w, 0x20)
        | scan::equal(w, b'"')
        | scan::equal(w, b'\\')
        | (w & scan::splat(high))
}

trait Json {
    fn write(&self, out: &mut Out);
}

impl Json for str {
    fn write(&self, out: &mut Out) {
        out.string(self);
    }
}

impl Json for String {
    fn write(&self, out: &mut Out) {
        out.string(self);
    }
}

impl Json for crate::document::SmolStr {
    fn write(&self, out: &mut Out) {
        out.string(self);
    }
}

impl Json for &str {
    fn write(&self, out: &mut Out) {
        out.string(self);
    }
}

impl Json for u32 {
    fn write(&self, out: &mut Out) {
        out.unsigned(*self);
    }
}

impl Json for u16 {
    fn write(&self, out: &mut Out) {
        out.unsigned(u32::from(*self));
    }
}

impl Json for u8 {
    fn write(&self, out: &mut Out) {
        out.unsigned(u32::from(*self));
    }
}

impl Json for i8 {
    fn write(&self, out: &mut Out) {
        out.integer(i64::from(*self));
    }
}

impl Json for bool {
    fn write(&self, out: &mut Out) {
        out.raw(if *self { "true" } else { "false" });
    }
}

/// serde_json's: the shortest text that reads back as the same number
/// (zmij), `null` for what JSON cannot hold.
impl Json for f64 {
    fn write(&self, out: &mut Out) {
        if self.is_finite() {
            out.raw(zmij::Buffer::new().format_finite(*self));
        } else {
            out.raw("null");
        }
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut Out) {
        match self {
            Some(v) => v.write(out),
            None => out.raw("null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut Out) {
        out.byte(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.byte(b',');
            }
            v.write(out);
        }
        out.byte(b']');
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut Out) {
        self.as_slice().write(out);
    }
}

impl<T: Json, const N: usize> Json for [T; N] {
    fn write(&self, out: &mut Out) {
        self.as_slice().write(out);
    }
}

impl<T: Json> Json for BTreeMap<String, T> {
    fn write(&self, out: &mut Out) {
        out.object(|out| {
            for (k, v) in self {
                // Ids come from the text and the dictionary: escaped.
                out.comma();
                out.string(k);
                out.byte(b':');
                v.write(out);
            }
        });
    }
}

/// Enums are their camelCase variant names.
macro_rules! names {
    ($($t:ty { $($variant:ident => $name:literal),* $(,)? })*) => {$(
        impl Json for $t {
            fn write(&self, out: &mut Out) {
                out.raw(match self {
                    $(<$t>::$variant => concat!("\"", $name, "\""),)*
                });
            }
        }
    )*};
}

names! {
    Status {
        Diverge => "diverge",
        Align => "align",
        OneSided => "oneSided",
        NoPositions => "noPositions",
        Absent => "absent",
    }
    MentionKind {
        Name => "name",
        Alias => "alias",
        Pronoun => "pronoun",
        Reference => "reference",
    }
    Gender {
        Male => "male",
        Female => "female",
        Unknown => "unknown",
    }
    EntityKind {
        Organization => "organization",
        Place => "place",
        Group => "group",
        Other => "other",
    }
    BlockKind {
        Title => "title",
        Byline => "byline",
        Dateline => "dateline",
        Heading => "heading",
        Paragraph => "paragraph",
        ListItem => "listItem",
        Bio => "bio",
    }
    TokenKind {
        Word => "word",
        Number => "number",
        Punct => "punct",
        Symbol => "symbol",
    }
}

/// Structs are objects of their fields, named in camelCase. Which field
/// comes first is known here, so each name goes out with its brace or
/// comma in one copy (`{"start":`, `,"end":`): names were ~4% of a long
/// report's instructions when written as comma check, quote, name, quote.
macro_rules! objects {
    ($($t:ty { $first:literal $first_field:ident $(, $name:literal $field:ident)* $(,)? })*) => {$(
        impl Json for $t {
            fn write(&self, out: &mut Out) {
                out.raw(concat!("{\"", $first, "\":"));
                self.$first_field.write(out);
                $(
                    out.raw(concat!(",\"", $name, "\":"));
                    self.$field.write(out);
                )*
                out.byte(b'}');
            }
        }
    )*};
}

objects! {
    ActorReport {
        "id" id, "name" name, "aliases" aliases, "kind" kind, "gender" gender,
        "salience" salience, "counts" counts, "evidence" evidence, "mentions" mentions,
    }
    MentionCounts { "name" name, "alias" alias, "pronoun" pronoun, "reference" reference }
    MentionReport {
        "start" start, "end" end, "kind" kind, "rule" rule, "sentence" sentence,
        "clause" clause,
    }
    EntityReport { "name" name, "kind" kind, "mentions" mentions }
    DocumentReport {
        "title" title, "byline" byline, "bio" bio, "blocks" blocks,
        "sentences" sentences, "tokens" tokens, "terms" terms,
    }
    BylineReport { "start" start, "end" end, "name" name }
    BlockReport { "kind" kind, "start" start, "end" end, "level" level, "rule" rule }
    SentenceReport {
        "start" start, "end" end, "block" block, "rule" rule, "clauses" clauses,
        "tokenRange" token_range,
    }
    ClauseReport {
        "start" start, "end" end, "marker" marker, "rule" rule, "actors" actors,
        "subject" subject,
    }
    TokenColumns { "start" start, "end" end, "term" term }
    TermReport { "kind" kind, "lower" lower, "stem" stem }
    Span { "start" start, "end" end }
    Warning { "option" option, "message" message }
    PositionReport { "value" value, "confidence" confidence, "evidence" evidence }
    EvidenceReport { "start" start, "end" end, "sentence" sentence, "value" value }
    PairReport {
        "actors" actors, "divergence" divergence, "status" status, "evidence" evidence,
    }
    SentenceThemeReport { "id" id, "score" score, "matches" matches }
    ThemeScoreReport { "id" id, "score" score }
    MatchReport { "start" start, "end" end, "entry" entry, "pole" pole }
    CueReport { "start" start, "end" end, "kind" kind, "entry" entry }
    FlowReport { "block" block, "start" start, "end" end, "scores" scores }
    StatementReport {
        "actor" actor, "theme" theme, "pole" pole, "agreement" agreement,
        "sentence" sentence, "start" start, "end" end, "term" term,
        "attitude" attitude, "negated" negated, "rule" rule, "weight" weight,
    }
    DictionaryReport { "name" name, "version" version, "hash" hash }
    Report {
        "schemaVersion" schema_version, "textLength" text_length, "document" document,
        "actors" actors, "compared" compared, "entities" entities, "warnings" warnings,
        "themes" themes, "sentences" sentences, "themeFlow" theme_flow,
        "statements" statements, "tone" tone, "divergenceIndex" divergence_index,
        "dictionary" dictionary,
    }
}

/// The two structs with fields left out when empty.
impl Json for ThemeReport {
    fn write(&self, out: &mut Out) {
        out.object(|out| {
            out.field("id", &self.id);
            out.field("label", &self.label);
            if let Some(color) = &self.color {
                out.field("color", color);
            }
            out.field("cap", &self.cap);
            out.field("poles", &self.poles);
            out.field("salience", &self.salience);
            out.field("sentences", &self.sentences);
            out.field("status", &self.status);
            out.field("divergence", &self.divergence);
            out.field("positions", &self.positions);
            out.field("pairs", &self.pairs);
        });
    }
}

impl Json for SentenceThemesReport {
    fn write(&self, out: &mut Out) {
        out.object(|out| {
            out.field("start", &self.start);
            out.field("end", &self.end);
            out.field("themes", &self.themes);
            if let Some(leading) = &self.leading {
                out.field("leading", leading);
            }
            if !self.clauses.is_empty() {
                out.field("clauses", &self.clauses);
            }
            if !self.cues.is_empty() {
                out.field("cues", &self.cues);
            }
            out.field("tone", &self.tone);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `Out::string` must write: serde_json's string with every
    /// character past U+007F as `\uXXXX`.
    fn expected(s: &str) -> String {
        let mut out = String::new();
        for c in serde_json::to_string(s).unwrap_or_default().chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
        }
        out
    }

    #[test]
    fn strings_escape_at_every_position_of_a_word() {
        for special in [
            "\"", "\\", "\n", "\u{1}", "\u{1f}", "é", "’", "😀", " ", "~", "\u{7f}",
        ] {
            for before in 0..17 {
                for after in [0, 1, 9] {
                    let s = format!("{}{special}{}", "a".repeat(before), "b".repeat(after));
                    let mut out = Out::ascii(Vec::new());
                    out.string(&s);
                    assert_eq!(String::from_utf8(out.bytes).unwrap(), expected(&s), "{s:?}");
                    let mut out = Out {
                        bytes: Vec::new(),
                        high: 0,
                    };
                    out.string(&s);
                    let serde = serde_json::to_string(&s).unwrap_or_default();
                    assert_eq!(
                        String::from_utf8(out.bytes).unwrap(),
                        serde,
                        "{s:?} in UTF-8"
                    );
                }
            }
        }
    }

    #[test]
    fn map_keys_are_escaped() {
        let map: BTreeMap<String, u32> = [("a\"b".to_string(), 1), ("é".to_string(), 2)].into();
        let mut out = Out::ascii(Vec::new());
        map.write(&mut out);
        assert_eq!(
            String::from_utf8(out.bytes).unwrap(),
            "{\"a\\\"b\":1,\"\\u00e9\":2}"
        );
    }
}
