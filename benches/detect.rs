//! Matcher throughput on the five corpus profiles: the detector with the
//! SIMD prefilter, with the scalar prefilter, and the combined-regex
//! baseline, in the same run (`cargo bench --bench detect`).
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)] // a benchmark harness

mod support;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use pii_proxy::detect::prefilter::Prefilter;
use pii_proxy::detect::Detector;
use support::regex_baseline::RegexDetector;

fn detect(c: &mut Criterion) {
    let simd = Detector::new();
    let scalar = Detector::builder().prefilter(Prefilter::scalar()).build();
    let regex = RegexDetector::new();
    for profile in support::PROFILES {
        let hay = support::corpus(profile);
        let mut group = c.benchmark_group(*profile);
        group.throughput(Throughput::Bytes(hay.len() as u64));
        group.bench_function("simd", |b| {
            b.iter(|| simd.find_iter(black_box(&hay)).count())
        });
        group.bench_function("scalar", |b| {
            b.iter(|| scalar.find_iter(black_box(&hay)).count())
        });
        group.bench_function("regex", |b| {
            b.iter(|| regex.find_all(black_box(&hay)).len())
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    // Few samples: 1 MiB inputs on a 2-core machine; ratios are what count.
    config = Criterion::default().sample_size(10);
    targets = detect
}
criterion_main!(benches);
