//! `faultline`: the core's report on the command line, natively.
//!
//! `faultline --help` (the text is in `args.rs`) is the contract: a report
//! per file, or JSON Lines in and out with `--jsonl`. Nothing here knows
//! about essays; this file reads, calls `faultline::analyze` and writes.

mod args;
mod jsonl;
mod ordered;
mod statements;

use std::ffi::OsString;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use args::{Command, Run};
use serde::Serialize;

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            complain(&format!("{message}\nTry 'faultline --help'."));
            return ExitCode::from(2);
        }
    };
    // One lock and one buffer for the whole run: `print!` would lock and
    // line-buffer on every call, and a report is one long line.
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let written = match command {
        Command::Help => out.write_all(args::HELP.as_bytes()).map(|()| true),
        Command::Version => writeln!(
            out,
            "faultline {} (report schema {})",
            env!("CARGO_PKG_VERSION"),
            faultline::report::SCHEMA_VERSION
        )
        .map(|()| true),
        Command::ExportDictionary(run) => {
            let dict = run.options.active_dictionary(&mut Vec::new());
            write_json(&mut out, &dict.to_json(), true)
                .and_then(|()| out.write_all(b"\n"))
                .map(|()| true)
        }
        Command::Files(run, files) if run.statements => statements::run(&run, &files, &mut out),
        Command::Files(run, files) => reports(&run, &files, &mut out),
        Command::Jsonl(run) => jsonl::run(&run, &mut out),
    };
    match written.and_then(|all_read| out.flush().map(|()| all_read)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // The reader stopped listening (`faultline … | head`): that is its
        // choice, not a failure of ours.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            complain(&format!("cannot write the output: {}", reason(&e)));
            ExitCode::FAILURE
        }
    }
}

/// A file's report, when several are printed.
#[derive(Serialize)]
struct Named<'a> {
    file: &'a str,
    report: &'a faultline::Report,
}

/// File mode: one report, or one `{"file", "report"}` line per file.
fn reports(run: &Run, files: &[OsString], out: &mut impl Write) -> io::Result<bool> {
    each_file(run, files, out, |name, text| {
        let report = faultline::analyze(text, &run.options);
        let mut json = Vec::new();
        let written = match (files.len(), run.pretty) {
            (1, true) => write_json(&mut json, &report, true),
            (_, true) => write_json(
                &mut json,
                &Named {
                    file: name,
                    report: &report,
                },
                true,
            ),
            // Compact: the crate's own writer, serde_json's text in a third
            // of the time.
            (1, false) => {
                faultline::report::json::write_utf8(&report, &mut json);
                Ok(())
            }
            (_, false) => {
                json.extend_from_slice(b"{\"file\":");
                serde_json::to_writer(&mut json, name)
                    .map_err(io::Error::from)
                    .map(|()| {
                        json.extend_from_slice(b",\"report\":");
                        faultline::report::json::write_utf8(&report, &mut json);
                        json.push(b'}');
                    })
            }
        };
        written.map_err(|e| format!("'{name}': the report could not be written as JSON: {e}"))?;
        json.push(b'\n');
        Ok(json)
    })
}

/// Calls `work` with each file's name and text, on `run.jobs` threads, and
/// writes what it returns in the order of the files, each as soon as it
/// and those before it are done (a folder of essays streams). A file that
/// cannot be read, or an error `work` returns, is named on standard error
/// in its turn; the result says whether every file was read and written.
/// Errors are the output's.
pub(crate) fn each_file(
    run: &Run,
    files: &[OsString],
    out: &mut impl Write,
    work: impl Fn(&str, &str) -> Result<Vec<u8>, String> + Sync,
) -> io::Result<bool> {
    let mut all_read = true;
    let mut names = files.iter();
    let next = move || {
        let file = names.next()?;
        Some((file.to_string_lossy().into_owned(), read(file)))
    };
    let work = |(name, bytes): (String, io::Result<Vec<u8>>)| {
        let bytes = bytes.map_err(|e| format!("cannot read '{name}': {}", reason(&e)))?;
        // Lossy, as a browser's TextDecoder: a stray byte should not cost
        // the reader the analysis of a whole essay.
        let text = String::from_utf8_lossy(&bytes);
        if let Some(why) = faultline::check_size(&text) {
            return Err(format!("cannot read '{name}': {why}"));
        }
        work(&name, &text)
    };
    ordered::in_order(run.jobs, next, work, |answer| match answer {
        Ok(bytes) => {
            out.write_all(&bytes)?;
            out.flush()
        }
        Err(message) => {
            complain(&message);
            all_read = false;
            Ok(())
        }
    })?;
    Ok(all_read)
}

fn read(file: &OsString) -> io::Result<Vec<u8>> {
    if file == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(file)
    }
}

fn write_json(out: &mut impl Write, value: &impl Serialize, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(out, value)?;
    } else {
        serde_json::to_writer(out, value)?;
    }
    Ok(())
}

/// A message on standard error. Never panics, unlike `eprintln!` on a
/// closed pipe: nothing more can be done if even standard error is gone.
fn complain(message: &str) {
    let _ = writeln!(io::stderr(), "faultline: {message}");
}

/// An I/O error as a person reads it: "No such file or directory", without
/// the " (os error 2)" that the standard library adds.
fn reason(e: &io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_owned(),
        _ => text,
    }
}
