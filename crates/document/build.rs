//! Prepares the parser's word lists (`src/document/data/*.txt`) into the
//! build directory, packed as `faultline`'s build script packs its own
//! (`build/lists.rs`, shared by both; `src/text/packed.rs` reads them).

use std::path::Path;

#[path = "src/text/packed.rs"]
#[allow(dead_code, unused_macros)]
mod packed;

// What `packed` splits its lines with.
#[path = "src/text/scan.rs"]
#[allow(dead_code)]
mod scan;

#[path = "build/lists.rs"]
mod lists;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lists::prepare(Path::new("src/document/data"), Path::new(&out));
}
