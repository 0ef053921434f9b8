#!/usr/bin/env bash
# Measures the local network (four validators, a bootnode, an archive node: scripts/network.sh)
# under a load of balance transfers, against the ceiling its own weights allow (issue 19), with
# tools/bmx-throughput:
#
#   scripts/bench-network.sh [--single [--erc20]] [--domain] [--senders N] [--per-sender K]
#                            [--in-flight M] [--state-accounts S] [--state-persons P]
#                            [--state-bids B] [--state-certificates C] [--out FILE]
#                            [--no-build]
#
# 1. The `local` spec gets N funded sender accounts in its genesis (`bmx-throughput fund-spec`;
#    S of them with --state-accounts S, when S > N: a larger state for the same load), then goes
#    raw. With --state-persons, --state-bids or --state-certificates, a model chain starts from
#    that spec first, tests/bench/domain-load.mjs makes one tender's sealed bids and four
#    certificates of deposit to a verified person on it through the real calls, and
#    tests/bench/grow-state.mjs copies them under fresh keys into P verified persons, B sealed
#    bids (B / 50 tenders) and C certificates, which `bmx-throughput add-raw` writes into the
#    spec's genesis: a state as large as the one the chain will hold, for the same load. A
#    validator started from that spec builds the database, is stopped, and the measured one
#    restarts on it from the spec as it was before the state grew, as a long-lived validator
#    runs (its spec is small, its state grew through blocks).
#    The network starts from the spec in a temporary directory. With --single, the
#    `dev` spec instead, and one validator (Alice) alone: the chain's own ceiling on this
#    machine, without five other nodes sharing its cores.
# 2. Once every node answers RPC and the validators finalize, `bmx-throughput run` sends N x K
#    pre-signed `transfer_keep_alive` to the archive node (with --single, the validator) with
#    at most M submissions outstanding, counts them in finalized blocks, and samples finality
#    lag, the validators' peak memory and the latency of an RPC read (a random funded
#    account's `System::Account`, every 100 ms).
#    With --erc20 (one validator only), eth-rpc then starts against the same node and
#    tests/bench/erc20-load.mjs sends ERC-20 transfers of an OpenZeppelin token through it,
#    1,000 senders x 6, measured the same way, once for each of revive's backends: the token
#    compiled by solc to EVM bytecode (FILE with `-erc20` before `.json`), then by resolc to
#    PolkaVM code (`-erc20-pvm`); the summary
#    gives their rate against the native transfers' of the same run.
# 3. The network stops. `bmx-node benchmark block` re-executes the blocks that held the run
#    (native transfers, and the ERC-20 and domain loads when asked for) on the archive node's
#    database, five times each: import time against each block's weight, in each load's FILE.
#    The validators' logs give each block's authoring time and the slots given up because
#    authoring took too long; the archive node's database size is read from its directory.
# 4. The figures go to FILE (default benchmarks/results/transfers-<N>x<K>[-single].json) and a
#    summary to the terminal; BENCHMARKS.md says how to read them.
#
# With --single, $BMX_BENCH_NODE_ARGS adds options to the validator's command line (to try a
# setting, such as the pool's limits, before making it the node's default).
# --no-build uses the binaries as they are ($BMX_NODE, $BMX_THROUGHPUT, ...; by default the
# ones scripts/test.sh built) instead of asking cargo first: cargo waits for the target dir's
# lock while another build holds it, even when nothing needs building.
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
single=""
erc20=""
domain=""
state_accounts=""
grow_persons=0
grow_bids=0
grow_certificates=0
build=1
while [[ $# -gt 0 ]]; do
	case "$1" in
	--single) single=1; shift ;;
	--erc20) erc20=1; shift ;;
	--domain) domain=1; shift ;;
	--senders) senders="${2:?--senders needs a number}"; shift 2 ;;
	--per-sender) per_sender="${2:?--per-sender needs a number}"; shift 2 ;;
	--state-accounts) state_accounts="${2:?--state-accounts needs a number}"; shift 2 ;;
	--state-persons) grow_persons="${2:?--state-persons needs a number}"; shift 2 ;;
	--state-bids) grow_bids="${2:?--state-bids needs a number}"; shift 2 ;;
	--state-certificates) grow_certificates="${2:?--state-certificates needs a number}"; shift 2 ;;
	--in-flight) in_flight="${2:?--in-flight needs a number}"; shift 2 ;;
	--out) out="${2:?--out needs a file}"; shift 2 ;;
	--no-build) build=""; shift ;;
	*) echo "unknown argument $1 (see the header of $0)" >&2; exit 2 ;;
	esac
