#!/usr/bin/env bash
# README command 1: set up, build, and start a local development chain (one validator, Alice)
# that Polkadot.js Apps can open. Extra arguments go to bmx-node (e.g. --base-path DIR to keep
# the chain between runs). Ctrl-C stops it cleanly.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

"$BMX_ROOT/scripts/setup.sh"
build_node

rpc_port="${BMX_RPC_PORT:-9944}"
step "Starting the development chain"
cat <<MSG
  RPC (HTTP and WebSocket): ws://127.0.0.1:$rpc_port
  Polkadot.js Apps:         https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$rpc_port#/explorer
  Dev accounts (Alice..Ferdie) hold 1,000,000 BMX each; Alice is the sudo key.
  Ctrl-C stops the node.
MSG
# Without --base-path, --dev keeps the chain in a temporary directory.
exec "$BMX_NODE" --dev --rpc-port "$rpc_port" --rpc-cors all "$@"
