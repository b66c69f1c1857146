use faultline::document::*;
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    for _ in 0..4 {
        let t0 = Instant::now();
        let raw = blocks::split(&text);
        let t1 = Instant::now();
        let doc = structure::classify(&text, raw);
        let t2 = Instant::now();
        let mut seg = Vec::new();
        for block in doc.blocks.iter() {
            seg.extend(sentences::segment(&text, block.span));
        }
        let t3 = Instant::now();
        let mut terms = tokens::TermTable::with_capacity((text.len() / 12).min(1 << 16));
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut ranges = Vec::new();
        for (span, _) in &seg {
            let first = toks.len();
            tokens::tokenize(&text, *span, &mut terms, &mut toks);
            ranges.push((first, toks.len()));
        }
        let t4 = Instant::now();
        let mut n = 0;
        for ((span, _), (a, b)) in seg.iter().zip(&ranges) {
            n += clauses::split(*span, &toks[*a..*b], &terms).len();
        }
        let t5 = Instant::now();
        let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
        println!(
            "blocks {:.1} structure {:.1} segment {:.1} tokenize {:.1} clauses {:.1} | {} {}",
            ms(t0, t1),
            ms(t1, t2),
            ms(t2, t3),
            ms(t3, t4),
            ms(t4, t5),
            toks.len(),
            n
        );
    }
}
