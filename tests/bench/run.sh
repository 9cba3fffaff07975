#!/usr/bin/env bash
# Configures a Release build with benchmarks in build/bench, builds goalsmith_bench and runs it;
# results go to stdout. Extra arguments go to the benchmark (e.g. --benchmark_filter=capi,
# --benchmark_format=json).
#
#   bash tests/bench/run.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${GOALSMITH_BENCH_BUILD_DIR:-$root/build/bench}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DGOALSMITH_BUILD_BENCHMARKS=ON -DGOALSMITH_BUILD_TESTS=OFF -DGOALSMITH_BUILD_EXAMPLES=OFF \
  -DGOALSMITH_BUILD_CLI=OFF >&2
cmake --build "$build" --target goalsmith_bench -j2 >&2
# 0.5 s per benchmark is enough for stable medians of microsecond work; 5 repetitions give the
# median and spread without taking more than a minute.
"$build/tests/bench/goalsmith_bench" --benchmark_min_time=0.5 --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true "$@"
