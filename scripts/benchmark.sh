#!/usr/bin/env bash
# Regenerate every pallet's `weights.rs` from its frame-benchmarking v2 benchmarks, through
# `bmx-node benchmark pallet` on a runtime wasm built with `runtime-benchmarks`.
#
# The benchmark runtime is a second variant of the runtime, so it is built in its own persistent
# target dir (BMX_BENCH_TARGET_DIR) and never replaces the runtime that scripts/run.sh starts.
# Usage: scripts/benchmark.sh [pallet-crate ...]   (default: every crate under pallets/)
#        scripts/benchmark.sh overhead   the runtime's block and extrinsic overheads
#                                        (runtime/src/weights/, `benchmark overhead`)
#        scripts/benchmark.sh machine    this machine against the reference hardware
#                                        (benchmarks/results/machine.txt, `benchmark machine`)
#        scripts/benchmark.sh storage    the database's read and write weights
#                                        (runtime/src/weights/paritydb_weights.rs,
#                                        `benchmark storage`, on a state of BMX_BENCH_ACCOUNTS
#                                        funded accounts, a million by default)
# BMX_BENCH_STEPS and BMX_BENCH_REPEAT (default 50 and 20, as upstream) trade precision for
# time; each weight file's header records the values it was generated with.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$BMX_ROOT"

bench_target="${BMX_BENCH_TARGET_DIR:-$HOME/.cache/bmx/target-benchmarks}"
# The benchmarks run inside a runtime wasm built with `runtime-benchmarks`; the node that runs
# them is the ordinary release build (its `benchmark pallet` always has the benchmarking host
# functions). `cargo check` runs the runtime's build script, which builds the wasm for real,
# while the native crates are only checked: far cheaper than a second node build. Its own
# target dir keeps the normal runtime's wasm untouched.
# The node builds the benchmarks' genesis (from its own runtime's preset), so it must match the
# sources: cargo rebuilds it only when they changed. It is built with the release set
# (`build_release`, env.sh): the node alone would resolve other features and compile the client
# stack a second time.
scratch="$(mktemp -d -t bmx-benchmark-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
if [[ "${1:-}" == storage ]]; then
	# `benchmark storage` reads the node's own database, which sc-client-db exposes only with
	# `runtime-benchmarks`: a second node build, kept in the benchmarks' target dir so that it
	# never replaces the node scripts/run.sh starts. The state is the local network's genesis
	# plus BMX_BENCH_ACCOUNTS funded accounts (bmx-throughput's senders): every key is read and
	# written, so a larger state gives a slower, more honest figure than an empty dev chain.
	step "Building bmx-node with runtime-benchmarks in $bench_target (its own target dir)"
	CARGO_TARGET_DIR="$bench_target" cargo build --release --locked -p bmx-node \
		--features runtime-benchmarks
	step "Building bmx-throughput (it funds the accounts of the benchmark's state)"
	cargo build --release --locked -p bmx-throughput
	accounts="${BMX_BENCH_ACCOUNTS:-1000000}"
	# A genesis patch carries up to about 300,000 accounts (the runtime's allocator refuses a
	# larger JSON); the rest are written into the raw spec (`fund-raw`).
	patched=$((accounts < 100000 ? accounts : 100000))
	bench_node="$bench_target/release/bmx-node"
	"$bench_node" export-chain-spec --chain local --output "$scratch/plain.json"
	"$BMX_THROUGHPUT" fund-spec --plain "$scratch/plain.json" --senders "$patched" \
		--out "$scratch/funded.json"
	"$bench_node" export-chain-spec --chain "$scratch/funded.json" --raw --output "$scratch/state.json"
	if ((accounts > patched)); then
		"$BMX_THROUGHPUT" fund-raw --raw "$scratch/state.json" --from "$patched" --to "$accounts" \
			--out "$scratch/state.json"
	fi
	step "Benchmarking ParityDB reads and writes on a state with $accounts funded accounts"
	# ParityDB: the node's default database, and the one `frame_system::Config::DbWeight`
	# names. State version 1, as every chain of this runtime uses.
	"$bench_node" benchmark storage --chain "$scratch/state.json" \
		--base-path "$scratch/db" --database paritydb --state-version 1 \
		--weight-path runtime/src/weights --template-path scripts/storage-weight-template.hbs
	exit 0
fi

step "Building the release set with bmx-node (env.sh), which builds the benchmarks' genesis"
build_release

case "${1:-}" in
overhead)
	# Blocks of the dev chain's runtime, empty and full of remarks, executed 100 times.
	step "Benchmarking the block and extrinsic overheads"
	"$BMX_NODE" benchmark overhead --chain dev --base-path "$scratch" --weight-path runtime/src/weights
	exit 0
	;;
machine)
	step "Benchmarking this machine against the reference hardware"
	mkdir -p benchmarks/results
	"$BMX_NODE" benchmark machine --chain dev --base-path "$scratch" --allow-fail 2>&1 |
		tee benchmarks/results/machine.txt
	exit 0
	;;
esac
step "Building the runtime wasm with runtime-benchmarks in $bench_target"
# WASM_BUILD_TYPE: the wasm follows the outer profile by default, which is debug for a check.
CARGO_TARGET_DIR="$bench_target" WASM_BUILD_TYPE=release \
	cargo check --locked -p bmx-runtime --features runtime-benchmarks
node="$BMX_NODE"
wasm="$bench_target/debug/wbuild/bmx-runtime/bmx_runtime.compact.compressed.wasm"
[[ -f "$wasm" ]] || { echo "no benchmark runtime at $wasm" >&2; exit 1; }

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
		--steps "${BMX_BENCH_STEPS:-50}" \
		--repeat "${BMX_BENCH_REPEAT:-20}" \
		--wasm-execution=compiled \
		--heap-pages=4096 \
		--template scripts/weight-template.hbs \
		--output "$dir/src/weights.rs"
done
