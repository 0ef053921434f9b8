#!/usr/bin/env bash
# Build the runtime one spec_version later (the `next-spec-version` feature of bmx-runtime): the
# runtime upgrade that `scripts/govern.sh upgrade` and the end-to-end tests enact through the
# councils. Prints the path of its compressed wasm on stdout (build output goes to stderr).
#
# The wasm is built under the debug profile dir of the shared target (`debug/wbuild/`), never
# in `release/wbuild/`, whose wasm the node embeds. Before each build its own wasm target takes
# every artifact the node's wasm build made since (`cp -u`: only newer files), so that a pallet
# change compiles once, for the node, and here only the runtime crate itself compiles again (a
# few minutes), not every pallet a second time.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

wbuild="$CARGO_TARGET_DIR/debug/wbuild/bmx-runtime"
seed="$CARGO_TARGET_DIR/release/wbuild/bmx-runtime/target"
if [[ -d "$seed" ]]; then
	mkdir -p "$wbuild/target"
	cp -a -u "$seed/." "$wbuild/target/"
fi
step "Building the upgrade runtime (bmx-runtime --features next-spec-version)" >&2
(cd "$BMX_ROOT" && WASM_BUILD_TYPE=release cargo check --locked -p bmx-runtime \
	--features next-spec-version) >&2
wasm="$wbuild/bmx_runtime.compact.compressed.wasm"
[[ -f "$wasm" ]] || { echo "no upgrade wasm at $wasm" >&2; exit 1; }
echo "$wasm"
