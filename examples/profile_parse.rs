//! Runs one stage on one file N times, for profilers (callgrind, perf):
//! `cargo build --profile profiling --example profile_parse`, then
//! `target/profiling/examples/profile_parse FILE [N] [STAGE]`. STAGE is
//! `parse` (the document stage), `actors` (the actor stage, on one parse),
//! `themes` (theme scores, on one parse) or, by default, the whole `analyze`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a file");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let stage = args.next().unwrap_or_default();
    let text = std::fs::read_to_string(path).expect("readable");
    let options = faultline::Options::default();
    let doc =
        matches!(stage.as_str(), "actors" | "themes").then(|| faultline::document::parse(&text));
    let dict = faultline::themes::Dictionary::default_shared();
    let mut count = 0;
    for _ in 0..n {
        count += match (stage.as_str(), &doc) {
            ("parse", _) => faultline::document::parse(&text).sentences.len(),
            ("actors", Some(doc)) => faultline::actors::find(&text, doc, &options).actors.len(),
            ("themes", Some(doc)) => faultline::themes::score(doc, &dict).sentences.len(),
            _ => faultline::analyze(&text, &options).document.sentences.len(),
        };
    }
    println!("{count}");
}
