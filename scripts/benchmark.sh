#!/usr/bin/env bash
# Regenerate every pallet's `weights.rs` from its frame-benchmarking v2 benchmarks, through
# `bmx-node benchmark pallet` on the runtime wasm built with `runtime-benchmarks`.
#
# The benchmark node is a second variant of the build graph, so it lives in its own persistent
# target dir (BMX_BENCH_TARGET_DIR) and never replaces the node that scripts/run.sh starts.
# Usage: scripts/benchmark.sh [pallet-crate ...]   (default: every crate under pallets/)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$BMX_ROOT"

bench_target="${BMX_BENCH_TARGET_DIR:-$HOME/.cache/bmx/target-benchmarks}"
step "Building bmx-node with runtime-benchmarks into $bench_target"
CARGO_TARGET_DIR="$bench_target" cargo build --release --locked -p bmx-node --features runtime-benchmarks
node="$bench_target/release/bmx-node"
wasm="$bench_target/release/wbuild/bmx-runtime/bmx_runtime.compact.compressed.wasm"

crates=("$@")
((${#crates[@]})) || mapfile -t crates < <(pallet_crates)

for crate in "${crates[@]}"; do
	dir=$(dirname "$(grep -l "^name = \"$crate\"" pallets/*/Cargo.toml)")
	step "Benchmarking $crate"
	"$node" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder=runtime \
		--genesis-builder-preset=development \
		--pallet "${crate//-/_}" \
		--extrinsic '*' \
		--steps 50 \
		--repeat 20 \
		--wasm-execution=compiled \
		--heap-pages=4096 \
		--template scripts/weight-template.hbs \
		--output "$dir/src/weights.rs"
done
