//! Compile the embedded dictionaries (`crates/dict/data/*.txt`, through `dyad-dict`) with the crate's
//! own compiler (`src/tables.rs`) and write the tables to `OUT_DIR/lexicon.bin` and `lexicon.txt` in the
//! form of `src/store.rs`, for `Lexicon::embedded` to decode. Start-up then skips parsing the dictionaries,
//! inflecting verbs, tokenizing names and building tries (about four fifths of its instructions).
//! An error in the embedded dictionaries fails the build with its file and line.

#![allow(dead_code)] // the library's modules, of which the build uses a part

#[path = "src/store.rs"]
mod store;
#[path = "src/tables.rs"]
mod tables;
#[path = "src/trie.rs"]
mod trie;

use std::path::Path;

use dyad_dict::Dictionary;

fn main() {
    for file in ["src/store.rs", "src/tables.rs", "src/trie.rs"] {
        println!("cargo::rerun-if-changed={file}");
    }
    // dyad-dict embeds these files: a change rebuilds it and so this script, but say so all the same.
    for (name, _) in Dictionary::embedded_files() {
        println!("cargo::rerun-if-changed=../dict/data/{name}");
    }
    let (dict, diagnostics) = Dictionary::from_sources(Dictionary::embedded_files());
    let errors: Vec<String> =
        diagnostics.iter().filter(|d| d.is_error()).map(|d| format!("crates/dict/data/{d}")).collect();
    assert!(errors.is_empty(), "the embedded dictionaries have errors:\n{}", errors.join("\n"));
    let (numbers, text) = store::encode(&tables::Tables::compile(&dict));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("lexicon.bin"), numbers).expect("write lexicon.bin");
    std::fs::write(Path::new(&out).join("lexicon.txt"), text).expect("write lexicon.txt");
}
