//! Analyses one file N times, for profilers (callgrind, perf):
//! `cargo build --profile profiling --example profile_parse`, then
//! `target/profiling/examples/profile_parse FILE [N] [parse]`; with
//! `parse`, only the document stage runs.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a file");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let only_parse = args.next().as_deref() == Some("parse");
    let text = std::fs::read_to_string(path).expect("readable");
    let mut sentences = 0;
    for _ in 0..n {
        sentences += if only_parse {
            faultline::document::parse(&text).sentences.len()
        } else {
            faultline::analyze(&text, &faultline::Options::default())
                .document
                .sentences
                .len()
        };
    }
    println!("{sentences}");
}
