//! Copies the word lists (`src/actors/data/*.txt`, `src/positions/data/*.txt`,
//! `src/tone/data/*.txt`) into the build
//! directory, in the form the parser searches:
//! - without comments and blank lines: the comments are for people reading
//!   the files, and every byte of the wasm is downloaded;
//! - one entry per line as `entry<TAB>section` (files with `[section]`
//!   headers) or `entry`, sorted byte-wise, so the parser binary-searches
//!   them in place: no hash tables and no sorting code in the wasm.
//!   Entries are written lower-case in the files (the parser looks words
//!   up lower-cased); the phrase lists are small and scanned;
//! - packed (`crates/document/src/text/packed.rs`): front-coded keys, then the values as a
//!   column, which gzip makes a quarter smaller; the stages unpack each
//!   list once into these lines (`packed_list!`).
//!
//! `vader_lexicon.txt` is written by valence (`valence<TAB>word word …`,
//! the smaller file to read); prepared, it is `word<TAB>valence` like the
//! other lists, which packs smaller still.

use std::fs;
use std::path::Path;

#[path = "src/themes/format.rs"]
#[allow(dead_code)]
mod format;

#[path = "crates/document/src/text/packed.rs"]
#[allow(dead_code, unused_macros)]
mod packed;

// What `packed` splits its lines with.
#[path = "crates/document/src/text/scan.rs"]
#[allow(dead_code)]
mod scan;

#[path = "crates/document/build/lists.rs"]
mod lists;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // The parser's own lists (`crates/document/src/document/data`) are
    // prepared by that crate's build script.
    for dir in ["src/actors/data", "src/positions/data", "src/tone/data"] {
        lists::prepare(Path::new(dir), Path::new(&out));
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
            // Its fingerprint too, so that the browser does not hash 126 KB
            // on the way to the first analysis.
            fs::write(out.join("dictionary.hash"), format::fingerprint(&compact))
                .expect("OUT_DIR is writable");
            fs::write(out.join("dictionary.compact"), compact).expect("OUT_DIR is writable")
        }
        Err(e) => panic!("the default dictionary: {e}"),
    }
}
