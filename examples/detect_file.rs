//! Runs the detector once over a whole file held in memory and prints the
//! number of findings: the harness `scripts/callgrind.sh` counts
//! instructions per byte with, so that file reading and output do not blur
//! the matcher's own cost.
//!
//! `--recheck` runs it as a re-check pass does (verifying only anchors
//! near a mask), for the cost of a pass over redacted output.
//!
//! `detect_file [--scalar | --recheck] FILE`
#![allow(missing_docs)] // an example binary

use pii_proxy::detect::prefilter::Prefilter;
use pii_proxy::detect::Detector;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (scalar, recheck, path) = match args.as_slice() {
        [flag, path] if flag == "--scalar" => (true, false, path),
        [flag, path] if flag == "--recheck" => (false, true, path),
        [path] => (false, false, path),
        _ => {
            eprintln!("usage: detect_file [--scalar | --recheck] FILE");
            return std::process::ExitCode::from(2);
        }
    };
    let Ok(hay) = std::fs::read(path) else {
        eprintln!("cannot read {path}");
        return std::process::ExitCode::from(1);
    };
    let mut builder = Detector::builder();
    if scalar {
        builder = builder.prefilter(Prefilter::scalar());
    }
    let detector = builder.near_masks_only(recheck).build();
    println!("{}", detector.find_iter(&hay).count());
    std::process::ExitCode::SUCCESS
}
