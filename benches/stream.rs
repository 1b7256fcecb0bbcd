//! Streaming and format costs on `tickets-json` (`cargo bench --bench
//! stream`): the stream redactor at 1, 16 and 64 KiB chunks against the
//! whole-buffer redaction of the same bytes, and JSON-aware scanning
//! against raw text scanning.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)] // a benchmark harness

mod support;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use pii_proxy::format::encoding::DecodeLimits;
use pii_proxy::format::{BinaryParts, BodyRedactor, BodySpec};
use pii_proxy::redact::Redactor;
use pii_proxy::stream::StreamRedactor;

/// Chunk sizes a proxy sees from clients and hyper.
const CHUNKS: &[usize] = &[1 << 10, 16 << 10, 64 << 10];

fn stream(c: &mut Criterion) {
    let hay = support::corpus("tickets-json");
    let redactor = Redactor::default();
    let mut group = c.benchmark_group("stream/tickets-json");
    group.throughput(Throughput::Bytes(hay.len() as u64));
    group.bench_function("whole", |b| {
        b.iter(|| redactor.redact_to_vec(black_box(&hay)).len())
    });
    for &size in CHUNKS {
        group.bench_function(format!("chunks-{}KiB", size >> 10), |b| {
            let mut out = Vec::with_capacity(hay.len());
            b.iter(|| {
                out.clear();
                let mut s = StreamRedactor::new(redactor.clone());
                for chunk in black_box(&hay).chunks(size) {
                    s.push(chunk, &mut out);
                }
                s.finish(&mut out);
                out.len()
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("format/tickets-json");
    group.throughput(Throughput::Bytes(hay.len() as u64));
    for (name, content_type) in [("raw", "text/plain"), ("json", "application/json")] {
        let spec = BodySpec::from_headers(Some(content_type), None).unwrap();
        group.bench_function(name, |b| {
            let mut out = Vec::with_capacity(hay.len());
            b.iter(|| {
                out.clear();
                let mut r = BodyRedactor::new(
                    redactor.clone(),
                    &spec,
                    DecodeLimits::default(),
                    BinaryParts::Pass,
                );
                for chunk in black_box(&hay).chunks(16 << 10) {
                    r.push(chunk, &mut out).unwrap();
                }
                r.finish(&mut out).unwrap();
                out.len()
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = stream
}
criterion_main!(benches);
