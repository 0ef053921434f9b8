#!/usr/bin/env bash
# README command 2: set up, build, and run every test: the static checks (fmt, clippy), the Rust
# unit and runtime tests (with the benchmark tests), then the end-to-end tests that drive the real bmx-node binary, then the
# zombienet 4-validator network test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
start=$(date +%s)

BMX_SETUP_BROWSER=1 "$BMX_ROOT/scripts/setup.sh"
"$BMX_ROOT/scripts/check.sh"
build_node
cd "$BMX_ROOT"

# Release profile: the tests reuse the release build instead of compiling the stack a second
# time in debug.
step "Rust tests: primitives, pallets, node and tools"
# The release set build_node built (env.sh): eth-rpc's binary has no unit tests (it is tested end to
# end below), but it is in the set so that the features, and so the compiled crates, are the same.
cargo test --release --locked "${release_set[@]}"
# The throughput harness on its own, as build_node builds it.
cargo test --release --locked -p bmx-throughput
# The portal's ring prover, outside the workspace: its calls made natively, its proofs validated.
cargo test --release --locked --manifest-path tools/ring-wasm/Cargo.toml

step "Rust tests: runtime, with try-runtime (every pallet's try_state after each flow)"
# The runtime tests need no wasm; without SKIP_WASM_BUILD this feature set would build one.
SKIP_WASM_BUILD=1 cargo test --release --locked -p bmx-runtime --features try-runtime

step "Rust tests: benchmarks of every pallet, run against the pallets' mocks"
# One cargo invocation for every pallet: one build, linked in parallel, instead of one per crate.
bench_packages=()
for crate in $(pallet_crates); do
	bench_packages+=(-p "$crate")
done
cargo test --release --locked "${bench_packages[@]}" --features runtime-benchmarks

step "Portal: build and unit tests (portal/test: phases, sealed bids, texts, error catalogue)"
(cd portal && npm run --silent build -- --logLevel warn && node --test test/)

# The runtime upgrade that the governance test enacts through the councils.
BMX_UPGRADE_WASM="$("$BMX_ROOT/scripts/upgrade-wasm.sh")"
export BMX_UPGRADE_WASM

# The end-to-end files in two groups. Those that start a network of several nodes load both
# cores and run one at a time. The others run one dev chain each and mostly wait for its blocks:
# they run two at a time (BMX_E2E_CONCURRENCY), longest first, so that the two lanes end
# together; a file not listed here runs after the listed ones.
network_tier=(node/network-faults.test.mjs node/users-journeys.test.mjs node/operator-path.test.mjs
	node/network-governance.test.mjs)
dev_chain_order=(node/portal-acts.test.mjs node/anonymous-panels.test.mjs node/portal.test.mjs
	node/portal-ballots.test.mjs
	node/secret-ballots.test.mjs node/verify.test.mjs node/efirma.test.mjs node/governance.test.mjs
	node/dev-chain.test.mjs node/run-script.test.mjs node/throughput-smoke.test.mjs
	node/ethereum.test.mjs node/sponsored-fees.test.mjs node/bad-input.test.mjs
	node/export-chain-spec.test.mjs)
# CI's tier: every end-to-end file but the long network tier (governance on the live network,
# about 8 minutes), which keeps CI within its hour; CI still runs the network's short form (four
# validators finalize, faults, a restart from disk: network-faults.test.mjs) and the users'
# journeys on the network. Outside CI, or with BMX_FULL_SUITE=1, every file runs.
long_tier=(node/network-governance.test.mjs)
ci_tier=0
[[ "${CI:-}" == true && "${BMX_FULL_SUITE:-0}" != 1 ]] && ci_tier=1
contains() { local item="$1"; shift; [[ " $* " == *" $item "* ]]; }
dev_chain_files=() network_files=()
for file in "${dev_chain_order[@]}"; do
	[[ -f "tests/$file" ]] && dev_chain_files+=("$file")
done
for file in $(cd tests && ls node/*.test.mjs); do
	if ((ci_tier)) && contains "$file" "${long_tier[@]}"; then continue; fi
	if contains "$file" "${network_tier[@]}"; then network_files+=("$file")
	elif ! contains "$file" "${dev_chain_files[@]}"; then dev_chain_files+=("$file"); fi
done
if ((ci_tier)); then
	step "End-to-end tests against the real node (tests/), CI tier"
	printf 'Not run in the CI tier (the long network tier; scripts/test.sh outside CI runs it): %s\n' \
		"${long_tier[@]}"
else
	step "End-to-end tests against the real node (tests/)"
fi
(
	cd tests
	export BMX_NODE BMX_ETH_RPC
	# --test-force-exit: a file whose tests have all finished ends even if a handle (a socket, a
	# timer) stays open; in session 18 users-journeys passed every test and then never exited.
	printf '\n%s\n' "One dev chain each, ${BMX_E2E_CONCURRENCY:-2} at a time: ${dev_chain_files[*]}"
	node --test --test-force-exit --test-concurrency="${BMX_E2E_CONCURRENCY:-2}" "${dev_chain_files[@]}"
	printf '\n%s\n' "Networks of several nodes, one at a time: ${network_files[*]}"
	node --test --test-force-exit --test-concurrency=1 "${network_files[@]}"
)

step "Zombienet: local network of four validators"
"$BMX_ROOT/scripts/zombienet.sh"

step "All tests passed in $(( ($(date +%s) - start) / 60 )) min $(( ($(date +%s) - start) % 60 )) s"
