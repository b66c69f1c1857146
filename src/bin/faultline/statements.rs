//! `--statements`: every stance of every file as one CSV table (RFC 4180),
//! the shape discourse-network tools (e.g. the Discourse Network Analyzer)
//! import: who (actor), on what (theme and pole), agreeing or not, and the
//! sentence that says so.

use std::ffi::OsString;
use std::io::{self, Write};

use crate::args::Run;

const HEADER: &str = "file,actor,actor_name,theme,pole,agreement,sentence,start,end,term,attitude,negated,rule,weight,text";

pub fn run(run: &Run, files: &[OsString], out: &mut impl Write) -> io::Result<bool> {
    writeln!(out, "{HEADER}")?;
    crate::each_file(run, files, out, |name, text| {
        let mut out = Vec::new();
        let report = faultline::analyze(text, &run.options);
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |a: u32, b: u32| {
            let (a, b) = (a as usize, (b as usize).min(units.len()));
            String::from_utf16_lossy(units.get(a..b).unwrap_or(&[]))
        };
        for s in &report.statements {
            let actor_name = report
                .actors
                .iter()
                .find(|a| *a.id == *s.actor)
                .map_or("", |a| a.name.as_str());
            let sentence = report
                .document
                .sentences
                .get(s.sentence as usize)
                .map(|x| slice(x.start, x.end))
                .unwrap_or_default();
            let fields = [
                name.to_string(),
                s.actor.to_string(),
                actor_name.to_string(),
                s.theme.to_string(),
                s.pole.to_string(),
                format!("{:+}", s.agreement),
                s.sentence.to_string(),
                s.start.to_string(),
                s.end.to_string(),
                s.term.to_string(),
                s.attitude.as_deref().unwrap_or_default().to_string(),
                s.negated.to_string(),
                s.rule.to_string(),
                s.weight.to_string(),
                sentence.split_whitespace().collect::<Vec<_>>().join(" "),
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.extend_from_slice(row.join(",").as_bytes());
            out.push(b'\n');
        }
        Ok(out)
    })
}

/// A CSV field: quoted when it holds a comma, quote or line break, quotes
/// doubled. A field starting with `=`, `+`, `-` or `@` is prefixed with a
/// quote mark so a spreadsheet does not run it as a formula (text from
/// essays is untrusted); the agreement column's "+1"/"-1" are ours.
fn csv_field(f: &str) -> String {
    let f = if f.starts_with(['=', '@']) || (f.starts_with(['+', '-']) && f.parse::<f64>().is_err())
    {
        format!("'{f}")
    } else {
        f.to_string()
    };
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}
