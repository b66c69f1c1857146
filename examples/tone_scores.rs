//! Measures the tone stage against human ratings: the four sets of
//! `../shared/corpus/sentiment/` (VADER's ground truth, Hutto & Gilbert
//! 2014), each snippet parsed and its sentence valences combined with
//! [`faultline::tone::combine`], then Pearson r against the mean human
//! rating. For the NYT editorials, r on the development half (odd lines,
//! the only NYT lines the rules and lexicon were tuned on) and on the
//! held-out half (even lines) separately.
//!
//! `cargo run --release --example tone_scores [--ablation]`
//!
//! `--ablation` also prints r for VADER's rules alone and for each of our
//! changes turned off one at a time. `--timing` times the stage against the
//! parser on the NYT snippets joined twenty times (about 12 MB).

#[path = "../tests/common/stats.rs"]
mod stats;
use stats::pearson;

use faultline::tone::{Lookup, Rules, Scorer};

const FILES: [(&str, &str); 4] = [
    ("nyt", "nytEditorialSnippets_GroundTruth.txt"),
    ("movies", "movieReviewSnippets_GroundTruth.txt"),
    ("amazon", "amazonReviewSnippets_GroundTruth.txt"),
    ("tweets", "tweets_GroundTruth.txt"),
];

/// `(rating, text)` per line.
fn read(name: &str) -> Option<Vec<(f64, String)>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/sentiment")
        .join(name);
    let text = std::fs::read_to_string(&path).ok()?;
    Some(
        text.lines()
            .filter_map(|line| {
                let mut fields = line.trim_start_matches('\u{feff}').splitn(3, '\t');
                let _id = fields.next()?;
                let rating = fields.next()?.trim().parse().ok()?;
                Some((rating, fields.next()?.trim_end().to_string()))
            })
            .collect(),
    )
}

/// The snippet's valence under `rules`: its sentences scored and combined.
fn score(text: &str, rules: Rules) -> f64 {
    let doc = faultline::document::parse(text);
    let mut scorer = Scorer::with_rules(&doc, rules);
    f64::from(faultline::tone::combine(&scorer.sentences()))
}

/// Best of three: parse, then `sentence_valences`, on the NYT text × 20.
fn timing() {
    let Some(rows) = read(FILES[0].1) else {
        println!("timing: NYT file not found");
        return;
    };
    let one: String = rows.iter().map(|(_, t)| format!("{t}\n\n")).collect();
    let text = one.repeat(20);
    let (mut parse, mut tone) = (f64::MAX, f64::MAX);
    let mut sentences = 0;
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let doc = faultline::document::parse(&text);
        parse = parse.min(t.elapsed().as_secs_f64());
        let t = std::time::Instant::now();
        let valences = faultline::tone::sentence_valences(&doc);
        tone = tone.min(t.elapsed().as_secs_f64());
        sentences = valences.len();
        std::hint::black_box(valences);
    }
    println!(
        "{:.1} MB, {sentences} sentences: parse {:.1} ms, sentence_valences {:.1} ms ({:.1}% of parse)",
        text.len() as f64 / 1e6,
        parse * 1e3,
        tone * 1e3,
        100.0 * tone / parse
    );
}

fn main() {
    if std::env::args().any(|a| a == "--timing") {
        timing();
        return;
    }
    let ablation = std::env::args().any(|a| a == "--ablation");
    let mut variants: Vec<(&str, Rules)> = vec![("faultline", Rules::default())];
    if ablation {
        let d = Rules::default();
        let off: [(&str, Rules); 8] = [
            ("vader", Rules::vader()),
            (
                "-additions",
                Rules {
                    lookup: Lookup { additions: false },
                    ..d
                },
            ),
            (
                "-positive",
                Rules {
                    positive_weight: 1.0,
                    ..d
                },
            ),
            (
                "-negation",
                Rules {
                    negation_valence: 0.0,
                    ..d
                },
            ),
            ("-names", Rules { names: false, ..d }),
            (
                "-clauses",
                Rules {
                    clause_scope: false,
                    ..d
                },
            ),
            (
                "-length",
                Rules {
                    length_scale: 0.0,
                    ..d
                },
            ),
            (
                "+so/this",
                Rules {
                    vader_so_this: true,
                    ..d
                },
            ),
        ];
        variants.extend(off);
    }
    println!(
        "{:<12} {:<8} {:>6} {:>7} {:>10} {:>10}",
        "rules", "file", "n", "r", "r dev", "r held-out"
    );
    for (file, name) in FILES {
        let Some(rows) = read(name) else {
            println!("{file}: ../shared/corpus/sentiment/{name} not found");
            continue;
        };
        for (label, rules) in &variants {
            let pairs: Vec<(f64, f64)> = rows
                .iter()
                .map(|(rating, text)| (score(text, *rules), *rating))
                .collect();
            let r = pearson(&pairs);
            if file == "nyt" {
                // Line k (1-based) is pairs[k - 1]: odd lines are even indices.
                let dev: Vec<_> = pairs.iter().copied().step_by(2).collect();
                let held: Vec<_> = pairs.iter().copied().skip(1).step_by(2).collect();
                println!(
                    "{label:<12} {file:<8} {:>6} {r:>7.4} {:>10.4} {:>10.4}",
                    pairs.len(),
                    pearson(&dev),
                    pearson(&held)
                );
            } else {
                println!("{label:<12} {file:<8} {:>6} {r:>7.4}", pairs.len());
            }
        }
    }
}
