#!/usr/bin/env bash
# Walk a call through the councils of a running development or local chain with the
# development keys, printing each step (there is no sudo key). Examples:
#   scripts/govern.sh upgrade "$(scripts/upgrade-wasm.sh)"     # a runtime upgrade
#   scripts/govern.sh root 0x...                                # any call as Root
#   scripts/govern.sh --ws ws://127.0.0.1:9955 executive 0x...  # an ordinary Executive decision
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if [[ ! -d "$BMX_ROOT/tests/node_modules/@polkadot/api" ]]; then
	step "Installing the JavaScript client (tests/, npm ci)" >&2
	(cd "$BMX_ROOT/tests" && npm ci --no-audit --no-fund) >&2
fi
exec node "$BMX_ROOT/tests/tools/govern.mjs" "$@"
