//! Times the document stage's phases one after the other on one file, for
//! finding where the parse spends its time:
//! `cargo run --release --example parse_phases -- FILE [N]`. The first run
//! also fills the vocabulary (stemming every form); later runs do not.
use faultline::document::{blocks, clauses, sentences, structure, tokens};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: parse_phases FILE [N]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(4);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    for _ in 0..n {
        let t0 = Instant::now();
        let raw = blocks::split(&text);
        let t1 = Instant::now();
        let doc = structure::classify(&text, raw);
        let t2 = Instant::now();
        let mut segments = Vec::new();
        for block in &doc.blocks {
            segments.extend(sentences::segment(&text, block.span));
        }
        let t3 = Instant::now();
        let mut terms = tokens::TermTable::with_capacity((text.len() / 8).min(1 << 16));
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut ranges = Vec::new();
        for (span, _) in &segments {
            let first = toks.len();
            tokens::tokenize(&text, *span, &mut terms, &mut toks);
            ranges.push(first..toks.len());
        }
        let t4 = Instant::now();
        let mut clause_count = 0;
        for ((span, _), range) in segments.iter().zip(ranges) {
            clause_count += clauses::split(*span, &toks[range], &terms).len();
        }
        let t5 = Instant::now();
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
        println!(
            "blocks {:.1} ms, structure {:.1}, sentences {:.1}, tokens {:.1}, clauses {:.1} \
             ({} tokens, {clause_count} clauses)",
            ms(t0, t1),
            ms(t1, t2),
            ms(t2, t3),
            ms(t3, t4),
            ms(t4, t5),
            toks.len(),
        );
    }
}
