//! Load time of the embedded gazetteer, parse time of its text, and lookup speed.
//!
//! `cargo bench -p dyad-places --bench load`

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use dyad_places::Gazetteer;

fn load(c: &mut Criterion) {
    // What `Gazetteer::embedded()` does on first use: lay out the places compiled in by build.rs.
    c.bench_function("load embedded (compiled at build time)", |b| {
        b.iter(|| {
            let gaz = Gazetteer::load_embedded();
            // Assert the result, so that a fast but wrong load fails.
            assert!(gaz.places().len() > 34_000);
            gaz
        })
    });
    // Parsing and indexing the same text at run time (`Gazetteer::parse`, for data other than the embedded).
    let [places, regions] = Gazetteer::embedded_files();
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    group.bench_function("parse places.tsv + regions.txt", |b| {
        b.iter(|| {
            let gaz = Gazetteer::parse(places, regions).unwrap();
            assert!(gaz.places().len() > 34_000);
            gaz
        })
    });
    group.finish();
}

fn lookup(c: &mut Criterion) {
    let gaz = Gazetteer::embedded();
    let text = "Russian forces shelled Kharkiv and the Donbas on Monday , while talks in New York on the \
                Nagorno - Karabakh conflict resumed . Houthi rebels in Sana'a fired at ships off Hodeidah .";
    let words: Vec<&str> = text.split(' ').collect();
    c.bench_function("longest_match at every word (26 words)", |b| {
        b.iter(|| {
            let mut found = 0;
            let mut i = 0;
            while i < words.len() {
                match gaz.longest_match(black_box(&words[i..])) {
                    Some((len, _)) => {
                        found += 1;
                        i += len;
                    }
                    None => i += 1,
                }
            }
            assert_eq!(found, 6); // Kharkiv, Donbas, New York, Nagorno - Karabakh, Sana'a, Hodeidah
            found
        })
    });
}

criterion_group!(benches, load, lookup);
criterion_main!(benches);
