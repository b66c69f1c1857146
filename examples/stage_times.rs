//! Times each stage on one file, best of N runs, in release builds:
//! `cargo run --release --example stage_times -- FILE [N]`. A quick look
//! while working; the benchmarks of record are `make bench`.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stage_times FILE [N]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let options = faultline::Options::default();
    let (mut parse, mut actors) = (f64::MAX, f64::MAX);
    for _ in 0..n {
        let t = Instant::now();
        let doc = faultline::document::parse(&text);
        let p = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let found = faultline::actors::find(&text, &doc, &options);
        let a = t.elapsed().as_secs_f64();
        std::hint::black_box(found);
        parse = parse.min(p);
        actors = actors.min(a);
    }
    let mb = text.len() as f64 / 1e6;
    println!("parse  {:8.2} ms {:6.1} MB/s", parse * 1e3, mb / parse);
    println!(
        "actors {:8.2} ms {:6.1} MB/s  (+{:.0}% of parse)",
        actors * 1e3,
        mb / actors,
        100.0 * actors / parse
    );
}
