#!/usr/bin/env bash
# Measures the local network (four validators, a bootnode, an archive node: scripts/network.sh)
# under a load of balance transfers, against the ceiling its own weights allow (issue 19), with
# tools/bmx-throughput:
#
#   scripts/bench-network.sh [--senders N] [--per-sender K] [--in-flight M] [--out FILE]
#
# 1. The `local` spec gets N funded sender accounts in its genesis (`bmx-throughput fund-spec`),
#    then goes raw; the network starts from it in a temporary directory.
# 2. Once every node answers RPC and the validators finalize, `bmx-throughput run` sends N x K
#    pre-signed `transfer_keep_alive` to the archive node with at most M submissions
#    outstanding, counts them in finalized blocks, and samples finality lag and the validators'
#    peak memory.
# 3. The figures go to FILE (default benchmarks/results/transfers-<N>x<K>.json) and a summary
#    to the terminal; BENCHMARKS.md says how to read them.
#
# Nothing here asserts a figure: a smoke run of the same tool, a few hundred transactions on a
# dev chain, is part of scripts/test.sh (tests/node/throughput-smoke.test.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$BMX_ROOT"

senders=4000
per_sender=3
in_flight=512
out=""
while [[ $# -gt 0 ]]; do
	case "$1" in
	--senders) senders="${2:?--senders needs a number}"; shift 2 ;;
	--per-sender) per_sender="${2:?--per-sender needs a number}"; shift 2 ;;
	--in-flight) in_flight="${2:?--in-flight needs a number}"; shift 2 ;;
	--out) out="${2:?--out needs a file}"; shift 2 ;;
	*) echo "unknown argument $1 (see the header of $0)" >&2; exit 2 ;;
	esac
done
out="${out:-$BMX_ROOT/benchmarks/results/transfers-${senders}x${per_sender}.json}"
mkdir -p "$(dirname "$out")"

step "Building bmx-node and bmx-throughput (release)"
cargo build --release --locked -p bmx-node
cargo build --release --locked -p bmx-throughput

base="$(mktemp -d -t bmx-bench-XXXXXX)"
network=""
cleanup() {
	if [[ -n "$network" ]] && kill -0 "$network" 2>/dev/null; then
		kill -INT "$network" 2>/dev/null || true
		wait "$network" 2>/dev/null || true
	fi
	rm -rf "$base"
}
trap cleanup EXIT

step "A local spec with $senders funded senders"
"$BMX_NODE" export-chain-spec --chain local --output "$base/plain.json"
"$BMX_THROUGHPUT" fund-spec --plain "$base/plain.json" --senders "$senders" --out "$base/funded.json"
mkdir -p "$base/net"
# scripts/network.sh starts from the raw spec it finds in its base path.
"$BMX_NODE" export-chain-spec --chain "$base/funded.json" --raw --output "$base/net/bmx-local-raw.json"

step "Starting the network (scripts/network.sh; logs in $base/net/<node>/node.log)"
bash scripts/network.sh --base-path "$base/net" >"$base/network.log" 2>&1 &
network=$!
deadline=$((SECONDS + 600))
until grep -q "Archive RPC node" "$base/network.log"; do
	if ! kill -0 "$network" 2>/dev/null || ((SECONDS > deadline)); then
		echo "the network did not start; its output:" >&2
		cat "$base/network.log" >&2
		exit 1
	fi
	sleep 2
done
rpc_port="${BMX_RPC_PORT:-9944}"
rpc() {
	curl -sf -H 'Content-Type: application/json' \
		-d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$1\",\"params\":${2:-[]}}" \
		"http://127.0.0.1:$rpc_port"
}
result() { python3 -c 'import json, sys; print(json.load(sys.stdin)["result"]'"$1"')'; }
finalized_number() {
	local hash
	hash="$(rpc chain_getFinalizedHead | result '')"
	rpc chain_getHeader "[\"$hash\"]" | result '["number"]' | python3 -c 'print(int(input(), 16))'
}
# The load starts once GRANDPA finalizes, as users find a running network.
until (($(finalized_number 2>/dev/null || echo 0) >= 1)); do
	((SECONDS < deadline)) || { echo "no finality within 10 minutes" >&2; exit 1; }
	sleep 2
done

pids=()
for validator in alice bob charlie dave; do
	pid="$(pgrep -f -- "--base-path $base/net/$validator " || true)"
	[[ -n "$pid" ]] && pids+=(--pid "$pid")
done

step "Load: $senders senders x $per_sender transfers, $in_flight in flight"
"$BMX_THROUGHPUT" run --url "ws://127.0.0.1:$rpc_port" --senders "$senders" \
	--per-sender "$per_sender" --in-flight "$in_flight" "${pids[@]}" --json "$out" >/dev/null

step "Figures ($out)"
python3 - "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c, s = r["ceiling"], r.get("sustained")
print(f"ceiling: {c['per_block']} transfers a block, {c['per_second']:.0f}/s "
      f"(per transfer {c['per_transaction']['ref_time'] / 1e6:.1f} µs incl. base extrinsic)")
print(f"sent {r['sent']}, included {r['included']}, succeeded {r['succeeded']}, failed {r['failed']}, "
      f"refused {sum(r['refused'].values())}, pool-full retries {r['pool_full_retries']}, "
      f"submission {r['submission_seconds']:.1f} s")
if s:
    print(f"sustained over #{s['blocks'][0]}..#{s['blocks'][1]}: {s['per_second']:.0f}/s, "
          f"{s['ratio_to_ceiling']:.2f} of the ceiling, mean block fill {s['mean_block_fill']:.2f}")
else:
    print("sustained: the run fit in too few blocks to measure a window; send more")
lag = r["finality_lag_blocks"]
print(f"finality lag (blocks): p50 {lag['p50']}, p99 {lag['p99']}, max {lag['max']} ({lag['samples']} samples)")
print("validators' peak RSS (MiB): " + ", ".join(f"{v}" for v in r["peak_rss_mib"].values()))
PY