done
((state_accounts > senders)) || state_accounts="$senders"
state_tag=""
((state_accounts > senders)) && state_tag="-state$state_accounts"
grow=""
((grow_persons + grow_bids + grow_certificates > 0)) && grow=1
[[ -n "$grow" ]] && state_tag+="-persons$grow_persons-bids$grow_bids-certificates$grow_certificates"
out="${out:-$BMX_ROOT/benchmarks/results/transfers-${senders}x${per_sender}${single:+-single}$state_tag.json}"
# Absolute: the loads written from tests/ (ERC-20, domain calls) open it from there.
out="$(realpath -m -- "$out")"
erc20_out="${out%.json}-erc20.json"
erc20_pvm_out="${out%.json}-erc20-pvm.json"
if [[ -n "$grow" && -z "$single" ]]; then
	# The model chain is one validator: a `local` spec's would not finalize alone.
	echo "--state-persons, --state-bids and --state-certificates need --single" >&2
	exit 2
fi
if [[ -n "$erc20" && -z "$single" ]]; then
	echo "--erc20 needs --single (eth-rpc against the one validator)" >&2
	exit 2
fi
mkdir -p "$(dirname "$out")"

if [[ -n "$build" ]]; then
	# The node, eth-rpc and bmx-ring (the secret votes' proofs) come in the release set
	# (env.sh); the harness alone, as scripts/test.sh builds it.
	step "Building the release set and bmx-throughput (release)"
	build_release
	cargo build --release --locked -p bmx-throughput
fi
if [[ -n "$erc20$domain$grow" ]]; then
	[[ -d tests/node_modules ]] || (cd tests && npm ci --no-audit --no-fund)
fi

base="$(mktemp -d -t bmx-bench-XXXXXX)"
network=""
eth_rpc=""
model=""
# SIGTERM: a script started in the background ignores SIGINT, and cannot trap it.
cleanup() {
	[[ -n "$eth_rpc" ]] && kill -TERM "$eth_rpc" 2>/dev/null && wait "$eth_rpc" 2>/dev/null
	[[ -n "$model" ]] && kill -TERM "$model" 2>/dev/null && wait "$model" 2>/dev/null
	if [[ -n "$network" ]] && kill -0 "$network" 2>/dev/null; then
		kill -TERM "$network" 2>/dev/null || true
		wait "$network" 2>/dev/null || true
	fi
	rm -rf "$base"
}
trap cleanup EXIT

chain=local
[[ -n "$single" ]] && chain=dev
step "A $chain spec with $state_accounts funded accounts, $senders of them senders"
"$BMX_NODE" export-chain-spec --chain "$chain" --output "$base/plain.json"
# 100,000 BMX each: the sealed bids hold a 100 BMX guarantee per tender.
"$BMX_THROUGHPUT" fund-spec --plain "$base/plain.json" --senders "$senders" \
	--balance 100000000000000000 --out "$base/funded.json"
mkdir -p "$base/net"
# scripts/network.sh starts from the raw spec it finds in its base path.
spec="$base/net/bmx-local-raw.json"
"$BMX_NODE" export-chain-spec --chain "$base/funded.json" --raw --output "$spec"
# The spec before the state grows: what a long-lived validator starts from (below).
light_spec=""
if [[ -n "$grow" ]] || ((state_accounts > senders)); then
	light_spec="$base/light-raw.json"
	cp "$spec" "$light_spec"
