#!/usr/bin/env bash
# Static checks, as the best Substrate repositories run them before any test:
# 1. formatting (`.rustfmt.toml`: hard tabs, width 100);
# 2. clippy on every crate and target of the workspace, warnings as errors (the lint levels are
#    the workspace's `[workspace.lints]`);
# 3. clippy on the runtime's crates as built for wasm32, where `.cargo/config.toml` denies
#    `unwrap_used`, `indexing_slicing`, `arithmetic_side_effects` and `panic`;
# 4. the same for the portal's ring prover (tools/ring-wasm, a crate outside the workspace):
#    formatting, clippy on its tests, and clippy for wasm32-unknown-unknown, as it is built.
# eth-rpc (a three-line binary around pallet-revive-eth-rpc) is left out of 2: it switches on
# sc-cli's RocksDB feature and would check the client stack a second time. The throughput
# harness gets a clippy run of its own, with the same flags.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$BMX_ROOT"

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy: workspace, all targets, -D warnings"
SKIP_WASM_BUILD=1 cargo clippy --locked --workspace --exclude bmx-eth-rpc --exclude bmx-throughput \
	--all-targets -- -D warnings

# On its own: its client stack (subxt, as eth-rpc's) would change the features, and so the
# builds, of the rest of the workspace.
step "clippy: the throughput harness, all targets, -D warnings"
cargo clippy --locked -p bmx-throughput --all-targets -- -D warnings

step "clippy: runtime crates for wasm32 (no unwrap, indexing, unchecked arithmetic or panic)"
runtime_crates=(-p bmx-runtime -p bmx-primitives)
for crate in $(pallet_crates); do runtime_crates+=(-p "$crate"); done
SKIP_WASM_BUILD=1 cargo clippy --locked --target wasm32v1-none --no-default-features \
	"${runtime_crates[@]}" -- -D warnings

step "The portal's ring prover (tools/ring-wasm): fmt --check, clippy native and wasm32, -D warnings"
cargo fmt --check --manifest-path tools/ring-wasm/Cargo.toml
cargo clippy --locked --manifest-path tools/ring-wasm/Cargo.toml --all-targets -- -D warnings
cargo clippy --locked --manifest-path tools/ring-wasm/Cargo.toml --target wasm32-unknown-unknown \
	-- -D warnings
