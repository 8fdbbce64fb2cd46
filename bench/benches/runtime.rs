//! Runtime of the generated API over all 172 documented codes: `rtc-codes` side by side with the
//! hand-written version and the `strum` + `num_enum` version, in the same run.
//!
//! `cargo bench -p rtc-codes-bench`, then `cargo run -p xtask -- bench-report` for the table.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use rtc_codes_bench::operations::{check_agreement, Inputs, OPERATIONS};

fn runtime(c: &mut Criterion) {
    let inputs = Inputs::new();
    check_agreement(&inputs).expect("the implementations agree");
    for (operation, ours, hand, derive) in OPERATIONS {
        let mut group = c.benchmark_group(operation);
        group.bench_function("rtc_codes", |b| b.iter(|| ours(black_box(&inputs))));
        group.bench_function("hand-written", |b| b.iter(|| hand(black_box(&inputs))));
        group.bench_function("strum+num_enum", |b| b.iter(|| derive(black_box(&inputs))));
        group.finish();
    }
}

criterion_group!(benches, runtime);
criterion_main!(benches);
