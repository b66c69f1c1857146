//! Measures the default dictionary on CAP-coded sentences (see
//! `tests/themes/topics.rs`): top-1 accuracy, macro-F1, coverage, precision
//! and false themes, for the whole set, its two halves (the "blind" half was
//! never read while writing entries) and each source.
//!
//! `cargo run --release --example theme_scores [--details] [--themes] [--misses THEME]`
//!
//! It first prints, per essay, the agreement of the theme statuses with
//! `tests/themes/expectations/` (`--details` lists the disagreements).
//!
//! `--themes` adds per-theme precision/recall/F1; `--misses THEME` lists
//! units of the look half only where THEME was wanted or wrongly given.

#[path = "../tests/themes/topics.rs"]
mod topics;

use faultline::themes::Dictionary;

fn row(name: &str, f: &topics::Figures) {
    println!(
        "{name:<16} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>5} {:>6.3}",
        f.units, f.top1, f.macro_f1, f.coverage, f.precision, f.null_units, f.false_themes
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    essay_agreement(args.iter().any(|a| a == "--details"));
    let Some(units) = topics::units() else {
        println!(
            "theme scores: {} not found, skipped",
            topics::path().display()
        );
        return;
    };
    let dict = Dictionary::default_shared();
    println!("topic accuracy of the default dictionary on CAP-coded units (goal: top-1 >= 0.55, macro-F1 >= 0.50, precision >= 0.70, false themes <= 0.20)");
    println!(
        "{:<16} {:>5} {:>6} {:>6} {:>6} {:>6} {:>5} {:>6}",
        "set", "units", "top1", "macroF", "cover", "prec", "null", "false"
    );
    let all = topics::measure(&dict, units.iter());
    row("all", &all);
    row(
        "look half",
        &topics::measure(&dict, units.iter().filter(|u| topics::in_look_half(&u.id))),
    );
    row(
        "blind half",
        &topics::measure(&dict, units.iter().filter(|u| !topics::in_look_half(&u.id))),
    );
    for source in ["cap_us_sotu", "nyt_frontpage_headlines"] {
        row(
            &source[..source.len().min(16)],
            &topics::measure(&dict, units.iter().filter(|u| u.source == source)),
        );
    }
    if args.iter().any(|a| a == "--themes") {
        for (id, p, r, f1, n) in &all.per_theme {
            println!("  {id:<12} P {p:.2} R {r:.2} F1 {f1:.2} ({n})");
        }
    }
    if let Some(i) = args.iter().position(|a| a == "--misses") {
        let want = args.get(i + 1).cloned().unwrap_or_default();
        for u in units.iter().filter(|u| topics::in_look_half(&u.id)) {
            let p = topics::predict(&dict, &u.text);
            let gold = u.theme.as_deref() == Some(want.as_str());
            let given = p.as_deref() == Some(want.as_str());
            if gold != given {
                println!(
                    "{} gold={:?} got={:?}: {}",
                    if gold { "MISS" } else { "FALSE" },
                    u.theme,
                    p,
                    u.text
                );
            }
        }
    }
}

#[path = "../tests/themes/essays.rs"]
mod essays;

/// Per essay: how many theme statuses agree with the careful reading.
fn essay_agreement(details: bool) {
    println!(
        "theme statuses against a careful reading of each essay (clear / arguable expectations)"
    );
    let (mut right, mut all) = (0, 0);
    for name in essays::names() {
        let Some(a) = essays::agreement(&name) else {
            println!("  {name}: essay not found, skipped");
            continue;
        };
        right += a.clear.0 + a.arguable.0;
        all += a.clear.1 + a.arguable.1;
        println!(
            "  {:<40} clear {:>2}/{:<2} arguable {:>2}/{:<2}",
            a.essay, a.clear.0, a.clear.1, a.arguable.0, a.arguable.1
        );
        if details {
            for (theme, want, got, conf) in &a.misses {
                println!("      {theme:<12} expected {want:<12} got {got:<12} ({conf})");
            }
        }
    }
    if all > 0 {
        println!(
            "  all: {right}/{all} ({:.0}%)",
            100.0 * right as f64 / all as f64
        );
    }
}