fi
# Start one validator (Alice, with a fixed network key: a validator refuses to make one up) from
# the spec: start_validator DIR RPC_PORT P2P_PORT [OPTION...].
# Its pid goes to $started; it returns once the node answers RPC, and exits the script with the
# node's log if the node stops first or does not answer within ten minutes.
started=""
start_validator() {
	local dir="$1" port="$2" p2p="$3" deadline=$((SECONDS + 600))
	shift 3
	mkdir -p "$dir"
	"$BMX_NODE" --chain "$spec" --alice --validator --base-path "$dir" --rpc-port "$port" \
		--port "$p2p" --node-key "$(printf %064x 1)" --no-telemetry --no-mdns --no-prometheus "$@" \
		>"$dir/node.log" 2>&1 &
	started=$!
	until curl -sf -o /dev/null -H 'Content-Type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' "http://127.0.0.1:$port"; do
		if ! kill -0 "$started" 2>/dev/null || ((SECONDS > deadline)); then
			echo "the validator in $dir did not start; its log:" >&2
			tail -20 "$dir/node.log" >&2
			kill -TERM "$started" 2>/dev/null
			exit 1
		fi
		sleep 1
	done
	# Another node on the port would have answered: this one must still be running.
	kill -0 "$started" 2>/dev/null || { tail -20 "$dir/node.log" >&2; exit 1; }
}

rpc_port="${BMX_RPC_PORT:-9944}"
if [[ -n "$grow" ]]; then
	model_port=$((rpc_port + 100))
	step "A model chain (port $model_port): one tender's sealed bids, certificates to a verified person"
	start_validator "$base/model" "$model_port" "$((${BMX_P2P_PORT:-30333} + 100))"
	model="$started"
	if ((grow_bids > 0)); then
		(cd tests && node bench/domain-load.mjs --url "ws://127.0.0.1:$model_port" --call bid --count 50 \
			--out "$base/model/bids.json")
		"$BMX_THROUGHPUT" run --url "ws://127.0.0.1:$model_port" --transactions "$base/model/bids.json" \
			--expect-all --json "$base/model/bids-run.json" >/dev/null
	fi
	if ((grow_persons + grow_certificates > 0)); then
		(cd tests && node bench/domain-load.mjs --url "ws://127.0.0.1:$model_port" --call endorse --count 4 \
			--out "$base/model/endorsements.json")
	fi
	step "Copying them: $grow_persons persons, $grow_bids bids, $grow_certificates certificates"
	(cd tests && node bench/grow-state.mjs --url "ws://127.0.0.1:$model_port" --persons "$grow_persons" \
		--bids "$grow_bids" --certificates "$grow_certificates" --out "$base/grown.txt")
	kill -TERM "$model"
	wait "$model" 2>/dev/null || true
	model=""
	"$BMX_THROUGHPUT" add-raw --raw "$spec" --entries "$base/grown.txt" --out "$spec"
	rm -rf "$base/model" "$base/grown.txt"
fi
if ((state_accounts > senders)); then
	# Past what a genesis patch carries: raw entries like sender 0's.
	"$BMX_THROUGHPUT" fund-raw --raw "$spec" --from "$senders" --to "$state_accounts" --out "$spec"
fi

deadline=$((SECONDS + 600))
if [[ -n "$single" ]]; then
	# The archive node's role and database, so that `benchmark block` finds every state.
	archive="$base/net/alice"
	if [[ -n "$light_spec" ]]; then
		# A grown state comes in the genesis, so a node started from that spec holds the whole
		# spec in memory (sc-service keeps it for the node's life) and builds the state from it.
		# A long-lived validator's state grew through blocks and its spec is small: the grown
		# spec builds the database once, and the measured validator restarts on it from the
		# spec as it was before the state grew (a node whose database holds a genesis block
		# does not build it again: node/src/genesis.rs).
		step "Building the grown state's genesis (logs in $archive/genesis.log)"
		start_validator "$archive" "$rpc_port" "${BMX_P2P_PORT:-30333}" \
			--state-pruning archive --blocks-pruning archive
		genesis_peak_mib="$(awk '/^VmHWM:/ { print int($2 / 1024) }' "/proc/$started/status")"
		kill -TERM "$started"
		wait "$started" 2>/dev/null || true
		mv "$archive/node.log" "$archive/genesis.log"
		echo "built from the grown spec ($(du -m "$spec" | cut -f1) MiB): peak RSS ${genesis_peak_mib} MiB"
		spec="$light_spec"
	fi
	step "Starting one validator (logs in $archive/node.log)"
	# shellcheck disable=SC2086 # the extra options are words
	start_validator "$archive" "$rpc_port" "${BMX_P2P_PORT:-30333}" \
		--state-pruning archive --blocks-pruning archive ${BMX_BENCH_NODE_ARGS:-}
	network="$started"
	validators=(alice)
