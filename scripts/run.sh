#!/usr/bin/env bash
# README command 1: set up, build, and start a local development chain (one validator, Alice)
# that Polkadot.js Apps can open, with the Ethereum JSON-RPC (eth-rpc) next to it for MetaMask,
# Hardhat and Foundry, and the portal (portal/) served with its faucet. Extra arguments go to
# bmx-node (e.g. --base-path DIR to keep the chain between runs). Ctrl-C stops all three
# cleanly.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

"$BMX_ROOT/scripts/setup.sh"
build_node
step "Building the portal (portal/dist)"
(cd "$BMX_ROOT/portal" && npm run --silent build -- --logLevel warn)

rpc_port="${BMX_RPC_PORT:-9944}"
eth_rpc_port="${BMX_ETH_RPC_PORT:-8545}"
eth_prometheus_port="${BMX_ETH_PROMETHEUS_PORT:-9616}"
portal_port="${BMX_PORTAL_PORT:-8080}"
p2p_port="${BMX_P2P_PORT:-30333}"
# The light client in a browser reaches nodes over WebSocket only.
p2p_ws_port="${BMX_P2P_WS_PORT:-30334}"
chain_id=5252
# A fixed p2p identity, so that the portal's chain spec names this node as its boot node. It is
# a public test key: never use it on a live network.
node_key=0000000000000000000000000000000000000000000000000000000000000001
overlay="$(mktemp -d "${TMPDIR:-/tmp}/bmx-portal.XXXXXX")"

node_pid=""
eth_pid=""
portal_pid=""
stop() {
	trap - INT TERM
	[[ -n "$portal_pid" ]] && kill -TERM "$portal_pid" 2>/dev/null || true
	[[ -n "$eth_pid" ]] && kill -TERM "$eth_pid" 2>/dev/null || true
	[[ -n "$node_pid" ]] && kill -TERM "$node_pid" 2>/dev/null || true
	status=0
	[[ -n "$portal_pid" ]] && { wait "$portal_pid" || true; }
	[[ -n "$eth_pid" ]] && { wait "$eth_pid" || true; }
	rm -rf "$overlay"
	[[ -n "$node_pid" ]] && { wait "$node_pid" || status=$?; }
	exit "$status"
}
# Background jobs of a script ignore SIGINT, so Ctrl-C reaches them as SIGTERM from here.
trap stop INT TERM

step "Starting the development chain"
# Without --base-path, --dev keeps the chain in a temporary directory. Archive state lets eth-rpc
# answer for any block.
"$BMX_NODE" --dev --rpc-port "$rpc_port" --rpc-cors all --state-pruning archive \
	--node-key "$node_key" --listen-addr "/ip4/0.0.0.0/tcp/$p2p_port" \
	--listen-addr "/ip4/127.0.0.1/tcp/$p2p_ws_port/ws" "$@" &
node_pid=$!

# eth-rpc needs the node's RPC: wait for it (the node exits early on bad arguments).
for _ in $(seq 1 120); do
	if ! kill -0 "$node_pid" 2>/dev/null; then
		wait "$node_pid" || exit $?
		exit 1
	fi
	if (exec 3<>"/dev/tcp/127.0.0.1/$rpc_port") 2>/dev/null; then break; fi
	sleep 0.5
done

# The receipts of the last day of blocks are kept in memory: a --dev chain is new every run.
"$BMX_ETH_RPC" --node-rpc-url "ws://127.0.0.1:$rpc_port" --rpc-port "$eth_rpc_port" \
	--rpc-cors all --prometheus-port "$eth_prometheus_port" --eth-pruning 14400 &
eth_pid=$!

# The portal, its chain spec (the light client's trust root) and the faucet.
"$BMX_NODE" export-chain-spec --chain dev --raw >"$overlay/dev-raw.json" 2>/dev/null
node "$BMX_ROOT/portal/overlay.mjs" --out "$overlay" --rpc "ws://127.0.0.1:$rpc_port" \
	--spec "$overlay/dev-raw.json" --p2p "/ip4/127.0.0.1/tcp/$p2p_ws_port/ws" --node-key "$node_key" \
	--faucet >/dev/null
node "$BMX_ROOT/portal/serve.mjs" --dir "$BMX_ROOT/portal/dist" --overlay "$overlay" \
	--port "$portal_port" --faucet-rpc "ws://127.0.0.1:$rpc_port" --faucet-uri //Ferdie &
portal_pid=$!

cat <<MSG

  Substrate RPC (HTTP and WebSocket): ws://127.0.0.1:$rpc_port
  Portal (Smart Tenders, registries, network; in Spanish and English):
                            http://127.0.0.1:$portal_port/
  Polkadot.js Apps:         https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$rpc_port#/explorer
  Ethereum JSON-RPC:        http://127.0.0.1:$eth_rpc_port  (chain id $chain_id, currency BMX, 18 decimals)
    MetaMask: Settings > Networks > Add network manually: RPC URL http://127.0.0.1:$eth_rpc_port,
    chain id $chain_id, symbol BMX. Dev key (Alith, endowed):
    0x5fb92d6e98884f76de468fa3f6278f8807c48bebc13595d45af5bdc4da702133
  Dev accounts (Alice..Ferdie, Alith..Ethan) hold 1,000,000 BMX each. There is no sudo key:
    scripts/govern.sh walks a Root call (e.g. a runtime upgrade) through the councils.
  Faucet (this dev chain only): http://127.0.0.1:$portal_port/#/faucet
  Ctrl-C stops the chain, the Ethereum RPC and the portal.

MSG
wait "$node_pid" || status=$?
# The node stopped by itself: stop eth-rpc too and report the node's status.
node_pid=""
stop_status="${status:-0}"
[[ -n "$portal_pid" ]] && kill -TERM "$portal_pid" 2>/dev/null || true
[[ -n "$eth_pid" ]] && kill -TERM "$eth_pid" 2>/dev/null || true
wait "$portal_pid" 2>/dev/null || true
wait "$eth_pid" 2>/dev/null || true
rm -rf "$overlay"
exit "$stop_status"
