//! The default dictionaries, compiled into the binary from `crates/dict/data/*.txt`.

macro_rules! data_file {
    ($name:literal) => {
        ($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name)))
    };
}

/// Every embedded data file as (file name, text), in file-name order (the order
/// [`crate::Dictionary::from_dir`] would read them in).
pub(crate) static FILES: [(&str, &str); 19] = [
    data_file!("actors.txt"),
    data_file!("countries.txt"),
    data_file!("cues.txt"),
    data_file!("inflections.txt"),
    data_file!("people-africa-ministers.txt"),
    data_file!("people-africa.txt"),
    data_file!("people-americas-ministers.txt"),
    data_file!("people-americas.txt"),
    data_file!("people-asia-heads.txt"),
    data_file!("people-asia-ministers.txt"),
    data_file!("people-asia.txt"),
    data_file!("people-europe-central-north.txt"),
    data_file!("people-europe-ministers.txt"),
    data_file!("people-europe.txt"),
    data_file!("people-igo.txt"),
    data_file!("people-oceania.txt"),
    data_file!("people.txt"),
    data_file!("sectors.txt"),
    data_file!("verbs.txt"),
];
