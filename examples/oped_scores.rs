//! Measures the whole report on op-eds with answer keys that helpers wrote
//! without reading the code (`tests/opeds/`, README there): per essay, the
//! default compared pair, each theme's status against the key (clear and
//! arguable expectations apart), the sign of each clear position, and the
//! references the key names. Run by `make test`; it prints, it does not
//! assert (the corpus tests do): `cargo run --release --example oped_scores`.
//!
//! `OPED_DETAIL=set5` (sets separated by commas) also prints, for the
//! essays of those sets, every wrong status, sign and reference: what the
//! key wants and what the report gave. A held-out set is never named here
//! (its errors stay unread: tests/opeds/README.md).
use std::path::Path;

use serde_json::Value;

/// Right / total, per measure.
#[derive(Default, Clone, Copy)]
struct Tally {
    clear: (u32, u32),
    arguable: (u32, u32),
    signs: (u32, u32),
    references: (u32, u32),
    compared: (u32, u32),
}

fn add(t: &mut (u32, u32), right: bool) {
    t.0 += u32::from(right);
    t.1 += 1;
}

fn sum(a: (u32, u32), b: (u32, u32)) -> (u32, u32) {
    (a.0 + b.0, a.1 + b.1)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/opeds");
    println!("op-eds with answer keys written blind to the code (tests/opeds/)");
    println!(
        "{:<34} {:>8} {:>9} {:>9} {:>10} {:>9}",
        "essay", "compared", "clear", "arguable", "positions", "refs"
    );
    let mut all = Tally::default();
    // Every `setN` folder, in number order: a new set is measured the
    // day it is written.
    let mut sets: Vec<(u32, String)> = std::fs::read_dir(&root)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .filter_map(|n| Some((n.strip_prefix("set")?.parse().ok()?, n)))
                .collect()
        })
        .unwrap_or_default();
    sets.sort();
    for (_, set) in &sets {
        let set = set.as_str();
        let mut paths: Vec<_> = std::fs::read_dir(root.join(set))
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.retain(|p| p.extension().is_some_and(|e| e == "json"));
        paths.sort();
        if paths.is_empty() {
            continue;
        }
        let mut tally = Tally::default();
        let detail =
            std::env::var("OPED_DETAIL").is_ok_and(|v| v.split(',').any(|x| x.trim() == set));
        for path in paths {
            let Some(t) = score(&path, detail) else {
                eprintln!("{}: unreadable key or essay", path.display());
                continue;
            };
            tally = Tally {
                clear: sum(tally.clear, t.clear),
                arguable: sum(tally.arguable, t.arguable),
                signs: sum(tally.signs, t.signs),
                references: sum(tally.references, t.references),
                compared: sum(tally.compared, t.compared),
            };
        }
        row(&format!("{set} (all)"), &tally);
        all = Tally {
            clear: sum(all.clear, tally.clear),
            arguable: sum(all.arguable, tally.arguable),
            signs: sum(all.signs, tally.signs),
            references: sum(all.references, tally.references),
            compared: sum(all.compared, tally.compared),
        };
    }
    row("all sets", &all);
}

fn row(name: &str, t: &Tally) {
    let f = |(a, b): (u32, u32)| format!("{a}/{b}");
    println!(
        "{name:<34} {:>8} {:>9} {:>9} {:>10} {:>9}",
        f(t.compared),
        f(t.clear),
        f(t.arguable),
        f(t.signs),
        f(t.references)
    );
}

