//! Analyses one file N times, for profilers (callgrind, perf):
//! `cargo build --profile profiling --example profile_parse`, then
//! `target/profiling/examples/profile_parse FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a file");
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(path).expect("readable");
    let mut sentences = 0;
    for _ in 0..n {
        sentences += faultline::analyze(&text, &faultline::Options::default())
            .document
            .sentences
            .len();
    }
    println!("{sentences}");
}
