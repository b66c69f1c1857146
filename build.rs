//! Copies the word lists (`src/document/data/*.txt`, `src/actors/data/*.txt`) into the build
//! directory, in the form the parser searches:
//! - without comments and blank lines: the comments are for people reading
//!   the files, and every byte of the wasm is downloaded;
//! - one entry per line as `entry<TAB>section` (files with `[section]`
//!   headers) or `entry`, sorted byte-wise, so the parser binary-searches
//!   them in place: no hash tables and no sorting code in the wasm.
//!   Entries are written lower-case in the files (the parser looks words
//!   up lower-cased); the phrase lists are small and scanned.

use std::fs;
use std::path::Path;

#[path = "src/themes/format.rs"]
#[allow(dead_code)]
mod format;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for dir in ["src/document/data", "src/actors/data", "src/tone/data"] {
        prepare(Path::new(dir), Path::new(&out));
    }
    compile_dictionary(Path::new("src/themes/data"), Path::new(&out));
}

/// Joins `dictionary.json` and `themes/<id>.json` into one dictionary file,
/// checks and compiles it (`src/themes/format.rs`) into
/// `OUT_DIR/dictionary.compact`. A problem stops the build, naming the
/// entry: the default dictionary obeys the rules a user's does.
fn compile_dictionary(data: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", data.display());
    let read = |path: &Path| -> serde_json::Value {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let mut root = read(&data.join("dictionary.json"));
    let ids: Vec<String> = root["themes"]
        .as_array()
        .expect("dictionary.json lists its theme ids")
        .iter()
        .map(|id| id.as_str().expect("a theme id").to_string())
        .collect();
    let themes: Vec<serde_json::Value> = ids
        .iter()
        .map(|id| read(&data.join("themes").join(format!("{id}.json"))))
        .collect();
    root["themes"] = serde_json::Value::Array(themes);
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let stem = |w: &str| stemmer.stem(w).into_owned();
    let words = format::Words {
        lower: &|w: &str| w.to_lowercase(),
        stem: &stem,
    };
    match format::compile(&root, &words) {
        Ok(compact) => {
            fs::write(out.join("dictionary.compact"), compact).expect("OUT_DIR is writable")
        }
        Err(e) => panic!("the default dictionary: {e}"),
    }
}

/// Writes every `.txt` of `data` into `out` under the same file name; the
/// names are unique across the data folders.
fn prepare(data: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", data.display());
    let Ok(entries) = fs::read_dir(data) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("word list is UTF-8");
            let mut section = None;
            let mut lines: Vec<String> = Vec::new();
            for line in text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                    section = Some(name.to_string());
                } else {
                    lines.push(match &section {
                        Some(s) => format!("{line}\t{s}"),
                        None => line.to_string(),
                    });
                }
            }
            lines.sort();
            lines.dedup();
            let name = path.file_name().expect("a file name");
            fs::write(out.join(name), lines.join("\n") + "\n").expect("OUT_DIR is writable");
        }
    }
}