else
	archive="$base/net/archive"
	step "Starting the network (scripts/network.sh; logs in $base/net/<node>/node.log)"
	bash scripts/network.sh --base-path "$base/net" >"$base/network.log" 2>&1 &
	network=$!
	until grep -q "Archive RPC node" "$base/network.log"; do
		if ! kill -0 "$network" 2>/dev/null || ((SECONDS > deadline)); then
			echo "the network did not start; its output:" >&2
			cat "$base/network.log" >&2
			exit 1
		fi
		sleep 2
	done
	validators=(alice bob charlie dave)
fi
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
for validator in "${validators[@]}"; do
	pid="$(pgrep -f -- "--base-path $base/net/$validator " || true)"
	[[ -n "$pid" ]] && pids+=(--pid "$pid")
done

step "Load: $senders senders x $per_sender transfers, $in_flight in flight"
"$BMX_THROUGHPUT" run --url "ws://127.0.0.1:$rpc_port" --senders "$senders" \
	--per-sender "$per_sender" --in-flight "$in_flight" "${pids[@]}" \
	--probe-accounts "$state_accounts" --json "$out" >/dev/null

if [[ -n "$erc20" ]]; then
	eth_port="${BMX_ETH_RPC_PORT:-8545}"
	step "ERC-20 transfers through eth-rpc (port $eth_port; log in $base/eth-rpc.log)"
	# Receipts in memory (--eth-pruning): a database left by another chain would not match.
	"$BMX_ETH_RPC" --node-rpc-url "ws://127.0.0.1:$rpc_port" --rpc-port "$eth_port" \
		--no-prometheus --eth-pruning 14400 >"$base/eth-rpc.log" 2>&1 &
	eth_rpc=$!
	until curl -sf -o /dev/null -H 'Content-Type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"eth_chainId","params":[]}' "http://127.0.0.1:$eth_port"; do
		if ! kill -0 "$eth_rpc" 2>/dev/null || ((SECONDS > deadline + 600)); then
			echo "eth-rpc did not start; its log:" >&2
			tail -20 "$base/eth-rpc.log" >&2
			exit 1
		fi
		sleep 1
	done
	for backend in evm pvm; do
		step "ERC-20 transfers, $backend backend"
		file="$erc20_out"
		[[ "$backend" == pvm ]] && file="$erc20_pvm_out"
		(cd tests && node bench/erc20-load.mjs --eth-url "http://127.0.0.1:$eth_port" \
			--senders 1000 --per-sender 6 --backend "$backend" --json "$file" >/dev/null)
	done
	kill -TERM "$eth_rpc"
	wait "$eth_rpc" 2>/dev/null || true
	eth_rpc=""
fi

if [[ -n "$domain" ]]; then
	for call in bid endorse vote; do
		step "Domain calls: $call (set up and signed by tests/bench/domain-load.mjs)"
		(cd tests && node bench/domain-load.mjs --url "ws://127.0.0.1:$rpc_port" --call "$call" \
			--out "$base/$call.json")
		"$BMX_THROUGHPUT" run --url "ws://127.0.0.1:$rpc_port" --transactions "$base/$call.json" \
			--in-flight "$in_flight" "${pids[@]}" --json "${out%.json}-$call.json" >/dev/null
	done
fi

