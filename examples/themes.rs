//! Prints what the theme stages make of an essay: each theme's status,
//! divergence and positions, then the statements.
//!
//! `cargo run --example themes -- FILE [--statements]`

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: themes FILE [--statements]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("a UTF-8 file");
    let report = faultline::analyze(&text, &faultline::Options::default());
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = |a: u32, b: u32| {
        String::from_utf16_lossy(&units[a as usize..b as usize])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    println!(
        "compared: {:?}  divergence index: {:?}  tone: {:?}",
        report.compared, report.divergence_index, report.tone
    );
    for t in &report.themes {
        let positions: Vec<String> = t
            .positions
            .iter()
            .map(|(a, p)| {
                format!(
                    "{a} {:+.2} ({:.2}, {} clauses)",
                    p.value,
                    p.confidence,
                    p.evidence.len()
                )
            })
            .collect();
        println!(
            "{:<12} {:<12} div {:<6} sal {:.3} sent {:>3}  {}",
            t.id,
            format!("{:?}", t.status),
            t.divergence.map_or("-".into(), |d| format!("{d:.2}")),
            t.salience,
            t.sentences,
            positions.join("; ")
        );
    }
    if args.iter().any(|a| a == "--statements") {
        for s in &report.statements {
            println!(
                "{:<16} {:<11} {:+} {:<32} [{}{} | {}] {}",
                s.actor,
                s.theme,
                s.agreement,
                s.pole,
                if s.negated { "not " } else { "" },
                s.attitude.as_deref().unwrap_or("-"),
                s.term,
                slice(s.start, s.end)
            );
        }
    }
}
