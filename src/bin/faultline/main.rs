//! `faultline`: the core's report on the command line, natively.
//!
//! `faultline --help` (the text is in `args.rs`) is the contract: a report
//! per file, or JSON Lines in and out with `--jsonl`. Nothing here knows
//! about essays; this file reads, calls `faultline::analyze` and writes.

mod args;
mod jsonl;
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

/// File mode: one report, or one `{"file", "report"}` line per file. A file
/// that cannot be read is named on standard error and skipped; the result
/// says whether every file was read. Errors are the output's.
fn reports(run: &Run, files: &[OsString], out: &mut impl Write) -> io::Result<bool> {
    each_text(files, |name, text| {
        let report = faultline::analyze(text, &run.options);
        if files.len() == 1 {
            write_json(out, &report, run.pretty)?;
        } else {
            let named = Named {
                file: name,
                report: &report,
            };
            write_json(out, &named, run.pretty)?;
        }
        out.write_all(b"\n")?;
        // Each report as soon as it is done: a folder of essays streams.
        out.flush()
    })
}

/// Calls `f` with each file's name and text, in order. A file that cannot
/// be read is named on standard error and skipped; the result says whether
/// every file was read. Errors are `f`'s (the output's).
pub(crate) fn each_text(
    files: &[OsString],
    mut f: impl FnMut(&str, &str) -> io::Result<()>,
) -> io::Result<bool> {
    let mut all_read = true;
    for file in files {
        let name = file.to_string_lossy();
        let bytes = match read(file) {
            Ok(bytes) => bytes,
            Err(e) => {
                complain(&format!("cannot read '{name}': {}", reason(&e)));
                all_read = false;
                continue;
            }
        };
        // Lossy, as a browser's TextDecoder: a stray byte should not cost
        // the reader the analysis of a whole essay.
        f(&name, &String::from_utf8_lossy(&bytes))?;
    }
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
