//! The `dyad` command: thin glue over the coder, the evaluator and the dictionary checker.
//!
//! Exit codes: 0 all records coded; 3 some records skipped (named on stderr);
//! 2 usage or I/O error (including the first bad record under `--strict`); 1 `dict check` found errors.

mod actors;
mod batch;
mod dict_lookup;
mod dict_suggest;
mod event_json;
mod input;
mod output;
mod petrarch;

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use dyad_coder::Coder;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use dyad_dict::{Dictionary, Severity};

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
    /// Code documents and write the claims ledger: one JSON object per claim (docs/claims.md).
    Claims(ClaimsArgs),
    /// Score the coder against a gold file (PLOVER gold-standard JSON Lines, event-location
    /// gold, or article annotations with --task article).
    Eval(EvalArgs),
    /// Resolve actor phrases as the coder does: one JSON line per phrase (code, country, sector, entry).
    Actors(actors::ActorsArgs),
    /// Dictionary tools.
    Dict {
        #[command(subcommand)]
        command: DictCommand,
    },
}

/// What to code and how: shared by `dyad code` and `dyad claims`.
#[derive(clap::Args)]
struct InputArgs {
    /// Input files: .jsonl (one document per line), .txt (one document per file); none or `-` reads JSON Lines on stdin.
    paths: Vec<String>,
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
struct CodeArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Print a human-readable trace per sentence instead of events.
    #[arg(long)]
    explain: bool,
    /// Code with the PETRARCH2/TABARI dictionaries this config file names (its
    /// `[Dictionaries]` section; file names relative to the file's folder) instead of dyad's.
    #[arg(long, value_name = "FILE.ini", conflicts_with = "dict")]
    petrarch_config: Option<PathBuf>,
}

#[derive(clap::Args)]
struct ClaimsArgs {
    #[command(flatten)]
    input: InputArgs,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// Gold records (JSON Lines in the format of ../shared/gold/plover-gsr/dev.jsonl), or the
    /// annotations of --articles (docs/annotated-articles.md). Not needed with --petrarch-xml.
    #[arg(required_unless_present = "petrarch_xml")]
    gold: Option<PathBuf>,
    /// PETRARCH XML records with `<EventCoding>` gold: each record passes when its coded
    /// (source, target, code) set equals the gold set. Needs --petrarch-config.
    #[arg(long, value_name = "FILE.xml", requires = "petrarch_config")]
    petrarch_xml: Option<PathBuf>,
    /// The PETRARCH config naming the dictionaries to code --petrarch-xml with.
    #[arg(long, value_name = "FILE.ini", conflicts_with = "dict")]
    petrarch_config: Option<PathBuf>,
    /// Print each miss (with the coder's --explain trace for `plover`; for `article`, each
    /// missed or partly wrong expected event and each false asserted fact, with its sentence;
    /// with --petrarch-xml, failures are always listed and this adds their traces).
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
    /// Show every dictionary entry that could match the words of a phrase, and why the
    /// resolution (as in `dyad actors`) picks the one it does.
    Lookup {
        /// Phrases to look up ("Georgia", "President Bush").
        #[arg(required = true)]
        phrases: Vec<String>,
        /// Read dated roles at this date (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Use the dictionaries in DIR instead of the embedded ones.
        #[arg(long, value_name = "DIR")]
        dict: Option<PathBuf>,
    },
    /// List the most frequent capitalised names of a corpus that resolve to no actor and no place,
    /// with counts and two example sentences each (JSON Lines).
    Suggest {
        /// Input files (.jsonl or .txt, as for `dyad code`); none reads JSON Lines on stdin.
        paths: Vec<String>,
        /// How many names to list.
        #[arg(long, default_value_t = 30)]
        top: usize,
        /// Use the dictionaries in DIR instead of the embedded ones.
        #[arg(long, value_name = "DIR")]
        dict: Option<PathBuf>,
    },
    /// Convert the PETRARCH2/TABARI dictionaries a config names into dyad's format in DIR.
    Import {
        /// The PETRARCH config file (`[Dictionaries]` section).
        #[arg(long, value_name = "FILE.ini")]
        petrarch_config: PathBuf,
        /// Folder to write the converted dictionaries to (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => run_code(args),
        Command::Claims(args) => run_claims(args),
        Command::Eval(args) => run_eval(args),
        Command::Actors(args) => actors::run(args),
        Command::Dict { command: DictCommand::Check { dir } } => run_dict_check(&dir),
        Command::Dict { command: DictCommand::Lookup { phrases, date, dict } } => {
            dict_lookup::run(&phrases, date, dict.as_ref())
        }
        Command::Dict { command: DictCommand::Suggest { paths, top, dict } } => {
            dict_suggest::run(&paths, top, dict.as_ref())
        }
        Command::Dict { command: DictCommand::Import { petrarch_config, out } } => {
            petrarch::run_import(&petrarch_config, &out)
        }
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
    if let Some(config) = &args.petrarch_config {
        return petrarch::code_inputs(&args.input, config, args.format, args.explain);
    }
    let stdout = std::io::stdout();
    let mut writer = EventWriter::new(args.format, BufWriter::new(stdout.lock()))?;
    let code = batch::code_inputs(&args.input, args.explain, |c| {
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
        Ok(())
    })?;
    writer.flush()?;
    Ok(code)
}

fn run_claims(args: ClaimsArgs) -> anyhow::Result<ExitCode> {
    let mut ledger = dyad_claims::Ledger::new();
    let code = batch::code_inputs(&args.input, false, |c| {
        ledger.add_document(&c.events);
        Ok(())
    })?;
    let claims = ledger.into_claims();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for claim in &claims {
        serde_json::to_writer(&mut out, claim)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!("dyad: {} claims", claims.len());
    Ok(code)
}

fn run_eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    if let (Some(xml), Some(config)) = (&args.petrarch_xml, &args.petrarch_config) {
        return petrarch::run_eval(xml, config, args.misses);
    }
    let gold_path = args.gold.clone().context("a gold file is needed")?;
    let coder = load_coder(args.dict.as_ref())?;
    let file = std::fs::File::open(&gold_path).with_context(|| format!("opening {}", gold_path.display()))?;
    if let EvalTask::Article = args.task {
        return run_article_eval(&coder, &args, file);
    }
    if let EvalTask::Location = args.task {
        let records =
            dyad_eval::location::parse_locations(std::io::BufReader::new(file), &gold_path.display().to_string())?;
        let report = dyad_eval::location::score_locations(&coder, &records, args.misses);
        let out = std::io::stdout();
        let mut o = out.lock();
        for m in &report.misses {
            writeln!(o, "== miss {} verb {:?} gold {:?} dyad {:?}: {}", m.id, m.verb, m.gold, m.dyad, m.text)?;
        }
        write!(o, "{report}")?;
        return Ok(ExitCode::SUCCESS);
    }
    let records = dyad_eval::parse_gold(std::io::BufReader::new(file), &gold_path.display().to_string())?;
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
    let gold = args.gold.clone().unwrap_or_default();
    let path = args.articles.as_ref().context("--task article needs --articles ARTICLES.jsonl")?;
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let articles = article::parse_articles(std::io::BufReader::new(file), &path.display().to_string())?;
    let ann = article::parse_annotations(std::io::BufReader::new(annotations), &gold.display().to_string())?;
    let report = article::score_articles(coder, &articles, &ann, args.misses)
        .map_err(|e| anyhow::anyhow!("{}: {e}", gold.display()))?;
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
