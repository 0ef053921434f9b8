#!/usr/bin/env bash
# Build the portal's ring prover (tools/ring-wasm: bmx-ring's member keys, aliases, possession
# signatures and ring proofs as WebAssembly) and copy it to portal/generated/bmx-ring.wasm, where
# the portal's build and tests take it (src/ring/index.js, test/ring-prover.test.mjs). Prints the
# module's size. When nothing changed, cargo builds nothing and the copy is left untouched.
#
# The crate is outside the workspace (its own Cargo.lock and release profile: LTO, panic =
# abort), built in the shared target dir under wasm32-unknown-unknown/release. Cargo runs from the
# repository's root so that `.cargo/config.toml` gives every build of it the same flags.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

step "Building the portal's ring prover (tools/ring-wasm, wasm32-unknown-unknown)"
(cd "$BMX_ROOT" && cargo build --release --locked --manifest-path tools/ring-wasm/Cargo.toml \
	--target wasm32-unknown-unknown)
built="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/bmx_ring_wasm.wasm"
module="$BMX_ROOT/portal/generated/bmx-ring.wasm"
mkdir -p "$(dirname "$module")"
cmp -s "$built" "$module" || install -m 0644 "$built" "$module"
printf 'portal/generated/bmx-ring.wasm: %s bytes\n' "$(stat -c %s "$module")"
