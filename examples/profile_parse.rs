//! Runs one stage on one file N times, for profilers (callgrind, perf):
//! `cargo build --profile profiling --example profile_parse`, then
//! `target/profiling/examples/profile_parse FILE [N] [STAGE]`. STAGE is
//! `parse` (the document stage), `actors` (the actor stage, on one parse),
//! `themes` (theme scores, on one parse), `report` (the report from the
//! stages' results, as `analyze` builds it) or, by default, the whole
//! `analyze`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a file");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let stage = args.next().unwrap_or_default();
    let text = std::fs::read_to_string(path).expect("readable");
    let options = faultline::Options::default();
    let doc = matches!(stage.as_str(), "actors" | "themes" | "report")
        .then(|| faultline::document::parse(&text));
    let dict = faultline::themes::Dictionary::default_shared();
    let mut count = 0;
    for _ in 0..n {
        count += match (stage.as_str(), &doc) {
            ("parse", _) => faultline::document::parse(&text).sentences.len(),
            ("actors", Some(doc)) => faultline::actors::find(&text, doc, &options).actors.len(),
            ("themes", Some(doc)) => faultline::themes::score(doc, &dict, &[]).sentences.len(),
            ("report", Some(doc)) => report(&text, doc, &options, &dict),
            _ => faultline::analyze(&text, &options).document.sentences.len(),
        };
    }
    println!("{count}");
}

/// Runs the stages once each, then times nothing but `report::build`.
#[inline(never)]
fn report(
    text: &str,
    doc: &faultline::document::Document,
    options: &faultline::Options,
    dict: &faultline::themes::Dictionary,
) -> usize {
    let actors = faultline::actors::find(text, doc, options);
    let themes = faultline::themes::score(doc, dict, &actors.naming);
    let positions = faultline::positions::find(doc, &actors, &themes, dict);
    let divergence = faultline::divergence::measure(dict, &themes, &positions, &actors.compared);
    let sentence_tone = faultline::tone::Scorer::new(doc).sentences();
    let mut scorer = faultline::tone::Scorer::new(doc);
    let actor_tone = faultline::positions::tone::toward_actors(doc, &actors, &mut scorer);
    let stages = faultline::report::Stages {
        doc,
        actors: &actors,
        dict,
        themes: &themes,
        positions: &positions,
        divergence: &divergence,
        sentence_tone: &sentence_tone,
        actor_tone: &actor_tone,
    };
    faultline::report::build(text, &stages, options)
        .sentences
        .len()
}
