//! Copies the parser's word lists (`src/document/data/*.txt`) into the build
//! directory without their comments and blank lines: the comments are for
//! people reading the files, and every byte of the wasm is downloaded.

use std::fs;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let data = Path::new("src/document/data");
    println!("cargo:rerun-if-changed={}", data.display());
    let Ok(entries) = fs::read_dir(data) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("word list is UTF-8");
            let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
            let name = path.file_name().expect("a file name");
            fs::write(Path::new(&out).join(name), lines.join("\n") + "\n").expect("OUT_DIR is writable");
        }
    }
}
