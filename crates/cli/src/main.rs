//! The `dyad` command: thin glue over the coder, the evaluator and the dictionary checker.
//!
//! Exit codes: 0 all records coded; 3 some records skipped (named on stderr);
//! 2 usage or I/O error (including the first bad record under `--strict`); 1 `dict check` found errors.

mod input;
mod output;

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use dyad_coder::Coder;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use dyad_dict::{Dictionary, Severity};
use rayon::prelude::*;

use input::Skipped;
use output::{EventWriter, Format};

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "Political event data from English news: CAMEO and PLOVER events with claims kept apart from facts."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code documents into events (JSON Lines on stdout).
    Code(CodeArgs),
    /// Score the coder against a gold file (PLOVER gold-standard JSON Lines, event-location
    /// gold, or article annotations with --task article).
    Eval(EvalArgs),
    /// Dictionary tools.
    Dict {
        #[command(subcommand)]
        command: DictCommand,
    },
}

#[derive(clap::Args)]
struct CodeArgs {
    /// Input files: .jsonl (one document per line), .txt (one document per file); none or `-` reads JSON Lines on stdin.
    paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Print a human-readable trace per sentence instead of events.
    #[arg(long)]
    explain: bool,
    /// Worker threads (default: all cores). Output is identical whatever the number.
    #[arg(long)]
    threads: Option<usize>,
    /// Stop at the first bad record (exit 2).
    #[arg(long)]
    strict: bool,
    /// Use the dictionaries in DIR instead of the embedded ones.
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
    /// Document date for .txt inputs and records without one (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    date: Option<NaiveDate>,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// Gold records (JSON Lines in the format of ../shared/gold/plover-gsr/dev.jsonl), or the
    /// annotations of --articles (docs/annotated-articles.md).
    gold: PathBuf,
    /// Print each miss (with the coder's --explain trace for `plover`; for `article`, each
    /// missed or partly wrong expected event and each false asserted fact, with its sentence).
    #[arg(long)]
    misses: bool,
    /// What to score: `plover` (event types and actors, PLOVER gold format), `location`
    /// (event places, the format of ../shared/gold/event-location/dev.jsonl) or `article`
    /// (whole annotated articles: needs --articles).
    #[arg(long, value_enum, default_value_t = EvalTask::Plover)]
    task: EvalTask,
    /// The articles the annotations describe (JSON Lines, as `dyad code` reads them); for `--task article`.
    #[arg(long, value_name = "ARTICLES.jsonl")]
    articles: Option<PathBuf>,
    /// Use the dictionaries in DIR instead of the embedded ones.
    #[arg(long, value_name = "DIR")]
    dict: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum EvalTask {
    /// PLOVER type, triple and precision figures.
    Plover,
    /// Event places: coverage and location accuracy.
    Location,
    /// Annotated articles: recall by category, status, false asserted facts, dates, places.
    Article,
}

#[derive(Subcommand)]
enum DictCommand {
    /// Check every *.txt dictionary file in DIR and report errors with file and line.
    Check {
        /// Dictionary folder.
        dir: PathBuf,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => run_code(args),
        Command::Eval(args) => run_eval(args),
        Command::Dict { command: DictCommand::Check { dir } } => run_dict_check(&dir),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`dyad code | head`) is not an error.
            if err
                .chain()
                .any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("dyad: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn load_coder(dict: Option<&PathBuf>) -> anyhow::Result<Coder> {
    match dict {
        None => Ok(Coder::embedded()),
        Some(dir) => {
            let (d, diags) =
                Dictionary::from_dir(dir).with_context(|| format!("reading dictionaries in {}", dir.display()))?;
            let errors = diags.iter().filter(|d| matches!(d.severity, Severity::Error)).count();
            for d in &diags {
                eprintln!("{d}");
            }
            if errors > 0 {
                eprintln!("dyad: {errors} dictionary error(s); the bad lines were skipped");
            }
            Ok(Coder::new(&d))
        }
    }
}

fn run_code(args: CodeArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let coder = load_coder(args.dict.as_ref())?;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(args.threads.unwrap_or(0)).build()?;
    let sources: Vec<input::Source> = if args.paths.is_empty() {
        vec![input::Source::Stdin]
    } else {
        args.paths.iter().map(|p| input::source_for(p)).collect()
    };
    let stdout = std::io::stdout();
    let mut writer = EventWriter::new(args.format, BufWriter::new(stdout.lock()))?;
    let (mut n_docs, mut n_sents, mut n_events) = (0usize, 0usize, 0usize);
    let mut skipped: Vec<Skipped> = Vec::new();
    let mut warnings: Vec<Skipped> = Vec::new();
    for src in &sources {
        let text = input::read_text(src).with_context(|| format!("reading {}", src.name()))?;
        let before = skipped.len();
        let before_warnings = warnings.len();
        let docs = input::documents(src, &text, args.date, &mut skipped, &mut warnings);
        // Many bad dates in one file: name the first few, count the rest in the summary.
        for w in warnings[before_warnings..].iter().take(20) {
            input::warn(w);
        }
        for s in &skipped[before..] {
            eprintln!("{s}");
        }
        if args.strict && skipped.len() > before {
            anyhow::bail!("--strict: stopped at the first bad record ({})", skipped[before]);
        }
        drop(text);
        let progress = progress_bar(docs.len());
        // Batches keep memory bounded and output in input order.
        for batch in docs.chunks(256) {
            let coded: Vec<_> = pool.install(|| batch.par_iter().map(|d| coder.code(d, args.explain)).collect());
            for c in coded {
                n_docs += 1;
                n_sents += c.sentences;
                n_events += c.events.len();
                if args.explain {
                    let out = std::io::stdout();
                    let mut o = out.lock();
                    for t in &c.trace {
                        writeln!(o, "{t}")?;
                    }
                    for e in &c.events {
                        writeln!(o, "  event {}", serde_json::to_string(e)?)?;
                    }
                } else {
                    for e in &c.events {
                        writer.write(e)?;
                    }
                }
            }
            if let Some(p) = &progress {
                p.inc(batch.len() as u64);
            }
        }
        if let Some(p) = progress {
            p.finish_and_clear();
        }
    }
    writer.flush()?;
    eprintln!(
        "dyad: {n_docs} documents, {n_sents} sentences, {n_events} events, {} records skipped, {} warnings, {:.2} s",
        skipped.len(),
        warnings.len(),
        started.elapsed().as_secs_f64()
    );
    let mut reasons: std::collections::BTreeMap<&str, usize> = Default::default();
    for s in &skipped {
        *reasons.entry(s.reason.split(':').next().unwrap_or("")).or_default() += 1;
    }
    for (r, n) in reasons {
        eprintln!("dyad:   skipped {n}: {r}");
    }
    Ok(if skipped.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(3) })
}

fn progress_bar(len: usize) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() || len < 2000 {
        return None;
    }
    let p = indicatif::ProgressBar::new(len as u64);
    p.set_style(indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {per_sec} eta {eta}").ok()?);
    Some(p)
}

fn run_eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let coder = load_coder(args.dict.as_ref())?;
    let file = std::fs::File::open(&args.gold).with_context(|| format!("opening {}", args.gold.display()))?;
    if let EvalTask::Article = args.task {
        return run_article_eval(&coder, &args, file);
    }
    if let EvalTask::Location = args.task {
        let records =
            dyad_eval::location::parse_locations(std::io::BufReader::new(file), &args.gold.display().to_string())?;
        let report = dyad_eval::location::score_locations(&coder, &records, args.misses);
        let out = std::io::stdout();
        let mut o = out.lock();
        for m in &report.misses {
            writeln!(o, "== miss {} verb {:?} gold {:?} dyad {:?}: {}", m.id, m.verb, m.gold, m.dyad, m.text)?;
        }
        write!(o, "{report}")?;
        return Ok(ExitCode::SUCCESS);
    }
    let records = dyad_eval::parse_gold(std::io::BufReader::new(file), &args.gold.display().to_string())?;
    let report = dyad_eval::score(&coder, &records, args.misses);
    let out = std::io::stdout();
    let mut o = out.lock();
    if args.misses {
        for m in &report.misses {
            writeln!(o, "== miss ({}) {} gold {}: {}", m.what, m.id, m.gold, m.text)?;
            for e in &m.events {
                writeln!(o, "   dyad: {e}")?;
            }
            writeln!(o, "{}\n", m.trace)?;
        }
    }
    write!(o, "{report}")?;
    Ok(ExitCode::SUCCESS)
}

