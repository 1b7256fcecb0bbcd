//! Shared by the benchmarks and `examples/regex_baseline.rs`: the corpus
//! loader and the regex baseline.
#![allow(dead_code)] // each bench uses a part

pub mod regex_baseline;

use std::path::PathBuf;
use std::process::Command;

/// The profiles of `../shared/bench-corpus/gen.py`.
pub const PROFILES: &[&str] = &["prose", "tickets-json", "chat", "digits", "random"];

/// Size of each benchmark input, in MiB: large enough to leave the caches,
/// small enough for a short run on two cores.
pub const CORPUS_MIB: &str = "1";

/// The generator's seed; fixed so every run measures the same bytes.
pub const SEED: &str = "0";

/// The corpus for `profile`, generated once and cached under `target/`.
///
/// # Panics
/// If the generator is missing or fails: a benchmark without its input must
/// fail loudly, never measure nothing.
pub fn corpus(profile: &str) -> Vec<u8> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let cache = root.join("target").join("bench-corpus");
    let file = cache.join(format!("{profile}-{CORPUS_MIB}MiB-seed{SEED}.bin"));
    if let Ok(bytes) = std::fs::read(&file) {
        return bytes;
    }
    std::fs::create_dir_all(&cache).expect("create target/bench-corpus");
    let generator = root
        .join("..")
        .join("shared")
        .join("bench-corpus")
        .join("gen.py");
    assert!(
        generator.exists(),
        "benchmark corpus generator not found at ../shared/bench-corpus/gen.py"
    );
    let out = Command::new("python3")
        .arg(&generator)
        .args([profile, CORPUS_MIB, "--seed", SEED])
        .output()
        .expect("python3 is needed to generate the benchmark corpus");
    assert!(
        out.status.success(),
        "gen.py {profile} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&file, &out.stdout).expect("cache the corpus");
    out.stdout
}
