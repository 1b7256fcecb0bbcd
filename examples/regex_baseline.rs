//! The regex baseline as a command, for whole-process comparisons
//! (`scripts/callgrind.sh`): `regex_baseline FILE` prints one JSON line per
//! finding, like `pii-proxy scan`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)] // a benchmark tool

#[path = "../benches/support/regex_baseline.rs"]
mod regex_baseline;

use std::io::Write;

fn main() {
    let path = std::env::args().nth(1).expect("usage: regex_baseline FILE");
    let hay = std::fs::read(&path).expect("read the input");
    let findings = regex_baseline::RegexDetector::new().find_all(&hay);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (kind, start, end) in findings {
        writeln!(out, r#"{{"kind":"{kind}","start":{start},"end":{end}}}"#).unwrap();
    }
}
