#!/usr/bin/env bash
# Starts the `local` network for a person and prints its endpoints: four validators (alice, bob,
# charlie, dave: one per founding collective), a bootnode that is not a validator, and an archive
# RPC node (full state and blocks kept), the one to point Polkadot.js Apps, eth-rpc and the portal
# at. The same network as zombienet/local-4-validators.toml and
# tests/node/network-faults.test.mjs, here as plain processes on fixed ports.
#
#   scripts/network.sh [--base-path DIR] [extra bmx-node arguments for every node]
#
# Without --base-path the chain lives in a temporary directory, deleted when the network stops.
# With it, each node keeps its database, keystore and log in DIR/<node>, and running the script
# again with the same DIR continues the chain from where it stopped.
#
# Ports (change the bases with BMX_RPC_PORT, BMX_P2P_PORT, BMX_PROMETHEUS_PORT):
#   RPC         archive 9944, alice 9945, bob 9946, charlie 9947, dave 9948, bootnode 9949
#   p2p         bootnode 30333, alice 30334, bob 30335, charlie 30336, dave 30337, archive 30338
#   Prometheus  bootnode 9615, alice 9616, bob 9617, charlie 9618, dave 9619, archive 9620
# Every node has a fixed node key, so the bootnode's address is the same on every run.
# Ctrl-C stops every node cleanly.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

base=""
node_args=()
while [[ $# -gt 0 ]]; do
	case "$1" in
	--base-path)
		base="${2:?--base-path needs a directory}"
		shift 2
		;;
	--base-path=*)
		base="${1#--base-path=}"
		shift
		;;
	*)
		node_args+=("$1")
		shift
		;;
	esac
done

if [[ ! -x "$BMX_NODE" ]]; then
	step "Building the release set with bmx-node (env.sh; first build on 2 cores: about an hour)"
	build_release
fi

temporary=""
if [[ -z "$base" ]]; then
	base="$(mktemp -d -t bmx-network-XXXXXX)"
	temporary=1
fi
mkdir -p "$base"
base="$(cd "$base" && pwd)"

rpc_base="${BMX_RPC_PORT:-9944}"
p2p_base="${BMX_P2P_PORT:-30333}"
prometheus_base="${BMX_PROMETHEUS_PORT:-9615}"

# Each node's key (a small number), port offsets and role arguments.
nodes=(bootnode alice bob charlie dave archive)
declare -A key=([alice]=1 [bob]=2 [charlie]=3 [dave]=4 [bootnode]=5 [archive]=6)
declare -A rpc_offset=([archive]=0 [alice]=1 [bob]=2 [charlie]=3 [dave]=4 [bootnode]=5)
declare -A p2p_offset=([bootnode]=0 [alice]=1 [bob]=2 [charlie]=3 [dave]=4 [archive]=5)
declare -A role=(
	[bootnode]=""
	[alice]="--alice"
	[bob]="--bob"
	[charlie]="--charlie"
	[dave]="--dave"
	[archive]="--state-pruning archive --blocks-pruning archive"
)

node_key() { printf '%064x' "${key[$1]}"; }
rpc_port() { echo $((rpc_base + rpc_offset[$1])); }
p2p_port() { echo $((p2p_base + p2p_offset[$1])); }
prometheus_port() { echo $((prometheus_base + p2p_offset[$1])); }

# `--chain local` builds the genesis state from the runtime's preset at every start, a minute or
# more per node when six start at once; the raw spec holds it ready (kept with the data).
spec="$base/bmx-local-raw.json"
[[ -f "$spec" ]] || "$BMX_NODE" export-chain-spec --chain local --raw --output "$spec"

boot_peer_id="$(node_key bootnode | "$BMX_NODE" key inspect-node-key)"
# A node that is not a validator listens for p2p on WebSocket (and WebRTC), a validator on plain
# TCP: the bootnode's address ends in /ws.
bootnode_address="/ip4/127.0.0.1/tcp/$(p2p_port bootnode)/ws/p2p/$boot_peer_id"

