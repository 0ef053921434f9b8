#!/usr/bin/env bash
# How long a node restarted on an existing base path takes to answer RPC and to import the blocks
# it missed (issue 19's start-up goal: within 5 s), with and without the compiled-runtime cache
# (`--wasm-cache-dir`, `--no-wasm-cache`; node/src/cli.rs):
#
#   scripts/bench-startup.sh [--rounds N] [--out FILE]
#
# A dev validator authors blocks throughout. A second, non-validating node follows it from its
# own base path; each round stops the follower, lets the validator author two more blocks,
# restarts the follower and measures, by polling its RPC every 50 ms:
#   - to RPC: from the process's start to its first `system_health` answer;
#   - to import: from the process's start until its best block reaches the validator's best block
#     at the moment of the restart (every missed block imported).
# The rounds are, in order: without the cache; with an empty cache (the first start compiles and
# writes it); then N rounds with the warm cache. Figures go to FILE (default
# benchmarks/results/startup.json) and a summary to the terminal. Nothing asserts a figure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$BMX_ROOT"

rounds=3
out=""
while [[ $# -gt 0 ]]; do
	case "$1" in
	--rounds) rounds="${2:?--rounds needs a number}"; shift 2 ;;
	--out) out="${2:?--out needs a file}"; shift 2 ;;
	*) echo "unknown argument $1 (see the header of $0)" >&2; exit 2 ;;
	esac
done
out="${out:-$BMX_ROOT/benchmarks/results/startup.json}"
mkdir -p "$(dirname "$out")"

step "Building the release set with bmx-node (env.sh, build_release)"
build_release

base="$(mktemp -d -t bmx-startup-XXXXXX)"
validator="" follower=""
cleanup() {
	for p in $follower $validator; do
		kill -INT "$p" 2>/dev/null || true
		wait "$p" 2>/dev/null || true
	done
	rm -rf "$base"
}
trap cleanup EXIT

v_rpc=9950 v_p2p=30350 f_rpc=9951 f_p2p=30351
printf '%064x' 1 >"$base/validator.key"
peer_id="$("$BMX_NODE" key inspect-node-key --file "$base/validator.key")"

rpc() {
	curl -sf -m 1 -H 'Content-Type: application/json' \
		-d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$2\",\"params\":[]}" "http://127.0.0.1:$1"
}
best() { rpc "$1" chain_getHeader | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["result"]["number"], 16))'; }
now_ms() { date +%s%3N; }

step "A dev validator (logs in $base/validator.log)"
"$BMX_NODE" --dev --base-path "$base/validator" --node-key-file "$base/validator.key" \
	--port "$v_p2p" --rpc-port "$v_rpc" --no-telemetry --no-mdns --no-prometheus \
	--no-wasm-cache >"$base/validator.log" 2>&1 &
validator=$!
until (($(best "$v_rpc" 2>/dev/null || echo 0) >= 2)); do
	kill -0 "$validator" 2>/dev/null || { tail -20 "$base/validator.log" >&2; exit 1; }
	sleep 1
done

# Starts the follower with extra arguments; sets $follower.
start_follower() {
	"$BMX_NODE" --chain dev --base-path "$base/follower" --port "$f_p2p" --rpc-port "$f_rpc" \
		--bootnodes "/ip4/127.0.0.1/tcp/$v_p2p/p2p/$peer_id" --no-telemetry --no-mdns \
		--no-prometheus "$@" >>"$base/follower.log" 2>&1 &
	follower=$!
}
stop_follower() {
	kill -INT "$follower"
	wait "$follower" 2>/dev/null || true
	follower=""
}

# One measured restart: prints `{"label":…,"to_rpc_ms":…,"to_import_ms":…,"blocks":…}`.
measure() {
	local label="$1" target start rpc_at="" imported_at="" from
	shift
	from="$(best "$v_rpc")"
	# Two more blocks for the follower to import (6 s slots).
	until (($(best "$v_rpc") >= from + 2)); do sleep 0.5; done
	target="$(best "$v_rpc")"
	start="$(now_ms)"
	start_follower "$@"
	while [[ -z "$imported_at" ]]; do
		kill -0 "$follower" 2>/dev/null || { tail -20 "$base/follower.log" >&2; exit 1; }
		if [[ -z "$rpc_at" ]] && rpc "$f_rpc" system_health >/dev/null 2>&1; then rpc_at="$(now_ms)"; fi
		if [[ -n "$rpc_at" ]] && (($(best "$f_rpc" 2>/dev/null || echo 0) >= target)); then
			imported_at="$(now_ms)"
		fi
		(($(now_ms) - start < 300000)) || { echo "$label: no catch-up within 5 minutes" >&2; exit 1; }
		sleep 0.05
	done
	stop_follower
	printf '{"label":"%s","to_rpc_ms":%d,"to_import_ms":%d,"target_block":%d}\n' \
		"$label" $((rpc_at - start)) $((imported_at - start)) "$target"
}

step "The follower's first start (its base path is created; not measured)"
start_follower --no-wasm-cache
until (($(best "$f_rpc" 2>/dev/null || echo 0) >= 2)); do
	kill -0 "$follower" 2>/dev/null || { tail -20 "$base/follower.log" >&2; exit 1; }
	sleep 1
done
stop_follower

step "Restarts"
results=()
results+=("$(measure no-cache --no-wasm-cache)")
echo "${results[-1]}"
results+=("$(measure cache-empty --wasm-cache-dir "$base/cache")")
echo "${results[-1]}"
for ((i = 1; i <= rounds; i++)); do
	results+=("$(measure "cache-warm-$i" --wasm-cache-dir "$base/cache")")
	echo "${results[-1]}"
done

cache_mib="$(du -sm "$base/cache" | cut -f1)"
wasm="$CARGO_TARGET_DIR/release/wbuild/bmx-runtime/bmx_runtime.compact.compressed.wasm"
wasm_kib="$(($(stat -c %s "$wasm") / 1024))"
printf '%s\n' "${results[@]}" | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
json.dump({"restarts": rows, "cache_mib": int(sys.argv[1]), "runtime_wasm_kib": int(sys.argv[2]),
           "cores": __import__("os").cpu_count()}, open(sys.argv[3], "w"), indent=1)
' "$cache_mib" "$wasm_kib" "$out"
step "Figures ($out)"
python3 - "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for row in r["restarts"]:
    print(f"{row['label']:>14}: RPC after {row['to_rpc_ms'] / 1000:5.1f} s, "
          f"caught up (#{row['target_block']}) after {row['to_import_ms'] / 1000:5.1f} s")
print(f"cache on disk: {r['cache_mib']} MiB; runtime wasm (compressed): {r['runtime_wasm_kib']} KiB")
PY
