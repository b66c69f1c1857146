//! Helpers shared by the integration tests: the shared corpus, read at test time.

#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/corpus/<rel>` next to the repository.
pub fn corpus(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(rel)
}

/// The essays of the corpus (`essays/*.txt`), sorted.
pub fn essays() -> Vec<PathBuf> {
    let dir = corpus("essays");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 2, "the corpus has essays");
    paths
}

pub fn read_corpus(rel: &str) -> String {
    let path = corpus(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Slices `text` by a UTF-16 span, as JavaScript's `text.slice(start, end)`.
pub fn slice_utf16(text: &str, start: u32, end: u32) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start as usize..end as usize])
}

pub fn sentences(text: &str) -> Vec<String> {
    let report = faultline::analyze(text, &faultline::Options::default());
    report
        .document
        .sentences
        .iter()
        .map(|s| slice_utf16(text, s.start, s.end))
        .collect()
}

/// Every run of white space as one space, trimmed.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
