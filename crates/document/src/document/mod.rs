//! The first stage: text → [`Document`] (blocks, sentences, clauses, tokens).
//!
//! - [`blocks`] cuts the text into lines and joins soft-wrapped lines into
//!   blocks; [`structure`] then names each block (title, byline, heading,
//!   paragraph, list item, bio).
//! - [`sentences`] segments each block; [`lists`] finds inline list items
//!   that split a block without punctuation.
//! - [`tokens`] cuts each sentence into words, numbers and punctuation, with a
//!   term table (lower-case form and Snowball stem, computed once per form).
//! - [`clauses`] splits sentences at contrast markers.
//!
//! All spans are byte offsets ([`ByteSpan`]); the report converts them.

pub mod blocks;
pub mod clauses;
pub mod forms;
pub mod lexicon;
pub mod lists;
pub mod sentences;
pub mod structure;
pub mod tokens;
pub mod vocabulary;

pub use smol_str::SmolStr;

use serde::Serialize;

use crate::text::ByteSpan;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BlockKind {
    Title,
    Byline,
    Dateline,
    Heading,
    Paragraph,
    ListItem,
    Bio,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's content: Markdown markers ("## ", "- ") and surrounding
    /// white space are left out.
    pub span: ByteSpan,
    /// 1 for a title, 2.. for headings, 0 otherwise.
    pub level: u8,
    /// The rule that gave the block its kind.
    pub rule: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: ByteSpan,
    pub block: u32,
    /// What ended the sentence.
    pub rule: &'static str,
    pub clauses: Vec<Clause>,
    /// `[first, end)` into [`Document::tokens`].
    pub tokens: [u32; 2],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub span: ByteSpan,
    pub marker: Option<ByteSpan>,
    pub rule: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets, `u32` like every index of a document: a token is
    /// then 12 bytes, not 24, and a book's tokens take half the memory
    /// and half the cache lines each pass over them reads.
    start: u32,
    end: u32,
    /// Index into [`Document::terms`].
    pub term: u32,
}

impl Token {
    pub fn new(span: ByteSpan, term: u32) -> Self {
        Self {
            start: span.start as u32,
            end: span.end as u32,
            term,
        }
    }

    /// Where the token is in the text, in bytes.
    pub fn span(&self) -> ByteSpan {
        ByteSpan::new(self.start as usize, self.end as usize)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub kind: TokenKind,
    /// Lower-cased, curly apostrophes made straight.
    pub lower: SmolStr,
    /// Snowball English stem of `lower` for words; `lower` otherwise.
    pub stem: SmolStr,
    /// How the form is written ([`shape`] bits): what `lower` no longer
    /// shows, for the stages that look for names.
    pub shape: u8,
}

/// Bits of [`Term::shape`].
pub mod shape {
    /// The first letter is a capital.
    pub const CAPITAL: u8 = 1;
    /// More than one letter, none lower-case ("MAGA", "U.S.").
    pub const ALL_CAPS: u8 = 2;
    /// Hyphenated with a part that starts in lower case ("Musk-style").
    pub const LOWER_PART: u8 = 4;
    /// One character ("C" of "C. Wright Mills"): with the period after
    /// it, an initial. Known from the term, the text need not be read.
    pub const ONE_CHAR: u8 = 8;
}

#[derive(Debug, Clone, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub terms: Vec<Term>,
    /// Index of the title block.
    pub title: Option<u32>,
    /// Index of the byline block and the author's name inside it.
    pub byline: Option<(u32, ByteSpan)>,
    /// Index of the author-bio block.
    pub bio: Option<u32>,
}

impl Document {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        let [a, b] = sentence.tokens;
        self.tokens.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// The term of token `token`, if there is such a token.
    pub fn term_at(&self, token: u32) -> Option<&Term> {
        self.tokens
            .get(token as usize)
            .and_then(|t| self.terms.get(t.term as usize))
    }

    /// Whether token `token` is a word or a number (not punctuation).
    pub fn is_word_at(&self, token: u32) -> bool {
        self.term_at(token)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    }

    /// The clause of sentence `s` that holds byte `at`: the last clause
    /// that starts at or before it (0 when there is none).
    pub fn clause_at(&self, s: u32, at: usize) -> u32 {
        self.sentences
            .get(s as usize)
            // Clauses are in text order: the last that starts at or before.
            .and_then(|x| {
                x.clauses
                    .partition_point(|c| c.span.start <= at)
                    .checked_sub(1)
            })
            .unwrap_or(0) as u32
    }

    /// `[first, end)`: the tokens that start inside `span` (binary search;
    /// tokens are in text order).
    pub fn token_range(&self, span: ByteSpan) -> [u32; 2] {
        let first = self.tokens.partition_point(|t| t.span().start < span.start);
        let end = self.tokens.partition_point(|t| t.span().start < span.end);
        [first as u32, end.max(first) as u32]
    }
}

/// Parses `text` into a [`Document`]. Never panics; any text gives a document.
pub fn parse(text: &str) -> Document {
    let raw = blocks::split(text);
    let mut doc = structure::classify(text, raw);
    // An essay has about one distinct form per ten bytes, a book far fewer.
    let mut terms = tokens::TermTable::with_capacity((text.len() / 8).min(1 << 16));
    doc.sentences.reserve(text.len() / 120);
    // About one token per five bytes of prose: reserve once, not by doubling.
    doc.tokens.reserve(text.len() / 5);
    for (b, block) in doc.blocks.iter().enumerate() {
        for (span, rule) in sentences::segment(text, block.span) {
            let first = doc.tokens.len() as u32;
            tokens::tokenize(text, span, &mut terms, &mut doc.tokens);
            let end = doc.tokens.len() as u32;
            let clauses = clauses::split(span, &doc.tokens[first as usize..end as usize], &terms);
            doc.sentences.push(Sentence {
                span,
                block: b as u32,
                rule,
                clauses,
                tokens: [first, end],
            });
        }
    }
    doc.terms = terms.into_terms();
    doc
}
