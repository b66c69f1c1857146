//! Measures the actor stage on the essays of `../shared/corpus/essays/`
//! against the hand-written expectations in `tests/actors/expectations/`, and
//! prints one row per essay: name-mention precision and recall, reference
//! cases right (traps among them: cases that refer to no person), compared
//! pair right, notPeople and author violations, people found, genders right.
//! The rules are in `tests/actors/score.rs`; the asserting tests are
//! `tests/actors_corpus.rs` and `tests/actors_seed.rs`.
//!
//! `cargo run --quiet --example actor_scores [--details] [essay-name ...]`
//!
//! `--details` lists, per essay, the reference cases got wrong, the name
//! mentions missed and the false ones, and every violation. An expectation
//! file that disagrees with its essay is reported, not a panic.

#[path = "../tests/actors/score.rs"]
mod score;

fn pct(x: f64) -> String {
    format!("{:.1}%", 100.0 * x)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let details = args.iter().any(|a| a == "--details");
    let only: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let names: Vec<String> = score::expectation_names()
        .into_iter()
        .filter(|n| only.is_empty() || only.iter().any(|o| n.contains(o.as_str())))
        .collect();
    if names.is_empty() {
        println!(
            "no expectation files in {}",
            score::expectations_dir().display()
        );
        return;
    }

    println!(
        "{:<42} {:>9} {:>13} {:>11} {:>7} {:>8} {:>6} {:>6} {:>6}",
        "essay",
        "precision",
        "recall",
        "references",
        "traps",
        "compared",
        "notPpl",
        "people",
        "gender"
    );
    let mut t = score::Score::default();
    let (mut essays, mut compared_ok, mut broken) = (0, 0, 0);
    let mut has_field = false;
    for name in &names {
        let (exp, text) = match score::load(name) {
            Ok(x) => x,
            Err(e) => {
                println!("{name:<42} cannot load: {e}");
                broken += 1;
                continue;
            }
        };
        let truth = match score::resolve(&exp, &text) {
            Ok(t) => t,
            Err(errors) => {
                println!(
                    "{name:<42} EXPECTATION INCONSISTENT ({} problems)",
                    errors.len()
                );
                for e in errors {
                    println!("    {e}");
                }
                broken += 1;
                continue;
            }
        };
        let report = score::analyze(&text);
        let s = score::score(&exp, &truth, &text, &report);
        essays += 1;
        has_field |= s.has_actors_field;
        println!(
            "{:<42} {:>9} {:>13} {:>11} {:>7} {:>8} {:>6} {:>6} {:>6}",
            name,
            s.precision().map_or("-".into(), pct),
            format!("{}/{} {}", s.found_names, s.expected_names, pct(s.recall())),
            format!("{}/{}", s.references_right(), s.references.len()),
            format!("{}/{}", s.traps_right(), s.traps()),
            if s.compared_ok { "ok" } else { "WRONG" },
            s.not_people_violations.len() + s.author_violations.len(),
            format!("{}/{}", s.people_found, s.people_total),
            format!("{}/{}", s.gender_right, s.gender_checked),
        );
        if details {
            println!(
                "    expected compared {:?}, got {:?}",
                exp.compared, s.compared_got
            );
            if s.expected_aliases > 0 {
                println!(
                    "    derived-form aliases found {}/{}",
                    s.found_aliases, s.expected_aliases
                );
            }
            for r in s.references.iter().filter(|r| !r.right()) {
                println!(
                    "    reference {}: expected {:?}, got {:?}",
                    r.label, r.expected, r.got
                );
            }
            for m in &s.missed {
                println!("    missed name {m}");
            }
            for m in &s.extra {
                println!("    false name {m}");
            }
            for p in &s.missed_people {
                println!("    missed person {p}");
            }
            for g in &s.wrong_genders {
                println!("    gender {g}");
            }
            for v in s.not_people_violations.iter().chain(&s.author_violations) {
                println!("    violation {v}");
            }
            if s.bad_spans > 0 {
                println!("    {} mentions with offsets outside the text", s.bad_spans);
            }
        }
        t.expected_names += s.expected_names;
        t.found_names += s.found_names;
        t.predicted_names += s.predicted_names;
        t.true_names += s.true_names;
        t.references.extend(s.references);
        t.not_people_violations.extend(s.not_people_violations);
        t.author_violations.extend(s.author_violations);
        t.people_found += s.people_found;
        t.people_total += s.people_total;
        t.gender_right += s.gender_right;
        t.gender_checked += s.gender_checked;
        compared_ok += s.compared_ok as usize;
    }
    println!(
        "{:<42} {:>9} {:>13} {:>11} {:>7} {:>8} {:>6} {:>6} {:>6}",
        format!("total ({essays} essays)"),
        t.precision().map_or("-".into(), pct),
        format!("{}/{} {}", t.found_names, t.expected_names, pct(t.recall())),
        format!("{}/{}", t.references_right(), t.references.len()),
        format!("{}/{}", t.traps_right(), t.traps()),
        format!("{compared_ok}/{essays}"),
        t.not_people_violations.len() + t.author_violations.len(),
        format!("{}/{}", t.people_found, t.people_total),
        format!("{}/{}", t.gender_right, t.gender_checked),
    );
    println!("reference accuracy {}", pct(t.reference_accuracy()));
    if !has_field {
        println!("(the report has no `actors` field yet: everything is scored against no actors)");
    }
    if broken > 0 {
        println!("{broken} expectation file(s) could not be used: see above");
    }
}