step "Stopping the network; re-executing the run's blocks (benchmark block)"
kill -TERM "$network" 2>/dev/null || true
wait "$network" 2>/dev/null || true
network=""
# The run's files: the native transfers', then the ERC-20 and domain loads' that exist. Their
# blocks are re-executed together, in one range.
loads=("$out")
if [[ -n "$erc20" ]]; then loads+=("$erc20_out" "$erc20_pvm_out"); fi
if [[ -n "$domain" ]]; then for call in bid endorse vote; do loads+=("${out%.json}-$call.json"); done; fi
read -r first last < <(python3 -c '
import json, sys
held = [b["number"] for f in sys.argv[1:] for b in json.load(open(f))["blocks"] if b["ours"] > 0]
print(min(held), max(held))' "${loads[@]}")
"$BMX_NODE" benchmark block --chain "$spec" --base-path "$archive" --from "$first" --to "$last" \
	--repeat 5 >"$base/block.log" 2>&1 || { cat "$base/block.log" >&2; exit 1; }
for validator in "${validators[@]}"; do cat "$base/net/$validator/node.log"; done >"$base/validators.log"
# Merge into the figures: import time per block, authoring time per block (every validator's
# log: the author's line), slots whose authoring was given up.
database_bytes="$(du -sb "$archive/chains" | cut -f1)"
python3 - "$out" "$base/block.log" "$base/validators.log" "$database_bytes" "$state_accounts" \
	"$grow_persons" "$grow_bids" "$grow_certificates" "${genesis_peak_mib:-}" "${loads[@]:1}" <<'PY'
import json, re, sys
out, block_log, validators_log = sys.argv[1:4]
loads = sys.argv[10:]
r = json.load(open(out))
r["database_bytes"] = int(sys.argv[4])
r["state_accounts"] = int(sys.argv[5])
r["state_copied"] = dict(zip(("persons", "bids", "certificates"), map(int, sys.argv[6:9])))
if sys.argv[9]:
    # The node that built the grown genesis from its spec, before the measured restart.
    r["genesis_build_peak_rss_mib"] = int(sys.argv[9])
imports = {}
for line in open(block_log):
    m = re.search(r"Block (\d+) with\s+(\d+) tx used\s+([\d.]+)% of its weight \(\s*([\d,]+) of\s+([\d,]+) ns\)", line)
    if m:
        took, weight = (int(m.group(i).replace(",", "")) for i in (4, 5))
        imports[int(m.group(1))] = {"block": int(m.group(1)), "extrinsics": int(m.group(2)),
                                    "import_ns": took, "weight_ns": weight, "ratio": took / weight}
full_weight_ns = 0.9 * r["limits"]["normal_max_total"]["ref_time"] / 1000

def imports_of(load):
    """The re-executed blocks that held a load's transactions, and the worst ratio of the full
    ones (at least 0.9 of the normal class's weight): import time over the block's weight."""
    held = sorted(b["number"] for b in load["blocks"] if b["ours"] > 0)
    of = [imports[n] for n in held if n in imports]
    full = [i["ratio"] for i in of if i["weight_ns"] >= full_weight_ns]
    return of, (max(full) if full else None)

for file in loads:
    load = json.load(open(file))
    load["import"], load["import_ratio_full_blocks"] = imports_of(load)
    json.dump(load, open(file, "w"), indent=2)
authoring = {}
gave_up = 0
for line in open(validators_log, errors="replace"):
    m = re.search(r"Prepared block for proposing at (\d+) \((\d+) ms\)", line)
    if m:
        authoring[int(m.group(1))] = int(m.group(2))
    if "took too long" in line or "Discarding proposal" in line:
        gave_up += 1
held = {b["number"] for b in r["blocks"] if b["ours"] > 0}
r["import"], r["import_ratio_full_blocks"] = imports_of(r)
r["authoring_ms"] = {str(n): ms for n, ms in sorted(authoring.items()) if n in held}
r["slots_given_up"] = gave_up
json.dump(r, open(out, "w"), indent=2)
PY

step "Figures ($out)"
python3 - "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c, s = r["ceiling"], r.get("sustained")
print(f"ceiling (pre-dispatch weight): {c['per_block']} transfers a block, {c['per_second']:.0f}/s "
      f"(per transfer {c['per_transaction']['ref_time'] / 1e6:.1f} µs incl. base extrinsic)")
cc = r.get("ceiling_charged")
if cc:
    print(f"ceiling (charged weight, after refunds): {cc['per_block']} a block, {cc['per_second']:.0f}/s "
          f"(per transfer {cc['per_transaction']['ref_time'] / 1e6:.1f} µs)")
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
print("validators' peak RSS (MiB): " + ", ".join(f"{v}" for v in r["peak_rss_mib"].values())
      + "; of it anonymous (heap, stacks; without the mapped database): "
      + ", ".join(f"{v}" for v in r.get("peak_anon_rss_mib", {}).values()))
if r.get("genesis_build_peak_rss_mib"):
    print(f"(building the grown genesis from its spec, before the restart: peak RSS "
          f"{r['genesis_build_peak_rss_mib']} MiB)")
rpc = r.get("rpc_read_us")
if rpc and rpc["samples"]:
    print(f"RPC read of a random account's System::Account under load (µs): p50 {rpc['p50']}, "
          f"p99 {rpc['p99']}, max {rpc['max']} ({rpc['samples']} samples)")
copied = r.get("state_copied") or {}
if any(copied.values()):
    print("state copied from a model: " + ", ".join(f"{n} {k}" for k, n in copied.items()))
print(f"state: {r['state_accounts']} funded accounts; the RPC node's database "
      f"{r['database_bytes'] / 2**20:.0f} MiB after the run")
for i in r["import"]:
    print(f"import of #{i['block']} ({i['extrinsics']} extrinsics): {i['import_ns'] / 1e6:.0f} ms "
          f"for {i['weight_ns'] / 1e6:.0f} ms of weight ({i['ratio']:.2f})")
print("authoring (ms) by block: " + ", ".join(f"#{b} {ms}" for b, ms in r["authoring_ms"].items()))
print(f"slots given up because authoring took too long: {r['slots_given_up']}")
PY
if [[ -n "$domain" ]]; then
	python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
for call in ("bid", "endorse", "vote"):
    r = json.load(open(out[: -len(".json")] + f"-{call}.json"))
    c, cc, s = r["ceiling"], r.get("ceiling_charged"), r.get("sustained")
    line = (f"{call}: sent {r['sent']}, succeeded {r['succeeded']}, failed {r['failed']}; ceiling "
            f"{c['per_block']} a block ({c['per_transaction']['ref_time'] / 1e6:.1f} µs each)")
    if cc:
        line += f", {cc['per_block']} by charged weight"
    if s:
        line += (f"; sustained over #{s['blocks'][0]}..#{s['blocks'][1]}: {s['per_second']:.1f}/s, "
                 f"{s['ratio_to_ceiling']:.2f} of the ceiling, mean block fill {s['mean_block_fill']:.2f}")
    else:
        line += "; too few blocks for a sustained window"
    lag = r["finality_lag_blocks"]
    line += f"; finality lag p99 {lag['p99']}"
    if r.get("import_ratio_full_blocks") is not None:
        line += f"; import of full blocks at most {r['import_ratio_full_blocks']:.2f} of their weight"
    print(line)
PY
fi
if [[ -n "$erc20" ]]; then
	python3 - "$out" "$erc20_out" "$erc20_pvm_out" <<'PY'
import json, sys
native = json.load(open(sys.argv[1]))
n = native.get("sustained")
for file in sys.argv[2:]:
    erc20 = json.load(open(file))
    e = erc20.get("sustained")
    print(f"ERC-20 through eth-rpc, {erc20['backend']} ({erc20['compiler']}, {erc20['code_bytes']} bytes "
          f"of code): sent {erc20['sent']}, included {erc20['included']}, "
          f"{erc20['receipts_succeeded']} of {erc20['receipts_sampled']} sampled receipts succeeded, "
          f"{erc20['mean_gas_used']} gas each")
    if e and n:
        print(f"  sustained over #{e['blocks'][0]}..#{e['blocks'][1]}: {e['per_second']:.0f}/s, "
              f"{e['per_second'] / n['per_second']:.2f} of the native transfers' {n['per_second']:.0f}/s")
    for i in erc20.get("import", []):
        print(f"  import of #{i['block']} ({i['extrinsics']} extrinsics): {i['import_ns'] / 1e6:.0f} ms "
              f"for {i['weight_ns'] / 1e6:.0f} ms of weight ({i['ratio']:.2f})")
PY
fi