declare -A pid=()
stop() {
	trap - INT TERM
	status="${1:-0}"
	for name in "${nodes[@]}"; do
		[[ -n "${pid[$name]:-}" ]] && kill -TERM "${pid[$name]}" 2>/dev/null || true
	done
	for name in "${nodes[@]}"; do
		if [[ -n "${pid[$name]:-}" ]]; then
			wait "${pid[$name]}" 2>/dev/null || { echo "$name exited with status $?" >&2; status=1; }
		fi
	done
	if [[ -n "$temporary" ]]; then rm -rf "$base"; fi
	exit "$status"
}
# Background jobs of a script ignore SIGINT, so Ctrl-C reaches the nodes as SIGTERM from here.
trap 'stop 0' INT TERM

# Start `name`'s node in the background, its output appended to its log.
start_node() {
	local name="$1" bootnodes=()
	mkdir -p "$base/$name"
	[[ "$name" != bootnode ]] && bootnodes=(--bootnodes "$bootnode_address")
	# shellcheck disable=SC2086 # the role's arguments are words on purpose
	"$BMX_NODE" --chain "$spec" --name "$name" ${role[$name]} \
		--base-path "$base/$name" --node-key "$(node_key "$name")" \
		--port "$(p2p_port "$name")" --rpc-port "$(rpc_port "$name")" --rpc-cors all \
		--prometheus-port "$(prometheus_port "$name")" --no-telemetry --no-mdns \
		--wasm-cache-dir "$base/wasm-cache" \
		"${bootnodes[@]}" "${node_args[@]}" >>"$base/$name/node.log" 2>&1 &
	pid[$name]=$!
}

# Wait until `name`'s node answers on its RPC port; stop the network if it exits or takes more
# than 5 minutes (nodes starting together each compile the runtime: minutes on 2 cores).
wait_rpc() {
	local name="$1" port deadline=$((SECONDS + 300))
	port="$(rpc_port "$name")"
	until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
		if ! kill -0 "${pid[$name]}" 2>/dev/null; then
			echo "$name exited; the end of its log:" >&2
			tail -n 20 "$base/$name/node.log" >&2
			pid[$name]=""
			stop 1
		fi
		if ((SECONDS > deadline)); then
			echo "$name does not answer RPC on port $port after 5 minutes" >&2
			stop 1
		fi
		sleep 1
	done
}

step "Starting the local network in $base (logs: $base/<node>/node.log)"
# The bootnode first, as operators do; the others find one another through it. They share one
# compiled-runtime cache (--wasm-cache-dir), so only the bootnode compiles the runtime.
start_node bootnode
wait_rpc bootnode
for name in "${nodes[@]}"; do
	[[ "$name" == bootnode ]] || start_node "$name"
done
echo "Waiting for every node's RPC (on 2 cores, one to two minutes)"
for name in "${nodes[@]}"; do wait_rpc "$name"; done

archive_port="$(rpc_port archive)"
cat <<MSG

  Archive RPC node (users, eth-rpc, the portal):  ws://127.0.0.1:$archive_port
  Polkadot.js Apps:  https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$archive_port#/explorer

  node       role        RPC (HTTP and WebSocket)   p2p     Prometheus
MSG
for name in "${nodes[@]}"; do
	case "$name" in
	bootnode) what="bootnode" ;;
	archive) what="archive" ;;
	*) what="validator" ;;
	esac
	printf '  %-10s %-11s ws://127.0.0.1:%-12s %-7s %s\n' "$name" "$what" "$(rpc_port "$name")" \
		"$(p2p_port "$name")" "http://127.0.0.1:$(prometheus_port "$name")/metrics"
done
cat <<MSG

  Bootnode:  $bootnode_address
  Raw chain spec:  $spec
    (a light client's trust root: smoldot given this spec with the bootnode above in its
    bootNodes follows the network by itself, as tests/journeys/light-client.mjs does)
  Data and logs: $base/<node>$([[ -n "$temporary" ]] && echo " (temporary: pass --base-path DIR to keep the chain)")
  Ethereum JSON-RPC against the archive node:
    $BMX_ETH_RPC --node-rpc-url ws://127.0.0.1:$archive_port --rpc-port 8545 --rpc-cors all
  GRANDPA finalizes while three of the four validators run. Ctrl-C stops every node.

MSG

# Until Ctrl-C, or until a node stops by itself (then stop the others and fail).
set +e
wait -n "${pid[@]}"
status=$?
set -e
for name in "${nodes[@]}"; do
	if ! kill -0 "${pid[$name]}" 2>/dev/null; then
		echo "$name stopped (status $status); stopping the network" >&2
		pid[$name]=""
	fi
done
stop 1