fn run_article_eval(coder: &Coder, args: &EvalArgs, annotations: std::fs::File) -> anyhow::Result<ExitCode> {
    use dyad_eval::article;
    let path = args.articles.as_ref().context("--task article needs --articles ARTICLES.jsonl")?;
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let articles = article::parse_articles(std::io::BufReader::new(file), &path.display().to_string())?;
    let ann = article::parse_annotations(std::io::BufReader::new(annotations), &args.gold.display().to_string())?;
    let report = article::score_articles(coder, &articles, &ann, args.misses)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.gold.display()))?;
    let out = std::io::stdout();
    let mut o = out.lock();
    report.write_details(&mut o)?;
    write!(o, "{report}")?;
    Ok(ExitCode::SUCCESS)
}

fn run_dict_check(dir: &std::path::Path) -> anyhow::Result<ExitCode> {
    let (d, diags) = Dictionary::from_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for diag in &diags {
        println!("{diag}");
    }
    let errors = diags.iter().filter(|d| matches!(d.severity, Severity::Error)).count();
    let warnings = diags.len() - errors;
    println!(
        "{}: {} countries, {} actors, {} people, {} sectors, {} event codes, {} cues; {errors} error(s), {warnings} warning(s)",
        dir.display(),
        d.countries.len(),
        d.actors.len(),
        d.people.len(),
        d.sectors.len(),
        d.events.len(),
        d.cues.len()
    );
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
