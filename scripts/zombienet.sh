#!/usr/bin/env bash
# Runs the zombienet test of four bmx validators (zombienet/local-4-validators.zndsl) with the
# native provider: installs the tests' npm packages if missing, writes the raw `local` chain spec
# to zombienet/.generated, and runs zombienet with bmx-node on PATH.
#
# The node binary is the release build in the shared target dir (scripts/env.sh). Extra
# arguments go to zombienet (e.g. -l text).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

repo="$BMX_ROOT"
node_bin="$BMX_NODE"
if [[ ! -x "$node_bin" ]]; then
	echo "bmx-node not found at $node_bin: build it or set BMX_NODE" >&2
	exit 1
fi
node_bin="$(realpath "$node_bin")"

if [[ ! -x "$repo/tests/node_modules/.bin/zombienet" ]]; then
	npm ci --prefix "$repo/tests"
fi

mkdir -p "$repo/zombienet/.generated"
"$node_bin" export-chain-spec --chain local --raw \
	--output "$repo/zombienet/.generated/bmx-local-raw.json"

# zombienet runs `bmx-node` from PATH and resolves chain_spec_path from the repository root.
PATH="$(dirname "$node_bin"):$PATH"
cd "$repo"
exec tests/node_modules/.bin/zombienet --provider native "$@" test zombienet/local-4-validators.zndsl
