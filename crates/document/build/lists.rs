//! Word-list preparation shared by the build scripts of `faultline` and
//! `faultline-document` (each includes this file with `#[path]`): see the
//! docs of either build script for what the prepared form is and why.

use std::fs;
use std::path::Path;

use crate::packed;

/// Writes every `.txt` of `data` into `out` under the same file name; the
/// names are unique across the data folders.
pub fn prepare(data: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", data.display());
    let Ok(entries) = fs::read_dir(data) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("word list is UTF-8");
            let by_valence = path.file_name().is_some_and(|n| n == "vader_lexicon.txt");
            let mut section = None;
            let mut lines: Vec<String> = Vec::new();
            for line in text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                    section = Some(name.to_string());
                } else if by_valence {
                    let (valence, words) = line.split_once('\t').expect("valence<TAB>words");
                    lines.extend(words.split(' ').map(|w| format!("{w}\t{valence}")));
                } else {
                    lines.push(match &section {
                        Some(s) => format!("{line}\t{s}"),
                        None => line.to_string(),
                    });
                }
            }
            lines.sort();
            lines.dedup();
            let lines: String = lines.iter().map(|l| format!("{l}\n")).collect();
            let packed = pack(&lines, &path);
            assert_eq!(packed::unpack(&packed), lines, "{}: packs", path.display());
            let name = path.file_name().expect("a file name");
            fs::write(out.join(name), packed).expect("OUT_DIR is writable");
        }
    }
}

/// Packs prepared lines (`src/text/packed.rs`); `path` names the list in a
/// problem.
fn pack(lines: &str, path: &Path) -> String {
    let rows: Vec<(&str, Option<&str>)> = lines
        .lines()
        .map(|l| match l.split_once('\t') {
            Some((key, value)) => (key, Some(value)),
            None => (l, None),
        })
        .collect();
    let with_values = rows.iter().filter(|(_, v)| v.is_some()).count();
    assert!(
        with_values == 0 || with_values == rows.len(),
        "{}: every line has a value or none does",
        path.display()
    );
    let mut table: Vec<&str> = rows.iter().filter_map(|(_, v)| *v).collect();
    table.sort();
    table.dedup();
    let mut out = String::new();
    let mut previous: Vec<char> = Vec::new();
    for (key, _) in &rows {
        let key: Vec<char> = key.chars().collect();
        assert!(
            key.iter().all(|&c| (c as u32) >= packed::FIRST_VALUE),
            "{}: a control character in {key:?}",
            path.display()
        );
        let common = previous
            .iter()
            .zip(&key)
            .take_while(|(a, b)| a == b)
            .count();
        let drop = (previous.len() - common) as u32;
        let marker = char::from_u32(packed::KEEP + drop)
            .filter(|&c| (c as u32) < packed::FIRST_VALUE)
            .unwrap_or_else(|| panic!("{}: a key too far from the one before", path.display()));
        out.push(marker);
        out.extend(&key[common..]);
        previous = key;
    }
    out.push('\n');
    if with_values > 0 {
        assert!(
            table.len() <= 95 && table.iter().all(|v| !v.contains(['\t', '\n'])),
            "{}: at most 95 distinct values",
            path.display()
        );
        out.push_str(&table.join("\t"));
        out.push('\n');
        for (_, value) in &rows {
            let index = table.binary_search(&value.unwrap_or_default()).unwrap_or(0);
            out.push(char::from(packed::FIRST_VALUE as u8 + index as u8));
        }
    }
    out
}
