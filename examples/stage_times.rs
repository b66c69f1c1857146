//! Times each stage on one file, best of N runs, in release builds:
//! `cargo run --release --example stage_times -- FILE [N]`. A quick look
//! while working; the benchmarks of record are `make bench`. Each stage is
//! given as a share of the parse, measured in the same run.
use std::time::Instant;

fn best<T>(n: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..n {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed().as_secs_f64());
        out = Some(v);
    }
    (best, out.expect("n > 0"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stage_times FILE [N]");
        std::process::exit(2);
    };
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5).max(1);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let options = faultline::Options::default();
    let dict = faultline::themes::Dictionary::default_shared();
    let (parse, doc) = best(n, || faultline::document::parse(&text));
    let (actors_t, actors) = best(n, || faultline::actors::find(&text, &doc, &options));
    let (themes_t, themes) = best(n, || faultline::themes::score(&doc, &dict, &actors.naming));
    let (positions_t, positions) = best(n, || {
        faultline::positions::find(&doc, &actors, &themes, &dict)
    });
    let (divergence_t, _) = best(n, || {
        faultline::divergence::measure(&dict, &themes, &positions, &actors.compared)
    });
    // The tone stage as `analyze` runs it: one scorer (the term lookups),
    // then the sentences, then the clauses about each actor.
    let (tone_t, sentence_tone) = best(n, || faultline::tone::Scorer::new(&doc).sentences());
    let mut scorer = faultline::tone::Scorer::new(&doc);
    let (actor_tone_t, actor_tone) = best(n, || {
        faultline::positions::tone::toward_actors(&doc, &actors, &mut scorer)
    });
    let divergence_v = faultline::divergence::measure(&dict, &themes, &positions, &actors.compared);
    let stages = faultline::report::Stages {
        doc: &doc,
        actors: &actors,
        dict: &dict,
        themes: &themes,
        positions: &positions,
        divergence: &divergence_v,
        sentence_tone: &sentence_tone,
        actor_tone: &actor_tone,
    };
    let (report_t, report) = best(n, || faultline::report::build(&text, &stages, &options));
    let (json_t, _) = best(n, || serde_json::to_string(&report).map(|j| j.len()));
    let (ascii_t, _) = best(n, || faultline::report::json::to_string(&report).len());
    let (analyze_t, _) = best(n, || faultline::analyze(&text, &options));
    let mb = text.len() as f64 / 1e6;
    let row = |name: &str, t: f64| {
        println!(
            "{name:<11} {:9.3} ms {:7.1} MB/s  ({:>4.0}% of parse)",
            t * 1e3,
            mb / t,
            100.0 * t / parse
        )
    };
    row("parse", parse);
    row("actors", actors_t);
    row("themes", themes_t);
    row("positions", positions_t);
    row("divergence", divergence_t);
    row("tone", tone_t);
    row("actor tone", actor_tone_t);
    row("report", report_t);
    row("report JSON", json_t);
    row("ASCII JSON", ascii_t);
    row("analyze", analyze_t);
}
