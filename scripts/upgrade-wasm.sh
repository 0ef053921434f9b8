#!/usr/bin/env bash
# Build the runtime one spec_version later (the `next-spec-version` feature of bmx-runtime): the
# runtime upgrade that `scripts/govern.sh upgrade` and the end-to-end tests enact through the
# councils. Prints the path of its compressed wasm on stdout (build output goes to stderr).
#
# The wasm is built under the debug profile dir of the shared target (`debug/wbuild/`), never
# in `release/wbuild/`, whose wasm the node embeds. Before each build its own wasm target is a
# fresh copy of the node's (about 2.5 GB, seconds), so that a pallet change compiles once, for
# the node, and here only the runtime crate itself compiles again (a few minutes), not every
# pallet a second time. (Merging the two targets file by file instead, `cp -u`, left the wasm
# build unable to find our own crates: the copy must be whole.)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

wbuild="$CARGO_TARGET_DIR/debug/wbuild/bmx-runtime"
seed="$CARGO_TARGET_DIR/release/wbuild/bmx-runtime/target"
if [[ -d "$seed" ]]; then
	mkdir -p "$wbuild"
	rm -rf "$wbuild/target"
	cp -a "$seed" "$wbuild/target"
fi
step "Building the upgrade runtime (bmx-runtime --features next-spec-version)" >&2
(cd "$BMX_ROOT" && WASM_BUILD_TYPE=release cargo check --locked -p bmx-runtime \
	--features next-spec-version) >&2
wasm="$wbuild/bmx_runtime.compact.compressed.wasm"
[[ -f "$wasm" ]] || { echo "no upgrade wasm at $wasm" >&2; exit 1; }
echo "$wasm"