/// One essay against its key.
fn score(key_path: &Path, detail: bool) -> Option<Tally> {
    let essay = key_path.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
    let key: Value = serde_json::from_str(&std::fs::read_to_string(key_path).ok()?).ok()?;
    let text = std::fs::read_to_string(key_path.with_file_name(key["essay"].as_str()?)).ok()?;
    let names: Vec<&str> = key["compared"]
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut t = Tally::default();

    // The default pair: the key's two (or two of its three) people.
    let plain = faultline::analyze(&text, &faultline::Options::default());
    let name_of = |r: &faultline::Report, id: &str| {
        r.actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let default_pair = plain
        .compared
        .iter()
        .all(|id| names.contains(&name_of(&plain, id).as_str()));
    add(&mut t.compared, default_pair && plain.compared.len() == 2);

    // Statuses and signs with the key's people compared.
    let options = faultline::Options::from_value(&serde_json::json!({ "compare": names })).ok()?;
    let r = faultline::analyze(&text, &options);
    let id_of = |name: &str| {
        r.actors
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.id.clone())
    };
    for (theme, want) in key["themes"].as_object()? {
        let Some(got) = r.themes.iter().find(|x| x.id == *theme) else {
            continue;
        };
        let clear = want["confidence"] == "clear";
        let right = serde_json::to_value(got.status).ok().as_ref() == Some(&want["status"]);
        add(if clear { &mut t.clear } else { &mut t.arguable }, right);
        if detail && !right {
            println!(
                "  {essay}: {theme} status {} (want {}, {})",
                serde_json::to_value(got.status).unwrap_or_default(),
                want["status"],
                want["confidence"]
            );
        }
        if !clear {
            continue;
        }
        for (person, sign) in want["positions"].as_object()? {
            let Some(sign) = sign.as_f64() else { continue };
            let value = id_of(person)
                .and_then(|id| got.positions.get(&id).map(|p| p.value))
                .unwrap_or(0.0);
            add(&mut t.signs, value * sign > 0.0);
            if detail && value * sign <= 0.0 {
                println!("  {essay}: {theme} {person} sign {value:+.2} (want {sign:+})");
            }
        }
    }

    // References: the mention that holds the key's word in its quote.
    let utf16 = |byte: usize| text.get(..byte).map_or(0, |s| s.encode_utf16().count()) as u32;
    for reference in key["references"].as_array()? {
        let (Some(quote), Some(word), Some(who)) = (
            reference["quote"].as_str(),
            reference["word"].as_str(),
            reference["who"].as_str(),
        ) else {
            continue;
        };
        let Some(at) = text.find(quote) else { continue };
        let within = &text[at..at + quote.len()];
        let offset = whole_word(within, word)
            .or_else(|| whole_word(&within.to_lowercase(), &word.to_lowercase()))
            .unwrap_or(0);
        // A phrase's head is its last word before "of" or a relative
        // pronoun: "his rival" is the rival, not "his"; "the leader of La
        // France Insoumise" the leader; "the man who broke the Bank of
        // England" the man.
        let phrase = [" of ", " who ", " whose ", " that ", " which "]
            .iter()
            .filter_map(|cut| word.find(cut))
            .min()
            .map_or(word, |k| &word[..k]);
        let head = phrase.rfind(' ').map_or(0, |k| k + 1);
        let start = utf16(at + offset + head);
        let held: Vec<&str> = r
            .actors
            .iter()
            .filter(|a| a.mentions.iter().any(|m| m.start <= start && start < m.end))
            .map(|a| a.name.as_str())
            .collect();
        // "both" (a key's word for the pair, as "they" or "both men") is
        // right when exactly the compared people hold it.
        let right = if who == "both" {
            held.len() == names.len() && names.iter().all(|n| held.contains(n))
        } else {
            held == [who]
        };
        add(&mut t.references, right);
        if detail && !right {
            let rule = r
                .actors
                .iter()
                .flat_map(|a| &a.mentions)
                .find(|m| m.start <= start && start < m.end)
                .map_or("", |m| m.rule);
            println!("  {essay}: ref {word:?} in {quote:?} -> {held:?} [{rule}] (want {who})");
        }
    }
    row(essay, &t);
    Some(t)
}

/// Where `word` stands in `text` as a whole word ("he" not inside "the").
fn whole_word(text: &str, word: &str) -> Option<usize> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word).map(|(i, _)| i).find(|&i| {
        !alnum(text[..i].chars().next_back()) && !alnum(text[i + word.len()..].chars().next())
    })
}
