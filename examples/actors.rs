//! Prints the actors of a text file as a reader would check them:
//! `cargo run --example actors -- FILE`. Each mention is shown in its
//! sentence, with its kind and the rule that found it.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example actors -- FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let report = faultline::analyze(&text, &faultline::Options::default());
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let slice = |a: u32, b: u32| String::from_utf16_lossy(&utf16[a as usize..b as usize]);
    println!("compared: {:?}", report.compared);
    for a in &report.actors {
        println!(
            "\n{} ({}) {:?} salience {:.3} counts {:?}\n  aliases {:?}\n  evidence {:?}",
            a.name, a.id, a.gender, a.salience, a.counts, a.aliases, a.evidence
        );
        for m in &a.mentions {
            let s = &report.document.sentences[m.sentence as usize];
            let before = slice(s.start.max(m.start.saturating_sub(40)), m.start);
            let after = slice(m.end, s.end.min(m.end + 30));
            println!(
                "  {:9} {:26} …{}[{}]{}…",
                format!("{:?}", m.kind),
                m.rule,
                before.replace('\n', " "),
                slice(m.start, m.end),
                after.replace('\n', " ")
            );
        }
    }
    println!("\nentities:");
    for e in &report.entities {
        println!("  {:?} {} ×{}", e.kind, e.name, e.mentions.len());
    }
    for w in &report.warnings {
        println!("warning: {w:?}");
    }
}
