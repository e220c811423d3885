//! The `dyad` binary end to end: golden output on the bundled examples, bad input, exit codes, determinism.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn dyad(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Golden files: `examples/NAME.expected.jsonl` for the bundled wire reports and the conflict
/// articles (claims, denials, chains, dates and places). Regenerate with
/// `DYAD_BLESS=1 cargo test -p dyad --test cli`, then review the diff.
#[test]
fn golden_examples() {
    golden("wire-reports");
}

#[test]
fn golden_conflict_articles() {
    golden("conflict-reports");
}

fn golden(name: &str) {
    let input = format!("examples/{name}.jsonl");
    let out = dyad(&["code", &input, "--threads", "2"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let golden = root().join(format!("examples/{name}.expected.jsonl"));
    if std::env::var("DYAD_BLESS").is_ok() {
        std::fs::write(&golden, &out.stdout).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap();
    let got = String::from_utf8(out.stdout).unwrap();
    if want != got {
        for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
            if w != g {
                panic!("golden mismatch at event {i}:\n want {w}\n  got {g}");
            }
        }
        panic!("golden mismatch: {} events expected, {} coded", want.lines().count(), got.lines().count());
    }
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let one = dyad(&["code", "examples/wire-reports.jsonl", "--threads", "1"], b"");
    let four = dyad(&["code", "examples/wire-reports.jsonl", "--threads", "4"], b"");
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn bad_records_are_named_and_counted_and_the_rest_coded() {
    let input = b"{\"id\":\"a\",\"text\":\"Ethiopia attacked Eritrea.\"}\n{not json\n{\"id\":\"c\",\"title\":\"no text\"}\n{\"id\":\"d\",\"text\":\"Sudan attacked Chad.\"}\n";
    let out = dyad(&["code"], input);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("<stdin>:2: skipped: not JSON"), "{err}");
    assert!(err.contains("<stdin>:3: skipped: no `text` field"), "{err}");
    assert!(err.contains("2 documents"), "{err}");
    assert!(err.contains("2 records skipped"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\"doc_id\":\"a\"") && stdout.contains("\"doc_id\":\"d\""), "{stdout}");
}

#[test]
fn strict_stops_at_the_first_bad_record() {
    let out = dyad(&["code", "--strict"], b"{\"id\":\"a\",\"text\":\"Ethiopia attacked Eritrea.\"}\nnope\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:2"));
}

#[test]
fn empty_input_gives_no_events_and_exit_zero() {
    let out = dyad(&["code"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let mut input = b"{\"id\":\"a\",\"text\":\"Ethiopia attacked Eritrea \xff.\"}\n".to_vec();
    input.extend_from_slice(b"");
    let out = dyad(&["code"], &input);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid UTF-8 at byte"), "{err}");
}

#[test]
fn text_files_take_the_date_flag() {
    let dir = std::env::temp_dir().join(format!("dyad-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("note.txt");
    std::fs::write(&f, "Ethiopia attacked Eritrea on Sunday.").unwrap();
    let out = dyad(&["code", f.to_str().unwrap(), "--date", "2026-11-22"], b"");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\"doc_id\":\"note.txt\""), "{stdout}");
    assert!(stdout.contains("\"date\":\"2026-11-2"), "{stdout}");
}

#[test]
fn csv_has_gdelt_style_header() {
    let out = dyad(&["code", "--format", "csv"], b"{\"id\":\"a\",\"text\":\"Ethiopia attacked Eritrea.\"}\n");
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("GLOBALEVENTID,DocId,SentenceIndex,SQLDATE,DatePrecision,Actor1Code"), "{s}");
    assert!(s.contains(",Actor2Type1Code,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_ADM1Code,ActionGeo_Lat,ActionGeo_Long,ActionGeo_FeatureID,EventCode,"), "{s}");
    assert_eq!(s.lines().count(), 2, "{s}");
}

#[test]
fn explain_shows_the_trace() {
    let out = dyad(&["code", "--explain"], b"{\"id\":\"a\",\"text\":\"Ethiopia attacked Eritrea.\"}\n");
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("actor \"Ethiopia\" -> ETH"), "{s}");
    assert!(s.contains("kept 190"), "{s}");
}

#[test]
fn dict_check_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("dyad-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.txt"), "country EGY Egypt\n  colour red\nevent 999 nothing\n").unwrap();
    let out = dyad(&["dict", "check", dir.to_str().unwrap()], b"");
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{s}");
    assert!(s.contains("bad.txt:2"), "{s}");
    assert!(s.contains("bad.txt:3"), "{s}");
}

#[test]
fn eval_article_scores_the_annotated_examples_and_lists_misses() {
    let ann = "examples/conflict-heldout.annotations.jsonl";
    let out =
        dyad(&["eval", "--task", "article", ann, "--articles", "examples/conflict-heldout.jsonl", "--misses"], b"");
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{s}{}", String::from_utf8_lossy(&out.stderr));
    for want in ["accusations/denials", "claimed acts", "false asserted facts:", "place accuracy:", "== missed hx-01"] {
        assert!(s.contains(want), "{want:?} not in\n{s}");
    }
    // Without the articles there is nothing to score: a usage error.
    let out = dyad(&["eval", "--task", "article", ann], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--articles"));
}
