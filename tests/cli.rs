//! The `faultline` binary, run as a user runs it: files, standard input,
//! several files, errors and their exit codes, and `--jsonl`.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_faultline");

fn seed_path() -> String {
    common::corpus("essays/musk-trump-seed.txt")
        .display()
        .to_string()
}

/// Runs the binary with `args` and `stdin`, to the end.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // Written from a thread: a large input would otherwise fill the pipe
    // while the binary waits for us to read its output.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("the binary finishes");
    writer.join().unwrap();
    output
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("standard output is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect()
}

fn assert_full_report(r: &Value) {
    assert_eq!(r["schemaVersion"], 3, "{r:.200}");
    assert!(!r["document"]["sentences"].as_array().unwrap().is_empty());
    assert!(!r["actors"].as_array().unwrap().is_empty());
    assert!(r["compared"].is_array());
    assert!(r["warnings"].is_array());
}

#[test]
fn one_file_prints_its_report() {
    let o = run(&[&seed_path()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stderr.is_empty());
    let text = stdout(&o);
    assert_eq!(text.lines().count(), 1, "compact by default: one line");
    let r: Value = serde_json::from_str(&text).unwrap();
    assert_full_report(&r);
    assert_eq!(r["compared"], json!(["donald-trump", "elon-musk"]));
    assert!(!r["document"]["tokens"]["start"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn standard_input_is_dash() {
    let seed = common::read_corpus("essays/musk-trump-seed.txt");
    let from_stdin = run(&["-"], seed.as_bytes());
    let from_file = run(&[&seed_path()], b"");
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    assert_eq!(stdout(&from_stdin), stdout(&from_file));
}

#[test]
fn several_files_print_one_line_each_in_order() {
    let other = common::corpus("essays/pelosi-trump-speaker-wikinews.txt")
        .display()
        .to_string();
    let o = run(
        &["--no-tokens", &seed_path(), "-", &other],
        b"Trump spoke. He left.",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = lines(&o);
    assert_eq!(out.len(), 3);
    assert_eq!(out[0]["file"], seed_path());
    assert_eq!(out[1]["file"], "-");
    assert_eq!(out[2]["file"], other);
    assert_full_report(&out[0]["report"]);
    assert_eq!(out[1]["report"]["textLength"], 21);
    for line in &out {
        assert_eq!(
            line.as_object().unwrap().len(),
            2,
            "only file and report: {line:.100}"
        );
        assert_eq!(
            line["report"]["document"]["terms"],
            json!([]),
            "--no-tokens applies to each file"
        );
    }
}

#[test]
fn a_missing_file_is_named_and_fails() {
    let o = run(&["no-such-essay.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert!(
        err.contains("faultline: cannot read 'no-such-essay.txt': No such file or directory"),
        "{err}"
    );
    // The readable files are still reported.
    let o = run(&[&seed_path(), "no-such-essay.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(lines(&o).len(), 1);
    assert!(stderr(&o).contains("no-such-essay.txt"));
}

#[test]
fn unusable_arguments_fail_with_a_message() {
    for (args, says) in [
        (
            &["--frobnicate", "x.txt"][..],
            "unknown option '--frobnicate'",
        ),
        (&[][..], "no input"),
        (&["--options"][..], "--options needs a JSON object"),
        (
            &["--options", r#"{"tokenz": false}"#, "x.txt"][..],
            "unknown option `tokenz`",
        ),
        (
            &["--options", r#"{"tokens": "no"}"#, "x.txt"][..],
            "option `tokens`",
        ),
        (&["--options", "[1]", "x.txt"][..], "must be a JSON object"),
        (
            &["--jsonl", "x.txt"][..],
            "--jsonl reads standard input only",
        ),
        (
            &["--jsonl", "--pretty"][..],
            "--pretty cannot be used with --jsonl",
        ),
        (&["--jsonl", "--jobs"][..], "--jobs needs a number"),
        (&["--jsonl", "--jobs", "0"][..], "from 1 to 256, not '0'"),
        (&["-j", "many", "x.txt"][..], "from 1 to 256, not 'many'"),
    ] {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.starts_with("faultline: ") && err.contains(says),
            "{args:?}: {err}"
        );
        assert!(err.contains("faultline --help"), "{args:?}: {err}");
    }
}

#[test]
fn help_and_version() {
    let o = run(&["--help"], b"");
    assert!(o.status.success());
    let help = stdout(&o);
    for needle in [
        "Usage:",
        "--jsonl",
        "--options JSON",
        "--no-tokens",
        "--compact",
        "--pretty",
        "Examples:",
        "U+FFFD",
        "Exit status",
    ] {
        assert!(help.contains(needle), "--help mentions {needle}");
    }
    assert_eq!(stdout(&run(&["-h"], b"")), help);
    let o = run(&["--version"], b"");
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        format!(
            "faultline {} (report schema 3)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
}

#[test]
fn options_pretty_and_no_tokens() {
    let o = run(
        &[
            "--pretty",
            "--no-tokens",
            "--options",
            r#"{"compare": ["Musk", "Trump"]}"#,
            &seed_path(),
        ],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.lines().count() > 100, "indented");
    let r: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(r["compared"], json!(["elon-musk", "donald-trump"]));
    assert_eq!(r["document"]["tokens"]["start"], json!([]));
    // Later flags win; --options=JSON is the same as --options JSON.
    let o = run(
        &[
            "--pretty",
            "--compact",
            r#"--options={"compare": ["Nobody"]}"#,
            "-",
        ],
        b"Trump and Musk met. He left.",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 1);
    assert_eq!(lines(&o)[0]["warnings"][0]["option"], "compare");
}

#[test]
fn invalid_utf8_is_read_lossily() {
    let dir = std::env::temp_dir().join(format!("faultline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.txt");
    // "Café Trump." in Latin-1: é is the invalid byte 0xE9.
    std::fs::write(&path, b"Caf\xE9 Trump. \xFF\xFE binary \x00 here.").unwrap();
    let o = run(&[path.to_str().unwrap()], b"");
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let r = &lines(&o)[0];
    // Each bad byte is one U+FFFD, one UTF-16 unit.
    assert_eq!(
        r["textLength"],
        "Caf\u{FFFD} Trump. \u{FFFD}\u{FFFD} binary \u{0} here."
            .encode_utf16()
            .count()
    );
}

#[test]
fn jsonl_answers_every_line_in_order() {
    let input = [
        r#"{"id": 1, "text": "While Trump builds walls, Musk builds rockets.", "options": {"tokens": false}}"#,
        r#"{"id": 2, "text": "broken"#,
        "",
        r#"{"id": "three", "text": "Trump spoke.", "options": {"tokenz": false}}"#,
        "   \t",
        r#"{"id": [4, {"k": null}], "text": "Lone \ud800 surrogate"}"#,
        r#"{"id": 5}"#,
        r#"{"id": 6, "text": 6}"#,
        r#"{"id": 7, "text": "x", "optoins": {}}"#,
        r#"[7.5]"#,
        r#"{"text": "Musk tweeted.\r\nHe laughed."}"#,
        r#"{"id": {"file": "seed.txt"}, "text": "Elon Musk and Donald Trump met. He left.", "options": {"compare": ["Nobody"]}}"#,
    ]
    .join("\n");
    let mut bytes = input.into_bytes();
    // Invalid UTF-8 inside a string is not JSON either.
    bytes.extend_from_slice(b"\n{\"id\": 9, \"text\": \"\xFF\xFE\"}\n\n");
    let o = run(&["--jsonl"], &bytes);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    let out = lines(&o);
    let ids: Vec<Value> = out.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(
        ids,
        [
            json!(1),
            json!(null),
            json!("three"),
            json!([4, {"k": null}]),
            json!(5),
            json!(6),
            json!(7),
            json!(null),
            json!(null),
            json!({"file": "seed.txt"}),
            json!(9)
        ],
        "one answer per non-blank line, in order, ids echoed"
    );
    let error = |i: usize| {
        out[i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("line {i} is an error: {:.200}", out[i]))
    };
    // Good lines: a report, its options applied.
    assert_eq!(out[0].as_object().unwrap().len(), 2);
    assert_eq!(out[0]["report"]["schemaVersion"], 3);
    assert_eq!(out[0]["report"]["document"]["terms"], json!([]));
    assert_eq!(
        out[0]["report"]["document"]["sentences"][0]["clauses"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(out[8]["report"]["textLength"], 26, "CRLF is two units");
    assert_full_report(&out[9]["report"]);
    assert_eq!(out[9]["report"]["warnings"][0]["option"], "compare");
    // Bad lines: an error that says what is wrong, and nothing else.
    assert!(error(1).starts_with("invalid JSON"), "{}", error(1));
    assert!(error(2).contains("unknown option `tokenz`"), "{}", error(2));
    assert!(error(3).contains("lone surrogate"), "{}", error(3));
    assert_eq!(error(4), "missing field `text`");
    assert_eq!(error(5), "`text` must be a string");
    assert!(error(6).contains("`optoins`"), "{}", error(6));
    assert!(error(7).contains("JSON object"), "{}", error(7));
    assert!(error(10).starts_with("invalid JSON"), "{}", error(10));
    for i in [1, 2, 3, 4, 5, 6, 7, 10] {
        assert_eq!(
            out[i].as_object().unwrap().len(),
            2,
            "only id and error: {}",
            out[i]
        );
    }
}

#[test]
fn jsonl_command_line_options_are_defaults_a_line_overrides() {
    let input = concat!(
        r#"{"id": 1, "text": "Trump spoke."}"#,
        "\n",
        r#"{"id": 2, "text": "Trump spoke.", "options": {"tokens": true}}"#,
        "\n",
        r#"{"id": 3, "text": "Trump spoke.", "options": {"compare": ["Nobody"]}}"#,
        "\n",
    );
    let o = run(&["--jsonl", "--no-tokens"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = lines(&o);
    assert_eq!(out[0]["report"]["document"]["terms"], json!([]));
    assert_ne!(out[1]["report"]["document"]["terms"], json!([]));
    assert_eq!(
        out[2]["report"]["document"]["terms"],
        json!([]),
        "tokens stays off when a line sets another option"
    );
}

#[test]
fn jsonl_streams_one_answer_per_line() {
    let mut child = Command::new(BIN)
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let mut output = BufReader::new(child.stdout.take().unwrap());
    let (tx, rx) = mpsc::channel();
    // Reads answers on a thread, so a binary that waited for the end of its
    // input fails this test after a timeout instead of hanging it.
    let reader = std::thread::spawn(move || {
        let mut line = String::new();
        while output.read_line(&mut line).unwrap_or(0) > 0 {
            let _ = tx.send(std::mem::take(&mut line));
        }
    });
    for id in 0..3 {
        writeln!(input, r#"{{"id": {id}, "text": "Trump spoke."}}"#).unwrap();
        input.flush().unwrap();
        let answer = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| {
                let _ = child.kill();
                panic!("no answer to line {id} while the input stays open");
            });
        let answer: Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(answer["id"], id);
    }
    drop(input);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}

#[test]
fn jsonl_takes_a_huge_line_and_a_closed_output() {
    // Half a megabyte on one line (a debug build analyses it in a second).
    let text = "Trump builds walls while Musk builds rockets. ".repeat(11_000);
    let line =
        serde_json::to_string(&json!({"id": "big", "text": text, "options": {"tokens": false}}))
            .unwrap();
    let o = run(&["--jsonl"], format!("{line}\n").as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = lines(&o);
    assert_eq!(out[0]["id"], "big");
    assert_eq!(out[0]["report"]["textLength"], text.len());

    // A reader that stops reading (`faultline --jsonl | head -1`) ends the
    // run quietly, without a panic.
    let mut child = Command::new(BIN)
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut input = child.stdin.take().unwrap();
    for _ in 0..10_000 {
        if writeln!(input, r#"{{"text": "Trump spoke."}}"#).is_err() {
            break;
        }
    }
    drop(input);
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{:?}: {}", o.status, stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

/// Many inputs of different lengths (a long one first, so later ones finish
/// earlier on other threads), errors among them: every number of jobs gives
/// the same bytes as one job, in input order.
#[test]
fn jobs_change_the_speed_not_the_answers() {
    let seed = std::fs::read_to_string(seed_path()).unwrap();
    let mut requests = vec![serde_json::to_string(&json!({"id": "seed", "text": seed})).unwrap()];
    for i in 0..30 {
        let text = "Trump builds walls while Musk builds rockets. He left. ".repeat(i % 7 + 1);
        requests.push(
            serde_json::to_string(
                &json!({"id": i, "text": text, "options": {"tokens": i % 2 == 0}}),
            )
            .unwrap(),
        );
        if i % 10 == 3 {
            requests.push(format!(r#"{{"id": "bad {i}", "text": 5}}"#));
        }
    }
    let input = requests.join("\n") + "\n";
    let one = run(&["--jsonl", "--jobs", "1"], input.as_bytes());
    assert!(one.status.success(), "{}", stderr(&one));
    assert_eq!(lines(&one).len(), requests.len());
    for jobs in ["2", "5"] {
        let many = run(&["--jsonl", "--jobs", jobs], input.as_bytes());
        assert!(many.status.success(), "{}", stderr(&many));
        assert!(
            many.stdout == one.stdout,
            "--jobs {jobs} changed the --jsonl answers"
        );
    }

    // Files: the same, and an unreadable one is named in its turn.
    let seed_file = seed_path();
    let files = [seed_file.as_str(), "no-such-file.txt", seed_file.as_str()];
    let one = run(
        &[&["--jobs", "1", "--no-tokens"][..], &files[..]].concat(),
        b"",
    );
    let many = run(
        &[&["--jobs", "3", "--no-tokens"][..], &files[..]].concat(),
        b"",
    );
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(many.status.code(), Some(1));
    assert!(many.stdout == one.stdout, "--jobs changed the file reports");
    assert_eq!(stderr(&many), stderr(&one));
    assert_eq!(lines(&many).len(), 2);
}
