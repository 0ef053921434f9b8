# Shared environment of the scripts: sourced, not run.
# One persistent cargo target dir outside the work tree, shared by people, scripts and CI, so a
# warm build is reused everywhere.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/bmx/target}"
# litep2p's webrtc would otherwise compile OpenSSL from source.
export OPENSSL_NO_VENDOR=1
# pallet-revive-eth-rpc's build script only needs revive-dev-runtime's native metadata, not its
# wasm blob.
export SKIP_REVIVE_DEV_RUNTIME_WASM_BUILD=1
# pallet-revive's runtime-benchmarks feature pulls its contract fixtures, whose build needs solc
# and a RISC-V toolchain; we do not benchmark pallet-revive (its upstream weights are used).
export SKIP_PALLET_REVIVE_FIXTURES=1
export PATH="$HOME/.cargo/bin:$PATH"

BMX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BMX_NODE="${BMX_NODE:-$CARGO_TARGET_DIR/release/bmx-node}"
BMX_ETH_RPC="${BMX_ETH_RPC:-$CARGO_TARGET_DIR/release/eth-rpc}"
BMX_VERIFY="${BMX_VERIFY:-$CARGO_TARGET_DIR/release/bmx-verify}"
BMX_LAND_CELLS="${BMX_LAND_CELLS:-$CARGO_TARGET_DIR/release/land-cells}"
BMX_EFIRMA="${BMX_EFIRMA:-$CARGO_TARGET_DIR/release/efirma}"
# The ring client: member keys, proofs of possession, secret votes.
BMX_RING="${BMX_RING:-$CARGO_TARGET_DIR/release/bmx-ring}"
# The throughput harness (issue 19): funded senders, pre-signed load, figures against the ceiling.
BMX_THROUGHPUT="${BMX_THROUGHPUT:-$CARGO_TARGET_DIR/release/bmx-throughput}"
# The target dir is outside the work tree: tell the runtime's wasm builder where the workspace
# (and its Cargo.lock) is, or it resolves dependency versions afresh.
WASM_BUILD_WORKSPACE_HINT="$BMX_ROOT"
export BMX_ROOT BMX_NODE BMX_ETH_RPC BMX_VERIFY BMX_LAND_CELLS BMX_EFIRMA BMX_RING BMX_THROUGHPUT WASM_BUILD_WORKSPACE_HINT

# Print a step heading with the time it starts (a run's log shows what each step took).
step() { printf '\n\033[1m==> %s\033[0m (%s)\n' "$*" "$(date +%H:%M:%S)"; }

# The crate names of our pallets (pallets/*/Cargo.toml), one per line.
pallet_crates() {
	for manifest in "$BMX_ROOT"/pallets/*/Cargo.toml; do
		sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -1
	done
}

# The release set: every crate of the workspace but the runtime (the node builds it, and its
# tests run apart, with try-runtime) and the throughput harness (subxt, a client stack of its
# own). The node, eth-rpc and the tools are built by ONE cargo invocation of this set, and
# `cargo test` runs on the same set: cargo resolves features per invocation, so crates they
# share (the whole Substrate client stack) are compiled once, in one feature set, instead of
# once for the node, once for eth-rpc (which turns on sc-cli's RocksDB) and once more for the
# tests (BENCHMARKS.md, "Build cost"). Anything that builds the node builds this set.
release_set=(--workspace --exclude bmx-runtime --exclude bmx-throughput)
build_release() {
	(cd "$BMX_ROOT" && cargo build --release --locked "${release_set[@]}")
}

# Build the release set (the node and its runtime wasm, eth-rpc, the registries' tools, the
# e.firma client, the ring client), the throughput harness, and the portal's ring prover
# (portal/generated/bmx-ring.wasm, which the portal's build needs).
build_node() {
	step "Building the node, eth-rpc and the tools (release, one invocation; first build on 2 cores: about an hour, then ~3 min)"
	build_release
	# Alone: its client stack (subxt) would change the other crates' dependency features.
	step "Building the throughput harness: bmx-throughput"
	(cd "$BMX_ROOT" && cargo build --release --locked -p bmx-throughput)
	# A crate of its own, outside the workspace: the script builds and copies it.
	"$BMX_ROOT/scripts/ring-wasm.sh"
}
